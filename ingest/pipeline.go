package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsner/newsner"
)

// DefaultDrainTimeout is Pipeline.DrainTimeout's default.
const DefaultDrainTimeout = 30 * time.Second

// Pipeline carries jobs from a Source through fetching and processing to a
// Sink with a pool of workers. A job's output (article or dead letter) is
// written before the job is reported done to the source, so a source that
// commits progress never moves past a URL whose output was not written.
type Pipeline struct {
	// Source hands out the URLs. Required for Run.
	Source Source
	// Loader turns a job's URL into a page (fetching it, or reading a
	// file). Required unless every job carries its page.
	Loader Loader
	// Processor makes the article. Required.
	Processor Processor
	// Sink receives articles and dead letters. Required for Run.
	Sink Sink
	// Workers is the number of concurrent jobs. Default: runtime.NumCPU().
	Workers int
	// DrainTimeout bounds how long in-flight jobs may take to finish once the
	// context given to Run is cancelled. Default: 30s.
	DrainTimeout time.Duration
	// Logger receives one line per dead-lettered URL. Default: slog.Default().
	Logger *slog.Logger
	// Metrics, if set, records what the pipeline does.
	Metrics *Metrics
	// Recent, if set, skips URLs made into articles within its TTL: a URL
	// fed twice is fetched once, the second counted as skipped.
	Recent *Recent
	// Abort, if set, cuts the drain short when it ends (a second
	// signal): the jobs in flight are left undone, as at DrainTimeout.
	Abort context.Context
	// Flags names the command's flags of the settings the log lines speak
	// of: "Recent" (its window), the fetcher's "PerHostRate" and
	// "PerHostConcurrency", "DrainTimeout". Default: none (the lines say
	// the settings in words).
	Flags newsner.FlagNames

	waitNoted atomic.Bool  // the first long queue wait has been logged
	jobsDone  atomic.Int64 // jobs whose output is written and reported done
	inFlight  atomic.Int64 // jobs Run's workers hold
}

// JobsDone is how many jobs Run has finished: output written (or skipped as
// a duplicate) and reported done to the source.
func (p *Pipeline) JobsDone() int64 { return p.jobsDone.Load() }

// Loader loads the page a job names.
type Loader interface {
	Load(ctx context.Context, input string) (newsner.Page, error)
}

// Result is what became of one job.
type Result struct {
	// Article is set when Err is nil.
	Article newsner.Article
	// Page is the loaded page (its Body empty if loading failed).
	Page newsner.Page
	// Err is the failure, with a class (newsner.ErrorCode).
	Err error
}

// DeadLetter returns the dead-letter record for a failed result. Its url is
// the page's where the loader set one, the form the article would have
// carried (a file's "file:///abs/path", not the path as typed), so a
// consumer joining articles and dead letters on url finds both; input
// where the loader set none.
func (r Result) DeadLetter(input string) newsner.DeadLetter {
	if r.Page.URL != "" {
		input = r.Page.URL
	}
	return newsner.NewDeadLetter(input, r.Err)
}

