package watch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"math"
	"os"
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
	// Max caps the URLs kept: past it, the oldest recorded are dropped
	// until a tenth of the cap is free (and may be emitted again if a feed
	// still lists them). Each claim drops a bounded number, so the cap
	// may be passed by a few URLs for a few claims after a burst. 0: no
	// cap.
	Max int
	// Now is the clock. Default: time.Now.
	Now func() time.Time
}

// Seen is the set of normalised article URLs already emitted (or being
// emitted), in memory: a 64-bit hash of the URL (a collision, about one in
// 10^7 at a million URLs, makes one article be taken for seen), the second
// it was last recorded, and its entry in the order URLs expire in (12
// bytes): with the map's overhead, 50 bytes a URL at a million, 42 at five
// million (211 MB; BenchmarkSeenMemory).
// Its SeenPolicy says when a URL is forgotten: this type is the one place
// that decides, for the memory set and for the stores (a seen file
// compacted, a seen topic pruned). Expired URLs are removed oldest first,
// a bounded number at each claim or record, so that no claim holds the
// lock for long whatever the set's size. Safe for concurrent use.
type Seen struct {
	mu     sync.Mutex
	seed   maphash.Seed
	policy SeenPolicy
	// m maps a URL's hash to the Unix second it was last recorded.
	m map[uint64]int64
	// order holds, for each URL in m, an entry (hash, second) no later
	// than m's second for it, least first: the URL to expire, or be
	// dropped by the cap, next is at its head. A URL recorded again keeps
	// its entry, moved to its new second when it comes to the head; the
	// entry of a URL deleted is dropped there.
	order recordOrder
	// evictedBefore: entries recorded before this second were dropped by
	// the cap (math.MinInt64: none; 0 dropped a record from before 1970).
	evictedBefore int64
	// trimming: the set went past its cap and is being cut back to nine
	// tenths of it.
	trimming bool
}

// boundWork is how many entries of the order a claim or a record takes
// off at most to remove expired URLs, and at most besides the URLs it
// added to keep the cap: a few hundred microseconds under the lock. More
// expire at once (a bulk load's URLs all recorded in one second) are
// removed over the next claims; until then they count in held, not in Has.
const boundWork = 1024

// NewSeen returns an empty set that keeps every URL for ever.
func NewSeen() *Seen { return NewBoundedSeen(SeenPolicy{}) }

// NewBoundedSeen returns an empty set bounded by p.
func NewBoundedSeen(p SeenPolicy) *Seen {
	if p.Now == nil {
		p.Now = time.Now
	}
	return &Seen{seed: maphash.MakeSeed(), policy: p, m: make(map[uint64]int64), evictedBefore: math.MinInt64}
}

func (s *Seen) key(u string) uint64 { return maphash.String(s.seed, u) }

// now is the set's clock.
func (s *Seen) now() time.Time { return s.policy.Now() }

// keptLocked reports whether an entry recorded at second t is kept at now:
// not expired, not older than what the cap dropped.
func (s *Seen) keptLocked(t, now int64) bool {
	if s.expiredLocked(t, now) {
		return false
	}
	return t >= s.evictedBefore
}

// expiredLocked reports whether an entry recorded at second t expired by
// now.
func (s *Seen) expiredLocked(t, now int64) bool {
	ttl := s.policy.TTL
	return ttl > 0 && now-t >= int64(ttl/time.Second)
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
	old, ok := s.m[k]
	if !ok || sec > old {
		s.setLocked(k, sec, old, ok)
	}
	s.boundLocked(now, 1)
}

// ordered reports whether the set keeps its order: only a policy that
// expires or caps URLs needs one.
func (s *Seen) ordered() bool { return s.policy.TTL > 0 || s.policy.Max > 0 }

// setLocked records the URL of hash k at second t, old being its second
// if held: it gets an entry in the order if it has none as early as t.
func (s *Seen) setLocked(k uint64, t, old int64, held bool) {
	s.m[k] = t
	if s.ordered() && (!held || orderSec(t) < orderSec(old)) {
		s.order.push(k, orderSec(t))
	}
}

// Delete forgets u (a tombstone on the seen topic).
func (s *Seen) Delete(u string) {
	k := s.key(u)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deleteLocked(k)
}

