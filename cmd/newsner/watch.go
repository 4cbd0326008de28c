package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/newsner/newsner/ingest/fetch"
	"github.com/newsner/newsner/ingest/watch"
	"github.com/newsner/newsner/ingest/watch/watchkafka"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/sink"
)

// watchOpts are the flags of newsner watch.
type watchOpts struct {
	fs                             *flagSet
	kafka                          kafka.Flags
	topic, sourcesTopic, seenTopic string
	group                          kafka.Group
	partitions, sourcePartitions   int
	seenFile, format               string
	seen                           watch.SeenPolicy
	once, replace                  bool
	maxFeedBytes                   int64
	fetch                          *fetch.Config
	cfg                            watch.Config
}

func parseWatch(env *Env, args []string) (*watchOpts, error) {
	o := &watchOpts{fs: newFlagSet(env, "watch", "[flags] [SOURCE|FILE|-]...",
		`Watches news sites' feeds and sitemaps and emits each new article URL once,
with the entry's title and publication time. A source is a site (example.com,
https://example.com/: its feeds and sitemaps are found from its home page,
robots.txt and common paths), or the URL of an RSS, Atom or JSON feed, or of a
sitemap (an index, a Google News sitemap; gzipped or not). Each argument is a
source, a file of sources one a line, or - for stdin; with no argument and
no --brokers the sources are read from stdin.

Without --brokers the URLs go to stdout, one JSON record a line (newsner run
reads them on stdin; --format url writes bare URLs), and the URLs seen are kept
in --seen-file. With --brokers they go to the URL topic for newsner run; the
sources given are published to the sources topic, shared by all watch
processes of --watch-group (a site is polled by one of them; when one dies
the others take its sites over), and the URLs seen are kept in the compacted seen
topic. Start more watch processes without sources to share the work; with
--once, watch publishes the sources given and exits, leaving them to the
running watch processes.

A URL is forgotten between 3/4 of --seen-ttl (30 days) and all of it after a
feed last listed it (it is recorded again while feeds list it); at most
--seen-max are kept, the oldest forgotten first. A URL listed again after it
was forgotten is emitted again. The seen file is compacted as URLs are
forgotten; on Kafka they get tombstones, so the compacted topic shrinks too.

Each source is polled every --interval, or less often where its feed's ttl,
Cache-Control or Expires ask (up to --max-interval), after Retry-After, and
backing off on errors; with ETag and Last-Modified an unchanged feed costs a
304. Fetches go through the same guard, robots.txt rules, per-host limits and
User-Agent as article fetches. SIGINT or SIGTERM stops watch with status 0,
whether it was starting (reading its sources or seen URLs) or polling.`)}
	fs := o.fs
	o.kafka.RegisterFlags(fs.FlagSet, "")
	fs.StringVar(&o.topic, "topic", kafka.URLsTopic, "topic new URLs are written to")
	fs.StringVar(&o.sourcesTopic, "sources-topic", kafka.SourcesTopic, "compacted topic of the sources, one message per site")
	fs.StringVar(&o.seenTopic, "seen-topic", kafka.SeenTopic, "compacted topic of the URLs seen, keyed by normalised URL")
	fs.StringVar(&o.group.ID, "watch-group", "newsner-watch", "consumer group of the watch processes")
	fs.DurationVar(&o.group.SessionTimeout, "session-timeout", 10*time.Second, "how long the group waits for a silent watch process before its sites go to the others")
	fs.IntVar(&o.partitions, "partitions", kafka.DefaultPartitions, "partitions of the URL and seen topics when they are created")
	fs.IntVar(&o.sourcePartitions, "source-partitions", 12, "partitions of the sources topic when it is created (the most watch processes that can share the sites)")
	fs.StringVar(&o.seenFile, "seen-file", "", "without --brokers: file keeping the URLs seen across restarts; empty: kept in memory only")
	fs.DurationVar(&o.seen.TTL, "seen-ttl", watch.DefaultSeenTTL, "a URL is forgotten at most this long after a feed last listed it (and emitted again if one lists it later); 0: never")
	fs.IntVar(&o.seen.Max, "seen-max", 5_000_000, "most URLs remembered as seen; past it the oldest recorded are forgotten first; 0: no cap")
	fs.StringVar(&o.format, "format", "json", "without --brokers: json (a URL record a line) or url (the URL alone)")
	fs.BoolVar(&o.once, "once", false, "without --brokers: poll each source once and exit (1 if every source failed); with --brokers: publish the sources given to --sources-topic and exit (the running watch processes poll them)")
	fs.BoolVar(&o.replace, "replace", false, "with --brokers: the sources given replace those on the sources topic (sites not given are no longer watched)")
	c := &o.cfg
	fs.DurationVar(&c.Interval, "interval", 5*time.Minute, "how often a source is polled when it says nothing of its own")
	fs.DurationVar(&c.MaxInterval, "max-interval", 6*time.Hour, "the longest wait between polls (a source asking for longer, or failing)")
	fs.DurationVar(&c.Rediscover, "rediscover", 24*time.Hour, "how often a site's feeds and sitemaps are looked for again")
	fs.DurationVar(&c.MaxAge, "max-age", 7*24*time.Hour, "skip entries dated older than this; negative: no limit")
	fs.IntVar(&c.Concurrency, "concurrency", 16, "polls running at once")
	fs.DurationVar(&c.PollTimeout, "poll-timeout", 2*time.Minute, "longest time one poll may take, every fetch included")
	fs.IntVar(&c.Limits.MaxEntries, "max-entries", 50_000, "most entries a feed or sitemap may have; one with more fails")
	fs.IntVar(&c.MaxSitemaps, "max-sitemaps", 50, "most sitemaps one poll of a sitemap index fetches (the newest first)")
	fs.IntVar(&c.MaxDepth, "max-sitemap-depth", 3, "most levels of sitemap indexes one poll follows (an index of sitemaps is 1, an index of indexes 2); a deeper index fails")
	fs.Int64Var(&o.maxFeedBytes, "max-feed-bytes", 16<<20, "largest feed or sitemap accepted, before and after gzip decoding")
	o.fetch = fetcherFlags(fs)
	fs.needPositive("session-timeout", "partitions", "source-partitions", "interval", "max-interval", "rediscover",
		"concurrency", "poll-timeout", "max-entries", "max-sitemaps", "max-sitemap-depth", "max-feed-bytes")
	fs.needNonNegative("seen-ttl", "seen-max")
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	return o, o.validate()
}

