package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/time/rate"
)

// FuzzFlagValues: whatever is given as --since, --per-host-rate,
// --max-redirects, a training run's prefix lengths or a source without a
// scheme, parseSince, rateValue.Set, redirectsValue.Set, parseLengths and
// siteName never panic; a value accepted prints back (String, or RFC 3339
// for a time, the lengths joined by commas or "none") to one that parses to
// the same value; siteName judges only the host, before the first '/'.
// Seeds are the tests' values. Run longer with
// go test -run '^$' -fuzz '^FuzzFlagValues$' ./cmd/newsner.
func FuzzFlagValues(f *testing.F) {
	for _, s := range []string{"72h", "2026-11-01T00:00:00Z", "2026-11-01T06:00:00+02:00", "2026-11-01", "-5h", "yesterday",
		"inf", "0.9", "16", "0", "1", "3", "-1", "1e400", "none", "", "3,4", " 2, 5", "65", "example.com", "example.com/news",
		"sites.txt", "feeds/sites.csv", "example.COM.", "2026-11-01T06:00:00.123456789-23:59"} {
		f.Add(s)
	}
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if at, err := parseSince(s, now); err == nil {
			p := at.Format(time.RFC3339Nano)
			if back, err := parseSince(p, now); err != nil || !back.Equal(at) {
				t.Fatalf("--since %q = %v, printed %q, reads as %v, %v", s, at, p, back, err)
			}
		}
		var r rateValue
		if err := r.Set(s); err == nil {
			if !(r > 0) || float64(r) > float64(rate.Inf) {
				t.Fatalf("--per-host-rate %q = %v, not a positive rate nor rate.Inf", s, float64(r))
			}
			var back rateValue
			if err := back.Set(r.String()); err != nil || back != r {
				t.Fatalf("--per-host-rate %q = %v, printed %q, reads as %v, %v", s, float64(r), r.String(), float64(back), err)
			}
		}
		var n redirectsValue
		if err := n.Set(s); err == nil {
			var back redirectsValue
			if err := back.Set(n.String()); err != nil || back != n || n < 0 {
				t.Fatalf("--max-redirects %q = %d, printed %q, reads as %d, %v", s, n, n.String(), back, err)
			}
		}
		if ls, err := parseLengths(s); err == nil {
			p := "none"
			if ls == nil {
				p = ""
			} else if len(ls) > 0 {
				p = strings.Trim(strings.Join(strings.Fields(fmt.Sprint(ls)), ","), "[]")
			}
			back, err := parseLengths(p)
			if err != nil || !slices.Equal(back, ls) || (back == nil) != (ls == nil) {
				t.Fatalf("lengths %q = %v, printed %q, read as %v, %v", s, ls, p, back, err)
			}
			for _, l := range ls {
				if l < 1 || l > 64 {
					t.Fatalf("lengths %q = %v: %d out of 1 to 64", s, ls, l)
				}
			}
		}
		host, _, _ := strings.Cut(s, "/")
		if siteName(s) != siteName(host) {
			t.Fatalf("siteName(%q) = %v, but of its host %q %v", s, siteName(s), host, siteName(host))
		}
	})
}
