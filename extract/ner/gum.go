package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// GUM (the Georgetown University Multilayer corpus) marks every mention of
// an entity, nested, pronouns and common nouns included ("the team", "she",
// "US President Donald Trump" around "US" and "Donald Trump"), with ten
// types. CoNLL-2003 marks proper names only, the outermost name, in four
// types. ReadGUM reconciles the two:
//
//   - a mention counts if it is a proper name: after leading determiners
//     and titles, it starts with a proper noun (NNP/NNPS), ends with a
//     proper noun or a number, and holds only capitalized words, numbers
//     and the lower-case joiners of names ("of", "and", "for", "de", ...);
//   - the outermost such mention wins, except that a name whose last token
//     is also the last of an inner name of the same type gives way to it
//     ("President Donald Trump" is "Donald Trump"), and names inside a
//     common-noun mention ("the Kabul government") are still found;
//   - person, place and organization map to PER, LOC and ORG; event, object
//     and abstract names ("Olympics", "Windows 7") to MISC; the rest (time,
//     quantity, animal, ...) are not names CoNLL-2003 marks;
//   - demonyms CoNLL-2003 marks as MISC ("Afghan", "Americans"), which GUM
//     leaves unmarked as adjectives, are MISC (markDemonyms);
//   - GUM's mention is a whole noun phrase, CoNLL-2003's the name in it:
//     a place's or organization's name is read before a postmodifier ("the
//     Museum of Flight in Seattle": gumPostmodifiedName) and after words
//     that say what it is ("localist group Youngspiration's":
//     gumDescriptor), a person's at the end of a title with a place in it
//     or before a "from"/"who" clause (gumPersonTail), a person's comma
//     appositive is no name (personAppositive), and a country's short forms
//     are LOC with its full name (countryShortForms).

// gumToken is one word of a GUM sentence.
type gumToken struct {
	form, xpos string
	spaceAfter bool
}

// gumMention is one GUM entity mention over tokens [t0,t1] (inclusive).
type gumMention struct {
	typ    string
	t0, t1 int
	depth  int // nesting depth: 0 outermost
	id     int // GUM's entity id: mentions of one thing share it
}

// ReadGUM reads GUM's CoNLL-U files (with the entity layer in MISC's
// Entity= attribute) into documents, one per "# newdoc id", with proper
// names mapped to CoNLL-2003's types. Each document's text keeps the
// corpus's spacing (SpaceAfter=No), one sentence a line.
func ReadGUM(r io.Reader) ([]Doc, error) {
	var g gumReader
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		g.line++
		if err := g.readLine(sc.Text()); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gum: %w", err)
	}
	g.flush()
	for i := range g.docs {
		if i < len(g.names) {
			g.docs[i].Name = g.names[i]
		}
	}
	return g.docs, nil
}

// gumReader holds ReadGUM's state: the documents read so far and the one
// being read.
type gumReader struct {
	line     int // number of the line being read, from 1
	docs     []Doc
	names    []string // each "# newdoc id"
	toks     []gumToken
	sentEnds []int // token index after each sentence
	ms       []gumMention
	stack    []gumOpen // mentions opened and not yet closed
	mwtLast  int       // the last word of the current multi-word token
	mwtSpace bool      // whether a space follows the current multi-word token
}

// gumOpen is a mention whose first token has been read and its last not.
type gumOpen struct {
	id, typ string
	t0      int
}

// flush ends the document being read.
func (g *gumReader) flush() {
	if len(g.toks) > 0 {
		g.docs = append(g.docs, gumDoc(g.toks, g.sentEnds, g.ms))
	}
	g.toks, g.sentEnds, g.ms, g.stack = nil, nil, nil, nil
}

// readLine reads one line: a new document's id, a comment, the blank line
// after a sentence, or a token.
func (g *gumReader) readLine(l string) error {
	switch {
	case strings.HasPrefix(l, "# newdoc id"):
		g.flush()
		_, id, _ := strings.Cut(l, "=")
		g.names = append(g.names, strings.TrimSpace(id))
		return nil
	case strings.HasPrefix(l, "#"):
		return nil
	case strings.TrimSpace(l) == "":
		g.mwtLast = 0
		if len(g.toks) > 0 && (len(g.sentEnds) == 0 || g.sentEnds[len(g.sentEnds)-1] != len(g.toks)) {
			g.sentEnds = append(g.sentEnds, len(g.toks))
		}
		return nil
	}
	f := strings.Split(l, "\t")
	if len(f) != 10 {
		return fmt.Errorf("gum line %d: %d fields, want 10", g.line, len(f))
	}
	return g.readToken(f)
}

