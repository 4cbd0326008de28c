package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// A web page's chrome the extractor let through, and the spans on it
// dropped or made: a section menu's label ("World News"), a print
// footer, titles in angle brackets, newsletter and follow lines, a line
// of tags, a sponsor's block, a year's header, a stock quote's line.

// sectionTopics are the words a news site's section menu puts before
// "News" ("World News", "Business News", "Royal Family News").
var sectionTopics = setOf(`world business politics political sports sport tech technology entertainment
lifestyle health science markets money culture travel opinion local national international breaking
latest top royal family education auto autos crime weather celebrity gaming video photo election
elections environment economy finance food style arts media city state regional global trending`)

// sectionLabel reports whether the span over tokens [t0,t1) is a news
// site's section label: a line of its own (or after "More from" alone,
// moreFromLead), or a line's start before a colon ("Royal Family News: Queen Elizabeth's photos ..."), that is
// "News" after topic words (sectionTopics), a place or a demonym ("World
// News", "India News"), and no listed news outlet ("Sky News", "Fox
// News").
func sectionLabel(text string, toks []token, t0, t1 int) bool {
	if t1-t0 < 2 || toks[t1-1].Text != "News" {
		return false
	}
	if !lineBreakBefore(text, toks, t0) && !moreFromLead(text, toks, t0) {
		return false
	}
	if t1 < len(toks) && toks[t1].Text != ":" && !lineBreakBefore(text, toks, t1) {
		return false
	}
	words := make([]string, 0, t1-t0-1)
	topics := true
	for k := t0; k < t1-1; k++ {
		words = append(words, toks[k].Text)
		topics = topics && lowered(sectionTopics, toks[k].Text)
	}
	before := strings.Join(words, " ")
	return (topics || knownPlace(before) || len(words) == 1 && isDemonym(before)) && !listedOrg(before+" News")
}

// moreFromLead reports whether the tokens before t0 on its line are a
// link's "More from", "More in", "Latest from" or "Latest in" ("More from
// Local News"): a section's label follows, as on a line of its own.
func moreFromLead(text string, toks []token, t0 int) bool {
	if t0 < 2 || toks[t0-2].Text != "More" && toks[t0-2].Text != "Latest" || toks[t0-1].Text != "from" && toks[t0-1].Text != "in" {
		return false
	}
	return lineBreakBefore(text, toks, t0-2)
}

// printFooterSpans drops the spans of a newspaper's print footer ("A
// version of this article appeared in print on 11/06/2012, on page D5 of
// the NewYork edition with the headline: ..."), up to its "headline:",
// but a known place's: the edition's name, glued on web pages ("NewYork"),
// is no name of the story, while "the New York edition" names the city.
// The headline after it is left to headlineLines.
func printFooterSpans(toks []token, spans []tspan, line []int) []tspan {
	// footer[l]: the token its "headline:" ends at (len(toks) if none) for
	// each footer line l, in one pass over the lines.
	var footer map[int]int
	for i := 0; i < len(toks); i++ {
		if (i == 0 || line[i-1] != line[i]) && printFooter(toks, i) {
			if footer == nil {
				footer = map[int]int{}
			}
			h := i
			for h < len(toks) && line[h] == line[i] && !(toks[h].Text == ":" && h > i && strings.EqualFold(toks[h-1].Text, "headline")) {
				h++
			}
			footer[line[i]] = h
			i = h - 1
		}
	}
	if footer == nil {
		return spans
	}
	out := spans[:0]
	for _, s := range spans {
		h, ok := footer[line[s.t0]]
		if !ok || h < s.t0 || isPlaceName(joinTokens(toks[s.t0:s.t1])) {
			out = append(out, s) // in the headline; "the New York edition" names the city
		}
	}
	return out
}

// printFooter reports whether the line starting at token i opens with "A
// version of this article appear(s|ed) in print".
func printFooter(toks []token, i int) bool {
	want := []string{"A", "version", "of", "this", "article"}
	if i+len(want)+2 > len(toks) {
		return false
	}
	for k, w := range want {
		if toks[i+k].Text != w {
			return false
		}
	}
	v := toks[i+len(want)].Text
	return (v == "appeared" || v == "appears") && toks[i+len(want)+1].Text == "in"
}

// angleTitleSpans drops the spans inside angle brackets on one line ("to
// watch <The Palace: Tale of Jang Noksu> and"): a work's title, as Korean
// and Chinese pages in English mark shows, films and books, whose words
// are no names of their own (MISC as a whole). A bracket must open a
// token ("<The") and close one ("Noksu>"), with no other between.
func angleTitleSpans(toks []token, spans []tspan, line []int) []tspan {
	var in []bool // tokens inside a title, made on the first one
	open := -1
	for k, t := range toks {
		if k > 0 && line[k] != line[k-1] {
			open = -1
		}
		switch {
		case strings.HasPrefix(t.Text, "<") && !strings.Contains(t.Text, ">"):
			open = k
		case open >= 0 && strings.HasSuffix(t.Text, ">") && !strings.Contains(t.Text, "<"):
			if in == nil {
				in = make([]bool, len(toks))
			}
			for j := open; j <= k; j++ {
				in[j] = true
			}
			open = -1
		}
	}
	if in == nil {
		return spans
	}
	out := spans[:0]
	for _, s := range spans {
		if !in[s.t0] || !in[s.t1-1] {
			out = append(out, s)
		}
	}
	return out
}

