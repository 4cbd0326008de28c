package ner

import "testing"

func TestTable(t *testing.T) {
	const n = 5000
	tb := newTable(n)
	for i := 0; i < n; i++ {
		tb.put(uint64(i)*0x100000001b3, int32(i))
	}
	tb.put(0, -7) // key 0 is stored as 1 and found as 0
	for i := 1; i < n; i++ {
		v, ok := tb.get(uint64(i) * 0x100000001b3)
		if !ok || v != int32(i) {
			t.Fatalf("get %d: %d %v", i, v, ok)
		}
	}
	if v, ok := tb.get(0); !ok || v != -7 {
		t.Fatalf("get 0: %d %v", v, ok)
	}
	if _, ok := tb.get(12345); ok {
		t.Fatal("found a missing key")
	}
	if tb.len() != n {
		t.Fatalf("len %d", tb.len())
	}
}

// TestGetBatch checks getBatch against get on keys present and absent,
// with collisions (a table sized for more keys than it holds is sparse;
// this one is full to its limit).
func TestGetBatch(t *testing.T) {
	const n = 3000
	tb := newTable(n)
	for i := 0; i < n; i++ {
		tb.put(uint64(i)*0x9E3779B97F4A7C15, int32(i))
	}
	var vals [tableBatch]int32
	for start := 0; start < 2*n; start += tableBatch {
		var want []int32
		var ks []uint64
		for i := start; i < start+tableBatch; i++ {
			k := uint64(i) * 0x9E3779B97F4A7C15 // i >= n: absent
			if i%3 == 2 {
				k ^= 1 << 40 // absent
			}
			ks = append(ks, k)
			if v, ok := tb.get(k); ok {
				want = append(want, v)
			}
		}
		got := vals[:tb.getBatch(ks, &vals)]
		if len(got) != len(want) {
			t.Fatalf("keys %d-%d: %d found, want %d", start, start+tableBatch, len(got), len(want))
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("keys %d-%d: %v, want %v", start, start+tableBatch, got, want)
			}
		}
	}
}
