package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// Listed by lang3 (issue 11): an article in one of these was read
	// as text nobody could tell, or guessed a neighbour's language
	// (Romanian and Hungarian Portuguese, Catalan Spanish, Bulgarian
	// Russian). Close neighbours share few words here (Czech and Slovak,
	// Danish and Norwegian, Serbo-Croatian and Slovenian, Catalan and
	// Spanish), so that the words each has alone decide. "sh" is
	// Serbo-Croatian in Latin script (Croatian, Bosnian, Serbian: one
	// list, their frequent words being one), "sr" Serbian in Cyrillic.
	"cs": {"a", "se", "v", "na", "je", "že", "ve", "jsou", "který", "které", "která", "také", "podle", "pro", "jako", "byl", "byla", "při", "už", "jeho"},
	"sk": {"a", "sa", "v", "na", "je", "že", "vo", "sú", "ktorý", "ktoré", "ktorá", "tiež", "podľa", "pre", "ako", "bol", "bola", "pri", "už", "aj"},
	"da": {"og", "i", "at", "det", "er", "en", "af", "der", "blev", "sig", "efter", "havde", "end", "mod", "bliver", "siger", "mellem", "noget", "uden", "ud", "nu"},
	"no": {"og", "i", "det", "er", "en", "av", "å", "ble", "seg", "etter", "hadde", "enn", "mot", "blir", "sier", "mellom", "noe", "uten", "ut", "nå"},
	"fi": {"ja", "on", "että", "oli", "ei", "mukaan", "hän", "myös", "ovat", "kun", "joka", "tai", "mutta", "jo", "kuin", "jälkeen", "ole", "vain", "jossa", "hänen"},
	"et": {"ja", "on", "et", "ei", "ka", "oli", "see", "mis", "kui", "aga", "või", "ta", "nii", "oma", "ning", "veel", "üle", "kes", "pärast", "juba"},
	"hu": {"a", "az", "és", "hogy", "nem", "egy", "már", "csak", "ez", "szerint", "volt", "még", "azt", "után", "pedig", "kell", "lesz", "ami", "amely", "mert"},
	"ro": {"și", "şi", "în", "de", "la", "a", "cu", "să", "pe", "din", "că", "care", "nu", "mai", "un", "o", "au", "pentru", "fost", "este"},
	"sh": {"je", "i", "u", "da", "se", "na", "za", "su", "od", "sa", "koji", "koja", "koje", "će", "o", "iz", "ne", "a", "kao", "nije"},
	"sl": {"je", "in", "v", "na", "da", "se", "za", "so", "z", "ki", "pa", "bo", "tudi", "ne", "po", "iz", "kot", "ter", "bil", "še"},
	"lt": {"ir", "kad", "yra", "su", "į", "iš", "o", "buvo", "jis", "kaip", "tai", "nuo", "dėl", "taip", "jo", "pagal", "apie", "kuris", "pasak", "nei"},
	"lv": {"un", "ir", "ar", "par", "no", "uz", "ka", "kas", "lai", "bet", "arī", "tas", "pēc", "kā", "vai", "bija", "gan", "tika", "savu", "jau"},
	"ca": {"i", "els", "amb", "va", "dels", "per", "les", "més", "pel", "aquest", "aquesta", "seva", "seu", "però", "també", "és", "la", "de", "que", "el"},
	"vi": {"và", "của", "là", "có", "các", "trong", "được", "cho", "không", "người", "những", "với", "một", "đã", "này", "để", "khi", "từ", "theo", "năm"},
	"tl": {"ang", "ng", "sa", "na", "mga", "at", "ay", "si", "ni", "para", "hindi", "ito", "noong", "kanyang", "mula", "pa", "rin", "din", "kay", "siya"},
	"sw": {"na", "ya", "wa", "kwa", "za", "katika", "ni", "kuwa", "hiyo", "huo", "cha", "pia", "lakini", "hii", "kama", "baada", "wake", "alisema", "zaidi", "hayo"},
	"bg": {"и", "на", "в", "за", "не", "от", "по", "с", "е", "да", "се", "че", "са", "ще", "това", "който", "която", "които", "като", "към"},
	"sr": {"и", "на", "за", "не", "је", "да", "се", "су", "ће", "који", "која", "које", "као", "од", "са", "би", "још", "због", "према", "није"},
	// Welsh, Basque, Somali and Hausa write few letters outside ASCII, so
	// that unnamedForeign, which asks for them, read their articles as
	// English: named here instead; and Irish, whose words Hausa's share
	// ("na"), so that it is not named Hausa. Not "a", Irish's and Hausa's
	// commonest, nor Hausa's "an": English's too, five of them in a
	// headline ("A bat, an owl and a go at Le Mans") named it Irish.
	"cy": {"y", "yr", "yn", "a", "ac", "i", "o", "ar", "ei", "mae", "wedi", "bod", "gan", "fel", "ond", "hefyd", "roedd", "gyda", "ddim", "yng"},
	"eu": {"eta", "da", "ez", "du", "bat", "ere", "dira", "zen", "baina", "hau", "izan", "egin", "dute", "zuen", "behar", "dago", "bere", "gehiago", "duela", "beste"},
	"so": {"iyo", "oo", "ka", "ku", "waxaa", "ayaa", "in", "la", "u", "uu", "ah", "ee", "kale", "waa", "si", "ugu", "soo", "ay", "ayuu", "waxay"},
	"ga": {"an", "na", "agus", "ar", "is", "le", "go", "ag", "ina", "sa", "don", "mar", "ach", "bhí", "tá", "leis", "sé", "sí", "nach"},
	"ha": {"da", "za", "na", "ya", "ta", "ba", "ne", "wanda", "kuma", "cikin", "domin", "ce", "sun", "zai", "shi", "wajen", "daga", "amma", "kan", "yake"},
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
	l, _, _ := languageOf(text)
	return l
}

