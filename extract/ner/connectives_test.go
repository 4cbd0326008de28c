package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinHeadedLists: a body's name that goes on after its head word and
// a connective with a list of common words is one organization
// (joinHeadedLists); a list of names of their own stays apart, as does a
// list of words no corpus writes in lower case.
func TestJoinHeadedLists(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a purpose's list",
		text:  "Aid may fall short, the Zorbian Fund to End Hunger, Drought and Flooding warned on Monday.",
		spans: []span{{O, "Zorbian Fund to End Hunger"}, {O, "Drought"}, {L, "Flooding"}},
		want:  []want{{O, "Zorbian Fund to End Hunger, Drought and Flooding", 1}},
	}, {
		name:  "a word too rare for the corpora beside a common one",
		text:  "Funding remains tight after the Quelb Fund to Fight Zorbitis, Hunger and Drought warned of a shortfall.",
		spans: []span{{O, "Quelb Fund to Fight Zorbitis"}, {O, "Hunger"}, {L, "Drought"}},
		want:  []want{{O, "Quelb Fund to Fight Zorbitis, Hunger and Drought", 1}},
	}, {
		name:  "a body for a list",
		text:  "Staff of the Zorbian Council for Water, Flooding and Drought were sent home.",
		spans: []span{{O, "Zorbian Council for Water"}, {O, "Flooding"}},
		want:  []want{{O, "Zorbian Council for Water, Flooding and Drought", 1}},
	}, {
		name:  "names of their own",
		text:  "Talks between the Bank of Zorbia, Quelbco and Marzoco ended on Monday.",
		spans: []span{{O, "Bank of Zorbia"}, {O, "Quelbco"}, {O, "Marzoco"}},
		want:  []want{{O, "Bank of Zorbia", 1}, {O, "Quelbco", 1}, {O, "Marzoco", 1}},
	}, {
		name:  "no word the corpora know",
		text:  "Talks between the Quelb Fund for Zorbitis, Quelbitis and Marzitis ended on Monday.",
		spans: []span{{O, "Quelb Fund for Zorbitis"}, {O, "Quelbitis"}, {O, "Marzitis"}},
		want:  []want{{O, "Quelb Fund for Zorbitis", 1}, {O, "Quelbitis", 1}, {O, "Marzitis", 1}},
	}})
}

// TestJoinGroupConnectiveNames: a group named by common words, a
// connective and more words after "group" is one organization
// (joinGroupConnectiveNames); a group's own name before a place, a
// weekday or a person's name stays apart.
func TestJoinGroupConnectiveNames(t *testing.T) {
	L, O, P := newsner.Location, newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a phrase",
		text:  "The campaign group Open Justice for Workers said the fine was too low.",
		spans: []span{{O, "Open Justice"}},
		want:  []want{{O, "Open Justice for Workers", 1}},
	}, {
		name:  "a place after the connective",
		text:  "The pressure group Clean Water in Zorbia said on Saturday that he was held.",
		spans: []span{{O, "Clean Water"}, {L, "Zorbia"}},
		want:  []want{{O, "Clean Water in Zorbia", 1}},
	}, {
		name:  "a group's own name",
		text:  "The militant group Zorbco in Quelbia said it fired rockets.",
		spans: []span{{O, "Zorbco"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Quelbia", 1}},
	}, {
		name:  "a weekday",
		text:  "The campaign group Open Justice on Monday said the fine was too low.",
		spans: []span{{O, "Open Justice"}},
		want:  []want{{O, "Open Justice", 1}},
	}, {
		name:  "a person",
		text:  "The campaign group Open Justice for Zorb Quelbson said the fine was too low.",
		spans: []span{{O, "Open Justice"}, {P, "Zorb Quelbson"}},
		want:  []want{{O, "Open Justice", 1}, {P, "Zorb Quelbson", 1}},
	}})
}

// TestAddHeadOfNameSpans: an untagged body's head word after "the" or a
// possessive, "of" or "for the" and capitalized words is one organization
// (addHeadOfNameSpans), a MISC tail taken in; a series after a possessive
// and a head word before a place's span stay as they were.
func TestAddHeadOfNameSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	M := misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an office after a possessive",
		text:  "Tensions grew as Zorbco's Office of the Inspector General released two critical reports.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Office of the Inspector General", 1}},
	}, {
		name:  "a MISC tail",
		text:  "The bill was backed by the Party of the Zorbian Renewal, which won ten seats.",
		spans: []span{{M, "Zorbian Renewal"}},
		want:  []want{{O, "Party of the Zorbian Renewal", 1}},
	}, {
		name:  "for the",
		text:  "Funding came from the Council for the Quelbian Arts and a bank.",
		spans: []span{},
		want:  []want{{O, "Council for the Quelbian Arts", 1}},
	}, {
		name:  "a series after a possessive",
		text:  "Quelbflix's House of Cards returns in May.",
		spans: []span{{O, "Quelbflix"}},
		want:  []want{{O, "Quelbflix", 1}},
	}, {
		name:  "a second head word inside the name",
		text:  "Cuts hit the Office of the Council of the Zorbian Arts on Monday.",
		spans: []span{},
		want:  []want{{O, "Office of the Council of the Zorbian Arts", 1}},
	}, {
		name:  "a place's span",
		text:  "Loans from the Bank of Zorbia rose in May.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}},
	}})
}

