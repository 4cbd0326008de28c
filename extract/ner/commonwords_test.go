package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// TestCommonPhraseHeadings: on a title-case line, words the training
// corpora usually write in lower case ("Price and Value", "Final Word")
// are a heading, no name, though the article never writes them in lower
// case; a listed name of common words on such a line, a name after "of"
// on it, and the same words inside a lower-case sentence stay. A phrase of
// two words or more on a line of words alone (a rank's number before
// them aside) is judged by looser counts, by the article's own lower-case
// use and by its words' stems (headingWord: "Handle Issues and
// Emergencies", "Budgets and Fences"); a desk's line with a telephone
// number keeps its name.
func TestCommonPhraseHeadings(t *testing.T) {
	O, P, L := newsner.Organization, newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "section headings",
			text:  "Zorbco makes kettles in Quelbton.\n\nPrice and Value\n\nIts kettles sell well.\n\nThe Final Word\n\nBuy one.",
			spans: []span{{O, "Zorbco"}, {L, "Quelbton"}, {P, "Value"}, {L, "Final Word"}},
			want:  []want{{O, "Zorbco", 1}, {L, "Quelbton", 1}},
		},
		{
			name:  "listed names and a named summary",
			text:  "General Motors and the Zorbco Deal\n\nSummary of Consolidated Financial Data\n\nThe carmaker said profits rose.",
			spans: []span{{O, "General Motors"}, {O, "Zorbco"}, {O, "Consolidated Financial Data"}},
			want:  []want{{O, "General Motors", 1}, {O, "Zorbco", 1}, {O, "Consolidated Financial Data", 1}},
		},
		{
			name: "a phrase's words by looser counts and by their stems",
			text: "Zorbco rents out flats.\n\nHow to Handle Issues and Emergencies\n\nCall the office first.\n\n" +
				"5. Budgets and Fences\n\nSet one up early.\n\n6. Quelbing Rules\n\nThe quelbing rules are strict.",
			spans: []span{{O, "Zorbco"}, {O, "Handle Issues and Emergencies"}, {O, "Budgets and Fences"}, {O, "Quelbing Rules"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "a desk's line with its telephone number",
			text:  "Bonds fell.\n-- Jan Quimby, International Bonds +44 171 542 6320",
			spans: []span{{P, "Jan Quimby"}, {O, "International Bonds"}},
			want:  []want{{P, "Jan Quimby", 1}, {O, "International Bonds", 1}},
		},
		{
			name:  "in a sentence",
			text:  "Readers of Final Word, a quarterly, said the issue was late.",
			spans: []span{{O, "Final Word"}},
			want:  []want{{O, "Final Word", 1}},
		},
	})
}

// TestRankedTaglines: on a ranked list's heading, the words after the
// item's name and a colon are the item's tagline, no name, though its head
// is a body's ("Services") or a word the corpora write in lower case only
// once ("Economical"); a tagline with a name in it, a name after a colon
// on a line of no rank, and a ranked line that goes on after the phrase
// keep their names.
func TestRankedTaglines(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "taglines of a ranked list",
			text: "The best schools, ranked.\n\n7. Zorbfoundry: Comprehensive Career Services\n\nZorbfoundry helps its graduates.\n\n" +
				"10. Quelb Academy: Economical Software Engineering\n\nQuelb Academy is cheap.",
			spans: []span{{O, "Zorbfoundry"}, {O, "Comprehensive Career Services"}, {O, "Zorbfoundry"},
				{O, "Quelb Academy"}, {O, "Economical Software Engineering"}, {O, "Quelb Academy"}},
			want: []want{{O, "Zorbfoundry", 2}, {O, "Quelb Academy", 2}},
		},
		{
			name: "names after a colon",
			text: "Where to go next.\n\n3. Quelbton: Zorbia Harbour\n\nThe harbour is old.\n\n" +
				"Partner: Career Services Trust\n\n4. Zorbco: Software Engineering Services and more",
			spans: []span{{L, "Quelbton"}, {L, "Zorbia Harbour"}, {O, "Career Services Trust"}, {O, "Zorbco"}, {O, "Software Engineering Services"}},
			want:  []want{{L, "Quelbton", 1}, {L, "Zorbia Harbour", 1}, {O, "Career Services Trust", 1}, {O, "Zorbco", 1}, {O, "Software Engineering Services", 1}},
		},
	})
}

// TestCommonListItems: title-cased terms of common words in a list that a
// plural noun and a colon introduce ("bootcamps: Software Engineering,
// Business Intelligence Analytics, ...") are courses' names, no bodies';
// the tagger's person there too ("Cyber Security"); a listed name in such
// a list ("General Motors"), a listed game ("Angry Birds"), a list of two
// items and a person whose name opens with a first name ("Will Power")
// keep theirs.
func TestCommonListItems(t *testing.T) {
	O, P := newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a list of courses",
			text:  "Zorbco offers seven bootcamps: Software Engineering, Business Intelligence Analytics, Cyber Security, UX/UI Design, QA, and AI Automation.",
			spans: []span{{O, "Zorbco"}, {O, "Software Engineering"}, {O, "Business Intelligence Analytics"}, {P, "Cyber Security"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name: "a listed name, a game, two items, a person by a first name",
			text: "Its clients include carmakers: General Motors, Quelbco, and Zorbco. It runs the common apps: Zorbchat, Quelbgram, Angry Birds and more. " +
				"It has two arms: Market Research and Quelb Labs. Its speakers: Will Power, Ulla Quimby, and Ann Zorb.",
			spans: []span{{O, "General Motors"}, {O, "Quelbco"}, {O, "Zorbco"}, {O, "Angry Birds"}, {O, "Market Research"}, {O, "Quelb Labs"}, {P, "Will Power"}},
			want:  []want{{O, "General Motors", 1}, {O, "Quelbco", 1}, {O, "Zorbco", 1}, {O, "Market Research", 1}, {O, "Quelb Labs", 1}, {P, "Will Power", 1}},
		},
	})
}

// TestCommonWordCut: a common word that a teaser's ellipsis cuts off at a
// sentence's start ("All...", "Every…") is no name (commonWordCut), as the
// tagger may find it; a name before an ellipsis stays.
func TestCommonWordCut(t *testing.T) {
	L := newsner.Location
	text := "Players grind their way to the end of every game.\n\nAll...\n\nFans in Quarlton waited.\n\nEvery\u2026"
	es := caseEntities(t, text, []textSpan{{L, "All."}, {L, "Quarlton"}, {L, "Every\u2026"}})
	want := []string{"LOCATION:Quarlton"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	text = "Players waited for hours.\n\nQuarlton..."
	es = caseEntities(t, text, []textSpan{{L, "Quarlton."}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one place", got)
	}
}

// TestCommonPluralPhrases: a title-cased term inside a sentence whose head
// is a plural and whose words the article writes in lower case elsewhere
// ("Intensive Care Units", "Demand Side Platforms", "Listed IP Addresses")
// is no name; a team's
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
			// A word after an acronym is a word of the capitalized run:
			// "Addresses" of "the Listed IP Addresses" is not capitalized
			// on its own, so the article's "addresses" still counts
			// (dragnet-web-a).
			name: "a term's plural after an acronym in it",
			text: "Zorbco must get subpoenas for each of the Listed IP Addresses. Such addresses were listed in the filing, " +
				"and the court said the Listed IP Addresses were part of one swarm.",
			spans: []span{{O, "Zorbco"}, {O, "Listed IP Addresses"}, {O, "Listed IP Addresses"}},
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
