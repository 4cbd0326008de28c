package watch

import (
	"net/url"
	"testing"
	"unicode/utf8"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest/fetch"
)

// FuzzNormalize: whatever link a feed or sitemap gives, Normalize returns
// a URL or an error of its two classes (invalid, unsupported) without a
// panic, and the URL it returns is its own normal form: normalised again
// (as the seen file's URLs are read back, and as another feed may list
// it) it is the same, so one article is one URL; and the fetcher takes it
// (fetch.ValidateURL): a URL emitted that the fetcher refuses is an
// article lost. Seeds are TestNormalize's
// inputs. Run longer with go test -run '^$' -fuzz '^FuzzNormalize$' ./ingest/watch.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"HTTPS://News.EXAMPLE:443/a/b?x=1#top", "http://news.example:80", "http://news.example:8080/a",
		"https://news.example/a?utm_source=rss&id=7&utm_medium=feed&fbclid=abc&gclid=x", "https://news.example/a?UTM_Campaign=x",
		"https://news.example/a?", "../story/1.html", "/a/./b/../c", "https://bücher.example/x", "https://news.example./x",
		"\ufeffhttps://news.example/x\u200b", "http://0x7f.1/a", "https://[FE80::1]:443/x", "ftp://news.example/x",
		"javascript:alert(1)", "https://user:pw@host.example/", "http://news.example:99999/", "//other.example/p?a=%zz&b=%41#f",
		"https://news.example/a%2fb/%7Euser?q=a+b&utm_x=1&&", "https://xn--bcher-kva.example.:443//x/../../y",
		"https://news.example/search?q=\xff&p=\xe2\x82", "https://news.example/s?q=caf\xc3\xa9",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	base, err := url.Parse("https://News.Example/world/index.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, ref string, withBase bool) {
		b := base
		if !withBase {
			b = nil
		}
		n, err := Normalize(ref, b)
		if err != nil {
			if c := newsner.ErrorCode(err); c != newsner.EInvalid && c != newsner.EUnsupported {
				t.Fatalf("Normalize(%q): %v, of class %q", ref, err, c)
			}
			return
		}
		again, err := Normalize(n, nil)
		if err != nil || again != n {
			t.Fatalf("Normalize(%q) = %q, normalised again %q, %v", ref, n, again, err)
		}
		if _, err := fetch.ValidateURL(n); err != nil {
			t.Fatalf("Normalize(%q) = %q, which the fetcher refuses: %v", ref, n, err)
		}
		// Valid UTF-8, so that a record's JSON carries it as it is (an
		// invalid byte is written U+FFFD: another URL).
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: not UTF-8", ref, n)
		}
	})
}
