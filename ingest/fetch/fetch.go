package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"golang.org/x/time/rate"
)

// DefaultUserAgent is the User-Agent the fetcher sends unless told otherwise.
// Its first word, "newsner", is the name robots.txt rules are matched against.
const DefaultUserAgent = "newsner/1.0 (+https://github.com/newsner/newsner)"

// Config configures a Fetcher. DefaultConfig holds the defaults; a
// zero field takes its default (MaxRedirects excepted: zero follows no
// redirect). Each field's comment gives its default and its effect.
type Config struct {
	// UserAgent is sent with every request, robots.txt included. Its first
	// word up to "/" is the product token matched against robots.txt
	// User-agent lines. Default: DefaultUserAgent.
	UserAgent string

	// ConnectTimeout bounds connecting to one address, TLS handshake
	// included. Default: 10s.
	ConnectTimeout time.Duration
	// HeaderTimeout bounds the wait for the response headers once the
	// request is sent. A server that accepts and never answers fails with
	// ETimeout after it. Default: 20s.
	HeaderTimeout time.Duration
	// BodyTimeout bounds reading the whole body once the headers are in,
	// so a server that trickles a byte a second fails with ETimeout.
	// Default: 30s.
	BodyTimeout time.Duration
	// MaxBodyBytes caps the body, both as sent and after gzip decoding (so
	// a gzip bomb stops at the cap). A Content-Length over it fails at once;
	// a body that runs past it fails with ETooLarge. Default:
	// newsner.DefaultMaxBodyBytes.
	MaxBodyBytes int64

	// Types are the media types Fetch accepts, as Request.Types: a
	// response of another type fails with ENotHTML. Default: HTML
	// (text/html, application/xhtml+xml).
	Types []string

	// MaxRedirects is how many redirects are followed; one more, or a
	// redirect back to a URL already visited, fails with ETooManyRedirs.
	// Default: 10. Zero: none are followed.
	MaxRedirects int

	// MaxAttempts is how many times a request is tried when it fails with
	// a connection error, 429 or a 5xx (other than 501 and 505). Other
	// 4xx answers, timeouts after connecting, and refused addresses fail at
	// once. Default: 3. 1: no retries.
	MaxAttempts int
	// BackoffBase is the wait before the first retry; it doubles for each
	// further one, up to BackoffMax, and each wait is jittered down by up
	// to half. Default: 500ms.
	BackoffBase time.Duration
	// BackoffMax caps one backoff wait. Default: 10s.
	BackoffMax time.Duration
	// MaxRetryAfter is the longest Retry-After (on 429 and 503) that is
	// waited out; a server asking for longer fails the URL at once rather
	// than being retried early. Default: 30s.
	MaxRetryAfter time.Duration

	// PerHostConcurrency caps requests in flight to one host (host:port).
	// Default: 2.
	PerHostConcurrency int
	// PerHostRate caps requests per second started to one host. Default:
	// 2. rate.Inf: no limit (tests, local mirrors).
	PerHostRate rate.Limit
	// PerHostBurst is how many requests to one host may start at once
	// before PerHostRate applies. Default: 1.
	PerHostBurst int

	// IgnoreRobots turns off robots.txt. Default false: each site's
	// robots.txt is fetched, cached for RobotsTTL, and obeyed; a disallowed
	// URL fails with ERobots.
	IgnoreRobots bool
	// RobotsTTL is how long a fetched robots.txt is used. Default: 1h.
	RobotsTTL time.Duration

	// AllowPrivateNetworks turns the SSRF guard off. Default false: only
	// public unicast addresses are dialled, checked after DNS resolution
	// on the address actually dialled; loopback, private, link-local
	// (cloud metadata), CGNAT, multicast, unspecified and other special
	// ranges fail with EBlockedAddress. Set it for local use and tests:
	// the cloud metadata services (metadataAddrs, and their names) stay
	// refused.
	AllowPrivateNetworks bool

	// Resolve, if set, replaces DNS: it returns the addresses of a host
	// name. Tests use it to make a name resolve to loopback. Default: the
	// system resolver. The guard checks whatever it returns.
	Resolve func(ctx context.Context, host string) ([]netip.Addr, error)
	// TLSConfig, if set, is the TLS client configuration (tests use an
	// httptest server's). Default: the system's roots.
	TLSConfig *tls.Config

	// allow is a test hook: addresses it accepts pass the guard.
	allow func(netip.Addr) bool
}

