package ner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestSpanJoinRules12 checks the twelfth pass of the document step (spans
// and joins) on made-up articles: each case fails without its rule.
func TestSpanJoinRules12(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a president's administration names the president",
			text:  "Dana Quimbly won in 2020. Today the Quimbly Administration announced a plan with the Zorb Safety Administration.",
			spans: []span{{P, "Dana Quimbly"}, {O, "Quimbly Administration"}, {O, "Zorb Safety Administration"}},
			want:  []want{{P, "Dana Quimbly", 2}, {O, "Zorb Safety Administration", 1}},
		},
		{
			name:  "a byline's stamp is no part of the author's name",
			text:  "Zorb wins the vote\n\nby Dana Quimbly Published Nov. 7, 2012 2:25 pm\n\nby Rob Zorbin Writer on Nov 1st 2012",
			spans: []span{{O, "Zorb"}, {O, "Dana Quimbly Published Nov."}, {P, "Rob Zorbin Writer"}},
			want:  []want{{O, "Zorb", 1}, {P, "Dana Quimbly", 1}, {P, "Rob Zorbin", 1}},
		},
		{
			name:  "an author's name the tagger cut short before a byline's stamp runs up to it",
			text:  "Zorb wins the vote\n\nby Dana Quimbly Published Nov. 7, 2012 2:25 pm",
			spans: []span{{O, "Zorb"}, {P, "Dana"}},
			want:  []want{{O, "Zorb", 1}, {P, "Dana Quimbly", 1}},
		},
		{
			name:  "a news agency's credit line keeps its The, a bank's heading does not",
			text:  "Zorbs win again\n11.05.2012 / 9:44 PM / News\nThe Zorbland Press\n\nQUIMBY - The Zorbs won.\nThe Zorbland Bank\nIt cut rates.",
			spans: []span{{O, "Zorbs"}, {O, "Zorbland Press"}, {L, "QUIMBY"}, {O, "Zorbs"}, {O, "Zorbland Bank"}},
			want:  []want{{O, "Zorbs", 2}, {O, "The Zorbland Press", 1}, {L, "QUIMBY", 1}, {O, "Zorbland Bank", 1}},
		},
		{
			name:  "a sign-off's dash is no part of the author's name",
			text:  "Zorb ran for 80 yards.\n\n-Dana Quimbly\nFollow on Twitter @zorbdaily",
			spans: []span{{O, "Zorb"}, {O, "Twitter"}},
			want:  []want{{O, "Zorb", 1}, {P, "Dana Quimbly", 1}, {O, "Twitter", 1}},
		},
	})
}

// TestSpanJoinRules12HostileSize runs the twelfth pass's rules on a page of
// 20,000 lines that each rule works on, each name tagged: their cost grows
// with the text, not its square.
func TestSpanJoinRules12HostileSize(t *testing.T) {
	const n = 20000
	var sb strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sb, "by Dana Q%d Published Nov. 7 for the Zorb Administration of Dana Q%d.\n-Rob Zorbin\n", i, i)
	}
	text := sb.String()
	toks := splitText(text)
	var spans []tspan
	for k := 0; k+3 < len(toks); k++ {
		switch toks[k].Text {
		case "Dana":
			e := k + 2
			if toks[k+2].Text == "Published" {
				e = k + 4
			}
			spans = append(spans, tspan{newsner.Person, k, e})
			k = e - 1
		case "Zorb":
			spans = append(spans, tspan{newsner.Organization, k, k + 2})
		}
	}
	es := timedBuildEntities(t, text, toks, spans)
	if len(es) == 0 {
		t.Error("no entities")
	}
}