// validate refuses flags of one mode given in the other.
func (o *watchOpts) validate() error {
	if o.format != "json" && o.format != "url" {
		return usageErrorf("--format %q: want json or url", o.format)
	}
	onKafka := len(o.kafka.BrokerList()) > 0
	if onKafka && (o.seenFile != "" || o.format != "json") {
		return usageErrorf("--seen-file and --format are for the stdout mode (without --brokers); on Kafka the seen URLs are kept in --seen-topic")
	}
	if onKafka && o.once && o.fs.NArg() == 0 && !o.replace {
		return usageErrorf("--once with --brokers publishes the sources given to --sources-topic and exits: give some (sites, feed or sitemap URLs, files of them, or -)")
	}
	if !onKafka {
		if err := o.fs.kafkaFlagUnused("without --brokers watch writes the URLs it finds to stdout"); err != nil {
			return err
		}
	}
	if !onKafka && o.replace {
		return usageErrorf("--replace is for the sources topic (with --brokers)")
	}
	return nil
}

func runWatch(ctx context.Context, env *Env, args []string) error {
	o, err := parseWatch(env, args)
	if err != nil {
		return err
	}
	onKafka := len(o.kafka.BrokerList()) > 0
	inputs := o.fs.Args()
	if len(inputs) == 0 && !onKafka {
		inputs = []string{"-"}
	}
	lines, err := readSources(ctx, env, inputs)
	if err != nil {
		return err
	}
	if len(lines) == 0 && !onKafka {
		return errors.New("no sources (give sites, feed or sitemap URLs, files of them, or - for stdin)")
	}
	log := o.fs.log
	log.Info("newsner watch starting", redact(o.fs)...)
	if o.seen.TTL > 0 && o.cfg.MaxAge >= 0 && o.seen.TTL <= o.cfg.MaxAge {
		// Taken silently: the README's "keep --seen-ttl above it" said
		// nowhere a user running watch would read it.
		log.Warn("--seen-ttl is not above --max-age: an entry forgotten while younger than --max-age is emitted again if a feed lists it again; keep --seen-ttl above --max-age",
			"seen-ttl", o.seen.TTL.String(), "max-age", o.cfg.MaxAge.String())
	}
	fetcher := fetch.New(*o.fetch)
	defer fetcher.Close()
	cfg := o.cfg
	cfg.Fetcher = &watch.Guarded{Fetcher: fetcher, MaxBytes: o.maxFeedBytes}
	cfg.Explain = func(err error) error { return withFlagHint(err, watchLimitFlags) }
	cfg.Limits.MaxBytes = o.maxFeedBytes
	cfg.Logger = log
	cfg.Once = o.once && !onKafka
	reg := newRegistry()
	cfg.Metrics = watch.NewMetrics(reg)
	cfg.Seen = watch.NewBoundedSeen(o.seen)
	cfg.Metrics.RegisterSeen(reg, cfg.Seen)
	ready, stopOps, err := o.fs.serveOpsStarting(reg)
	if err != nil {
		return err
	}
	defer stopOps()
	if onKafka {
		return o.watchKafka(ctx, env, cfg, lines, ready)
	}
	return o.watchStdout(ctx, env, cfg, lines, ready)
}

