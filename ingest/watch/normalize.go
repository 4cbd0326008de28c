package watch

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest/fetch"
)

// trackingParams are query parameters that say how a reader came to an
// article, not which article it is. Keys starting with "utm_" are dropped
// as well.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "igshid": true, "li_fat_id": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true, "xtor": true,
	"at_medium": true, "at_campaign": true, "ncid": true, "ocid": true, "cmpid": true, "sr_share": true,
	"rss": false, // kept: some sites serve a different page for it
}

// Normalize returns the form of an article URL that is used to tell
// whether it was seen before, and that is emitted: ref resolved against
// base (nil: ref must be absolute) and checked as the fetcher checks it
// (fetch.CheckURL: scheme and host lower-cased, the host in punycode,
// an IPv4 host as a dotted quad); the default port, the fragment, dot
// segments and tracking parameters (utm_*, fbclid, gclid, ...) removed; an
// empty path made "/"; at most newsner.MaxURLLength bytes, as given and
// as normalised (the fetcher refuses a longer one).
// The order of the other query parameters is kept. Errors are
// *newsner.Error: EInvalid for what is not a usable URL, EUnsupported for a
// scheme other than http(s).
func Normalize(ref string, base *url.URL) (string, error) {
	ref = newsner.TrimURL(ref)
	if ref == "" {
		return "", newsner.Errorf(newsner.EInvalid, "empty URL")
	}
	if len(ref) > newsner.MaxURLLength {
		return "", newsner.Errorf(newsner.EInvalid, "URL of %d bytes: longer than %d", len(ref), newsner.MaxURLLength)
	}
	u, err := url.Parse(ref)
	if err != nil {
		return "", &newsner.Error{Code: newsner.EInvalid, Message: fmt.Sprintf("not a URL: %q", newsner.Clip(ref, 200)), Err: err}
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	// A host name's trailing dots go before the fetcher's checks read it:
	// every one (one left "a.." as "a.", normalised again "a"), and
	// before its IPv4 reading ("0.." became "0", normalised again
	// "0.0.0.0"); a host of dots alone ("//." against a feed's URL) is
	// none, where it was emitted as "https:///".
	if h, p := u.Hostname(), u.Port(); strings.HasSuffix(h, ".") {
		if h = strings.TrimRight(h, "."); h == "" {
			return "", newsner.Errorf(newsner.EInvalid, "URL has no host: %q", newsner.Clip(ref, 200))
		}
		u.Host = h
		if p != "" {
			u.Host += ":" + p
		}
	}
	// The fetcher's checks (scheme, host, port, no credentials) and host
	// form (lower case, punycode, IPv4 as dotted quad): a URL is seen
	// under the host the fetcher dials.
	if u, err = fetch.CheckURL(u); err != nil {
		return "", err
	}
	host, port := strings.ToLower(u.Hostname()), u.Port()
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	u.Host = host
	if port != "" {
		u.Host += ":" + port
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	// The query is written as given (url.URL.String does not escape it),
	// so what TrimURL trims around a URL goes from its ends too: a link
	// "?\ufeff#" gave "...?\ufeff", which, read back with the fragment
	// gone, TrimURL made another URL ("..." without the query).
	// Bytes that are no UTF-8 are escaped (%FF, as a server reads them):
	// written raw, a record's JSON carried them as U+FFFD, another URL.
	u.RawQuery = escapeInvalidUTF8(newsner.TrimURL(stripTracking(u.RawQuery)))
	u.ForceQuery = false
	n := u.String()
	if len(n) > newsner.MaxURLLength {
		// Resolved against a long base, or its bytes escaped three-fold
		// ("\xd7" is "%D7"): emitted, the fetcher refused it.
		return "", newsner.Errorf(newsner.EInvalid, "URL of %d bytes once normalised: longer than %d", len(n), newsner.MaxURLLength)
	}
	return n, nil
}

// escapeInvalidUTF8 is q with each byte that is not part of valid UTF-8
// percent-encoded; q itself where it is valid UTF-8.
func escapeInvalidUTF8(q string) string {
	if utf8.ValidString(q) {
		return q
	}
	var b strings.Builder
	for i := 0; i < len(q); {
		r, size := utf8.DecodeRuneInString(q[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, "%%%02X", q[i])
		} else {
			b.WriteString(q[i : i+size])
		}
		i += size
	}
	return b.String()
}

// stripTracking drops tracking parameters from a raw query, keeping the
// others as they were written, in their order.
func stripTracking(q string) string {
	if q == "" {
		return ""
	}
	parts := strings.Split(q, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		k, _, _ := strings.Cut(p, "=")
		if dk, err := url.QueryUnescape(k); err == nil {
			k = dk
		}
		k = strings.ToLower(k)
		if strings.HasPrefix(k, "utm_") || trackingParams[k] {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}
