package fetch

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/newsner/newsner"
)

// robotsServer serves robots.txt with the given status and body (status 0:
// hang until the client gives up) and an HTML page everywhere else. It
// counts robots.txt requests and page requests.
type robotsServer struct {
	*httptest.Server
	robotsHits, pageHits atomic.Int64
	status               atomic.Int64
	body                 atomic.Value
}

func newRobotsServer(t *testing.T, status int, body string) *robotsServer {
	rs := &robotsServer{}
	rs.status.Store(int64(status))
	rs.body.Store(body)
	rs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			rs.robotsHits.Add(1)
			st := int(rs.status.Load())
			if st == 0 {
				<-r.Context().Done()
				return
			}
			if st >= 300 && st < 400 {
				http.Redirect(w, r, rs.body.Load().(string), st)
				return
			}
			w.Header().Set("Content-Type", "text/plain")
			w.WriteHeader(st)
			io.WriteString(w, rs.body.Load().(string))
		case "/moved-robots.txt":
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, "User-agent: *\nDisallow: /moved-private\n")
		case "/go-private":
			http.Redirect(w, r, "/private/x", http.StatusFound)
		default:
			rs.pageHits.Add(1)
			htmlHandler(page)(w, r)
		}
	}))
	t.Cleanup(rs.Close)
	return rs
}

func robotsConfig() Config {
	c := testConfig()
	c.IgnoreRobots = false
	return c
}

func TestRobots(t *testing.T) {
	const rules = `# test rules
User-agent: otherbot
Disallow: /

User-agent: *
Disallow: /private
Allow: /private/but-this
Disallow: /*.pdf$
Disallow: /search?q=
`
	tests := []struct {
		name   string
		status int
		body   string
		agent  string
		path   string
		want   string
	}{
		{"allowed path", 200, rules, "", "/news/1", ""},
		{"disallowed path", 200, rules, "", "/private/x", newsner.ERobots},
		{"allow overrides", 200, rules, "", "/private/but-this/x", ""},
		{"wildcard", 200, rules, "", "/files/a.pdf", newsner.ERobots},
		{"query", 200, rules, "", "/search?q=x", newsner.ERobots},
		{"other query", 200, rules, "", "/search?page=2", ""},
		{"other agent's group", 200, rules, "otherbot/2.0", "/news/1", newsner.ERobots},
		{"our own group wins", 200, "User-agent: *\nDisallow: /\n\nUser-agent: newsner\nAllow: /\n", "", "/x", ""},
		{"our group disallows", 200, "User-agent: *\nAllow: /\n\nUser-agent: newsner\nDisallow: /\n", "", "/x", newsner.ERobots},
		{"disallow all", 200, "User-agent: *\nDisallow: /\n", "", "/", newsner.ERobots},
		{"empty file", 200, "", "", "/x", ""},
		{"stray lines do not void the file", 200, "Disallow: /early\nUser-agent: *\nCrawl-delay: soon\nDisallow: /private\n", "", "/private/1", newsner.ERobots},
		{"rule before any group ignored", 200, "Disallow: /early\nUser-agent: *\nDisallow: /private\n", "", "/early", ""},
		{"garbage file", 200, "\x00\xff<html>not robots</html>\n{{{", "", "/x", ""},
		{"404 allows", 404, "not found", "", "/private/x", ""},
		{"403 allows", 403, "", "", "/private/x", ""},
		{"500 disallows", 500, "", "", "/news/1", newsner.ERobots},
		{"503 disallows", 503, "", "", "/news/1", newsner.ERobots},
		{"429 disallows", 429, "", "", "/news/1", newsner.ERobots},
		{"redirect followed", 301, "/moved-robots.txt", "", "/moved-private", newsner.ERobots},
		{"redirected rules allow others", 301, "/moved-robots.txt", "", "/news", ""},
		{"redirect loop allows", 302, "/robots.txt", "", "/x", ""},
		{"hanging robots.txt", 0, "", "", "/x", newsner.ETimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rs := newRobotsServer(t, tt.status, tt.body)
			c := robotsConfig()
			c.UserAgent = tt.agent
			err := fetchClass(t, New(c), rs.URL+tt.path, tt.want, 2*time.Second)
			if tt.want != "" && rs.pageHits.Load() != 0 {
				t.Errorf("page fetched despite %v", err)
			}
		})
	}
}

func TestRobotsCached(t *testing.T) {
	rs := newRobotsServer(t, 200, "User-agent: *\nDisallow: /private\n")
	c := robotsConfig()
	c.RobotsTTL = 200 * time.Millisecond
	f := New(c)
	ctx := context.Background()

	// Many concurrent first fetches share one robots.txt request.
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Fetch(ctx, rs.URL+"/news"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if _, err := f.Fetch(ctx, rs.URL+"/private/1"); newsner.ErrorCode(err) != newsner.ERobots {
		t.Errorf("private: %v", err)
	}
	if n := rs.robotsHits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}

	// After the TTL the file is fetched again, and new rules apply.
	rs.body.Store("User-agent: *\nDisallow: /news\n")
	time.Sleep(250 * time.Millisecond)
	if _, err := f.Fetch(ctx, rs.URL+"/news"); newsner.ErrorCode(err) != newsner.ERobots {
		t.Errorf("after TTL: %v, want robots", err)
	}
	if n := rs.robotsHits.Load(); n != 2 {
		t.Errorf("robots.txt fetched %d times, want 2", n)
	}
}

