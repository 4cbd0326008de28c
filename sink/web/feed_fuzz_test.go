package web

import (
	"bytes"
	"context"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

// FuzzReadLines: whatever file or stdin `newsner serve` reads (JSON Lines
// as run and extract print them, a file of another kind, lines cut short
// or run together, long lines across its read buffer), ReadLines reads it
// to its end without an error or a panic, and as its lines one by one: the
// store holds what adding each non-blank line alone holds, the same
// articles (their count, their IDs, each ID's record byte for byte) and
// the same lines skipped, no record lost or made of two lines. Seeds are
// records of the store tests and a line longer than the read buffer. Run
// longer with
// go test -run '^$' -fuzz '^FuzzReadLines$' ./sink/web.
func FuzzReadLines(f *testing.F) {
	art := `{"schema":"newsner.article/v1","id":"a1","url":"https://x.example/a","title":"T","text":"Merkel met Macron.","entities":[{"type":"PERSON","text":"Merkel","mentions":[{"start":0,"end":6}]}]}`
	for _, s := range []string{
		art + "\n" + strings.Replace(art, "a1", "a2", 1) + "\r\n\n  \t\nnot json\n",
		`{"schema":"newsner.deadletter/v1","url":"https://x.example/b","class":"timeout","error":"e"}` + "\n" + art,
		art[:40] + "\n" + art[40:], "\n\n", "",
		strings.Replace(art, `"T"`, `"`+strings.Repeat("x", 70<<10)+`"`, 1) + "\n" + strings.Replace(art, "a1", "a3", 1),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		s := NewStore(Config{})
		defer s.Close()
		if err := ReadLines(context.Background(), bytes.NewReader(in), s, nil); err != nil {
			t.Fatalf("ReadLines: %v", err)
		}
		ref := NewStore(Config{})
		defer ref.Close()
		for line := range bytes.SplitSeq(in, []byte("\n")) {
			if line = bytes.TrimSpace(line); len(line) > 0 {
				ref.Add(line, time.Now())
			}
		}
		n, ids, skipped := heldRecords(s)
		want, wantIDs, wantSkipped := heldRecords(ref)
		if n != want || skipped != wantSkipped {
			t.Fatalf("%.300q: %d articles held, %d lines skipped; line by line %d and %d", in, n, skipped, want, wantSkipped)
		}
		if !maps.EqualFunc(ids, wantIDs, bytes.Equal) {
			t.Fatalf("%.300q: held the articles %v, line by line %v: other IDs or other records", in, slices.Sorted(maps.Keys(ids)), slices.Sorted(maps.Keys(wantIDs)))
		}
	})
}

// heldRecords is what s holds: the number of articles, each article's
// record by its ID (as held, compressed), and the lines it skipped.
func heldRecords(s *Store) (n int, byID map[string][]byte, skipped int) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	byID = make(map[string][]byte, len(s.byID))
	for id, it := range s.byID {
		byID[id] = it.raw
	}
	return s.live, byID, s.skipped
}
