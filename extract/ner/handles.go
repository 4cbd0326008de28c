package ner

import (
	"strings"
	"unicode/utf8"
)

// Mentions that name nothing by their form: tokens that glue two
// capitalized words with an underscore (a credit's role and a name, a
// file's name; a user's handle stays), and one letter alone.

// gluedNamesAsNone makes no name of a mention any of whose tokens glues
// two capitalized words with an underscore: a credit's role and the name
// ("Composer_Kim Cheol Hwan", "Art Director_Park Dong Woo"), or a file's
// or a feed's name ("Camilla_SDO"), where the name's start is not a
// token's and no span can be exact; and a mention right after such a
// token, the rest of its name. A user's handle ("@John_Smith", which
// tweets' annotators mark) stays.
func gluedNamesAsNone(ms []*mention, toks []token) {
	for _, m := range ms {
		// The rest of a glued name the tagger left its glued start out of:
		// "Hye Jin" of "Choreographer_Jeong Hye Jin".
		for k := m.t0 - 1; k < m.t1; k++ {
			if k < 0 {
				continue
			}
			if gluedWords(toks[k].Text) && !(k > 0 && toks[k-1].Text == "@") {
				m.typ = misc
				break
			}
		}
	}
}

// gluedWords reports whether w is two capitalized words or more joined by
// underscores ("Director_Oh", "Camilla_SDO").
func gluedWords(w string) bool {
	if !strings.Contains(w, "_") {
		return false
	}
	for _, p := range strings.Split(w, "_") {
		if !startsUpper(p) {
			return false
		}
	}
	return true
}

// lettersAsNone makes no name of a mention that is one letter, with or
// without its full stop: an author's initial in a list of references
// ("Renzi, C., Sorge, C."), a grade, a variable.
func lettersAsNone(ms []*mention) {
	for _, m := range ms {
		if len(m.words) == 1 && utf8.RuneCountInString(strings.TrimSuffix(m.words[0], ".")) == 1 {
			m.typ = misc
		}
	}
}
