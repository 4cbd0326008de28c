package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Splits of a tagged run that is two names or more: at an open bracket,
// a list's "and", "or" or commas, an ellipsis, a player's position, a
// title inside, a speaker's verb or "of", a party and its leader, a
// country's name before a body's, an ad's medium, an inner "'s" or verb,
// and two bodies sharing one plural head. spans_the.go, spans_stops.go
// and spans_chambers.go split at an inner "the", a full stop, a chamber.

// splitAtInnerPossessive splits an organization's span at an "'s" inside
// it after one word that is a body's head word (orgHeads: "Bank",
// "Commission") and before two words or more that end in one: a body
// and its organ ("the Bank's Financial Policy Committee", which the tagger
// runs into one name on a made-up Reuters-style article, fourth audit;
// CoNLL-2003 marks the two names). "People's Bank of China", "Moody's
// Investors Service" stay whole (no head word before; a listed name
// before, tried too, split "Moody's Investors Service" in eng.train).
func splitAtInnerPossessive(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		k := s.t0 + 1
		cut := s.typ == newsner.Organization && s.t1-k >= 3 && isPossessive(toks[k].Text) && toks[k-1].End == toks[k].Start &&
			lowered(orgHeads, toks[s.t1-1].Text) &&
			lowered(orgHeads, toks[s.t0].Text)
		return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, cut
	})
}

// splitAtPossessiveThe splits a span at an "'s" inside it that a
// capitalized "The" and a capitalized word follow: an owner and its work
// ("Zorbnet's The Quelb Files", a show the tagger runs into one
// organization with its channel); the part after, "The" with it, keeps
// the span's type for worksAfterPossessiveTheAsMisc to look at.
func splitAtPossessiveThe(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		for k := s.t0 + 1; k+2 < s.t1; k++ {
			if isPossessive(toks[k].Text) && toks[k-1].End == toks[k].Start && toks[k+1].Text == "The" && startsUpper(toks[k+2].Text) {
				return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
			}
		}
		return s, s, false
	})
}

// splitAtInnerVerb splits a span of any type at a word inside it in
// lower case that the tagger's part of speech gives as a finite verb of
// four letters or more ("the Zorbville Times utilized Quelbnet and
// Flinko", which the tagger runs into one name "Times utilized
// Quelbnet"): the subject's name and the object's, each capitalized,
// where a name holds no verb; both sides keep the span's type for the
// type rules to look at. Short verbs stay inside ("The Land is Ours", a
// group in eng.train; "Bild am Sonntag"), as do words of a language
// other than English, which the tagger does not give as verbs.
func splitAtInnerVerb(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		for k := s.t0 + 1; k+1 < s.t1; k++ {
			w := toks[k].Text
			if innerVerb(toks[k]) && startsUpper(toks[k-1].Text) && startsUpper(toks[k+1].Text) && len(w) >= 4 {
				return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
			}
		}
		return s, s, false
	})
}

// innerVerb reports whether t is a word in lower case, letters only, that
// the part-of-speech tagger gives as a finite verb (VBD, VBZ, VBP) or that
// ends in "ed" with five letters or more (the tagger gives "utilized"
// between two proper nouns as an adjective). No name of eng.train or
// eng.testa holds such a word in lower case: the words in lower case
// inside their names are joiners ("of", "de", "van") and a few nouns.
func innerVerb(t token) bool {
	if !finiteVerbTags[t.Tag] && !(len(t.Text) >= 5 && strings.HasSuffix(t.Text, "ed")) {
		return false
	}
	return lowerASCII(t.Text)
}

// sharedHeads are the plural head words of two bodies named before them
// with one "and" ("the Treasury and Commerce departments").
var sharedHeads = setOf(`departments ministries agencies committees councils commissions courts banks`)

// splitSharedHeadPair splits an organization's span "X and Y" that stands
// right before a plural head word in lower case (sharedHeads) into its two
// names: two bodies sharing the head ("the U.S. Treasury and Commerce
// departments" gave one ORG on a made-up Reuters-style article, fourth
// audit). A span with no such plural after it stays whole ("Securities and
// Exchange Commission").
func splitSharedHeadPair(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ == newsner.Organization && s.t1 < len(toks) && sharedHeads[toks[s.t1].Text] {
			for k := s.t0 + 1; k+1 < s.t1; k++ {
				if toks[k].Text == "and" {
					return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
				}
			}
		}
		return s, s, false
	})
}

