package ner

// spanReach answers whether a span of a text overlaps tokens [l,r) and
// reaches beyond them, without a walk over every span: such a span starts
// before l and ends after it, or starts in [l,r) and ends after r.
type spanReach struct {
	// before[x] is the largest end of the spans starting before token x;
	// at[x] the largest end of those starting at x.
	before, at []int
}

// newSpanReach indexes spans.
func newSpanReach(spans []tspan) *spanReach {
	n := 0
	for _, s := range spans {
		n = max(n, s.t0+1, s.t1+1)
	}
	sr := &spanReach{before: make([]int, n+1), at: make([]int, n+1)}
	for x := range sr.at {
		sr.at[x] = -1
	}
	for _, s := range spans {
		if s.t0 >= 0 {
			sr.at[s.t0] = max(sr.at[s.t0], s.t1)
		}
	}
	sr.before[0] = -1
	for x := 1; x <= n; x++ {
		sr.before[x] = max(sr.before[x-1], sr.at[x-1])
	}
	return sr
}

// beyond reports whether a span s has s.t0 < r, s.t1 > l and either
// s.t0 < l or s.t1 > r, for l < r.
func (sr *spanReach) beyond(l, r int) bool {
	if sr.before[min(max(l, 0), len(sr.before)-1)] > l {
		return true
	}
	for x := max(l, 0); x < r && x < len(sr.at); x++ {
		if sr.at[x] > r {
			return true
		}
	}
	return false
}
