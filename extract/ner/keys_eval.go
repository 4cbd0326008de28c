package ner

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/newsner/newsner"
)

// KeyReport says how far a model's entity keys agree across articles
// (EvaluateKeys): whether the same thing gets the same key in every page
// that names it, as consumers that count and join across the stream need.
type KeyReport struct {
	Model string
	// Set names the pages scored.
	Set string
	// Groups is the number of things the model found in two pages or more.
	Groups int
	// Pages is the number of pages of those things that the model found
	// them in (a page counts once per thing).
	Pages int
	// Agree is how many of those pages gave the thing its most common key.
	Agree int
}

// Share is Agree over Pages, 1 if there are none.
func (r KeyReport) Share() float64 {
	if r.Pages == 0 {
		return 1
	}
	return float64(r.Agree) / float64(r.Pages)
}

// keyGroup is one thing named across pages and the keys the model gave
// it, page by page.
type keyGroup struct {
	typ   newsner.EntityType
	name  string         // its fullest name, normalised (normName)
	keys  map[int]string // doc index -> the key of the matched entity
	names []string       // the pages' fullest names, as written, each once
}

// EvaluateKeys scores how far f's keys agree across docs. The gold
// entities of all pages are grouped by type and normalised fullest name
// (normName: "U.S." and "US" alike); a group whose name is, in other
// pages, another form of exactly one group's thing joins it (a page that
// only says "Fed" and one that says "Federal Reserve" and "Fed"); a name
// that is the other form of two things ("Trump" of "Donald Trump" and of
// "Melania Trump") joins neither. On each page, the key is that of the
// entity EvaluateNames matches to the thing. For each group the model found
// in two pages or more, the pages whose key is the group's most common one
// agree: Share is the agreeing pages over all such pages.
func EvaluateKeys(ctx context.Context, f Finder, docs []NameDoc) (KeyReport, error) {
	rep := KeyReport{Model: f.Name()}
	groups, err := keyGroups(ctx, f, docs)
	if err != nil {
		return rep, err
	}
	for _, g := range groups {
		if len(g.keys) < 2 {
			continue
		}
		rep.Groups++
		rep.Pages += len(g.keys)
		_, n := commonKey(g.keys)
		rep.Agree += n
	}
	return rep, nil
}

// WriteKeyErrors prints each thing of docs that f found in two pages or
// more under more than one key: its type and fullest names, then each key
// with the pages that gave it, the most common first.
func WriteKeyErrors(ctx context.Context, w io.Writer, f Finder, docs []NameDoc) error {
	groups, err := keyGroups(ctx, f, docs)
	if err != nil {
		return err
	}
	for _, g := range groups {
		pages := map[string][]string{}
		for di, k := range g.keys {
			pages[k] = append(pages[k], docs[di].Name)
		}
		if len(g.keys) < 2 || len(pages) < 2 {
			continue
		}
		keys := make([]string, 0, len(pages))
		for k := range pages {
			keys = append(keys, k)
			sort.Strings(pages[k])
		}
		sort.Slice(keys, func(i, j int) bool {
			if len(pages[keys[i]]) != len(pages[keys[j]]) {
				return len(pages[keys[i]]) > len(pages[keys[j]])
			}
			return keys[i] < keys[j]
		})
		fmt.Fprintf(w, "~ %s %s\n", g.typ, strings.Join(g.names, " | "))
		for _, k := range keys {
			fmt.Fprintf(w, "    %s: %s\n", k, strings.Join(pages[k], " "))
		}
	}
	return nil
}

// commonKey returns the key most of keys' pages give (the least on a tie)
// and how many give it.
func commonKey(keys map[int]string) (string, int) {
	n := map[string]int{}
	for _, k := range keys {
		n[k]++
	}
	best := ""
	for k, c := range n {
		if c > n[best] || c == n[best] && k < best {
			best = k
		}
	}
	return best, n[best]
}

// keyGroups groups the gold things of docs as EvaluateKeys says, with the
// key f gives each on each page where f found it, in the order of the
// groups' first pages.
func keyGroups(ctx context.Context, f Finder, docs []NameDoc) ([]*keyGroup, error) {
	type thing struct {
		doc, gold int
		group     int
	}
	var things []thing
	byName := map[string]int{}           // type and normalised fullest name -> group
	var groups []*keyGroup               // by group
	otherOf := map[string]map[int]bool{} // type and normalised other form -> groups
	typedName := func(t newsner.EntityType, s string) string { return string(t) + "\x00" + s }
	for di, d := range docs {
		for gi, g := range d.Gold {
			t := goldTypes[g.Type]
			if !t.Valid() {
				continue
			}
			full := normName(g.Names[0])
			id, ok := byName[typedName(t, full)]
			if !ok {
				id = len(groups)
				byName[typedName(t, full)] = id
				groups = append(groups, &keyGroup{typ: t, name: full, keys: map[int]string{}})
			}
			if !slices.Contains(groups[id].names, g.Names[0]) {
				groups[id].names = append(groups[id].names, g.Names[0])
			}
			things = append(things, thing{di, gi, id})
			for _, s := range g.Names[1:] {
				if n := normName(s); n != full {
					if otherOf[typedName(t, n)] == nil {
						otherOf[typedName(t, n)] = map[int]bool{}
					}
					otherOf[typedName(t, n)][id] = true
				}
			}
		}
	}
	sets := newGroupSets(len(groups))
	for id, g := range groups {
		if of := otherOf[typedName(g.typ, g.name)]; len(of) == 1 {
			for to := range of {
				if to != id {
					sets.union(id, to)
				}
			}
		}
	}
	found := map[[2]int]string{} // doc, gold -> the matched entity's key
	for di := range docs {
		err := matchNames(ctx, f, docs[di:di+1], func(_ NameDoc, e *newsner.Entity, g *nameMatch) {
			if e != nil && g != nil {
				found[[2]int{di, g.idx}] = e.Key
			}
		})
		if err != nil {
			return nil, err
		}
	}
	var out []*keyGroup
	listed := map[*keyGroup]bool{}
	for _, th := range things {
		key, ok := found[[2]int{th.doc, th.gold}]
		root := groups[sets.root(th.group)]
		if th.group != sets.root(th.group) {
			for _, n := range groups[th.group].names {
				if !slices.Contains(root.names, n) {
					root.names = append(root.names, n)
				}
			}
			groups[th.group].names = nil
		}
		if !listed[root] {
			listed[root] = true
			out = append(out, root)
		}
		if _, dup := root.keys[th.doc]; ok && !dup {
			root.keys[th.doc] = key // a page listing the thing twice counts once
		}
	}
	return out, nil
}
