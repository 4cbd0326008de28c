package fetch

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// hostLimits enforces per-host politeness: at most conc requests in flight
// and a token-bucket request rate per host (host:port).
type hostLimits struct {
	conc  int
	limit rate.Limit
	burst int

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	sem   chan struct{}
	lim   *rate.Limiter
	users int // callers holding or waiting for the slot
}

// hostSweepAt is the map size past which idle hosts are dropped.
const hostSweepAt = 4096

func newHostLimits(conc int, limit rate.Limit, burst int) *hostLimits {
	return &hostLimits{conc: conc, limit: limit, burst: burst, hosts: make(map[string]*hostSlot)}
}

// acquire waits for a free slot and a rate token for host. A positive
// interval (robots.txt's Crawl-delay) slows the host's rate to one request
// per interval if that is slower than the configured rate. The returned
// release must be called when the request (body included) is done.
func (h *hostLimits) acquire(ctx context.Context, host string, interval time.Duration) (release func(), err error) {
	h.mu.Lock()
	s := h.hosts[host]
	if s == nil {
		if len(h.hosts) >= hostSweepAt {
			h.sweepLocked()
		}
		s = &hostSlot{sem: make(chan struct{}, h.conc), lim: rate.NewLimiter(h.limit, h.burst)}
		h.hosts[host] = s
	}
	if interval > 0 && rate.Every(interval) < s.lim.Limit() {
		s.lim.SetLimit(rate.Every(interval))
	}
	s.users++
	h.mu.Unlock()

	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		h.leave(s)
		return nil, ctx.Err()
	}
	if err := s.lim.Wait(ctx); err != nil {
		<-s.sem
		h.leave(s)
		return nil, err
	}
	return func() {
		<-s.sem
		h.leave(s)
	}, nil
}

func (h *hostLimits) leave(s *hostSlot) {
	h.mu.Lock()
	s.users--
	h.mu.Unlock()
}

// sweepLocked drops hosts nobody is using whose rate bucket has refilled,
// so forgetting them loses nothing. h.mu must be held.
func (h *hostLimits) sweepLocked() {
	for k, s := range h.hosts {
		if s.users == 0 && s.lim.Tokens() >= float64(h.burst) {
			delete(h.hosts, k)
		}
	}
}
