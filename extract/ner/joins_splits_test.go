package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// Tests of joins_splits.go's rules.

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

// TestSplitAtInnerVerb: a span the tagger runs over a verb in lower case
// ("Times utilized Quelbnet") is the subject's name and the object's; a
// short verb inside a group's name ("Soil is Ours") stays.
func TestSplitAtInnerVerb(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a verb between two names",
			text:  "Reporters at the Zorbville Times met. On election night the Times utilized Quelbnet and Flinko to find stories.",
			spans: []span{{O, "Zorbville Times"}, {O, "Times utilized Quelbnet"}, {O, "Flinko"}},
			want:  []want{{O, "Zorbville Times", 2}, {O, "Quelbnet", 1}, {O, "Flinko", 1}},
		},
		{
			name:  "a group's name with a short verb",
			text:  "Members of Soil is Ours marched in Quelbton.",
			spans: []span{{O, "Soil is Ours"}},
			want:  []want{{O, "Soil is Ours", 1}},
		},
	})
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
// abbreviation and a span that is one such word before the next do not
// (the honorifics "Rt. Hon." are then cut off the name as titles,
// cutLeadingTitles).
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
		want:  []want{{O, "Quelbco", 1}, {P, "Quelb Marzo", 1}},
	}})
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

// TestSplitPlaceAcronyms: a place's name and an acronym the article uses
// as an organization's name on its own are two names, the place and the
// organization; an acronym the article never uses alone stays.
func TestSplitPlaceAcronyms(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a body's acronym after a town",
		text:  "Bonds fell, shaken by Chicago ZQPM.\nThe Zorbic Quelb of Purchasing Managers (ZQPM) index rose.",
		spans: []span{{O, "Chicago ZQPM"}, {O, "Zorbic Quelb of Purchasing Managers"}, {O, "ZQPM"}},
		want:  []want{{L, "Chicago", 1}, {O, "Zorbic Quelb of Purchasing Managers", 3}},
	}, {
		name:  "an acronym never alone stays",
		text:  "Fans of Chicago ZQB cheered.",
		spans: []span{{O, "Chicago ZQB"}},
		want:  []want{{O, "Chicago ZQB", 1}},
	}})
}

// TestSplitAcronymPlaces: a body's acronym and a known place before
// "mission" are the body and the place (splitAcronymPlaces, nkinds45); an
// acronym the article never uses alone and no list knows, or no mission's
// word after the pair, keeps the name whole.
func TestSplitAcronymPlaces(t *testing.T) {
	L, O, P := newsner.Location, newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a body's mission in a place",
		text:  "Quelb Zorin, who heads the ZQPM Chechnya mission, flew home. ZQPM said he would return.",
		spans: []span{{P, "Quelb Zorin"}, {O, "ZQPM Chechnya"}, {O, "ZQPM"}},
		want:  []want{{P, "Quelb Zorin", 1}, {O, "ZQPM", 2}, {L, "Chechnya", 1}},
	}, {
		name:  "no mission's word",
		text:  "Quelb Zorin heads ZQPM Chechnya, which said it would grow. ZQPM said so too.",
		spans: []span{{P, "Quelb Zorin"}, {O, "ZQPM Chechnya"}, {O, "ZQPM"}},
		want:  []want{{P, "Quelb Zorin", 1}, {O, "ZQPM Chechnya", 2}},
	}, {
		name:  "an acronym never alone",
		text:  "Quelb Zorin heads the ZQB Chechnya mission.",
		spans: []span{{P, "Quelb Zorin"}, {O, "ZQB Chechnya"}},
		want:  []want{{P, "Quelb Zorin", 1}, {O, "ZQB Chechnya", 1}},
	}})
}

// TestAcronymSplitsGrowth runs splitPlaceAcronyms and splitAcronymPlaces
// alone on a page of 32,000 lines (8,000 took under 1 ms a quarter, too
// short to time), each with a place and an acronym and an
// acronym and a place before "mission", the acronym never alone: each
// span asks whether its acronym is an organization's span of its own, and
// walking every span of the page for each answer took time in the square
// of the page (issue 12; nkinds45's acronymAlone). The page must take at
// most growthLimit times its first quarter (checkGrowth).
func TestAcronymSplitsGrowth(t *testing.T) {
	line := "Bonds fell in Chicago ZQPM and the ZQPM Chechnya mission left.\n"
	for _, c := range []struct {
		rule  string
		split func([]token, []tspan) []tspan
	}{
		{"splitPlaceAcronyms", splitPlaceAcronyms},
		{"splitAcronymPlaces", splitAcronymPlaces},
	} {
		t.Run(c.rule, func(t *testing.T) {
			run := func(n int) func() {
				toks, spans := capitalRunSpans(strings.Repeat(line, n), func(string) newsner.EntityType { return newsner.Organization })
				return func() {
					if out := c.split(toks, spans); len(out) != len(spans) {
						t.Errorf("%d spans, want %d: no acronym is alone", len(out), len(spans))
					}
				}
			}
			run(10)() // loads the name lists, which would count in the quarter's time
			checkGrowth(t, c.rule, run(8000), run(32000))
		})
	}
}