// deleteLocked forgets the URL of hash k. Its entry in the order is
// dropped if it is the last pushed (a claim undone), else when it comes to
// the head; so many of those (deletes of URLs the order holds anywhere
// but at its ends) that they outnumber the URLs held make boundLocked
// build the order again.
func (s *Seen) deleteLocked(k uint64) {
	delete(s.m, k)
	s.order.dropLast(k)
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

// Len is the number of URLs seen (every expired one removed first: that
// costs O(log n) for each not removed yet).
func (s *Seen) Len() int {
	now := s.now().Unix()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expireLocked(now, -1)
	return len(s.m)
}

// held is the number of URLs held, expired ones not removed yet included:
// unlike Len, O(1) always.
func (s *Seen) held() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

// expireLocked removes the URLs expired at now, oldest first, taking at
// most work entries off the order (work < 0: no limit).
func (s *Seen) expireLocked(now int64, work int) {
	for work != 0 {
		// An entry is no later than its URL's record: once the head's
		// second is not expired, no URL is.
		if _, e, ok := s.order.min(); !ok || !s.expiredLocked(int64(e), now) {
			return
		}
		k, t, ok := s.headLocked(&work)
		if !ok || work == 0 || !s.expiredLocked(t, now) {
			return
		}
		work--
		s.order.pop()
		delete(s.m, k)
	}
}

// evictLocked drops the URL recorded longest ago, whatever its age,
// taking at most *work entries off the order; false if it could not.
func (s *Seen) evictLocked(work *int) bool {
	k, t, ok := s.headLocked(work)
	if !ok || *work == 0 {
		return false
	}
	*work--
	s.order.pop()
	delete(s.m, k)
	s.evictedBefore = max(s.evictedBefore, t)
	return true
}

// headLocked returns the URL recorded longest ago and its second, having
// set the order's head right: an entry of a URL no longer held (or held
// with an earlier entry) is dropped, one of a URL recorded again since is
// moved to that second. Each entry so taken counts against *work; false
// when the order is empty or the work done.
func (s *Seen) headLocked(work *int) (k uint64, t int64, ok bool) {
	for *work != 0 {
		k, e, ok := s.order.min()
		if !ok {
			return 0, 0, false
		}
		t, held := s.m[k]
		if held && orderSec(t) == e {
			return k, t, true
		}
		*work--
		s.order.pop()
		if held && orderSec(t) > e {
			s.order.push(k, orderSec(t))
		}
	}
	return 0, 0, false
}

// boundLocked removes the URLs expired, and past the cap drops the oldest
// recorded until a tenth of the cap is free again, each within a bounded
// work (boundWork, and twice the URLs just added for the cap).
func (s *Seen) boundLocked(now int64, added int) {
	if s.order.Len() > 2*len(s.m)+staleEntries {
		s.reorderLocked()
	}
	s.expireLocked(now, boundWork)
	max := s.policy.Max
	if max <= 0 {
		return
	}
	if len(s.m) > max {
		s.trimming = true
	}
	work := boundWork + 2*added
	for s.trimming && len(s.m) > max-max/10 && s.evictLocked(&work) {
	}
	if len(s.m) <= max-max/10 {
		s.trimming = false
	}
}

// staleEntries is how many entries of URLs deleted (or recorded again
// after a delete) the order may hold beyond one for each URL held before
// it is built again: that costs O(n log n), once in n+staleEntries
// deletes at most.
const staleEntries = 1 << 16

// reorderLocked builds the order again, an entry for each URL held.
func (s *Seen) reorderLocked() {
	s.order = recordOrder{}
	for k, t := range s.m {
		s.order.push(k, orderSec(t))
	}
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
		t, ok := s.m[keys[i]]
		if ok && s.keptLocked(t, now) {
			if t <= stale {
				s.m[keys[i]] = now // later than t: its entry stands
				refresh = append(refresh, r)
			}
			continue
		}
		s.setLocked(keys[i], now, t, ok)
		fresh = append(fresh, r)
	}
	s.boundLocked(now, len(fresh))
	return fresh, refresh, at
}

