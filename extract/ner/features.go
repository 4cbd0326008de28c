package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature names are hashed (FNV-1a, 64 bits) rather than stored: a feature
// is an id byte saying which template made it and the strings it was made
// of.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

func f1(id byte, a string) uint64 { return hashStr(hashByte(fnvOffset, id), a) }

func f2(id byte, a, b string) uint64 {
	return hashStr(hashByte(hashStr(hashByte(fnvOffset, id), a), 0x1f), b)
}

func fInt(id byte, v uint32) uint64 {
	h := hashByte(fnvOffset, id)
	for k := 0; k < 4; k++ {
		h = hashByte(h, byte(v>>(8*k)))
	}
	return h
}

// Feature template ids.
const (
	ftBias byte = iota + 1
	ftWord
	ftExact
	ftShape
	ftShort
	ftPrefix1
	ftPrefix2
	ftPrefix3
	ftPrefix4
	ftSuffix1
	ftSuffix2
	ftSuffix3
	ftSuffix4
	ftPrevWord
	ftNextWord
	ftPrev2Word
	ftNext2Word
	ftPrevShort
	ftNextShort
	ftPrevShortShort
	ftShortNextShort
	ftPOS
	ftPrevPOS
	ftNextPOS
	ftPrevPOSPOS
	ftPOSNextPOS
	ftPrevWordWord
	ftWordNextWord
	ftStartShort
	ftGaz
	ftPrevGaz
	ftNextGaz
	ftLowerSeen
	ftCapsTitleSeen
	ftWordPOS
	ftHistType
	ftHistLast
	ftCluster
	ftPrevCluster
	ftNextCluster
	ftStartWord
	ftS1Label
	ftS1PrevLabel
	ftS1NextLabel
	ftS1Others
	ftS1InEntity
	ftS1LabelWord
	ftS1PrevLabelShort
	ftS1NextLabelShort
	ftS1Prev2Label
	ftS1Next2Label
	ftGlove
	ftPrevGlove
	ftNextGlove
	ftGlove2
)

// docInfo is an analyzed document: prose's tokens plus what the feature
// templates need of each, computed once.
type docInfo struct {
	toks  []token
	words []string // token text as prose gave it
	lower []string
	shape []string // e.g. "Xxxx", "XX.X.", "dddd"
	short []string // runs collapsed: "Xx", "X.X.", "d"
	cap   []bool   // starts with an upper-case letter
	start []bool   // first token of a segment (sentence or line)
	gaz   []uint32 // gazetteer matches, see gazetteer.match
	flags []uint8  // document-level flags, see docFlag*
	clus  []string // word cluster path, "" if none
	glove []string // GloVe cluster path, "" if none (nil without GloVe features)
	gf    *gloveFeats
	// wordID numbers the distinct words (token texts) of the document,
	// nWords of them; entries[id] is the word's in the Tagger's
	// wordStore (nil without one).
	entries []*wordEntry
	wordID  []int32
	nWords  int
	// domain is 0 for text of the target kind (CoNLL-2003's news, and all
	// text the model reads in use); in training, a document of another
	// corpus has its corpus's domain, and each of its features gets a copy
	// for that domain (addDomainCopies).
	domain uint64
}

// domainOf is the domain salt of a corpus's documents: 0 for CoNLL-2003.
func domainOf(source string) uint64 {
	if source == "" || source == SourceCoNLL {
		return 0
	}
	return hashStr(fnvOffset, "domain:"+source) | 1
}

// addDomainCopies appends a copy of each feature in feats[start:] for
// d.domain, recording the copies in salted (if not nil). This is the
// "frustratingly easy" domain adaptation (Daume 2007), one-sided: the
// shared features learn what holds across corpora, the copies what holds
// in one corpus only (tweets' lower-case names, GUM's conventions), and
// the model keeps the shared ones only, so the target's documents (domain
// 0, no copies) are read with them.
func (d *docInfo) addDomainCopies(feats []uint64, start int, salted map[uint64]bool) []uint64 {
	end := len(feats)
	for k := start; k < end; k++ {
		f := feats[k] ^ d.domain
		feats = append(feats, f)
		if salted != nil {
			salted[f] = true
		}
	}
	return feats
}

