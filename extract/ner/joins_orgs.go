package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Joins of an organization's name that the tagger cut in pieces: a name and
// its head word (an airline's, a union body's, a newspaper's after a
// place, a firm's after a person's or a place's name), a legal suffix and
// the words before it, a name across "and" or commas ("Tudor, Pickering,
// Holt & Co"), a place and the sports body or the federal body named for
// it ("U.S." and "Coast Guard", "Port of" and a town), a nationality and a
// body (with its acronym: "Russian Anti-Doping Agency (RUSADA)"), and a
// body and the place in its acronym ("Mission in Somalia (ATMIS)").
// joins.go has the joins of every type.

// airlineWords end an airline's name ("Wizz Air", "Norwegian Air",
// "Sudan Airways"; eng.train's names so ending are all organizations).
var airlineWords = setOf(`Air Airways Airlines`)

// joinAirlineNames makes one organization of a name that ends in an
// airline's word (airlineWords) after a capitalized word: the tagger
// reads "Wizz Air" as a person's name, and "Norwegian Air" as a
// nationality (MISC) and a person "Air". A span that goes on past the
// word ("Air Force", "Air Canada") is left as it is, and so is one the
// name goes on after (airNameGoesOn: "National Air and Space Museum").
func joinAirlineNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if !s.typ.Valid() && s.typ != misc {
			out = append(out, s)
			continue
		}
		// "Norwegian" (MISC) + "Air" (any type) right after it.
		if i+1 < len(spans) && spans[i+1].t0 == s.t1 && spans[i+1].t1-spans[i+1].t0 == 1 && airlineWords[toks[s.t1].Text] && startsUpper(toks[s.t1-1].Text) && !airNameGoesOn(toks, s.t1+1) {
			s = tspan{newsner.Organization, s.t0, spans[i+1].t1}
			i++
		} else if e := untaggedAirlineEnd(toks, spans, i); e > 0 {
			s = tspan{newsner.Organization, s.t0, e}
		} else if s.t1-s.t0 >= 2 && airlineWords[toks[s.t1-1].Text] && startsUpper(toks[s.t1-2].Text) && s.typ != newsner.Organization && !airNameGoesOn(toks, s.t1) {
			s.typ = newsner.Organization
		}
		out = append(out, s)
	}
	return out
}

// unionBodyWords end the name of a body of a union or an organization
// that takes the union's name after "of the" ("Court of Justice of the
// European Union", "Council of the European Union").
var unionBodyWords = setOf(`Court Justice Council Parliament Commission Committee Assembly Auditors Ombudsman`)

// joinUnionBodies makes one organization of a body's name (an
// organization's span, or the capitalized word right after "the", ending
// in unionBodyWords) and the organization right after it behind "of the"
// whose name ends in "Union" ("the Council of the European Union", "the
// Court of Justice of the European Union"): the tagger tags the union
// alone or the body and the union apart, and joinOfNames leaves a name
// that is an organization's own. One body of the union, one name.
func joinUnionBodies(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.typ != newsner.Organization || s.t1-s.t0 < 2 || toks[s.t1-1].Text != "Union" || s.t0 < 3 || toks[s.t0-1].Text != "the" || toks[s.t0-2].Text != "of" {
			out = append(out, s)
			continue
		}
		k := s.t0 - 3 // the body's last word
		if !unionBodyWords[toks[k].Text] {
			out = append(out, s)
			continue
		}
		if n := len(out); n > 0 && out[n-1].t1 == k+1 && out[n-1].typ == newsner.Organization {
			out[n-1].t1 = s.t1 // "Court of Justice" + "of the European Union"
			continue
		}
		if k > 0 && toks[k-1].Text == "the" && (len(out) == 0 || out[len(out)-1].t1 <= k) {
			out = append(out, tspan{newsner.Organization, k, s.t1}) // "the Council" + ...
			continue
		}
		out = append(out, s)
	}
	return out
}

// airlineTails end an airline's name after "Air" ("Zorbian Air Shuttle",
// "Quelb Air Lines").
var airlineTails = setOf(`Shuttle Lines Express`)

// untaggedAirlineEnd returns the end of an airline's name that goes on
// from spans[i], a nationality's word tagged MISC alone, over an untagged
// "Air" (and an airline's tail after it, airlineTails) that no name goes
// on after: "Zorbian Air said", "Zorbian Air Shuttle said", which the
// tagger reads as the nationality and leaves "Air" untagged (made-up
// airline reports; the blind audit s's kind, an airline missed by its
// full name). 0 where there is none.
func untaggedAirlineEnd(toks []token, spans []tspan, i int) int {
	s := spans[i]
	k := s.t1
	if s.typ != misc || s.t1-s.t0 != 1 || !isDemonym(toks[s.t0].Text) || k >= len(toks) || toks[k].Text != "Air" || i+1 < len(spans) && spans[i+1].t0 <= k+1 {
		return 0
	}
	e := k + 1
	if e < len(toks) && airlineTails[toks[e].Text] {
		e++
	}
	if airNameGoesOn(toks, e) || i+1 < len(spans) && spans[i+1].t0 < e {
		return 0
	}
	return e
}