// splitEach returns spans with each span that split cuts (ok) replaced by
// its two parts, in order; spans itself, not copied, when split cuts none.
// The span rules that cut one name into two share it (splitAtInnerThe,
// splitAtSuffixStop, splitAtInnerPossessive, splitSharedHeadPair,
// splitChamberMembers).
func splitEach(spans []tspan, split func(s tspan) (a, b tspan, ok bool)) []tspan {
	var out []tspan // nil until the first split
	for i, s := range spans {
		a, b, ok := split(s)
		if ok && out == nil {
			out = append(make([]tspan, 0, len(spans)+1), spans[:i]...)
		}
		switch {
		case ok:
			out = append(out, a, b)
		case out != nil:
			out = append(out, s)
		}
	}
	if out == nil {
		return spans
	}
	return out
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

// splitUnopenedCloses splits a span at a closing bracket or closing
// quote it does not open, the twin of splitOpenBrackets: the tagger ran a
// name over the mark that ends an aside or a quoted nickname ("(Olympic
// champion Lindsay) Davenport" gave "Lindsay) Davenport", "says
// \u201cConnie\u201d Hilton" gave "Connie\u201d Hilton"), and CoNLL-2003 marks
// the name on each side a name of its own ("( Olympic champion Lindsay )
// Davenport", "Hafez al- ) Assad" in eng.train and eng.testa). A quote
// closes where it is glued to the word before and not to the one after.
// A nickname set inside a name, whose opening mark is in the span,
// stays whole (joinInsetNicknames joins the parts the tagger left apart),
// as "Mladost (L)" does.
func splitUnopenedCloses(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		k := s.t0 + 1
		for k < s.t1 && !closingMark(toks, k) {
			k++
		}
		if k >= s.t1 || hasToken(toks[s.t0:k], "(") || hasToken(toks[s.t0:k], "[") || quoteOpens(toks, s.t0, k) {
			out = append(out, s)
			continue
		}
		out = append(out, tspan{s.typ, s.t0, k})
		if k+1 < s.t1 {
			out = append(out, tspan{s.typ, k + 1, s.t1})
		}
	}
	return out
}

// closingMark reports whether toks[k] closes an aside or a quote: a
// closing bracket, or a double quote (closeQuotes) glued to the word
// before it and not to the one after it.
func closingMark(toks []token, k int) bool {
	switch w := toks[k].Text; {
	case w == ")" || w == "]":
		return true
	case closeQuotes[w]:
		return k > 0 && toks[k-1].BEnd == toks[k].BStart && (k+1 == len(toks) || toks[k].BEnd < toks[k+1].BStart)
	}
	return false
}

// quoteOpens reports whether a double quote among toks[t0:k] opens a
// quotation (a quoted nickname inside the name: "Roberto \" Hands of
// Stone \" Duran"; openQuotes).
func quoteOpens(toks []token, t0, k int) bool {
	for j := t0; j < k; j++ {
		if openQuotes[toks[j].Text] {
			return true
		}
	}
	return false
}

