package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/gz"
)

// Inputs is the Loader for the inputs a user names: http(s) URLs (fetched),
// and, where AllowFiles is set, file paths, file:// URLs and "-" (stdin).
// Files and stdin that start with gzip's magic bytes are decompressed,
// whatever their names (ReadCapped).
type Inputs struct {
	// Fetcher fetches http(s) URLs. Required for URL inputs.
	Fetcher interface {
		Fetch(ctx context.Context, rawURL string) (newsner.Page, error)
	}
	// AllowFiles lets inputs name local files and stdin. Off for URLs that
	// come from a queue, which must not read the machine's files.
	AllowFiles bool
	// Stdin is read for the input "-". Default: no stdin.
	Stdin io.Reader
	// MaxFileBytes caps a file's (decompressed) size. Default:
	// newsner.DefaultMaxBodyBytes.
	MaxFileBytes int64

	stdinOnce sync.Once
	stdin     []byte
	stdinErr  error
}

// Load returns the page the input names.
func (in *Inputs) Load(ctx context.Context, input string) (newsner.Page, error) {
	if !in.AllowFiles || !isLocal(input) {
		if in.Fetcher == nil {
			return newsner.Page{URL: input}, newsner.Errorf(newsner.EUnsupported, "fetch %s: no fetcher configured", newsner.Clip(input, 200))
		}
		// The fetcher validates the URL: anything but an http(s) URL is
		// refused there with a class (invalid, unsupported).
		return in.Fetcher.Fetch(ctx, input)
	}
	if input == "-" {
		in.stdinOnce.Do(func() {
			if in.Stdin == nil {
				in.stdinErr = newsner.Errorf(newsner.EUnsupported, "read stdin: no standard input configured")
				return
			}
			in.stdin, in.stdinErr = ReadCapped(in.Stdin, in.maxFileBytes(), "stdin", "MaxFileBytes")
		})
		if in.stdinErr != nil {
			return newsner.Page{URL: input}, in.stdinErr
		}
		if err := urlList("stdin", in.stdin); err != nil {
			return newsner.Page{URL: input}, err
		}
		return newsner.Page{URL: "-", FinalURL: "-", FetchedAt: time.Now().UTC(), Body: in.stdin}, nil
	}
	path := input
	if strings.HasPrefix(input, "file://") {
		u, err := url.Parse(input)
		if err != nil {
			return newsner.Page{URL: input}, &newsner.Error{Code: newsner.EInvalid, Message: "parse file URL", Err: err}
		}
		path = u.Path
	}
	if path == "" {
		// filepath.Abs("") is the working directory: an empty argument
		// (or "file://host") read it and said "is a directory".
		return newsner.Page{URL: input}, newsner.Errorf(newsner.EInvalid, "%q names no file (give a URL, a file's path, or - for stdin)", input)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return newsner.Page{URL: input}, &newsner.Error{Code: newsner.EInvalid, Message: "resolve " + path, Err: err}
	}
	u := (&url.URL{Scheme: "file", Path: abs}).String()
	f, err := OpenFile(abs)
	if err != nil {
		fe := FileError("open", abs, err)
		if errors.Is(err, fs.ErrNotExist) && path == input {
			// Given no scheme, a URL is taken for a file: say so.
			fe.Message += " (" + NotAURL + ")"
		}
		return newsner.Page{URL: u}, fe
	}
	defer f.Close()
	body, err := ReadCapped(f, in.maxFileBytes(), abs, "MaxFileBytes")
	if err != nil {
		return newsner.Page{URL: u}, err
	}
	if err := urlList(abs, body); err != nil {
		return newsner.Page{URL: u}, err
	}
	return newsner.Page{URL: u, FinalURL: u, FetchedAt: time.Now().UTC(), Body: body}, nil
}