// DefaultConfig returns the fetcher's defaults: the one place they are
// written. Commands show them as their flags' defaults.
func DefaultConfig() Config {
	return Config{
		UserAgent:          DefaultUserAgent,
		ConnectTimeout:     10 * time.Second,
		HeaderTimeout:      20 * time.Second,
		BodyTimeout:        30 * time.Second,
		MaxBodyBytes:       newsner.DefaultMaxBodyBytes,
		MaxRedirects:       10,
		MaxAttempts:        3,
		BackoffBase:        500 * time.Millisecond,
		BackoffMax:         10 * time.Second,
		MaxRetryAfter:      30 * time.Second,
		PerHostConcurrency: 2,
		PerHostRate:        2,
		PerHostBurst:       1,
		RobotsTTL:          time.Hour,
	}
}

// withDefaults returns c with its zero (or negative) fields set from
// DefaultConfig, MaxRedirects excepted: its zero follows none.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.UserAgent == "" {
		c.UserAgent = d.UserAgent
	}
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.ConnectTimeout, d.ConnectTimeout)
	def(&c.HeaderTimeout, d.HeaderTimeout)
	def(&c.BodyTimeout, d.BodyTimeout)
	def(&c.BackoffBase, d.BackoffBase)
	def(&c.BackoffMax, d.BackoffMax)
	def(&c.MaxRetryAfter, d.MaxRetryAfter)
	def(&c.RobotsTTL, d.RobotsTTL)
	pos := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	pos(&c.MaxAttempts, d.MaxAttempts)
	pos(&c.PerHostConcurrency, d.PerHostConcurrency)
	pos(&c.PerHostBurst, d.PerHostBurst)
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	if c.PerHostRate <= 0 {
		c.PerHostRate = d.PerHostRate
	}
	c.MaxRedirects = max(c.MaxRedirects, 0)
	return c
}

// Fetcher fetches web pages politely and defensively: bounded in time and
// size, HTML only, retried with backoff where that can help, rate-limited
// per host, obeying robots.txt, and unable to reach private networks. It is
// safe for concurrent use; share one among all workers.
type Fetcher struct {
	cfg       Config
	transport *http.Transport
	client    *http.Client
	hosts     *hostLimits
	guard     *guard
	robots    *robotsCache // nil when IgnoreRobots
}

// New returns a Fetcher with cfg's settings (zero fields take their
// defaults).
func New(cfg Config) *Fetcher {
	cfg = cfg.withDefaults()
	g := &guard{allowPrivate: cfg.AllowPrivateNetworks, allow: cfg.allow}
	dialer := newGuardedDialer(g, cfg)
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would be dialled instead of the page's address, defeating the guard
		DialContext:            dialer.DialContext,
		TLSClientConfig:        cfg.TLSConfig,
		TLSHandshakeTimeout:    cfg.ConnectTimeout,
		ResponseHeaderTimeout:  cfg.HeaderTimeout,
		ForceAttemptHTTP2:      true,
		DisableCompression:     true, // gzip is decoded here, under the size cap
		MaxIdleConns:           256,
		MaxIdleConnsPerHost:    cfg.PerHostConcurrency,
		MaxConnsPerHost:        0,
		IdleConnTimeout:        30 * time.Second,
		MaxResponseHeaderBytes: 256 << 10,
	}
	f := &Fetcher{
		cfg:       cfg,
		transport: tr,
		client: &http.Client{
			Transport: tr,
			// Redirects are followed by Fetch itself, so that each hop is
			// validated, checked against robots.txt and rate-limited.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		hosts: newHostLimits(cfg.PerHostConcurrency, cfg.PerHostRate, cfg.PerHostBurst),
		guard: g,
	}
	if !cfg.IgnoreRobots {
		rc := &http.Client{Transport: tr, CheckRedirect: robotsRedirectPolicy}
		f.robots = newRobotsCache(rc, cfg.UserAgent, cfg.RobotsTTL, cfg.ConnectTimeout+cfg.HeaderTimeout+cfg.BodyTimeout)
	}
	return f
}

