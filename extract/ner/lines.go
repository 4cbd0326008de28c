package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// lineSpans applies the eighth pass (b)'s rules to the tagger's spans.
func lineSpans(text string, toks []token, spans []tspan) []tspan {
	if len(toks) == 0 {
		return spans
	}
	line := lineOf(text, toks)
	spans = bylineSpans(toks, spans, line)
	spans = emailSpans(toks, spans)
	spans = bylineRoleSpans(toks, spans, line)
	spans = numberedRoadSpans(toks, spans)
	spans = datelineSpans(toks, spans, line)
	spans = quoteLineSpans(toks, spans, line)
	spans = printFooterSpans(toks, spans, line)
	spans = columnDateSpans(toks, spans, line)
	spans = angleTitleSpans(toks, spans, line)
	spans = signOffSpans(toks, spans, line)
	spans = noteLabelSpans(toks, spans, line)
	spans = photoCreditSpans(toks, spans, line)
	spans = creditHolderSpans(toks, spans, line)
	spans = theOutletSpans(toks, spans)
	spans = theOutletPlaces(toks, spans)
	spans = bylineOutletSpans(toks, spans, line)
	spans = imageCaptionSpans(toks, spans, line)
	spans = newsletterSpans(toks, spans, line)
	spans = tagLineSpans(toks, spans, line)
	spans = sponsorLineSpans(toks, spans, line)
	spans = yearHeaderSpans(toks, spans, line)
	spans = workByLineSpans(toks, spans, line)
	spans = nameEdgeSpans(toks, spans)
	if len(spans) > 0 {
		spans = headlineSpans(toks, spans, line, titleAlone(text, toks, line))
	}
	// After headlineSpans: "© 2019 Zorb News. All Rights Reserved." is
	// in headline case.
	return copyrightSpans(toks, spans, line)
}

// Rules on whole lines of an article (the eighth pass (b) of the document
// step): headline-case lines (titles, subheads, related-story links) and
// photo credits on web pages, where the tagger reads capitalized common words
// as parts of names.

// lineOf returns, for each token, the index of the line it is on: lines are
// broken by a newline between two tokens.
func lineOf(text string, toks []token) []int {
	line := make([]int, len(toks))
	n := 0
	for i := 1; i < len(toks); i++ {
		if strings.IndexByte(text[toks[i-1].BEnd:toks[i].BStart], '\n') >= 0 {
			n++
		}
		line[i] = n
	}
	return line
}

// lineStarts returns, for each line of lineOf, its first token.
func lineStarts(line []int) []int {
	if len(line) == 0 {
		return nil
	}
	starts := make([]int, line[len(line)-1]+1)
	for i := len(line) - 1; i >= 0; i-- {
		starts[line[i]] = i
	}
	return starts
}

// headlineSmallWords may stay in lower case in a headline-case line.
var headlineSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"from": true, "with": true, "as": true, "into": true, "over": true, "vs": true, "vs.": true,
	"via": true, "per": true, "up": true, "off": true, "out": true, "is": true, "are": true,
	"be": true, "than": true, "after": true, "amid": true, "about": true,
}

// headlineLines marks the tokens of lines written in headline case: three
// words or more, every word but small ones capitalized, not all in
// capitals (CoNLL-2003's headlines are, and its prose is not in headline
// case), and at least two capitalized words after the first that the
// article also writes in lower case ("Bid" and "Nuclear" of "Hitachi Set
// to Win Bid for U.K. Nuclear Venture"): a line of names alone
// ("Manchester United 3 Arsenal 1") is not a headline, nor a line with a
// colon or a bracket (score cards, tables: "Did Not Bat: A. Mullally"),
// nor one the next line goes on from in lower case (part of a sentence),
// nor a byline ("By Oliveira Andreotti, the Decolonial Futures
// Collective").
// Returns nil when no line is.
func headlineLines(toks []token, line []int, title bool) []bool {
	var lowerSeen map[string]bool
	var weak []bool
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && line[j] == line[i] {
			j++
		}
		ok := !strings.EqualFold(toks[i].Text, "by") // a byline
		if j < len(toks) {
			r, _ := utf8.DecodeRuneInString(toks[j].Text)
			ok = ok && !unicode.IsLower(r)
		}
		a := i
		if ok && !headlineCase(toks, i, j, 4, 2, &lowerSeen) && !(i == 0 && title && headlineCase(toks, i, j, 4, 1, &lowerSeen)) {
			ok = false
			a = quotedHeadline(toks, i, j)
			ok = a < j && headlineCase(toks, a, j, 3, 1, &lowerSeen) || bylineAfter(toks, j) && headlineCase(toks, i, j, 3, 1, &lowerSeen)
			if a == j && ok {
				a = i
			}
		}
		if ok {
			if weak == nil {
				weak = make([]bool, len(toks))
			}
			for k := a; k < j; k++ {
				weak[k] = true
			}
		}
		i = j
	}
	return weak
}

// bylineAfter reports whether the line that starts at token j is a
// byline ("By BRIAN X. CHEN"): the line before it is the story's headline,
// which headlineLines then takes with less evidence ("Dead Phone Battery?
// Just Burn Something.": three words, one of them written in lower case
// elsewhere).
func bylineAfter(toks []token, j int) bool {
	return j+1 < len(toks) && (toks[j].Text == "By" || toks[j].Text == "BY") && startsUpper(toks[j+1].Text)
}

