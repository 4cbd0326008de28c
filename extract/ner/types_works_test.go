package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of types_works.go's rules.

// TestWorkWordsBefore: a name after a work's word with a title's "The"
// between ("the novel The Salt Road"), after an owner's work's word and a
// comma as an apposition ("his book, Ember Street,"), or after a record's
// "single" ("the single Paper Moon"), or after "author of" ("author of
// Planta Zorbens") is a work, MISC at every mention; a person after "In
// his book," who acts, a baseball single, and a body's report's owner
// after "author of", stay.
func TestWorkWordsBefore(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a novel, a book, a single",
			text: "Dara Voss wrote the novel The Salt Road in Zorbia. Fans of Salt Road queued. His book, Ember Street, sold well. " +
				"The band released the single Paper Moon.",
			spans: []span{{P, "Dara Voss"}, {L, "Salt Road"}, {L, "Zorbia"}, {O, "Salt Road"}, {L, "Ember Street"}, {P, "Paper Moon"}},
			want:  []want{{P, "Dara Voss", 1}, {L, "Zorbia", 1}},
		},
		{
			name:  "an author acting, a hit",
			text:  "In his book, Quimby writes of war. An RBI single Quelbton fans cheered.",
			spans: []span{{P, "Quimby"}, {O, "Quelbton"}},
			want:  []want{{P, "Quimby", 1}, {O, "Quelbton", 1}},
		},
		{
			name:  "a book after its author",
			text:  "Dara Voss, author of Planta Zorbens, says plants plan. Planta Zorbens sold well.",
			spans: []span{{P, "Dara Voss"}, {O, "Planta Zorbens"}, {O, "Planta Zorbens"}},
			want:  []want{{P, "Dara Voss", 1}},
		},
		{
			name:  "an author of a body's report",
			text:  "Dara Voss, an author of Zorbco's report, spoke.",
			spans: []span{{P, "Dara Voss"}, {O, "Zorbco"}},
			want:  []want{{P, "Dara Voss", 1}, {O, "Zorbco", 1}},
		},
	})
}

// TestYearsTitlesAsMisc: the names in a title after a year's possessive
// ("2024's Quelbon in the Zorb") are a work's, MISC at every mention; a
// body's name before a lower-case noun there ("2008's Zorbic Brothers
// collapse") stays.
func TestYearsTitlesAsMisc(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a film after its year",
			text:  "The sequel to 2024's Quelbon in the Zorb was adored by Dara Voss. Quelbon sold well.",
			spans: []span{{O, "Quelbon"}, {L, "Zorb"}, {P, "Dara Voss"}, {O, "Quelbon"}},
			want:  []want{{P, "Dara Voss", 1}},
		},
		{
			name:  "an event of a body",
			text:  "After 2008's Zorbic Brothers collapse, banks fell.",
			spans: []span{{O, "Zorbic Brothers"}},
			want:  []want{{O, "Zorbic Brothers", 1}},
		},
	})
}

// TestQuotedSubtitlesAsMisc: the subtitle of a quoted title after its
// colon ("Zorbic: Endgame") is the title's, MISC, whatever the tagger
// typed it; a colon of speech before a quote leaves the quote's name.
func TestQuotedSubtitlesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a film's subtitle typed a company",
		text:  `Quelbco said "Zorbic: Endgame" passed its other films.`,
		spans: []span{{O, "Quelbco"}, {O, "Endgame"}},
		want:  []want{{O, "Quelbco", 1}},
	}, {
		name:  "a colon of speech",
		text:  `Quelbco said: "Zorbco lost."`,
		spans: []span{{O, "Quelbco"}, {O, "Zorbco"}},
		want:  []want{{O, "Quelbco", 1}, {O, "Zorbco", 1}},
	}})
}

// TestWorksAfterPossessiveThe: a title after its channel's or maker's
// possessive, a capitalized "The" opening it ("Zorbnet's The Quelb
// Files"), is a work, MISC at every mention, split off the channel where
// the tagger ran the two into one name; a newspaper after its owner's
// possessive stays.
func TestWorksAfterPossessiveThe(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a show after its channel",
			text:  "Her second season with the Zorbnet Channel's The Quelbover starts soon. The Quelbover was a burden, Jane Quimble said.",
			spans: []span{{O, "Zorbnet Channel"}, {P, "Quelbover"}, {P, "Quelbover"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Zorbnet Channel", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "run into the channel's name",
			text:  "She starred in Zorbnet's The Quelb Files.",
			spans: []span{{O, "Zorbnet's The Quelb Files"}},
			want:  []want{{O, "Zorbnet", 1}},
		},
		{
			name:  "a newspaper",
			text:  "Quelbco's The Zorbville Times reported it.",
			spans: []span{{O, "Quelbco"}, {O, "The Zorbville Times"}},
			want:  []want{{O, "Quelbco", 1}, {O, "The Zorbville Times", 1}},
		},
	})
}