// Close releases idle connections. The Fetcher stays usable.
func (f *Fetcher) Close() error {
	f.transport.CloseIdleConnections()
	return nil
}

// Fetch GETs rawURL, following redirects, and returns the page with its
// body decoded. Page.URL is rawURL as given; Page.FinalURL is where the body
// came from. On failure the Page still carries URL, FinalURL (the last URL
// tried) and Status (of the last answer; 0 if none).
//
// A failure is a *newsner.Error whose Code is its class (EInvalid,
// EUnsupported, EBlockedAddress, ERobots, ETimeout, ETooLarge, ENotHTML,
// EHTTPStatus, ETooManyRedirs, ENetwork, or EInvalid for a corrupt gzip
// body); newsner.Attempts(err) tells how many times it was tried (once, plus
// each retry after a failure: a redirect's hops are not attempts). If ctx ends first
// the error wraps ctx's error (errors.Is(err, context.Canceled)): the URL was
// not given up on, the fetch was abandoned.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (newsner.Page, error) {
	return f.fetch(ctx, rawURL, nil)
}

// fetch is Fetch with a request's options (nil: a page of
// Config.Types).
func (f *Fetcher) fetch(ctx context.Context, rawURL string, o *Request) (newsner.Page, error) {
	if o == nil && len(f.cfg.Types) > 0 {
		o = &Request{URL: rawURL, Types: f.cfg.Types}
	}
	page := newsner.Page{URL: rawURL}
	u, err := ValidateURL(rawURL)
	if err != nil {
		return page, err
	}
	// retries counts the requests made again after a failure, over every
	// hop: a redirect's hop is no attempt, so a fetch redirected twice
	// and never retried was tried once (it said "3 attempts", past
	// --max-attempts 1).
	retries := 0
	fail := func(u *url.URL, status int, e *newsner.Error) (newsner.Page, error) {
		page.FinalURL, page.Status = u.String(), status
		msg, cause := e.Message, e.Err
		if e.Code == newsner.EBlockedAddress && !f.cfg.AllowPrivateNetworks && !errors.Is(e, errMetadata) {
			// Marked for the command to name its switch (LimitOf); a
			// metadata service is refused whatever the switch says.
			msg += " (refused by the SSRF guard)"
			cause = newsner.AtLimit("AllowPrivateNetworks", cause)
		}
		return page, &newsner.Error{
			Code:    e.Code,
			Message: fmt.Sprintf("fetch %s: %s", newsner.Clip(u.String(), 500), msg),
			Err:     &triesError{n: 1 + retries, err: cause},
		}
	}
	visited := map[string]bool{u.String(): true}
	from, fromStatus := "", 0 // the URL that redirected to u, and its answer's status
	for hop := 0; ; hop++ {
		res, n, e := f.hop(ctx, u, o)
		retries += n - 1
		if e != nil {
			page.Header = res.header // a Retry-After, say
			if from != "" {
				// A redirect's target that failed (refused by the guard:
				// a page that sends the fetcher to 169.254.169.254) says
				// it was one; it read as if the target had been asked for.
				e = &newsner.Error{Code: e.Code, Message: fmt.Sprintf("redirected (%d) from %s: %s", fromStatus, newsner.Clip(from, 500), e.Message), Err: e.Err}
			}
			return fail(u, res.status, e)
		}
		if res.location == "" {
			page.FinalURL = u.String()
			page.Status = res.status
			page.Header = res.header
			page.Body = res.body
			page.FetchedAt = time.Now().UTC()
			return page, nil
		}
		next, err := u.Parse(res.location)
		if err != nil {
			return fail(u, res.status, &newsner.Error{Code: newsner.EInvalid, Message: fmt.Sprintf("redirect (%d) to unparseable Location %q", res.status, newsner.Clip(res.location, 200)), Err: err})
		}
		next.Fragment, next.RawFragment = "", ""
		nu, err := ValidateURL(next.String())
		if err != nil {
			// Wrap keeps the refusal's class and says it once; its text
			// followed whole, class and all ("...refused URL: 1 attempt:
			// unsupported: scheme ...").
			return fail(u, res.status, newsner.Wrap(err, fmt.Sprintf("redirect (%d) to a refused URL", res.status)).(*newsner.Error))
		}
		if visited[nu.String()] {
			return fail(u, res.status, newsner.Errorf(newsner.ETooManyRedirs, "redirect loop: %d back to %s", res.status, newsner.Clip(nu.String(), 200)))
		}
		if hop >= f.cfg.MaxRedirects {
			return fail(u, res.status, &newsner.Error{Code: newsner.ETooManyRedirs, Message: fmt.Sprintf("more than %d redirects (next: %s)", f.cfg.MaxRedirects, newsner.Clip(nu.String(), 200)),
				Err: newsner.AtLimit("MaxRedirects", nil)})
		}
		visited[nu.String()] = true
		from, fromStatus = u.String(), res.status
		u = nu
	}
}

