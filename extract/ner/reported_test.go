package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestReportedVerbCue: a name tagged a person that is the subject of
// "reported" is an outlet or a company (reportedAsOrganizations,
// reportedVerbCue); a person's surname named in full elsewhere, a name
// after an honorific, and "reported to" are a person's.
func TestReportedVerbCue(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a paper reports news",
		text:  "Zorbblatt reported on Friday that the airline would cut 500 jobs.",
		spans: []span{{P, "Zorbblatt"}},
		want:  []want{{O, "Zorbblatt", 1}},
	}, {
		name:  "a company named like a person reports its results",
		text:  "Rival Astin Quelbank reported a 12 percent rise in sales.",
		spans: []span{{P, "Astin Quelbank"}},
		want:  []want{{O, "Astin Quelbank", 1}},
	}, {
		name:  "a reporter's surname",
		text:  "Jim Zorbosta was at the scene, and Zorbosta reported that the aide had left.",
		spans: []span{{P, "Jim Zorbosta"}, {P, "Zorbosta"}},
		want:  []want{{P, "Jim Zorbosta", 2}},
	}, {
		name:  "reported to the police, and after an honorific",
		text:  "Quelbanu reported to police that his car was gone. Mr Zorbanu reported that it was found.",
		spans: []span{{P, "Quelbanu"}, {P, "Zorbanu"}},
		want:  []want{{P, "Quelbanu", 1}, {P, "Zorbanu", 1}},
	}})
}
