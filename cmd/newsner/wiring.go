package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"
	"net/http"
	"os"
	"strconv"
	"strings"

	"golang.org/x/time/rate"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/ingest/fetch"
)

// fetcherFlags binds the fetcher's settings to flags, with the fetcher's
// own defaults.
func fetcherFlags(fs *flagSet) *fetch.Config {
	c := fetch.DefaultConfig()
	fs.StringVar(&c.UserAgent, "user-agent", c.UserAgent, "User-Agent sent with every request; its product token is matched against robots.txt")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", c.MaxBodyBytes, "largest page body read and extracted, before and after gzip decoding; a larger page is a too_large dead letter")
	fs.DurationVar(&c.ConnectTimeout, "connect-timeout", c.ConnectTimeout, "time to connect to a server, TLS included")
	fs.DurationVar(&c.HeaderTimeout, "header-timeout", c.HeaderTimeout, "time to wait for response headers")
	fs.DurationVar(&c.BodyTimeout, "body-timeout", c.BodyTimeout, "time to read a whole body")
	fs.Var((*redirectsValue)(&c.MaxRedirects), "max-redirects", "redirects followed; 0 follows none")
	fs.IntVar(&c.MaxAttempts, "max-attempts", c.MaxAttempts, "tries of a request on connection errors, 429 and 5xx (a redirect's hop is no try)")
	fs.IntVar(&c.PerHostConcurrency, "per-host-concurrency", c.PerHostConcurrency, "requests in flight to one host")
	fs.Var((*rateValue)(&c.PerHostRate), "per-host-rate", "requests per second started to one host, or inf")
	fs.BoolVar(&c.IgnoreRobots, "ignore-robots", c.IgnoreRobots, "do not fetch or obey robots.txt")
	fs.BoolVar(&c.AllowPrivateNetworks, "allow-private-networks", c.AllowPrivateNetworks, "let the fetcher reach loopback, private and link-local addresses (local use and tests only; off, the SSRF guard refuses them); the cloud metadata services stay refused")
	fs.needPositive("max-body-bytes", "connect-timeout", "header-timeout", "body-timeout", "max-attempts", "per-host-concurrency")
	return &c
}

// acceptFormat makes the fetcher of fc take, for --input-format text, a
// page served as text/plain as well as HTML, as a text file is read: it
// was a not_html dead letter ('content type "text/plain" is not HTML')
// whatever the flag said. auto and html take HTML, the fetcher's default.
func acceptFormat(fc *fetch.Config, format string) {
	if format == extract.FormatText {
		fc.Types = []string{"text/html", "application/xhtml+xml", "text/plain"}
	}
}

// stdinUntil returns a reader of stdin whose reads end when ctx does (with
// its error), so that its reader can stop while stdin stays open: how the
// commands read lines from stdin (run's URLs, feed's, watch's sources,
// serve's records). A read of stdin cannot be interrupted (a pipe or a
// terminal has no deadline): stdin is read on a goroutine of its own,
// which copies it into a pipe and ends at stdin's next bytes or its end
// once the reader is closed or ctx has ended. Close it when done.
func stdinUntil(ctx context.Context, stdin io.Reader) io.ReadCloser {
	pr, pw := io.Pipe()
	go func() {
		_, err := io.Copy(pw, stdin)
		pw.CloseWithError(err) // nil: io.EOF for the reader
	}()
	stop := context.AfterFunc(ctx, func() { pr.CloseWithError(ctx.Err()) })
	return &stdinReader{ctx: ctx, pr: pr, stop: stop, stdin: stdin}
}

// eachStdinLine is ingest.EachLine over stdin, read through stdinUntil:
// feed's URLs and watch's sources typed or piped in stop with ctx. A
// document piped in (a feed, a page) is refused at its first line, as a
// file of one is (refuseDocument): watch < page.html looked its lines up
// as hosts ("lookup <html><head><title>x<: no such host").
func eachStdinLine(ctx context.Context, stdin io.Reader, fn func(line string) error) error {
	r := stdinUntil(ctx, stdin)
	defer r.Close()
	return ingest.EachLine(ctx, r, refuseDocument("stdin", fn))
}

// refuseDocument returns fn behind a check of a list's first line: one
// that opens with markup (a feed, a sitemap, a page given for a list of
// URLs or sources, named name) fails, fn seeing none of its lines.
func refuseDocument(name string, fn func(string) error) func(string) error {
	first := true
	return func(line string) error {
		if first && strings.HasPrefix(line, "<") {
			return fmt.Errorf("%s is a document (it starts with %q), not a list one a line: newsner watch reads feeds and sitemaps, given their URLs", name, newsner.Clip(line, 40))
		}
		first = false
		return fn(line)
	}
}

// stdinReader is stdinUntil's reader: a read the context's end cut short
// says so with the context's error, and closing it also drops its watch
// on the context.
type stdinReader struct {
	ctx   context.Context
	pr    *io.PipeReader
	stop  func() bool
	stdin io.Reader
}

