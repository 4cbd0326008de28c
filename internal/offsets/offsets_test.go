package offsets

import (
	"math/rand"
	"testing"
)

func TestTracker(t *testing.T) {
	// op: 'a' add, 'd' done, 'f' forget; want is the commit offset after the
	// op (-1: none), err whether the op must fail.
	type step struct {
		op   byte
		off  int64
		want int64
		err  bool
	}
	tests := []struct {
		name  string
		start int64
		steps []step
	}{
		{"in order", 0, []step{
			{'a', 0, 0, false}, {'a', 1, 0, false}, {'d', 0, 1, false}, {'d', 1, 2, false},
		}},
		{"out of order waits for the lowest", 0, []step{
			{'a', 0, 0, false}, {'a', 1, 0, false}, {'a', 2, 0, false},
			{'d', 2, 0, false}, {'d', 1, 0, false}, {'d', 0, 3, false},
		}},
		{"middle done first", 5, []step{
			{'a', 5, 5, false}, {'a', 6, 5, false}, {'a', 7, 5, false},
			{'d', 6, 5, false}, {'d', 5, 7, false}, {'d', 7, 8, false},
		}},
		{"unknown start (earliest) has nothing to commit until a message", -2, []step{
			{'a', 40, 40, false}, {'d', 40, 41, false},
		}},
		{"unknown start, nothing read", -2, nil},
		{"gaps from compaction", 10, []step{
			{'a', 12, 12, false}, {'a', 15, 12, false}, {'a', 20, 12, false},
			{'d', 15, 12, false}, {'d', 12, 20, false}, {'d', 20, 21, false},
		}},
		{"gap after everything is done moves to the new message", 0, []step{
			{'a', 0, 0, false}, {'d', 0, 1, false}, {'a', 9, 9, false}, {'a', 10, 9, false},
			{'d', 10, 9, false}, {'d', 9, 11, false},
		}},
		{"done twice fails and changes nothing", 0, []step{
			{'a', 0, 0, false}, {'a', 1, 0, false}, {'d', 1, 0, false}, {'d', 1, 0, true},
			{'d', 0, 2, false}, {'d', 0, 2, true},
		}},
		{"done of an offset never added fails", 0, []step{
			{'a', 0, 0, false}, {'d', 3, 0, true}, {'d', 0, 1, false},
		}},
		{"add out of order fails", 0, []step{
			{'a', 3, 3, false}, {'a', 2, 3, true}, {'a', 3, 3, true}, {'a', 4, 3, false},
		}},
		{"add below start fails", 10, []step{
			{'a', 9, 10, true}, {'a', 10, 10, false},
		}},
		{"forget the last unhanded message", 0, []step{
			{'a', 0, 0, false}, {'a', 1, 0, false}, {'f', 1, 0, false}, {'d', 0, 1, false},
			{'d', 1, 1, true},
		}},
		{"forget of a message that is not last fails", 0, []step{
			{'a', 0, 0, false}, {'a', 1, 0, false}, {'f', 0, 0, true},
		}},
		{"forget of a done message fails", 0, []step{
			{'a', 0, 0, false}, {'a', 1, 0, false}, {'d', 1, 0, false}, {'f', 1, 0, true},
		}},
		{"negative offset fails", 0, []step{
			{'a', -1, 0, true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := New(tt.start, 0)
			if len(tt.steps) == 0 {
				if off, ok := tr.Next(); ok && tt.start < 0 {
					t.Fatalf("Next() = %d, true for an unknown start", off)
				}
			}
			for i, s := range tt.steps {
				var err error
				switch s.op {
				case 'a':
					err = tr.Add(s.off, s.off+1)
				case 'd':
					_, err = tr.Done(s.off)
				case 'f':
					err = tr.Forget(s.off)
				}
				if (err != nil) != s.err {
					t.Fatalf("step %d %c %d: err = %v, want error %v", i, s.op, s.off, err, s.err)
				}
				got, ok := tr.Next()
				if !ok {
					got = -1
				}
				if got != s.want {
					t.Fatalf("step %d %c %d: commitOffset = %d, want %d", i, s.op, s.off, got, s.want)
				}
			}
		})
	}
}

// TestTrackerRandom finishes messages in random orders and checks
// after every step that the commit point is exactly the lowest unfinished
// offset: never past one (that would lose it), never behind the done prefix.
func TestTrackerRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		start := int64(rng.Intn(1000))
		tr := New(start, 0)
		var offs []int64
		off := start
		n := 1 + rng.Intn(60)
		for i := 0; i < n; i++ {
			off += 1 + int64(rng.Intn(3)*rng.Intn(2)) // some gaps
			offs = append(offs, off)
		}
		done := map[int64]bool{}
		added := 0
		order := rng.Perm(n)
		for _, k := range order {
			// Interleave reading and finishing: add up to and including k.
			for added <= k {
				if err := tr.Add(offs[added], offs[added]+1); err != nil {
					t.Fatal(err)
				}
				added++
			}
			before, _ := tr.Next()
			moved, err := tr.Done(offs[k])
			if err != nil {
				t.Fatal(err)
			}
			done[offs[k]] = true
			// The expected commit point: the first undone added offset,
			// or one past the last added if all are done.
			want := offs[added-1] + 1
			for _, o := range offs[:added] {
				if !done[o] {
					want = o
					break
				}
			}
			got, ok := tr.Next()
			if !ok || got != want {
				t.Fatalf("round %d: after done %d: commit %d (%v), want %d", round, offs[k], got, ok, want)
			}
			if moved != (got != before) {
				t.Fatalf("round %d: moved=%v after done %d, commit %d -> %d", round, moved, offs[k], before, got)
			}
			undone := 0
			for _, o := range offs[:added] {
				if !done[o] {
					undone++
				}
			}
			if tr.InFlight() != undone {
				t.Fatalf("round %d: inFlight %d, want %d", round, tr.InFlight(), undone)
			}
		}
		if got, _ := tr.Next(); got != offs[n-1]+1 {
			t.Fatalf("round %d: final commit %d, want %d", round, got, offs[n-1]+1)
		}
		if len(tr.pending) != 0 || len(tr.done) != 0 {
			t.Fatalf("round %d: tracker keeps %d pending, %d done", round, len(tr.pending), len(tr.done))
		}
	}
}