// triesError carries how many times a fetch was tried (once, plus each
// retry after a failure; a redirect's hops are not counted); Attempts
// reads it through the Attempts method.
type triesError struct {
	n   int
	err error
}

func (e *triesError) Error() string {
	s := newsner.Count(e.n, "attempt")
	if !newsner.HasText(e.err) {
		return s
	}
	return s + ": " + e.err.Error()
}

func (e *triesError) Unwrap() error { return e.err }

// Attempts is how many times the request was tried.
func (e *triesError) Attempts() int { return e.n }

// hopResult is one answered request: a body, or a redirect.
type hopResult struct {
	status   int
	header   http.Header
	body     []byte
	location string // set for a redirect
}

// retryHint says whether a failed attempt may be retried, and how long the
// server asked us to wait (Retry-After) if it did.
type retryHint struct {
	retry bool
	after time.Duration
}

// hop requests u, retrying with backoff, and returns the result, the number
// of attempts made and the final failure.
func (f *Fetcher) hop(ctx context.Context, u *url.URL, o *Request) (hopResult, int, *newsner.Error) {
	for n := 1; ; n++ {
		res, hint, e := f.attempt(ctx, u, o)
		if e == nil {
			return res, n, nil
		}
		if !hint.retry || n >= f.cfg.MaxAttempts || ctx.Err() != nil {
			return res, n, e
		}
		if hint.after > f.cfg.MaxRetryAfter {
			e.Message += fmt.Sprintf(" (Retry-After %v is over the %v limit)", hint.after, f.cfg.MaxRetryAfter)
			return res, n, e
		}
		wait := max(backoff(f.cfg.BackoffBase, f.cfg.BackoffMax, n), hint.after)
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return res, n, e
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return res, n, &newsner.Error{Code: e.Code, Message: e.Message + "; retry abandoned by the caller", Err: context.Cause(ctx)}
		}
	}
}

