package ner

import "strings"

// lowered returns m[strings.ToLower(w)] without making the lower-cased
// string where w is ASCII and short: the rules look words up in their sets
// by lower case many times over each article, and strings.ToLower makes a
// new string for each word with a capital, which names mostly have.
func lowered[V any](m map[string]V, w string) V {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// byNormName returns m[normName(s)] without making the string: the
// rules look names up in the lists by normName many times over each
// article.
func byNormName[V any](m map[string]V, s string) V {
	var buf [128]byte
	return m[string(appendNormName(buf[:0], s))]
}

// byJoinedTokens returns m[joinTokens(ts)] without making the string
// where the run is short: addRepeatSpans looks up every run of every
// length its names have at every token.
func byJoinedTokens[V any](m map[string]V, ts []token) V {
	var buf [128]byte
	b := buf[:0]
	for i, t := range ts {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.Text...)
	}
	return m[string(b)]
}
