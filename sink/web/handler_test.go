package web

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

func get(t *testing.T, url string, host string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestHandlerHeadersAndHosts(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	a, ents := hostileArticle(t0)
	if err := s.Add(encode(t, a, ents...), t0); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(s, HandlerConfig{}))
	defer srv.Close()
	for _, path := range []string{"/", "/static/app.js", "/static/style.css", "/api/overview", "/api/article?id=hostile", "/api/article?id=none", "/nothing"} {
		resp, body := get(t, srv.URL+path, "")
		if csp := resp.Header.Get("Content-Security-Policy"); csp != ContentSecurityPolicy {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", path)
		}
		if strings.HasPrefix(path, "/api/") && resp.StatusCode == 200 {
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("%s: content type %q", path, ct)
			}
			if strings.Contains(body, "<script") || strings.Contains(body, "<img") {
				t.Errorf("%s: markup from a record is not escaped in the JSON", path)
			}
		}
	}
	if !strings.Contains(ContentSecurityPolicy, "script-src 'self'") || strings.Contains(ContentSecurityPolicy, "unsafe-inline") {
		t.Errorf("CSP %q must allow only the page's own script", ContentSecurityPolicy)
	}
	_, page := get(t, srv.URL+"/", "")
	if regexp.MustCompile(`<script>|<script [^>]*>[^<]|\son[a-z]+=|javascript:`).MatchString(page) {
		t.Error("the page has inline script")
	}
	for host, want := range map[string]int{"localhost:8080": 200, "127.0.0.1": 200, "[::1]:80": 200, "evil.example": 421, "127.0.0.1.evil.example": 421} {
		if resp, _ := get(t, srv.URL+"/api/overview", host); resp.StatusCode != want {
			t.Errorf("Host %s: status %d, want %d", host, resp.StatusCode, want)
		}
	}
	// The package names no command's flag; the command's hint follows.
	if _, body := get(t, srv.URL+"/", "evil.example"); strings.TrimSpace(body) != "this page is served for localhost only" {
		t.Errorf("another host: %q; want no hint where none is set", body)
	}
	hinted := httptest.NewServer(Handler(s, HandlerConfig{OtherHostHint: "serve it with --x"}))
	defer hinted.Close()
	if _, body := get(t, hinted.URL+"/", "evil.example"); strings.TrimSpace(body) != "this page is served for localhost only (serve it with --x)" {
		t.Errorf("another host, a hint set: %q", body)
	}
	open := httptest.NewServer(Handler(s, HandlerConfig{AnyHost: true}))
	defer open.Close()
	if resp, _ := get(t, open.URL+"/api/overview", "news.example"); resp.StatusCode != 200 {
		t.Errorf("AnyHost: status %d", resp.StatusCode)
	}
	if resp, _ := get(t, srv.URL+"/api/entity?key=nobody", ""); resp.StatusCode != 404 {
		t.Errorf("unknown entity: status %d", resp.StatusCode)
	}
}

func TestHandlerOverviewAndArticle(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	add(t, s, "emoji", "Macron in Genève", t0, emojiText, emojiEnts...)
	srv := httptest.NewServer(Handler(s, HandlerConfig{Source: "test"}))
	defer srv.Close()
	_, body := get(t, srv.URL+"/api/overview?window=15m&type=PERSON", "")
	var o overviewResponse
	if err := json.Unmarshal([]byte(body), &o); err != nil {
		t.Fatal(err)
	}
	if o.Source != "test" || len(o.Articles) != 1 || o.Trending.Window != "15m" || o.Trending.Type != "PERSON" || len(o.Trending.Entities) != 2 {
		t.Errorf("overview %+v", o)
	}
	_, body = get(t, srv.URL+"/api/article?id=emoji", "")
	var v ArticleView
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	if v.Title != "Macron in Genève" || len(v.Entities) != 4 || v.Entities[0].Key != "Q3052772" || v.Entities[0].Count != 2 {
		t.Errorf("article %+v", v)
	}
	_, body = get(t, srv.URL+"/api/entity?key=Q3052772", "")
	var e EntityView
	if err := json.Unmarshal([]byte(body), &e); err != nil {
		t.Fatal(err)
	}
	if e.Name != "Emmanuel Macron" || e.Type != newsner.Person || len(e.Articles) != 1 || e.Mentions != 2 {
		t.Errorf("entity %+v", e)
	}
}

// TestHandlerRefusesUnknownWindow: a ?window= no window has is a 400
// naming the windows there are, for the overview and an entity alike; it
// was served silently as the default hour. No window asked for is the
// default still.
func TestHandlerRefusesUnknownWindow(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	add(t, s, "emoji", "Macron in Genève", t0, emojiText, emojiEnts...)
	srv := httptest.NewServer(Handler(s, HandlerConfig{}))
	defer srv.Close()
	for _, path := range []string{"/api/overview?window=99y", "/api/entity?key=Q3052772&window=1d"} {
		resp, body := get(t, srv.URL+path, "")
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "want 1h, 15m or 24h") {
			t.Errorf("%s: status %d, body %q; want 400 naming 1h, 15m and 24h", path, resp.StatusCode, body)
		}
	}
	for _, path := range []string{"/api/overview", "/api/overview?window=24h", "/api/entity?key=Q3052772"} {
		if resp, body := get(t, srv.URL+path, ""); resp.StatusCode != 200 {
			t.Errorf("%s: status %d, body %q; want 200", path, resp.StatusCode, body)
		}
	}
}

func TestHandlerEventsOnChange(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	srv := httptest.NewServer(Handler(s, HandlerConfig{EventInterval: 10 * time.Millisecond}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/api/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	lines := bufio.NewScanner(resp.Body)
	if !lines.Scan() || lines.Text() != "retry: 2000" {
		t.Fatalf("first line %q", lines.Text())
	}
	go func() {
		time.Sleep(50 * time.Millisecond)
		add(t, s, "new", "new", t0, "Text.")
	}()
	for lines.Scan() {
		if lines.Text() == "event: change" {
			lines.Scan()
			if lines.Text() != `data: {"held":1}` {
				t.Errorf("data %q", lines.Text())
			}
			return
		}
	}
	t.Fatalf("no change event: %v", lines.Err())
}
