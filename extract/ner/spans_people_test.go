package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of spans_people.go's rules.

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

// TestRoleNames: a run of two or more capitalized words right after a
// person's role in lower case that the tagger left untagged is one
// person's name, and a person's span the tagger started inside such a run
// takes the words before it (joinRoleNames); a title, a single word and a
// listed organization after the role are left as they are.
func TestRoleNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged after spokesman",
		text:  "Deliveries will resume, Zorbco spokesman Quelb Marzo told Reuters.",
		spans: []span{{O, "Zorbco"}, {O, "Reuters"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Quelb Marzo", 1}, {O, "Reuters", 1}},
	}, {
		name: "untagged after assistant, before a full stop",
		text: "The guards freed ten people, including her assistant Win Quonk.",
		want: []want{{P, "Win Quonk", 1}},
	}, {
		name:  "only the surname tagged after veteran",
		text:  "Party veteran Cyd Quonk lost her seat to a newcomer.",
		spans: []span{{P, "Quonk"}},
		want:  []want{{P, "Cyd Quonk", 1}},
	}, {
		name:  "a title after the role",
		text:  "Party leader General Zorb Quonk said the talks would go on.",
		spans: []span{{P, "Zorb Quonk"}},
		want:  []want{{P, "Zorb Quonk", 1}},
	}, {
		name: "one word after the role",
		text: "The spokesman Quonk declined to comment.",
	}})
}

// TestPluralTitlesCut: a plural title the tagger read into the first of
// two names ("Senators Jane Quonk and ...") is no part of it.
func TestPluralTitlesCut(t *testing.T) {
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "senators before two names",
		text:  "A plan led by Senators Jane Quonk and Marla Zorb passed.",
		spans: []span{{P, "Senators Jane Quonk"}, {P, "Marla Zorb"}},
		want:  []want{{P, "Jane Quonk", 1}, {P, "Marla Zorb", 1}},
	}, {
		name:  "presidents before a surname and a full name",
		text:  "The ban was lifted by Presidents Quonk and Marla Zorb last year.",
		spans: []span{{P, "Presidents Quonk"}, {P, "Marla Zorb"}},
		want:  []want{{P, "Quonk", 1}, {P, "Marla Zorb", 1}},
	}})
}

// TestCutPortfolioWords: "Justice" of "Justice Minister" is no name
// (cutPortfolioWords).
func TestCutPortfolioWords(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "justice minister",
		text:  "Zorbia rejected the ruling, and Justice Minister Zorb Marzo called it an attack.",
		spans: []span{{L, "Zorbia"}, {O, "Justice"}, {P, "Zorb Marzo"}},
		want:  []want{{L, "Zorbia", 1}, {P, "Zorb Marzo", 1}},
	}, {
		name:  "a foreign affairs minister in lower case",
		text:  "Zorb Marzo was forced to resign as Foreign Affairs minister after the leak.",
		spans: []span{{P, "Zorb Marzo"}, {O, "Foreign Affairs"}},
		want:  []want{{P, "Zorb Marzo", 1}},
	}, {
		name:  "a home affairs secretary",
		text:  "Home Affairs Secretary Zorb Marzo said the budget would pass.",
		spans: []span{{O, "Home Affairs"}, {P, "Zorb Marzo"}},
		want:  []want{{P, "Zorb Marzo", 1}},
	}, {
		name:  "a ministry of foreign affairs stays",
		text:  "The Ministry of Foreign Affairs said the minister would travel.",
		spans: []span{{O, "Ministry of Foreign Affairs"}},
		want:  []want{{O, "Ministry of Foreign Affairs", 1}},
	}})
}

// TestCutLeadFameWords: "Billionaire" before a person's name at a
// sentence's start is no part of it (cutLeadFameWords).
func TestCutLeadFameWords(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "billionaire",
		text:  "Billionaire Jane Zorbett said she had given $4 billion to Quelb Relief.",
		spans: []span{{P, "Billionaire Jane Zorbett"}, {O, "Quelb Relief"}},
		want:  []want{{P, "Jane Zorbett", 1}, {O, "Quelb Relief", 1}},
	}})
}