// guessBytes is how much of a text a guess reads.
const guessBytes = 20000

// languageOf is guessLanguage's guess of text, its first guessBytes read,
// with the stop-word counts it made to guess (stopwordCounts): nil where
// the script decided or the text has too few letters (20) to tell, so that
// a caller that weighs the counts further counts them once.
func languageOf(text string) (lang string, counts map[string]int, words int) {
	if len(text) > guessBytes {
		text = text[:guessBytes]
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
		return "", nil, 0
	}
	for i, sl := range scriptLangs {
		if perScript[i]*sl.share > total {
			return sl.lang, nil, 0
		}
	}
	counts, words = stopwordCounts(text)
	best, bestN, second := leadingLanguage(counts, "")
	if bestN < 5 || bestN*10 < words || bestN*4 < second*5 {
		return "", counts, words
	}
	return best, counts, words
}

// stopwordLangs are the languages of stopwords in the order a tie goes.
var stopwordLangs = []string{"en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "id", "tr", "ru", "uk",
	"cs", "sk", "da", "no", "fi", "et", "hu", "ro", "sh", "sl", "lt", "lv", "ca", "vi", "tl", "sw", "bg", "sr",
	"cy", "eu", "so", "ga", "ha"}

// leadingLanguage is the language, other than but, of which counts holds
// the most stop words, with its count and the next language's.
func leadingLanguage(counts map[string]int, but string) (best string, bestN, second int) {
	for _, l := range stopwordLangs {
		switch n := counts[l]; {
		case l == but:
		case n > bestN:
			best, bestN, second = l, n, bestN
		case n > second:
			second = n
		}
	}
	return best, bestN, second
}

