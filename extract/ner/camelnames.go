package ner

import (
	"unicode"
	"unicode/utf8"
)

// Names written in camel case with a lower-case start ("iQPS", "mBank",
// "iLaw", "eMarketer"): companies, banks and monitors styled so, which
// the tagger, reading a word in lower case, leaves untagged however plain
// the cue around it; the cue rules (companyWordCue, addCuedRunSpans) look
// only at capitalized words.

// camelName reports whether w is a word of letters written in camel case
// with a lower-case start: one or two lower-case letters, then a capital
// ("iQPS", "mBank", "eMarketer"), four letters at least.
func camelName(w string) bool {
	if len(w) < 4 || !isLetters(w) {
		return false
	}
	lower := 0
	for _, r := range w {
		if !unicode.IsLower(r) {
			break
		}
		lower++
	}
	if lower == 0 || lower > 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[lower:])
	return unicode.IsUpper(r)
}

// camelCueNouns are the lower-case nouns right before a camel-case name
// that say it is a body's or a company's, beyond companyNouns, tradeNouns
// and tradeRunNouns: a monitor's or a forwarder's ("legal monitor iLaw").
var camelCueNouns = setOf(`monitor forwarder`)

// camelSaid are the verbs right after a camel-case name that say it
// speaks, as a company or a body does and a product does not.
var camelSaid = setOf(`said says told reported announced criticised criticized`)

// camelCue reports whether the camel-case name at token k stands where a
// company or a body does: right after a company's, a trade's or a
// monitor's noun in lower case ("start-up iQPS", "legal monitor iLaw"),
// after "shares of" or "according to", before a verb of saying ("iQPS
// said"), or before a comma and an apposition or after a role that
// orgCue or companyCue reads as an organization's ("mBank, a unit of
// Commerzbank", "iQPS's chief executive").
func camelCue(toks []token, k int) bool {
	if k > 0 {
		w := toks[k-1].Text
		if companyNouns[w] || tradeNouns[w] || tradeRunNouns[w] || camelCueNouns[w] {
			return true
		}
		if k > 1 && (w == "of" && (toks[k-2].Text == "shares" || toks[k-2].Text == "Shares") || w == "to" && (toks[k-2].Text == "according" || toks[k-2].Text == "According")) {
			return true
		}
	}
	if k+1 < len(toks) && camelSaid[toks[k+1].Text] {
		return true
	}
	return orgCue(toks, k, k+1) || companyCue(toks, k, k+1)
}

// addCamelNameSpans adds an organization's span over each untagged
// camel-case name (camelName) that a cue says is a company's or a body's
// somewhere in the article (camelCue), at every lone mention of it
// (addLoneWordSpans). Audit 2020 (December) article 31 ("Japanese
// start-up iQPS"), audit 2020i article 11 ("mBank, a unit of German
// lender Commerzbank") and audit 2020o article 8 ("legal monitor iLaw"),
// each missed.
func addCamelNameSpans(text string, toks []token, spans []tspan) []tspan {
	var covered []bool
	cued := map[string]bool{}
	for k, t := range toks {
		if !camelName(t.Text) {
			continue
		}
		if covered == nil {
			covered = spanCover(len(toks), spans)
		}
		if !covered[k] && camelCue(toks, k) {
			cued[t.Text] = true
		}
	}
	if len(cued) == 0 {
		return spans
	}
	return addLoneWordSpans(text, toks, spans, covered, cued)
}
