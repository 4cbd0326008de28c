package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListedLateNamesD: bodies of December 2020 news that the tagger cut
// at an "and", split at a word it knows alone ("S&P"), read two of into
// one span or missed (fourth audit), listed in orgs.tsv, are one
// organization each.
func TestListedLateNamesD(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an advisory committee cut at its and",
		text:  "Marla Quonk said the Vaccines and Related Biological Products Advisory Committee backed the Zorbax shot.",
		spans: []span{{P, "Marla Quonk"}, {misc, "Vaccines"}, {O, "Related Biological Products Advisory Committee"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Vaccines and Related Biological Products Advisory Committee", 1}},
	}, {
		name:  "an index maker split at its agency's name",
		text:  "Zorbco will join the index on Monday, S&P Dow Jones Indices said in Zorbville.",
		spans: []span{{O, "Zorbco"}, {O, "S&P"}, {O, "Dow Jones Indices"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco", 1}, {O, "S&P Dow Jones Indices", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "two rights groups in one span",
		text:  "Amnesty International and Human Rights Watch called for an inquiry in Zorbia.",
		spans: []span{{O, "Amnesty International and Human Rights Watch"}, {L, "Zorbia"}},
		want:  []want{{O, "Amnesty International", 1}, {O, "Human Rights Watch", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "a market regulator untagged",
		text:  "The State Administration for Market Regulation opened an inquiry into Zorbco.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "State Administration for Market Regulation", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "a ruling party cut at its and",
		text:  "Poland's ruling Law and Justice party backed Quelb Marzo in Zorbville.",
		spans: []span{{L, "Poland"}, {O, "Justice"}, {P, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{L, "Poland", 1}, {O, "Law and Justice", 1}, {P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "an airline named with its country, read as a place",
		text:  "Virgin Australia said Quelb Marzo would fly to Zorbville.",
		spans: []span{{L, "Virgin Australia"}, {P, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{O, "Virgin Australia", 1}, {P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a party untagged but its country",
		text:  "The far-right Alternative for Germany (AfD) criticised Quelb Marzo.",
		spans: []span{{L, "Germany"}, {O, "AfD"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Alternative for Germany", 2}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "a vaccine coalition cut after its for",
		text:  "The Coalition for Epidemic Preparedness Innovations said Quelb Marzo would fund trials.",
		spans: []span{{O, "Epidemic Preparedness Innovations"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Coalition for Epidemic Preparedness Innovations", 1}, {P, "Quelb Marzo", 1}},
	}})
}

// TestCircuitOrdinals: a US appeals court's circuit number in figures
// that the tagger left out of the court's name ("the 3rd U.S. Circuit
// Court of Appeals", "the 11th Circuit") is part of it; a number before
// another organization stays out.
func TestCircuitOrdinals(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the court's full name and its short one",
		text:  "The 3rd U.S. Circuit Court of Appeals in Zorbville threw out the case, and the 11th Circuit did too.",
		spans: []span{{O, "U.S. Circuit Court of Appeals"}, {L, "Zorbville"}, {O, "Circuit"}},
		want:  []want{{O, "3rd U.S. Circuit Court of Appeals", 1}, {L, "Zorbville", 1}, {O, "11th Circuit", 1}},
	}, {
		name:  "a number before another organization",
		text:  "Zorbco held its 5th Quelbix Forum in Zorbville.",
		spans: []span{{O, "Zorbco"}, {O, "Quelbix Forum"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelbix Forum", 1}, {L, "Zorbville", 1}},
	}})
}

// TestAndSuffixNamesJoined: a company's name of two words joined by "and"
// and ending in a legal suffix, which the tagger cut at its "and", is one
// organization; two companies each named with its suffix, or a first one
// whose name ends in a body's head word, stay two.
func TestAndSuffixNamesJoined(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "one company cut at its and",
		text:  "Shares of Zorbia Telegraph and Quelb Corp rose in Zorbville.",
		spans: []span{{O, "Zorbia Telegraph"}, {O, "Quelb Corp"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbia Telegraph and Quelb Corp", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "two companies with their suffixes",
		text:  "Zorbco Inc and Quelb Corp rose in Zorbville.",
		spans: []span{{O, "Zorbco Inc"}, {O, "Quelb Corp"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco Inc", 1}, {O, "Quelb Corp", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a first name ending in a company's head word",
		text:  "Zorb Robotics and Quelb Systems Inc won the contract in Zorbville.",
		spans: []span{{O, "Zorb Robotics"}, {O, "Quelb Systems Inc"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorb Robotics", 1}, {O, "Quelb Systems Inc", 1}, {L, "Zorbville", 1}},
	}})
}

// TestSuffixStopAdded: a legal suffix with the full stop of the sentence
// it ends glued on ("Plc."), which the tagger leaves out of a company's
// name, is part of it; the full stop is not.
func TestSuffixStopAdded(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a sentence ends in the suffix",
		text:  "Quelb Marzo won an order from Zorbco Holdings Plc.\nThe airline said so.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Zorbco Holdings"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbco Holdings Plc", 1}},
	}})
}

// TestSuffixStopSplit: an organization's span the tagger ran over the full
// stop after a legal suffix into the next sentence's name is two
// organizations; a suffix before another suffix stays inside.
func TestSuffixStopSplit(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two sentences' names in one span",
		text:  "Boeing won an order from Zorbco Holdings Plc. Quelb Airlines Co said it was in talks.",
		spans: []span{{O, "Boeing"}, {O, "Zorbco Holdings Plc. Quelb Airlines Co"}},
		want:  []want{{O, "Boeing", 1}, {O, "Zorbco Holdings Plc", 1}, {O, "Quelb Airlines Co", 1}},
	}, {
		name:  "two suffixes",
		text:  "Zorbco Electronics Co. Ltd. said it would buy Quelbix.",
		spans: []span{{O, "Zorbco Electronics Co. Ltd."}, {O, "Quelbix"}},
		want:  []want{{O, "Zorbco Electronics Co. Ltd.", 1}, {O, "Quelbix", 1}},
	}})
}

// TestDrawnOrLostToTeams: in a match report a town's name after "drew
// with" or "lost to" that the tagger read as a place is a team; a town
// after "lost to" in other news stays a place.
func TestDrawnOrLostToTeams(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two clubs named for their towns",
		text:  "Zorbco Rovers beat Quelb United 2-1 and 3-0 in the league. Zorbco City drew with Paris on Sunday. Quelb Athletic lost to Madrid in the match.",
		spans: []span{{O, "Zorbco Rovers"}, {O, "Quelb United"}, {O, "Zorbco City"}, {L, "Paris"}, {O, "Quelb Athletic"}, {L, "Madrid"}},
		want:  []want{{O, "Zorbco Rovers", 1}, {O, "Quelb United", 1}, {O, "Zorbco City", 1}, {O, "Paris", 1}, {O, "Quelb Athletic", 1}, {O, "Madrid", 1}},
	}, {
		name:  "a score between the verb and with",
		text:  "Zorbco Rovers beat Quelb United 2-1 in the league. Zorbco City drew 2-2 with Lyon at home.",
		spans: []span{{O, "Zorbco Rovers"}, {O, "Quelb United"}, {O, "Zorbco City"}, {L, "Lyon"}},
		want:  []want{{O, "Zorbco Rovers", 1}, {O, "Quelb United", 1}, {O, "Zorbco City", 1}, {O, "Lyon", 1}},
	}, {
		name:  "no match report",
		text:  "Zorbco lost to Paris a contract worth $5 million.",
		spans: []span{{O, "Zorbco"}, {L, "Paris"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Paris", 1}},
	}})
}

// TestListedClubsAsPeople: in a match report a listed club's one-word name
// that the tagger read as a person's before a match's verb ("Lazio drew")
// is the club; a person's name there stays.
func TestListedClubsAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a listed club before drew",
		text:  "Zorbco Rovers beat Quelb United 2-1 and 3-0 in the league. Lazio drew on Sunday, and Marla Quonk won the match.",
		spans: []span{{O, "Zorbco Rovers"}, {O, "Quelb United"}, {P, "Lazio"}, {P, "Marla Quonk"}},
		want:  []want{{O, "Zorbco Rovers", 1}, {O, "Quelb United", 1}, {O, "Lazio", 1}, {P, "Marla Quonk", 1}},
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

// TestSlashedListedCompany: a listed company after the slash of an
// organization's span ("Reuters/Ipsos poll") is an organization's mention
// of its own; an unlisted word there is none.
func TestSlashedListedCompany(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a pollster after an agency",
		text:  "A Reuters/Ipsos poll showed most voters in Zorbville want relief.",
		spans: []span{{O, "Reuters/Ipsos"}, {L, "Zorbville"}},
		want:  []want{{O, "Reuters", 1}, {O, "Ipsos", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "an unlisted word after the slash",
		text:  "A Reuters/Quelbing poll showed most voters in Zorbville want relief.",
		spans: []span{{O, "Reuters/Quelbing"}, {L, "Zorbville"}},
		want:  []want{{O, "Reuters", 1}, {L, "Zorbville", 1}},
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

// TestPartisanPluralsNotPeople: a party's members named by two words
// ending in a plural such as "Democrats" that the tagger read as a
// person's name are no person (MISC); an organization so named stays.
func TestPartisanPluralsNotPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party's members as a person",
		text:  "Marla Quonk's Christian Democrats will choose a leader, and the Zorbian Democrats will not.",
		spans: []span{{P, "Marla Quonk"}, {P, "Christian Democrats"}, {O, "Zorbian Democrats"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbian Democrats", 1}},
	}})
}

// TestPluralPossessiveNames: a body named for its members whose name the
// tagger stopped at the members' plural and its apostrophe ("Zorbia State
// Teachers' Retirement System") is one organization; words after the
// apostrophe that end in no body's head word stay out.
func TestPluralPossessiveNames(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a pension fund cut at its apostrophe",
		text:  "Zorbco bowed to the Zorbia State Teachers' Retirement System on Monday in Zorbville.",
		spans: []span{{O, "Zorbco"}, {O, "Zorbia State Teachers"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Zorbia State Teachers' Retirement System", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "an irregular plural's 's and a plural head",
		text:  "The Zorbian Federation of Fishermen's Organisations met Zorbco in Zorbville.",
		spans: []span{{O, "Zorbian Federation of Fishermen"}, {O, "Zorbco"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbian Federation of Fishermen's Organisations", 1}, {O, "Zorbco", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a company's 's before a body's name",
		text:  "Zorbco's Quelb Advisory Council met in Zorbville.",
		spans: []span{{O, "Zorbco"}, {O, "Quelb Advisory Council"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelb Advisory Council", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "no head word after the apostrophe",
		text:  "The Zorbia Quelbers' Annual Picnic drew crowds in Zorbville.",
		spans: []span{{O, "Zorbia Quelbers"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbia Quelbers", 1}, {L, "Zorbville", 1}},
	}})
}

// TestGroundsAsPlaces: a sports ground's name ending in "Ground" that the
// tagger typed an organization is a place.
func TestGroundsAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a cricket ground",
		text:  "Zorbia beat Quelbia at the Zorbville Cricket Ground on Tuesday.",
		spans: []span{{L, "Zorbia"}, {L, "Quelbia"}, {O, "Zorbville Cricket Ground"}},
		want:  []want{{L, "Zorbia", 1}, {L, "Quelbia", 1}, {L, "Zorbville Cricket Ground", 1}},
	}})
}

// TestInnerPossessiveSplit: a body's head word, its "'s" and its organ's
// name run into one span ("the Bank's Financial Policy Committee") are two
// organizations; a name whose possessive follows no head word stays whole.
func TestInnerPossessiveSplit(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bank and its committee",
		text:  "The Bank's Zorbian Policy Committee said Zorbco had enough capital.",
		spans: []span{{O, "Bank's Zorbian Policy Committee"}, {O, "Zorbco"}},
		want:  []want{{O, "Bank", 1}, {O, "Zorbian Policy Committee", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "no head word before the possessive",
		text:  "The Zorbians' Quelb's Investors Council met Zorbco.",
		spans: []span{{O, "Quelb's Investors Council"}, {O, "Zorbco"}},
		want:  []want{{O, "Quelb's Investors Council", 1}, {O, "Zorbco", 1}},
	}})
}

// TestSharedHeadPairSplit: two bodies named before one plural head word
// ("the Zorbian Treasury and Quelb departments"), which the tagger ran
// into one span, are two organizations; a name with "and" and no such
// plural after it stays whole.
func TestSharedHeadPairSplit(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two departments",
		text:  "Hackers breached the Zorbian Treasury and Quelb departments through Zorbco software.",
		spans: []span{{O, "Zorbian Treasury and Quelb"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbian Treasury", 1}, {O, "Quelb", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "one body with and",
		text:  "The Zorbian Securities and Quelb Commission sued Zorbco.",
		spans: []span{{O, "Zorbian Securities and Quelb Commission"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbian Securities and Quelb Commission", 1}, {O, "Zorbco", 1}},
	}})
}

// TestListedNamesWithSuffix: a listed organization's name with a legal
// suffix after it ("Royal Dutch Shell Plc"), of which the tagger took only
// a part, is the whole name with its suffix, at a sentence's end too.
func TestListedNamesWithSuffix(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "mid-sentence",
		text:  "Zorbco signed a deal with Royal Dutch Shell Plc on Monday.",
		spans: []span{{O, "Zorbco"}, {O, "Shell Plc"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Royal Dutch Shell Plc", 1}},
	}, {
		name:  "ending a sentence",
		text:  "Zorbco signed a deal with Royal Dutch Shell Plc. Quelbix Corp said so.",
		spans: []span{{O, "Zorbco"}, {O, "Dutch Shell Plc."}, {O, "Quelbix Corp"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Royal Dutch Shell Plc", 1}, {O, "Quelbix Corp", 1}},
	}})
}
