package watch

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzOpenFileStore: whatever file is given as --seen-file (seenFileText's
// bytes no text holds, a line that is no http(s) URL, a torn last line),
// OpenFileStore never panics, and a file it refuses is left as it was.
// One it opens loses no URL when written back (its torn last line ended,
// the file compacted): opened again, it holds each URL of its lines as
// seen at the same time as when first read. Seeds are
// TestSeenFileRefusesOtherFiles'. Run longer with
// go test -run '^$' -fuzz '^FuzzOpenFileStore$' ./ingest/watch.
func FuzzOpenFileStore(f *testing.F) {
	for _, s := range []string{
		"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x05",
		"\xec\x66\xd4\x99\xff\x2b\xf2\x86\x87\x1f\x03\xba\x1c\xee\xdd\x96\n\x00\x01",
		"example.com\n# my sites\nhttps://news.example/feed.xml\n", "",
		"https://x.example/a\t2026-12-01T00:00:00Z\nHTTP://x.example/legacy\n",
		"https://x.example/a\t2026-12-01T00:00:00Z\nhttps://x.example/b\tnot a time\nhttps://x.exa",
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, content []byte) {
		path := filepath.Join(dir, "seen")
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
		now := time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC)
		policy := SeenPolicy{TTL: 30 * 24 * time.Hour, Now: func() time.Time { return now }}
		seen := NewBoundedSeen(policy)
		st, err := OpenFileStore(t.Context(), path, seen)
		if err == nil {
			st.Close()
			again := NewBoundedSeen(policy)
			st, err := OpenFileStore(t.Context(), path, again)
			if err != nil {
				t.Fatalf("%q: opened, then refused once written back: %v", content, err)
			}
			st.Close()
			scanSeenFile(bytes.NewReader(content), func(u string, _ time.Time, _ bool) error {
				t1, ok1 := seen.Time(u)
				t2, ok2 := again.Time(u)
				if ok1 != ok2 || !t1.Equal(t2) {
					t.Fatalf("%q: URL %q seen %v at %v, opened again %v at %v", content, u, ok1, t1, ok2, t2)
				}
				return nil
			})
			return
		}
		if got, _ := os.ReadFile(path); string(got) != string(content) {
			t.Fatalf("refused (%v) and changed: %q -> %q", err, content, got)
		}
	})
}
