package ner

import (
	"github.com/newsner/newsner"
)

// Rules on the credit lines of web pages: a picture's credit or source
// after its label ("Photo: ...", "Copyright: ..."), whose names the entity
// lists give as the credit writes them.

// creditLabels label a picture's or a document's credit, rights or
// source before a colon ("Credit:", "Image credit:", "Copyright:",
// "Source:").
var creditLabels = setOf(`credit credits copyright courtesy image images photo photos photograph photographs
picture pictures illustration graphic source`)

// creditLabelled reports whether token k follows a credit's label and its
// colon (creditLabels): what follows is the credit's names.
func creditLabelled(toks []token, k int) bool {
	return k >= 2 && toks[k-1].Text == ":" && lowered(creditLabels, toks[k-2].Text)
}

// addCreditThe extends an organization's name over a capitalized "The"
// that opens a credit after its label ("(Copyright: The Zorbic Industry
// Archives, ...)", "Photo: The Quenton Museum"): the credit gives the
// holder's name as it styles itself, article and all, as a name inside a
// sentence is given (addMidSentenceThe); after the colon the tagger took
// the "The" for a sentence's.
func addCreditThe(toks []token, s tspan) tspan {
	if s.typ == newsner.Organization && s.t0 >= 3 && toks[s.t0-1].Text == "The" && creditLabelled(toks, s.t0-1) {
		s.t0--
	}
	return s
}

// creditHolderSpans makes the capitalized words after a credit's label
// that the tagger left untagged, to the line's end or a bracket, bar,
// comma or semicolon, a name: a person's where they are two or three
// words opening with a first name of the gazetteer ("Photo: Jane Roe"),
// an organization's otherwise ("Image Credit: Zorbic Coverage", "Source:
// Quenton Labour Office"). With no verb around it the tagger, which reads
// names in sentences, misses the credit's holder; the entity lists give it.
// A run that opens with an article ("Source: A Survey of ...") is a
// title's, not a holder's.
func creditHolderSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for a := 2; a < len(toks); a++ {
		if !creditLabelled(toks, a) || line[a-2] != line[a] || creditRunOpeners[toks[a].Text] {
			continue
		}
		e := a
		for e < len(toks) && line[e] == line[a] && startsUpper(toks[e].Text) && isLetters(toks[e].Text) {
			e++
		}
		if e == a || e < len(toks) && line[e] == line[a] && !creditRunEnds[toks[e].Text] || overlapping(spans, false, a, e) != nil {
			continue
		}
		typ := newsner.Organization
		if n := e - a; n >= 2 && n <= 3 && firstName(toks[a].Text) {
			typ = newsner.Person
		}
		add = append(add, tspan{typ, a, e})
		a = e
	}
	return replaceSpans(spans, add)
}

// creditRunOpeners open a title rather than a credit's holder.
var creditRunOpeners = setOf(`A An The This These Our My Your`)

// creditRunEnds end a credit's holder on its line.
var creditRunEnds = setOf(`) | , ; ]`)