// TestRankedTitlesAsMisc: the titles a ranked list's headings quote ("10
// 'Zorbic Generic Romance'") are works, MISC wherever the article writes
// them, the names inside them too ("Quelb X" of "To Be Quelb X"), and a
// subtitled title's main part ("Quelb Zorbman" of "Quelb Zorbman – The
// Movie: Reze Arc"), and the other names of a list that holds one
// ("Vantor Slayer and Quelb Zorbman"), not a person of a first name; a
// quote in a sentence that opens with a number is no heading.
func TestRankedTitlesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a list of shows",
			text: "11 'My Zorb-Up Darling' Season 2\n\nFans of My Zorb-Up Darling waited. CloverQuelb made it.\n\n" +
				"10 'Zorbic Generic Romance'\n\nZorbic Generic Romance was anything but.\n\n" +
				"6 'To Be Quelb X'\n\nIf you love it, check out To Be Quelb X.\n\n" +
				"5 'Quelb Zorbman – The Movie: Reze Arc'\n\nQuelb Zorbman wowed viewers.\n\n" +
				"3 'Zorb's End' (2024)\n\nZorb's End is a sleeper hit. It never stood a chance against Vantor Slayer and Quelb Zorbman. " +
				"Jane Quimble and Quelb Zorbman fans cheered.",
			spans: []span{{P, "Zorb-Up Darling"}, {P, "My Zorb-Up Darling"}, {O, "CloverQuelb"}, {O, "Generic Romance"}, {O, "Zorbic Generic Romance"},
				{P, "Quelb X"}, {P, "Quelb X"}, {O, "Zorbman"}, {O, "Quelb Zorbman"}, {P, "End"}, {P, "Zorb"},
				{P, "Vantor Slayer"}, {O, "Quelb Zorbman"}, {P, "Jane Quimble"}, {O, "Quelb Zorbman"}},
			want: []want{{O, "CloverQuelb", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a quote in a sentence",
			text:  "2 'We will win,' Jane Quimble of Zorbco told the crowd of thousands.",
			spans: []span{{P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
	})
}

// TestSeasonWorksAsMisc: a name after "Season 3 of" (a cut name's first
// words between: "Quelb-Punch Man", which the tagger took as "Man") or
// before "Season 2" is a show, MISC at every mention; a known place after
// "Season 2 of" stays.
func TestSeasonWorksAsMisc(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "shows by their seasons",
			text:  "Fall fell harder than Season 3 of Quelb-Punch Man, and Zorbadan Season 2 was better;  Zorbadan will be talked about for years.",
			spans: []span{{P, "Man"}, {O, "Zorbadan"}, {O, "Zorbadan"}},
		},
		{
			name:  "a place",
			text:  "Season 2 of London Calling was shot in London by Zorbco.",
			spans: []span{{L, "London"}, {L, "London"}, {O, "Zorbco"}},
			want:  []want{{L, "London", 2}, {O, "Zorbco", 1}},
		},
	})
}

// TestGuideTitlesAsMisc: a name ending in "Guide" or "Handbook" before
// "to" is a guide's title, MISC at every mention ("the Quick Zorb Guide"
// alone too); a magazine's "Guide" with no "to" after it stays.
func TestGuideTitlesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a guide's title",
			text:  "Chapter 0: Quick Zorb Guide to search. Read the Quick Zorb Guide before Zorbco's course.",
			spans: []span{{O, "Quick Zorb Guide"}, {O, "Quick Zorb Guide"}, {O, "Zorbco"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "a magazine",
			text:  "Quelb Guide said it would print fewer copies.",
			spans: []span{{O, "Quelb Guide"}},
			want:  []want{{O, "Quelb Guide", 1}},
		},
	})
}

// TestListedKindsAsMisc: the names in a list after a kind's plural that
// names no person, place or body ("design movements like", "languages
// such as", "shows like") are MISC at every mention; a list after "tools
// like", whose names are often companies', keeps its company.
func TestListedKindsAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name: "movements, languages, shows",
		text: "The course covers design movements like Zorb Nouveau and Quelbhaus, and languages such as Vantorlang. " +
			"Quelbhaus shaped it. Fans of shows like Quelb Ridge cheered. Marketing tools like Zorbchimp help.",
		spans: []span{{P, "Zorb Nouveau"}, {P, "Quelbhaus"}, {O, "Vantorlang"}, {P, "Quelbhaus"}, {P, "Quelb Ridge"}, {O, "Zorbchimp"}},
		want:  []want{{O, "Zorbchimp", 1}},
	}, {
		name:  "a kind's plural, are and the list",
		text:  "Quelbco says the fundamental methodologies are Zorbfall, Quelbile, and Lean Zorbup.",
		spans: []span{{O, "Quelbco"}, {O, "Zorbfall"}, {O, "Quelbile"}, {O, "Lean Zorbup"}},
		want:  []want{{O, "Quelbco", 1}},
	}})
}

// TestWordNamedVessels: a ship named by a word after a vessel's word ("the
// aircraft carrier Enterprise", eng.testa) is a vessel, MISC at every
// mention, though the gazetteer knows a town of that name; a country
// after a vessel's word, which acts ("the tanker Iran seized"), stays a
// place (nkinds50).
func TestWordNamedVessels(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	runDocCases(t, []docCase{{
		name:  "a carrier named by a word",
		text:  "The aircraft carriers Vinson and Enterprise sailed. The aircraft carrier Enterprise was in the eastern Mediterranean.",
		spans: []textSpan{{O, "Vinson"}, {O, "Enterprise"}, {O, "Enterprise"}, {L, "Mediterranean"}},
		want:  []entityWant{{L, "Mediterranean", 1}},
	}, {
		name:  "a country after a vessel's word",
		text:  "The tanker Iran seized in April was freed on Monday.",
		spans: []textSpan{{L, "Iran"}},
		want:  []entityWant{{L, "Iran", 1}},
	}})
}
