package watch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/atomicfile"
)

// DefaultSeenTTL is how long a URL stays seen after it was last recorded
// (SeenPolicy.TTL): long enough that an article is not emitted again while
// its feed or sitemap still lists it.
const DefaultSeenTTL = 30 * 24 * time.Hour

// SeenPolicy bounds a Seen. The zero policy keeps every URL for ever.
type SeenPolicy struct {
	// TTL is how long a URL stays seen after it was last recorded. A URL
	// found again in a feed is recorded again (in the Store too) once its
	// record is a quarter of TTL old, so a URL is forgotten between 3/4 TTL
	// and TTL after a feed last listed it; found after that, it is emitted
	// again. 0: never forgotten.
	TTL time.Duration
	// Max caps the URLs kept: past it, the oldest recorded tenth is dropped
	// (and may be emitted again if a feed still lists it). 0: no cap.
	Max int
	// Now is the clock. Default: time.Now.
	Now func() time.Time
}

// Seen is the set of normalised article URLs already emitted (or being
// emitted), in memory: a 64-bit hash of the URL (a collision, about one in
// 10^7 at a million URLs, makes one article be taken for seen) and the
// second it was last recorded: about 30 bytes a URL with the map's
// overhead (144 MB of heap at 5 million).
// Its SeenPolicy says when a URL is forgotten: this type is the one place
// that decides, for the memory set and for the stores (a seen file
// compacted, a seen topic pruned). Safe for concurrent use.
type Seen struct {
	mu     sync.Mutex
	seed   maphash.Seed
	policy SeenPolicy
	// m maps a URL's hash to the Unix second it was last recorded.
	m map[uint64]int64
	// evictedBefore: entries recorded before this second were dropped by
	// the cap (0: none).
	evictedBefore int64
	// lastSweep is when expired entries were last removed from m.
	lastSweep int64
}

// NewSeen returns an empty set that keeps every URL for ever.
func NewSeen() *Seen { return NewBoundedSeen(SeenPolicy{}) }

// NewBoundedSeen returns an empty set bounded by p.
func NewBoundedSeen(p SeenPolicy) *Seen {
	if p.Now == nil {
		p.Now = time.Now
	}
	return &Seen{seed: maphash.MakeSeed(), policy: p, m: make(map[uint64]int64)}
}

func (s *Seen) key(u string) uint64 { return maphash.String(s.seed, u) }

// now is the set's clock.
func (s *Seen) now() time.Time { return s.policy.Now() }

// keptLocked reports whether an entry recorded at second t is kept at now:
// not expired, not older than what the cap dropped.
func (s *Seen) keptLocked(t, now int64) bool {
	if ttl := s.policy.TTL; ttl > 0 && now-t >= int64(ttl/time.Second) {
		return false
	}
	return t >= s.evictedBefore
}

// Keep reports whether a URL recorded at t would be kept now: false once
// it expired, or is older than the URLs the cap dropped. A store drops
// (or tombstones) the records it fails.
func (s *Seen) Keep(t time.Time) bool {
	now := s.now().Unix()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.keptLocked(t.Unix(), now)
}

// Add records u as seen now.
func (s *Seen) Add(u string) { s.Record(u, s.now()) }

// Record records u as seen at t (a URL loaded from a store, or recorded by
// another watch process), keeping the later time if u is already held. A
// record Keep refuses is ignored.
func (s *Seen) Record(u string, t time.Time) {
	k, sec, now := s.key(u), t.Unix(), s.now().Unix()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.keptLocked(sec, now) {
		return
	}
	if old, ok := s.m[k]; !ok || sec > old {
		s.m[k] = sec
	}
	s.boundLocked(now)
}

// Delete forgets u (a tombstone on the seen topic).
func (s *Seen) Delete(u string) {
	k := s.key(u)
	s.mu.Lock()
	delete(s.m, k)
	s.mu.Unlock()
}

