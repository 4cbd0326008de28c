// Package watch finds the articles: it polls news sites' feeds (RSS, Atom,
// JSON Feed) and sitemaps (Google News sitemaps, sitemap indexes), finds
// them for a bare site (<link rel="alternate">, robots.txt Sitemap: lines,
// common paths), and emits each new article URL once, normalised, with the
// entry's title and publication time. Each source is polled on its own
// schedule (the feed's ttl, Cache-Control and Expires, Retry-After, backoff
// on errors, jitter), with conditional requests so an unchanged feed costs
// a 304.
//
// The package depends on small interfaces of its own: a Fetcher (Guarded,
// fetcher.go, over the guarded fetcher of ingest/fetch; the URLs it emits
// pass fetch.CheckURL, as the fetcher takes them), an
// Output for new URLs (stdout here, the URL topic in watchkafka) and a
// Store that keeps the seen URLs across restarts (a file here, a compacted
// topic in watchkafka). The seen set is bounded (seen.go): a URL is
// forgotten a TTL after a feed last listed it, the oldest first past a
// cap. Package watchkafka holds the Kafka parts: sharing the sources among
// processes through a consumer group, the URL topic output and the
// seen-URL topic.
package watch

import (
	"container/heap"
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsner/newsner"
)

// Request is one GET the watcher asks of its Fetcher.
type Request struct {
	// URL to fetch.
	URL string
	// ETag and LastModified are the validators of the copy held, sent as
	// If-None-Match and If-Modified-Since; a server may then answer 304.
	ETag, LastModified string
	// Accept is the Accept header.
	Accept string
}

// Response is the Fetcher's answer.
type Response struct {
	// URL is where the body came from, after redirects.
	URL string
	// Status is the HTTP status: 200, or 304 for an unchanged copy; on an
	// error, the status of the failed answer (0 if none).
	Status int
	// Header holds the response headers (Cache-Control, Expires, ETag,
	// Last-Modified, Retry-After), also on an error where there was an
	// answer.
	Header http.Header
	// Body is the decoded body (empty for 304).
	Body []byte
	// RetryAfter is how long a failed answer asked the client to wait
	// (its Retry-After header, as the Fetcher reads it).
	RetryAfter time.Duration
}

// Fetcher GETs feeds, sitemaps, robots.txt and home pages. Errors are
// *newsner.Error with a class. It must apply the same guard, robots.txt
// rules, limits and User-Agent as article fetches.
type Fetcher interface {
	Fetch(ctx context.Context, req Request) (Response, error)
}

// Output receives the new URLs. Emit returns once they are durably handed
// over (written to stdout, acknowledged by the brokers).
type Output interface {
	Emit(ctx context.Context, recs []newsner.URLRecord) error
}

// Config configures a Watcher; zero fields take the defaults given.
type Config struct {
	// Fetcher fetches. Required.
	Fetcher Fetcher
	// Output receives new URLs. Required.
	Output Output
	// Seen is the set of URLs seen. Default: a new, empty set forgetting
	// a URL DefaultSeenTTL after it was last recorded.
	Seen *Seen
	// Store, if set, keeps emitted URLs across restarts (written after
	// Output took them: a crash between the two may emit a URL again,
	// never lose one), and the seen URLs Seen records again so that they
	// do not expire while a feed lists them.
	Store Store

	// Interval is how often a source is polled when it says nothing of
	// its own: a feed's ttl, Cache-Control max-age or Expires lengthen it
	// (up to MaxInterval). Each poll is jittered by up to a tenth, and
	// first polls are spread over a fifth of it, or less where few
	// sources are watched (firstPollStep). Default: 5m.
	Interval time.Duration
	// MaxInterval caps the wait between polls of a source that asks for
	// longer, or keeps failing (the wait doubles per failure). Retry-After
	// is honoured up to a day. Default: 6h.
	MaxInterval time.Duration
	// Rediscover is how often a site's feeds and sitemaps are looked for
	// again. Default: 24h.
	Rediscover time.Duration
	// MaxAge skips entries (and sitemaps of an index) dated older than
	// this: an archive sitemap is not a stream of new articles. Entries
	// without a date are taken. 0: default 7 days; negative: no limit.
	MaxAge time.Duration
	// Concurrency is how many polls run at once. Default: 16.
	Concurrency int
	// PollTimeout bounds one poll, every fetch of it included. Default: 2m.
	PollTimeout time.Duration
	// MaxSitemaps bounds the sitemaps one poll of a sitemap index fetches
	// (the newest first), and MaxDepth how deeply indexes may nest.
	// Defaults: 50 and 3.
	MaxSitemaps, MaxDepth int
	// Limits bound a document: entries, decompressed size.
	Limits Limits
	// Once polls each source once (a site: finds its feeds and sitemaps,
	// then polls each of them once), and Run returns when all are done.
	Once bool

	// Logger receives a line per failed poll. Default: slog.Default().
	Logger *slog.Logger
	// Explain, if set, rewrites the error of a failed poll (or of a
	// sitemap of an index) before it is logged: the command that set a limit the poll ran into (its error
	// marked newsner.AtLimit with the limit's field: "MaxEntries",
	// "MaxSitemaps", "MaxDepth", "PollTimeout", Limits' "MaxBytes") adds
	// the flag that moves it.
	Explain func(error) error
	// Metrics, if set, counts polls and URLs.
	Metrics *Metrics
}

