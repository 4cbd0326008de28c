package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// misc is the internal type of CoNLL's MISC class (nationalities, events,
// ...): learnt by the model, never emitted.
const misc newsner.EntityType = "MISC"

// tspan is a tagged run of tokens [t0,t1) of one type, before document-level
// clean-up.
type tspan struct {
	typ    newsner.EntityType
	t0, t1 int
}

// mention is a cleaned-up span on its way into an entity.
type mention struct {
	typ    newsner.EntityType
	t0, t1 int
	key    string // lower-cased surface, quotes folded: groups repeats
	words  []string
	m      newsner.Mention
	// placeCtx, on a group's first mention, is set when a mention of the
	// group stands where a place does (placeContext).
	placeCtx bool
	// place is set on a mention placesAsPlaces made a place: unifyTypes
	// leaves its type.
	place bool
}

// buildEntities turns tagged spans over toks into the article's entity list:
// one entry per distinct entity, mentions in text order, entities ordered by
// first mention. Never nil.
func buildEntities(text string, toks []token, spans []tspan) []newsner.Entity {
	spans = joinPossessiveNames(toks, spans)
	spans = splitOpenBrackets(toks, spans)
	spans = joinOfNames(toks, spans)
	spans = joinOutletNames(toks, spans)
	spans = joinShortSurnames(text, toks, spans)
	ms := make([]*mention, 0, len(spans))
	poss := docPossessives(toks, spans)
	lower := lowerWords(text, toks)
	for _, s := range spans {
		if s.typ == newsner.Person && s.t1-s.t0 > 1 {
			// "Ginger" of "Ginger Nut": a word of a person's name is a
			// name on its own too.
			lower[strings.ToLower(toks[s.t0].Text)] = "name"
			lower[strings.ToLower(toks[s.t1-1].Text)] = "name"
		}
	}
	for _, s := range spans {
		s = possessiveOrg(text, toks, s, poss)
		s, ok := cleanSpan(text, toks, s, poss)
		if !ok {
			continue
		}
		if commonNounStart(text, toks, s, lower) {
			continue
		}
		m := &mention{typ: s.typ, t0: s.t0, t1: s.t1}
		for k := s.t0; k < s.t1; k++ {
			m.words = append(m.words, strings.ToLower(toks[k].Text))
		}
		first := toks[s.t0]
		end, bend := mentionEnd(text, toks, s, poss)
		m.key = strings.Join(m.words, " ")
		if m.typ == newsner.Organization && len(m.words) > 1 && m.words[0] == "the" {
			m.key = strings.Join(m.words[1:], " ") // "The Times" and "the Times"
		}
		if n := len(m.words); n > 1 && isPossessive(m.words[n-1]) {
			m.key = strings.Join(m.words[:n-1], " ") // "Moody's" with its "'s" and without
		}
		// A full stop at the end is no part of what groups mentions: "Junius
		// Ho." at a sentence's end (prose keeps it in the token) is the
		// "Junius Ho" of the next, "Acme Co." is "Acme Co".
		m.key = strings.TrimSuffix(m.key, ".")
		m.m = newsner.Mention{Start: first.Start, End: end, Text: text[first.BStart:bend]}
		ms = append(ms, m)
	}
	placesAsPlaces(ms, toks)
	countriesAsPlaces(ms, lower)
	clubsAsClubs(ms, toks)
	mediaAsOrganizations(ms, toks)
	headedAsOrganizations(ms, toks)
	unifyTypes(ms)
	surnamesAsPeople(ms, toks)
	groups := addListedVariants(text, toks, joinVariants(groupMentions(ms, toks), toks))
	facilitiesAsPlaces(groups)
	out := make([]newsner.Entity, 0, len(groups))
	for _, g := range groups {
		if !g[0].typ.Valid() {
			continue
		}
		e := newsner.Entity{Type: g[0].typ, Mentions: make([]newsner.Mention, 0, len(g))}
		forms := make([]string, 0, len(g))
		for _, m := range g {
			e.Mentions = append(e.Mentions, m.m)
			forms = append(forms, m.m.Text)
		}
		e.Text = fullestForm(forms)
		if vesselName(e.Text) {
			continue // a ship or spacecraft, MISC in CoNLL-2003
		}
		e.Key = entityKey(e.Type, e.Text, forms)
		sort.Slice(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
		e.Count = len(e.Mentions)
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions[0].Start < out[j].Mentions[0].Start })
	return out
}

// cleanSpan trims what is not part of a name off a span: leading quotes and
// punctuation, titles and roles before a person's name ("Polish Prime
// Minister Donald Tusk" -> "Donald Tusk", a PERSON even if the tagger called
// the whole a place), trailing possessives ("Russia's" -> "Russia"; but
// "Moody's", a name in possessiveNames, keeps or gains its "'s") and
// punctuation. It drops spans left without a letter and places that are only
// a demonym ("European", "Ukrainian").
func cleanSpan(text string, toks []token, s tspan, poss map[string]bool) (tspan, bool) {
	s = trimSpanEdges(text, toks, s, poss)
	if !anyLetter(toks[s.t0:s.t1]) {
		return s, false
	}
	if s.t1 < len(toks) && toks[s.t1].Text == "." && toks[s.t1-1].End == toks[s.t1].Start &&
		nameAbbrev(toks, s.t0, s.t1) && !sentenceStop(text, toks, s.t1) {
		s.t1++ // the tagger left the full stop of "Acme Corp. said" out
	}
	s, ok := dropLeadingMonth(toks, s)
	if !ok {
		return s, false
	}
	s = cutLeadingTitles(toks, s)
	s = addNameParticles(toks, s)
	s = addRegnalNumber(toks, s)
	s = addNewspaperThe(toks, s)
	return s, !notAName(toks, s)
}

// trimSpanEdges drops leading and trailing tokens that are not part of a
// name: punctuation, a possessive that is not part of the name ("Russia's"),
// a full stop that ends the sentence, and numbers other than those of an
// organization's or a place's name.
func trimSpanEdges(text string, toks []token, s tspan, poss map[string]bool) tspan {
	// A number is part of an organization's or a place's name ("1860
	// Munich", "Schalke 04", "Europe 1"), but not a year before it or a
	// score after it.
	keepDigits := s.typ != newsner.Person
	for s.t0 < s.t1 && !hasLetter(toks[s.t0].Text) && !(keepDigits && isNumber(toks[s.t0].Text) && !isYear(toks[s.t0].Text)) {
		s.t0++
	}
	for s.t1 > s.t0 {
		w := toks[s.t1-1].Text
		switch {
		case isPossessive(w) && !possessiveName(toks, s.typ, s.t0, s.t1-1, poss):
			s.t1--
			continue
		case isPossessive(w):
			// "Moody's" keeps its "'s".
		case w == "." && s.t1-1 > s.t0 && toks[s.t1-2].End == toks[s.t1-1].Start && nameAbbrev(toks, s.t0, s.t1-1):
			if sentenceStop(text, toks, s.t1-1) {
				s.t1-- // "... bought Acme Corp." ends the sentence
				continue
			}
			// "Acme Corp. said" keeps its full stop.
		case w == ")" && hasToken(toks[s.t0:s.t1-1], "("):
			// "Mladost (L)" keeps its bracket.
		case !hasLetter(w) && !(keepDigits && isNumber(w)):
			s.t1--
			continue
		}
		break
	}
	return s
}

