package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinMisspeltSurnames checks joinMisspeltSurnames on made-up
// articles: a surname misspelt by two neighbouring letters swapped joins
// its person, whatever the tagger typed it; a word two people's surnames
// give, or a short one, stays apart.
func TestJoinMisspeltSurnames(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a misspelt surname typed an organization joins the person",
			text:  "Ada Quimbler runs the Zorbco lab. \"Cars will talk,\" says Qiumbler.",
			spans: []span{{P, "Ada Quimbler"}, {O, "Zorbco"}, {O, "Qiumbler"}},
			want:  []want{{P, "Ada Quimbler", 2}, {O, "Zorbco", 1}},
		},
		{
			name:  "a misspelt surname typed a place joins the person",
			text:  "Coach Bo Zorbano spoke before the game. Players cried at Zorbnao's talk in Quelbton.",
			spans: []span{{P, "Bo Zorbano"}, {L, "Zorbnao"}, {L, "Quelbton"}},
			want:  []want{{P, "Bo Zorbano", 2}, {L, "Quelbton", 1}},
		},
		{
			name:  "a surname with a letter left out joins the person",
			text:  "Ada Quimbler curated the show. Visitors praised Quimbler's choice; Qimbler said more would come.",
			spans: []span{{P, "Ada Quimbler"}, {P, "Quimbler"}, {O, "Qimbler"}},
			want:  []want{{P, "Ada Quimbler", 3}},
		},
		{
			name:  "a family's plural stays apart",
			text:  "Ada Quimbler won the vote. The Quimblers left the stage.",
			spans: []span{{P, "Ada Quimbler"}, {P, "Quimblers"}},
			want:  []want{{P, "Ada Quimbler", 1}, {P, "Quimblers", 1}},
		},
		{
			name:  "a word that misspells two people's surnames stays apart",
			text:  "Ada Quimbler met Bo Quimbler. Qiumbler said so.",
			spans: []span{{P, "Ada Quimbler"}, {P, "Bo Quimbler"}, {O, "Qiumbler"}},
			want:  []want{{P, "Ada Quimbler", 1}, {P, "Bo Quimbler", 1}, {O, "Qiumbler", 1}},
		},
	})
}

// TestJoinMisspeltNames checks joinMisspeltNames on made-up articles: a
// name of two words or more misspelt in one word by two neighbouring
// letters swapped joins the name it misspells; a name a word apart stays
// apart.
func TestJoinMisspeltNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a slip in one word of an organization's name",
			text:  "The Zorbian Coastal Command sent a ship, Jane Quimble said. The Zorbian Caostal Command denied it.",
			spans: []span{{O, "Zorbian Coastal Command"}, {P, "Jane Quimble"}, {O, "Zorbian Caostal Command"}},
			want:  []want{{O, "Zorbian Coastal Command", 2}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "two names a word apart stay two",
			text:  "The Zorbian Naval Command met the Zorbian Coastal Command, Jane Quimble said.",
			spans: []span{{O, "Zorbian Naval Command"}, {O, "Zorbian Coastal Command"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbian Naval Command", 1}, {O, "Zorbian Coastal Command", 1}, {P, "Jane Quimble", 1}},
		},
	})
}
