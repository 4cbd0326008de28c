package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Doc is a document with its gold entities: what training and evaluation
// read from a CoNLL-2003 file.
type Doc struct {
	// Text is the document's text: its tokens joined back into running
	// text (no space before closing punctuation and clitics, none after
	// opening brackets), one line per sentence.
	Text string
	// Gold lists the annotated entities, MISC included, in text order.
	Gold []Span
	// Name identifies the document in its corpus, where the corpus names
	// documents (GUM's "GUM_news_afghan"); empty otherwise.
	Name string
	// Source is the training source the document comes from (Sources);
	// empty for CoNLL-2003 or a file. TrainConfig.DomainCopies uses it.
	Source string
}

// Span is an entity's extent in a text, in code points (End exclusive).
type Span struct {
	Type       newsner.EntityType
	Start, End int
	// Entity groups the spans of one real thing within a document (GUM's
	// coreference: "US", "U.S." and "United States"), 0 where the corpus
	// does not say. EvaluateDistinct scores entities by it.
	Entity int
}

// ReadCoNLL reads a CoNLL-2003 NER file (`word POS chunk NER` per line,
// IOB1 or IOB2 tags, sentences split by blank lines, documents by
// -DOCSTART- lines) into documents.
func ReadCoNLL(r io.Reader) ([]Doc, error) {
	return ReadTagged(r, TagScheme{})
}

// TagScheme says how a CoNLL-style file of another corpus maps to
// CoNLL-2003's conventions. The zero value reads CoNLL-2003.
type TagScheme struct {
	// Types maps the corpus's entity types ("corporation", "Organisation")
	// to newsner's; a type it does not hold is not a name (its tokens
	// are outside any entity). Nil: CoNLL-2003's PER, LOC, ORG and MISC.
	Types map[string]newsner.EntityType
	// SentenceDocs makes each sentence a document (tweets), for corpora
	// with no document breaks.
	SentenceDocs bool
	// NamesOnly drops entities that are not proper names (re3d marks
	// nominal mentions such as "the Army" or "U.S. service members"): an
	// entity must, after a leading "the", hold only capitalized words,
	// numbers and name joiners ("of", "and"), and start and end with a
	// capitalized word or a number.
	NamesOnly bool
	// DropHandles drops entities that are a user name or hashtag
	// ("@paulwalk", "#UN"): tweets mark them, article text has none.
	DropHandles bool
	// MarkDemonyms marks demonyms ("Afghan", "Americans") outside any
	// entity as MISC, as CoNLL-2003 does, for corpora without MISC.
	MarkDemonyms bool
}

// ReadTagged reads a CoNLL-style file (a word and, last on the line, its
// IOB1 or IOB2 tag; sentences split by blank lines, documents by
// -DOCSTART- lines) of a corpus whose conventions sc describes.
func ReadTagged(r io.Reader, sc TagScheme) ([]Doc, error) {
	var docs []Doc
	var sents [][][2]string // sentences of (word, tag)
	var cur [][2]string
	flushDoc := func() {
		if len(sents) > 0 {
			docs = append(docs, buildDoc(sents, sc))
			sents = nil
		}
	}
	flushSent := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
			if sc.SentenceDocs {
				flushDoc()
			}
		}
	}
	in := bufio.NewScanner(r)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for in.Scan() {
		line++
		f := strings.Fields(in.Text())
		switch {
		case len(f) == 0:
			flushSent()
		case f[0] == "-DOCSTART-":
			flushSent()
			flushDoc()
		case len(f) == 1 && strings.HasPrefix(strings.TrimLeft(in.Text(), " \u00a0\u200b"), "\t"):
			// An empty word (a tweet's stray space): nothing to read.
		case len(f) < 2:
			return nil, fmt.Errorf("conll line %d: want `word ... tag`, got %q", line, in.Text())
		default:
			cur = append(cur, [2]string{f[0], f[len(f)-1]})
		}
	}
	if err := in.Err(); err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	flushSent()
	flushDoc()
	return docs, nil
}

