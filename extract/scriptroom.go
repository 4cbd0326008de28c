package extract

import (
	"bytes"
	"strings"
)

// scriptDataBytes returns the bytes of the page's script data, counted from
// each marker the script readers look for (scriptShapes' markers where
// scriptValues finds them, whole names, at most maxScriptMarker of each,
// and every Next flight push) to the end of its script, once past limit no
// further: a bound, without a parse, on the
// text the data can give (escapes, markup and base64 only shrink it). A
// markup text of maxScriptCheckChars or more is compared with the data
// only where this exceeds twice its length. One scan of the page per
// marker: the search goes on after each script's end.
func scriptDataBytes(doc []byte, limit int) int {
	n := 0
	// count adds the bytes from each of the first most markers find finds
	// (the next at or after off, or -1) to its script's end.
	count := func(find func(off int) int, most int) bool {
		off := 0
		for i := 0; i < most; i++ {
			at := find(off)
			if at < 0 {
				return false
			}
			e := bytes.Index(doc[at:], []byte("</script"))
			if e < 0 {
				n += len(doc) - at
				return n > limit
			}
			n += e
			if n > limit {
				return true
			}
			off = at + e
		}
		return false
	}
	for _, sh := range scriptShapes {
		// A marker as scriptValues finds it: a whole name.
		if count(func(off int) int { return nameAt(doc, off, sh.marker, sh.prefix) }, maxScriptMarker) {
			return n
		}
	}
	// A push as flightData finds it.
	count(func(off int) int {
		if k := bytes.Index(doc[off:], []byte(flightMarker)); k >= 0 {
			return off + k
		}
		return -1
	}, len(doc))
	return n
}

// holdsScriptData reports whether doc holds one of the markers the script
// readers look for (scriptShapes' as whole names, as nameAt finds them, and
// flightMarker), as scriptDataBytes(doc, 0) > 0 does, in one scan of doc for the markers holding "__" (looked
// for at each "__" of the page: a few hundred on a page of BEM class
// names) and one for each other, where that takes one a marker. Most
// pages hold none: scriptArticle and scriptContinues then have nothing to
// read, and they are not called.
func holdsScriptData(doc []byte) bool {
	for _, m := range scriptMarkers.other {
		if containsAnchored(doc, m, anchorAt(m.s)) {
			return true
		}
	}
	for off := 0; ; {
		k := bytes.Index(doc[off:], []byte("__"))
		if k < 0 {
			return false
		}
		at := off + k
		for at+2 < len(doc) && doc[at+2] == '_' {
			at++ // to the last "__" of a run of underscores
		}
		for _, m := range scriptMarkers.under {
			if p := at - m.at; p >= 0 && p+len(m.s) <= len(doc) && string(doc[p:p+len(m.s)]) == m.s && m.foundAt(doc, p) {
				return true
			}
		}
		off = at + 2
	}
}

// containsAnchored reports whether doc holds m, searched for by its end
// m[k:] and checked before it: bytes.Index takes each place of its first
// byte for a start, and "data-sveltekit-fetched" from its 'd' costs three
// times its search from "kit-fetched".
func containsAnchored(doc []byte, m marker, k int) bool {
	for off := k; off < len(doc); {
		i := bytes.Index(doc[off:], []byte(m.s[k:]))
		if i < 0 {
			return false
		}
		at := off + i
		if string(doc[at-k:at]) == m.s[:k] && m.foundAt(doc, at-k) {
			return true
		}
		off = at + 1
	}
	return false
}

// anchorAt is where containsAnchored searches m from: its first capital
// letter or 'k', rare in a page's markup and scripts, else its start.
func anchorAt(m string) int {
	if i := strings.IndexFunc(m, func(r rune) bool { return 'A' <= r && r <= 'Z' || r == 'k' }); i >= 0 {
		return i
	}
	return 0
}

