package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinPortfolioLists: a ministry named by its portfolios, cut by the
// tagger at their commas and "and", is one organization
// (joinPortfolioLists); names of their own after it, and a run that goes
// on in capitals, stay apart.
func TestJoinPortfolioLists(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "commas and and",
		text:  "Exports rose, the Ministry of Land, Infrastructure, Transport and Tourism of Zorbia said.",
		spans: []span{{O, "Ministry of Land"}, {O, "Infrastructure"}, {L, "Transport"}, {L, "Zorbia"}},
		want:  []want{{O, "Ministry of Land, Infrastructure, Transport and Tourism", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "and alone, hyphened",
		text:  "Quelbia's Ministry of Housing and Urban-Rural Development set three limits.",
		spans: []span{{L, "Quelbia"}, {O, "Ministry of Housing"}},
		want:  []want{{L, "Quelbia", 1}, {O, "Ministry of Housing and Urban-Rural Development", 1}},
	}, {
		name:  "names of their own",
		text:  "The Ministry of Finance, Zorbco and Quelbtek met on Monday.",
		spans: []span{{O, "Ministry of Finance"}, {O, "Zorbco"}, {O, "Quelbtek"}},
		want:  []want{{O, "Ministry of Finance", 1}, {O, "Zorbco", 1}, {O, "Quelbtek", 1}},
	}, {
		name:  "a title after and",
		text:  "The Ministry of Defence and Interior Minister Quelb Zorbin said so.",
		spans: []span{{O, "Ministry of Defence"}, {P, "Quelb Zorbin"}},
		want:  []want{{O, "Ministry of Defence", 1}, {P, "Quelb Zorbin", 1}},
	}})
}

// TestSpeakerTailSplit: a unit's name run into its speaker's before
// "said" ("Quarry Scouting Bureau Tom Vell said") is the unit and a
// person (splitSpeakerTail); a company's name ending in a legal suffix
// after a first name ("Zorbic Edison Co said") stays whole.
func TestSpeakerTailSplit(t *testing.T) {
	O := newsner.Organization
	text := `"He reads the game well," Director of Quarry Scouting Bureau Tom Vell said. Zorbic Edison Co said it would pay.`
	es := caseEntities(t, text, []textSpan{{O, "Quarry Scouting Bureau Tom Vell"}, {O, "Zorbic Edison Co"}})
	want := []string{"ORGANIZATION:Quarry Scouting Bureau", "PERSON:Tom Vell", "ORGANIZATION:Zorbic Edison Co"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestJoinPurposeNames: a body named for its purpose keeps the "to" and
// the capitalized words after it (joinPurposeNames); a place after "to"
// stays a place.
func TestJoinPurposeNames(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "committee to protect",
		text:  "The Committee to Shield Quelbers said on Tuesday 40 were jailed.",
		spans: []span{{O, "Committee"}},
		want:  []want{{O, "Committee to Shield Quelbers", 1}},
	}, {
		name:  "three words after to",
		text:  "The Campaign to Ban Quelb Zorbers said on Tuesday 40 states had signed.",
		spans: []span{{O, "Campaign"}},
		want:  []want{{O, "Campaign to Ban Quelb Zorbers", 1}},
	}, {
		name:  "four words after to are no purpose's",
		text:  "The Campaign to Ban Quelb Zorb Marzers said on Tuesday 40 states had signed.",
		spans: []span{{O, "Campaign"}},
		want:  []want{{O, "Campaign", 1}},
	}, {
		name:  "a place after to",
		text:  "The Zorb Council to Quelbia sent a letter on Monday.",
		spans: []span{{O, "Zorb Council"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorb Council", 1}, {L, "Quelbia", 1}},
	}})
}

// TestJoinPurposeRuns: a purpose's head, "to" and a capitalized verb
// with the words after it are one organization, whatever the tagger made
// of the parts (joinPurposeRuns); a place after "to" stays a place.
func TestJoinPurposeRuns(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the purpose alone tagged",
		text:  "The Campaign to Stop Quelb Zorbers said 40 states had signed, Jane Quimble said.",
		spans: []span{{O, "Stop Quelb Zorbers"}, {P, "Jane Quimble"}},
		want:  []want{{O, "Campaign to Stop Quelb Zorbers", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "the head and the purpose apart, or a person",
		text:  "A Zorbia Foundation to Promote Quelb Arts grant went to the Coalition to Stop Marz Violence.",
		spans: []span{{O, "Zorbia Foundation"}, {O, "Promote Quelb Arts"}, {P, "Marz Violence"}},
		want:  []want{{O, "Zorbia Foundation to Promote Quelb Arts", 1}, {O, "Coalition to Stop Marz Violence", 1}},
	}, {
		name:  "a place after to",
		text:  "The Zorb Council to Quelbia sent a letter on Monday.",
		spans: []span{{O, "Zorb Council"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorb Council", 1}, {L, "Quelbia", 1}},
	}})
}

// TestJoinCommaFirmNames: a firm named for its partners, cut into people
// and the last pair, is one organization (joinCommaFirmNames); a list of
// tagged organizations before the pair stays a list.
func TestJoinCommaFirmNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "partners tagged people",
		text:  "Quelbert, Zorbing, Marzell & Co expects more deals next year.",
		spans: []span{{P, "Quelbert"}, {P, "Zorbing"}, {O, "Marzell & Co"}},
		want:  []want{{O, "Quelbert, Zorbing, Marzell & Co", 1}},
	}, {
		name:  "a partner untagged",
		text:  "Lawyers at Quelbert, Zorbing & Marzell said the deal was sound.",
		spans: []span{{O, "Zorbing & Marzell"}},
		want:  []want{{O, "Quelbert, Zorbing & Marzell", 1}},
	}, {
		name:  "a list of companies",
		text:  "Zorbco, Quelbix, Marzell & Sons and others bid.",
		spans: []span{{O, "Zorbco"}, {O, "Quelbix"}, {O, "Marzell & Sons"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelbix", 1}, {O, "Marzell & Sons", 1}},
	}})
}