// shortForeign is the language other than English of text, too short for
// a guess (languageOf asks five stop words of one language), by its stop
// words counts of words read: two at least, a tenth of the words, twice
// English's and a quarter more than any other language's, and one of them
// at least no English word, written in lower case (englishWords,
// holdsForeignWord; counted again, as stopwordCounts counts, only where
// the rest would refuse the text). A German brief of a
// headline and two sentences holds two to four ("Der FC Bayern hat am
// Samstag mit 4:0 gegen Borussia Dortmund gewonnen"), an English one more
// of English's ("the", "of", "on"); an English headline whose few stop
// words are also another language's ("Angela Merkel met Joe Biden in
// Berlin": Dutch "met" and "in", English "in") is read. The words of URLs
// and domain names are not counted (eachStopword): "com" of Amazon.com is
// Portuguese's. Empty where no language leads so.
func shortForeign(text string) string {
	counts, words := countStopwords(text, false)
	best, bestN, second := leadingLanguage(counts, "en")
	if bestN < 2 || bestN*10 < words || bestN < 2*counts["en"] || bestN*4 < second*5 {
		return ""
	}
	if !holdsForeignWord(text, best) {
		return ""
	}
	return best
}

// undetermined is the language of a text that is plainly in no language
// the guess names (unnamedForeign): ISO 639's "und", which the entity
// gate refuses and the record then carries.
const undetermined = "und"

// unnamedForeign reports whether text is in a language that is not
// English though no guess names it, judged by its prose: its lines of 8
// words or more (a list's lines of names, prices or dishes left out).
// The prose must hold 30 words at least, fewer than one in twenty of them
// English's stop words (English prose runs at a fifth and more), and
// either more Cyrillic letters than Latin ones (Macedonian, Belarusian,
// Kazakh) or one Latin letter in fifty or more outside ASCII in its
// lower-case words (ä, ø, č, ë: Icelandic, Albanian, or Danish and
// Slovak where their neighbours' words tie with theirs; not in names:
// "Tomáš Souček"). A list-like English page (results, prices, a menu of
// crème brûlée and jalapeño poppers) has no such prose, and is read; so
// is placeholder Latin ("Lorem ipsum dolor sit amet ... ut labore et
// dolore"), which has no marked letters. (Another language's stop words
// outnumbering English's by three to one took it: its "et" and "ut" are
// Estonian's and Norwegian's.)
func unnamedForeign(text string) bool {
	if len(text) > guessBytes {
		text = text[:guessBytes]
	}
	var prose strings.Builder
	for line := range strings.Lines(text) {
		if len(strings.FieldsFunc(line, notLetter)) >= 8 {
			prose.WriteString(line)
			prose.WriteByte('\n')
		}
	}
	counts, words := stopwordCounts(prose.String())
	if words < 30 || counts["en"]*20 >= words {
		return false
	}
	latin, marked, cyrillic := 0, 0, 0
	for _, w := range strings.FieldsFunc(prose.String(), notLetter) {
		first, _ := utf8.DecodeRuneInString(w)
		lower := unicode.IsLower(first)
		for _, r := range w {
			switch {
			case unicode.Is(unicode.Cyrillic, r):
				cyrillic++
			case !unicode.Is(unicode.Latin, r):
			case !lower:
				// A name's letters ("Tomáš Souček", "Ødegaard")
				// say nothing of the text's language.
				latin++
			case r >= 0x80:
				latin++
				marked++
			default:
				latin++
			}
		}
	}
	return cyrillic > latin || marked*50 >= latin && marked > 0
}

// englishWords are the stop words of other languages (stopwords) that
// English text holds as words of its own, lower-cased: with English's own
// stop words ("in", "is", "to"), they show no other language in a text too
// short for a guess.
var englishWords = map[string]bool{
	"a": true, "i": true, "do": true, "no": true, "men": true, "till": true,
	"met": true, "door": true, "per": true, "non": true, "op": true,
	// Of the languages lang3 listed: Danish "at" and "end", Estonian
	// "see", Slovenian "so", Romanian "care" and "din", Latvian "par"
	// and "bet", Czech "pro" and "v" ("Arsenal v Chelsea"), Tagalog
	// "hindi", Swahili "wake", and abbreviations an English brief writes
	// lower-cased by the count: Catalan "va" (Va., the VA), Swahili "wa"
	// (WA).
	"at": true, "end": true, "see": true, "so": true, "care": true, "din": true,
	"par": true, "bet": true, "pro": true, "v": true, "hindi": true, "wake": true,
	"va": true, "wa": true,
	// Of Welsh, Basque, Somali, Irish and Hausa: "bat", "ah", "an", "go",
	// "le" (Le Mans), "sun", and "ne" and "ta" (NE, TA).
	"bat": true, "ah": true, "an": true, "go": true, "le": true, "sun": true, "ne": true, "ta": true,
	// Not "die", German's commonest word: a German headline may hold no
	// other ("Die Regierung hat am Montag die Steuern erhöht"), and
	// "Three die in crash" stays refused.
}

