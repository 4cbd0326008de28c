package extract

import (
	"net/url"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what the document says about itself: <title>, <meta> tags, the
// canonical link, the declared language, JSON-LD and bylines or times in the
// body, gathered in one walk of the tree.
type meta struct {
	htmlLang  string
	docTitle  string
	tags      map[string]string // lower-cased name/property/itemprop -> first non-empty content
	canonLink string
	ld        linkedData
	timeAttr  string // first <time datetime> (or itemprop=datePublished) in the body
	domByline string // first byline-looking element's text
	h1s       []string
	sawByline bool
	elements  int // element count of the document
	// panels holds the ids of the panels that accordion questions in the
	// body open (accordionPanel), nil if none.
	panels map[string]bool
}

// readMeta walks the document once and collects its metadata.
func readMeta(root *html.Node) *meta {
	m := &meta{tags: make(map[string]string)}
	var walk func(n *html.Node, inBody, inForm bool)
	walk = func(n *html.Node, inBody, inForm bool) {
		if n.Type == html.ElementNode {
			m.elements++
			if inBody {
				m.panels = accordionPanel(n, m.panels)
			}
			switch n.DataAtom {
			case atom.Html:
				if m.htmlLang == "" {
					m.htmlLang = strings.TrimSpace(attr(n, "lang"))
					if m.htmlLang == "" {
						m.htmlLang = strings.TrimSpace(attr(n, "xml:lang"))
					}
				}
			case atom.Body:
				inBody = true
			case atom.Title:
				if m.docTitle == "" && !inSVG(n) {
					m.docTitle = clean(textOf(n))
				}
				return
			case atom.Meta:
				m.addMeta(n)
				return
			case atom.Link:
				if m.canonLink == "" && hasToken(strings.ToLower(attr(n, "rel")), "canonical") {
					m.canonLink = strings.TrimSpace(attr(n, "href"))
				}
				return
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					m.ld.add(textOf(n))
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Label, atom.Textarea, atom.Select, atom.Button:
				return
			case atom.Form:
				// A comment form's "Name *" field is no byline (but some
				// sites wrap the whole page in a form: the rest goes on).
				inForm = true
			case atom.Time:
				if m.timeAttr == "" && inBody {
					m.timeAttr = strings.TrimSpace(attr(n, "datetime"))
				}
			case atom.H1:
				if len(m.h1s) < 4 {
					if t := clean(textOfMax(n, 4000)); t != "" {
						m.h1s = append(m.h1s, t)
					}
				}
			}
			if inBody {
				if ip := strings.ToLower(attr(n, "itemprop")); ip != "" {
					if hasToken(ip, "datepublished") && m.timeAttr == "" {
						m.timeAttr = firstNonEmpty(attr(n, "datetime"), attr(n, "content"), clean(textOfMax(n, 1000)))
					}
				}
				if !m.sawByline && !inForm && looksLikeByline(n) {
					if t := clean(textOfMax(n, 4000)); t != "" && len(t) < 100 && cleanByline(t) != "" {
						m.domByline = t
						m.sawByline = true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody, inForm)
		}
	}
	walk(root, false, false)
	if len(m.ld.posts) > 0 {
		m.ld.thread = threadText(m.ld.posts, shownDates(root))
	}
	return m
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

func (m *meta) addMeta(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	if he := strings.ToLower(attr(n, "http-equiv")); he == "content-language" {
		m.setTag("http-equiv:content-language", content)
	}
	for _, k := range []string{"property", "name", "itemprop"} {
		for _, key := range strings.Fields(strings.ToLower(attr(n, k))) {
			m.setTag(key, content)
		}
	}
}

func (m *meta) setTag(key, v string) {
	if _, ok := m.tags[key]; !ok {
		m.tags[key] = v
	}
}

// tag returns the first of keys that the page sets.
func (m *meta) tag(keys ...string) string {
	for _, k := range keys {
		if v := clean(m.tags[k]); v != "" {
			return v
		}
	}
	return ""
}

// looksLikeByline reports whether n is an element that marks the author:
// rel=author, itemprop=author, or a class/id with byline or author in it.
func looksLikeByline(n *html.Node) bool {
	if hasToken(strings.ToLower(attr(n, "rel")), "author") {
		return true
	}
	if strings.Contains(strings.ToLower(attr(n, "itemprop")), "author") {
		return true
	}
	if bylineSet.match(attr(n, "class")) == 0 && bylineSet.match(attr(n, "id")) == 0 {
		return false // the common case, without allocating
	}
	ci := classID(n)
	for _, w := range strings.FieldsFunc(strings.ToLower(ci), func(r rune) bool {
		return r < 'a' || r > 'z'
	}) {
		switch w {
		case "authorname", "writtenby", "byl":
			return true
		}
		// "byline", "featurebyline", "bylines", "author", "postauthor",
		// but not "authorization"; German and Spanish "autor", French
		// "auteur" ("artikel-autor"), but not "autorotate".
		if strings.Contains(w, "byline") || strings.HasSuffix(w, "author") || strings.HasSuffix(w, "authors") ||
			strings.HasSuffix(w, "autor") || strings.HasSuffix(w, "autoren") || strings.HasSuffix(w, "autores") ||
			strings.HasSuffix(w, "auteur") || strings.HasSuffix(w, "auteurs") {
			return true
		}
	}
	return false
}

// bylineSet finds, in a class or id, the parts of the words that
// looksLikeByline looks for.
var bylineSet = newSubstrSet([]string{"uthor", "yl", "YL", "ritten", "UTHOR", "utor", "uteur"})

// canonical resolves the page's canonical URL (<link rel=canonical>, else
// og:url) against pageURL, without a fragment; empty when the page names
// none, or none that resolves to an absolute http(s) URL.
func (m *meta) canonical(pageURL *url.URL) string {
	for _, c := range []string{m.canonLink, m.tag("og:url")} {
		if c == "" {
			continue
		}
		u, err := url.Parse(c)
		if err != nil {
			continue
		}
		if pageURL != nil {
			u = pageURL.ResolveReference(u)
		}
		if !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			continue // unresolvable without a page URL, or not a web address
		}
		u.Fragment, u.RawFragment = "", ""
		return u.String()
	}
	return ""
}

// siteName is the publication's name: JSON-LD publisher, og:site_name, or
// application-name.
func (m *meta) siteName() string {
	return firstNonEmpty(clean(m.ld.publisher), m.tag("og:site_name"), clean(m.ld.website), m.tag("application-name"))
}

// title is the headline: the most specific title the page states, without a
// site-name suffix or prefix.
func (m *meta) title(site string) string {
	t := m.tag("dc:title", "dcterm:title", "dcterms:title", "dc.title", "dcterms.title", "og:title", "twitter:title", "sailthru.title")
	if t == "" {
		t = m.ldTitle()
	}
	fromDoc := false
	if t == "" {
		t = m.docTitle
		fromDoc = true
	}
	if t == "" && len(m.h1s) > 0 {
		return m.h1s[0]
	}
	return stripSiteName(t, site, m.h1s, fromDoc)
}

// ldTitle is the JSON-LD headline or name: the one closer to the <title>
// where both are given (some sites put a description in headline).
func (m *meta) ldTitle() string {
	h, n := clean(m.ld.headline), clean(m.ld.name)
	if h == "" || n == "" || h == n {
		return firstNonEmpty(h, n)
	}
	if overlap(n, m.docTitle) > overlap(h, m.docTitle) {
		return n
	}
	return h
}

// overlap is the share of a's words found in b.
func overlap(a, b string) float64 {
	aw := strings.Fields(norm(a))
	if len(aw) == 0 {
		return 0
	}
	bs := " " + norm(b) + " "
	n := 0
	for _, w := range aw {
		if strings.Contains(bs, " "+w+" ") {
			n++
		}
	}
	return float64(n) / float64(len(aw))
}

// titleSeps separate a headline from a site name or section in titles.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " : "}

// stripSiteName removes a site name at either end of a title. Without a known
// site name it trusts an <h1> that equals one part, and for a <title> element
// it drops a short last part after a separator (titles are "Headline | Site").
func stripSiteName(t, site string, h1s []string, fromDoc bool) string {
	nt := norm(t)
	for _, h := range h1s {
		if norm(h) == nt {
			return t
		}
	}
	for _, h := range h1s {
		nh := norm(h)
		if len(nh) > 10 && strings.HasPrefix(nt, nh) && len(nh)*2 > len(nt) {
			return h
		}
	}
	if site != "" {
		ns := norm(site)
		for _, sep := range titleSeps {
			if i := strings.LastIndex(t, sep); i > 0 {
				if head, tail := t[:i], t[i+len(sep):]; similarSite(norm(tail), ns) {
					return strings.TrimSpace(head)
				}
			}
			if i := strings.Index(t, sep); i > 0 {
				if head, tail := t[:i], t[i+len(sep):]; similarSite(norm(head), ns) {
					return strings.TrimSpace(tail)
				}
			}
		}
	}
	if fromDoc {
		for _, sep := range titleSeps[:4] {
			if i := strings.LastIndex(t, sep); i > 0 {
				head, tail := t[:i], t[i+len(sep):]
				if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
					return strings.TrimSpace(head)
				}
			}
		}
	}
	return t
}

// siteFromTitle names the site, where the page does not, after the <title>:
// "Headline | Site" gives "Site" when the headline is the article's title
// and the rest is short.
func siteFromTitle(docTitle, title string) string {
	if title == "" || len(docTitle) <= len(title) || !strings.HasPrefix(docTitle, title) {
		return ""
	}
	rest := docTitle[len(title):]
	sep := ""
	for _, s := range titleSeps {
		if strings.HasPrefix(rest, s) {
			sep = s
			break
		}
	}
	if sep == "" {
		return ""
	}
	// The last part: "Headline - Section - Site".
	parts := strings.Split(rest[len(sep):], sep)
	site := strings.TrimSpace(parts[len(parts)-1])
	if n := len(strings.Fields(site)); n == 0 || n > 5 {
		return ""
	}
	return site
}

// similarSite reports whether a title part names the site: equal, or one
// contains the other (".com" suffixes, "The Guardian" vs "Guardian").
func similarSite(part, site string) bool {
	if part == "" || site == "" {
		return false
	}
	if part == site {
		return true
	}
	rp, rs := strings.ReplaceAll(part, " ", ""), strings.ReplaceAll(site, " ", "")
	return (strings.Contains(rp, rs) && len(rp) <= 2*len(rs)) || (len(rp) >= 4 && strings.Contains(rs, rp))
}

// byline lists the authors' names: JSON-LD authors, author meta tags, or the
// page's byline element, cleaned of "By", dates and roles.
func (m *meta) byline() string {
	if len(m.ld.authors) > 0 {
		if b := cleanByline(strings.Join(m.ld.authors, ", ")); b != "" {
			return b
		}
	}
	for _, k := range []string{"dc:creator", "dcterm:creator", "dcterms:creator", "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author", "sailthru.author", "byl", "twitter:creator"} {
		v := m.tag(k)
		if v == "" || strings.Contains(v, "://") || strings.HasPrefix(v, "@") {
			continue
		}
		if b := cleanByline(v); b != "" {
			return b
		}
	}
	return cleanByline(m.domByline)
}

// bylineNoise are words that surround names in bylines.
var bylineNoise = map[string]bool{
	"by": true, "von": true, "par": true, "por": true, "di": true, "door": true, "av": true, "af": true,
	"written": true, "posted": true, "updated": true, "published": true, "reported": true,
	"author": true, "authors": true, "and": true, "with": true,
	// The same words in German ("Geschrieben von", "Verfasst von",
	// Joomla's and WordPress' German bylines) and French.
	"geschrieben": true, "verfasst": true, "erstellt": true, "eingestellt": true, "gepostet": true,
	"veröffentlicht": true, "aktualisiert": true, "autor": true, "autorin": true, "écrit": true, "publié": true,
	// Written, published, posted in Spanish, Portuguese, Italian and
	// Dutch, and French "rédigé", "posté" (session 20).
	"escrito": true, "escrita": true, "publicado": true, "publicada": true, "scritto": true, "scritta": true,
	"pubblicato": true, "pubblicata": true, "geschreven": true, "gepubliceerd": true, "geplaatst": true,
	"rédigé": true, "posté": true,
}

// bylineSeparators turns the words and marks that separate a byline's
// names into commas, for cleanByline (made once: a Replacer builds a
// lookup table the first time it is used).
var bylineSeparators = strings.NewReplacer(" and ", ",", " & ", ",", " und ", ",", " et ", ",", " y ", ",", ";", ",", "|", ",", " · ", ",", " - ", ",", " — ", ",", " – ", ",", "\n", ",")

// cleanByline keeps the names of a byline: drops "By", e-mail addresses,
// URLs, dates and times, and splits names on "and", "&", "," and ";".
func cleanByline(s string) string {
	s = clean(s)
	if s == "" || len(s) > 200 {
		return ""
	}
	s = bylineSeparators.Replace(s)
	var names []string
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		// "Tech Industry by Jane Doe": the names follow the last "by".
		if i := strings.LastIndex(strings.ToLower(part), " by "); i >= 0 {
			part = part[i+4:]
		}
		part = namesAfterDate(part)
		var keep []string
		words := strings.Fields(part)
		// A leading label ("Text:", "Words:", "Reporter:").
		if len(words) > 1 && strings.HasSuffix(words[0], ":") {
			words = words[1:]
		}
		for i, w := range words {
			lw := strings.ToLower(strings.Trim(w, ":."))
			if len(keep) == 0 && (bylineNoise[lw] || i > 0 && lw == "da") {
				// (Italian "da", "by", only after a noise word, "Scritto
				// da ...": alone it opens names, "Da Silva".)
				continue
			}
			if strings.Contains(w, "@") || strings.Contains(w, "://") {
				continue
			}
			if hasDigit(w) || monthWords[strings.Trim(lw, ".,")] ||
				(lw == "may" && i+1 < len(words) && hasDigit(words[i+1])) {
				break // a date or time: the name is over
			}
			if roleWords[strings.Trim(lw, ".,")] && len(keep) >= 2 {
				break // "Jane Doe, Games Editor"
			}
			keep = append(keep, w)
		}
		// Names are capitalised; lower-case words left at the end led up
		// to a date ("le 3 août", "on March 3").
		for len(keep) > 0 && startsLower(keep[len(keep)-1]) {
			keep = keep[:len(keep)-1]
		}
		name := strings.Trim(strings.Join(keep, " "), " :.-—–")
		if name == "" || len(strings.Fields(name)) > 5 || seen[strings.ToLower(name)] {
			continue
		}
		seen[strings.ToLower(name)] = true
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}

// namesAfterDate returns what follows the last of byPrepositions in part
// when a date (a digit) stands before it ("Veröffentlicht am 4. März 2024
// von Jana Müller", "Publié le 4 mars 2024 par Jeanne Martin"): the
// twins of "by", which cleanByline takes after any words, as in "Tech
// Industry by Jane Doe". Without a date before it the word is as often a
// name's own ("Ursula von der Leyen"), so part is returned whole.
func namesAfterDate(part string) string {
	l := strings.ToLower(part)
	best := -1
	for _, p := range byPrepositions {
		if i := strings.LastIndex(l, p); i > best && hasDigit(l[:i]) {
			best = i + len(p)
		}
	}
	if best < 0 {
		return part
	}
	return part[best:]
}

// byPrepositions are the twins of " by " in German, French, Spanish,
// Portuguese and Dutch bylines.
var byPrepositions = []string{" von ", " par ", " por ", " door "}

// roleWords follow names in bylines.
var roleWords = map[string]bool{
	"editor": true, "reporter": true, "correspondent": true, "writer": true, "contributor": true,
	"columnist": true, "staff": true, "games": true, "senior": true, "chief": true, "news": true,
	"photographer": true, "producer": true, "analyst": true, "critic": true,
}

var monthWords = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true, "apr": true, "april": true,
	"jun": true, "june": true, "jul": true, "july": true, "aug": true, "august": true,
	"sep": true, "sept": true, "september": true, "oct": true, "october": true, "nov": true, "november": true,
	"dec": true, "december": true, "updated": true, "published": true, "posted": true,
}

func hasDigit(s string) bool {
	for _, r := range s {
		if '0' <= r && r <= '9' {
			return true
		}
	}
	return false
}

// published is the publication time: JSON-LD datePublished, article meta
// tags, or the first <time datetime> of the body.
func (m *meta) published() *time.Time {
	for _, v := range []string{
		m.ld.published,
		m.tag("article:published_time", "og:published_time", "article:published", "datepublished",
			"pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.date",
			"sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "article.published", "published-date", "release_date"),
		m.timeAttr,
	} {
		if t, ok := parseTime(v); ok {
			return &t
		}
	}
	return nil
}

var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"02/01/2006",
	"2006/01/02",
	"2006/01/02 15:04:05",
}

// parseTime reads a date in one of the common machine formats. A time without
// a zone is taken as UTC.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1990 || t.Year() > 2100 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// language is the declared language (html lang, Content-Language, og:locale,
// JSON-LD inLanguage) or, where none is declared, a guess from the text.
func (m *meta) language(text string) string {
	for _, v := range []string{m.htmlLang, m.tag("http-equiv:content-language", "content-language", "dc.language", "language", "og:locale"), m.ld.language} {
		if l := normLang(v); l != "" {
			return l
		}
	}
	return guessLanguage(text)
}

// notEnglish reports whether the page is in a language other than English
// by what it declares or, declaring none, by the words of its title and
// description, or of its text where those are too few (textLanguage):
// where journalism counts the lead in an article's header as
// its first paragraph (German, French), which English pages set apart as a
// dek.
func (m *meta) notEnglish(root *html.Node) bool {
	declared := m.language("")
	l := declared
	if l == "" || declaredEnglish(l) {
		l = guessLanguage(m.docTitle + " " + m.tag("og:description", "description", "twitter:description"))
	}
	if l == "" && declared == "" {
		l = textLanguage(root)
	}
	return l != "" && l != "en" && !strings.HasPrefix(l, "en-")
}

// textLanguage guesses the language of the page's text, its first
// langSampleChars read: where a page declares none and its title and
// description are too short to tell (a German club's
// "Jahreshauptversammlung 2019 | TSV Musterstadt", which holds no stop
// word), its words do. (Not where it declares English: the walk would
// cost most English pages, whose title tells nothing, a read of their
// text.)
func textLanguage(root *html.Node) string {
	if root == nil {
		return ""
	}
	return guessLanguage(textOfMax(root, langSampleChars))
}

// langSampleChars is how much of the page's text textLanguage reads.
const langSampleChars = 5000

// declaredEnglish reports whether l, a page's declared language, is
// English: the default of many themes and site builders ("en-US"), which
// German, French or Spanish blogs leave as it is. notEnglish then reads
// the title and description too, and a guess of another language wins.
func declaredEnglish(l string) bool {
	return l == "en" || strings.HasPrefix(l, "en-")
}

// normLang turns a declared language ("en_US", "EN-gb", "en-US,fr") into a
// BCP 47 tag ("en-US", "en-GB"); empty where v is not one, or declares no
// language (noLanguage: "und").
func normLang(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, ",; "); i >= 0 {
		v = v[:i]
	}
	v = strings.ReplaceAll(v, "_", "-")
	parts := strings.Split(v, "-")
	if len(parts[0]) < 2 || len(parts[0]) > 3 || !isLetters(parts[0]) {
		return ""
	}
	parts[0] = strings.ToLower(parts[0])
	if noLanguage[parts[0]] {
		return ""
	}
	for i := 1; i < len(parts); i++ {
		switch len(parts[i]) {
		case 2:
			parts[i] = strings.ToUpper(parts[i])
		case 4:
			parts[i] = strings.ToUpper(parts[i][:1]) + strings.ToLower(parts[i][1:])
		}
	}
	return strings.Join(parts, "-")
}

// noLanguage are the ISO 639 codes that name no language of the text:
// undetermined ("und", which Drupal writes for content of no set
// language), multiple languages, uncoded languages and no linguistic
// content. A page declaring one declares nothing: its text's guess
// decides. Taken as a language, "und" refused a short English brief
// (entities [], entities_status unsupported_language, language "und").
var noLanguage = map[string]bool{"und": true, "mul": true, "mis": true, "zxx": true}

func isLetters(s string) bool {
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

func firstNonEmpty(v ...string) string {
	for _, s := range v {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func startsLower(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}
