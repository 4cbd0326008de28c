package ner

import (
	"bufio"
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// The name lists in names/ (countries, US states, football clubs, listed
// companies, US politicians; names/README.md has sources and licences) tell
// the document step which names are variants of one thing ("US", "U.S." and
// "United States"; "Spurs" and "Tottenham Hotspur") and give each thing its
// key ("iso3166:US", "wikidata:Q22686"). They are not model features: the
// tagger finds and types the names, the lists only join and key them.

//go:embed names/*.tsv
var namesFS embed.FS

// listThing is one thing of the name lists.
type listThing struct {
	key string
	typ newsner.EntityType
}

var (
	namesOnce  sync.Once
	namesIdx   map[string][]listThing // normalised form -> things it names
	namesForms map[string][]string    // key -> the forms of the thing, as listed
)

// nameIndex returns the name lists, read once per process.
func nameIndex() map[string][]listThing {
	namesOnce.Do(func() {
		namesIdx = map[string][]listThing{}
		namesForms = map[string][]string{}
		files, _ := namesFS.ReadDir("names")
		for _, f := range files {
			data, err := namesFS.ReadFile("names/" + f.Name())
			if err != nil {
				continue
			}
			sc := bufio.NewScanner(strings.NewReader(string(data)))
			for sc.Scan() {
				line := sc.Text()
				if line == "" || line[0] == '#' {
					continue
				}
				fs := strings.Split(line, "\t")
				if len(fs) < 3 {
					continue
				}
				th := listThing{key: fs[0], typ: newsner.EntityType(fs[1])}
				namesForms[th.key] = append(namesForms[th.key], fs[2:]...)
				for _, form := range fs[2:] {
					n := normName(form)
					if !containsThing(namesIdx[n], th) {
						namesIdx[n] = append(namesIdx[n], th)
					}
				}
			}
		}
	})
	return namesIdx
}

func containsThing(ts []listThing, t listThing) bool {
	for _, u := range ts {
		if u == t {
			return true
		}
	}
	return false
}

// listKey returns the key of the one listed thing of type typ that name
// names; "" if none or several ("Georgia", the country and the state).
func listKey(name string, typ newsner.EntityType) string {
	key := ""
	for _, t := range nameIndex()[normName(name)] {
		if t.typ != typ {
			continue
		}
		if key != "" && key != t.key {
			return ""
		}
		key = t.key
	}
	return key
}

// normName is the form names are compared in: lower case, without full
// stops ("U.S." is "us"), apostrophes folded, white space single, without
// a leading "the" or a trailing possessive.
func normName(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '\u2019' || r == '`':
			r = '\''
		case unicode.IsSpace(r):
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	n := strings.TrimSuffix(strings.TrimPrefix(sb.String(), "the "), "'s")
	return n
}

// typeSlugs name the types in keys made from names.
var typeSlugs = map[newsner.EntityType]string{newsner.Person: "person", newsner.Location: "loc", newsner.Organization: "org"}

// entityKey is the key of an entity whose mentions' texts are forms and
// whose canonical name is text: the listed thing's key if its forms name
// one thing, else "name:<type>:<normalised canonical name>".
func entityKey(typ newsner.EntityType, text string, forms []string) string {
	if k := groupListKey(typ, forms); k != "" {
		return k
	}
	return "name:" + typeSlugs[typ] + ":" + normName(text)
}

// groupListKey returns the one list key the forms of a group name, "" if
// none or more than one.
func groupListKey(typ newsner.EntityType, forms []string) string {
	key := ""
	for _, f := range forms {
		k := listKey(f, typ)
		if k == "" {
			continue
		}
		if key != "" && k != key {
			return ""
		}
		key = k
	}
	return key
}

// isAcronym reports whether s is an all-capitals word of two or more
// letters ("IAEA", "NATO").
func isAcronym(s string) bool {
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '&' {
			return false
		}
	}
	return true
}

