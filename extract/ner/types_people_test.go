package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSurnameListsAsPeople: in a line-up of one-word names most of which
// the tagger typed people, the ones it typed a place or an organization
// are players too (surnameListsAsPeople); a list of towns, and a country
// in a list of people, stay places.
func TestSurnameListsAsPeople(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a side's line-up",
		text:  "The team is as follows:\nQuelby, Marzon, Zorbett, Quimby, Ollerton, Pranke, Dufton.",
		spans: []span{{P, "Quelby"}, {P, "Marzon"}, {L, "Zorbett"}, {P, "Quimby"}, {O, "Ollerton"}, {P, "Pranke"}, {P, "Dufton"}},
		want:  []want{{P, "Quelby", 1}, {P, "Marzon", 1}, {P, "Zorbett", 1}, {P, "Quimby", 1}, {P, "Ollerton", 1}, {P, "Pranke", 1}, {P, "Dufton", 1}},
	}, {
		name:  "towns, and a country among people",
		text:  "Floods hit Quelbury, Marzton, Zorbford, Quimbley and Ollerby. Quelby, Marzon, Zorbett, Quimby and France voted.",
		spans: []span{{L, "Quelbury"}, {L, "Marzton"}, {P, "Zorbford"}, {L, "Quimbley"}, {L, "Ollerby"}, {P, "Quelby"}, {P, "Marzon"}, {P, "Zorbett"}, {P, "Quimby"}, {L, "France"}},
		want: []want{{L, "Quelbury", 1}, {L, "Marzton", 1}, {P, "Zorbford", 1}, {L, "Quimbley", 1}, {L, "Ollerby", 1}, {P, "Quelby", 1}, {P, "Marzon", 1}, {P, "Zorbett", 1},
			{P, "Quimby", 1}, {L, "France", 1}},
	}})
}

// TestFamilyNamesAsPeople: an unknown one-word name tagged a place before
// "family" is the family's surname (familyNamesAsPeople); a known place
// stays.
func TestFamilyNamesAsPeople(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a surname",
		text:  "Creditors said members of the Quelbster family should pay more.",
		spans: []span{{L, "Quelbster"}},
		want:  []want{{P, "Quelbster", 1}},
	}, {
		name:  "a known place",
		text:  "A London family was evicted on Monday.",
		spans: []span{{L, "London"}},
		want:  []want{{L, "London", 1}},
	}})
}

// TestFamilyPluralsAsPeople: "the Zorbeks" after "Thomas Zorbek" is the
// family, a person, where the tagger typed it an organization or a place
// (familyPluralsAsPeople); a plural no person's surname is left alone.
func TestFamilyPluralsAsPeople(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a family's plural",
		text:  "Thomas Zorbek, 42, and his wife Manju Zorbek are on trial. However, the Zorbeks continued to shun treatment.",
		spans: []span{{P, "Thomas Zorbek"}, {P, "Manju Zorbek"}, {O, "Zorbeks"}},
		want:  []want{{P, "Thomas Zorbek", 1}, {P, "Manju Zorbek", 1}, {P, "Zorbeks", 1}},
	}, {
		name:  "an -es plural",
		text:  "Ann Quelbass sued the firm. The Quelbasses said they would appeal.",
		spans: []span{{P, "Ann Quelbass"}, {L, "Quelbasses"}},
		want:  []want{{P, "Ann Quelbass", 1}, {P, "Quelbasses", 1}},
	}, {
		name:  "no person's surname",
		text:  "Thomas Zorbek said the Quelbers would sign the deal.",
		spans: []span{{P, "Thomas Zorbek"}, {O, "Quelbers"}},
		want:  []want{{P, "Thomas Zorbek", 1}, {O, "Quelbers", 1}},
	}})
}

// TestCitationAuthorsAsPeople: one-word names in a bracketed author-year
// citation, two or more or one and "et al.", are people at every mention
// (citationAuthorsAsPeople); a company cited alone with its year stays.
func TestCitationAuthorsAsPeople(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "authors",
		text:  "Tutoring helps most (Zorbell, Quelban and Quimm, 2020). Quelban found larger effects in maths (Varnek et al., 2019).",
		spans: []span{{O, "Zorbell"}, {O, "Quelban"}, {L, "Quimm"}, {O, "Quelban"}, {O, "Varnek"}},
		want:  []want{{P, "Zorbell", 1}, {P, "Quelban", 2}, {P, "Quimm", 1}, {P, "Varnek", 1}},
	}, {
		name:  "a company's report",
		text:  "Spending reached $47 billion (Quelbco, 2020), and Zorbia led it.",
		spans: []span{{O, "Quelbco"}, {L, "Zorbia"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbia", 1}},
	}})
}

