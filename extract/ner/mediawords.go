package ner

import (
	"strings"
	"sync"

	"github.com/newsner/newsner"
)

// News outlets whose names are also words, places, demonyms or people's
// names ("Dawn", "Mint", "Variety", "Petra", "The Hindu", "The
// Australian", names/mediawords.tsv): a list typing every use would type
// "at Dawn", "the Australian dollar" and "Petra" the person, so such a
// name is an organization only where news names an outlet
// (mediaWordCue): "told the Hindu", "according to Dawn", "Quartz
// reported", "the Sputnik news agency", "state news agency Petra said",
// "Mint's correspondent", "a Dawn report". eng.train marks them so
// ("Jordan's official state news agency Petra said", "Daily Variety
// said"); its "Nikkei" is the index (MISC), which no cue here takes.

// mediaWordList is the file of such outlets, which nameIndex and
// listNames skip: its names are not listed names.
const mediaWordList = "mediawords.tsv"

var (
	mediaWordOnce  sync.Once
	mediaWordIndex map[string][]mediaWord // first word -> the forms
)

// mediaWord is a form of mediawords.tsv: its words without a leading
// "The", and whether the form starts with one ("The Hindu").
type mediaWord struct {
	words []string
	the   bool
}

// mediaWordForms returns mediawords.tsv's forms by their first word
// (without a leading "The"), read once per process.
func mediaWordForms() map[string][]mediaWord {
	mediaWordOnce.Do(func() {
		mediaWordIndex = map[string][]mediaWord{}
		listRows(mediaWordList, func(fs []string) {
			for _, form := range fs[2:] {
				rest, the := strings.CutPrefix(form, "The ")
				ws := strings.Fields(rest)
				mediaWordIndex[ws[0]] = append(mediaWordIndex[ws[0]], mediaWord{ws, the})
			}
		})
	})
	return mediaWordIndex
}

// mediaWordAt returns the end of a form of mediawords.tsv starting at
// token k (its words without "The"), or k, and whether the form starts
// with "The".
func mediaWordAt(toks []token, k int) (int, bool) {
	for _, f := range mediaWordForms()[toks[k].Text] {
		if k+len(f.words) <= len(toks) && matchWords(toks, k, f.words, nil) {
			return k + len(f.words), f.the
		}
	}
	return k, false
}

// outletNouns name an outlet by its kind beside its name ("the Dawn
// newspaper", "the newspaper Dawn", "news agency Petra").
var outletNouns = setOf(`newspaper daily paper magazine weekly tabloid broadcaster agency website outlet`)

// outletStaffNouns, after an outlet's name and "'s", are its people or
// its work ("Mint's correspondent", "the Hindu's report").
var outletStaffNouns = setOf(`reporter reporters correspondent correspondents editor editors columnist journalist journalists report reporting story article editorial investigation analysis`)

// reportVerbs after an outlet's name say it reported ("Quartz reported").
var reportVerbs = setOf(`reported reports reporting quoted cited`)

// mediaWordFollowers may stand right after an outlet's name a cue before
// it took ("told the Hindu on Monday", "according to Dawn."): a mark or
// a word that starts no noun of the name's own ("the Australian dollar").
var mediaWordFollowers = setOf(`. , ; : ) " ' on that in last this earlier late and or about said reported reports was had has is`)

// mediaWordCue reports whether tokens [k,e), a form of mediawords.tsv,
// stand where news names an outlet, and whether the cue is one a person's
// name does not take (strong): an outlet's kind before or after it ("the
// Dawn newspaper", "news agency Petra"), its people or its report after
// "'s", "a X report", "wrote in X", a dateline's "(X)", "reported by X"
// (strong); "told X", "according to X" (reportCue's, with "published
// by"), "in an interview with X", "X reported" (weak).
func mediaWordCue(toks []token, k, e int) (cued, strong bool) {
	j := k
	if j > 0 && (toks[j-1].Text == "the" || toks[j-1].Text == "The") {
		j--
	}
	next := ""
	if e < len(toks) {
		next = toks[e].Text
	}
	if outletNouns[next] || isPossessive(next) && e+1 < len(toks) && outletStaffNouns[toks[e+1].Text] {
		return true, true
	}
	if j > 0 && (toks[j-1].Text == "a" || toks[j-1].Text == "an") && (next == "report" || next == "story" || next == "article" || next == "investigation") {
		return true, true
	}
	if j > 0 && outletNouns[toks[j-1].Text] && toks[j-1].Text != "daily" {
		return true, true
	}
	if j > 1 && toks[j-1].Text == "in" && (toks[j-2].Text == "wrote" || toks[j-2].Text == "writing" || toks[j-2].Text == "published") {
		return true, true
	}
	if j > 1 && toks[j-1].Text == "(" && next == ")" && isAllCaps(toks[j-2].Text) {
		// A dateline's credit: "KARACHI (Dawn) - ".
		return true, true
	}
	if reportVerbs[next] {
		return true, false
	}
	if reportCue(toks, k, e) {
		// "according to Dawn.", "reported by the Hindu on Monday".
		return true, toks[j-1].Text == "by"
	}
	if !mediaWordFollowers[next] && !isPossessive(next) {
		return false, false
	}
	switch {
	case j > 0 && (toks[j-1].Text == "told" || toks[j-1].Text == "tells"):
		return true, false
	case j > 1 && toks[j-1].Text == "with" && toks[j-2].Text == "interview":
		return true, false
	}
	return false, false
}

