package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"

	"github.com/newsner/newsner"
)

// The SSRF guard. URLs come from a queue other systems fill, so a URL may
// name an address inside our own network: a cloud metadata service, an admin
// port on loopback, a database on a private range. The guard refuses every
// address that is not ordinary public unicast. It checks the address that is
// actually dialled, after DNS resolution (net.Dialer.Control), so neither a
// hostname that resolves to 127.0.0.1 nor a redirect to one gets through, and
// DNS rebinding between a check and the dial cannot happen.

// blockedPrefix is a range the guard refuses, with the reason shown to users.
type blockedPrefix struct {
	prefix netip.Prefix
	why    string
}

var blockedPrefixes = func() []blockedPrefix {
	list := []struct{ p, why string }{
		// IPv4 (RFC 6890 special-purpose registry and friends).
		{"0.0.0.0/8", "unspecified (\"this network\")"},
		{"10.0.0.0/8", "private"},
		{"100.64.0.0/10", "carrier-grade NAT (shared address space; Alibaba Cloud metadata)"},
		{"127.0.0.0/8", "loopback"},
		{"169.254.0.0/16", "link-local (cloud metadata endpoints)"},
		{"172.16.0.0/12", "private"},
		{"192.0.0.0/24", "IETF protocol assignments"},
		{"192.0.2.0/24", "documentation (TEST-NET-1)"},
		{"192.88.99.0/24", "6to4 relay anycast"},
		{"192.168.0.0/16", "private"},
		{"198.18.0.0/15", "benchmarking"},
		{"198.51.100.0/24", "documentation (TEST-NET-2)"},
		{"203.0.113.0/24", "documentation (TEST-NET-3)"},
		{"224.0.0.0/4", "multicast"},
		{"240.0.0.0/4", "reserved (and broadcast)"},
		// IPv6. Everything outside 2000::/3 is refused below as well; these
		// give the clearer reason.
		{"::/128", "unspecified"},
		{"::1/128", "loopback"},
		{"::/96", "IPv4-compatible (deprecated)"},
		{"100::/64", "discard-only"},
		{"2001::/23", "IETF protocol assignments (Teredo, benchmarking, ORCHID)"},
		{"2001:db8::/32", "documentation"},
		{"3fff::/20", "documentation"},
		{"5f00::/16", "segment routing"},
		{"64:ff9b:1::/48", "local-use NAT64"},
		{"fc00::/7", "unique local (private; AWS metadata fd00:ec2::254)"},
		{"fe80::/10", "link-local"},
		{"fec0::/10", "site-local (deprecated)"},
		{"ff00::/8", "multicast"},
	}
	out := make([]blockedPrefix, len(list))
	for i, l := range list {
		out[i] = blockedPrefix{netip.MustParsePrefix(l.p), l.why}
	}
	return out
}()

var (
	nat64Prefix = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour   = netip.MustParsePrefix("2002::/16")
	// localNAT64 is the local-use NAT64 prefix (RFC 8215): a network's
	// own translator, whose prefix may be any of RFC 6052's lengths in it.
	localNAT64 = netip.MustParsePrefix("64:ff9b:1::/48")
	// ipv4Compatible is the deprecated IPv4-compatible prefix (::a.b.c.d).
	ipv4Compatible = netip.MustParsePrefix("::/96")
	globalIPv6     = netip.MustParsePrefix("2000::/3")
	blockedNames   = map[string]string{
		"localhost":                  "loopback",
		"metadata":                   "cloud metadata endpoint",
		"metadata.google.internal":   "cloud metadata endpoint",
		"instance-data":              "cloud metadata endpoint",
		"instance-data.ec2.internal": "cloud metadata endpoint",
		"metadata.tencentyun.com":    "cloud metadata endpoint",
	}
)

// metadataAddrs are the cloud providers' instance metadata services, which
// hand out the machine's credentials to whoever asks: refused even with the
// guard off (allowPrivate), which is for local servers and tests, never
// for them. A local page or feed that redirects there is no local use.
// checkAddr judges the address plain (no zone, IPv4-mapped unmapped) and
// the IPv4 address a NAT64, 6to4 or IPv4-compatible one carries
// (reachesMetadata).
var metadataAddrs = func() map[netip.Addr]bool {
	m := map[netip.Addr]bool{}
	for _, a := range []string{
		"169.254.169.254",    // AWS, GCP, Azure, Oracle, DigitalOcean, OpenStack
		"169.254.170.2",      // AWS ECS task metadata
		"169.254.170.23",     // AWS EKS pod identity
		"fd00:ec2::254",      // AWS over IPv6
		"fd00:ec2::23",       // AWS EKS pod identity over IPv6
		"100.100.100.200",    // Alibaba Cloud
		"169.254.0.23",       // Tencent Cloud (metadata.tencentyun.com)
		"168.63.129.16",      // Azure WireServer: the host agent's extension settings, on an address that looks public
		"fd20:ce::254",       // Google Cloud over IPv6
		"fd00:c1::a9fe:a9fe", // Oracle Cloud over IPv6
	} {
		m[netip.MustParseAddr(a)] = true
	}
	return m
}()

