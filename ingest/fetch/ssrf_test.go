package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// These tests never send a packet anywhere but loopback: addresses outside
// 127.0.0.0/8 and ::1 are only ever given to the pure checks, or to a dialer
// whose connect is replaced by a tripwire.

func TestBlockReason(t *testing.T) {
	blocked := []string{
		// loopback
		"127.0.0.1", "127.255.255.254", "::1",
		// unspecified
		"0.0.0.0", "0.1.2.3", "::",
		// private
		"10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.0.1", "192.168.255.255",
		"fc00::1", "fd12:3456::1",
		// link-local and cloud metadata
		"169.254.0.1", "169.254.169.254", "fe80::1", "febf::1", "fd00:ec2::254", "100.100.100.200",
		// CGNAT
		"100.64.0.1", "100.127.255.255",
		// multicast and broadcast
		"224.0.0.1", "239.255.255.250", "ff02::1", "ff05::2", "255.255.255.255",
		// other special ranges
		"192.0.0.8", "192.0.2.1", "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9",
		"240.0.0.1", "192.88.99.1", "2001:db8::1", "2001::1", "100::1", "fec0::1", "3fff::1",
		// IPv4 carried in IPv6
		"::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
		"64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2002:a00:1::",
		"64:ff9b:1::1",
		// outside global unicast
		"4000::1", "e000::1",
	}
	allowed := []string{
		"8.8.8.8", "1.1.1.1", "93.184.215.14", "151.101.1.69", "11.0.0.1", "172.15.255.255", "172.32.0.1",
		"100.63.255.255", "100.128.0.0", "169.253.255.255", "192.167.255.255", "223.255.255.255",
		"2606:4700::1111", "2a00:1450:4001::200e", "2001:4860:4860::8888",
		"::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
	}
	for _, s := range blocked {
		if why := blockReason(netip.MustParseAddr(s)); why == "" {
			t.Errorf("blockReason(%s) = allowed, want blocked", s)
		}
	}
	for _, s := range allowed {
		if why := blockReason(netip.MustParseAddr(s)); why != "" {
			t.Errorf("blockReason(%s) = %q, want allowed", s, why)
		}
	}
	if why := blockReason(netip.MustParseAddr("169.254.169.254")); !strings.Contains(why, "metadata") {
		t.Errorf("169.254.169.254: reason %q should name the metadata endpoint", why)
	}
	// A zone is ignored: the address is judged as without it (it read
	// "not global unicast" for a link-local or private one, by luck
	// refused; the metadata check missed "fd00:ec2::254%1" altogether).
	for addr, want := range map[string]string{"fe80::1%eth0": "link-local", "fd00:ec2::254%1": "unique local", "::ffff:10.0.0.1%1": "private", "2606:4700::1111%1": ""} {
		if why := blockReason(netip.MustParseAddr(addr)); !strings.HasPrefix(why, want) || (want == "") != (why == "") {
			t.Errorf("blockReason(%s) = %q, want %q", addr, why, want)
		}
	}
}

func TestGuardControl(t *testing.T) {
	g := &guard{}
	for _, addr := range []string{"127.0.0.1:80", "[::1]:443", "169.254.169.254:80", "[fe80::1%eth0]:80", "10.0.0.1:8080", "[::ffff:127.0.0.1]:80", "0.0.0.0:80", "garbage"} {
		err := g.control("tcp", addr, nil)
		if newsner.ErrorCode(err) != newsner.EBlockedAddress {
			t.Errorf("control(%q) = %v, want blocked_address", addr, err)
		}
	}
	if err := g.control("tcp", "8.8.8.8:443", nil); err != nil {
		t.Errorf("control(8.8.8.8:443) = %v, want nil", err)
	}
	if err := (&guard{allowPrivate: true}).control("tcp", "127.0.0.1:80", nil); err != nil {
		t.Errorf("allowPrivate: control(127.0.0.1:80) = %v, want nil", err)
	}
}