// Do loads (unless the job carries its page) and processes one job. Failures are returned in Result.Err,
// never as a panic: a panic in processing (a bug) becomes an EInternal error
// so that one hostile page cannot stop the workers.
func (p *Pipeline) Do(ctx context.Context, job Job) (res Result) {
	defer func() {
		if v := recover(); v != nil {
			res.Err = &newsner.Error{Code: newsner.EInternal, Message: fmt.Sprintf("process %s: panic: %v", job.URL, v)}
		}
	}()
	var page newsner.Page
	if job.Page != nil {
		page = *job.Page
	} else {
		lctx, waited := withQueueWait(ctx)
		start := time.Now()
		var err error
		page, err = p.Loader.Load(lctx, job.URL)
		wait := waited()
		p.Metrics.loaded(page, err, time.Since(start)-wait, wait)
		if ctx.Err() == nil {
			// A job cut (a second signal, the drain's end) waited for
			// nothing it will send: not said.
			p.noteQueueWait(job.URL, wait)
		}
		if err != nil {
			return Result{Page: page, Err: err}
		}
	}
	if job.Hints != nil {
		page.Hints = job.Hints
	}
	art, err := p.Processor.Process(ctx, page)
	if err != nil {
		return Result{Page: page, Err: newsner.Wrap(err, "process "+newsner.Clip(job.URL, 500))}
	}
	if strings.TrimSpace(art.Text) == "" {
		// Nothing to find names in: not an article, though a page whose
		// text has no names is (with entities: []).
		return Result{Page: page, Err: emptyPage(job.URL, page)}
	}
	page.Hints.Apply(&art)
	if job.ID != "" {
		art.ID = job.ID
	}
	return Result{Article: art, Page: page}
}

// emptyPage is the EEmpty error of a page in which extraction found no text.
func emptyPage(input string, page newsner.Page) error {
	if len(page.Body) == 0 {
		return newsner.Errorf(newsner.EEmpty, "process %s: the page is empty (0 bytes)", newsner.Clip(input, 500))
	}
	return newsner.Errorf(newsner.EEmpty, "process %s: no text in the page's %d bytes", newsner.Clip(input, 500), len(page.Body))
}

// longQueueWait is how long a URL waits on the per-host limits before the
// pipeline says why it is slow.
const longQueueWait = time.Second

// noteQueueWait says, once per pipeline at Info and after that at Debug,
// that URLs wait on the per-host limits: many URLs of one host take a
// while, and nothing else would say why.
func (p *Pipeline) noteQueueWait(input string, wait time.Duration) {
	if wait < longQueueWait {
		return
	}
	level := slog.LevelDebug
	if p.waitNoted.CompareAndSwap(false, true) {
		level = slog.LevelInfo
	}
	limits := p.Flags.Or("PerHostRate", "rate") + ", " + p.Flags.Or("PerHostConcurrency", "concurrency")
	p.logger().Log(context.Background(), level, "URL waited for its host's request limits ("+limits+"); the wait is in newsner_fetch_queue_wait_seconds, not in the fetch time",
		"url", input, "waited", wait.Round(time.Millisecond))
}

func (p *Pipeline) workers() int {
	if p.Workers > 0 {
		return p.Workers
	}
	return runtime.NumCPU()
}

func (p *Pipeline) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.Default()
}

// LogDeadLetter writes the warning every dead letter has, whoever makes
// it (the pipeline of a page, a batch source's Skip of an input that holds
// none): "dead letter" with its url, class and error, then attrs. The
// record keeps the input whole (a password in it hidden); the line quotes
// no more of it than a URL can be.
func LogDeadLetter(log *slog.Logger, d newsner.DeadLetter, attrs ...any) {
	log.Warn("dead letter", append([]any{"url", newsner.Clip(d.URL, newsner.MaxURLLength), "class", d.Class, "error", d.Error}, attrs...)...)
}

