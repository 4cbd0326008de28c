package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsner/newsner"
)

// This file holds what the batch sources (ingest/archive's Archive,
// ingest/kafkasource's RawTopic) share: the settings they take
// (BatchOptions), a producer goroutine that reads pages ahead of the
// workers, the record of inputs it skipped, the counts a progress display
// and a summary show, and the periodic saving of their progress (Batch
// puts these together).

// Defaults of the batch sources.
const (
	// DefaultReadAhead is how many pages a batch source reads ahead of the
	// workers.
	DefaultReadAhead = 64
	// DefaultSaveEvery is how often a batch source saves (or commits) its
	// progress while running.
	DefaultSaveEvery = time.Second
)

// SkipFunc is told about an input a batch source could not make into a page
// (a damaged WARC record, a non-HTML record, an unreadable file), with the
// error that made it skip it, which keeps its class and cause (a limit's
// mark, newsner.AtLimit, for the command to name its flag): it records the
// input's dead letter (newsner.NewDeadLetter), and the source goes on with
// the rest. An error from it stops the source (the skip could not be
// recorded, so progress must not move past it).
type SkipFunc func(ctx context.Context, input string, err error) error

// BatchOptions are the settings every batch source takes, the same for the
// archive (archive.Config) and the raw topic (kafkasource.RawTopicConfig),
// which embed them, so that a command sets them once for either. The zero
// value is usable: WithDefaults fills it in.
type BatchOptions struct {
	// ReadAhead is how many pages are read ahead of the workers.
	// Default: DefaultReadAhead (64).
	ReadAhead int
	// Skip is told about each input the source skips (see SkipFunc).
	// Default: none (the skipped inputs are only counted).
	Skip SkipFunc
	// SaveEvery is how often progress is saved (an archive's checkpoint
	// file) or committed (the raw topic's group offsets) while running;
	// Close always saves. A crash redoes at most this much work.
	// Default: DefaultSaveEvery (1s).
	SaveEvery time.Duration
	// Logger receives the source's warnings (a save or commit that failed,
	// made good by the next) and the lines that say why an input is not
	// read. Default: slog.Default().
	Logger *slog.Logger
	// Flags names the command's flags of the source's settings (the
	// archive's Checkpoint, the raw topic's Group and Since), for the lines
	// that tell the user what to change. Default: none (said in words).
	Flags newsner.FlagNames
}

