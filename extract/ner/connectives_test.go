package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinHeadedLists: a body's name that goes on after its head word and
// a connective with a list of common words is one organization
// (joinHeadedLists); a list of names of their own stays apart, as does a
// list of words no corpus writes in lower case.
func TestJoinHeadedLists(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a purpose's list",
		text:  "Aid may fall short, the Zorbian Fund to End Hunger, Drought and Flooding warned on Monday.",
		spans: []span{{O, "Zorbian Fund to End Hunger"}, {O, "Drought"}, {L, "Flooding"}},
		want:  []want{{O, "Zorbian Fund to End Hunger, Drought and Flooding", 1}},
	}, {
		name:  "a word too rare for the corpora beside a common one",
		text:  "Funding remains tight after the Quelb Fund to Fight Zorbitis, Hunger and Drought warned of a shortfall.",
		spans: []span{{O, "Quelb Fund to Fight Zorbitis"}, {O, "Hunger"}, {L, "Drought"}},
		want:  []want{{O, "Quelb Fund to Fight Zorbitis, Hunger and Drought", 1}},
	}, {
		name:  "a body for a list",
		text:  "Staff of the Zorbian Council for Water, Flooding and Drought were sent home.",
		spans: []span{{O, "Zorbian Council for Water"}, {O, "Flooding"}},
		want:  []want{{O, "Zorbian Council for Water, Flooding and Drought", 1}},
	}, {
		name:  "names of their own",
		text:  "Talks between the Bank of Zorbia, Quelbco and Marzoco ended on Monday.",
		spans: []span{{O, "Bank of Zorbia"}, {O, "Quelbco"}, {O, "Marzoco"}},
		want:  []want{{O, "Bank of Zorbia", 1}, {O, "Quelbco", 1}, {O, "Marzoco", 1}},
	}, {
		name:  "no word the corpora know",
		text:  "Talks between the Quelb Fund for Zorbitis, Quelbitis and Marzitis ended on Monday.",
		spans: []span{{O, "Quelb Fund for Zorbitis"}, {O, "Quelbitis"}, {O, "Marzitis"}},
		want:  []want{{O, "Quelb Fund for Zorbitis", 1}, {O, "Quelbitis", 1}, {O, "Marzitis", 1}},
	}})
}
