package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// Tests of joins_people.go's rules.

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

// TestArabicArticleTails: a name cut before an untagged word that is an
// Arabic article in lower case glued to a capital takes the word in
// ("Nur" + "el-Din"); a word whose article is in capitals ("Al-Quelb",
// a name of its own) stays apart, and so does a word on the next line.
func TestArabicArticleTails(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a surname's article word taken in",
			text:  "Fighting went on, activist Zorbed al-Quelb told Reuters from Zorbville. \"It is bad,\" said Mr. Halim el-Zorb.",
			spans: []span{{P, "Zorbed"}, {misc, "al-Quelb"}, {L, "Zorbville"}, {P, "Halim"}},
			want:  []want{{P, "Zorbed al-Quelb", 1}, {newsner.Organization, "Reuters", 1}, {L, "Zorbville", 1}, {P, "Halim el-Zorb", 1}},
		},
		{
			name:  "no article word, or one on the next line, stays out",
			text:  "He met Zorbed Quelb in Zorbville\nal-Marz is far. Al-Zorba said so.",
			spans: []span{{P, "Zorbed Quelb"}, {L, "Zorbville"}},
			want:  []want{{P, "Zorbed Quelb", 1}, {L, "Zorbville", 1}},
		},
		{
			name:  "an article in capitals: a name of its own",
			text:  "He met Zorbed Al-Quelb in Zorbville. Halim, al-Zorb said.",
			spans: []span{{P, "Zorbed"}, {L, "Zorbville"}, {P, "Halim"}},
			want:  []want{{P, "Zorbed", 1}, {L, "Zorbville", 1}, {P, "Halim", 1}},
		},
	})
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

