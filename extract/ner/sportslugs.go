package ner

import "strings"

// Sports desks' slugs: the sport's name in capitals that heads a wire's
// sports headline ("SOCCER - ...", "ALPINE SKIING-Shiffrin wins ..."),
// no name in CoNLL-2003 (sportSlugsAsMisc, gluedSportSlugsAsMisc).

// slugSports end the name of a sport that heads a wire's headline in
// capitals ("AMERICAN FOOTBALL - ...", "ICE HOCKEY - ..."). The second
// and third lines added for issue 11 (the blind audit u's "BIATHLON" typed
// an organization): eng.train's and eng.testa's slugs other than soccer's
// and rugby's ("CRICKET", "TENNIS", "CYCLING", "ATHLETICS", "GOLF" 14 of
// 18, "RALLYING", "MOTOR RACING", "SQUASH", "MOTORCYCLING", "HORSE
// RACING", "BADMINTON", "MOTOCROSS", "SWIMMING", "ROWING", "BOXING") are
// no names, and the winter and Olympic sports a wire heads so besides.
// Not "union": eng.train marks "RUGBY UNION" an organization (12 of 12,
// eng.testa 4 of 4), "RUGBY LEAGUE" MISC.
var slugSports = setOf(sportNameWords + ` rallying racing motorcycling motocross jumping snowboarding combined diving canoeing`)

// sportNameWords are the sports' names both a desk's slug (slugSports) and
// a governing body's name (federationSports) are read by, each list
// adding its own forms.
const sportNameWords = `football hockey basketball baseball soccer rugby cricket tennis cycling athletics golf squash
badminton swimming rowing boxing biathlon skiing skating luge bobsleigh curling handball volleyball triathlon sailing
fencing judo gymnastics weightlifting wrestling snooker darts lacrosse netball archery`

// sportSlugsAsMisc makes MISC, so not emitted, a mention in capitals that
// starts a line before a dash and names a sport (its last word one of
// slugSports): a headline's slug, the sport of the item ("AMERICAN
// FOOTBALL - BILLS CLINCH PLAYOFF BERTH"), which the tagger typed an
// organization in made-up NFL items, as eng.train's "SOCCER -", "TENNIS -"
// are no names.
func sportSlugsAsMisc(text string, ms []*mention, toks []token) {
	for _, m := range ms {
		if !m.typ.Valid() || m.t1 >= len(toks) || !dashes[toks[m.t1].Text] || hasLower(m.m.Text) || !slugSports[m.words[len(m.words)-1]] {
			continue
		}
		if lineBreakBefore(text, toks, m.t0) {
			m.typ = misc
		}
	}
}

// gluedSportSlugsAsMisc makes MISC a mention that starts a line and is
// the first word or words of a sport's name before a dash (slugSports:
// "ALPINE" of "ALPINE SKIING - ..." or of a 2020 wire's "ALPINE
// SKIING-Shiffrin wins", which the tokenizer cuts at the hyphen,
// slugHyphen), or the whole of it glued to its dash in title case
// ("Biathlon-Boe wins"): the tagger typed "ALPINE" a place on made-up
// items (issue 11, sportswire_test.go); a slug is no name, as
// sportSlugsAsMisc's. A mention in mixed case before a spaced dash ("Boe
// - ...") stays.
func gluedSportSlugsAsMisc(text string, ms []*mention, toks []token) {
	for _, m := range ms {
		if !m.typ.Valid() || m.t1 >= len(toks) || !lineBreakBefore(text, toks, m.t0) {
			continue
		}
		if head, rest, ok := strings.Cut(toks[m.t1].Text, "-"); ok && rest != "" && !hasLower(m.m.Text) && !hasLower(head) && lowered(slugSports, head) {
			m.typ = misc // "ALPINE" before an uncut "SKIING-Shiffrin"
			continue
		}
		e := m.t1
		for e < len(toks) && e < m.t1+2 && startsUpper(toks[e].Text) && !lineBreakBefore(text, toks, e) {
			e++
		}
		if e >= len(toks) || !dashes[toks[e].Text] || !lowered(slugSports, toks[e-1].Text) {
			continue
		}
		if hasLower(m.m.Text) && toks[e].BStart != toks[e-1].BEnd {
			continue
		}
		m.typ = misc
	}
}
