package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPrecisionRules checks the fourteenth pass's precision rules of the
// document step on made-up articles: each case fails without its rule.
func TestPrecisionRules(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a time zone spelled out is no name (spelledTimeZone)",
			text: "The Zorbsat probe took the picture at 3:13 a.m. Eastern Daylight Time (7:13 Universal Time) over Quenton. " +
				"Launch is set for noon Pacific Time. The Zorbland Time Office said so.",
			spans: []span{{O, "Zorbsat"}, {O, "Eastern Daylight Time"}, {O, "Universal Time"}, {L, "Quenton"}, {O, "Pacific Time"}, {O, "Zorbland Time Office"}},
			want:  []want{{O, "Zorbsat", 1}, {L, "Quenton", 1}, {O, "Zorbland Time Office", 1}},
		},
		{
			name: "a title inside a body's or a place's span parts it from a person (splitAtInnerTitles)",
			text: "Zorbfield Bishop Quentin Marlowe blessed the hall. Marlowe spoke. The Zorbland Supreme Court Justice Dana Quillet agreed. " +
				"Shares of Kraft Zorb Director Foods rose at Quenton General Hospital.",
			spans: []span{{O, "Zorbfield Bishop Quentin Marlowe"}, {P, "Marlowe"}, {O, "Zorbland Supreme Court Justice Dana Quillet"},
				{O, "Kraft Zorb Director Foods"}, {O, "Quenton General Hospital"}},
			want: []want{{O, "Zorbfield", 1}, {P, "Quentin Marlowe", 2}, {O, "Zorbland Supreme Court", 1}, {P, "Dana Quillet", 1},
				{O, "Kraft Zorb Director Foods", 1}, {L, "Quenton General Hospital", 1}},
		},
		{
			name:  "a US state's postal code after a town and a comma is a place (stateCodesAsPlaces)",
			text:  "Jane Quimble spoke in Quenton, NV on Monday and in Reno, TX on Tuesday. Zorbco, NV disagreed.",
			spans: []span{{P, "Jane Quimble"}, {L, "Quenton"}, {O, "NV"}, {O, "TX"}, {O, "Zorbco"}, {O, "NV"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}, {L, "NV", 1}, {L, "TX", 1}, {O, "Zorbco", 1}, {O, "NV", 1}},
		},
		{
			name:  "a page's ask to follow it on a social network names no network (followLineSpans)",
			text:  "Zorbco posted the video on Twitter on Monday.\n\nCheck us out on Facebook and also on Instagram. Follow us @zorbnews.",
			spans: []span{{O, "Zorbco"}, {O, "Twitter"}, {O, "Facebook"}, {O, "Instagram"}},
			want:  []want{{O, "Zorbco", 1}, {O, "Twitter", 1}},
		},
		{
			name:  "a law's name that ends its sentence is no organization (eventMention, withoutSentenceDot)",
			text:  "Zorbco lobbied for the Quenton Theft Deterrence Act. Jane Quimble wrote the Zorbland Privacy Act in 2010.",
			spans: []span{{O, "Zorbco"}, {O, "Quenton Theft Deterrence Act."}, {P, "Jane Quimble"}, {O, "Zorbland Privacy Act"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name: "a law's name the tagger cuts at its \"and\" is no organization (andEventTail)",
			text: "Jane Quimble signed the Zorbland Street Reform and Quenton Protection Act on Monday. " +
				"Zorbco and Quenton Motors Cup sponsors met.",
			spans: []span{{P, "Jane Quimble"}, {O, "Zorbland Street Reform"}, {O, "Zorbco"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "an era's slump is an event, no organization (eventHeads: Depression, Recession)",
			text:  "Zorbco has not seen such losses since the Great Depression, nor Quenton since the Great Recession.",
			spans: []span{{O, "Zorbco"}, {O, "Great Depression"}, {L, "Quenton"}, {O, "Great Recession"}},
			want:  []want{{O, "Zorbco", 1}, {L, "Quenton", 1}},
		},
		{
			name: "a treaty's Convention and its subject are no names (treatyConvention, treatySubject)",
			text: "Quenton cited the Zorbland Nations Convention on the Law of the Deep in its claim. " +
				"The Quenton Party Convention on Monday backed it.",
			spans: []span{{L, "Quenton"}, {O, "Zorbland Nations Convention"}, {L, "Law of the Deep"}, {O, "Quenton Party Convention"}},
			want:  []want{{L, "Quenton", 1}, {O, "Quenton Party Convention", 1}},
		},
		{
			name:  "an honorific and a title before a name make a person, no body (honorificOrg)",
			text:  "Zorbco's founder will hear on Wednesday whether Mr Justice Quimbleton grants bail. The Mr Price Group rose.",
			spans: []span{{O, "Zorbco"}, {O, "Mr Justice Quimbleton"}, {O, "Mr Price Group"}},
			want:  []want{{O, "Zorbco", 1}, {P, "Quimbleton", 1}, {O, "Mr Price Group", 1}},
		},
		{
			name:  "a state's name and Tech is a school, no place (techSchoolsAsOrganizations)",
			text:  "Jane Quimble coaches rowing at Georgia Tech. She grew up in Georgia.",
			spans: []span{{P, "Jane Quimble"}, {L, "Georgia Tech"}, {L, "Georgia"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Georgia Tech", 1}, {L, "Georgia", 1}},
		},
		{
			name:  "a name that is a unit or a part of a group is a company's (unitAppositive)",
			text:  "The letter came from Quimby Ross, now part of Zorbitt, and from Dana Quell, a unit of Zorbco. Dana Quell, a friend of Jane, agreed.",
			spans: []span{{P, "Quimby Ross"}, {O, "Zorbitt"}, {P, "Dana Quell"}, {O, "Zorbco"}, {P, "Dana Quell"}, {P, "Jane"}},
			want:  []want{{O, "Quimby Ross", 1}, {O, "Zorbitt", 1}, {O, "Dana Quell", 2}, {O, "Zorbco", 1}, {P, "Jane", 1}},
		},
		{
			name:  "a name a trade's plural follows after \"the\" is a firm's (firmPlural)",
			text:  "Jane Roe, a manager at Zorbitt, the shareholder advisers, said the pay matched. Dana Quell, the lawyers' client, disagreed.",
			spans: []span{{P, "Jane Roe"}, {L, "Zorbitt"}, {P, "Dana Quell"}},
			want:  []want{{P, "Jane Roe", 1}, {O, "Zorbitt", 1}, {P, "Dana Quell", 1}},
		},
		{
			name:  "a party's adjective and its members are no person (partyGroup)",
			text:  "Jane Roe met 40 Tory MPs on Monday. Tory Quimbles said so.",
			spans: []span{{P, "Jane Roe"}, {P, "Tory MPs"}, {P, "Tory Quimbles"}},
			want:  []want{{P, "Jane Roe", 1}},
		},
	})
}
