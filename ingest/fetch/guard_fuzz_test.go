package fetch

import (
	"net/netip"
	"sort"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// FuzzGuard: whatever host a URL names, the SSRF guard's checkHost never
// panics, with the guard on or off, and refuses only as blocked_address;
// an address blockReason passes is global unicast and in none of
// blockedPrefixes; and every spelling of a cloud metadata address (the one
// metadataAddrs[which] picks) — IPv4-mapped, NAT64 (64:ff9b::/96), local
// NAT64 at each RFC 6052 length in 64:ff9b:1::/48, 6to4, IPv4-compatible,
// zoned, with the free bits from fill — is refused by checkAddr and
// checkHost as a metadata endpoint even with private networks allowed.
// Seeds are TestBlockReason's and TestAllowPrivateStillRefusesMetadata's
// hosts. Run longer with go test -run '^$' -fuzz '^FuzzGuard$' ./ingest/fetch.
func FuzzGuard(f *testing.F) {
	for _, h := range []string{"127.0.0.1", "169.254.169.254", "fe80::1", "fd00:ec2::254%1", "::ffff:10.0.0.1%1",
		"2606:4700::1111%1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "64:ff9b:1:a9fe:a9:fea9:fe00::",
		"metadata.google.internal", "Metadata.Google.Internal.", "x.localhost", "example.com", "8.8.8.8", "", "[::1]"} {
		f.Add(h, uint8(0), []byte("zone"))
	}
	var meta []netip.Addr
	for a := range metadataAddrs {
		meta = append(meta, a)
	}
	sort.Slice(meta, func(i, j int) bool { return meta[i].Less(meta[j]) })
	on, off := &guard{}, &guard{allowPrivate: true}
	f.Fuzz(func(t *testing.T, host string, which uint8, fill []byte) {
		for _, g := range []*guard{on, off} {
			if err := g.checkHost(host); err != nil && newsner.ErrorCode(err) != newsner.EBlockedAddress {
				t.Fatalf("checkHost(%q), allowPrivate %v: %v, not blocked_address", host, g.allowPrivate, err)
			}
		}
		if a, err := netip.ParseAddr(host); err == nil && blockReason(a) == "" {
			p := plain(a)
			if !p.IsGlobalUnicast() {
				t.Fatalf("blockReason(%s) passes %s, which is not global unicast", a, p)
			}
			for _, b := range blockedPrefixes {
				if b.prefix.Contains(p) {
					t.Fatalf("blockReason(%s) passes it, in %s (%s)", a, b.prefix, b.why)
				}
			}
		}
		m := meta[int(which)%len(meta)]
		var free [16]byte
		copy(free[:], fill)
		zone := strings.Map(func(r rune) rune {
			if r == '%' || r == ']' || r == '/' || r < '!' || r > '~' {
				return -1
			}
			return r
		}, string(fill))
		spellings := []netip.Addr{m, m.WithZone("1")}
		if zone != "" {
			spellings = append(spellings, m.WithZone(zone))
		}
		if m.Is4() {
			v := m.As4()
			b := free
			mk := func(prefix []byte, at ...int) netip.Addr {
				s := b
				copy(s[:], prefix)
				for i, j := range at {
					s[j] = v[i]
				}
				return netip.AddrFrom16(s)
			}
			local := []byte{0, 0x64, 0xff, 0x9b, 0, 1}
			spellings = append(spellings,
				netip.AddrFrom16(netip.AddrFrom4(v).As16()), // ::ffff:a.b.c.d
				mk([]byte{0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}, 12, 13, 14, 15),
				mk(local, 6, 7, 9, 10),
				mk(local, 7, 9, 10, 11),
				mk(local, 9, 10, 11, 12),
				mk(local, 12, 13, 14, 15),
				mk([]byte{0x20, 0x02}, 2, 3, 4, 5),
				mk(make([]byte, 12), 12, 13, 14, 15), // ::a.b.c.d
			)
			for _, s := range spellings[len(spellings)-8:] {
				if zone != "" {
					spellings = append(spellings, s.WithZone(zone))
				}
			}
		}
		for _, s := range spellings {
			if err := off.checkAddr(s); newsner.ErrorCode(err) != newsner.EBlockedAddress || !strings.Contains(err.Error(), "cloud metadata endpoint") {
				t.Fatalf("allowPrivate: checkAddr(%s), metadata %s: %v, want refused as a metadata endpoint", s, m, err)
			}
			if err := off.checkHost(s.String()); newsner.ErrorCode(err) != newsner.EBlockedAddress || !strings.Contains(err.Error(), "cloud metadata endpoint") {
				t.Fatalf("allowPrivate: checkHost(%q), metadata %s: %v, want refused as a metadata endpoint", s.String(), m, err)
			}
		}
	})
}
