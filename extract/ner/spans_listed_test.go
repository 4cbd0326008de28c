package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of spans_listed.go's rules.

// TestListedOrgBeforeTitle: a listed organization's short name left
// untagged before a title and a person's name is the organization; a
// name no list knows stays untagged.
func TestListedOrgBeforeTitle(t *testing.T) {
	P := newsner.Person
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the central bank's short name",
		text:  "Bonds rallied. Fed Chair Quelb Marzo said rates would stay low.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{O, "Fed", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "an unknown name",
		text:  "Bonds rallied. Zorbqua Chair Quelb Marzo said rates would stay low.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestListedNewsmakers: a person of names/newsmakers.tsv is a person
// wherever named, the tagger's miss ("Xi Jinping" untagged), its type
// ("Tedros" an organization) and its piece ("Liu" of "Liu He") mended; not
// before a capitalized word that makes another name ("Xi Jinping
// Thought").
func TestListedNewsmakers(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged, mistyped, cut",
		text:  "Xi Jinping met Quelb Marzo in Zorbville. Tedros said Liu He would come. Xi said so too.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbville"}, {O, "Tedros"}, {P, "Liu"}},
		want:  []want{{P, "Xi Jinping", 2}, {P, "Quelb Marzo", 1}, {L, "Zorbville", 1}, {P, "Tedros", 1}, {P, "Liu He", 1}},
	}, {
		name:  "the start of another name",
		text:  "Xi Jinping Thought is taught in Zorbville.",
		spans: []span{{misc, "Xi Jinping Thought"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestListedNewsmakersB: a Korean footballer's name at a sentence's
// start, which the tagger leaves untagged ("Son" read as the word), and
// Brexit's negotiators by their surnames (one untagged at a sentence's
// start, one typed an organization).
func TestListedNewsmakersB(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged at a sentence's start",
		text:  "Quelbco won. Son Heung-min scored twice.",
		spans: []span{{O, "Quelbco"}},
		want:  []want{{O, "Quelbco", 1}, {newsner.Person, "Son Heung-min", 1}},
	}, {
		name:  "Brexit's negotiators by their surnames",
		text:  "Gove and Sefcovic met in Zorbia.",
		spans: []span{{O, "Sefcovic"}, {newsner.Location, "Zorbia"}},
		want:  []want{{newsner.Person, "Gove", 1}, {newsner.Person, "Sefcovic", 1}, {newsner.Location, "Zorbia", 1}},
	}})
}

// TestNewsmakersByNickname: a nickname newsmakers.tsv gives as a form of
// a person ("Madiba", "Megatron") is that person, joined to the full name,
// where the tagger typed it an organization or left it untagged.
func TestNewsmakersByNickname(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a nickname typed an organization, one untagged",
		text:  "Nelson Mandela turned 94, Quelbco said. Madiba spent 27 years in prison. Calvin Johnson ran, and Megatron scored.",
		spans: []span{{P, "Nelson Mandela"}, {O, "Quelbco"}, {O, "Madiba"}, {P, "Calvin Johnson"}},
		want:  []want{{P, "Nelson Mandela", 2}, {O, "Quelbco", 1}, {P, "Calvin Johnson", 2}},
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

// TestListedNameWithMidSentenceThe: a listed organization's form with its
// "The" ("The Body Shop", orgs.tsv) takes a capitalized "The" inside a
// sentence where the tagger typed the rest MISC (nlists8's probe); a
// sentence's "The" stays out, as CoNLL-2003 leaves it out.
func TestListedNameWithMidSentenceThe(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	runDocCases(t, []docCase{{
		name:  "inside a sentence",
		text:  "Officials said that The Body Shop would appeal the ruling, Jane Quimble said.",
		spans: []textSpan{{misc, "Body Shop"}, {P, "Jane Quimble"}},
		want:  []entityWant{{O, "The Body Shop", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "a sentence's start",
		text:  "The Body Shop said on Tuesday it had hired 200 people.",
		spans: []textSpan{{O, "Body Shop"}},
		want:  []entityWant{{O, "Body Shop", 1}},
	}})
}