// splitListedNames splits an organization's span that is a list of names
// the tagger ran together: "Mercantile and Commerce", "Mercantile, Commerce
// and Roosevelt", "Mercantile or Commerce". Each part must be capitalized
// words only; a list joined by "or" is always split (no name of
// CoNLL-2003, GUM or wikigold holds an "or"), one joined by "and" or commas
// only where each part is one word, one of them stands as a name on its
// own elsewhere in the article, and the last is no company word
// ("Goldman, Sachs and Co", "Securities and Exchange Commission", "Trinidad
// and Tobago" stay whole).
func splitListedNames(text string, toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	var alone map[string][2]int // listPartsAlone, made at the first list of one-word parts
	for _, s := range spans {
		parts, or := listParts(toks, s)
		if parts != nil && !or && oneWordEach(parts) && alone == nil {
			alone = listPartsAlone(text, toks, spans)
		}
		if parts == nil || !or && (!oneWordEach(parts) || !listEvidence(toks, s, parts, alone)) {
			out = append(out, s)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// splitListedPair splits an organization's span "A and B" where A and B
// are each a listed organization's name and the whole is none ("Morgan
// Stanley and Bank of America", which the tagger ran together; "of"
// inside keeps splitListedNames off it).
func splitListedPair(text string, toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		out = append(out, s)
		if s.typ != newsner.Organization || s.t1-s.t0 < 3 || listKey(spanText(text, toks, s.t0, s.t1), newsner.Organization) != "" {
			continue
		}
		for k := s.t0 + 1; k < s.t1-1; k++ {
			if toks[k].Text != "and" {
				continue
			}
			a, b := tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}
			if listKey(spanText(text, toks, a.t0, a.t1), newsner.Organization) != "" && listKey(spanText(text, toks, b.t0, b.t1), newsner.Organization) != "" {
				out = append(out[:len(out)-1], a, b)
				break
			}
		}
	}
	return out
}

// spanText returns the text of tokens [t0,t1).
func spanText(text string, toks []token, t0, t1 int) string {
	return text[toks[t0].BStart:toks[t1-1].BEnd]
}

// listParts returns the parts of span s if it is an organization's span
// of capitalized parts joined by commas and a last "and" or "or" (or is
// set where an "or" joins them); nil otherwise.
func listParts(toks []token, s tspan) (parts []tspan, or bool) {
	if s.typ != newsner.Organization {
		return nil, false
	}
	start, conj := s.t0, false
	for k := s.t0; k < s.t1; k++ {
		w := toks[k].Text
		if w != "," && w != "and" && w != "or" {
			if !startsUpper(w) {
				return nil, false
			}
			continue
		}
		if conj || k == start || k+1 >= s.t1 {
			return nil, false
		}
		parts = append(parts, tspan{s.typ, start, k})
		start = k + 1
		if w != "," {
			conj, or = true, w == "or"
		}
	}
	if !conj {
		return nil, false
	}
	last := strings.TrimSuffix(strings.ToLower(toks[s.t1-1].Text), ".")
	if legalSuffixes[last] || companyHeads[last] {
		return nil, false
	}
	return append(parts, tspan{s.typ, start, s.t1}), or
}

// listEvidence reports whether one of parts, one word each, stands as a
// name on its own elsewhere in the text (alone, listPartsAlone's): outside
// span s, not at a sentence's start, with no capitalized word, "and",
// "or", "&" or "of" next to it.
func listEvidence(toks []token, s tspan, parts []tspan, alone map[string][2]int) bool {
	for _, p := range parts {
		if r, ok := alone[toks[p.t0].Text]; ok && (r[0] < s.t0 || r[1] >= s.t1) {
			return true
		}
	}
	return false
}

// listPartsAlone returns the first and the last token where each word of
// a one-word part of a list's span (listParts) stands as a name on its
// own: not at a sentence's start, with no capitalized word, "and", "or",
// "&" or "of" next to it. One walk of the text, where listEvidence walked
// it for each part of each list.
func listPartsAlone(text string, toks []token, spans []tspan) map[string][2]int {
	words := map[string]bool{}
	for _, s := range spans {
		if parts, _ := listParts(toks, s); oneWordEach(parts) {
			for _, p := range parts {
				words[toks[p.t0].Text] = true
			}
		}
	}
	alone := map[string][2]int{}
	for k, t := range toks {
		if !words[t.Text] || startsSentence(text, toks, k) || startsUpper(toks[k-1].Text) || toks[k-1].Text == "&" {
			continue
		}
		if e := k + 1; e < len(toks) && (startsUpper(toks[e].Text) || listGlue[toks[e].Text]) {
			continue
		}
		r, ok := alone[t.Text]
		if !ok {
			r[0] = k
		}
		r[1] = k
		alone[t.Text] = r
	}
	return alone
}

var listGlue = setOf(`and or & of`)

// oneWordEach reports whether every part is one token.
func oneWordEach(parts []tspan) bool {
	for _, p := range parts {
		if p.t1-p.t0 != 1 {
			return false
		}
	}
	return true
}

// splitAtEllipsis splits a span after each of its tokens but the last that
// ends in an ellipsis or a sentence's full stop (gluedStop) glued to a
// word ("Obama… Christie" of "take that fight to President Obama…
// Christie also is seen"; "Jack Ma. Alibaba"): the ellipsis breaks
// off a sentence or a list, as a full stop does, and no name runs across
// it (cutEllipsis takes it off the first name).
func splitAtEllipsis(toks []token, spans []tspan) []tspan {
	var out []tspan
	for i, s := range spans {
		a := s.t0
		for k := s.t0; k < s.t1-1; k++ {
			if endsInEllipsis(toks[k].Text) || k > a && gluedStop(toks, k) {
				if out == nil {
					out = append(out, spans[:i]...)
				}
				out = append(out, tspan{s.typ, a, k + 1})
				a = k + 1
			}
		}
		if out != nil {
			out = append(out, tspan{s.typ, a, s.t1})
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// nameAbbrevs are abbreviations of honorifics and addresses that go on
// with a name after their full stop.
var nameAbbrevs = setOf(`Rt Hon Esq Ave Blvd Dept Univ Assn Intl Natl Cie`)

// gluedStop reports whether token k is a capitalized word with the full
// stop that ends its sentence glued on, before a capitalized word: the
// tokenizer keeps a capital and one to two small letters and a full stop
// whole, as it keeps "Mr." ("Jack Ma." of "founded by Jack Ma. Alibaba
// shares fell", "Wang Yi. China"), and the tagger runs one name across
// it. Not an abbreviation that goes on with a name ("St.", "Gen.", "Corp.",
// "Fla.", "Rt. Hon."), and splitAtEllipsis asks only after a word of the
// name before it ("Lou. Hope you enjoyed it", a tweet's one word, stays:
// two wrong names would come of one). Thirteenth pass (b).
func gluedStop(toks []token, k int) bool {
	w := toks[k].Text
	stem, ok := strings.CutSuffix(w, ".")
	if !ok || len(stem) < 2 || !startsUpper(stem) || !isLetters(stem) || isAbbrev(stem) || isTitle(w) || isTitle(stem) || lowered(stateAbbrevs, w) || nameAbbrevs[stem] {
		return false
	}
	return k+1 < len(toks) && startsUpper(toks[k+1].Text) && toks[k].BEnd < toks[k+1].BStart
}

// endsInEllipsis reports whether w is a word with an ellipsis ("…") glued
// after it.
func endsInEllipsis(w string) bool {
	b, ok := strings.CutSuffix(w, "\u2026")
	return ok && hasLetter(b)
}

// cutEllipsis returns how many bytes of span s's last token its name keeps
// where the token ends in a glued ellipsis ("Obama…"), else cut as it was
// (cutGluedBracket's and cutSlash's: -1 for the whole token).
func cutEllipsis(toks []token, s tspan, cut int) int {
	if s.t1 <= s.t0 {
		return cut
	}
	w := toks[s.t1-1].Text
	if cut >= 0 {
		w = w[:cut]
	}
	if endsInEllipsis(w) {
		return len(w) - len("\u2026")
	}
	return cut
}

// splitAtPositions splits a span at a player's position in capitals inside
// it (positions: "Browns DL Sheldon Richardson" is the team "Browns" and
// the player "Sheldon Richardson"), in a sports report: the part after the
// position is a person, the part before keeps the span's type (a team's
// nickname is then the team's, teamsAsTeams). The words on both sides must
// be capitalized and not all in capitals (a line in capitals stays whole).
func splitAtPositions(toks []token, spans []tspan, about *topics) []tspan {
	return splitBeforePerson(spans, func(s tspan) int {
		k := s.t0 + 1
		for k < s.t1-1 && !(positions[toks[k].Text] && mixedCaseWord(toks[k-1].Text) && mixedCaseWord(toks[k+1].Text)) {
			k++
		}
		if k >= s.t1-1 || !about.sportsDoc() {
			return -1
		}
		return k
	})
}

// innerTitles are the titles, capitalized, that stand inside a span
// between a body's or a place's name and a person's ("Cubao Bishop Jane
// Doe", "Zorbland Supreme Court Justice John Roe"); not "General" nor
// "State", which start and end names ("Kraft General Foods").
var innerTitles = setOf(`Bishop Archbishop Cardinal Pastor Rabbi Imam Colonel Lieutenant Sergeant Captain Admiral
Justice Judge Senator Governor Mayor Ambassador Commissioner Director Editor Coach Chairman Chairwoman
Spokesman Spokeswoman`)

// splitAtInnerTitles splits an organization's or a place's span at a
// title inside it that one to three capitalized words, none a title nor a
// body's head ("Hospital", "Foods", "Inc."), end: the tagger runs the
// body or the place, the title and the person into one name ("Cubao
// Bishop Jane Doe" an organization); CoNLL-2003 marks the body or the
// place, leaves the title out and marks the person (as cutLeadingTitles
// does a leading title). The part before keeps the span's type, the part
// after is a person. A run of titles ("Lieutenant Governor") is cut
// whole; a span the titles start is cutLeadingTitles'.
func splitAtInnerTitles(toks []token, spans []tspan) []tspan {
	return splitBeforePerson(spans, func(s tspan) int {
		if s.typ != newsner.Organization && s.typ != newsner.Location {
			return -1
		}
		for k := s.t0 + 1; k < s.t1-1; k++ {
			if !innerTitles[toks[k].Text] {
				continue
			}
			j := k // the run's first title
			for j > s.t0 && isTitle(toks[j-1].Text) {
				j--
			}
			if j == s.t0 || !mixedCaseWord(toks[j-1].Text) || s.t1-k-1 > 3 {
				return -1
			}
			for i := k + 1; i < s.t1; i++ {
				w := toks[i].Text
				if !mixedCaseWord(w) || isTitle(w) || bodyWord(w) {
					return -1
				}
			}
			return k
		}
		return -1
	})
}

// speakerVerbs follow a speaker's name at the end of a quote.
var speakerVerbs = setOf(`said says told added`)

// splitSpeakerTail splits an organization's span of four words or more
// whose last two are a first name (the gazetteer's) and a capitalized
// word, no body's head nor legal suffix ("Edison Co"), right before
// "said" or another speaker's verb, into the body and
// the person: the tagger runs a speaker's unit and name into one ("the
// Quarry Scouting Bureau Tom Vell said", after "Director of"). Not where
// the lists know the whole or its last two words as an organization
// ("Bank of America Merrill Lynch said"), nor where the first name is a
// country's (countryFirstName: "Confederation of All India Traders said").
func splitSpeakerTail(text string, toks []token, spans []tspan) []tspan {
	var out []tspan
	for i, s := range spans {
		k := s.t1 - 2
		ok := s.typ == newsner.Organization && s.t1-s.t0 >= 4 && s.t1 < len(toks) && speakerVerbs[toks[s.t1].Text] &&
			firstName(toks[k].Text) && !countryFirstName(toks[k].Text) && mixedCaseWord(toks[k+1].Text) && !bodyWord(toks[k+1].Text) && mixedCaseWord(toks[k-1].Text) && !firstName(toks[k-1].Text) &&
			keyListKey(text[toks[s.t0].BStart:toks[s.t1-1].BEnd], newsner.Organization) == "" &&
			keyListKey(text[toks[k].BStart:toks[s.t1-1].BEnd], newsner.Organization) == ""
		if !ok {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(out, spans[:i]...)
		}
		out = append(out, tspan{s.typ, s.t0, k}, tspan{newsner.Person, k, s.t1})
	}
	if out == nil {
		return spans
	}
	return out
}

// chamberTails end a legislative chamber's name of several words ("House
// of Representatives", "House of Commons", "Chamber of Deputies").
var chamberTails = setOf(`Representatives Commons Lords Deputies Delegates Councillors Councilors`)

// splitOfficeHolders splits an organization's span that follows a title,
// "of" and "the" ("Speaker of the", "Chairman of the") and runs past the
// body's last head word (bodyWord, chamberNames, chamberTails) into one to
// three capitalized words, none a body's word nor a known place: the
// office's holder, which the tagger runs into the body's name ("Speaker of
// the House of Representatives Wahono has called", eng.testa, one
// organization). The body keeps the span's type, the holder is a person.
// A listed name whole stays.
func splitOfficeHolders(text string, toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ != newsner.Organization || s.t1-s.t0 < 2 || s.t0 < 3 || toks[s.t0-1].Text != "the" || toks[s.t0-2].Text != "of" ||
			!startsUpper(toks[s.t0-3].Text) || !isTitle(toks[s.t0-3].Text) {
			return s, s, false
		}
		j := s.t1 - 2
		for j >= s.t0 && !bodyWord(toks[j].Text) && !chamberNames[toks[j].Text] && !chamberTails[toks[j].Text] {
			j--
		}
		if j < s.t0 || s.t1-(j+1) > 3 {
			return s, s, false
		}
		for k := j + 1; k < s.t1; k++ {
			w := toks[k].Text
			if !mixedCaseWord(w) || bodyWord(w) || chamberNames[w] || chamberTails[w] || knownPlace(w) {
				return s, s, false
			}
		}
		if keyListKey(text[toks[s.t0].BStart:toks[s.t1-1].BEnd], newsner.Organization) != "" {
			return s, s, false
		}
		return tspan{s.typ, s.t0, j + 1}, tspan{newsner.Person, j + 1, s.t1}, true
	})
}

// bodyWord reports whether w is a body's head or a legal suffix
// ("Hospital", "Foods", "Co"), which ends an organization's name, no
// person's.
func bodyWord(w string) bool {
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	return orgHeads[l] || companyHeads[l] || legalSuffixes[l]
}

// splitBeforePerson splits each span at the token cut(span) returns (-1:
// none): the part before keeps the span's type, the token at the cut (a
// title, a position) belongs to neither, the part after is a person.
func splitBeforePerson(spans []tspan, cut func(tspan) int) []tspan {
	var out []tspan
	for i, s := range spans {
		k := cut(s)
		if k < 0 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(out, spans[:i]...)
		}
		out = append(out, tspan{s.typ, s.t0, k}, tspan{newsner.Person, k + 1, s.t1})
	}
	if out == nil {
		return spans
	}
	return out
}

// splitSpeakerOfOrg splits an organization's span that reads "First Last
// of Name" right after "said" or "says" (a first name or a surname of
// the gazetteer, "of", then capitalized words): a quote's speaker
// and the firm the speaker works for ("said Zora Quell of Quelb
// Analytics"), which the tagger reads as one organization's name.
func splitSpeakerOfOrg(toks []token, spans []tspan) []tspan {
	var out []tspan
	for _, s := range spans {
		if s.typ == newsner.Organization && s.t1-s.t0 >= 4 && s.t0 > 0 && (toks[s.t0-1].Text == "said" || toks[s.t0-1].Text == "says") &&
			toks[s.t0+2].Text == "of" && startsUpper(toks[s.t0+1].Text) && startsUpper(toks[s.t0+3].Text) && (firstName(toks[s.t0].Text) || personNameWord(toks[s.t0+1].Text)) && !lowered(orgHeads, toks[s.t0+1].Text) {
			out = append(out, tspan{newsner.Person, s.t0, s.t0 + 2}, tspan{newsner.Organization, s.t0 + 3, s.t1})
			continue
		}
		out = append(out, s)
	}
	return out
}

// splitPartyLeaderNames cuts an organization's span of a party's name
// (two words or more ending in a party's head word, partyHeads), "of" and
// two capitalized words that are no place's name and end in no body's or
// place's head word into the party and a person: "the Nationalist Zorb
// Party of Jan Quelbic", its leader, which the tagger read as one name
// (seventh December 2020 audit). "of" and a country ("the Democratic
// Party of Zorbia", joinOfNames' partyOfPlace) stays one name.
func splitPartyLeaderNames(toks []token, spans []tspan) []tspan {
	out := spans[:0:0]
	for _, s := range spans {
		j := s.t1 - 3
		if s.typ != newsner.Organization || j-s.t0 < 2 || toks[j].Text != "of" || !lowered(partyHeads, toks[j-1].Text) {
			out = append(out, s)
			continue
		}
		a, b := toks[j+1].Text, strings.TrimSuffix(toks[j+2].Text, ".")
		rest := a + " " + b
		if !capWord(a) || !capWord(b) || knownPlace(rest) || knownPlace(b) || listKey(rest, newsner.Location) != "" || lowered(orgHeads, b) || lowered(placeHeads, a) || lowered(groundHeads, b) {
			out = append(out, s)
			continue
		}
		out = append(out, tspan{newsner.Organization, s.t0, j}, tspan{newsner.Person, j + 1, s.t1})
	}
	return out
}

// splitCountryOrgs splits an organization's span that is a country's name
// and a listed organization's ("US EPA", "U.S. FDA") into the place and
// the organization, as CoNLL-2003 marks "U.S." and "TV" of "U.S. TV".
func splitCountryOrgs(toks []token, spans []tspan) []tspan {
	var out []tspan
	for i, s := range spans {
		if c := countryPrefix(toks, s); c > 0 {
			if out == nil {
				out = append(out, spans[:i]...)
			}
			out = append(out, tspan{newsner.Location, s.t0, c}, tspan{s.typ, c, s.t1})
		} else if out != nil {
			out = append(out, s)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// splitPlaceAcronyms splits a span that is a place's name and an acronym
// of three letters or more into the place and the organization, where the
// acronym is an organization's span of its own elsewhere in the article or
// a listed organization's ("shaken by Chicago NAPM" after "the National
// Association of Purchasing Management (NAPM) index"): CoNLL-2003 marks
// the place and the body apart (eng.train: "India | RBI", "London |
// LIFFE", "France | ONIC", 7 such pairs split to 3 names whole, "Paris
// SG" and "Algeria TV" among those; eng.testa "Chicago | NAPM" twice),
// where the tagger read one name. splitCountryOrgs splits a country and a
// listed organization; this reads any place, by the article's own use of
// the acronym. A place in capitals (a headline's) or a listed name whole
// stays.
func splitPlaceAcronyms(toks []token, spans []tspan) []tspan {
	alone := aloneAcronyms{toks: toks, spans: spans}
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		e := s.t1 - 1
		if s.typ != newsner.Organization && s.typ != newsner.Location || e <= s.t0 || e-s.t0 > 3 || len(toks[e].Text) < 3 || !isAcronym(toks[e].Text) {
			return s, s, false
		}
		place := joinTokens(toks[s.t0:e])
		if !hasLower(place) || !isPlaceName(place) || listKey(joinTokens(toks[s.t0:s.t1]), newsner.Organization) != "" || isPlaceName(joinTokens(toks[s.t0:s.t1])) {
			return s, s, false
		}
		if listKey(toks[e].Text, newsner.Organization) == "" && !alone.has(toks[e].Text) {
			return s, s, false
		}
		return tspan{newsner.Location, s.t0, e}, tspan{newsner.Organization, e, s.t1}, true
	})
}

// placeMissionWords, after a body's acronym and a place, name the body's
// work in that place ("the OSCE Chechnya mission", "a UN Zorbia envoy").
var placeMissionWords = setOf(`mission missions envoy envoys delegation operation operations observers monitors peacekeepers peacekeeping`)

// splitAcronymPlaces splits an organization's span of two words, a body's
// acronym (an organization's span of its own elsewhere in the article or a
// listed organization's, as splitPlaceAcronyms reads it) and a known
// place, right before a word of placeMissionWords, into the body and the
// place: "the Swiss diplomat who heads the OSCE Chechnya mission"
// (eng.testa), which the tagger read as one name. Without the mission's
// word the pair stays whole: CoNLL-2003 marks a firm's national unit one
// name ("AOL Germany" 4 times in eng.train).
func splitAcronymPlaces(toks []token, spans []tspan) []tspan {
	alone := aloneAcronyms{toks: toks, spans: spans}
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ != newsner.Organization || s.t1-s.t0 != 2 || s.t1 >= len(toks) || !placeMissionWords[toks[s.t1].Text] {
			return s, s, false
		}
		a, p := toks[s.t0].Text, toks[s.t0+1].Text
		if len(a) < 2 || !isAcronym(a) || !hasLower(p) || !knownPlace(p) || listKey(joinTokens(toks[s.t0:s.t1]), newsner.Organization) != "" {
			return s, s, false
		}
		if listKey(a, newsner.Organization) == "" && !alone.has(a) {
			return s, s, false
		}
		return tspan{newsner.Organization, s.t0, s.t0 + 1}, tspan{newsner.Location, s.t0 + 1, s.t1}, true
	})
}