// TestHeadOfTheName: a body named "HEAD of the ..." that ends in an
// event's word stays an organization (headOfTheName in eventsAsMisc); a
// name that is an event's stays MISC.
func TestHeadOfTheName(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party named for a revolution",
		text:  "The bill was backed by the Party of the Zorbian Revolution, which won ten seats.",
		spans: []span{{O, "Party of the Zorbian Revolution"}},
		want:  []want{{O, "Party of the Zorbian Revolution", 1}},
	}, {
		name:  "an event",
		text:  "Crowds marked the Zorbian Revolution on Monday.",
		spans: []span{{O, "Zorbian Revolution"}},
		want:  nil,
	}})
}

// TestJoinLeadingLists: a union named for a list of trades before its
// "and" and head word is one organization (joinLeadingLists); names of
// their own before it, and a list that a capitalized word goes on from,
// stay apart.
func TestJoinLeadingLists(t *testing.T) {
	O := newsner.Organization
	M := misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a list of trades",
		text:  "Talks stalled, and the Construction, Flooding, Drought, Mining and Energy Union said its members would strike.",
		spans: []span{{M, "Construction"}, {O, "Mining and Energy Union"}},
		want:  []want{{O, "Construction, Flooding, Drought, Mining and Energy Union", 1}},
	}, {
		name:  "names of their own",
		text:  "Talks stalled between Zorbco, Quelbco, Mining and Energy Union and the city.",
		spans: []span{{O, "Zorbco"}, {O, "Quelbco"}, {O, "Mining and Energy Union"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelbco", 1}, {O, "Mining and Energy Union", 1}},
	}, {
		name:  "no and inside",
		text:  "Talks stalled, and Construction, Drought, Energy Union members would strike.",
		spans: []span{{O, "Energy Union"}},
		want:  []want{{O, "Energy Union", 1}},
	}})
}

// TestJoinLeadingListsSpanReachingIn: where a span reaches into the list
// from before it, joinLeadingLists leaves the union's span as it was and
// keeps every span inside the list (it dropped those it had passed
// before it met the one reaching in).
func TestJoinLeadingListsSpanReachingIn(t *testing.T) {
	O := newsner.Organization
	M := misc
	text := "Talks stalled, and the Construction, Flooding, Zorbitis, Mining and Energy Union said so."
	toks := testTokens(t, text)
	spans := textSpans(t, text, toks, []textSpan{{M, "the Construction"}, {M, "Zorbitis"}, {O, "Mining and Energy Union"}})
	got := joinLeadingLists(toks, slices.Clone(spans))
	if !slices.Equal(got, spans) {
		t.Errorf("got %v, want the spans as they were: %v", got, spans)
	}
}

// TestJoinSecondOfNames: a body's name cut at its second "of the" before
// an organization's or MISC span is one organization
// (joinSecondOfNames); a body's own name, a place or a person after it
// stays apart.
func TestJoinSecondOfNames(t *testing.T) {
	L, O, P := newsner.Location, newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a second 'of the'",
		text:  "The funds will be run by the Office of the Treasury of the Quelbish See from March.",
		spans: []span{{O, "Office of the Treasury"}, {O, "Quelbish See"}},
		want:  []want{{O, "Office of the Treasury of the Quelbish See", 1}},
	}, {
		name:  "a body's own name",
		text:  "Talks with the Ministry of Finance of the Zorbian Authority ended on Monday.",
		spans: []span{{O, "Ministry of Finance"}, {O, "Zorbian Authority"}},
		want:  []want{{O, "Ministry of Finance", 1}, {O, "Zorbian Authority", 1}},
	}, {
		name:  "a place",
		text:  "Talks with the Ministry of Finance of the Quelbian Republic ended on Monday.",
		spans: []span{{O, "Ministry of Finance"}, {L, "Quelbian Republic"}},
		want:  []want{{O, "Ministry of Finance", 1}, {L, "Quelbian Republic", 1}},
	}, {
		name:  "a person",
		text:  "He met the Council of Elders of the Quelb Marzo clan on Monday.",
		spans: []span{{O, "Council of Elders"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Council of Elders", 1}, {P, "Quelb Marzo", 1}},
	}})
}