// headlineCase reports whether tokens [i,j) are in headline case: minWords
// words or more, all capitalized but small ones, no colon or bracket, and
// minCommon capitalized words after the first that the article writes in
// lower case. A word in capitals counts as a name, not a common word, so a
// line all in capitals (CoNLL-2003's headlines) is never in headline case.
// *lowerSeen is lowerForms(toks), made on first use.
func headlineCase(toks []token, i, j, minWords, minCommon int, lowerSeen *map[string]bool) bool {
	words, common := 0, 0
	for k := i; k < j; k++ {
		w := toks[k].Text
		if w == ":" || w == "(" {
			return false
		}
		if !hasLetter(w) || w[0] == '\'' {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsLower(r):
			if !lowered(headlineSmallWords, w) {
				return false
			}
		case unicode.IsUpper(r):
			if strings.ToUpper(w) == w {
				continue
			}
			if words > 1 && !lowered(headlineSmallWords, w) {
				if *lowerSeen == nil {
					*lowerSeen = lowerForms(toks)
				}
				if lowered(*lowerSeen, w) {
					common++
				}
			}
		}
	}
	return words >= minWords && common >= minCommon
}

// lowerForms returns the words toks hold in lower case.
func lowerForms(toks []token) map[string]bool {
	ws := make(map[string]bool, len(toks)/4) // sized for an article's distinct words: growing it cost as much as filling it
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLower(r) {
			ws[t.Text] = true
		}
	}
	return ws
}

// spanWords returns the lower-cased words of tokens [t0,t1), a possessive
// ending left out, joined by spaces.
func spanWords(toks []token, t0, t1 int) string {
	if t1-t0 > 1 && isPossessive(toks[t1-1].Text) {
		t1--
	}
	var b strings.Builder
	for k := t0; k < t1; k++ {
		if k > t0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(toks[k].Text))
	}
	return strings.TrimSuffix(b.String(), ".")
}

// headlineSpans keeps of the spans on headline-case lines (headlineLines)
// only what the rest of the article confirms: a span named the same way
// outside such lines, or part of a person's longer name there ("Obama" in
// the title, "Barack Obama" in the text), or the start of another's
// ("Zorbco" of "Zorbco Inc.", but not "Nations" of "United Nations"); else the longest runs of its words
// that are names outside such lines ("Hitachi" of "Hitachi Set", "South
// China Sea" of "Impasse Over South China Sea"), typed as there; else
// nothing ("Polls Show Benefit of Auto Rescue"). A headline capitalizes
// every word, so the tagger's spans there are weak evidence; a person's
// name that starts with a known first name is kept ("The First 90 Days,
// Michael Watkins", a book list).
func headlineSpans(toks []token, spans []tspan, line []int, title bool) []tspan {
	weak := headlineLines(toks, line, title)
	if weak == nil {
		return spans
	}
	names := map[string]tspan{} // full names outside headline lines
	parts := map[string]bool{}  // runs of their words
	for _, s := range spans {
		if weak[s.t0] {
			continue
		}
		k := spanWords(toks, s.t0, s.t1)
		if _, ok := names[k]; !ok {
			names[k] = s
		}
		for a := s.t0; a < s.t1; a++ {
			if a > s.t0 && s.typ != newsner.Person {
				break // "Zorbco" of "Zorbco Inc.", not "Nations" of "United Nations"
			}
			for b := a + 1; b <= s.t1 && b-a <= maxRunWords; b++ {
				parts[spanWords(toks, a, b)] = true
			}
		}
	}
	out := spans[:0:0]
	for _, s := range spans {
		if !weak[s.t0] || !weak[s.t1-1] {
			out = append(out, s)
			continue
		}
		k := spanWords(toks, s.t0, s.t1)
		if _, ok := names[k]; ok || parts[k] {
			out = append(out, s)
			continue
		}
		if s.typ == newsner.Person && s.t1-s.t0 >= 2 && firstName(toks[s.t0].Text) {
			out = append(out, s)
			continue
		}
		out = confirmedRuns(toks, s.t0, s.t1, names, out)
	}
	return out
}

// maxRunWords bounds the runs of a name's words headlineSpans looks up
// (parts of names outside headline lines, runs of a headline's span):
// longer than any name, it keeps the cost of a long span (hostile text, a
// line of thousands of capitalized words) linear in its length, not cubic.
const maxRunWords = 12

// confirmedRuns appends to out the longest run of tokens [t0,t1) (of
// maxRunWords at most) that names holds, typed as there, and then those of
// the tokens left of it and right of it.
func confirmedRuns(toks []token, t0, t1 int, names map[string]tspan, out []tspan) []tspan {
	for n := min(t1-t0, maxRunWords); n > 0; n-- {
		for a := t0; a+n <= t1; a++ {
			if s, ok := names[spanWords(toks, a, a+n)]; ok {
				out = confirmedRuns(toks, t0, a, names, out)
				out = append(out, tspan{typ: s.typ, t0: a, t1: a + n})
				return confirmedRuns(toks, a+n, t1, names, out)
			}
		}
	}
	return out
}

// creditWords begin what follows the slash of a photo credit ("Carl
// Court/AFP/Getty Images", "Sam Manchester/The New York Times"): agencies
// and papers.
var creditWords = setOf(`getty afp ap reuters epa pa corbis bloomberg the xinhua ani ians pti nbc cbs abc cnn bbc
reuters/ afp/ zuma sipa rex shutterstock istock istockphoto`)

