package ner

import (
	"sort"
	"strings"
	"sync"

	"github.com/newsner/newsner"
)

// Spans over the names the lists give: news outlets and armed groups
// (names/ lists), their legal suffixes, the people of
// names/newsmakers.tsv, and a listed organization's short name before a
// title. places_listed.go has the listed places' spans.

var (
	orgListOnce  sync.Once
	orgListFirst map[string][][]string // first token -> the listed forms it starts, as tokens, longest first
)

// orgListForms returns the forms of the news outlets and armed groups of
// the lists (orgLists) that addListedOrgSpans looks for, by first token:
// not acronyms ("AP", "CNN": the tagger finds those, and "AP" is also a
// course), nor forms all in lower case ("dpa").
func orgListForms() map[string][][]string {
	orgListOnce.Do(func() {
		nameIndex()
		orgListFirst = map[string][][]string{}
		seen := map[string]bool{}
		for _, key := range orgListIdx {
			if seen[key] {
				continue
			}
			seen[key] = true
			forms, ok := listedOnlyForms[key]
			if !ok {
				forms = namesForms[key]
			}
			for _, form := range forms {
				if isAcronym(form) || strings.ToLower(form) == form {
					continue
				}
				ws := splitWords(form)
				orgListFirst[ws[0]] = append(orgListFirst[ws[0]], ws)
			}
		}
		for _, fs := range orgListFirst {
			sort.Slice(fs, func(i, j int) bool {
				if len(fs[i]) != len(fs[j]) {
					return len(fs[i]) > len(fs[j])
				}
				return strings.Join(fs[i], " ") < strings.Join(fs[j], " ")
			})
		}
	})
	return orgListFirst
}

// capsOutletSpans extends a span in capitals over the word in capitals
// right after it when the two are a listed news outlet's name (listedOrg),
// and makes it an organization: a credit's paper in capitals ("(Photo:
// Jane Quimble, USA TODAY)"), where the tagger takes "USA" for the place
// and leaves "TODAY" out.
func capsOutletSpans(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		k := s.t1
		if k >= len(toks) || !isAllCaps(toks[k].Text) || i+1 < len(spans) && spans[i+1].t0 <= k {
			continue
		}
		caps := true
		for j := s.t0; j < k && caps; j++ {
			caps = isAllCaps(toks[j].Text)
		}
		if caps && listedOrg(joinTokens(toks[s.t0:k+1])) {
			spans[i] = tspan{newsner.Organization, s.t0, k + 1}
		}
	}
	return spans
}

// addListedOrgSpans adds an organization's span over each listed news
// outlet's or armed group's name (orgListForms) that the tagger left
// untagged ("according to Bloomberg", "reports Business Insider", "The
// Guardian reports:") or tagged in part ("al" + "Shabaab", a place),
// replacing the tagged part. A name counts where it stands alone: no
// tagged name across its edges, no capitalized word right after it
// ("Engadget Score"), none right before it but at a sentence's start or
// a sentence's "The" ("the" before it stays out of it: "the Guardian")
// or a word that opens the clause (openerBefore: "On Tuesday Proekt
// said"), and no word of it the
// surname of a person's name of two words or more that the tagger found
// ("Michael Bloomberg", "Kate Forbes") or after an honorific (personWord).
// A listed form with its "The" ("The Body Shop") takes a capitalized
// "The" inside a sentence (midSentenceThe: "said that The Body Shop
// would", where the tagger typed "Body Shop" MISC) as addMidSentenceThe
// does an organization's; a sentence's "The" it leaves to
// addNewspaperThe, as CoNLL-2003 leaves it out of all names but a
// newspaper's.
func addListedOrgSpans(text string, toks []token, spans []tspan) []tspan {
	forms := orgListForms()
	var add []tspan
	sorted := spansInOrder(spans)
	var people map[string]bool // personWords, made at the first listed name
	var plain plainNames       // plain.inText, made at the first listed name
	for k := 0; k < len(toks); k++ {
		w, skip := toks[k].Text, 0
		if w == "the" {
			w, skip = "The", 1 // "the Guardian": the name without its "the"
		}
		for _, ws := range forms[w] {
			a, e := k+skip, k+len(ws)
			if e > len(toks) || !matchWords(toks, a, ws[skip:], nil) {
				continue
			}
			e = addListedSuffixes(toks, e)
			over := overlapping(spans, sorted, a, e)
			if !allInside(spans, over, a, e) || len(over) > 0 && ws[0] == "The" && skip == 0 && spans[over[0]].t0 == a+1 && !midSentenceThe(toks, a+1) {
				continue // across a tagged name, or only a sentence's "The" more: addNewspaperThe's
			}
			if e < len(toks) && startsUpper(toks[e].Text) && !suffixStopEnds(text, toks, e-1) && !lineTail(text, toks, a, e) || a > 0 && skip == 0 && startsUpper(toks[a-1].Text) && !startsSentence(text, toks, a) && !sentenceThe(text, toks, a-1) && !openerBefore(text, toks, spans, sorted, a, e) || personWord(&people, toks, spans, ws[skip:]) && personWordOutside(toks, spans, ws[skip:], a, e) || plain.inText(toks, ws) || plainUse(strings.Join(ws, " "), toks, a, e, true) {
				break
			}
			add = append(add, tspan{newsner.Organization, a, e})
			k = e - 1
			break
		}
	}
	return replaceSpans(spans, add) // the spans inside each listed name go
}