// TestJoinAdjectiveTails: a body's name cut after an adjective takes in
// the noun after it (joinAdjectiveTails); a name ending in a noun, or a
// noun before more capitals, stays as it is.
func TestJoinAdjectiveTails(t *testing.T) {
	O, M := newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an adjective's noun",
		text:  "The shot was developed with the Zorbian Council of Medical Research, officials said.",
		spans: []span{{O, "Zorbian Council of Medical"}},
		want:  []want{{O, "Zorbian Council of Medical Research", 1}},
	}, {
		name:  "an adjective's noun tagged MISC",
		text:  "The shot was developed with the Quelb Institute for Economic Studies in March.",
		spans: []span{{O, "Quelb Institute for Economic"}, {M, "Studies"}},
		want:  []want{{O, "Quelb Institute for Economic Studies", 1}},
	}, {
		name:  "a noun at the end",
		text:  "The Zorbian Council of Medical Research Director spoke on Monday.",
		spans: []span{{O, "Zorbian Council of Medical"}},
		want:  []want{{O, "Zorbian Council of Medical", 1}},
	}})
}

// TestAddConnectiveLeadSpans: a body named by a head word or a plural,
// "for" or "on" and a name the tagger tagged alone is one organization
// (addConnectiveLeadSpans); a sentence's first word and a person after
// the connective are left.
func TestAddConnectiveLeadSpans(t *testing.T) {
	L, O, P := newsner.Location, newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a plural before a place",
		text:  "The fund gave money to Zorbco, and Farmers for Quelbia asked for more aid.",
		spans: []span{{O, "Zorbco"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Farmers for Quelbia", 1}},
	}, {
		name:  "a head word before an organization's span",
		text:  "The fund sold its stakes on the advice of its Council on Zorbics.",
		spans: []span{{O, "Zorbics"}},
		want:  []want{{O, "Council on Zorbics", 1}},
	}, {
		name:  "a sentence's first word",
		text:  "Zorbco said so on Monday. Tariffs on Quelbia rose in May.",
		spans: []span{{O, "Zorbco"}, {L, "Quelbia"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Quelbia", 1}},
	}, {
		name:  "a person after the connective",
		text:  "He said the Votes for Quelb Marzo campaign had ended.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestCompleteDanglingNames: an organization's span that ends in a
// connective or an article is mended (completeDanglingNames): joined to
// the span right after it, taken over a Romance name's lower-case last
// word, or cut back; a name that ends a line, and two names an "and"
// parts, are not joined.
func TestCompleteDanglingNames(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a university cut before a region's name",
		text:  "She teaches at the University of the Quelb Islands in Zorbville.",
		spans: []span{{O, "University of the"}, {L, "Quelb Islands"}, {L, "Zorbville"}},
		want:  []want{{O, "University of the Quelb Islands", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a watchdog named in French cut before its common noun",
		text:  "The Zorbite de la concurrence fined Quelbco on Monday.",
		spans: []span{{O, "Zorbite de la"}, {O, "Quelbco"}},
		want:  []want{{O, "Zorbite de la concurrence", 1}, {O, "Quelbco", 1}},
	}, {
		name:  "a dangling connective before a word that is no name's is cut off",
		text:  "Officials of Zorbco for years denied it.",
		spans: []span{{O, "Zorbco for"}},
		want:  []want{{O, "Zorbco", 1}},
	}, {
		name:  "a line's end and an \"and\" join nothing",
		text:  "Quelb v Queen of the\nZorb, Zorbco and Quelbco met.",
		spans: []span{{O, "Quelb"}, {O, "Queen of the"}, {L, "Zorb"}, {O, "Zorbco and"}, {O, "Quelbco"}},
		want:  []want{{O, "Quelb", 1}, {O, "Queen of the", 1}, {L, "Zorb", 1}, {O, "Zorbco", 1}, {O, "Quelbco", 1}},
	}})
}

// TestJoinRomanceBodyNames: a body named in a Romance language, cut by the
// tagger at its first lower-case word, is one organization up to the
// first word that is no part of it (joinRomanceBodyNames); a person's
// "de" and an English verb after the name stay out.
func TestJoinRomanceBodyNames(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a supervisor and a pension fund cut",
		text:  "The Zorbite de controle prudentiel et de quelbution said banks could pay. Caisse de depot et placement du Zorbec chief Jane Quimble agreed.",
		spans: []span{{O, "Zorbite"}, {O, "Caisse"}, {L, "Zorbec"}, {P, "Jane Quimble"}},
		want: []want{{O, "Zorbite de controle prudentiel et de quelbution", 1}, {O, "Caisse de depot et placement du Zorbec", 1},
			{P, "Jane Quimble", 1}},
	}, {
		name:  "a person's particle",
		text:  "Charles de Zorbelle spoke in Quenton.",
		spans: []span{{P, "Charles de Zorbelle"}, {L, "Quenton"}},
		want:  []want{{P, "Charles de Zorbelle", 1}, {L, "Quenton", 1}},
	}})
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

// TestJoinOfPluralTails: a body's "X of Y Z" name that the tagger cut
// before its members' plural ("Confederation of All Zorbia" + "Traders")
// is whole; not over a headline's verb ("Says"), a plural before another
// capitalized word, or a plural on the next line.
func TestJoinOfPluralTails(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	runDocCases(t, []docCase{
		{"members' plural", "Traders led by the Confederation of All Zorbia Traders protested in Quelb on Monday.",
			[]textSpan{{O, "Confederation of All Zorbia"}, {L, "Quelb"}},
			[]entityWant{{O, "Confederation of All Zorbia Traders", 1}, {L, "Quelb", 1}}},
		{"workers", "The Federation of Quelb Workers, which has 2 million members, called a strike.",
			[]textSpan{{O, "Federation of Quelb"}},
			[]entityWant{{O, "Federation of Quelb Workers", 1}}},
		{"a headline's verb", "Bank of Zorbia Says it will hold rates.",
			[]textSpan{{O, "Bank of Zorbia"}},
			[]entityWant{{O, "Bank of Zorbia", 1}}},
		{"before another name", "The Federation of Quelb Workers Union said on Monday it would strike.",
			[]textSpan{{O, "Federation of Quelb"}},
			[]entityWant{{O, "Federation of Quelb", 1}}},
		{"no of", "The Zorbia Exporters said on Monday prices rose.",
			[]textSpan{{O, "Zorbia"}},
			[]entityWant{{O, "Zorbia", 1}}},
	})
}

// TestJoinOfPlacePairs: a body's head word, "of" and two places joined by
// "and" are one organization, and the head part said alone before or
// after it is that body (joinOfPlacePairs, placePairTail); a bank of one
// place and another's bank stay apart.
func TestJoinOfPlacePairs(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name: "a body of two states",
		text: "Flights at the Harbour Authority's airports were cancelled, the Harbour Authority of Quelland and Morvania said on Wednesday. " +
			"Ferries to Quelland will resume on Friday.",
		spans: []span{{O, "Harbour Authority"}, {O, "Harbour Authority"}, {L, "Quelland"}, {L, "Morvania"}, {L, "Quelland"}},
		want:  []want{{O, "Harbour Authority of Quelland and Morvania", 2}, {L, "Quelland", 1}},
	}, {
		name:  "two banks",
		text:  "The Central Bank of Quelland and the Morvania bank cut rates.",
		spans: []span{{O, "Central Bank"}, {L, "Quelland"}, {L, "Morvania"}},
		want:  []want{{O, "Central Bank", 1}, {L, "Quelland", 1}, {L, "Morvania", 1}},
	}})
}

// TestCountryOfNamesJoined: a country's listed name the tagger tagged in
// two places around "of" is one mention of the country
// (joinCountryOfNames); an organization's "of" and a place's formal name
// no list gives whole stay as they are.
func TestCountryOfNamesJoined(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "United States of America",
		text:  "Envoys of the United States of America arrived on Monday.",
		spans: []span{{L, "United States"}, {L, "America"}},
		want:  []want{{L, "United States of America", 1}},
	}, {
		name:  "People's Republic of China",
		text:  "The People's Republic of China sent a delegation.",
		spans: []span{{L, "People's Republic"}, {L, "China"}},
		want:  []want{{L, "People's Republic of China", 1}},
	}, {
		name:  "a bank of a country",
		text:  "The Bank of Quelbia cut rates.",
		spans: []span{{O, "Bank"}, {L, "Quelbia"}},
		want:  []want{{O, "Bank", 1}, {L, "Quelbia", 1}},
	}, {
		name:  "no listed country",
		text:  "The Isle of Quelb voted.",
		spans: []span{{L, "Isle"}, {L, "Quelb"}},
		want:  []want{{L, "Isle", 1}, {L, "Quelb", 1}},
	}})
}