// airNameGoesOn reports whether the token at k goes on a name that ends
// before it: "and", "&" or a capitalized word ("Air and Space").
func airNameGoesOn(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].Text
	return w == "and" || w == "&" || startsUpper(w)
}

// joinMiscAndBody makes one organization of a MISC span of two words or
// more that starts with a nationality's word, "and", and an organization's
// span ending in a body's head word (orgHeads) right after it: "the
// Zorbian Competition and Consumer Commission", whose first half the
// tagger reads as MISC ("Australian Competition") and cuts off.
func joinMiscAndBody(toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool {
		return s.typ == misc && s.t1-s.t0 >= 2 && isDemonym(toks[s.t0].Text) && s.t1 < len(toks) && toks[s.t1].Text == "and" &&
			n.typ == newsner.Organization && n.t0 == s.t1+1 && lowered(orgHeads, toks[n.t1-1].Text)
	})
}

// andTailHeads end the tail of a company's name after "and" besides a
// body's or a company's head word: the "Exploration and Production" of
// oil companies, the "Research and Development" of institutes.
var andTailHeads = setOf(`production productions development distribution exploration`)

// joinAndHeadTails extends an organization's span over "and" and the one
// to three capitalized words after it that the tagger left untagged, up
// to a word in lower case or a mark, where the last of them is a body's or
// a company's head word (orgHeads, companyHeads, legalSuffixes,
// andTailHeads): one name ("Daily Mail" + "and General Trust", "Zorb
// Exploration" + "and Production"). A name of its own after "and" the
// tagger tags; an untagged capitalized run that ends in a head word is the
// name's tail.
func joinAndHeadTails(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		if s.typ != newsner.Organization || s.t1+1 >= len(toks) || toks[s.t1].Text != "and" || covered[s.t1+1] {
			continue
		}
		e := untaggedRunEnd(toks, covered, s.t1+1, 4, lettersNoAcronym)
		if e == s.t1+1 || e-s.t1 > 4 || e < len(toks) && startsUpper(toks[e].Text) {
			continue
		}
		last := strings.ToLower(toks[e-1].Text)
		if !orgHeads[last] && !companyHeads[last] && !legalSuffixes[last] && !andTailHeads[last] {
			continue
		}
		if tail := spanWords(toks, s.t1+1, e); listedOrg(tail) || listKey(tail, newsner.Organization) != "" {
			continue
		}
		spans[i].t1 = e
	}
	return spans
}

// joinCommaListNames extends an organization's span that ends in a body's
// head word (orgHeads) back over a list of capitalized words the tagger
// left untagged before it, "the" A "," B "and": "the Retail, Wholesale and
// Department Store Union", tagged from "Department". joinAndNames does
// the same for one word ("the Rock and Roll Hall of Fame").
func joinCommaListNames(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		k := s.t0
		if s.typ != newsner.Organization || k < 5 || !lowered(orgHeads, toks[s.t1-1].Text) || toks[k-1].Text != "and" || toks[k-3].Text != "," || toks[k-5].Text != "the" && toks[k-5].Text != "The" {
			continue
		}
		ok := true
		for _, j := range []int{k - 2, k - 4} {
			w := toks[j].Text
			if covered[j] || !startsUpper(w) || !isLetters(w) || isAcronym(w) || listedOrg(w) || listKey(w, newsner.Organization) != "" {
				ok = false
			}
		}
		if ok {
			spans[i].t0 = k - 4
		}
	}
	return spans
}

// firmTailHeads end the name of a firm named for its founder besides
// companyHeads and legalSuffixes ("Jane Doe Investment Management",
// "Roe Associates").
var firmTailHeads = setOf(`management associates advisors advisers`)

// joinPersonFirmNames makes one organization of a span tagged a person and
// the one to three capitalized words right after it that the tagger left
// untagged, up to a word in lower case or a mark, where the last of them
// ends a company's name (companyHeads, legalSuffixes, firmTailHeads) and
// no body's (orgHeads: "the Obama Administration" on dragnet-web): a firm
// named for its founder ("Zorbford Investment Management", tagged
// "Zorbford" alone). A person's name is not followed by such a run.
func joinPersonFirmNames(text string, toks []token, spans []tspan) []tspan {
	return joinFirmTails(text, toks, spans, newsner.Person, 3, firmTailHeads, orgHeads)
}

// lettersNoAcronym reports whether t is a word of letters only that is
// no acronym: a word of a name's tail (joinAndHeadTails, joinFirmTails).
func lettersNoAcronym(t token) bool {
	return isLetters(t.Text) && !isAcronym(t.Text)
}

