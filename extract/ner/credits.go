package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Rules on the credit lines of web pages: a picture's credit or source
// after its label ("Photo: ...", "Copyright: ..."), whose names the entity
// lists give as the credit writes them; an agency's photo credit, a
// copyright line's owner, and names a slash joins ("Dana Quillet/AFP",
// "Pfizer/BioNTech"), each a mention of its own.

// creditLabels label a picture's or a document's credit, rights or
// source before a colon ("Credit:", "Image credit:", "Copyright:",
// "Source:").
var creditLabels = setOf(`credit credits copyright courtesy image images photo photos photograph photographs
picture pictures illustration graphic source`)

// creditLabelled reports whether token k follows a credit's label and its
// colon (creditLabels): what follows is the credit's names.
func creditLabelled(toks []token, k int) bool {
	return k >= 2 && toks[k-1].Text == ":" && lowered(creditLabels, toks[k-2].Text)
}

// addCreditThe extends an organization's name over a capitalized "The"
// that opens a credit after its label ("(Copyright: The Zorbic Industry
// Archives, ...)", "Photo: The Quenton Museum"): the credit gives the
// holder's name as it styles itself, article and all, as a name inside a
// sentence is given (addMidSentenceThe); after the colon the tagger took
// the "The" for a sentence's.
func addCreditThe(toks []token, s tspan) tspan {
	if s.typ == newsner.Organization && s.t0 >= 3 && toks[s.t0-1].Text == "The" && creditLabelled(toks, s.t0-1) {
		s.t0--
	}
	return s
}

// creditHolderSpans makes the capitalized words after a credit's label
// that the tagger left untagged, to the line's end or a bracket, bar,
// comma or semicolon, a name: a person's where they are two or three
// words opening with a first name of the gazetteer ("Photo: Jane Roe"),
// an organization's otherwise ("Image Credit: Zorbic Coverage", "Source:
// Quenton Labour Office"), always where the run opens with holders that
// slashes join ("Credit: NASA/DOE/Fermi LAT Collaboration": a run that
// takes in the names the tagger found inside it, as "LAT"; not "Photo:
// Jane Roe/AFP", a photographer's name before the slash). With no verb around it the tagger, which reads
// names in sentences, misses the credit's holder; the entity lists give it.
// A run that opens with an article ("Source: A Survey of ...") is a
// title's, not a holder's.
func creditHolderSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	sorted := spansInOrder(spans)
	for a := 2; a < len(toks); a++ {
		if !creditLabelled(toks, a) || line[a-2] != line[a] || creditRunOpeners[toks[a].Text] {
			continue
		}
		e, slashed := a, slashedCaps(toks[a].Text) // the first holders joined by slashes; a photographer's name before one stays the tagger's
		for e < len(toks) && line[e] == line[a] && startsUpper(toks[e].Text) && (isLetters(toks[e].Text) || e == a && slashed) {
			e++
		}
		if e == a || e < len(toks) && line[e] == line[a] && !creditRunEnds[toks[e].Text] {
			continue
		}
		if ov := overlapping(spans, sorted, a, e); ov != nil && !(slashed && allInside(spans, ov, a, e)) {
			continue // a slashed run takes in a name the tagger found inside it ("LAT" of "Fermi LAT Collaboration")
		}
		typ := newsner.Organization
		if n := e - a; n >= 2 && n <= 3 && firstName(toks[a].Text) && !slashed {
			typ = newsner.Person
		}
		add = append(add, tspan{typ, a, e})
		a = e
	}
	return replaceSpans(spans, add)
}

// slashedCaps reports whether w is capitalized words joined by slashes
// ("NASA/DOE/Fermi" of "Credit: NASA/DOE/Fermi LAT Collaboration"): a
// credit's several holders, an organization's span that cutSlash cuts at
// the first slash and slashMentions splits into the rest
// (creditSlashBody).
func slashedCaps(w string) bool {
	parts := strings.Split(w, "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !startsUpper(p) || !isLetters(p) {
			return false
		}
	}
	return true
}

// creditSlashBody reports whether name, a piece after a slash of the
// holders of a credit after its label (creditLabelled: "Credit:
// NASA/DOE/Fermi LAT Collaboration"), is a body's name: an acronym
// ("DOE") or a name ending in a body's head word (orgHeads,
// creditBodyHeads: "Fermi LAT Collaboration"). A credit lists its
// holders, agencies and bodies, each a name of its own.
func creditSlashBody(toks []token, s tspan, name string) bool {
	if !creditLabelled(toks, s.t0) {
		return false
	}
	ws := strings.Fields(name)
	last := ws[len(ws)-1]
	return isAcronym(name) || len(ws) >= 2 && (lowered(orgHeads, last) || lowered(creditBodyHeads, last))
}

