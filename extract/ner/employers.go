package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// An employer named right before a person's job and name: "Wedbush
// analyst Michael Pachter", "Gol CEO Paulo Kakinoff", "LaLiga president
// Javier Tebas", "Oil Search chief executive Keiran Wulff". News writes
// the firm, league or body a person works for so, as a modifier, and the
// tagger leaves it untagged where its words are unknown or common, or
// where it starts a sentence (issue 11, the web pass: dragnet-web-a 95,
// "Wedbush analyst" and "Citi Research analyst" both missed at a
// sentence's start; the blind Reuters audit's "Gol CEO" and
// audit2020iCheck's "Oil Search chief executive" and "LaLiga president"
// missed inside sentences). staffEmployerCue and employerBeforeRole read
// a lone word before a staff role or a company's head; this reads a run
// of up to four words before any of the jobs below, at a sentence's start
// too.

// employerJobs are jobs, in lower case, that news puts right after the
// employer's name and before the person's: a firm's or a body's staff
// (staffRoles), its head (companyRoles, "chief executive", "chairman",
// "president") and a club's or a spokesman's. Not "boss": eng.train's
// "Mafia boss", a MISC name's man.
var employerJobs = setOf(`chairman chairwoman president manager coach spokesman spokeswoman spokesperson
director commissioner`)

// employerJobEnd returns the end of the job words that start at token k
// and run up to a person's name, or -1: one of employerJobs, staffRoles
// after at most one rank (staffRanks: "senior analyst"), companyRoles, or
// "chief" and an officer's word ("chief executive", "chief financial
// officer").
func employerJobEnd(toks []token, k int) int {
	if k >= len(toks) {
		return -1
	}
	w := toks[k].Text
	switch {
	case employerJobs[w] || companyRoles[w] || staffRoles[w]:
		return k + 1
	case staffRanks[w] && k+1 < len(toks) && staffRoles[toks[k+1].Text]:
		return k + 2
	case w == "chief" && k+1 < len(toks) && chiefOfficers[toks[k+1].Text]:
		if k+2 < len(toks) && toks[k+2].Text == "officer" {
			return k + 3
		}
		return k + 2
	}
	return -1
}

// addEmployerSpans adds an organization's span over an untagged run of one
// to four capitalized words, or a name tagged MISC, right before a job
// (employerJobEnd) and a name tagged a person: the person's employer
// (employerRun). Left alone: a name starting with a first name, a title, a demonym or a party's
// adjective ("Democratic strategist"), a weekday or a month, a league or
// an event (eventHeads: "Premier League chief executive", MISC in
// CoNLL-2003), and a known place ("Ukraine president", a place's head, which CoNLL-2003 marks a
// place).
func addEmployerSpans(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	personAt := map[int]bool{}
	miscEnd := map[int]int{} // a MISC span's end: its start
	for _, s := range spans {
		switch s.typ {
		case newsner.Person:
			personAt[s.t0] = true
		case misc:
			miscEnd[s.t1] = s.t0
		}
	}
	var add []tspan
	for k := 1; k < len(toks); k++ {
		end := employerJobEnd(toks, k)
		if end < 0 || !personAt[end] {
			continue
		}
		t0, ok := employerRun(text, toks, covered, miscEnd, k)
		if !ok {
			continue
		}
		w := toks[t0].Text
		if firstName(w) || isTitle(w) || isDemonym(w) || partyAdjectives[w] || partyMembers[w] || weekdays[w] || lowered(months, w) || eventHeads[toks[k-1].Text] || toks[k-1].Text == "League" || knownPlace(joinTokens(toks[t0:k])) {
			continue
		}
		add = append(add, tspan{newsner.Organization, t0, k})
	}
	return replaceSpans(spans, add)
}

