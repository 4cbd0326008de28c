package extract

import (
	"slices"
	"strings"
)

// Sitecore JSS: a site built on Sitecore's headless services serves each
// page as a layout of components, in <script type="application/json"
// id="__JSS_STATE__"> (JSS's React and Vue apps) or in __NEXT_DATA__'s
// pageProps.layoutData (JSS for Next.js): {"sitecore": {"route":
// {"fields": {...}, "placeholders": {"jss-main": [{"componentName":
// "ContentBlock", "fields": {"heading": {"value": "..."}, "content":
// {"value": "<p>..."}}, "placeholders": {...}}, ...]}}}}. The page's text
// is its components' text fields in the layout's order, each component's
// heading first: jssRoute writes that as one candidate, beside the
// reader's own (a single rich-text field can hold a whole article). The
// components of the page's chrome (a header, a footer, navigation) and
// the fields that set a component's look (a theme, a tag, an image) are
// left out.

// jssRoute returns the paragraphs of a JSS route's components, x being
// the value under "route"; nil where it holds no placeholders.
func (r *scriptReader) jssRoute(x map[string]any) []string {
	if _, ok := x["placeholders"].(map[string]any); !ok {
		return nil
	}
	var paras []string
	// The route's own fields are the page's metadata (its title, its
	// description for search and sharing) but for a body.
	if f, ok := x["fields"].(map[string]any); ok {
		for _, k := range jssFieldOrder(f) {
			if bodyKey(k) {
				paras = r.jssField(paras, f[k])
			}
		}
	}
	return r.jssPlaceholders(paras, x, 0)
}

// jssPlaceholders appends the text of the components in x's placeholders,
// the page's top (a header's, "top") first and its bottom last.
func (r *scriptReader) jssPlaceholders(paras []string, x map[string]any, depth int) []string {
	ph, _ := x["placeholders"].(map[string]any)
	if len(ph) == 0 || depth > maxScriptDepth {
		return paras
	}
	names := make([]string, 0, len(ph))
	for k := range ph {
		names = append(names, k)
	}
	place := func(name string) int {
		n := strings.ToLower(name)
		switch {
		case strings.Contains(n, "header") || strings.Contains(n, "top"):
			return 0
		case strings.Contains(n, "footer") || strings.Contains(n, "bottom"):
			return 2
		}
		return 1
	}
	slices.SortFunc(names, func(a, b string) int {
		if d := place(a) - place(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, name := range names {
		if otherStoriesKey(name) {
			continue
		}
		comps, _ := ph[name].([]any)
		for i, c := range comps {
			if i >= maxScriptBlocks || r.visits > maxScriptVisits {
				break
			}
			r.visits++
			if m, ok := c.(map[string]any); ok {
				paras = r.jssComponent(paras, m, depth+1)
			}
		}
	}
	return paras
}

// jssComponent appends one component's text: its fields', then its own
// placeholders'. A component of the page's chrome gives none.
func (r *scriptReader) jssComponent(paras []string, c map[string]any, depth int) []string {
	if name, _ := c["componentName"].(string); jssChrome(name) {
		return paras
	}
	if f, ok := c["fields"].(map[string]any); ok {
		for _, k := range jssFieldOrder(f) {
			paras = r.jssField(paras, f[k])
		}
	}
	return r.jssPlaceholders(paras, c, depth)
}

// jssChrome reports whether a component's name is the page's chrome's.
func jssChrome(name string) bool {
	n := strings.ToLower(name)
	return otherStoriesKey(n) || strings.Contains(n, "header") || strings.Contains(n, "footer") || strings.Contains(n, "cookie")
}

// jssField appends a field's text: a text or rich-text field's value, a
// link's text. A list field's items (other pages' cards, a tab set's
// entries, shown by script later if at all) are left out.
func (r *scriptReader) jssField(paras []string, v any) []string {
	r.visits++
	x, _ := v.(map[string]any)
	if x == nil || r.visits > maxScriptVisits {
		return paras
	}
	switch val := x["value"].(type) {
	case string:
		if jssText(val) {
			p, _ := r.fragment(val)
			paras = append(paras, p...)
		}
	case map[string]any:
		// A link field: its text, where it has one.
		if _, ok := val["href"]; ok {
			if t, _ := val["text"].(string); jssText(t) {
				paras = append(paras, clean(t))
			}
		}
	}
	return paras
}

// jssText reports whether a field's value is text to read: words (a
// space between them, or markup) or a short name, not a path, an address
// or a setting's token.
func jssText(s string) bool {
	t := strings.TrimSpace(s)
	switch {
	case t == "" || strings.HasPrefix(t, "http") || strings.HasPrefix(t, "/") || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "{"):
		return false
	case strings.ContainsAny(t, " <&"):
		return hasLetter(t)
	}
	// One word: a name ("StreamStore") where it starts with a capital
	// and holds no setting's punctuation.
	return len(t) <= 40 && 'A' <= t[0] && t[0] <= 'Z' && !strings.ContainsAny(t, "-_.:=")
}

// jssFieldOrder returns the keys of a component's fields that hold text,
// in the order a component shows them: an eyebrow, the heading, a
// subheading, the body, a quote's source, then its links; the fields that set its look or
// behaviour (theme, tag, style, image, padding, ...) left out.
func jssFieldOrder(f map[string]any) []string {
	rank := func(k string) int {
		switch {
		case strings.Contains(k, "eyebrow"):
			return 0
		case strings.Contains(k, "headline") || strings.Contains(k, "sub"):
			return 2
		case strings.Contains(k, "title") || strings.Contains(k, "head"):
			return 1
		case strings.Contains(k, "cite") || strings.Contains(k, "author") || strings.Contains(k, "credit") || strings.Contains(k, "attribution"):
			return 4 // a quote's source, after it
		case strings.Contains(k, "cta") || strings.Contains(k, "link") || strings.Contains(k, "button"):
			return 5
		}
		return 3
	}
	keys := make([]string, 0, len(f))
	ranks := make(map[string]int, len(f))
	for k := range f {
		lk := strings.ToLower(k)
		if jssSettingKey(lk) {
			continue
		}
		keys = append(keys, k)
		ranks[k] = rank(lk)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if d := ranks[a] - ranks[b]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return keys
}

// jssSettingWords are the words of a field's key (lower-cased) that sets
// a component's look or behaviour, or the page's metadata, not its text.
var jssSettingWords = []string{
	"tag", "style", "color", "colour", "theme", "variant", "align", "type", "size", "width", "height",
	"padding", "spacing", "class", "icon", "image", "img", "video", "position", "option", "label", "url",
	"segment", "hide", "enable", "disable", "setting", "json", "track", "event", "aria", "seo", "meta",
	"keyword", "canonical", "robots", "scripturl", "placeholder", "fallback", "legal",
}

// jssSettingKey reports whether a field's key (lower-cased) names a
// setting or metadata (jssSettingWords, an og: or twitter: field).
func jssSettingKey(k string) bool {
	return strings.HasPrefix(k, "og") || strings.HasPrefix(k, "twitter") || strings.HasSuffix(k, "id") ||
		matchAny(k, jssSettingWords)
}
