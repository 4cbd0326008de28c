package ner

import (
	"strings"

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
	return k >= 2 && toks[k-1].Text == ":" && creditLabels[strings.ToLower(toks[k-2].Text)]
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
