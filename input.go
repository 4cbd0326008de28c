package newsner

import (
	"strings"
	"unicode"
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