// TestJoinOfAndPlurals: a body's name "X of Ys and Zs" cut before "and"
// keeps its second plural (joinOfAndPlurals); a second tagged name stays
// apart.
func TestJoinOfAndPlurals(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "and a plural",
		text:  "The Guild of Quelb Makers and Traders said on Tuesday tariffs would hurt.",
		spans: []span{{O, "Guild of Quelb Makers"}},
		want:  []want{{O, "Guild of Quelb Makers and Traders", 1}},
	}, {
		name:  "a tagged second name",
		text:  "The Guild of Quelb Makers and Zorbcos said on Tuesday tariffs would hurt.",
		spans: []span{{O, "Guild of Quelb Makers"}, {O, "Zorbcos"}},
		want:  []want{{O, "Guild of Quelb Makers", 1}, {O, "Zorbcos", 1}},
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

// TestFamilyApartFromItsMember: a made-up article's "the Zorb household"
// is the family, not "Ada Zorb" (familyApart); a bare "Zorb" that also
// stands as a person's ("Zorb said") still joins her.
func TestFamilyApartFromItsMember(t *testing.T) {
	P := newsner.Person
	runDocCases(t, []docCase{
		{
			name:  "the family apart",
			text:  "Rescuers found Ada Zorb in the rubble. Four others of the Zorb household were taken to hospital.",
			spans: []textSpan{{P, "Ada Zorb"}, {P, "Zorb"}},
			want:  []entityWant{{P, "Ada Zorb", 1}, {P, "Zorb", 1}},
		},
		{
			name:  "the person joined",
			text:  "Ada Zorb won the race. Zorb said the Zorb family was proud.",
			spans: []textSpan{{P, "Ada Zorb"}, {P, "Zorb"}, {P, "Zorb"}},
			want:  []entityWant{{P, "Ada Zorb", 3}},
		},
	})
}

// TestListedPairSplit: two listed organizations the tagger ran together
// over "and" are two; a name with "and" inside that is listed whole stays.
func TestListedPairSplit(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two banks in one span",
		text:  "Analysts at Morgan Stanley and Bank of America expect more cuts.",
		spans: []span{{O, "Morgan Stanley and Bank of America"}},
		want:  []want{{O, "Morgan Stanley", 1}, {O, "Bank of America", 1}},
	}, {
		name:  "a listed name with and",
		text:  "The Securities and Exchange Commission sued Zorbco.",
		spans: []span{{O, "Securities and Exchange Commission"}, {O, "Zorbco"}},
		want:  []want{{O, "Securities and Exchange Commission", 1}, {O, "Zorbco", 1}},
	}})
}

// TestParticleSplitNames: a person's name the tagger split at a particle
// in lower case ("Prince Zorbaziz" + "bin" + "Quelman") is one person.
func TestParticleSplitNames(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a prince's name split at bin",
		text:  "Energy Minister Prince Zorbaziz bin Quelman spoke in Zorbville.",
		spans: []span{{P, "Prince Zorbaziz"}, {P, "Quelman"}, {L, "Zorbville"}},
		want:  []want{{P, "Zorbaziz bin Quelman", 1}, {L, "Zorbville", 1}},
	}})
}

// TestCrudeGradeAfterCountry: a country's name and a crude's grade the
// tagger read as one name are the place and the grade (MISC); the grade's
// acronym is MISC too.
func TestCrudeGradeAfterCountry(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a grade typed with its country an organization",
		text:  "In Zorbville, U.S. West Texas Intermediate (WTI) crude rose.",
		spans: []span{{L, "Zorbville"}, {O, "U.S. West Texas Intermediate"}, {O, "WTI"}},
		want:  []want{{L, "Zorbville", 1}, {L, "U.S.", 1}},
	}})
}