// TestPortfolioBeforeTitle: a demonym and a minister's portfolio the
// tagger typed an organization right before "Minister" or "Secretary" is
// no name; the minister is.
func TestPortfolioBeforeTitle(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an energy minister's title",
		text:  "Saudi Energy Minister Quelb Marzo said output would rise.",
		spans: []span{{O, "Saudi Energy"}, {P, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestBinSurnameAsPerson: an Arabic surname after "bin" with no given
// name before it is a person with its particle, whatever the tagger typed
// it (binSurnameAsPerson); a given name before "bin" is joinBinNames'.
func TestBinSurnameAsPerson(t *testing.T) {
	P := newsner.Person
	M := newsner.EntityType("MISC")
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a surname typed MISC",
		text:  "He cited the killing of bin Quelbadi, Jane Zorb said. That is how they took out bin Quelbadi.",
		spans: []span{{M, "Quelbadi"}, {P, "Jane Zorb"}, {M, "Quelbadi"}},
		want:  []want{{P, "bin Quelbadi", 2}, {P, "Jane Zorb", 1}},
	}, {
		name:  "a given name before it",
		text:  "Hamza bin Quelbadi spoke on Monday.",
		spans: []span{{P, "Hamza"}, {M, "Quelbadi"}},
		want:  []want{{P, "Hamza bin Quelbadi", 1}},
	}})
}

// TestOtherLanguagesTitlesCut: a person named in full and then by an
// honorific of another language ("Madame", "Herr", "Señor", "Mx") or an
// abbreviated title the tokenizer splits at its full stop ("Prof.",
// "Capt.") before the surname is one person with every mention counted:
// the title is no part of the name (roleWords, cutLeadingTitles).
func TestOtherLanguagesTitlesCut(t *testing.T) {
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	var cases []docCase
	for _, title := range []string{"Madame", "Mme", "Monsieur", "Herr", "Frau", "Señor", "Signora", "Mx", "Prof.", "Capt."} {
		cases = append(cases, docCase{
			name:  title,
			text:  "Quelb Marzo spoke on Monday. " + title + " Marzo said the plan would work.",
			spans: []span{{P, "Quelb Marzo"}, {P, title + " Marzo"}},
			want:  []want{{P, "Quelb Marzo", 2}},
		})
	}
	runDocCases(t, cases)
}

// TestHonourableTitlesCut: "Hon." and "Rt. Hon.", the titles of a
// legislator of the Commonwealth's parliaments, are no part of the name
// (titles, cutLeadingTitles); nor is an opening curly quote the tokenizer
// leaves glued to the first word ("‘Quelb", leadQuote).
func TestHonourableTitlesCut(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "Rt. Hon. and Hon.",
		text:  "The House of Representatives heard Rt. Hon. Quelb Marzo and Hon. Jan Tovar.",
		spans: []span{{O, "House of Representatives"}, {P, "Rt. Hon. Quelb Marzo"}, {P, "Hon. Jan Tovar"}},
		want:  []want{{O, "House of Representatives", 1}, {P, "Quelb Marzo", 1}, {P, "Jan Tovar", 1}},
	}, {
		name:  "an opening single quote",
		text:  "\u201cHe wanted to work with \u2018Quelb Marzo,\u2019 but then I came,\u201d she said.",
		spans: []span{{P, "\u2018Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestReligiousTitlesCut: "Sheik", the spelling of "Sheikh" that titles
// lacks, and "Prophet" before Muhammad's name are no part of the person's
// name (roleWords, cutLeadingTitles), as CoNLL-2003 marks "Sheikh [PER
// Hasina]"; "Prophet" alone is no name. "Shaikh", a surname as often, stays.
func TestReligiousTitlesCut(t *testing.T) {
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "Sheik",
		text:  "Sheik Quelb Marzo led the prayers on Friday.",
		spans: []span{{P, "Sheik Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}, {
		name:  "Prophet before the name, and alone",
		text:  "The cartoons of the Prophet Quelbammad angered many. The Prophet was insulted, they said.",
		spans: []span{{P, "Prophet Quelbammad"}, {P, "Prophet"}},
		want:  []want{{P, "Quelbammad", 1}},
	}, {
		name:  "Shaikh, a surname, alone",
		text:  "Finance adviser Jan Quelb Shaikh spoke on Monday. Shaikh said talks would go on.",
		spans: []span{{P, "Jan Quelb Shaikh"}, {P, "Shaikh"}},
		want:  []want{{P, "Jan Quelb Shaikh", 2}},
	}})
}

// TestInsetNicknamesJoined: a nickname set inside a person's name in quotes
// or brackets makes one person with the name around it, as CoNLL-2003
// marks it (joinInsetNicknames); a country in brackets between two names
// does not.
func TestInsetNicknamesJoined(t *testing.T) {
	P, L, O, M := newsner.Person, newsner.Location, newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a nickname in quotes, tagged MISC, between two people's spans",
		text:  "Boxing legend Quelb \"Hands of Stone\" Marzovic climbs into the ring on Saturday.",
		spans: []span{{P, "Quelb"}, {M, "Hands of Stone"}, {P, "Marzovic"}},
		want:  []want{{P, "Quelb \"Hands of Stone\" Marzovic", 1}},
	}, {
		name:  "a nickname in curly quotes after an untagged first name",
		text:  "He faces Hector \u201cEl Zorbo\u201d Quelbez in a rematch on Saturday.",
		spans: []span{{P, "Quelbez"}},
		want:  []want{{P, "Hector \u201cEl Zorbo\u201d Quelbez", 1}},
	}, {
		name:  "a first name and a nickname tagged MISC",
		text:  "He faces Hector \"Zorbo\" Quelbez in a rematch on Saturday.",
		spans: []span{{M, "Hector"}, {M, "Zorbo"}, {P, "Quelbez"}},
		want:  []want{{P, "Hector \"Zorbo\" Quelbez", 1}},
	}, {
		name:  "initials in brackets tagged an organization",
		text:  "1990 - British historian Alan John Quelbsworth (A.J.Q.) Marzo died.",
		spans: []span{{P, "Alan John Quelbsworth"}, {O, "A.J.Q."}, {P, "Marzo"}},
		want:  []want{{P, "Alan John Quelbsworth (A.J.Q.) Marzo", 1}},
	}, {
		name:  "a nickname in brackets the tagger ran into the surname",
		text:  "His death came five weeks after James Leander (Leo) Marzovic, a close friend of hers.",
		spans: []span{{P, "James Leander"}, {P, "Leo) Marzovic"}},
		want:  []want{{P, "James Leander (Leo) Marzovic", 1}},
	}, {
		name:  "a draw's lines: a country's initials, then a name on the next line",
		text:  "Quelb Marzovic (U.S.) vs. Jon Tovar (U.S.)\nMarta Zorbic (Spain) vs. Ana Quelbez (France)",
		spans: []span{{P, "Quelb Marzovic"}, {L, "U.S."}, {P, "Jon Tovar"}, {L, "U.S."}, {P, "Marta Zorbic"}, {L, "Spain"}, {P, "Ana Quelbez"}, {L, "France"}},
		want:  []want{{P, "Quelb Marzovic", 1}, {L, "U.S.", 2}, {P, "Jon Tovar", 1}, {P, "Marta Zorbic", 1}, {L, "Spain", 1}, {P, "Ana Quelbez", 1}, {L, "France", 1}},
	}, {
		name:  "a country in brackets between two names",
		text:  "Winners were Jon Quelbson (Zorbia) Marta Tovar and others.",
		spans: []span{{P, "Jon Quelbson"}, {L, "Zorbia"}, {P, "Marta Tovar"}},
		want:  []want{{P, "Jon Quelbson", 1}, {L, "Zorbia", 1}, {P, "Marta Tovar", 1}},
	}})
}