// joinFirmTails makes one organization of a span of type typ and the one
// to most capitalized words right after it that the tagger left untagged
// (no acronyms), up to a word in lower case, a mark or the end of a line,
// where the last of them ends a company's name (companyHeads,
// legalSuffixes, tails) and is not in notHeads: the walk
// joinPersonFirmNames and joinPlaceFirmNames share. A name does not run
// over a line's end: a heading's "Riveron acquires Eden Data" ends there,
// before the capitalized first word of the next line (modern-web-a, a
// deals roundup).
func joinFirmTails(text string, toks []token, spans []tspan, typ newsner.EntityType, most int, tails, notHeads map[string]bool) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		if s.typ != typ || s.t1 >= len(toks) || covered[s.t1] || lineBreakBefore(text, toks, s.t1) {
			continue
		}
		e := untaggedRunEnd(toks, covered, s.t1, most+1, lettersNoAcronym) // a word more than most: a longer run is none
		for k := s.t1 + 1; k < e; k++ {
			if lineBreakBefore(text, toks, k) {
				e = k
				break
			}
		}
		if e == s.t1 || e-s.t1 > most || e < len(toks) && startsUpper(toks[e].Text) && !lineBreakBefore(text, toks, e) {
			continue
		}
		last := strings.ToLower(toks[e-1].Text)
		if !companyHeads[last] && !legalSuffixes[last] && !tails[last] || notHeads[last] {
			continue // "the Obama Administration": a body's head after a leader's name
		}
		spans[i] = tspan{newsner.Organization, s.t0, e}
	}
	return spans
}

// sportBodyWords name a sport before a country's or a state's name in
// the name of the sport's governing body there ("Cricket Australia",
// "Racing Victoria", "Athletics Kenya").
var sportBodyWords = setOf(`Cricket Racing Rugby Tennis Athletics Swimming Cycling Hockey Football
Netball Golf Basketball Rowing Sailing Gymnastics Volleyball Triathlon Squash Bowls Softball Baseball`)

// joinSportBodyPlaces makes one organization of a place's span and the
// untagged sport's word right before it (sportBodyWords): "Zorbia" of
// "Netball Zorbia said", which the tagger tags a place alone, is the
// sport's governing body there, as eng.train marks "Cricket Australia".
func joinSportBodyPlaces(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		k := s.t0 - 1
		if s.typ != newsner.Location || k < 0 || covered[k] || !sportBodyWords[toks[k].Text] {
			continue
		}
		if k > 0 && startsUpper(toks[k-1].Text) && isLetters(toks[k-1].Text) && !strings.EqualFold(toks[k-1].Text, "the") {
			continue // "Women's Rugby ...", a longer name the tagger cut
		}
		spans[i] = tspan{newsner.Organization, k, s.t1}
	}
	return joinPlaceSportBodies(toks, spans)
}

// placeFirmTails end a firm's name after a place's besides companyHeads
// and legalSuffixes ("Zorbia Street Research", "Quelb Bay Consulting").
var placeFirmTails = setOf(`research consulting advisors advisers associates games data`)

// joinPlaceFirmNames makes one organization of a place's span and the
// one or two capitalized words right after it that the tagger left
// untagged, up to a word in lower case or a mark, where the last of them
// ends a company's name (companyHeads, legalSuffixes, placeFirmTails): a
// firm named for a street or a town ("New Quelb Research", tagged "New
// Quelb" a place). joinPersonFirmNames does the same after a person's
// name.
func joinPlaceFirmNames(text string, toks []token, spans []tspan) []tspan {
	return joinFirmTails(text, toks, spans, newsner.Location, 2, placeFirmTails, nil)
}

// demonymBodyHeads end a national body's name that starts with the
// nation's adjective ("the Zorbian Civil Aviation Authority").
var demonymBodyHeads = setOf(`authority agency corporation commission board council federation association
organisation organization`)

// joinDemonymBodies makes one organization of a nationality's word tagged
// MISC and the organization's span of three words or more right after it
// that ends in a national body's head word (demonymBodyHeads): "the
// Zorbian Civil Aviation Authority", whose adjective the tagger cuts off.
// eng.train marks a nationality inside a body's name 131 times and before
// one 16, those before a ministry, a parliament or a party of two words
// ("Brazilian Foreign Ministry", "Liberian Senate"), which stay apart.
// Not before a bracket: an acronym in it tells whether the adjective is
// the name's (joinDemonymAcronyms: "French Zorbco Quelb Agency (ZQA)"
// keeps "French" apart).
//
// A national Red Cross or Red Crescent society is named by its nation's
// word too ("the North Korean Red Cross", "the Turkish Red Crescent"), the
// word of one or two tokens (a compass point's first: "North Korean",
// "South African"): eng.testa marks "North Korean Red Cross" one
// organization, which the tagger split into MISC and "Red Cross".
func joinDemonymBodies(toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool {
		if s.typ != misc || n.t0 != s.t1 || !isDemonym(toks[s.t1-1].Text) || n.typ != newsner.Organization {
			return false
		}
		if redCrossName(toks, n) {
			return s.t1-s.t0 == 1 || s.t1-s.t0 == 2 && compassWords[strings.ToLower(toks[s.t0].Text)]
		}
		bracket := n.t1 < len(toks) && toks[n.t1].Text == "(" // an acronym there says (joinDemonymAcronyms)
		return s.t1-s.t0 == 1 && n.t1-n.t0 >= 3 && lowered(demonymBodyHeads, toks[n.t1-1].Text) && !bracket
	})
}

// redCrossName reports whether span n is "Red Cross" or "Red Crescent"
// alone, a national society's name without its nation's word.
func redCrossName(toks []token, n tspan) bool {
	return n.t1-n.t0 == 2 && toks[n.t0].Text == "Red" && (toks[n.t0+1].Text == "Cross" || toks[n.t0+1].Text == "Crescent")
}

