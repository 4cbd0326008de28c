package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsner/newsner"
	"github.com/temoto/robotstxt"
)

// robots.txt support (RFC 9309): each site's file is fetched once, cached
// for a while, and consulted before every request to the site.
//
//   - 2xx: the rules apply to the User-Agent's product token ("newsner").
//   - 4xx (other than 429), and more redirects than robotsMaxRedirects: no
//     usable file, everything is allowed.
//   - 5xx and 429: the site is unreachable for crawlers; everything is
//     disallowed, cached for a short time only (robotsErrorTTL).
//   - Network errors and timeouts: not cached; the page fetch fails with the
//     error's own class (and may be retried like any connection error).
//   - Crawl-delay (non-standard, but common) slows the site's request rate
//     to one per delay, up to maxCrawlDelay.

const (
	robotsMaxBytes     = 512 << 10 // RFC 9309: parse at least 500 KiB; the rest is ignored
	robotsMaxRedirects = 5         // RFC 9309: follow at least five
	robotsErrorTTL     = time.Minute
	robotsMaxEntries   = 10000
	// maxCrawlDelay caps the Crawl-delay honoured: a non-standard line
	// that, taken at its word, could stall workers for hours.
	maxCrawlDelay = 10 * time.Second
)

// robotsCache fetches, caches and applies robots.txt files. Concurrent
// callers for one site share a single fetch.
type robotsCache struct {
	client *http.Client // does the fetching; guarded like every request
	agent  string       // User-Agent header
	token  string       // product token matched against User-agent lines
	ttl    time.Duration
	// timeout bounds one robots.txt fetch.
	timeout time.Duration

	mu      sync.Mutex
	entries map[string]*robotsEntry
}

type robotsEntry struct {
	ready   chan struct{} // closed when the fields below are set
	data    *robotstxt.RobotsData
	status  int   // HTTP status of the robots.txt answer
	err     error // fetch failure; such entries are not kept
	expires time.Time
}

func newRobotsCache(client *http.Client, agent string, ttl, timeout time.Duration) *robotsCache {
	return &robotsCache{
		client:  client,
		agent:   agent,
		token:   productToken(agent),
		ttl:     ttl,
		timeout: timeout,
		entries: make(map[string]*robotsEntry),
	}
}

// productToken is the name a crawler goes by in robots.txt: the User-Agent's
// first word without its version ("newsner/1.0 (+url)" -> "newsner").
func productToken(ua string) string {
	f := strings.Fields(ua)
	if len(f) == 0 {
		return "*"
	}
	tok, _, _ := strings.Cut(f[0], "/")
	return strings.ToLower(tok)
}

