package archive

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
)

// FuzzCheckpoint: whatever a checkpoint file holds (hand-edited, cut
// short, another program's), OpenCheckpoint refuses it with an error or
// an archive over a directory of pages and a WARC file resumes from it,
// read to its end within seconds without a panic, and saves it again.
// "@D@" in the input stands for the inputs' directory, so that a seed
// names them. Seeds are TestCheckpointFile's and TestArchiveResume's.
// Run longer with go test -run '^$' -fuzz '^FuzzCheckpoint$' ./ingest/archive.
func FuzzCheckpoint(f *testing.F) {
	for _, s := range []string{
		`{"version":1,"inputs":{"@D@/pages":{"next":"b.html"},"@D@/a.warc":{"offset":400,"size":1,"mod_time":"2026-01-01T00:00:00Z"}}}`,
		`{"version":1,"inputs":{"@D@/pages":{"complete":true},"@D@/a.warc":{"complete":true}}}`,
		`{"version":1,"inputs":{"@D@/pages":{"next":"zzz"},"@D@/a.warc":{"offset":-7}}}`,
		`{"version":1,"inputs":{"@D@/pages":null}}`,
		`{"version":1,"inputs":null}`, `{"version":9,"inputs":{}}`, `{`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		dir := t.TempDir()
		writePages(t, filepath.Join(dir, "pages"), map[string]string{"a.html": fakes.ArticleHTML("A"), "b.html": fakes.ArticleHTML("B")})
		warc := fakes.WriteWARC(t, dir, "a.warc", false, fakes.WARCRecord{Type: gowarc.Response, URI: "https://news.example/w", Block: fakes.HTTPResponse(200, "text/html", fakes.ArticleHTML("W"))})
		path := filepath.Join(dir, "cp.json")
		if err := os.WriteFile(path, bytes.ReplaceAll(b, []byte("@D@"), []byte(dir)), 0o644); err != nil {
			t.Fatal(err)
		}
		cp, err := OpenCheckpoint(path)
		if err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		start := time.Now()
		var sk fakes.Skips
		a, err := Open(ctx, []string{filepath.Join(dir, "pages"), warc}, Config{Checkpoint: cp, BatchOptions: ingest.BatchOptions{Skip: sk.Skip, ReadAhead: 1, Logger: slog.New(slog.DiscardHandler)}})
		if err != nil {
			t.Fatal(err)
		}
		a.Start(ctx)
		fakes.Each(ctx, t, a, func(ingest.Job) bool { return true })
		if err := a.Close(); err != nil {
			t.Fatalf("close: %v", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("read in %v", d)
		}
		if _, err := OpenCheckpoint(path); err != nil {
			t.Errorf("checkpoint saved unreadable: %v", err)
		}
	})
}