// employerRun returns the start of the employer's name that ends before
// the job at token k: a MISC span that ends there, or an untagged run of
// up to four capitalized words (employerWord) after no other capitalized
// word inside the sentence, a sentence's leading "Former" (jobLeads) left
// out; not a sentence's first word alone where the corpora write it in
// lower case at all ("Senior analyst Jane Doe"; eng.train's "Bench coach",
// "Ministry spokesman", "Mafia boss", "National coach"). A MISC name
// holds only such words ("ex-Milan coach", "Dublin-born director" stay).
func employerRun(text string, toks []token, covered []bool, miscEnd map[int]int, k int) (int, bool) {
	if t0, ok := miscEnd[k]; ok {
		for j := t0; j < k; j++ {
			if !employerWord(toks[j]) {
				return 0, false // "ex-Milan coach", "Dublin-born director"
			}
		}
		return t0, true
	}
	if covered[k-1] || !employerWord(toks[k-1]) {
		return 0, false
	}
	t0 := k - 1
	for t0 > 0 && k-t0 < 4 && !covered[t0-1] && employerWord(toks[t0-1]) && !startsSentence(text, toks, t0) {
		t0--
	}
	if t0 > 0 && startsUpper(toks[t0-1].Text) && !startsSentence(text, toks, t0) {
		return 0, false // a longer name's tail
	}
	if startsSentence(text, toks, t0) && lowered(jobLeads, toks[t0].Text) {
		t0++ // "Former Zorbco chief executive"
	}
	if t0 == k || t0+1 == k && startsSentence(text, toks, t0) && usuallyLower(toks[t0].Text, 1, 0) {
		return 0, false
	}
	return t0, true
}

// jobLeads stand before a job and its employer's name at a sentence's
// start, capitalized there: "Former Zorbco chief executive".
var jobLeads = setOf(`former veteran longtime then acting interim outgoing incoming new senior top independent`)

// employerWord reports whether t can be a word of an employer's name: a
// proper noun, a word in capitals, or capitalized words a hyphen joins
// ("Deceuninck-QuickStep"); every part capitalized ("Dublin-born" is no
// name's word).
func employerWord(t token) bool {
	for _, part := range strings.Split(t.Text, "-") {
		if !startsUpper(part) {
			return false
		}
	}
	return properRunWord(t) || capsWord(t.Text) || capWord(t.Text)
}

// titleCaseJob reports whether token k is a newsroom's job written in
// title case (a byline's role, bylineRoles, singular, or "Insider":
// "Editor", "NFL Insider") with a capitalized word after it, the staff
// member's name.
func titleCaseJob(toks []token, k int) bool {
	if k+1 >= len(toks) || !startsUpper(toks[k].Text) || !startsUpper(toks[k+1].Text) {
		return false
	}
	w := toks[k].Text
	if w == "Insider" {
		return true
	}
	return w != strings.ToUpper(w) && w != "Staff" && !strings.HasSuffix(w, "s") && lowered(bylineRoles, w)
}

// cutDeskTitles takes a newsroom's title-cased job out of the name the
// tagger ran it into, where news names its staff by outlet, desk and job:
// "St. Petersburg City Editor Heather Urquides" (a place "St. Petersburg
// City"), "Chicago Tribune Metro Editor Jane Doe", "CBS Sports NFL Insider
// Jason La Canfora" (an organization "CBS Sports NFL"). A span of an
// organization or a place right before the job (titleCaseJob) loses its
// desk's words at its end (deskWords), and a span that ends in a league's
// acronym (leagueAcronyms) after two words or more is cut in two, the
// employer and the league, where the employer and its job are no listed
// name ("Business Insider" stays). A desk's word that ends a listed name
// stays ("Fox Business Editor": the outlet "Fox Business"). dragnet-web-a R587 and news-pages-a
// 08f79 (distinct: "CBS Sports" missed, "St. Petersburg City" a false
// place).
func cutDeskTitles(toks []token, spans []tspan) []tspan {
	var out []tspan
	for _, s := range spans {
		if s.t1-s.t0 == 1 && titleCaseJob(toks, s.t0) {
			continue // the job alone, tagged a name ("Metro | Editor | Jane Doe")
		}
		if s.typ != newsner.Organization && s.typ != newsner.Location || !titleCaseJob(toks, s.t1) || listedOrg(joinTokens(toks[s.t0:s.t1+1])) {
			out = append(out, s)
			continue
		}
		t1 := s.t1
		for t1 > s.t0 && lowered(deskWords, toks[t1-1].Text) && !listedOrg(joinTokens(toks[s.t0:t1])) {
			t1--
		}
		switch {
		case t1 == s.t0: // all desk words: "New Media Specialist"
		case t1 == s.t1 && t1-s.t0 >= 3 && leagueAcronyms[toks[t1-1].Text]:
			out = append(out, tspan{s.typ, s.t0, t1 - 1}, tspan{newsner.Organization, t1 - 1, t1})
		default:
			out = append(out, tspan{s.typ, s.t0, t1})
		}
	}
	return out
}