// signUpWords open a site's line that offers its newsletter ("Sign up for
// the Morning Briefing newsletter", "Subscribe to our Daily Digest
// newsletter", "Get the Evening Edition newsletter").
var signUpWords = setOf(`sign subscribe get join register receive`)

// newsletterSpans drops a span right before "newsletter" on a line that
// opens with a sign-up word (signUpWords): the newsletter's title, which
// the tagger reads as an organization; no name of the story. A listed
// outlet's name stays ("Sign up for the Reuters newsletter").
func newsletterSpans(toks []token, spans []tspan, line []int) []tspan {
	var starts []int // lineStarts, made at the first title
	out := spans[:0]
	for _, s := range spans {
		k := s.t1
		title := k < len(toks) && line[k] == line[s.t0] && (toks[k].Text == "newsletter" || toks[k].Text == "newsletters")
		if title {
			if starts == nil {
				starts = lineStarts(line)
			}
			l := starts[line[s.t0]]
			title = lowered(signUpWords, toks[l].Text) && !listedOrg(joinTokens(toks[s.t0:s.t1]))
		}
		if !title {
			out = append(out, s)
		}
	}
	return out
}

// socialSites are the networks a page asks its readers to follow it on;
// followVerbs the verbs of the ask before "us" ("Follow us on Twitter",
// "Like us on Facebook", "Check us out on Instagram", "Find us on ...").
var (
	socialSites = setOf(`Facebook Twitter Instagram YouTube LinkedIn Pinterest TikTok Snapchat Flipboard`)
	followVerbs = setOf(`follow like find check join connect`)
)

// followLineSpans drops a span naming a social network (socialSites) on a
// line where a follow verb and "us" stand before it ("Check us out on
// Facebook and also on Twitter. Follow us @..."): the site's own ask to
// its readers, page chrome the tagger reads as organizations; a network
// the story names elsewhere keeps that mention.
func followLineSpans(toks []token, spans []tspan, line []int) []tspan {
	var starts []int // lineStarts, made at the first network
	out := spans[:0]
	for _, s := range spans {
		ask := false
		if s.t1-s.t0 == 1 && socialSites[toks[s.t0].Text] {
			if starts == nil {
				starts = lineStarts(line)
			}
			for k := starts[line[s.t0]]; k+1 < s.t0 && !ask; k++ {
				ask = lowered(followVerbs, toks[k].Text) && strings.EqualFold(toks[k+1].Text, "us")
			}
		}
		if !ask {
			out = append(out, s)
		}
	}
	return out
}

// tagLabels open a page's line of tags before a colon ("Tags: Hurricane,
// Florida, Weather", "Filed under: Bayport, Harbor, City Council",
// "Topics: ...").
var tagLabels = [][]string{{"Tags"}, {"TAGS"}, {"Topics"}, {"Filed", "under"}, {"Filed", "Under"}, {"Related", "topics"}, {"Related", "Topics"}}

// tagLineSpans drops the spans of a line of tags (tagLabels and a colon):
// the site's index words, bare capitalized words the tagger reads as
// names ("Harbor" a place, "Bayport" an organization); the names the story
// holds come from its text.
func tagLineSpans(toks []token, spans []tspan, line []int) []tspan {
	if len(spans) == 0 {
		return spans
	}
	starts := lineStarts(line)
	out := spans[:0]
	for _, s := range spans {
		l := starts[line[s.t0]]
		tags := false
		for _, lab := range tagLabels {
			n := len(lab)
			if l+n < s.t0 && toks[l+n].Text == ":" && line[l+n] == line[l] {
				tags = true
				for j, w := range lab {
					tags = tags && toks[l+j].Text == w
				}
				if tags {
					break
				}
			}
		}
		if !tags {
			out = append(out, s)
		}
	}
	return out
}

// sponsorLeads open a line that labels a block of paid links and the
// network that serves it ("Sponsored Content by Taboola", "Promoted
// Stories by Zorbnet", "Paid Post by ...", "Recommended by ...").
var sponsorLeads = setOf(`sponsored promoted paid recommended`)

