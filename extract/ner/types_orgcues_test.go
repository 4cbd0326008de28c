package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestDealNounOf: a name tagged a place after a deal's noun and "of" or
// "in" ("the purchase of", "the takeover of", "stakes in") is a company
// (dealNounOf, read by orgCue), its list's partner too; a known place
// after one stays a place.
func TestDealNounOf(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "purchase",
		text:  "The drugmaker is still paying down debt from the purchase of Quelbshire.",
		spans: []span{{L, "Quelbshire"}},
		want:  []want{{O, "Quelbshire", 1}},
	}, {
		name:  "takeover",
		text:  "Shareholders backed the takeover of Zorbavia on Tuesday.",
		spans: []span{{L, "Zorbavia"}},
		want:  []want{{O, "Zorbavia", 1}},
	}, {
		name:  "stakes",
		text:  "The fund will sell its stakes in Zorbic American and Quelbcore over coal.",
		spans: []span{{L, "Zorbic American"}, {O, "Quelbcore"}},
		want:  []want{{O, "Zorbic American", 1}, {O, "Quelbcore", 1}},
	}, {
		name:  "known place",
		text:  "The ministry approved the purchase of Brazil beans.",
		spans: []span{{L, "Brazil"}},
		want:  []want{{L, "Brazil", 1}},
	}})
}

// TestMemberAppositionsAsOrganizations: a name tagged a place or, in one
// word, a person between a member body's noun and a comma and a comma
// ("its party, Zorbakutik,", "union group, Quelbgo,") is the body's, at
// every mention (memberAppositionsAsOrganizations); a country there, a
// person's name of two words and a name before "said" alone keep the
// tagger's reading.
func TestMemberAppositionsAsOrganizations(t *testing.T) {
	O, L, P := newsner.Organization, newsner.Location, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party and a union typed places",
		text:  "The indigenous group and its party, Zorbakutik, backed her. Zorbia's biggest union group, Quelbgo, said Zorbakutik had lost.",
		spans: []span{{L, "Zorbakutik"}, {L, "Zorbia"}, {L, "Quelbgo"}, {L, "Zorbakutik"}},
		want:  []want{{O, "Zorbakutik", 2}, {L, "Zorbia", 1}, {O, "Quelbgo", 1}},
	}, {
		name:  "a rebel group typed a person",
		text:  "The rebel group, Zorbana, said it had seized the town.",
		spans: []span{{P, "Zorbana"}},
		want:  []want{{O, "Zorbana", 1}},
	}, {
		name:  "a country, a person and a bare said",
		text:  "The alliance, Kenya, grew, a spokesman for the group, Jane Quimble, said, and the movement, Quelbo said.",
		spans: []span{{L, "Kenya"}, {P, "Jane Quimble"}, {P, "Quelbo"}},
		want:  []want{{L, "Kenya", 1}, {P, "Jane Quimble", 1}, {P, "Quelbo", 1}},
	}})
}

// TestAmpersandNamesAsOrganizations: a name tagged a person with "&" in
// it is a firm (ampersandNamesAsOrganizations).
func TestAmpersandNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "glued ampersand",
		text:  "Zorbia's Quelba &Co reported a rise in sales, said Jane Marzo.",
		spans: []span{{P, "Quelba &Co"}, {P, "Jane Marzo"}},
		want:  []want{{O, "Quelba &Co", 1}, {P, "Jane Marzo", 1}},
	}, {
		name:  "founders' names",
		text:  "Lawyers at Quimby & Marzo said the deal would close. Quimby & Marzo declined to comment.",
		spans: []span{{P, "Quimby & Marzo"}, {P, "Quimby & Marzo"}},
		want:  []want{{O, "Quimby & Marzo", 2}},
	}})
}

// TestKindBeforeName: names right after a kind of companies in the plural
// are companies (kindBeforeName, kindWordCue), a first name's not.
func TestKindBeforeName(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged and a person",
		text:  "Pharmacy chains Zorbo and Quelbix said they were ready to help.",
		spans: []span{{P, "Quelbix"}},
		want:  []want{{O, "Zorbo", 1}, {O, "Quelbix", 1}},
	}, {
		name:  "a place",
		text:  "Shares of carmakers Quelbia Motors and Zorbix fell on Monday.",
		spans: []span{{newsner.Location, "Quelbia Motors"}, {O, "Zorbix"}},
		want:  []want{{O, "Quelbia Motors", 1}, {O, "Zorbix", 1}},
	}, {
		name:  "a first name stays",
		text:  "The retailers Jane Marzo spoke to said sales fell.",
		spans: []span{{P, "Jane Marzo"}},
		want:  []want{{P, "Jane Marzo", 1}},
	}})
}