// forget unmarks claimed records whose emission failed, so that a later
// poll emits them.
func (s *Seen) forget(recs []newsner.URLRecord) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(recs) - 1; i >= 0; i-- { // the last claimed is the last pushed
		s.deleteLocked(s.key(recs[i].URL))
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
// such dead lines (and when opened). That compaction runs in a goroutine
// of the store's own (Close stops it): Add only appends, also while the
// new file is written, and the lines appended meanwhile are carried over
// when it replaces the old one.
type FileStore struct {
	path string
	seen *Seen
	// ctx ends at Close; it stops a compaction in flight.
	ctx    context.Context
	cancel context.CancelFunc
	// wg holds the compaction in flight.
	wg sync.WaitGroup
	// testHook, if set, is called by a compaction once it took its
	// snapshot, before it writes the new file.
	testHook func(ctx context.Context)

	mu sync.Mutex
	f  *os.File
	// lines is how many lines the file holds.
	lines int
	// compacting is closed when the compaction in flight is done (nil:
	// none in flight).
	compacting chan struct{}
	// err is what the last compaction failed with, for the next Add to
	// return; none is tried again before retryAt.
	err     error
	retryAt time.Time
	closed  bool
}

// compactRetry is how long after a failed compaction (a full disk, say)
// the next is tried.
const compactRetry = time.Minute

// OpenFileStore opens (creating it if missing) the file at path, records
// the URLs it holds in seen (a line with a URL alone, as earlier versions
// wrote, counts as recorded now), compacts it if worth it, and returns the
// store that appends to it. The end of ctx (an interrupt at start-up)
// stops the reading, and the compaction, at the next line: the error then
// wraps ctx's, and the file is left as it was. ctx is for the opening
// only; the compactions of the store returned end at Close.
func OpenFileStore(ctx context.Context, path string, seen *Seen) (*FileStore, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("seen file: %w", err)
	}
	if err := seenFileText(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("seen file %s: %w", path, err)
	}
	sctx, cancel := context.WithCancel(context.Background())
	s := &FileStore{path: path, seen: seen, f: f, ctx: sctx, cancel: cancel}
	now := seen.now()
	done := ctx.Done()
	line := 0
	s.lines, err = scanSeenFile(f, func(u string, t time.Time, ok bool) error {
		select { // at each line (a few ns), as compact does
		case <-done:
			return ctx.Err()
		default:
		}
		if line++; !isHTTP(u) {
			return fmt.Errorf("line %d is no URL (%q): %w", line, newsner.Clip(u, 80), errNotSeenFile)
		}
		if !ok {
			t = now
		}
		seen.Record(u, t)
		return nil
	})
	if err != nil {
		err = fmt.Errorf("seen file %s: %w", path, err)
	}
	if err == nil {
		err = endLine(f)
	}
	if err == nil && s.worth() {
		err = s.compact(ctx)
	}
	if err != nil {
		cancel()
		s.f.Close()
		return nil, err
	}
	return s, nil
}

// errNotSeenFile is the end of the error of a --seen-file that is some
// other file: it is not read on, nor written to.
var errNotSeenFile = errors.New("not a seen file, which holds URL<TAB>time lines as watch writes them; it is left as it was: give another path")

// seenFileText refuses a file whose first bytes are no text (an image, a
// gzipped file, random bytes): such a file given as the seen file by
// mistake was read as lines of URLs ("23 URLs" of 5,000 random bytes) and
// then appended to and compacted, overwriting it.
func seenFileText(f *os.File) error {
	head := make([]byte, 512)
	n, err := f.ReadAt(head, 0)
	if n == 0 || err != nil && !errors.Is(err, io.EOF) {
		return nil // empty, or said when it is read
	}
	if mt := newsner.BinaryKind(head[:n]); mt != "" {
		return fmt.Errorf("its bytes look like %s: %w", mt, errNotSeenFile)
	}
	return nil
}

// endLine ends the file's last line if a crash cut it short (an append
// torn before its newline): else the next append would be glued to it,
// and its first URL lost when the file is read again.
func endLine(f *os.File) error {
	fi, err := f.Stat()
	if err != nil || fi.Size() == 0 {
		return err
	}
	last := make([]byte, 1)
	if _, err := f.ReadAt(last, fi.Size()-1); err != nil {
		return fmt.Errorf("seen file: %w", err)
	}
	if last[0] == '\n' {
		return nil
	}
	if _, err := f.WriteString("\n"); err != nil {
		return fmt.Errorf("seen file: %w", err)
	}
	return nil
}

// scanSeenFile reads a seen file, calls fn with each record's URL and time
// (ok false where the line has none), and returns how many lines it holds.
// Its errors do not name the file: the callers do.
func scanSeenFile(r io.Reader, fn func(u string, t time.Time, ok bool) error) (lines int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), newsner.MaxURLLength+1024)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		lines++
		u, ts, _ := strings.Cut(line, "\t")
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(ts))
		if err := fn(strings.TrimSpace(u), t, err == nil); err != nil {
			return lines, err
		}
	}
	return lines, sc.Err()
}

