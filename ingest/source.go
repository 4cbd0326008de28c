package ingest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/newsner/newsner"
)

// Lines is a Source of URLs read one a line from a reader (stdin, a file).
// Blank lines and lines starting with '#' are skipped. Done is a no-op: there
// is no progress to commit.
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

// maxLine bounds one input line; longer lines are an input error.
const maxLine = 1 << 20

// NewLines returns a Source reading URLs from r.
func NewLines(r io.Reader) *Lines {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 0, 64*1024), maxLine)
	return &Lines{scanner: s}
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
		if l.err != nil {
			l.err = fmt.Errorf("read URLs: %w", l.err)
		} else {
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

// Ordered runs work(ctx, i) for i in [0, n) on up to workers goroutines and
// calls emit with each result in index order, as soon as all earlier results
// have been emitted. At most about 2*workers results wait in memory. It
// returns the first error from emit, or ctx's error if ctx ends first.
func Ordered[T any](ctx context.Context, n, workers int, work func(ctx context.Context, i int) T, emit func(i int, v T) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type item struct {
		i int
		v T
	}
	// slots bounds how far ahead of the next emitted index workers may run.
	slots := make(chan struct{}, 2*workers)
	next := make(chan int)
	results := make(chan item)
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(next)
		for i := range n {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	})
	for range workers {
		wg.Go(func() {
			for i := range next {
				v := work(ctx, i)
				select {
				case results <- item{i, v}:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() { wg.Wait(); close(results) }()

	pending := make(map[int]T)
	want := 0
	var err error
	for it := range results {
		if err != nil {
			continue // drain so the workers can exit
		}
		pending[it.i] = it.v
		for {
			v, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			if err = emit(want, v); err != nil {
				cancel()
				break
			}
			want++
			<-slots
		}
	}
	if err != nil {
		return err
	}
	if want < n {
		return ctx.Err()
	}
	return nil
}
