package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/sink"
)

func runReprocess(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "reprocess", "[flags] [PATH...]",
		`Re-extracts archived pages with the current extractor and entity model.

With PATHs it reads saved pages: directory trees of .html and .html.gz files
(in sorted order of their paths; fetched_at is the file's modification time),
single such files, and WARC files (.warc, .warc.gz, named or found in a
directory tree: HTTP response records holding HTML; the record's target URI
and date become the article's url and fetched_at). Damaged records, non-HTML
records and unreadable files are reported and skipped. With --checkpoint FILE,
progress is saved there, and a run started again with the same file resumes
after the last page done.

Without PATHs it reads the raw topic (newsner.raw, written by newsner run):
every partition from the earliest offset (or from --since) up to the end
offsets seen at the start, then exits. Articles keep the id, url and
fetched_at they had, so a compacted articles topic replaces the old record.
With --group, progress is committed as that consumer group's offsets, and a
run with the same group resumes where the last one stopped.

Records go to stdout as JSON lines, or with --brokers to the articles topic
(--to another topic; --to - for stdout). Failures are dead-letter records in
the same stream (the dead-letter topic with Kafka). All cores are used. A
progress line is shown on a terminal, log lines otherwise, and a summary at
the end. SIGINT stops taking pages, finishes those in flight and saves the
progress; the exit status is then 1.`)
	ko := kafkaFlags(fs, env, "")
	topics := topicFlags(fs)
	to := fs.String("to", "", "topic the records are written to, or - for stdout (default: the articles topic with --brokers, else stdout)")
	group := fs.String("group", "", "raw topic: consumer group to commit progress for and resume from (default: none, read everything)")
	since := fs.String("since", "", "raw topic: start at messages written since this time (RFC 3339, or a duration ago such as 72h) where --group has no offset")
	checkpoint := fs.String("checkpoint", "", "files: progress file to resume from and save to (default: none)")
	saveEvery := fs.Duration("save-every", time.Second, "how often progress is saved (--checkpoint) or committed (--group) while running; a crash redoes at most this much")
	workers := fs.Int("workers", 0, "pages processed at once (default: the number of cores; twice that when writing to Kafka, as each write waits for the brokers' acknowledgement)")
	format := fs.String("input-format", extract.FormatAuto, "page format: auto, html or text")
	maxBody := fs.Int64("max-body-bytes", 32<<20, "largest page body accepted (decompressed)")
	progress := fs.String("progress", "auto", "progress display: auto (a line on a terminal, else log lines), line, log or none")
	every := fs.Duration("progress-every", 10*time.Second, "interval of the progress log lines")
	drain := fs.Duration("drain-timeout", 30*time.Second, "on SIGINT/SIGTERM, how long pages in flight may take to finish")
	metricsAddr := fs.String("metrics-addr", envOr(env, "NEWSNER_METRICS_ADDR", ""), "address to serve /metrics, /healthz and /readyz on, e.g. 127.0.0.1:9464; empty: none (env NEWSNER_METRICS_ADDR)")
	if err := parse(fs, args); err != nil {
		return err
	}
	paths := fs.Args()
	brokers := ko.brokers()
	var sinceT time.Time
	if *since != "" {
		t, err := parseSince(*since, time.Now())
		if err != nil {
			return fmt.Errorf("--since: %w", err)
		}
		sinceT = t
	}
	switch {
	case len(paths) == 0 && len(brokers) == 0:
		fmt.Fprintln(env.Stderr, "newsner reprocess: give PATHs to read, or --brokers to read the raw topic")
		fs.Usage()
		return errUsage
	case len(paths) > 0 && (*group != "" || *since != ""):
		return fmt.Errorf("--group and --since apply to the raw topic, not to PATHs (use --checkpoint)")
	case len(paths) == 0 && *checkpoint != "":
		return fmt.Errorf("--checkpoint applies to PATHs; the raw topic resumes with --group")
	}
	mode, err := progressMode(*progress, env.Stderr)
	if err != nil {
		return err
	}

	proc, err := newProcessor(*format)
	if err != nil {
		return err
	}
	st := &reprocessStats{failures: map[string]int64{}}
	proc.Tagger = &timedTagger{EntityTagger: proc.Tagger, nanos: &st.entityNanos}
	display := newProgressDisplay(env.Stderr, mode, *every)
	logger := slog.New(slog.NewTextHandler(display, nil))
	reg := newRegistry()
	proc.Metrics = extract.NewMetrics(reg)
	if *metricsAddr != "" {
		addr, err := serveOps(ctx, *metricsAddr, reg, func() error { return nil }, logger)
		if err != nil {
			return err
		}
		logger.Info("serving metrics", "addr", addr)
	}

	// Where records go.
	var out ingest.Sink
	var closeOut func() error
	if *to == "-" || (*to == "" && len(brokers) == 0) {
		out = &sink.JSONLines{W: env.Stdout}
	} else {
		sc, err := ko.sinkConfig(*topics)
		if err != nil {
			return err
		}
		if *to != "" {
			sc.ArticlesTopic = *to
		}
		sc.NoRaw = true // the pages are archived already
		sc.Logger = logger
		sc.Metrics = sink.NewKafkaMetrics(reg)
		var specs []kafka.TopicConfig
		for _, s := range sink.TopicSpecs(sc, topics.URLs, 0) {
			if s.Topic == sc.ArticlesTopic || s.Topic == sc.DLQTopic {
				specs = append(specs, s)
			}
		}
		if err := sink.EnsureTopics(ctx, sc, specs...); err != nil {
			return fmt.Errorf("create topics: %w", err)
		}
		k, err := sink.NewKafka(ctx, sc)
		if err != nil {
			return err
		}
		out, closeOut = k, k.Close
	}
	if *workers <= 0 {
		*workers = runtime.NumCPU()
		if closeOut != nil {
			*workers *= 2
		}
	}
	cs := &countingSink{Sink: out, st: st}
	skip := func(ctx context.Context, d newsner.DeadLetter) error {
		logger.Warn("skipped", "input", d.URL, "class", d.Class, "error", d.Error)
		return cs.WriteDeadLetter(ctx, d)
	}

	// Where pages come from.
	var src batchSource
	if len(paths) > 0 {
		var cp *ingest.Checkpoint
		if *checkpoint != "" {
			if cp, err = ingest.OpenCheckpoint(*checkpoint); err != nil {
				return closeAfter(err, closeOut)
			}
		}
		src, err = ingest.OpenArchive(ctx, paths, ingest.ArchiveConfig{
			Checkpoint: cp, CheckpointEvery: *saveEvery, Skip: skip, MaxBodyBytes: *maxBody, ReadAhead: 4 * *workers, Logger: logger,
		})
	} else {
		var rc ingest.RawTopicConfig
		rc, err = rawTopicConfig(ko, topics.Raw, *group, sinceT)
		if err == nil {
			rc.Skip, rc.ReadAhead, rc.Logger, rc.CommitEvery = skip, 4**workers, logger, *saveEvery
			src, err = ingest.OpenRawTopic(ctx, rc)
		}
	}
	if err != nil {
		return closeAfter(err, closeOut)
	}

	p := &ingest.Pipeline{
		Source:       src,
		Processor:    &timedProcessor{Processor: proc, nanos: &st.processNanos},
		Sink:         cs,
		Workers:      *workers,
		DrainTimeout: *drain,
		Logger:       logger,
		Metrics:      ingest.NewMetrics(reg),
	}
	start := time.Now()
	display.start(st, src, start)
	runErr := p.Run(ctx)
	if err := src.Close(); err != nil && runErr == nil {
		runErr = fmt.Errorf("save progress: %w", err)
	}
	if closeOut != nil {
		if err := closeOut(); err != nil && runErr == nil {
			runErr = fmt.Errorf("close output: %w", err)
		}
	}
	display.stop()
	interrupted := runErr == nil && ctx.Err() != nil
	st.summary(env.Stderr, src.Progress(), time.Since(start), interrupted)
	if runErr != nil {
		return runErr
	}
	if interrupted {
		if len(paths) > 0 && *checkpoint == "" || len(paths) == 0 && *group == "" {
			return errors.New("interrupted (without --checkpoint or --group a new run starts from the beginning)")
		}
		return errors.New("interrupted: run again with the same --checkpoint or --group to go on")
	}
	return nil
}