// joinVariants joins groups of mentions (groupMentions) that name one
// thing under different names:
//   - the name lists give them the same key ("US", "U.S." and "United
//     States"; "Spurs" and "Tottenham Hotspur");
//   - an acronym defined in the text, "International Atomic Energy Agency
//     (IAEA)", whatever its letters;
//   - a single word that starts exactly one longer organization name of
//     the article and is typed an organization too ("Ulta" after "Ulta
//     Beauty"), unless it is a word many names start with ("Bank", "New").
//
// The joined entity takes the type of its fullest name's group.
func joinVariants(groups [][]*mention, toks []token) [][]*mention {
	parent := make([]int, len(groups))
	for i := range parent {
		parent[i] = i
	}
	var root func(int) int
	root = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	union := func(short, full int) {
		a, b := root(short), root(full)
		if a != b {
			parent[a] = b
		}
	}
	forms := func(g []*mention) []string {
		fs := make([]string, len(g))
		for i, m := range g {
			fs[i] = m.m.Text
		}
		return fs
	}
	byKey := map[string]int{}
	for i, g := range groups {
		if !g[0].typ.Valid() {
			continue
		}
		if k := groupListKey(g[0].typ, forms(g)); k != "" {
			if j, ok := byKey[k]; ok {
				if len(g[0].words) > len(groups[j][0].words) {
					union(j, i)
					byKey[k] = i
				} else {
					union(i, j)
				}
			} else {
				byKey[k] = i
			}
		}
	}
	// A country the tagger typed an organization (its government: "the
	// DPRK said") where the article names it as a place too.
	for i, g := range groups {
		if g[0].typ == newsner.Organization {
			if k := groupListKey(newsner.Location, forms(g)); strings.HasPrefix(k, "iso3166:") && !strings.Contains(k, "-") {
				if j, ok := byKey[k]; ok && groups[j][0].typ == newsner.Location {
					union(i, j)
				}
			}
		}
	}
	// Acronyms defined in brackets.
	single := map[int]int{} // token of a one-token mention -> its group
	for i, g := range groups {
		for _, m := range g {
			if m.t1-m.t0 == 1 {
				single[m.t0] = i
			}
		}
	}
	for i, g := range groups {
		if !g[0].typ.Valid() {
			continue
		}
		for _, m := range g {
			t := m.t1
			if m.t1-m.t0 < 2 || t+2 >= len(toks) || toks[t].Text != "(" || toks[t+2].Text != ")" {
				continue
			}
			if j, ok := single[t+1]; ok && j != i && isAcronym(toks[t+1].Text) && groups[j][0].typ != newsner.Person {
				union(j, i)
				// The acronym's other mentions, whatever they were typed.
				for k, h := range groups {
					if k != i && h[0].key == groups[j][0].key && h[0].typ.Valid() {
						union(k, i)
					}
				}
			}
		}
	}
	// An organization's first word; "the Church" after "the Church of
	// Scientology"; "the North" after "North Korea".
	gz, _ := sharedGazetteer()
	for i, g := range groups {
		short := g[0]
		if len(short.words) != 1 || !startsUpper(short.m.Text) {
			continue
		}
		compass := short.typ == newsner.Location && compassWords[short.words[0]]
		if short.typ != newsner.Organization && !compass {
			continue
		}
		generic := commonStart(gz, short.m.Text)
		full := -1
		for j, h := range groups {
			if j == i || h[0].typ != short.typ || len(h[0].words) < 2 || h[0].words[0] != short.words[0] {
				continue
			}
			if generic && !compass && h[0].words[1] != "of" {
				continue // "Bank" is not "Bank Leumi"; it is "the Bank" of "Bank of England"
			}
			if full >= 0 && root(full) != root(j) {
				full = -2 // two names start with it: "Manchester"
				break
			}
			full = j
		}
		if full >= 0 {
			union(i, full)
		}
	}
	merged := make([][]*mention, len(groups))
	for i, g := range groups {
		r := root(i)
		for _, m := range g {
			m.typ = groups[r][0].typ
		}
		merged[r] = append(merged[r], g...)
	}
	out := merged[:0]
	for _, g := range merged {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// commonStart reports whether w is a word many organization names start
// with, or a place, a demonym or a title: not a short form of one name.
func commonStart(gz *gazetteer, w string) bool {
	if isDemonym(w) || isTitle(w) || months[strings.ToLower(w)] {
		return true
	}
	if gz == nil {
		return false
	}
	kinds := gz.phrases[w]
	return kinds&(1<<gzOrgWord|1<<gzCountry|1<<gzPlace) != 0
}

// isPlaceName reports whether w is a country, a US state or a place of the
// gazetteer.
func isPlaceName(w string) bool {
	if listKey(w, newsner.Location) != "" {
		return true
	}
	gz, _ := sharedGazetteer()
	return gz != nil && gz.phrases[w]&(1<<gzCountry|1<<gzPlace) != 0
}

// addListedVariants adds to each group whose names the lists key the
// mentions of the thing's other listed names that the tagger left
// untagged ("Spurs" in an article about "Tottenham Hotspur"), so the
// entity counts every mention. A variant counts where it stands alone: not
// inside another mention, not next to another capitalized word. Names the
// group already has are left as the tagger decided.
func addListedVariants(text string, toks []token, groups [][]*mention) [][]*mention {
	nameIndex()
	covered := make([]bool, len(toks))
	for _, g := range groups {
		for _, m := range g {
			for k := m.t0; k < m.t1; k++ {
				covered[k] = true
			}
		}
	}
	for gi, g := range groups {
		if !g[0].typ.Valid() || g[0].typ == newsner.Person {
			continue
		}
		fs := make([]string, len(g))
		have := map[string]bool{}
		for i, m := range g {
			fs[i] = m.m.Text
			have[normName(m.m.Text)] = true
		}
		key := groupListKey(g[0].typ, fs)
		if key == "" {
			continue
		}
		for _, form := range namesForms[key] {
			if have[normName(form)] || listKey(form, g[0].typ) != key {
				continue
			}
			words := strings.Fields(form)
			for k := 0; k+len(words) <= len(toks); k++ {
				if !matchWords(toks, k, words, covered) {
					continue
				}
				e := k + len(words)
				if k > 0 && startsUpper(toks[k-1].Text) && !startsSentence(text, toks, k-1) || e < len(toks) && startsUpper(toks[e].Text) {
					continue
				}
				m := &mention{typ: g[0].typ, t0: k, t1: e, key: strings.ToLower(form)}
				for j := k; j < e; j++ {
					m.words = append(m.words, strings.ToLower(toks[j].Text))
					covered[j] = true
				}
				m.m = newsner.Mention{Start: toks[k].Start, End: toks[e-1].End, Text: text[toks[k].BStart:toks[e-1].BEnd]}
				groups[gi] = append(groups[gi], m)
			}
		}
	}
	return groups
}

// matchWords reports whether toks from k on are words, none covered.
func matchWords(toks []token, k int, words []string, covered []bool) bool {
	for j, w := range words {
		if covered[k+j] || toks[k+j].Text != w {
			return false
		}
	}
	return true
}

// startsSentence reports whether toks[i] starts a sentence or a line.
func startsSentence(text string, toks []token, i int) bool {
	if i == 0 || strings.ContainsRune(text[toks[i-1].BEnd:toks[i].BStart], '\n') {
		return true
	}
	switch toks[i-1].Text {
	case ".", "!", "?", ":", "\"", "``", "''":
		return true
	}
	return false
}

// compassWords stand for a place named by them ("the North" for North
// Korea).
var compassWords = setOf(`north south east west`)
