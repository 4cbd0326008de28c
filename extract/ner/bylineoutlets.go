package ner

import (
	"github.com/newsner/newsner"
)

// Rules on the outlet a web page's byline or photo credit names after the
// writer's or the photographer's name and a bar or a slash ("By Jane Roe |
// Zorbton Courier", "(Photo: Rob Zorbin / Quenton Herald)"): a local
// paper's, a blog's or a site's name, which the tagger, reading it next to
// a person's name with no verb around, types one more person or a place
// (the paper named for its town), or cuts.

// bylineOutletSpans makes the capitalized words after a writer's or a
// photographer's name and a bar or a slash an organization: the words
// from the bar of a line that opens with "By" and the writer's name
// ("By Jane Roe | Zorbton Courier", "By Jane Roe, Staff Writer | Quenton
// Online News"), or from the slash after a credit's label and the
// photographer's name ("(Photo: Rob Zorbin / Quenton Herald)"), to the
// line's end or a closing bracket. Two to five words, each capitalized
// letters (or an "&"), none a date's: one word after a byline's bar is a
// section ("| Markets", "| Gadgets | 5 min read"), as is a run another
// bar follows or one of section words only ("| Local News"). Spans there
// are replaced. Blind audit k (bylines and credits of local web papers,
// session 20): "Pittsfield Courier" and "Lakeshore Herald" (articles 3
// and 14) typed people, "North East Sport" and "Philly Transit Watch"
// (articles 5 and 11) places, "Music City Dispatch" and "Rose City Soccer
// Blog" (articles 7 and 12) missed, "USA Today Sports" (article 12) cut
// to a place.
func bylineOutletSpans(toks []token, spans []tspan, line []int) []tspan {
	var personEnd []bool // personEnd[k]: a person's span ends right before token k; made at the first bar or slash
	var add []tspan
	for i := 0; i < len(toks); i++ {
		if i > 0 && line[i-1] == line[i] {
			continue
		}
		byline := toks[i].Text == "By" || toks[i].Text == "BY"
		credit := false // a credit's label and colon seen on the line
		j := lineEnd(line, i)
		for k := i + 1; k+1 < j; k++ {
			credit = credit || creditLabelled(toks, k)
			bar, slash := byline && toks[k].Text == "|", credit && toks[k].Text == "/"
			if !bar && !slash {
				continue
			}
			if personEnd == nil {
				personEnd = make([]bool, len(toks)+1)
				for _, s := range spans {
					personEnd[s.t1] = personEnd[s.t1] || s.typ == newsner.Person
				}
			}
			if !personBefore(personEnd, k) {
				continue
			}
			if a, e, ok := outletRun(toks, k+1, j, bar); ok {
				add = append(add, tspan{newsner.Organization, a, e})
			}
			break
		}
		i = j - 1
	}
	return replaceSpans(spans, add)
}

// personBefore reports whether a person's span ends right before token k,
// or up to three tokens before it, as a byline's role after the writer's
// name does ("Jane Roe, Staff Writer |").
func personBefore(personEnd []bool, k int) bool {
	for e := k; e >= k-3 && e >= 0; e-- {
		if personEnd[e] {
			return true
		}
	}
	return false
}

// outletRun returns the start and end of the outlet's name that starts
// at token a (after a capitalized "The") and runs to the line's end j or, after a slash, to a closing bracket:
// two to five capitalized words of letters (or "&"), not all section
// words (sectionTopics, "News") nor a date's; false if anything else
// stands there or, after a byline's bar, another bar follows.
func outletRun(toks []token, a, j int, bar bool) (int, int, bool) {
	if a+1 < j && toks[a].Text == "The" {
		a++ // "| The Quenton Ledger": the name the lists give, as theOutletSpans types it
	}
	e := a
	for e < j && (toks[e].Text == "&" || startsUpper(toks[e].Text) && isLetters(toks[e].Text)) {
		e++
	}
	if e < j && (bar || toks[e].Text != ")") {
		return 0, 0, false
	}
	if n := e - a; n < 2 || n > 5 || dateAt(toks, a) {
		return 0, 0, false
	}
	section := true
	for k := a; k < e; k++ {
		section = section && (lowered(sectionTopics, toks[k].Text) || toks[k].Text == "News")
	}
	return a, e, !section
}
