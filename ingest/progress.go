package ingest

import (
	"context"
	"fmt"
	"io"
	"maps"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsner/newsner"
)

// This file holds what the batch sources (Archive, RawTopic) share: a
// producer goroutine that reads pages ahead of the workers, the record of
// inputs it skipped, and the counts a progress display and a summary show.

// SkipFunc is told about an input a batch source could not make into a page
// (a damaged WARC record, a non-HTML record, an unreadable file): the source
// goes on with the rest. An error from it stops the source (the skip could
// not be recorded, so progress must not move past it).
type SkipFunc func(ctx context.Context, d newsner.DeadLetter) error

// BatchProgress is how far a batch source is.
type BatchProgress struct {
	// Pages is how many pages the source handed out.
	Pages int64
	// Skipped counts the inputs skipped, by error class.
	Skipped map[string]int64
	// Done and Total measure the work in Unit (pages, bytes, messages), for
	// an estimate of the time left. Total is 0 when it is not known. Work
	// done before a resume counts in neither.
	Done, Total int64
	// Unit names what Done and Total count.
	Unit string
	// ReadTime is the time spent reading and decoding pages, not counting
	// the time spent waiting for a worker to take them.
	ReadTime time.Duration
}

// feed reads jobs ahead on a producer goroutine into a buffer that Next
// takes from. It owns the goroutine: close stops it and waits for it.
type feed struct {
	jobs    chan Job
	cancel  context.CancelFunc
	stopped chan struct{}
	err     error // the producer's error, set before stopped is closed

	readNanos atomic.Int64
	pages     atomic.Int64

	skipMu  sync.Mutex
	skipped map[string]int64
	skip    SkipFunc
}

// produceFunc reads the inputs and hands each page to emit, until the
// inputs are exhausted (nil), ctx is done, or a fatal error.
type produceFunc func(ctx context.Context, f *feed) error

// startFeed starts produce on its own goroutine; it stops when ctx is done,
// when close is called, or when produce returns.
func startFeed(ctx context.Context, buffer int, skip SkipFunc, produce produceFunc) *feed {
	if buffer <= 0 {
		buffer = 64
	}
	ctx, cancel := context.WithCancel(ctx)
	f := &feed{
		jobs:    make(chan Job, buffer),
		cancel:  cancel,
		stopped: make(chan struct{}),
		skipped: map[string]int64{},
		skip:    skip,
	}
	go func() {
		defer close(f.stopped)
		defer close(f.jobs)
		err := produce(ctx, f)
		if err != nil && ctx.Err() == nil {
			f.err = err
		}
	}()
	return f
}

// next returns the next job, io.EOF when the producer finished, its error
// when it failed.
func (f *feed) next(ctx context.Context) (Job, error) {
	select {
	case j, ok := <-f.jobs:
		if ok {
			return j, nil
		}
		<-f.stopped
		if f.err != nil {
			return Job{}, f.err
		}
		if err := ctx.Err(); err != nil {
			return Job{}, err
		}
		return Job{}, io.EOF
	case <-ctx.Done():
		return Job{}, ctx.Err()
	}
}

// close stops the producer and waits for it.
func (f *feed) close() {
	f.cancel()
	<-f.stopped
}

// emitter returns the function one producer goroutine hands its jobs to.
// Time between its calls counts as reading; time blocked in it (the buffer
// is full: the workers are behind) does not.
func (f *feed) emitter() func(ctx context.Context, j Job) error {
	mark := time.Now()
	return func(ctx context.Context, j Job) error {
		f.readNanos.Add(int64(time.Since(mark)))
		defer func() { mark = time.Now() }()
		select {
		case f.jobs <- j:
			f.pages.Add(1)
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// skipInput records an input that was skipped and tells the SkipFunc.
func (f *feed) skipInput(ctx context.Context, input string, err error) error {
	d := newsner.DeadLetter{
		Schema:   newsner.DeadLetterSchema,
		URL:      input,
		Class:    newsner.ErrorCode(err),
		Error:    err.Error(),
		Attempts: 1,
		Time:     time.Now().UTC(),
	}
	f.skipMu.Lock()
	f.skipped[d.Class]++
	f.skipMu.Unlock()
	if f.skip == nil {
		return nil
	}
	if err := f.skip(ctx, d); err != nil {
		return fmt.Errorf("record skipped input %s: %w", input, err)
	}
	return nil
}

// progress fills the feed's part of a BatchProgress.
func (f *feed) progress() BatchProgress {
	f.skipMu.Lock()
	skipped := maps.Clone(f.skipped)
	f.skipMu.Unlock()
	return BatchProgress{
		Pages:    f.pages.Load(),
		Skipped:  skipped,
		ReadTime: time.Duration(f.readNanos.Load()),
	}
}

// span is one job's place in its input: a byte range of a WARC file, an
// index in a directory listing, an offset in a partition.
type span struct{ start, end int64 }

// contiguous follows the jobs of one input from the moment they are handed
// out until they are done, and says how far the input is done without a
// gap: the point a restart resumes from. Jobs finish out of order; the
// point only moves over a run of done jobs, so a resume never skips a job
// that was not done. Spans must be added in increasing order; gaps between
// them (records that were not jobs) are nothing to wait for. Not safe for
// concurrent use; its owner locks.
type contiguous struct {
	// next is where a restart resumes: every job before it is done.
	next int64
	// pending holds the spans handed out and not yet below next.
	pending []span
	// done marks the pending spans (by start) that are done.
	done map[int64]bool
}

func newContiguous(start int64) *contiguous {
	return &contiguous{next: start, done: map[int64]bool{}}
}

// add records that the job at s was handed out.
func (c *contiguous) add(s span) error {
	if n := len(c.pending); n > 0 && s.start < c.pending[n-1].end {
		return fmt.Errorf("progress: span %d-%d added after %d-%d", s.start, s.end, c.pending[n-1].start, c.pending[n-1].end)
	}
	if s.start < c.next {
		return fmt.Errorf("progress: span %d-%d is before the resume point %d", s.start, s.end, c.next)
	}
	if len(c.pending) == 0 {
		c.next = s.start
	}
	c.pending = append(c.pending, s)
	return nil
}

// pass moves the resume point over s, which needs no work (a record that is
// not a page, a skipped one), if nothing before it is pending.
func (c *contiguous) pass(s span) error {
	if err := c.add(s); err != nil {
		return err
	}
	return c.markDone(s.start)
}

// markDone records that the job starting at start is done.
func (c *contiguous) markDone(start int64) error {
	lo, hi := 0, len(c.pending)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.pending[m].start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(c.pending) || c.pending[lo].start != start {
		return fmt.Errorf("progress: job at %d is not pending", start)
	}
	if c.done[start] {
		return fmt.Errorf("progress: job at %d done twice", start)
	}
	c.done[start] = true
	k := 0
	for k < len(c.pending) && c.done[c.pending[k].start] {
		delete(c.done, c.pending[k].start)
		c.next = c.pending[k].end
		k++
	}
	if k > 0 {
		c.pending = append(c.pending[:0], c.pending[k:]...)
		if len(c.pending) > 0 {
			c.next = c.pending[0].start
		}
	}
	return nil
}

// idle reports whether no handed-out job is outstanding.
func (c *contiguous) idle() bool { return len(c.pending) == 0 }