// Run takes jobs from the source until it is exhausted (io.EOF) or ctx is
// cancelled. Cancelling ctx stops taking new jobs; jobs in flight finish
// (within DrainTimeout), their output is written and they are reported done.
// Run returns nil after a clean stop, or the first error that prevented a
// job's output from being written or its completion from being recorded: such
// a job is not reported done, so its URL is delivered again after a restart.
func (p *Pipeline) Run(ctx context.Context) error {
	drain := p.DrainTimeout
	if drain <= 0 {
		drain = DefaultDrainTimeout
	}
	// work outlives ctx by at most the drain timeout, so jobs in flight can
	// finish after a stop was asked for.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stopSaid := make(chan struct{})
	stopDrain := context.AfterFunc(ctx, func() {
		defer close(stopSaid)
		// Said when the stop comes: the drain may take a while, and run
		// said nothing between a Ctrl-C and its last line.
		msg := "stopping: finishing the work in flight first, within " + p.Flags.Or("DrainTimeout", "the drain timeout")
		if p.Abort != nil {
			msg += "; a second signal stops at once, leaving it undone"
			context.AfterFunc(p.Abort, cancelWork)
		}
		p.logger().Info(msg, "in_flight", p.inFlight.Load(), "drain_timeout", drain.String())
		t := time.AfterFunc(drain, cancelWork)
		context.AfterFunc(work, func() { t.Stop() })
	})
	defer func() {
		// A stop that came is said before Run returns, not after it (an
		// abort can end the work before the line is written).
		if !stopDrain() {
			<-stopSaid
		}
	}()

	// fail stops all workers at the first fatal error.
	fctx, fail := context.WithCancelCause(ctx)
	defer fail(nil)

	var wg sync.WaitGroup
	p.Metrics.setWorkers(p.workers())
	defer p.Metrics.setWorkers(0)
	for range p.workers() {
		wg.Go(func() {
			for {
				job, err := p.Source.Next(fctx)
				if err != nil {
					if !errors.Is(err, io.EOF) && fctx.Err() == nil {
						fail(fmt.Errorf("next job: %w", err))
					}
					return
				}
				p.inFlight.Add(1)
				err = p.handle(work, job)
				p.inFlight.Add(-1)
				if err != nil {
					fail(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := context.Cause(fctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// handle runs one job to completion: output written, job reported done.
func (p *Pipeline) handle(ctx context.Context, job Job) error {
	start, outcome := time.Now(), ""
	p.Metrics.jobTaken()
	defer func() { p.Metrics.jobEnded(start, outcome) }()
	if job.Page == nil && p.Recent.Seen(job.URL, start) {
		p.Metrics.skipped("duplicate")
		p.logger().Debug("skipped duplicate URL: made into an article within "+p.Flags.Or("Recent", "the window"), "url", job.URL, "window", p.Recent.Window().String())
		if err := p.Source.Done(ctx, job); err != nil {
			return fmt.Errorf("mark %s done: %w", job.URL, err)
		}
		p.jobsDone.Add(1)
		return nil
	}
	res := p.Do(ctx, job)
	if res.Err == nil {
		switch err := p.Sink.WriteArticle(ctx, res.Article, res.Page); {
		case err == nil:
			outcome = "article"
			p.Metrics.wrote(outcome, "")
			p.Recent.Add(job.URL, time.Now())
		case newsner.ErrorCode(err) == newsner.ETooLarge:
			// A record the sink refuses as too large for it (over Kafka's
			// message cap: a page of text JSON escapes six-fold) is the
			// page's doing, not the sink's: the URL is dead-lettered, where
			// stopping would stop on it again after every restart.
			res.Err = err
		default:
			return fmt.Errorf("write article for %s: %w", job.URL, err)
		}
	}
	if res.Err != nil {
		if ctx.Err() != nil {
			// Stopped mid-job (the drain timed out): not the URL's fault, so
			// no dead letter; the job stays undone and is delivered again.
			return fmt.Errorf("job %s: stopped: %w", job.URL, ctx.Err())
		}
		d := res.DeadLetter(job.URL)
		var from []any
		if l, ok := job.Token.(Locator); ok {
			from = []any{"from", l.Locate()}
		}
		LogDeadLetter(p.logger(), d, from...)
		if err := p.Sink.WriteDeadLetter(ctx, d); err != nil {
			return fmt.Errorf("write dead letter for %s: %w", job.URL, err)
		}
		outcome = "dead_letter"
		p.Metrics.wrote(outcome, d.Class)
	}
	if err := p.Source.Done(ctx, job); err != nil {
		return fmt.Errorf("mark %s done: %w", job.URL, err)
	}
	p.jobsDone.Add(1)
	return nil
}