// readToken reads a token line's ten fields: a multi-word token's range, an
// empty node (skipped), or a word with its spacing and entity marks.
func (g *gumReader) readToken(f []string) error {
	if _, b, ok := strings.Cut(f[0], "-"); ok {
		// A multi-word token ("People's" over "People" and "'s"):
		// its words are written together, its MISC has the spacing.
		last, _ := strconv.Atoi(b)
		g.mwtLast, g.mwtSpace = last, !strings.Contains(f[9], "SpaceAfter=No")
		return nil
	}
	if strings.Contains(f[0], ".") {
		return nil // empty nodes
	}
	tok := gumToken{form: f[1], xpos: f[4], spaceAfter: true}
	inMWT := false
	if id, _ := strconv.Atoi(f[0]); id <= g.mwtLast {
		inMWT = true
		tok.spaceAfter = id == g.mwtLast && g.mwtSpace
	}
	for _, a := range strings.Split(f[9], "|") {
		k, v, _ := strings.Cut(a, "=")
		switch k {
		case "SpaceAfter":
			if !inMWT {
				tok.spaceAfter = v != "No"
			}
		case "Entity":
			if err := g.readEntities(v); err != nil {
				return err
			}
		}
	}
	g.toks = append(g.toks, tok)
	return nil
}

// readEntities reads the Entity= attribute of the next token: mentions it
// opens ("(12-person-..."), opens and closes ("(12-person-...)"), or
// closes ("12)").
func (g *gumReader) readEntities(v string) error {
	i := len(g.toks)
	for v != "" {
		if v[0] == '(' {
			end := strings.IndexAny(v[1:], "()")
			if end < 0 {
				end = len(v) - 1
			}
			body := v[1 : 1+end]
			v = v[1+end:]
			parts := strings.SplitN(body, "-", 3)
			if len(parts) < 2 {
				return fmt.Errorf("gum line %d: bad entity %q", g.line, body)
			}
			if strings.HasPrefix(v, ")") {
				v = v[1:]
				id, _ := strconv.Atoi(parts[0])
				g.ms = append(g.ms, gumMention{typ: parts[1], t0: i, t1: i, depth: len(g.stack), id: id})
			} else {
				g.stack = append(g.stack, gumOpen{id: parts[0], typ: parts[1], t0: i})
			}
			continue
		}
		end := strings.IndexByte(v, ')')
		if end < 0 {
			return fmt.Errorf("gum line %d: bad entity close %q", g.line, v)
		}
		g.closeMention(v[:end], i)
		v = v[end+1:]
	}
	return nil
}

// closeMention ends the innermost open mention with GUM id id at token i.
func (g *gumReader) closeMention(id string, i int) {
	for k := len(g.stack) - 1; k >= 0; k-- {
		if g.stack[k].id == id {
			n, _ := strconv.Atoi(id)
			g.ms = append(g.ms, gumMention{typ: g.stack[k].typ, t0: g.stack[k].t0, t1: i, depth: k, id: n})
			g.stack = append(g.stack[:k], g.stack[k+1:]...)
			return
		}
	}
}

// gumTypes maps GUM's entity types to CoNLL-2003's; others are not names.
var gumTypes = map[string]newsner.EntityType{
	"person": newsner.Person, "place": newsner.Location, "organization": newsner.Organization,
	"event": misc, "object": misc, "abstract": misc,
}

// nameJoiners are the lower-case words that may stand inside a name
// ("Bank of England", "Johnson & Johnson", "Charles de Gaulle").
var nameJoiners = setOf(`of and & for the de du des la le von van der den da di del upon - y e el al bin ibn`)

