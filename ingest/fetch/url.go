package fetch

import (
	"fmt"
	"net/netip"
	"net/url"
	"strconv"
	"strings"

	"github.com/newsner/newsner"
	"golang.org/x/net/idna"
)

// ValidateURL checks a URL as it arrives on the URL topic (or the command
// line) and returns it parsed and normalised: scheme and host lower-cased,
// numeric IPv4 hosts in any form browsers accept ("2130706433", "0x7f.1",
// "0177.0.0.1") rewritten to dotted-quad so the SSRF guard sees the address
// that would be dialled, the fragment dropped (it is never sent: with it
// the page's final URL, and the record's id where the page names no
// canonical URL, differed from the same page's without), and spaces in the
// query escaped (%20; sent raw, they made the request line one servers
// refuse with 400). Surrounding white space is ignored (newsner.TrimURL).
//
// Errors are *newsner.Error: EInvalid for empty input, a non-URL (one
// without its scheme says so, a host and port first too; a JSON object
// that is no URL record says what one is), a URL over
// newsner.MaxURLLength as given or once escaped, a missing or bad host or port, or credentials in the URL;
// EUnsupported for a scheme other than http and https.
func ValidateURL(raw string) (*url.URL, error) {
	s := newsner.TrimURL(raw)
	switch {
	case s == "":
		return nil, newsner.Errorf(newsner.EInvalid, "empty URL")
	case len(s) > newsner.MaxURLLength:
		return nil, newsner.Errorf(newsner.EInvalid, "URL of %d bytes %q: longer than %d bytes", len(s), newsner.Clip(s, 80), newsner.MaxURLLength)
	case s[0] == '{':
		// A JSON object that newsner.ParseURLRecord could not read as a
		// URL record ({"url": 5}, {"link": ...}, a line cut short): no
		// URL starts so, and "first path segment in URL cannot contain
		// colon" said nothing of what was wrong.
		return nil, newsner.Errorf(newsner.EInvalid, "not a URL, nor a URL record (a JSON object whose \"url\" is a string, {\"url\":\"https://...\"}): %q", newsner.Clip(s, 200))
	}
	u, err := url.Parse(s)
	if err != nil {
		if hostPortFirst(s) {
			// "127.0.0.1:8000/a.html": "first path segment in URL
			// cannot contain colon".
			return nil, noScheme(s)
		}
		return nil, &newsner.Error{Code: newsner.EInvalid, Message: fmt.Sprintf("not a URL: %q", newsner.Clip(s, 200)), Err: err}
	}
	if u, err = checkURL(u, s); err != nil {
		return nil, err
	}
	if n := len(u.String()); n > newsner.MaxURLLength {
		// Its bytes escaped ("\xd7" is "%D7", a space in the query
		// "%20"): it was fetched, and the URL it went out as, given
		// again (a record's url, a reprocess), was refused as too long.
		return nil, newsner.Errorf(newsner.EInvalid, "URL of %d bytes once escaped %q: longer than %d bytes", n, newsner.Clip(s, 80), newsner.MaxURLLength)
	}
	return u, nil
}

// noScheme is the error of a URL given without its scheme.
func noScheme(s string) error {
	return newsner.Errorf(newsner.EInvalid, "not an absolute URL (no scheme; %s): %q", newsner.URLStarts, newsner.Clip(s, 200))
}

// hostPortFirst reports whether s, without "://", starts with a host
// name that has a dot (or is localhost) and a port: a URL whose scheme
// was left out ("example.com:8080/news", "127.0.0.1:8000"), which parses
// as a path of a colon or as a scheme ("tel:5551234" does not start so).
func hostPortFirst(s string) bool {
	if strings.Contains(s, "://") {
		return false
	}
	host, rest, ok := strings.Cut(s, ":")
	if !ok || host == "" || !strings.Contains(host, ".") && !strings.EqualFold(host, "localhost") {
		return false
	}
	port := strings.TrimLeft(rest, "0123456789")
	return len(port) < len(rest) && (port == "" || strings.ContainsAny(port[:1], "/?#"))
}

// CheckURL is ValidateURL for a URL already parsed (resolved against a
// base, say): it checks u and normalises it in place as ValidateURL does,
// and returns it. Its length is the caller's to bound. Errors quote u as
// a string.
func CheckURL(u *url.URL) (*url.URL, error) { return checkURL(u, "") }