// Has reports whether u is seen (recorded, not expired).
func (s *Seen) Has(u string) bool {
	_, ok := s.Time(u)
	return ok
}

// Time returns when u was last recorded, if it is seen.
func (s *Seen) Time(u string) (time.Time, bool) {
	k, now := s.key(u), s.now().Unix()
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.m[k]
	if !ok || !s.keptLocked(t, now) {
		return time.Time{}, false
	}
	return time.Unix(t, 0).UTC(), true
}

// Len is the number of URLs seen (those expired over ten seconds ago
// removed first).
func (s *Seen) Len() int {
	now := s.now().Unix()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sweepLocked(now, true)
	return len(s.m)
}

// sweepLocked removes expired entries, at most once a minute (every ten
// seconds if force): a sweep costs O(n).
func (s *Seen) sweepLocked(now int64, force bool) {
	every := int64(60)
	if force {
		every = 10
	}
	if s.policy.TTL <= 0 || now-s.lastSweep < every {
		return
	}
	s.lastSweep = now
	for k, t := range s.m {
		if !s.keptLocked(t, now) {
			delete(s.m, k)
		}
	}
}

// boundLocked sweeps expired entries now and then, and past the cap drops
// the oldest recorded entries until a tenth of the cap is free again (so a
// full set pays the O(n log n) of finding them once per Max/10 inserts).
func (s *Seen) boundLocked(now int64) {
	s.sweepLocked(now, false)
	max := s.policy.Max
	if max <= 0 || len(s.m) <= max {
		return
	}
	s.sweepLocked(now, true)
	if len(s.m) <= max {
		return
	}
	times := make([]int64, 0, len(s.m))
	for _, t := range s.m {
		times = append(times, t)
	}
	slices.Sort(times)
	drop := len(s.m) - (max - max/10)
	cutoff := times[drop-1]
	// Entries recorded before cutoff go, then as many recorded at cutoff
	// as needed.
	atCutoff := drop - (slices.Index(times, cutoff))
	for k, t := range s.m {
		if t < cutoff {
			delete(s.m, k)
		} else if t == cutoff && atCutoff > 0 {
			delete(s.m, k)
			atCutoff--
		}
	}
	s.evictedBefore = cutoff
}

// claim returns the records whose URLs were not seen, and marks them seen,
// at once: of two polls finding one URL, one gets it. refresh are the seen
// ones whose record is a quarter of the TTL old, recorded again so that a
// URL a feed still lists does not expire; at is the time both are recorded
// at.
func (s *Seen) claim(recs []newsner.URLRecord) (fresh, refresh []newsner.URLRecord, at time.Time) {
	keys := make([]uint64, len(recs))
	for i, r := range recs {
		keys[i] = s.key(r.URL)
	}
	at = s.now().Truncate(time.Second)
	now := at.Unix()
	stale := int64(-1)
	if s.policy.TTL > 0 {
		stale = now - int64(s.policy.TTL/4/time.Second)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, r := range recs {
		if t, ok := s.m[keys[i]]; ok && s.keptLocked(t, now) {
			if t <= stale {
				s.m[keys[i]] = now
				refresh = append(refresh, r)
			}
			continue
		}
		s.m[keys[i]] = now
		fresh = append(fresh, r)
	}
	s.boundLocked(now)
	return fresh, refresh, at
}

// forget unmarks claimed records whose emission failed, so that a later
// poll emits them.
func (s *Seen) forget(recs []newsner.URLRecord) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range recs {
		delete(s.m, s.key(r.URL))
	}
}

// Store keeps the seen URLs across restarts. Add returns once the records
// are durably kept, as seen at the time given.
type Store interface {
	Add(ctx context.Context, recs []newsner.URLRecord, at time.Time) error
}