func (c Config) withDefaults() Config {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.Interval, 5*time.Minute)
	def(&c.MaxInterval, 6*time.Hour)
	c.MaxInterval = max(c.MaxInterval, c.Interval)
	def(&c.Rediscover, 24*time.Hour)
	def(&c.PollTimeout, 2*time.Minute)
	if c.MaxAge == 0 {
		c.MaxAge = 7 * 24 * time.Hour
	}
	if c.Concurrency <= 0 {
		c.Concurrency = 16
	}
	if c.MaxSitemaps <= 0 {
		c.MaxSitemaps = 50
	}
	if c.MaxDepth <= 0 {
		c.MaxDepth = 3
	}
	c.Limits = c.Limits.withDefaults()
	if c.Seen == nil {
		c.Seen = NewBoundedSeen(SeenPolicy{TTL: DefaultSeenTTL})
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Watcher polls a changing set of sources. Set says which; Run polls them
// until its context ends.
type Watcher struct {
	cfg Config

	mu    sync.Mutex
	units map[string]*unit
	queue unitQueue
	wake  chan struct{}
	// inflight counts the polls running.
	inflight int
	// retired keeps the validators of units dropped from the set (a
	// rebalance drops them all for a moment), so that a source given back
	// is polled conditionally again.
	retired map[string]map[string]validator
	// skipped counts the lines the last Set could not read.
	skipped int
	// docs holds the documents watched by their Site, given or found, so
	// that a sitemap finds the feeds of its host however they came.
	docs map[string][]*unit
}

// maxRetired bounds Watcher.retired.
const maxRetired = 100_000

// unit is one thing polled: a site (its feeds and sitemaps are looked for)
// or a document (a feed or a sitemap).
type unit struct {
	url  string
	site bool
	// given: named by the user (not only found on a site).
	given bool
	// owners are the sites on which the document was found.
	owners map[string]bool
	// found are, for a site, the documents found on it.
	found []string
	due   time.Time
	// index in the queue; -1 while polled or removed.
	index    int
	running  bool
	removed  bool
	failures int
	// validators per URL fetched by the unit's polls (a sitemap index's
	// sitemaps too).
	validators map[string]validator
	// kind is what the document is, a feed or a sitemap: as its site's
	// discovery found it (or its URL names it, given: kindByName), then as
	// its last poll read it.
	kind docKind
	// waitStart, while a sitemap waits for its site's feeds (next), is
	// when it began to; waitTill is the latest due of the feeds it waits
	// for. Zero when not waiting.
	waitStart, waitTill time.Time
	// lastDone is when the unit's last poll ended.
	lastDone time.Time
}

// docKind is what a document unit is.
type docKind uint8

const (
	kindUnknown docKind = iota
	kindFeed
	kindSitemap
)

type validator struct{ etag, lastModified string }

// New returns a Watcher for cfg.
func New(cfg Config) *Watcher {
	return &Watcher{cfg: cfg.withDefaults(), units: map[string]*unit{}, wake: make(chan struct{}, 1), retired: map[string]map[string]validator{}, docs: map[string][]*unit{}}
}

// Seen is the watcher's set of seen URLs.
func (w *Watcher) Seen() *Seen { return w.cfg.Seen }

// ParseSource reads a line of a sources list: a site ("example.com",
// "https://example.com/"), or a feed or sitemap URL. It returns the URL to
// poll and whether it is a site, whose feeds and sitemaps are to be found.
func ParseSource(line string) (string, bool, error) {
	s := strings.TrimSpace(line)
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	n, err := Normalize(s, nil)
	if err != nil {
		return "", false, err
	}
	u, _ := url.Parse(n)
	return n, u.Path == "/" && u.RawQuery == "", nil
}

// Site is the site a source belongs to: its scheme and host. Sources of one
// site are polled by one process (see kafka.go), which keeps the fetcher's
// per-host limits true.
func Site(source string) string {
	u, err := url.Parse(source)
	if err != nil {
		return source
	}
	return u.Scheme + "://" + u.Host + "/"
}

// Set replaces the sources to poll: sites, feed and sitemap URLs as
// ParseSource reads them. Lines it cannot read are logged and skipped.
// Sources still listed keep their schedule and validators; new ones are
// first polled within a fifth of Interval, or sooner where few are
// watched (addLocked).
func (w *Watcher) Set(lines []string) {
	given := map[string]bool{}
	skipped := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		u, site, err := ParseSource(l)
		if err != nil {
			w.cfg.Logger.Warn("watch: source skipped", "source", newsner.Clip(newsner.RedactURL(l), newsner.MaxURLLength), "class", newsner.ErrorCode(err), "error", err)
			skipped++
			continue
		}
		given[u] = site
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.skipped = skipped
	for u, x := range w.units {
		_, x.given = given[u]
	}
	for u, site := range given {
		x := w.addLocked(u, site)
		x.given = true
		if !site && x.kind == kindUnknown {
			x.kind = kindByName(u)
		}
	}
	w.pruneLocked()
	w.kick()
}

// firstPollStep is how much a new source's first poll is spread for each
// source watched: its first poll falls at random within a step for each
// (itself counted), and at most a fifth of Interval, so a thousand sources
// are not polled at once and a few are polled at once. With the fifth
// alone one site's first poll (and then its feeds') waited up to a minute
// each at the default interval: watch printed nothing for up to two.
const firstPollStep = 100 * time.Millisecond

// addLocked returns the unit for u, adding it (due soon) if new.
func (w *Watcher) addLocked(u string, site bool) *unit {
	if x, ok := w.units[u]; ok {
		return x
	}
	x := &unit{url: u, site: site, owners: map[string]bool{}, index: -1, validators: w.retired[u]}
	delete(w.retired, u)
	if x.validators == nil {
		x.validators = map[string]validator{}
	}
	x.due = time.Now()
	if !w.cfg.Once {
		spread := min(w.cfg.Interval/5, time.Duration(len(w.units)+1)*firstPollStep)
		x.due = x.due.Add(rand.N(spread + 1))
	}
	w.units[u] = x
	if !site {
		w.docs[Site(u)] = append(w.docs[Site(u)], x)
	}
	heap.Push(&w.queue, x)
	return x
}

// kindByName is what a document given by its URL is taken for until its
// first poll reads it: a sitemap where its path says so ("/sitemap.xml",
// "/news-sitemap.xml.gz"), a feed where it names one ("/rss.xml",
// "/feeds/all.atom", "/?feed=rss2"), else unknown (which waits for feeds
// as a sitemap does, and which a sitemap waits for as for a feed:
// feedsOfLocked).
func kindByName(u string) docKind {
	p, err := url.Parse(u)
	if err != nil {
		return kindUnknown
	}
	name := strings.ToLower(p.RequestURI())
	switch {
	case strings.Contains(name, "sitemap"):
		return kindSitemap
	case strings.Contains(name, "rss") || strings.Contains(name, "atom") || strings.Contains(name, "feed") || strings.Contains(name, "rdf"):
		return kindFeed
	}
	return kindUnknown
}

// pruneLocked removes the units neither given nor found on a kept site.
func (w *Watcher) pruneLocked() {
	for changed := true; changed; {
		changed = false
		for u, x := range w.units {
			keep := x.given
			for o := range x.owners {
				if ox, ok := w.units[o]; ok && !ox.removed {
					keep = true
				} else {
					delete(x.owners, o)
				}
			}
			if keep {
				continue
			}
			x.removed = true
			if len(x.validators) > 0 && len(w.retired) < maxRetired {
				w.retired[u] = x.validators
			}
			if x.index >= 0 {
				heap.Remove(&w.queue, x.index)
			}
			if !x.site {
				k := Site(u)
				if w.docs[k] = slices.DeleteFunc(w.docs[k], func(d *unit) bool { return d == x }); len(w.docs[k]) == 0 {
					delete(w.docs, k)
				}
			}
			delete(w.units, u)
			changed = true
		}
	}
	sites := 0
	for _, x := range w.units {
		if x.site {
			sites++
		}
	}
	w.cfg.Metrics.setSources(sites, len(w.units)-sites)
}

func (w *Watcher) kick() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Run polls the sources until ctx ends, then waits for the polls in
// flight and returns nil.
func (w *Watcher) Run(ctx context.Context) error {
	sem := make(chan struct{}, w.cfg.Concurrency)
	var wg sync.WaitGroup
	defer wg.Wait()
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		x, wait := w.next(time.Now())
		if x == nil {
			<-sem
			if w.cfg.Once && w.idle() {
				return nil
			}
			if wait <= 0 {
				wait = time.Hour
			}
			timer.Reset(wait)
			select {
			case <-ctx.Done():
				return nil
			case <-w.wake:
			case <-timer.C:
			}
			if !timer.Stop() {
				select {
				case <-timer.C:
				default:
				}
			}
			continue
		}
		wg.Go(func() {
			defer func() { <-sem }()
			w.poll(ctx, x)
		})
	}
}