// possessiveFirmHeads are the words a company named for a person or a
// family puts after the name's "'s" ("Dr. Zorby's Laboratories",
// "Quelbury's Supermarkets").
var possessiveFirmHeads = setOf(`Laboratories Labs Pharmaceuticals Foods Industries Motors Brewery Brewing
Stores Restaurants Hotels Supermarkets Analytics Cosmetics Chemicals Electronics`)

// joinPossessiveFirmNames makes one organization's span of a span tagged
// an organization or a person, "'s" and a firm's head word after it
// (possessiveFirmHeads), untagged or tagged alone, with no capitalized
// word after it: "Dr. Zorby's Laboratories", which the tagger split at
// the "'s" (fifth December 2020 audit).
func joinPossessiveFirmNames(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	var out []tspan
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		k := s.t1
		if (s.typ == newsner.Organization || s.typ == newsner.Person) && k+1 < len(toks) && isPossessive(toks[k].Text) && !covered[k] && possessiveFirmHeads[toks[k+1].Text] &&
			(k+2 >= len(toks) || !startsUpper(toks[k+2].Text)) {
			switch {
			case !covered[k+1]:
				out = append(out, tspan{newsner.Organization, s.t0, k + 2})
				continue
			case i+1 < len(spans) && spans[i+1].t0 == k+1 && spans[i+1].t1 == k+2:
				out = append(out, tspan{newsner.Organization, s.t0, k + 2})
				i++
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// usBodyWords start the name of a federal body of the United States
// that CoNLL-2003 marks as one organization with the "U.S." before it
// (eng.train: "U.S. Treasury" 4 of 4, "U.S. Senate", "U.S. Navy", "U.S.
// District Court", "U.S. Postal Service"; the tagger reads "U.S." a place
// and the body's word an organization apart).
var usBodyWords = setOf(`Congress Senate House Treasury Navy Army Marine Marines Coast Supreme District
Postal Mint Justice Commerce Defense Labor Agriculture Transportation Interior Education Census`)

// joinUSBodies makes one organization of a place's span "U.S." (or "US")
// and the organization's span right after it that starts with a federal
// body's word (usBodyWords): "the U.S. Senate" (sixth December 2020
// audit: "control of the U.S. Senate", "leaders in the U.S. Congress"
// split in two). Also before a noun the name modifies: eng.train marks
// "a U.S. Senate seat" as a place and an organization once, and "U.S.
// Treasury balances" as one organization 4 times; dragnet-web's gold "the
// statewide U.S. Senate race" one organization.
func joinUSBodies(toks []token, spans []tspan) []tspan {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && s.typ == newsner.Location && s.t1-s.t0 == 1 && (toks[s.t0].Text == "U.S." || toks[s.t0].Text == "US") {
			n := spans[i+1]
			if n.typ == newsner.Organization && n.t0 == s.t1 && usBodyWords[toks[n.t0].Text] {
				out = append(out, tspan{newsner.Organization, s.t0, n.t1})
				i++
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// placeOfficeHeads end the name of a state's office that sits in a place
// and is named for it: an attorney general's ("the New York State Attorney
// General") or a nation's embassy or consulate ("the US Embassy in New
// Delhi"), each given as words in order.
var placeOfficeHeads = [][]string{{"Attorney", "General"}, {"Embassy"}, {"Consulate"}}

// joinPlaceOffices makes one organization of a place's span after "the",
// an untagged "State" if there, and an untagged office's name after them
// (placeOfficeHeads): "the New York State Attorney General said", whose
// place the tagger tags alone and whose office it leaves out (the
// news-pages lists mark the whole; GUM the outermost name). Not before a
// capitalized word: "the Texas Attorney General Jon Marzo" is a person's
// title. CoNLL-2003 capitalizes neither "embassy" after a place nor a
// place before "Attorney General"; a nationality's word stays apart, as
// it marks "[MISC Liberian] [ORG Senate]".
func joinPlaceOffices(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		if s.typ != newsner.Location || s.t0 == 0 || !strings.EqualFold(toks[s.t0-1].Text, "the") {
			continue
		}
		k := s.t1
		if k < len(toks) && toks[k].Text == "State" && !covered[k] {
			k++
		}
		for _, head := range placeOfficeHeads {
			e := k + len(head)
			if e > len(toks) || e < len(toks) && startsUpper(toks[e].Text) {
				continue
			}
			ok := true
			for j, w := range head {
				ok = ok && toks[k+j].Text == w && !covered[k+j]
			}
			if ok {
				spans[i] = tspan{newsner.Organization, s.t0, e}
				break
			}
		}
	}
	return spans
}

// portActWords, right after "Port of" and a town, have the port's
// authority speak or employ ("the Port of Zorbton said", "Port of Zorbton
// chief executive").
var portActWords = setOf(`said says chief executive chairman spokesman spokeswoman director authority's`)

// joinPortOfNames makes one organization of an untagged "Port of" and
// the place's span right after it ("Port of Zorbton chief executive Jon
// Marzo said", where the tagger tags the town alone): the port's
// authority, as "the Port of Rotterdam said" is; portsAsPlaces then makes
// it a place where something happens there ("near the Port of Zorbton").
// Only before a word that has the port act or employ (portActWords:
// "said", "chief executive"): eng.train's "Port of Tauranga year profit
// climbs", a headline, marks the town alone. Not a country's name ("Port
// of Spain", a town) nor a place the lists know as a whole.
func joinPortOfNames(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		k := s.t0
		if s.typ != newsner.Location || k < 2 || toks[k-1].Text != "of" || toks[k-2].Text != "Port" || covered[k-1] || covered[k-2] ||
			s.t1 >= len(toks) || !lowered(portActWords, toks[s.t1].Text) {
			continue
		}
		name := joinTokens(toks[s.t0:s.t1])
		if strings.HasPrefix(listKey(name, newsner.Location), "iso3166:") || knownPlace("Port of "+name) {
			continue
		}
		spans[i] = tspan{newsner.Organization, k - 2, s.t1}
	}
	return spans
}

// sportNounsAfterBody are the nouns after a country's name and a sport's
// word that make the two a description, not a body's name ("the
// Zorbia Cricket team").
var sportNounsAfterBody = setOf(`team teams side sides squad squads fans season coach coaches captain
board league match matches players player selectors tour series officials`)

// joinPlaceSportBodies makes one organization of a place's span and the
// untagged sport's word right after it (sportBodyWords) before no
// capitalized word and no noun of a team (sportNounsAfterBody): "Zorbia
// Cricket said", the sport's governing body there named the other way
// round from "Cricket Australia" (seventh December 2020 audit: "New
// Zealand Cricket said" gave LOC "New Zealand" on a made-up Reuters-style
// article). Called at joinSportBodyPlaces' end.
func joinPlaceSportBodies(toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	for i, s := range spans {
		k := s.t1
		if s.typ != newsner.Location || k >= len(toks) || covered[k] || !sportBodyWords[toks[k].Text] {
			continue
		}
		if k+1 < len(toks) && (startsUpper(toks[k+1].Text) || sportNounsAfterBody[toks[k+1].Text]) {
			continue
		}
		spans[i] = tspan{newsner.Organization, s.t0, k + 1}
	}
	return spans
}

// placeBodyJoiners stand between a body's name and the place it is named
// for: "Mission in Somalia", "Force in Lebanon".
var placeBodyJoiners = setOf(`in for of`)

// joinPlaceAcronymBodies makes one organization of an organization's span,
// a lower-case "in", "for" or "of" (placeBodyJoiners) and a place's span
// right after, where the acronym in brackets after the place spells the
// whole (placeBodyAcronym): "African Union Transition Mission" and
// "Somalia" of "the African Union Transition Mission in Somalia (ATMIS)"
// (tenth December 2020 audit, twice), "U.N. Interim Force" and "Lebanon"
// of "the U.N. Interim Force in Lebanon (UNIFIL)" (eng.testa). The tagger
// cuts such a body's name at the place it is named for; the acronym, which
// takes a letter or more of the place, says the place is part of it.
// Without such an acronym the two stay apart ("the Zorbian Embassy in
// Quelbia").
func joinPlaceAcronymBodies(toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool { return placeAcronymBody(toks, s, n) })
}

// placeAcronymBody reports whether s, an organization's span, and n, a
// place's span, stand "s in n (ACR)" with ACR the acronym of the whole
// (placeBodyAcronym).
func placeAcronymBody(toks []token, s, n tspan) bool {
	k := s.t1
	if s.typ != newsner.Organization || n.typ != newsner.Location || n.t0 != k+1 || !placeBodyJoiners[toks[k].Text] {
		return false
	}
	if n.t1+2 >= len(toks) || toks[n.t1].Text != "(" || toks[n.t1+2].Text != ")" {
		return false
	}
	return placeBodyAcronym(textWords(toks, s.t0, s.t1), toks[k].Text, textWords(toks, n.t0, n.t1), toks[n.t1+1].Text)
}

// placeBodyAcronym reports whether acr, three capitals or more, is the
// acronym of a body's words, a joiner and a place's words: a lead that
// starts with the body's first initial and takes, in order, some of the
// capitals of the body's words and the joiner's initial, then a tail that
// is the place's initials or one to three first letters of its first word
// ("ATMI" + "S" of "African Union Transition Mission in Somalia",
// "AUS" + "SOM" of "African Union Support and Stabilisation Mission in
// Somalia", "UNIFI" + "L" of "U.N. Interim Force in Lebanon"). The tail
// must be there: an acronym of the body alone ("Zorbian Embassy in Quelbia
// (ZE)") does not join the place.
func placeBodyAcronym(body []string, joiner string, place []string, acr string) bool {
	if len(acr) < 3 || strings.ToUpper(acr) != acr || !isLetters(acr) || len(body) == 0 || len(place) == 0 {
		return false
	}
	var lead []byte // the body's capitals A to Z, in order ("AUTM", "UNIF")
	for _, w := range body {
		for j := 0; j < len(w); j++ {
			if w[j] >= 'A' && w[j] <= 'Z' {
				lead = append(lead, w[j])
			}
		}
	}
	if len(lead) == 0 || acr[0] != lead[0] {
		return false
	}
	lead = append(lead, strings.ToUpper(joiner[:1])[0])
	var tails []string
	var ini strings.Builder
	for _, w := range place {
		if startsUpper(w) {
			ini.WriteString(strings.ToUpper(w[:1]))
		}
	}
	tails = append(tails, ini.String())
	first := strings.ToUpper(place[0])
	for n := 2; n <= 3 && n <= len(first); n++ {
		tails = append(tails, first[:n])
	}
	for _, tail := range tails {
		if tail == "" || len(tail) >= len(acr) || !strings.HasSuffix(acr, tail) {
			continue
		}
		if subsequence(acr[:len(acr)-len(tail)], string(lead)) {
			return true
		}
	}
	return false
}

// subsequence reports whether the bytes of a occur in b in order.
func subsequence(a, b string) bool {
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// splitRunTogetherNames splits an organization's span that runs two
// names of two words or more together across a comma ("Toyota Motor, Sony
// Group", of "firms including Toyota Motor, Sony Group and NTT") or across
// an "and" between two names that open with the same word ("Los Choneros
// and Los Lobos", two gangs): a list's members, each a name of its own,
// which the tagger read as one. Across a comma only where no "and", "or"
// or "&" follows in the span (a firm of partners, "Ferris, Baker Watts";
// a body's list, "Bureau of Alcohol, Tobacco and Firearms"), and where
// the part after is no legal suffix alone ("Zorbco Holdings, Inc.") nor
// a place ("University of Quenton, Zorbville"). Audit 2020o articles 1
// and 7, each one organization in place of two.
func splitRunTogetherNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		if s.typ != newsner.Organization || s.t1-s.t0 < 5 {
			out = append(out, s)
			continue
		}
		k := runTogetherAt(toks, s)
		if k < 0 {
			out = append(out, s)
			continue
		}
		out = append(out, tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1})
	}
	return out
}

// runTogetherAt returns the comma or the "and" at which span s runs two
// names together (splitRunTogetherNames), -1 if none.
func runTogetherAt(toks []token, s tspan) int {
	at := -1
	for k := s.t0; k < s.t1; k++ {
		switch toks[k].Text {
		case ",", "and":
			if at >= 0 {
				return -1 // a list of three or more, or a comma and an "and": left to splitListedNames
			}
			at = k
		case "or", "&":
			return -1
		}
	}
	if at-s.t0 < 2 || s.t1-at-1 < 2 {
		return -1
	}
	for k := s.t0; k < s.t1; k++ {
		if k != at && !startsUpper(toks[k].Text) {
			return -1 // "Bank of Zorbia, Quelb Branch": a connective inside
		}
	}
	if toks[at].Text == "and" {
		if toks[s.t0].Text != toks[at+1].Text {
			return -1
		}
		return at
	}
	if suffixesOnly(toks[at+1:s.t1]) || isPlaceName(joinTokens(toks[at+1:s.t1])) {
		return -1
	}
	return at
}

// forceHeads are the names of a nation's armed forces that follow its
// adjective, by their words: "the Zorbian Army", "Zorbian Armed Forces".
var forceHeads = [][]string{{"Army"}, {"Navy"}, {"Air", "Force"}, {"Armed", "Forces"}, {"Marine", "Corps"}}

// joinDemonymForces makes one organization of a nationality's word and the
// name of an armed force in capitals right after it (forceHeads), where the
// tagger cut the adjective off or left it a MISC of its own: "the Polish
// Army" tagged "Army" (the sixteenth December 2020 audit), "The Sudanese
// Armed Forces" tagged "Sudanese" alone (the world audit). eng.train joins
// them ("Mexican Army", "Irish Navy", 2 of 2), as it does "Royal Armed
// Forces". Each word must stand untagged or in a span inside the name; a
// longer name around it ("Irish Republican Army") is left to the tagger.
func joinDemonymForces(toks []token, spans []tspan) []tspan {
	var add []tspan
	sorted := spansInOrder(spans) // overlapping walks from the force's place, not every span per force
	for k := 0; k+1 < len(toks); k++ {
		if !startsUpper(toks[k].Text) || !isDemonym(toks[k].Text) {
			continue
		}
		e := 0
		for _, h := range forceHeads {
			if k+1+len(h) <= len(toks) && matchWords(toks, k+1, h, nil) {
				e = k + 1 + len(h)
				break
			}
		}
		if e == 0 || e < len(toks) && startsUpper(toks[e].Text) && isLetters(toks[e].Text) {
			continue
		}
		if allInside(spans, overlapping(spans, sorted, k, e), k, e) {
			add = append(add, tspan{newsner.Organization, k, e})
		}
	}
	return replaceSpans(spans, add)
}

// joinDemonymAcronyms makes one organization of a demonym tagged MISC and
// the organization's span right after it where the acronym in brackets
// after them starts with the demonym's first letters and goes on with the
// organization's initials: the body is named with its country's adjective
// ("Russian" and "Anti-Doping Agency" of "the Russian Anti-Doping Agency
// (RUSADA)", sports audit; "Zorbian Football Union (ZFU)"). Without such
// an acronym the demonym stays apart, as CoNLL-2003 keeps it before a
// ministry ("French Interior Ministry").
func joinDemonymAcronyms(toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool {
		return s.typ == misc && s.t1-s.t0 == 1 && n.t0 == s.t1 && n.typ == newsner.Organization && isDemonym(toks[s.t0].Text) &&
			n.t1+2 < len(toks) && toks[n.t1].Text == "(" && toks[n.t1+2].Text == ")" && demonymAcronym(toks[s.t0].Text, textWords(toks, n.t0, n.t1), toks[n.t1+1].Text)
	})
}

