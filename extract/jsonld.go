package extract

import (
	"encoding/json"
	"strings"
)

// linkedData is what the page's JSON-LD (schema.org) says about its article.
// The first article-typed object found wins; publisher and language may come
// from any object.
type linkedData struct {
	found     bool
	headline  string
	name      string // the article's name, where it differs from headline
	authors   []string
	published string
	publisher string
	website   string
	body      string
	language  string
}

// articleTypes are the schema.org types that describe the page's article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "reviewnewsarticle": true, "backgroundnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "socialmediaposting": true, "report": true,
	"scholarlyarticle": true, "techarticle": true, "posting": true,
}

// add parses one <script type="application/ld+json"> body; invalid JSON (which
// is common) is ignored.
func (ld *linkedData) add(src string) {
	src = strings.TrimSpace(src)
	if src == "" || len(src) > 4<<20 {
		return
	}
	// Some pages wrap the JSON in CDATA markers, or end it with a semicolon.
	src = strings.TrimPrefix(src, "//")
	src = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(src), "<![CDATA["))
	src = strings.TrimSuffix(src, "]]>")
	src = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(src), "//")), ";")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	ld.visit(v, 0)
}

func (ld *linkedData) visit(v any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.visit(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			ld.visit(g, depth+1)
		}
		if isArticleType(x["@type"]) && !ld.found {
			ld.found = true
			ld.headline = str(x["headline"])
			ld.name = str(x["name"])
			ld.authors = names(x["author"], 0)
			ld.published = str(x["datePublished"])
			ld.body = str(x["articleBody"])
			if p := names(x["publisher"], 0); len(p) > 0 && ld.publisher == "" {
				ld.publisher = p[0]
			}
		}
		if ld.language == "" {
			ld.language = str(x["inLanguage"])
		}
		if t := strings.ToLower(str(x["@type"])); ld.website == "" && t == "website" {
			// A WebSite object names the site; an article's publisher wins.
			ld.website = str(x["name"])
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// str returns v as a string if it is one (or a list whose first element is).
func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	}
	return ""
}

// names reads schema.org Person/Organization values: a string, an object
// with a name, or a list of those.
func names(v any, depth int) []string {
	if depth > 4 {
		return nil
	}
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.Contains(s, "://") {
			return []string{s}
		}
	case map[string]any:
		return names(x["name"], depth+1)
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, names(e, depth+1)...)
		}
		return out
	}
	return nil
}