func gumDoc(toks []gumToken, sentEnds []int, ms []gumMention) Doc {
	// The text, one sentence a line, and each token's code-point extent.
	var sb strings.Builder
	start := make([]int, len(toks))
	end := make([]int, len(toks))
	pos, s := 0, 0
	for i, t := range toks {
		if i > 0 {
			switch {
			case s < len(sentEnds) && sentEnds[s] == i:
				sb.WriteByte('\n')
				pos++
				s++
			case toks[i-1].spaceAfter:
				sb.WriteByte(' ')
				pos++
			}
		}
		start[i] = pos
		sb.WriteString(t.form)
		pos += utf8.RuneCountInString(t.form)
		end[i] = pos
	}
	// Outermost first; among equals, longer first.
	sortMentions(ms)
	// named reports whether tokens [a,b] are a mention of a name's type.
	named := func(a, b int) bool {
		for _, m := range ms {
			if _, ok := gumTypes[m.typ]; ok && m.t0 == a && m.t1 == b {
				return true
			}
		}
		return false
	}
	// notPerson reports whether a mention of a place, organization or MISC
	// type that does not hold all of tokens [t0,t1] overlaps tokens [a,b].
	notPerson := func(t0, t1, a, b int) bool {
		for _, m := range ms {
			if t, ok := gumTypes[m.typ]; ok && t != newsner.Person && !(m.t0 <= t0 && m.t1 >= t1) && m.t0 <= b && m.t1 >= a {
				return true
			}
		}
		return false
	}
	taken := make([]bool, len(toks))
	var gold []Span
	opens := map[int]bool{0: true}
	for _, e := range sentEnds {
		opens[e] = true
	}
	countries := map[int]bool{} // GUM ids of organizations named as a country
	for i, m := range ms {
		typ, ok := gumTypes[m.typ]
		if !ok {
			continue
		}
		// "Los Angeles, California" is two names in CoNLL-2003.
		for pi, part := range commaParts(toks, m.t0, m.t1) {
			id := m.id
			if personAppositive(typ, pi) {
				break
			}
			if pi > 0 && named(part[0], part[1]) {
				break // its own mention gives it its own thing and type ("Florida" of "an event at Cape Canaveral, Florida")
			}
			if pi > 0 {
				id = -(m.id*100 + pi) // "California" of "Los Angeles, California" is another thing
			}
			if innerSameTypeEnd(ms, i, typ, part[0], part[1]) && !postmodifierHoldsEnd(toks, ms, i, typ, part[0], part[1]) {
				continue // "President Donald Trump": the inner "Donald Trump" comes later
			}
			t0, t1, ok := gumName(toks, part[0], part[1], typ, named)
			if !ok && typ == newsner.Person {
				t0, t1, ok = gumPersonPart(toks, part[0], part[1], named, notPerson)
			}
			if !ok && typ == newsner.Person {
				t0, t1, ok = gumPersonTail(toks, part[0], part[1], named, notPerson)
			}
			if !ok && (typ == newsner.Organization || typ == newsner.Location) {
				t0, t1, ok = gumLeadingName(toks, part[0], part[1], typ, named)
			}
			if !ok && (typ == newsner.Organization || typ == newsner.Location) {
				t0, t1, ok = gumPostmodifiedName(toks, part[0], part[1], typ, named)
			}
			if !ok && (typ == newsner.Organization || typ == newsner.Location) {
				t0, t1, ok = gumCapitalizedName(toks, part[0], part[1], opens)
			}
			if ok && typ == newsner.Organization && demonymMinistry(toks, t0, t1) {
				t0++ // "Saudi Interior Ministry": MISC "Saudi" (markDemonyms), ORG "Interior Ministry"
			}
			if ok && typ == newsner.Organization && portfolioBeforeMinister(toks, t0, t1) {
				continue // "Environment Minister John Baird"
			}
			compound := ok && hyphenCompound(toks, t1)
			if compound {
				t1 += 2 // "Warhol-like": MISC as a whole
			}
			if !ok || anyTaken(taken, t0, t1) {
				continue
			}
			for k := t0; k <= t1; k++ {
				taken[k] = true
			}
			ct := gumType(toks, t0, t1, typ)
			if compound {
				ct = misc
			}
			if ct == newsner.Location && typ == newsner.Organization && id > 0 {
				countries[id] = true
			}
			gold = append(gold, Span{Type: ct, Start: start[t0], End: end[t1], Entity: id})
		}
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.form
	}
	gold = countryShortForms(gold, countries)
	gold = markDemonyms(gold, words, start, end, taken)
	sortSpans(gold)
	return Doc{Text: sb.String(), Gold: gold}
}

// gumName returns the proper-name part of mention tokens [t0,t1]: leading
// determiners and titles dropped, or ok false if what is left is not a
// proper name.
func gumName(toks []gumToken, t0, t1 int, typ newsner.EntityType, named func(a, b int) bool) (int, int, bool) {
	for t0 <= t1 {
		w := strings.ToLower(toks[t0].form)
		if w == "the" || w == "a" || w == "an" || (typ == newsner.Person && t0 < t1 && isRole(toks[t0].form) && isProperTok(toks[t0+1])) {
			t0++
			continue
		}
		break
	}
	for t1 >= t0 && (toks[t1].xpos == "POS" || !hasLetter(toks[t1].form) && !isNumber(toks[t1].form)) {
		t1--
	}
	if typ == newsner.Person {
		// "U.S. Senator John Cornyn", "Environment Minister John Baird",
		// "NASA Administrator Charles Bolden" (roles as the document step's).
		for k := t1 - 1; k >= t0; k-- {
			if isRole(toks[k].form) && isProperTok(toks[k+1]) {
				t0 = k + 1
				break
			}
		}
	}
	if t0 > t1 || !isNNP(toks[t0]) || !startsUpper(toks[t0].form) && !gumArticleLead(toks, t0, t1) {
		return 0, 0, false
	}
	if last := toks[t1]; !isProperTok(last) && !isNumber(last.form) || typ == newsner.Person && isRole(last.form) {
		return 0, 0, false
	}
	for k := t0; k <= t1; k++ {
		t := toks[k]
		l := strings.ToLower(t.form)
		switch {
		case t.xpos == "POS" && k > t0 && k < t1 && !named(t0, k-1) && !named(t0, k) && !toks[k-1].spaceAfter:
			continue // "People's Daily": a possessive inside one name
		case t.xpos == "POS" || t.form == "(" || t.form == ")" || t.form == "[" || t.form == "]":
			return 0, 0, false // "Saudi Arabia's Civil Defense Authority" is two names
		case typ == misc && !isNNP(t) && !isNumber(t.form) && !nameJoiners[l] && hasLetter(t.form):
			return 0, 0, false // "Election Results" of a heading
		case k > t0+1 && toks[k-1].form == "-" && !toks[k-2].spaceAfter && !toks[k-1].spaceAfter:
			continue // "yan" of "Lee Cheuk-yan", one word with its hyphen
		case typ == newsner.Person && hasLetter(t.form) && !startsUpper(t.form) && !nameParticles[l]:
			return 0, 0, false // "Lee Cheuk-yan of the Labour Party"
		case isProperTok(t) || isNumber(t.form) || nameJoiners[l] || !hasLetter(t.form):
			continue
		}
		return 0, 0, false
	}
	return t0, t1, true
}

