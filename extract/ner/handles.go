package ner

import "strings"

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
