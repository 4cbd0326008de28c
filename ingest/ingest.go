// Package ingest is the worker pipeline: a pool of workers takes jobs from a
// Source, loads each job's page (Loader), makes it into an article
// (Processor) and writes the article or a dead letter to a Sink before the
// job is reported done. What fills it is given through the small interfaces
// below; the implementations live in packages named after their job:
// ingest/fetch (the HTTP fetcher), ingest/archive (pages saved on disk),
// ingest/kafkasource (the URL topic and the raw topic), with Lines (URLs on
// stdin, bare or as newsner watch's URL records; source.go) and Inputs (URLs,
// files and stdin named on the command line; load.go) here. ingest/watch
// finds new article URLs in feeds and sitemaps for the URL topic or stdin.
//
// By file: pipeline.go runs the workers (Pipeline); batch.go holds what the
// batch sources share (their settings, BatchOptions; Batch: reading ahead,
// skipped inputs, progress counts, saving their progress); dedupe.go skips
// a URL fed again (Recent); wait.go lets a loader report time spent on our
// own request limits (AddQueueWait); metrics.go the pipeline's metrics;
// ordered.go runs a command's inputs in parallel and gives the results in
// input order (Ordered).
package ingest

import (
	"context"

	"github.com/newsner/newsner"
)

// Job is one URL to process, as handed out by a Source.
type Job struct {
	// URL is the input as fed.
	URL string
	// ID, where set, is the article ID the record must keep (a page
	// reprocessed from the raw topic keeps the ID it had, and so its place
	// in a compacted articles topic, even where the current extractor finds
	// another canonical URL).
	ID string
	// Page, where set, is the page itself (read from an archive, say): it is
	// processed as it is, without loading URL.
	Page *newsner.Page
	// Hints, where set, is what the URL's feed or sitemap said of the
	// article (a URL record from newsner watch); the page keeps them.
	Hints *newsner.Hints
	// Token is the Source's own bookkeeping (a partition and offset, say); the
	// worker hands it back through Source.Done.
	Token any
}

// Locator is a Job's Token that says where its job came from (a topic's
// partition and offset, say): the dead letter's log line names it as
// "from", so an input whose URL is empty or unreadable (a message of no
// text, binary bytes) can be found where it was fed.
type Locator interface {
	Locate() string
}

// Source hands out jobs. Next blocks until a job is available, the source is
// exhausted (io.EOF) or ctx is done. Done reports that a job's output has
// been durably written (or dead-lettered), so a source that commits progress
// may move past it; it is called exactly once per job, in any order.
type Source interface {
	Next(ctx context.Context) (Job, error)
	Done(ctx context.Context, job Job) error
}

// Processor makes an article from a page.
type Processor interface {
	Process(ctx context.Context, page newsner.Page) (newsner.Article, error)
}

// Sink receives the results. Each call returns only when the record is
// durably written (acknowledged by the broker, flushed to the writer); an
// error means it was not, and the job must not be marked done.
type Sink interface {
	WriteArticle(ctx context.Context, a newsner.Article, raw newsner.Page) error
	WriteDeadLetter(ctx context.Context, d newsner.DeadLetter) error
}