// commaParts splits tokens [t0,t1] at commas.
func commaParts(toks []gumToken, t0, t1 int) [][2]int {
	var parts [][2]int
	a := t0
	for k := t0; k <= t1; k++ {
		if toks[k].form == "," {
			if k > a {
				parts = append(parts, [2]int{a, k - 1})
			}
			a = k + 1
		}
	}
	if a <= t1 {
		parts = append(parts, [2]int{a, t1})
	}
	return parts
}

// gumType is CoNLL-2003's type for the name [t0,t1] GUM typed typ: a
// country acting as a government ("South Korea evacuated") is a place, as
// CoNLL-2003 marks it; a people ("Bangladeshis") is MISC.
func gumType(toks []gumToken, t0, t1 int, typ newsner.EntityType) newsner.EntityType {
	if typ == newsner.Person && t0 == t1 && (isDemonymWord(toks[t0].form) || gumFaithOrPeople(toks[t0].form)) {
		return misc
	}
	if typ == newsner.Organization && gumFacilityAsPlace(toks, t0, t1) {
		return newsner.Location
	}
	if typ == newsner.Organization {
		words := make([]string, 0, t1-t0+1)
		for k := t0; k <= t1; k++ {
			words = append(words, toks[k].form)
		}
		if gz, err := sharedGazetteer(); err == nil && gz.phrases[strings.Join(words, " ")]&(1<<gzCountry) != 0 {
			return newsner.Location
		}
	}
	return typ
}

// gumLeadingName finds the name that starts an organization's or place's
// mention whose other words are common nouns: "Yonhap" of "Yonhap news agency", "Hells Angels" of
// "the Hells Angels biker gang", "Civil Defense Authority" of "Saudi
// Arabia's Civil Defense Authority" (after the last possessive),
// "Kowloon West" of "the Kowloon West geographical constituency", after
// the words that say what it is (gumDescriptor); "al-Ikhbariya" of
// "al-Ikhbariya television" across its hyphen (gumInnerHyphen,
// gumArticleLead).
func gumLeadingName(toks []gumToken, t0, t1 int, typ newsner.EntityType, named func(a, b int) bool) (int, int, bool) {
	for t1 > t0 && toks[t1].xpos == "POS" {
		t1-- // "localist group Youngspiration's" (of "... Youngspiration's Baggio Leung")
	}
	for k := t1; k > t0; k-- {
		if toks[k].xpos == "POS" {
			t0 = k + 1
			break
		}
	}
	for t0 <= t1 && (strings.EqualFold(toks[t0].form, "the") || strings.EqualFold(toks[t0].form, "a")) {
		t0++
	}
	for t0 <= t1 && (gumDescriptor(toks[t0]) || openingDescriptor(toks, t0, t1)) {
		t0++
	}
	e := t0
	for e <= t1 && (isNNP(toks[e]) || gumInnerHyphen(toks, t0, e, t1)) {
		e++
	}
	if e == t0 {
		return 0, 0, false
	}
	for k := e; k <= t1; k++ {
		if x := toks[k].xpos; x != "NN" && x != "NNS" && (x != "JJ" || startsUpper(toks[k].form)) {
			return 0, 0, false
		}
	}
	if typ == newsner.Location && named(t0, e-1) {
		return 0, 0, false // "Indonesia waters", "the USI art gallery": the name's own mention gives it its own thing and type
	}
	return gumName(toks, t0, e-1, typ, named)
}

// gumInnerHyphen reports whether token e, inside [t0,t1], is a hyphen
// between two proper nouns of a name GUM splits at it: "al-Ikhbariya" of
// "al-Ikhbariya television" (al/NNP -/HYPH Ikhbariya/NNP), which CoNLL-2003
// marks as it does eng.train's "al-Akhbar" (ORG); the hyphen had ended the
// name before its second part, and a hyphen is no common noun, so the
// mention gave no name.
func gumInnerHyphen(toks []gumToken, t0, e, t1 int) bool {
	return toks[e].xpos == "HYPH" && e > t0 && e < t1 && isNNP(toks[e-1]) && isNNP(toks[e+1])
}

