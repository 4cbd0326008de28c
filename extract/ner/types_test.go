package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestQuotedTitlesAsMisc: a name alone in quotation marks is a title
// (MISC) at every mention; a nickname, a name given after "named", a
// journal's name and a person named unquoted too stay.
func TestQuotedTitlesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a show's and a film's titles in quotes",
			text:  "He hosts the cable show \"Quibble Quarters,\" which airs weekly. Fans of \"Zorbo Dawn\" will see it. Quibble Quarters returns in May.",
			spans: []span{{O, "Quibble Quarters"}, {P, "Zorbo Dawn"}, {O, "Quibble Quarters"}},
			want:  nil,
		},
		{
			name:  "a nickname, a name given, a journal, a person named unquoted stay",
			text:  "Marla \"Zibby\" Quonk spoke. A boat named \"Quelva\" sank. The journal \"Zorbic Letters\" said so. Rebels \"Tomaz\" and \"Quillo\" fled; Tomaz was seen.",
			spans: []span{{P, "Marla"}, {P, "Zibby"}, {P, "Quonk"}, {O, "Quelva"}, {O, "Zorbic Letters"}, {P, "Tomaz"}, {P, "Quillo"}, {P, "Tomaz"}},
			want:  []want{{P, "Marla", 1}, {P, "Zibby", 1}, {P, "Quonk", 1}, {O, "Quelva", 1}, {O, "Zorbic Letters", 1}, {P, "Tomaz", 2}},
		},
	})
}