// cutSlash cuts a span at the first slash in its text: no name runs across
// one ("Jim Craven/ NBC News", "Marco Secchi/Getty", "NBC/WSJ"). cut is
// what cutGluedBracket left of the span's last token (-1: all of it); the
// returned cut is how many bytes of the new last token the name keeps, as
// cutGluedBracket's. A name of two or three capitalized words before the
// slash of a photo credit (an agency or paper after it) is the
// photographer's: a person.
func cutSlash(text string, toks []token, s tspan, cut int) (tspan, int) {
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		if k == s.t1-1 && cut >= 0 {
			w = w[:cut]
		}
		i := strings.IndexByte(w, '/')
		if i < 0 || len(w) == 1 {
			continue
		}
		after := text[toks[k].BStart+i+1:]
		if len(after) > 40 {
			after = after[:40]
		}
		after = strings.TrimLeft(after, " ")
		first, _, _ := strings.Cut(after, " ")
		if j := strings.IndexByte(first, '/'); j > 0 {
			first = first[:j]
		}
		s.t1, cut = k+1, i
		if i == 0 || k > s.t0 && photoSlash(w) == i {
			// "AP Photo/Jane Doe": the agency alone (photoCreditSpans).
			s.t1, cut = k, -1
		}
		if n := s.t1 - s.t0; n >= 2 && n <= 3 && lowered(creditWords, first) && s.typ != misc {
			caps := true
			for j := s.t0; j < s.t1; j++ {
				caps = caps && startsUpper(toks[j].Text)
			}
			if caps {
				s.typ = newsner.Person
			}
		}
		return s, cut
	}
	return s, cut
}

// slashMentions returns the names that follow the slash cutSlash cuts
// span s at, each an organization's mention of its own: the agencies and
// papers of a photo credit ("Carl Court/AFP/Getty Images", "Michael
// Stephens/PA") and the second of two organizations a slash pairs
// ("NBC/WSJ poll"). A name is a piece of the token between slashes, the
// last one going on over the capitalized words after it on its line that
// no other span holds ("Getty" + "Images"); it must be a news outlet of
// the lists (listedOrg), start with an agency's word (creditWords; "The"
// alone is no name: "Sam Manchester/The" + "New York Times"), or be an
// acronym or a listed company after an organization's ("NBC/WSJ",
// slashedCompany). next is where the span
// after s starts (len(toks) if none).
func slashMentions(text string, toks []token, s tspan, next int) []*mention {
	k := s.t0
	for k < s.t1 && !(strings.IndexByte(toks[k].Text, '/') >= 0 && len(toks[k].Text) > 1) {
		k++
	}
	if k == s.t1 || s.typ == misc {
		return nil
	}
	var out []*mention
	tok := toks[k]
	b := tok.BStart + strings.IndexByte(tok.Text, '/') + 1
	for b < tok.BEnd {
		e := b + strings.IndexByte(text[b:tok.BEnd]+"/", '/')
		t1 := k + 1
		bend := e
		if e == tok.BEnd {
			for t1 < next && t1 < len(toks) && startsUpper(toks[t1].Text) && isLetters(toks[t1].Text) && text[toks[t1-1].BEnd:toks[t1].BStart] == " " {
				bend = toks[t1].BEnd
				t1++
			}
		}
		name := text[b:bend]
		first, _, _ := strings.Cut(name, " ")
		if p := photoSlash(tok.Text); p > 0 && b == tok.BStart+p+1 && k > s.t0 && len(strings.Fields(name)) >= 2 {
			// "AP Photo/Jane Doe": the photographer (photoCreditSpans).
			m := &mention{typ: newsner.Person, t0: k, t1: t1, words: strings.Fields(strings.ToLower(name))}
			m.key = strings.Join(m.words, " ")
			start := tok.Start + utf8.RuneCountInString(text[tok.BStart:b])
			m.m = newsner.Mention{Start: start, End: start + utf8.RuneCountInString(name), Text: name}
			out = append(out, m)
		} else if startsUpper(name) && hasLetter(name) && !strings.ContainsAny(name, "/") &&
			!strings.EqualFold(name, "the") &&
			(listedOrg(name) || lowered(creditWords, first) || s.typ == newsner.Organization && (isAcronym(name) || slashedCompany(name))) {
			m := &mention{typ: newsner.Organization, t0: k, t1: t1, words: strings.Fields(strings.ToLower(name))}
			m.key = strings.Join(m.words, " ")
			start := tok.Start + utf8.RuneCountInString(text[tok.BStart:b])
			m.m = newsner.Mention{Start: start, End: start + utf8.RuneCountInString(name), Text: name}
			out = append(out, m)
		}
		b = e + 1
	}
	return out
}

// slashedCompany reports whether name, after the slash of an
// organization's span, is a company of the lists (listKey): the second of
// two organizations a slash pairs ("Reuters/Ipsos poll", which gave only
// "Reuters" on a made-up Reuters-style article, fourth audit: the pollster
// is in companies.tsv, not among the outlets listedOrg asks).
func slashedCompany(name string) bool {
	return listKey(name, newsner.Organization) != ""
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
		j := i + 1
		for j < len(toks) && line[j] == line[i] {
			j++
		}
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

// quotedHeadline returns where the headline a line of tokens [i,j) quotes
// starts ("A version of this article appeared ... with the headline:
// Hitachi Set to Win Bidding for British Nuclear Venture."), or j.
func quotedHeadline(toks []token, i, j int) int {
	for k := i; k+2 < j; k++ {
		if toks[k+1].Text == ":" && strings.EqualFold(toks[k].Text, "headline") {
			return k + 2
		}
	}
	return j
}

// bylineRoles are the words of a writer's role in a byline.
var bylineRoles = setOf(`editor reporter correspondent writer columnist producer contributor analyst
critic staff editors reporters correspondents writers`)

// deskWords qualify a writer's role ("CNN Political Editor", "Senior
// Correspondent").
var deskWords = setOf(`political senior chief national foreign international science technology business
health education legal economics financial sports entertainment investigative contributing managing
deputy associate executive special white house`)

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

// roadHeads are the words a numbered road's name starts with ("Route 9A",
// "Interstate 80").
var roadHeads = setOf(`route interstate highway`)

// streetWords end a numbered street's name ("14th Street", "10th Avenue").
var streetWords = setOf(`street avenue road boulevard st. ave. rd. blvd.`)

// numberedRoadSpans makes numbered roads and streets places: a span that
// ends in a road's head word takes the number after it ("Route" + "9A",
// tagged an organization on its own), and an ordinal before a street word
// is a place with it ("14th Street"), which the tagger, reading no
// capital, leaves out.
func numberedRoadSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	var inSpan []bool // made on the first ordinal before a street word
	covered := func(k int) bool {
		if inSpan == nil {
			inSpan = spanCover(len(toks), spans)
		}
		return inSpan[k]
	}
	for i := range spans {
		s := &spans[i]
		if s.t1 < len(toks) && lowered(roadHeads, toks[s.t1-1].Text) && startsUpper(toks[s.t1-1].Text) && roadNumber(toks[s.t1].Text) {
			s.t1++
			s.typ = newsner.Location
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		if ordinal(toks[k].Text) && startsUpper(toks[k+1].Text) && lowered(streetWords, toks[k+1].Text) && !covered(k) {
			add = append(add, tspan{typ: newsner.Location, t0: k, t1: k + 2})
		}
	}
	return replaceSpans(spans, add)
}

// roadNumber reports whether w is a road's number: digits, a letter after
// them allowed ("9A").
func roadNumber(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n > 0 && n <= 4 && (n == len(w) || n == len(w)-1 && w[n] >= 'A' && w[n] <= 'Z')
}

// ordinal reports whether w is a number written as an ordinal ("14th",
// "42nd").
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return n > 0
	}
	return false
}