// gumArticleLead reports whether the name [t0,t1] opens with Arabic's
// article in lower case, hyphened to a capitalized word ("al-Ikhbariya",
// GUM's al/NNP -/HYPH Ikhbariya/NNP): a name all the same, as eng.train's
// "al-Akhbar" (ORG), though its first letter is small.
func gumArticleLead(toks []gumToken, t0, t1 int) bool {
	l := toks[t0].form
	return (l == "al" || l == "el") && t0+2 <= t1 && toks[t0+1].form == "-" && !toks[t0].spaceAfter && startsUpper(toks[t0+2].form)
}

// gumDescriptor reports whether t is a word that says what a named
// organization or place is before its name, no part of the name:
// "localist group Youngspiration", "pro-Beijing DAB", "North Korea's main
// news agency Korean Central News Agency", "rainy Ottawa street": a
// lower-case adjective or noun, or a hyphenated adjective
// ("Pro-Beijing" opening a sentence). Not a capitalized adjective such as
// "Greek" of "the Greek Ministry of Culture".
func gumDescriptor(t gumToken) bool {
	switch t.xpos {
	case "JJ", "JJS", "JJR", "NN", "NNS", "HYPH", "VBN", "VBG":
		return !startsUpper(t.form) || t.xpos == "JJ" && strings.Contains(t.form, "-")
	}
	return false
}

// gumPersonPart finds the person's name in a mention that also names their
// party or country or what they are: after the last possessive ("DAB's
// Starry Lee"), before the first "of" ("Lee Cheuk-yan of the Labour
// Party"), after the lower-case words it starts with ("author Truman
// Capote"), as CoNLL-2003 marks names.
func gumPersonPart(toks []gumToken, t0, t1 int, named func(a, b int) bool, otherType func(t0, t1, a, b int) bool) (int, int, bool) {
	m0, m1 := t0, t1
	for k := t0; k < t1; k++ {
		if toks[k].form == "of" {
			t1 = k - 1
			break
		}
	}
	for k := t1; k > t0; k-- {
		if toks[k].xpos == "POS" {
			t0 = k + 1
			break
		}
	}
	// "author Truman Capote", "pro-establishment nonpartisan Junius Ho": the
	// words that say what the person is are no part of the name.
	// Not where the name holds a mention of another type ("a treasurer at
	// the Andy Warhol Foundation") or is a people ("many Texans").
	s := t0
	for s < t1 && (!hasLetter(toks[s].form) || !startsUpper(toks[s].form) && !lowered(nameParticles, toks[s].form)) {
		s++
	}
	if s > t0 {
		if a, b, ok := gumName(toks, s, t1, newsner.Person, named); ok && !otherType(m0, m1, a, b) && (a < b || toks[a].xpos != "NNPS") {
			return a, b, true
		}
	}
	if t0 > t1 {
		return 0, 0, false
	}
	a, b, ok := gumName(toks, t0, t1, newsner.Person, named)
	if ok && otherType(m0, m1, a, b) {
		return 0, 0, false // "former Museum of Flight CEO": "Museum" is the place's
	}
	return a, b, ok
}

func isNNP(t gumToken) bool { return t.xpos == "NNP" || t.xpos == "NNPS" }

// isProperTok reports whether t is a proper noun, or a capitalized word
// tagged otherwise inside a name ("Afghan Girls Robotics Team").
func isProperTok(t gumToken) bool {
	if t.xpos == "NNP" || t.xpos == "NNPS" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.form)
	return unicode.IsUpper(r) && t.xpos != "PRP" && t.xpos != "DT" && t.xpos != "IN" && t.xpos != "CC"
}

func anyTaken(taken []bool, t0, t1 int) bool {
	for k := t0; k <= t1; k++ {
		if taken[k] {
			return true
		}
	}
	return false
}

// innerSameTypeEnd reports whether another mention inside tokens [t0,t1]
// of ms[i], shorter than that, has the same type and ends on t1.
func innerSameTypeEnd(ms []gumMention, i int, typ newsner.EntityType, t0, t1 int) bool {
	for j, n := range ms {
		if j == i || n.t0 < t0 || n.t1 > t1 || n.t1-n.t0 >= t1-t0 {
			continue
		}
		if gumTypes[n.typ] == typ && n.t1 == t1 {
			return true
		}
	}
	return false
}

// sortMentions orders mentions outermost (longest) first, then by start.
func sortMentions(ms []gumMention) {
	sort.SliceStable(ms, func(i, j int) bool {
		if li, lj := ms[i].t1-ms[i].t0, ms[j].t1-ms[j].t0; li != lj {
			return li > lj
		}
		return ms[i].t0 < ms[j].t0
	})
}