// TestGuardedDialerResolvedAddresses: a name resolving to refused addresses
// is refused before any connect; the tripwire Control would catch (and stop)
// a connect the guard let through.
func TestGuardedDialerResolvedAddresses(t *testing.T) {
	for _, addrs := range [][]string{
		{"10.0.0.1"}, {"169.254.169.254"}, {"fd00:ec2::254"}, {"192.168.1.1", "172.16.0.1"}, {"::ffff:10.1.2.3"},
	} {
		var tripped atomic.Bool
		d := newGuardedDialer(&guard{}, Config{
			ConnectTimeout: time.Second,
			Resolve: func(ctx context.Context, host string) ([]netip.Addr, error) {
				var out []netip.Addr
				for _, a := range addrs {
					out = append(out, netip.MustParseAddr(a))
				}
				return out, nil
			},
		})
		d.dialer.Control = func(network, address string, c syscall.RawConn) error {
			tripped.Store(true)
			return errors.New("tripwire: connect attempted")
		}
		_, err := d.DialContext(context.Background(), "tcp", "internal.test:80")
		if newsner.ErrorCode(err) != newsner.EBlockedAddress {
			t.Errorf("%v: err = %v, want blocked_address", addrs, err)
		}
		if tripped.Load() {
			t.Errorf("%v: a connect was attempted", addrs)
		}
	}
}

// guardOnConfig is testConfig with the SSRF guard on.
func guardOnConfig() Config {
	c := testConfig()
	c.AllowPrivateNetworks = false
	return c
}

func TestFetchRefusesLoopback(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>secret admin page</p>")
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())

	f := New(guardOnConfig())
	defer f.Close()
	urls := []string{
		srv.URL + "/admin",
		"http://localhost:" + port + "/",
		"http://LOCALHOST.:" + port + "/",
		"http://app.localhost:" + port + "/",
		"http://news.test:" + port + "/",               // resolves to 127.0.0.1 (test resolver)
		"http://loopback6.test:" + port + "/",          // resolves to ::1
		"http://mapped.test:" + port + "/",             // resolves to ::ffff:127.0.0.1
		"http://[::1]:" + port + "/",                   // IPv6 loopback
		"http://[::ffff:127.0.0.1]:" + port + "/",      // IPv4-mapped IPv6
		"http://[0:0:0:0:0:ffff:7f00:1]:" + port + "/", // the same, spelt out
		"http://[::ffff:7f00:1]:" + port + "/",         // the same, hex
		"http://2130706433:" + port + "/",              // decimal
		"http://0x7f000001:" + port + "/",              // hex
		"http://0177.0.0.1:" + port + "/",              // octal
		"http://017700000001:" + port + "/",            // octal, whole
		"http://127.1:" + port + "/",                   // short form
		"http://127.0.0.2:" + port + "/",               // rest of 127/8
		"http://0.0.0.0:" + port + "/",                 // unspecified (connects to loopback on Linux)
		"http://0:" + port + "/",                       // the same, decimal
		"http://[::]:" + port + "/",                    // IPv6 unspecified
	}
	for _, u := range urls {
		start := time.Now()
		_, err := f.Fetch(context.Background(), u)
		if newsner.ErrorCode(err) != newsner.EBlockedAddress {
			t.Errorf("Fetch(%s) = %v, want blocked_address", u, err)
		}
		if el := time.Since(start); el > time.Second {
			t.Errorf("Fetch(%s) took %v", u, el)
		}
	}
	// With robots.txt on, the refusal still names the page.
	rc := guardOnConfig()
	rc.IgnoreRobots = false
	for _, u := range []string{srv.URL + "/admin", "http://news.test:" + port + "/"} {
		_, err := New(rc).Fetch(context.Background(), u)
		if newsner.ErrorCode(err) != newsner.EBlockedAddress {
			t.Errorf("robots on: Fetch(%s) = %v, want blocked_address", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("server was reached %d times with the guard on", n)
	}

	// With the guard off the same server is reachable.
	c := guardOnConfig()
	c.AllowPrivateNetworks = true
	if _, err := New(c).Fetch(context.Background(), srv.URL+"/admin"); err != nil {
		t.Fatalf("AllowPrivateNetworks: %v", err)
	}
}

// internalTarget starts the server an attack aims at, on 127.0.0.1 (which
// the guard refuses), serving body and counting the requests that reach
// it; it returns its port and the count, which a test wants 0.
func internalTarget(t *testing.T, body string) (port string, hits *atomic.Int64) {
	t.Helper()
	hits = new(atomic.Int64)
	target := listenOn(t, "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, body)
	}))
	_, port, _ = net.SplitHostPort(target.Listener.Addr().String())
	return port, hits
}