// errMetadata marks (in the chain of a blocked_address error) a refusal
// that no setting lifts: a cloud metadata service's address or name. The
// fetcher names no switch for it (Fetch), since --allow-private-networks
// does not let it through. It has no text of its own.
var errMetadata error = metadataMark{}

type metadataMark struct{}

func (metadataMark) Error() string { return "" }

// metadataRefused is the guard's refusal of what (`address A`, `host "H"`),
// a cloud metadata service, with the guard on or off.
func metadataRefused(what string) error {
	return &newsner.Error{Code: newsner.EBlockedAddress, Message: what + " is a cloud metadata endpoint (refused even where private networks are allowed)", Err: errMetadata}
}

// metadataName reports whether h, lower case without a final dot, is a
// name of blockedNames that means a metadata service (metadataAddrs),
// refused even with the guard off.
func metadataName(h string) bool { return blockedNames[h] == "cloud metadata endpoint" }

// blockReason says why the guard refuses a, or "" if a is public unicast.
// IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16)
// addresses are judged by the IPv4 address they carry, and an IPv6 zone
// ("%eth0") is ignored (plain).
func blockReason(a netip.Addr) string {
	if !a.IsValid() {
		return "invalid address"
	}
	a = plain(a)
	for _, b := range blockedPrefixes {
		if b.prefix.Contains(a) {
			return b.why
		}
	}
	if a.Is4() {
		return ""
	}
	if v4, kind := carried(a); kind != "" {
		if why := blockReason(v4); why != "" {
			return kind + " of " + why
		}
		return ""
	}
	if !globalIPv6.Contains(a) {
		return "not global unicast"
	}
	return ""
}

// carried is the IPv4 address a plain IPv6 address carries where a
// translator or relay may reach it: NAT64 (64:ff9b::/96) or 6to4
// (2002::/16), named by kind; kind "" where a carries none.
func carried(a netip.Addr) (v4 netip.Addr, kind string) {
	b := a.As16()
	switch {
	case nat64Prefix.Contains(a):
		return netip.AddrFrom4([4]byte(b[12:16])), "NAT64"
	case sixToFour.Contains(a):
		return netip.AddrFrom4([4]byte(b[2:6])), "6to4"
	}
	return netip.Addr{}, ""
}

// reachesMetadata reports whether the plain address p is a metadata
// service (metadataAddrs) or carries one's IPv4 address where a translator
// may reach it: NAT64 and 6to4 (carried: 64:ff9b::a9fe:a9fe is
// 169.254.169.254 through a NAT64 gateway), a local-use NAT64 address at
// each prefix length RFC 6052 allows inside 64:ff9b:1::/48 (/48, /56, /64,
// /96), and an IPv4-compatible address (::a9fe:a9fe). With private
// networks allowed these are judged by this alone, so each spelling of a
// metadata address must be caught here.
func reachesMetadata(p netip.Addr) bool {
	if metadataAddrs[p] {
		return true
	}
	if v4, kind := carried(p); kind != "" && metadataAddrs[v4] {
		return true
	}
	if !p.Is6() {
		return false
	}
	b := p.As16()
	var embeds [][4]byte
	switch {
	case localNAT64.Contains(p):
		// RFC 6052 section 2.2: bits 64-71 (byte 8) are skipped.
		embeds = [][4]byte{
			{b[6], b[7], b[9], b[10]},    // /48
			{b[7], b[9], b[10], b[11]},   // /56
			{b[9], b[10], b[11], b[12]},  // /64
			{b[12], b[13], b[14], b[15]}, // /96
		}
	case ipv4Compatible.Contains(p):
		embeds = [][4]byte{{b[12], b[13], b[14], b[15]}}
	}
	for _, e := range embeds {
		if metadataAddrs[netip.AddrFrom4(e)] {
			return true
		}
	}
	return false
}

