package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestBoughtAsOrganizations: a name tagged a person right after a verb of
// buying is a company or a brand, and so is the list's next name
// (boughtAsOrganizations); not in a sports article, where clubs acquire
// players.
func TestBoughtAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "brands named like people",
		text:  "Zorbco said it would buy Marla Quenby and Tovey from a collapsed rival. Marla Quenby has 80 shops.",
		spans: []span{{O, "Zorbco"}, {P, "Marla Quenby"}, {P, "Tovey"}, {P, "Marla Quenby"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Marla Quenby", 2}, {O, "Tovey", 1}},
	}, {
		name:  "acquired",
		text:  "Quelbix said on Thursday it had acquired Jenna Marlo, a skincare brand.",
		spans: []span{{O, "Quelbix"}, {P, "Jenna Marlo"}},
		want:  []want{{O, "Quelbix", 1}, {O, "Jenna Marlo", 1}},
	}, {
		name:  "a player bought",
		text:  "The Zorbs, chasing a playoff spot late in the season, strengthened their pitching on Wednesday, acquiring Danny Quagle, a left-hander.",
		spans: []span{{O, "Zorbs"}, {P, "Danny Quagle"}},
		want:  []want{{O, "Zorbs", 1}, {P, "Danny Quagle", 1}},
	}})
}

// TestAcronymPlacesAsOrganizations: a name tagged a place made of an
// organization's listed acronym and a known place is the body's branch
// (acronymPlacesAsOrganizations); a place alone stays.
func TestAcronymPlacesAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "body and place",
		text:  "NHS Scotland medical director Jane Quorley said 40,000 shots had been given in Scotland.",
		spans: []span{{L, "NHS Scotland"}, {P, "Jane Quorley"}, {L, "Scotland"}},
		want:  []want{{O, "NHS Scotland", 1}, {P, "Jane Quorley", 1}, {L, "Scotland", 1}},
	}})
}

// TestSaidItsAsOrganizations: a name tagged a person before "said its" is
// a company (saidItsAsOrganizations), unless the article gives it a
// person's title or role elsewhere.
func TestSaidItsAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "company named like a person",
		text:  "Rival Quelba Marlo said its skincare business grew 18%. Quelba Marlo shares rose.",
		spans: []span{{P, "Quelba Marlo"}, {P, "Quelba Marlo"}},
		want:  []want{{O, "Quelba Marlo", 2}},
	}, {
		name:  "after a weekday",
		text:  "Zorbin Quade said on Monday its sales fell.",
		spans: []span{{P, "Zorbin Quade"}},
		want:  []want{{O, "Zorbin Quade", 1}},
	}, {
		name:  "a person with a role",
		text:  "Chief executive Jane Quorley spoke on Monday. Jane Quorley said its plan would work.",
		spans: []span{{P, "Jane Quorley"}, {P, "Jane Quorley"}},
		want:  []want{{P, "Jane Quorley", 2}},
	}})
}

// TestWhichBoughtCompanies: an untagged proper noun before ", which
// bought" or ", which owns" is a company (whichRunsWord), and so is a name
// tagged a person there (businessVerbs' "bought", "acquired").
func TestWhichBoughtCompanies(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged",
		text:  "Skincare is growing. Zorbity, which bought a majority of Quelb Cosmetics last year, said it would sell its salons.",
		spans: []span{{O, "Quelb Cosmetics"}},
		want:  []want{{O, "Zorbity", 1}, {O, "Quelb Cosmetics", 1}},
	}, {
		name:  "tagged a person",
		text:  "Sales slumped. Jane Quorley, which acquired a rival in May, said sales fell.",
		spans: []span{{P, "Jane Quorley"}},
		want:  []want{{O, "Jane Quorley", 1}},
	}})
}

// TestElidedCompanyName: an untagged "L'" name where only a company stands
// is one (elidedName in companyWordCue); an "O'" or "D'" surname is not.
func TestElidedCompanyName(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after a dateline",
		text:  "PARIS (Reuters) - L'Zorbal said on Wednesday it would buy a skincare brand.",
		spans: []span{{L, "PARIS"}, {O, "Reuters"}},
		want:  []want{{L, "PARIS", 1}, {O, "Reuters", 1}, {O, "L'Zorbal", 1}},
	}})
	for _, w := range []string{"O'Quelby", "D'Zorba"} {
		if elidedName(w) {
			t.Errorf("elidedName(%q) = true", w)
		}
	}
}

// TestNounWordCue: an untagged proper noun right after a company's noun
// is a company (nounWordCue; companyNouns' "seller"), not a letter or an
// acronym there.
func TestNounWordCue(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "seller",
		text:  "Jane Quorley took home seller Quelbdoor public this week.",
		spans: []span{{P, "Jane Quorley"}},
		want:  []want{{P, "Jane Quorley", 1}, {O, "Quelbdoor", 1}},
	}, {
		name: "start-up",
		text: "Funds are flowing to the start-up Zorbliq this year.",
		want: []want{{O, "Zorbliq", 1}},
	}, {
		name: "a group's letter",
		text: "Three teams are in group C this year.",
	}})
}

// TestAddItsVerbSpans: an untagged run of proper nouns starting a
// sentence before a verb in the past tense and "its" is an organization
// (addItsVerbSpans); a run starting with a first name is not.
func TestAddItsVerbSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after a dateline",
		text:  "MAHIA (Reuters) - Zorb Lab launched its 17th rocket on Sunday.",
		spans: []span{{L, "MAHIA"}, {O, "Reuters"}},
		want:  []want{{L, "MAHIA", 1}, {O, "Reuters", 1}, {O, "Zorb Lab", 1}},
	}, {
		name: "first name",
		text: "Rockets are costly. Jane Quorley launched its appeal on Sunday.",
	}})
}