// demonymAcronym reports whether acr, all capitals, is one to four first
// letters of the demonym and then the initials of words ("RUS" + "ADA" of
// "Russian" and "Anti-Doping Agency"; hyphened parts count apart).
func demonymAcronym(demonym string, words []string, acr string) bool {
	if len(acr) < 3 || strings.ToUpper(acr) != acr || !isLetters(acr) {
		return false
	}
	var ini strings.Builder
	for _, w := range words {
		for _, p := range strings.Split(w, "-") {
			if p != "" && startsUpper(p) {
				ini.WriteString(strings.ToUpper(p[:1]))
			}
		}
	}
	rest := ini.String()
	if rest == "" || !strings.HasSuffix(acr, rest) {
		return false
	}
	lead := acr[:len(acr)-len(rest)]
	return len(lead) >= 1 && len(lead) <= 4 && strings.HasPrefix(strings.ToUpper(demonym), lead)
}

// joinAndNames gives back to an organization's name the capitalized word
// and "and" the tagger left out before it ("Rock and" of "the Rock and Roll
// Hall of Fame", "Test and" of "the Test and County Cricket Board"): where
// that word is untagged, no listed organization's name, and stands after
// "the". At a sentence's or a line's start the word is capitalized anyway:
// on the readability and modern2026 pages that joined headings and lists
// ("Leadership and Culture", "Reddit and Facebook", "Didymos and
// Dimorphos"); after other words, eng.train's "Secretary of State for
// Foreign and Commonwealth Affairs" has only "Commonwealth" marked.
func joinAndNames(toks []token, spans []tspan) []tspan {
	prevEnd := 0
	for i, s := range spans {
		k := s.t0 - 2
		if s.typ == newsner.Organization && k >= prevEnd && k >= 1 && toks[k+1].Text == "and" && startsUpper(toks[k].Text) && isLetters(toks[k].Text) &&
			toks[k-1].Text == "the" && !listedOrg(toks[k].Text) && listKey(toks[k].Text, newsner.Organization) == "" {
			spans[i].t0 = k
		}
		prevEnd = spans[i].t1
	}
	return spans
}

