package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Typing rules that make events, laws and storms MISC (so not emitted):
// names ending in an event's or a law's head ("... Expo", "Convention on
// ..."), a listed name before one ("the NHL Draft"), events and races
// named after a place ("Monaco Grand Prix"), and storms ("Hurricane
// Edouard").

// eventHeads end the name of an event or a law, which CoNLL-2003 marks
// MISC ("Los Angeles Auto Show", "Dubai Air Show", "United Nations
// Climate Action Summit", "Venice Film Festival", "Davis Cup", "Clean Air
// Act"; in eng.train and eng.testa: Cup 106 of 106, Open 72 of 72, Prix 14
// of 14, Act 3 of 3 MISC; no organization ends in one of these). The third
// line added in the eleventh pass, MISC in eng.train and eng.testa each
// time a name of two words or more ends in one (Open 74, Games 10 of 15,
// the rest people's "Games"; Bowl 2, Classic 8, Slam 13, Day 17, War 13,
// Prize 5, Revolution 3, Protocol 1; laws: Regulation 5, Bill 1, and
// Amendment, Directive); "Convention" left out (a party's "Democrat
// National Convention" is an organization there). The fourth line added in
// the thirteenth pass: a programme is MISC too ("Pandemic Emergency
// Purchase Programme"; none in eng.train or eng.testa), the United Nations'
// agencies named so ("World Food Programme") listed in orgs.tsv, which
// eventsAsMisc leaves. Not "Program": in American usage an office's name
// too ("Joint Nonlethal Weapons Program", an organization in
// dragnet-news, which lost three mentions with it). The fifth line added
// in the fourteenth pass: an era's slump is an event too ("the Great
// Depression", "the Great Recession"; none capitalized in eng.train or
// eng.testa), which the tagger typed an organization. "Draft" added in the
// session-13 joins pass: a league's yearly pick of players ("the 2014 NFL
// Draft"), MISC; none in eng.train or eng.testa. "Induction", "Ceremony"
// and "Gala" added in the web-precision pass: a hall of fame's yearly
// induction and its ceremony ("the Zorbic Hall of Fame Induction"), which
// the tagger typed the hall. "Year" added for issue 11: a holiday's year
// ("Lunar New Year", "Chinese New Year"), an event as eng.train's "New
// Year 's Day" (MISC) is; the tagger typed "Chinese New Year" an
// organization on a made-up market report, the kind the blind audit s
// showed; no organization of eng.train or eng.testa ends in "Year".
var eventHeads = setOf(`Show Expo Summit Festival Fair Exhibition Awards Olympics Cup Championship Championships
Prix Masters Rally Trophy Marathon Tournament Act Agreement Accord Accords
Open Games Bowl Classic Slam Day War Prize Revolution Protocol Regulation Amendment Bill Directive
Programme
Depression Recession
Draft Induction Ceremony Gala
Year`)

// listedBeforeEventsAsMisc makes MISC, so not emitted, a mention typed an
// organization whose name the lists know that stands right before an
// event's word (eventHeads) that ends the name there, no capitalized word
// after it: "NHL" of "the 2014 NHL Draft", the event's name the tagger cut
// short, where the holder keeps its own mentions elsewhere. eventsAsMisc
// leaves listed names (a listed "World Food Programme" is an agency), so
// such a mention was the league itself, an entity the gold does not have,
// or joined the league's units ("NHL Central Scouting"). Not before a
// capitalized word: "Bill" may start a person's name.
func listedBeforeEventsAsMisc(ms []*mention, toks []token) {
	for _, m := range ms {
		if m.typ != newsner.Organization || m.t1+1 > len(toks) || !eventHeads[toks[m.t1].Text] {
			continue
		}
		if m.t1+1 < len(toks) && startsUpper(toks[m.t1+1].Text) {
			continue
		}
		if keyListKey(m.m.Text, newsner.Organization) != "" {
			m.typ = misc
		}
	}
}

// eventsAsMisc makes MISC, so not emitted, the entities (groups) tagged an
// organization whose fullest name, of two words or more and no listed
// organization's, an event's or a law's word ends (eventHeads), or stands
// right before such a word ("LA Auto" of "LA Auto Show", the tagger's span
// cut short), with their short forms. The organization that holds the
// event keeps its own mentions: one whose words start the fullest name and
// that neither ends in nor stands before an event's word ("Reuters" beside
// "the Reuters Summit", which joinVariants joined) leaves the group for one
// of its own, its type as it was.
func eventsAsMisc(groups [][]*mention, toks []token) [][]*mention {
	for i, g := range groups {
		if g[0].typ != newsner.Organization {
			continue
		}
		full := fullestMention(g)
		if !eventMention(full, toks) || headOfTheName(full.words) || listKey(full.m.Text, newsner.Organization) != "" {
			continue
		}
		groups = splitOffMisc(groups, i, func(m *mention) bool {
			n := len(m.words) // the holder: the start of the event's name, no event's word
			return !eventMention(m, toks) && n <= len(full.words) && equalWords(m.words, full.words[:n])
		})
	}
	return groups
}

// eventMention reports whether m, of two words or more, ends in an event's
// or a law's word (eventHeads), the sentence's full stop aside ("the
// Zorb Deterrence Act."), or stands right before one ("LA Auto" of "LA
// Auto Show") or, of two words or more, before "and" and the rest of the
// law's or the event's name (andEventTail; "Zorbco and Quenton Motors Cup
// sponsors" keeps its company), or ends a treaty's "Convention"
// (treatyConvention).
func eventMention(m *mention, toks []token) bool {
	if m.t1 < len(toks) && eventHeads[toks[m.t1].Text] || len(m.words) > 1 && andEventTail(toks, m.t1) || treatyConvention(toks, m.t1) {
		return true
	}
	return len(m.words) > 1 && eventHeads[withoutSentenceDot(toks[m.t1-1].Text)]
}

