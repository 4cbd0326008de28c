package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
)

// BatchStats counts what a batch run (reprocessing archives) did and where
// its time went: processing (extraction and entities), the entity step
// alone, and writing, each summed over the workers. Safe for concurrent
// use; the zero value is ready.
type BatchStats struct {
	articles     atomic.Int64
	processNanos atomic.Int64
	entityNanos  atomic.Int64
	writeNanos   atomic.Int64

	mu       sync.Mutex
	failures map[string]int64 // by class
}

// Sink wraps inner so that the articles and dead letters it writes, and the
// time writing takes, are counted.
func (s *BatchStats) Sink(inner ingest.Sink) ingest.Sink { return &countingSink{Sink: inner, st: s} }

// Processor wraps inner so that the time processing takes is counted.
func (s *BatchStats) Processor(inner ingest.Processor) ingest.Processor {
	return &timedProcessor{Processor: inner, st: s}
}

// AddEntityTime adds time spent finding entities (part of processing), to
// split the processing time into extraction and entities.
func (s *BatchStats) AddEntityTime(d time.Duration) { s.entityNanos.Add(int64(d)) }

// Failed returns the number of dead letters written, and their number by
// class.
func (s *BatchStats) Failed() (int64, map[string]int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var n int64
	for _, c := range s.failures {
		n += c
	}
	return n, maps.Clone(s.failures)
}

// stageTimes is the time spent in each stage, summed over the workers.
type stageTimes struct {
	read, extract, entities, write time.Duration
}

func (s *BatchStats) stages(p ingest.BatchProgress) stageTimes {
	proc, ent := s.processNanos.Load(), s.entityNanos.Load()
	return stageTimes{
		read:     p.ReadTime,
		extract:  time.Duration(max(proc-ent, 0)),
		entities: time.Duration(ent),
		write:    time.Duration(s.writeNanos.Load()),
	}
}

// shares returns each stage's share of the time of all stages, in percent.
func (t stageTimes) shares() (read, extract, entities, write float64) {
	total := float64(t.read + t.extract + t.entities + t.write)
	if total == 0 {
		return 0, 0, 0, 0
	}
	return 100 * float64(t.read) / total, 100 * float64(t.extract) / total, 100 * float64(t.entities) / total, 100 * float64(t.write) / total
}

// Summary writes the end-of-run summary: pages read, articles written,
// failures by class, time, rate and each stage's share of the time.
func (s *BatchStats) Summary(w io.Writer, p ingest.BatchProgress, elapsed time.Duration, interrupted bool) {
	nFailed, byClass := s.Failed()
	articles := s.articles.Load()
	state := "done"
	if interrupted {
		state = "interrupted"
	}
	rate := float64(articles+nFailed) / max(elapsed.Seconds(), 1e-9)
	fmt.Fprintf(w, "reprocess %s: %s read, %s written, %d failed in %s (%.1f pages/s)\n",
		state, newsner.Count(pagesRead(p), "page"), newsner.Count(articles, "article"), nFailed, elapsed.Round(10*time.Millisecond), rate)
	if nFailed > 0 {
		var parts []string
		for _, c := range slices.Sorted(maps.Keys(byClass)) {
			parts = append(parts, fmt.Sprintf("%s %d", c, byClass[c]))
		}
		fmt.Fprintf(w, "  failures: %s\n", strings.Join(parts, ", "))
	}
	r, x, e, wr := s.stages(p).shares()
	fmt.Fprintf(w, "  time by stage: read %.1f%%, extract %.1f%%, entities %.1f%%, write %.1f%%\n", r, x, e, wr)
}

// pagesFailed writes after a finished run how many pages failed (each is a
// dead letter), as extract says of its inputs and watch --once of its
// sources. It fails the command when every page read failed: the run
// produced nothing.
func (s *BatchStats) pagesFailed(w io.Writer, p ingest.BatchProgress) error {
	failed, _ := s.Failed()
	if sayFailed(w, "reprocess", failed, pagesRead(p), "page") {
		return errSilent
	}
	return nil
}

// pagesRead is how many pages a batch run read: those the source handed
// out and those it skipped (each a dead letter).
func pagesRead(p ingest.BatchProgress) int64 {
	n := p.Pages
	for _, s := range p.Skipped {
		n += s
	}
	return n
}

// countingSink counts what is written and times the writes.
type countingSink struct {
	ingest.Sink
	st *BatchStats
}

func (c *countingSink) WriteArticle(ctx context.Context, a newsner.Article, raw newsner.Page) error {
	t := time.Now()
	err := c.Sink.WriteArticle(ctx, a, raw)
	c.st.writeNanos.Add(int64(time.Since(t)))
	if err == nil {
		c.st.articles.Add(1)
	}
	return err
}