// TestCitationAuthorSpans: the authors of a bracketed author-year
// citation left untagged or tagged MISC are people
// (addCitationAuthorSpans), the first after the bracket too; an acronym's and a lone company's citations get no span.
func TestCitationAuthorSpans(t *testing.T) {
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged authors",
		text:  "Tutoring helps most (Zorbell, Quelban and Quimm, 2020). It was the most effective (Varnekson, Bøq, Filgo, Klint Jørnsen, 2017).",
		spans: []span{{misc, "Zorbell"}, {P, "Quelban"}, {P, "Quimm"}, {misc, "Varnekson"}, {misc, "Bøq"}, {P, "Filgo"}},
		want:  []want{{P, "Zorbell", 1}, {P, "Quelban", 1}, {P, "Quimm", 1}, {P, "Varnekson", 1}, {P, "Bøq", 1}, {P, "Filgo", 1}, {P, "Klint Jørnsen", 1}},
	}, {
		name:  "bodies and a company's report",
		text:  "Cases rose (ZWHO and QNICEF, 2021). Spending reached $47 billion (Quelbco Analysts, 2020).",
		spans: nil,
		want:  nil,
	}})
}

// TestEponymsAsPeople: a one-word name before "'s" and an eponym's noun
// ("Zorblow's hierarchy of needs") is a person at every mention
// (eponymsAsPeople); a company's "law firm" and a country's law stay.
func TestEponymsAsPeople(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an idea's finder",
		text:  "Ever heard of Zorblow's hierarchy of needs? Zorblow put food first.",
		spans: []span{{L, "Zorblow"}, {L, "Zorblow"}},
		want:  []want{{P, "Zorblow", 2}},
	}, {
		name:  "a firm, a country",
		text:  "Quelbco's law firm studied France's law and Zorbco's principle stores.",
		spans: []span{{O, "Quelbco"}, {L, "France"}, {O, "Zorbco"}},
		want:  []want{{O, "Quelbco", 1}, {L, "France", 1}, {O, "Zorbco", 1}},
	}})
}

// TestCompanyAfterOwner: a first name's name tagged an organization
// before "'s" and a tagged company, one adjective between, is the owner,
// a person (ownersAsPeople's companyAfterOwner); with no company after it
// it stays.
func TestCompanyAfterOwner(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an owner",
		text:  "Zorbco bid for brands from Philip Quelbson's collapsed Marzell Group.",
		spans: []span{{O, "Zorbco"}, {O, "Philip Quelbson"}, {O, "Marzell Group"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Philip Quelbson", 1}, {O, "Marzell Group", 1}},
	}, {
		name:  "no company after it",
		text:  "Zorbco bid for Philip Quelbson's stores.",
		spans: []span{{O, "Zorbco"}, {O, "Philip Quelbson"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Philip Quelbson", 1}},
	}, {
		name:  "a plural's bare apostrophe",
		text:  "The prize went to the Philip Quelbers' Zorb Organisation on Monday.",
		spans: []span{{O, "Philip Quelbers"}, {O, "Zorb Organisation"}},
		want:  []want{{O, "Philip Quelbers", 1}, {O, "Zorb Organisation", 1}},
	}})
}

// TestCreditLinePeople: the staff named in a wire story's credit line are
// people whatever the tagger typed them; the place after "in" and a
// company's name after "compiled by" stay.
func TestCreditLinePeople(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a reporter read as an organization",
		text:  "Sales rose. Reporting by Ulla Quimby and Quelb Marzo in Zorbville; Editing by Zorba Quell",
		spans: []span{{P, "Ulla Quimby"}, {O, "Quelb Marzo"}, {L, "Zorbville"}, {L, "Zorba Quell"}},
		want:  []want{{P, "Ulla Quimby", 1}, {P, "Quelb Marzo", 1}, {L, "Zorbville", 1}, {P, "Zorba Quell", 1}},
	}, {
		name:  "a company that compiled a table",
		text:  "The figures were compiled by Zorbco Inc in Zorbville.",
		spans: []span{{O, "Zorbco Inc"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco Inc", 1}, {L, "Zorbville", 1}},
	}})
}