// backoff is the wait before retry n (1 = first retry): base doubled per
// retry, capped at max, minus a random part of up to half ("equal jitter"),
// so retries from many workers do not arrive together.
func backoff(base, ceiling time.Duration, n int) time.Duration {
	d := base
	for i := 1; i < n && d < ceiling; i++ {
		d *= 2
	}
	if d > ceiling {
		d = ceiling
	}
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

// RetryAfter reads a Retry-After header: delay-seconds or an HTTP date,
// either at most a day, in whole seconds (a date's wait rounded up: the
// date has no finer grain). It returns 0 if the header is absent or
// unreadable.
func RetryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	if s, err := strconv.ParseInt(h, 10, 64); err == nil {
		if s <= 0 {
			return 0
		}
		if s > int64(24*time.Hour/time.Second) {
			s = int64(24 * time.Hour / time.Second)
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		// A date far ahead read as "Retry-After 638784h22m56.715578435s
		// is over the 30s limit"; the delay form was capped already.
		// Capped before it is rounded: a date past 2318 is more than
		// time.Duration holds, Sub gives its largest, and rounding that
		// up wrapped to a wait of minus 292 years, which passed the
		// MaxRetryAfter check and was retried at once.
		d := t.Sub(now)
		if d >= 24*time.Hour {
			return 24 * time.Hour
		}
		if r := d % time.Second; r != 0 {
			d += time.Second - r
		}
		return d
	}
	return 0
}

// Causes set on an attempt's context when one of its deadlines passes.
var (
	errHeaderTimeout = errors.New("response header deadline passed")
	errBodyTimeout   = errors.New("body deadline passed")
)

// attempt makes one request to u and reads its answer, in three steps:
// admission (the guard, robots.txt, the host's limits), the request (up to
// the response headers) and the answer (status and body).
func (f *Fetcher) attempt(ctx context.Context, u *url.URL, o *Request) (hopResult, retryHint, *newsner.Error) {
	release, hint, e := f.admit(ctx, u)
	if e != nil {
		return hopResult{}, hint, e
	}
	defer release()
	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	resp, hint, e := f.request(actx, cancel, u, o)
	if e != nil {
		return hopResult{}, hint, e
	}
	defer resp.Body.Close()
	bodyTimer := time.AfterFunc(f.cfg.BodyTimeout, func() { cancel(errBodyTimeout) })
	defer bodyTimer.Stop()
	return f.answer(actx, resp, o)
}

// admit lets a request to u go ahead: the host is not refused by the
// guard, robots.txt allows the URL, and the host's concurrency and rate
// limits (slowed by robots.txt's Crawl-delay) have room. release must be
// called once the request is done.
func (f *Fetcher) admit(ctx context.Context, u *url.URL) (release func(), hint retryHint, e *newsner.Error) {
	if err := f.guard.checkHost(u.Hostname()); err != nil {
		// Refuse literal addresses and local names before robots.txt is
		// asked for, so the error names the page, not its robots.txt.
		e, hint := classify(err, ctx)
		return nil, hint, e
	}
	var crawlDelay time.Duration
	if f.robots != nil {
		var err error
		if crawlDelay, err = f.robots.check(ctx, u); err != nil {
			var rf *robotsFetchError
			if errors.As(err, &rf) {
				return nil, rf.hint, rf.e
			}
			e, hint := classify(err, ctx)
			return nil, hint, e
		}
	}
	waitStart := time.Now()
	release, err := f.hosts.acquire(ctx, strings.ToLower(u.Host), crawlDelay)
	ingest.AddQueueWait(ctx, time.Since(waitStart))
	if err != nil {
		return nil, retryHint{}, &newsner.Error{Code: newsner.ETimeout, Message: "waiting for the host's rate and concurrency limits", Err: err}
	}
	return release, retryHint{}, nil
}

// request sends the GET for u, with the request's headers, on actx and
// waits for the response headers, cancelling actx (cause errHeaderTimeout)
// if they take longer than the connect and header timeouts.
func (f *Fetcher) request(actx context.Context, cancel context.CancelCauseFunc, u *url.URL, o *Request) (*http.Response, retryHint, *newsner.Error) {
	headerTimer := time.AfterFunc(f.cfg.ConnectTimeout+f.cfg.HeaderTimeout, func() { cancel(errHeaderTimeout) })
	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		headerTimer.Stop()
		return nil, retryHint{}, &newsner.Error{Code: newsner.EInvalid, Message: "build request", Err: err}
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	// gzip only: every server has it, and brotli (which the archive reader
	// decodes) costs about twice gzip's CPU to decode in pure Go, for
	// bytes saved on a link that is not the bottleneck.
	req.Header.Set("Accept-Encoding", "gzip")
	o.setHeaders(req.Header)
	resp, err := f.client.Do(req)
	if !headerTimer.Stop() && err == nil && errors.Is(context.Cause(actx), errHeaderTimeout) {
		// The deadline passed just as the headers came in; count it.
		resp.Body.Close()
		err = context.Cause(actx)
	}
	if err != nil {
		e, hint := f.classifyAttempt(err, actx)
		return nil, hint, e
	}
	return resp, retryHint{}, nil
}

// notAccepted is the ENotHTML error, saying msg, of a response of
// mediaType that the request does not take. Plain text, which Types may
// add (a command reading pages as text), is marked newsner.AtLimit
// "Types", for the command to name the flag that reads it: a text/plain
// page was refused saying only that it is not HTML.
func notAccepted(mediaType, msg string) *newsner.Error {
	e := &newsner.Error{Code: newsner.ENotHTML, Message: msg}
	if mediaType == "text/plain" {
		e.Err = newsner.AtLimit("Types", nil)
	}
	return e
}

// answer reads a response: a redirect, a 304 to a conditional request, a
// failed status (with whether to retry, and when), or a body of an accepted
// type (HTML unless the request says otherwise) read under the size cap.
func (f *Fetcher) answer(actx context.Context, resp *http.Response, o *Request) (hopResult, retryHint, *newsner.Error) {
	res := hopResult{status: resp.StatusCode, header: resp.Header}
	switch code := resp.StatusCode; {
	case code >= 200 && code < 300:
	case code == http.StatusNotModified && o.conditional():
		drain(resp.Body)
		return res, retryHint{}, nil
	case isRedirect(code) && resp.Header.Get("Location") != "":
		res.location = resp.Header.Get("Location")
		drain(resp.Body)
		return res, retryHint{}, nil
	default:
		drain(resp.Body)
		e := newsner.Errorf(newsner.EHTTPStatus, "server answered %s", statusText(code))
		hint := retryHint{after: RetryAfter(resp.Header.Get("Retry-After"), time.Now())}
		hint.retry = code == http.StatusTooManyRequests ||
			(code >= 500 && code != http.StatusNotImplemented && code != http.StatusHTTPVersionNotSupported)
		return res, hint, e
	}
	mediaType, known := contentType(resp.Header.Get("Content-Type"))
	if known && !o.accepts(mediaType) {
		return res, retryHint{}, notAccepted(mediaType, fmt.Sprintf("content type %q is not %s", newsner.Clip(resp.Header.Get("Content-Type"), 100), o.wanted()))
	}
	body, hint, e := f.readBody(actx, resp, o.maxBody(f.cfg.MaxBodyBytes))
	if e != nil {
		return res, hint, e
	}
	if !known && len(body) > 0 {
		// An empty body (204 No Content) has no type to sniff: it is
		// the page, for the processor to call empty.
		sniffed, _ := contentType(sniffType(body))
		if !o.accepts(sniffed) {
			return res, retryHint{}, notAccepted(sniffed, fmt.Sprintf("no Content-Type and the body looks like %q", sniffed))
		}
	}
	res.body = body
	if encoding := contentEncoding(resp); encoding != "" && encoding != "identity" {
		res.header = resp.Header.Clone()
		res.header.Del("Content-Encoding")
		res.header.Del("Content-Length")
	}
	return res, retryHint{}, nil
}

// readBody reads the body, gunzipped where it is gzip, failing with
// ETooLarge past limit bytes before or after decoding.
func (f *Fetcher) readBody(actx context.Context, resp *http.Response, limit int64) ([]byte, retryHint, *newsner.Error) {
	if resp.ContentLength > limit {
		return nil, retryHint{}, &newsner.Error{Code: newsner.ETooLarge, Message: fmt.Sprintf("Content-Length %d is over the %d-byte cap", resp.ContentLength, limit), Err: newsner.AtLimit("MaxBodyBytes", nil)}
	}
	raw := &capReader{r: resp.Body, left: limit}
	var body io.Reader = raw
	switch encoding := contentEncoding(resp); encoding {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err == io.EOF && raw.ended {
			// No bytes at all: an empty page, as net/http's own gzip
			// reader takes it (the processor calls it empty).
			return nil, retryHint{}, nil
		}
		if err != nil {
			e, hint := f.classifyBody(gzipCut(err, raw), actx, limit)
			return nil, hint, e
		}
		defer zr.Close()
		body = &capReader{r: zr, left: limit}
	default:
		return nil, retryHint{}, newsner.Errorf(newsner.EUnsupported, "content encoding %q not supported", newsner.Clip(encoding, 40))
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(limit, max(resp.ContentLength, 32<<10))))
	if _, err := buf.ReadFrom(body); err != nil {
		e, hint := f.classifyBody(gzipCut(err, raw), actx, limit)
		return nil, hint, e
	}
	return buf.Bytes(), retryHint{}, nil
}

