package ingest

import (
	"net/url"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// FuzzURLList: whatever file or stdin is given where a page is read,
// urlList never panics and refuses it only as invalid, naming the input
// and the count, and only where it holds no markup and every line that is
// not blank or a comment is URLs between spaces (http(s), or of another
// scheme with "://" and a host: "ftp://files.example/a", a mistyped
// "htp://example.com/a"), but for at most
// one stray line (or a tenth of the URL lines) of four words and 60 bytes
// at most, none a URL. Seeds are from TestInputsRefuseAURLList's and
// TestInputsRefuseAURLListWithAStrayLine's inputs. Run longer with
// go test -run '^$' -fuzz '^FuzzURLList$' ./ingest.
func FuzzURLList(f *testing.F) {
	for _, s := range []string{
		"https://a.example/1\nhttps://a.example/2\n", "# mine\n\nHTTP://x.example/a\r\n",
		"https://a.example/1 and more\n", "<p>https://a.example/</p>", "just text", "", "\n#\n",
		"https://a.example/\x00\xff\n", "https://a.example/1 https://a.example/2\n",
		"url\nhttps://a.example/1\nhttps://a.example/2\n", "a\nb\nhttps://a.example/1\nhttps://a.example/2\n",
		"Sources\nRead the report at https://a.example/1\nhttps://a.example/2\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		err := urlList("in", body)
		if err == nil {
			return
		}
		if newsner.ErrorCode(err) != newsner.EInvalid || !strings.Contains(err.Error(), "read in: a list of ") {
			t.Fatalf("urlList(%q): %v, want invalid naming the input", body, err)
		}
		if strings.Contains(string(body), "<") {
			t.Fatalf("urlList(%q) refused markup: %v", body, err)
		}
		n, urlLines, strays := 0, 0, 0
		for line := range strings.Lines(string(body)) {
			line = newsner.TrimURL(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			words, urls := strings.Fields(line), 0
			for _, w := range words {
				if isListURL(w) {
					urls++
				}
			}
			switch {
			case urls == len(words):
				n += urls
				urlLines++
			case urls > 0 || len(words) > 4 || len(line) > 60:
				t.Fatalf("urlList(%q) refused a text whose line %q is neither URLs nor a short stray line: %v", body, line, err)
			default:
				strays++
			}
		}
		if strays > max(1, urlLines/10) {
			t.Fatalf("urlList(%q) refused a text of %d URL lines and %d stray lines: %v", body, urlLines, strays, err)
		}
		if want := "a list of " + newsner.Count(n, "URL") + ","; !strings.Contains(err.Error(), want) {
			t.Fatalf("urlList(%q): %v, want the count %q", body, err, want)
		}
	})
}

// isListURL is what a URL list's line may hold as a URL, as the fuzz
// target reads it: an http(s) URL, or a URL of another scheme written with
// "://" and a host, which a list can hold and no prose line does.
func isListURL(w string) bool {
	if l := strings.ToLower(w); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return true
	}
	u, err := url.Parse(w)
	return err == nil && u.Scheme != "" && u.Host != "" && strings.Contains(w, "://")
}
