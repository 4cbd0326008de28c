package ingest

import (
	"context"
	"sync/atomic"
	"time"
)

// queueWaitKey is the context key of a load's queue-wait tally.
type queueWaitKey struct{}

// withQueueWait returns ctx carrying a tally that loaders add their queue
// waits to (AddQueueWait), and a function reading it.
func withQueueWait(ctx context.Context) (context.Context, func() time.Duration) {
	var n atomic.Int64
	return context.WithValue(ctx, queueWaitKey{}, &n), func() time.Duration { return time.Duration(n.Load()) }
}

// AddQueueWait records that a load on ctx waited d for something of our
// own rather than for the site: the fetcher's per-host concurrency and rate
// limits (and robots.txt's Crawl-delay). The pipeline counts it apart from
// the fetch time (newsner_fetch_queue_wait_seconds), so
// newsner_fetch_duration_seconds tells a slow site from our queue. Without a
// tally on ctx it does nothing.
func AddQueueWait(ctx context.Context, d time.Duration) {
	if n, ok := ctx.Value(queueWaitKey{}).(*atomic.Int64); ok {
		n.Add(int64(d))
	}
}