// TestMakerApposition: a name called "a maker of" something in an
// apposition is a company (companyNouns' "maker").
func TestMakerApposition(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged",
		text:  "Freezers are scarce. Quelbatainer, a Zorbian maker of cold boxes, said output had doubled.",
		spans: []span{},
		want:  []want{{O, "Quelbatainer", 1}},
	}, {
		name:  "tagged a person",
		text:  "Demand rose, said Zorbo Quelt, the maker of dry ice.",
		spans: []span{{P, "Zorbo Quelt"}},
		want:  []want{{O, "Zorbo Quelt", 1}},
	}})
}

// TestActivistsAsOrganizations: a one-word name tagged a person before
// "activists" is their group (activistsAsOrganizations); a word of a
// person's longer name stays a person.
func TestActivistsAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a group",
		text:  "Quelbpeace activists climbed the roof of the ministry on Monday.",
		spans: []span{{P, "Quelbpeace"}},
		want:  []want{{O, "Quelbpeace", 1}},
	}, {
		name:  "a person's supporters",
		text:  "Jane Zorbova was jailed. Zorbova activists marched on Monday.",
		spans: []span{{P, "Jane Zorbova"}, {P, "Zorbova"}},
		want:  []want{{P, "Jane Zorbova", 2}},
	}})
}

// TestCompanysHolder: a name called "the airline's parent" is a company
// (companysHolder); "a company's founder" is a person's apposition.
func TestCompanysHolder(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "parent",
		text:  "The state lender will inject cash into Quelbo Zorn, the airline's parent, next week.",
		spans: []span{{P, "Quelbo Zorn"}},
		want:  []want{{O, "Quelbo Zorn", 1}},
	}, {
		name:  "founder",
		text:  "The deal was led by Quelbo Zorn, the company's founder, last week.",
		spans: []span{{P, "Quelbo Zorn"}},
		want:  []want{{P, "Quelbo Zorn", 1}},
	}})
}

// TestBodyAppositionsAsOrganizations: a name in apposition to "the
// competition authority" is the body (bodyAppositionsAsOrganizations); a
// demonym stays MISC.
func TestBodyAppositionsAsOrganizations(t *testing.T) {
	M, O := misc, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "tagged MISC",
		text:  "Zorbia's competition authority, the Quelbamt, said on Thursday it had opened a case.",
		spans: []span{{newsner.Location, "Zorbia"}, {M, "Quelbamt"}},
		want:  []want{{newsner.Location, "Zorbia", 1}, {O, "Quelbamt", 1}},
	}, {
		name:  "a demonym",
		text:  "It asked the agency, the French, said one official.",
		spans: []span{{M, "French"}},
		want:  nil,
	}})
}

// TestAllianceNamesAsOrganizations: a name before "vaccine alliance" is
// the alliance (allianceNamesAsOrganizations); a demonym stays MISC.
func TestAllianceNamesAsOrganizations(t *testing.T) {
	M, O := misc, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "tagged MISC",
		text:  "The Quelbi vaccine alliance said it had secured 2 billion doses.",
		spans: []span{{M, "Quelbi"}},
		want:  []want{{O, "Quelbi", 1}},
	}, {
		name:  "a demonym",
		text:  "The French military alliance was formed in 1920.",
		spans: []span{{M, "French"}},
		want:  nil,
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

// TestEmployerBeforeRole: a name the tagger typed a person right before a
// company's role and a person's name ("Quiver founder Quelb Marzo") is the
// company; a country's chief negotiator stays a place.
func TestEmployerBeforeRole(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a founder and a chief executive",
		text:  "Quiver founder Quelb Marzo left, and Zorbix chief executive Ulla Quimby stayed in Zorbville.",
		spans: []span{{P, "Quiver"}, {P, "Quelb Marzo"}, {P, "Zorbix"}, {P, "Ulla Quimby"}, {L, "Zorbville"}},
		want:  []want{{O, "Quiver", 1}, {P, "Quelb Marzo", 1}, {O, "Zorbix", 1}, {P, "Ulla Quimby", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a country's chief negotiator",
		text:  "Zorbia chief negotiator Quelb Marzo met Ulla Quimby.",
		spans: []span{{L, "Zorbia"}, {P, "Quelb Marzo"}, {P, "Ulla Quimby"}},
		want:  []want{{L, "Zorbia", 1}, {P, "Quelb Marzo", 1}, {P, "Ulla Quimby", 1}},
	}})
}

