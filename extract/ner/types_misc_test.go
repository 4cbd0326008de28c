package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// TestHeroTitleIsAnHonour: "CNN Hero" and "CNN Heroes", an honour a listed
// organization gives that the tagger typed an organization, are MISC
// (heroTitlesAsMisc); the giver named alone stays, keyed as listed.
func TestHeroTitleIsAnHonour(t *testing.T) {
	O := newsner.Organization
	text := "Vela Marsh, named a CNN Hero in May, runs a kitchen in Tulsa. CNN said the CNN Heroes show airs in December."
	es := caseEntities(t, text, []textSpan{{newsner.Person, "Vela Marsh"}, {O, "CNN Hero"}, {newsner.Location, "Tulsa"}, {O, "CNN"}, {O, "CNN Heroes"}})
	want := []string{"PERSON:Vela Marsh", "LOCATION:Tulsa", "ORGANIZATION:CNN"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestHeroesCharityStays: a name ending in "Heroes" after words that name
// no listed organization ("Help for Heroes"-like) stays as tagged.
func TestHeroesCharityStays(t *testing.T) {
	O := newsner.Organization
	text := "The charity Aid for Quarry Heroes raised money in Leeds."
	es := caseEntities(t, text, []textSpan{{O, "Aid for Quarry Heroes"}, {newsner.Location, "Leeds"}})
	want := []string{"ORGANIZATION:Aid for Quarry Heroes", "LOCATION:Leeds"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestMVPIsAnAward: "NFL MVP", an award's title the tagger typed an
// organization, is MISC (awardHeads), so the league named alone elsewhere
// is not joined into it and keys as the listed league.
func TestMVPIsAnAward(t *testing.T) {
	O := newsner.Organization
	text := "Zed Quell, the NFL MVP last season, signed on Monday. The NFL fined his club."
	es := caseEntities(t, text, []textSpan{{newsner.Person, "Zed Quell"}, {O, "NFL MVP"}, {O, "NFL"}})
	want := []string{"PERSON:Zed Quell", "ORGANIZATION:NFL"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if es[1].Key != entityKey(O, "National Football League", []string{"National Football League"}) {
		t.Errorf("the NFL keyed %q", es[1].Key)
	}
}

// TestProgrammesAsMisc: a programme's name the tagger typed an
// organization is MISC; a United Nations agency named so, listed, stays an
// organization.
func TestProgrammesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a central bank's programme and a UN agency",
		text:  "The Zorbish Central Bank expanded its Zorbish Bond Purchase Programme, and the World Food Programme warned of hunger.",
		spans: []span{{O, "Zorbish Central Bank"}, {O, "Zorbish Bond Purchase Programme"}, {O, "World Food Programme"}},
		want:  []want{{O, "Zorbish Central Bank", 1}, {O, "World Food Programme", 1}},
	}})
}

// TestAwardsAsMisc: an entertainment award's name is MISC whatever the
// tagger typed it ("the Grammy nominations", "a Golden Globe"); a
// personal award's name ("Emmy") only after an article, a person
// otherwise.
func TestAwardsAsMisc(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "awards typed an organization and a person",
		text:  "Quelb Marzo led the Grammy nominations, won an Emmy and earned a Golden Globe in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Grammy"}, {P, "Emmy"}, {O, "Golden Globe"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a first name that is an award's, no article before it",
		text:  "Emmy Quonk sang in Zorbville.",
		spans: []span{{P, "Emmy Quonk"}, {L, "Zorbville"}},
		want:  []want{{P, "Emmy Quonk", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a festival's prize",
		text:  "Quelb Marzo won the Golden Lion in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Golden Lion"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "the plural",
		text:  "The Oscars moved to Zorbville.",
		spans: []span{{O, "Oscars"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}, {
		name:  "policy terms typed an organization and a place (policyTerms)",
		text:  "Zorbland resumed Brexit talks. After Brexit, Covid and Medicare cuts hit Zorbville.",
		spans: []span{{L, "Zorbland"}, {O, "Brexit"}, {L, "Brexit"}, {O, "Covid"}, {O, "Medicare"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbland", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "laws by their acronyms",
		text:  "Zorbco said the DMCA and GDPR apply, and HIPAA does not.",
		spans: []span{{O, "Zorbco"}, {O, "DMCA"}, {O, "GDPR"}, {O, "HIPAA"}},
		want:  []want{{O, "Zorbco", 1}},
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

// TestThingsAfterArticleAsMisc: a one-word name counted as a thing ("a
// Zorbgun, which") is a product, MISC at every mention; a maker's name
// that modifies a noun after "a", a listed organization, and a team the
// article writes beside a number stay.
func TestThingsAfterArticleAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a thing counted",
			text:  "Marla Quonk said that unlike a Zorbgun, which has a short range, the new Zorbgun reaches far. Buy a Quibbook after June.",
			spans: []span{{P, "Marla Quonk"}, {O, "Zorbgun"}, {O, "Zorbgun"}, {O, "Quibbook"}},
			want:  []want{{P, "Marla Quonk", 1}},
		},
		{
			name:  "a name before a noun, a listed organization",
			text:  "A Quelbix official said a Reuters report was wrong.",
			spans: []span{{O, "Quelbix"}, {O, "Reuters"}},
			want:  []want{{O, "Quelbix", 1}, {O, "Reuters", 1}},
		},
		{
			name:  "a team beside a number",
			text:  "Tomaz Quell, driving a Zorbari, won the race.\nStandings: 1. Zorbari 48 points.",
			spans: []span{{P, "Tomaz Quell"}, {O, "Zorbari"}, {O, "Zorbari"}},
			want:  []want{{P, "Tomaz Quell", 1}, {O, "Zorbari", 2}},
		},
	})
}

// TestPartyAdjectivesAsMisc: a party's adjective before "party" in lower
// case is an adjective, MISC; the party's name with "Party" stays.
func TestPartyAdjectivesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an adjective before party",
			text:  "Marla Quonk gave money to the Conservative party in 1990. The Zorbian Labour Party said nothing.",
			spans: []span{{P, "Marla Quonk"}, {O, "Conservative"}, {O, "Zorbian Labour Party"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbian Labour Party", 1}},
		},
	})
}

// TestHouthisAsMisc: the Houthi movement's followers, which the tagger
// typed an organization or a place, are MISC, as eng.train marks
// "Taleban"; the city they hold stays.
func TestHouthisAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the plural and the adjective",
		text:  "The Houthis hold Zorbville, and a Houthi camp was hit.",
		spans: []span{{O, "Houthis"}, {L, "Zorbville"}, {L, "Houthi"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestAwardHeadsAsMisc: a name of two words or more ending in "Prize",
// "Award", "Medal", "Trophy" or "Cup", whatever the tagger typed it, is
// MISC; the body that gives it stays.
func TestAwardHeadsAsMisc(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a prize typed a person, a cup an organization",
		text:  "Marla Quonk won the Zorbian Parliament's Quelbov Prize and the Zorbo Cup in Zorbville.",
		spans: []span{{P, "Marla Quonk"}, {O, "Zorbian Parliament"}, {P, "Quelbov Prize"}, {O, "Zorbo Cup"}, {L, "Zorbville"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbian Parliament", 1}, {L, "Zorbville", 1}},
	}})
}

// TestAcronymsOfTermsAsMisc: the acronym in brackets after the lower-case
// words it abbreviates is a term, MISC at every mention, a hyphened
// word's parts and a plural counted; an acronym after a body's name, or
// after lower-case words it does not spell, stays.
func TestAcronymsOfTermsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "terms",
			text:  "Zorbco measured the extragalactic background light (EBL). The EBL is faint. Soldiers with post-traumatic stress disorder (PTSD) flew unmanned aerial vehicles (UAVs).",
			spans: []span{{O, "Zorbco"}, {O, "EBL"}, {O, "EBL"}, {O, "PTSD"}, {O, "UAVs"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "a body's acronym, and one the words do not spell",
			text:  "The Zorbo Energy Agency (ZEA) and the state oil company (QNOC) met. ZEA said so.",
			spans: []span{{O, "Zorbo Energy Agency"}, {O, "ZEA"}, {O, "QNOC"}, {O, "ZEA"}},
			want:  []want{{O, "Zorbo Energy Agency", 3}, {O, "QNOC", 1}},
		},
	})
}

// TestAcronymsOfTermsWidened: a term's acronym whose words open their
// sentence ("Paid time off (PTO)"), hold an "and"
// the acronym writes "&" ("M&A") or an "ex" it writes "X" ("XDR") is
// MISC at every mention; a body's name in capitals at a sentence's start
// keeps its acronym.
func TestAcronymsOfTermsWidened(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "terms",
			text: "Paid time off (PTO) helps. Zorbco's PTO policy is new. Forty merger and acquisition (M&A) deals closed. " +
				"Zorbco bought an extended detection and response (XDR) maker.",
			spans: []span{{O, "PTO"}, {O, "Zorbco"}, {O, "PTO"}, {O, "M&A"}, {O, "Zorbco"}, {O, "XDR"}},
			want:  []want{{O, "Zorbco", 2}},
		},
		{
			name:  "a body at a sentence's start",
			text:  "Zorbo Energy Agency (ZEA) met. ZEA said so.",
			spans: []span{{O, "Zorbo Energy Agency"}, {O, "ZEA"}, {O, "ZEA"}},
			want:  []want{{O, "Zorbo Energy Agency", 3}},
		},
	})
}

