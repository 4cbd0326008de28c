package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestLeadingFounderRole: a company's role that starts a sentence before a
// person's name stays out of it (leadingRole).
func TestLeadingFounderRole(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "Founder before the name",
		text:  "Zorbly hired bankers for a listing. Founder Quelb Marzo wants to raise $1 billion.",
		spans: []span{{O, "Zorbly"}, {P, "Founder Quelb Marzo"}},
		want:  []want{{O, "Zorbly", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "Co-founder before the name",
		text:  "Co-founder Quelb Marzo left Zorbly.",
		spans: []span{{P, "Co-founder Quelb Marzo"}, {O, "Zorbly"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbly", 1}},
	}})
}

// TestRepublicOfPlace: a body named for its state in full, cut by the
// tagger into an organization and a place, is one organization
// (republicOfPlace).
func TestRepublicOfPlace(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "central bank of the republic",
		text:  "The Central Bank of the Republic of Zorbia raised its main rate on Thursday.",
		spans: []span{{O, "Central Bank"}, {L, "Republic of Zorbia"}},
		want:  []want{{O, "Central Bank of the Republic of Zorbia", 1}},
	}, {
		name:  "a place after of without the republic stays",
		text:  "The Quelb Bank of Zorbia raised its main rate on Thursday.",
		spans: []span{{O, "Quelb Bank"}, {L, "Zorbia"}},
		want:  []want{{O, "Quelb Bank", 1}, {L, "Zorbia", 1}},
	}})
}

// TestEmployerWordBeforeRole: an untagged word right before a company's
// role and a person's name is the company (companyWordCue's
// employerBeforeRole).
func TestEmployerWordBeforeRole(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "co-founder",
		text:  "Quiver co-founder Quelb Marzo said on Thursday the firm would raise money.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{O, "Quiver", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "no role, no company",
		text:  "Quiver and Quelb Marzo said on Thursday they would raise money.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestRoleFirstNames: a first name the tagger left out between a role in
// lower case and a person's span joins the name (joinRoleFirstNames).
func TestRoleFirstNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after founder",
		text:  "Zorbly founder Vijay Quelb Marzo said the firm would grow.",
		spans: []span{{O, "Zorbly"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zorbly", 1}, {P, "Vijay Quelb Marzo", 1}},
	}, {
		name:  "not a weekday",
		text:  "The founder said Tuesday Quelb Marzo would stay.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestCueAfterIn: a name tagged a place after "a stake in" is the company
// the article names elsewhere too (cueAfterIn).
func TestCueAfterIn(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a stake in it",
		text:  "Quelbcom said Zorbix would cut fees. Quelbcom owns a stake in Zorbix.",
		spans: []span{{O, "Quelbcom"}, {L, "Zorbix"}, {O, "Quelbcom"}, {L, "Zorbix"}},
		want:  []want{{O, "Quelbcom", 2}, {O, "Zorbix", 2}},
	}, {
		name:  "a plain place after in stays",
		text:  "Quelbcom hired workers in Zorbville.",
		spans: []span{{O, "Quelbcom"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbcom", 1}, {L, "Zorbville", 1}},
	}})
}

// TestSaidItAsOrganizations: a one-word name tagged a person that says
// "it" is a company (saidItAsOrganizations).
func TestSaidItAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "said it would",
		text:  "Zorbaten said it would expand its app. \"Zorbaten must keep spending,\" said Quelb Marzo.",
		spans: []span{{P, "Zorbaten"}, {P, "Zorbaten"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zorbaten", 2}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "said on a weekday it had",
		text:  "Zorbaten said on Monday it had signed up users.",
		spans: []span{{P, "Zorbaten"}},
		want:  []want{{O, "Zorbaten", 1}},
	}, {
		name:  "a person's surname stays",
		text:  "Quelb Marzo joined the board. Marzo said it was a good day.",
		spans: []span{{P, "Quelb Marzo"}, {P, "Marzo"}},
		want:  []want{{P, "Quelb Marzo", 2}},
	}})
}

// TestOwnedAsOrganizations: a name tagged a person before ", owned by"
// is a company (ownedAsOrganizations).
func TestOwnedAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "owned by a group",
		text:  "Rival Zorbamin, owned by Quelb Hero, said orders rose.",
		spans: []span{{P, "Zorbamin"}, {O, "Quelb Hero"}},
		want:  []want{{O, "Zorbamin", 1}, {O, "Quelb Hero", 1}},
	}, {
		name:  "a person's surname stays",
		text:  "Jane Marzo joined the club. Marzo, owned by nobody, said she was free.",
		spans: []span{{P, "Jane Marzo"}, {P, "Marzo"}},
		want:  []want{{P, "Jane Marzo", 2}},
	}})
}

// TestSaidItWord: an untagged proper noun before "said it" or "said on
// WEEKDAY its" is a company, and so are its other lone mentions
// (companyWordCue's saidItWord); a weekday or "May" there is not.
func TestSaidItWord(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after a dateline",
		text:  "ZORBVILLE (Reuters) - Quelbix said on Monday its unit would buy back shares. The plan pleased Quelbix investors.",
		spans: []span{{L, "ZORBVILLE"}, {O, "Reuters"}},
		want:  []want{{L, "ZORBVILLE", 1}, {O, "Reuters", 1}, {O, "Quelbix", 2}},
	}, {
		name:  "a weekday or May is no company",
		text:  "The group on Wednesday said it had agreed. The government in May said it had detained them.",
		spans: nil,
		want:  nil,
	}})
}

// TestTaggedNotOrg: a word the tagger found an organization elsewhere is
// still added where a company's cue stands and it was missed
// (taggedNotOrg).
func TestTaggedNotOrg(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "tagged once, missed once",
		text:  "Zumia said it would close a service in Quelbia. Zumia co-founder Quelb Marzo told analysts.",
		spans: []span{{L, "Quelbia"}, {O, "Zumia"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zumia", 2}, {L, "Quelbia", 1}, {P, "Quelb Marzo", 1}},
	}})
}

// TestFundManagerAt: a name tagged a place after "a portfolio manager at"
// is a firm (orgCue's fundManager); after a plain manager it stays.
func TestFundManagerAt(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "portfolio manager at",
		text:  "\"Shareholders have waited,\" said Quelb Marzo, a portfolio manager at Ninety Zorb in Quelbtown.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Ninety Zorb"}, {L, "Quelbtown"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Ninety Zorb", 1}, {L, "Quelbtown", 1}},
	}, {
		name:  "a plain manager at a place",
		text:  "Quelb Marzo, a manager at Zorb Falls, said the river rose.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorb Falls"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorb Falls", 1}},
	}})
}
