package ner

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/newsner/newsner"
)

// Counts are exact-span matching counts for one entity type.
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there is nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the score of a Finder on annotated documents: exact spans
// (same start, end and type) of PERSON, LOCATION and ORGANIZATION; MISC is
// not scored.
type Report struct {
	Model string
	// Set names what was scored (a dev set, a file); empty if unnamed.
	Set     string
	Docs    int
	ByType  map[newsner.EntityType]*Counts
	Total   Counts
	Elapsed time.Duration
}

// Evaluate runs f over docs and scores its mentions against the gold spans.
func Evaluate(ctx context.Context, f Finder, docs []Doc) (Report, error) {
	return EvaluateUnseen(ctx, f, docs, nil)
}

// SeenNames returns the texts of docs' entities: the names a model trained
// on docs has seen.
func SeenNames(docs []Doc) map[string]bool {
	seen := map[string]bool{}
	for _, d := range docs {
		r := []rune(d.Text)
		for _, s := range d.Gold {
			seen[string(r[s.Start:s.End])] = true
		}
	}
	return seen
}

// EvaluateUnseen is Evaluate over the mentions (gold and predicted) whose
// text is not in seen: how the model does on names it was not trained on.
// A nil seen scores every mention.
func EvaluateUnseen(ctx context.Context, f Finder, docs []Doc, seen map[string]bool) (Report, error) {
	rep := newReport(f.Name())
	t0 := time.Now()
	for _, doc := range docs {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		var runes []rune
		if seen != nil {
			runes = []rune(doc.Text)
		}
		gold := map[spanKey]bool{}
		for _, s := range doc.Gold {
			if s.Type.Valid() && (seen == nil || !seen[string(runes[s.Start:s.End])]) {
				gold[spanKey{s.Type, s.Start, s.End}] = true
			}
		}
		pred := map[spanKey]bool{}
		for _, e := range f.Entities(doc.Text) {
			for _, m := range e.Mentions {
				if seen == nil || !seen[m.Text] {
					pred[spanKey{e.Type, m.Start, m.End}] = true
				}
			}
		}
		matchSpans(gold, pred, func(t newsner.EntityType) *Counts { return rep.ByType[t] })
		rep.Docs++
	}
	rep.Elapsed = time.Since(t0)
	rep.sumTotal()
	return rep, nil
}

// newReport is an empty report with counts for the three scored types.
func newReport(model string) Report {
	r := Report{Model: model, ByType: map[newsner.EntityType]*Counts{}}
	for _, t := range typeList[:3] {
		r.ByType[t] = &Counts{}
	}
	return r
}

// sumTotal sets Total to the sum of the per-type counts.
func (r *Report) sumTotal() {
	r.Total = Counts{}
	for _, c := range r.ByType {
		r.Total.TP += c.TP
		r.Total.FP += c.FP
		r.Total.FN += c.FN
	}
}

// spanKey identifies a mention for scoring: its type and exact extent.
type spanKey struct {
	t          newsner.EntityType
	start, end int
}

// matchSpans adds the matches of pred against gold to the counts counts
// returns for each span's type (nil: not counted).
func matchSpans(gold, pred map[spanKey]bool, counts func(newsner.EntityType) *Counts) {
	for k := range pred {
		if c := counts(k.t); c != nil {
			if gold[k] {
				c.TP++
			} else {
				c.FP++
			}
		}
	}
	for k := range gold {
		if c := counts(k.t); c != nil && !pred[k] {
			c.FN++
		}
	}
}

// Write prints the report as a table.
func (r Report) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, "model %s, %s, %v\n%-13s %9s %9s %9s %6s %6s %6s\n",
		r.Model, newsner.Count(r.Docs, "document"), r.Elapsed.Round(time.Millisecond), "type", "precision", "recall", "f1", "tp", "fp", "fn")
	if err != nil {
		return err
	}
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-13s %9.4f %9.4f %9.4f %6d %6d %6d\n", name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	for _, t := range typeList[:3] {
		row(string(t), *r.ByType[t])
	}
	row("overall", r.Total)
	return nil
}

