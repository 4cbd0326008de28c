package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of types_orgverbs.go's rules.

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
	}, {
		name:  "a first name before a common word (firstNamed)",
		text:  "Rival Jordan Running, owned by Quelb Hero, said orders rose.",
		spans: []span{{P, "Jordan Running"}, {O, "Quelb Hero"}},
		want:  []want{{O, "Jordan Running", 1}, {O, "Quelb Hero", 1}},
	}, {
		name:  "a person's full name stays",
		text:  "Mary Smith, owned by nobody, said she was free.",
		spans: []span{{P, "Mary Smith"}},
		want:  []want{{P, "Mary Smith", 1}},
	}})
}

// TestOwnedNamesAsOrganizations: a name tagged a place after "owner of"
// is a company or brand (ownedNamesAsOrganizations); a country and a
// building stay places.
func TestOwnedNamesAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a brand",
		text:  "Quelbco, the owner of Zorbshire, reported a rise in sales.",
		spans: []span{{O, "Quelbco"}, {L, "Zorbshire"}},
		want:  []want{{O, "Quelbco", 1}, {O, "Zorbshire", 1}},
	}, {
		name:  "a building",
		text:  "Quelbco, the owner of Zorb Tower, reported a rise in rents.",
		spans: []span{{O, "Quelbco"}, {L, "Zorb Tower"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorb Tower", 1}},
	}})
}

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

// TestLedByInvestors: a name tagged a person after "investors led by" is
// a venture firm (ledByInvestors); a first name stays a person's.
func TestLedByInvestors(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "firm",
		text:  "Zorbly raised $15 million from investors led by Quelbcroft Horowitz.",
		spans: []span{{O, "Zorbly"}, {P, "Quelbcroft Horowitz"}},
		want:  []want{{O, "Zorbly", 1}, {O, "Quelbcroft Horowitz", 1}},
	}, {
		name:  "person",
		text:  "Zorbly raised $2 million from investors led by Jane Marzo.",
		spans: []span{{O, "Zorbly"}, {P, "Jane Marzo"}},
		want:  []want{{O, "Zorbly", 1}, {P, "Jane Marzo", 1}},
	}})
}

// TestWhichAsOrganizations: a one-word name tagged a person before ",
// which" is a company (whichAsOrganizations); the surname of a person
// named in full stays a person.
func TestWhichAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "which",
		text:  "Quelbox, which lost the case, said it would pay claims quickly. Quelbox shares fell.",
		spans: []span{{P, "Quelbox"}, {P, "Quelbox"}},
		want:  []want{{O, "Quelbox", 2}},
	}, {
		name:  "surname",
		text:  "Jon Zorbson spoke first. Zorbson, which surprised many, resigned.",
		spans: []span{{P, "Jon Zorbson"}, {P, "Zorbson"}},
		want:  []want{{P, "Jon Zorbson", 2}},
	}, {
		name:  "after a title",
		text:  "A firm controlled by a son of President Zorbanto, which plans to list, said so.",
		spans: []span{{P, "Zorbanto"}},
		want:  []want{{P, "Zorbanto", 1}},
	}})
}

// TestMergerPartnersAsOrganizations: a name after "merger with" is an
// organization (mergerPartnersAsOrganizations).
func TestMergerPartnersAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "merger with",
		text:  "Zorb Star completed its merger with Quelbracen on Monday.",
		spans: []span{{O, "Zorb Star"}, {L, "Quelbracen"}},
		want:  []want{{O, "Zorb Star", 1}, {O, "Quelbracen", 1}},
	}})
}

// TestRunByAsOrganizations: a name before ", run by" is an organization
// (runByAsOrganizations); a known place stays a place.
func TestRunByAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "fund",
		text:  "Quelbvest, run by Jane Quimby, told clients it had gained 18%.",
		spans: []span{{L, "Quelbvest"}, {P, "Jane Quimby"}},
		want:  []want{{O, "Quelbvest", 1}, {P, "Jane Quimby", 1}},
	}, {
		name:  "known place",
		text:  "Gaza, run by Zorbas, was shelled on Monday.",
		spans: []span{{L, "Gaza"}, {O, "Zorbas"}},
		want:  []want{{L, "Gaza", 1}, {O, "Zorbas", 1}},
	}})
}

// TestCustomersAsOrganizations: a name after "contract from" is an
// organization (customersAsOrganizations); a country stays a place.
func TestCustomersAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "contract from",
		text:  "Zorbsson said it had won a 5G contract from Quelbia on Monday.",
		spans: []span{{O, "Zorbsson"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorbsson", 1}, {O, "Quelbia", 1}},
	}, {
		name:  "country",
		text:  "Zorbsson said it had won an order from India on Monday.",
		spans: []span{{O, "Zorbsson"}, {L, "India"}},
		want:  []want{{O, "Zorbsson", 1}, {L, "India", 1}},
	}})
}

// TestSharesSubjectsAsOrganizations: a name tagged MISC before "shares"
// and a verb is a company (sharesSubjectsAsOrganizations).
func TestSharesSubjectsAsOrganizations(t *testing.T) {
	M, O := misc, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "company",
		text:  "Bavarian Quelbic shares jumped 10% on Monday.",
		spans: []span{{M, "Bavarian Quelbic"}},
		want:  []want{{O, "Bavarian Quelbic", 1}},
	}})
}

// TestAcquiredPlaceAsOrganization: an unknown name typed a place right
// after "acquires" or "acquired" is the company bought, at its other
// mentions too, in an article sportsTalk reads as sports as well (a deals
// roundup's "deals", "signed"); a known place stays.
func TestAcquiredPlaceAsOrganization(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bought startup read as a place",
		text:  "Zorbcloud acquires Quelbez. The deal was signed after Quelbez grew.",
		spans: []span{{O, "Zorbcloud"}, {L, "Quelbez"}, {L, "Quelbez"}},
		want:  []want{{O, "Zorbcloud", 1}, {O, "Quelbez", 2}},
	}, {
		name:  "a known place bought",
		text:  "The United States acquired Alaska in 1867.",
		spans: []span{{L, "United States"}, {L, "Alaska"}},
		want:  []want{{L, "United States", 1}, {L, "Alaska", 1}},
	}})
}

// TestUsedAsOrganizations: a one-word name tagged a person after "use" is
// a service (usedAsOrganizations); a player "who" follows stays a person.
func TestUsedAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "use",
		text:  "Who should use Zorbly? For $33 per month, Zorbly offers lots of channels.",
		spans: []span{{P, "Zorbly"}, {P, "Zorbly"}},
		want:  []want{{O, "Zorbly", 2}},
	}, {
		name:  "who",
		text:  "The coach decided not to use Quelbao, who had claimed he was fit.",
		spans: []span{{P, "Quelbao"}},
		want:  []want{{P, "Quelbao", 1}},
	}})
}