// TestDefinedTermsAsMisc: a method's, a system's or a measure's name
// that the page defines by its acronym ("Rapid Batch Development (RBD)",
// "APIs (Application Programming Interfaces)"), which the tagger types
// an organization, is MISC with its acronym's every mention
// (definedTermsAsMisc); a body defined so ("Harlow Trading Council
// (HTC)") and a term named without its acronym stay as tagged.
func TestDefinedTermsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a method defined by its acronym, and a body",
		text:  "Teams that use Rapid Batch Development (RBD) ship weekly. RBD suits small teams, the Harlow Trading Council (HTC) said.",
		spans: []span{{O, "Rapid Batch Development"}, {O, "RBD"}, {O, "RBD"}, {O, "Harlow Trading Council"}, {O, "HTC"}},
		want:  []want{{O, "Harlow Trading Council", 2}},
	}, {
		name:  "an acronym defined after it",
		text:  "Apps reach the servers through APIs (Application Programming Interfaces) in real time.",
		spans: []span{{O, "Application Programming Interfaces"}},
		want:  nil,
	}, {
		name:  "a term without its acronym",
		text:  "Teams that use Rapid Batch Development ship weekly.",
		spans: []span{{O, "Rapid Batch Development"}},
		want:  []want{{O, "Rapid Batch Development", 1}},
	}})
}