// listenOn starts an httptest server on a given loopback address, or skips.
func listenOn(t *testing.T, addr string, h http.Handler) *httptest.Server {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Listener.Close()
	srv.Listener = l
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// TestFetchRefusesRedirectToLoopback: a "public" server (127.0.0.2, let
// through by the test hook) redirects to 127.0.0.1 and to names resolving
// to it; the guard refuses the second hop.
func TestFetchRefusesRedirectToLoopback(t *testing.T) {
	tport, targetHits := internalTarget(t, "<p>internal</p>")
	var location atomic.Value
	public := listenOn(t, "127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ok" {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<p>public</p>")
			return
		}
		http.Redirect(w, r, location.Load().(string), http.StatusFound)
	}))

	c := guardOnConfig()
	c.allow = func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.2") }
	f := New(c)
	defer f.Close()

	// The hook lets the public server through, and only it.
	if _, err := f.Fetch(context.Background(), public.URL+"/ok"); err != nil {
		t.Fatalf("fetch from the allowed server: %v", err)
	}
	for _, loc := range []string{
		"http://127.0.0.1:" + tport + "/",
		"http://localhost:" + tport + "/",
		"http://news.test:" + tport + "/",
		"http://2130706433:" + tport + "/",
		"http://[::ffff:127.0.0.1]:" + tport + "/",
	} {
		location.Store(loc)
		_, err := f.Fetch(context.Background(), public.URL+"/r")
		if newsner.ErrorCode(err) != newsner.EBlockedAddress {
			t.Errorf("redirect to %s: %v, want blocked_address", loc, err)
		}
	}
	// A redirect to a cloud metadata or private address is refused before
	// any connection, and the error says the target was a redirect's: it
	// read "fetch http://169.254.169.254/...: address ... is link-local",
	// as if that URL had been asked for.
	for _, c := range []struct{ loc, why string }{
		{"http://169.254.169.254/latest/meta-data/", "address 169.254.169.254 is a cloud metadata endpoint (refused even where private networks are allowed)"},
		{"http://10.0.0.1:8080/admin", "address 10.0.0.1 is private (refused by the SSRF guard)"},
		{"http://metadata.google.internal/computeMetadata/v1/", `host "metadata.google.internal" is a cloud metadata endpoint (refused even where private networks are allowed)`},
	} {
		location.Store(c.loc)
		_, err := f.Fetch(context.Background(), public.URL+"/r")
		want := "blocked_address: fetch " + c.loc + ": redirected (302) from " + public.URL + "/r: " + c.why
		if newsner.ErrorCode(err) != newsner.EBlockedAddress || err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("redirect to %s: %v, want %q", c.loc, err, want)
		}
	}
	if n := targetHits.Load(); n != 0 {
		t.Fatalf("redirect target reached %d times", n)
	}
}

func TestGuardCheckHost(t *testing.T) {
	g := &guard{}
	for host, blocked := range map[string]bool{
		"169.254.169.254":            true,
		"fe80::1%eth0":               true,
		"fd00:ec2::254":              true,
		"::1":                        true,
		"localhost":                  true,
		"LocalHost.":                 true,
		"api.localhost":              true,
		"metadata.google.internal":   true,
		"metadata":                   true,
		"instance-data.ec2.internal": true,
		"168.63.129.16":              true, // Azure WireServer, public-looking
		"metadata.tencentyun.com":    true,
		"example.com":                false, // names are checked when dialled
		"localhost.example.com":      false,
		"8.8.8.8":                    false,
		"2606:4700::1111":            false,
	} {
		err := g.checkHost(host)
		if got := newsner.ErrorCode(err) == newsner.EBlockedAddress; got != blocked {
			t.Errorf("checkHost(%q) = %v, want blocked %v", host, err, blocked)
		}
	}
	if err := (&guard{allowPrivate: true}).checkHost("localhost"); err != nil {
		t.Errorf("allowPrivate: %v", err)
	}
}

