package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestListedNameStarts checks that a listed organization's name of several
// words at a sentence's start keeps its first word (issue 11): each case
// fails without its rule.
func TestListedNameStarts(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a listed organization's first word the tagger left out at a sentence's start is the name's (listedOrgForm in joinSentenceLead)",
			text: "The league resumed in Quenton on Saturday. Real Sociedad lost 2-1 away. " +
				"Shares fell. General Mills said sales rose, Jane Quimble said.",
			spans: []span{{L, "Quenton"}, {O, "Sociedad"}, {P, "Mills"}, {P, "Jane Quimble"}},
			want:  []want{{L, "Quenton", 1}, {O, "Real Sociedad", 1}, {O, "General Mills", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a word before a span that makes a listed name only in another case is no part of it (listedOrgForm)",
			text:  "The league resumed in Quenton on Saturday. As Roma fans sang, Jane Quimble scored.",
			spans: []span{{L, "Quenton"}, {O, "Roma"}, {P, "Jane Quimble"}},
			want:  []want{{L, "Quenton", 1}, {O, "Roma", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a trade's word that starts a listed organization's name stays at a sentence's start (cutLeadTradeWords, listedOrgForm)",
			text:  "Fees rose in Quenton. Baker McKenzie said it would hire. Studio Ghibli said so too, Jane Quimble said.",
			spans: []span{{L, "Quenton"}, {O, "Baker McKenzie"}, {O, "Studio Ghibli"}, {P, "Jane Quimble"}},
			want:  []want{{L, "Quenton", 1}, {O, "Baker McKenzie", 1}, {O, "Studio Ghibli", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a person the tagger found inside a listed organization's name keeps it no less (personWordOutside)",
			text:  "Booz Allen Hamilton said it won the contract in Quenton. Analysts at Booz Allen Hamilton expect more, Jane Quimble said.",
			spans: []span{{P, "Allen Hamilton"}, {L, "Quenton"}, {L, "Booz"}, {P, "Allen Hamilton"}, {P, "Jane Quimble"}},
			want:  []want{{O, "Booz Allen Hamilton", 2}, {L, "Quenton", 1}, {P, "Jane Quimble", 1}},
		},
	})
}

// TestOpenerBefore: a listed name the tagger left untagged after a word
// that opens its clause is an organization (openerBefore); after a
// capitalized word of a name, or a weekday that starts the sentence, it
// is not.
func TestOpenerBefore(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a sentence's first word in lower case",
		text:  "Later Proekt said the mine had closed, Jane Quimble said.",
		spans: []span{{P, "Jane Quimble"}},
		want:  []want{{O, "Proekt", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "a weekday after a word in lower case",
		text:  "The mine closed, and on Tuesday Proekt said so, Jane Quimble said.",
		spans: []span{{P, "Jane Quimble"}},
		want:  []want{{O, "Proekt", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "a capitalized word of a name, or a weekday at the start",
		text:  "Quelb Proekt said the mine had closed. Sunday Proekt sold well, Jane Quimble said.",
		spans: []span{{P, "Jane Quimble"}},
		want:  []want{{P, "Jane Quimble", 1}},
	}})
}

// TestListedNameWithHonorific: a listed organization's name that starts
// with an honorific ("Dr. Reddy's Laboratories", orgs.tsv) is the
// organization, whole, where the tagger took "Reddy" for a person after
// the title (nlists8's probe); "Dr. Reddy" alone stays a person.
func TestListedNameWithHonorific(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	runDocCases(t, []docCase{{
		name:  "the listed name",
		text:  "Dr. Reddy's Laboratories said on Tuesday it had hired 200 people.",
		spans: []textSpan{{P, "Reddy"}, {O, "Laboratories"}},
		want:  []entityWant{{O, "Dr. Reddy's Laboratories", 1}},
	}, {
		name:  "a doctor",
		text:  "Dr. Reddy said on Tuesday the trial had ended.",
		spans: []textSpan{{P, "Reddy"}},
		want:  []entityWant{{P, "Reddy", 1}},
	}})
}