// FileStore keeps seen URLs in a file, one line a record ("URL<TAB>time",
// the time RFC 3339), appended to as URLs are emitted: the store of the
// stdout mode. The file is rewritten without the URLs its Seen no longer
// keeps, and with one line a URL, once more than a third of its lines are
// such dead lines (and when opened).
type FileStore struct {
	mu   sync.Mutex
	path string
	seen *Seen
	f    *os.File
	// lines is how many lines the file holds.
	lines int
}

// OpenFileStore opens (creating it if missing) the file at path, records
// the URLs it holds in seen (a line with a URL alone, as earlier versions
// wrote, counts as recorded now), compacts it if worth it, and returns the
// store that appends to it.
func OpenFileStore(path string, seen *Seen) (*FileStore, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("seen file: %w", err)
	}
	s := &FileStore{path: path, seen: seen, f: f}
	now := seen.now()
	err = s.scan(func(u string, t time.Time, ok bool) error {
		if !ok {
			t = now
		}
		seen.Record(u, t)
		return nil
	})
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := s.compactIfWorth(); err != nil {
		f.Close()
		return nil, err
	}
	return s, nil
}

// scan reads the file from its start, counting its lines, and calls fn
// with each record's URL and time (ok false where the line has none).
func (s *FileStore) scan(fn func(u string, t time.Time, ok bool) error) error {
	r, err := os.Open(s.path)
	if err != nil {
		return fmt.Errorf("seen file: %w", err)
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxURLLength+1024)
	s.lines = 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		s.lines++
		u, ts, _ := strings.Cut(line, "\t")
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(ts))
		if err := fn(strings.TrimSpace(u), t, err == nil); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("seen file %s: %w", s.path, err)
	}
	return nil
}

// Add appends the URLs, recorded at at, and syncs the file; it compacts
// the file when more than a third of its lines are dead.
func (s *FileStore) Add(_ context.Context, recs []newsner.URLRecord, at time.Time) error {
	var b strings.Builder
	ts := at.UTC().Format(time.RFC3339)
	for _, r := range recs {
		b.WriteString(r.URL)
		b.WriteByte('\t')
		b.WriteString(ts)
		b.WriteByte('\n')
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.f.WriteString(b.String()); err != nil {
		return fmt.Errorf("seen file: %w", err)
	}
	if err := s.f.Sync(); err != nil && !errors.Is(err, fs.ErrInvalid) {
		return fmt.Errorf("seen file: %w", err)
	}
	s.lines += len(recs)
	return s.compactIfWorthLocked()
}

func (s *FileStore) compactIfWorth() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.compactIfWorthLocked()
}

// compactIfWorthLocked compacts the file when more than a third of its
// lines are dead (an expired or dropped URL, an older record of a URL):
// the rewrites cost O(1) a line appended.
func (s *FileStore) compactIfWorthLocked() error {
	if dead := s.lines - s.seen.Len(); dead > 0 && 3*dead > s.lines {
		return s.compactLocked()
	}
	return nil
}

// compactLocked rewrites the file with one line for each URL its Seen
// still keeps (with the time Seen holds), dropping the rest, and replaces
// the file with it atomically (a crash leaves the old file or the new).
func (s *FileStore) compactLocked() error {
	written := map[uint64]bool{}
	err := atomicfile.Write(s.path, func(w io.Writer) error {
		return s.scan(func(u string, _ time.Time, _ bool) error {
			t, ok := s.seen.Time(u)
			k := s.seen.key(u)
			if !ok || written[k] {
				return nil
			}
			written[k] = true
			_, err := fmt.Fprintf(w, "%s\t%s\n", u, t.Format(time.RFC3339))
			return err
		})
	})
	if err != nil {
		return fmt.Errorf("compact seen file %s: %w", s.path, err)
	}
	f, err := os.OpenFile(s.path, os.O_RDWR|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("seen file: %w", err)
	}
	s.f.Close()
	s.f = f
	s.lines = len(written)
	return nil
}

// Close closes the file.
func (s *FileStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.f.Close()
}
