package extract

import (
	"strings"
	"unicode"
)

// stopwords are frequent short words that tell languages written in the
// Latin and Cyrillic scripts apart.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "by", "are", "this", "be", "from", "have"},
	"de": {"der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "auch"},
	"fr": {"le", "la", "les", "de", "des", "et", "un", "une", "du", "en", "est", "que", "qui", "dans", "pour", "pas", "sur", "au", "avec", "par"},
	"es": {"el", "la", "de", "que", "y", "en", "los", "las", "del", "se", "por", "un", "una", "con", "para", "es", "al", "lo", "como", "más"},
	"it": {"il", "di", "che", "e", "la", "per", "un", "in", "del", "della", "non", "una", "sono", "le", "con", "si", "da", "gli", "dei", "è"},
	"pt": {"de", "que", "o", "a", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos"},
	"nl": {"de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "er", "ook", "als", "bij", "door"},
	"sv": {"och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de", "inte", "om", "ett", "var", "jag", "men"},
	"pl": {"i", "w", "nie", "na", "się", "z", "do", "to", "że", "jest", "o", "jak", "po", "co", "ale", "od", "za", "przez", "dla", "jego"},
	"id": {"yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini", "dari", "dalam", "akan", "pada", "juga", "saya", "ke", "karena", "ada", "oleh", "kita", "mereka"},
	"tr": {"ve", "bir", "bu", "da", "de", "için", "ile", "çok", "olarak", "daha", "gibi", "ama", "en", "o", "olan", "kadar", "sonra", "var", "ne", "mi"},
	"ru": {"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "для", "к", "а", "о", "его", "от", "так", "же", "за"},
	"uk": {"і", "в", "не", "на", "що", "з", "та", "до", "це", "як", "у", "за", "від", "по", "він", "для", "його", "але", "й", "їх"},
}

var stopwordIndex = func() map[string][]string {
	idx := make(map[string][]string)
	for lang, ws := range stopwords {
		for _, w := range ws {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// scriptLangs are the scripts that mostly belong to one language, in the
// order they are tested: a text is in lang when more than 1/share of its
// letters are in the script (Japanese mixes kana with Han characters, so a
// tenth of kana decides).
var scriptLangs = []struct {
	lang    string
	scripts []*unicode.RangeTable
	share   int
}{
	{"ja", []*unicode.RangeTable{unicode.Hiragana, unicode.Katakana}, 10},
	{"ko", []*unicode.RangeTable{unicode.Hangul}, 2},
	{"zh", []*unicode.RangeTable{unicode.Han}, 2},
	{"ar", []*unicode.RangeTable{unicode.Arabic}, 2},
	{"he", []*unicode.RangeTable{unicode.Hebrew}, 2},
	{"el", []*unicode.RangeTable{unicode.Greek}, 2},
	{"th", []*unicode.RangeTable{unicode.Thai}, 2},
	{"hi", []*unicode.RangeTable{unicode.Devanagari}, 2},
}

// GuessLanguage guesses the language of a text as the extractor does for a
// page that declares none (guessLanguage): eval extract reads its dev
// pages' truth with it to score the pages in other languages apart.
func GuessLanguage(text string) string { return guessLanguage(text) }

// guessLanguage guesses the language of text where the page declares none:
// by script for scripts that mostly belong to one language, else by counting
// stop words in the first few thousand words. Empty when unsure.
func guessLanguage(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	// Letters by script; Latin and Cyrillic only count towards the total.
	perScript := make([]int, len(scriptLangs))
	total := 0
	for _, r := range text {
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				total++
			}
		case unicode.In(r, unicode.Latin, unicode.Cyrillic):
			total++
		default:
			for i, sl := range scriptLangs {
				if unicode.In(r, sl.scripts...) {
					perScript[i]++
					total++
					break
				}
			}
		}
	}
	if total < 20 {
		return ""
	}
	for i, sl := range scriptLangs {
		if perScript[i]*sl.share > total {
			return sl.lang
		}
	}
	counts, words := stopwordCounts(text)
	best, bestN, second := "", 0, 0
	for _, l := range []string{"en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "id", "tr", "ru", "uk"} {
		switch n := counts[l]; {
		case n > bestN:
			best, bestN, second = l, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN < 5 || bestN*10 < words || bestN*4 < second*5 {
		return ""
	}
	return best
}

// stopwordCounts counts the stop words of each language (stopwords) in the
// first 3000 words of text, and returns how many words it read.
func stopwordCounts(text string) (counts map[string]int, words int) {
	counts = make(map[string]int)
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, l := range stopwordIndex[w] {
			counts[l]++
		}
		if words++; words > 3000 {
			break
		}
	}
	return counts, words
}

// quoteCloses maps each opening double quotation mark to the marks that
// close it: English and French pairs, German „…“ and »…«.
var quoteCloses = map[rune]string{'"': `"`, '“': `”"`, '„': `“”"`, '«': `»`, '»': `«`}

// withoutQuotes is text less the words inside double quotation marks: an
// English report's quotes in the language of the people it quotes. A
// quotation left open ends at the end of its paragraph.
func withoutQuotes(text string) string {
	var b strings.Builder
	closes := ""
	for _, r := range text {
		switch {
		case r == '\n':
			closes = ""
		case closes != "":
			if strings.ContainsRune(closes, r) {
				closes = ""
			}
			continue
		case quoteCloses[r] != "":
			closes = quoteCloses[r]
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
