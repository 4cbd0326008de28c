package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/ingest/watch"
	"github.com/newsner/newsner/sink"
	"github.com/segmentio/kafka-go"
)

func runWatch(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "watch", "[flags] [SOURCE|FILE|-]...",
		`Watches news sites' feeds and sitemaps and emits each new article URL once,
with the entry's title and publication time. A source is a site (example.com,
https://example.com/: its feeds and sitemaps are found from its home page,
robots.txt and common paths), or the URL of an RSS, Atom or JSON feed, or of a
sitemap (an index, a Google News sitemap; gzipped or not). Each argument is a
source, a file of sources one a line, or - for stdin.

Without --brokers the URLs go to stdout, one JSON record a line (newsner run
reads them on stdin; --format url writes bare URLs), and the URLs seen are kept
in --seen-file. With --brokers they go to the URL topic for newsner run; the
sources given are published to the sources topic, shared by all watch
processes of --group (a site is polled by one of them; when one dies the
others take its sites over), and the URLs seen are kept in the compacted seen
topic. Start more watch processes without sources to share the work.

Each source is polled every --interval, or less often where its feed's ttl,
Cache-Control or Expires ask (up to --max-interval), after Retry-After, and
backing off on errors; with ETag and Last-Modified an unchanged feed costs a
304. Fetches go through the same guard, robots.txt rules, per-host limits and
User-Agent as article fetches.`)
	ko := kafkaFlags(fs, env, "")
	topic := fs.String("topic", envOr(env, "NEWSNER_TOPIC", sink.URLsTopic), "topic new URLs are written to (env NEWSNER_TOPIC)")
	sourcesTopic := fs.String("sources-topic", "newsner.sources", "compacted topic of the sources, one message per site")
	seenTopic := fs.String("seen-topic", "newsner.seen", "compacted topic of the URLs seen, keyed by normalised URL")
	group := fs.String("group", envOr(env, "NEWSNER_WATCH_GROUP", "newsner-watch"), "consumer group of the watch processes (env NEWSNER_WATCH_GROUP)")
	partitions := fs.Int("partitions", 6, "partitions of the URL topic when it is created")
	sourcePartitions := fs.Int("source-partitions", 12, "partitions of the sources topic when it is created (the most watch processes that can share the sites)")
	sessionTimeout := fs.Duration("session-timeout", 10*time.Second, "how long the group waits for a silent watch process before its sites go to the others")
	seenFile := fs.String("seen-file", "", "without --brokers: file keeping the URLs seen across restarts; empty: kept in memory only")
	format := fs.String("format", "json", "without --brokers: json (a URL record a line) or url (the URL alone)")
	once := fs.Bool("once", false, "without --brokers: poll each source once and exit")
	replace := fs.Bool("replace", false, "with --brokers: the sources given replace those on the sources topic (sites not given are no longer watched)")
	cfg := watch.Config{}
	fs.DurationVar(&cfg.Interval, "interval", 5*time.Minute, "how often a source is polled when it says nothing of its own")
	fs.DurationVar(&cfg.MaxInterval, "max-interval", 6*time.Hour, "the longest wait between polls (a source asking for longer, or failing)")
	fs.DurationVar(&cfg.Rediscover, "rediscover", 24*time.Hour, "how often a site's feeds and sitemaps are looked for again")
	fs.DurationVar(&cfg.MaxAge, "max-age", 7*24*time.Hour, "skip entries dated older than this; negative: no limit")
	fs.IntVar(&cfg.Concurrency, "concurrency", 16, "polls running at once")
	fs.DurationVar(&cfg.PollTimeout, "poll-timeout", 2*time.Minute, "longest time one poll may take, every fetch included")
	fs.IntVar(&cfg.Limits.MaxEntries, "max-entries", 50_000, "most entries a feed or sitemap may have; one with more fails")
	maxFeedBytes := fs.Int64("max-feed-bytes", 16<<20, "largest feed or sitemap accepted, before and after gzip decoding")
	fc := fetcherFlags(fs)
	ops := opsFlags(fs, env)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "json" && *format != "url" {
		return fmt.Errorf("--format %q: want json or url", *format)
	}
	logger, err := ops.logger(env)
	if err != nil {
		return err
	}
	kafkaMode := len(ko.brokers()) > 0
	if kafkaMode && (*once || *seenFile != "" || *format != "json") {
		return errors.New("--once, --seen-file and --format are for the stdout mode (without --brokers); on Kafka the seen URLs are kept in --seen-topic")
	}
	if !kafkaMode && *replace {
		return errors.New("--replace is for the sources topic (with --brokers)")
	}
	inputs := fs.Args()
	if len(inputs) == 0 && !kafkaMode {
		inputs = []string{"-"}
	}
	lines, err := readSources(env, inputs)
	if err != nil {
		return err
	}
	if len(lines) == 0 && !kafkaMode {
		return errors.New("no sources (give sites, feed or sitemap URLs, files of them, or - for stdin)")
	}
	logger.Info("newsner watch starting", redact(fs)...)

	fetcher := ingest.NewFetcher(*fc)
	defer fetcher.Close()
	cfg.Fetcher = &watchFetcher{f: fetcher, maxBytes: *maxFeedBytes}
	cfg.Limits.MaxBytes = *maxFeedBytes
	cfg.Logger = logger
	cfg.Once = *once && !kafkaMode
	reg := newRegistry()
	cfg.Metrics = watch.NewMetrics(reg)
	cfg.Seen = watch.NewSeen()
	cfg.Metrics.RegisterSeen(reg, cfg.Seen)

	var ready atomic.Pointer[error]
	setReady := func(err error) { ready.Store(&err) }
	setReady(errors.New("starting"))
	if ops.MetricsAddr != "" {
		opsCtx, stopOps := context.WithCancel(context.WithoutCancel(ctx))
		defer stopOps()
		addr, err := serveOps(opsCtx, ops.MetricsAddr, reg, func() error { return *ready.Load() }, logger)
		if err != nil {
			return err
		}
		logger.Info("serving metrics", "addr", addr)
	}

	if !kafkaMode {
		cfg.Output = &watch.Lines{W: env.Stdout, BareURLs: *format == "url"}
		if *seenFile != "" {
			st, err := watch.OpenFileStore(*seenFile, cfg.Seen)
			if err != nil {
				return err
			}
			defer st.Close()
			cfg.Store = st
			logger.Info("seen URLs loaded", "file", *seenFile, "urls", cfg.Seen.Len())
		}
		w := watch.New(cfg)
		w.Set(lines)
		setReady(nil)
		return w.Run(ctx)
	}
	return watchKafka(ctx, watchKafkaOpts{
		ko: ko, cfg: cfg, lines: lines, logger: logger, setReady: setReady,
		topic: *topic, sourcesTopic: *sourcesTopic, seenTopic: *seenTopic, group: *group,
		partitions: *partitions, sourcePartitions: *sourcePartitions, sessionTimeout: *sessionTimeout, replace: *replace,
	})
}