// urlList refuses an input that is a list of URLs, one a line (blank
// lines and '#' comments aside, as the URL lines read them) or several a
// line between spaces, rather than a page: a list given where a page is
// read was made an article of its lines, with no entities, and exit 0 (of
// URLs between spaces, its language guessed from their words). A list
// with a stray line, a header such as "url" or "URLs:" (a short line with
// no URL, strayLine), is still a list: at most one such line, or a tenth
// of the URL lines. A text with more, or with a line of prose, is a page,
// whatever URLs it quotes on lines of their own. name is the file's (or
// "stdin"). The error says how to feed a list, as README does: to
// `newsner run` on its standard input, one a line; it quotes the first
// stray line.
func urlList(name string, body []byte) error {
	if len(body) > 1<<20 || bytes.IndexByte(body, '<') >= 0 {
		return nil
	}
	n, lines, strays, spaced, first := 0, 0, 0, false, ""
	for line := range strings.Lines(string(body)) {
		line = newsner.TrimURL(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if !allURLs(fields) {
			if !strayLine(line, fields) {
				return nil
			}
			if strays++; strays == 1 {
				first = line
			}
			continue
		}
		lines++
		n += len(fields)
		spaced = spaced || len(fields) > 1
	}
	if n == 0 || strays > max(1, lines/10) {
		return nil
	}
	// Said in words, not as "newsner run < FILE": the records' JSON writes
	// '<' as \u003c.
	stray := ""
	switch strays {
	case 0:
	case 1:
		stray = fmt.Sprintf("its line %q is no URL; ", first)
	default:
		stray = fmt.Sprintf("%d of its lines are no URL, the first %q; ", strays, first)
	}
	if spaced {
		return newsner.Errorf(newsner.EInvalid, "read %s: a list of %s, not a page (%sgive each URL as an input, or the list, one a line, to newsner run on its standard input)", name, newsner.Count(n, "URL"), stray)
	}
	return newsner.Errorf(newsner.EInvalid, "read %s: a list of %s, one a line, not a page (%sgive each URL as an input, or the list to newsner run on its standard input)", name, newsner.Count(n, "URL"), stray)
}

// allURLs reports whether every field of a line is a URL (listURL).
func allURLs(fields []string) bool {
	for _, f := range fields {
		if !listURL(f) {
			return false
		}
	}
	return true
}

// listURL reports whether a field of a list's line is a URL: an http(s)
// one, or one of another scheme with a host ("ftp://files.example/a", a
// mistyped "htp://example.com/a"), which a list can hold (run makes it an
// unsupported dead letter) and no prose line is. Counted as stray lines,
// two such lines made a short list a page: an article of its lines, with
// no entities, and exit 0.
func listURL(f string) bool {
	if newsner.HasHTTPScheme(f) {
		return true
	}
	u, err := url.Parse(f)
	return err == nil && u.Scheme != "" && u.Host != "" && strings.Contains(f, "://")
}

// strayLine reports whether a line of a list that is no URL can be a
// header or a stray note ("url", "URLs:", "// mine", "--- batch 2 ---"):
// at most four words and 60 bytes, none of them a URL. A line of prose is
// longer, and one that quotes a URL among words is text.
func strayLine(line string, fields []string) bool {
	if len(line) > 60 || len(fields) > 4 {
		return false
	}
	for _, f := range fields {
		if listURL(f) {
			return false
		}
	}
	return true
}

// OpenFile opens a file to read as an input (extract's, a page reprocess
// reads). A named pipe opened plainly waits for a writer, in a system call
// no signal ends: extract hung past SIGINT and SIGTERM on one. It is
// opened without waiting, and one that has no writer reads as empty.
func OpenFile(path string) (*os.File, error) {
	flag := os.O_RDONLY
	if fi, err := os.Stat(path); err == nil && fi.Mode()&fs.ModeNamedPipe != 0 {
		flag |= syscall.O_NONBLOCK
	}
	return os.OpenFile(path, flag, 0)
}

// NotAURL is what an error about a file that is not there adds where the
// input, given without a scheme, may have been meant as a URL.
const NotAURL = "nor a URL: " + newsner.URLStarts

// FileError is the EInvalid error of a file operation (op: "open", "stat")
// on path that failed with err, naming the path once: not "open X: open X:
// no such file or directory", as wrapping an *os.PathError would.
func FileError(op, path string, err error) *newsner.Error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &newsner.Error{Code: newsner.EInvalid, Message: op + " " + path, Err: err}
}

// isLocal reports whether the input names stdin or a file rather than a URL.
func isLocal(input string) bool {
	return input == "-" || strings.HasPrefix(input, "file://") || !strings.Contains(input, "://")
}

func (in *Inputs) maxFileBytes() int64 {
	if in.MaxFileBytes > 0 {
		return in.MaxFileBytes
	}
	return newsner.DefaultMaxBodyBytes
}

// errTooLarge is the cause of a ReadCapped error for input over the cap.
var errTooLarge = errors.New("input too large")

// ReadCapped reads all of r, a file's or stdin's content named what (or
// a gzipped feed's, in watch), decompressing gzip (gz.NewReader). It fails with
// ETooLarge past max bytes (after decoding), its cause marked as given by
// the limit named limit (newsner.AtLimit: the caller's Config field that
// set max) unless limit is "", and EInvalid where r cannot be read or
// decompressed. It is the one capped gunzip of whole inputs.
func ReadCapped(r io.Reader, max int64, what, limit string) ([]byte, error) {
	body, err := readCapped(r, max)
	if err != nil {
		code := newsner.EInvalid
		if pe := (*os.PathError)(nil); errors.As(err, &pe) {
			err = pe.Err // what names the file: "read X: is a directory", not "read X: read X: ..."
		}
		if errors.Is(err, errTooLarge) {
			code = newsner.ETooLarge
			kind, endless := streamKind(r)
			switch {
			case endless:
				// A larger cap cannot help: no hint of the limit.
				err = fmt.Errorf("%w, read from %s, which need never end (/dev/zero, /dev/urandom): a page is read from a file, a URL or an input that ends", err, kind)
			case kind != "":
				err = fmt.Errorf("%w, read from %s, which may never end", err, kind)
			}
			if limit != "" && !endless {
				err = newsner.AtLimit(limit, err)
			}
		}
		return nil, &newsner.Error{Code: code, Message: "read " + what, Err: err}
	}
	return body, nil
}

// streamKind says what r is where it is no regular file: a character
// device, endless as far as a reader can tell; a pipe or a socket, which
// may end or not; "" for a regular file, a block device, or a reader with
// no Stat (stdinUntil's has one).
func streamKind(r io.Reader) (kind string, endless bool) {
	s, ok := r.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return "", false
	}
	fi, err := s.Stat()
	if err != nil {
		return "", false
	}
	switch m := fi.Mode(); {
	case m&fs.ModeCharDevice != 0:
		return "a character device", true
	case m&fs.ModeNamedPipe != 0:
		return "a pipe", false
	case m&fs.ModeSocket != 0:
		return "a socket", false
	}
	return "", false
}

func readCapped(r io.Reader, max int64) ([]byte, error) {
	src, gzipped, err := gz.NewReader(r)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(src, max+1))
	if err != nil { // gz says which are the gzip data's
		return nil, err
	}
	if int64(len(body)) > max {
		if gzipped {
			return nil, fmt.Errorf("%w: decompresses to more than %d bytes", errTooLarge, max)
		}
		return nil, fmt.Errorf("%w: over %d bytes", errTooLarge, max)
	}
	return body, nil
}