func (c *countingSink) WriteDeadLetter(ctx context.Context, d newsner.DeadLetter) error {
	t := time.Now()
	err := c.Sink.WriteDeadLetter(ctx, d)
	c.st.writeNanos.Add(int64(time.Since(t)))
	if err == nil {
		c.st.mu.Lock()
		if c.st.failures == nil {
			c.st.failures = map[string]int64{}
		}
		c.st.failures[d.Class]++
		c.st.mu.Unlock()
	}
	return err
}

// timedProcessor times the processing of pages (extraction and entities).
type timedProcessor struct {
	ingest.Processor
	st *BatchStats
}

func (p *timedProcessor) Process(ctx context.Context, page newsner.Page) (newsner.Article, error) {
	t := time.Now()
	defer func() { p.st.processNanos.Add(int64(time.Since(t))) }()
	return p.Processor.Process(ctx, page)
}

// defaultProgressEvery is the interval of the progress log lines.
const defaultProgressEvery = 10 * time.Second

// Progress display modes.
const (
	ProgressNone = "none"
	ProgressLine = "line" // one line redrawn in place on a terminal
	ProgressLog  = "log"  // periodic log lines
)

// ProgressMode resolves a --progress setting: auto is a line on a terminal,
// log lines otherwise.
func ProgressMode(setting string, terminal bool) (string, error) {
	switch setting {
	case ProgressNone, ProgressLine, ProgressLog:
		return setting, nil
	case "auto":
		if terminal {
			return ProgressLine, nil
		}
		return ProgressLog, nil
	}
	return "", usageErrorf("--progress %q: want auto, line, log or none", setting)
}

// ProgressDisplay shows a batch run's progress (pages, rate, share done,
// ETA) on w, and is the writer log lines go through, so that a line redrawn
// in place is cleared before a log line and drawn again after it.
type ProgressDisplay struct {
	w     io.Writer
	mode  string
	every time.Duration
	// Logger writes the progress log lines (ProgressLog). Default: text
	// lines through the display.
	Logger *slog.Logger

	mu   sync.Mutex
	line string // the progress line now shown (line mode)

	stopc chan struct{}
	done  chan struct{}
}

// NewProgressDisplay returns a display in the given mode (ProgressLine,
// ProgressLog or ProgressNone) with log lines every interval (default 10s).
func NewProgressDisplay(w io.Writer, mode string, every time.Duration) *ProgressDisplay {
	if every <= 0 {
		every = defaultProgressEvery
	}
	return &ProgressDisplay{w: w, mode: mode, every: every}
}

// Write writes a log line, keeping the progress line below it.
func (d *ProgressDisplay) Write(b []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.line != "" {
		io.WriteString(d.w, "\r\033[K")
	}
	n, err := d.w.Write(b)
	if d.line != "" {
		io.WriteString(d.w, d.line)
	}
	return n, err
}

// Start shows the progress of the run that began at began, as counted by st
// and src, until Stop. Its goroutine is owned by the display: Stop ends it.
func (d *ProgressDisplay) Start(st *BatchStats, src interface{ Progress() ingest.BatchProgress }, began time.Time) {
	d.stopc, d.done = make(chan struct{}), make(chan struct{})
	if d.mode == ProgressNone {
		close(d.done)
		return
	}
	interval := d.every
	if d.mode == ProgressLine {
		interval = 500 * time.Millisecond
	}
	go func() {
		defer close(d.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-d.stopc:
				d.mu.Lock()
				if d.line != "" {
					io.WriteString(d.w, "\r\033[K")
					d.line = ""
				}
				d.mu.Unlock()
				return
			case <-t.C:
				d.show(st, src.Progress(), time.Since(began))
			}
		}
	}()
}

// Stop ends the display.
func (d *ProgressDisplay) Stop() {
	if d.stopc == nil {
		return
	}
	close(d.stopc)
	<-d.done
}

// show draws the progress once.
func (d *ProgressDisplay) show(st *BatchStats, p ingest.BatchProgress, elapsed time.Duration) {
	failed, _ := st.Failed()
	pages := st.articles.Load() + failed
	rate := float64(pages) / max(elapsed.Seconds(), 1e-9)
	eta, pct := "unknown", ""
	if p.Total > 0 {
		f := float64(p.Done) / float64(p.Total)
		pct = fmt.Sprintf(" %.0f%%", 100*f)
		if f > 0 {
			eta = (time.Duration(float64(elapsed) * (1 - f) / f)).Round(time.Second).String()
		}
	}
	if d.mode == ProgressLog {
		log := d.Logger
		if log == nil {
			log = slog.New(slog.NewTextHandler(d, nil))
		}
		log.Info("reprocess progress", "pages", pages, "failed", failed,
			"pages_per_s", fmt.Sprintf("%.1f", rate), "done", strings.TrimSpace(pct), "eta", eta)
		return
	}
	line := fmt.Sprintf("reprocess: %s (%d failed), %.1f pages/s,%s ETA %s", newsner.Count(pages, "page"), failed, rate, pct, eta)
	d.mu.Lock()
	defer d.mu.Unlock()
	d.line = line
	io.WriteString(d.w, "\r\033[K"+line)
}