// TestWhichRunsCue: a name the tagger typed a place or a person before a
// comma, "which" and a business's verb ("Quelb Capital, which manages") is
// an organization; a known country that owns a stake stays a place.
func TestWhichRunsCue(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a fund manager read as a place",
		text:  "Ulla Quimby, a principal at Quelb Capital, which manages funds, spoke in Zorbville.",
		spans: []span{{P, "Ulla Quimby"}, {L, "Quelb Capital"}, {L, "Zorbville"}},
		want:  []want{{P, "Ulla Quimby", 1}, {O, "Quelb Capital", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a country that owns a stake",
		text:  "Norway, which owns 67% of Zorbco, backed the plan.",
		spans: []span{{L, "Norway"}, {O, "Zorbco"}},
		want:  []want{{L, "Norway", 1}, {O, "Zorbco", 1}},
	}})
}

// TestFoundersPossessed: a company's founders, after its name and "'s",
// say the name is a company's, as its founder does: an untagged common
// word before them is the company, at its other lone mentions too.
func TestFoundersPossessed(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bought company's founders",
		text:  "Zorbco will buy Quiver for $3 billion. Quiver's founders will join Zorbco.",
		spans: []span{{O, "Zorbco"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 2}, {O, "Quiver", 2}},
	}})
}

// TestDirectorAtCue: a name the tagger typed a person after "director
// at" or "partner at" is the firm the person works for.
func TestDirectorAtCue(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a broker read as a person",
		text:  "\"It is cheap,\" said Quelb Marzo, investment director at Zorb Quell, and Ulla Quimby, a partner at Marzo Quimb, agreed.",
		spans: []span{{P, "Quelb Marzo"}, {P, "Zorb Quell"}, {P, "Ulla Quimby"}, {P, "Marzo Quimb"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorb Quell", 1}, {P, "Ulla Quimby", 1}, {O, "Marzo Quimb", 1}},
	}})
}

// TestCompaniesNamedForTowns: a town's name right after a company's noun
// ("startup Aurora") that the tagger read as the town is the company; a
// country's name there ("the only firm China named") stays a place.
func TestCompaniesNamedForTowns(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a startup named for a town",
		text:  "Zorbco agreed to sell its unit to startup Aurora on Monday.",
		spans: []span{{O, "Zorbco"}, {L, "Aurora"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Aurora", 1}},
	}, {
		name:  "a country after a company's noun",
		text:  "Zorbco is the only firm China named on Monday.",
		spans: []span{{O, "Zorbco"}, {L, "China"}},
		want:  []want{{O, "Zorbco", 1}, {L, "China", 1}},
	}})
}