func sortSpans(s []Span) {
	sort.SliceStable(s, func(i, j int) bool { return s[i].Start < s[j].Start })
}

// markDemonyms adds a MISC span for each demonym token ("Afghan",
// "Americans") not inside a span already: CoNLL-2003 marks them MISC,
// corpora without MISC leave them unmarked.
func markDemonyms(gold []Span, words []string, start, end []int, taken []bool) []Span {
	for k, w := range words {
		if taken[k] || !startsUpper(w) {
			continue
		}
		if isDemonymWord(w) {
			gold = append(gold, Span{Type: misc, Start: start[k], End: end[k]})
		}
	}
	return gold
}

// isDemonymWord reports whether w is a demonym or its plural.
func isDemonymWord(w string) bool {
	return isDemonym(w) || strings.HasSuffix(w, "s") && isDemonym(strings.TrimSuffix(w, "s"))
}

// personAppositive reports whether comma part pi of a mention GUM typed
// typ is an appositive of a person's name, no name of its own: "Tom
// Molomby, SC", "a curator at the University of Arkansas, Fayetteville",
// "Edward Yiu of the Architectural, Surveying, Planning and Landscape
// constituency". GUM's person mention runs over the appositive; CoNLL-2003
// marks the person's name alone, and a place or organization in the
// appositive by its own mention (read on its own), never as a person.
func personAppositive(typ newsner.EntityType, pi int) bool {
	return typ == newsner.Person && pi > 0
}

// countryShortForms makes LOC the organization spans of a GUM entity that
// is named as a country elsewhere: GUM types a country that acts as an
// organization ("South Korea retaliated"), and gumType maps its full name
// to LOC as CoNLL-2003 marks countries whatever they do; the short forms of
// the same entity by GUM's coreference ("the North", "The South", "the
// DPRK") are the same country, LOC in CoNLL-2003 as well.
func countryShortForms(gold []Span, countries map[int]bool) []Span {
	for i := range gold {
		if gold[i].Type == newsner.Organization && countries[gold[i].Entity] {
			gold[i].Type = newsner.Location
		}
	}
	return gold
}

// gumPersonTail finds a person's name at the end of a mention, or of its
// part before a preposition or relative pronoun, where gumPersonPart finds
// none: "Governor of Washington Chris Gregoire" (the words before the name
// hold a place's mention), "Pan-democrat Lam Cheuk-ting from the Democratic
// Party", "his then-girlfriend Julie Couillard who had ties to ...".
// CoNLL-2003 marks the name alone. Not a run that ends a longer name
// ("a director at the University of Arkansas"), nor a run of another
// type's mention.
func gumPersonTail(toks []gumToken, t0, t1 int, named func(a, b int) bool, otherType func(t0, t1, a, b int) bool) (int, int, bool) {
	if a, b, ok := gumTrailingPerson(toks, t0, t1, t0, t1, named, otherType); ok {
		return a, b, true
	}
	for k := t0 + 1; k <= t1; k++ {
		t := toks[k]
		if startsUpper(t.form) || nameJoiners[t.form] || t.xpos != "IN" && t.xpos != "WP" && t.xpos != "WDT" || !isProperTok(toks[k-1]) {
			continue
		}
		return gumTrailingPerson(toks, t0, t1, t0, k-1, named, otherType)
	}
	return 0, 0, false
}

// gumTrailingPerson is the run of proper nouns (and hyphens inside a word)
// that ends tokens [a,b] of mention [m0,m1], less leading words of another
// type's mention, if it is a person's name.
func gumTrailingPerson(toks []gumToken, m0, m1, a, b int, named func(a, b int) bool, otherType func(t0, t1, a, b int) bool) (int, int, bool) {
	if b < a || !isProperTok(toks[b]) {
		return 0, 0, false
	}
	s := b
	for s > a {
		p := toks[s-1]
		if isNNP(p) {
			s--
			continue
		}
		if p.form == "-" && !p.spaceAfter && s-2 >= a && !toks[s-2].spaceAfter && isNNP(toks[s-2]) {
			s--
			continue
		}
		break
	}
	s0 := s
	for s <= b && otherType(m0, m1, s, s) {
		s++
	}
	if s > b || s == s0 && s > a && lowered(nameJoiners, toks[s-1].form) && !strings.EqualFold(toks[s-1].form, "the") {
		return 0, 0, false
	}
	x, y, ok := gumName(toks, s, b, newsner.Person, named)
	if !ok || otherType(m0, m1, x, y) || gumPeople(toks, x, y) || x > a && gumQuantifier(toks[x-1]) {
		return 0, 0, false
	}
	return x, y, true
}

// gumQuantifier reports whether t counts the people a name after it names
// ("every other New Zealander", "about 100,000 Greeks", "many Texans"):
// then the name is a people's, no person's.
func gumQuantifier(t gumToken) bool {
	switch strings.ToLower(t.form) {
	case "every", "each", "all", "many", "other", "some", "most", "few", "several", "both":
		return true
	}
	return t.xpos == "CD"
}