// conllType maps a CoNLL type to newsner's.
func conllType(t string) newsner.EntityType {
	switch t {
	case "PER":
		return newsner.Person
	case "LOC":
		return newsner.Location
	case "ORG":
		return newsner.Organization
	}
	return misc
}

// noSpaceBefore and noSpaceAfter decide where detokenized text has no space.
var (
	noSpaceBefore = setOf(`, . ; : ) ] } ! ? % 's 'S n't N'T 're 've 'll 'd 'm '`)
	noSpaceAfter  = setOf(`( [ { $`)
)

func buildDoc(sents [][][2]string, sc TagScheme) Doc {
	var sb strings.Builder
	var gold []Span
	var words []string
	var starts, ends []int
	pos := 0 // code points written
	for si, s := range sents {
		if si > 0 {
			sb.WriteByte('\n')
			pos++
		}
		open := -1 // index into gold of the entity being built
		prevType := ""
		for i, wt := range s {
			w, tag := wt[0], wt[1]
			if i > 0 && !lowered(noSpaceBefore, w) && !noSpaceAfter[s[i-1][0]] {
				sb.WriteByte(' ')
				pos++
			}
			start := pos
			sb.WriteString(w)
			pos += utf8.RuneCountInString(w)
			words, starts, ends = append(words, w), append(starts, start), append(ends, pos)
			bio, typ, _ := strings.Cut(tag, "-")
			nt, ok := conllType(typ), typ != ""
			if sc.Types != nil {
				nt, ok = sc.Types[typ]
			}
			switch {
			case tag == "O" || !ok:
				open, prevType = -1, ""
			case bio == "B" || typ != prevType || open < 0:
				gold = append(gold, Span{Type: nt, Start: start, End: pos})
				open, prevType = len(gold)-1, typ
			default:
				gold[open].End = pos
			}
		}
	}
	if sc.NamesOnly {
		gold = namesOnly(gold, words, starts, ends)
	}
	if sc.DropHandles {
		gold = dropHandles(gold, sb.String())
	}
	if sc.MarkDemonyms {
		taken := make([]bool, len(words))
		g := 0
		for k := range words {
			for g < len(gold) && gold[g].End <= starts[k] {
				g++
			}
			taken[k] = g < len(gold) && gold[g].Start <= starts[k]
		}
		gold = markDemonyms(gold, words, starts, ends, taken)
		sortSpans(gold)
	}
	return Doc{Text: sb.String(), Gold: gold}
}

// namesOnly keeps the spans that are proper names (TagScheme.NamesOnly),
// a leading "the" cut off.
func namesOnly(gold []Span, words []string, starts, ends []int) []Span {
	out := gold[:0]
	k := 0
	for _, s := range gold {
		for k < len(words) && starts[k] < s.Start {
			k++
		}
		t0 := k
		t1 := t0
		for t1 < len(words) && ends[t1] <= s.End {
			t1++
		}
		t1-- // inclusive
		for t0 < t1 && strings.EqualFold(words[t0], "the") {
			t0++
		}
		ok := t0 <= t1 && (startsUpper(words[t0]) || isNumber(words[t0])) && (startsUpper(words[t1]) || isNumber(words[t1]))
		for j := t0; ok && j <= t1; j++ {
			w := words[j]
			ok = startsUpper(w) || isNumber(w) || lowered(nameJoiners, w) || !hasLetter(w)
		}
		if ok {
			out = append(out, Span{Type: s.Type, Start: starts[t0], End: ends[t1]})
		}
	}
	return out
}

// dropHandles drops the spans of text that start with "@" or "#".
func dropHandles(gold []Span, text string) []Span {
	r := []rune(text)
	out := gold[:0]
	for _, s := range gold {
		if c := r[s.Start]; c != '@' && c != '#' {
			out = append(out, s)
		}
	}
	return out
}