// pairSuffixes end a company's name that joins two words with "and"
// ("Nippon Telegraph and Telephone Corp", "Import and Export Corp"):
// legalSuffixes less a group's words ("Group", "Holdings"), a club's
// ("FC") and "Company", which end other bodies' names too.
var pairSuffixes = setOf(`corp corporation inc incorporated co ltd limited plc llc lp ag sa se nv bv gmbh spa ab asa oyj`)

// joinAndSuffixNames joins two organizations' spans the tagger cut at
// their "and" where the second ends in a company's legal suffix
// (pairSuffixes) and the first in none, and neither is a listed name:
// one company's name ("Nippon Telegraph" + "Telephone Corp" gave two
// organizations on a made-up Reuters-style markets article, fourth
// audit). Two companies named in full are written each with its suffix
// ("Exxon Corp and Texaco Inc", as eng.train has them), and a listed
// first one is a company of its own ("Toyota and Honda Motor Co"), as is
// one that ends in a company's or a body's head word or has an "of"
// ("Zorb Robotics and Quelb Systems Inc", "the Zorb Heart Foundation and
// Quelb Pharma GmbH", both on news-pages and eng.train).
func joinAndSuffixNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && andSuffixPair(toks, s, spans[i+1]) {
			s.t1 = spans[i+1].t1
			i++
		}
		out = append(out, s)
	}
	return out
}