// TestKnownAsOrganizations: a name an organization is said to be known by
// (", known as Zorbcruz,") that the tagger read as a place is the
// organization's; a name known as after a person stays as typed.
func TestKnownAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an institute's short name",
		text:  "The Zorbia Health Foundation, known as Zorbcruz, will make the shot. Zorbcruz said so.",
		spans: []span{{O, "Zorbia Health Foundation"}, {L, "Zorbcruz"}, {L, "Zorbcruz"}},
		want:  []want{{O, "Zorbia Health Foundation", 1}, {O, "Zorbcruz", 2}},
	}, {
		name:  "after a person",
		text:  "Quelb Marzo, known as Zorbville, spoke.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
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

// TestAppositionsAsOrganizations: a name an apposition calls an alliance,
// a maker or a start-up is an organization (appositionsAsOrganizations;
// addAppositionSpans over an untagged one before a participle,
// participleClause); "a company spokesman" is a person's.
func TestAppositionsAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "typed misc and a person",
		text:  "Quelbavi, the vaccine alliance which runs the scheme, said it had signed deals. Zorbex, a maker of cold boxes, said output doubled.",
		spans: []span{{misc, "Quelbavi"}, {P, "Zorbex"}},
		want:  []want{{O, "Quelbavi", 1}, {O, "Zorbex", 1}},
	}, {
		name:  "untagged before a participle",
		text:  "Zorbleware, a payments start-up founded in Quelbton, said it had raised $35 million.",
		spans: []span{{newsner.Location, "Quelbton"}},
		want:  []want{{O, "Zorbleware", 1}, {newsner.Location, "Quelbton", 1}},
	}, {
		name:  "a spokesman",
		text:  "Quelby, a company spokesman, said the plant would close.",
		spans: []span{{P, "Quelby"}},
		want:  []want{{P, "Quelby", 1}},
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

// TestNamesBeforeUnionAsOrganizations: "the Zorbi union" names the union
// (namesBeforeUnionAsOrganizations), every mention of it.
func TestNamesBeforeUnionAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "union",
		text:  "In Zorbia, the Quelbi union called strikes at seven sites. Quelbi said pay was too low.",
		spans: []span{{L, "Zorbia"}, {P, "Quelbi"}, {P, "Quelbi"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Quelbi", 2}},
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

// TestTradeNamesAsOrganizations: a name tagged a person right after a
// trade's noun is an organization (tradeNamesAsOrganizations); a person
// with a first name there stays a person.
func TestTradeNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "union",
		text:  "The services union Quelbdi called strikes at seven warehouses.",
		spans: []span{{P, "Quelbdi"}},
		want:  []want{{O, "Quelbdi", 1}},
	}, {
		name:  "bakery of two words",
		text:  "It will buy the bakery Panificadora Zorbas for $10 million.",
		spans: []span{{P, "Panificadora Zorbas"}},
		want:  []want{{O, "Panificadora Zorbas", 1}},
	}, {
		name:  "person with a first name",
		text:  "The union John Quelbman founded in 1990 called a strike.",
		spans: []span{{P, "John Quelbman"}},
		want:  []want{{P, "John Quelbman", 1}},
	}})
}

// TestPlaceBodyAppositionsAsOrganizations: a name a country's body's
// apposition follows is an organization
// (placeBodyAppositionsAsOrganizations); a place there stays a place.
func TestPlaceBodyAppositionsAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "agency",
		text:  "QUADA, Zorbia's anti-doping agency, said it would appeal.",
		spans: []span{{L, "QUADA"}, {L, "Zorbia"}},
		want:  []want{{O, "QUADA", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "where a place stands",
		text:  "Output rose in Quelbton, Zorbia's oil hub, last year.",
		spans: []span{{L, "Quelbton"}, {L, "Zorbia"}},
		want:  []want{{L, "Quelbton", 1}, {L, "Zorbia", 1}},
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

// TestJointVenturesAsOrganizations: a name before ", a joint venture of"
// its owners is a company (jointVenturesAsOrganizations); a known place
// stays a place.
func TestJointVenturesAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a betting firm typed a place, a venture typed a person",
		text:  "Zorbet, a joint venture of Marzo Resorts and Quelbco, said it would bid. Quelb Quimby, a joint venture between Zorbco and the Quenton Group, rose 3%.",
		spans: []span{{L, "Zorbet"}, {O, "Marzo Resorts"}, {O, "Quelbco"}, {P, "Quelb Quimby"}, {O, "Zorbco"}, {O, "Quenton Group"}},
		want: []want{{O, "Zorbet", 1}, {O, "Marzo Resorts", 1}, {O, "Quelbco", 1}, {O, "Quelb Quimby", 1}, {O, "Zorbco", 1},
			{O, "Quenton Group", 1}},
	}, {
		name:  "known place",
		text:  "Singapore, a joint venture of Zorbco and its state in all but name, won.",
		spans: []span{{L, "Singapore"}, {O, "Zorbco"}},
		want:  []want{{L, "Singapore", 1}, {O, "Zorbco", 1}},
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

// TestCoordinatedLongNamesAsOrganizations: a three-word name tagged a
// person, no first name, listed beside an organization is one
// (coordinatedLongNamesAsOrganizations); another person's surname among
// its words keeps it a person, and so does a comma alone before it.
func TestCoordinatedLongNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "law firm",
		text:  "Rivals Zorblaters and Quelbfields Bruckhaus Zorbinger are expected to follow.",
		spans: []span{{O, "Zorblaters"}, {P, "Quelbfields Bruckhaus Zorbinger"}},
		want:  []want{{O, "Zorblaters", 1}, {O, "Quelbfields Bruckhaus Zorbinger", 1}},
	}, {
		name:  "another person's surname",
		text:  "Jane Zorbinger met Zorbco and Quelbfields Bruckhaus Zorbinger on Monday.",
		spans: []span{{P, "Jane Zorbinger"}, {O, "Zorbco"}, {P, "Quelbfields Bruckhaus Zorbinger"}},
		want:  []want{{P, "Jane Zorbinger", 1}, {O, "Zorbco", 1}, {P, "Quelbfields Bruckhaus Zorbinger", 1}},
	}, {
		name:  "apposition after a comma",
		text:  "Zorbia's envoy to the Quelb Nations, Majed Quelbt Zorbanchi, made the allegations.",
		spans: []span{{O, "Quelb Nations"}, {P, "Majed Quelbt Zorbanchi"}},
		want:  []want{{O, "Quelb Nations", 1}, {P, "Majed Quelbt Zorbanchi", 1}},
	}})
}

