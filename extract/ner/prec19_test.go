package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPrecisionRules19 checks the nineteenth pass's precision rules of the
// document step on made-up articles: each case fails without its rule.
func TestPrecisionRules19(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a quoted title whose first words the tagger left out is a title (titleLeadOpen)",
			text: "Critics mocked “The Zorbic Gate,” a thriller starring Jane Quimble. " +
				"Ads quoted Quenton’s “Let Zorbton Go Under” in full. He wrote “The Quelbist’s Dilemma.” It sold.",
			spans: []span{{L, "Zorbic Gate"}, {P, "Jane Quimble"}, {L, "Quenton"}, {L, "Zorbton Go Under"}, {O, "Dilemma"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}},
		},
		{
			name: "a name before a facility noun is the building's, a place (facilityNounPlaces)",
			text: "Police said he took the child to the Zorbly Suites hotel in Quenton. " +
				"Zorbco wants a Quelbix Lodge hotel on the Moon, and a Quelbix Lodge is planned.",
			spans: []span{{O, "Zorbly Suites"}, {L, "Quenton"}, {O, "Zorbco"}, {O, "Quelbix Lodge"}},
			// The untagged "a Quelbix Lodge is planned" is the chain's
			// repeat (addRepeatSpans): two mentions.
			want: []want{{L, "Zorbly Suites", 1}, {L, "Quenton", 1}, {O, "Zorbco", 1}, {O, "Quelbix Lodge", 2}},
		},
		{
			name:  "a business magazine's name before a number names its ranking (rankingsAsMisc)",
			text:  "Zorbco counts many Fortune 500 companies as clients, Jane Quimble told a Fortune reporter.",
			spans: []span{{O, "Zorbco"}, {O, "Fortune"}, {P, "Jane Quimble"}, {O, "Fortune"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}, {O, "Fortune", 1}},
		},
		{
			name: "names in a list of titles a work's plural opens are titles (listedWorksAsMisc)",
			text: "The box holds seven rock tracks, including Born to Ride and The Road to Zorb. " +
				"She sang songs like Quelb Moon by Jane Quimble in Quenton.",
			spans: []span{{L, "Born"}, {L, "Road"}, {L, "Zorb"}, {O, "Quelb Moon"}, {P, "Jane Quimble"}, {L, "Quenton"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "a product line the tagger names with a model's number elsewhere is a product (miscModelStems)",
			text:  "The laptop has a Quelbix 1660 card, which beats the Quelbix 1060 in Quenton's tests.",
			spans: []span{{O, "Quelbix"}, {misc, "Quelbix 1060"}, {L, "Quenton"}},
			want:  []want{{L, "Quenton", 1}},
		},
		{
			name:  "a listed president's surname before Administration is the person (presidentialSurname)",
			text:  "The Eisenhower Administration backed the Zorbland Highway Administration in Quenton.",
			spans: []span{{O, "Eisenhower Administration"}, {O, "Zorbland Highway Administration"}, {L, "Quenton"}},
			want:  []want{{P, "Eisenhower", 1}, {O, "Zorbland Highway Administration", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "what a device or its owner runs is software (runsSystem)",
			text:  "Owners running Zorb Lion can upgrade for $19. The founder running Quelbco said so in Quenton.",
			spans: []span{{O, "Zorb Lion"}, {O, "Quelbco"}, {L, "Quenton"}},
			want:  []want{{O, "Quelbco", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "an Arabic place's head and a word with the Arabic article name a place (arabicPlacesAsPlaces)",
			text:  "Fighting raged around Bab al-Zorbi, a gate of Quenton, while Beit Quelbo beat Zorbco.",
			spans: []span{{P, "Bab al-Zorbi"}, {L, "Quenton"}, {O, "Beit Quelbo"}, {O, "Zorbco"}},
			want:  []want{{L, "Bab al-Zorbi", 1}, {L, "Quenton", 1}, {O, "Beit Quelbo", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a name after \"published by\" is a publisher (publishedBy)",
			text:  "The memoir was published this month by Quelbner in Quenton. Another was published by Jane Quimble.",
			spans: []span{{P, "Quelbner"}, {L, "Quenton"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Quelbner", 1}, {L, "Quenton", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a listed name ending in 's the tagger reads as a person is the organization (listedPossessive)",
			text:  "Zorbco sold the vase through Sotheby’s, and Lloyd’s wife bought it in Quenton.",
			spans: []span{{O, "Zorbco"}, {P, "Sotheby"}, {P, "Lloyd"}, {L, "Quenton"}},
			want:  []want{{O, "Zorbco", 1}, {O, "Sotheby’s", 1}, {P, "Lloyd", 1}, {L, "Quenton", 1}},
		},
		{
			name:  "a league's conference is a competition's part, no body (leagueNames: Western Conference)",
			text:  "Quenton remains last in the Western Conference with 10 points, Jane Quimble said.",
			spans: []span{{O, "Quenton"}, {O, "Western Conference"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Quenton", 1}, {P, "Jane Quimble", 1}},
		},
	})
}
