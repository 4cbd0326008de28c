// Command lexgen writes gazetteer/lowercase.tsv.gz: for each word the
// training sources (CoNLL-2003 eng.train, GUM's training documents,
// wikigold, WNUT-17's training file, the Broad Twitter Corpus's training
// sections, re3d) write in lower case at least once,
// how often they write it in lower case and how often capitalized
// inside a sentence (not its first word, not in an all-capitals word).
// ner's corpusCase reads it (commonwords.go).
//
// Usage: go run ./extract/ner/gazetteer/lexgen ../shared > extract/ner/gazetteer/lowercase.tsv.gz
package main

import (
	"compress/gzip"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner/extract/ner"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: lexgen SHARED-DIR > lowercase.tsv.gz")
		os.Exit(2)
	}
	lower, upper := map[string]int{}, map[string]int{}
	for _, src := range []string{ner.SourceCoNLL, ner.SourceGUM, ner.SourceWikigold, ner.SourceWNUT, ner.SourceBTC, ner.SourceRe3d} {
		docs, err := ner.LoadSource(os.Args[1], src)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, d := range docs {
			for _, line := range strings.Split(d.Text, "\n") {
				for i, w := range strings.Fields(line) {
					w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
					r, _ := utf8.DecodeRuneInString(w)
					switch {
					case w == "" || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }):
					case unicode.IsLower(r):
						lower[w]++
					case i > 0 && unicode.IsUpper(r) && w != strings.ToUpper(w):
						upper[strings.ToLower(w)]++
					}
				}
			}
		}
	}
	var ws []string
	for w, n := range lower {
		if n >= 1 {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	z := gzip.NewWriter(os.Stdout)
	for _, w := range ws {
		fmt.Fprintf(z, "%s\t%d\t%d\n", w, lower[w], upper[w])
	}
	if err := z.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
