package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinSpellingVariants: an organization or place an article spells
// two or three ways, a word inflected ("Teachers", "Teaching" for
// "Teacher"), two letters swapped ("Untied", "Caostal"), a letter dropped
// ("Vetrinary") or a possessive dropped ("People Party"), is one entity;
// names one whole word apart ("North" and "South", "Motor" and
// "Mortgage", "Naval" and "Coastal", "Teachers" and "Nurses") stay two.
func TestJoinSpellingVariants(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	runDocCases(t, []docCase{
		{"inflected word", "The Zorbic Master Teacher Corps will train 50 teachers. Members of the Zorbic Master Teachers Corps get a stipend, and the Zorbic Master Teaching Corps starts in May.",
			[]textSpan{{O, "Zorbic Master Teacher Corps"}, {O, "Zorbic Master Teachers Corps"}, {O, "Zorbic Master Teaching Corps"}},
			[]entityWant{{O, "Zorbic Master Teachers Corps", 3}}},
		{"inflected word, the plural first", "The Zorbic Master Teachers Corps will train 50 teachers. The Zorbic Master Teaching Corps starts in May.",
			[]textSpan{{O, "Zorbic Master Teachers Corps"}, {O, "Zorbic Master Teaching Corps"}},
			[]entityWant{{O, "Zorbic Master Teachers Corps", 2}}},
		{"letters swapped", "Delegates of the United Workers Federation met on Monday. The Untied Workers Federation said it would strike.",
			[]textSpan{{O, "United Workers Federation"}, {O, "Untied Workers Federation"}},
			[]entityWant{{O, "United Workers Federation", 2}}},
		{"letter dropped", "The Quell Veterinary Council met. The Quell Vetrinary Council said no.",
			[]textSpan{{O, "Quell Veterinary Council"}, {O, "Quell Vetrinary Council"}},
			[]entityWant{{O, "Quell Veterinary Council", 2}}},
		{"a slip in one word, a person between", "The Zorbian Coastal Command sent a ship, Jane Quimble said. The Zorbian Caostal Command denied it.",
			[]textSpan{{O, "Zorbian Coastal Command"}, {P, "Jane Quimble"}, {O, "Zorbian Caostal Command"}},
			[]entityWant{{O, "Zorbian Coastal Command", 2}, {P, "Jane Quimble", 1}}},
		{"a word's ending changed, twice", "Zorbco will fund a Quelb Master Teacher Corps. Teachers who join the Quelb Master Teachers Corps get a grant. " +
			"A Quelb Master Teaching Corps will inspire pupils, Jane Quimble said.",
			[]textSpan{{O, "Zorbco"}, {O, "Quelb Master Teacher Corps"}, {O, "Quelb Master Teachers Corps"}, {O, "Quelb Master Teaching Corps"}, {P, "Jane Quimble"}},
			[]entityWant{{O, "Zorbco", 1}, {O, "Quelb Master Teachers Corps", 3}, {P, "Jane Quimble", 1}}},
		{"a possessive dropped", "Jane Quimble of the Zorbian People's Party won. The Zorbian People Party said it would govern.",
			[]textSpan{{P, "Jane Quimble"}, {O, "Zorbian People's Party"}, {O, "Zorbian People Party"}},
			[]entityWant{{P, "Jane Quimble", 1}, {O, "Zorbian People's Party", 2}}},
		{"two names a word apart, one a slip's length", "The Zorbian Naval Command met the Zorbian Coastal Command, Jane Quimble said. The Zorbian Teachers Union met the Zorbian Nurses Union.",
			[]textSpan{{O, "Zorbian Naval Command"}, {O, "Zorbian Coastal Command"}, {P, "Jane Quimble"}, {O, "Zorbian Teachers Union"}, {O, "Zorbian Nurses Union"}},
			[]entityWant{{O, "Zorbian Naval Command", 1}, {O, "Zorbian Coastal Command", 1}, {P, "Jane Quimble", 1}, {O, "Zorbian Teachers Union", 1}, {O, "Zorbian Nurses Union", 1}}},
		{"a word apart", "Troops left North Zorbia for South Zorbia. Quell Motor and Quell Mortgage were sold.",
			[]textSpan{{L, "North Zorbia"}, {L, "South Zorbia"}, {O, "Quell Motor"}, {O, "Quell Mortgage"}},
			[]entityWant{{L, "North Zorbia", 1}, {L, "South Zorbia", 1}, {O, "Quell Motor", 1}, {O, "Quell Mortgage", 1}}},
	})
}