// next takes the unit due first if it is due at now; else it returns how
// long until one is. A sitemap that is to wait for its site's feeds is put
// back (waitForFeedsLocked) and the next one looked at.
func (w *Watcher) next(now time.Time) (*unit, time.Duration) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for {
		if w.queue.Len() == 0 {
			return nil, 0
		}
		x := w.queue[0]
		if d := x.due.Sub(now); d > 0 {
			return nil, d
		}
		heap.Pop(&w.queue)
		if w.waitForFeedsLocked(x, now) {
			continue
		}
		x.waitStart, x.waitTill = time.Time{}, time.Time{}
		x.running = true
		w.inflight++
		w.cfg.Metrics.started(now.Sub(x.due))
		return x, 0
	}
}

// waitForFeedsLocked reports whether the sitemap x (or a document not yet
// known to be a feed), just taken from the queue, is put back to wait for
// its site's feeds.
//
// A URL a site lists in both a feed and a sitemap is emitted once, by
// whichever document's poll finds it first; a feed entry has the title
// (and often the date) that a plain sitemap lacks. So a sitemap due while
// a feed of its site (found on a site it was found on, or of its host:
// siteDocsLocked), or a document of its site whose first poll is still to
// tell what it is (feedsOfLocked), runs or is due within Interval waits
// for those feeds' polls, once per poll, and at most until the latest of them is
// due plus PollTimeout; then it is polled, the URLs the feeds took being
// duplicates. After one such wait the two are
// polled in step, the sitemap just after the feeds.
func (w *Watcher) waitForFeedsLocked(x *unit, now time.Time) bool {
	if x.site || x.kind == kindFeed || !x.waitStart.IsZero() {
		return false
	}
	var till time.Time
	wait := false
	w.feedsOfLocked(x, func(f *unit) {
		if f.failures > 0 || !f.running && (f.index < 0 || f.due.After(now.Add(w.cfg.Interval))) {
			return
		}
		wait = true
		if f.due.After(till) {
			till = f.due
		}
	})
	if !wait {
		return false
	}
	if till.Before(now) {
		till = now
	}
	x.waitStart, x.waitTill = now, till
	x.due = till.Add(w.cfg.PollTimeout)
	heap.Push(&w.queue, x)
	return true
}

