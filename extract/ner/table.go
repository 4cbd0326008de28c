package ner

// table maps feature hashes to row numbers: open addressing with linear
// probing over a power-of-two array kept at most half full. Lookups are
// the model's inner loop; this is about twice as fast as a Go map there.
// Read-only after building, so safe for concurrent readers.
type table struct {
	slots []slot
	mask  uint64
	shift uint
	n     int
}

func newTable(n int) *table {
	size, shift := 16, uint(60)
	for size < 2*n {
		size *= 2
		shift--
	}
	return &table{slots: make([]slot, size), mask: uint64(size - 1), shift: shift}
}

// slot holds a key and its value side by side: one cache line per probe.
type slot struct {
	key uint64 // 0: empty
	val int32
}

// slot spreads a hash over the array (Fibonacci hashing: feature hashes
// are FNV values whose low bits alone are poor).
func (t *table) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift }

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// put sets k's value; the table must have room (newTable's n).
func (t *table) put(k uint64, v int32) {
	k = fixKey(k)
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case 0:
			t.slots[i] = slot{k, v}
			t.n++
			return
		case k:
			t.slots[i].val = v
			return
		}
	}
}

func (t *table) get(k uint64) (int32, bool) {
	k = fixKey(k)
	return t.probe(k, t.slot(k))
}

// probe looks the fixed key k up from slot i on.
func (t *table) probe(k, i uint64) (int32, bool) {
	for ; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case k:
			return t.slots[i].val, true
		case 0:
			return 0, false
		}
	}
}

// tableBatch is the most keys getBatch looks up at once.
const tableBatch = 32

// getBatch looks up keys (at most tableBatch) and stores the values of
// those found in vals, in the keys' order; it returns how many it found.
//
// It loads every key's home slot before it resolves any lookup. The
// tables are megabytes, so most of those loads miss the cache; loads that
// do not wait on each other overlap, where lookups one after the other,
// each branching on its slot, wait each miss out in turn.
func (t *table) getBatch(keys []uint64, vals *[tableBatch]int32) int {
	var home, first [tableBatch]uint64
	keys = keys[:min(len(keys), tableBatch)]
	for k, key := range keys {
		i := t.slot(fixKey(key))
		home[k] = i
		first[k] = t.slots[i].key
	}
	n := 0
	for k, key := range keys {
		key = fixKey(key)
		switch first[k] {
		case key:
			vals[n] = t.slots[home[k]].val
			n++
		case 0:
		default:
			if v, ok := t.probe(key, home[k]); ok {
				vals[n] = v
				n++
			}
		}
	}
	return n
}

func (t *table) len() int { return t.n }

// keys returns the keys in the table, in no order.
func (t *table) keys() []uint64 {
	out := make([]uint64, 0, t.n)
	for _, s := range t.slots {
		if s.key != 0 {
			out = append(out, s.key)
		}
	}
	return out
}