// plain is a without an IPv4-mapped prefix or an IPv6 zone: the address
// judged. A zone only picks the interface of a link-local address (the
// kernel ignores it on others), yet netip.Prefix.Contains never matches a
// zoned address, nor a map lookup an unzoned key: "fd00:ec2::254%1" was
// no metadata service, and was dialled with private networks allowed.
func plain(a netip.Addr) netip.Addr { return a.Unmap().WithZone("") }

// guard applies the SSRF policy. The zero value refuses everything that is
// not public; allowPrivate turns it off.
type guard struct {
	// allowPrivate turns the guard off (Config.AllowPrivateNetworks).
	allowPrivate bool
	// allow, if set, lets through addresses it returns true for even with
	// the guard on. Tests use it to reach one loopback server while
	// proving that another loopback address is refused.
	allow func(netip.Addr) bool
}

// checkAddr returns an EBlockedAddress error if a may not be dialled.
func (g *guard) checkAddr(a netip.Addr) error {
	if reachesMetadata(plain(a)) {
		return metadataRefused(fmt.Sprintf("address %s", a))
	}
	if g.allowPrivate {
		return nil
	}
	why := blockReason(a)
	if why == "" || (g.allow != nil && g.allow(plain(a))) {
		return nil
	}
	return newsner.Errorf(newsner.EBlockedAddress, "address %s is %s", a, why)
}

// checkName refuses, before any DNS lookup, the names that always mean a
// local or metadata address; the dial check would refuse them anyway, this
// only saves the lookup and gives a clearer reason.
func (g *guard) checkName(host string) error {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	if metadataName(h) {
		return metadataRefused(fmt.Sprintf("host %q", host))
	}
	if g.allowPrivate {
		return nil
	}
	why, ok := blockedNames[h]
	if !ok && strings.HasSuffix(h, ".localhost") {
		why, ok = "loopback", true
	}
	if !ok {
		return nil
	}
	return newsner.Errorf(newsner.EBlockedAddress, "host %q is %s", host, why)
}

// checkHost refuses, without DNS, a URL host that is a refused address
// literal or a local name. Other names are checked when dialled.
func (g *guard) checkHost(host string) error {
	if a, err := netip.ParseAddr(host); err == nil {
		return g.checkAddr(a)
	}
	return g.checkName(host)
}

// control is a net.Dialer.Control function: it runs after resolution and
// before connect(2), with the address about to be dialled.
func (g *guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		if g.allowPrivate {
			return nil
		}
		// Fail closed: an address we cannot read is not dialled.
		return newsner.Errorf(newsner.EBlockedAddress, "cannot check address %q (%s)", address, network)
	}
	return g.checkAddr(ap.Addr())
}

// guardedDialer dials TCP connections for the fetcher: it resolves names
// itself (through resolve), refuses names and addresses the guard blocks,
// and dials the remaining addresses one after another with the guard also
// installed as the dialer's Control, so the check is on the address dialled.
type guardedDialer struct {
	guard   *guard
	dialer  net.Dialer
	resolve func(ctx context.Context, host string) ([]netip.Addr, error)
}

func newGuardedDialer(g *guard, cfg Config) *guardedDialer {
	d := &guardedDialer{guard: g, resolve: cfg.Resolve}
	d.dialer.Timeout = cfg.ConnectTimeout
	d.dialer.Control = g.control
	if d.resolve == nil {
		d.resolve = func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		}
	}
	return d
}

// DialContext is an http.Transport.DialContext.
func (d *guardedDialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", address, err)
	}
	if a, err := netip.ParseAddr(host); err == nil {
		if err := d.guard.checkAddr(a); err != nil {
			return nil, err
		}
		return d.dialer.DialContext(ctx, network, address)
	}
	if err := d.guard.checkName(host); err != nil {
		return nil, err
	}
	addrs, err := d.resolve(ctx, host)
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return nil, err // "lookup HOST ...": it names the host
	}
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", host, err)
	}
	if len(addrs) == 0 {
		return nil, &net.DNSError{Err: "no addresses", Name: host, IsNotFound: true}
	}
	var blocked, dialErr error
	for _, a := range addrs {
		if err := d.guard.checkAddr(a); err != nil {
			if blocked == nil {
				blocked = &newsner.Error{Code: newsner.EBlockedAddress, Message: fmt.Sprintf("host %s resolves to a refused address", host), Err: err}
			}
			continue
		}
		c, err := d.dialer.DialContext(ctx, network, net.JoinHostPort(a.String(), port))
		if err == nil {
			return c, nil
		}
		if dialErr == nil {
			dialErr = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	if dialErr != nil {
		return nil, dialErr
	}
	return nil, blocked
}
