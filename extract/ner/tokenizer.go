package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitWords splits text (folded by prepare) into words as prose's
// tokenizer does (prose/v2 tokenize.go: iterTokenizer), but keeping every
// byte of a word. prose cuts a word at an "'s", "'m", "'re" or "'ll"
// anywhere in it and then drops what follows when it is longer than the
// contraction: "O'Malley", "O'Sullivan", "D'Souza", "O'Reilly" come out as
// "O" and "D", "Moody's." and "Peter's," lose their "'s" and the
// punctuation, "don't." its "n't.", "'sorry'" the whole word. Here a
// contraction is cut off only where it ends the word (punctuation aside),
// as CoNLL-2003's tokens have it ("O'Malley" one token, "Peter 's ."), so
// the tagger sees the whole name. An em dash is a token of its own, as
// CoNLL-2003's "--" is, where web text writes it between words without
// spaces ("STOCKHOLM—Nokia", "Sony—the"); prose kept it in the word.
// Everything else is prose's.
func splitWords(text string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(text); {
		space, size := true, 1
		if i < len(text) {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		dash := !space && text[i] == 0xe2 && strings.HasPrefix(text[i:], "\u2014")
		switch {
		case dash:
			if start >= 0 {
				out = splitWord(text[start:i], out)
			}
			out = append(out, text[i:i+size])
			start = -1
		case !space && start < 0:
			start = i
		case space && start >= 0:
			if k := slugHyphen(text, start, i); k > 0 {
				out = append(out, text[start:start+k], "-")
				start += k + 1
			}
			if datelineSlashes(text, start, i) {
				for k := strings.IndexByte(text[start:i], '/'); k >= 0; k = strings.IndexByte(text[start:i], '/') {
					out = append(out, text[start:start+k], "/")
					start += k + 1
				}
			}
			out = splitWord(text[start:i], out)
			start = -1
		}
		i += size
	}
	return out
}

// datelineSlashes reports whether slashes join places in capitals in
// text[start:end], the first word of a line that is a dateline: capitals,
// spaces and slashes only up to its agency in brackets or a comma and date
// ("WASHINGTON/LONDON (Reuters) -", "BEIJING/HONG KONG (Reuters) -",
// "MOSCOW/KYIV, Dec 3"). Each slash is then a token: CoNLL-2003 writes such
// a slash as a token of its own, so each place is a token the tagger reads
// and a mention of its own. The slash of a photo credit ("AFP/Getty
// Images", "TSUNO/AFP") or of "and/or" stays in the word.
func datelineSlashes(text string, start, end int) bool {
	if start > 0 && text[start-1] != '\n' || strings.IndexByte(text[start:end], '/') < 0 {
		return false
	}
	for i := start; i < len(text) && i < start+60; i++ {
		switch c := text[i]; {
		case c == '(' || c == ',':
			return i >= end-1 && text[i-1] != '/'
		case c == '/' && (i == start || text[i-1] == '/' || text[i-1] == ' '):
			return false
		case c != ' ' && c != '/' && !isASCIIUpper(c):
			return false
		}
	}
	return false
}

// slugHyphen returns where the hyphen is in text[start:end], a word that
// glues a sports desk's slug to its headline as a 2020 wire writes it
// ("Soccer-Flamengo beat Palmeiras", "Golf-Burmester wins", "ALPINE
// SKIING-Shiffrin", "Rugby union-Exeter"), or -1: the word is on its
// line's first 40 bytes after two words at most that start with a
// capital, before the hyphen a sport's name's last word (slugSports; or
// "union" or "league" after "rugby") and after it a capital. The slug and
// the hyphen are then tokens of their own, as CoNLL-2003 writes "SOCCER -
// ...", so the tagger reads the headline's first name alone (it tagged
// "Soccer-Flamengo" a place and "Biathlon-Boe" an organization on made-up
// items; issue 11) and sportSlugsAsMisc drops the slug.
func slugHyphen(text string, start, end int) int {
	k := strings.IndexByte(text[start:end], '-')
	if k <= 0 || start+k+1 >= end || !isASCIIUpper(text[start+k+1]) {
		return -1
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	if start-ls > 40 {
		return -1
	}
	before := strings.Fields(text[ls:start])
	if len(before) > 2 {
		return -1
	}
	for _, w := range before {
		if !startsUpper(w) {
			return -1
		}
	}
	sport := text[start : start+k]
	if lowered(slugSports, sport) {
		return k
	}
	if (strings.EqualFold(sport, "union") || strings.EqualFold(sport, "league")) && len(before) > 0 && strings.EqualFold(before[len(before)-1], "rugby") {
		return k
	}
	return -1
}

// splitWord appends the tokens of one whitespace-delimited word to out:
// opening brackets, quotes and "$" off the front, closing punctuation off
// the back, a contraction that ends the word off as a token of its own;
// emoticons and abbreviations ("U.S.", "Mr.") whole.
func splitWord(w string, out []string) []string {
	var suffs []string // in reverse order
	for w != "" {
		if isSpecialWord(w) {
			out = append(out, w)
			break
		}
		if strings.IndexByte(`$(["`, w[0]) >= 0 {
			out = append(out, w[:1])
			w = w[1:]
			continue
		}
		if i := contractionAt(w); i > 0 {
			out = append(out, w[:i])
			w = w[i:]
			continue
		}
		if strings.IndexByte(`,)"]!;.?:'`, w[len(w)-1]) >= 0 {
			suffs = append(suffs, w[len(w)-1:])
			w = w[:len(w)-1]
			continue
		}
		out = append(out, w)
		break
	}
	for k := len(suffs) - 1; k >= 0; k-- {
		out = append(out, suffs[k])
	}
	return out
}

// contractions are the endings prose's tokenizer makes tokens of their own
// ("they" "'ll", "do" "n't"); "'ve" and "'d" it leaves in the word.
var contractions = []string{"'ll", "'s", "'re", "'m", "n't"}

// contractionAt returns where a contraction starts that ends w but for
// closing punctuation ("it's", "Peter's.", "don't,"), or -1.
func contractionAt(w string) int {
	end := len(w)
	for end > 0 && strings.IndexByte(`,)"]!;.?:`, w[end-1]) >= 0 {
		end--
	}
	for _, c := range contractions {
		if i := end - len(c); i >= 0 && strings.EqualFold(w[i:end], c) {
			return i
		}
	}
	return -1
}

// isSpecialWord reports whether prose keeps w as one token: an emoticon, an
// abbreviation of single letters with full stops ("U.S."), or a capital
// and one or two small letters with a full stop ("Mr.", "Inc.").
func isSpecialWord(w string) bool {
	if emoticons[w] { // postag.go
		return true
	}
	if n := len(w); n >= 3 && n <= 4 && w[n-1] == '.' && isASCIIUpper(w[0]) {
		ok := true
		for k := 1; k < n-1; k++ {
			ok = ok && w[k] >= 'a' && w[k] <= 'z'
		}
		if ok {
			return true
		}
	}
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		c := w[k] | 0x20
		if c < 'a' || c > 'z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
