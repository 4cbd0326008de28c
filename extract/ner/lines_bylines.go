package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Bylines and the lines like them: names in capitals after "By", a
// writer's role cut off, a byline's stamp word ("Updated"), a dash's
// sign-off ("-Jane Quimbly"), an editor's note's label, e-mail lines.

// bylineStamps are the words a web page's byline puts after the author's
// name: a time stamp's ("by Jane Doe Published Nov. 7, 2012") or the
// author's role ("by John Doe Writer on Nov 1st").
var bylineStamps = setOf(`Published Updated Posted Writer`)

// cutBylineStamps ends a span before a byline's stamp word (bylineStamps)
// after two capitalized words or more, where the span starts right after
// "by" or the stamp stands before a month's name or the span's end: the
// tagger runs the author's name on into "Published Nov." The name after
// "by" is a person's, and takes in the capitalized words the tagger left
// out between it and the stamp ("by Jane [Doe] Published").
func cutBylineStamps(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if k := bylineStampAfter(toks, s); k > s.t1 && (i+1 == len(spans) || spans[i+1].t0 >= k) {
			spans[i] = tspan{newsner.Person, s.t0, k}
			continue
		}
		for k := s.t0 + 2; k < s.t1; k++ {
			if !bylineStamps[toks[k].Text] {
				continue
			}
			by := s.t0 > 0 && strings.EqualFold(toks[s.t0-1].Text, "by")
			if !by && k+1 < s.t1 && !lowered(months, strings.TrimSuffix(toks[k+1].Text, ".")) {
				break
			}
			spans[i].t1 = k
			if by {
				spans[i].typ = newsner.Person
			}
			break
		}
	}
	return spans
}

// bylineStampAfter returns where a byline's stamp word (bylineStamps)
// stands after span s, which starts right after "by", with nothing but
// capitalized words between, the name three words at most ("by Jane Doe
// Published"), or -1.
func bylineStampAfter(toks []token, s tspan) int {
	if s.t0 == 0 || !strings.EqualFold(toks[s.t0-1].Text, "by") {
		return -1
	}
	for k := s.t1; k < len(toks) && k < s.t0+4; k++ {
		if bylineStamps[toks[k].Text] {
			return k
		}
		if !startsUpper(toks[k].Text) || !isLetters(toks[k].Text) {
			return -1
		}
	}
	return -1
}

// bylineSpans makes each name of a byline in capitals ("By LAURAN
// NEERGAARD", "By NICOLE PERLROTH and JOHN DOE") one person: a line that
// starts with "By" and holds names of two to four words in capitals (an
// initial or a hyphen among them), split by "and" or commas, and nothing
// else. The tagger reads such words one by one, often as an organization
// ("NANCY" of "By NANCY FOLBRE"). Spans there are replaced.
func bylineSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for i := 0; i < len(toks); i++ {
		if (i > 0 && line[i-1] == line[i]) || (toks[i].Text != "By" && toks[i].Text != "BY") {
			continue
		}
		j := lineEnd(line, i)
		names, ok := bylineNames(toks, i+1, j)
		if ok {
			add = append(add, names...)
		}
		i = j - 1
	}
	return replaceSpans(spans, add)
}

// bylineNames returns the names in capitals of tokens [i,j) of a byline,
// or false if the tokens hold anything else.
func bylineNames(toks []token, i, j int) ([]tspan, bool) {
	var out []tspan
	a, n := i, 0 // the name's first token, its words
	for k := i; k <= j; k++ {
		if k < j {
			w := toks[k].Text
			if w == "." && k > a && utf8.RuneCountInString(toks[k-1].Text) == 1 {
				continue // an initial's full stop, split off by prose
			}
			if w != "and" && w != "AND" && w != "," {
				if !hasLetter(w) || strings.ToUpper(w) != w || lowered(creditWords, w) || w == "STAFF" {
					return nil, false
				}
				n++
				continue
			}
		}
		if n < 2 || n > 4 {
			return nil, false
		}
		out = append(out, tspan{typ: newsner.Person, t0: a, t1: k})
		a, n = k+1, 0
	}
	return out, len(out) > 0
}