// datelineSpans makes a dateline in capitals a place: one to three words
// in capitals that start a line (after an agency's "(AP)", if any) before
// a dash and the story's first sentence, in mixed case ("KABUL -- More
// than a dozen ...", "(AP) NEW YORK - NBC Sports anchor ..."). The tagger
// misses such a city or calls it an organization ("WASHINGTON (Reuters) -",
// where it reads the capitals as the surname and leaves them out). Before
// a listed agency's dateline in brackets (agencyDateline: "WASHINGTON, Dec
// 3 (Reuters) -"), any such words are the place; before a bare dash, or a
// comma, a state or country and a dash ("CLEVELAND/CHICAGO, USA -"), they
// must name a known place: a news service's slug is none ("NOTE - Orii
// Corp makes", "FEATURE - Fertile Ukraine", "RTRS - Budget cuts"); nor is
// a headline in capitals ("SOCCER - JAPAN GET LUCKY WIN"), with nothing in
// lower case after the dash.
func datelineSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for i := 0; i < len(toks); i++ {
		if i > 0 && line[i-1] == line[i] {
			continue
		}
		k := i
		if k+3 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" && line[k+3] == line[i] {
			k += 3
		}
		groups := datelinePlaces(toks, line, k)
		if len(groups) == 0 {
			continue
		}
		d := groups[len(groups)-1].t1
		agency := false
		if d < len(toks) && !dashes[toks[d].Text] {
			if a := agencyDatelineDash(toks, d); a >= 0 && line[a] == line[i] {
				d, agency = a, true
			} else if stateDateline(toks, d) {
				for d < len(toks) && !dashes[toks[d].Text] {
					d++ // "CLEVELAND/CHICAGO, USA -": known places, as below
				}
			}
		}
		if d+2 >= len(toks) || line[d] != line[i] || !dashes[toks[d].Text] {
			continue
		}
		lower := false
		for j := d + 1; j < len(toks) && line[j] == line[i] && j < d+20; j++ {
			r, _ := utf8.DecodeRuneInString(toks[j].Text)
			if unicode.IsLower(r) {
				lower = true
				break
			}
		}
		if !lower || !startsUpper(toks[d+1].Text) {
			continue
		}
		if agency || knownPlaces(toks, groups) {
			add = append(add, groups...)
		}
	}
	return replaceSpans(spans, add)
}

// knownPlaces reports whether every span of groups, words in capitals,
// names a known place (isPlaceName, in title case: "NEW YORK").
func knownPlaces(toks []token, groups []tspan) bool {
	for _, g := range groups {
		ws := make([]string, 0, g.t1-g.t0)
		for j := g.t0; j < g.t1; j++ {
			ws = append(ws, titleCase(toks[j].Text))
		}
		if !isPlaceName(strings.Join(ws, " ")) {
			return false
		}
	}
	return true
}

// datelinePlaces returns the places of a dateline in capitals from token
// k on: one to three words in capitals, then up to three more such groups
// after a slash token ("WASHINGTON / NEW YORK", as datelineSlashes cuts
// "WASHINGTON/NEW YORK"), each a LOCATION span; nil if none.
func datelinePlaces(toks []token, line []int, k int) []tspan {
	var groups []tspan
	for len(groups) < 4 {
		n := 0
		for k+n < len(toks) && line[k+n] == line[k] && isLetters(toks[k+n].Text) && strings.ToUpper(toks[k+n].Text) == toks[k+n].Text && utf8.RuneCountInString(toks[k+n].Text) > 1 {
			n++
		}
		if n == 0 || n > 3 {
			return nil
		}
		groups = append(groups, tspan{typ: newsner.Location, t0: k, t1: k + n})
		k += n
		if k+1 >= len(toks) || toks[k].Text != "/" || line[k] != line[k+1] {
			break
		}
		k++
	}
	return groups
}

// quoteLineSpans makes the company's name of each stock quote line one
// organization, replacing the tagger's spans there: a line of a ticker in
// capitals, the name in capitals ending in a legal suffix, and numbers,
// a change in per cent among them (price, change, per cent: "HD THE HOME
// DEPOT INC. 225.86 -12.99 -5.44%"), as business news pages print their
// quote boxes; CoNLL-2003's price tables ("CKD PRAHA HOLDING 369.66
// 384.00") have no ticker and no per cent. The tagger
// reads the ticker into the name and cuts the name at a possessive or
// "THE" ("LOW LOWE'S COMPANIES INC." gave "LOWE", a person, and
// "COMPANIES INC.").
func quoteLineSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && line[j] == line[i] {
			j++
		}
		if e := quoteLineName(toks, i, j); e > 0 {
			add = append(add, tspan{typ: newsner.Organization, t0: i + 1, t1: e})
		}
		i = j
	}
	return replaceSpans(spans, add)
}

