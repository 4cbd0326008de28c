package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rubyTags are the tags that open or close a ruby annotation in the
// token stream flatRead reads (inRubyAnnotation).
var rubyTags = map[atom.Atom]bool{atom.Ruby: true, atom.Rb: true, atom.Rt: true, atom.Rp: true, atom.Rtc: true}

// inRubyAnnotation reports whether the text after the token tt of the
// ruby tag a (rubyTags) is a ruby annotation (furigana, pinyin, their
// parentheses), which flatRead leaves out as the parser's reading does
// (removeTags): an <rt>, <rp> or <rtc> opens one, and its end tag, the
// ruby's end or an <rb> (the next base text) closes it. An annotation's
// end tag may be left out ("<ruby>漢<rt>kan</ruby>"): counted as a
// removed element, an <rt> left open took the rest of the page with it.
func inRubyAnnotation(a atom.Atom, tt html.TokenType) bool {
	return tt == html.StartTagToken && (a == atom.Rt || a == atom.Rp || a == atom.Rtc)
}

// scriptStyleOrRubyNote reports whether n is a script, a style or a ruby
// annotation (<rt>, <rp>, <rtc>): what the fallback's largest block
// (blockLines) leaves out of its lines. Read with the ruby's base, each
// furigana stood in the sentence after the word it annotates.
func scriptStyleOrRubyNote(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Rt, atom.Rp, atom.Rtc:
		return true
	}
	return false
}
