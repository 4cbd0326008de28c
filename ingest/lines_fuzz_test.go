package ingest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// FuzzLines: whatever URL list `newsner run` reads (stdin, a file), Lines
// hands out one job for each line that is not blank or a '#' comment, in
// order, its URL trimmed, then io.EOF; with every job done, DoneThrough is
// the last such line. A line that is no JSON record (it does not start
// with '{'), of maxLine bytes at most, is handed out as it stands,
// trimmed: no byte of a URL lost or changed (a longer line is handed out
// cut, Lines' URL the fetcher refuses, and not checked here). Seeds are
// FuzzURLList's lists and URL records. Run longer with
// go test -run '^$' -fuzz '^FuzzLines$' ./ingest.
func FuzzLines(f *testing.F) {
	for _, s := range []string{
		"https://a.example/1\nhttps://a.example/2\n", "# mine\n\nHTTP://x.example/a\r\n", "https://a.example/1 and more\n",
		"\ufeffhttps://a.example/\u200b\n\t\n#x\n", "", "\n#\n", "https://a.example/\x00\xff\n\r\r\n",
		`{"url":" https://a.example/b ","title":"T","published_at":"9999-12-31T23:59:59-23:59"}` + "\n{\"url\":1}\nx",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var want []int              // the lines, from 1, that are URLs
		wantURL := map[int]string{} // the URL of each line that is no record
		for i, line := range strings.Split(string(in), "\n") {
			if l := newsner.TrimURL(strings.TrimSuffix(line, "\r")); l != "" && !strings.HasPrefix(l, "#") {
				want = append(want, i+1)
				if len(line) <= maxLine && !strings.HasPrefix(strings.TrimSpace(l), "{") {
					wantURL[i+1] = l
				}
			}
		}
		ctx := context.Background()
		l := NewLines(bytes.NewReader(in))
		var got []int
		for {
			j, err := l.Next(ctx)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("Next: %v", err)
			}
			if newsner.TrimURL(j.URL) != j.URL {
				t.Fatalf("URL %q not trimmed", j.URL)
			}
			n := int(j.Token.(lineToken))
			if u, ok := wantURL[n]; ok && j.URL != u {
				t.Fatalf("%q: line %d handed out as %q, want %q", in, n, j.URL, u)
			}
			got = append(got, n)
			if err := l.Done(ctx, j); err != nil {
				t.Fatalf("Done: %v", err)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%q: jobs of lines %v, want %v", in, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: jobs of lines %v, want %v", in, got, want)
			}
		}
		if len(want) > 0 && l.DoneThrough() != want[len(want)-1] {
			t.Fatalf("%q: done through line %d, want %d", in, l.DoneThrough(), want[len(want)-1])
		}
	})
}
