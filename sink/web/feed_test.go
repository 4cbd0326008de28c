package web

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
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
