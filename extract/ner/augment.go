package ner

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// Mention-replacement augmentation: training on copies of the training
// documents whose names are swapped for other names of the same type
// (listed companies, football clubs, US politicians, countries and
// states from names/, or names other training documents use), so that the
// tagger has to find and type a name by its context and shape rather
// than by having seen it: the names of 1996 that eng.train teaches are
// not the names of today's news.

// AugmentConfig sets mention-replacement augmentation
// (TrainConfig.Augment). The zero value copies nothing.
type AugmentConfig struct {
	// Rate is how many copies of each training document are made, on
	// average: 0.5 copies half of them (drawn with Seed), 1 every one
	// once, 1.5 every one once and half twice.
	Rate float64
	// Types are the types whose names are replaced (nil: PERSON,
	// LOCATION and ORGANIZATION). MISC names, for which there is no
	// list, are drawn from the training names whatever Pool says: with
	// them replaced too, an unknown name is not by that alone a person,
	// place or organization (a product, a god, an event).
	Types []newsner.EntityType
	// Pool says where replacement names come from: "lists" (names/),
	// "train" (the names of the training documents), or "both" (either,
	// half and half; the default).
	Pool string
	// Lists are the name lists (names/*.tsv by base name: companies,
	// clubs, people, countries, usstates) drawn from (nil: all).
	Lists []string
	// NoPlaceOrgs leaves out replacement organizations with a place's
	// name in them ("Leicester City", "Bayern Munich"): towns' clubs
	// put in a company's stead teach that a town in any context is an
	// organization.
	NoPlaceOrgs bool
	// Sources are the training sources whose documents are copied
	// (Doc.Source; "conll" for a document without one). Nil: all.
	Sources []string
	// KeepShape draws for each name a replacement of its shape
	// (nameShape: as many words, up to three, and an acronym for an
	// acronym), so that the copies hold as many one-word organizations
	// and acronyms as the originals: a list of brands ("Polaroid",
	// "Athena") taught that any unknown capitalized word is an
	// organization.
	KeepShape bool
	// KeepCase writes a replacement in capitals where the name it
	// replaces is in capitals (a CoNLL-2003 headline).
	KeepCase bool
	// Seed seeds every draw (0: 1). The same documents, settings and seed
	// give the same copies.
	Seed int64
}

// Augment pools.
const (
	PoolLists = "lists"
	PoolTrain = "train"
	PoolBoth  = "both"
)

// ParseAugment reads the command line's form of an AugmentConfig:
// comma-separated key=value pairs, rate=F, types=ORGANIZATION|PERSON|...
// (joined by "+", or "all"), pool=lists|train|both, case=keep|asis,
// seed=N, lists=companies+clubs+people+countries+usstates,
// orgs=noplace|any, shape=keep|any, sources=conll+gum+.... An empty string is no augmentation.
func ParseAugment(s string) (AugmentConfig, error) {
	ac := AugmentConfig{Pool: PoolBoth, KeepCase: true}
	if s == "" {
		return AugmentConfig{}, nil
	}
	for _, kv := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		if !ok {
			return ac, fmt.Errorf("augment: want key=value, got %q", kv)
		}
		switch k {
		case "rate":
			if _, err := fmt.Sscan(v, &ac.Rate); err != nil || ac.Rate < 0 {
				return ac, fmt.Errorf("augment: bad rate %q", v)
			}
		case "types":
			ac.Types = nil
			if v == "all" {
				continue
			}
			for _, t := range strings.Split(v, "+") {
				et := newsner.EntityType(strings.ToUpper(t))
				if typeIndex(et) < 0 {
					return ac, fmt.Errorf("augment: bad type %q", t)
				}
				ac.Types = append(ac.Types, et)
			}
		case "pool":
			if v != PoolLists && v != PoolTrain && v != PoolBoth {
				return ac, fmt.Errorf("augment: bad pool %q (lists, train or both)", v)
			}
			ac.Pool = v
		case "case":
			if v != "keep" && v != "asis" {
				return ac, fmt.Errorf("augment: bad case %q (keep or asis)", v)
			}
			ac.KeepCase = v == "keep"
		case "lists":
			ac.Lists = strings.Split(v, "+")
			for _, l := range ac.Lists {
				if _, err := namesFS.ReadFile("names/" + l + ".tsv"); err != nil {
					return ac, fmt.Errorf("augment: no name list %q", l)
				}
			}
		case "sources":
			ac.Sources = strings.Split(v, "+")
			for _, src := range ac.Sources {
				if !slices.Contains(Sources, src) {
					return ac, fmt.Errorf("augment: unknown source %q", src)
				}
			}
		case "shape":
			if v != "keep" && v != "any" {
				return ac, fmt.Errorf("augment: bad shape %q (keep or any)", v)
			}
			ac.KeepShape = v == "keep"
		case "orgs":
			if v != "noplace" && v != "any" {
				return ac, fmt.Errorf("augment: bad orgs %q (noplace or any)", v)
			}
			ac.NoPlaceOrgs = v == "noplace"
		case "seed":
			if _, err := fmt.Sscan(v, &ac.Seed); err != nil {
				return ac, fmt.Errorf("augment: bad seed %q", v)
			}
		default:
			return ac, fmt.Errorf("augment: unknown key %q", k)
		}
	}
	return ac, nil
}