// sponsorLineSpans drops a span that ends a line opening with a sponsor's
// label (sponsorLeads, then "by" before the span within four words): the
// ad network's name of a widget's heading, which the tagger reads as a
// place or a person; no name of the story. A sentence going on after the
// name ("Sponsored by the Zorb Bank, the fair opens") keeps it.
func sponsorLineSpans(toks []token, spans []tspan, line []int) []tspan {
	var starts []int // lineStarts, made at the first line's end span
	out := spans[:0]
	for _, s := range spans {
		drop := false
		k := s.t1
		if k < len(toks) && line[k] == line[s.t0] && toks[k].Text == "." {
			k++ // "Sponsored by Zorbnet."
		}
		if s.t0 > 0 && toks[s.t0-1].Text == "by" && (k == len(toks) || line[k] != line[s.t0]) {
			if starts == nil {
				starts = lineStarts(line)
			}
			l := starts[line[s.t0]]
			drop = s.t0-1-l <= 3 && s.t0-1 > l && lowered(sponsorLeads, toks[l].Text)
		}
		if !drop {
			out = append(out, s)
		}
	}
	return out
}

// yearHeaderSpans drops a one-word span that opens a line the rest of
// which is two years or more ("Department 2019 2020", "Revenue 2018 2019
// 2020"): a table's header row, its first cell the label of the column of
// row names, no name.
func yearHeaderSpans(toks []token, spans []tspan, line []int) []tspan {
	out := spans[:0]
	for _, s := range spans {
		header := s.t1-s.t0 == 1 && (s.t0 == 0 || line[s.t0-1] != line[s.t0])
		if header {
			k := s.t1
			for k < len(toks) && line[k] == line[s.t0] && isYear(toks[k].Text) {
				k++
			}
			header = k-s.t1 >= 2 && (k == len(toks) || line[k] != line[s.t0])
		}
		if !header {
			out = append(out, s)
		}
	}
	return out
}

// quoteLineSpans makes the company's name of each stock quote line one
// organization, replacing the tagger's spans there: a line of a ticker in
// capitals, the name in capitals ending in a legal suffix, and numbers,
// a change in per cent among them (price, change, per cent: "HD THE HOME
// DEPOT INC. 225.86 -12.99 -5.44%"), as business news pages print their
// quote boxes; CoNLL-2003's price tables ("CKD PRAHA HOLDING 369.66
// 384.00") have no ticker and no per cent. The tagger
// reads the ticker into the name and cuts the name at a possessive or
// "THE" ("LOW LOWE'S COMPANIES INC." gave "LOWE", a person, and
// "COMPANIES INC.").
func quoteLineSpans(toks []token, spans []tspan, line []int) []tspan {
	var add []tspan
	for i := 0; i < len(toks); {
		j := lineEnd(line, i)
		if e := quoteLineName(toks, i, j); e > 0 {
			add = append(add, tspan{typ: newsner.Organization, t0: i + 1, t1: e})
		}
		i = j
	}
	return replaceSpans(spans, add)
}

// quoteLineName returns where the company's name ends if tokens [i,j) are
// a stock quote line (quoteLineSpans), else 0.
func quoteLineName(toks []token, i, j int) int {
	if j-i < 4 || !isAcronym(toks[i].Text) || utf8.RuneCountInString(toks[i].Text) > 5 {
		return 0
	}
	k, end := i+1, 0
	for ; k < j && !quoteNumber(toks[k].Text); k++ {
		w := toks[k].Text
		switch {
		case w == "." && end == k:
			end = k + 1 // "INC" "."
		case isPossessive(w) || w == "&" || w == "-":
		case hasLetter(w) && strings.ToUpper(w) == w:
			end = 0
			if lowered(legalSuffixes, strings.TrimSuffix(w, ".")) && k > i+1 {
				end = k + 1
			}
		default:
			return 0
		}
	}
	if end != k || k == j {
		return 0
	}
	pct := false
	for ; k < j; k++ {
		if !quoteNumber(toks[k].Text) {
			return 0
		}
		pct = pct || strings.HasSuffix(toks[k].Text, "%")
	}
	if !pct {
		return 0 // a table of prices alone: "CKD PRAHA HOLDING 369.66 384.00", no ticker first
	}
	return end
}

// quoteNumber reports whether w is a quote's number: digits with a sign,
// a decimal point, thousands' commas or a per cent sign ("-12.99",
// "-5.44%").
func quoteNumber(w string) bool {
	digits := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case strings.ContainsRune(".,-+%\u2212", r):
		default:
			return false
		}
	}
	return digits
}

// readTimeWords are a news page's reading-time note ("3 Min Read", "5
// minute read"), which the extractor lets through under a headline or a
// byline.
var readTimeWords = setOf(`min mins minute minutes`)

// readTimeSpans drops a span that is a reading-time note's words ("Min
// Read", after its number or alone on its line): page furniture, no name,
// which the tagger reads as a person's two capitalized words.
func readTimeSpans(toks []token, spans []tspan, line []int) []tspan {
	out := spans[:0]
	for _, s := range spans {
		k := s.t0
		if k+1 < len(toks) && isNumber(toks[k].Text) && line[k+1] == line[k] {
			k++
		}
		if !(s.t1 == k+2 && lowered(readTimeWords, toks[k].Text) && strings.EqualFold(toks[k+1].Text, "read") &&
			(k > s.t0 || k == 0 || line[k-1] != line[k] || isNumber(toks[k-1].Text) || toks[k-1].Text == "|")) {
			out = append(out, s)
		}
	}
	return out
}