// TestFetchDNSRebinding: a name that first resolves to an allowed address
// and then to loopback is refused the second time: the check is made on
// every dial, on the address dialled.
func TestFetchDNSRebinding(t *testing.T) {
	var hits atomic.Int64
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>x</p>")
	})
	public := listenOn(t, "127.0.0.2:0", h)
	_, port, _ := net.SplitHostPort(public.Listener.Addr().String())
	// The same port on 127.0.0.1, where the "internal" service listens.
	internal := listenOn(t, "127.0.0.1:"+port, h)
	_ = internal

	var calls atomic.Int64
	c := guardOnConfig()
	c.allow = func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.2") }
	c.Resolve = func(ctx context.Context, host string) ([]netip.Addr, error) {
		if calls.Add(1) == 1 {
			return []netip.Addr{netip.MustParseAddr("127.0.0.2")}, nil
		}
		return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
	}
	f := New(c)
	u := "http://rebind.test:" + port + "/"
	if _, err := f.Fetch(context.Background(), u); err != nil {
		t.Fatalf("first fetch: %v", err)
	}
	f.Close() // no reused connection: the next fetch dials again
	if _, err := f.Fetch(context.Background(), u); newsner.ErrorCode(err) != newsner.EBlockedAddress {
		t.Fatalf("after rebinding: %v, want blocked_address", err)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("servers hit %d times, want 1", n)
	}
}

// TestMetadataRefusalNamesNoSwitch: with the guard on, a cloud metadata
// service is refused as one, and the refusal is not marked as the switch's
// (AllowPrivateNetworks), whose flag the commands then named: extract of
// http://169.254.169.254/ said "--allow-private-networks lets the fetcher
// reach local and private addresses", which does not let it through.
// Loopback keeps the mark. Literal addresses and listed names: refused
// before any connect.
func TestMetadataRefusalNamesNoSwitch(t *testing.T) {
	f := New(guardOnConfig())
	defer f.Close()
	for _, u := range []string{"http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://100.100.100.200/", "http://metadata.google.internal/computeMetadata/v1/"} {
		_, err := f.Fetch(context.Background(), u)
		if newsner.ErrorCode(err) != newsner.EBlockedAddress || newsner.LimitOf(err) != "" ||
			!strings.Contains(err.Error(), "cloud metadata endpoint (refused even where private networks are allowed)") || strings.Contains(err.Error(), "SSRF guard)") {
			t.Errorf("fetch %s: %v, limit %q; want blocked_address as a metadata endpoint, unmarked", u, err, newsner.LimitOf(err))
		}
	}
	_, err := f.Fetch(context.Background(), "http://127.0.0.1:9/")
	if newsner.LimitOf(err) != "AllowPrivateNetworks" || !strings.Contains(err.Error(), "(refused by the SSRF guard)") {
		t.Errorf("fetch loopback: %v, limit %q; want it marked AllowPrivateNetworks", err, newsner.LimitOf(err))
	}
}

