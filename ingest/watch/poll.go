package watch

// A poll of a feed or a sitemap: fetch (conditionally), parse, follow a
// sitemap index, and emit the entries not seen before.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/newsner/newsner"
)

// pollResult is what a poll says about the schedule.
type pollResult struct {
	notModified bool
	// fresh is how long the source said its answer stays fresh.
	fresh time.Duration
	// retryAfter is the Retry-After of a failed answer.
	retryAfter time.Duration
	// kind is what the document polled was read as (unknown if it was
	// not read: 304, an error).
	kind docKind
}

// validators returns a copy of the unit's validators.
func (w *Watcher) validators(x *unit) map[string]validator {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make(map[string]validator, len(x.validators))
	for k, v := range x.validators {
		out[k] = v
	}
	return out
}

// fetchAccept is the Accept header for feeds and sitemaps.
const fetchAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

// pollDoc polls a feed or a sitemap (with the sitemaps of an index).
func (w *Watcher) pollDoc(ctx context.Context, x *unit) (pollResult, error) {
	old := w.validators(x)
	kept := map[string]validator{}
	p := docPoll{w: w, ctx: ctx, old: old, kept: kept, visited: map[string]bool{}}
	res, entries, err := p.fetch(x.url, 0)
	if err == nil && res.notModified {
		return res, nil
	}
	// Entries found before a failure (a loop deep in an index) are still
	// emitted; the validators are kept only if all went through, so that a
	// failed poll is done again in full.
	if len(entries) > 0 {
		if eerr := w.emit(ctx, x.url, entries); eerr != nil {
			return res, eerr
		}
	}
	if err != nil {
		return res, err
	}
	w.mu.Lock()
	x.validators = kept
	w.mu.Unlock()
	res.notModified = false
	return res, nil
}

// docPoll is one poll of a document and the sitemaps it leads to.
type docPoll struct {
	w         *Watcher
	ctx       context.Context
	old, kept map[string]validator
	visited   map[string]bool
	fetched   int
}

// sourced is an entry with the document it came from.
type sourced struct {
	Entry
	base   *url.URL
	source string
}

// fetch fetches and parses u (depth: how many indexes led to it), and
// returns the entries found, following an index's sitemaps.
func (p *docPoll) fetch(u string, depth int) (pollResult, []sourced, error) {
	var res pollResult
	p.visited[u] = true
	v := p.old[u]
	resp, err := p.w.cfg.Fetcher.Fetch(p.ctx, Request{URL: u, ETag: v.etag, LastModified: v.lastModified, Accept: fetchAccept})
	now := time.Now()
	if err != nil {
		res.retryAfter = resp.RetryAfter
		return res, nil, err
	}
	res.fresh = freshFor(resp.Header, now)
	nv := validator{etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}
	if resp.Status == http.StatusNotModified {
		res.notModified = true
		p.kept[u] = v
		return res, nil, nil
	}
	doc, err := Parse(resp.Body, p.w.cfg.Limits)
	if err != nil {
		return res, nil, newsner.Wrap(err, fmt.Sprintf("%s (%s)", newsner.Clip(u, 300), describeBody(resp)))
	}
	res.fresh = max(res.fresh, doc.TTL)
	res.kind = kindFeed
	if doc.Kind == "urlset" || doc.Kind == "sitemapindex" {
		res.kind = kindSitemap
	}
	if nv != (validator{}) {
		p.kept[u] = nv
	}
	base, _ := url.Parse(resp.URL)
	if base == nil {
		base, _ = url.Parse(u)
	}
	var out []sourced
	for _, e := range doc.Entries {
		out = append(out, sourced{Entry: e, base: base, source: u})
	}
	if doc.Kind != "sitemapindex" {
		return res, out, nil
	}
	if depth+1 > p.w.cfg.MaxDepth {
		return res, out, &newsner.Error{Code: newsner.EInvalid, Message: fmt.Sprintf("sitemap indexes nested more than %d deep at %s", p.w.cfg.MaxDepth, newsner.Clip(u, 300)),
			Err: newsner.AtLimit("MaxDepth", nil)}
	}
	children := p.w.pickSitemaps(doc.Children, base)
	var errs []error
	for _, c := range children {
		if p.visited[c] {
			errs = append(errs, newsner.Errorf(newsner.EInvalid, "sitemap index loop: %s lists %s, already read in this poll", newsner.Clip(u, 300), newsner.Clip(c, 300)))
			continue
		}
		if p.fetched >= p.w.cfg.MaxSitemaps {
			errs = append(errs, &newsner.Error{Code: newsner.ETooLarge, Message: fmt.Sprintf("more than %d sitemaps in one poll of %s", p.w.cfg.MaxSitemaps, newsner.Clip(u, 300)), Err: newsner.AtLimit("MaxSitemaps", nil)})
			break
		}
		p.fetched++
		cres, centries, cerr := p.fetch(c, depth+1)
		out = append(out, centries...)
		if cerr != nil {
			if p.ctx.Err() != nil {
				return res, out, cerr
			}
			if newsner.ErrorCode(cerr) == newsner.EInvalid || newsner.ErrorCode(cerr) == newsner.ETooLarge {
				errs = append(errs, cerr)
			} else {
				// One sitemap failing to answer is that sitemap's
				// problem; the others are read.
				p.w.cfg.Logger.Warn("watch: sitemap of an index failed", "index", u, "sitemap", c, "class", newsner.ErrorCode(cerr), "error", p.w.explain(cerr))
			}
			continue
		}
		res.retryAfter = max(res.retryAfter, cres.retryAfter)
	}
	return res, out, errors.Join(errs...)
}