// feedsOfLocked calls fn with each feed of x's site (siteDocsLocked), x
// aside, and, for a sitemap x, each document of the site not yet known to
// be a feed or a sitemap (given under a URL that names neither,
// "/updates": its first poll tells). A document of unknown kind waits for
// feeds and is waited for by sitemaps, so no two wait for each other.
func (w *Watcher) feedsOfLocked(x *unit, fn func(*unit)) {
	w.siteDocsLocked(x, func(f *unit) {
		if f != x && (f.kind == kindFeed || x.kind == kindSitemap && f.kind == kindUnknown) {
			fn(f)
		}
	})
}

// siteDocsLocked calls fn with each document of the document x's site,
// x too: those found on a site x was found on, and those of x's host
// (Site), given or found; some twice.
func (w *Watcher) siteDocsLocked(x *unit, fn func(*unit)) {
	for o := range x.owners {
		s, ok := w.units[o]
		if !ok {
			continue
		}
		for _, u := range s.found {
			if d, ok := w.units[u]; ok && !d.removed {
				fn(d)
			}
		}
	}
	for _, d := range w.docs[Site(x.url)] {
		if !d.removed {
			fn(d)
		}
	}
}

// releaseLocked, after the document d's poll, lets the sitemaps of its
// site that wait for no other feed be polled now. (d may have been taken
// for a feed until this poll read it.)
func (w *Watcher) releaseLocked(d *unit, now time.Time) {
	if d.site {
		return
	}
	w.siteDocsLocked(d, func(sx *unit) {
		if sx.kind == kindFeed || sx.waitStart.IsZero() || sx.index < 0 {
			return
		}
		pending := false
		w.feedsOfLocked(sx, func(g *unit) {
			if g.running || g.index >= 0 && g.lastDone.Before(sx.waitStart) && !g.due.After(sx.waitTill) && g.failures == 0 {
				pending = true
			}
		})
		if !pending && sx.due.After(now) {
			sx.due = now
			heap.Fix(&w.queue, sx.index)
		}
	})
}