func TestTrackerUncommitted(t *testing.T) {
	tests := []struct {
		name      string
		start     int64
		add, done []int64
		committed int64
		want      int64
	}{
		{"nothing done", 0, []int64{0, 1}, nil, -1, 0},
		{"done past the committed offset", 0, []int64{0, 1, 2}, []int64{0, 1}, 0, 2},
		{"a slow message holds the commit back", 0, []int64{0, 1, 2, 3}, []int64{1, 2, 3}, 0, 4},
		{"all committed", 0, []int64{0, 1}, []int64{0, 1}, 2, 0},
		{"no commit yet, start known", 5, []int64{5, 6}, []int64{6}, -1, 2},
		{"no commit yet, start unknown: from the first message", -2, []int64{40, 41}, []int64{40}, -1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := New(tt.start, 0)
			for _, off := range tt.add {
				if err := tr.Add(off, off+1); err != nil {
					t.Fatal(err)
				}
			}
			for _, off := range tt.done {
				if _, err := tr.Done(off); err != nil {
					t.Fatal(err)
				}
			}
			if got := tr.Uncommitted(tt.committed); got != tt.want {
				t.Errorf("uncommitted(%d) = %d, want %d", tt.committed, got, tt.want)
			}
		})
	}
}

// TestTrackerLeft counts what a holder that stops leaves to be done again:
// jobs in flight as well as done ones past the commit, but not a message
// taken back (read, never handed out).
func TestTrackerLeft(t *testing.T) {
	tests := []struct {
		name            string
		start           int64
		add, done, back []int64
		committed       int64
		want            int64
	}{
		{"nothing handed out", 0, nil, nil, nil, -1, 0},
		{"in flight, nothing done", 0, []int64{0, 1}, nil, nil, -1, 2},
		{"all done and committed", 0, []int64{0, 1}, []int64{0, 1}, nil, 2, 0},
		{"all done, the commit failed", 0, []int64{0, 1, 2}, []int64{0, 1, 2}, nil, 0, 3},
		{"done behind one in flight", 0, []int64{0, 1, 2}, []int64{1, 2}, nil, 0, 3},
		{"committed up to the one in flight", 0, []int64{0, 1, 2}, []int64{0, 1}, nil, 2, 1},
		{"the last read taken back", 0, []int64{0, 1, 2}, []int64{0}, []int64{2}, 1, 1},
		{"no commit yet, start unknown", -1, []int64{40, 41}, []int64{40}, nil, -1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := New(tt.start, 0)
			for _, off := range tt.add {
				if err := tr.Add(off, off+1); err != nil {
					t.Fatal(err)
				}
			}
			for _, off := range tt.done {
				if _, err := tr.Done(off); err != nil {
					t.Fatal(err)
				}
			}
			for _, off := range tt.back {
				if err := tr.Forget(off); err != nil {
					t.Fatal(err)
				}
			}
			if got := tr.Left(tt.committed); got != tt.want {
				t.Errorf("Left(%d) = %d, want %d", tt.committed, got, tt.want)
			}
		})
	}
}

// TestTrackerSpans follows jobs that are ranges of their input (WARC
// records, say): the point moves to the end of a done run, over gaps.
func TestTrackerSpans(t *testing.T) {
	c := New(10, 0)
	for _, s := range [][2]int64{{10, 15}, {15, 20}, {25, 30}, {30, 31}} {
		if err := c.Add(s[0], s[1]); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		done int64
		next int64
	}{
		{15, 10}, // a later job done: the point stays
		{10, 25}, // the run 10..20 done; the gap 20..25 was never a job
		{30, 25},
		{25, 31},
	}
	for _, s := range steps {
		if _, err := c.Done(s.done); err != nil {
			t.Fatal(err)
		}
		if next, _ := c.Next(); next != s.next {
			t.Errorf("after %d: next %d, want %d", s.done, next, s.next)
		}
	}
	if _, err := c.Done(25); err == nil {
		t.Error("done twice: no error")
	}
	if err := c.Add(5, 6); err == nil {
		t.Error("span before the resume point: no error")
	}
	if err := c.Pass(40, 41); err != nil || !c.Idle() {
		t.Errorf("pass: %v", err)
	}
	if next, _ := c.Next(); next != 41 {
		t.Errorf("after pass: next %d, want 41", next)
	}
}

// TestTrackerCap checks the cap: full at max pending spans, done ones
// behind an unfinished one included; free again once the oldest is done.
func TestTrackerCap(t *testing.T) {
	c := New(0, 3)
	for off := range int64(3) {
		if c.Full() {
			t.Fatalf("full after %d of 3", off)
		}
		if err := c.Add(off, off+1); err != nil {
			t.Fatal(err)
		}
	}
	if !c.Full() {
		t.Fatal("not full at 3 of 3")
	}
	if _, err := c.Done(2); err != nil {
		t.Fatal(err)
	}
	if !c.Full() {
		t.Fatal("a done job behind an unfinished one freed room")
	}
	if _, err := c.Done(0); err != nil {
		t.Fatal(err)
	}
	if c.Full() {
		t.Fatal("still full after the oldest was done")
	}
}