// TestFormulaTermsAsMisc: a title-cased term of common words that the
// article writes as a formula's term ("Profit Margin = Net Profit / Total
// Revenue") is a measure's name, MISC at every mention ("the Total Revenue
// was"); a body named after "=" and before its bracketed name (a table's
// key, "Poll Res = Market Research Group (Quelbgruppe)") stays, and so
// does a name between a dash and a bracket.
func TestFormulaTermsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a formula's terms",
		text:  "Use this formula:\n\nProfit Margin = (Net Profit / Total Revenue) x 100\n\nSay the Total Revenue was $10,000.",
		spans: []span{{O, "Net Profit"}, {O, "Total Revenue"}, {O, "Total Revenue"}},
		want:  nil,
	}, {
		name:  "a table's key, a name between a dash and a bracket",
		text:  "NOTE: Poll Res = Market Research Group (Quelbgruppe)\n\nShares rose - Zorbco Holdings (ZH) said.",
		spans: []span{{O, "Market Research Group"}, {O, "Quelbgruppe"}, {O, "Zorbco Holdings"}, {O, "ZH"}},
		want:  []want{{O, "Market Research Group", 1}, {O, "Quelbgruppe", 1}, {O, "Zorbco Holdings", 2}},
	}})
}

// TestDollarPrefixesAsMisc: a dollar's country code written apart from
// the "$" and the amount is the currency's, MISC, not the country
// (dollarPrefixesAsMisc); after "the" it is the country.
func TestDollarPrefixesAsMisc(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a dollar's code",
		text:  "The flag vote will cost NZ $26 million, Zorb Marzo said.",
		spans: []span{{L, "NZ"}, {P, "Zorb Marzo"}},
		want:  []want{{P, "Zorb Marzo", 1}},
	}, {
		name:  "a dollar's code with a decimal",
		text:  "Zorbco spent US $1.2 billion on the plant, Zorb Marzo said.",
		spans: []span{{L, "US"}, {P, "Zorb Marzo"}},
		want:  []want{{P, "Zorb Marzo", 1}},
	}, {
		name:  "the country",
		text:  "Zorbia owes the US $5 billion, Zorb Marzo said.",
		spans: []span{{L, "Zorbia"}, {L, "US"}, {P, "Zorb Marzo"}},
		want:  []want{{L, "Zorbia", 1}, {L, "US", 1}, {P, "Zorb Marzo", 1}},
	}})
}

