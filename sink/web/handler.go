package web

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

//go:embed static
var static embed.FS

// ContentSecurityPolicy is sent with every response: only the page's own
// script, style and connections; no inline script, no plugins, no framing,
// no forms, images only from the page itself or data: URLs.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// HandlerConfig configures Handler.
type HandlerConfig struct {
	// AnyHost accepts requests whatever their Host header. Off, only
	// requests for localhost or a loopback address are served, so a page
	// elsewhere cannot read this one through a name that resolves to
	// 127.0.0.1 (DNS rebinding). Turn it on when serving beyond loopback.
	AnyHost bool
	// OtherHostHint, if set, follows "this page is served for localhost
	// only" in the answer to a request for another host, in brackets: how
	// the command that serves the page serves it beyond loopback (its
	// flag), which this package does not know.
	OtherHostHint string
	// Source describes where the records come from, shown on the page
	// ("Kafka newsner.articles on 127.0.0.1:9092", "stdin").
	Source string
	// Limit is the number of newest articles the overview lists. Default: 50.
	Limit int
	// TopN is the number of trending entities listed. Default: 30.
	TopN int
	// EventInterval is the least time between two change events sent to a
	// page. Default: 1s.
	EventInterval time.Duration
	// Logger receives errors serving a request. Default: slog.Default().
	Logger *slog.Logger
}

// Handler returns the page and its data endpoints over s:
//
//	GET /                     the page
//	GET /static/...           its script and style
//	GET /api/overview         state line, newest articles, trending (?window=15m|1h|24h, another a 400; &type=PERSON)
//	GET /api/article?id=...   one article, its text cut at the mentions
//	GET /api/entity?key=...   one entity key and the articles naming it (?window=)
//	GET /api/events           server-sent events: "change" when new records arrived
func Handler(s *Store, cfg HandlerConfig) http.Handler {
	if cfg.Limit <= 0 {
		cfg.Limit = 50
	}
	if cfg.TopN <= 0 {
		cfg.TopN = 30
	}
	if cfg.EventInterval <= 0 {
		cfg.EventInterval = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	h := &handler{s: s, cfg: cfg}
	assets, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(assets)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, assets, "index.html")
	})
	mux.Handle("GET /static/", http.StripPrefix("/static/", noCache(files)))
	mux.HandleFunc("GET /api/overview", h.overview)
	mux.HandleFunc("GET /api/article", h.article)
	mux.HandleFunc("GET /api/entity", h.entity)
	mux.HandleFunc("GET /api/events", h.events)
	return h.guard(mux)
}

type handler struct {
	s   *Store
	cfg HandlerConfig
}

// guard sets the security headers on every response and refuses requests
// for other hosts than loopback unless AnyHost is set.
func (h *handler) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", ContentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		if !h.cfg.AnyHost && !loopbackHost(r.Host) {
			msg := "this page is served for localhost only"
			if h.cfg.OtherHostHint != "" {
				msg += " (" + h.cfg.OtherHostHint + ")"
			}
			http.Error(w, msg, http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// loopbackHost reports whether a Host header names this machine's loopback.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func noCache(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		next.ServeHTTP(w, r)
	})
}

// overviewResponse is the overview with where the records come from.
type overviewResponse struct {
	Source string `json:"source"`
	Overview
}

func (h *handler) overview(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := h.cfg.Limit
	if n, err := strconv.Atoi(q.Get("limit")); err == nil && n > 0 && n <= 500 {
		limit = n
	}
	win, err := ParseWindow(q.Get("window"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	o := h.s.Overview(win, q.Get("type"), limit, h.cfg.TopN)
	h.json(w, overviewResponse{Source: h.cfg.Source, Overview: o})
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	v, ok, err := h.s.Article(id)
	switch {
	case err != nil:
		h.cfg.Logger.Error("web: article", "id", id, "error", err)
		http.Error(w, "the article could not be read", http.StatusInternalServerError)
	case !ok:
		http.Error(w, "no such article held (it may have left: the page holds the newest only)", http.StatusNotFound)
	default:
		h.json(w, v)
	}
}

func (h *handler) entity(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	win, err := ParseWindow(q.Get("window"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	v, ok := h.s.Entity(q.Get("key"), win, 100)
	if !ok {
		http.Error(w, "no held article names this entity", http.StatusNotFound)
		return
	}
	h.json(w, v)
}

func (h *handler) json(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v) // escapes <, > and & too
	if err != nil {
		h.cfg.Logger.Error("web: encode", "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b)
}

// events streams a "change" event whenever the store changed, at most one
// per EventInterval, and a comment every 15 seconds to keep the connection
// open through proxies. It ends when the request's context does (the
// page leaving, or the server shutting down).
func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	send := func(format string, args ...any) bool {
		if _, err := fmt.Fprintf(w, format, args...); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send("retry: 2000\n\n") {
		return
	}
	ctx := r.Context()
	keepAlive := time.NewTicker(15 * time.Second)
	defer keepAlive.Stop()
	for {
		changed := h.s.Changed()
		select {
		case <-ctx.Done():
			return
		case <-keepAlive.C:
			if !send(": keep-alive\n\n") {
				return
			}
			continue
		case <-changed:
		}
		held, _ := h.s.Len()
		if !send("event: change\ndata: {\"held\":%d}\n\n", held) {
			return
		}
		if !sleep(ctx, h.cfg.EventInterval) {
			return
		}
	}
}

// sleep waits d or until ctx is done, reporting whether it waited all of d.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