// quoteLineName returns where the company's name ends if tokens [i,j) are
// a stock quote line (quoteLineSpans), else 0.
func quoteLineName(toks []token, i, j int) int {
	if j-i < 4 || !isAcronym(toks[i].Text) || utf8.RuneCountInString(toks[i].Text) > 5 {
		return 0
	}
	k, end := i+1, 0
	for ; k < j && !quoteNumber(toks[k].Text); k++ {
		w := toks[k].Text
		switch {
		case w == "." && end == k:
			end = k + 1 // "INC" "."
		case isPossessive(w) || w == "&" || w == "-":
		case hasLetter(w) && strings.ToUpper(w) == w:
			end = 0
			if lowered(legalSuffixes, strings.TrimSuffix(w, ".")) && k > i+1 {
				end = k + 1
			}
		default:
			return 0
		}
	}
	if end != k || k == j {
		return 0
	}
	pct := false
	for ; k < j; k++ {
		if !quoteNumber(toks[k].Text) {
			return 0
		}
		pct = pct || strings.HasSuffix(toks[k].Text, "%")
	}
	if !pct {
		return 0 // a table of prices alone: "CKD PRAHA HOLDING 369.66 384.00", no ticker first
	}
	return end
}

// quoteNumber reports whether w is a quote's number: digits with a sign,
// a decimal point, thousands' commas or a per cent sign ("-12.99",
// "-5.44%").
func quoteNumber(w string) bool {
	digits := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case strings.ContainsRune(".,-+%\u2212", r):
		default:
			return false
		}
	}
	return digits
}

// printFooterSpans drops the spans of a newspaper's print footer ("A
// version of this article appeared in print on 11/06/2012, on page D5 of
// the NewYork edition with the headline: ..."), up to its "headline:",
// but a known place's: the edition's name, glued on web pages ("NewYork"),
// is no name of the story, while "the New York edition" names the city.
// The headline after it is left to headlineLines.
func printFooterSpans(toks []token, spans []tspan, line []int) []tspan {
	// footer[l]: the token its "headline:" ends at (len(toks) if none) for
	// each footer line l, in one pass over the lines.
	var footer map[int]int
	for i := 0; i < len(toks); i++ {
		if (i == 0 || line[i-1] != line[i]) && printFooter(toks, i) {
			if footer == nil {
				footer = map[int]int{}
			}
			h := i
			for h < len(toks) && line[h] == line[i] && !(toks[h].Text == ":" && h > i && strings.EqualFold(toks[h-1].Text, "headline")) {
				h++
			}
			footer[line[i]] = h
			i = h - 1
		}
	}
	if footer == nil {
		return spans
	}
	out := spans[:0]
	for _, s := range spans {
		h, ok := footer[line[s.t0]]
		if !ok || h < s.t0 || isPlaceName(joinTokens(toks[s.t0:s.t1])) {
			out = append(out, s) // in the headline; "the New York edition" names the city
		}
	}
	return out
}

// columnDateSpans drops a span that starts a line and ends right before a
// bar and a date ("Code Red | 19 July 2012", "HyperDrive | 20 July 2012"):
// a column's or a section's title above its story, no organization; a
// listed outlet ("Reuters | 19 July 2012") stays, and so does a person, the
// byline's author ("Henry Blodget | Aug. 9, 2012").
func columnDateSpans(toks []token, spans []tspan, line []int) []tspan {
	out := spans[:0]
	for _, s := range spans {
		k := s.t1
		bar := k+2 < len(toks) && toks[k].Text == "|" && line[k] == line[s.t0] && dateAt(toks, k+1)
		// "Personal Health November 5, 2012, 12:01 am": the tagger took the
		// month into the title.
		month := s.t1-s.t0 >= 2 && s.typ == newsner.Organization && k < len(toks) && line[k] == line[s.t0] && dateAt(toks, s.t1-1)
		if s.typ == newsner.Person || (s.t0 > 0 && line[s.t0-1] == line[s.t0]) || !bar && !month || listedOrg(joinTokens(toks[s.t0:s.t1])) {
			out = append(out, s)
		}
	}
	return out
}

// angleTitleSpans drops the spans inside angle brackets on one line ("to
// watch <The Palace: Tale of Jang Noksu> and"): a work's title, as Korean
// and Chinese pages in English mark shows, films and books, whose words
// are no names of their own (MISC as a whole). A bracket must open a
// token ("<The") and close one ("Noksu>"), with no other between.
func angleTitleSpans(toks []token, spans []tspan, line []int) []tspan {
	var in []bool // tokens inside a title, made on the first one
	open := -1
	for k, t := range toks {
		if k > 0 && line[k] != line[k-1] {
			open = -1
		}
		switch {
		case strings.HasPrefix(t.Text, "<") && !strings.Contains(t.Text, ">"):
			open = k
		case open >= 0 && strings.HasSuffix(t.Text, ">") && !strings.Contains(t.Text, "<"):
			if in == nil {
				in = make([]bool, len(toks))
			}
			for j := open; j <= k; j++ {
				in[j] = true
			}
			open = -1
		}
	}
	if in == nil {
		return spans
	}
	out := spans[:0]
	for _, s := range spans {
		if !in[s.t0] || !in[s.t1-1] {
			out = append(out, s)
		}
	}
	return out
}

