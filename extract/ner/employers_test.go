package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddEmployerSpans: a name right before a person's job and the
// person's name is the person's employer (addEmployerSpans), untagged or
// tagged MISC, at a sentence's start too; a sentence's common word, a
// place, a party's adjective, an event and a compound in lower case are
// not.
func TestAddEmployerSpans(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	M := newsner.EntityType("MISC")
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an analyst's firm at a sentence's start",
		text:  "Shares rose 3% on Monday. Zorbush analyst Jane Quelb said the rally would last.",
		spans: []span{{P, "Jane Quelb"}},
		want:  []want{{O, "Zorbush", 1}, {P, "Jane Quelb", 1}},
	}, {
		name:  "a firm of two words before its chief executive",
		text:  "Drilling began, and Quelb Search chief executive Tom Marzo said the company would cut jobs.",
		spans: []span{{P, "Tom Marzo"}},
		want:  []want{{O, "Quelb Search", 1}, {P, "Tom Marzo", 1}},
	}, {
		name:  "a body tagged MISC before its chairman",
		text:  "The final was played without fans. Zorb Snooker Tour chairman Steve Quell said the bubble would stay.",
		spans: []span{{M, "Zorb Snooker Tour"}, {P, "Steve Quell"}},
		want:  []want{{O, "Zorb Snooker Tour", 1}, {P, "Steve Quell", 1}},
	}, {
		name:  "a team's name joined by a hyphen",
		text:  `"We learned a lot," said Zorbinck-QuickStep manager Pat Lefquelb.`,
		spans: []span{{P, "Pat Lefquelb"}},
		want:  []want{{O, "Zorbinck-QuickStep", 1}, {P, "Pat Lefquelb", 1}},
	}, {
		name:  "a sentence's former and the firm after it",
		text:  "The shares fell. Former Zorbush analyst Jane Quelb said so.",
		spans: []span{{P, "Jane Quelb"}},
		want:  []want{{O, "Zorbush", 1}, {P, "Jane Quelb", 1}},
	}, {
		name:  "a sentence's common word alone",
		text:  "The shares fell. Senior analyst Jane Quelb said so. Ministry spokesman Jon Marzo agreed.",
		spans: []span{{P, "Jane Quelb"}, {P, "Jon Marzo"}},
		want:  []want{{P, "Jane Quelb", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "a party's adjective and an event stay MISC",
		text:  "Republican strategist Karl Zorb said so, and Zorb Open director Richard Quell agreed.",
		spans: []span{{M, "Republican"}, {P, "Karl Zorb"}, {M, "Zorb Open"}, {P, "Richard Quell"}},
		want:  []want{{P, "Karl Zorb", 1}, {P, "Richard Quell", 1}},
	}, {
		name:  "a compound in lower case",
		text:  "The film opens on Friday, and Dublin-born director Neil Quelb said so.",
		spans: []span{{M, "Dublin-born"}, {P, "Neil Quelb"}},
		want:  []want{{P, "Neil Quelb", 1}},
	}, {
		name:  "a place's head",
		text:  "Talks began, and Ukraine president Jon Marzo said they would go on.",
		spans: []span{{L, "Ukraine"}, {P, "Jon Marzo"}},
		want:  []want{{L, "Ukraine", 1}, {P, "Jon Marzo", 1}},
	}})
}

// TestEmployerWordBeforeRole: an untagged word right before a company's
// role and a person's name is the company (companyWordCue's
// employerBeforeRole).
func TestEmployerWordBeforeRole(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "co-founder",
		text:  "Quiver co-founder Quelb Marzo said on Thursday the firm would raise money.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{O, "Quiver", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "no role, no company",
		text:  "Quiver and Quelb Marzo said on Thursday they would raise money.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestCutDeskTitles: a newsroom's job in title case is no part of the
// outlet's or the town's name the tagger ran it into (cutDeskTitles): a
// desk's word comes off the name, a league's acronym is a name of its
// own, a job tagged alone is dropped; a listed outlet whose name ends in
// a desk's word keeps it.
func TestCutDeskTitles(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a town's city desk",
		text:  "Before the vote, Tampa City Editor Jane Dorn met the reporters.",
		spans: []span{{L, "Tampa City"}, {P, "Editor Jane Dorn"}},
		want:  []want{{L, "Tampa", 1}, {P, "Jane Dorn", 1}},
	}, {
		name:  "an outlet and a league's insider",
		text:  "Zorbcast Sports NFL Insider Jo Quell has reported that the game will move.",
		spans: []span{{O, "Zorbcast Sports NFL"}, {P, "Jo Quell"}},
		want:  []want{{O, "Zorbcast Sports", 1}, {O, "NFL", 1}, {P, "Jo Quell", 1}},
	}, {
		name:  "a job tagged alone",
		text:  "The Quelbton Herald Metro Editor Jane Dorn said the story was checked.",
		spans: []span{{O, "Quelbton Herald Metro"}, {P, "Editor"}, {P, "Jane Dorn"}},
		want:  []want{{O, "The Quelbton Herald", 1}, {P, "Jane Dorn", 1}},
	}, {
		name:  "a listed outlet",
		text:  "Fox Business Editor Jane Dorn said the story was checked.",
		spans: []span{{O, "Fox Business"}, {P, "Jane Dorn"}},
		want:  []want{{O, "Fox Business", 1}, {P, "Jane Dorn", 1}},
	}})
}
