package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
	// thread is a forum thread's posts (threadText), where the page
	// describes one rather than an article; posts are the posts it is
	// made of (readMeta writes it, with the dates the page shows).
	thread string
	posts  []threadPost
}

// threadPost is one post of a forum thread as JSON-LD gives it: its
// author's name, its date (ISO 8601) and its text.
type threadPost struct{ author, date, text string }

// forumTypes are the schema.org types of a forum thread's opening post,
// whose text and comments are the thread.
var forumTypes = map[string]bool{"discussionforumposting": true}

// maxThreadPosts is the most comments of a thread read.
const maxThreadPosts = 500

// linkedPosts returns a forum thread's posts as JSON-LD gives them (a
// DiscussionForumPosting's text, then each comment's), those with text.
func linkedPosts(x map[string]any) []threadPost {
	var posts []threadPost
	post := func(p map[string]any) {
		t := str(p["text"])
		if t == "" {
			return
		}
		tp := threadPost{text: t, date: firstNonEmpty(str(p["dateCreated"]), str(p["datePublished"]))}
		if a := names(p["author"], 0); len(a) > 0 {
			tp.author = a[0]
		}
		posts = append(posts, tp)
	}
	post(x)
	var comments []any
	switch c := x["comment"].(type) {
	case []any:
		comments = c
	case map[string]any:
		comments = []any{c}
	}
	for i, c := range comments {
		if i >= maxThreadPosts {
			break
		}
		if m, ok := c.(map[string]any); ok {
			post(m)
		}
	}
	return posts
}

// threadText returns a forum thread's posts (linkedPosts) as text: each
// its author's name, then its text, as a forum shows a post under its
// poster's name. Where the page shows the post's date (shown: a <time>
// of the same instant, shownDates), it follows the name on its line, as
// withPostBylines' "name date" line: a thread's text is who said what
// when, and the date as the page words it ("October 29, 2025"), not
// JSON-LD's ISO form.
func threadText(posts []threadPost, shown map[int64]string) string {
	var b strings.Builder
	for _, p := range posts {
		if p.author != "" {
			b.WriteString(p.author)
			if d := shown[instant(p.date)]; d != "" {
				b.WriteString(" " + d)
			}
			b.WriteString("\n")
		}
		b.WriteString(p.text + "\n")
	}
	return strings.TrimSpace(b.String())
}

// instant is the Unix time of the machine-written date s (parseTime);
// 0 where it is none.
func instant(s string) int64 {
	if t, ok := parseTime(s); ok {
		return t.Unix()
	}
	return 0
}

// shownDates maps the instant of each <time datetime> in
// root's body to its text, where that is a date as a byline gives it
// (bylineText, with a digit); the first <time> of an instant wins.
func shownDates(root *html.Node) map[int64]string {
	shown := map[int64]string{}
	for d := range descendants(root) {
		if d.Type != html.ElementNode || d.DataAtom != atom.Time {
			continue
		}
		k := instant(strings.TrimSpace(attr(d, "datetime")))
		if _, seen := shown[k]; k == 0 || seen {
			continue
		}
		if t := bylineText(d); strings.ContainsAny(t, "0123456789") {
			shown[k] = t
		}
	}
	return shown
}

// bodyOrThread is the article's body, or where there is none a forum
// thread's posts.
func (ld *linkedData) bodyOrThread() string {
	if ld.body != "" {
		return ld.body
	}
	return ld.thread
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
		if hasType(x["@type"], articleTypes) && !ld.found {
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
		if hasType(x["@type"], forumTypes) && ld.posts == nil {
			ld.posts = linkedPosts(x)
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

// hasType reports whether a JSON-LD @type, a string or a list of them,
// names one of types (lower case).
func hasType(t any, types map[string]bool) bool {
	switch x := t.(type) {
	case string:
		return types[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if hasType(e, types) {
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
