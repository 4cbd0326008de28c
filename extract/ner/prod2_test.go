package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCommonPluralPhrases: a title-cased term inside a sentence whose head
// is a plural and whose words the article writes in lower case elsewhere
// ("Intensive Care Units", "Demand Side Platforms") is no name; a team's
// plural the article never writes in lower case, and a name at a
// sentence's start, stay.
func TestCommonPluralPhrases(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a ward's and an ad market's terms",
			text: "Zorbco sells monitors for Intensive Care Units. Nurses in intensive care say the units need more care. " +
				"Buyers use Demand Side Platforms, and the demand side runs on such platforms.",
			spans: []span{{O, "Zorbco"}, {O, "Intensive Care Units"}, {L, "Demand Side Platforms"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "a team's plural",
			text:  "The Quelbton Hawks beat the Zorbia Rangers, and the rangers of the park watched as the quelbton fans sang.",
			spans: []span{{O, "Quelbton Hawks"}, {O, "Zorbia Rangers"}},
			want:  []want{{O, "Quelbton Hawks", 1}, {O, "Zorbia Rangers", 1}},
		},
	})
}