// andSuffixPair reports whether a and b are the two halves of one
// company's name cut at its "and" (joinAndSuffixNames).
func andSuffixPair(toks []token, a, b tspan) bool {
	if a.typ != newsner.Organization || b.typ != newsner.Organization || b.t0 != a.t1+1 || toks[a.t1].Text != "and" || b.t1-b.t0 < 2 {
		return false
	}
	if !lowered(pairSuffixes, strings.TrimSuffix(toks[b.t1-1].Text, ".")) || lowered(legalSuffixes, strings.TrimSuffix(toks[a.t1-1].Text, ".")) {
		return false
	}
	if last := strings.ToLower(toks[a.t1-1].Text); companyHeads[last] || orgHeads[last] || hasToken(toks[a.t0:a.t1], "of") {
		return false // a body's full name of its own: "Zorb Robotics and Quelb Systems Inc", "Zorb Co of Quelbia and ..."
	}
	first, second := spanWords(toks, a.t0, a.t1), spanWords(toks, b.t0, b.t1)
	return !listedOrg(first) && listKey(first, newsner.Organization) == "" && listKey(second, newsner.Organization) == ""
}

// joinCommaFirmNames joins to an organization's span with an "&" inside
// it ("Holt & Co", "Rosen & Katz") the one-word names before it that only
// commas part, each tagged a person alone, or untagged and no known place
// nor listed organization: a firm named for its partners ("Tudor,
// Pickering, Holt & Co", "Wachtell, Lipton, Rosen & Katz"), which the
// tagger cut into people and the last pair (December 2020 audit). A list
// of companies is tagged organizations, which stay ("Zorbco, Quelb &
// Marzo").
func joinCommaFirmNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		if s.typ == newsner.Organization && s.t1-s.t0 >= 3 && hasToken(toks[s.t0+1:s.t1-1], "&") {
			t0 := s.t0
			for t0 >= 2 && toks[t0-1].Text == "," && startsUpper(toks[t0-2].Text) && isLetters(toks[t0-2].Text) {
				n := len(out)
				switch {
				case n > 0 && out[n-1].t1 > t0-2 && out[n-1].typ == newsner.Person && out[n-1].t0 == t0-2 && out[n-1].t1 == t0-1:
					out = out[:n-1] // a partner tagged a person
				case (n == 0 || out[n-1].t1 <= t0-2) && !knownPlace(toks[t0-2].Text) && !listedOrg(toks[t0-2].Text):
				default:
					n = -1
				}
				if n < 0 {
					break
				}
				t0 -= 2
			}
			s.t0 = t0
		}
		out = append(out, s)
	}
	return out
}