// TestOfficesBeforePeople: a name the tagger typed an organization right
// after an office of business or politics in lower case ("founder",
// "chief", "leader") is a person's, at its other mentions too.
func TestOfficesBeforePeople(t *testing.T) {
	L, O, P := newsner.Location, newsner.Organization, newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a founder named as a company",
		text:  "Zorbco founder Quelb Marzo said on Monday the firm would expand to Zorbville. Quelb Marzo said so again.",
		spans: []span{{O, "Zorbco"}, {O, "Quelb Marzo"}, {L, "Zorbville"}, {O, "Quelb Marzo"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Quelb Marzo", 2}, {L, "Zorbville", 1}},
	}, {
		name:  "an opposition leader named as a place",
		text:  "Police detained opposition leader Quelb Marzo in Zorbville.",
		spans: []span{{L, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}})
}

// TestPlayersBeforePeople: a name the tagger typed an organization right
// after "player" or "forward" is a sportsman's (personRoles), though a
// score after it reads as a team's win.
func TestPlayersBeforePeople(t *testing.T) {
	O, P, M := newsner.Organization, newsner.Person, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a player",
		text:  "Maltese player Quelb Marzo beat Zorb Quimby 5-3 in the final on Sunday.",
		spans: []span{{M, "Maltese"}, {O, "Quelb Marzo"}, {P, "Zorb Quimby"}},
		want:  []want{{P, "Quelb Marzo", 1}, {P, "Zorb Quimby", 1}},
	}, {
		name:  "a forward",
		text:  "Maltese forward Quelb Marzo was injured.",
		spans: []span{{M, "Maltese"}, {O, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestOccupationsBeforePeople: a name of two words the tagger typed an
// organization or a place right after a trade of the arts, letters or the
// press in lower case ("documentarian", "columnist") is a person's at
// every mention (occupationRoles); a one-word name after one is left to
// the tagger, and a firm after "founder of" or a word no trade stays.
func TestOccupationsBeforePeople(t *testing.T) {
	O, P, L := newsner.Organization, newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a documentarian",
		text:  "The film that most piqued my interest was documentarian Quelb Marzo's portrait of the town. Quelb Marzo shot it in 1978.",
		spans: []span{{O, "Quelb Marzo"}, {O, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 2}},
	}, {
		name:  "a columnist typed a place",
		text:  "As columnist Zorb Quimby wrote on Sunday, the plan failed.",
		spans: []span{{L, "Zorb Quimby"}},
		want:  []want{{P, "Zorb Quimby", 1}},
	}, {
		name:  "a one-word name",
		text:  "The exhibit features fashion designer and photographer Zorbco in full.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}},
	}, {
		name:  "a firm after founder of",
		text:  "She is the founder of Zorb Quimby Labs and lives in Zorbville.",
		spans: []span{{O, "Zorb Quimby Labs"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorb Quimby Labs", 1}, {L, "Zorbville", 1}},
	}})
}

// TestRoleAppositions: a name the tagger typed an organization that an
// apposition calls an executive or an adviser ("Quelb Marzo, the chief
// executive of Zorbco") is a person's; an organization's name after "the"
// with an apposition that is its person's stays.
func TestRoleAppositions(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a chief executive",
		text:  "Quelb Marzo, the chief executive of Zorbco, said demand was strong.",
		spans: []span{{O, "Quelb Marzo"}, {O, "Zorbco"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "the apposition of the person before the organization",
		text:  "Jane Doe of the Zorb Academy, a specialist adviser, spoke.",
		spans: []span{{P, "Jane Doe"}, {O, "Zorb Academy"}},
		want:  []want{{P, "Jane Doe", 1}, {O, "Zorb Academy", 1}},
	}})
}

// TestOwnersAsPeople: a name of two words the tagger typed an
// organization before "'s" and a listed company is its owner, a person, at
// its other mentions too; a company's name ending in a company's word
// stays.
func TestOwnersAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an owner before his rocket company",
		text:  "Quelb Marzo's SpaceX won the contract. Quelb Marzo was pleased.",
		spans: []span{{O, "Quelb Marzo"}, {O, "SpaceX"}, {O, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 2}, {O, "SpaceX", 1}},
	}, {
		name:  "a group before its unit",
		text:  "Zorbco Group's Google unit grew.",
		spans: []span{{O, "Zorbco Group"}, {O, "Google"}},
		want:  []want{{O, "Zorbco Group", 1}, {O, "Google", 1}},
	}})
}

// TestLeadersBeforeTheirNouns: a surname tagged an organization before
// "administration" or "campaign" is the person's, where the article or
// the people lists name him; a company's name there stays.
func TestLeadersBeforeTheirNouns(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a surname of the article's and a listed one",
		text:  "Quelb Marzo sued in Zorbia. The Marzo campaign lost, and the Trump administration appealed.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbia"}, {O, "Marzo"}, {O, "Trump"}},
		want:  []want{{P, "Quelb Marzo", 2}, {L, "Zorbia", 1}, {P, "Trump", 1}},
	}, {
		name:  "a company's campaign",
		text:  "The Quelbco campaign ran in Zorbia.",
		spans: []span{{O, "Quelbco"}, {L, "Zorbia"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbia", 1}},
	}})
}

