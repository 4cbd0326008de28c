package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// textSpan is a tagged span given by its text, found after the previous
// span's in a docCase's text.
type textSpan struct {
	typ  newsner.EntityType
	text string
}

// entityWant is an entity buildEntities should emit: type, text, mentions.
type entityWant struct {
	typ   newsner.EntityType
	text  string
	count int
}

// docCase is a made-up article, the tagger's spans over it, and the
// entities the document step should make of them.
type docCase struct {
	name  string
	text  string
	spans []textSpan
	want  []entityWant
}

// runDocCases runs buildEntities on each case and compares its entities,
// in order, with the case's.
func runDocCases(t *testing.T, cases []docCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			es := caseEntities(t, tt.text, tt.spans)
			var got []entityWant
			for _, e := range es {
				got = append(got, entityWant{e.Type, e.Text, e.Count})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("entity %d: got %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// caseEntities runs buildEntities on text with the tagger's spans given
// by their texts, each found after the previous one's, and checks the
// entities' mentions against the text.
func caseEntities(t *testing.T, text string, tspans []textSpan) []newsner.Entity {
	t.Helper()
	toks := testTokens(t, text)
	es := buildEntities(text, toks, textSpans(t, text, toks, tspans))
	checkEntities(t, text, es)
	return es
}

// textSpans returns the tagger's spans over toks, the tokens of text,
// given by their texts, each found after the previous one's; it fails the
// test where one is not in the text or is no run of its tokens.
func textSpans(t testing.TB, text string, toks []token, tspans []textSpan) []tspan {
	t.Helper()
	var spans []tspan
	from := 0
	for _, s := range tspans {
		i := strings.Index(text[from:], s.text)
		if i < 0 {
			t.Fatalf("span %q not in the text after byte %d", s.text, from)
		}
		b0, b1 := from+i, from+i+len(s.text)
		t0, t1 := -1, -1
		for k, tok := range toks {
			if int(tok.BStart) == b0 {
				t0 = k
			}
			if int(tok.BEnd) == b1 {
				t1 = k + 1
			}
		}
		if t0 < 0 || t1 <= t0 {
			t.Fatalf("span %q is no run of tokens (%v)", s.text, toks)
		}
		spans = append(spans, tspan{s.typ, t0, t1})
		from = b1
	}
	return spans
}