// TestFamilyPairApart: a bare surname after "President" is not joined to
// the full name of the second of two given names that share it ("Malia
// and Sasha Obama", spouseApart's pairedGivenNameBefore), and keys as the
// listed president; a pair's full name that is the listed president
// ("Michelle and Barack Obama") joins; with no title the surname joins.
func TestFamilyPairApart(t *testing.T) {
	P := newsner.Person
	text := "Cheers rang in the ears of young Malia and Sasha Obama on stage. President Obama thanked voters. Obama will sign the bill."
	es := caseEntities(t, text, []textSpan{{P, "Sasha Obama"}, {P, "Obama"}, {P, "Obama"}})
	want := []string{"PERSON:Sasha Obama", "PERSON:Obama"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if es[1].Key != "wikidata:Q76" {
		t.Errorf("President Obama keyed %q, want wikidata:Q76", es[1].Key)
	}
	text = "Mary and Delia Varrow visited a school. President Varrow spoke at noon."
	es = caseEntities(t, text, []textSpan{{P, "Delia Varrow"}, {P, "Varrow"}})
	if got, want := names(es), []string{"PERSON:Delia Varrow", "PERSON:Varrow"}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	text = "Mary and Quelb Varrow raised three children. Mr. Varrow spoke at noon."
	es = caseEntities(t, text, []textSpan{{P, "Quelb Varrow"}, {P, "Varrow"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one person (Mr. may be the pair's husband)", got)
	}
	text = "Professors Quelb Asher and Paul Varrow wrote the study. President Varrow spoke at noon."
	es = caseEntities(t, text, []textSpan{{P, "Quelb Asher"}, {P, "Paul Varrow"}, {P, "Varrow"}})
	if got := names(es); len(got) != 2 {
		t.Fatalf("got %v, want two people (two names, no family pair)", got)
	}
	text = "Michelle and Barack Obama waved to the crowd. President Obama thanked voters."
	es = caseEntities(t, text, []textSpan{{P, "Barack Obama"}, {P, "Obama"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one person", got)
	}
	text = "Mary and Delia Varrow visited a school. Varrow left at noon."
	es = caseEntities(t, text, []textSpan{{P, "Delia Varrow"}, {P, "Varrow"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one person", got)
	}
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

// TestNamesakeAirport: an airport named after a person, whose name the
// tagger read as the person's and stopped before "International", is one
// place with its airport words: before "Airport", and alone in a list of
// airports; "International" after a person where no airport is named
// stays out of the name.
func TestNamesakeAirport(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "before Airport",
		text:  "Flights from Zorb Q. Quelby International Airport were cancelled.",
		spans: []span{{P, "Zorb Q. Quelby"}},
		want:  []want{{L, "Zorb Q. Quelby International Airport", 1}},
	}, {
		name:  "in a list of airports",
		text:  "The city's major airports -- Zorbton Quelb International, Zorb Q. Quelby International and Marzo -- shut down.",
		spans: []span{{L, "Zorbton Quelb International"}, {P, "Zorb Q. Quelby"}, {O, "Marzo"}},
		want:  []want{{L, "Zorbton Quelb International", 1}, {L, "Zorb Q. Quelby International", 1}, {L, "Marzo", 1}},
	}, {
		name:  "no airport named",
		text:  "Zorb Quelby International said sales rose, and Marzo Quimby International agreed.",
		spans: []span{{P, "Zorb Quelby"}, {P, "Marzo Quimby"}},
		want:  []want{{P, "Zorb Quelby", 1}, {P, "Marzo Quimby", 1}},
	}})
}

// TestSurnameTypedAPlaceByItsLook: a person's surname the tagger typed a
// place joins the person's full name where only its look is a place's
// (markPlaceContext, locativePossessive): after "in" and before a
// possessive ("in Zorbek's favor"), after a town's comma before a clause
// ("from London, Zorbek remembered"); a country's or a state's name
// before a possessive ("in Washington's suburbs") and a town before its
// state's abbreviation ("in Jackson, Miss.") stay places.
func TestSurnameTypedAPlaceByItsLook(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a locative's possessive",
		text:  "Voters backed Thomas Zorbek on Tuesday. A poll showed a close race, 51 percent to 47 percent in Zorbek's favor.",
		spans: []span{{P, "Thomas Zorbek"}, {L, "Zorbek"}},
		want:  []want{{P, "Thomas Zorbek", 2}},
	}, {
		name:  "a town's comma before a clause",
		text:  "Singer Anna Quelby moved home. Phoning in from London, Quelby remembered the anxiety of it.",
		spans: []span{{P, "Anna Quelby"}, {L, "London"}, {L, "Quelby"}},
		want:  []want{{P, "Anna Quelby", 2}, {L, "London", 1}},
	}, {
		name:  "a state's possessive",
		text:  "Historians praised George Washington on Monday. Traffic in Washington's suburbs was heavy.",
		spans: []span{{P, "George Washington"}, {L, "Washington"}},
		want:  []want{{P, "George Washington", 1}, {L, "Washington", 1}},
	}, {
		name:  "a town before its state",
		text:  "Historians praised Andrew Jackson on Monday. The rally in Jackson, Miss. drew crowds.",
		spans: []span{{P, "Andrew Jackson"}, {L, "Jackson"}},
		want:  []want{{P, "Andrew Jackson", 1}, {L, "Jackson", 1}},
	}})
}

// TestInitialledNameJoinsTheFullName: a made-up article that names a
// person in full and then by initials and the surname ("B. U. Quelribe")
// has one person (joinInitialledNames); two people of the surname whose
// given names start with the initial, or one whose given name starts with
// another letter, leave the initials apart.
func TestInitialledNameJoinsTheFullName(t *testing.T) {
	P := newsner.Person
	runDocCases(t, []docCase{
		{
			name:  "initials and the full name",
			text:  "The Senate mourned the former Speaker, Benjamin Quelribe, on Tuesday. The motion honoured Rt. Hon. B. U. Quelribe and his work.",
			spans: []textSpan{{P, "Benjamin Quelribe"}, {P, "B. U. Quelribe"}},
			want:  []entityWant{{P, "Benjamin Quelribe", 2}},
		},
		{
			name:  "one initial",
			text:  "Benjamin Quelribe spoke on Tuesday. The paper was signed by B. Quelribe and two others.",
			spans: []textSpan{{P, "Benjamin Quelribe"}, {P, "B. Quelribe"}},
			want:  []entityWant{{P, "Benjamin Quelribe", 2}},
		},
		{
			name:  "two people fit",
			text:  "Benjamin Quelribe and Bola Quelribe spoke on Tuesday. The paper was signed by B. Quelribe alone.",
			spans: []textSpan{{P, "Benjamin Quelribe"}, {P, "Bola Quelribe"}, {P, "B. Quelribe"}},
			want:  []entityWant{{P, "Benjamin Quelribe", 1}, {P, "Bola Quelribe", 1}, {P, "B. Quelribe", 1}},
		},
		{
			name:  "another letter",
			text:  "Ada Quelribe spoke on Tuesday. The paper was signed by B. Quelribe alone.",
			spans: []textSpan{{P, "Ada Quelribe"}, {P, "B. Quelribe"}},
			want:  []entityWant{{P, "Ada Quelribe", 1}, {P, "B. Quelribe", 1}},
		},
	})
}
