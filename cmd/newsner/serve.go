package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner/ingest/kafkasource"
	"github.com/newsner/newsner/internal/gz"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/sink/web"
)

// serveOpts are the flags of newsner serve.
type serveOpts struct {
	fs          *flagSet
	kafka       kafka.Flags
	addr        string
	public      bool
	since       time.Time
	articles    string
	dlq         string
	group       string
	urls        string
	lagInterval time.Duration
	maxArticles int
	maxMiB      int64
}

func parseServe(env *Env, args []string) (*serveOpts, error) {
	o := &serveOpts{fs: newFlagSet(env, "serve", "[flags] [file.jsonl[.gz] ... | -]",
		`Serves a live page of the entity stream: the newest articles with their
entities, one article's text with every mention highlighted, the entities
trending over the last 15 minutes, hour or day (click one for its articles),
and the pipeline's state in one line (records per minute, dead letters by
class, the consumer lag of the pipeline's group, the model).

Without arguments it reads the articles and dead-letter topics from Kafka,
starting --since back, with a reader of its own (no consumer group, nothing
committed), and follows them. With arguments it reads JSON Lines records (as
newsner run and newsner extract print them) from the files, or stdin for -,
and follows stdin to its end:

  newsner run < urls.txt | newsner serve -

It holds the newest --max-articles articles, the process in --max-mb MiB,
oldest out first. The page is served on 127.0.0.1 only, unless --public is given.`)}
	fs := o.fs
	o.kafka.RegisterFlags(fs.FlagSet, kafka.DefaultBroker)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to serve the page on; a port of 0 picks a free one")
	fs.BoolVar(&o.public, "public", false, "allow an address beyond loopback and requests for any host name (the page has no login: anyone who reaches it reads the stream)")
	since := fs.String("since", "24h", "with Kafka: start at records written since this time (RFC 3339, a date, or a duration ago such as 24h), as reprocess's --since")
	fs.StringVar(&o.articles, "articles-topic", kafka.ArticlesTopic, "topic of article records")
	fs.StringVar(&o.dlq, "dlq-topic", kafka.DLQTopic, "topic of dead-letter records; empty: do not read it")
	fs.StringVar(&o.group, "group", kafkasource.DefaultGroup, "the pipeline's consumer group, whose lag the page shows (read only); empty: none")
	fs.StringVar(&o.urls, "topic", kafka.URLsTopic, "the topic the pipeline's group consumes, for its lag")
	fs.DurationVar(&o.lagInterval, "lag-interval", 10*time.Second, "how often the lag is read")
	fs.IntVar(&o.maxArticles, "max-articles", 100_000, "most articles held; the oldest leave first")
	fs.Int64Var(&o.maxMiB, "max-mb", 768, "the process's memory cap in MiB (a Go memory limit); the held articles and their index take at most three quarters of it, the oldest leaving first (100,000 articles of 3 KB text take about 460 MiB)")
	fs.needPositive("max-articles", "max-mb", "lag-interval")
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	var err error
	if o.since, err = parseSince(*since, time.Now()); err != nil {
		return nil, usageErrorf("--since: %w", err)
	}
	if fs.NArg() > 0 && fs.given("since") {
		// It was passed over: every record of the files was shown.
		return nil, usageErrorf("--since applies to the Kafka topics; records from files or stdin are all read")
	}
	if fs.NArg() > 0 {
		if err := fs.kafkaFlagUnused("serve of files or stdin reads no topic"); err != nil {
			return nil, err
		}
	}
	if err := checkBind(o.addr, o.public); err != nil {
		return nil, err
	}
	return o, nil
}

// publicHint is what the page answers a request for another host than
// loopback: the flag that serves it there.
const publicHint = "newsner serve --public serves it to other hosts"

