package watch

import "math"

// orderSec is a Unix second as the order keeps it: 32 bits, those before
// 1970 as 1970 and those after 2106 as 2106 (the set's map keeps the
// second itself, which Has and the TTL go by).
func orderSec(t int64) uint32 {
	return uint32(min(max(t, 0), math.MaxUint32))
}

// recordOrder is Seen's order: (hash, second) entries taken off least
// second first, 12 bytes an entry. Entries come mostly in order of time
// (URLs claimed now): those go to a queue, O(1) in and out; the rest (a
// store loaded in no order of time, an entry moved to a URL's later
// record) to a heap, O(log n). Not safe for concurrent use (Seen's lock
// guards it).
type recordOrder struct {
	q recordQueue
	h recordHeap
}

// Len is the number of entries.
func (o *recordOrder) Len() int { return o.q.n + o.h.n }

// push adds an entry.
func (o *recordOrder) push(k uint64, sec uint32) {
	if o.q.n == 0 || sec >= o.q.last {
		o.q.push(k, sec)
	} else {
		o.h.push(k, sec)
	}
}

// dropLast drops the entry pushed last if it is one of k's (and was not
// taken off yet).
func (o *recordOrder) dropLast(k uint64) {
	if o.q.n > 0 && o.q.tailKey() == k {
		o.q.popLast()
	}
}

// fromQueue reports whether the least entry is the queue's.
func (o *recordOrder) fromQueue() bool {
	if o.q.n == 0 {
		return false
	}
	if o.h.n == 0 {
		return true
	}
	_, qs := o.q.head()
	_, hs := o.h.get(0)
	return qs <= hs
}

// min returns the entry of the least second.
func (o *recordOrder) min() (k uint64, sec uint32, ok bool) {
	switch {
	case o.fromQueue():
		k, sec = o.q.head()
	case o.h.n > 0:
		k, sec = o.h.get(0)
	default:
		return 0, 0, false
	}
	return k, sec, true
}

// pop removes the entry min returns.
func (o *recordOrder) pop() {
	if o.fromQueue() {
		o.q.pop()
	} else {
		o.h.pop()
	}
}

const (
	orderChunkBits = 12
	orderChunkLen  = 1 << orderChunkBits // 48 KB a chunk: six pages
)

// orderChunk holds entries of the queue or the heap: growing either never
// copies it, and an emptied chunk is given back.
type orderChunk struct {
	keys [orderChunkLen]uint64
	secs [orderChunkLen]uint32
}

// recordQueue is a FIFO of entries pushed in order of second.
type recordQueue struct {
	chunks []*orderChunk
	// first is the first entry's index in chunks[0]; n the entries held.
	first, n int
	// last is the second of the entry pushed last.
	last uint32
	// spare is the last chunk emptied, kept for the next growth.
	spare *orderChunk
}

func (q *recordQueue) head() (uint64, uint32) {
	c := q.chunks[0]
	return c.keys[q.first], c.secs[q.first]
}

func (q *recordQueue) push(k uint64, sec uint32) {
	i := q.first + q.n
	if i == len(q.chunks)*orderChunkLen {
		q.chunks = append(q.chunks, newChunk(&q.spare))
	}
	c := q.chunks[i>>orderChunkBits]
	c.keys[i&(orderChunkLen-1)], c.secs[i&(orderChunkLen-1)] = k, sec
	q.n++
	q.last = sec
}

func (q *recordQueue) tailKey() uint64 {
	i := q.first + q.n - 1
	return q.chunks[i>>orderChunkBits].keys[i&(orderChunkLen-1)]
}

// popLast removes the entry pushed last. last stays: no earlier than the
// queue's tail, it keeps the queue in order.
func (q *recordQueue) popLast() {
	q.n--
	switch {
	case q.n == 0:
		q.spare = q.chunks[0]
		q.chunks[0] = nil
		q.chunks = q.chunks[:0]
		q.first = 0
	case q.first+q.n == (len(q.chunks)-1)*orderChunkLen:
		last := len(q.chunks) - 1
		q.spare = q.chunks[last]
		q.chunks[last] = nil
		q.chunks = q.chunks[:last]
	}
}

func (q *recordQueue) pop() {
	q.first++
	q.n--
	if q.first == orderChunkLen || q.n == 0 {
		q.spare = q.chunks[0]
		q.chunks[0] = nil
		q.chunks = q.chunks[1:]
		q.first = 0
	}
}

// newChunk returns *spare, or a new chunk if none.
func newChunk(spare **orderChunk) *orderChunk {
	c := *spare
	*spare = nil
	if c == nil {
		c = new(orderChunk)
	}
	return c
}

// recordHeap is a 4-ary min-heap of entries by second.
type recordHeap struct {
	chunks []*orderChunk
	n      int
	// spare is the last chunk emptied, kept for the next growth.
	spare *orderChunk
}

func (h *recordHeap) sec(i int) uint32 {
	return h.chunks[i>>orderChunkBits].secs[i&(orderChunkLen-1)]
}

func (h *recordHeap) get(i int) (uint64, uint32) {
	c := h.chunks[i>>orderChunkBits]
	return c.keys[i&(orderChunkLen-1)], c.secs[i&(orderChunkLen-1)]
}

func (h *recordHeap) set(i int, k uint64, sec uint32) {
	c := h.chunks[i>>orderChunkBits]
	c.keys[i&(orderChunkLen-1)], c.secs[i&(orderChunkLen-1)] = k, sec
}

// push adds an entry: O(1) for one no earlier than those held, O(log n)
// at most.
func (h *recordHeap) push(k uint64, sec uint32) {
	if h.n == len(h.chunks)*orderChunkLen {
		h.chunks = append(h.chunks, newChunk(&h.spare))
	}
	i := h.n
	h.n++
	for i > 0 {
		p := (i - 1) / 4
		pk, ps := h.get(p)
		if ps <= sec {
			break
		}
		h.set(i, pk, ps)
		i = p
	}
	h.set(i, k, sec)
}

// pop removes the least entry: O(log n).
func (h *recordHeap) pop() {
	h.n--
	if h.n > 0 {
		k, sec := h.get(h.n)
		i := 0
		for {
			c := 4*i + 1
			if c >= h.n {
				break
			}
			m, ms := c, h.sec(c)
			for j := c + 1; j < c+4 && j < h.n; j++ {
				if s := h.sec(j); s < ms {
					m, ms = j, s
				}
			}
			if ms >= sec {
				break
			}
			mk, _ := h.get(m)
			h.set(i, mk, ms)
			i = m
		}
		h.set(i, k, sec)
	}
	// The last chunk goes once half a chunk below it is free (the spare
	// absorbs pushes and pops back and forth across a chunk's edge).
	if last := len(h.chunks) - 1; h.n == 0 || h.n <= last*orderChunkLen-orderChunkLen/2 {
		h.spare = h.chunks[last]
		h.chunks[last] = nil
		h.chunks = h.chunks[:last]
	}
}