// aloneAcronyms answers which acronyms are an organization's span of one
// word of their own among a document's spans (splitPlaceAcronyms,
// splitAcronymPlaces). The set is built once, on the first question, so a
// step asks in constant time however many spans the document has; spans
// must not change between questions.
type aloneAcronyms struct {
	toks  []token
	spans []tspan
	set   map[string]bool // nil until the first question
}

// has reports whether acronym a is an organization's span of its own.
func (x *aloneAcronyms) has(a string) bool {
	if x.set == nil {
		x.set = map[string]bool{}
		for _, o := range x.spans {
			if o.typ == newsner.Organization && o.t1-o.t0 == 1 && isAcronym(x.toks[o.t0].Text) {
				x.set[x.toks[o.t0].Text] = true
			}
		}
	}
	return x.set[a]
}

// gluedPlaceTitles are the titles a place's name stands before in a
// person's description ("Zorbville Mayor Jan Quelby", "U.S. Cardinal
// Bernardin"): an office of the place, or a church's rank held in it
// (placeTitles, placesBeforeTitles' offices, read where the place is a
// mention of its own).
var gluedPlaceTitles = setOf(`mayor governor cardinal archbishop bishop senator ambassador president premier`)

// townTitles make the one word before them a town's name even where the
// gazetteer lacks it: a mayor's town.
var townTitles = setOf(`mayor`)