// WriteReports prints reports of one model on several sets as one table: a
// line per set and type, the overall line last in each set.
func WriteReports(w io.Writer, reps []Report) error {
	if len(reps) == 0 {
		return nil
	}
	if _, err := fmt.Fprintf(w, "model %s\n%-20s %-13s %9s %9s %9s %6s %6s %6s %5s\n",
		reps[0].Model, "set", "type", "precision", "recall", "f1", "tp", "fp", "fn", "docs"); err != nil {
		return err
	}
	for _, r := range reps {
		row := func(name string, c Counts) {
			fmt.Fprintf(w, "%-20s %-13s %9.4f %9.4f %9.4f %6d %6d %6d %5d\n", r.Set, name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN, r.Docs)
		}
		for _, t := range typeList[:3] {
			row(string(t), *r.ByType[t])
		}
		row("overall", r.Total)
	}
	return nil
}

// EvaluateDistinct scores f's entities, not mentions, on documents whose
// gold spans say which name which thing (Span.Entity): a gold entity is the
// PERSON, LOCATION or ORGANIZATION spans of one thing in one document (its
// type the type most of them have); a predicted entity is right if it has
// that type and shares a mention's exact span with a gold entity not
// already matched (the one it shares most with). A thing reported as two
// entities ("US" apart from "United States") costs a false positive, one
// missed a false negative: the score of the entity list a consumer counts.
// Documents without such grouping are skipped.
func EvaluateDistinct(ctx context.Context, f Finder, docs []Doc) (Report, error) {
	rep := newReport(f.Name())
	t0 := time.Now()
	for _, doc := range docs {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		gold := goldEntities(doc.Gold)
		if len(gold) == 0 {
			continue
		}
		for _, e := range f.Entities(doc.Text) {
			c := rep.ByType[e.Type]
			if c == nil {
				continue
			}
			match := bestGold(gold, e.Type, mentionSpans(e))
			if match == nil {
				c.FP++
				continue
			}
			match.matched = true
			c.TP++
		}
		for _, g := range gold {
			if !g.matched {
				rep.ByType[g.typ].FN++
			}
		}
		rep.Docs++
	}
	rep.Elapsed = time.Since(t0)
	rep.sumTotal()
	return rep, nil
}

// mentionSpans returns the rune spans of e's mentions, the keys
// EvaluateDistinct matches an entity to a gold thing by.
func mentionSpans(e newsner.Entity) [][2]int {
	spans := make([][2]int, len(e.Mentions))
	for i, m := range e.Mentions {
		spans[i] = [2]int{m.Start, m.End}
	}
	return spans
}

// goldThing is one thing a document's gold names, with the keys a
// predicted entity is matched to it by: its mentions' exact spans
// (EvaluateDistinct) or its names (EvaluateNames).
type goldThing[K comparable] struct {
	typ     newsner.EntityType // "" for a MISC name (EvaluateNames)
	keys    map[K]bool
	matched bool // a predicted entity has been matched to it
	idx     int  // its place in the document's gold list (EvaluateKeys)
}

// goldEntity is one thing a document's gold spans name (EvaluateDistinct).
type goldEntity = goldThing[[2]int]

// bestGold returns the gold thing not yet matched, of type typ, that holds
// the most of keys, or nil if none holds one.
func bestGold[K comparable](gold []*goldThing[K], typ newsner.EntityType, keys []K) *goldThing[K] {
	var match *goldThing[K]
	most := 0
	for _, g := range gold {
		if g.matched || g.typ != typ {
			continue
		}
		n := 0
		for _, k := range keys {
			if g.keys[k] {
				n++
			}
		}
		if n > most {
			match, most = g, n
		}
	}
	return match
}

// goldEntities groups a document's PERSON, LOCATION and ORGANIZATION gold
// spans by the thing they name (Span.Entity), in the order of each thing's
// first span, each typed as most of its spans are (the first type of
// typeList on a tie).
func goldEntities(spans []Span) []*goldEntity {
	byID := map[int]*goldEntity{}
	votes := map[int]map[newsner.EntityType]int{}
	var ids []int
	for _, s := range spans {
		if s.Entity == 0 || !s.Type.Valid() {
			continue
		}
		g := byID[s.Entity]
		if g == nil {
			g = &goldEntity{keys: map[[2]int]bool{}}
			byID[s.Entity] = g
			votes[s.Entity] = map[newsner.EntityType]int{}
			ids = append(ids, s.Entity)
		}
		g.keys[[2]int{s.Start, s.End}] = true
		votes[s.Entity][s.Type]++
	}
	out := make([]*goldEntity, len(ids))
	for k, id := range ids {
		best := newsner.EntityType("")
		for _, t := range typeList[:3] {
			if votes[id][t] > votes[id][best] {
				best = t
			}
		}
		byID[id].typ = best
		out[k] = byID[id]
	}
	return out
}
