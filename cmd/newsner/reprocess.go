package main

import (
	"context"
	"errors"
	"fmt"
	iofs "io/fs"
	"os"
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/ingest/archive"
	"github.com/newsner/newsner/ingest/kafkasource"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/sink"
)

// reprocessOpts are the flags and arguments of newsner reprocess.
type reprocessOpts struct {
	fs         *flagSet
	kafka      kafka.Flags
	topics     kafka.Topics
	paths      []string
	to         string
	group      string
	since      time.Time
	checkpoint string
	saveEvery  time.Duration
	workers    int
	format     string
	maxBody    int64
	progress   string
	every      time.Duration
	drain      time.Duration
}

func parseReprocess(env *Env, args []string) (*reprocessOpts, error) {
	o := &reprocessOpts{fs: newFlagSet(env, "reprocess", "[flags] [PATH...]",
		`Re-extracts archived pages with the current extractor and entity model.

With PATHs it reads saved pages: directory trees of .html and .html.gz files
(in sorted order of their paths; fetched_at is the file's modification time),
single such files, and WARC files (.warc, .warc.gz, named or found in a
directory tree: HTTP response records holding HTML; the record's target URI
and date become the article's url and fetched_at). Damaged records, non-HTML
records and unreadable files are reported and skipped. A PATH that does not
exist stops the command before it starts (exit 1). With --checkpoint FILE,
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
the end, with "N of M pages failed" where some did; the exit status is 1 if
every page read failed, 0 if some did not. SIGINT stops taking pages,
finishes those in flight (a second SIGINT leaves them undone at once) and
saves the progress; the exit status is then 1.`)}
	fs := o.fs
	o.kafka.RegisterFlags(fs.FlagSet, "")
	// No URL topic: reprocess reads pages, from PATHs or the raw topic.
	d := kafka.DefaultTopics()
	fs.StringVar(&o.topics.Raw, "topic", d.Raw, "without PATHs: the topic pages are read from, the raw topic newsner run writes (the same as --raw-topic)")
	fs.StringVar(&o.topics.Raw, "raw-topic", d.Raw, "without PATHs: the raw topic pages are read from (the same as --topic)")
	fs.StringVar(&o.topics.Articles, "articles-topic", d.Articles, "with --brokers: topic article records are written to (--to overrides it)")
	fs.StringVar(&o.topics.DLQ, "dlq-topic", d.DLQ, "with --brokers: topic dead-letter records are written to")
	fs.StringVar(&o.to, "to", "", "topic the records are written to, or - for stdout (default: the articles topic with --brokers, else stdout)")
	fs.StringVar(&o.group, "group", "", "raw topic: consumer group to commit progress for and resume from (default: none, read everything)")
	since := fs.String("since", "", "raw topic: start at messages written since this time (RFC 3339, or a duration ago such as 72h) where --group has no offset")
	fs.StringVar(&o.checkpoint, "checkpoint", "", "files: progress file to resume from and save to (default: none)")
	fs.DurationVar(&o.saveEvery, "save-every", ingest.DefaultSaveEvery, "how often progress is saved (--checkpoint) or committed (--group) while running; a crash redoes at most this much")
	fs.IntVar(&o.workers, "workers", 0, "pages processed at once (default: the number of cores; twice that when writing to Kafka, as each write waits for the brokers' acknowledgement; at most 10000)")
	fs.StringVar(&o.format, "input-format", extract.FormatAuto, "page format: auto, html or text")
	fs.Int64Var(&o.maxBody, "max-body-bytes", newsner.DefaultMaxBodyBytes, "largest page body read and extracted (decompressed); a larger page is a too_large dead letter")
	fs.StringVar(&o.progress, "progress", "auto", "progress display: auto (a line on a terminal, else log lines), line, log or none")
	fs.DurationVar(&o.every, "progress-every", defaultProgressEvery, "interval of the progress log lines")
	fs.DurationVar(&o.drain, "drain-timeout", ingest.DefaultDrainTimeout, "on SIGINT/SIGTERM, how long pages in flight may take to finish")
	fs.needPositive("save-every", "max-body-bytes", "progress-every", "drain-timeout")
	fs.needNonNegative("workers")
	fs.needAtMost("workers", maxWorkers)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	o.paths = fs.Args()
	if *since != "" {
		t, err := parseSince(*since, time.Now())
		if err != nil {
			return nil, usageErrorf("--since: %w", err)
		}
		o.since = t
	}
	if o.workers == 0 {
		// Each write to Kafka waits for the brokers' acknowledgement.
		o.workers = runtime.NumCPU()
		if o.toKafka() {
			o.workers *= 2
		}
	}
	brokers := o.kafka.BrokerList()
	switch {
	case len(o.paths) == 0 && len(brokers) == 0:
		fmt.Fprintln(env.Stderr, "newsner reprocess: give PATHs to read, or --brokers to read the raw topic")
		fs.Usage()
		return nil, errUsage
	case len(o.paths) > 0 && (o.group != "" || *since != ""):
		return nil, usageErrorf("--group and --since apply to the raw topic, not to PATHs (use --checkpoint)")
	case len(o.paths) == 0 && o.checkpoint != "":
		return nil, usageErrorf("--checkpoint applies to PATHs; the raw topic resumes with --group")
	case len(brokers) == 0:
		if err := fs.kafkaFlagUnused("without --brokers reprocess reads PATHs and writes records to stdout"); err != nil {
			return nil, err
		}
	}
	return o, nil
}