// batchSource is what reprocess needs of its page source.
type batchSource interface {
	ingest.Source
	Progress() ingest.BatchProgress
	Close() error
}

// closeAfter closes the output after a failed start.
func closeAfter(err error, closeOut func() error) error {
	if closeOut != nil {
		closeOut()
	}
	return err
}

// rawTopicConfig builds the raw topic source's configuration from the
// Kafka flags.
func rawTopicConfig(ko *kafkaOpts, topic, group string, since time.Time) (ingest.RawTopicConfig, error) {
	tc, err := ko.tlsConfig()
	if err != nil {
		return ingest.RawTopicConfig{}, err
	}
	m, err := ko.saslMechanism()
	if err != nil {
		return ingest.RawTopicConfig{}, err
	}
	return ingest.RawTopicConfig{Brokers: ko.brokers(), Topic: topic, Group: group, Since: since, TLS: tc, SASL: m}, nil
}

// parseSince reads --since: an RFC 3339 time, a date, or a duration ago.
func parseSince(s string, now time.Time) (time.Time, error) {
	if d, err := time.ParseDuration(s); err == nil {
		if d < 0 {
			return time.Time{}, fmt.Errorf("%q: a negative duration", s)
		}
		return now.Add(-d), nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q: want an RFC 3339 time (2026-11-01T00:00:00Z), a date (2026-11-01) or a duration ago (72h)", s)
}

// reprocessStats counts what a reprocess run did and where its time went.
// Times are summed over the workers.
type reprocessStats struct {
	articles     atomic.Int64
	processNanos atomic.Int64 // extraction and entities
	entityNanos  atomic.Int64 // entities alone
	writeNanos   atomic.Int64

	mu       sync.Mutex
	failures map[string]int64 // by class
}

func (s *reprocessStats) failed() (int64, map[string]int64) {
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

func (s *reprocessStats) stages(p ingest.BatchProgress) stageTimes {
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

// summary prints the end-of-run summary.
func (s *reprocessStats) summary(w io.Writer, p ingest.BatchProgress, elapsed time.Duration, interrupted bool) {
	nFailed, byClass := s.failed()
	articles := s.articles.Load()
	var skipped int64
	for _, n := range p.Skipped {
		skipped += n
	}
	state := "done"
	if interrupted {
		state = "interrupted"
	}
	rate := float64(articles+nFailed) / max(elapsed.Seconds(), 1e-9)
	fmt.Fprintf(w, "reprocess %s: %d pages read, %d articles written, %d failed in %s (%.1f pages/s)\n",
		state, p.Pages+skipped, articles, nFailed, elapsed.Round(10*time.Millisecond), rate)
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

// countingSink counts what is written and times the writes.
type countingSink struct {
	ingest.Sink
	st *reprocessStats
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
		c.st.failures[d.Class]++
		c.st.mu.Unlock()
	}
	return err
}

// timedProcessor times the processing of pages (extraction and entities).
type timedProcessor struct {
	ingest.Processor
	nanos *atomic.Int64
}

func (p *timedProcessor) Process(ctx context.Context, page newsner.Page) (newsner.Article, error) {
	t := time.Now()
	defer func() { p.nanos.Add(int64(time.Since(t))) }()
	return p.Processor.Process(ctx, page)
}

// timedTagger times the entity model.
type timedTagger struct {
	extract.EntityTagger
	nanos *atomic.Int64
}

func (t *timedTagger) Entities(text string) []newsner.Entity {
	start := time.Now()
	defer func() { t.nanos.Add(int64(time.Since(start))) }()
	return t.EntityTagger.Entities(text)
}

// Progress display modes.
const (
	progressNone = "none"
	progressLine = "line" // one line redrawn in place on a terminal
	progressLog  = "log"  // periodic log lines
)

// progressMode resolves --progress: auto is a line on a terminal, log
// lines otherwise.
func progressMode(flag string, w io.Writer) (string, error) {
	switch flag {
	case progressNone, progressLine, progressLog:
		return flag, nil
	case "auto":
		if isTerminal(w) {
			return progressLine, nil
		}
		return progressLog, nil
	}
	return "", fmt.Errorf("--progress %q: want auto, line, log or none", flag)
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressDisplay shows a run's progress on w, and is the writer log lines
// go through, so that a line redrawn in place is cleared before a log line
// and drawn again after it.
type progressDisplay struct {
	w     io.Writer
	mode  string
	every time.Duration

	mu   sync.Mutex
	line string // the progress line now shown (line mode)

	stopc chan struct{}
	done  chan struct{}
}

func newProgressDisplay(w io.Writer, mode string, every time.Duration) *progressDisplay {
	if every <= 0 {
		every = 10 * time.Second
	}
	return &progressDisplay{w: w, mode: mode, every: every}
}

// Write writes a log line, keeping the progress line below it.
func (d *progressDisplay) Write(b []byte) (int, error) {
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

// start shows progress until stop.
func (d *progressDisplay) start(st *reprocessStats, src batchSource, began time.Time) {
	d.stopc, d.done = make(chan struct{}), make(chan struct{})
	if d.mode == progressNone {
		close(d.done)
		return
	}
	interval := d.every
	if d.mode == progressLine {
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

// stop ends the display.
func (d *progressDisplay) stop() {
	if d.stopc == nil {
		return
	}
	close(d.stopc)
	<-d.done
}

// show draws the progress once.
func (d *progressDisplay) show(st *reprocessStats, p ingest.BatchProgress, elapsed time.Duration) {
	failed, _ := st.failed()
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
	if d.mode == progressLog {
		slog.New(slog.NewTextHandler(d, nil)).Info("reprocess progress", "pages", pages, "failed", failed,
			"pages_per_s", fmt.Sprintf("%.1f", rate), "done", strings.TrimSpace(pct), "eta", eta)
		return
	}
	line := fmt.Sprintf("reprocess: %d pages (%d failed), %.1f pages/s,%s ETA %s", pages, failed, rate, pct, eta)
	d.mu.Lock()
	defer d.mu.Unlock()
	d.line = line
	io.WriteString(d.w, "\r\033[K"+line)
}
