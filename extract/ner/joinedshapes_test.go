package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinedNames: a word joining two capitalized names by "+" or two runs
// of capitals by a hyphen that the tagger left untagged is an organization
// (addJoinedNameSpans); not a service's name ending in "+", short initials
// side by side ("UK-EU"), a code with figures, nor a headline's word in
// capitals.
func TestJoinedNames(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a forwarder and a broadcaster untagged",
		text:  "Zorbian freight forwarder Quelbe+Norrag said on Monday that Marla Quonk would lead it. Broadcaster ZBQ-KRN, whose licence lapsed, said it would appeal in Quelbtown.",
		spans: []span{{P, "Marla Quonk"}, {L, "Quelbtown"}},
		want:  []want{{O, "Quelbe+Norrag", 1}, {P, "Marla Quonk", 1}, {O, "ZBQ-KRN", 1}, {L, "Quelbtown", 1}},
	}, {
		name:  "a service, pairs of initials, a code and a headline",
		text:  "Marla Quonk watched Zorbflix+ and spoke of UK-EU talks on the ZQ-35 jet and the GOES-WEST satellite.\nQUELB-ZORB TALKS END",
		spans: []span{{P, "Marla Quonk"}},
		want:  []want{{P, "Marla Quonk", 1}},
	}})
}
