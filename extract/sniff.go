package extract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// sniffCandidates are the encodings sniff chooses among, most likely first
// (a tie goes to the earlier): the legacy encodings of the languages whose
// pages most often come without a declaration.
var sniffCandidates = []struct {
	name string
	enc  encoding.Encoding
}{
	{"windows-1252", charmap.Windows1252},
	{"windows-1251", charmap.Windows1251},
	{"gbk", simplifiedchinese.GB18030},
	{"shift_jis", japanese.ShiftJIS},
	{"euc-jp", japanese.EUCJP},
	{"big5", traditionalchinese.Big5},
}

// sniffBytes is how much of the document sniff looks at.
const sniffBytes = 64 << 10

// sniff guesses the encoding of a document that declares none and is not
// UTF-8, the way a browser's detector does in spirit: it decodes the start
// of the document with each candidate and keeps the one whose text reads
// most like a language (plausibility, below).
func sniff(raw []byte) (encoding.Encoding, string) {
	sample := raw[:min(len(raw), sniffBytes)]
	best, bestScore := 0, 0.0
	for i, c := range sniffCandidates {
		text, err := c.enc.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		if s := plausibility(text); i == 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	return sniffCandidates[best].enc, sniffCandidates[best].name
}

// plausibility scores decoded text by its non-ASCII characters, each for
// the bytes it took: a word's accented letter beside plain letters, a run
// of Cyrillic letters, kana, common Chinese characters and CJK punctuation
// read as a language; replacement characters, control codes, half-width
// katakana, a capital after a small letter, lone accented or Cyrillic
// letters amid others of their kind read as the wrong decoding.
func plausibility(text []byte) float64 {
	score := 0.0
	prev := ' '
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		i += n
		if r < 0x80 {
			prev = r
			continue
		}
		next, _ := utf8.DecodeRune(text[i:])
		switch {
		case r == utf8.RuneError || (r >= 0x80 && r < 0xA0) || (r >= 0xE000 && r <= 0xF8FF):
			score -= 4
		case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7: // Latin letters with marks
			switch {
			case unicode.IsUpper(r) && unicode.IsLower(prev):
				score--
			case asciiLetter(prev) || asciiLetter(next):
				score++
			default:
				score -= 0.5
			}
		case r >= 0x400 && r <= 0x4FF: // Cyrillic
			switch {
			case unicode.IsUpper(r) && unicode.IsLower(prev):
				score-- // "слОво": a capital inside a word
			case isCyrillic(prev) || isCyrillic(next):
				score++
			default:
				score -= 0.5
			}
		case r >= 0x3041 && r <= 0x30FF: // kana
			score += 2
		case commonHan[r]:
			score += 2
		case unicode.Is(unicode.Han, r):
			score++
		case (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF01 && r <= 0xFF5E): // CJK and full-width punctuation
			score++
		case r >= 0xFF61 && r <= 0xFF9F: // half-width katakana
			score--
		case r >= 0x2010 && r <= 0x2122, r >= 0xA0 && r < 0xC0: // typographic punctuation, Latin-1 signs
			score += 0.25
		default:
			score -= 0.5
		}
		prev = r
	}
	return score
}

func asciiLetter(r rune) bool { return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') }

func isCyrillic(r rune) bool { return r >= 0x400 && r <= 0x4FF }

// commonHan are the most frequent Chinese characters, simplified and
// traditional: about two in five characters of running Chinese text, and
// few of a Chinese or Japanese text read in the wrong encoding.
var commonHan = func() map[rune]bool {
	m := make(map[rune]bool)
	for _, r := range "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日市新月与與将將报報" {
		m[r] = true
	}
	return m
}()
