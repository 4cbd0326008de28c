package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/sink"
)

func runRun(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "run", "[flags]",
		`The service. With --brokers (or NEWSNER_BROKERS) it consumes URLs from the URL
topic as a member of a consumer group, fetches and extracts them with N workers,
writes each article record to the articles topic (keyed by id), the raw page to
the raw topic and failures to the dead-letter topic, and commits a URL's offset
only once its output is acknowledged by the brokers. Without --brokers it reads
URLs from stdin, one a line, and writes records to stdout as JSON lines.
SIGINT or SIGTERM stops taking URLs, finishes those in flight (within
--drain-timeout), flushes, commits and exits 0.`)
	ko := kafkaFlags(fs, env, "")
	topics := topicFlags(fs)
	group := fs.String("group", envOr(env, "NEWSNER_GROUP", "newsner"), "consumer group (env NEWSNER_GROUP)")
	workers := fs.Int("workers", 4*runtime.NumCPU(), "concurrent URLs (fetching waits on the network, so more than the cores)")
	drain := fs.Duration("drain-timeout", 30*time.Second, "on SIGINT/SIGTERM, how long in-flight URLs may take to finish")
	maxUncommitted := fs.Int("max-uncommitted", 100, "with --brokers: most URLs of one partition taken past its commit point (in flight, or done behind a slow one); it bounds what a crash redoes")
	partitions := fs.Int("partitions", 6, "partitions of the URL topic when it is created")
	dedupe := fs.Duration("dedupe-window", time.Hour, "skip (and count) a URL fed again within this time of its article being written; 0: never skip")
	format := fs.String("input-format", extract.FormatAuto, "page format: auto, html or text")
	fc := fetcherFlags(fs)
	ops := opsFlags(fs, env)
	if err := parse(fs, args); err != nil {
		return err
	}
	logger, err := ops.logger(env)
	if err != nil {
		return err
	}
	logger.Info("newsner run starting", redact(fs)...)
	proc, err := newProcessor(*format)
	if err != nil {
		return err
	}
	reg := newRegistry()
	proc.Metrics = extract.NewMetrics(reg)
	fetcher := ingest.NewFetcher(*fc)
	defer fetcher.Close()
	p := &ingest.Pipeline{
		Metrics:      ingest.NewMetrics(reg),
		Recent:       newRecent(*dedupe),
		Loader:       &ingest.Inputs{Fetcher: fetcher},
		Processor:    proc,
		Workers:      *workers,
		DrainTimeout: *drain,
		Logger:       logger,
	}
	// ready is what /readyz reports: set to the consumer's state once there
	// is one.
	var ready atomic.Pointer[func() error]
	notYet := func() error { return errors.New("starting") }
	ready.Store(&notYet)
	if ops.MetricsAddr != "" {
		// The server lives as long as this command, not just until a stop
		// is asked for: /metrics stays up while in-flight work drains.
		opsCtx, stopOps := context.WithCancel(context.WithoutCancel(ctx))
		defer stopOps()
		addr, err := serveOps(opsCtx, ops.MetricsAddr, reg, func() error { return (*ready.Load())() }, logger)
		if err != nil {
			return err
		}
		logger.Info("serving metrics", "addr", addr)
	}
	if len(ko.brokers()) == 0 {
		always := func() error { return nil }
		ready.Store(&always)
		p.Source = ingest.NewLines(env.Stdin)
		p.Sink = &sink.JSONLines{W: env.Stdout}
		return p.Run(ctx)
	}
	sc, err := ko.sinkConfig(*topics)
	if err != nil {
		return err
	}
	sc.Logger = logger
	sc.Metrics = sink.NewKafkaMetrics(reg)
	srcCfg, err := ko.sourceConfig(*topics, *group)
	if err != nil {
		return err
	}
	srcCfg.Logger = logger
	srcCfg.Metrics = ingest.NewKafkaMetrics(reg)
	srcCfg.MaxUncommitted = *maxUncommitted
	if err := sink.EnsureTopics(ctx, sc, sink.TopicSpecs(sc, topics.URLs, *partitions)...); err != nil {
		return fmt.Errorf("create topics: %w", err)
	}
	out, err := sink.NewKafka(ctx, sc)
	if err != nil {
		return err
	}
	src, err := ingest.NewKafkaSource(ctx, srcCfg)
	if err != nil {
		out.Close()
		return err
	}
	// Ready once the member holds partitions in a group generation.
	srcReady := src.Ready
	ready.Store(&srcReady)
	p.Source, p.Sink = src, out
	logger.Info("newsner run started", "brokers", sc.Brokers, "group", srcCfg.GroupID, "topic", srcCfg.Topic,
		"workers", p.Workers, "sasl", ko.Mechanism != "", "tls", sc.TLS != nil)
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
	if runErr == nil {
		logger.Info("newsner run stopped cleanly")
	}
	return runErr
}

// newRecent returns the duplicate-URL memory for the window, nil for none.
func newRecent(window time.Duration) *ingest.Recent {
	if window <= 0 {
		return nil
	}
	return &ingest.Recent{TTL: window}
}
