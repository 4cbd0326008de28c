package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSurnameFirms: a one-word name the article calls a company
// ("cosmetics maker Quelbaro") is an organization at every mention and
// stays apart from the family member who bears it in full (surnameFirms);
// a surname with no company's word stays the person's.
func TestSurnameFirms(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a family's firm",
		text:  "Shares of perfume and cosmetics maker Quelbaro fell 9% on Thursday. Chief Executive Marta Quelbaro, whose family controls the company, said sales had slowed. Quelbaro has lost a third of its value since its listing.",
		spans: []span{{P, "Quelbaro"}, {P, "Marta Quelbaro"}, {P, "Quelbaro"}},
		want:  []want{{O, "Quelbaro", 2}, {P, "Marta Quelbaro", 1}},
	}, {
		name:  "a surname alone",
		text:  "Chief Executive Marta Quelbaro said sales had slowed. Quelbaro has led the firm since 2010.",
		spans: []span{{P, "Marta Quelbaro"}, {P, "Quelbaro"}},
		want:  []want{{P, "Marta Quelbaro", 2}},
	}})
}

// TestNamesakeFirmShortForms: a surname of a person the article names in
// full is the short form of a company the article names after it ("Zorvell
// Hotels") where a mention stands where only a thing does ("a Zorvell
// hotel", "the Zorvell chain", "Zorvell's plans"), and joins the company,
// not the person (namesakeFirmShortForms, namesakeFirmOf); with no such
// mention, and beside a body or a family's noun, the surname stays the
// person's.
func TestNamesakeFirmShortForms(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name: "a hotel chain beside its founder",
		text: "In 1958 Zorvell Hotels said it would open a hotel on the Moon. The idea of a Zorvell hotel there came from Arno Zorvell, the founder. " +
			"Reporters asked about Zorvell's plans, and the Zorvell chain said little. Zorvell Space Station was a film set.",
		spans: []span{{O, "Zorvell Hotels"}, {L, "Moon"}, {P, "Zorvell"}, {P, "Arno Zorvell"}, {P, "Zorvell"}, {P, "Zorvell"}, {O, "Zorvell Space Station"}},
		want:  []want{{O, "Zorvell Hotels", 4}, {L, "Moon", 1}, {P, "Arno Zorvell", 1}, {L, "Zorvell Space Station", 1}},
	}, {
		name:  "the surname said alone",
		text:  "Zorvell Hotels was founded by Arno Zorvell in 1919. Zorvell said he wanted a hotel in every city.",
		spans: []span{{O, "Zorvell Hotels"}, {P, "Arno Zorvell"}, {P, "Zorvell"}},
		want:  []want{{O, "Zorvell Hotels", 1}, {P, "Arno Zorvell", 2}},
	}, {
		name:  "an employer's and an issuer's name",
		text:  "Bill Quarnby, the chairman, spoke at Quarnby Motor Co's meeting. Quarnby's chief executive quit, said an engineer at Quarnby. Quarnby said it would cut jobs.",
		spans: []span{{P, "Bill Quarnby"}, {O, "Quarnby Motor Co"}, {P, "Quarnby"}, {P, "Quarnby"}, {P, "Quarnby"}},
		want:  []want{{P, "Bill Quarnby", 1}, {O, "Quarnby Motor Co", 4}},
	}, {
		name:  "a foundation and a family",
		text:  "The Zorvell Foundation gave $5 million. Arno Zorvell founded it, and the Zorvell family still runs it; Zorvell said so.",
		spans: []span{{O, "Zorvell Foundation"}, {P, "Arno Zorvell"}, {P, "Zorvell"}, {P, "Zorvell"}},
		want:  []want{{O, "Zorvell Foundation", 1}, {P, "Arno Zorvell", 3}},
	}})
}

// TestPersonNamedFirmSurnames: the surname alone of a listed company
// named like a person, tagged a person, is the company where the article
// names it in full; not where a person of that name is named too
// (personNamedFirmSurnames).
func TestPersonNamedFirmSurnames(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the drugmaker's surname after its full name",
		text:  "Eli Lilly and Co's new drug won approval in Quenton. Lilly said supplies would double. Lilly expects sales of $5 billion.",
		spans: []span{{O, "Eli Lilly and Co"}, {L, "Quenton"}, {P, "Lilly"}, {P, "Lilly"}},
		want:  []want{{O, "Eli Lilly and Co", 3}, {L, "Quenton", 1}},
	}, {
		name:  "a broker's",
		text:  "Charles Schwab reported higher profit. Schwab said client assets rose.",
		spans: []span{{O, "Charles Schwab"}, {P, "Schwab"}},
		want:  []want{{O, "Charles Schwab", 2}},
	}, {
		name:  "a person of the name beside the firm",
		text:  "Eli Lilly hired Jana Lilly as a consultant. Lilly said she was pleased.",
		spans: []span{{O, "Eli Lilly"}, {P, "Jana Lilly"}, {P, "Lilly"}},
		want:  []want{{O, "Eli Lilly", 1}, {P, "Jana Lilly", 2}},
	}})
}