// Add appends the URLs, recorded at at, and syncs the file; when more
// than a third of the file's lines are dead it starts a compaction, and
// does not wait for it. Its error is that of the append, else that of a
// compaction that failed since the last Add.
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
	if s.compacting == nil && !s.closed && s.worth() && !time.Now().Before(s.retryAt) {
		done := make(chan struct{})
		s.compacting = done
		s.wg.Go(func() {
			defer close(done)
			err := s.compact(s.ctx)
			s.mu.Lock()
			defer s.mu.Unlock()
			s.compacting = nil
			if err != nil && s.ctx.Err() == nil {
				s.err, s.retryAt = err, time.Now().Add(compactRetry)
			}
		})
	}
	err := s.err
	s.err = nil
	return err
}

// worth reports whether the file is worth compacting: more than a third of
// its lines dead (an expired or dropped URL, an older record of a URL), so
// that the rewrites cost O(1) a line appended. URLs expired count as dead
// once Seen removed them (claims remove them, a bounded number each): Len
// would remove them all at once, here on the emit path. Called with mu
// held, or before the store is shared.
func (s *FileStore) worth() bool {
	dead := s.lines - s.seen.held()
	return dead > 0 && 3*dead > s.lines
}

// compact rewrites the file with one line for each URL its Seen still
// keeps (with the time Seen holds), dropping the rest, and replaces the
// file with it atomically (a crash leaves the old file or the new). It
// holds mu only to take a snapshot (the file's size) and at the end, to
// carry over the lines appended since and swap the files: Add is not held
// up while the file is read and the new one written. One compaction runs
// at a time.
func (s *FileStore) compact(ctx context.Context) error {
	s.mu.Lock()
	fi, err := s.f.Stat()
	snapLines := s.lines
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("seen file: %w", err)
	}
	size := fi.Size()
	if s.testHook != nil {
		s.testHook(ctx)
	}
	r, err := os.Open(s.path)
	if err != nil {
		return fmt.Errorf("seen file: %w", err)
	}
	defer r.Close()
	nf, err := atomicfile.Create(s.path)
	if err != nil {
		return fmt.Errorf("compact seen file %s: %w", s.path, err)
	}
	defer nf.Abort() // after Commit, nothing
	written := make(map[uint64]bool, s.seen.held())
	done := ctx.Done()
	_, err = scanSeenFile(io.NewSectionReader(r, 0, size), func(u string, _ time.Time, _ bool) error {
		select { // at each line (a few ns): Close waits for no more
		case <-done:
			return ctx.Err()
		default:
		}
		t, ok := s.seen.Time(u)
		k := s.seen.key(u)
		if !ok || written[k] {
			return nil
		}
		written[k] = true
		_, err := fmt.Fprintf(nf, "%s\t%s\n", u, t.Format(time.RFC3339))
		return err
	})
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = nf.Sync() // the bulk synced before the lock is taken
	}
	if err != nil {
		return fmt.Errorf("compact seen file %s: %w", s.path, err)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	// The lines appended since the snapshot, as they are.
	if _, err := io.Copy(nf, io.NewSectionReader(r, size, math.MaxInt64-size)); err != nil {
		return fmt.Errorf("compact seen file %s: %w", s.path, err)
	}
	// Opened before the rename, so that a failure leaves all as it was.
	f, err := os.OpenFile(nf.Name(), os.O_RDWR|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("compact seen file %s: %w", s.path, err)
	}
	if err := nf.Commit(); err != nil {
		f.Close()
		return fmt.Errorf("compact seen file %s: %w", s.path, err)
	}
	s.f.Close()
	s.f = f
	s.lines = len(written) + s.lines - snapLines
	return nil
}

// wait waits for the compaction in flight, if any.
func (s *FileStore) wait() {
	s.mu.Lock()
	done := s.compacting
	s.mu.Unlock()
	if done != nil {
		<-done
	}
}

// Close stops a compaction in flight (the file is left as it was, to be
// compacted when opened again) and closes the file. Its error is the
// file's, else that of a compaction that failed since the last Add.
func (s *FileStore) Close() error {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.cancel()
	s.wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.f.Close()
	if err == nil {
		err = s.err
	}
	s.err = nil
	return err
}