// TestSplitOfficeHolders: after "Speaker of the", a chamber's name run
// into the speaker's name is the body and the person
// (splitOfficeHolders, nkinds45); a body's name that ends in its head
// stays whole.
func TestSplitOfficeHolders(t *testing.T) {
	O, P := newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the speaker after the chamber",
		text:  "Speaker of the House of Representatives Quelbono has called on those serving in the army to vote.",
		spans: []span{{O, "House of Representatives Quelbono"}},
		want:  []want{{O, "House of Representatives", 1}, {P, "Quelbono", 1}},
	}, {
		name:  "the chairman after a committee",
		text:  "Chairman of the Zorbian Budget Committee Marzo Quelbin said the plan would pass.",
		spans: []span{{O, "Zorbian Budget Committee Marzo Quelbin"}},
		want:  []want{{O, "Zorbian Budget Committee", 1}, {P, "Marzo Quelbin", 1}},
	}, {
		name:  "the body alone",
		text:  "Chairman of the Zorbian Quelb Authority said the plan would pass.",
		spans: []span{{O, "Zorbian Quelb Authority"}},
		want:  []want{{O, "Zorbian Quelb Authority", 1}},
	}})
}

// TestSplitPlaceTitleNames: a place, a capitalized title and a person's
// name the tagger read as one name are the place and the person; a body's
// name after the title keeps the span whole.
func TestSplitPlaceTitleNames(t *testing.T) {
	L, P, O := newsner.Location, newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a cardinal's country in a headline",
		text:  "U.S. Cardinal Quelbardin says he has cancer.\nThe cardinal spoke on Friday.",
		spans: []span{{O, "U.S. Cardinal Quelbardin"}},
		want:  []want{{L, "U.S.", 1}, {P, "Quelbardin", 1}},
	}, {
		name:  "a mayor's town the gazetteer lacks",
		text:  "Zorbinja Mayor Darko Quelbovic said the town was destroyed.",
		spans: []span{{P, "Zorbinja Mayor Darko Quelbovic"}},
		want:  []want{{L, "Zorbinja", 1}, {P, "Darko Quelbovic", 1}},
	}, {
		name:  "a body after the title stays",
		text:  "The Zorbinja Mayor Quelb Office said the roads were closed.",
		spans: []span{{O, "Zorbinja Mayor Quelb Office"}},
		want:  []want{{O, "Zorbinja Mayor Quelb Office", 1}},
	}})
}

// TestSplitUnitAtSchool: a unit's or a facility's name run over "at" into
// a university's is the two, the university an organization
// (splitUnitAtSchool, nkinds47); a university's campus after "at", or a
// unit at a place that is no university, stays whole.
func TestSplitUnitAtSchool(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a museum at a university",
		text:  "The show moved to the Quelb Zorbin Museum of Art at Marzo University in Zorbville last year.",
		spans: []span{{L, "Quelb Zorbin Museum of Art at Marzo University"}, {L, "Zorbville"}},
		want:  []want{{L, "Quelb Zorbin Museum of Art", 1}, {O, "Marzo University", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a center at a university of a state",
		text:  "She heads the Quelb Center for Zorbic Studies at University of Marzonia, the school said.",
		spans: []span{{O, "Quelb Center for Zorbic Studies at University of Marzonia"}},
		want:  []want{{O, "Quelb Center for Zorbic Studies", 1}, {O, "University of Marzonia", 1}},
	}, {
		name:  "a campus after a university",
		text:  "She studied at the University of Marzonia at Quelbton before the war.",
		spans: []span{{O, "University of Marzonia at Quelbton"}},
		want:  []want{{O, "University of Marzonia at Quelbton", 1}},
	}, {
		name:  "a unit at a place",
		text:  "The Quelb Zorbin Museum of Art at Marzo Park opened on Monday.",
		spans: []span{{L, "Quelb Zorbin Museum of Art at Marzo Park"}},
		want:  []want{{L, "Quelb Zorbin Museum of Art at Marzo Park", 1}},
	}})
}

// TestUnopenedClosesSplit: a span the tagger ran over a closing bracket
// or quote it does not open is two names (splitUnopenedCloses), as
// CoNLL-2003 marks them; a nickname whose marks the span holds both of
// stays whole.
func TestUnopenedClosesSplit(t *testing.T) {
	P, M := newsner.Person, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an aside's closing bracket inside a person's span",
		text:  "Favourites are Quelba Marzo, (Olympic champion Zorba) Quonkel and Tova Brix.",
		spans: []span{{P, "Quelba Marzo"}, {M, "Olympic"}, {P, "Zorba) Quonkel"}, {P, "Tova Brix"}},
		want:  []want{{P, "Quelba Marzo", 1}, {P, "Zorba", 1}, {P, "Quonkel", 1}, {P, "Tova Brix", 1}},
	}, {
		name:  "a quote's closing mark inside a person's span",
		text:  "\"Where we are headed,\" says \u201cThe Zorba Quonkel\u201d Marzovic at one point.",
		spans: []span{{P, "Zorba Quonkel\u201d Marzovic"}},
		want:  []want{{P, "Zorba Quonkel", 1}, {P, "Marzovic", 1}},
	}, {
		name:  "a nickname in quotes the span holds whole",
		text:  "He faces Hector \"Zorbo\" Quelbez in a rematch on Saturday.",
		spans: []span{{P, "Hector \"Zorbo\" Quelbez"}},
		want:  []want{{P, "Hector \"Zorbo\" Quelbez", 1}},
	}})
}
