package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCuedCompanyWords: a company named by a common word that the tagger
// left untagged is an organization where only a company stands ("Shares
// of Quiver", "Quiver's chief executive", "Quiver shares rose") and at
// its other lone mentions; the word at a sentence's start before no verb
// stays a word.
func TestCuedCompanyWords(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after shares of, and its other mentions",
		text:  "Quiver reported record sales on Monday. Shares of Quiver rose 3% while rival Zorbco gained 1%.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "Quiver", 2}, {O, "Zorbco", 1}},
	}, {
		name:  "its chief executive and its shares",
		text:  "Quiver's chief executive Quelb Marzo said the firm hired workers in Zorbville, and Quiver shares fell.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{O, "Quiver", 2}, {P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "the word at a sentence's start before a noun",
		text:  "Shares of Quiver rose in Zorbville. Quiver output was flat.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{O, "Quiver", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "no cue, no organization",
		text:  "Quiver said in Zorbville that sales rose.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestSuffixHeadWords: the one word an organization the tagger found names
// before legal suffixes only ("Quiver Group") is the company's short name
// at its untagged lone mentions; a span that is a longer name's tail
// ("Marzo in the Making Inc") gives no short name.
func TestSuffixHeadWords(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a group's short name",
		text:  "Regulators in Zorbville summoned Quiver Group executives. Quelb Marzo said Quiver must return to payments.",
		spans: []span{{L, "Zorbville"}, {O, "Quiver Group"}, {P, "Quelb Marzo"}},
		want:  []want{{L, "Zorbville", 1}, {O, "Quiver Group", 2}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "a longer name's tail",
		text:  "Lawyers for Quelb in the Making Inc said Making was no part of it in Zorbville.",
		spans: []span{{O, "Making Inc"}, {L, "Zorbville"}},
		want:  []want{{O, "Making Inc", 1}, {L, "Zorbville", 1}},
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

// TestOrAcronyms: an untagged word after an organization's name, a comma
// and "or" whose capitals are the name's acronym is the organization, at
// its other lone mentions too (a sentence's first before ", which
// manages"); a word after ", or" that is no acronym of the name stays out.
func TestOrAcronyms(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a pension fund's acronym",
		text:  "Quelb Marzo is backed by the Zorbia State Quelbers' Retirement System, or ZorSQRS. ZorSQRS, which manages $9 billion, said so in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Zorbia State Quelbers' Retirement System"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbia State Quelbers' Retirement System", 1}, {O, "ZorSQRS", 2}, {L, "Zorbville", 1}},
	}, {
		name:  "no acronym of the name",
		text:  "Ask the Zorbia Quelb Board, or QuiverX, in Zorbville.",
		spans: []span{{O, "Zorbia Quelb Board"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbia Quelb Board", 1}, {L, "Zorbville", 1}},
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

// TestSaidInStatement: an untagged proper noun before "said in a
// statement" is a company, at its other lone mentions too; "It said in a
// statement" names nothing.
func TestSaidInStatement(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a company's statement",
		text:  "Rival Zorbco and Quiver cut output. Quiver said in a statement it would invest in Zorbia.",
		spans: []span{{O, "Zorbco"}, {L, "Zorbia"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quiver", 2}, {L, "Zorbia", 1}},
	}, {
		name:  "a pronoun's statement",
		text:  "Zorbco cut output. It said in a statement it would invest in Zorbia.",
		spans: []span{{O, "Zorbco"}, {L, "Zorbia"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Zorbia", 1}},
	}})
}