const (
	// docLowerSeen: a capitalized token whose lower-case form occurs in
	// the document as a token of its own (so probably a common word).
	docLowerSeen = 1 << iota
	// docTitleSeen: an all-caps token whose title-case form occurs in the
	// document not at the start of a segment.
	docTitleSeen
)

// newDocInfo prepares toks (from analyze over text) for feature extraction.
// gf (nil for none) adds the GloVe cluster features.
func newDocInfo(text string, toks []token, gz *gazetteer, clusters map[string]string, gf *gloveFeats) *docInfo {
	return new(docInfo).fill(text, toks, gz, clusters, gf, nil)
}

// fill is newDocInfo into d, reusing its slices, with what store (if not
// nil) knows of the words from earlier documents.
func (d *docInfo) fill(text string, toks []token, gz *gazetteer, clusters map[string]string, gf *gloveFeats, store *wordStore) *docInfo {
	n := len(toks)
	entries := d.entries[:0]
	*d = docInfo{
		toks:   toks,
		words:  resize(d.words, n),
		lower:  resize(d.lower, n),
		shape:  resize(d.shape, n),
		short:  resize(d.short, n),
		cap:    resize(d.cap, n),
		start:  resize(d.start, n),
		gaz:    resize(d.gaz, n),
		flags:  resize(d.flags, n),
		clus:   resize(d.clus, n),
		gf:     gf,
		wordID: resize(d.wordID, n),
		glove:  d.glove,
	}
	if store != nil {
		d.entries = entries
	}
	if gf != nil {
		d.glove = resize(d.glove, n)
	} else {
		d.glove = nil
	}
	// What depends on a token's text alone (wordInfo) is made once per
	// distinct text (word), at its first occurrence (first[id]), or taken
	// from store; a document has few distinct shapes too, each made once.
	var sh shaper
	ids := make(map[string]int32, n/2)
	first := make([]int, 0, n/2)
	for i, t := range toks {
		w := t.Text
		d.words[i] = w
		d.start[i] = i == 0 || segmentBreak(text, toks, i)
		if id, ok := ids[w]; ok {
			f := first[id]
			d.wordID[i] = id
			d.lower[i], d.shape[i], d.short[i], d.cap[i], d.clus[i] = d.lower[f], d.shape[f], d.short[f], d.cap[f], d.clus[f]
			if gf != nil {
				d.glove[i] = d.glove[f]
			}
			continue
		}
		d.wordID[i] = int32(len(first))
		ids[w] = int32(len(first))
		first = append(first, i)
		var wi *wordInfo
		if store != nil {
			e := store.entry(w, clusters, gf, &sh)
			d.entries = append(d.entries, e)
			wi = &e.info
		} else {
			v := makeWordInfo(w, clusters, gf, &sh)
			wi = &v
		}
		d.lower[i], d.shape[i], d.short[i], d.cap[i], d.clus[i] = wi.lower, wi.shape, wi.short, wi.cap, wi.clus
		if gf != nil {
			d.glove[i] = wi.glove
		}
	}
	d.nWords = len(first)
	titleMid := map[string]bool{}
	for i := range toks {
		if d.cap[i] && !d.start[i] && !isAllCaps(d.words[i]) {
			titleMid[d.lower[i]] = true
		}
	}
	for i := range toks {
		if !d.cap[i] {
			continue
		}
		// The lower-case form is a token's text, of a token not
		// capitalized.
		if id, ok := ids[d.lower[i]]; ok && !d.cap[first[id]] {
			d.flags[i] |= docLowerSeen
		}
		if isAllCaps(d.words[i]) && titleMid[d.lower[i]] {
			d.flags[i] |= docTitleSeen
		}
	}
	if gz != nil {
		gz.match(d.words, d.gaz)
	}
	return d
}

// wordInfo is what the features need of a token's text alone.
type wordInfo struct {
	lower, shape, short string
	cap                 bool   // starts with an upper-case letter
	clus, glove         string // word-cluster and GloVe-cluster paths, "" if none
}

func makeWordInfo(w string, clusters map[string]string, gf *gloveFeats, sh *shaper) wordInfo {
	wi := wordInfo{lower: toLower(w)}
	wi.shape, wi.short = sh.shapes(w)
	r, _ := utf8.DecodeRuneInString(w)
	wi.cap = unicode.IsUpper(r)
	if clusters != nil {
		wi.clus = clusters[clusterWord(w)]
	}
	if gf != nil {
		wi.glove = gf.paths[wi.lower]
	}
	return wi
}

