package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/ingest/fetch"
	"github.com/newsner/newsner/ingest/kafkasource"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/sink"
)

// runOpts are the flags of newsner run.
type runOpts struct {
	fs             *flagSet
	kafka          kafka.Flags
	topics         kafka.Topics
	group          string
	workers        int
	drain          time.Duration
	maxUncommitted int
	partitions     int
	dedupe         time.Duration
	brokerWait     time.Duration
	format         string
	fetch          *fetch.Config
}

func parseRun(env *Env, args []string) (*runOpts, error) {
	o := &runOpts{fs: newFlagSet(env, "run", "[flags]",
		`The service. With --brokers (or NEWSNER_BROKERS) it consumes URLs from the URL
topic as a member of a consumer group, fetches and extracts them with N workers,
writes each article record to the articles topic (keyed by id), the raw page to
the raw topic and failures to the dead-letter topic, and commits a URL's offset
only once its output is acknowledged by the brokers. Without --brokers it reads
URLs from stdin, one a line, and writes records to stdout as JSON lines.
SIGINT or SIGTERM stops taking URLs, finishes those in flight (within
--drain-timeout; a second signal leaves them undone at once), flushes,
commits, says how many URLs it did (reading stdin, the line to go on from;
on Kafka, as urls_left, those it could not finish or commit, which the group
does again) and exits 0. A broker that goes away once run is running is
waited out, however long (--broker-wait is for start-up). A URL is trimmed
of white space on every path and validated once, here; one that is not a
usable URL is a dead letter.`)}
	fs := o.fs
	o.kafka.RegisterFlags(fs.FlagSet, "")
	o.topics.RegisterFlags(fs.FlagSet)
	fs.StringVar(&o.group, "group", kafkasource.DefaultGroup, "consumer group")
	fs.IntVar(&o.workers, "workers", 4*runtime.NumCPU(), "concurrent URLs (fetching waits on the network, so more than the cores; 0: the default; at most 10000)")
	fs.DurationVar(&o.drain, "drain-timeout", ingest.DefaultDrainTimeout, "on SIGINT/SIGTERM, how long in-flight URLs may take to finish")
	fs.IntVar(&o.maxUncommitted, "max-uncommitted", kafkasource.DefaultMaxUncommitted, "with --brokers: most URLs of one partition taken past its commit point (in flight, or done behind a slow one); it bounds what a crash redoes")
	fs.IntVar(&o.partitions, "partitions", kafka.DefaultPartitions, "partitions of the URL topic when it is created")
	fs.DurationVar(&o.dedupe, "dedupe-window", ingest.DefaultRecentTTL, "skip (and count) a URL fed again within this time of its article being written; 0: never skip")
	fs.DurationVar(&o.brokerWait, "broker-wait", 2*time.Minute, "with --brokers: at start-up, how long to wait for the brokers to answer (retrying with backoff, each try logged) before giving up")
	fs.StringVar(&o.format, "input-format", extract.FormatAuto, "page format: auto, html or text")
	o.fetch = fetcherFlags(fs)
	fs.needPositive("drain-timeout", "max-uncommitted", "partitions", "broker-wait")
	fs.needNonNegative("workers", "dedupe-window")
	fs.needAtMost("workers", maxWorkers)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	if err := noArgs(fs, "run reads URLs from stdin (newsner run < urls.txt) or, with --brokers, from the URL topic (newsner feed puts them there)"); err != nil {
		return nil, err
	}
	if len(o.kafka.BrokerList()) == 0 {
		if err := fs.kafkaFlagUnused("without --brokers run reads URLs from stdin and writes records to stdout"); err != nil {
			return nil, err
		}
	}
	if o.workers == 0 {
		o.workers = 4 * runtime.NumCPU()
	}
	return o, checkInputFormat(o.format)
}

func runRun(ctx context.Context, env *Env, args []string) error {
	o, err := parseRun(env, args)
	if err != nil {
		return err
	}
	log := o.fs.log
	log.Info("newsner run starting", redact(o.fs)...)
	reg := newRegistry()
	proc, err := newProcessor(o.format)
	if err != nil {
		return err
	}
	proc.MaxBytes = o.fetch.MaxBodyBytes
	proc.Metrics = extract.NewMetrics(reg)
	acceptFormat(o.fetch, o.format)
	fetcher := fetch.New(*o.fetch)
	defer fetcher.Close()
	p := &ingest.Pipeline{
		Metrics:      ingest.NewMetrics(reg),
		Recent:       newRecent(o.dedupe),
		Loader:       hintingLoader{&ingest.Inputs{Fetcher: fetcher}, loadLimitFlags},
		Processor:    hintingProcessor{proc, loadLimitFlags},
		Workers:      o.workers,
		DrainTimeout: o.drain,
		Abort:        env.Abort,
		Logger:       log,
		Flags:        pipelineFlags,
	}
	// ready is what /readyz reports: the consumer's state once there is one.
	ready, stopOps, err := o.fs.serveOpsStarting(reg)
	if err != nil {
		return err
	}
	defer stopOps()
	if len(o.kafka.BrokerList()) == 0 {
		ready.set(func() error { return nil })
		if err := readsSTDIN(env, "run", "URLs from stdin, one a line", "newsner run < urls.txt"); err != nil {
			return err
		}
		stdin := stdinUntil(ctx, env.Stdin)
		defer stdin.Close()
		in := bufio.NewReader(stdin)
		if err := urlStream(in, "stdin"); err != nil {
			return err
		}
		lines := ingest.NewLines(in)
		p.Source, p.Sink = lines, &sink.JSONLines{W: env.Stdout}
		if err := p.Run(ctx); err != nil {
			return err
		}
		if ctx.Err() != nil {
			// Stopped before the end of the input: say where to go on,
			// after the lines done without a gap (a URL cut off by the
			// drain timeout is not done).
			n := lines.DoneThrough()
			log.Info("newsner run stopped on a signal before the end of its input", "urls_done", p.JobsDone(),
				"done_through_line", n, "resume", fmt.Sprintf("every URL up to line %d is done; give the input from line %d on (tail -n +%d)", n, n+1, n+1))
			return nil
		}
		log.Info("newsner run: end of input", "urls_done", p.JobsDone())
		return nil
	}
	return o.runKafka(ctx, env, p, reg, ready)
}

