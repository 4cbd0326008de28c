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