func runReprocess(ctx context.Context, env *Env, args []string) error {
	o, err := parseReprocess(env, args)
	if err != nil {
		return err
	}
	mode, err := ProgressMode(o.progress, isTerminal(env.Stderr))
	if err != nil {
		return err
	}
	// A PATH that is not there is a mistake in the command (a typo), not a
	// damaged input to report and skip with exit 0 as those inside one are.
	for _, p := range o.paths {
		if _, err := os.Stat(p); errors.Is(err, iofs.ErrNotExist) {
			if p == "-" {
				// It said "stat -: no such file or directory".
				return usageErrorf("- is no PATH: reprocess reads saved pages (directories, .html(.gz) and WARC files), not stdin; newsner extract - reads a page from stdin")
			}
			return err
		}
	}
	display := NewProgressDisplay(env.Stderr, mode, o.every)
	if o.fs.log, err = o.fs.ops.loggerTo(display, isTerminal(env.Stderr)); err != nil {
		return err
	}
	display.Logger = o.fs.log
	st := &BatchStats{}
	reg := newRegistry()
	proc, err := newProcessor(o.format)
	if err != nil {
		return err
	}
	proc.MaxBytes = o.maxBody
	proc.Finder = &timedFinder{EntityFinder: proc.Finder, st: st}
	proc.Metrics = extract.NewMetrics(reg)
	stopOps, err := o.fs.serveOps(reg, nil)
	if err != nil {
		return err
	}
	defer stopOps()
	p := &ingest.Pipeline{Processor: st.Processor(hintingProcessor{proc, reprocessLimitFlags}), Workers: o.workers,
		DrainTimeout: o.drain, Logger: o.fs.log, Metrics: ingest.NewMetrics(reg), Flags: drainFlags, Abort: env.Abort}
	// The PATHs are listed before the output is opened: with nothing to
	// read (an empty drop directory, warned of) the run ends here, done,
	// without reaching for the brokers.
	var arch *archive.Archive
	if len(o.paths) > 0 {
		listed := time.Now()
		if arch, err = o.listPaths(ctx, p); err != nil {
			return err
		}
		if arch.Empty() {
			progress := arch.Progress()
			st.Summary(env.Stderr, progress, time.Since(listed), false)
			return st.pagesFailed(env.Stderr, progress)
		}
	}
	out, closeOut, err := o.openOutput(ctx, env, reg)
	if err != nil {
		return err
	}
	p.Sink = st.Sink(out)
	var src batchSource
	if arch != nil {
		arch.Start(ctx)
		src = arch
	} else if src, err = o.openRawTopic(ctx, env, p); err != nil {
		return errors.Join(err, closeOut())
	}
	p.Source = src
	start := time.Now()
	display.Start(st, src, start)
	runErr := p.Run(ctx)
	if err := src.Close(); err != nil && runErr == nil {
		runErr = fmt.Errorf("save progress: %w", err)
	}
	if err := closeOut(); err != nil && runErr == nil {
		runErr = fmt.Errorf("close output: %w", err)
	}
	display.Stop()
	interrupted := runErr == nil && ctx.Err() != nil
	progress := src.Progress()
	st.Summary(env.Stderr, progress, time.Since(start), interrupted)
	if runErr != nil {
		return runErr
	}
	if !interrupted {
		return st.pagesFailed(env.Stderr, progress)
	}
	if len(o.paths) > 0 && o.checkpoint == "" || len(o.paths) == 0 && o.group == "" {
		return errors.New("interrupted (without --checkpoint or --group a new run starts from the beginning)")
	}
	return errors.New("interrupted: run again with the same --checkpoint or --group to go on")
}