// wordStore keeps what a decoder has made of words, across the documents
// of one Tagger (its clusters and GloVe clusters): their wordInfo and the
// sums of their text features' weights; at most maxWords words.
type wordStore struct {
	m map[string]*wordEntry
}

type wordEntry struct {
	info wordInfo
	// sum[stage] is the sum of the weights in of[stage] of the word's
	// text features (textPart).
	sum [2][nLabels]int32
	of  [2]*weights
}

// maxWords bounds a wordStore: about 5 MB, the words that make up most
// of the news.
const maxWords = 1 << 14

// entry returns w's entry, made now if w is new.
func (s *wordStore) entry(w string, clusters map[string]string, gf *gloveFeats, sh *shaper) *wordEntry {
	if e := s.m[w]; e != nil {
		return e
	}
	if s.m == nil || len(s.m) >= maxWords {
		s.m = make(map[string]*wordEntry)
	}
	w = strings.Clone(w) // not a piece of the document's text, which it would keep
	e := &wordEntry{info: makeWordInfo(w, clusters, gf, sh)}
	s.m[w] = e
	return e
}

// resize returns s with length n, all zero values, reusing its array if
// it is long enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// segmentBreak reports whether token i starts a new segment: after a line
// break, or after sentence-final punctuation (and a closing quote).
func segmentBreak(text string, toks []token, i int) bool {
	prev := toks[i-1]
	if prev.BEnd <= toks[i].BStart && strings.ContainsRune(text[prev.BEnd:toks[i].BStart], '\n') {
		return true
	}
	k := i - 1
	if p := toks[k].Text; (p == `"` || p == "'") && k >= 1 {
		k--
	}
	switch toks[k].Text {
	case "!", "?":
		return true
	case ".":
		// Not after an initial or abbreviation the tokenizer split off
		// its full stop ("G. Kersey", "St. Louis", "Acme Corp. said").
		if k >= 1 && toks[k-1].End == toks[k].Start && isAbbrev(toks[k-1].Text) {
			return false
		}
		return true
	}
	return false
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// toLower is strings.ToLower without allocating for ASCII lower-case input.
func toLower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// shaper makes words' shapes, each distinct shape string once.
type shaper struct {
	buf   []byte
	known map[string]string
}

// shapes returns a word's shape (X upper, x lower, d digit, other runes
// kept; runs longer than four cut to four) and its short shape (runs
// collapsed to one).
func (sh *shaper) shapes(w string) (long, short string) {
	b := sh.buf[:0]
	var last rune
	run := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r) || unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		last = c
		if run <= 4 {
			b = utf8.AppendRune(b, c)
		}
	}
	n := len(b)
	last = 0
	for _, c := range string(b[:n]) {
		if c != last {
			b = utf8.AppendRune(b, c)
		}
		last = c
	}
	sh.buf = b
	return sh.intern(b[:n]), sh.intern(b[n:])
}

func (sh *shaper) intern(b []byte) string {
	if s, ok := sh.known[string(b)]; ok {
		return s
	}
	if sh.known == nil {
		sh.known = map[string]string{}
	}
	s := string(b)
	sh.known[s] = s
	return s
}

// affix returns the first (or last) n runes of w, or "" if w is shorter.
func prefix(w string, n int) string {
	k := 0
	for i := range w {
		if k == n {
			return w[:i]
		}
		k++
	}
	if k == n {
		return w
	}
	return ""
}

func suffix(w string, n int) string {
	k := 0
	for i := len(w); i > 0; {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		k++
		if k == n {
			return w[i:]
		}
	}
	return ""
}

func (d *docInfo) at(s []string, i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(s) {
		return "</s>"
	}
	return s[i]
}

func (d *docInfo) posAt(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(d.toks) {
		return "</s>"
	}
	return d.toks[i].Tag
}

// featPart selects which of a token's features a template function
// appends: those of its text alone (textPart: the same for the text in
// every document), those of its text's forms in the document (formPart:
// docLowerSeen, docTitleSeen), together its word's own features (ownPart:
// the same at every occurrence of the word in a document, so the tagger
// adds their weights up once per word, decoder.ownSum), and those of its
// place in the text (placePart: neighbours, part of speech, sentence
// start, gazetteer matches), or all, in the order training sees them.
type featPart uint8

