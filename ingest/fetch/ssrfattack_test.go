package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsner/newsner"
)

// The attacks of helper sec2 (session 35) on the SSRF guard that no other
// test tries: spellings of loopback a browser or IDNA normalises, a
// redirect to an internal address after many hops, by every redirect
// status and by a protocol-relative Location, and a proxy named in the
// environment. Every server listens on loopback; only 127.0.0.2 is let
// through (the test hook, which no input can set).

// TestFetchRefusesLoopbackSpellings: spellings that become 127.0.0.1 or
// localhost only once normalised (IDNA maps ideographic full stops and
// fullwidth digits, a trailing dot ends a name, each part of an IPv4 host
// may be hex) are refused before the server is reached.
func TestFetchRefusesLoopbackSpellings(t *testing.T) {
	port, hits := internalTarget(t, "<p>internal</p>")
	f := New(guardOnConfig())
	defer f.Close()
	for _, host := range []string{
		"127\u30020\u30020\u30021",                // ideographic full stops
		"127\uff0e0\uff0e0\uff0e1",                // fullwidth full stops
		"\uff11\uff12\uff17.\uff10.\uff10.\uff11", // fullwidth digits
		"127.0.0.1.", "0x7f.1", "0x7f.1.", "0x7f.0x0.0x0.0x1", "0X7F.0.0.1", "00000000177.1", "127.0x000000000001",
		"localhost\u3002", "\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3", // ⓛⓞⓒⓐⓛⓗⓞⓢⓣ
		"NEWS.TEST.", "app.LOCALHOST.",
	} {
		u := "http://" + host + ":" + port + "/"
		if _, err := f.Fetch(context.Background(), u); newsner.ErrorCode(err) != newsner.EBlockedAddress {
			t.Errorf("Fetch(%q) = %v, want blocked_address", u, err)
		}
	}
	// Spellings that hide the host behind user info or a backslash are
	// no URL at all (and never the host after the @).
	for _, u := range []string{
		"http://example.com@127.0.0.1:" + port + "/",
		"http://example.com:80@127.0.0.1:" + port + "/",
		"http://127.0.0.1:" + port + "\\@example.com/",
		"http://example.com\\@127.0.0.1:" + port + "/",
		"http:\\\\127.0.0.1:" + port + "/",
		"http:/127.0.0.1:" + port + "/",
	} {
		if _, err := f.Fetch(context.Background(), u); newsner.ErrorCode(err) != newsner.EInvalid {
			t.Errorf("Fetch(%q) = %v, want invalid", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the loopback server was reached %d times", n)
	}
}

// TestFetchRefusesRedirectForms: an allowed server redirects, after a
// few relative hops, by each redirect status, to a loopback address
// spelt in full, protocol-relative ("//127.0.0.1:port/"), short or as
// another scheme; every one is refused and the target never reached.
func TestFetchRefusesRedirectForms(t *testing.T) {
	tport, targetHits := internalTarget(t, "<p>internal</p>")
	var location atomic.Value
	var status atomic.Int64
	public := listenOn(t, "127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// /hop/N redirects to /hop/N-1 (relative), /hop/0 to the target.
		n, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		switch {
		case r.URL.Path == "/ok":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<p>public</p>")
		case err != nil:
			http.NotFound(w, r)
		case n > 0:
			http.Redirect(w, r, strconv.Itoa(n-1), int(status.Load()))
		default:
			w.Header().Set("Location", location.Load().(string))
			w.WriteHeader(int(status.Load()))
		}
	}))
	c := guardOnConfig()
	c.allow = func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.2") }
	f := New(c)
	defer f.Close()
	locs := map[string]string{
		"http://127.0.0.1:" + tport + "/":                newsner.EBlockedAddress,
		"//127.0.0.1:" + tport + "/":                     newsner.EBlockedAddress,
		"//localhost:" + tport + "/x":                    newsner.EBlockedAddress,
		"//news.test:" + tport + "/x":                    newsner.EBlockedAddress,
		"https://127.1:" + tport + "/":                   newsner.EBlockedAddress,
		"http://0x7f.1:" + tport + "/":                   newsner.EBlockedAddress,
		"http://127\u30020\u30020\u30021:" + tport + "/": newsner.EBlockedAddress,
		"http://[::ffff:7f00:1]:" + tport + "/":          newsner.EBlockedAddress,
		"HTTP://[0:0:0:0:0:0:0:1]:" + tport + "/":        newsner.EBlockedAddress,
		"http://0:" + tport + "/":                        newsner.EBlockedAddress,
		"gopher://127.0.0.1:" + tport + "/_GET%20/":      newsner.EUnsupported,
		"data:text/html,<p>x</p>":                        newsner.EUnsupported,
		"file:///etc/passwd":                             newsner.EUnsupported,
		"ftp://127.0.0.1:" + tport + "/":                 newsner.EUnsupported,
		"javascript:alert(1)":                            newsner.EUnsupported,
		"http://example.com@127.0.0.1:" + tport + "/":    newsner.EInvalid,
	}
	// The control: the same hops to the allowed server, protocol-relative.
	locs["//"+public.Listener.Addr().String()+"/ok"] = ""
	for _, code := range []int{http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		status.Store(int64(code))
		for loc, want := range locs {
			location.Store(loc)
			_, err := f.Fetch(context.Background(), public.URL+"/hop/4")
			if newsner.ErrorCode(err) != want {
				t.Errorf("%d after 4 hops to %q: %v, want %s", code, loc, err, want)
			}
		}
	}
	if n := targetHits.Load(); n != 0 {
		t.Fatalf("redirect target reached %d times", n)
	}
}

