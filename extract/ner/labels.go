package ner

import "github.com/newsner/newsner"

// The model tags each token with a BILOU label: O (outside), or Begin,
// Inside, Last, Unit (a one-token entity) of one of the four CoNLL types.
const (
	nTypes  = 4
	nLabels = 1 + 4*nTypes
	labelO  = 0
)

// Positions of a token within an entity.
const (
	posB = iota
	posI
	posL
	posU
)

// typeList maps a type index to the entity type; MISC is learnt, never
// emitted.
var typeList = [nTypes]newsner.EntityType{newsner.Person, newsner.Location, newsner.Organization, misc}

var labelNames = func() [nLabels]string {
	var n [nLabels]string
	n[0] = "O"
	short := [nTypes]string{"PER", "LOC", "ORG", "MISC"}
	for t := 0; t < nTypes; t++ {
		for p, c := range "BILU" {
			n[label(t, p)] = string(c) + "-" + short[t]
		}
	}
	return n
}()

func label(typ, pos int) int { return 1 + 4*typ + pos }
func labelType(l int) int    { return (l - 1) / 4 }
func labelPos(l int) int     { return (l - 1) % 4 }

// typeIndex returns the index of t in typeList, or -1.
func typeIndex(t newsner.EntityType) int {
	for i, u := range typeList {
		if u == t {
			return i
		}
	}
	return -1
}

// validTrans reports whether label next may follow label prev (prev < 0:
// at the start of a segment) in a well-formed BILOU sequence.
func validTrans(prev, next int) bool {
	open := prev > 0 && (labelPos(prev) == posB || labelPos(prev) == posI)
	if !open {
		return next == labelO || labelPos(next) == posB || labelPos(next) == posU
	}
	return next != labelO && labelType(next) == labelType(prev) && (labelPos(next) == posI || labelPos(next) == posL)
}

// validEnd reports whether a segment may end on label l.
func validEnd(l int) bool {
	return l == labelO || labelPos(l) == posL || labelPos(l) == posU
}

// spansOf turns a label sequence over tokens [off, off+len(labels)) into
// spans. It tolerates malformed sequences (an entity is closed wherever the
// next label does not continue it).
func spansOf(labels []int, off int, out []tspan) []tspan {
	start, typ := -1, -1
	closeAt := func(end int) {
		if start >= 0 {
			out = append(out, tspan{typ: typeList[typ], t0: off + start, t1: off + end})
		}
		start, typ = -1, -1
	}
	for i, l := range labels {
		if l == labelO {
			closeAt(i)
			continue
		}
		t, p := labelType(l), labelPos(l)
		if start >= 0 && (t != typ || p == posB || p == posU) {
			closeAt(i)
		}
		if start < 0 {
			start, typ = i, t
		}
		if p == posL || p == posU {
			closeAt(i + 1)
		}
	}
	closeAt(len(labels))
	return out
}
