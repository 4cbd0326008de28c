package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner/ingest/fetch"
	"github.com/newsner/newsner/ingest/watch"
	"github.com/newsner/newsner/internal/fakes"
	"golang.org/x/time/rate"
)

// BenchmarkWatchPolls measures the polls per second one watch process
// sustains against a local server with 1,000 feeds, through the guarded
// fetcher (robots.txt, SSRF guard and per-host limits on; rate limit off,
// 64 connections to the one host): 19 polls in 20 are answered 304 Not
// Modified, the 20th a changed feed of 20 entries (one new), parsed and
// deduplicated. Every source is always due, so the figure is the process's
// ceiling, not a schedule. Reported as polls/s; -cpu sets the cores.
//
//	go test ./cmd/newsner -run '^$' -bench WatchPolls -benchtime 20000x
func BenchmarkWatchPolls(b *testing.B) {
	const sources = 1000
	var polls, changed atomic.Int64
	var version [sources]atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
			return
		}
		i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/feed/"), ".xml"))
		if err != nil || i < 0 || i >= sources {
			http.NotFound(w, r)
			return
		}
		n := polls.Add(1)
		v := version[i].Load()
		if n%20 == 0 {
			v = version[i].Add(1)
			changed.Add(1)
		}
		etag := fmt.Sprintf(`"%d-%d"`, i, v)
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		var body strings.Builder
		body.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>`)
		for j := v; j > v-20; j-- {
			fmt.Fprintf(&body, `<item><title>Story %d of feed %d</title><link>%s/feed/%d/story/%d</link><pubDate>%s</pubDate></item>`,
				j, i, "https://news.example", i, j, time.Now().UTC().Format(time.RFC1123Z))
		}
		body.WriteString(`</channel></rss>`)
		io.WriteString(w, body.String())
	}))
	defer srv.Close()
	fetcher := fetch.New(fetch.Config{AllowPrivateNetworks: true, PerHostRate: rate.Inf, PerHostConcurrency: 64, MaxAttempts: 1})
	defer fetcher.Close()
	var lines []string
	for i := range sources {
		lines = append(lines, fmt.Sprintf("%s/feed/%d.xml", srv.URL, i))
	}
	out := &fakes.URLs{}
	w := watch.New(watch.Config{
		Fetcher:     &watch.Guarded{Fetcher: fetcher, MaxBytes: 16 << 20},
		Output:      out,
		Interval:    time.Millisecond, // always due: the process's ceiling
		MaxInterval: time.Millisecond,
		Concurrency: 64,
		MaxAge:      -1,
		Logger:      slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	w.Set(lines)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	// Warm up: every source polled once (unconditionally, all 200s).
	for polls.Load() < 2*sources {
		time.Sleep(10 * time.Millisecond)
	}
	b.ResetTimer()
	start, startChanged := polls.Load(), changed.Load()
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	for polls.Load()-start < int64(b.N) {
		time.Sleep(time.Millisecond)
	}
	b.StopTimer()
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	n := polls.Load() - start
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "polls/s")
	b.ReportMetric(float64(changed.Load()-startChanged)/float64(n), "changed/poll")
	// CPU per poll, the test server's share included (it runs in this
	// process): on a machine others share, polls/s follows the CPU left.
	cpu := ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano()
	b.ReportMetric(float64(cpu)/1e3/float64(n), "cpu-µs/poll")
}