// TestFetchIgnoresProxyEnv: a proxy named in the environment is not
// used. Dialled instead of the page's address, a proxy (here on an
// allowed address) would fetch what the guard refuses: news.test, which
// resolves to loopback, is no name Go leaves unproxied as it does
// localhost.
func TestFetchIgnoresProxyEnv(t *testing.T) {
	var proxied atomic.Int64
	proxy := listenOn(t, "127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		proxied.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>fetched by the proxy</p>")
	}))
	tport, internal := internalTarget(t, "<p>internal</p>")
	for _, k := range []string{"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"} {
		t.Setenv(k, proxy.URL)
	}
	for _, k := range []string{"NO_PROXY", "no_proxy"} {
		t.Setenv(k, "")
	}
	c := guardOnConfig()
	c.allow = func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.2") }
	f := New(c)
	defer f.Close()
	// http.ProxyFromEnvironment reads the environment once a process, so
	// the fetches below catch it only where this test runs first: the
	// transport (robots.txt's too) must have no Proxy at all.
	if f.transport.Proxy != nil {
		t.Error("the fetcher's transport has a Proxy: a proxy is dialled instead of the page's address, past the guard")
	}
	for _, u := range []string{"http://news.test:" + tport + "/admin", "http://127.0.0.1:" + tport + "/admin"} {
		if _, err := f.Fetch(context.Background(), u); newsner.ErrorCode(err) != newsner.EBlockedAddress {
			t.Errorf("Fetch(%s) with a proxy in the environment = %v, want blocked_address", u, err)
		}
	}
	if p, i := proxied.Load(), internal.Load(); p != 0 || i != 0 {
		t.Fatalf("the proxy was asked %d times, the internal server %d", p, i)
	}
}

// TestRobotsRedirectToLoopback: robots.txt is fetched by a client of its
// own that follows redirects itself (robotsRedirectPolicy); an allowed
// site's robots.txt redirected to loopback, by each status and spelling,
// is refused at the dial like every other request: the loopback server is
// never reached, whatever the page's fetch then does.
func TestRobotsRedirectToLoopback(t *testing.T) {
	tport, targetHits := internalTarget(t, "User-agent: *\nAllow: /\n")
	var location atomic.Value
	var status, robotsHits atomic.Int64
	public := listenOn(t, "127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			w.Header().Set("Location", location.Load().(string))
			w.WriteHeader(int(status.Load()))
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>public</p>")
	}))
	for _, code := range []int{http.StatusMovedPermanently, http.StatusFound, http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		for _, loc := range []string{
			"http://127.0.0.1:" + tport + "/robots.txt",
			"//localhost:" + tport + "/robots.txt",
			"http://news.test:" + tport + "/robots.txt",
			"http://2130706433:" + tport + "/robots.txt",
			"http://0x7f.1:" + tport + "/robots.txt",
			"http://[::ffff:127.0.0.1]:" + tport + "/robots.txt",
			"gopher://127.0.0.1:" + tport + "/robots.txt",
		} {
			status.Store(int64(code))
			location.Store(loc)
			c := guardOnConfig()
			c.IgnoreRobots = false
			c.allow = func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.2") }
			f := New(c) // a robots.txt cache of its own
			before := robotsHits.Load()
			_, _ = f.Fetch(context.Background(), public.URL+"/page")
			f.Close()
			if robotsHits.Load() == before {
				t.Errorf("%d to %s: robots.txt not asked for", code, loc)
			}
		}
	}
	if n := targetHits.Load(); n != 0 {
		t.Fatalf("the loopback server was reached %d times through robots.txt's redirects", n)
	}
}