const (
	textPart featPart = 1 << iota
	formPart
	placePart
	ownPart  = textPart | formPart
	allParts = ownPart | placePart
)

// staticFeatures appends the features of token i that do not depend on
// the model's own earlier decisions.
func (d *docInfo) staticFeatures(i int, buf []uint64) []uint64 {
	return d.staticPart(i, allParts, buf)
}

// staticPart appends the static features of token i in part.
func (d *docInfo) staticPart(i int, part featPart, buf []uint64) []uint64 {
	buf = d.wordFeatures(i, part, buf)
	buf = d.contextFeatures(i, part, buf)
	if part&textPart != 0 {
		buf = affixFeatures(d.lower[i], buf)
	}
	if part&placePart != 0 {
		if d.start[i] {
			buf = append(buf, f1(ftStartShort, d.short[i]))
		}
		buf = d.gazetteerFeatures(i, buf)
	}
	if part&formPart != 0 {
		// Flags of the word's forms in the document (newDocInfo).
		if d.flags[i]&docLowerSeen != 0 {
			buf = append(buf, f1(ftLowerSeen, d.short[i]))
		}
		if d.flags[i]&docTitleSeen != 0 {
			buf = append(buf, f1(ftCapsTitleSeen, ""))
		}
	}
	buf = d.clusterFeatures(i, part, buf)
	if d.gf != nil {
		buf = d.gf.append(d, i, part, buf)
	}
	return buf
}

// wordFeatures appends token i's word, as written and lower-cased (text),
// with its neighbours, its part of speech and, at a sentence start, alone
// (place).
func (d *docInfo) wordFeatures(i int, part featPart, buf []uint64) []uint64 {
	lw := d.lower[i]
	if part&textPart != 0 {
		buf = append(buf,
			f1(ftWord, lw),
			f1(ftExact, d.words[i]),
		)
	}
	if part&placePart != 0 {
		buf = append(buf,
			f2(ftPrevWordWord, d.at(d.lower, i-1), lw),
			f2(ftWordNextWord, lw, d.at(d.lower, i+1)),
			f2(ftWordPOS, lw, d.toks[i].Tag),
		)
		if d.start[i] {
			buf = append(buf, f1(ftStartWord, lw))
		}
	}
	return buf
}

// contextFeatures appends the bias and token i's shapes (text), and its
// part of speech and the words, shapes and parts of speech around it
// (place).
func (d *docInfo) contextFeatures(i int, part featPart, buf []uint64) []uint64 {
	if part&textPart != 0 {
		buf = append(buf,
			f1(ftBias, ""),
			f1(ftShape, d.shape[i]),
			f1(ftShort, d.short[i]),
		)
	}
	if part&placePart != 0 {
		buf = append(buf,
			f1(ftPrevWord, d.at(d.lower, i-1)),
			f1(ftNextWord, d.at(d.lower, i+1)),
			f1(ftPrev2Word, d.at(d.lower, i-2)),
			f1(ftNext2Word, d.at(d.lower, i+2)),
			f1(ftPrevShort, d.at(d.short, i-1)),
			f1(ftNextShort, d.at(d.short, i+1)),
			f2(ftPrevShortShort, d.at(d.short, i-1), d.short[i]),
			f2(ftShortNextShort, d.short[i], d.at(d.short, i+1)),
			f1(ftPOS, d.toks[i].Tag),
			f1(ftPrevPOS, d.posAt(i-1)),
			f1(ftNextPOS, d.posAt(i+1)),
			f2(ftPrevPOSPOS, d.posAt(i-1), d.toks[i].Tag),
			f2(ftPOSNextPOS, d.toks[i].Tag, d.posAt(i+1)),
		)
	}
	return buf
}

// affixFeatures appends the one- to four-letter prefixes and suffixes of
// the lower-cased word lw.
func affixFeatures(lw string, buf []uint64) []uint64 {
	for n, id := range [4]byte{ftPrefix1, ftPrefix2, ftPrefix3, ftPrefix4} {
		if p := prefix(lw, n+1); p != "" {
			buf = append(buf, f1(id, p))
		}
	}
	for n, id := range [4]byte{ftSuffix1, ftSuffix2, ftSuffix3, ftSuffix4} {
		if s := suffix(lw, n+1); s != "" {
			buf = append(buf, f1(id, s))
		}
	}
	return buf
}