// splitPlaceTitleNames splits a person's or an organization's span that is
// a place's name, a capitalized title (gluedPlaceTitles) and a person's name
// into the place and the person, the title in neither: "U.S. Cardinal
// Bernardin says" (eng.testa's headline, one organization), "Petrinja
// Mayor Darinko Dumbovic said" (audit q, one person), as CoNLL-2003 marks
// "U.S. President Bill Clinton". The place is a known one (isPlaceName),
// or one word before "Mayor"; the person's name is a first name and more,
// or words of letters the training corpora do not write in lower case,
// none a body's or company's head word. A listed name stays whole.
func splitPlaceTitleNames(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) { return placeTitleParts(toks, s) })
}

// placeTitleParts returns the place's and the person's spans of s for
// splitPlaceTitleNames, ok false where s is no such span.
func placeTitleParts(toks []token, s tspan) (place, person tspan, ok bool) {
	if s.typ != newsner.Person && s.typ != newsner.Organization || s.t1-s.t0 < 3 {
		return s, s, false
	}
	k := s.t0 + 1
	for k < s.t1-1 && k-s.t0 <= 3 && !(lowered(gluedPlaceTitles, toks[k].Text) && startsUpper(toks[k].Text) && !isAllCaps(toks[k].Text)) {
		k++
	}
	if k >= s.t1-1 || k-s.t0 > 3 {
		return s, s, false
	}
	name := joinTokens(toks[s.t0:k])
	if !(isPlaceName(name) || k == s.t0+1 && lowered(townTitles, toks[k].Text) && isLetters(name)) || !hasLower(name) && len(name) > 4 {
		return s, s, false
	}
	if listKey(joinTokens(toks[s.t0:s.t1]), s.typ) != "" {
		return s, s, false
	}
	for j := k + 1; j < s.t1; j++ {
		w := strings.TrimSuffix(toks[j].Text, ".")
		if !startsUpper(w) || lowered(orgHeads, w) || lowered(companyHeads, w) || lowered(legalSuffixes, w) {
			return s, s, false
		}
	}
	if !firstName(toks[k+1].Text) || s.t1-k < 3 {
		for j := k + 1; j < s.t1; j++ {
			if w := toks[j].Text; !isLetters(w) || usuallyLower(w, 2, 1) {
				return s, s, false
			}
		}
	}
	return tspan{newsner.Location, s.t0, k}, tspan{newsner.Person, k + 1, s.t1}, true
}