// lineTail reports whether tokens [a,e) end their line after other words
// on it: a newline stands between token e-1 and the next, none between
// token a and the one before. A credit or social line ends in an outlet's
// or a network's name with no stop after it ("Follow @zorbnews on
// Twitter", "By Jane Roe, Reuters"); the capitalized word that opens the
// next line is no more of that name. A line that is the name alone (an
// agency's byline, "Associated Press", which article texts leave out)
// is not one.
func lineTail(text string, toks []token, a, e int) bool {
	return e < len(toks) && lineBreakBefore(text, toks, e) && !lineBreakBefore(text, toks, a)
}

// addListedSuffixes returns where a listed organization's name that ends
// at token e ends with the legal suffixes right after it, which are part
// of it ("Royal Dutch Shell Plc", where the tagger took "Dutch Shell Plc"
// and a demonym's cut left "Shell Plc" on a made-up Reuters-style article,
// fourth audit).
func addListedSuffixes(toks []token, e int) int {
	for e < len(toks) && e > 0 && toks[e-1].End < toks[e].Start && lowered(legalSuffixes, strings.TrimSuffix(toks[e].Text, ".")) && startsUpper(toks[e].Text) {
		e++
	}
	return e
}

// personWord reports whether one of words is the last word of a span
// tagged a person of two tokens or more that is no listed organization's
// ("Michael Bloomberg"; not "Al" of "Al Gore", nor "Jazeera" of "Al
// Jazeera" tagged a person), or stands after an honorific ("Mr
// Bloomberg"), tagged or not.
// The words are gathered in *people at the first call, one pass over the
// text and the spans, and looked up after: a page of many listed names is
// not walked once per name.
func personWord(people *map[string]bool, toks []token, spans []tspan, words []string) bool {
	if *people == nil {
		set := map[string]bool{}
		for k := range toks {
			if afterHonorific(toks, k) {
				set[toks[k].Text] = true
			}
		}
		for _, s := range spans {
			if s.typ == newsner.Person && s.t1-s.t0 >= 2 && !listedOrg(joinTokens(toks[s.t0:s.t1])) {
				set[toks[s.t1-1].Text] = true
			}
		}
		*people = set
	}
	for _, w := range words {
		if (*people)[w] {
			return true
		}
	}
	return false
}

// newsmakerForms returns the forms of the people of names/newsmakers.tsv
// by first token, longest first, as orgListForms does the outlets'.
var newsmakerForms = sync.OnceValue(func() map[string][][]string {
	return listFormsByFirst("newsmakers.tsv", func([]string) bool { return true })
})

