package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
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
	mode, err := ingest.ProgressMode(*progress, isTerminal(env.Stderr))
	if err != nil {
		return err
	}

	proc, err := newProcessor(*format)
	if err != nil {
		return err
	}
	st := &ingest.BatchStats{}
	proc.Tagger = &timedTagger{EntityTagger: proc.Tagger, st: st}
	display := ingest.NewProgressDisplay(env.Stderr, mode, *every)
	logger := slog.New(slog.NewTextHandler(display, nil))
	reg := newRegistry()
	proc.Metrics = extract.NewMetrics(reg)
	if *metricsAddr != "" {
		opsCtx, stopOps := context.WithCancel(context.WithoutCancel(ctx))
		defer stopOps()
		addr, err := serveOps(opsCtx, *metricsAddr, reg, func() error { return nil }, logger)
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
	cs := st.Sink(out)
	pm := ingest.NewMetrics(reg)
	skip := pm.CountSkips(func(ctx context.Context, d newsner.DeadLetter) error {
		logger.Warn("skipped", "input", d.URL, "class", d.Class, "error", d.Error)
		return cs.WriteDeadLetter(ctx, d)
	})

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
		Processor:    st.Processor(proc),
		Sink:         cs,
		Workers:      *workers,
		DrainTimeout: *drain,
		Logger:       logger,
		Metrics:      pm,
	}
	start := time.Now()
	display.Start(st, src, start)
	runErr := p.Run(ctx)
	if err := src.Close(); err != nil && runErr == nil {
		runErr = fmt.Errorf("save progress: %w", err)
	}
	if closeOut != nil {
		if err := closeOut(); err != nil && runErr == nil {
			runErr = fmt.Errorf("close output: %w", err)
		}
	}
	display.Stop()
	interrupted := runErr == nil && ctx.Err() != nil
	st.Summary(env.Stderr, src.Progress(), time.Since(start), interrupted)
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

// timedTagger tells the batch statistics how long the entity model takes.
type timedTagger struct {
	extract.EntityTagger
	st *ingest.BatchStats
}

func (t *timedTagger) Entities(text string) []newsner.Entity {
	start := time.Now()
	defer func() { t.st.AddEntityTime(time.Since(start)) }()
	return t.EntityTagger.Entities(text)
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