// bylineRoles are the words of a writer's role in a byline.
var bylineRoles = setOf(`editor reporter correspondent writer columnist producer contributor analyst
critic staff editors reporters correspondents writers`)

// deskWords qualify a writer's role ("CNN Political Editor", "Senior
// Correspondent", "City Editor", "Metro Editor").
var deskWords = setOf(`political senior chief national foreign international science technology business
health education legal economics financial sports entertainment investigative contributing managing
deputy associate executive special white house city metro`)

// bylineRoleSpans cuts a writer's role off the names of a byline line
// (one that starts with "By"): the desk before a role in lower case ("By
// Judith Burns Education reporter BBC News": "Judith Burns", a person),
// and a role in capitals with the words before it that qualify roles
// (deskWords) or that the article writes in lower case ("By Paul
// Steinhauser, CNN Political Editor": "CNN").
func bylineRoleSpans(toks []token, spans []tspan, line []int) []tspan {
	var lowerSeen map[string]bool
	starts := lineStarts(line)
	out := spans[:0]
	for _, s := range spans {
		i := starts[line[s.t0]]
		if by := toks[i].Text; by != "By" && by != "BY" || i == s.t0 {
			out = append(out, s)
			continue
		}
		if s.t0 == i+1 && s.t1-s.t0 >= 3 && s.t1 < len(toks) && line[s.t1] == line[s.t0] &&
			bylineRoles[toks[s.t1].Text] && startsUpper(toks[s.t1-1].Text) {
			s.t1--
			s.typ = newsner.Person
		} else if last := toks[s.t1-1].Text; s.t1-s.t0 >= 2 && startsUpper(last) && lowered(bylineRoles, last) {
			if lowerSeen == nil {
				lowerSeen = lowerForms(toks)
			}
			s.t1--
			for s.t1 > s.t0 && (lowered(lowerSeen, toks[s.t1-1].Text) || lowered(deskWords, toks[s.t1-1].Text)) {
				s.t1--
			}
			if s.t1 == s.t0 {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// signOffSpans makes a line that is a dash glued to a name of two or three
// capitalized words ("-Jane Quimbly", "—Rob Zorbin") a person: a post's
// sign-off by its author, which the tagger misses with the dash in its
// first token (buildEntities leaves the dash out of the mention). So is a
// line of one to three capitalized words right after a line that is a
// letter's closing and its comma (valediction: "Love and Light,\nAutumn",
// "Yours truly,\nJan Zorbin"), which the tagger misses where the name is
// also a word (modern-web-a 0305, issue 11).
func signOffSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for i := 0; i < len(toks); i++ {
		if i > 0 && line[i-1] == line[i] {
			continue
		}
		j := lineEnd(line, i)
		if leadDashes(toks[i].Text) == 0 {
			if j-i <= 3 && valediction(toks, line, i) && signedName(toks[i:j]) {
				add = append(add, tspan{newsner.Person, i, j})
			}
			i = j - 1
			continue
		}
		if j-i < 2 || j-i > 3 {
			continue
		}
		ok := isLetters(toks[i].Text[leadDashes(toks[i].Text):])
		for k := i + 1; k < j && ok; k++ {
			ok = startsUpper(toks[k].Text) && isLetters(toks[k].Text)
		}
		if ok {
			add = append(add, tspan{newsner.Person, i, j})
		}
		i = j - 1
	}
	return replaceSpans(spans, add)
}

// valedictions are the closings of a letter or a post that the writer's
// name follows on the next line: lower case, words joined by "_".
var valedictions = setOf(`love cheers best thanks regards sincerely yours respectfully cordially
	warmly blessings hugs xoxo best_wishes warm_regards warmest_regards kind_regards best_regards
	yours_truly yours_sincerely yours_faithfully all_the_best love_and_light with_love take_care
	thank_you many_thanks`)

// valediction reports whether the line before the one that token i opens
// is a letter's closing (valedictions) and its comma, nothing else.
func valediction(toks []token, line []int, i int) bool {
	if i < 2 || toks[i-1].Text != "," || line[i-1] == line[i] {
		return false
	}
	k := i - 1
	for k > 0 && line[k-1] == line[i-1] && i-1-k <= 4 { // a closing is four words at most: a long line is not walked
		k--
	}
	if k == i-1 || i-1-k > 4 {
		return false
	}
	words := make([]string, 0, 4)
	for _, t := range toks[k : i-1] {
		words = append(words, strings.ToLower(t.Text))
	}
	return valedictions[strings.Join(words, "_")]
}

// signedName reports whether toks, a line, are a name that signs a
// letter: capitalized words of letters, not "The" nor a closed-class word
// ("The Zorb Team" is a team's).
func signedName(toks []token) bool {
	for k, t := range toks {
		if !startsUpper(t.Text) || !isLetters(t.Text) || k == 0 && (t.Text == "The" || closedClassTags[t.Tag]) {
			return false
		}
	}
	return len(toks) > 0
}

// leadDashes returns how many bytes of dashes start w before a capital
// letter ("-Jane", "—Rob"), 0 if w is no such word.
func leadDashes(w string) int { return leadMarks(w, "-\u2013\u2014") }

// leadQuote returns how many bytes an opening single or double curly
// quote takes at the start of w before a capital letter ("‘Nellie" of
// "work with ‘Nellie Wall,’", which the tokenizer leaves one token), 0 if
// w is no such word: the quote is no part of a name (news-pages-spans).
func leadQuote(w string) int { return leadMarks(w, "\u2018\u201c") }

// leadMarks returns how many bytes of marks (any of them, three bytes at
// most: one curly quote or long dash, or up to three hyphens) start w
// before a capital letter, 0 if w is no such word: leadDashes' and
// leadQuote's one test.
func leadMarks(w, marks string) int {
	r := strings.TrimLeft(w, marks)
	if r == w || len(w)-len(r) > 3 || !startsUpper(r) {
		return 0
	}
	return len(w) - len(r)
}

// noteWriters are the roles whose note opens a line ("Editor's note:",
// "Author's Note:", "Translator's note:").
var noteWriters = setOf(`Editor Editors Author Authors Publisher Writer Reporter Translator Producer Moderator`)

// noteLabelSpans drops a span of one role word that opens a line before
// "'s note" ("Editor's note: This story has been updated ..."): the label
// of a note the site sets above or below the story, which the tagger reads
// as a person; no name of the story.
func noteLabelSpans(toks []token, spans []tspan, line []int) []tspan {
	out := spans[:0]
	for _, s := range spans {
		k := s.t1
		label := s.t1-s.t0 == 1 && (s.t0 == 0 || line[s.t0-1] != line[s.t0]) && noteWriters[toks[s.t0].Text] &&
			k+1 < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "'") && strings.EqualFold(toks[k+1].Text, "note")
		if !label {
			out = append(out, s)
		}
	}
	return out
}

// emailSpans drops the names that are or hold an e-mail address ("Write to
// Selina Williams at Selina.Williams@dowjones.com": the address is no
// place).
func emailSpans(toks []token, spans []tspan) []tspan {
	out := spans[:0]
	for _, s := range spans {
		if !emailIn(toks, s.t0, s.t1) {
			out = append(out, s)
		}
	}
	return out
}

// emailIn reports whether a token of [t0,t1) is an e-mail address.
func emailIn(toks []token, t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		w := toks[k].Text
		if i := strings.IndexByte(w, '@'); i > 0 && strings.IndexByte(w[i:], '.') > 0 {
			return true
		}
	}
	return false
}