// splitCountryStopFirms splits an organization's span that a country's
// dotted abbreviation ("U.K.", "U.S.") starts and a firm's legal form ends,
// two words or more between, into the place and the firm: the
// abbreviation's full stop ended a sentence and the next opened with the
// firm ("... new reactors in the U.K. Zorbité de Quelb SA, along with
// ...", which the tagger read as one organization). No name of eng.train
// starts with a country's abbreviation and ends in a legal form; a listed
// name stays whole.
func splitCountryStopFirms(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ != newsner.Organization || s.t1-s.t0 < 4 || !strings.HasSuffix(toks[s.t0].Text, ".") || !lowered(firmForms, strings.TrimSuffix(toks[s.t1-1].Text, ".")) {
			return s, s, false
		}
		k := listKey(toks[s.t0].Text, newsner.Location)
		if !countryKey(k) || listedOrg(joinTokens(toks[s.t0:s.t1])) {
			return s, s, false
		}
		return tspan{newsner.Location, s.t0, s.t0 + 1}, tspan{s.typ, s.t0 + 1, s.t1}, true
	})
}

// cutCountryOlympic cuts "Olympic" (or "Paralympic") off the end of a span
// that a country's name starts and a word in lower case follows: "the
// United States Olympic trials" names the country, a place, and the Games'
// adjective, MISC, as eng.train marks "at the U.S. Olympic trials" (every
// "Olympic" of eng.train before a word in lower case is MISC, 37 of 37),
// where the tagger gave "United States Olympic" as one organization. A
// body's name stays whole ("United States Olympic Committee": no lower
// case after it).
func cutCountryOlympic(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		e := s.t1 - 1
		if s.t1-s.t0 < 2 || s.t1 >= len(toks) || (toks[e].Text != "Olympic" && toks[e].Text != "Paralympic") || startsUpper(toks[s.t1].Text) || !hasLower(toks[s.t1].Text) {
			continue
		}
		k := listKey(joinTokens(toks[s.t0:e]), newsner.Location)
		if countryKey(k) {
			spans[i] = tspan{newsner.Location, s.t0, e}
		}
	}
	return spans
}

