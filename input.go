package newsner

import (
	"strings"
	"unicode"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// TrimURL is how every input path (feed, run's stdin, extract's arguments,
// the URL topic) cleans a URL as given before anything else sees it: white
// space (Unicode's, with the byte order mark and zero-width spaces that
// copying from documents leaves) is cut from both ends. The record's url is
// the trimmed input, so consumers joining on it find it.
func TrimURL(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B'
	})
}

// DefaultMaxBodyBytes is the one size cap, 16 MiB: the largest page body,
// decompressed, that any command reads (fetched, from a file or stdin, from
// an archive or the raw topic) and extracts. Every command's
// --max-body-bytes sets it for all of these at once; a page over it is a
// dead letter of class ETooLarge whichever way it came.
const DefaultMaxBodyBytes = 16 << 20

// MaxURLLength is the longest URL newsner takes, in bytes (the fetcher
// refuses a longer one, a feed's is skipped). Real article URLs are far
// shorter; anything longer is junk or an attack on a parser, so a log line
// quotes no more of it.
const MaxURLLength = 8 << 10

// URLStarts is what a message about an input that is not a URL tells the
// user a URL is: extract's about a file not there (ingest.NotAURL), the
// fetcher's about a URL without its scheme.
const URLStarts = "a URL starts with http:// or https://"

// HasHTTPScheme reports whether s starts as URLStarts says, its scheme in
// any case ("HTTPS://" too): a list's line, a feed item's link, a seen
// file's line.
func HasHTTPScheme(s string) bool {
	l := strings.ToLower(s[:min(len(s), 8)])
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// RedactURL returns s with the secret of its user information hidden, as
// what is said of a URL (a dead letter's url, its log line, an error) shows
// it: "http://user:secret@host/" is "http://user:xxxxx@host/", and a user
// part without a password, often a token ("https://TOKEN@host/"), is
// "xxxxx". The fetcher refuses such URLs, so the secret is of no use to a
// consumer and would only be carried on to the dead-letter topic and the
// logs. s itself where it has no user information; s need not parse (the
// authority is cut by hand, as a URL's is: after "://", before the first
// '/', '?' or '#', up to its last '@').
func RedactURL(s string) string {
	i := strings.Index(s, "://")
	if i < 0 {
		return s
	}
	rest := s[i+3:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	at := strings.LastIndexByte(rest[:end], '@')
	if at < 0 {
		return s
	}
	user, _, hasPassword := strings.Cut(rest[:at], ":")
	if hasPassword {
		user += ":xxxxx"
	} else {
		user = "xxxxx"
	}
	return s[:i+3] + user + rest[at:]
}

// DecodeUTF16 returns b decoded to UTF-8, without its byte order mark,
// where b starts with a UTF-16 one (FF FE little-endian, FE FF big-endian:
// a page or a text saved "as Unicode" on Windows), and whether it did;
// unpaired surrogates and an odd last byte become U+FFFD. It is how a body
// that came without a Content-Type is looked at before its markup or text
// is judged (its bytes, every other one NUL, show neither): the
// extractor's reading of a file or stdin, the fetcher's sniffing of a body
// served without a type.
func DecodeUTF16(b []byte) ([]byte, bool) {
	if len(b) < 2 || !(b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		return nil, false
	}
	out, _, err := transform.Bytes(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder(), b)
	if err != nil {
		return nil, false
	}
	return out, true
}