// checkURL checks and normalises u, parsed from s ("": u as a string is
// what errors quote).
func checkURL(u *url.URL, s string) (*url.URL, error) {
	in := func() string {
		if s == "" {
			return u.String()
		}
		return s
	}
	u.Scheme = strings.ToLower(u.Scheme)
	switch u.Scheme {
	case "http", "https":
	case "":
		return nil, noScheme(in())
	default:
		if hostPortFirst(in()) {
			// "localhost:8000/a.html" was a URL of the scheme
			// "localhost", not supported.
			return nil, noScheme(in())
		}
		return nil, newsner.Errorf(newsner.EUnsupported, "scheme %q not supported (only http and https): %q", newsner.Clip(u.Scheme, 40), newsner.Clip(in(), 200))
	}
	if u.Opaque != "" || u.Host == "" {
		return nil, newsner.Errorf(newsner.EInvalid, "URL has no host: %q", newsner.Clip(in(), 200))
	}
	if u.User != nil {
		return nil, newsner.Errorf(newsner.EInvalid, "URL carries credentials (user@host): %q", newsner.Clip(newsner.RedactURL(u.String()), 200))
	}
	u.Fragment, u.RawFragment = "", ""
	u.RawQuery = strings.ReplaceAll(u.RawQuery, " ", "%20")
	host, port := u.Hostname(), u.Port()
	if host == "" || strings.Contains(host, ":") && !strings.HasPrefix(u.Host, "[") {
		// A colon in a host name is a port's or, in brackets, an IPv6
		// address's: "//::" parsed as the host ":" (its port empty), and
		// was normalised to no host at all ("https:///").
		return nil, newsner.Errorf(newsner.EInvalid, "URL has no host: %q", newsner.Clip(in(), 200))
	}
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 {
			return nil, newsner.Errorf(newsner.EInvalid, "bad port %q in %q", newsner.Clip(port, 20), newsner.Clip(in(), 200))
		}
	}
	if strings.HasSuffix(u.Host, ":") {
		// "http://host:/" has an empty port; drop the colon.
		u.Host = strings.TrimSuffix(u.Host, ":")
	}
	if strings.Contains(u.Host, "[") {
		// IPv6 literal; url.Parse checked the brackets. Check the address.
		if _, err := netip.ParseAddr(host); err != nil {
			return nil, &newsner.Error{Code: newsner.EInvalid, Message: fmt.Sprintf("bad IPv6 host in %q", newsner.Clip(in(), 200)), Err: err}
		}
		return u, nil
	}
	host = strings.ToLower(host)
	if !isASCII(host) {
		// Internationalised names go on the wire (and to DNS) as punycode.
		a, err := idna.Lookup.ToASCII(host)
		if err != nil {
			return nil, &newsner.Error{Code: newsner.EInvalid, Message: fmt.Sprintf("bad host name in %q", newsner.Clip(in(), 200)), Err: err}
		}
		if a == "" {
			// Only characters IDNA maps to nothing ("\ufeff"): no host,
			// where "https:///" was normalised and emitted.
			return nil, newsner.Errorf(newsner.EInvalid, "URL has no host: %q", newsner.Clip(in(), 200))
		}
		host = a
	}
	if endsInNumber(host) {
		a, ok := parseIPv4(host)
		if !ok {
			return nil, newsner.Errorf(newsner.EInvalid, "bad IPv4 host %q in %q", newsner.Clip(host, 60), newsner.Clip(in(), 200))
		}
		host = a.String()
	}
	if port != "" {
		u.Host = host + ":" + port
	} else {
		u.Host = host
	}
	return u, nil
}

// endsInNumber reports whether a host's last label is numeric, which makes
// the host an IPv4 address (WHATWG URL standard, "ends in a number").
func endsInNumber(host string) bool {
	host = strings.TrimSuffix(host, ".")
	last := host[strings.LastIndexByte(host, '.')+1:]
	if last == "" {
		return false
	}
	if strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

// parseIPv4 parses an IPv4 host the way browsers do (WHATWG URL standard):
// one to four parts, each decimal, octal (leading 0) or hex (0x), the last
// part filling the remaining bytes. So 2130706433, 0x7f.1, 0177.0.0.1 and
// 127.1 are all 127.0.0.1.
func parseIPv4(host string) (netip.Addr, bool) {
	parts := strings.Split(host, ".")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return netip.Addr{}, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return netip.Addr{}, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return netip.Addr{}, false
		}
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return netip.Addr{}, false
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}

// parseIPv4Number parses one part of an IPv4 host: decimal, 0-prefixed octal
// or 0x-prefixed hex. Values that do not fit 32 bits fail.
func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := 10
	switch {
	case len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X"):
		s, base = s[2:], 16
		if s == "" {
			return 0, true
		}
	case len(s) >= 2 && s[0] == '0':
		s, base = s[1:], 8
	}
	for i := 0; i < len(s); i++ {
		// A label that is no number fails here, not in ParseUint, whose
		// error allocates: most hosts end in one.
		if c := s[i] | 0x20; !(s[i] >= '0' && s[i] <= '9' || base == 16 && c >= 'a' && c <= 'f') {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(s, base, 32)
	if err != nil {
		return 0, false
	}
	return n, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
