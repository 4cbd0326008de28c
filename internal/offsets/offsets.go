// Package offsets is the one contiguous-progress tracker behind every
// at-least-once input newsner has: the Kafka URL source (per partition), the
// raw-topic reader (per partition), the archive reader's checkpoints (per
// WARC file or directory) and the URL lines run reads from stdin (where a
// stopped run goes on). Like Redpanda Connect's checkpoint.Capped, it
// follows the positions handed to workers until they are done, says how far
// the input may be committed (up to the first position not done), and can
// cap how many positions are outstanding past that point.
package offsets

import (
	"fmt"
)

// Tracker follows the jobs of one input (a partition, a file) from the
// moment they are handed out until they are done, and says how far the
// input is done without a gap: the point to commit, where a restart
// resumes. Workers finish out of order; committing past an unfinished job
// would lose it on a crash, so the point only moves over a contiguous run of
// done jobs.
//
// A job occupies a span [start, end) of the input: an offset of a
// partition ([off, off+1)), a byte range of a WARC file, an index in a
// directory listing. Spans must be added in increasing order; gaps between
// them (compacted offsets, records that were not jobs) are nothing to wait
// for. A Tracker is not safe for concurrent use; its owner locks.
type Tracker struct {
	// next is the point to commit: every job before it that this tracker
	// saw is done. -1 until the first job is added, when the start was not
	// known (a new consumer group starting at the earliest offset).
	next int64
	// pending holds the spans handed out and not yet below next, ascending.
	pending []span
	// done marks the pending spans (by start) that are done.
	done map[int64]bool
	// last is the end of the last span added, -1 before any.
	last int64
	// first is the start, or the start of the first span added where the
	// start was not known; -1 until known.
	first int64
	// maxDone is the end of the furthest span done, -1 before any.
	maxDone int64
	// cap bounds len(pending); 0: no bound.
	cap int
}

type span struct{ start, end int64 }

// New returns a tracker for an input read from start; start is a position,
// or negative where it is not known yet. max, where positive, caps how many
// spans may be pending (handed out, or done behind one that is not): Full
// reports when the cap is reached.
func New(start int64, max int) *Tracker {
	if start < 0 {
		start = -1
	}
	return &Tracker{next: start, last: -1, first: start, maxDone: -1, done: map[int64]bool{}, cap: max}
}

// Add records that the job at [start, end) was handed out.
func (t *Tracker) Add(start, end int64) error {
	switch {
	case start < 0 || end <= start:
		return fmt.Errorf("offsets: bad span %d-%d", start, end)
	case start < t.last:
		return fmt.Errorf("offsets: span %d-%d added after one ending at %d", start, end, t.last)
	case t.next >= 0 && start < t.next:
		return fmt.Errorf("offsets: span %d-%d is before the commit point %d", start, end, t.next)
	}
	t.last = end
	if t.first < 0 {
		t.first = start
	}
	if len(t.pending) == 0 {
		// Nothing outstanding: everything before start that was read is
		// done, and a gap is nothing to wait for.
		t.next = start
	}
	t.pending = append(t.pending, span{start, end})
	return nil
}

// Pass moves the commit point over [start, end), which needs no work (a
// record that is not a page, a skipped one), if nothing before it is
// pending.
func (t *Tracker) Pass(start, end int64) error {
	if err := t.Add(start, end); err != nil {
		return err
	}
	_, err := t.Done(start)
	return err
}

// Forget takes back the last added span, starting at start, for a job that
// was read but never handed out (its partition was revoked before a worker
// took it).
func (t *Tracker) Forget(start int64) error {
	n := len(t.pending)
	if n == 0 || t.pending[n-1].start != start {
		return fmt.Errorf("offsets: forget %d: not the last pending span", start)
	}
	if t.done[start] {
		return fmt.Errorf("offsets: forget %d: already done", start)
	}
	t.pending = t.pending[:n-1]
	// last stays: the position was read, and adding it again would be a
	// replay, which a reader never does.
	return nil
}

// Done records that the job starting at start is done and reports whether
// the commit point moved.
func (t *Tracker) Done(start int64) (bool, error) {
	i := t.search(start)
	if i == len(t.pending) || t.pending[i].start != start {
		return false, fmt.Errorf("offsets: job at %d is not pending", start)
	}
	if t.done[start] {
		return false, fmt.Errorf("offsets: job at %d done twice", start)
	}
	t.done[start] = true
	t.maxDone = max(t.maxDone, t.pending[i].end)
	k := 0
	for k < len(t.pending) && t.done[t.pending[k].start] {
		delete(t.done, t.pending[k].start)
		t.next = t.pending[k].end
		k++
	}
	if k > 0 {
		t.pending = append(t.pending[:0], t.pending[k:]...)
		if len(t.pending) > 0 {
			// Positions between the done run and the next pending job
			// were never jobs (gaps): nothing to wait for.
			t.next = t.pending[0].start
		}
	}
	return k > 0, nil
}

// search returns the index of the span starting at start in pending, or
// where it would go.
func (t *Tracker) search(start int64) int {
	lo, hi := 0, len(t.pending)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.pending[m].start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Next returns the point to commit (where a restart resumes: the next
// position to read) and whether there is one.
func (t *Tracker) Next() (int64, bool) {
	return t.next, t.next >= 0
}

// Uncommitted returns how many positions lie between committed (the point
// last committed, or -1 if none) and the end of the furthest job done: what
// would be done again if the process died now.
func (t *Tracker) Uncommitted(committed int64) int64 {
	return t.past(committed, t.maxDone)
}

// Left returns how many positions lie between committed (the point last
// committed, or -1 if none) and the end of the furthest job handed out and
// not taken back (Forget), done or not: what is read again, and done
// again, after its holder stops with committed as its last commit.
func (t *Tracker) Left(committed int64) int64 {
	end := t.maxDone
	if n := len(t.pending); n > 0 {
		end = max(end, t.pending[n-1].end)
	}
	return t.past(committed, end)
}

// past returns how many positions lie between committed (the point last
// committed, or -1 if none: counted from the start) and end (-1: none),
// for Uncommitted and Left.
func (t *Tracker) past(committed, end int64) int64 {
	if end < 0 {
		return 0
	}
	base := committed
	if base < 0 {
		base = t.first
	}
	return max(end-base, 0)
}

// InFlight returns how many handed-out jobs are not done.
func (t *Tracker) InFlight() int {
	return len(t.pending) - len(t.done)
}

// Idle reports whether no handed-out job is outstanding.
func (t *Tracker) Idle() bool { return len(t.pending) == 0 }

// Full reports whether the cap is reached: as many spans are pending as
// New allowed. The owner waits until the oldest is done before it hands
// out another.
func (t *Tracker) Full() bool { return t.cap > 0 && len(t.pending) >= t.cap }