// gumPeople reports whether the name [a,b] GUM typed a person is a people
// or a member of one, no person's name: "all Muslims who ...", "many
// Texans", "every other New Zealander on the roll" (CoNLL-2003: MISC).
func gumPeople(toks []gumToken, a, b int) bool {
	if a == b && toks[a].xpos == "NNPS" {
		return true
	}
	words := make([]string, 0, b-a+1)
	for k := a; k <= b; k++ {
		words = append(words, toks[k].form)
	}
	return isDemonymWord(strings.Join(words, " ")) || isDemonymWord(toks[b].form)
}

// gumPostmodifiedName finds the name that starts a place's or
// organization's mention and is followed by a preposition or relative
// clause: "the Museum of Flight in Seattle", "the Weatherspoon Art Museum
// at the University of North Carolina", "the Plains of Arafat on the day
// of Hajj", "Rehabilitation Project Force in Sydney, which ...",
// "Johnson Space Center (JSC) in Houston" (gumBracketEnd). GUM's
// mention is the whole noun phrase; CoNLL-2003 marks the name, and the
// place after "in" as a name of its own. "of", "for", "and" and the other
// joiners stay inside ("Museum of Flight"). The name ends at "at" too,
// though eng.train once keeps a campus in its university's name
// ("Southern Illinois University at Carbondale"): "at" far more often says
// where a thing is.
func gumPostmodifiedName(toks []gumToken, t0, t1 int, typ newsner.EntityType, named func(a, b int) bool) (int, int, bool) {
	for t0 <= t1 && (strings.EqualFold(toks[t0].form, "the") || strings.EqualFold(toks[t0].form, "a") || strings.EqualFold(toks[t0].form, "an")) {
		t0++
	}
	k := postmodifierStart(toks, t0, t1)
	if k <= t0 {
		return 0, 0, false
	}
	for j := t0; j < k; j++ {
		if toks[j].xpos == "POS" {
			return 0, 0, false // "the Smithsonian's National Air and Space Museum ... at": two names
		}
	}
	return gumName(toks, t0, gumBracketEnd(toks, t0, k-1), typ, named)
}

// gumBracketEnd is the last token of a name [t0,e] before the bracketed
// short form that closes it: "Johnson Space Center" of "Johnson Space
// Center (JSC) in Houston", whose "JSC" GUM marks as a mention of its own.
// CoNLL-2003 marks the name and its bracketed short form apart (eng.train:
// "Kurdistan Democratic Party ( KDP )"); left in, the bracket kept the
// name from being read at all. e itself where no bracket closes it.
func gumBracketEnd(toks []gumToken, t0, e int) int {
	if toks[e].form != ")" {
		return e
	}
	for j := e - 1; j > t0; j-- {
		if toks[j].form == "(" {
			return j - 1
		}
	}
	return e
}

// postmodifierStart is the first token of the preposition or relative
// clause after the first word of tokens [t0,t1] (gumPostmodifiedName), or -1.
func postmodifierStart(toks []gumToken, t0, t1 int) int {
	for k := t0 + 1; k <= t1; k++ {
		t := toks[k]
		if lowered(nameJoiners, t.form) || startsUpper(t.form) {
			continue
		}
		if t.xpos == "IN" || t.xpos == "WDT" || t.xpos == "WP" {
			return k
		}
	}
	return -1
}

// postmodifierHoldsEnd reports whether the inner mention of ms[i]'s type
// that ends on its last token lies in a place's or organization's
// postmodifier, not its name: "New York City" of "the Intrepid
// Sea-Air-Space Museum in New York City" is no title before a name
// ("President Donald Trump"), and the museum's name is still read.
func postmodifierHoldsEnd(toks []gumToken, ms []gumMention, i int, typ newsner.EntityType, t0, t1 int) bool {
	if typ != newsner.Location && typ != newsner.Organization {
		return false
	}
	k := postmodifierStart(toks, t0, t1)
	if k < 0 {
		return false
	}
	for j, n := range ms {
		if j != i && n.t0 >= t0 && n.t1 == t1 && n.t1-n.t0 < t1-t0 && gumTypes[n.typ] == typ && n.t0 < k {
			return false
		}
	}
	return true
}

