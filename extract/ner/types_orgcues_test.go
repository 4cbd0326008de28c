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

// TestFieldHeadAt: a name the tagger typed a place after a job in a field
// ("head of currency strategy at") or after a market watcher's name
// ("analyst Quelb Marzo at") is the employer (fieldHeadAt,
// namedWatcherAt); heads of state and a museum's director with an article
// in the field stand at a place.
func TestFieldHeadAt(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bank after a field of work",
		text:  "\"Rates will stay low,\" said Ulla Quimby, head of foreign exchange strategy at Zorbabank in Quelbtown.",
		spans: []span{{P, "Ulla Quimby"}, {L, "Zorbabank"}, {L, "Quelbtown"}},
		want:  []want{{P, "Ulla Quimby", 1}, {O, "Zorbabank", 1}, {L, "Quelbtown", 1}},
	}, {
		name:  "a broker after an analyst's name",
		text:  "Shares of Zorbco fell 3%, said analyst Quelb Marzo at Quimbesuez.",
		spans: []span{{O, "Zorbco"}, {P, "Quelb Marzo"}, {L, "Quimbesuez"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Quelb Marzo", 1}, {O, "Quimbesuez", 1}},
	}, {
		name:  "heads of state and a museum's director at places",
		text:  "Heads of state at Zorb Castle met Quelb Marzo, director of the museum at Quimbia.",
		spans: []span{{L, "Zorb Castle"}, {P, "Quelb Marzo"}, {L, "Quimbia"}},
		want:  []want{{L, "Zorb Castle", 1}, {P, "Quelb Marzo", 1}, {L, "Quimbia", 1}},
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
	}, {
		name:  "a firm that specializes, read as a place",
		text:  "Ulla Quimby, head of research at Quelbsho, which specializes in artificial intelligence, spoke in Zorbville.",
		spans: []span{{P, "Ulla Quimby"}, {L, "Quelbsho"}, {L, "Zorbville"}},
		want:  []want{{P, "Ulla Quimby", 1}, {O, "Quelbsho", 1}, {L, "Zorbville", 1}},
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

// TestAcademiesAsOrganizations: a university named by its town after "a
// university like" or "universities such as", and the rest of the list,
// is an organization however the tagger typed it; the town after "in"
// stays a place, and a name after another kind's "like" stays.
func TestAcademiesAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a university like a town",
		text:  "When you have a university like Zorbridge saying that, Jane Quimble said in Quelbton.",
		spans: []span{{L, "Zorbridge"}, {P, "Jane Quimble"}, {L, "Quelbton"}},
		want:  []want{{O, "Zorbridge", 1}, {P, "Jane Quimble", 1}, {L, "Quelbton", 1}},
	}, {
		name:  "universities such as two towns",
		text:  "Universities such as Zorbford and Quelbridge admit few, Jane Quimble said.",
		spans: []span{{L, "Zorbford"}, {P, "Quelbridge"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Zorbford", 1}, {O, "Quelbridge", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "towns like a town",
		text:  "Towns like Zorbford grew, Jane Quimble said.",
		spans: []span{{L, "Zorbford"}, {P, "Jane Quimble"}},
		want:  []want{{L, "Zorbford", 1}, {P, "Jane Quimble", 1}},
	}})
}

// TestWeAtCue: a name after a capitalized "At" and before a comma and
// "we" or "our" is a company speaking of itself, at its other mentions
// too; a known place so placed stays a place.
func TestWeAtCue(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a firm's own page",
		text:  "At Quelbmind, we built a benchmark. Quelbmind leads the field.",
		spans: []span{{L, "Quelbmind"}, {L, "Quelbmind"}},
		want:  []want{{O, "Quelbmind", 2}},
	}, {
		name:  "a known place",
		text:  "At Wembley, we saw the final.",
		spans: []span{{L, "Wembley"}},
		want:  []want{{L, "Wembley", 1}},
	}})
}

// TestPlatformsAsOrganizations: a brand's name or a common word tagged a
// place after "on" is an online service, an organization at every
// mention; not an island (no brand, no word), one the article places
// elsewhere, nor one an apposition calls a place.
func TestPlatformsAsOrganizations(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "services",
		text:  "The course has a 95% rating on Trustpilot. Students meet on Slack, and old Slack threads help.",
		spans: []span{{L, "Trustpilot"}, {L, "Slack"}, {L, "Slack"}},
		want:  []want{{O, "Trustpilot", 1}, {O, "Slack", 2}},
	}, {
		name:  "places",
		text:  "Troops landed on Crete. She lives on Anchor, a small island.",
		spans: []span{{L, "Crete"}, {L, "Anchor"}},
		want:  []want{{L, "Crete", 1}, {L, "Anchor", 1}},
	}, {
		name:  "a place the article places",
		text:  "Rain fell on Anchor and later in Anchor.",
		spans: []span{{L, "Anchor"}, {L, "Anchor"}},
		want:  []want{{L, "Anchor", 2}},
	}})
}

