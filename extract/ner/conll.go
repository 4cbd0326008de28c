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
}

// Span is an entity's extent in a text, in code points (End exclusive).
type Span struct {
	Type       newsner.EntityType
	Start, End int
}

// ReadCoNLL reads a CoNLL-2003 NER file (`word POS chunk NER` per line,
// IOB1 or IOB2 tags, sentences split by blank lines, documents by
// -DOCSTART- lines) into documents.
func ReadCoNLL(r io.Reader) ([]Doc, error) {
	var docs []Doc
	var sents [][][2]string // sentences of (word, tag)
	var cur [][2]string
	flushSent := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	flushDoc := func() {
		flushSent()
		if len(sents) > 0 {
			docs = append(docs, buildDoc(sents))
			sents = nil
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flushSent()
		case f[0] == "-DOCSTART-":
			flushDoc()
		case len(f) < 2:
			return nil, fmt.Errorf("conll line %d: want `word ... tag`, got %q", line, sc.Text())
		default:
			cur = append(cur, [2]string{f[0], f[len(f)-1]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
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

func buildDoc(sents [][][2]string) Doc {
	var sb strings.Builder
	var gold []Span
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
			if i > 0 && !noSpaceBefore[strings.ToLower(w)] && !noSpaceAfter[s[i-1][0]] {
				sb.WriteByte(' ')
				pos++
			}
			start := pos
			sb.WriteString(w)
			pos += utf8.RuneCountInString(w)
			bio, typ, _ := strings.Cut(tag, "-")
			switch {
			case tag == "O" || typ == "":
				open, prevType = -1, ""
			case bio == "B" || typ != prevType || open < 0:
				gold = append(gold, Span{Type: conllType(typ), Start: start, End: pos})
				open, prevType = len(gold)-1, typ
			default:
				gold[open].End = pos
			}
		}
	}
	return Doc{Text: sb.String(), Gold: gold}
}