// dropLeadingMonth drops a month before an organization's or a place's
// name ("the August National Association of Purchasing Management
// index"); a span that is only a month is not a name ("LONG GILT (SEP)").
func dropLeadingMonth(toks []token, s tspan) (tspan, bool) {
	if (s.typ == newsner.Organization || s.typ == newsner.Location) && months[strings.ToLower(toks[s.t0].Text)] {
		if s.t1-s.t0 == 1 {
			return s, false // "LONG GILT (SEP)"
		}
		if startsUpper(toks[s.t0+1].Text) {
			s.t0++ // "the August National Association of Purchasing Management index"
		}
	}
	return s, true
}

// cutLeadingTitles starts a person's or a place's span after the last
// title in its leading run of titles, demonyms and country abbreviations
// ("Polish Prime Minister Donald Tusk" -> "Donald Tusk"), and makes it a
// person.
func cutLeadingTitles(toks []token, s tspan) tspan {
	if s.typ != newsner.Person && s.typ != newsner.Location {
		return s
	}
	cut := -1
	for k := s.t0; k < s.t1-1; k++ {
		w := toks[k].Text
		if l := strings.ToLower(w); isRole(w) && (s.typ == newsner.Person || !geoTitles[l] && !qualifierTitles[l]) {
			cut = k
			continue
		}
		if isRole(w) || isDemonym(w) || isLeadingQualifier(w) {
			continue
		}
		break
	}
	if cut >= 0 && startsUpper(toks[cut+1].Text) {
		s.t0 = cut + 1
		s.typ = newsner.Person
	}
	return s
}

// roleWords are roles and affiliations that stand before a person's name
// and are not part of it, as CoNLL-2003 marks them ("Administrator Jane
// Doe", "Democrat Walter Mondale"), beyond the titles the model reads as a
// feature (titles).
var roleWords = setOf(`administrator democrat republican councillor councilor councilman
councilwoman alderman assemblyman assemblywoman lawmaker legislator mp mep treasurer
superintendent sheriff magistrate comptroller ombudsman solicitor pastor deacon provost
registrar goalkeeper striker defender midfielder curator nonpartisan pan-democrat emeritus`)

// isRole reports whether w is a title or role before a person's name.
func isRole(w string) bool { return isTitle(w) || roleWords[strings.ToLower(w)] }

// addNameParticles extends a person's span over the lower-case particles
// before a surname, which are part of the name ("von der Leyen", "de
// Gaulle", "bin Salman"); the model tends to leave them out, mostly where
// the name stands without its first name.
func addNameParticles(toks []token, s tspan) tspan {
	if s.typ == newsner.Person {
		for s.t0 > 0 && nameParticles[toks[s.t0-1].Text] && toks[s.t0-1].End < toks[s.t0].Start {
			s.t0--
		}
	}
	return s
}

// regnalNumbers are the numbers after a monarch's or a pope's name.
var regnalNumbers = setOf(`I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII`)

// addRegnalNumber extends a person's span over the Roman number after it
// ("Pope John Paul II", "King Baudouin I"), which CoNLL-2003 counts in the
// name; "I" only after a title, as it is also the pronoun.
func addRegnalNumber(toks []token, s tspan) tspan {
	if s.typ != newsner.Person || s.t1 >= len(toks) || !regnalNumbers[toks[s.t1].Text] {
		return s
	}
	if toks[s.t1].Text == "I" && (s.t0 == 0 || !isTitle(toks[s.t0-1].Text)) {
		return s
	}
	s.t1++
	return s
}

// addNewspaperThe extends a newspaper's name over a capitalized "The"
// before it ("The Sunday Telegraph quoted ...", "The Times"), which
// CoNLL-2003 counts in the name (8 times of 8 in eng.train and
// eng.testa).
func addNewspaperThe(toks []token, s tspan) tspan {
	if s.typ == newsner.Organization && s.t0 > 0 && toks[s.t0-1].Text == "The" && outletHeads[toks[s.t1-1].Text] {
		s.t0--
	}
	return s
}

// notAName reports a cleaned span that names nothing: a place that is only
// a demonym ("European", but not a region's name), a person that is only
// particles ("DE LOS" of "GACETA DE LOS NEGOCIOS"), a role word alone
// ("Emeritus"), the letters after a name ("Mark Tedeschi, QC"), a tweet's
// retweet mark ("RT @user").
func notAName(toks []token, s tspan) bool {
	if s.typ == newsner.Location && s.t1-s.t0 == 1 && isDemonym(toks[s.t0].Text) && !regionNames[strings.ToLower(toks[s.t0].Text)] {
		return true
	}
	if s.typ == newsner.Person && s.t1-s.t0 > 1 && onlyParticles(toks[s.t0:s.t1]) {
		return true // "DE LOS" of "GACETA DE LOS NEGOCIOS"
	}
	if s.t1-s.t0 == 1 && roleWords[strings.ToLower(toks[s.t0].Text)] {
		return true // "Emeritus" of "Emeritus Professor John Burrows"
	}
	if s.t1-s.t0 == 1 && s.t0 > 1 && postNominals[toks[s.t0].Text] && toks[s.t0-1].Text == "," && startsUpper(toks[s.t0-2].Text) && !isPlaceName(toks[s.t0-2].Text) {
		return true // "Mark Tedeschi, QC": letters after a name; "Columbia, SC" is South Carolina
	}
	if s.t1-s.t0 == 1 && (toks[s.t0].Text == "RT" || toks[s.t0].Text == "MT") && s.t1 < len(toks) &&
		(strings.HasPrefix(toks[s.t1].Text, "@") || strings.HasPrefix(toks[s.t1].Text, "http")) {
		return true // a tweet's "RT @user" or "MT @user" (a retweet), quoted in an article
	}
	return false
}

