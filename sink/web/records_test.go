package web

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// ent names an entity of a test article: every occurrence of each surface
// form in the text becomes a mention.
type ent struct {
	typ      newsner.EntityType
	key      string // empty: a record without keys
	surfaces []string
}

// testArticle builds an article record whose mention offsets are computed
// here, in code points, the way the schema defines them. An occurrence
// inside an earlier entity's mention ("Macron" in "Emmanuel Macron") is not
// a mention.
func testArticle(id, title string, at time.Time, text string, ents ...ent) newsner.Article {
	a := newsner.Article{Schema: newsner.ArticleSchema, ID: id, URL: "https://news.example/" + id,
		FinalURL: "https://news.example/" + id, CanonicalURL: "https://news.example/" + id,
		FetchedAt: at, Status: 200, Title: title, Language: "en", SiteName: "Example News",
		Text: text, ContentSHA256: newsner.ContentHash(text), Model: "extract/test+ner/test"}
	claimed := make([]bool, len(text))
	for _, e := range ents {
		ne := newsner.Entity{Type: e.typ, Text: e.surfaces[0]}
		for _, s := range e.surfaces {
			for from := 0; ; {
				i := strings.Index(text[from:], s)
				if i < 0 {
					break
				}
				i += from
				from = i + len(s)
				if slices.Contains(claimed[i:i+len(s)], true) {
					continue
				}
				for j := i; j < i+len(s); j++ {
					claimed[j] = true
				}
				start := utf8.RuneCountInString(text[:i])
				ne.Mentions = append(ne.Mentions, newsner.Mention{Start: start, End: start + utf8.RuneCountInString(s), Text: s})
			}
		}
		slices.SortFunc(ne.Mentions, func(a, b newsner.Mention) int { return a.Start - b.Start })
		ne.Count = len(ne.Mentions)
		a.Entities = append(a.Entities, ne)
	}
	return a
}

// encode returns the record's JSON, with each entity's key where ents give
// one (newsner.Entity may not have the field yet).
func encode(t testing.TB, a newsner.Article, ents ...ent) []byte {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	list, _ := m["entities"].([]any)
	for i, e := range ents {
		if e.key != "" && i < len(list) {
			list[i].(map[string]any)["key"] = e.key
		}
	}
	if b, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	return b
}

// add builds an article and adds it to s, arrived at its own time.
func add(t testing.TB, s *Store, id, title string, at time.Time, text string, ents ...ent) newsner.Article {
	t.Helper()
	a := testArticle(id, title, at, text, ents...)
	if err := s.Add(encode(t, a, ents...), at); err != nil {
		t.Fatal(err)
	}
	return a
}

// deadLetter returns a dead-letter record.
func deadLetter(t testing.TB, url, class string, at time.Time) []byte {
	t.Helper()
	b, err := json.Marshal(newsner.DeadLetter{Schema: newsner.DeadLetterSchema, URL: url, Class: class,
		Error: class + ": test", Attempts: 1, Time: at})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The texts the tests show: code points beyond the BMP, combining and
// precomposed accents, right-to-left scripts.
var (
	emojiText  = "🎉🇫🇷 Emmanuel Macron 👋🏽 met Zoë Müller in Genève. Macron then flew to 東京."
	accentText = "Se\u0301bastien Lecornu and Sébastien Lecornu spoke in Besançon; Ångström AB was there."
	rtlText    = "قال محمد بن سلمان في الرياض إن أرامكو ستستثمر. בנימין נתניהו בירושלים."
)

var (
	emojiEnts = []ent{
		{newsner.Person, "Q3052772", []string{"Emmanuel Macron", "Macron"}},
		{newsner.Person, "", []string{"Zoë Müller"}},
		{newsner.Location, "Q71", []string{"Genève"}},
		{newsner.Location, "Q1490", []string{"東京"}},
	}
	accentEnts = []ent{
		{newsner.Person, "", []string{"Se\u0301bastien Lecornu"}},
		{newsner.Person, "Q56276695", []string{"Sébastien Lecornu"}},
		{newsner.Location, "", []string{"Besançon"}},
		{newsner.Organization, "", []string{"Ångström AB"}},
	}
	rtlEnts = []ent{
		{newsner.Person, "Q6892304", []string{"محمد بن سلمان"}},
		{newsner.Location, "Q3692", []string{"الرياض"}},
		{newsner.Organization, "Q1056567", []string{"أرامكو"}},
		{newsner.Person, "Q43723", []string{"בנימין נתניהו"}},
		{newsner.Location, "Q1218", []string{"בירושלים"}},
	}
)

// hostile is text written to run script wherever it is put into markup.
const hostile = `<script>window.__pwned=1;alert(1)</script> "><img src=x onerror="window.__pwned=1;alert(1)"> ` +
	`'><svg onload=window.__pwned=1> </textarea><iframe srcdoc="<script>parent.__pwned=1</script>">`

// hostileArticle is an article whose every field tries to inject script.
func hostileArticle(at time.Time) (newsner.Article, []ent) {
	text := "Evil Corp said: " + hostile + " Evil Corp <b>denied</b> it."
	ents := []ent{{newsner.Organization, `"><img src=x onerror=window.__pwned=1>`, []string{"Evil Corp"}},
		{newsner.Person, "", []string{`<script>window.__pwned=1</script>`}}}
	a := testArticle("hostile", `<img src=x onerror="window.__pwned=1"> `+hostile, at, text, ents...)
	a.SiteName = `<script>window.__pwned=1</script>`
	a.Language = `"><script>window.__pwned=1</script>`
	a.URL = "javascript:window.__pwned=1"
	a.CanonicalURL = "javascript:window.__pwned=1"
	a.Model = `<img src=x onerror=window.__pwned=1>`
	return a, ents
}

func TestTestArticleOffsetsAreCodePoints(t *testing.T) {
	a := testArticle("e", "t", time.Now(), emojiText, emojiEnts...)
	runes := []rune(emojiText)
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Errorf("%s: runes[%d:%d] = %q", m.Text, m.Start, m.End, got)
			}
		}
	}
	if got := fmt.Sprint(a.Entities[0].Mentions[0].Start); got != "4" { // 🎉 and the two flag halves, a space
		t.Errorf("Macron starts at %s, want 4", got)
	}
}