// check returns nil if robots.txt lets the crawler fetch u, an ERobots
// error if it does not, or the error that kept robots.txt from being read.
// The Crawl-delay for the crawler, if any, comes with it.
func (c *robotsCache) check(ctx context.Context, u *url.URL) (time.Duration, error) {
	e, err := c.entry(ctx, u)
	if err != nil {
		return 0, err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if path == "/robots.txt" || e.data.TestAgent(path, c.token) {
		return e.crawlDelay(c.token), nil
	}
	if e.status >= 500 || e.status == http.StatusTooManyRequests {
		return 0, newsner.Errorf(newsner.ERobots, "robots.txt of %s answered %d; crawling the site is disallowed until it answers", u.Host, e.status)
	}
	return 0, newsner.Errorf(newsner.ERobots, "robots.txt of %s disallows %s for %q", u.Host, newsner.Clip(path, 200), c.token)
}

// entry returns the cached robots.txt of u's site, fetching it if needed.
func (c *robotsCache) entry(ctx context.Context, u *url.URL) (*robotsEntry, error) {
	key := u.Scheme + "://" + u.Host
	for {
		c.mu.Lock()
		e, ok := c.entries[key]
		if ok {
			select {
			case <-e.ready:
				if time.Now().After(e.expires) {
					delete(c.entries, key)
					ok = false
				}
			default:
			}
		}
		if !ok {
			e = &robotsEntry{ready: make(chan struct{})}
			c.evictLocked()
			c.entries[key] = e
			c.mu.Unlock()
			c.fill(ctx, e, key)
			if e.err != nil {
				c.mu.Lock()
				if c.entries[key] == e {
					delete(c.entries, key)
				}
				c.mu.Unlock()
				return nil, e.err
			}
			return e, nil
		}
		c.mu.Unlock()
		select {
		case <-e.ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if e.err == nil {
			return e, nil
		}
		// The fetch this caller waited for failed (perhaps only because its
		// own caller gave up); try again as the fetcher.
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
}

// evictLocked keeps the cache bounded: expired entries go first, then
// arbitrary ones. c.mu must be held.
func (c *robotsCache) evictLocked() {
	if len(c.entries) < robotsMaxEntries {
		return
	}
	now := time.Now()
	for k, e := range c.entries {
		select {
		case <-e.ready:
			if now.After(e.expires) {
				delete(c.entries, k)
			}
		default:
		}
	}
	for k, e := range c.entries {
		if len(c.entries) < robotsMaxEntries {
			break
		}
		select {
		case <-e.ready:
			delete(c.entries, k)
		default:
		}
	}
}

// fill fetches site's robots.txt into e and closes e.ready.
func (c *robotsCache) fill(ctx context.Context, e *robotsEntry, site string) {
	defer close(e.ready)
	status, body, err := c.fetch(ctx, site+"/robots.txt")
	if err != nil {
		e.err = err
		return
	}
	e.status = status
	e.expires = time.Now().Add(c.ttl)
	switch {
	case status == http.StatusTooManyRequests || status >= 500:
		e.data, _ = robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
		e.expires = time.Now().Add(min(c.ttl, robotsErrorTTL))
	case status >= 200 && status < 300:
		data, err := robotstxt.FromBytes(dropBadRobotsLines(body))
		if err != nil {
			// A file the parser still rejects is treated as no file.
			data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		}
		e.data = data
	default:
		// 4xx, or redirects beyond the limit: no rules.
		e.data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
}

// dropBadRobotsLines removes the lines RFC 9309 says to ignore but the
// parser rejects the whole file for: rules before any User-agent line, and
// Crawl-delay values that are not non-negative numbers. Without this, one
// stray line would throw away every rule in the file.
func dropBadRobotsLines(body []byte) []byte {
	var out []byte
	seenAgent := false
	for _, line := range bytes.SplitAfter(body, []byte("\n")) {
		content, _, _ := bytes.Cut(line, []byte("#"))
		key, val, ok := bytes.Cut(content, []byte(":"))
		if ok {
			k := strings.ToLower(strings.TrimSpace(string(key)))
			v := strings.TrimSpace(string(val))
			switch k {
			case "user-agent", "useragent", "user agent":
				seenAgent = true
			case "allow", "disallow":
				if !seenAgent {
					continue
				}
			case "crawl-delay", "crawldelay":
				d, err := strconv.ParseFloat(v, 64)
				if !seenAgent || err != nil || d < 0 || math.IsInf(d, 0) || math.IsNaN(d) {
					continue
				}
			}
		}
		out = append(out, line...)
	}
	return out
}

// crawlDelay is the Crawl-delay robots.txt gives the crawler, at most
// maxCrawlDelay (a site asking for more gets that much).
func (e *robotsEntry) crawlDelay(token string) time.Duration {
	if e.data == nil {
		return 0
	}
	d := e.data.FindGroup(token).CrawlDelay
	if d < 0 {
		// Seconds past time.Duration's range ("Crawl-delay: 1e12"): the
		// parser's conversion overflowed to a negative delay, and the
		// site that asked for the longest wait got none.
		return maxCrawlDelay
	}
	return min(d, maxCrawlDelay)
}

var errRobotsTimeout = errors.New("robots.txt fetch timed out")

// fetch GETs a robots.txt URL, following up to robotsMaxRedirects redirects.
func (c *robotsCache) fetch(ctx context.Context, rawURL string) (int, []byte, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, c.timeout, errRobotsTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return 0, nil, &newsner.Error{Code: newsner.EInvalid, Message: "robots.txt request for " + rawURL, Err: err}
	}
	req.Header.Set("User-Agent", c.agent)
	req.Header.Set("Accept", "text/plain,*/*;q=0.5")
	resp, err := c.client.Do(req)
	if err == nil {
		defer resp.Body.Close()
		var body []byte
		body, err = io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
		if err == nil {
			return resp.StatusCode, body, nil
		}
	}
	if errors.Is(context.Cause(ctx), errRobotsTimeout) && ctx.Err() != nil {
		return 0, nil, &robotsFetchError{e: &newsner.Error{Code: newsner.ETimeout, Message: fmt.Sprintf("robots.txt %s not fetched within %v", rawURL, c.timeout), Err: err}}
	}
	f, hint := classify(err, ctx)
	if unreachable(err) {
		// The host cannot be reached at all (a closed port, an unknown
		// name, a refused address): the page could not be fetched either,
		// and that is the error, not robots.txt.
	} else {
		f.Message = "robots.txt " + rawURL + ": " + f.Message
	}
	return 0, nil, &robotsFetchError{e: f, hint: hint}
}

// robotsFetchError is a failed robots.txt fetch, with whether the page
// request that needed it may be retried.
type robotsFetchError struct {
	e    *newsner.Error
	hint retryHint
}

func (r *robotsFetchError) Error() string { return r.e.Error() }
func (r *robotsFetchError) Unwrap() error { return r.e }

// robotsRedirectPolicy is the robots client's CheckRedirect: up to
// robotsMaxRedirects hops to http(s) URLs, then the last answer counts (a
// 3xx status, which means "no rules").
func robotsRedirectPolicy(req *http.Request, via []*http.Request) error {
	if len(via) > robotsMaxRedirects {
		return http.ErrUseLastResponse
	}
	u, err := ValidateURL(req.URL.String())
	if err != nil {
		return http.ErrUseLastResponse
	}
	req.URL = u // numeric hosts in dotted-quad form, for the guard
	return nil
}
