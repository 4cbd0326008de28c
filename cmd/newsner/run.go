package main

import (
	"context"
	"fmt"
	"runtime"
	"strings"
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
	brokers := fs.String("brokers", env.Getenv("NEWSNER_BROKERS"), "comma-separated Kafka bootstrap brokers (env NEWSNER_BROKERS); empty: stdin to stdout")
	topics := topicFlags(fs)
	group := fs.String("group", envOr(env, "NEWSNER_GROUP", "newsner"), "consumer group (env NEWSNER_GROUP)")
	workers := fs.Int("workers", 4*runtime.NumCPU(), "concurrent URLs (fetching waits on the network, so more than the cores)")
	drain := fs.Duration("drain-timeout", 30*time.Second, "on SIGINT/SIGTERM, how long in-flight URLs may take to finish")
	format := fs.String("input-format", extract.FormatAuto, "page format: auto, html or text")
	fc := fetcherFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	proc, err := newProcessor(*format)
	if err != nil {
		return err
	}
	logger := newLogger(env)
	p := &ingest.Pipeline{
		Loader:       &ingest.Inputs{Fetcher: ingest.NewFetcher(*fc)},
		Processor:    proc,
		Workers:      *workers,
		DrainTimeout: *drain,
		Logger:       logger,
	}
	if *brokers == "" {
		p.Source = ingest.NewLines(env.Stdin)
		p.Sink = &sink.JSONLines{W: env.Stdout}
		return p.Run(ctx)
	}
	bs := strings.Split(*brokers, ",")
	return runKafka(ctx, p, bs, *group, *topics, logger)
}

// runKafka runs the pipeline between the URL topic and the output topics.
func runKafka(ctx context.Context, p *ingest.Pipeline, brokers []string, group string, t topics, logger interface{ Info(string, ...any) }) error {
	return fmt.Errorf("kafka mode not wired yet")
}