// toKafka reports whether the records go to Kafka rather than stdout.
func (o *reprocessOpts) toKafka() bool {
	return o.to != "-" && (o.to != "" || len(o.kafka.BrokerList()) > 0)
}

// openOutput opens where records go: stdout, or the articles (or --to)
// and dead-letter topics.
func (o *reprocessOpts) openOutput(ctx context.Context, env *Env, reg prometheus.Registerer) (ingest.Sink, func() error, error) {
	if !o.toKafka() {
		return &sink.JSONLines{W: env.Stdout}, func() error { return nil }, nil
	}
	conn, err := o.kafka.Config(env.Getenv)
	if err != nil {
		return nil, nil, err
	}
	sc := sink.KafkaConfig{Conn: conn, ArticlesTopic: o.topics.Articles, DLQTopic: o.topics.DLQ,
		NoRaw:  true, // the pages are archived already
		Logger: o.fs.log, Metrics: sink.NewKafkaMetrics(reg)}
	if o.to != "" {
		sc.ArticlesTopic = o.to
	}
	specs := kafka.TopicSpecs(kafka.Topics{Articles: sc.ArticlesTopic, DLQ: sc.DLQTopic}, 0, 0)
	k, err := sink.OpenKafka(ctx, sc, specs...)
	if err != nil {
		return nil, nil, err
	}
	return k, k.Close, nil
}

// batchSource is what reprocess needs of its page source.
type batchSource interface {
	ingest.Source
	Progress() ingest.BatchProgress
	Close() error
}

// batchOptions are the settings of reprocess's page source, the archive's
// or the raw topic's alike: the inputs it skips are dead letters in p's
// sink (set before the source reads) and are counted in p's metrics.
func (o *reprocessOpts) batchOptions(p *ingest.Pipeline) ingest.BatchOptions {
	skip := p.Metrics.CountSkips(func(ctx context.Context, input string, err error) error {
		d := newsner.NewDeadLetter(input, withFlagHint(err, reprocessLimitFlags))
		// Logged as the pipeline logs the pages it made dead letters of
		// (LogDeadLetter): a WARC's 404 or stylesheet, or a file that
		// would not read, said "skipped" with "input", so a search of the
		// log for the dead letters missed them.
		ingest.LogDeadLetter(o.fs.log, d)
		return p.Sink.WriteDeadLetter(ctx, d)
	})
	return ingest.BatchOptions{ReadAhead: 4 * o.workers, Skip: skip, SaveEvery: o.saveEvery, Logger: o.fs.log, Flags: batchFlags}
}

// listPaths lists the PATHs, applying the checkpoint; the archive reads
// nothing until it is started.
func (o *reprocessOpts) listPaths(ctx context.Context, p *ingest.Pipeline) (*archive.Archive, error) {
	var cp *archive.Checkpoint
	if o.checkpoint != "" {
		var err error
		if cp, err = archive.OpenCheckpoint(o.checkpoint); err != nil {
			return nil, err
		}
	}
	return archive.Open(ctx, o.paths, archive.Config{BatchOptions: o.batchOptions(p), Checkpoint: cp, MaxBodyBytes: o.maxBody})
}

// openRawTopic opens the raw topic, which starts reading at once: p's sink
// must be set.
func (o *reprocessOpts) openRawTopic(ctx context.Context, env *Env, p *ingest.Pipeline) (batchSource, error) {
	conn, err := o.kafka.Config(env.Getenv)
	if err != nil {
		return nil, err
	}
	return kafkasource.OpenRawTopic(ctx, kafkasource.RawTopicConfig{BatchOptions: o.batchOptions(p), Conn: conn,
		Topic: o.topics.Raw, Group: o.group, Since: o.since})
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

// timedFinder tells the batch statistics how long the entity model takes.
type timedFinder struct {
	newsner.EntityFinder
	st *BatchStats
}

func (t *timedFinder) Entities(text string) []newsner.Entity {
	start := time.Now()
	defer func() { t.st.AddEntityTime(time.Since(start)) }()
	return t.EntityFinder.Entities(text)
}
