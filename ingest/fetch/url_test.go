package fetch

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

func TestValidateURL(t *testing.T) {
	tests := []struct {
		name string
		in   string
		code string // "" = valid
		want string // normalised URL when valid
	}{
		{"plain", "https://example.com/news/1", "", "https://example.com/news/1"},
		{"spaces trimmed", "  http://example.com/a \n", "", "http://example.com/a"},
		{"case normalised", "HTTPS://Example.COM/Path", "", "https://example.com/Path"},
		{"port", "http://example.com:8080/", "", "http://example.com:8080/"},
		{"empty port dropped", "http://example.com:/x", "", "http://example.com/x"},
		{"query kept", "http://example.com/a?b=c&d", "", "http://example.com/a?b=c&d"},
		// Never sent; the final URL and a record's id kept it.
		{"fragment dropped", "http://example.com/a?b=c#comments", "", "http://example.com/a?b=c"},
		{"fragment of an ipv6 host dropped", "http://[2606:4700::1111]/a#x", "", "http://[2606:4700::1111]/a"},
		// Sent raw, a space in the query made a request servers refuse.
		{"space in the query escaped", "http://example.com/search?q=eu summit&x=1", "", "http://example.com/search?q=eu%20summit&x=1"},
		{"space in the path escaped", "http://example.com/eu summit.html", "", "http://example.com/eu%20summit.html"},
		{"ipv6", "http://[2606:4700::1111]/", "", "http://[2606:4700::1111]/"},
		{"decimal ipv4", "http://2130706433/", "", "http://127.0.0.1/"},
		{"octal ipv4", "http://0177.0.0.1/", "", "http://127.0.0.1/"},
		{"hex ipv4", "http://0x7f.0x0.0x0.0x1/", "", "http://127.0.0.1/"},
		{"short ipv4", "http://127.1:81/", "", "http://127.0.0.1:81/"},
		{"hex whole ipv4", "http://0x7F000001/", "", "http://127.0.0.1/"},
		{"trailing dot ipv4", "http://10.0.0.1./", "", "http://10.0.0.1/"},
		{"idn", "http://bücher.example/", "", "http://xn--bcher-kva.example/"},
		{"bad idn", "http://a\u200b\u0000b.example/", newsner.EInvalid, ""},

		{"empty", "", newsner.EInvalid, ""},
		{"blank", " \t\n", newsner.EInvalid, ""},
		{"not a url", "hello world", newsner.EInvalid, ""},
		{"relative", "/news/1", newsner.EInvalid, ""},
		{"no scheme", "example.com/news", newsner.EInvalid, ""},
		{"no scheme, a port", "localhost:8000/a.html", newsner.EInvalid, ""},
		{"no scheme, an address and port", "127.0.0.1:8000", newsner.EInvalid, ""},
		{"no scheme, a host and port", "example.com:8080/news?x=1", newsner.EInvalid, ""},
		{"control char", "http://example.com/\x00", newsner.EInvalid, ""},
		{"no host", "http:///path", newsner.EInvalid, ""},
		{"opaque", "http:example.com", newsner.EInvalid, ""},
		{"credentials", "http://user:secret@example.com/", newsner.EInvalid, ""},
		{"port zero", "http://example.com:0/", newsner.EInvalid, ""},
		{"port too big", "http://example.com:70000/", newsner.EInvalid, ""},
		{"port not a number", "http://example.com:http/", newsner.EInvalid, ""},
		{"bad ipv4", "http://256.256.256.256/", newsner.EInvalid, ""},
		{"five parts", "http://1.2.3.4.5/", newsner.EInvalid, ""},
		{"bad octal", "http://08.0.0.1/", newsner.EInvalid, ""},
		{"numeric tld", "http://example.123/", newsner.EInvalid, ""},
		{"bad ipv6", "http://[::zz]/", newsner.EInvalid, ""},
		{"too long", "http://example.com/" + strings.Repeat("a", newsner.MaxURLLength), newsner.EInvalid, ""},
		{"100 KB", "https://example.com/?q=" + strings.Repeat("x", 100<<10), newsner.EInvalid, ""},

		{"ftp", "ftp://example.com/file", newsner.EUnsupported, ""},
		{"file", "file:///etc/passwd", newsner.EUnsupported, ""},
		{"gopher", "gopher://127.0.0.1:11211/_stats", newsner.EUnsupported, ""},
		{"javascript", "javascript:alert(1)", newsner.EUnsupported, ""},
		{"data", "data:text/html,<h1>x</h1>", newsner.EUnsupported, ""},
		{"mailto", "mailto:a@example.com", newsner.EUnsupported, ""},
		{"tel", "tel:5551234", newsner.EUnsupported, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := ValidateURL(tt.in)
			if got := newsner.ErrorCode(err); got != tt.code {
				t.Fatalf("ValidateURL(%.60q) = %v; class %q, want %q", tt.in, err, got, tt.code)
			}
			if err != nil {
				if len(err.Error()) > 2000 {
					t.Errorf("error message is %d bytes; want it clipped", len(err.Error()))
				}
				if strings.Contains(err.Error(), "secret") {
					t.Errorf("error %q shows the password", err)
				}
				return
			}
			if u.String() != tt.want {
				t.Errorf("ValidateURL(%q) = %q, want %q", tt.in, u, tt.want)
			}
		})
		// CheckURL, on the URL parsed, agrees.
		if p, err := url.Parse(newsner.TrimURL(tt.in)); err == nil && len(tt.in) <= newsner.MaxURLLength {
			u, err := CheckURL(p)
			if newsner.ErrorCode(err) != tt.code || err == nil && u.String() != tt.want {
				t.Errorf("CheckURL(%.60q) = %v, %v; want %q, class %q", tt.in, u, err, tt.want, tt.code)
			}
		}
	}
}