// mediaWordHits returns the spans of the forms of mediawords.tsv that a
// cue names an outlet (mediaWordCue; a form that is a known place, or a
// person's name without "the" before it, only after a strong one; a
// demonym only after "the"), and of their later uses before
// "said" or a report verb once the article cued them so ("Dawn reported
// ... Dawn said"), each from "The" before it where the form starts so
// ("The Hindu").
func mediaWordHits(toks []token) []tspan {
	var hits, later []tspan
	cuedForms := map[string]bool{}
	for k := 0; k < len(toks); k++ {
		e, withThe := mediaWordAt(toks, k)
		if e == k {
			continue
		}
		t0 := k
		if withThe && k > 0 && toks[k-1].Text == "The" {
			t0 = k - 1
		}
		form := joinTokens(toks[k:e])
		the := k > 0 && (toks[k-1].Text == "the" || toks[k-1].Text == "The")
		if isDemonym(form) && !the {
			continue // a people's word: "Australian newspaper explanation" (btc-f)
		}
		if inLongerName(toks, t0, e) {
			continue
		}
		cued, strong := mediaWordCue(toks, k, e)
		if cued && !strong && (personNameWord(toks[k].Text) && !the || knownPlace(form)) {
			cued = false
		}
		if !cued {
			if e < len(toks) && (toks[e].Text == "said" || reportVerbs[toks[e].Text]) {
				later = append(later, tspan{newsner.Organization, t0, e})
			}
			continue
		}
		cuedForms[form] = true
		hits = append(hits, tspan{newsner.Organization, t0, e})
		k = e - 1
	}
	for _, h := range later {
		if cuedForms[strings.TrimPrefix(joinTokens(toks[h.t0:h.t1]), "The ")] {
			hits = append(hits, h)
		}
	}
	return hits
}

// mediaWordSpans adds an organization's span over each of mediaWordHits
// the tagger left untagged or covered only by spans inside it, which it
// replaces (a span reaching outside is left alone).
func mediaWordSpans(toks []token, spans []tspan) []tspan {
	sorted := spansInOrder(spans)
	var add []tspan
	for _, h := range mediaWordHits(toks) {
		if mediaWordSpanFits(spans, sorted, h) {
			add = append(add, h)
		}
	}
	return replaceSpans(spans, add)
}

// mediaWordSpanFits reports whether no span of the tagger's over h
// reaches outside it or already types it an organization.
func mediaWordSpanFits(spans []tspan, sorted bool, h tspan) bool {
	for _, i := range overlapping(spans, sorted, h.t0, h.t1) {
		s := spans[i]
		if s.t0 < h.t0 || s.t1 > h.t1 || s.typ == newsner.Organization {
			return false
		}
	}
	return true
}

// mediaWordsAsOrganizations types ORGANIZATION again a mention over one
// of mediaWordHits that later rules made MISC or a person or a place:
// the rules of peoples ("the Hindu", peoplesAsMisc) and stock indexes
// ("Nikkei", indexesAsMisc) read the name, not its cue.
func mediaWordsAsOrganizations(ms []*mention, toks []token) {
	var hits map[[2]int]bool
	for _, m := range ms {
		if m.typ == newsner.Organization || len(mediaWordForms()[toks[m.t1-1].Text]) == 0 && len(mediaWordForms()[toks[m.t0].Text]) == 0 {
			continue
		}
		if hits == nil {
			hits = map[[2]int]bool{}
			for _, h := range mediaWordHits(toks) {
				hits[[2]int{h.t0, h.t1}] = true
			}
		}
		if hits[[2]int{m.t0, m.t1}] {
			m.typ, m.place = newsner.Organization, false
		}
	}
}

// inLongerName reports whether tokens [t0,e) are words of a longer name:
// a capitalized word right before them, not a sentence's first ("American
// Express reported", "Daily Variety said", which eng.train marks whole),
// or right after them ("Star Tribune").
func inLongerName(toks []token, t0, e int) bool {
	if e < len(toks) && startsUpper(toks[e].Text) && hasLower(toks[e].Text) {
		return true
	}
	if t0 == 0 {
		return false
	}
	w := toks[t0-1].Text
	return startsUpper(w) && hasLower(w) && w != "The" && t0 >= 2 && !sentenceEnds[toks[t0-2].Text]
}