type watchKafkaOpts struct {
	ko                             *kafkaOpts
	cfg                            watch.Config
	lines                          []string
	logger                         *slog.Logger
	setReady                       func(error)
	topic, sourcesTopic, seenTopic string
	group                          string
	partitions, sourcePartitions   int
	sessionTimeout                 time.Duration
	replace                        bool
}

// watchKafka runs the watcher on Kafka: sources published and shared by the
// group, new URLs to the URL topic, seen URLs on the seen topic.
func watchKafka(ctx context.Context, o watchKafkaOpts) error {
	sc, err := o.ko.sinkConfig(topics{URLs: o.topic})
	if err != nil {
		return err
	}
	sc.Logger = o.logger
	compacted := []kafka.ConfigEntry{{ConfigName: "cleanup.policy", ConfigValue: "compact"}}
	specs := []kafka.TopicConfig{
		sink.TopicSpecs(sc, o.topic, o.partitions)[0],
		{Topic: o.sourcesTopic, NumPartitions: o.sourcePartitions, ReplicationFactor: -1, ConfigEntries: compacted},
		{Topic: o.seenTopic, NumPartitions: o.partitions, ReplicationFactor: -1, ConfigEntries: compacted},
	}
	if err := sink.EnsureTopics(ctx, sc, specs...); err != nil {
		return fmt.Errorf("create topics: %w", err)
	}
	out, err := sink.NewKafka(ctx, sc)
	if err != nil {
		return err
	}
	defer out.Close()
	read := func(ctx context.Context, topic string, untilEnd, latest bool, fn func(kafka.Message) error) error {
		return sink.Read(ctx, sink.ReadConfig{Kafka: sc, Topic: topic, UntilEnd: untilEnd, Latest: latest}, fn)
	}
	if len(o.lines) > 0 || o.replace {
		sites, err := watch.PublishSources(ctx, out, o.sourcesTopic, o.lines, o.logger)
		if err != nil {
			return err
		}
		o.logger.Info("sources published", "topic", o.sourcesTopic, "sites", len(sites))
		if o.replace {
			dropped, err := watch.DropOtherSites(ctx, out, read, o.sourcesTopic, sites)
			if err != nil {
				return err
			}
			o.logger.Info("sites no longer watched", "topic", o.sourcesTopic, "sites", dropped)
		}
	}
	seen := &watch.SeenTopic{W: out, Read: read, Topic: o.seenTopic}
	if err := seen.Load(ctx, o.cfg.Seen); err != nil {
		return fmt.Errorf("load seen URLs: %w", err)
	}
	o.logger.Info("seen URLs loaded", "topic", o.seenTopic, "urls", o.cfg.Seen.Len())
	o.cfg.Output = &watch.URLTopic{W: out, Topic: o.topic}
	o.cfg.Store = seen
	w := watch.New(o.cfg)

	src, err := o.ko.sourceConfig(topics{URLs: o.sourcesTopic}, o.group)
	if err != nil {
		return err
	}
	gcfg := watch.GroupConfig{
		Brokers: src.Brokers,
		Dialer:  &kafka.Dialer{ClientID: "newsner", Timeout: 10 * time.Second, DualStack: true, TLS: src.TLS, SASLMechanism: src.SASL},
		Topic:   o.sourcesTopic, GroupID: o.group, SessionTimeout: o.sessionTimeout, Logger: o.logger,
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, 2)
	wg.Go(func() {
		if err := seen.Follow(ctx, o.cfg.Seen); err != nil && ctx.Err() == nil {
			errc <- fmt.Errorf("follow seen URLs: %w", err)
			cancel()
		}
	})
	wg.Go(func() {
		if err := watch.Share(ctx, gcfg, w, o.setReady); err != nil {
			errc <- err
			cancel()
		}
	})
	o.logger.Info("newsner watch started", "brokers", sc.Brokers, "group", o.group, "topic", o.topic)
	runErr := w.Run(ctx)
	cancel()
	wg.Wait()
	select {
	case err := <-errc:
		return err
	default:
	}
	return runErr
}