// treatyConvention reports whether the span that ends before token i ends
// in "Convention" and "on" or "against" and the treaty's subject follow:
// "the", or a capitalized word that is no weekday nor month ("United
// Nations Convention on the Law of the Sea", "Convention against
// Torture"): a treaty, MISC as a law is, which the tagger cuts at "on"
// and types an organization. A party's convention is met on a day
// ("Democratic National Convention on Monday") and stays.
func treatyConvention(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i-1].Text != "Convention" || toks[i].Text != "on" && toks[i].Text != "against" {
		return false
	}
	w := toks[i+1].Text
	return w == "the" || startsUpper(w) && !weekdays[w] && !lowered(months, strings.TrimSuffix(w, "."))
}

// treatySubject reports whether a span starting at token t0 follows a
// treaty's "Convention on" or "Convention on the" (treatyConvention): the
// treaty's subject ("Law of the Sea", "Biological Diversity"), part of
// its name, no name of its own.
func treatySubject(toks []token, t0 int) bool {
	j := t0 - 1
	if j > 0 && toks[j].Text == "the" {
		j--
	}
	return j > 0 && treatyConvention(toks, j)
}

// andEventTail reports whether the tokens from i on are "and" and one to
// four capitalized words, the last an event's or a law's word
// (eventHeads), its sentence's full stop aside: the tagger cuts a law's
// name at its "and" ("Dodd-Frank Wall Street Reform" of "the Dodd-Frank
// Wall Street Reform and Consumer Protection Act"), and the part before
// is no organization.
func andEventTail(toks []token, i int) bool {
	if i >= len(toks) || toks[i].Text != "and" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].Text
		if !startsUpper(w) {
			return false
		}
		if eventHeads[withoutSentenceDot(w)] {
			return true
		}
	}
	return false
}

// festivalHeads end the name of a recurring event that starts with a
// place's name ("the Quelbton Light Festival", "the Zorbo Marathon").
var festivalHeads = setOf(`Festival Fest Carnival Biennale Biennial Expo Fair Marathon Parade`)

// raceHeads end the name of a race that starts with a place's name ("the
// Quelbton Grand Prix"), MISC as a whole in CoNLL-2003 (eng.train: Prix 14
// of 14): placesStartingEventsAsMisc reads them as festivalHeads. Not
// "Cup", "Open" and the like: a place stands before another event's name
// there ("Ireland World Cup squad", "U.S. Davis Cup player", eng.train,
// lost 2 places with them).
var raceHeads = setOf(`Prix`)

// placesStartingEventsAsMisc makes MISC, so not emitted, a mention tagged
// a place that the tagger cut from the event it starts: one to three
// capitalized words no mention holds follow it, the last a festival's
// word ("the 7th Quelbton Light Festival": "Quelbton" alone a place). The
// whole name is the event's, MISC in CoNLL-2003 ("Cannes Film Festival");
// the place named alone elsewhere stays.
func placesStartingEventsAsMisc(ms []*mention, toks []token) {
	var held []int8 // 1: a token a mention holds, 2: one a MISC mention holds; made at the first need
	for _, m := range ms {
		if !m.typ.Valid() || m.typ == misc || m.typ != newsner.Location && !knownPlace(m.m.Text) ||
			m.t1 >= len(toks) || !startsUpper(toks[m.t1].Text) {
			continue
		}
		if held == nil {
			held = make([]int8, len(toks))
			for _, n := range ms {
				for k := n.t0; k < n.t1 && k < len(toks); k++ {
					held[k] = 1
					if n.typ == misc {
						held[k] = 2
					}
				}
			}
		}
		for k := m.t1; k < len(toks) && k < m.t1+3 && held[k] != 1 && startsUpper(toks[k].Text) && isLetters(toks[k].Text); k++ {
			if festivalHeads[toks[k].Text] || raceHeads[toks[k].Text] {
				m.typ = misc
				break
			}
		}
	}
}

// stormWords name a storm before its name ("Hurricane Edouard", "Typhoon
// Haiyan", "Superstorm Sandy"); "tropical storm" and "winter storm" too.
var stormWords = setOf(`hurricane superstorm typhoon cyclone`)

// stormName returns how many tokens before token k name a storm's kind
// (stormWords, "tropical storm", "winter storm"), in any case; 0 if none.
func stormName(toks []token, k int) int {
	if k > 0 && len(toks[k-1].Text) >= 7 && lowered(stormWords, toks[k-1].Text) {
		return 1 // the storm words are of 7 letters or more: no lower-casing of the rest
	}
	if k > 1 && strings.EqualFold(toks[k-1].Text, "storm") && (strings.EqualFold(toks[k-2].Text, "tropical") || strings.EqualFold(toks[k-2].Text, "winter")) {
		return 2
	}
	return 0
}

// stormsAsMisc makes MISC, so not emitted, a storm's name: a mention right
// after a storm's word or starting with one ("Hurricane Sandy", "after
// hurricane Sandy"; CoNLL-2003: "Hurricane Edouard", Edouard MISC), and
// every mention of the name alone ("after Sandy hit"). The tagger reads
// the name, mostly a first name, as a person.
func stormsAsMisc(ms []*mention, toks []token) {
	var names map[string]bool
	for _, m := range ms {
		name := m.key
		if n := stormName(toks, m.t0+1); n > 0 && n < len(m.words) {
			name = strings.Join(m.words[n:], " ")
		} else if stormName(toks, m.t0) == 0 {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[m.key], names[name] = true, true
	}
	for _, m := range ms {
		if names[m.key] {
			m.typ = misc
		}
	}
}