// augmentCopy is an augmented document and the index of the document it
// copies.
type augmentCopy struct {
	doc  Doc
	from int
}

// augmentDocs makes the augmented copies of docs.
func augmentDocs(docs []Doc, ac AugmentConfig) []augmentCopy {
	if ac.Rate <= 0 {
		return nil
	}
	seed := ac.Seed
	if seed == 0 {
		seed = 1
	}
	rng := rand.New(rand.NewSource(seed))
	types := ac.Types
	if types == nil {
		types = []newsner.EntityType{newsner.Person, newsner.Location, newsner.Organization}
	}
	pools := map[newsner.EntityType][2][]string{}
	var train map[newsner.EntityType][]string
	if ac.Pool != PoolLists || slices.Contains(types, misc) {
		train = trainingNames(docs)
	}
	lists := map[newsner.EntityType][]string{}
	if ac.Pool != PoolTrain {
		lists = listNames(ac.Lists)
	}
	for _, t := range types {
		p := [2][]string{lists[t], train[t]}
		if t == misc {
			p = [2][]string{nil, train[t]}
		}
		if t == newsner.Organization && ac.NoPlaceOrgs {
			gz, err := loadGazetteer()
			if err == nil {
				p[0], p[1] = withoutPlaces(p[0], gz), withoutPlaces(p[1], gz)
			}
		}
		pools[t] = p
	}
	var out []augmentCopy
	for i, d := range docs {
		src := d.Source
		if src == "" {
			src = SourceCoNLL
		}
		if ac.Sources != nil && !slices.Contains(ac.Sources, src) {
			continue
		}
		n := int(ac.Rate)
		if rng.Float64() < ac.Rate-float64(n) {
			n++
		}
		for k := 0; k < n; k++ {
			out = append(out, augmentCopy{doc: replaceNames(d, pools, ac.KeepCase, ac.KeepShape, rng), from: i})
		}
	}
	return out
}

// replaceNames returns a copy of d with every name of a type in pools
// replaced by a name drawn from that type's pools (one of the two, then
// a name of it). A name written the same way twice gets the same
// replacement, and a person's one-word name that ends a replaced longer
// name of the document gets the replacement's last word, so the copy
// stays one story ("Bill Clinton ... Clinton").
func replaceNames(d Doc, pools map[newsner.EntityType][2][]string, keepCase, keepShape bool, rng *rand.Rand) Doc {
	text := []rune(d.Text)
	names := make([]string, len(d.Gold))
	for i, g := range d.Gold {
		names[i] = string(text[g.Start:g.End])
	}
	draw := func(t newsner.EntityType, name string) string {
		p := pools[t]
		var cands []string
		switch {
		case len(p[0]) > 0 && len(p[1]) > 0:
			cands = p[rng.Intn(2)]
		case len(p[0]) > 0:
			cands = p[0]
		default:
			cands = p[1]
		}
		if len(cands) == 0 {
			return ""
		}
		if !keepShape {
			return cands[rng.Intn(len(cands))]
		}
		// A name of the same shape, by rejection: the pools are
		// hundreds to thousands of names of every shape.
		want := nameShape(name)
		for try := 0; try < 200; try++ {
			if c := cands[rng.Intn(len(cands))]; nameShape(c) == want {
				return c
			}
		}
		return ""
	}
	type key struct {
		t newsner.EntityType
		s string
	}
	repl := map[key]string{}
	// Longer names first, so that a surname alone follows its full name.
	order := make([]int, len(d.Gold))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return len(strings.Fields(names[order[a]])) > len(strings.Fields(names[order[b]]))
	})
	for _, i := range order {
		g := d.Gold[i]
		if _, ok := pools[g.Type]; !ok {
			continue
		}
		k := key{g.Type, strings.ToLower(names[i])}
		if _, ok := repl[k]; ok {
			continue
		}
		r := draw(g.Type, names[i])
		if r == "" {
			continue
		}
		repl[k] = r
		ws, rs := strings.Fields(names[i]), strings.Fields(r)
		if g.Type == newsner.Person && len(ws) > 1 && len(rs) > 1 {
			last := key{g.Type, strings.ToLower(ws[len(ws)-1])}
			if _, ok := repl[last]; !ok {
				repl[last] = rs[len(rs)-1]
			}
		}
	}
	var sb strings.Builder
	out := Doc{Name: d.Name, Source: d.Source, Gold: make([]Span, 0, len(d.Gold))}
	at, pos := 0, 0 // rune offsets in text and in the copy
	for i, g := range d.Gold {
		if g.Start < at { // overlapping spans: leave this one out
			continue
		}
		seg := string(text[at:g.Start])
		sb.WriteString(seg)
		pos += utf8.RuneCountInString(seg)
		name := names[i]
		if r, ok := repl[key{g.Type, strings.ToLower(name)}]; ok {
			if keepCase && isAllCaps(name) {
				r = strings.ToUpper(r)
			}
			name = r
		}
		sb.WriteString(name)
		n := utf8.RuneCountInString(name)
		out.Gold = append(out.Gold, Span{Type: g.Type, Start: pos, End: pos + n, Entity: g.Entity})
		pos += n
		at = g.End
	}
	sb.WriteString(string(text[at:]))
	out.Text = sb.String()
	return out
}