// TestStandardCodesAsMisc: a body's letters before a standard's number,
// and the standard's title after it, are the standard's, MISC
// (standardCodesAsMisc); the letters before a year, a score or a number
// on the next line, and a place's before a table's number, stay.
func TestStandardCodesAsMisc(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a standard's letters, number and title",
		text:  "Crews train under the ZFPA 70E Standard for Electrical Safety in the Workplace, Zorb Marzo said. Mail headers follow RFC 2822.",
		spans: []span{{O, "ZFPA"}, {O, "Standard for Electrical Safety"}, {P, "Zorb Marzo"}, {O, "RFC"}},
		want:  []want{{P, "Zorb Marzo", 1}},
	}, {
		name:  "a body's letters before a year or on a line before a number, a place's before a table's number",
		text:  "The ZFPA 2026 meeting opened in Quelbville.\n\nZFPA\n\n700 members came.\n\nZorbia 382 points.",
		spans: []span{{O, "ZFPA"}, {L, "Quelbville"}, {O, "ZFPA"}, {L, "Zorbia"}},
		want:  []want{{O, "ZFPA", 2}, {L, "Quelbville", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "a body's letters before a score",
		text:  "The final read ZQFC 21, Marzo Quelb's side 14, on a cold night.",
		spans: []span{{O, "ZQFC"}, {P, "Marzo Quelb"}},
		want:  []want{{O, "ZQFC", 1}, {P, "Marzo Quelb", 1}},
	}})
}

// TestWorkplaceLawAcronyms: a workplace law named by its acronym is MISC
// (policyTerms), as a law named in full is.
func TestWorkplaceLawAcronyms(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "leave under a law's acronym",
		text:  "Many employers keep paid sick leave, FMLA and other leave apart, Zorbco said.",
		spans: []span{{O, "FMLA"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}},
	}})
}

// TestAcronymsOfTitledTerms checks acronymsOfTitledTermsAsMisc: letters
// that spell a title-cased plural term the article writes out and leaves
// no name are no name either; letters of a run shaped as a body's name
// stay.
func TestAcronymsOfTitledTerms(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name: "letters of a term written out in title case",
		text: "Zorbco offers options like Income Share Agreements and installment plans. " +
			"Students at Zorbco may pay with an ISA, the school said.",
		spans: []span{{O, "Zorbco"}, {O, "Zorbco"}, {O, "ISA"}},
		want:  []want{{O, "Zorbco", 2}},
	}, {
		name: "letters of a body's name stay",
		text: "Zorbco runs its Quelb Alumni Services for graduates. " +
			"Graduates praise QAS, and QAS staff answer within a day, Zorbco said.",
		spans: []span{{O, "Zorbco"}, {O, "QAS"}, {O, "QAS"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 2}, {O, "QAS", 2}},
	}})
}