// TestCompanyKindLists: the members of a list after a kind of companies
// and "like" are organizations, known places too ("companies like Zorbco,
// Quelbix, and Stanford"); a country stays a place.
func TestCompanyKindLists(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a university among companies",
		text:  "Zorbcourse has courses from big-name companies like Zorbco, Quelbix, and Stanford.",
		spans: []span{{O, "Zorbcourse"}, {O, "Zorbco"}, {O, "Quelbix"}, {P, "Stanford"}},
		want:  []want{{O, "Zorbcourse", 1}, {O, "Zorbco", 1}, {O, "Quelbix", 1}, {O, "Stanford", 1}},
	}, {
		name:  "a brand named for a place",
		text:  "Ulla Quimby has worked with brands like Virgin and Quelbline.",
		spans: []span{{P, "Ulla Quimby"}, {L, "Virgin"}, {O, "Quelbline"}},
		want:  []want{{P, "Ulla Quimby", 1}, {O, "Virgin", 1}, {O, "Quelbline", 1}},
	}, {
		name:  "a country among companies",
		text:  "Zorbco sells to firms like Quelbix and Norway.",
		spans: []span{{O, "Zorbco"}, {O, "Quelbix"}, {L, "Norway"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelbix", 1}, {L, "Norway", 1}},
	}})
}

// TestCompanyCopula: a name the article says "is a" company's noun
// ("is a chill, easy-to-use learning platform") is an organization at
// every mention (companyCopula); a person who "is a brand ambassador"
// stays a person.
func TestCompanyCopula(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a learning platform",
		text:  "Courses by Zorbenze. Zorbenze is a chill, easy-to-use learning platform with creative courses.",
		spans: []span{{P, "Zorbenze"}, {P, "Zorbenze"}},
		want:  []want{{O, "Zorbenze", 2}},
	}, {
		name:  "a brand ambassador",
		text:  "Ulla Quimby is a brand ambassador for Zorbco.",
		spans: []span{{P, "Ulla Quimby"}, {O, "Zorbco"}},
		want:  []want{{P, "Ulla Quimby", 1}, {O, "Zorbco", 1}},
	}})
}

// TestResearchHolder: a name tagged a place before "'s" and a study's
// report ("Zorbavio's market analysis shows") is an organization at every
// mention (researchHolder); a person's report and a known place's data
// stay.
func TestResearchHolder(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a research firm",
		text:  "The latest data from Zorbavio's market analysis shows growth. Zorbavio expects more.",
		spans: []span{{L, "Zorbavio"}, {L, "Zorbavio"}},
		want:  []want{{O, "Zorbavio", 2}},
	}, {
		name:  "a writer, a country",
		text:  "Ulla Quimby's report cited France's data on jobs.",
		spans: []span{{P, "Ulla Quimby"}, {L, "France"}},
		want:  []want{{P, "Ulla Quimby", 1}, {L, "France", 1}},
	}})
}

// TestKindBetweenCommas: a name tagged a place or a person between commas
// right after a company's noun or "software" ("Our booking software,
// Zorbun, offers") is an organization at every mention
// (kindBetweenCommas); a person's name after a role's noun, and a name
// with no comma after it, stay.
func TestKindBetweenCommas(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a tour operator's software",
		text:  "Our tour operator software, Zorbun, offers a partner network. Zorbun grows with you.",
		spans: []span{{L, "Zorbun"}, {L, "Zorbun"}},
		want:  []want{{O, "Zorbun", 2}},
	}, {
		name:  "a ride-hailing app",
		text:  "Drivers for the ride-hailing app, Quelbr, said they would strike. Quelbr declined to comment.",
		spans: []span{{P, "Quelbr"}, {P, "Quelbr"}},
		want:  []want{{O, "Quelbr", 2}},
	}, {
		name:  "a founder",
		text:  "The company's founder, Ulla Quimby, said sales rose.",
		spans: []span{{P, "Ulla Quimby"}},
		want:  []want{{P, "Ulla Quimby", 1}},
	}, {
		name:  "no second comma",
		text:  "They moved to the platform, Zorbholm was far away.",
		spans: []span{{L, "Zorbholm"}},
		want:  []want{{L, "Zorbholm", 1}},
	}})
}

