package ingest

import (
	"fmt"
)

// offsetTracker follows the messages of one partition from the moment they
// are handed to a worker until they are done, and says how far the consumer
// group may commit: up to the highest offset below which every handed-out
// message is done. Workers finish out of order; committing past an unfinished
// message would lose it on a crash, so the commit point only moves over a
// contiguous run of done messages.
//
// Offsets need not be consecutive (compaction and transaction markers leave
// gaps); they must only be added in increasing order, as a partition is read.
// An offsetTracker is not safe for concurrent use; its owner locks.
type offsetTracker struct {
	// next is the offset to commit: every message below it that this tracker
	// saw is done. -1 until the first message is added, when the start
	// offset was not known (a new group starting at the earliest offset).
	next int64
	// pending holds the offsets handed out and not yet below next, ascending.
	pending []int64
	// done holds the offsets in pending that are done.
	done map[int64]bool
	// last is the highest offset added, -1 before any.
	last int64
	// first is the start offset, or the first offset added where the start
	// was not known; -1 until known.
	first int64
	// maxDone is the highest offset done, -1 before any.
	maxDone int64
}

// newOffsetTracker returns a tracker for a partition read from start; start
// is an absolute offset, or negative where it is not known yet.
func newOffsetTracker(start int64) *offsetTracker {
	if start < 0 {
		start = -1
	}
	return &offsetTracker{next: start, last: -1, first: start, maxDone: -1, done: map[int64]bool{}}
}

// add records that the message at off was handed out.
func (t *offsetTracker) add(off int64) error {
	if off < 0 {
		return fmt.Errorf("offset tracker: negative offset %d", off)
	}
	if off <= t.last {
		return fmt.Errorf("offset tracker: offset %d added after %d", off, t.last)
	}
	if t.next >= 0 && off < t.next {
		return fmt.Errorf("offset tracker: offset %d is below the start offset %d", off, t.next)
	}
	t.last = off
	if t.first < 0 {
		t.first = off
	}
	if len(t.pending) == 0 {
		// Nothing outstanding: everything below off that was read is done,
		// and a gap in the offsets is nothing to wait for.
		t.next = off
	}
	t.pending = append(t.pending, off)
	return nil
}

// forget takes back the last added offset, for a message that was read but
// never handed out (the partition was revoked before a worker took it).
func (t *offsetTracker) forget(off int64) error {
	n := len(t.pending)
	if n == 0 || t.pending[n-1] != off {
		return fmt.Errorf("offset tracker: forget %d: not the last pending offset", off)
	}
	if t.done[off] {
		return fmt.Errorf("offset tracker: forget %d: already done", off)
	}
	t.pending = t.pending[:n-1]
	// last stays: the offset was read, and re-adding it would be a replay
	// within one assignment, which the reader never does.
	return nil
}

// markDone records that the message at off is done and reports whether the
// commit point moved.
func (t *offsetTracker) markDone(off int64) (bool, error) {
	i := t.search(off)
	if i == len(t.pending) || t.pending[i] != off {
		return false, fmt.Errorf("offset tracker: offset %d is not pending", off)
	}
	if t.done[off] {
		return false, fmt.Errorf("offset tracker: offset %d done twice", off)
	}
	t.done[off] = true
	t.maxDone = max(t.maxDone, off)
	moved := false
	k := 0
	for k < len(t.pending) && t.done[t.pending[k]] {
		delete(t.done, t.pending[k])
		t.next = t.pending[k] + 1
		k++
		moved = true
	}
	if k > 0 {
		t.pending = append(t.pending[:0], t.pending[k:]...)
		if len(t.pending) > 0 {
			// Offsets between the done run and the next pending message
			// were never read (gaps): nothing to wait for.
			t.next = t.pending[0]
		}
	}
	return moved, nil
}

// search returns the index of off in pending, or where it would go.
func (t *offsetTracker) search(off int64) int {
	lo, hi := 0, len(t.pending)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.pending[m] < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// commitOffset returns the offset to commit (the next message to read after
// a restart) and whether there is one.
func (t *offsetTracker) commitOffset() (int64, bool) {
	return t.next, t.next >= 0
}

// uncommitted returns how many offsets lie between committed (the offset
// last committed, or -1 if none) and the newest done one: what would be
// processed again if the process died now.
func (t *offsetTracker) uncommitted(committed int64) int64 {
	if t.maxDone < 0 {
		return 0
	}
	base := committed
	if base < 0 {
		base = t.first
	}
	return max(t.maxDone+1-base, 0)
}

// inFlight returns how many handed-out messages are not done.
func (t *offsetTracker) inFlight() int {
	return len(t.pending) - len(t.done)
}