// mentionEnd is where a cleaned span's mention ends in the text (code
// points, bytes): its last token's end, moved where the token holds more
// than the name or the tagger left some out: a sentence's full stop inside
// "Inc." at the end of a sentence is cut, the "'s" of "McDonald's" that the
// tagger left out is put back. cleanSpan does the same where they are
// tokens of their own.
func mentionEnd(text string, toks []token, s tspan, poss map[string]bool) (end, bend int) {
	last := toks[s.t1-1]
	end, bend = last.End, last.BEnd
	if w := last.Text; len(w) > 1 && w[len(w)-1] == '.' && text[bend-1] == '.' && sentenceStop(text, toks, s.t1-1) &&
		(s.t1-1 > s.t0 && isAbbrev(w[:len(w)-1]) || stateAbbrevs[strings.ToLower(w[:len(w)-1])] || sentenceDot(w)) {
		end, bend = end-1, bend-1
	}
	if n := possessiveAfter(text[bend:]); n > 0 && possessiveName(toks, s.typ, s.t0, s.t1, poss) {
		end, bend = end+2, bend+n
	}
	return end, bend
}

// sentenceDot reports whether the full stop that ends a name's last word w
// ("To." of "James To.", "Sox." of "the Chicago White Sox.", which prose
// keeps in the token) is the sentence's: w is a word of two letters or
// more without another full stop, not an abbreviation ("Jr.", "Corp.")
// nor an initial ("J.").
func sentenceDot(w string) bool {
	b := w[:len(w)-1]
	return utf8.RuneCountInString(b) >= 2 && !strings.Contains(b, ".") && !isAbbrev(b) && hasLetter(b)
}

// postNominals are the letters after a person's name ("QC", "OBE").
var postNominals = setOf(`QC KC SC MP MEP MSP OBE CBE MBE KBE DBE PhD MD Esq`)

// onlyParticles reports whether every token is a name particle ("de los").
func onlyParticles(toks []token) bool {
	for _, t := range toks {
		if l := strings.ToLower(t.Text); !nameParticles[l] && l != "los" && l != "las" {
			return false
		}
	}
	return true
}

// nameParticles are the lower-case words that join a surname in European and
// Arabic names.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"del": true, "della": true, "dos": true, "das": true, "du": true, "le": true, "la": true,
	"ter": true, "ten": true, "bin": true, "ibn": true, "al": true, "el": true,
}

// typeOrder fixes the order types are considered in, for determinism.
var typeOrder = []newsner.EntityType{newsner.Person, newsner.Location, newsner.Organization, misc}

// unifyTypes makes a name that is tagged a person somewhere in an article
// and something else elsewhere one type throughout: the type most of its
// mentions have (the first mention's type on a tie). Names never tagged a
// person keep each mention's own type: a place is also its team or its
// government ("New York" the dateline, "New York" the ball club), and the
// model reads which from the context (it also sees how the name was tagged
// earlier in the article); forcing one type there cost 0.5 points of F1 on
// CoNLL-2003 dev.
func unifyTypes(ms []*mention) {
	type vote struct {
		n     map[newsner.EntityType]int
		first newsner.EntityType
	}
	votes := map[string]*vote{}
	for _, m := range ms {
		v := votes[m.key]
		if v == nil {
			v = &vote{n: map[newsner.EntityType]int{}, first: m.typ}
			votes[m.key] = v
		}
		v.n[m.typ]++
	}
	for _, m := range ms {
		if m.place {
			continue
		}
		v := votes[m.key]
		total := 0
		for _, n := range v.n {
			total += n
		}
		if v.n[newsner.Person] == 0 || v.n[newsner.Person] == total {
			continue
		}
		best := v.first
		for _, t := range typeOrder {
			if v.n[t] > v.n[best] {
				best = t
			}
		}
		m.typ = best
	}
}

// groupMentions groups mentions into entities: same surface form and type, and short
// forms joined to the full form they abbreviate: a person's surname or other
// part of their name ("Macron" after "Emmanuel Macron"), an organization's
// initials ("ECB" for "European Central Bank"). A short form that could
// belong to several full forms joins the nearest one before it.
func groupMentions(ms []*mention, toks []token) [][]*mention {
	groups := groupBySurface(ms)
	markPlaceContext(groups, toks)
	// Join short forms into full forms, longest full forms first.
	sets := newGroupSets(len(groups))
	for i := range groups {
		if j := nearestFullForm(groups, i); j >= 0 {
			sets.union(i, j)
		}
	}
	return sets.merge(groups)
}

// groupBySurface puts mentions with the same key and type in one group, in
// the order of their first mentions.
func groupBySurface(ms []*mention) [][]*mention {
	type gkey struct {
		key string
		typ newsner.EntityType
	}
	byKey := map[gkey]int{}
	var groups [][]*mention
	for _, m := range ms {
		i, ok := byKey[gkey{m.key, m.typ}]
		if !ok {
			i = len(groups)
			byKey[gkey{m.key, m.typ}] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], m)
	}
	return groups
}

// markPlaceContext marks a place group whose mentions stand where a place
// does ("in Jordan") at least once.
func markPlaceContext(groups [][]*mention, toks []token) {
	for _, g := range groups {
		if g[0].typ != newsner.Location {
			continue
		}
		for _, m := range g {
			if placeContext(toks, m.t0, m.t1, locatives) {
				g[0].placeCtx = true
				break
			}
		}
	}
}

// nearestFullForm returns the group with more words whose name group i's
// short form abbreviates, or -1: of several, the one whose first mention is
// nearest before group i's first mention, else the earliest after it.
func nearestFullForm(groups [][]*mention, i int) int {
	short := groups[i][0]
	bestJ, bestPos := -1, -1
	surname := false // the best so far ends in the short form
	for j, h := range groups {
		if i == j || len(h[0].words) <= len(short.words) {
			continue
		}
		if !abbreviates(short, h[0]) {
			continue
		}
		if h[0].typ == newsner.Person {
			// A person's surname joins a name it ends rather than one it
			// starts or is inside: "Warhol" is Andy Warhol, not the
			// tagger's "Warhol Polaroids".
			ends := equalWords(h[0].words[len(h[0].words)-len(short.words):], short.words)
			if surname && !ends {
				continue
			}
			if ends && !surname {
				bestJ, bestPos, surname = -1, -1, true
			}
		}
		pos := h[0].m.Start
		if pos < short.m.Start {
			if bestPos < 0 || bestPos > short.m.Start || pos > bestPos {
				bestJ, bestPos = j, pos
			}
		} else if bestJ < 0 || (bestPos > short.m.Start && pos < bestPos) {
			bestJ, bestPos = j, pos
		}
	}
	return bestJ
}