// TestBareBodyAppositionsAsOrganizations: a name typed a place between a
// body's noun and a comma and a comma is the body
// (bareBodyAppositionsAsOrganizations); a known place stays.
func TestBareBodyAppositionsAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "acronym",
		text:  "The Zorbian refugee agency, ZRQA, said 5,000 people had fled.",
		spans: []span{{L, "ZRQA"}},
		want:  []want{{O, "ZRQA", 1}},
	}, {
		name:  "known place",
		text:  "Staff of the agency, Paris, said it was over.",
		spans: []span{{L, "Paris"}},
		want:  []want{{L, "Paris", 1}},
	}})
}

// TestRegulatorNamesAsOrganizations: a name typed a person right after
// "regulator" or "broadcaster" is the body (regulatorNamesAsOrganizations);
// a name with a first name stays a person.
func TestRegulatorNamesAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "regulator",
		text:  "The data will go to health regulator Quelbisa this week. Quelbisa declined to comment.",
		spans: []span{{P, "Quelbisa"}, {P, "Quelbisa"}},
		want:  []want{{O, "Quelbisa", 2}},
	}, {
		name:  "first name",
		text:  "Former regulator David Quelbin said the rules were too weak.",
		spans: []span{{P, "David Quelbin"}},
		want:  []want{{P, "David Quelbin", 1}},
	}})
}

// TestOrAliasesAsOrganizations: a one-word name tagged a place after an
// organization's name, a comma and "or" is its short name
// (orAliasesAsOrganizations); after a place's name it stays a place.
func TestOrAliasesAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "party",
		text:  "Officials fined the Zorbian Renewal Movement, or Verona, for breaking the rules.",
		spans: []span{{O, "Zorbian Renewal Movement"}, {L, "Verona"}},
		want:  []want{{O, "Zorbian Renewal Movement", 1}, {O, "Verona", 1}},
	}, {
		name:  "places",
		text:  "Trucks went to Upper Zorbia, or Verona, last week.",
		spans: []span{{L, "Upper Zorbia"}, {L, "Verona"}},
		want:  []want{{L, "Upper Zorbia", 1}, {L, "Verona", 1}},
	}})
}

// TestCoordinatedMoversAsOrganizations: a known place's name tagged a
// place beside a company's name and "and", the two before how shares
// moved, is a company (coordinatedMoversAsOrganizations); without the
// move it stays a place.
func TestCoordinatedMoversAsOrganizations(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "movers",
		text:  "Energy firms Santos and Quelb Group fell more than 2% on the report.",
		spans: []span{{L, "Santos"}, {O, "Quelb Group"}},
		want:  []want{{O, "Santos", 1}, {O, "Quelb Group", 1}},
	}, {
		name:  "no move",
		text:  "The ship sailed between Santos and Quelb Group's terminal on Monday.",
		spans: []span{{L, "Santos"}, {O, "Quelb Group"}},
		want:  []want{{L, "Santos", 1}, {O, "Quelb Group", 1}},
	}})
}

// TestGroupKindCue: a name before a group's kind and "group" ("human
// rights group"), which the tagger typed a place, is the group; a known
// place before one stays a place.
func TestGroupKindCue(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a rights group and a place's media group",
		text:  "Police detained 300 people, the Quelbna human rights group said. A Hong Kong media group agreed.",
		spans: []span{{L, "Quelbna"}, {L, "Hong Kong"}},
		want:  []want{{O, "Quelbna", 1}, {L, "Hong Kong", 1}},
	}})
}