// TestMetadataRefusedWithPrivateNetworks: with the guard off for local use
// (--allow-private-networks), the cloud metadata services are still
// refused, by address (literal, IPv4-mapped, resolved from a name) and by
// name, before any connect: a local page that redirected to
// http://169.254.169.254/latest/meta-data/ was followed there. Loopback and
// private addresses are let through as before. An IPv6 zone
// ("[fd00:ec2::254%1]") changes nothing, and a NAT64 (well-known or
// local-use, at each prefix length), 6to4 or IPv4-compatible address is
// refused as the metadata address it carries. No traffic leaves: the
// tripwire Control stops any connect the guard lets through.
func TestMetadataRefusedWithPrivateNetworks(t *testing.T) {
	g := &guard{allowPrivate: true}
	for _, host := range []string{"169.254.169.254", "::ffff:169.254.169.254", "fd00:ec2::254", "169.254.170.2", "100.100.100.200", "metadata.google.internal", "Metadata.Google.Internal.", "instance-data",
		"fd00:ec2::254%1", "fd00:ec2::254%eth0", "::ffff:169.254.169.254%1",
		"64:ff9b::a9fe:a9fe", "64:ff9b::169.254.170.2", "2002:a9fe:a9fe::1", "64:ff9b::a9fe:a9fe%1",
		"169.254.0.23", "168.63.129.16", "fd20:ce::254", "fd00:c1::a9fe:a9fe", "metadata.tencentyun.com",
		// local-use NAT64 (64:ff9b:1::/48) at each RFC 6052 prefix length,
		// and IPv4-compatible: let through with private networks allowed
		// before reachesMetadata.
		"64:ff9b:1:a9fe:a9:fe00::", "64:ff9b:1:a9:fe:a9fe::", "64:ff9b:1:0:a9:fea9:fe00:0", "64:ff9b:1::a9fe:a9fe",
		"::a9fe:a9fe", "::169.254.169.254", "::6464:64c8"} {
		if err := g.checkHost(host); newsner.ErrorCode(err) != newsner.EBlockedAddress || !strings.Contains(err.Error(), "cloud metadata endpoint (refused even where private networks are allowed)") {
			t.Errorf("allowPrivate: checkHost(%q) = %v, want refused as a metadata endpoint", host, err)
		}
	}
	for _, addr := range []string{"169.254.169.254:80", "[fd00:ec2::254]:80", "[fd00:ec2::254%1]:80"} {
		if err := g.control("tcp", addr, nil); newsner.ErrorCode(err) != newsner.EBlockedAddress {
			t.Errorf("allowPrivate: control(%q) = %v, want blocked_address", addr, err)
		}
	}
	for _, host := range []string{"127.0.0.1", "10.0.0.1", "169.254.1.1", "fe80::1", "localhost", "64:ff9b::a00:1", "64:ff9b:1::a00:1", "::a00:1"} {
		if err := g.checkHost(host); err != nil {
			t.Errorf("allowPrivate: checkHost(%q) = %v, want let through", host, err)
		}
	}
	for _, c := range []struct {
		address  string
		resolved []string
	}{
		{"169.254.169.254:80", nil},
		{"[::ffff:169.254.169.254]:80", nil},
		{"[fd00:ec2::254%1]:80", nil}, // a zone (sec2): dialled before
		{"meta.test:80", []string{"fd00:ec2::254%eth0"}},
		{"[64:ff9b::a9fe:a9fe]:80", nil}, // NAT64 (sec2): dialled before
		{"meta.test:80", []string{"2002:a9fe:a9fe::"}},
		{"meta.test:80", []string{"169.254.169.254"}},
		{"meta.test:80", []string{"fd00:ec2::254"}},
	} {
		var tripped atomic.Bool
		d := newGuardedDialer(g, Config{ConnectTimeout: time.Second,
			Resolve: func(ctx context.Context, host string) ([]netip.Addr, error) {
				var out []netip.Addr
				for _, a := range c.resolved {
					out = append(out, netip.MustParseAddr(a))
				}
				return out, nil
			}})
		d.dialer.Control = func(network, address string, _ syscall.RawConn) error {
			tripped.Store(true)
			return errors.New("tripwire: connect attempted")
		}
		_, err := d.DialContext(context.Background(), "tcp", c.address)
		if newsner.ErrorCode(err) != newsner.EBlockedAddress || tripped.Load() {
			t.Errorf("allowPrivate: dial %s %v: %v (connect attempted: %v), want blocked_address before any connect", c.address, c.resolved, err, tripped.Load())
		}
	}
}