// trainingNames lists, by type, the distinct names of docs.
func trainingNames(docs []Doc) map[newsner.EntityType][]string {
	seen := map[string]bool{}
	out := map[newsner.EntityType][]string{}
	for _, d := range docs {
		text := []rune(d.Text)
		for _, g := range d.Gold {
			s := string(text[g.Start:g.End])
			k := string(g.Type) + "\t" + s
			if seen[k] || !replacementName(s) || capsLine(text, g.Start) || capsName(s) {
				continue
			}
			seen[k] = true
			out[g.Type] = append(out[g.Type], s)
		}
	}
	return out
}

// listNames lists, by type, every form of every thing of the name lists
// (names/*.tsv) that reads as a name in running text.
func listNames(only []string) map[newsner.EntityType][]string {
	out := map[newsner.EntityType][]string{}
	files, _ := namesFS.ReadDir("names")
	for _, f := range files { // ReadDir sorts by name: the same order every time
		if only != nil && !slices.Contains(only, strings.TrimSuffix(f.Name(), ".tsv")) || f.Name() == mediaWordList {
			continue
		}
		listRows(f.Name(), func(fs []string) {
			t := newsner.EntityType(fs[1])
			forms := fs[2:]
			if strings.HasPrefix(fs[0], "iso3166:") {
				// A country's other names are mostly in its own
				// languages ("Union des Comores"): only its English one.
				forms = forms[:1]
			}
			for _, s := range forms {
				if replacementName(s) {
					out[t] = append(out[t], s)
				}
			}
		})
	}
	return out
}

// replacementName reports whether s can stand in running text for a name
// without changing how the text splits: at most five words, each
// starting with a letter or digit, the first with a capital or a digit;
// no brackets, commas, slashes or quotes; no word that is a number and a
// full stop ("1. FC Köln": the full stop would end the sentence).
func replacementName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 || strings.ContainsAny(s, "()[],/\";:!?") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[0])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && w != "&" {
			return false
		}
		if strings.HasSuffix(w, ".") && strings.IndexFunc(w, unicode.IsLetter) < 0 {
			return false
		}
	}
	return true
}

// capsLine reports whether the line of text around rune offset at has no
// lower-case letter (a CoNLL-2003 headline: its names are in capitals).
func capsLine(text []rune, at int) bool {
	i, j := at, at
	for i > 0 && text[i-1] != '\n' {
		i--
	}
	for j < len(text) && text[j] != '\n' {
		j++
	}
	for _, r := range text[i:j] {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// withoutPlaces returns the names of names in which no word or run of
// words is a country or place of the gazetteer.
func withoutPlaces(names []string, gz *gazetteer) []string {
	var out []string
	for _, n := range names {
		words := tokenizePhrase(n)
		marks := make([]uint32, len(words))
		gz.match(words, marks)
		place := false
		for _, m := range marks {
			if m&(0xf<<(gzCountry*4)|0xf<<(gzPlace*4)) != 0 {
				place = true
			}
		}
		if !place {
			out = append(out, n)
		}
	}
	return out
}

// capsName reports whether s is a name in capitals that is no acronym
// ("NATIONAL SOCIALIST BATTLE CRY" of a headline quoted in running text):
// more than one word, or a word of more than five letters.
func capsName(s string) bool {
	ws := strings.Fields(s)
	return isAllCaps(s) && (len(ws) > 1 || utf8.RuneCountInString(s) > 5)
}

// nameShape is a name's shape for KeepShape: its number of words (3 for
// three or more), or -1 for an acronym (one word of capitals, up to five
// letters: "NATO", "KPA"; a headline's "JAPAN" too).
func nameShape(s string) int {
	ws := strings.Fields(s)
	if len(ws) == 1 && isAllCaps(s) && utf8.RuneCountInString(s) <= 5 {
		return -1
	}
	return min(len(ws), 3)
}