// groupSets records which groups of mentions name one entity: a
// union-find forest over group indexes.
type groupSets []int

func newGroupSets(n int) groupSets {
	s := make(groupSets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// root returns the group that stands for group i's set. The walk is capped
// at one step per group, so a cycle could not make it loop.
func (s groupSets) root(i int) int {
	for n := 0; s[i] != i && n < len(s); n++ {
		i = s[i]
	}
	return i
}

// union puts group short's set into group full's: the merged entity takes
// the type of full's root.
func (s groupSets) union(short, full int) {
	a, b := s.root(short), s.root(full)
	if a != b {
		s[a] = b
	}
}

// merge joins the groups of each set into one, ordered by the root's index,
// its mentions in group order, every mention typed as the root's first.
func (s groupSets) merge(groups [][]*mention) [][]*mention {
	merged := make([][]*mention, len(groups))
	for i, g := range groups {
		r := s.root(i)
		for _, m := range g {
			m.typ = groups[r][0].typ
		}
		merged[r] = append(merged[r], g...)
	}
	out := merged[:0]
	for _, g := range merged {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// abbreviates reports whether short is a short form of full.
func abbreviates(short, full *mention) bool {
	switch full.typ {
	case newsner.Person:
		// A contiguous part of the name: "Macron", "von der Leyen". A
		// single word joins if it is the surname even when it was typed
		// differently, unless it is a place typed as one and read as a
		// place somewhere ("in Washington", "Seattle, Washington": the
		// state is not George Washington); other parts only when typed
		// PERSON.
		if short.typ != newsner.Person && !(short.typ.Valid() && len(short.words) == 1 && short.words[0] == full.words[len(full.words)-1]) {
			return false
		}
		if short.typ == newsner.Location && short.placeCtx {
			return false
		}
		return containsRun(full.words, short.words)
	case newsner.Organization:
		if short.typ == newsner.Organization && len(full.words) > len(short.words) &&
			equalWords(full.words[len(full.words)-len(short.words):], short.words) && startsUpper(short.m.Text) {
			// "the Commission" after "the European Commission".
			return true
		}
		if n := len(short.words); short.typ == newsner.Organization && n >= 2 && len(full.words) > n+1 && full.m.Start < short.m.Start &&
			orgHeads[short.words[n-1]] && nameLinks[full.words[n]] && equalWords(full.words[:n], short.words) {
			// "Andy Warhol Foundation" after "Andy Warhol Foundation for
			// the Visual Arts": the name up to its head word, once the full
			// name has been given ("Harvard Business School" before "the
			// 'Harvard Business School of Texas'" is not that).
			return true
		}
		if len(short.words) != 1 || (short.typ != newsner.Organization && short.typ.Valid()) {
			return false
		}
		s := short.m.Text
		if utf8.RuneCountInString(s) < 2 || strings.ToUpper(s) != s {
			return false
		}
		var ini []rune
		for _, w := range strings.Fields(full.m.Text) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				ini = append(ini, r)
			}
		}
		return string(ini) == s
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// containsRun reports whether sub occurs as a contiguous run in words.
func containsRun(words, sub []string) bool {
	for i := 0; i+len(sub) <= len(words); i++ {
		ok := true
		for k := range sub {
			if words[i+k] != sub[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// hasToken reports whether one of toks is w.
func hasToken(toks []token, w string) bool {
	for _, t := range toks {
		if t.Text == w {
			return true
		}
	}
	return false
}

// isNumber reports whether s is all ASCII digits.
func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isYear reports whether s is a year from 1900 to 2099.
func isYear(s string) bool {
	return len(s) == 4 && isNumber(s) && (s[:2] == "19" || s[:2] == "20")
}

func anyLetter(toks []token) bool {
	for _, t := range toks {
		if hasLetter(t.Text) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentenceStop reports whether the full stop toks[i] (after an
// abbreviation) also ends the sentence: nothing follows on its line, or the
// next token starts a new sentence (an upper-case word, a quote). The
// name then ends before it, as CoNLL-2003 marks it ("Acme Corp" + "."),
// while "Acme Corp. said" keeps it.
func sentenceStop(text string, toks []token, i int) bool {
	if i+1 >= len(toks) || strings.ContainsRune(text[toks[i].BEnd:toks[i+1].BStart], '\n') {
		return true
	}
	next := toks[i+1].Text
	if next == "\"" || next == "''" {
		// A closing quote: the full stop ends the sentence only if the
		// paragraph ends there ("Acme Corp.\" he said" keeps it).
		return i+2 >= len(toks) || strings.ContainsRune(text[toks[i+1].BEnd:toks[i+2].BStart], '\n')
	}
	if isPossessive(next) {
		return false // "Acme Inc.'s"
	}
	r, _ := utf8.DecodeRuneInString(next)
	return !unicode.IsLower(r) && !unicode.IsDigit(r) && !strings.ContainsRune(",;:)", r)
}

// nameAbbrev reports whether the last of tokens [t0,t1) is an abbreviation
// whose full stop belongs to the name: a company suffix or initial after
// other words ("Acme Corp."), or a US state ("Calif.") on its own.
func nameAbbrev(toks []token, t0, t1 int) bool {
	w := toks[t1-1].Text
	return t1-1 > t0 && isAbbrev(w) || stateAbbrevs[strings.ToLower(w)]
}

// possessiveAfter returns the length in bytes of the "'s" (or "’s", or a
// headline's "'S") s starts with, 0 if it does not start with one ending a
// word.
func possessiveAfter(s string) int {
	for _, p := range []string{"'s", "\u2019s", "'S", "\u2019S"} {
		if strings.HasPrefix(s, p) {
			r, _ := utf8.DecodeRuneInString(s[len(p):])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return len(p)
			}
		}
	}
	return 0
}

// possessiveName reports whether tokens [t0,t1) of type typ are an
// organization's or a place's name that ends in "'s" (possessiveNames).
func possessiveName(toks []token, typ newsner.EntityType, t0, t1 int, poss map[string]bool) bool {
	if typ != newsner.Organization && typ != newsner.Location || t1 <= t0 {
		return false
	}
	var sb strings.Builder
	for k := t0; k < t1; k++ {
		if k > t0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(strings.ToLower(toks[k].Text))
	}
	return possessiveNames[sb.String()] || poss[sb.String()]
}

func isPossessive(w string) bool {
	switch w {
	case "'s", "'S", "'", "\u2019s", "\u2019":
		return true
	}
	return false
}

// locatives are the words before a name that read it as a place;
// strongLocatives those that do whoever else bears the name ("in
// Washington"; "to Jordan" may be a pass).
var (
	locatives       = setOf(`in at from to near across into outside throughout around of`)
	strongLocatives = setOf(`in near across throughout outside inside`)
)

// placeContext reports whether the name over tokens [t0,t1) stands where a
// place does: after a word of before ("in Washington"), after a city and
// a comma ("Seattle, Washington"), or before "state".
func placeContext(toks []token, t0, t1 int, before map[string]bool) bool {
	if t0 > 0 && before[toks[t0-1].Text] {
		return true
	}
	if t0 > 1 && toks[t0-1].Text == "," && isPlaceName(toks[t0-2].Text) {
		return true
	}
	return t1 < len(toks) && strings.EqualFold(toks[t1].Text, "state")
}

// surnamesAsPeople types PERSON the one-word mentions tagged a place that
// are the surname of a person the article names in full, unless the
// mention stands where a place does (placeContext) or comes before the
// person is named in full: "Washington" after "MaliVai Washington" is the
// player, "in Washington" the place. The surname then joins the person's
// entity (groupMentions).
func surnamesAsPeople(ms []*mention, toks []token) {
	surnames := personSurnames(ms)
	for _, m := range ms {
		if first, ok := surnames[m.words[0]]; ok && m.typ == newsner.Location && len(m.words) == 1 && m.m.Start > first && !placeContext(toks, m.t0, m.t1, locatives) {
			m.typ = newsner.Person
			m.key = m.words[0]
		}
	}
}

// personSurnames maps the last word of each person's name of two words or
// more among ms to the start of its first such mention.
func personSurnames(ms []*mention) map[string]int {
	surnames := map[string]int{}
	for _, m := range ms {
		if m.typ == newsner.Person && len(m.words) > 1 {
			if _, ok := surnames[m.words[len(m.words)-1]]; !ok {
				surnames[m.words[len(m.words)-1]] = m.m.Start
			}
		}
	}
	return surnames
}

// institutionHeads are the words that head an institution's name after a
// possessive ("St Mary's Hospital", "Westminster Magistrates' Court").
var institutionHeads = setOf(`hospital university college court school church cathedral chapel institute academy
hall infirmary clinic society club fund foundation trust museum library centre center theatre theater inn
college's`)

// joinPossessiveNames makes one name of "St Mary's Hospital", "Queen's
// University" and "Westminster Magistrates' Court": a span that starts
// with an institution's head word right after a possessive takes in the
// capitalized words before the possessive (which the tagger may have
// tagged as a name of their own, or not at all), and is an organization
// unless it was tagged a place. "Russia's Gazprom" stays two names.
func joinPossessiveNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		k := s.t0
		if k < 2 || !isPossessive(toks[k-1].Text) || toks[k-2].End != toks[k-1].Start || !startsUpper(toks[k-2].Text) ||
			!institutionHeads[strings.ToLower(toks[k].Text)] && !companyAfterPossessive(toks, s) {
			out = append(out, s)
			continue
		}
		t0 := k - 2
		for t0 > 0 && (startsUpper(toks[t0-1].Text) || toks[t0-1].Text == ".") && toks[t0-1].Text != "The" && !isTitle(toks[t0-1].Text) {
			t0--
		}
		for len(out) > 0 && out[len(out)-1].t1 > t0 {
			out = out[:len(out)-1] // the part before the possessive, tagged on its own
		}
		if s.typ != newsner.Location {
			s.typ = newsner.Organization
		}
		s.t0 = t0
		out = append(out, s)
	}
	return out
}

// possessiveOrg types ORGANIZATION a span tagged a person that is a name
// the article spells with an "'s" inside an organization's name
// (docPossessives), where an "'s" follows it: "Boatmen's" after
// "Boatmen's Bancshares Inc.".
func possessiveOrg(text string, toks []token, s tspan, poss map[string]bool) tspan {
	if s.typ != newsner.Person || len(poss) == 0 {
		return s
	}
	t1 := s.t1
	if isPossessive(toks[t1-1].Text) {
		t1--
	} else if t1 >= len(toks) || !isPossessive(toks[t1].Text) {
		return s
	}
	words := make([]string, 0, t1-s.t0)
	for k := s.t0; k < t1; k++ {
		words = append(words, strings.ToLower(toks[k].Text))
	}
	if poss[strings.Join(words, " ")] {
		s.typ = newsner.Organization
	}
	return s
}

// companyAfterPossessive reports whether span s, right after a
// possessive, is a company's name ending in a company word ("Bancshares
// Inc." of "Boatmen's Bancshares Inc.") and the one word before the
// possessive is no place, demonym or person's name the gazetteer knows
// ("Germany's Siemens AG", "Buffett's Berkshire Hathaway Inc." stay two).
func companyAfterPossessive(toks []token, s tspan) bool {
	gz, _ := sharedGazetteer()
	if gz == nil || s.typ != newsner.Organization || s.t1-s.t0 < 2 || !legalSuffixes[strings.TrimSuffix(strings.ToLower(toks[s.t1-1].Text), ".")] {
		return false
	}
	k := s.t0 - 2
	if k > 0 && startsUpper(toks[k-1].Text) && toks[k-1].Text != "The" {
		return false // more than one word before the possessive
	}
	const known = 1<<gzCountry | 1<<gzPlace | 1<<gzDemonym | 1<<gzFirstName | 1<<gzSurname | 1<<gzTitle
	w := toks[k].Text
	return gz.phrases[w]&known == 0 && gz.phrases[titleCase(w)]&known == 0 && !isPlaceName(w)
}

// titleCase returns an all-capitals word as a name is written ("BRADFORD"
// -> "Bradford").
func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// placesAsPlaces types LOCATION a one-word mention tagged a person that is
// a known place and stands as one: after "in" and the like, after a city
// and a comma ("Olympia, Washington"), before "state". The tagger, having
// read "George Washington" in the article, may call every "Washington" a
// person; the state stays apart from him.
func placesAsPlaces(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Person || len(m.words) != 1 || !isPlaceName(toks[m.t0].Text) {
			continue
		}
		if placeContext(toks, m.t0, m.t1, strongLocatives) {
			m.typ, m.place = newsner.Location, true
		}
	}
}

// Sports cues (clubsAsClubs): the words that make a text a sports report,
// and the words either side of a name that make it a team in one.
var (
	sportsWords = setOf(`match matches game games season league cup goal goals scored striker
midfielder coach innings inning homer homers pitcher touchdown quarterback playoff playoffs
championship tournament fixture fixtures kickoff draw drew penalty half-time halftime rugby
football soccer baseball basketball hockey cricket wicket wickets`)
	teamBefore = setOf(`beat beats beating defeated defeat defeating over against vs vs. v v. versus
edged routed crushed thrashed hammered whipped downed blanked swept outscored host hosts hosted
visit visiting`)
	teamAfter = setOf(`beat beats defeated won win lost lose drew draw edged routed rallied
clinched trail trailed lead host hosts hosted are were have`)
)

// sportsText reports whether toks read as a sports report: two scores
// ("2-1", "56-13") or more and two sports words or more.
func sportsText(toks []token) bool {
	scores, words := 0, 0
	for _, t := range toks {
		if isScore(t.Text) {
			scores++
		}
		if sportsWords[strings.ToLower(t.Text)] {
			words++
		}
	}
	return scores >= 2 && words >= 2
}

// isScore reports whether w is a score, "2-1" or "56-13".
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && isNumber(a) && isNumber(b) && len(a) <= 3 && len(b) <= 3
}

// clubsAsClubs types ORGANIZATION a mention tagged a place that stands as a
// team in a sports report: a town that is not a country ("Liverpool beat
// Chelsea 2-1", "a 4-2 lead over Seattle"; national sides stay places, as
// CoNLL-2003 marks them), right after a word such as "beat", "over" or
// "against", or right before "beat", "won", a score or a plural verb
// ("Rotor are well placed"). A place read as one ("in Liverpool") stays.
func clubsAsClubs(ms []*mention, toks []token) {
	sports := -1
	for _, m := range ms {
		if m.typ != newsner.Location || m.place || !teamContext(toks, m.t0, m.t1) || !townName(toks, m.t0, m.t1) {
			continue
		}
		if sports < 0 {
			sports = 0
			if sportsText(toks) {
				sports = 1
			}
		}
		if sports == 1 {
			m.typ = newsner.Organization
		}
	}
}

// teamContext reports whether the name over tokens [t0,t1) stands where a
// team does (clubsAsClubs).
func teamContext(toks []token, t0, t1 int) bool {
	if placeContext(toks, t0, t1, strongLocatives) {
		return false
	}
	if t0 > 0 && teamBefore[strings.ToLower(toks[t0-1].Text)] {
		return true
	}
	if t1 < len(toks) {
		next := strings.ToLower(toks[t1].Text)
		return teamAfter[next] || isScore(next)
	}
	return false
}

// townName reports whether tokens [t0,t1) name a place of the gazetteer or
// the lists that is not a country (a national side is a place in
// CoNLL-2003).
func townName(toks []token, t0, t1 int) bool {
	words := make([]string, 0, t1-t0)
	for k := t0; k < t1; k++ {
		words = append(words, toks[k].Text)
	}
	name := strings.Join(words, " ")
	if k := listKey(name, newsner.Location); strings.HasPrefix(k, "iso3166:") && !strings.Contains(k, "-") {
		return false
	}
	gz, _ := sharedGazetteer()
	if gz == nil {
		return false
	}
	kinds := gz.phrases[name]
	return kinds&(1<<gzCountry) == 0 && (kinds&(1<<gzPlace) != 0 || listKey(name, newsner.Location) != "")
}

// countriesAsPlaces types LOCATION a mention tagged a person that is
// exactly a listed country's name ("PANAMA'S ROBERTO DURAN"), unless it is
// the surname of a person the article names ("Neil Jordan" ... "Jordan's
// film") or a word the article also writes in lower case. Countries typed
// organizations are left alone: "Monaco" and "Jordan" are also a club and
// a racing team, and joinCountryGovernments joins a government to its
// country.
func countriesAsPlaces(ms []*mention, lower map[string]string) {
	surnames := personSurnames(ms)
	for _, m := range ms {
		if _, ok := surnames[m.words[0]]; m.typ != newsner.Person || len(m.words) == 1 && ok {
			continue
		}
		if k := listKey(m.m.Text, newsner.Location); strings.HasPrefix(k, "iso3166:") && !strings.Contains(k, "-") && !anyLower(m.words, lower) {
			m.typ = newsner.Location
		}
	}
}

// lowerWords returns the words the text writes in lower case ("lower"),
// and those it capitalizes on their own inside a sentence ("upper": "the
// commission" and "the Commission"); a word capitalized only as a word of
// a longer name ("the University of Arkansas") is not counted.
func lowerWords(text string, toks []token) map[string]string {
	ws := map[string]string{}
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		switch {
		case unicode.IsLower(r):
			if _, ok := ws[t.Text]; !ok {
				ws[t.Text] = "lower"
			}
		case unicode.IsUpper(r) && !startsSentence(text, toks, i) && !inCapitalRun(toks, i):
			ws[strings.ToLower(t.Text)] = "upper"
		}
	}
	return ws
}

// commonNounStart reports whether span s is one word that starts a
// sentence and that the article writes in lower case elsewhere and never
// capitalized on its own inside a sentence: "University exhibits can reach
// out" in an article on "university collections" at "the University of
// Arkansas" is no name.
func commonNounStart(text string, toks []token, s tspan, lower map[string]string) bool {
	if s.t1-s.t0 != 1 || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := toks[s.t0].Text
	if isAcronym(w) || !startsUpper(w) {
		return false
	}
	return lower[strings.ToLower(w)] == "lower"
}

// anyLower reports whether the article writes one of words in lower case
// (lowerWords): "THE ISLAND" is a paper on an island, not Iceland's "Island".
func anyLower(words []string, lower map[string]string) bool {
	for _, w := range words {
		if lower[w] == "lower" {
			return true
		}
	}
	return false
}

// facilityHeads are the words that head the name of a building, a road or
// a ground, which CoNLL-2003 marks as places ("Allenby Bridge", "Elland
// Road", "Columbia Presbyterian Hospital", "Metropolitan Museum").
var facilityHeads = setOf(`airport airfield stadium station bridge square street road avenue
boulevard highway motorway base airbase hospital museum cathedral mosque temple synagogue
prison oval tower castle hotel`)

// placeHeads start the formal name of a place ("State of Texas", "City
// of Norfolk", "Kingdom of Saudi Arabia").
var placeHeads = setOf(`state city province county republic kingdom commonwealth town village borough
emirate principality`)

// formalPlaceName reports whether name is a place's formal name: a place
// word, "of" and a place ("State of Texas", "City of Norfolk"; not the
// "Commonwealth of Nations").
func formalPlaceName(name string) bool {
	head, rest, ok := strings.Cut(name, " of ")
	return ok && placeHeads[strings.ToLower(head)] && (isPlaceName(rest) || listKey(rest, newsner.Location) != "")
}

// facilitiesAsPlaces types LOCATION the entities (groups) whose fullest
// name, of two words or more and tagged an organization or a person, a
// facility word heads: its last word, or the word before its "of"
// ("Museum of Flight"); and those named by a place's formal name ("State
// of Texas"); unless the lists name it an organization. The whole entity
// goes, so its short forms ("the Bardo" of "Bardo National Museum") stay
// with it. A first name and a facility word tagged a person stay a person
// ("Domingo Hospital", a golfer).
func facilitiesAsPlaces(groups [][]*mention) {
	for _, g := range groups {
		m := g[0]
		for _, n := range g[1:] {
			if utf8.RuneCountInString(n.m.Text) > utf8.RuneCountInString(m.m.Text) {
				m = n
			}
		}
		if m.typ != newsner.Organization && m.typ != newsner.Person || len(m.words) < 2 || !startsUpper(m.m.Text) {
			continue
		}
		if m.typ == newsner.Person && len(m.words) == 2 && firstName(m.m.Text) {
			continue // "Domingo Hospital", a golfer
		}
		head := m.words[len(m.words)-1]
		for k, w := range m.words {
			if w == "of" && k > 0 {
				head = m.words[k-1]
				break
			}
		}
		if (facilityHeads[head] || formalPlaceName(m.m.Text)) && listKey(m.m.Text, newsner.Organization) == "" {
			for _, n := range g {
				n.typ = newsner.Location
			}
		}
	}
}

// orgHeads are the words that head an organization's name and may be
// followed by what it is of or for ("Foundation for the Visual Arts",
// "Commission on Presidential Debates", "Organisation for Economic
// Co-operation and Development").
var orgHeads = setOf(`foundation institute institution center centre council society association
commission committee agency office department ministry fund trust school college university
academy bank court organization organisation union league federation board authority service
alliance coalition party movement front army forces corps bureau administration house`)

// joinOfNames makes one organization of an organization whose name ends
// in a head word (orgHeads) and the name right after it behind "of",
// "for" or "on" and an optional "the": the tagger often tags "Andy Warhol
// Foundation" and "Visual Arts" of "Andy Warhol Foundation for the Visual
// Arts" apart. Not where the name after is tagged a person or a place
// ("the State Bank of Pakistan" is two names in CoNLL-2003) or is an
// organization's own name.
func joinOfNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		for i+1 < len(spans) && s.typ == newsner.Organization && orgHeads[strings.ToLower(toks[s.t1-1].Text)] {
			n := spans[i+1]
			k := s.t1
			if k >= len(toks) || !nameLinks[toks[k].Text] {
				break
			}
			k++
			if k < len(toks) && toks[k].Text == "the" {
				k++
			}
			if n.t0 != k || n.typ == newsner.Person || n.typ == newsner.Location || !n.typ.Valid() && n.typ != misc || ownOrgName(toks, n) {
				break
			}
			s.t1 = n.t1
			i++
		}
		out = append(out, s)
	}
	return out
}

// ownOrgName reports whether span s is an organization's name on its own:
// a listed company's or club's, or one that ends in a company word ("left
// Deutsche Bank for Goldman Sachs").
func ownOrgName(toks []token, s tspan) bool {
	words := make([]string, 0, s.t1-s.t0)
	for k := s.t0; k < s.t1; k++ {
		words = append(words, toks[k].Text)
	}
	if listKey(strings.Join(words, " "), newsner.Organization) != "" {
		return true
	}
	gz, _ := sharedGazetteer()
	return gz != nil && gz.phrases[toks[s.t1-1].Text]&(1<<gzOrgWord) != 0
}

// nameLinks join an organization's head word to what it is of or for.
var nameLinks = setOf(`of for on`)

// inCapitalRun reports whether toks[i] is one word of a longer capitalized
// name: a capitalized word next to it, or "of", "for", "and" or "&" and
// then one ("University of Arkansas").
func inCapitalRun(toks []token, i int) bool {
	if i > 0 && startsUpper(toks[i-1].Text) && !isAcronym(toks[i-1].Text) {
		return true
	}
	if i+1 < len(toks) && startsUpper(toks[i+1].Text) {
		return true
	}
	if i+2 < len(toks) && joinWords[toks[i+1].Text] && startsUpper(toks[i+2].Text) {
		return true
	}
	return i > 1 && joinWords[toks[i-1].Text] && startsUpper(toks[i-2].Text)
}

var joinWords = setOf(`of for and & at`)

// docPossessives returns the names the article spells with an "'s" inside
// a longer organization's name ("Boatmen's Bancshares Inc."), lower-cased
// as possessiveName compares them: the article's "Boatmen's" on its own is
// then that name, "'s" and all, as a listed "Moody's" is.
func docPossessives(toks []token, spans []tspan) map[string]bool {
	var poss map[string]bool
	for _, s := range spans {
		if s.typ != newsner.Organization {
			continue
		}
		for k := s.t0 + 1; k < s.t1-1; k++ {
			if !isPossessive(toks[k].Text) || toks[k-1].End != toks[k].Start || !startsUpper(toks[k+1].Text) {
				continue
			}
			words := make([]string, 0, k-s.t0)
			for j := s.t0; j < k; j++ {
				words = append(words, strings.ToLower(toks[j].Text))
			}
			if poss == nil {
				poss = map[string]bool{}
			}
			poss[strings.Join(words, " ")] = true
			break
		}
	}
	return poss
}

// splitOpenBrackets splits a span at a bracket it opens but does not close:
// "Hizbollah (Party" of "Hizbollah (Party of God)" is two names, the
// second going on past the span. "Mladost (L)" stays whole.
func splitOpenBrackets(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		k := s.t0
		for k < s.t1 && toks[k].Text != "(" {
			k++
		}
		if k == s.t1 || hasToken(toks[k+1:s.t1], ")") {
			out = append(out, s)
			continue
		}
		if k > s.t0 {
			out = append(out, tspan{s.typ, s.t0, k})
		}
		if k+1 < s.t1 {
			out = append(out, tspan{s.typ, k + 1, s.t1})
		}
	}
	return out
}

// firstName reports whether name starts with a first name of the
// gazetteer.
func firstName(name string) bool {
	gz, _ := sharedGazetteer()
	w, _, _ := strings.Cut(name, " ")
	return gz != nil && gz.phrases[w]&(1<<gzFirstName) != 0
}

// vesselPrefixes start the name of a ship or a spacecraft ("RMS Titanic",
// "USS Cole", "Space Shuttle Atlantis"): vehicles, MISC in CoNLL-2003.
var vesselPrefixes = []string{"RMS ", "HMS ", "USS ", "USNS ", "HMAS ", "HMCS ", "HMNZS ", "MV ", "Space Shuttle"}

// vesselName reports whether name is a ship's or a spacecraft's.
func vesselName(name string) bool {
	for _, p := range vesselPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// outletHeads end a newspaper's name after a place ("New Zealand Herald",
// "Jakarta Post", "Irish Times").
var outletHeads = setOf(`Herald Times Post Journal Gazette Tribune Telegraph Guardian Chronicle Observer
Standard Express Independent Mirror Courier Examiner Inquirer Bulletin Dispatch Register Sun Star`)

// joinOutletNames makes one organization of a place, or a demonym, and a
// newspaper's word right after it that the tagger left out or tagged
// apart: "New Zealand" + "Herald" is the New Zealand Herald. The word must
// end the name ("the U.S. Post Office" is not a paper).
func joinOutletNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		k := s.t1
		if s.typ != newsner.Location && s.typ != misc || k >= len(toks) || !outletHeads[toks[k].Text] {
			out = append(out, s)
			continue
		}
		end := k + 1
		if i+1 < len(spans) && spans[i+1].t0 == k {
			if spans[i+1].typ != newsner.Organization && spans[i+1].typ != misc {
				out = append(out, s)
				continue
			}
			end = spans[i+1].t1
			i++
		} else if i+1 < len(spans) && spans[i+1].t0 < end || end < len(toks) && startsUpper(toks[end].Text) {
			out = append(out, s) // "the U.S. Post Office"
			continue
		}
		out = append(out, tspan{newsner.Organization, s.t0, end})
	}
	return out
}

// mediaWords name what a newspaper, magazine, broadcaster or agency is
// ("the news weekly Der Spiegel", "Zycie Warszawy daily said").
var mediaWords = setOf(`newspaper newspapers daily weekly magazine tabloid broadsheet journal
agency broadcaster channel network station radio television`)

// mediaAsOrganizations types ORGANIZATION a name tagged a person or a
// place that a media word stands right before or after somewhere in the
// article, at every mention: "the news weekly Der Spiegel", "Britain's Sun
// newspaper", "Zycie Warszawy daily said". A name tagged a place needs
// the media word before it ("HK newspaper editorials"), and a place's name
// stays a place ("the Paris daily Le Monde").
func mediaAsOrganizations(ms []*mention, toks []token) {
	var media map[string]bool
	for _, m := range ms {
		if m.typ != newsner.Person && m.typ != newsner.Location {
			continue
		}
		before := m.t0 > 0 && mediaWords[toks[m.t0-1].Text]
		after := m.t1 < len(toks) && mediaWords[toks[m.t1].Text]
		if !before && !after || m.typ == newsner.Location && (!before || isPlaceName(m.m.Text) || placeContext(toks, m.t0, m.t1, locatives)) {
			continue
		}
		if media == nil {
			media = map[string]bool{}
		}
		media[m.key] = true
	}
	for _, m := range ms {
		if media[m.key] && (m.typ == newsner.Person || m.typ == newsner.Location) {
			m.typ = newsner.Organization
		}
	}
}

// companyHeads are the capitalized last words that make a name an
// organization's, never a person's: legal suffixes (legalSuffixes), the
// words companies name themselves by, and institutions' head words. No
// person in CoNLL-2003's eng.train or eng.testa has a name ending in one
// (554 organizations do); "Bank", "Federation" and "League" are left out
// ("West Bank", "Russian Federation" are places, "Premier League" MISC).
var companyHeads = setOf(`studios pictures records entertainment media labs laboratories systems
technologies airlines airways motors design partners capital ventures pharmaceuticals brands foods
energy bancorp bancshares insurance securities investments industries electronics software networks
communications telecom enterprises foundation institute council commission agency department
ministry school college university academy organization organisation authority alliance coalition
bureau administration`)

// headedAsOrganizations types ORGANIZATION a name of two words or more
// tagged a person that ends in a company's or institution's word
// ("Marvel Studios", "Peter Koros Design", "Boatmen's Bancshares"), at
// every mention of it.
func headedAsOrganizations(ms []*mention, toks []token) {
	var orgs map[string]bool
	for _, m := range ms {
		if m.typ != newsner.Person || m.t1-m.t0 < 2 {
			continue
		}
		w := strings.TrimSuffix(toks[m.t1-1].Text, ".")
		if l := strings.ToLower(w); !startsUpper(w) || !companyHeads[l] && (!legalSuffixes[l] || len(l) < 3) {
			continue
		}
		if orgs == nil {
			orgs = map[string]bool{}
		}
		orgs[m.key] = true
	}
	for _, m := range ms {
		if orgs[m.key] && m.typ == newsner.Person {
			m.typ = newsner.Organization
		}
	}
}

// joinShortSurnames adds to a person's name the short capitalized word the
// tagger left out right after it, on the same line, before a word in
// lower case or punctuation: "Regina Ip", "Cyd Ho from", "Wilson Or was"
// (Cantonese surnames of two letters, which the model reads as the words
// "or" and "to"). Not in title-case headlines ("Obama To Visit China"),
// nor before a colon (a mail's "To:").
func joinShortSurnames(text string, toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t1
		if s.typ != newsner.Person || k >= len(toks) || i+1 < len(spans) && spans[i+1].t0 == k || s.t0 > 0 && toks[s.t0-1].Text == "@" {
			continue // "@ HashmiZahra Are you": a tweet's user name, then its sentence
		}
		w := toks[k].Text
		if n := utf8.RuneCountInString(w); n < 2 || n > 3 || !startsUpper(w) || strings.ToUpper(w) == w || !isLetters(w) || shortWords[strings.ToLower(w)] ||
			startsSentence(text, toks, k) || strings.ContainsRune(text[toks[k-1].BEnd:toks[k].BStart], '\n') {
			continue
		}
		if k+1 < len(toks) && !strings.ContainsRune(text[toks[k].BEnd:toks[k+1].BStart], '\n') {
			if r, _ := utf8.DecodeRuneInString(toks[k+1].Text); unicode.IsUpper(r) || unicode.IsDigit(r) || r == ':' {
				continue // "Michael Shalayeff To: ...", a mail's header
			}
		}
		spans[i].t1 = k + 1
	}
	return spans
}

// shortWords are English words of two or three letters that start a
// sentence written without a full stop before it ("@ user Are you", "Ha
// Ha"), and abbreviations that end a place's or team's name ("Undercliff
// Ave"); "To" and "Or" are left out: they are surnames ("James To").
var shortWords = setOf(`you are it its but the and for was has had his her him our not yes
can all any how who why off may now one two get got new old out we he she they me my us
do did does is am be no so if as at by in on up an ha lol omg oh ok hey hi ave st rd dem jay`)

// isLetters reports whether every rune of s is a letter.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
