package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinPeopleByInitials checks joinPeopleByInitials on made-up
// articles: a person's capitals join the person, whatever the tagger typed
// them; capitals two people share, or an organization's, stay apart.
func TestJoinPeopleByInitials(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a hyphenated surname's capitals are the person's",
			text:  "Running back Tobias Wren-Okafor hurt his foot on Sunday. The coach said TWO would miss a week, and Wren-Okafor agreed.",
			spans: []span{{P, "Tobias Wren-Okafor"}, {O, "TWO"}, {P, "Wren-Okafor"}},
			want:  []want{{P, "Tobias Wren-Okafor", 3}},
		},
		{
			name:  "a middle initial counts",
			text:  "Senator Mara Q. Delacorte spoke on Monday. Aides to MQD said the bill would pass.",
			spans: []span{{P, "Mara Q. Delacorte"}, {O, "MQD"}},
			want:  []want{{P, "Mara Q. Delacorte", 2}},
		},
		{
			name:  "capitals two people share stay apart",
			text:  "Corbin Jessup and Calder Jessup both scored. Fans cheered CJ after the game.",
			spans: []span{{P, "Corbin Jessup"}, {P, "Calder Jessup"}, {O, "CJ"}},
			want:  []want{{P, "Corbin Jessup", 1}, {P, "Calder Jessup", 1}, {O, "CJ", 1}},
		},
		{
			name:  "an organization's acronym is not the person's",
			text:  "Pilar Mendez Ruiz joined Plessy Mills Rotterdam last year. PMR said sales rose.",
			spans: []span{{P, "Pilar Mendez Ruiz"}, {O, "Plessy Mills Rotterdam"}, {O, "PMR"}},
			want:  []want{{P, "Pilar Mendez Ruiz", 1}, {O, "Plessy Mills Rotterdam", 2}},
		},
	})
}