// TestPartyNamesBeforeParty: a name right before "party" in lower case,
// which the tagger typed a place (a gazetteer's town) or a person, is a
// party's, at its other mentions too; a country's name there stays a
// place.
func TestPartyNamesBeforeParty(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a town's name and a person's",
		text:  "Marla Quonk said her New Hope party would beat the Quelbo party. New Hope won 12 seats.",
		spans: []span{{P, "Marla Quonk"}, {L, "New Hope"}, {P, "Quelbo"}, {L, "New Hope"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "New Hope", 2}, {O, "Quelbo", 1}},
	}, {
		name:  "a country's party",
		text:  "Fans held a Brazil party in Zorbville.",
		spans: []span{{L, "Brazil"}, {L, "Zorbville"}},
		want:  []want{{L, "Brazil", 1}, {L, "Zorbville", 1}},
	}})
}

// TestGroupBeforeName: a name right after "group" in lower case ("the
// rights group Quelbana"), which the tagger typed a person, is the group's.
func TestGroupBeforeName(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a rights group typed a person",
		text:  "Police in Zorbville detained Marla Quonk, and the rights group Quelbana said the arrest was illegal.",
		spans: []span{{L, "Zorbville"}, {P, "Marla Quonk"}, {P, "Quelbana"}},
		want:  []want{{L, "Zorbville", 1}, {P, "Marla Quonk", 1}, {O, "Quelbana", 1}},
	}})
}

// TestSaidItsPlacesAsOrganizations: a name tagged a place that no list
// knows and that the article has say "it" or "its" is an organization
// (saidItsPlacesAsOrganizations), in an apposition or before a bracket
// too; a known place and a seat of power after "the" stay places.
func TestSaidItsPlacesAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a developer and a mission typed places",
		text:  "Quelb Garden said it met two targets. The peacekeeping mission, ZORMISCO, said two of its Zorbian soldiers had been killed in Zorbville.",
		spans: []span{{L, "Quelb Garden"}, {L, "ZORMISCO"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelb Garden", 1}, {O, "ZORMISCO", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "an acronym in brackets, a miner's output",
		text:  "The agency (ZBQ) said it had given 1,700 doses. Quelbane Mines said output at its mine in Zorbville rose.",
		spans: []span{{L, "ZBQ"}, {L, "Quelbane Mines"}, {L, "Zorbville"}},
		want:  []want{{O, "ZBQ", 1}, {O, "Quelbane Mines", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a known place, a seat of power after the",
		text:  "Beijing said it would retaliate. The Quelbin said its troops would stay in Zorbville.",
		spans: []span{{L, "Beijing"}, {L, "Quelbin"}, {L, "Zorbville"}},
		want:  []want{{L, "Beijing", 1}, {L, "Quelbin", 1}, {L, "Zorbville", 1}},
	}})
}

// TestAcademicsAtAsOrganizations: a name tagged a place or a person after
// an academic post and "at" is the university or the institute
// (academicsAtAsOrganizations), a known town's name too, while its
// mentions after a locative stay places; a country and a first name stay.
func TestAcademicsAtAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a college named for a town, an institute typed a place",
		text:  "Jane Quimble, a professor at Oxford, agreed with Rob Zorbin, a fellow at the Zorbia Institute in Quenton.",
		spans: []span{{P, "Jane Quimble"}, {L, "Oxford"}, {P, "Rob Zorbin"}, {L, "Zorbia Institute"}, {L, "Quenton"}},
		want:  []want{{P, "Jane Quimble", 1}, {O, "Oxford", 1}, {P, "Rob Zorbin", 1}, {O, "Zorbia Institute", 1}, {L, "Quenton", 1}},
	}, {
		name:  "a country, and a first name",
		text:  "Jane Quimble, a researcher at Japan's Quelb Lab, and a fellow at Maria spoke.",
		spans: []span{{P, "Jane Quimble"}, {L, "Japan"}, {O, "Quelb Lab"}, {P, "Maria"}},
		want:  []want{{P, "Jane Quimble", 1}, {L, "Japan", 1}, {O, "Quelb Lab", 1}, {P, "Maria", 1}},
	}})
}