// TestJoinMisspeltFullNames: a person's full name the article writes with
// a slip in the surname ("Philip Zorbopoulos", "Philip Zorbopoulous") is
// one person of two mentions; two people of one first name whose surnames
// are a plural's "s" or a letter apart ("Jane Adam" and "Jane Adams",
// "Tom Smith" and "Tom Smyth") and a slip in the first name stay two.
func TestJoinMisspeltFullNames(t *testing.T) {
	P := newsner.Person
	runDocCases(t, []docCase{
		{"a letter more in the surname", "Economist Philip Zorbopoulos of Quell University led the study. Philip Zorbopoulous said the effect was large.",
			[]textSpan{{P, "Philip Zorbopoulos"}, {newsner.Organization, "Quell University"}, {P, "Philip Zorbopoulous"}},
			[]entityWant{{P, "Philip Zorbopoulous", 2}, {newsner.Organization, "Quell University", 1}}},
		{"the surname alone first", "A study by Zorbopoulos and Quan found gains. Philip Zorbopoulos of Quell University led it. Philip Zorbopoulous said the effect was large.",
			[]textSpan{{P, "Zorbopoulos"}, {P, "Quan"}, {P, "Philip Zorbopoulos"}, {newsner.Organization, "Quell University"}, {P, "Philip Zorbopoulous"}},
			[]entityWant{{P, "Philip Zorbopoulous", 3}, {P, "Quan", 1}, {newsner.Organization, "Quell University", 1}}},
		{"two letters swapped in the surname", "Marta Quimbelton won the race. Marta Quimbleton said she was tired.",
			[]textSpan{{P, "Marta Quimbelton"}, {P, "Marta Quimbleton"}},
			[]entityWant{{P, "Marta Quimbelton", 2}}},
		{"two people a letter apart", "Jane Adam met Jane Adams. Tom Smith met Tom Smyth, and Marta Zorbin met Marat Zorbin.",
			[]textSpan{{P, "Jane Adam"}, {P, "Jane Adams"}, {P, "Tom Smith"}, {P, "Tom Smyth"}, {P, "Marta Zorbin"}, {P, "Marat Zorbin"}},
			[]entityWant{{P, "Jane Adam", 1}, {P, "Jane Adams", 1}, {P, "Tom Smith", 1}, {P, "Tom Smyth", 1}, {P, "Marta Zorbin", 1}, {P, "Marat Zorbin", 1}}},
	})
}

// TestJoinSpacedNames: an organization written as one camel-case word and
// as its parts apart ("Quellworks" aside: "QuellWorks", "Quell Works") is
// one entity of every mention; a firm and a place spaced two ways
// ("ZorbRock" the firm, "Zorb Rock" the town) and a spaced name of other
// letters ("Quell Work") stay apart.
func TestJoinSpacedNames(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	runDocCases(t, []docCase{
		{"camel and spaced", "The studio QuellWorks made the series. Quell Works said a second season would follow, and QuellWorks hired staff.",
			[]textSpan{{O, "QuellWorks"}, {O, "Quell Works"}, {O, "QuellWorks"}},
			[]entityWant{{O, "Quell Works", 3}}},
		{"spaced first", "Quell Works made the series. QuellWorks said a second season would follow.",
			[]textSpan{{O, "Quell Works"}, {O, "QuellWorks"}},
			[]entityWant{{O, "Quell Works", 2}}},
		{"two types, other letters", "ZorbRock bought land near Zorb Rock. QuellWorks met Quell Work.",
			[]textSpan{{O, "ZorbRock"}, {L, "Zorb Rock"}, {O, "QuellWorks"}, {O, "Quell Work"}},
			[]entityWant{{O, "ZorbRock", 1}, {L, "Zorb Rock", 1}, {O, "QuellWorks", 1}, {O, "Quell Work", 1}}},
	})
}

// TestJoinMisspeltSurnames checks joinMisspeltSurnames on made-up
// articles: a surname misspelt by a letter slip (two neighbouring
// letters swapped, a letter left out) joins its person, whatever the
// tagger typed it; a family's plural and a word two people's surnames
// give stay apart.
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
