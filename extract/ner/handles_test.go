package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestGluedNamesAsNone: a name glued to a role or a code by an underscore
// is no name; a user's handle after "@" stays.
func TestGluedNamesAsNone(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "credits and codes glued by underscores are no names",
			text:  "STAFF\nComposer_Kim Cheol Hwan, Director_Oh Kyeong Taek\nPhoto: Camilla_SDO in Quenton.",
			spans: []span{{P, "Composer_Kim Cheol Hwan"}, {P, "Director_Oh Kyeong Taek"}, {L, "Camilla_SDO"}, {L, "Quenton"}},
			want:  []want{{L, "Quenton", 1}},
		},
		{
			name:  "the rest of a glued name is no name",
			text:  "STAFF\nChoreographer_Jeong Hye Jin, Director_Oh Kyeong Taek",
			spans: []span{{P, "Hye Jin"}, {P, "Kyeong Taek"}},
			want:  nil,
		},
		{
			name:  "a handle stays, its @ glued or apart (as tweets' corpora write it)",
			text:  "Thanks to @Jane_Quimble and @ Ann_Zorb for this.",
			spans: []span{{P, "@Jane_Quimble"}, {P, "Ann_Zorb"}},
			want:  []want{{P, "@Jane_Quimble", 1}, {P, "Ann_Zorb", 1}},
		},
	})
}

// TestLettersAsNone: a letter alone is no name.
func TestLettersAsNone(t *testing.T) {
	P := newsner.Person
	runDocCases(t, []docCase{{
		name:  "an author's initials in references",
		text:  "Source: Quimble, C., Zorb, C. A. (2012), Reporting.",
		spans: []textSpan{{P, "Quimble"}, {P, "C."}, {P, "Zorb"}, {P, "A."}},
		want:  []entityWant{{P, "Quimble", 1}, {P, "Zorb", 1}},
	}})
}

// TestXPlatform: the platform X is an organization where the article says
// what it is ("posted on X", "X, formerly Twitter", "an X post"), at
// every "X" standing alone as a name; a letter elsewhere, or in an article
// that never says so, is no name (xPlatformTokens, addXPlatformSpans,
// xPlatformAsOrganizations).
func TestXPlatform(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "posted on X",
		text:  "Jane Quimble posted on X that the talks had stalled. Critics replied on X within minutes.",
		spans: []span{{P, "Jane Quimble"}},
		want:  []want{{P, "Jane Quimble", 1}, {O, "X", 2}},
	}, {
		name:  "a post on X, read as a person before the senator",
		text:  "In a post on X, the senator said she would vote no. The company, X, did not respond.",
		spans: []span{{P, "X"}, {P, "X"}},
		want:  []want{{O, "X", 2}},
	}, {
		name:  "an X post, then X alone",
		text:  "In an X post, Rob Zorbin apologised. Advertisers have left X since then.",
		spans: []span{{P, "Rob Zorbin"}},
		want:  []want{{O, "X", 2}, {P, "Rob Zorbin", 1}},
	}, {
		name:  "letters beside the platform",
		text:  "Jana Quelby wrote on X that Mr X had lied. Generation X voters and the model X stayed home.",
		spans: []span{{P, "Jana Quelby"}, {P, "X"}},
		want:  []want{{P, "Jana Quelby", 1}, {O, "X", 1}},
	}, {
		name:  "no platform named",
		text:  "Mr X told the court in Quenton he saw the van. Article X allows withdrawal. Regulators fined X.",
		spans: []span{{P, "X"}, {newsner.Location, "Quenton"}},
		want:  []want{{newsner.Location, "Quenton", 1}},
	}})
}

// TestCodeNamesAsNone: a coding guide's file names and markup tags are no
// names (codeNamesAsNone); a company whose name is a web domain stays.
func TestCodeNamesAsNone(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a component's file and its tag",
		text:  "Create a file named ZorbList.tsx and render the <ZorbItem /> component for Quelbco.",
		spans: []span{{O, "ZorbList.tsx"}, {O, "<ZorbItem"}, {O, "Quelbco"}},
		want:  []want{{O, "Quelbco", 1}},
	}, {
		name:  "a line of code",
		text:  "Quelbco wrote it.\nconst ZorbList: React.FC = () => {\ninterface ZorbItem {\nexport default ZorbList;",
		spans: []span{{O, "Quelbco"}, {O, "ZorbList"}, {O, "ZorbItem"}},
		want:  []want{{O, "Quelbco", 1}},
	}, {
		name:  "a web domain's company",
		text:  "Zorbking.com said prices rose.",
		spans: []span{{O, "Zorbking.com"}},
		want:  []want{{O, "Zorbking.com", 1}},
	}})
}
