package logging

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// TestRepeatedWarningsAreCounted: 162 identical warnings in 23 s (a broker
// down) are written as the first one, one per interval with its count, and
// the last count when the logger is next used; dead letters of different
// URLs and info lines are all written.
func TestRepeatedWarningsAreCounted(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	h := RateLimit(slog.NewJSONHandler(&buf, nil), 10*time.Second).(*handler)
	h.now = func() time.Time { return clock }
	log := slog.New(h)
	for i := range 162 {
		log.Warn("kafka write failed; retrying", "attempt", i+1, "error", "dial tcp 127.0.0.1:9092: connect: connection refused")
		clock = clock.Add(23 * time.Second / 162)
	}
	for i := range 3 {
		log.Warn("dead letter", "url", "https://news.example/"+string(rune('a'+i)), "class", "network")
		log.Info("progress", "done", i)
	}
	clock = clock.Add(10 * time.Second)
	log.Info("recovered")

	var msgs []string
	var repeated int
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var r struct {
			Msg      string
			Repeated int
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, r.Msg)
		repeated += max(r.Repeated, 1)
		if strings.HasPrefix(r.Msg, "dead letter") || r.Msg == "progress" || r.Msg == "recovered" {
			repeated--
		}
	}
	t.Logf("%d lines:\n%s", len(msgs), strings.Join(msgs, "\n"))
	if repeated != 162 {
		t.Errorf("the written lines stand for %d warnings, want 162", repeated)
	}
	if n := strings.Count(buf.String(), "kafka write failed"); n > 5 {
		t.Errorf("%d lines for the 162 warnings in 23 s, want one and a count every 10 s", n)
	}
	if !strings.Contains(buf.String(), `"msg":"kafka write failed; retrying (x`) || !strings.Contains(buf.String(), " in 10s)") {
		t.Errorf("no count with its time:\n%s", buf.String())
	}
	for _, want := range []string{"news.example/a", "news.example/b", "news.example/c", `"done":2`, "recovered"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("%s not written", want)
		}
	}
}

// TestDistinctSubjectsAreNotRepeats: warnings whose subjects differ in any
// attribute but the volatile ones (watch's failing sources, say) are each
// written; only the error text or a count may differ between repeats.
func TestDistinctSubjectsAreNotRepeats(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(RateLimit(slog.NewJSONHandler(&buf, nil), time.Minute))
	log.Warn("watch: source failed", "source", "http://a.example/bomb.xml", "class", "too_large", "failures", 1)
	log.Warn("watch: source failed", "source", "http://a.example/hang.xml", "class", "timeout", "failures", 1)
	log.Warn("watch: source failed", "source", "http://a.example/hang.xml", "class", "timeout", "failures", 2, "error", "other text")
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Fatalf("%d lines written, want 2 (two sources, one repeat counted):\n%s", n, buf.String())
	}
}