// dateAt reports whether a date starts at toks[i]: a day's number and a
// month ("19 July"), or a month and a day's number ("July 19").
func dateAt(toks []token, i int) bool {
	day := func(w string) bool { w = strings.TrimRight(w, ","); return isNumber(w) && len(w) <= 2 }
	a, b := toks[i].Text, toks[i+1].Text
	return day(a) && lowered(months, b) || lowered(months, a) && day(b)
}

// printFooter reports whether the line starting at token i opens with "A
// version of this article appear(s|ed) in print".
func printFooter(toks []token, i int) bool {
	want := []string{"A", "version", "of", "this", "article"}
	if i+len(want)+2 > len(toks) {
		return false
	}
	for k, w := range want {
		if toks[i+k].Text != w {
			return false
		}
	}
	v := toks[i+len(want)].Text
	return (v == "appeared" || v == "appears") && toks[i+len(want)+1].Text == "in"
}

// dashes are the tokens a dateline ends in.
var dashes = map[string]bool{"-": true, "--": true, "\u2014": true, "\u2013": true}

// legislatures are the chambers a party's adjective stands before, no part
// of their name ("a Republican House of Representatives", as CoNLL-2003
// marks "Republican" MISC and "Congress" ORGANIZATION).
var legislatures = setOf(`house senate congress`)

// nameEdgeSpans cuts a party's adjective off a legislature's name
// ("Republican House of Representatives": "House of Representatives") and
// drops a span that is a name's suffix alone ("Jr." of "John Hinckley,
// Jr.").
func nameEdgeSpans(toks []token, spans []tspan) []tspan {
	out := spans[:0]
	for _, s := range spans {
		if s.t1-s.t0 >= 2 && s.typ != newsner.Person && (toks[s.t0].Text == "Republican" || toks[s.t0].Text == "Democratic") && lowered(legislatures, toks[s.t0+1].Text) {
			s.t0++
		}
		if s.t1-s.t0 == 1 && nameSuffixes[toks[s.t0].Text] {
			continue
		}
		out = append(out, s)
	}
	return out
}

// nameSuffixes end a person's name; alone they name nothing.
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "JR.": true, "SR.": true}

// replaceSpans returns spans with add in, in token order, and without the
// spans add overlaps. It sorts add and looks each span's overlap up in it
// (the greatest end among the added spans that start before the span
// ends), so many of both (a page of bylines) cost n log n, not n*m.
func replaceSpans(spans, add []tspan) []tspan {
	if add == nil {
		return spans
	}
	add = slices.Clone(add)
	slices.SortStableFunc(add, func(a, b tspan) int { return a.t0 - b.t0 })
	maxEnd := make([]int, len(add)) // maxEnd[i]: the greatest t1 of add[:i+1]
	for i, a := range add {
		maxEnd[i] = a.t1
		if i > 0 && maxEnd[i-1] > a.t1 {
			maxEnd[i] = maxEnd[i-1]
		}
	}
	out := make([]tspan, 0, len(spans)+len(add))
	for _, s := range spans {
		// The added spans starting before s ends: add[:n].
		n, _ := slices.BinarySearchFunc(add, s.t1, func(a tspan, t1 int) int {
			if a.t0 < t1 {
				return -1
			}
			return 1
		})
		if n == 0 || maxEnd[n-1] <= s.t0 {
			out = append(out, s)
		}
	}
	out = append(out, add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].t0 < out[b].t0 })
	return out
}

// signOffSpans makes a line that is a dash glued to a name of two or three
// capitalized words ("-Jane Quimbly", "—Rob Zorbin") a person: a post's
// sign-off by its author, which the tagger misses with the dash in its
// first token (buildEntities leaves the dash out of the mention).
func signOffSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for i := 0; i < len(toks); i++ {
		if i > 0 && line[i-1] == line[i] || leadDashes(toks[i].Text) == 0 {
			continue
		}
		j := i + 1
		for j < len(toks) && line[j] == line[i] {
			j++
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

// leadDashes returns how many bytes of dashes start w before a capital
// letter ("-Jane", "—Rob"), 0 if w is no such word.
func leadDashes(w string) int {
	r := strings.TrimLeft(w, "-\u2013\u2014")
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

// photoSlash returns the length of the "Photo" or "Photos" that token w
// opens before a slash ("Photo/Jane" of "AP Photo/Jane Doe"), 0 if none.
func photoSlash(w string) int {
	for _, p := range []string{"Photo/", "Photos/", "PHOTO/", "PHOTOS/"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return len(p) - 1
		}
	}
	return 0
}

// photoCreditSpans makes an agency's photo credit with its photographer
// after the slash ("(AP Photo/Jane Doe)", "AFP Photo/Rob Zorbin") one
// span of the agency's word to the photographer's last capitalized word
// on the line (three words at most): the tagger reads "AP Photo" as a
// person and cuts the photographer off. cutSlash then keeps the agency
// alone and slashMentions makes the photographer a person.
func photoCreditSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for k := 1; k < len(toks); k++ {
		n := photoSlash(toks[k].Text)
		if n == 0 || line[k-1] != line[k] || toks[k-1].Text == "The" || !lowered(creditWords, toks[k-1].Text) ||
			!startsUpper(toks[k].Text[n+1:]) || !isLetters(toks[k].Text[n+1:]) {
			continue
		}
		j := k + 1
		for j < len(toks) && j < k+3 && line[j] == line[k] && startsUpper(toks[j].Text) && isLetters(toks[j].Text) {
			j++
		}
		add = append(add, tspan{newsner.Organization, k - 1, j})
	}
	if add == nil {
		return spans
	}
	return replaceSpans(spans, add)
}

// paperWords end a newspaper's name as outletHeads do, and are too common
// a word for joinOutletNames to join after a place ("Bayport Ledger", "The
// Quenton Bee").
var paperWords = setOf(`Ledger News Record Bee Press Review Advocate Leader Enquirer Globe Reporter Democrat-Gazette`)

// theOutletSpans makes a person's span after "The" that ends in a
// newspaper's word an organization: "By Jane Quimble | The Bayport
// Ledger", "Photo: Rob Zorbin / The Quenton Bee", "a staff writer at the
// Ledger", the paper of a byline or a credit, which the tagger reads as
// one more person beside the names before it. A person's name never
// follows "The".
func theOutletSpans(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.typ == newsner.Person && s.t0 > 0 && strings.EqualFold(toks[s.t0-1].Text, "the") &&
			(outletHeads[toks[s.t1-1].Text] || paperWords[toks[s.t1-1].Text]) {
			spans[i].typ = newsner.Organization
		}
	}
	return spans
}