// TestGluedStopSplit: a sentence's full stop glued to a short capitalized
// word ("Ma." of "Quelb Ma.", which the tokenizer keeps whole as it keeps
// "Mr.") splits the one name the tagger ran across it; an honorific's
// abbreviation and a span that is one such word before the next do not.
func TestGluedStopSplit(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a person's name and a country's",
		text:  "Quelbco is run by Quelb Ma. China fined it.",
		spans: []span{{O, "Quelbco"}, {P, "Quelb Ma. China"}},
		want:  []want{{O, "Quelbco", 1}, {P, "Quelb Ma", 1}, {L, "China", 1}},
	}, {
		name:  "an honorific's abbreviation",
		text:  "Quelbco thanked the Rt. Hon. Quelb Marzo on Monday.",
		spans: []span{{O, "Quelbco"}, {P, "Rt. Hon. Quelb Marzo"}},
		want:  []want{{O, "Quelbco", 1}, {P, "Rt. Hon. Quelb Marzo", 1}},
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

// TestJoinTokens checks joinTokens against strings.Join of the texts.
func TestJoinTokens(t *testing.T) {
	for _, ws := range [][]string{nil, {"a"}, {"a", "b"}, {"New", "York", "City"}, {"", "x", ""}} {
		ts := make([]token, len(ws))
		for i, w := range ws {
			ts[i].Text = w
		}
		if got, want := joinTokens(ts), strings.Join(ws, " "); got != want {
			t.Errorf("joinTokens(%q) = %q, want %q", ws, got, want)
		}
	}
}

// TestSpouseApart: a bare surname after "President" is not joined to the
// full name of a spouse titled "First Lady" or "Mrs." (spouseApart); with
// no such titles it joins the full name.
func TestSpouseApart(t *testing.T) {
	P := newsner.Person
	text := "President Varrow spoke in Ohio on Monday. First Lady Delia Varrow visited a school. Varrow left at noon."
	es := caseEntities(t, text, []textSpan{{P, "Varrow"}, {P, "Delia Varrow"}, {P, "Varrow"}})
	want := []string{"PERSON:Varrow", "PERSON:Delia Varrow"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	text = "Delia Varrow visited a school on Monday. Varrow left at noon."
	es = caseEntities(t, text, []textSpan{{P, "Delia Varrow"}, {P, "Varrow"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one person", got)
	}
}

// TestAppealsCourtCircuit: "Court of Appeals" and its circuit after "for
// the", tagged apart, are one court (appealsCourt in joinOfNames).
func TestAppealsCourtCircuit(t *testing.T) {
	O := newsner.Organization
	text := "The ruling goes to the Quarrel Court of Appeals for the Tenth Circuit next month."
	es := caseEntities(t, text, []textSpan{{O, "Quarrel Court of Appeals"}, {O, "Tenth Circuit"}})
	want := []string{"ORGANIZATION:Quarrel Court of Appeals for the Tenth Circuit"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestSplitSpeakerOfOrg: "said First Last of Firm" is a person and the
// firm (splitSpeakerOfOrg).
func TestSplitSpeakerOfOrg(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "speaker of a firm",
		text:  `"Prices will keep rising," said Jane Quelby of Zorb Analytics.`,
		spans: []span{{O, "Jane Quelby of Zorb Analytics"}},
		want:  []want{{P, "Jane Quelby", 1}, {O, "Zorb Analytics", 1}},
	}, {
		name:  "a bank stays",
		text:  `"Rates will stay low," said Royal Bank of Zorbia.`,
		spans: []span{{O, "Royal Bank of Zorbia"}},
		want:  []want{{O, "Royal Bank of Zorbia", 1}},
	}})
}

// TestJoinBinNames: the given name before "bin" and the names after it
// are one person, the title outside (joinBinNames).
func TestJoinBinNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "sheikh outside",
		text:  "The club is owned by Sheikh Quelbur bin Zorbed al-Marzan, the club said.",
		spans: []span{{P, "bin Zorbed al-Marzan"}},
		want:  []want{{P, "Quelbur bin Zorbed al-Marzan", 1}},
	}, {
		name:  "part typed organization",
		text:  "Chairman Jassem Quelbur bin Zorbmayem said the deal was done.",
		spans: []span{{P, "Jassem Quelbur"}, {O, "Zorbmayem"}},
		want:  []want{{P, "Jassem Quelbur bin Zorbmayem", 1}},
	}})
}