// foreignStopwords are, by language, the stop words of stopwords that are
// no English word (englishWords, English's stop words): what
// holdsForeignWord looks for, built once.
var foreignStopwords = func() map[string]map[string]bool {
	byLang := make(map[string]map[string]bool, len(stopwords))
	for lang, ws := range stopwords {
		foreign := make(map[string]bool)
		for _, w := range ws {
			if !englishWords[w] && !slices.Contains(stopwords["en"], w) {
				foreign[w] = true
			}
		}
		byLang[lang] = foreign
	}
	return byLang
}()

// holdsForeignWord reports whether text holds a stop word of lang that is
// no English word (foreignStopwords), counted as shortForeign counts
// (name particles inside names and the words of URLs left out), written
// in lower case: a capitalised one may be a name's ("Kay Ivey signs bill
// at Capitol" held Tagalog's "kay" and "at", "Jo Konta on court"
// Finnish's "jo" and "on", and were refused).
func holdsForeignWord(text, lang string) bool {
	foreign := foreignStopwords[lang]
	found := false
	eachStopword(text, false, func(w string, capital bool) {
		found = found || !capital && foreign[w]
	})
	return found
}

// nameParticles are the lower-case words that stand inside names between
// capitalised ones (Ursula von der Leyen, Lula da Silva, Vincent van Gogh,
// Paseo de la Reforma): stop words of German, Dutch, French, Spanish,
// Italian or Portuguese that say nothing of an English brief's language.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true,
	"da": true, "dos": true, "das": true, "du": true, "la": true, "le": true, "zu": true, "ter": true, "ten": true,
}

// stopwordCounts counts the stop words of each language (stopwords) in the
// first 3000 words of text, and returns how many words it read. Name
// particles (nameParticles) between two capitalised words, spaces only
// between them, are not counted: an English brief on Ursula von der Leyen
// and Paseo de la Reforma held as many German and Spanish stop words as
// English ones, and was guessed German.
func stopwordCounts(text string) (counts map[string]int, words int) {
	return countStopwords(text, true)
}

// countStopwords is stopwordCounts, counting the words of URLs and domain
// names where links is set (eachStopword).
func countStopwords(text string, links bool) (counts map[string]int, words int) {
	counts = make(map[string]int)
	words = eachStopword(text, links, func(w string, _ bool) {
		for _, l := range stopwordIndex[w] {
			counts[l]++
		}
	})
	return counts, words
}

