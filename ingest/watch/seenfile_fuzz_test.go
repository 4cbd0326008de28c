package watch

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzOpenFileStore: whatever file is given as --seen-file (seenFileText's
// bytes no text holds, a line that is no http(s) URL, a torn last line),
// OpenFileStore never panics, and a file it refuses is left as it was.
// Seeds are TestSeenFileRefusesOtherFiles'. Run longer with
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
		st, err := OpenFileStore(t.Context(), path, NewBoundedSeen(SeenPolicy{TTL: 30 * 24 * time.Hour}))
		if err == nil {
			st.Close()
			return
		}
		if got, _ := os.ReadFile(path); string(got) != string(content) {
			t.Fatalf("refused (%v) and changed: %q -> %q", err, content, got)
		}
	})
}