// runKafka runs the pipeline between the URL topic and the output topics.
func (o *runOpts) runKafka(ctx context.Context, env *Env, p *ingest.Pipeline, reg prometheus.Registerer, ready *readiness) error {
	conn, err := o.kafka.Config(env.Getenv)
	if err != nil {
		return err
	}
	sc := sink.KafkaConfig{Conn: conn, ArticlesTopic: o.topics.Articles, RawTopic: o.topics.Raw, DLQTopic: o.topics.DLQ,
		Logger: p.Logger, Metrics: sink.NewKafkaMetrics(reg)}
	// Started with (or before) its brokers, run waits for them, as it
	// rides out an outage once running.
	if err := kafka.WaitForBrokers(ctx, conn, o.brokerWait, p.Logger); err != nil {
		return err
	}
	out, err := sink.OpenKafka(ctx, sc, sc.TopicSpecs(o.topics.URLs, o.partitions)...)
	if err != nil {
		return err
	}
	src, err := kafkasource.New(ctx, kafkasource.Config{Conn: conn, Topic: o.topics.URLs, Group: kafka.Group{ID: o.group},
		MaxUncommitted: o.maxUncommitted, Logger: p.Logger, Metrics: kafkasource.NewMetrics(reg)})
	if err != nil {
		out.Close()
		return err
	}
	// Ready once the member holds partitions in a group generation.
	ready.set(src.Ready)
	p.Source, p.Sink = src, out
	p.Logger.Info("newsner run started", "brokers", conn.Brokers, "group", o.group, "topic", o.topics.URLs,
		"workers", p.Workers, "sasl", conn.SASL != nil, "tls", conn.TLS != nil)
	runErr := p.Run(ctx)
	// Close the source first: it commits what is done and leaves the group.
	// Run has returned, so no worker is left to finish a job in flight: the
	// source need not wait for any (they are delivered again).
	if err := src.CloseWithin(0); err != nil && runErr == nil {
		runErr = fmt.Errorf("close consumer: %w", err)
	}
	if err := out.Close(); err != nil && runErr == nil {
		runErr = fmt.Errorf("close producer: %w", err)
	}
	switch left := src.Left(); {
	case runErr != nil:
	case left > 0:
		// Stopped all the same (a signal asked for it), but not cleanly:
		// URLs cut off by the drain's end or a second signal, or done
		// while the brokers could not be reached, are not committed.
		p.Logger.Warn("newsner run stopped, leaving URLs past the group's commit point: in flight when --drain-timeout ran out (or a second signal came), or done while the brokers could not be reached; none is lost: a run in the same --group does them again, and the records of those written already come twice",
			"urls_done", p.JobsDone(), "urls_left", left, "group", o.group, "topic", o.topics.URLs)
	default:
		p.Logger.Info("newsner run stopped cleanly: the work done is committed; a run in the same --group goes on from there",
			"urls_done", p.JobsDone(), "group", o.group, "topic", o.topics.URLs)
	}
	return runErr
}

// readiness is what /readyz reports, set as the command gets going.
type readiness struct{ f atomic.Pointer[func() error] }

func (r *readiness) set(f func() error) { r.f.Store(&f) }

func (r *readiness) check() error { return (*r.f.Load())() }

// serveOpsStarting serves the metrics (serveOps) with /readyz saying
// "starting" until the command sets what it reports.
func (fs *flagSet) serveOpsStarting(reg *prometheus.Registry) (*readiness, func(), error) {
	ready := &readiness{}
	ready.set(func() error { return errors.New("starting") })
	stop, err := fs.serveOps(reg, ready.check)
	return ready, stop, err
}

// newRecent returns the duplicate-URL memory for the window, nil for none.
func newRecent(window time.Duration) *ingest.Recent {
	if window <= 0 {
		return nil
	}
	return &ingest.Recent{TTL: window}
}
