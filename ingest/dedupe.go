package ingest

import (
	"container/list"
	"sync"
	"time"
)

// DefaultRecentTTL is Recent.TTL's default.
const DefaultRecentTTL = time.Hour

// Recent remembers the URLs made into articles lately, so that a URL fed
// again within TTL is skipped (and counted) rather than fetched again. It is
// per process: in a consumer group each member remembers its own. Safe for
// concurrent use. A nil *Recent remembers nothing.
type Recent struct {
	// TTL is how long a URL is remembered. Default: 1h.
	TTL time.Duration
	// Max bounds how many URLs are remembered; the oldest go first.
	// Default: 100,000.
	Max int

	mu    sync.Mutex
	order *list.List // of recentEntry, oldest first
	byURL map[string]*list.Element
}

type recentEntry struct {
	url string
	at  time.Time
}

// Seen reports whether url was added within TTL.
func (r *Recent) Seen(url string, now time.Time) bool {
	if r == nil {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	e, ok := r.byURL[url]
	if !ok {
		return false
	}
	if now.Sub(e.Value.(recentEntry).at) > r.ttl() {
		r.order.Remove(e)
		delete(r.byURL, url)
		return false
	}
	return true
}

// Add remembers url as done at now.
func (r *Recent) Add(url string, now time.Time) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.byURL == nil {
		r.byURL = make(map[string]*list.Element)
		r.order = list.New()
	}
	if e, ok := r.byURL[url]; ok {
		r.order.Remove(e)
	}
	r.byURL[url] = r.order.PushBack(recentEntry{url, now})
	max := r.Max
	if max <= 0 {
		max = 100_000
	}
	for r.order.Len() > max {
		old := r.order.Remove(r.order.Front()).(recentEntry)
		delete(r.byURL, old.url)
	}
}

// Window is how long a URL is remembered (TTL or its default).
func (r *Recent) Window() time.Duration { return r.ttl() }

func (r *Recent) ttl() time.Duration {
	if r.TTL > 0 {
		return r.TTL
	}
	return DefaultRecentTTL
}