// errGzipCut marks gzip data that ended before its end where the body
// itself was read whole: the server sent a bad body (a gzip-labelled body
// of under 10 bytes, a stream cut before it was sent), a corrupt gzip body
// and no network failure, so not retried.
var errGzipCut = errors.New("gzip data cut short")

// gzipCut marks err errGzipCut where it is an early end of gzip data and
// raw, the body as sent, ended cleanly; an early end of the body itself (a
// connection closed before Content-Length) is the network's, as it was.
func gzipCut(err error, raw *capReader) error {
	if raw.ended && (errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)) {
		return fmt.Errorf("%w: %w", errGzipCut, err)
	}
	return err
}

// contentEncoding returns the response's Content-Encoding, lower-cased.
func contentEncoding(resp *http.Response) string {
	return strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
}

// errCapped is returned by capReader past its cap.
var errCapped = errors.New("body over the size cap")

// capReader reads at most left bytes of r and fails with errCapped if r has
// more: unlike io.LimitReader, running past the cap is an error, not EOF.
type capReader struct {
	r     io.Reader
	left  int64
	ended bool // r said io.EOF: its data came whole
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		// Is there more? Read one byte to find out.
		var b [1]byte
		n, err := c.r.Read(b[:])
		if n > 0 {
			return 0, errCapped
		}
		c.ended = c.ended || err == io.EOF
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	c.ended = c.ended || err == io.EOF
	return n, err
}

