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
	"github.com/newsner/newsner/internal/offsets"
)

// Lines is a Source of URLs read one a line from a reader (stdin, a file).
// Blank lines and lines starting with '#' are skipped. A line longer than
// maxLine is handed out as its first maxLine bytes, a URL the fetcher
// refuses as too long, so it ends as a dead letter and the lines after it
// are read. Done marks a URL's line done (DoneThrough): there is nothing
// to commit, but a stopped run says where to go on.
type Lines struct {
	mu      sync.Mutex // held while reading, which may block
	scanner *bufio.Scanner
	err     error
	line    int // lines read
	// done follows the lines of the URLs Next hands out (line n is the
	// span [n-1, n)) until Done, as a Kafka partition's offsets are. It
	// has a lock of its own, so that Done never waits for a read; Next
	// takes it under mu, so lines are added in order.
	doneMu sync.Mutex
	done   *offsets.Tracker
}

// lineToken is the Job.Token of a URL Lines handed out: its line, from 1.
type lineToken int64

// DoneThrough is the line number (from 1) up to which every URL Next
// handed out is done, 0 if none: a run stopped early goes on from the line
// after it. A URL still in flight when the run stopped (its drain timed
// out) is not done, and the lines from it on are to be given again, a
// URL done after it included (at least once, as on Kafka); the line of
// the last URL handed out said they were all done, and lost them.
func (l *Lines) DoneThrough() int {
	l.doneMu.Lock()
	defer l.doneMu.Unlock()
	n, _ := l.done.Next()
	return int(max(n, 0))
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
	return &Lines{scanner: s, done: offsets.New(0, 0)}
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
	l.mu.Lock()
	defer l.mu.Unlock()
	line, err := l.nextLine(ctx)
	if err != nil {
		return Job{}, err
	}
	l.doneMu.Lock()
	err = l.done.Add(int64(l.line-1), int64(l.line))
	l.doneMu.Unlock()
	if err != nil {
		return Job{}, err
	}
	rec := newsner.ParseURLRecord([]byte(line))
	return Job{URL: rec.URL, Hints: rec.HintsOrNil(), Token: lineToken(l.line)}, nil
}

// NextLine returns the next URL line as it stands (trimmed, with any hints
// after the URL left in), skipping blank lines and '#' comments, or io.EOF at
// the end of the input. It is the one line loop for URL lists: Next parses
// what it returns, and EachLine hands each one on.
func (l *Lines) NextLine(ctx context.Context) (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.nextLine(ctx)
}

// nextLine is NextLine with l.mu held; l.line is then the line returned.
func (l *Lines) nextLine(ctx context.Context) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	for l.err == nil && l.scanner.Scan() {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		l.line++
		line := newsner.TrimURL(l.scanner.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
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

// Done marks the job's line done (DoneThrough).
func (l *Lines) Done(_ context.Context, j Job) error {
	n, ok := j.Token.(lineToken)
	if !ok {
		return nil
	}
	l.doneMu.Lock()
	defer l.doneMu.Unlock()
	_, err := l.done.Done(int64(n) - 1)
	return err
}
