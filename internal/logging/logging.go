// Package logging holds the log/slog handler wrapper every command's logger
// goes through: warnings that repeat are said once, then counted ("kafka
// write failed; retrying (x162 in 23s)"), so an outage does not bury the
// log under identical lines.
package logging

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
)

// DefaultEvery is the interval RateLimit is used with: a warning repeated
// within it is counted, not written.
const DefaultEvery = 10 * time.Second

// volatile are the attributes that may differ between repeats of one
// warning: the error text, an attempt number, a count (of messages, of
// URLs: "urls", where "url" names one), a wait, a line number in one input
// (serve's skipped lines of a file that holds no records: "input" names
// the file). Every other attribute
// tells one warning's subject from another's (the url, source, topic,
// file, ...): two dead letters of different URLs, or two failing feeds,
// are not repeats.
var volatile = map[string]bool{"error": true, "err": true, "attempt": true, "attempts": true, "messages": true,
	"urls": true, "retry_in": true, "next_poll_in": true, "failures": true, "repeated": true, "elapsed": true, "took": true, "line": true}

// RateLimit returns a handler that passes records to h, except that a
// warning (or error) repeated within every of the last one written is
// counted instead: the first is written, the repeats are not, and the next
// one after the interval is written with the count and the time they took,
// as "MESSAGE (x162 in 23s)" with a "repeated" attribute. A repeat is a
// record of the same level and message whose attributes differ only in
// volatile ones (error, attempt, a count or a wait). Counts still pending
// when any later record is handled are written then, as
// "MESSAGE (x5 more in 8s)". Records below warn level pass through.
func RateLimit(h slog.Handler, every time.Duration) slog.Handler {
	return &handler{h: h, every: every, st: &state{seen: map[string]*entry{}}, now: time.Now}
}

type handler struct {
	h      slog.Handler
	every  time.Duration
	st     *state
	prefix string // the identity attributes given through WithAttrs
	now    func() time.Time
}

type state struct {
	mu    sync.Mutex
	seen  map[string]*entry
	swept time.Time // when due last looked through seen
}

// entry is what is known of one kind of warning.
type entry struct {
	h       slog.Handler // the handler its records go to
	last    slog.Record  // the last repeat not written
	written time.Time    // when one was last written
	n       int          // repeats not written since
}

func (r *handler) Enabled(ctx context.Context, l slog.Level) bool { return r.h.Enabled(ctx, l) }

func (r *handler) WithAttrs(as []slog.Attr) slog.Handler {
	c := *r
	c.h = r.h.WithAttrs(as)
	c.prefix += identityOf(as)
	return &c
}

func (r *handler) WithGroup(name string) slog.Handler {
	c := *r
	c.h = r.h.WithGroup(name)
	c.prefix += "{" + name + "}"
	return &c
}

func (r *handler) Handle(ctx context.Context, rec slog.Record) error {
	now := r.now()
	pending := r.due(now)
	for _, p := range pending {
		p.h.Handle(ctx, p.rec)
	}
	if rec.Level < slog.LevelWarn {
		return r.h.Handle(ctx, rec)
	}
	var as []slog.Attr
	rec.Attrs(func(a slog.Attr) bool { as = append(as, a); return true })
	key := fmt.Sprintf("%d\x00%s\x00%s%s", rec.Level, rec.Message, r.prefix, identityOf(as))

	r.st.mu.Lock()
	e := r.st.seen[key]
	switch {
	case e == nil:
		r.st.seen[key] = &entry{h: r.h, written: now}
	case now.Sub(e.written) < r.every:
		e.n++
		e.last = rec.Clone()
		r.st.mu.Unlock()
		return nil
	case e.n > 0:
		rec = counted(rec, e.n+1, now.Sub(e.written), "")
		e.n, e.written, e.last = 0, now, slog.Record{}
	default:
		e.written = now
	}
	r.st.mu.Unlock()
	return r.h.Handle(ctx, rec)
}

type pendingRecord struct {
	h   slog.Handler
	rec slog.Record
}

// due takes the counts whose interval has passed with repeats unwritten,
// as records to write, and forgets warnings quiet for a while.
func (r *handler) due(now time.Time) []pendingRecord {
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	// At most once a second: one warning per URL (dead letters) can make
	// many entries, and a log line must not cost a walk of them all.
	if now.Sub(r.st.swept) < time.Second {
		return nil
	}
	r.st.swept = now
	var out []pendingRecord
	for k, e := range r.st.seen {
		age := now.Sub(e.written)
		switch {
		case e.n > 0 && age >= r.every:
			out = append(out, pendingRecord{e.h, counted(e.last, e.n, age, " more")})
			e.n, e.written, e.last = 0, now, slog.Record{}
		case e.n == 0 && age >= 10*r.every:
			delete(r.st.seen, k)
		}
	}
	return out
}

// counted is rec saying it stands for n records over d.
func counted(rec slog.Record, n int, d time.Duration, more string) slog.Record {
	c := slog.NewRecord(rec.Time, rec.Level, fmt.Sprintf("%s (x%d%s in %s)", rec.Message, n, more, d.Round(time.Second)), rec.PC)
	rec.Attrs(func(a slog.Attr) bool { c.AddAttrs(a); return true })
	c.AddAttrs(slog.Int("repeated", n))
	return c
}

// identityOf renders the attributes among as that are not volatile.
func identityOf(as []slog.Attr) string {
	var b strings.Builder
	for _, a := range as {
		if !volatile[a.Key] {
			fmt.Fprintf(&b, "\x00%s=%s", a.Key, a.Value.String())
		}
	}
	return b.String()
}