// describeBody names what a response held, for errors.
func describeBody(r Response) string {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		ct = "no Content-Type"
	}
	return fmt.Sprintf("%d bytes, %s", len(r.Body), newsner.Clip(ct, 80))
}

// pickSitemaps returns the absolute URLs of an index's sitemaps worth
// reading: those not older than MaxAge, newest first.
func (w *Watcher) pickSitemaps(children []Child, base *url.URL) []string {
	cutoff := w.cutoff()
	cs := slices.Clone(children)
	slices.SortStableFunc(cs, func(a, b Child) int {
		switch {
		case a.LastMod == nil && b.LastMod == nil:
			return 0
		case a.LastMod == nil:
			return 1
		case b.LastMod == nil:
			return -1
		}
		return b.LastMod.Compare(*a.LastMod)
	})
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !cutoff.IsZero() && c.LastMod != nil && c.LastMod.Before(cutoff) {
			continue
		}
		n, err := Normalize(c.URL, base)
		if err != nil || seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	return out
}

// cutoff is the oldest publication time taken; zero for no limit.
func (w *Watcher) cutoff() time.Time {
	if w.cfg.MaxAge < 0 {
		return time.Time{}
	}
	return time.Now().Add(-w.cfg.MaxAge)
}

// emit normalises the entries, drops the old, the invalid and the seen,
// and hands the rest to the Output, then to the Store (with the seen URLs
// whose record is due to be renewed).
func (w *Watcher) emit(ctx context.Context, source string, entries []sourced) error {
	recs, old, invalid := w.records(entries)
	fresh, refresh, at := w.cfg.Seen.claim(recs)
	m := w.cfg.Metrics
	m.counted("old", old)
	m.counted("invalid", invalid)
	m.counted("duplicate", len(recs)-len(fresh))
	if len(fresh) > 0 {
		if err := w.cfg.Output.Emit(ctx, fresh); err != nil {
			w.cfg.Seen.forget(fresh)
			return &newsner.Error{Code: newsner.EInternal, Message: fmt.Sprintf("emit %d new URLs of %s", len(fresh), newsner.Clip(source, 300)), Err: err}
		}
		m.counted("new", len(fresh))
	}
	if w.cfg.Store == nil {
		return nil
	}
	if keep := slices.Concat(fresh, refresh); len(keep) > 0 {
		if err := w.cfg.Store.Add(ctx, keep, at); err != nil {
			// Emitted but maybe not recorded: after a restart these may
			// be emitted again (consumers drop duplicates by URL). The
			// failure is the store's (a full disk, the brokers down), not
			// the source's: the source goes in the error text, which the
			// logger lets differ between repeats, so that a store down
			// under many sources is one warning, then counted.
			w.cfg.Logger.Warn("watch: recording seen URLs failed", "urls", len(keep),
				"error", fmt.Errorf("record the URLs of %s: %w", newsner.Clip(source, 300), err))
		}
	}
	return nil
}

// records turns entries into URL records: normalised, deduplicated within
// the batch (a URL listed twice keeps the first entry's title and date, or
// the other's where the first has none), the old and invalid counted and
// dropped.
func (w *Watcher) records(entries []sourced) (recs []newsner.URLRecord, old, invalid int) {
	cutoff := w.cutoff()
	batch := make(map[string]int, len(entries))
	recs = make([]newsner.URLRecord, 0, len(entries))
	for _, e := range entries {
		if e.Link == "" {
			invalid++
			continue
		}
		n, err := Normalize(e.Link, e.base)
		if err != nil {
			invalid++
			continue
		}
		if !cutoff.IsZero() && e.Published != nil && e.Published.Before(cutoff) {
			old++
			continue
		}
		var pub *time.Time
		if e.Published != nil {
			if t, ok := newsner.RecordTime(*e.Published); ok {
				pub = &t
			}
		}
		if i, ok := batch[n]; ok {
			// Listed twice (an index's two sitemaps): the first entry
			// stays, what it lacks taken from this one.
			if recs[i].Title == "" {
				recs[i].Title = e.Title
			}
			if recs[i].PublishedAt == nil {
				recs[i].PublishedAt = pub
			}
			continue
		}
		batch[n] = len(recs)
		recs = append(recs, newsner.URLRecord{Schema: newsner.URLSchema, URL: n, Hints: newsner.Hints{Title: e.Title, PublishedAt: pub, Source: e.source}})
	}
	return recs, old, invalid
}
