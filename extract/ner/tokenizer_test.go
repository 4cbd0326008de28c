package ner

import (
	"strings"
	"testing"
)

func TestSplitWords(t *testing.T) {
	tests := []struct{ text, want string }{
		// prose: "O", "D", "O", "O" (the rest of the word dropped).
		{"Brian O'Malley met D'Souza, O'Reilly and O'Sullivan's son.", "Brian|O'Malley|met|D'Souza|,|O'Reilly|and|O'Sullivan|'s|son|."},
		// prose: "Moody", "Peter", "do" (the "'s" or "n't" and the punctuation dropped).
		{"A bid for Moody's. Peter's, I don't.", "A|bid|for|Moody|'s|.|Peter|'s|,|I|do|n't|."},
		{"MOODY'S: it's, they'll, I'm, we're, can't", "MOODY|'S|:|it|'s|,|they|'ll|,|I|'m|,|we|'re|,|ca|n't"},
		// prose: the word dropped.
		{"He said 'sorry' to Reuters' man.", "He|said|'sorry|'|to|Reuters|'|man|."},
		// as prose: brackets, quotes and "$" off the front, punctuation off the back,
		// abbreviations and emoticons whole, "'ve" and "'d" kept in the word.
		{`("U.S. Inc." $100) Mr. Jones :-) we've I'd AT&T Rolls-Royce rock'n'roll`, `(|"|U.S.|Inc.|"|$|100|)|Mr.|Jones|:-)|we've|I'd|AT&T|Rolls-Royce|rock'n'roll`},
		// prose: "STOCKHOLM—Nokia", "Sony—the" (an en dash joins names: "Paris–Roubaix").
		{"STOCKHOLM—Nokia said Sony—the maker— and —Paris–Roubaix", "STOCKHOLM|—|Nokia|said|Sony|—|the|maker|—|and|—|Paris–Roubaix"},
		{"Berlin\n\n\tMadrid\u00a0Rome", "Berlin|Madrid|Rome"},
		// prose: one word. A dateline's slashes between places in capitals are
		// tokens (datelineSlashes); a credit's, "and/or" and a mid-line slash stay.
		{"QUENTON/NEW ZORB (Zorbwire) -\nZORB/KYIV, Dec 3\nAFP/Getty Images and/or QUENTON/ZORB (x)", "QUENTON|/|NEW|ZORB|(|Zorbwire|)|-|ZORB|/|KYIV|,|Dec|3|AFP/Getty|Images|and/or|QUENTON/ZORB|(|x|)"},
		// prose: one word. A sports desk's slug glued to its headline at a
		// line's start is a token, and so is its hyphen (slugHyphen); a
		// hyphen elsewhere, before a lower-case letter or after a word that is
		// no sport stays in the word.
		{"Soccer-Zorbton beat Quelbury\nALPINE SKIING-Zorbsen wins\nRugby union-Zorbton\nGolf-course sales\nPro-Zorbian rally", "Soccer|-|Zorbton|beat|Quelbury|ALPINE|SKIING|-|Zorbsen|wins|Rugby|union|-|Zorbton|Golf-course|sales|Pro-Zorbian|rally"},
		{"The fans said Soccer-Zorbton was back", "The|fans|said|Soccer-Zorbton|was|back"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(splitWords(tt.text), "|"); got != tt.want {
			t.Errorf("splitWords(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// TestSplitWordsAsProse checks splitWords against prose's tokenizer on
// eng.testa: the same tokens for every word without an apostrophe.
func TestSplitWordsAsProse(t *testing.T) {
	for _, d := range devDocs(t)[:60] {
		f := prepare(d.Text)
		for _, w := range strings.Fields(f.s) {
			if strings.Contains(w, "'") {
				continue
			}
			toks, _, err := analyze(nil, w, false, false)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, tok := range toks {
				want = append(want, tok.Text)
			}
			if got := splitWord(w, nil); strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%q: got %q, prose %q", w, got, want)
			}
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "\u201cO\u2019Malley\u2019s.\u201d Z\u00fcrich"
	toks := testTokens(t, text)
	var got []string
	for _, tok := range toks {
		got = append(got, runeSlice(text, tok.Start, tok.End)+"="+text[tok.BStart:tok.BEnd])
	}
	want := "\u201c=\u201c|O\u2019Malley=O\u2019Malley|\u2019s=\u2019s|.=.|\u201d=\u201d|Z\u00fcrich=Z\u00fcrich"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("got %s\nwant %s", g, want)
	}
}