// gumCapitalizedName reads as a name a place's or organization's mention
// of two words or more, all capitalized (joiners aside), that GUM's
// part-of-speech layer tags as common words: "the Legislative Council"
// (Legislative/JJ Council/NN), "the Greek Ministry of Culture"
// (Greek/JJ). CoNLL-2003 marks such names by their capitals
// ("Palestinian Legislative Council", "Palestinian Information Ministry"
// are ORG in eng.train). Not a mention opening a sentence (opens: the
// sentences' first tokens) or a heading, where a capital says nothing: the
// word before it (or its "the") must be lower-case.
func gumCapitalizedName(toks []gumToken, t0, t1 int, opens map[int]bool) (int, int, bool) {
	the := false
	for t0 <= t1 && (strings.EqualFold(toks[t0].form, "the") || strings.EqualFold(toks[t0].form, "a") || strings.EqualFold(toks[t0].form, "an")) {
		t0++
		the = true
	}
	for t1 >= t0 && toks[t1].xpos == "POS" {
		t1--
	}
	if t1 <= t0 || !startsUpper(toks[t0].form) || !startsUpper(toks[t1].form) {
		return 0, 0, false
	}
	b := t0 - 1
	if the {
		b--
	}
	if b < 0 || opens[b+1] || !hasLetter(toks[b].form) || startsUpper(toks[b].form) {
		return 0, 0, false
	}
	for k := t0; k <= t1; k++ {
		w := toks[k].form
		if !hasLetter(w) || !startsUpper(w) && !lowered(nameJoiners, w) || toks[k].xpos == "POS" {
			return 0, 0, false
		}
	}
	return t0, t1, true
}

// gumFaithOrPeople reports whether w, a mention GUM types a person, names
// a faith's followers or a people the demonyms leave out ("Muslims",
// "Rohingya"; peoplesAndFaiths): MISC in CoNLL-2003, as every such word
// is in eng.train and eng.testa.
func gumFaithOrPeople(w string) bool { return lowered(peoplesAndFaiths, w) }

// demonymMinistry reports whether the organization's name [t0,t1] is a
// demonym and a ministry's name ending in "Ministry" ("Saudi Interior
// Ministry"): CoNLL-2003 marks the demonym MISC and the ministry ORG apart
// (eng.train 4 times, eng.testa once; whole twice, "Palestinian
// Information Ministry"); GUM marks one organization. Not "Greek Ministry
// of Culture", whose formal name CoNLL-2003 keeps whole.
func demonymMinistry(toks []gumToken, t0, t1 int) bool {
	return t1-t0 >= 2 && isDemonymWord(toks[t0].form) && toks[t1].form == "Ministry"
}

// hyphenCompound reports whether the name ending at token t1 is glued by a
// hyphen to a lower-case word after it ("Warhol-like", "Chicago-based"):
// GUM splits the compound and marks the name; CoNLL-2003 keeps it one
// token, MISC as a whole ("U.S.-led"), as ProjectNames reads the page sets'
// lists.
func hyphenCompound(toks []gumToken, t1 int) bool {
	return t1+2 < len(toks) && !toks[t1].spaceAfter && toks[t1+1].form == "-" && !toks[t1+1].spaceAfter &&
		hasLetter(toks[t1+2].form) && !startsUpper(toks[t1+2].form)
}

// portfolioBeforeMinister reports whether the organization's name [t0,t1]
// is one word right before "Minister" or "Secretary" ("Environment
// Minister John Baird"): GUM marks the ministry; CoNLL-2003 leaves such a
// portfolio unmarked, 29 times of 37 in eng.train ("Defence Minister",
// "Finance Minister"; ORG 8, "Treasury Secretary" twice) and 5 of 5 in
// eng.testa.
func portfolioBeforeMinister(toks []gumToken, t0, t1 int) bool {
	if t0 != t1 || t1+1 >= len(toks) {
		return false
	}
	w := strings.ToLower(toks[t1+1].form)
	return w == "minister" || w == "secretary"
}

// gumFacilityAsPlace reports whether an organization's name [t0,t1] is a
// facility's: its last word, or the word before its "of", heads a
// building's name (facilityHeads: "Weatherspoon Art Museum", "Mary & Leigh
// Block Museum of Art"). CoNLL-2003's guidelines put museums, hospitals,
// airports and stations among places, and eng.train marks them so
// ("Metropolitan Museum", "Islamic Museum", every hospital), as the
// document step's facilitiesAsPlaces does; GUM types a museum an
// organization where it acts or holds things, a place elsewhere.
func gumFacilityAsPlace(toks []gumToken, t0, t1 int) bool {
	head := strings.ToLower(toks[t1].form)
	for k := t0 + 1; k <= t1; k++ {
		if toks[k].form == "of" {
			head = strings.ToLower(toks[k-1].form)
			break
		}
	}
	return t1 > t0 && facilityHeads[head]
}

// openingDescriptor reports whether token t0, an adjective capitalized
// (as a sentence's first word is), says what the thing is together with
// the lower-case descriptor after it ("Localist group Civic Passion's",
// opening a sentence); not a demonym ("Greek Ministry of Culture").
func openingDescriptor(toks []gumToken, t0, t1 int) bool {
	return t0 < t1 && toks[t0].xpos == "JJ" && !isDemonymWord(toks[t0].form) &&
		gumDescriptor(toks[t0+1]) && !startsUpper(toks[t0+1].form)
}
