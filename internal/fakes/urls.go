package fakes

import (
	"context"
	"sync"

	"github.com/newsner/newsner"
)

// URLs is the test double of watch's Output: it keeps the URL records it
// is given, in order.
type URLs struct {
	mu   sync.Mutex
	recs []newsner.URLRecord
}

// Emit keeps recs.
func (u *URLs) Emit(_ context.Context, recs []newsner.URLRecord) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.recs = append(u.recs, recs...)
	return nil
}

// Len is the number of records kept.
func (u *URLs) Len() int {
	u.mu.Lock()
	defer u.mu.Unlock()
	return len(u.recs)
}

// ByURL returns the records kept, grouped by URL.
func (u *URLs) ByURL() map[string][]newsner.URLRecord {
	u.mu.Lock()
	defer u.mu.Unlock()
	out := map[string][]newsner.URLRecord{}
	for _, r := range u.recs {
		out[r.URL] = append(out[r.URL], r)
	}
	return out
}
