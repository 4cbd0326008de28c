package ner

import (
	"strings"
	"unicode"
)

// Organizations whose one-word name joins two names by a sign no common
// word is written with (issue 11, the name-shapes pass): two capitalized
// names joined by "+" ("Kuehne+Nagel", a freight forwarder) and two runs
// of capitals joined by a hyphen ("ABS-CBN", a broadcaster; eng.train's
// "ABN-AMRO", "AGF-IART"), which the tagger, having seen few words of the
// form, leaves untagged in running text.

// plusJoinedName reports whether w is two capitalized words of two
// letters or more joined by one "+" ("Kuehne+Nagel"); not a service's
// "Disney+", whose "+" ends the word.
func plusJoinedName(w string) bool {
	i := strings.IndexByte(w, '+')
	if i < 0 || strings.Count(w, "+") != 1 {
		return false
	}
	a, b := w[:i], w[i+1:]
	return len(a) >= 2 && len(b) >= 2 && startsUpper(a) && startsUpper(b) && hasLower(a) && hasLower(b) && isLetters(a) && isLetters(b)
}

// capsHyphenPair reports whether w is two runs of three capitals or more
// joined by one hyphen ("ABS-CBN", "ABN-AMRO"), neither a word the
// training corpora usually write in lower case (usuallyLower): a
// satellite's "GOES-EAST" (dragnet-web-a) is no firm. Shorter runs are as
// often two places' or bodies' initials set side by side ("US-EU",
// "UK-EU"); a code ("F-35") has figures and is no such word anyway.
func capsHyphenPair(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 0 || strings.Count(w, "-") != 1 {
		return false
	}
	for _, part := range []string{w[:i], w[i+1:]} {
		if len(part) < 3 || usuallyLower(part, 5, 3) {
			return false
		}
		for _, r := range part {
			if r > unicode.MaxASCII || !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// joinedName reports whether w is a firm's name by its joining sign
// (plusJoinedName, capsHyphenPair).
func joinedName(w string) bool {
	return plusJoinedName(w) || capsHyphenPair(w)
}

// addJoinedNameSpans adds an organization's span over each untagged word
// that joins two names by a sign (joinedName) where the text runs in mixed
// case, as addAmpersandInitialsSpans does for initials joined by "&": a
// freight forwarder's "Kuehne+Nagel" (the first December 2020 audit) and a
// broadcaster's "ABS-CBN" (the twelfth) left untagged. A headline in
// capitals ("ONE-DAY SCOREBOARD", "PRO-SOCCER"), where eng.train leaves
// such words untagged, is left alone: a word beside another in capitals is
// skipped.
func addJoinedNameSpans(toks []token, spans []tspan) []tspan {
	return addShapedNameSpans(toks, spans, joinedName)
}