// listFormsByFirst reads the forms (third column on) of the list
// names/file whose forms keep accepts, as tokens, by first token, longest first.
func listFormsByFirst(file string, keep func(ws []string) bool) map[string][][]string {
	first := map[string][][]string{}
	listRows(file, func(fs []string) {
		for _, form := range fs[2:] {
			if ws := splitWords(form); len(ws) > 0 && keep(ws) {
				first[ws[0]] = append(first[ws[0]], ws)
			}
		}
	})
	for _, fs := range first {
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i]) > len(fs[j]) })
	}
	return first
}

// addListedPersonSpans makes a person's span of each mention of a listed
// newsmaker (newsmakerForms) that the tagger left untagged ("Xi Jinping
// spoke"), typed otherwise ("Elon Musk said", "Tedros said": a first name
// its lists lack read as a company's word) or tagged in part ("Liu" of
// "Liu He", "Tayyip Erdogan"), replacing what it tagged inside. A name
// counts where no tagged name crosses its edges and no capitalized word
// follows it ("Xi Jinping Thought"). Thirteenth pass (b).
func addListedPersonSpans(toks []token, spans []tspan) []tspan {
	return addListedFormSpans(toks, spans, newsmakerForms(), newsner.Person, func(k, e int, ws []string, over []int) bool {
		return e >= len(toks) || !startsUpper(toks[e].Text)
	})
}

// addListedFormSpans makes a span of type typ of each mention of a form of
// forms (by first token, longest first: listFormsByFirst's) that fits,
// replacing what the tagger tagged inside it: no tagged name crosses its
// edges (the spans over it, all inside), it is no span of typ already,
// and fits says it stands alone. The first form that matches at a token
// decides there. The walk addListedPersonSpans and addListedPlaceSpans
// share.
func addListedFormSpans(toks []token, spans []tspan, forms map[string][][]string, typ newsner.EntityType, fits func(k, e int, ws []string, over []int) bool) []tspan {
	var add []tspan
	sorted := spansInOrder(spans)
	for k := 0; k < len(toks); k++ {
		for _, ws := range forms[toks[k].Text] {
			e := k + len(ws)
			if e > len(toks) || !matchWords(toks, k, ws, nil) {
				continue
			}
			over := overlapping(spans, sorted, k, e)
			if !allInside(spans, over, k, e) || len(over) == 1 && spans[over[0]] == (tspan{typ, k, e}) || !fits(k, e, ws, over) {
				break // across a tagged name, a span of typ already, or not alone
			}
			add = append(add, tspan{typ, k, e})
			k = e - 1
			break
		}
	}
	return replaceSpans(spans, add) // the spans inside each name go
}

// addListedOrgBeforeTitle adds an organization's span over an untagged
// name of one or two capitalized words that the lists know as an
// organization's (listKeyOf with the aliases: "Fed") right before a title and a person's name the
// tagger found within three words: "Fed Chair Jerome Powell", "Zorbco
// Chief Executive Quelb Marzo" at a sentence's start, where the tagger
// reads the short name as a capitalized word (business audit, fifth:
// "Fed Chair" after a quotation missed on a made-up Reuters-style
// article). A known place stays out.
func addListedOrgBeforeTitle(text string, toks []token, spans []tspan) []tspan {
	covered := spanCover(len(toks), spans)
	person := make([]bool, len(toks)+1) // person[k]: a person's span starts at token k
	for _, s := range spans {
		if s.typ == newsner.Person {
			person[s.t0] = true
		}
	}
	var add []tspan
	for k := range toks {
		if covered[k] || !startsUpper(toks[k].Text) || k > 0 && startsUpper(toks[k-1].Text) && !startsSentence(text, toks, k) {
			continue
		}
		for n := 1; n <= 2 && k+n < len(toks) && !covered[k+n-1]; n++ {
			name := joinTokens(toks[k : k+n])
			if !lowered(titles, toks[k+n].Text) || !startsUpper(toks[k+n].Text) || listKeyOf(name, newsner.Organization, true) == "" || knownPlace(name) {
				continue
			}
			for j := k + n + 1; j < len(toks) && j <= k+n+3; j++ {
				if person[j] {
					add = append(add, tspan{newsner.Organization, k, k + n})
					break
				}
			}
			break
		}
	}
	return replaceSpans(spans, add)
}