// creditBodyHeads end a body's name in a credit beyond orgHeads.
var creditBodyHeads = setOf(`collaboration consortium observatory laboratory team`)

// creditRunOpeners open a title rather than a credit's holder.
var creditRunOpeners = setOf(`A An The This These Our My Your`)

// creditRunEnds end a credit's holder on its line.
var creditRunEnds = setOf(`) | , ; ]`)

// addSlashPairSpans adds an organization's span over a token no span
// holds that is two listed organizations' names joined by a slash
// ("Pfizer/BioNTech vaccine", "Zorbco/Quelbix"), which the tagger leaves
// untagged; cutSlash and slashMentions then make each name a mention of
// its own, as they do for a tagged "Oxford/AstraZeneca".
func addSlashPairSpans(toks []token, spans []tspan) []tspan {
	var add []tspan
	j := 0
	for k, t := range toks {
		for j < len(spans) && spans[j].t1 <= k {
			j++
		}
		if j < len(spans) && spans[j].t0 <= k {
			continue
		}
		a, b, ok := strings.Cut(t.Text, "/")
		if !ok || !startsUpper(a) || !startsUpper(b) || strings.Contains(b, "/") {
			continue
		}
		if listKey(a, newsner.Organization) != "" && listKey(b, newsner.Organization) != "" {
			add = append(add, tspan{newsner.Organization, k, k + 1})
		}
	}
	return replaceSpans(spans, add) // over untagged tokens: nothing goes
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
		after := text[int(toks[k].BStart)+i+1:]
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
	b := int(tok.BStart) + strings.IndexByte(tok.Text, '/') + 1
	for b < int(tok.BEnd) {
		e := b + strings.IndexByte(text[b:tok.BEnd]+"/", '/')
		t1 := k + 1
		bend := e
		if e == int(tok.BEnd) {
			for t1 < next && t1 < len(toks) && startsUpper(toks[t1].Text) && isLetters(toks[t1].Text) && text[toks[t1-1].BEnd:toks[t1].BStart] == " " {
				bend = int(toks[t1].BEnd)
				t1++
			}
		}
		photographer := false
		if b == int(tok.BStart)+strings.IndexByte(tok.Text, '/')+1 {
			t1, bend, photographer = agencyPhotographer(text, toks, s, k, t1, bend)
		}
		name := text[b:bend]
		first, _, _ := strings.Cut(name, " ")
		if p := photoSlash(tok.Text); photographer || p > 0 && b == int(tok.BStart)+p+1 && k > s.t0 && len(strings.Fields(name)) >= 2 {
			// "AP Photo/Jane Doe", "REUTERS/Jane Doe": the photographer
			// (photoCreditSpans, slashCreditSpans).
			m := &mention{typ: newsner.Person, t0: k, t1: t1, words: strings.Fields(strings.ToLower(name))}
			m.key = strings.Join(m.words, " ")
			start := int(tok.Start) + utf8.RuneCountInString(text[tok.BStart:b])
			m.m = newsner.Mention{Start: start, End: start + utf8.RuneCountInString(name), Text: name}
			out = append(out, m)
		} else if startsUpper(name) && hasLetter(name) && !strings.ContainsAny(name, "/") &&
			!strings.EqualFold(name, "the") &&
			(listedOrg(name) || lowered(creditWords, first) || s.typ == newsner.Organization && (isAcronym(name) || slashedCompany(name) || creditSlashBody(toks, s, name))) {
			m := &mention{typ: newsner.Organization, t0: k, t1: t1, words: strings.Fields(strings.ToLower(name))}
			m.key = strings.Join(m.words, " ")
			start := int(tok.Start) + utf8.RuneCountInString(text[tok.BStart:b])
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

// agencyWord reports whether w, a piece of a photo credit before or after
// its slash, names an agency or a paper: an agency's word (creditWords,
// any case: "REUTERS", "Reuters") but a bare "The", or a listed news
// outlet ("Getty Images", "EPA").
func agencyWord(w string) bool {
	return lowered(creditWords, w) && !strings.EqualFold(w, "the") || listedOrg(w)
}

// creditOpeners stand before a credit's first name on its line: a
// label's colon, a bracket, a bar, a sentence's full stop or "by"
// ("(Photo by Jane Roe/AFP)").
var creditOpeners = setOf(`: ( [ | . by —`)

// creditClosers end a credit on its line.
var creditClosers = setOf(`) ] | ;`)

// creditOpensAt reports whether a credit may start at token j: at its
// line's start or after a credit's opener (creditOpeners).
func creditOpensAt(toks []token, line []int, j int) bool {
	return j == 0 || line[j-1] != line[j] || lowered(creditOpeners, toks[j-1].Text)
}

// creditEndsAt reports whether a credit whose tokens before e share a
// line may end before token e: at the line's end or before a closer
// (creditClosers).
func creditEndsAt(toks []token, line []int, e int) bool {
	return e >= len(toks) || line[e] != line[e-1] || creditClosers[toks[e].Text]
}

// slashPair splits a credit's token at its first slash into the words on
// either side, the second cut at a further slash ("Zorbic" of
// "Zorbic/File"): ok is false where it holds no slash.
func slashPair(w string) (a, b string, ok bool) {
	a, b, ok = strings.Cut(w, "/")
	if i := strings.IndexByte(b, '/'); i >= 0 {
		b = b[:i]
	}
	return a, b, ok
}

// agencySlashCredit returns, for the token k holding a slash, the start
// of the agency's name before it when the token opens an agency's photo
// credit with the photographer after the slash ("REUTERS/Jane Roe",
// "EPA/Olivier Zorbin", "Getty Images/Rob Quimby", "Reuters/Dado
// Zorbic/Illustration"), else -1; e is where the photographer's
// capitalized words end (the last may be glued to a slash: "Zorbic/File
// Photo"). The credit stands where a caption's line or its label ends: a
// credit's opener before the agency (creditOpeners, or the line's start),
// nothing but a closer after the name.
func agencySlashCredit(toks []token, line []int, k int) (j, e int) {
	a, b, ok := slashPair(toks[k].Text)
	if !ok || !startsUpper(b) {
		return -1, 0
	}
	j = -1
	if agencyWord(a) {
		j = k
	} else if k > 0 && line[k-1] == line[k] && startsUpper(toks[k-1].Text) && listedOrg(toks[k-1].Text+" "+a) {
		j = k - 1
	}
	if j < 0 || !isLetters(b) || agencyWord(b) {
		return -1, 0
	}
	if !creditOpensAt(toks, line, j) {
		return -1, 0
	}
	e, words := k+1, 1
	glued := strings.Count(toks[k].Text, "/") > 1
	for !glued && e < len(toks) && line[e] == line[k] && words < 3 && startsUpper(toks[e].Text) {
		w, _, g := strings.Cut(toks[e].Text, "/")
		if !isLetters(w) {
			break
		}
		e, words, glued = e+1, words+1, g
	}
	if words < 2 || !creditEndsAt(toks, line, e) && !glued {
		return -1, 0
	}
	return j, e
}

// photographerSlashCredit returns, for the token k holding a slash, the
// start of a photographer's name of two or three capitalized words that
// ends at the slash before an agency or a paper ("Photo: Temi
// Quimby/Reuters", "Fabian Zorbin/AFP via Getty Images"), else -1. The
// tagger, reading no sentence there, leaves the name untagged or takes
// its first word alone. The credit ends its line or bracket; the name
// opens with no article and is no agency's or listed company's.
func photographerSlashCredit(toks []token, line []int, k int) int {
	a, b, ok := slashPair(toks[k].Text)
	if !ok || !startsUpper(a) || !isLetters(a) || agencyWord(a) || listKey(a, newsner.Organization) != "" {
		return -1
	}
	if !agencyWord(b) {
		return -1
	}
	j := k
	for j > 0 && k-j < 2 && line[j-1] == line[k] && startsUpper(toks[j-1].Text) && isLetters(toks[j-1].Text) {
		j--
	}
	if j == k || !creditOpensAt(toks, line, j) ||
		lowered(creditLabels, toks[j].Text) || creditRunOpeners[toks[j].Text] {
		return -1
	}
	e := k + 1 // the agency's further words, "via" another's
	for e < len(toks) && line[e] == line[k] && (startsUpper(toks[e].Text) && isLetters(toks[e].Text) || toks[e].Text == "via") {
		e++
	}
	if !creditEndsAt(toks, line, e) {
		return -1
	}
	return j
}

// agencyPairCredit returns where a credit of two agencies a slash joins
// ends ("AFP/Getty Images", "EPA/Shutterstock" after a caption), token k
// holding the slash, else 0: the tagger, reading no sentence there, leaves
// it untagged. The credit stands alone at its line's end, or before a
// closer, after an opener (creditOpeners) or the line's start.
func agencyPairCredit(toks []token, line []int, k int) int {
	a, b, ok := slashPair(toks[k].Text)
	if !ok || !startsUpper(a) || !startsUpper(b) || !agencyWord(a) || !lowered(creditWords, b) || strings.EqualFold(b, "the") {
		return 0
	}
	if !creditOpensAt(toks, line, k) {
		return 0
	}
	e := k + 1
	for e < len(toks) && e < k+3 && line[e] == line[k] && startsUpper(toks[e].Text) && isLetters(toks[e].Text) {
		e++
	}
	if !creditEndsAt(toks, line, e) {
		return 0
	}
	return e
}

// slashCreditSpans makes an agency's photo credit one span: an
// organization's over the agency and the photographer after its slash
// ("REUTERS/Jane Roe", which the tagger read as one person, or left out),
// which cutSlash cuts to the agency and slashMentions splits into the
// photographer (agencySlashCredit); a person's over a photographer's name
// before an agency's slash (photographerSlashCredit), which cutSlash cuts
// to the person and slashMentions splits into the agency; an
// organization's over two agencies a slash joins (agencyPairCredit). A span the
// tagger made inside the credit goes ("Fabian" of "Fabian
// Zorbin/Reuters"); one reaching out of it stays. The entity lists give
// the agency and the photographer as the guide's "AP Photo/Jane Doe".
func slashCreditSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	sorted := spansInOrder(spans)
	for k := range toks {
		if strings.IndexByte(toks[k].Text, '/') <= 0 {
			continue
		}
		s := tspan{t0: -1}
		if j, e := agencySlashCredit(toks, line, k); j >= 0 {
			s = tspan{newsner.Organization, j, e}
		} else if j := photographerSlashCredit(toks, line, k); j >= 0 {
			s = tspan{newsner.Person, j, k + 1}
		} else if e := agencyPairCredit(toks, line, k); e > 0 {
			s = tspan{newsner.Organization, k, e}
		}
		if s.t0 < 0 {
			continue
		}
		if ov := overlapping(spans, sorted, s.t0, s.t1); ov != nil && !allInside(spans, ov, s.t0, s.t1) {
			continue
		}
		add = append(add, s)
	}
	return replaceSpans(spans, add)
}

// agencyPhotographer reports whether the name after the first slash of
// token k of span s, from that slash to byte bend (token t1 on), is the
// photographer of an agency's credit ("REUTERS/Jane Roe", "Getty
// Images/Rob Quimby", slashCreditSpans): the span opens with the agency
// (agencyWord, or a listed outlet of two words ending at the slash), the
// name is two or three capitalized words, no agency's, and the credit's
// line or bracket ends after it. It returns the name's end, taking in a
// last word glued to the next slash ("Dado Zorbic/Illustration").
func agencyPhotographer(text string, toks []token, s tspan, k, t1, bend int) (int, int, bool) {
	tok := toks[k]
	before := tok.Text[:strings.IndexByte(tok.Text, '/')]
	if !(k == s.t0 && agencyWord(before) || k == s.t0+1 && listedOrg(toks[k-1].Text+" "+before)) {
		return t1, bend, false
	}
	b := int(tok.BStart) + len(before) + 1
	if bend == int(toks[t1-1].BEnd) && t1 < len(toks) && text[toks[t1-1].BEnd:toks[t1].BStart] == " " {
		if w, _, ok := strings.Cut(toks[t1].Text, "/"); ok && startsUpper(w) && isLetters(w) {
			t1, bend = t1+1, int(toks[t1].BStart)+len(w)
		}
	}
	words := strings.Fields(text[b:bend])
	if len(words) < 2 || len(words) > 3 || agencyWord(words[0]) || listedOrg(text[b:bend]) {
		return t1, bend, false
	}
	for _, w := range words {
		if !startsUpper(w) || !isLetters(w) {
			return t1, bend, false
		}
	}
	rest := strings.TrimLeft(text[bend:], " \t")
	return t1, bend, rest == "" || strings.IndexByte("\r\n)]|;/", rest[0]) >= 0
}
