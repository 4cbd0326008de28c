package ner

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/newsner/newsner"
)

// WriteJoinErrors prints, per article of docs, the distinct-entity
// mistakes of f that come from joining (EvaluateNames): "split", an entity
// that matched nothing though one of its forms is a name of a gold thing of
// its type that another entity matched (a variant left apart); "merged", a
// gold thing nothing matched though one of its names is a form of an entity
// of its type that matched another gold thing (two things joined). A
// development aid (newsner eval ner --joins).
func WriteJoinErrors(ctx context.Context, w io.Writer, f Finder, docs []NameDoc) error {
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		gold, ms := matchDoc(f, d)
		var lines []string
		goldName := func(g *nameMatch) string { return d.Gold[g.idx].Names[0] }
		for _, m := range ms {
			if m.g != nil {
				continue
			}
			for _, g := range gold {
				if g.typ == m.e.Type && g.matched && holdsAny(g.keys, m.forms) {
					lines = append(lines, fmt.Sprintf("split %s %s: %s", g.typ, goldName(g), strings.Join(m.forms, " | ")))
					break
				}
			}
		}
		for _, g := range gold {
			if g.matched || g.typ == "" {
				continue
			}
			for _, m := range ms {
				if m.g != nil && m.e.Type == g.typ && holdsAny(g.keys, m.forms) {
					lines = append(lines, fmt.Sprintf("merged %s %s into %s: %s", g.typ, goldName(g), goldName(m.g), strings.Join(m.forms, " | ")))
					break
				}
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "-- %s\n%s\n", d.Name, strings.Join(lines, "\n"))
		}
	}
	return nil
}

// holdsAny says whether keys holds one of forms.
func holdsAny[K comparable](keys map[K]bool, forms []K) bool {
	for _, s := range forms {
		if keys[s] {
			return true
		}
	}
	return false
}

// WriteDistinctJoinErrors is WriteJoinErrors for documents whose gold
// spans say which name which thing (EvaluateDistinct): an entity matching
// nothing that shares a mention's span with a matched gold thing is
// "split", a gold thing nothing matched that shares a span with an entity
// matched to another is "merged". Each line shows the mentions' texts.
func WriteDistinctJoinErrors(ctx context.Context, w io.Writer, f Finder, docs []Doc) error {
	for di, doc := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		gold := goldEntities(doc.Gold)
		if len(gold) == 0 {
			continue
		}
		runes := []rune(doc.Text)
		text := func(keys map[[2]int]bool) string {
			seen := map[string]bool{}
			for k := range keys {
				seen[string(runes[k[0]:k[1]])] = true
			}
			return strings.Join(sortedKeys(seen), " | ")
		}
		type matched struct {
			e     newsner.Entity
			spans [][2]int
			g     *goldEntity
		}
		var ms []matched
		for _, e := range f.Entities(doc.Text) {
			if !e.Type.Valid() {
				continue
			}
			spans := mentionSpans(e)
			g := bestGold(gold, e.Type, spans)
			if g != nil {
				g.matched = true
			}
			ms = append(ms, matched{e, spans, g})
		}
		forms := func(e newsner.Entity) string { return strings.Join(entityForms(e), " | ") }
		var lines []string
		for _, m := range ms {
			if m.g != nil {
				continue
			}
			for _, g := range gold {
				if g.typ == m.e.Type && g.matched && holdsAny(g.keys, m.spans) {
					lines = append(lines, fmt.Sprintf("split %s %s: %s", g.typ, text(g.keys), forms(m.e)))
					break
				}
			}
		}
		for _, g := range gold {
			if g.matched {
				continue
			}
			for _, m := range ms {
				if m.g != nil && m.e.Type == g.typ && holdsAny(g.keys, m.spans) {
					lines = append(lines, fmt.Sprintf("merged %s %s into %s: %s", g.typ, text(g.keys), text(m.g.keys), forms(m.e)))
					break
				}
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "-- doc %d\n%s\n", di+1, strings.Join(lines, "\n"))
		}
	}
	return nil
}
