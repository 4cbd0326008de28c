package watch

import "math"

// orderSec is a Unix second as the order keeps it: 32 bits, those before
// 1970 as 1970 and those after 2106 as 2106 (the set's map keeps the
// second itself, which Has and the TTL go by).
func orderSec(t int64) uint32 {
	return uint32(min(max(t, 0), math.MaxUint32))
}

// recordHeap is Seen's order: a 4-ary min-heap of (hash, second) entries
// by second, 12 bytes an entry, in chunks of heapChunkLen so that growing
// never copies it and an emptied chunk is given back. Not safe for
// concurrent use (Seen's lock guards it).
type recordHeap struct {
	chunks []*heapChunk
	n      int
	// spare is the last chunk emptied, kept for the next growth.
	spare *heapChunk
}

const (
	heapChunkBits = 12
	heapChunkLen  = 1 << heapChunkBits // 48 KB a chunk: six pages
)

type heapChunk struct {
	keys [heapChunkLen]uint64
	secs [heapChunkLen]uint32
}

func (h *recordHeap) sec(i int) uint32 {
	return h.chunks[i>>heapChunkBits].secs[i&(heapChunkLen-1)]
}

func (h *recordHeap) get(i int) (uint64, uint32) {
	c := h.chunks[i>>heapChunkBits]
	return c.keys[i&(heapChunkLen-1)], c.secs[i&(heapChunkLen-1)]
}

func (h *recordHeap) set(i int, k uint64, sec uint32) {
	c := h.chunks[i>>heapChunkBits]
	c.keys[i&(heapChunkLen-1)], c.secs[i&(heapChunkLen-1)] = k, sec
}

// Len is the number of entries.
func (h *recordHeap) Len() int { return h.n }

// min returns the entry of the least second.
func (h *recordHeap) min() (k uint64, sec uint32, ok bool) {
	if h.n == 0 {
		return 0, 0, false
	}
	k, sec = h.get(0)
	return k, sec, true
}

// push adds an entry: O(1) for one no earlier than those held (a URL
// recorded now), O(log n) at most.
func (h *recordHeap) push(k uint64, sec uint32) {
	if h.n == len(h.chunks)*heapChunkLen {
		c := h.spare
		if c == nil {
			c = new(heapChunk)
		}
		h.spare = nil
		h.chunks = append(h.chunks, c)
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

// pop removes the entry min returns: O(log n).
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
	// A chunk emptied half a chunk ago goes: the spare absorbs a push
	// and pop back and forth across a chunk's edge.
	if last := len(h.chunks) - 1; last >= 0 && h.n <= last*heapChunkLen-heapChunkLen/2 || h.n == 0 && len(h.chunks) > 0 {
		h.spare = h.chunks[last]
		h.chunks[last] = nil
		h.chunks = h.chunks[:last]
	}
}
