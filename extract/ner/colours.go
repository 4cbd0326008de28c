package ner

// Colours: a colour's word that a list of colours or a sentence's start
// capitalizes is no name.

// colourWords name colours: in a list of them ("Turquoise, Yellow, or
// Gray", "Black and white") they are a product's finishes or a picture's
// tones, not a person's or a place's name.
var colourWords = setOf(`black white red green blue yellow orange purple pink brown gray grey silver gold
turquoise beige navy violet`)

// colourListsAsNone makes MISC, so not emitted, a mention of one word that
// is a colour's (colourWords) where the word next to it across a list's
// gap (a comma, "and", "or", a comma and one of them: listGap) is a
// colour's too, in any case: the tagger reads a capitalized colour as a
// name, a person most often (issue 11: "Switch Lite (Turquoise, Yellow,
// or Gray)" on a news page of deals, "Black and white images" at a
// sentence's start on a Dragnet blog page, both PERSON). A name beside a
// colour ("Jack White and Black Sabbath") is more than one word or has
// no colour beside it.
func colourListsAsNone(ms []*mention, toks []token) {
	for _, m := range ms {
		if len(m.words) != 1 || m.typ == misc || !colourWords[m.words[0]] {
			continue
		}
		if colourBeside(toks, m.t0, m.t1) {
			m.typ = misc
		}
	}
}

// colourBeside reports whether a colour's word (colourWords) stands across
// a list's gap (listGap) before token t0 or after token t1.
func colourBeside(toks []token, t0, t1 int) bool {
	for gap := 1; gap <= 2; gap++ {
		if b := t0 - gap - 1; b >= 0 && lowered(colourWords, toks[b].Text) && listGap(toks, b+1, t0) {
			return true
		}
		if a := t1 + gap; a < len(toks) && lowered(colourWords, toks[a].Text) && listGap(toks, t1, a) {
			return true
		}
	}
	return false
}

// colourAdjectivesAsNone makes MISC, so not emitted, a mention of one word
// that is a colour's (colourWords), at a sentence's start, before a noun
// in lower case (tagged NN or NNS): a colour the sentence's capital gave a
// name's look ("Green flags and banners praise the leader", eng.testa;
// "Black and white images" on a Dragnet blog page, which colourListsAsNone
// takes by its list), typed a person by the tagger. A colour's word that a
// verb follows may be a name ("Red was our water boy", a nickname).
func colourAdjectivesAsNone(text string, ms []*mention, toks []token) {
	for _, m := range ms {
		if len(m.words) != 1 || m.typ == misc || !colourWords[m.words[0]] || m.t1 >= len(toks) || !startsSentence(text, toks, m.t0) {
			continue
		}
		next := toks[m.t1]
		if (next.Tag == "NN" || next.Tag == "NNS") && !startsUpper(next.Text) && isLetters(next.Text) {
			m.typ = misc
		}
	}
}