// firmForms are the legal forms that end a company's full name
// (legalSuffixes less a group's, a company's and a club's words).
var firmForms = setOf(`corp corporation inc incorporated ltd limited plc llc ag sa nv bv gmbh spa`)

// countryPrefix returns where the listed organization's name starts in s,
// an organization's span that a country's name of one or two tokens
// starts, 0 if it is not such a span. A listed product's name after the
// country splits off too, from a place's span as well ("U.S." and "West
// Texas Intermediate", the crude's grade, which listedProductsAsMisc then
// makes MISC; thirteenth pass).
func countryPrefix(toks []token, s tspan) int {
	if s.typ != newsner.Organization && s.typ != newsner.Location {
		return 0
	}
	for c := s.t0 + 1; c < s.t1 && c-s.t0 <= 2; c++ {
		k := listKey(joinTokens(toks[s.t0:c]), newsner.Location)
		if !countryKey(k) {
			continue
		}
		if s.typ == newsner.Organization && c+1 == s.t1 && isAcronym(toks[c].Text) && listedOrg(toks[c].Text) || listedProduct(lowerTokens(toks[c:s.t1])) {
			return c
		}
	}
	return 0
}

// adWords are what a medium's word stands before in "a Romney TV ad".
var adWords = setOf(`ad ads advert adverts spot spots commercial commercials`)