func runServe(ctx context.Context, env *Env, args []string) error {
	o, err := parseServe(env, args)
	if err != nil {
		return err
	}
	log := o.fs.log
	var conn kafka.Config
	source := "JSON Lines from " + strings.Join(o.fs.Args(), ", ")
	if o.fs.NArg() == 0 {
		if conn, err = o.kafka.Config(env.Getenv); err != nil {
			return err
		}
		source = fmt.Sprintf("Kafka %s on %s", o.articles, strings.Join(conn.Brokers, ","))
	}
	// A file that cannot be opened, a directory or a broken gzip header
	// is said now, not after the page is served and the files before it
	// read.
	for _, name := range o.fs.Args() {
		if name == "-" {
			// A directory as stdin was said once the page was served
			// ("-: line 1: read /dev/stdin: is a directory").
			if err := readsSTDIN(env, "serve", "records (JSON Lines) from stdin", "newsner run < urls.txt | newsner serve -"); err != nil {
				return err
			}
			continue
		}
		f, err := openRecords(name)
		if err != nil {
			return err
		}
		f.Close()
	}
	stopOps, err := o.fs.serveOps(nil, nil)
	if err != nil {
		return err
	}
	defer stopOps()
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(o.maxMiB << 20))
	// The store holds no goroutine or file: it is not closed.
	store := web.NewStore(web.ForMemoryLimit(o.maxMiB<<20, o.maxArticles))
	srv, srvErr, err := o.listen(ctx, env, store, source)
	if err != nil {
		return err
	}
	// The readers, owned by wg, end with rctx: the Kafka readers retry
	// until stopped, the file reader stops between lines and, on stdin,
	// also in a read (stdinUntil).
	rctx, stopReaders := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { stopReaders(); wg.Wait() }()
	filesErr := make(chan error, 1)
	if o.fs.NArg() == 0 {
		o.follow(rctx, &wg, conn, store)
	} else {
		files := o.fs.Args()
		wg.Go(func() { filesErr <- readFiles(rctx, env.Stdin, files, store, log) })
	}
	var runErr error
	for done := false; !done; {
		select {
		case <-ctx.Done():
			done = true
		case err := <-srvErr:
			runErr, done = fmt.Errorf("page server: %w", err), true
		case err := <-filesErr:
			runErr, done = err, err != nil // read all: go on serving
		}
	}
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && runErr == nil {
		runErr = fmt.Errorf("shut down: %w", err)
	}
	return runErr
}

// listen serves the page of store on --addr until the returned server is
// shut down; the server's failure comes on the channel.
func (o *serveOpts) listen(ctx context.Context, env *Env, store *web.Store, source string) (*shutdowner, <-chan error, error) {
	ln, err := listenOn("addr", o.addr)
	if err != nil {
		return nil, nil, err
	}
	log := o.fs.log
	srvCtx, stopSrv := context.WithCancel(context.WithoutCancel(ctx))
	srv := &http.Server{
		Handler:           web.Handler(store, web.HandlerConfig{AnyHost: o.public, OtherHostHint: publicHint, Source: source, Logger: log}),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return srvCtx }, // ends the event streams at shutdown
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	srvErr := make(chan error, 1)
	go func() { srvErr <- srv.Serve(ln) }()
	fmt.Fprintf(env.Stderr, "newsner serve: serving http://%s/ (records: %s)\n", ln.Addr(), source)
	return &shutdowner{srv: srv, stop: stopSrv}, srvErr, nil
}

// shutdowner shuts the page's server down, ending its event streams first.
type shutdowner struct {
	srv  *http.Server
	stop context.CancelFunc
}

func (s *shutdowner) Shutdown(ctx context.Context) error {
	s.stop()
	return s.srv.Shutdown(ctx)
}

// follow starts the readers of the articles and dead-letter topics, and of
// the pipeline group's lag, owned by wg, until ctx ends.
func (o *serveOpts) follow(ctx context.Context, wg *sync.WaitGroup, conn kafka.Config, store *web.Store) {
	log := o.fs.log
	wg.Go(func() { followTopic(ctx, conn, o.articles, o.since, store, log) })
	if o.dlq != "" {
		wg.Go(func() { followTopic(ctx, conn, o.dlq, o.since, store, log) })
	}
	if o.group != "" {
		wg.Go(func() { watchLag(ctx, conn, o, store, log) })
	}
}

