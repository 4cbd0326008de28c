package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddPublicationSpans: a publication's name after a piece of writing
// "in" it, an issue "of" it or its kind is an organization
// (addPublicationSpans, publicationsAsOrganizations), untagged, tagged in
// part or tagged a place; a place, a person and a matter there are not.
func TestAddPublicationSpans(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged after a report in the",
		text:  "According to a report in the Quelb Leader of Zorbville, Gov. Jane Doe backed the plan.",
		spans: []span{{L, "Zorbville"}, {P, "Jane Doe"}},
		want:  []want{{O, "Quelb Leader", 1}, {L, "Zorbville", 1}, {P, "Jane Doe", 1}},
	}, {
		name:  "a common word after an article in the",
		text:  "He wrote an article in the Sun to please the owner.",
		spans: []span{},
		want:  []want{{O, "Sun", 1}},
	}, {
		name:  "a town's name that is a common word",
		text:  "The book drew an opinion column and a cover story in Time.",
		spans: []span{{L, "Time"}},
		want:  []want{{O, "Time", 1}},
	}, {
		name:  "an issue of a journal, tagged in part",
		text:  "The results appear in the December 2019 issue of the journal Zorbic Notices of the Royal Quelb Society.",
		spans: []span{{O, "Royal Quelb Society"}},
		want:  []want{{O, "Zorbic Notices of the Royal Quelb Society", 1}},
	}, {
		name:  "a place after a recent issue of",
		text:  "Two economists laid it out in a recent issue of The Quelbic.",
		spans: []span{{L, "Quelbic"}},
		want:  []want{{O, "The Quelbic", 1}},
	}, {
		name:  "a known place after a report in",
		text:  "A report in Britain found the plan too costly.",
		spans: []span{{L, "Britain"}},
		want:  []want{{L, "Britain", 1}},
	}, {
		name:  "a person's name after a story in",
		text:  "She read the story in Jane Doe's newsletter.",
		spans: []span{{P, "Jane Doe"}},
		want:  []want{{P, "Jane Doe", 1}},
	}, {
		name:  "published on a day",
		text:  "A paper on the findings was published Thursday on Zorb Express.",
		spans: []span{},
		want:  []want{{O, "Zorb Express", 1}},
	}, {
		name:  "published in a daily",
		text:  "The letter was published in daily Quelb Mundo on Sunday.",
		spans: []span{{P, "Quelb Mundo"}},
		want:  []want{{O, "Quelb Mundo", 1}},
	}, {
		name:  "published in a place",
		text:  "The book was published in London last year.",
		spans: []span{{L, "London"}},
		want:  []want{{L, "London", 1}},
	}, {
		name:  "the issue of a matter",
		text:  "They raised the issue of Zorbian independence again.",
		spans: []span{{newsner.EntityType("MISC"), "Zorbian"}},
		want:  nil,
	}})
}