// gazetteerFeatures appends each gazetteer match bit of token i, and the
// kinds of gazetteer match of the tokens before and after it.
func (d *docInfo) gazetteerFeatures(i int, buf []uint64) []uint64 {
	for g := d.gaz[i]; g != 0; g &= g - 1 {
		bit := uint32(0)
		for g&(1<<bit) == 0 {
			bit++
		}
		buf = append(buf, fInt(ftGaz, bit))
	}
	if i > 0 && d.gaz[i-1] != 0 {
		buf = append(buf, fInt(ftPrevGaz, kindsOf(d.gaz[i-1])))
	}
	if i+1 < len(d.gaz) && d.gaz[i+1] != 0 {
		buf = append(buf, fInt(ftNextGaz, kindsOf(d.gaz[i+1])))
	}
	return buf
}

// clusterFeatures appends token i's word-cluster path, whole and by its
// prefixes (text), and the paths of the tokens before and after it (place).
func (d *docInfo) clusterFeatures(i int, part featPart, buf []uint64) []uint64 {
	if c := d.clus[i]; c != "" && part&textPart != 0 {
		for _, n := range clusterPrefixes {
			if len(c) > n {
				buf = append(buf, f1(ftCluster, c[:n]))
			}
		}
		buf = append(buf, f1(ftCluster, c))
	}
	if part&placePart == 0 {
		return buf
	}
	if i > 0 && d.clus[i-1] != "" {
		buf = append(buf, f1(ftPrevCluster, d.clus[i-1]))
	}
	if i+1 < len(d.clus) && d.clus[i+1] != "" {
		buf = append(buf, f1(ftNextCluster, d.clus[i+1]))
	}
	return buf
}

// clusterPrefixes are the lengths of cluster bit-path prefixes used as
// features (coarse to fine).
var clusterPrefixes = []int{4, 8}

// kindsOf folds gazetteer match bits to kinds (position dropped).
func kindsOf(g uint32) uint32 {
	var k uint32
	for kind := 0; kind < nGazetteers; kind++ {
		if g&(0xf<<(4*kind)) != 0 {
			k |= 1 << kind
		}
	}
	return k
}

// history records how the model tagged each capitalized word earlier in
// the document.
type history struct {
	m map[string]*histEntry
}

type histEntry struct {
	n    [nTypes + 1]int32 // per type; index nTypes = O
	last int
}

// dynamicFeatures appends features of token i that depend on how the same
// word was tagged earlier in the document.
func (d *docInfo) dynamicFeatures(i int, h *history, buf []uint64) []uint64 {
	if !d.cap[i] || h.m == nil {
		return buf
	}
	e := h.m[d.lower[i]]
	if e == nil {
		return buf
	}
	best, bestN := 0, int32(-1)
	for t, n := range e.n {
		if n > bestN {
			best, bestN = t, n
		}
	}
	return append(buf, fInt(ftHistType, uint32(best)), fInt(ftHistLast, uint32(e.last)))
}

// record adds the labels decided for tokens [off, off+len(labels)).
func (h *history) record(d *docInfo, off int, labels []int) {
	if h.m == nil {
		h.m = map[string]*histEntry{}
	}
	for k, l := range labels {
		i := off + k
		if !d.cap[i] {
			continue
		}
		e := h.m[d.lower[i]]
		if e == nil {
			e = &histEntry{}
			h.m[d.lower[i]] = e
		}
		if l == labelO {
			e.n[nTypes]++
		} else {
			e.n[labelType(l)]++
		}
		e.last = l
	}
}

// stage1 is what the first stage decided for a whole document, for the
// second stage's features.
type stage1 struct {
	labels []int
	// byWord counts, per lower-cased capitalized word, the types (index
	// nTypes: O) the first stage gave its occurrences.
	byWord map[string]*[nTypes + 1]int32
	// inEntity counts, per lower-cased word, the types of the multi-token
	// entities the first stage put it in.
	inEntity map[string]*[nTypes]int32
}