// maxCampusWords bounds a campus's name after a state university's
// (joinCampusNames).
const maxCampusWords = 3

// joinCampusNames makes one organization of a state university's span
// ending in "University of" and a US state, a comma, and the place's span
// of a town right after it: the campus is part of the university's name
// ("University of Nevada, Quelbton"), which the tagger split at the comma
// into an organization and a place (modern-web-a, GUM's news on an
// exhibit's tour; the 2019 web audit counts the kind). Not where the
// place is a state or country ("University of Nevada, United States"),
// nor where a list goes on after it ("University of Nevada, Quelbton and
// Marzo College"). Not across "at" either: GUM's gold cuts the name there
// ("University of North Carolina at Greensboro", gumPostmodifiedName), and
// eng.train keeps a campus after "at" in its university's name once.
func joinCampusNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && campusAfter(toks, spans, i) {
			out = append(out, tspan{newsner.Organization, s.t0, spans[i+1].t1})
			i++
			continue
		}
		out = append(out, s)
	}
	return out
}

// campusAfter reports whether spans[i+1] is the campus of the state
// university spans[i] names (joinCampusNames).
func campusAfter(toks []token, spans []tspan, i int) bool {
	s, n := spans[i], spans[i+1]
	if s.typ != newsner.Organization || n.typ != newsner.Location || n.t0 != s.t1+1 || toks[s.t1].Text != "," || n.t1-n.t0 > maxCampusWords {
		return false
	}
	u := -1
	for k := s.t0; k+2 < s.t1; k++ {
		if toks[k].Text == "University" && toks[k+1].Text == "of" {
			u = k
			break
		}
	}
	if u < 0 || s.t1-(u+2) > 2 || usStateKey(toks[u+2:s.t1]) == "" {
		return false
	}
	if !capitalizedRun(toks, n.t0, n.t1) {
		return false
	}
	if k := listKey(joinTokens(toks[n.t0:n.t1]), newsner.Location); countryKey(k) || strings.HasPrefix(k, "iso3166:US-") {
		return false // a state or country where the university is
	}
	k := n.t1
	if k < len(toks) && toks[k].Text == "," {
		k++
		if i+2 < len(spans) && spans[i+2].t0 == k && spans[i+2].typ == newsner.Organization {
			return false // a list of universities
		}
	}
	return k >= len(toks) || !listJoiner(toks[k].Text)
}

// joinSuffixLeads extends an organization's span of a legal suffix or a
// company's head word and a legal suffix ("Group Inc." of "Canada's
// SNC-Lavalin Group Inc.", "Holdings Ltd") over the capitalized words right
// before it on its line that the tagger left untagged (hyphened ones too,
// which it reads least well): no company's name is its suffixes alone. The
// run stops at a word in lower case, a possessive, a sentence's start or
// "The". (Spans that only start with such a word, "Group" + more, cost
// modern-web a span.)
func joinSuffixLeads(text string, toks []token, spans []tspan) []tspan {
	prevEnd := 0
	for i, s := range spans {
		if w := strings.ToLower(strings.TrimSuffix(toks[s.t0].Text, ".")); s.typ == newsner.Organization && s.t1-s.t0 >= 2 &&
			(legalSuffixes[w] || companyHeads[w]) && lowered(legalSuffixes, strings.TrimSuffix(toks[s.t1-1].Text, ".")) && s.t0 > prevEnd {
			k := s.t0
			for k > prevEnd && startsUpper(toks[k-1].Text) && hasLetter(toks[k-1].Text) && toks[k-1].Text != "The" &&
				text[toks[k-1].BEnd:toks[k].BStart] == " " {
				k--
				if startsSentence(text, toks, k) {
					break
				}
			}
			spans[i].t0 = k
		}
		prevEnd = spans[i].t1
	}
	return spans
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