// Stat is stdin's own, where it is a file: what ingest.ReadCapped asks to
// tell an input that may never end (a device, a pipe) from a file.
func (r *stdinReader) Stat() (iofs.FileInfo, error) {
	if s, ok := r.stdin.(interface{ Stat() (iofs.FileInfo, error) }); ok {
		return s.Stat()
	}
	return nil, errors.ErrUnsupported
}

func (r *stdinReader) Read(p []byte) (int, error) {
	n, err := r.pr.Read(p)
	if err != nil && r.ctx.Err() != nil {
		err = r.ctx.Err()
	}
	return n, err
}

func (r *stdinReader) Close() error {
	r.stop()
	return r.pr.Close()
}

// redirectsValue is --max-redirects: a count, 0 or more. Its String is the
// value in force, for --help and the start-up line.
type redirectsValue int

func (v *redirectsValue) String() string { return strconv.Itoa(int(*v)) }

func (v *redirectsValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return fmt.Errorf("want a number of redirects, 0 or more")
	}
	*v = redirectsValue(n)
	return nil
}

// rateValue is --per-host-rate: a positive number of requests per second,
// or inf for no limit (as is any spelling of infinity ParseFloat reads, or
// a number past rate.Inf). NaN is refused: it is no rate, and a limiter
// given it computes NaN tokens.
type rateValue rate.Limit

func (v *rateValue) String() string {
	if rate.Limit(*v) == rate.Inf {
		return "inf"
	}
	return strconv.FormatFloat(float64(*v), 'g', -1, 64)
}

func (v *rateValue) Set(s string) error {
	if s == "inf" {
		*v = rateValue(rate.Inf)
		return nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || !(f > 0) { // NaN too: no rate
		return fmt.Errorf("want a positive number or inf")
	}
	*v = rateValue(min(f, float64(rate.Inf))) // "+Inf", "Infinity": inf
	return nil
}

// eachFileLine calls fn with each line of the file at path as
// ingest.EachLine gives them (blank lines and # comments skipped): feed's
// files of URLs, watch's files of sources. A failure to read the file names
// the path; fn's errors are returned as they are. A file whose first line
// opens with markup (a feed, a sitemap, a page), or whose first bytes are
// no text (an image, a gzipped file, bytes no text holds), is refused before
// fn sees any of it: its lines are no URLs (each was a source skipped, a
// warning of mojibake apiece).
func eachFileLine(ctx context.Context, path string, fn func(string) error) error {
	f, r, err := openList(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var fnErr error
	fn = refuseDocument(path, fn)
	err = ingest.EachLine(ctx, r, func(line string) error {
		fnErr = fn(line)
		return fnErr
	})
	if err != nil && fnErr == nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return err
}

// urlStream refuses a stream of URLs one a line (run's stdin) whose first
// bytes are no text (an image, a gzipped file) or an HTML page, naming it
// (name: "stdin"). `run < page.html` and `run < image.png` made a dead
// letter of each line, 11,658 of 3 MB of random bytes, each quoting its
// bytes, and exited 0.
func urlStream(r *bufio.Reader, name string) error {
	switch kind := notLines(r); kind {
	case "":
		return nil
	case htmlPage:
		return fmt.Errorf("%s is %s, not URLs one a line (newsner extract - reads a page)", name, kind)
	default:
		return fmt.Errorf("%s is %s, not URLs one a line", name, kind)
	}
}

// htmlPage is what notLines says of an HTML page.
const htmlPage = "an HTML page"

// notLines says what r's first bytes are where they are no lines of text:
// htmlPage, or "not text (its bytes look like image/png)"; "" for text or
// nothing. It judges by what the first read brings and waits for no more
// (a pipe from watch brings a line at a time).
func notLines(r *bufio.Reader) string {
	if _, err := r.Peek(1); err != nil {
		return "" // empty, or stopped: the lines say so
	}
	head, _ := r.Peek(min(r.Buffered(), 512))
	mt, _, _ := strings.Cut(http.DetectContentType(head), ";")
	switch {
	case mt == "text/html":
		return htmlPage
	case !strings.HasPrefix(mt, "text/"):
		return "not text (its bytes look like " + mt + ")"
	}
	return ""
}

// openList opens the file of a list one a line at path for eachFileLine,
// refusing a directory and a file whose first bytes are no text (an
// image, a gzipped file) with an error naming the path; feed asks it of
// each file before it asks the brokers anything.
func openList(path string) (*os.File, *bufio.Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err // "open PATH: no such file or directory"
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, nil, fmt.Errorf("%s: a directory, not a list one a line", path)
	}
	r := bufio.NewReader(f)
	head, _ := r.Peek(512)
	if mt := newsner.BinaryKind(head); mt != "" {
		f.Close()
		return nil, nil, fmt.Errorf("%s is not a text file (its bytes look like %s), not a list one a line", path, mt)
	}
	return f, r, nil
}
