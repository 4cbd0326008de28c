package newsner_test

import (
	"testing"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// TestClip: Clip cuts between characters, never inside one, so an error
// quoting a clipped URL or title of non-ASCII text stays valid UTF-8 (a log
// line or dead letter would carry a broken byte, or U+FFFD in JSON).
func TestClip(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"abcdef", 3, "abc..."},
		{"ééé", 3, "é..."}, // 2 bytes each: the cut backs off to 2
		{"日本語", 4, "日..."}, // 3 bytes each
		{"日本語", 2, "..."},  // nothing whole fits
		{"a日本語", 3, "a..."},
	} {
		got := newsner.Clip(c.s, c.n)
		if got != c.want || !utf8.ValidString(got) {
			t.Errorf("Clip(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

// TestCount: a count of one takes the noun in the singular ("1 URL on
// newsner.urls", once "1 URLs").
func TestCount(t *testing.T) {
	for _, c := range []struct {
		n    int64
		want string
	}{{0, "0 URLs"}, {1, "1 URL"}, {2, "2 URLs"}} {
		if got := newsner.Count(c.n, "URL"); got != c.want {
			t.Errorf("Count(%d, URL) = %q, want %q", c.n, got, c.want)
		}
	}
	// A consonant's y is ies; a vowel's takes an s.
	for _, c := range []struct {
		n          int
		noun, want string
	}{{1, "copy", "1 copy"}, {2, "copy", "2 copies"}, {0, "entry", "0 entries"}, {3, "key", "3 keys"}, {2, "day", "2 days"}} {
		if got := newsner.Count(c.n, c.noun); got != c.want {
			t.Errorf("Count(%d, %s) = %q, want %q", c.n, c.noun, got, c.want)
		}
	}
}

// TestDeadLetterHidesCredentials: a URL that carries a password or a token
// in its user information, refused by the fetcher, is a dead letter whose
// url hides it (RedactURL), as its error did already ("user:xxxxx@"): the
// url field carried the password on to the dead-letter topic and stdout.
// A URL without user information, a query's token included, is as fed.
func TestDeadLetterHidesCredentials(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"http://user:secret@127.0.0.1:8000/a.html", "http://user:xxxxx@127.0.0.1:8000/a.html"},
		{"https://ghp_TOKEN@example.com/a?b=c", "https://xxxxx@example.com/a?b=c"},
		{"https://user:p@ss:word@example.com", "https://user:xxxxx@example.com"},
		{"http://user:secret@host:badport/x", "http://user:xxxxx@host:badport/x"},
		{"https://example.com/a?token=x@y#f@g", "https://example.com/a?token=x@y#f@g"},
		{"https://example.com/@user/post", "https://example.com/@user/post"},
		{"mailto:a@example.com", "mailto:a@example.com"},
		{"page.html", "page.html"},
	} {
		d := newsner.NewDeadLetter(c.in, newsner.Errorf(newsner.EInvalid, "refused"))
		if d.URL != c.want {
			t.Errorf("%q: dead letter url %q, want %q", c.in, d.URL, c.want)
		}
	}
}
