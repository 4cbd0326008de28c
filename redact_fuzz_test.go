package newsner_test

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// FuzzRedactURL: whatever a feed, a URL line or a redirect hands on as a
// URL, RedactURL never panics, changes nothing but the user information
// (what is before "://" and from the last '@' of the authority on is
// kept), leaves a URL without any as it was, and hides the secret: the
// user part it returns is "xxxxx" or ends in ":xxxxx". Seeds are
// TestRedactURL's. Run longer with
// go test -run '^$' -fuzz '^FuzzRedactURL$' .
func FuzzRedactURL(f *testing.F) {
	for _, s := range []string{
		"http://user:secret@127.0.0.1:8000/a.html", "https://ghp_TOKEN@example.com/a?b=c",
		"https://user:p@ss:word@example.com", "http://user:secret@host:badport/x",
		"https://example.com/a@b", "mailto:a@b", "", "://@", "http://a@b@c/?d@e#f@g",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := newsner.RedactURL(s)
		i := strings.Index(s, "://")
		if i < 0 {
			if got != s {
				t.Fatalf("RedactURL(%q) = %q: no authority, want it unchanged", s, got)
			}
			return
		}
		rest := s[i+3:]
		end := strings.IndexAny(rest, "/?#")
		if end < 0 {
			end = len(rest)
		}
		at := strings.LastIndexByte(rest[:end], '@')
		if at < 0 {
			if got != s {
				t.Fatalf("RedactURL(%q) = %q: no user information, want it unchanged", s, got)
			}
			return
		}
		if !strings.HasPrefix(got, s[:i+3]) || !strings.HasSuffix(got, rest[at:]) {
			t.Fatalf("RedactURL(%q) = %q: changed more than the user information", s, got)
		}
		user := got[i+3 : len(got)-len(rest[at:])]
		if name, ok := strings.CutSuffix(user, ":xxxxx"); user != "xxxxx" && (!ok || strings.Contains(name, ":")) {
			t.Fatalf("RedactURL(%q) = %q: user part %q keeps a secret", s, got, user)
		}
		if again := newsner.RedactURL(got); again != got {
			t.Fatalf("RedactURL not idempotent: %q -> %q -> %q", s, got, again)
		}
	})
}