// theOutletPlaces makes a place's span of two words or more after "The"
// that ends in a newspaper's, an agency's or a site's word (outletHeads,
// paperWords, agencyHeads) an organization: "The Zorbic Wire", "the
// Quenton Press", an outlet named for a place or an ocean, which the
// tagger reads as the place ("Tampa Bay Times | The Zorbic Wire", a list
// of outlets). A place after "the" ends in no such word. A listed
// outlet ("The Canadian Press") is left to the lists, which type it
// without its "The".
func theOutletPlaces(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if w := toks[s.t1-1].Text; s.typ == newsner.Location && s.t1-s.t0 >= 2 && s.t0 > 0 && strings.EqualFold(toks[s.t0-1].Text, "the") &&
			(outletHeads[w] || paperWords[w] || agencyHeads[w]) && !listedOrg(joinTokens(toks[s.t0:s.t1])) {
			spans[i].typ = newsner.Organization
		}
	}
	return spans
}

// imageCaptionSpans cuts the "Image" of a BBC-style picture's credit and
// caption line off the name before it ("Image copyright Getty Images Image
// caption Boats in the harbour", "Image copyright Reuters Image caption
// ..."): the label of the caption after the credit, which the tagger takes
// into the agency's name ("Getty Images Image").
func imageCaptionSpans(toks []token, spans []tspan, line []int) []tspan {
	out := spans[:0]
	for _, s := range spans {
		k := s.t1
		if s.t1-s.t0 >= 2 && k < len(toks) && line[k] == line[k-1] && toks[k-1].Text == "Image" && strings.EqualFold(toks[k].Text, "caption") {
			s.t1--
		}
		out = append(out, s)
	}
	return out
}

// signUpWords open a site's line that offers its newsletter ("Sign up for
// the Morning Briefing newsletter", "Subscribe to our Daily Digest
// newsletter", "Get the Evening Edition newsletter").
var signUpWords = setOf(`sign subscribe get join register receive`)

// newsletterSpans drops a span right before "newsletter" on a line that
// opens with a sign-up word (signUpWords): the newsletter's title, which
// the tagger reads as an organization; no name of the story. A listed
// outlet's name stays ("Sign up for the Reuters newsletter").
func newsletterSpans(toks []token, spans []tspan, line []int) []tspan {
	var starts []int // lineStarts, made at the first title
	out := spans[:0]
	for _, s := range spans {
		k := s.t1
		title := k < len(toks) && line[k] == line[s.t0] && (toks[k].Text == "newsletter" || toks[k].Text == "newsletters")
		if title {
			if starts == nil {
				starts = lineStarts(line)
			}
			l := starts[line[s.t0]]
			title = lowered(signUpWords, toks[l].Text) && !listedOrg(joinTokens(toks[s.t0:s.t1]))
		}
		if !title {
			out = append(out, s)
		}
	}
	return out
}

// socialSites are the networks a page asks its readers to follow it on;
// followVerbs the verbs of the ask before "us" ("Follow us on Twitter",
// "Like us on Facebook", "Check us out on Instagram", "Find us on ...").
var (
	socialSites = setOf(`Facebook Twitter Instagram YouTube LinkedIn Pinterest TikTok Snapchat Flipboard`)
	followVerbs = setOf(`follow like find check join connect`)
)

// followLineSpans drops a span naming a social network (socialSites) on a
// line where a follow verb and "us" stand before it ("Check us out on
// Facebook and also on Twitter. Follow us @..."): the site's own ask to
// its readers, page chrome the tagger reads as organizations; a network
// the story names elsewhere keeps that mention.
func followLineSpans(toks []token, spans []tspan, line []int) []tspan {
	var starts []int // lineStarts, made at the first network
	out := spans[:0]
	for _, s := range spans {
		ask := false
		if s.t1-s.t0 == 1 && socialSites[toks[s.t0].Text] {
			if starts == nil {
				starts = lineStarts(line)
			}
			for k := starts[line[s.t0]]; k+1 < s.t0 && !ask; k++ {
				ask = lowered(followVerbs, toks[k].Text) && strings.EqualFold(toks[k+1].Text, "us")
			}
		}
		if !ask {
			out = append(out, s)
		}
	}
	return out
}

// tagLabels open a page's line of tags before a colon ("Tags: Hurricane,
// Florida, Weather", "Filed under: Bayport, Harbor, City Council",
// "Topics: ...").
var tagLabels = [][]string{{"Tags"}, {"TAGS"}, {"Topics"}, {"Filed", "under"}, {"Filed", "Under"}, {"Related", "topics"}, {"Related", "Topics"}}

// tagLineSpans drops the spans of a line of tags (tagLabels and a colon):
// the site's index words, bare capitalized words the tagger reads as
// names ("Harbor" a place, "Bayport" an organization); the names the story
// holds come from its text.
func tagLineSpans(toks []token, spans []tspan, line []int) []tspan {
	if len(spans) == 0 {
		return spans
	}
	starts := lineStarts(line)
	out := spans[:0]
	for _, s := range spans {
		l := starts[line[s.t0]]
		tags := false
		for _, lab := range tagLabels {
			n := len(lab)
			if l+n < s.t0 && toks[l+n].Text == ":" && line[l+n] == line[l] {
				tags = true
				for j, w := range lab {
					tags = tags && toks[l+j].Text == w
				}
				if tags {
					break
				}
			}
		}
		if !tags {
			out = append(out, s)
		}
	}
	return out
}