// eachStopword calls count with each word of text as stopwordCounts reads
// it, lower-cased (the first 3000; name particles inside names left out,
// the letters of a code glued to digits, inCode, and, unless links is
// set, the words of a URL or domain name, inURL), and returns how many
// words it read. A guess (languageOf) counts the words of URLs (a
// Brazilian site's .com.br says something of its page); a brief's
// refusal (shortForeign) does not.
func eachStopword(text string, links bool, count func(w string, capital bool)) (words int) {
	var held []string // particles after a capitalised word, until the next word shows whether a name goes on
	inName := false   // the last word was capitalised, or a particle after one, with spaces only since
	link := false     // the word is in a URL, after its scheme's "://" and no space since
	rest := text
read:
	for {
		i := strings.IndexFunc(rest, unicode.IsLetter)
		if i < 0 {
			break
		}
		sep := rest[:i]
		spaced := strings.Trim(sep, " ") == ""
		rest = rest[i:]
		j := strings.IndexFunc(rest, notLetter)
		if j < 0 {
			j = len(rest)
		}
		w := rest[:j]
		rest = rest[j:]
		// A URL runs from its scheme to the next space.
		link = strings.HasPrefix(rest, "://") || link && !strings.ContainsFunc(sep, unicode.IsSpace)
		if !links && (link || inURL(sep, rest, words > 0)) || inCode(sep, rest) {
			// Not a word of the text's language: "com" of Amazon.com
			// is Portuguese's, and an English brief on Booking.com
			// was refused as Portuguese; so were an English list's
			// codes of price areas (SE1 Luleå, NO1 Oslo: Portuguese
			// "se" and "no").
			for _, h := range held {
				count(h, false)
			}
			held = held[:0]
			inName = false
			if words++; words > 3000 {
				break read
			}
			continue
		}
		first, _ := utf8.DecodeRuneInString(w)
		capital := unicode.IsUpper(first)
		switch {
		case inName && spaced && nameParticles[w]:
			held = append(held, w)
			if words++; words > 3000 {
				break read
			}
			continue
		case inName && spaced && capital:
			held = held[:0] // inside a name
		default:
			for _, h := range held {
				count(h, false)
			}
			held = held[:0]
		}
		inName = capital
		// Lower-cased, a word may hold a rune that is no letter (İ is i
		// and a combining dot): its parts are words.
		for lw := strings.ToLower(w); lw != ""; {
			p := lw
			if k := strings.IndexFunc(lw, notLetter); k >= 0 {
				p, lw = lw[:k], strings.TrimLeftFunc(lw[k:], notLetter)
			} else {
				lw = ""
			}
			if p == "" {
				continue
			}
			count(p, capital)
			if words++; words > 3000 {
				break read
			}
		}
	}
	for _, h := range held {
		count(h, false)
	}
	return words
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// inURL reports whether a word is a part of a domain name or a path
// (Amazon.com, www.elpais.es, example.com/a) or of an abbreviation
// written with dots (e.g.), by what stands around it: before
// it sep, the characters since the word before (after a word: afterWord),
// after it rest. It is such a part where sep ends in a dot or slash with
// no space in it, or rest starts with a dot and a letter; the text's own
// words stand apart, a space or punctuation and a space between them.
func inURL(sep, rest string, afterWord bool) bool {
	if afterWord && sep != "" && (sep[len(sep)-1] == '.' || sep[len(sep)-1] == '/') &&
		!strings.ContainsFunc(sep, unicode.IsSpace) {
		return true
	}
	if len(rest) > 1 && rest[0] == '.' {
		r, _ := utf8.DecodeRuneInString(rest[1:])
		return unicode.IsLetter(r)
	}
	return false
}

// inCode reports whether a word is a part of a code that joins letters
// and digits (SE1, NO4, A4, 5G, COVID19), by what stands around it:
// before it sep, after it rest. It is where a digit stands right before
// or after it.
func inCode(sep, rest string) bool {
	return sep != "" && '0' <= sep[len(sep)-1] && sep[len(sep)-1] <= '9' ||
		rest != "" && '0' <= rest[0] && rest[0] <= '9'
}

// quoteCloses maps each opening double quotation mark to the marks that
// close it: English and French pairs, German „…“ and »…«.
var quoteCloses = map[rune]string{'"': `"`, '“': `”"`, '„': `“”"`, '«': `»`, '»': `«`}

// withoutQuotes is text less the words inside double quotation marks (an
// English report's quotes in the language of the people it quotes), cut
// once max bytes are written, and whether it left out any. A quotation
// left open ends at the end of its paragraph.
func withoutQuotes(text string, max int) (own string, quoted bool) {
	var b strings.Builder
	closes := ""
	for _, r := range text {
		if b.Len() >= max {
			break
		}
		switch {
		case r == '\n':
			closes = ""
		case closes != "":
			if strings.ContainsRune(closes, r) {
				closes = ""
			}
			continue
		case quoteCloses[r] != "":
			closes, quoted = quoteCloses[r], true
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), quoted
}