func TestParseIPv4(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" = not an address
	}{
		{"127.0.0.1", "127.0.0.1"},
		{"2130706433", "127.0.0.1"},
		{"0x7f000001", "127.0.0.1"},
		{"017700000001", "127.0.0.1"},
		{"127.1", "127.0.0.1"},
		{"127.0.1", "127.0.0.1"},
		{"0x7f.1", "127.0.0.1"},
		{"0177.0.0.01", "127.0.0.1"},
		{"169.254.43518", "169.254.169.254"},
		{"0xa9fea9fe", "169.254.169.254"},
		{"0", "0.0.0.0"},
		{"4294967295", "255.255.255.255"},
		{"4294967296", ""},
		{"1.2.3.256", ""},
		{"1.256.3.4", ""},
		{"1.2.65536", ""},
		{"09", ""},
		{"1..2", ""},
		{"a.b", ""},
	}
	for _, tt := range tests {
		a, ok := parseIPv4(tt.in)
		got := ""
		if ok {
			got = a.String()
		}
		if got != tt.want {
			t.Errorf("parseIPv4(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzValidateURL(f *testing.F) {
	for _, s := range []string{"http://example.com/", "http://0x7f.1/", "http://[::1]:80/", "ftp://x", "", "http://a:b@c/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := ValidateURL(s)
		if err != nil {
			if c := newsner.ErrorCode(err); c != newsner.EInvalid && c != newsner.EUnsupported {
				t.Fatalf("class %q for %q", c, s)
			}
			return
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			t.Fatalf("accepted %q as %q", s, u)
		}
		// Normalising is idempotent.
		u2, err := ValidateURL(u.String())
		if err != nil || u2.String() != u.String() {
			t.Fatalf("re-validating %q: %v, %v", u, u2, err)
		}
	})
}

// TestValidateURLNoScheme: a URL typed without its scheme says so, and
// what a URL starts with, a host and port first too: "localhost:8000/a"
// was a URL of the scheme "localhost", not supported, and
// "127.0.0.1:8000/a" was "not a URL: ... first path segment in URL cannot
// contain colon".
func TestValidateURLNoScheme(t *testing.T) {
	for _, in := range []string{"example.com/news", "www.example.com", "localhost:8000/a.html", "127.0.0.1:8000/a.html", "127.0.0.1:8000", "Example.com:8080?x=1"} {
		_, err := ValidateURL(in)
		if newsner.ErrorCode(err) != newsner.EInvalid || !strings.Contains(fmt.Sprint(err), "(no scheme; "+newsner.URLStarts+")") {
			t.Errorf("ValidateURL(%q) = %v; want invalid, saying it has no scheme and %q", in, err, newsner.URLStarts)
		}
	}
}

// TestValidateURLNotARecord: a JSON object on the URL topic that is no URL
// record (its "url" not a string, missing, or the object cut short) is
// dead-lettered as fed, saying what a URL record is: it was "not a URL:
// ... first path segment in URL cannot contain colon", or "no scheme".
func TestValidateURLNotARecord(t *testing.T) {
	for _, in := range []string{`{"url": 5}`, `{"link":"https://a.example/"}`, `{not json`, ` {"url":"https://a.example/"`} {
		_, err := ValidateURL(newsner.ParseURLRecord([]byte(in)).URL)
		if newsner.ErrorCode(err) != newsner.EInvalid || !strings.Contains(fmt.Sprint(err), `nor a URL record (a JSON object whose "url" is a string`) {
			t.Errorf("ValidateURL(%q) = %v; want invalid, saying what a URL record is", in, err)
		}
	}
}
