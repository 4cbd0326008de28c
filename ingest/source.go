package ingest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/newsner/newsner"
)

// Lines is a Source of URLs read one a line from a reader (stdin, a file).
// Blank lines and lines starting with '#' are skipped. A line longer than
// maxLine is handed out as its first maxLine bytes, a URL the fetcher
// refuses as too long, so it ends as a dead letter and the lines after it
// are read. Done is a no-op: there is no progress to commit.
type Lines struct {
	mu      sync.Mutex
	scanner *bufio.Scanner
	err     error
	line    int // lines read
	taken   int // the line of the last URL handed out
}

// LastLine is the line number (from 1) of the last URL handed out, 0 if
// none was: a run stopped early goes on from the line after it.
func (l *Lines) LastLine() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.taken
}

// maxLine bounds what is kept of one input line: far beyond any URL
// (the fetcher refuses one over 8 KiB), so a longer line is cut to a URL
// that is still refused.
const maxLine = 1 << 20

// NewLines returns a Source reading URLs from r.
func NewLines(r io.Reader) *Lines {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 0, 64*1024), maxLine+1)
	s.Split(cappedLines())
	return &Lines{scanner: s}
}

// cappedLines is bufio.ScanLines with lines cut to maxLine bytes: the rest
// of a longer line is read and dropped, where ScanLines fails the whole
// input with bufio.ErrTooLong.
func cappedLines() bufio.SplitFunc {
	dropping := false // the rest of a line cut short
	return func(data []byte, atEOF bool) (int, []byte, error) {
		if dropping {
			i := bytes.IndexByte(data, '\n')
			if i < 0 {
				return len(data), nil, nil
			}
			dropping = false
			return i + 1, nil, nil
		}
		if len(data) >= maxLine && bytes.IndexByte(data[:maxLine], '\n') < 0 {
			dropping = true
			return maxLine, data[:maxLine], nil
		}
		return bufio.ScanLines(data, atEOF)
	}
}

// Next returns the next URL, or io.EOF at the end of the input. A blocked read
// is not interrupted by ctx (readers have no deadline); the caller stops
// taking jobs once ctx is done.
func (l *Lines) Next(ctx context.Context) (Job, error) {
	line, err := l.NextLine(ctx)
	if err != nil {
		return Job{}, err
	}
	rec := newsner.ParseURLRecord([]byte(line))
	return Job{URL: rec.URL, Hints: rec.HintsOrNil()}, nil
}

// NextLine returns the next URL line as it stands (trimmed, with any hints
// after the URL left in), skipping blank lines and '#' comments, or io.EOF at
// the end of the input. It is the one line loop for URL lists: Next parses
// what it returns, and EachLine hands each one on.
func (l *Lines) NextLine(ctx context.Context) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for l.err == nil && l.scanner.Scan() {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		l.line++
		line := newsner.TrimURL(l.scanner.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		l.taken = l.line
		return line, nil
	}
	if l.err == nil {
		l.err = l.scanner.Err()
		switch {
		case l.err != nil:
			l.err = fmt.Errorf("read URLs: %w", l.err)
		default:
			l.err = io.EOF
		}
	}
	return "", l.err
}

// EachLine calls fn with each URL line of r (as NextLine gives them: blank
// lines and '#' comments skipped) and returns fn's first error, a read error
// ("read URLs: ..."), or ctx's error; nil at the end of r.
func EachLine(ctx context.Context, r io.Reader, fn func(line string) error) error {
	l := NewLines(r)
	for {
		line, err := l.NextLine(ctx)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(line); err != nil {
			return err
		}
	}
}

// Done does nothing: lines have no progress to commit.
func (l *Lines) Done(context.Context, Job) error { return nil }