// TestSplitPartyLeaderNames: a party's name, "of" and a person's name
// tagged one organization is the party and its leader
// (splitPartyLeaderNames); a party "of" a country stays one name.
func TestSplitPartyLeaderNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "leader",
		text:  "They joined the Nationalist Zorb Party of Jan Quelbic in parliament.",
		spans: []span{{O, "Nationalist Zorb Party of Jan Quelbic"}},
		want:  []want{{O, "Nationalist Zorb Party", 1}, {P, "Jan Quelbic", 1}},
	}, {
		name:  "country",
		text:  "They joined the Democratic Party of South Korea in parliament.",
		spans: []span{{O, "Democratic Party of South Korea"}},
		want:  []want{{O, "Democratic Party of South Korea", 1}},
	}})
}

// TestLeadMembersPossessiveJoined: a body named for its members whose
// members' plural and possessive the tagger left out ("Tennis Association"
// of "the Women's Tennis Association") is one organization; a plural's
// possessive before a name that ends in no body's head word stays out.
func TestLeadMembersPossessiveJoined(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an irregular plural and a regular one",
		text:  "The Women's Zorbian Tennis Association and the Quelbers' Union met in Zorbville.",
		spans: []span{{O, "Zorbian Tennis Association"}, {O, "Union"}, {L, "Zorbville"}},
		want:  []want{{O, "Women's Zorbian Tennis Association", 1}, {O, "Quelbers' Union", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "no head word",
		text:  "The Drivers' Zorbco Racing won in Zorbville.",
		spans: []span{{O, "Zorbco Racing"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco Racing", 1}, {L, "Zorbville", 1}},
	}})
}

// TestDemonymAcronymsJoined: a demonym tagged MISC and a body's name right
// after it, whose acronym in brackets starts with the demonym's letters,
// are one organization; without the acronym, or with one of the body's
// words alone, the demonym stays apart.
func TestDemonymAcronymsJoined(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a national anti-doping agency",
		text:  "The Russian Quelb-Doping Agency (RUSQDA) welcomed the ruling against Zorbco.",
		spans: []span{{misc, "Russian"}, {O, "Quelb-Doping Agency"}, {O, "RUSQDA"}, {O, "Zorbco"}},
		want:  []want{{O, "Russian Quelb-Doping Agency", 2}, {O, "Zorbco", 1}},
	}, {
		name:  "the acronym of the body alone",
		text:  "The French Zorbco Quelb Agency (ZQA) fined Quelbix.",
		spans: []span{{misc, "French"}, {O, "Zorbco Quelb Agency"}, {O, "ZQA"}, {O, "Quelbix"}},
		want:  []want{{O, "Zorbco Quelb Agency", 2}, {O, "Quelbix", 1}},
	}, {
		name:  "no acronym",
		text:  "The French Interior Ministry fined Quelbix.",
		spans: []span{{misc, "French"}, {O, "Interior Ministry"}, {O, "Quelbix"}},
		want:  []want{{O, "Interior Ministry", 1}, {O, "Quelbix", 1}},
	}})
}

// TestPartiesOfTheirCountry: a party's name that the tagger cut before
// "of" and its country is one name; a bank and its country stay two, as
// CoNLL-2003 marks "State Bank of Pakistan".
func TestPartiesOfTheirCountry(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party and a bank",
		text:  "The United Quelb Party of Zorbia of President Marla Quonk met the State Bank of Zorbia.",
		spans: []span{{O, "United Quelb Party"}, {L, "Zorbia"}, {P, "Marla Quonk"}, {O, "State Bank"}, {L, "Zorbia"}},
		want:  []want{{O, "United Quelb Party of Zorbia", 1}, {P, "Marla Quonk", 1}, {O, "State Bank", 1}, {L, "Zorbia", 1}},
	}})
}

// TestLowerKeyEnds: lowerKeyEnds gives the lower-cased key of a span and,
// asked for them, where each shorter span's key ends in it; possessiveName,
// which asks of one span, allocates for the key alone, no ends.
func TestLowerKeyEnds(t *testing.T) {
	toks := []token{{Text: "Zorb"}, {Text: "'S"}, {Text: "Quelb"}}
	key, ends := lowerKeyEnds(toks, 0, 3, make([]int, 0, 3))
	if key != "zorb 's quelb" || !slices.Equal(ends, []int{4, 7, 13}) {
		t.Fatalf("lowerKeyEnds = %q, %v", key, ends)
	}
	if k, e := lowerKeyEnds(toks, 0, 3, nil); k != key || e != nil {
		t.Fatalf("lowerKeyEnds without ends = %q, %v", k, e)
	}
	keyOnly := testing.AllocsPerRun(100, func() { lowerKeyEnds(toks, 0, 3, nil) })
	named := testing.AllocsPerRun(100, func() { possessiveName(toks, newsner.Organization, 0, 3, nil) })
	if named != keyOnly {
		t.Fatalf("possessiveName allocates %v times, the key alone %v", named, keyOnly)
	}
}