// TestTitleOfPlaceCut: a rank held of a place ("the Emir of Qatar") is no
// name and the place a place, as CoNLL-2003 marks them
// (cutTitleOfPlace); the rank alone before its place is dropped. A
// cricket side's "Duke of Norfolk's XI", a town named so ("King of
// Prussia"), a title after a capitalized word and the tagger's MISC stay
// as they are.
func TestTitleOfPlaceCut(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a monarch's rank typed a body",
		text:  "Zorbco hosted the Emir of Qatar on Monday.",
		spans: []span{{O, "Zorbco"}, {O, "Emir of Qatar"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Qatar", 1}},
	}, {
		name:  "a noble's rank typed a person",
		text:  "1706 - Zorbian troops under Duke of Orleans besieging Turin were defeated.",
		spans: []span{{P, "Duke of Orleans"}, {L, "Turin"}},
		want:  []want{{L, "Orleans", 1}, {L, "Turin", 1}},
	}, {
		name:  "the rank alone, its place typed apart",
		text:  "Quelb Marzo met the Duchess of Cornwall in Zorbton.",
		spans: []span{{P, "Quelb Marzo"}, {P, "Duchess"}, {L, "Cornwall"}, {L, "Zorbton"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Cornwall", 1}, {L, "Zorbton", 1}},
	}, {
		name:  "a town named so",
		text:  "Quelb Marzo visited the Apple Store in King of Prussia on Sunday.",
		spans: []span{{P, "Quelb Marzo"}, {L, "King of Prussia"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "King of Prussia", 1}},
	}, {
		name:  "a side named after a duke",
		text:  "May 15 v Duke of Norfolk's XI (at Arundel)",
		spans: []span{{P, "Duke of Norfolk"}, {L, "Arundel"}},
		want:  []want{{P, "Duke of Norfolk", 1}, {L, "Arundel", 1}},
	}, {
		name:  "a play's title after a capitalized word",
		text:  "Quelb Marzo starred in Zorbic Prince of Wales, a play.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Prince of Wales"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Prince of Wales", 1}},
	}, {
		name:  "a film's title tagged MISC",
		text:  "Quelb Marzo watched The Prince of Egypt on Sunday.",
		spans: []span{{P, "Quelb Marzo"}, {misc, "Prince of Egypt"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}