// TestEngineersHolder: a name tagged a person before "'s engineers" (a
// plumbing firm's page: "Quelbong's engineers are well-versed in local
// codes") is an organization at every mention (orgPossessed).
func TestEngineersHolder(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a firm's engineers",
		text:  "How Quelbong Helps: Quelbong's engineers are well-versed in local codes. Visit Quelbong to learn more.",
		spans: []span{{P, "Quelbong"}, {P, "Quelbong"}, {P, "Quelbong"}},
		want:  []want{{O, "Quelbong", 3}},
	}})
}

// TestBandKinds: a name the tagger typed a place or a person after "band"
// or in a list of bands ("such bands as The Zorbling Quire", "bands like
// Quelbwolf", "the band Zorbpony") is an organization, in a list a known
// town too ("bands like Boston", as academiesAsOrganizations reads "companies
// like Stanford").
func TestBandKinds(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "such bands as The ...",
		text:  "The sound was from such bands as The Zorbling Quire. Zorbling Quire played last.",
		spans: []span{{L, "Zorbling Quire"}, {L, "Zorbling Quire"}},
		want:  []want{{O, "Zorbling Quire", 2}},
	}, {
		name:  "bands like",
		text:  "He grew up on bands like Quelbwolf and still plays them.",
		spans: []span{{P, "Quelbwolf"}},
		want:  []want{{O, "Quelbwolf", 1}},
	}, {
		name:  "the band",
		text:  "She joined the band Zorbpony in 1998.",
		spans: []span{{P, "Zorbpony"}},
		want:  []want{{O, "Zorbpony", 1}},
	}, {
		name:  "a known town in the list",
		text:  "They toured with bands like Boston all summer.",
		spans: []span{{L, "Boston"}},
		want:  []want{{O, "Boston", 1}},
	}})
}

// TestPaidFrom: a name the tagger typed a place after an amount of money,
// a few words in lower case and "from" ("$10,000 of post-production
// services from Zorbka") is the payer, an organization; a known place so
// cued stays a place, and a person stays a person.
func TestPaidFrom(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "services from",
		text:  "The winner took $10,000 of post-production services from Zorbka and a $6,000 sound mix from Quelbflower.",
		spans: []span{{L, "Zorbka"}, {L, "Quelbflower"}},
		want:  []want{{O, "Zorbka", 1}, {O, "Quelbflower", 1}},
	}, {
		name:  "a bare sum",
		text:  "She won $25,000 from Zorb Virtual to use on her next film.",
		spans: []span{{L, "Zorb Virtual"}},
		want:  []want{{O, "Zorb Virtual", 1}},
	}, {
		name:  "a known place",
		text:  "The city got $2 billion in aid from Kuwait last year.",
		spans: []span{{L, "Kuwait"}},
		want:  []want{{L, "Kuwait", 1}},
	}, {
		name:  "a person",
		text:  "The charity got $500 from Ulla Quimby last year.",
		spans: []span{{P, "Ulla Quimby"}},
		want:  []want{{P, "Ulla Quimby", 1}},
	}, {
		name:  "no sum",
		text:  "The team flew home from Zorbholm on Monday.",
		spans: []span{{L, "Zorbholm"}},
		want:  []want{{L, "Zorbholm", 1}},
	}})
}

// TestPlatformThings: a one-word name the tagger typed a place or a
// person before a thing a service's users have on it ("a Zorbly
// channel", "old Zorbly threads") is an organization at every mention; a
// known place, a first name and a role ("the Quelb account manager") are
// left.
func TestPlatformThings(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "channel and threads",
		text:  "We no longer dig through old Zorbly threads. See him in a Zorbly channel soon. Zorbly helps.",
		spans: []span{{L, "Zorbly"}, {L, "Zorbly"}, {L, "Zorbly"}},
		want:  []want{{O, "Zorbly", 3}},
	}, {
		name:  "an account",
		text:  "Open a Quelbit account and save.",
		spans: []span{{P, "Quelbit"}},
		want:  []want{{O, "Quelbit", 1}},
	}, {
		name:  "a role",
		text:  "The Quelbex account manager called.",
		spans: []span{{P, "Quelbex"}},
		want:  []want{{P, "Quelbex", 1}},
	}, {
		name:  "a first name",
		text:  "Follow the Emily account for news.",
		spans: []span{{P, "Emily"}},
		want:  []want{{P, "Emily", 1}},
	}, {
		name:  "a known place",
		text:  "The Boston channel showed the game.",
		spans: []span{{L, "Boston"}},
		want:  []want{{L, "Boston", 1}},
	}})
}