// poll polls one unit and schedules its next poll.
func (w *Watcher) poll(ctx context.Context, x *unit) {
	start := time.Now()
	// A fetch cut short by it says so ("abandoned by the caller: the poll
	// ran past 2m0s"), marked so that the command names its flag.
	pctx, cancel := context.WithTimeoutCause(ctx, w.cfg.PollTimeout,
		newsner.AtLimit("PollTimeout", fmt.Errorf("the poll ran past %v", w.cfg.PollTimeout)))
	var (
		res pollResult
		err error
	)
	if x.site {
		res, err = w.pollSite(pctx, x)
	} else {
		res, err = w.pollDoc(pctx, x)
	}
	cancel()
	if ctx.Err() != nil {
		// Stopping: the poll was cut short, not failed.
		w.mu.Lock()
		x.running = false
		w.inflight--
		x.lastDone = time.Now()
		w.releaseLocked(x, x.lastDone)
		w.mu.Unlock()
		return
	}
	interval := w.cfg.Interval
	if x.site {
		interval = w.cfg.Rediscover
	}
	took := time.Since(start)
	w.mu.Lock()
	defer w.mu.Unlock()
	defer w.kick()
	x.running = false
	w.inflight--
	x.lastDone = time.Now()
	if res.kind != kindUnknown {
		x.kind = res.kind
	}
	w.releaseLocked(x, x.lastDone)
	var next time.Duration
	switch {
	case err != nil:
		// Back off from Interval (also for a site whose discovery
		// failed: it is tried again well before Rediscover).
		x.failures++
		next = min(w.cfg.Interval<<min(x.failures, 10), w.cfg.MaxInterval)
		next = max(next, min(res.retryAfter, 24*time.Hour))
		class := newsner.ErrorCode(err)
		w.cfg.Metrics.polled("failed", class, took)
		attrs := []any{"source", x.url, "class", class, "error", w.explain(err), "failures", x.failures}
		if !w.cfg.Once {
			// Once polls no more: no next poll to name.
			attrs = append(attrs, "next_poll_in", next.Round(time.Second).String())
		}
		w.cfg.Logger.Warn("watch: source failed", attrs...)
	default:
		x.failures = 0
		next = min(max(interval, res.fresh), max(w.cfg.MaxInterval, interval))
		if res.notModified {
			w.cfg.Metrics.polled("not_modified", "", took)
		} else {
			w.cfg.Metrics.polled("ok", "", took)
		}
	}
	if x.removed || w.cfg.Once {
		return
	}
	// Jitter by up to a tenth either way, so polls stay spread out.
	next += time.Duration((rand.Float64()*2 - 1) * float64(next) / 10)
	x.due = x.lastDone.Add(next)
	heap.Push(&w.queue, x)
}

// explain is err as Config.Explain rewrites it, for a log line.
func (w *Watcher) explain(err error) error {
	if w.cfg.Explain == nil {
		return err
	}
	return w.cfg.Explain(err)
}

// Failed reports, after Run returns in Once mode, how many of the sources
// given to the last Set failed, of how many: a line Set could not read, a
// source whose poll failed, a site none of whose feeds and sitemaps could
// be polled.
func (w *Watcher) Failed() (failed, given int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	failed, given = w.skipped, w.skipped
	for _, x := range w.units {
		if !x.given {
			continue
		}
		given++
		if x.failures > 0 || x.site && len(x.found) > 0 && !slices.ContainsFunc(x.found, w.polledLocked) {
			failed++
		}
	}
	return failed, given
}

// polledLocked reports whether the document u was polled without failing.
func (w *Watcher) polledLocked(u string) bool {
	d, ok := w.units[u]
	return ok && d.failures == 0 && d.index < 0 && !d.running
}

// idle reports whether no poll is running or due (Once: all are done).
func (w *Watcher) idle() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.inflight == 0 && w.queue.Len() == 0
}

// unitQueue is a min-heap of units by due time.
type unitQueue []*unit

func (q unitQueue) Len() int           { return len(q) }
func (q unitQueue) Less(i, j int) bool { return q[i].due.Before(q[j].due) }
func (q unitQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}
func (q *unitQueue) Push(v any) {
	x := v.(*unit)
	x.index = len(*q)
	*q = append(*q, x)
}
func (q *unitQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	old[len(old)-1] = nil
	x.index = -1
	*q = old[:len(old)-1]
	return x
}