// TestRobotsNetworkErrorNotCached: a robots.txt that could not be fetched
// is asked for again next time rather than remembered.
func TestRobotsNetworkErrorNotCached(t *testing.T) {
	rs := newRobotsServer(t, 0, "")
	f := New(robotsConfig())
	fetchClass(t, f, rs.URL+"/a", newsner.ETimeout, 2*time.Second)
	rs.status.Store(404)
	fetchClass(t, f, rs.URL+"/a", "", time.Second)
	if n := rs.robotsHits.Load(); n != 2 {
		t.Errorf("robots.txt fetched %d times, want 2", n)
	}
}

func TestRobotsRedirectTarget(t *testing.T) {
	rs := newRobotsServer(t, 200, "User-agent: *\nDisallow: /private\n")
	err := fetchClass(t, New(robotsConfig()), rs.URL+"/go-private", newsner.ERobots, time.Second)
	if !strings.Contains(err.Error(), "/private/x") {
		t.Errorf("error %q should name the disallowed path", err)
	}
}

func TestRobotsIgnored(t *testing.T) {
	rs := newRobotsServer(t, 200, "User-agent: *\nDisallow: /\n")
	c := robotsConfig()
	c.IgnoreRobots = true
	fetchClass(t, New(c), rs.URL+"/x", "", time.Second)
	if n := rs.robotsHits.Load(); n != 0 {
		t.Errorf("robots.txt fetched %d times with IgnoreRobots", n)
	}
}

func TestRobotsUserAgentSent(t *testing.T) {
	var ua atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			ua.Store(r.Header.Get("User-Agent"))
			http.NotFound(w, r)
			return
		}
		htmlHandler(page)(w, r)
	}))
	defer srv.Close()
	c := robotsConfig()
	c.UserAgent = "examplebot/3 (+https://example.com/bot)"
	fetchClass(t, New(c), srv.URL+"/x", "", time.Second)
	if got := ua.Load(); got != c.UserAgent {
		t.Errorf("robots.txt User-Agent %q, want %q", got, c.UserAgent)
	}
}

func TestProductToken(t *testing.T) {
	for ua, want := range map[string]string{
		"":                        "*",
		DefaultUserAgent:          "newsner",
		"MyBot":                   "mybot",
		"MyBot/2.1 (+https://x)":  "mybot",
		"  spaced/1 more words  ": "spaced",
	} {
		if got := productToken(ua); got != want {
			t.Errorf("productToken(%q) = %q, want %q", ua, got, want)
		}
	}
}

func TestRobotsCrawlDelay(t *testing.T) {
	rs := newRobotsServer(t, 200, "User-agent: slowbot\nCrawl-delay: 5\n\nUser-agent: *\nCrawl-delay: 0.1\nDisallow: /private\n")
	f := New(robotsConfig()) // PerHostRate is unlimited here
	start := time.Now()
	for i := 0; i < 4; i++ {
		if _, err := f.Fetch(context.Background(), rs.URL+"/news"); err != nil {
			t.Fatal(err)
		}
	}
	if el := time.Since(start); el < 290*time.Millisecond || el > 2*time.Second {
		t.Errorf("4 fetches with Crawl-delay 0.1s took %v, want about 300ms", el)
	}
}

func TestDropBadRobotsLines(t *testing.T) {
	in := "Disallow: /a\nSitemap: https://x/s.xml\nUser-agent: *  # all\nCrawl-delay: x\nCrawl-delay: -1\nCrawl-delay: 2.5\nDisallow: /b\n"
	want := "Sitemap: https://x/s.xml\nUser-agent: *  # all\nCrawl-delay: 2.5\nDisallow: /b\n"
	if got := string(dropBadRobotsLines([]byte(in))); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRobotsCrawlDelayPastRange: a Crawl-delay of more seconds than a
// time.Duration holds is the cap, as any delay over it is; the parser's
// conversion overflowed it to a negative delay, and the site that asked
// for the longest wait got none.
func TestRobotsCrawlDelayPastRange(t *testing.T) {
	for _, v := range []string{"1e12", "9223372037", "1e308"} {
		data, err := robotstxt.FromBytes(dropBadRobotsLines([]byte("User-agent: *\nCrawl-delay: " + v + "\n")))
		if err != nil {
			t.Fatal(err)
		}
		if d := (&robotsEntry{data: data}).crawlDelay("newsner"); d != maxCrawlDelay {
			t.Errorf("Crawl-delay: %s: %v, want the cap %v", v, d, maxCrawlDelay)
		}
	}
}