func newStage1(d *docInfo, labels []int) *stage1 {
	s := &stage1{labels: labels, byWord: map[string]*[nTypes + 1]int32{}, inEntity: map[string]*[nTypes]int32{}}
	for i, l := range labels {
		if d.cap[i] {
			c := s.byWord[d.lower[i]]
			if c == nil {
				c = new([nTypes + 1]int32)
				s.byWord[d.lower[i]] = c
			}
			c[labelClass(l)]++
		}
		if l != labelO && labelPos(l) != posU {
			c := s.inEntity[d.lower[i]]
			if c == nil {
				c = new([nTypes]int32)
				s.inEntity[d.lower[i]] = c
			}
			c[labelType(l)]++
		}
	}
	return s
}

// labelClass is a label's type index, nTypes for O.
func labelClass(l int) int {
	if l == labelO {
		return nTypes
	}
	return labelType(l)
}

// stackFeatures appends the second stage's features of token i: the first
// stage's labels around it, and how it tagged the same word elsewhere in
// the document (before and after).
func (d *docInfo) stackFeatures(i int, s *stage1, buf []uint64) []uint64 {
	l := s.labels[i]
	buf = append(buf, fInt(ftS1Label, uint32(l)), f2(ftS1LabelWord, labelNames[l], d.short[i]))
	if i > 0 {
		buf = append(buf, fInt(ftS1PrevLabel, uint32(s.labels[i-1])), f2(ftS1PrevLabelShort, labelNames[s.labels[i-1]], d.short[i]))
	}
	if i+1 < len(s.labels) {
		buf = append(buf, fInt(ftS1NextLabel, uint32(s.labels[i+1])), f2(ftS1NextLabelShort, labelNames[s.labels[i+1]], d.short[i]))
	}
	if i > 1 {
		buf = append(buf, fInt(ftS1Prev2Label, uint32(s.labels[i-2])))
	}
	if i+2 < len(s.labels) {
		buf = append(buf, fInt(ftS1Next2Label, uint32(s.labels[i+2])))
	}
	if d.cap[i] {
		if c := s.byWord[d.lower[i]]; c != nil {
			others := *c
			others[labelClass(l)]--
			best, bestN := -1, int32(0)
			for t, n := range others {
				if n > bestN {
					best, bestN = t, n
				}
			}
			if best >= 0 {
				buf = append(buf, fInt(ftS1Others, uint32(best)))
			}
		}
		if c := s.inEntity[d.lower[i]]; c != nil {
			best, bestN := -1, int32(0)
			for t, n := range c {
				if n > bestN {
					best, bestN = t, n
				}
			}
			if best >= 0 {
				buf = append(buf, fInt(ftS1InEntity, uint32(best)))
			}
		}
	}
	return buf
}

// stage2Features are the static features the second stage uses: fewer than
// the first stage's, since the first stage's labels carry most of what the
// rest would say.
func (d *docInfo) stage2Features(i int, buf []uint64) []uint64 {
	return d.stage2Part(i, allParts, buf)
}

// stage2Part appends the second stage's static features of token i in
// part.
func (d *docInfo) stage2Part(i int, part featPart, buf []uint64) []uint64 {
	lw := d.lower[i]
	text, place := part&textPart != 0, part&placePart != 0
	if text {
		buf = append(buf,
			f1(ftBias, ""),
			f1(ftWord, lw),
			f1(ftShape, d.shape[i]),
		)
	}
	if place {
		buf = append(buf,
			f1(ftPrevWord, d.at(d.lower, i-1)),
			f1(ftNextWord, d.at(d.lower, i+1)),
			f2(ftPrevShortShort, d.at(d.short, i-1), d.short[i]),
			f2(ftShortNextShort, d.short[i], d.at(d.short, i+1)),
			f1(ftPOS, d.toks[i].Tag),
		)
	}
	if s := suffix(lw, 3); s != "" && text {
		buf = append(buf, f1(ftSuffix3, s))
	}
	if place {
		for g := d.gaz[i]; g != 0; g &= g - 1 {
			bit := uint32(0)
			for g&(1<<bit) == 0 {
				bit++
			}
			buf = append(buf, fInt(ftGaz, bit))
		}
	}
	if c := d.clus[i]; c != "" && text {
		buf = append(buf, f1(ftCluster, c))
	}
	if d.gf != nil && text {
		buf = d.gf.appendStage2(d, i, buf)
	}
	return buf
}