// copyrightSpans makes the name after a copyright line's sign and year an
// organization ("Copyright © 2019 Newsday. All rights reserved.", "© 2019
// Cable News Network", "(c) 2019-2020 The Bayport Bee"): the outlet that
// holds the rights, which the tagger, with no verb around it, misses or
// reads as a place. The name is the run of capitalized words after the
// year, a leading "The" left out, "&", "of" and "and" inside it, up to a
// stop, a comma or "All Rights Reserved"; six words at most.
func copyrightSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for i := 0; i < len(toks); i++ {
		if i > 0 && line[i-1] == line[i] {
			continue
		}
		k := copyrightSign(toks, i)
		if k == i {
			continue
		}
		y := k
		for k < len(toks) && line[k] == line[i] && copyrightYear(toks[k].Text) {
			k++
		}
		if k == y || k == len(toks) || line[k] != line[i] {
			continue
		}
		if toks[k].Text == "The" {
			k++
		}
		e := k
		for e < len(toks) && line[e] == line[i] && e-k < 6 {
			w := toks[e].Text
			if w == "All" && e+1 < len(toks) && strings.EqualFold(toks[e+1].Text, "rights") {
				break
			}
			if startsUpper(w) && hasLetter(w) || e > k && (w == "&" || w == "of" || w == "and") && e+1 < len(toks) && startsUpper(toks[e+1].Text) {
				e++
				continue
			}
			break
		}
		if e > k && startsUpper(toks[e-1].Text) {
			add = append(add, tspan{newsner.Organization, k, e})
		}
	}
	return replaceSpans(spans, add)
}

// copyrightSign returns the token after a copyright sign that opens a line
// at token i ("Copyright", "Copyright ©", "©", "(c)", "(C)"), or i if none.
func copyrightSign(toks []token, i int) int {
	switch {
	case toks[i].Text == "Copyright" || toks[i].Text == "COPYRIGHT":
		if i+1 < len(toks) && toks[i+1].Text == "©" {
			return i + 2
		}
		return i + 1
	case toks[i].Text == "©":
		return i + 1
	case i+2 < len(toks) && toks[i].Text == "(" && (toks[i+1].Text == "c" || toks[i+1].Text == "C") && toks[i+2].Text == ")":
		return i + 3
	}
	return i
}

// copyrightYear reports whether w is a copyright line's year or span of
// years ("2019", "2019-2020", "2019,") or the dash between two.
func copyrightYear(w string) bool {
	w = strings.TrimSuffix(w, ",")
	if dashes[w] {
		return true
	}
	a, b, two := strings.Cut(w, "-")
	return isYear(a) && (!two || isYear(b))
}

// sponsorLeads open a line that labels a block of paid links and the
// network that serves it ("Sponsored Content by Taboola", "Promoted
// Stories by Zorbnet", "Paid Post by ...", "Recommended by ...").
var sponsorLeads = setOf(`sponsored promoted paid recommended`)

// sponsorLineSpans drops a span that ends a line opening with a sponsor's
// label (sponsorLeads, then "by" before the span within four words): the
// ad network's name of a widget's heading, which the tagger reads as a
// place or a person; no name of the story. A sentence going on after the
// name ("Sponsored by the Zorb Bank, the fair opens") keeps it.
func sponsorLineSpans(toks []token, spans []tspan, line []int) []tspan {
	var starts []int // lineStarts, made at the first line's end span
	out := spans[:0]
	for _, s := range spans {
		drop := false
		k := s.t1
		if k < len(toks) && line[k] == line[s.t0] && toks[k].Text == "." {
			k++ // "Sponsored by Zorbnet."
		}
		if s.t0 > 0 && toks[s.t0-1].Text == "by" && (k == len(toks) || line[k] != line[s.t0]) {
			if starts == nil {
				starts = lineStarts(line)
			}
			l := starts[line[s.t0]]
			drop = s.t0-1-l <= 3 && s.t0-1 > l && lowered(sponsorLeads, toks[l].Text)
		}
		if !drop {
			out = append(out, s)
		}
	}
	return out
}

// yearHeaderSpans drops a one-word span that opens a line the rest of
// which is two years or more ("Department 2019 2020", "Revenue 2018 2019
// 2020"): a table's header row, its first cell the label of the column of
// row names, no name.
func yearHeaderSpans(toks []token, spans []tspan, line []int) []tspan {
	out := spans[:0]
	for _, s := range spans {
		header := s.t1-s.t0 == 1 && (s.t0 == 0 || line[s.t0-1] != line[s.t0])
		if header {
			k := s.t1
			for k < len(toks) && line[k] == line[s.t0] && isYear(toks[k].Text) {
				k++
			}
			header = k-s.t1 >= 2 && (k == len(toks) || line[k] != line[s.t0])
		}
		if !header {
			out = append(out, s)
		}
	}
	return out
}

// titleAlone reports whether the text's first line stands alone, a blank
// line after it: a web page's title above its story, which headlineLines
// takes as a headline with one word the article writes in lower case
// ("Oil Slides as Zorb Traders Weigh Supply Glut" over a story on "the
// supply"). CoNLL-2003's documents, whose sentences are one a line, have
// no blank line.
func titleAlone(text string, toks []token, line []int) bool {
	for k := 1; k < len(toks); k++ {
		if line[k] != line[k-1] {
			return strings.Count(text[toks[k-1].BEnd:toks[k].BStart], "\n") >= 2
		}
	}
	return false
}
