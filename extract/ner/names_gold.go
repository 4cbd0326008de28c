package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsner/newsner"
)

// NameDoc is an article whose gold says which things it names, not where:
// a list of entities, each with every form of its name the article uses.
// It scores a model on text it did not tokenize itself (an extractor's
// text of a web page), where gold spans cannot be had.
type NameDoc struct {
	// Name identifies the article (a page id).
	Name string
	// Text is what the model reads.
	Text string
	Gold []GoldNames
}

// GoldNames is one thing an article names: its type (MISC for names that
// are not scored: a model's entity of that name is a false positive) and
// the forms of its name, the fullest first.
type GoldNames struct {
	Type  string
	Names []string
}

// goldTypes maps an entity list's type column to the entity type.
var goldTypes = map[string]newsner.EntityType{
	"PER": newsner.Person, "LOC": newsner.Location, "ORG": newsner.Organization, "MISC": "",
}

// ReadEntityList reads an article's entity list: a line per entity, TYPE
// (PER, LOC, ORG or MISC), a tab, the fullest name, then a tab before each
// other form of the name; "#" starts a comment line.
func ReadEntityList(r io.Reader) ([]GoldNames, error) {
	var out []GoldNames
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if _, ok := goldTypes[f[0]]; !ok || len(f) < 2 {
			return nil, fmt.Errorf("line %d: want TYPE<TAB>name..., TYPE one of PER, LOC, ORG, MISC: %q", n, line)
		}
		g := GoldNames{Type: f[0]}
		for _, s := range f[1:] {
			if s = normSpace(s); s != "" {
				g.Names = append(g.Names, s)
			}
		}
		if len(g.Names) == 0 {
			return nil, fmt.Errorf("line %d: no name: %q", n, line)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// LoadEntityLists reads every <id>.tsv entity list in dir (ReadEntityList),
// by id.
func LoadEntityLists(dir string) (map[string][]GoldNames, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no entity lists (*.tsv) in %s", dir)
	}
	out := make(map[string][]GoldNames, len(paths))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		gold, err := ReadEntityList(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".tsv")] = gold
	}
	return out, nil
}

// normSpace collapses runs of white space to one space and trims the ends.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// matchForm is the form of a name EvaluateNames compares: white space
// collapsed and a leading "The" dropped, on which annotators differ ("The
// Wall Street Journal").
func matchForm(s string) string {
	s = normSpace(s)
	if t, ok := strings.CutPrefix(s, "The "); ok {
		return t
	}
	if t, ok := strings.CutPrefix(s, "the "); ok {
		return t
	}
	return s
}

// nameMatch is a gold entity during EvaluateNames, its keys the forms of
// its names (matchForm).
type nameMatch = goldThing[string]

// EvaluateNames scores f's entities on articles whose gold lists things
// by name: a predicted entity is right if it has the type of a gold
// entity not already matched and one of its forms (its text or a
// mention's) is one of that entity's names, a leading "The" aside (the
// one sharing most forms wins). A thing reported as two entities costs a false positive, one
// missed a false negative, an entity of a MISC name a false positive: the
// distinct-entity score of the list a consumer counts.
func EvaluateNames(ctx context.Context, f Finder, docs []NameDoc) (Report, error) {
	rep := newReport(f.Name())
	t0 := time.Now()
	err := matchNames(ctx, f, docs, func(_ NameDoc, e *newsner.Entity, g *nameMatch) {
		switch {
		case e == nil:
			rep.ByType[g.typ].FN++
		case g == nil:
			rep.ByType[e.Type].FP++
		default:
			rep.ByType[e.Type].TP++
		}
	})
	rep.Docs = len(docs)
	rep.Elapsed = time.Since(t0)
	rep.sumTotal()
	return rep, err
}