// scriptMarkers are the markers holdsScriptData looks for: those holding
// "__" (under), and the others. A marker's first "__" must be followed
// by a byte of it other than '_' (as "__NEXT_DATA__", "window.__data"):
// holdsScriptData looks for it at the last "__" of each run of
// underscores, so that a page of them is one pass.
var scriptMarkers = func() (ms struct {
	under []underMarker
	other []marker
}) {
	all := []marker{{s: flightMarker}} // found anywhere, as flightData finds it
	for _, sh := range scriptShapes {
		all = append(all, marker{s: sh.marker, whole: true, prefix: sh.prefix})
	}
	for _, m := range all {
		if at := strings.Index(m.s, "__"); at >= 0 {
			if at+2 >= len(m.s) || m.s[at+2] == '_' {
				panic("extract: script marker " + m.s + ": its first \"__\" must be followed by another byte")
			}
			ms.under = append(ms.under, underMarker{m, at})
		} else {
			ms.other = append(ms.other, m)
		}
	}
	return ms
}()

// marker is a script reader's marker: whole where it counts only as a
// whole name (wholeAt; prefix: followed by anything).
type marker struct {
	s             string
	whole, prefix bool
}

// foundAt reports whether m, whose bytes doc holds at at, counts there.
func (m marker) foundAt(doc []byte, at int) bool {
	return !m.whole || wholeAt(doc, at, m.s, m.prefix)
}

// underMarker is a marker holding "__", first at s[at:].
type underMarker struct {
	marker
	at int
}

// Bounds of scriptContinues' look-up.
const (
	tailChars    = 48 // the most of the markup text's end looked up
	minTailChars = 24 // the least: a shorter end matches by chance
	maxTailFinds = 4  // occurrences of the end looked at
	maxTailLines = 3  // last lines of the text whose ends are looked up
	// maxContinuedChars is the longest markup text read as a teaser the
	// script data may continue: a longer one is the article.
	maxContinuedChars = 6000
)

// scriptContinues reports whether the page's script data seems to hold
// more of the article than text, the markup's, gives: the end of one of
// text's last maxTailLines lines (its last words, tailChars at most; a
// teaser's last lines are often a paywall's or a "read more" line) is
// found inside a <script> holding script data (scriptDataBytes' markers),
// followed there by more bytes than text has. A teaser cut short in the
// markup while the data holds the story reads so; an article the markup
// gives whole ends where the data's copy ends, and the data is then not
// parsed. A text over maxContinuedChars is no teaser. No parse: a few
// searches of the page.
func scriptContinues(doc []byte, text string) bool {
	if len(text) > maxContinuedChars || !holdsScriptData(doc) {
		// A page without script data (most pages) has nothing to
		// continue the text: one fast search per marker, where the
		// tails' look-ups below scan the page backwards.
		return false
	}
	t := strings.TrimSpace(text)
	for l := 0; l < maxTailLines && t != ""; l++ {
		line := t
		t = ""
		if i := strings.LastIndexByte(line, '\n'); i >= 0 {
			line, t = line[i+1:], strings.TrimSpace(line[:i])
		}
		if tailInScript(doc, strings.TrimSpace(line), len(text)) {
			return true
		}
	}
	return false
}

// tailInScript reports whether the end of line (tailChars at most, from a
// word's start) is found inside a <script> holding script data, followed
// there by more than after bytes (scriptContinues).
func tailInScript(doc []byte, line string, after int) bool {
	t := line
	if len(t) > tailChars {
		t = t[len(t)-tailChars:]
		if i := strings.IndexByte(t, ' '); i >= 0 {
			t = t[i+1:]
		}
	}
	if len(t) < minTailChars {
		return false
	}
	off := 0
	for n := 0; n < maxTailFinds; n++ {
		k := bytes.Index(doc[off:], []byte(t))
		if k < 0 {
			return false
		}
		at := off + k
		off = at + len(t)
		open := bytes.LastIndex(doc[:at], []byte("<script"))
		if open < 0 || bytes.Contains(doc[open:at], []byte("</script")) {
			continue // not inside a script
		}
		e := bytes.Index(doc[off:], []byte("</script"))
		if e < 0 {
			e = len(doc) - off
		}
		if e > after && holdsScriptData(doc[open:off+e]) {
			return true
		}
	}
	return false
}
