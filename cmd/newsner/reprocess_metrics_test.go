package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/kafkatest"
)

// gateWriter passes writes through until the last expected record: that
// write waits until the test has looked at the metrics, so the command's
// metrics server is still up with all other work done.
type gateWriter struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	lines   int
	last    int
	gated   string // the record held back
	reached chan struct{}
	release chan struct{}
}

func (w *gateWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	n := w.lines + bytes.Count(p, []byte("\n"))
	gate := n >= w.last && w.gated == ""
	if gate {
		w.gated = string(p)
	}
	w.mu.Unlock()
	if gate {
		close(w.reached)
		<-w.release
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.lines = n
	return w.buf.Write(p)
}

// TestReprocessMetrics reprocesses 12 pages and one damaged file with
// --metrics-addr and reads /metrics while the last record is being written:
// the page, stage and record counters equal what the directory held.
func TestReprocessMetrics(t *testing.T) {
	dir := t.TempDir()
	writeStories(t, dir, 12)
	if err := os.WriteFile(filepath.Join(dir, "broken.html.gz"), []byte("\x1f\x8b\x08\x00 not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", kafkatest.FreePorts(t, 1)[0])
	out := &gateWriter{last: 13, reached: make(chan struct{}), release: make(chan struct{})}
	stderr := &fakes.Buffer{}
	env := &Env{Stdin: strings.NewReader(""), Stdout: out, Stderr: stderr, Getenv: func(string) string { return "" }}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, env, []string{"reprocess", "--workers", "2", "--metrics-addr", addr, dir})
	}()
	select {
	case <-out.reached:
	case code := <-done:
		t.Fatalf("reprocess ended (exit %d) before its last record\n%s", code, stderr.Bytes())
	case <-ctx.Done():
		t.Fatalf("no last record\n%s", stderr.Bytes())
	}

	for _, path := range []string{"/healthz", "/readyz"} {
		if code, body := get(t, addr, path); code != http.StatusOK {
			t.Errorf("%s: %d %s", path, code, body)
		}
	}
	m := scrape(t, addr)
	articles, deadLetters := 12.0, 1.0
	if strings.Contains(out.gated, newsner.DeadLetterSchema) {
		deadLetters--
	} else {
		articles--
	}
	for _, c := range []struct {
		name string
		kv   []string
		want float64
	}{
		{"newsner_urls_consumed_total", nil, 12}, // the damaged file never becomes a job
		{"newsner_extract_duration_seconds_count", nil, 12},
		{"newsner_entities_duration_seconds_count", nil, 12},
		{"newsner_entities_per_article_count", []string{"type", "PERSON"}, 12},
		{"newsner_entities_per_article_sum", []string{"type", "PERSON"}, 12},
		{"newsner_entities_per_article_sum", []string{"type", "ORGANIZATION"}, 24},
		{"newsner_records_written_total", []string{"kind", "article"}, articles},
		{"newsner_job_duration_seconds_count", []string{"outcome", "article"}, articles},
		{"newsner_records_written_total", []string{"kind", "dead_letter"}, deadLetters},
		{"newsner_dead_letters_total", []string{"class", "invalid"}, deadLetters},
		{"newsner_workers", nil, 2},
		{"newsner_fetched_bytes_total", nil, 0}, // nothing is fetched
	} {
		if got := m.sum(c.name, c.kv...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.kv, got, c.want)
		}
	}
	if len(m.series("go_goroutines")) != 1 || len(m.series("process_cpu_seconds_total")) != 1 {
		t.Errorf("no Go runtime or process metrics")
	}
	close(out.release)
	if code := <-done; code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.Bytes())
	}
	if out.lines != 13 {
		t.Errorf("%d records, want 13", out.lines)
	}
	// The server ends with the command.
	if _, err := (&http.Client{Timeout: 2 * time.Second}).Get("http://" + addr + "/healthz"); err == nil {
		t.Errorf("metrics server still up after reprocess returned")
	}
}