// checkBind refuses, as a mistake in the command line, an address that is
// no host:port (checkAddr) or, unless public is set, one beyond loopback.
func checkBind(addr string, public bool) error {
	host, err := checkAddr("addr", addr, "127.0.0.1:8080")
	if err != nil {
		return err
	}
	if public {
		return nil
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return usageErrorf("--addr %q is not a loopback address: the page has no login, so serving it beyond this machine needs --public", addr)
}

// followTopic adds the records of a topic to the store from since on and
// follows it until ctx is done. A failed read (the topic not there yet, the
// brokers down) is logged and tried again, from the time of the newest
// record read.
func followTopic(ctx context.Context, conn kafka.Config, topic string, since time.Time, store *web.Store, logger *slog.Logger) {
	cfg := kafka.FollowConfig{MaxPause: 30 * time.Second, OnRetry: func(err error, pause time.Duration) {
		logger.Warn("serve: reading a topic failed; trying again", "topic", topic, "error", err, "retry_in", pause.String())
	}}
	kafka.Follow(ctx, cfg, func(progress func()) error {
		return kafka.Read(ctx, kafka.ReadConfig{Conn: conn, Topic: topic, Since: since}, func(m kgo.Message) error {
			if err := store.Add(m.Value, time.Now()); err != nil {
				logger.Warn("serve: skipped a record", "topic", m.Topic, "partition", m.Partition, "offset", m.Offset, "error", err)
			}
			if m.Time.After(since) {
				since = m.Time
			}
			progress()
			return nil
		})
	})
}

// watchLag reads the pipeline group's lag into the store every interval.
func watchLag(ctx context.Context, conn kafka.Config, o *serveOpts, store *web.Store, logger *slog.Logger) {
	t := time.NewTicker(o.lagInterval)
	defer t.Stop()
	for {
		lctx, cancel := context.WithTimeout(ctx, o.lagInterval)
		lag, err := kafka.GroupLag(lctx, conn, o.group, o.urls)
		cancel()
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			logger.Debug("serve: reading the lag failed", "group", o.group, "topic", o.urls, "error", err)
		}
		store.SetLag(o.group, o.urls, lag, err)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// readFiles adds the JSON Lines records of the files (stdin for -, each
// gzipped or not by its content: gz.NewReader) to the store, one file
// after another, until ctx ends (nil).
func readFiles(ctx context.Context, stdin io.Reader, files []string, store *web.Store, logger *slog.Logger) error {
	for _, name := range files {
		if err := readFile(ctx, stdin, name, store, logger); err != nil {
			return err
		}
	}
	logger.Info("serve: read all inputs; serving until stopped", "inputs", len(files))
	return nil
}

// openRecords opens a file of records, gzipped or not by its content,
// refusing a directory and a gzip header that does not parse: each was
// said once the page was served ("serving http://...", then the error),
// and a directory as "DIR: line 1: read DIR: is a directory".
func openRecords(name string) (io.ReadCloser, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		return nil, fmt.Errorf("%s is a directory: serve reads files of records (newsner run < urls.txt > records.jsonl)", name)
	}
	r, _, err := gz.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	br := bufio.NewReader(r)
	if kind := notLines(br); kind != "" {
		// Was read as lines that are no records: an empty page served,
		// and a warning of 11,658 lines skipped from 3 MB of random
		// bytes.
		f.Close()
		return nil, fmt.Errorf("%s is %s, not records: serve reads the JSON Lines that newsner extract and run print (newsner extract PAGE > records.jsonl)", name, kind)
	}
	return recordsFile{br, f}, nil
}

// recordsFile reads a file's records, decompressed, and closes the file.
type recordsFile struct {
	io.Reader
	f *os.File
}

func (r recordsFile) Close() error { return r.f.Close() }

func readFile(ctx context.Context, stdin io.Reader, name string, store *web.Store, logger *slog.Logger) error {
	var r io.Reader
	if name == "-" {
		in := stdinUntil(ctx, stdin)
		defer in.Close()
		var err error
		if r, _, err = gz.NewReader(in); err != nil {
			if ctx.Err() != nil {
				return nil // stdin interrupted inside its gzip header, as below
			}
			return fmt.Errorf("%s: %w", name, err)
		}
	} else {
		f, err := openRecords(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	if err := web.ReadLines(ctx, r, store, logger.With("input", name)); err != nil && ctx.Err() == nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