// watchStdout runs the watcher with new URLs to stdout and the URLs seen
// kept in --seen-file, if given.
func (o *watchOpts) watchStdout(ctx context.Context, env *Env, cfg watch.Config, lines []string, ready *readiness) error {
	cfg.Output = &watch.Lines{W: env.Stdout, BareURLs: o.format == "url"}
	if o.seenFile != "" {
		st, err := watch.OpenFileStore(ctx, o.seenFile, cfg.Seen)
		if err != nil {
			return err
		}
		defer st.Close()
		cfg.Store = st
		o.fs.log.Info("seen URLs loaded", "file", o.seenFile, "urls", cfg.Seen.Len())
	}
	w := watch.New(cfg)
	w.Set(lines)
	ready.set(func() error { return nil })
	if err := w.Run(ctx); err != nil || !cfg.Once || ctx.Err() != nil {
		return err
	}
	return onceFailures(env, w)
}

// onceFailures says after `watch --once` how many sources failed (each has
// its log line); as extract says of its inputs. It fails the command when
// none could be polled: nothing was watched.
func onceFailures(env *Env, w *watch.Watcher) error {
	failed, given := w.Failed()
	if sayFailed(env.Stderr, "watch", failed, given, "source") {
		return errSilent
	}
	return nil
}

// watchKafka runs the watcher on Kafka: sources published and shared by the
// group, new URLs to the URL topic, seen URLs on the seen topic.
func (o *watchOpts) watchKafka(ctx context.Context, env *Env, cfg watch.Config, lines []string, ready *readiness) error {
	conn, err := o.kafka.Config(env.Getenv)
	if err != nil {
		return err
	}
	specs := append(kafka.TopicSpecs(kafka.Topics{URLs: o.topic}, o.partitions, 0),
		kafka.CompactedSpec(o.sourcesTopic, o.sourcePartitions), kafka.CompactedSpec(o.seenTopic, o.partitions))
	out, err := sink.OpenKafka(ctx, sink.KafkaConfig{Conn: conn, Logger: cfg.Logger}, specs...)
	if err != nil {
		return err
	}
	defer out.Close()
	if err := o.publish(ctx, out, conn, lines); err != nil {
		return err
	}
	if o.once {
		// Sites added (docker compose run --rm newsner watch --once
		// example.com): the group's watch processes poll them.
		return nil
	}
	seen := &watchkafka.SeenTopic{W: out, Conn: conn, Topic: o.seenTopic, Logger: cfg.Logger}
	if err := seen.Load(ctx, cfg.Seen); err != nil {
		return fmt.Errorf("load seen URLs: %w", err)
	}
	cfg.Logger.Info("seen URLs loaded", "topic", o.seenTopic, "urls", cfg.Seen.Len())
	cfg.Output = &watchkafka.URLTopic{W: out, Topic: o.topic}
	cfg.Store = seen
	w := watch.New(cfg)
	gcfg := watchkafka.GroupConfig{Conn: conn, Topic: o.sourcesTopic, Group: o.group, Logger: cfg.Logger}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, 2)
	if o.seen.TTL > 0 || o.seen.Max > 0 {
		// Tombstones for the URLs forgotten, so the topic shrinks too.
		wg.Go(func() { seen.PruneEvery(ctx, cfg.Seen, seenPruneInterval) })
	}
	wg.Go(func() {
		if err := seen.Follow(ctx, cfg.Seen); err != nil && ctx.Err() == nil {
			errc <- fmt.Errorf("follow seen URLs: %w", err)
			cancel()
		}
	})
	setReady := func(err error) { ready.set(func() error { return err }) }
	wg.Go(func() {
		if err := watchkafka.Share(ctx, gcfg, w, setReady); err != nil {
			errc <- err
			cancel()
		}
	})
	cfg.Logger.Info("newsner watch started", "brokers", conn.Brokers, "group", o.group.ID, "topic", o.topic)
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

