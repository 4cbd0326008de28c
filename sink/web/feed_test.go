package web

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/fakes"
)

// TestReadLinesSkipsBadLines: a line that is no record is skipped with a
// warning naming its line and, under "error" as every other warning of
// newsner, what is wrong with it ("err" here was the odd one out); the
// lines after it are read.
func TestReadLinesSkipsBadLines(t *testing.T) {
	var logs strings.Builder
	log := slog.New(slog.NewJSONHandler(&logs, nil))
	s := NewStore(Config{})
	in := "not json\n" + string(encode(t, testArticle("a1", "A", t0, "Some text."))) + "\n"
	if err := ReadLines(context.Background(), strings.NewReader(in), s, log); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Len(); n != 1 {
		t.Errorf("%d articles held, want the one after the bad line", n)
	}
	var w map[string]any
	if err := json.Unmarshal([]byte(strings.SplitN(logs.String(), "\n", 2)[0]), &w); err != nil {
		t.Fatalf("log %q: %v", logs.String(), err)
	}
	if w["msg"] != "serve: skipped a line" || w["line"] != float64(1) || w["error"] == nil {
		t.Errorf("warning %v: want the line and its error under \"error\"", w)
	}
}

// TestReadLinesSkipsLongLines: a line over maxLine is skipped with a
// warning, without being held, and the records after it are read; it ended
// the stream ("a line longer than 67108864 bytes"), and with it `newsner
// serve -`, on a record `newsner run` printed for a page of text that
// JSON escapes six-fold.
func TestReadLinesSkipsLongLines(t *testing.T) {
	var logs strings.Builder
	log := slog.New(slog.NewJSONHandler(&logs, nil))
	s := NewStore(Config{})
	long := io.LimitReader(fakes.Repeat('x'), maxLine+100)
	for _, tail := range []string{"\n" + string(encode(t, testArticle("a2", "B", t0, "More text."))) + "\n", ""} {
		in := io.MultiReader(strings.NewReader(string(encode(t, testArticle("a1", "A", t0, "Some text.")))+"\n"), long, strings.NewReader(tail))
		if err := ReadLines(context.Background(), in, s, log); err != nil {
			t.Fatalf("tail %.10q: %v", tail, err)
		}
		long = io.LimitReader(fakes.Repeat('x'), maxLine+100)
	}
	if n, _ := s.Len(); n != 2 {
		t.Errorf("%d articles held, want the two around the long line", n)
	}
	if n := strings.Count(logs.String(), "a line longer than"); n != 2 {
		t.Errorf("%d warnings of a long line, want 2:\n%s", n, logs.String())
	}
}