// drain reads and discards a little of an unwanted body so the connection
// can be reused; more than that is not worth the wait.
func drain(r io.Reader) {
	io.Copy(io.Discard, io.LimitReader(r, 64<<10))
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

func statusText(code int) string {
	if t := http.StatusText(code); t != "" {
		return fmt.Sprintf("%d %s", code, t)
	}
	return strconv.Itoa(code)
}

// sniffType is http.DetectContentType of a body served without a
// Content-Type, of its characters where a UTF-16 byte order mark starts it
// (newsner.DecodeUTF16 of its first bytes): DetectContentType names such a
// body text/plain whatever it holds, so a page saved in UTF-16 and served
// without a type was refused as not HTML (the extractor reads it by its
// mark).
func sniffType(body []byte) string {
	if u, ok := newsner.DecodeUTF16(body[:min(len(body), 1026)]); ok {
		return http.DetectContentType(u)
	}
	return http.DetectContentType(body)
}

// contentType returns the media type of a Content-Type header, lower-cased,
// and whether there was a readable one.
func contentType(h string) (string, bool) {
	if strings.TrimSpace(h) == "" {
		return "", false
	}
	mt, _, err := mime.ParseMediaType(h)
	if err != nil && !errors.Is(err, mime.ErrInvalidMediaParameter) {
		return "", false
	}
	return strings.ToLower(mt), true
}

func isHTML(mediaType string) bool {
	return mediaType == "text/html" || mediaType == "application/xhtml+xml"
}

// classifyAttempt classifies a failed round trip.
func (f *Fetcher) classifyAttempt(err error, actx context.Context) (*newsner.Error, retryHint) {
	if errors.Is(context.Cause(actx), errHeaderTimeout) {
		return &newsner.Error{Code: newsner.ETimeout, Message: fmt.Sprintf("no response headers within %v", f.cfg.ConnectTimeout+f.cfg.HeaderTimeout), Err: newsner.AtLimit("HeaderTimeout", err)}, retryHint{}
	}
	return classify(err, actx)
}

// classifyBody classifies a failure while reading the body.
func (f *Fetcher) classifyBody(err error, actx context.Context, limit int64) (*newsner.Error, retryHint) {
	switch {
	case errors.Is(err, errCapped):
		// The message says what errCapped does, with the cap: no cause
		// after it ("...cap: 1 attempt: body over the size cap").
		return &newsner.Error{Code: newsner.ETooLarge, Message: fmt.Sprintf("body over the %d-byte cap", limit), Err: newsner.AtLimit("MaxBodyBytes", nil)}, retryHint{}
	case errors.Is(context.Cause(actx), errBodyTimeout):
		return &newsner.Error{Code: newsner.ETimeout, Message: fmt.Sprintf("body not read within %v", f.cfg.BodyTimeout), Err: newsner.AtLimit("BodyTimeout", err)}, retryHint{}
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum), errors.Is(err, errGzipCut), isFlateError(err):
		return &newsner.Error{Code: newsner.EInvalid, Message: "corrupt gzip body", Err: err}, retryHint{}
	}
	e, hint := classify(err, actx)
	e.Message = "reading body: " + e.Message
	return e, hint
}