// seenPruneInterval is how often a watch process on Kafka tombstones the
// URLs its seen set forgot (and once at start).
const seenPruneInterval = time.Hour

// publish writes the sources given to the sources topic and, with
// --replace, drops the sites not among them.
func (o *watchOpts) publish(ctx context.Context, out *sink.Kafka, conn kafka.Config, lines []string) error {
	if len(lines) == 0 && !o.replace {
		return nil
	}
	log := o.fs.log
	sites, err := watchkafka.PublishSources(ctx, out, o.sourcesTopic, lines, log)
	if err != nil {
		return err
	}
	log.Info("sources published", "topic", o.sourcesTopic, "sites", len(sites))
	if !o.replace {
		return nil
	}
	dropped, err := watchkafka.DropOtherSites(ctx, out, conn, o.sourcesTopic, sites)
	if err != nil {
		return err
	}
	log.Info("sites no longer watched", "topic", o.sourcesTopic, "sites", dropped)
	return nil
}

// readSources reads the source lines: each input is a file of sources one a
// line, - for stdin, or else a source itself. Blank lines and # comments are
// skipped.
func readSources(ctx context.Context, env *Env, inputs []string) ([]string, error) {
	var lines []string
	add := func(u string) error { lines = append(lines, u); return nil }
	for _, in := range inputs {
		if in == "-" {
			if err := readsSTDIN(env, "watch", "sources (sites, feed or sitemap URLs) from stdin, one a line", "newsner watch < sources.txt"); err != nil {
				return nil, err
			}
			if err := eachStdinLine(ctx, env.Stdin, add); err != nil {
				return nil, err
			}
			continue
		}
		st, err := os.Stat(in)
		if err == nil && !st.IsDir() {
			if err := eachFileLine(ctx, in, add); err != nil {
				return nil, err
			}
			continue
		}
		if !strings.Contains(in, "://") && !siteName(in) {
			if err == nil {
				return nil, fmt.Errorf("%s: a directory, not a file of sources, a site or a URL", in)
			}
			return nil, fmt.Errorf("%s: no such file, and not a site or URL", in)
		}
		lines = append(lines, in)
	}
	return lines, nil
}

// siteName reports whether source, given without a scheme, may name a
// site: its host has a dot and does not end in a file name's ending that
// no top-level domain has ("sites.txt", "feeds/sites.csv" are files that
// are not there, not sites to poll).
func siteName(source string) bool {
	host, _, _ := strings.Cut(source, "/")
	dot := strings.LastIndexByte(host, '.')
	return dot >= 0 && !fileEndings[strings.ToLower(host[dot+1:])]
}

// fileEndings are the endings of files of sources that no top-level domain
// has.
var fileEndings = map[string]bool{"txt": true, "csv": true, "tsv": true, "lst": true, "list": true, "gz": true, "json": true, "xml": true, "opml": true, "yaml": true, "yml": true, "conf": true}