// cutAdMedium cuts "TV" off the end of a span where an ad's word in lower
// case follows ("a Romney TV ad", "New Obama TV ad tries"): the name is
// the ad's sponsor, a person or a party, and "TV" the medium, no part of
// it; left in, it made the sponsor a channel, an organization.
func cutAdMedium(toks []token, spans []tspan) []tspan {
	for i, s := range spans {
		if s.t1-s.t0 >= 2 && s.t1 < len(toks) && toks[s.t1-1].Text == "TV" && adWords[toks[s.t1].Text] {
			spans[i].t1--
		}
	}
	return spans
}

// unitAtSchoolHeads head a unit's or a facility's name that a university
// holds ("Mary & Leigh Block Museum of Art", "Center for Asian Studies"),
// before "at" and the university (splitUnitAtSchool).
var unitAtSchoolHeads = setOf(`museum gallery galleries center centre library institute school hospital
department laboratory clinic program programme`)

// splitUnitAtSchool splits a span that runs a unit's or a facility's name
// (a head word of unitAtSchoolHeads in it), "at" and a university's or a
// college's name ("Northwestern University", "University of Zorbia",
// "Quelb College") into the two, the second an organization: "an exhibit
// at the Mary & Leigh Block Museum of Art at Northwestern University in
// Evanston" (gum-news), which the tagger read as one place. GUM's gold
// cuts a name at "at" (gumPostmodifiedName) and marks the university a
// name of its own; "at" says where the unit is. A university's name with a
// campus after "at" ("University of California at Berkeley", a web list's
// name whole) has no unit's head before it and stays whole.
func splitUnitAtSchool(toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		if s.typ != newsner.Organization && s.typ != newsner.Location {
			return s, s, false
		}
		for k := s.t0 + 1; k+1 < s.t1; k++ {
			if toks[k].Text != "at" {
				continue
			}
			unit := false
			for _, t := range toks[s.t0:k] {
				unit = unit || lowered(unitAtSchoolHeads, t.Text)
			}
			if unit && schoolName(toks[k+1:s.t1]) {
				return tspan{s.typ, s.t0, k}, tspan{newsner.Organization, k + 1, s.t1}, true
			}
			return s, s, false
		}
		return s, s, false
	})
}

// schoolName reports whether ts, two words or more all capitalized but
// "of", "and" and "&", is a university's or a college's name: ending in
// "University" or "College", or opening with one of them and "of".
func schoolName(ts []token) bool {
	if len(ts) < 2 {
		return false
	}
	for _, t := range ts {
		if !startsUpper(t.Text) && t.Text != "of" && t.Text != "and" && t.Text != "&" {
			return false
		}
	}
	school := func(w string) bool { return w == "University" || w == "College" }
	return school(ts[len(ts)-1].Text) || school(ts[0].Text) && ts[1].Text == "of"
}