// TestListedSurnameOrgsAsPeople: a listed person's surname typed an
// organization alone is the person (listedSurnameOrgsAsPeople); one that
// acts as a company or starts a longer name of the article stays.
func TestListedSurnameOrgsAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a president's surname",
		text:  "Can Quelb Marzo show his policy would differ from Bush's? Voters recall the Bush years.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Bush"}, {O, "Bush"}},
		want:  []want{{P, "Quelb Marzo", 1}, {P, "Bush", 2}},
	}, {
		name:  "a company acting",
		text:  "Bush said on Monday it would cut 300 jobs.",
		spans: []span{{O, "Bush"}},
		want:  []want{{O, "Bush", 1}},
	}, {
		name:  "a longer name",
		text:  "Zorbco bought Bush Quelbware, and Bush will keep its name.",
		spans: []span{{O, "Zorbco"}, {O, "Bush Quelbware"}, {O, "Bush"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Bush Quelbware", 2}},
	}})
}

// TestListedLeadersAsPeople: a name typed an organization after "leaders"
// and before "and" and a person is a person (listedLeadersAsPeople); a
// club before "and" and another club stays.
func TestListedLeadersAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "protest leaders",
		text:  "Protest leaders Quelb Zorbarak and Jon Marzo said they would march.",
		spans: []span{{O, "Quelb Zorbarak"}, {P, "Jon Marzo"}},
		want:  []want{{P, "Quelb Zorbarak", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "clubs",
		text:  "Unbeaten leaders Zorbton United and Quelb City both won.",
		spans: []span{{O, "Zorbton United"}, {O, "Quelb City"}},
		want:  []want{{O, "Zorbton United", 1}, {O, "Quelb City", 1}},
	}})
}

// TestKinNamesAsPeople: a name typed a place before "and his son" is a
// person (kinNamesAsPeople); a known place stays.
func TestKinNamesAsPeople(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "son",
		text:  "In Zorbville, Quelb Marzon and his 11-year-old son finished seventh.",
		spans: []span{{L, "Zorbville"}, {L, "Quelb Marzon"}},
		want:  []want{{L, "Zorbville", 1}, {P, "Quelb Marzon", 1}},
	}, {
		name:  "known place",
		text:  "He left New York and his wife stayed behind.",
		spans: []span{{L, "New York"}},
		want:  []want{{L, "New York", 1}},
	}})
}

// TestFirstNamesAsPeople: a lone first name typed an organization after the
// person is named in full is that person (firstNamesAsPeople); a first
// name before the full name, and a known place after "in", stay.
func TestFirstNamesAsPeople(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "first name after the full name",
		text:  "Michael Quelbar founded the firm in 1992. The name was inspired by a magazine Michael had read.",
		spans: []span{{P, "Michael Quelbar"}, {O, "Michael"}},
		want:  []want{{P, "Michael Quelbar", 2}},
	}, {
		name:  "before the full name",
		text:  "Michael said the deal was done. Michael Quelbar founded the firm in 1992.",
		spans: []span{{O, "Michael"}, {P, "Michael Quelbar"}},
		want:  []want{{O, "Michael", 1}, {P, "Michael Quelbar", 1}},
	}, {
		name:  "a known place after in",
		text:  "Paris Hilton spoke on Monday. She grew up in Paris and loves it.",
		spans: []span{{P, "Paris Hilton"}, {L, "Paris"}},
		want:  []want{{P, "Paris Hilton", 1}, {L, "Paris", 1}},
	}})
}

// TestPronounsAsPeople: a lone first name typed an organization that "she"
// or "he" follows is a person (pronounsAsPeople); a possessive before the
// pronoun, another name between, and a name tagged a place stay.
func TestPronounsAsPeople(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "she in the next sentence",
		text:  "Emilia took the lead this year, rolling out support. Emilia has been leveling up. Last year, she was the trainee.",
		spans: []span{{O, "Emilia"}, {O, "Emilia"}},
		want:  []want{{P, "Emilia", 2}},
	}, {
		name:  "a possessive",
		text:  "Emilia's chief executive said he was pleased.",
		spans: []span{{O, "Emilia"}},
		want:  []want{{O, "Emilia", 1}},
	}, {
		name:  "another name between",
		text:  "Emilia hired Quelb Marzo, and he started on Monday.",
		spans: []span{{O, "Emilia"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Emilia", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "a place",
		text:  "Emilia lies north of the river. He walked there.",
		spans: []span{{L, "Emilia"}},
		want:  []want{{L, "Emilia", 1}},
	}})
}