// WithDefaults returns o with its defaults filled in where unset.
func (o BatchOptions) WithDefaults() BatchOptions {
	if o.ReadAhead <= 0 {
		o.ReadAhead = DefaultReadAhead
	}
	if o.SaveEvery <= 0 {
		o.SaveEvery = DefaultSaveEvery
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

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

// ReadAhead reads a batch source's jobs ahead on a producer goroutine into
// a buffer that the source's Next takes from. It owns the goroutine: Close
// stops it and waits for it.
type ReadAhead struct {
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

// Produce reads the inputs and hands each page to an Emitter of r, until
// the inputs are exhausted (nil), ctx is done, or a fatal error.
type Produce func(ctx context.Context, r *ReadAhead) error

// StartReadAhead starts produce on its own goroutine, with buffer jobs
// read ahead (default 64); it stops when ctx is done, when Close is called,
// or when produce returns.
func StartReadAhead(ctx context.Context, buffer int, skip SkipFunc, produce Produce) *ReadAhead {
	if buffer <= 0 {
		buffer = DefaultReadAhead
	}
	ctx, cancel := context.WithCancel(ctx)
	f := &ReadAhead{
		jobs:    make(chan Job, buffer),
		cancel:  cancel,
		stopped: make(chan struct{}),
		skipped: map[string]int64{},
		skip:    skip,
	}
	go func() {
		defer close(f.stopped)
		defer close(f.jobs)
		err := produceSafely(ctx, f, produce)
		if err != nil && ctx.Err() == nil {
			f.err = err
		}
	}()
	return f
}

// produceSafely runs produce, turning a panic in it that no ReadSafely of
// the producer caught into an EInternal error: the source ends with an
// error that says so, not the process with a goroutine's stack.
func produceSafely(ctx context.Context, f *ReadAhead, produce Produce) error {
	return ReadSafely("inputs", func() error { return produce(ctx, f) })
}

// ReadSafely runs read, turning a panic in it (a bug in a parser of the
// inputs, such as a WARC library's, set off by their bytes) into an
// EInternal error that names what was being read: "read FILE: panic:
// ...". A producer reads each input through it, and runs each goroutine
// it starts in it (a panic there is not the producer goroutine's, and
// would end the process).
func ReadSafely(input string, read func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &newsner.Error{Code: newsner.EInternal, Message: fmt.Sprintf("read %s: panic: %v", input, v)}
		}
	}()
	return read()
}

// Next returns the next job, io.EOF when the producer finished, its error
// when it failed.
func (f *ReadAhead) Next(ctx context.Context) (Job, error) {
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

// Close stops the producer and waits for it.
func (f *ReadAhead) Close() {
	f.cancel()
	<-f.stopped
}

// Emitter returns the function one producer goroutine hands its jobs to.
// Time between its calls counts as reading; time blocked in it (the buffer
// is full: the workers are behind) does not.
func (f *ReadAhead) Emitter() func(ctx context.Context, j Job) error {
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

// Skip records an input that was skipped and tells the SkipFunc.
func (f *ReadAhead) Skip(ctx context.Context, input string, err error) error {
	f.skipMu.Lock()
	f.skipped[newsner.ErrorCode(err)]++
	f.skipMu.Unlock()
	if f.skip == nil {
		return nil
	}
	if err := f.skip(ctx, input, err); err != nil {
		return fmt.Errorf("record skipped input %s: %w", input, err)
	}
	return nil
}

// Progress fills the read-ahead's part of a BatchProgress.
func (f *ReadAhead) Progress() BatchProgress {
	f.skipMu.Lock()
	skipped := maps.Clone(f.skipped)
	f.skipMu.Unlock()
	return BatchProgress{
		Pages:    f.pages.Load(),
		Skipped:  skipped,
		ReadTime: time.Duration(f.readNanos.Load()),
	}
}

// Batch is the running part of a batch source: a ReadAhead its Next takes
// from (embedded: Next, Emitter, Skip and Progress are the ReadAhead's),
// and the periodic saving of its progress (a checkpoint file, a group's
// offsets). Close stops the reading first and then saves a last time, so
// the last save sees every page the workers finished.
type Batch struct {
	*ReadAhead
	saver     *saver
	closeOnce sync.Once
	closeErr  error
}

// BatchConfig configures StartBatch.
type BatchConfig struct {
	// BatchOptions are the source's: the pages are read ReadAhead ahead,
	// skipped inputs told to Skip (SkipFunc), and Save called
	// every SaveEvery while running. They are defaulted here, for every
	// batch source.
	BatchOptions
	// Produce reads the inputs, on a goroutine the Batch owns.
	Produce Produce
	// Save saves the progress; nil saves nothing. It is called on the
	// saving goroutine and, last, by Close.
	Save func() error
	// SaveFailed is told about a failed periodic save (the next save
	// makes it good); the one at Close is Close's error.
	SaveFailed func(error)
}

// StartBatch starts the reading ahead and the periodic saving. The reading
// stops when ctx is done, at Close, or when Produce returns; the saving at
// Close.
func StartBatch(ctx context.Context, cfg BatchConfig) *Batch {
	cfg.BatchOptions = cfg.BatchOptions.WithDefaults()
	return &Batch{
		ReadAhead: StartReadAhead(ctx, cfg.ReadAhead, cfg.Skip, cfg.Produce),
		saver:     startSaver(cfg.SaveEvery, cfg.Save, cfg.SaveFailed),
	}
}

// Close stops the reading, waits for it, and saves a last time. Calls after
// the first return the first one's error.
func (b *Batch) Close() error {
	b.closeOnce.Do(func() {
		b.ReadAhead.Close()
		b.closeErr = b.saver.stop()
	})
	return b.closeErr
}

// saver saves a batch source's progress every interval on a goroutine it
// owns, until stop, which waits for it and saves a last time.
type saver struct {
	save       func() error
	quit, done chan struct{}
}

// startSaver calls save every interval, telling failed calls to failed (a
// failed save is made good by the next one; a nil failed is not told). A
// nil save saves nothing.
func startSaver(every time.Duration, save func() error, failed func(error)) *saver {
	s := &saver{save: save, quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		if save == nil {
			return
		}
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-s.quit:
				return
			case <-t.C:
				if err := save(); err != nil && failed != nil {
					failed(err)
				}
			}
		}
	}()
	return s
}

// stop ends the periodic saving and saves a last time.
func (s *saver) stop() error {
	close(s.quit)
	<-s.done
	if s.save == nil {
		return nil
	}
	return s.save()
}