// WriteNameErrors prints f's mistakes on docs: per article, each entity
// that matched no gold entity ("+", with the gold type of its name if the
// gold has it under another type) and each gold entity no entity matched
// ("-", marked "(not in the text)" where the article's text never writes
// any of its names: notInText).
func WriteNameErrors(ctx context.Context, w io.Writer, f Finder, docs []NameDoc) error {
	var cur string
	return matchNames(ctx, f, docs, func(d NameDoc, e *newsner.Entity, g *nameMatch) {
		if e != nil && g != nil {
			return
		}
		if d.Name != cur {
			cur = d.Name
			fmt.Fprintf(w, "-- %s\n", d.Name)
		}
		if e == nil {
			fmt.Fprintf(w, "- %s %s%s\n", g.typ, strings.Join(sortedKeys(g.keys), " | "), notInText(d.Text, g.keys))
			return
		}
		forms := entityForms(*e)
		other := ""
		for _, gg := range namesGoldOf(d) {
			for _, s := range forms {
				if gg.keys[s] {
					other = " (gold " + gold2str(gg.typ) + ")"
				}
			}
		}
		fmt.Fprintf(w, "+ %s %s%s\n", e.Type, strings.Join(forms, " | "), other)
	})
}

// notInText returns " (not in the text)" where no form of a missed gold
// thing occurs in text, whatever the case, else "": the thing is named
// where the reader never looked (a byline, a photo credit, a caption or a
// related link the extractor left out of the article's text), so no rule
// of the entity step can find it.
func notInText(text string, forms map[string]bool) string {
	low := strings.ToLower(text)
	for f := range forms {
		if strings.Contains(low, strings.ToLower(f)) {
			return ""
		}
	}
	return " (not in the text)"
}

func gold2str(t newsner.EntityType) string {
	if t == "" {
		return "MISC"
	}
	return string(t)
}

// namesGoldOf returns d's gold entities as nameMatch values.
func namesGoldOf(d NameDoc) []*nameMatch {
	out := make([]*nameMatch, 0, len(d.Gold))
	for i, g := range d.Gold {
		m := &nameMatch{typ: goldTypes[g.Type], keys: map[string]bool{}, idx: i}
		for _, s := range g.Names {
			m.keys[matchForm(s)] = true
		}
		out = append(out, m)
	}
	return out
}

// entityForms returns e's text and its mentions' texts (matchForm), each
// once, in that order.
func entityForms(e newsner.Entity) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append([]string{e.Text}, mentionTexts(e)...) {
		if s = matchForm(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func mentionTexts(e newsner.Entity) []string {
	out := make([]string, len(e.Mentions))
	for i, m := range e.Mentions {
		out[i] = m.Text
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// matchNames runs f over docs and calls visit for each PERSON, LOCATION
// or ORGANIZATION entity with the gold entity it matched (nil if none),
// then for each scored gold entity nothing matched (e nil).
func matchNames(ctx context.Context, f Finder, docs []NameDoc, visit func(NameDoc, *newsner.Entity, *nameMatch)) error {
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		gold, ms := matchDoc(f, d)
		for _, m := range ms {
			visit(d, m.e, m.g)
		}
		for _, g := range gold {
			if !g.matched && g.typ != "" {
				visit(d, nil, g)
			}
		}
	}
	return nil
}

// entityMatch is an entity of a document, its forms (entityForms) and the
// gold thing it matched (nil if none).
type entityMatch struct {
	e     *newsner.Entity
	forms []string
	g     *nameMatch
}

// matchDoc tags d with f and matches each of its PERSON, LOCATION and
// ORGANIZATION entities, in order, to a gold thing (bestGold), marking the
// gold things matched.
func matchDoc(f Finder, d NameDoc) ([]*nameMatch, []entityMatch) {
	gold := namesGoldOf(d)
	ents := f.Entities(d.Text)
	var ms []entityMatch
	for i := range ents {
		e := &ents[i]
		if !e.Type.Valid() {
			continue
		}
		forms := entityForms(*e)
		best := bestGold(gold, e.Type, forms)
		if best != nil {
			best.matched = true
		}
		ms = append(ms, entityMatch{e, forms, best})
	}
	return gold, ms
}