// readSources reads the source lines: each input is a file of sources one a
// line, - for stdin, or else a source itself. Blank lines and # comments are
// skipped.
func readSources(env *Env, inputs []string) ([]string, error) {
	var lines []string
	add := func(u string) error { lines = append(lines, u); return nil }
	for _, in := range inputs {
		if in == "-" {
			if err := feedLines(env.Stdin, add); err != nil {
				return nil, err
			}
			continue
		}
		if st, err := os.Stat(in); err == nil && !st.IsDir() {
			if err := feedFile(in, add); err != nil {
				return nil, err
			}
			continue
		}
		if !strings.Contains(in, "://") && !strings.Contains(in, ".") {
			return nil, fmt.Errorf("%s: no such file, and not a site or URL", in)
		}
		lines = append(lines, in)
	}
	return lines, nil
}

// watchFetcher is the fetcher of article pages serving the watcher: the
// same guard, robots.txt, per-host limits and User-Agent, any media type
// (the watcher tells a feed from an HTML page itself), its own size cap.
type watchFetcher struct {
	f        *ingest.Fetcher
	maxBytes int64
}

func (a *watchFetcher) Fetch(ctx context.Context, req watch.Request) (watch.Response, error) {
	h := http.Header{}
	if req.ETag != "" {
		h.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		h.Set("If-Modified-Since", req.LastModified)
	}
	if req.Accept != "" {
		h.Set("Accept", req.Accept)
	}
	p, err := a.f.FetchRequest(ctx, ingest.Request{URL: req.URL, Header: h, Types: []string{"*/*"}, MaxBodyBytes: a.maxBytes})
	return watch.Response{URL: p.FinalURL, Status: p.Status, Header: p.Header, Body: p.Body}, err
}
