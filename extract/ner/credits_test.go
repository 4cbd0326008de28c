package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCreditLines checks the document step's rules on credit, byline and
// social lines of web pages (the names of a photo's or a story's credit,
// a network the page is followed on) on made-up pages: each case fails
// without its rule.
func TestCreditLines(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a listed network that ends a follow line is a name though the next line opens with a capital (lineTail)",
			text: "The storm weakened over the sea on Monday.\n\nFollow @zorbnews on Twitter\n\nThe storm hit the coast on Tuesday.",
			want: []want{{O, "Twitter", 1}},
		},
		{
			name:  "a line that is an agency's name alone stays out (lineTail)",
			text:  "Storm Hits Coast\nAssociated Press\n\nThe storm hit the coast on Tuesday.",
			spans: []span{},
			want:  nil,
		},
		{
			name: "a capitalized The that opens a credit after its label is the holder's name's (addCreditThe)",
			text: "The hotel was never built. (Copyright: The Zorbic Industry Archives, Quenton Hilton College)\n\n" +
				"Warning: The Zorb Group said the plan was off.",
			spans: []span{{O, "Zorbic Industry Archives"}, {O, "Quenton Hilton College"}, {O, "Zorb Group"}},
			want:  []want{{O, "The Zorbic Industry Archives", 1}, {O, "Quenton Hilton College", 1}, {O, "Zorb Group", 1}},
		},
		{
			name: "the untagged holder of a credit after its label is a name (creditHolderSpans)",
			text: "Prices rose in every town last year. | Image Credit: Zorbic Coverage\n\nPhoto: Jane Quimble\n\n" +
				"Source: A Survey of Zorb Habits\n\nThe market fell.",
			spans: []span{},
			want:  []want{{O, "Zorbic Coverage", 1}, {newsner.Person, "Jane Quimble", 1}},
		},
	})
}

// TestSlashPairOfListedOrgs: two listed organizations joined by a slash in
// one token the tagger left untagged are two organizations; a slash pair
// of unlisted words stays untagged.
func TestSlashPairOfListedOrgs(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a vaccine named by its two makers",
		text:  "Zorbville approved the Pfizer/BioNTech shot on Monday.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}, {O, "Pfizer", 1}, {O, "BioNTech", 1}},
	}, {
		name:  "unlisted words",
		text:  "Zorbville approved the Zorbco/Quelbix shot on Monday.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestSlashedListedCompany: a listed company after the slash of an
// organization's span ("Reuters/Ipsos poll") is an organization's mention
// of its own; an unlisted word there is none.
func TestSlashedListedCompany(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a pollster after an agency",
		text:  "A Reuters/Ipsos poll showed most voters in Zorbville want relief.",
		spans: []span{{O, "Reuters/Ipsos"}, {L, "Zorbville"}},
		want:  []want{{O, "Reuters", 1}, {O, "Ipsos", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "an unlisted word after the slash",
		text:  "A Reuters/Quelbing poll showed most voters in Zorbville want relief.",
		spans: []span{{O, "Reuters/Quelbing"}, {L, "Zorbville"}},
		want:  []want{{O, "Reuters", 1}, {L, "Zorbville", 1}},
	}})
}

// TestCreditSlashedHolders: a credit after its label that opens with
// holders joined by slashes names each of them, the last going on over
// the capitalized words after the slash, the tagger's name inside it
// taken in (creditHolderSpans, creditSlashBody); a photographer's name
// before an agency's slash stays a person.
func TestCreditSlashedHolders(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "agencies and a collaboration",
		text:  "The plot shows the blazars the telescope saw. Credit: ZASA/QOE/Zorbi LAT Collaboration\n\nThe team said the light was faint.",
		spans: []span{{O, "LAT"}},
		want:  []want{{O, "ZASA", 1}, {O, "QOE", 1}, {O, "Zorbi LAT Collaboration", 1}},
	}, {
		name:  "a photographer before the agency",
		text:  "The leader spoke in the hall. Photograph: Jan Quelby/PA\n\nPolitics is often a rough trade.",
		spans: []span{{P, "Jan Quelby/PA"}},
		want:  []want{{P, "Jan Quelby", 1}, {O, "PA", 1}},
	}})
}

// TestSlashCreditSpans: an agency's photo credit with the photographer
// after its slash, a photographer's name the tagger cut or left out
// before an agency's slash, and two agencies a slash joins are the
// agencies and the photographer, each a name of its own
// (slashCreditSpans); a poll named by two firms in a sentence is left as
// the tagger gave it.
func TestSlashCreditSpans(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the agency before the photographer",
		text:  "A man walks past a closed shop in Quenton. REUTERS/Jana Quimble\n\nPrices rose again in November.",
		spans: []span{{L, "Quenton"}, {P, "REUTERS/Jana Quimble"}},
		want:  []want{{L, "Quenton", 1}, {O, "REUTERS", 1}, {P, "Jana Quimble", 1}},
	}, {
		name:  "an untagged credit, the photographer's last name glued to a note",
		text:  "Workers at a plant in Quenton. Reuters/Rob Zorbin Lee/File Photo\n\nThe plant will close.",
		spans: []span{{L, "Quenton"}},
		want:  []want{{L, "Quenton", 1}, {O, "Reuters", 1}, {P, "Rob Zorbin Lee", 1}},
	}, {
		name:  "an agency of two words before the photographer",
		text:  "Fans cheer in Quenton. Getty Images/Tomas Quelby\n\nThe club won.",
		spans: []span{{L, "Quenton"}, {O, "Getty Images/Tomas Quelby"}},
		want:  []want{{L, "Quenton", 1}, {O, "Getty Images", 1}, {P, "Tomas Quelby", 1}},
	}, {
		name:  "the photographer's first name alone tagged before the agency",
		text:  "Cars in Quenton. Photograph: Fabio Zorbin/Reuters\n\nThe maker said it would cut jobs.",
		spans: []span{{L, "Quenton"}, {P, "Fabio"}},
		want:  []want{{L, "Quenton", 1}, {P, "Fabio Zorbin", 1}, {O, "Reuters", 1}},
	}, {
		name:  "two agencies",
		text:  "Residents queue in Quenton. AFP/Getty Images\n\nAid groups warned of hunger.",
		spans: []span{{L, "Quenton"}},
		want:  []want{{L, "Quenton", 1}, {O, "AFP", 1}, {O, "Getty Images", 1}},
	}, {
		name:  "a poll in a sentence",
		text:  "A Reuters/Ipsos poll found Zorb Quimble ahead.",
		spans: []span{{O, "Reuters/Ipsos"}, {P, "Zorb Quimble"}},
		want:  []want{{O, "Reuters", 1}, {O, "Ipsos", 1}, {P, "Zorb Quimble", 1}},
	}})
}
