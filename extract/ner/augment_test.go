package ner

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// spanTexts returns "TYPE:text" for each gold span of d.
func spanTexts(d Doc) []string {
	rs := []rune(d.Text)
	var out []string
	for _, g := range d.Gold {
		out = append(out, string(g.Type)+":"+string(rs[g.Start:g.End]))
	}
	return out
}

func TestReplaceNames(t *testing.T) {
	text := "Bill Clinton met Ford Motor Co officials in Détroit.\nClinton said Ford would stay , an American said .\nFORD SHARES RISE"
	at := func(s string, nth int) (int, int) {
		rs := []rune(text)
		k := 0
		for i := 0; i+len([]rune(s)) <= len(rs); i++ {
			if string(rs[i:i+len([]rune(s))]) == s {
				if k == nth {
					return i, i + len([]rune(s))
				}
				k++
			}
		}
		t.Fatalf("%q not in text", s)
		return 0, 0
	}
	span := func(typ newsner.EntityType, s string, nth int) Span {
		a, b := at(s, nth)
		return Span{Type: typ, Start: a, End: b}
	}
	d := Doc{Text: text, Gold: []Span{
		span(newsner.Person, "Bill Clinton", 0),
		span(newsner.Organization, "Ford Motor Co", 0),
		span(newsner.Location, "Détroit", 0),
		span(newsner.Person, "Clinton", 1),
		span(newsner.Organization, "Ford", 1),
		span(misc, "American", 0),
		span(newsner.Organization, "FORD", 0),
	}}
	pools := map[newsner.EntityType][2][]string{
		newsner.Person:       {{"Ann Ökland Smith"}, nil},
		newsner.Organization: {{"Ulta Beauty"}, {"SpaceX"}},
	}
	// Draw until both organization pools have been used: the copy must
	// be right whichever is drawn.
	seen := map[string]bool{}
	for seed := int64(1); seed < 40; seed++ {
		c := replaceNames(d, pools, true, false, rand.New(rand.NewSource(seed)))
		got := spanTexts(c)
		org := strings.TrimPrefix(got[1], "ORGANIZATION:")
		seen[org] = true
		want := []string{
			"PERSON:Ann Ökland Smith", "ORGANIZATION:" + org, "LOCATION:Détroit",
			"PERSON:Smith", got[4], "MISC:American", got[6],
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: spans %q, want %q", seed, got, want)
		}
		// "Ford" alone is another name than "Ford Motor Co": drawn on its
		// own, but one draw for both of its mentions, in capitals in the
		// headline.
		o2 := strings.TrimPrefix(got[4], "ORGANIZATION:")
		if got[6] != "ORGANIZATION:"+strings.ToUpper(o2) {
			t.Errorf("seed %d: headline %q, want the capitals of %q", seed, got[6], o2)
		}
		if !strings.HasSuffix(c.Text, strings.ToUpper(o2)+" SHARES RISE") || !strings.Contains(c.Text, " officials in Détroit.\nSmith said ") {
			t.Errorf("seed %d: text %q", seed, c.Text)
		}
		if c.Text == d.Text {
			t.Fatal("nothing replaced")
		}
	}
	if !seen["Ulta Beauty"] || !seen["SpaceX"] {
		t.Errorf("drew %v, want both pools", seen)
	}
	// Without KeepCase the headline takes the name as listed.
	c := replaceNames(d, pools, false, false, rand.New(rand.NewSource(1)))
	got := spanTexts(c)
	if strings.ToUpper(got[6]) == got[6] {
		t.Errorf("case=asis: headline name %q in capitals", got[6])
	}
}

func TestAugmentDocs(t *testing.T) {
	var docs []Doc
	for i := 0; i < 200; i++ {
		docs = append(docs, Doc{Text: "Acme Corp hired Jo Bloggs in Paris .", Gold: []Span{
			{Type: newsner.Organization, Start: 0, End: 9},
			{Type: newsner.Person, Start: 16, End: 25},
			{Type: newsner.Location, Start: 29, End: 34},
		}})
	}
	ac := AugmentConfig{Rate: 0.5, Types: []newsner.EntityType{newsner.Organization}, Pool: PoolLists, Seed: 7}
	a, b := augmentDocs(docs, ac), augmentDocs(docs, ac)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with one seed differ")
	}
	if len(a) < 70 || len(a) > 130 {
		t.Errorf("rate 0.5 of 200 documents made %d copies", len(a))
	}
	orgs := map[string]bool{}
	for _, c := range a {
		got := spanTexts(c.doc)
		if got[1] != "PERSON:Jo Bloggs" || got[2] != "LOCATION:Paris" {
			t.Fatalf("only organizations are to be replaced: %q", got)
		}
		orgs[got[0]] = true
	}
	if len(orgs) < 20 || orgs["ORGANIZATION:Acme Corp"] {
		t.Errorf("replacement organizations: %d distinct (Acme Corp among them: %v)", len(orgs), orgs["ORGANIZATION:Acme Corp"])
	}
	ac.Seed = 8
	if c := augmentDocs(docs, ac); reflect.DeepEqual(a, c) {
		t.Error("another seed made the same copies")
	}
	if n := len(augmentDocs(docs, AugmentConfig{Rate: 1.5, Pool: PoolTrain})); n < 270 || n > 330 {
		t.Errorf("rate 1.5 of 200 documents made %d copies", n)
	}
	// The training pool holds the documents' own names: every copy's
	// names are drawn from them.
	for _, c := range augmentDocs(docs[:3], AugmentConfig{Rate: 1, Pool: PoolTrain}) {
		if c.doc.Text != docs[0].Text {
			t.Errorf("pool=train: %q", c.doc.Text)
		}
	}
}

func TestListNamesAreNames(t *testing.T) {
	ln := listNames(nil)
	for _, typ := range []newsner.EntityType{newsner.Person, newsner.Location, newsner.Organization} {
		if len(ln[typ]) < 100 {
			t.Errorf("%s: %d list names", typ, len(ln[typ]))
		}
	}
	for _, s := range []string{"1. FC Köln", "Foo (Bar)", "de Gaulle", "Bayern, Munich"} {
		if replacementName(s) {
			t.Errorf("%q taken as a replacement name", s)
		}
	}
	for _, s := range []string{"AT&T", "Procter & Gamble", "3M", "Ulta Beauty", "Apple Inc.", "Bank of America"} {
		if !replacementName(s) {
			t.Errorf("%q not taken as a replacement name", s)
		}
	}
}

func TestParseAugment(t *testing.T) {
	ac, err := ParseAugment("rate=0.3,types=ORGANIZATION+person,pool=lists,case=asis,seed=5")
	if err != nil {
		t.Fatal(err)
	}
	want := AugmentConfig{Rate: 0.3, Types: []newsner.EntityType{newsner.Organization, newsner.Person}, Pool: PoolLists, Seed: 5}
	if !reflect.DeepEqual(ac, want) {
		t.Errorf("got %+v, want %+v", ac, want)
	}
	for _, bad := range []string{"rate", "rate=x", "types=DATE", "pool=web", "case=up", "depth=2"} {
		if _, err := ParseAugment(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if ac, _ := ParseAugment(""); ac.Rate != 0 {
		t.Errorf("empty: %+v", ac)
	}
}

// TestAugmentEngTrain checks copies of eng.train: the tokens outside the
// names are the original's, so the copies' gold labels line up.
func TestAugmentEngTrain(t *testing.T) {
	docs := conllDocs(t, "eng.train")[:40]
	copies := augmentDocs(docs, AugmentConfig{Rate: 1, Pool: PoolBoth, KeepCase: true})
	changed := 0
	for _, c := range copies {
		o := docs[c.from]
		if len(c.doc.Gold) != len(o.Gold) {
			t.Fatalf("copy of %d: %d spans, want %d", c.from, len(c.doc.Gold), len(o.Gold))
		}
		toks := testTokens(t, c.doc.Text)
		labels := goldLabels(toks, c.doc.Gold)
		spans := spansOf(labels, 0, nil)
		if len(spans) != len(c.doc.Gold) {
			t.Errorf("copy of %d: %d spans from its labels, want %d", c.from, len(spans), len(c.doc.Gold))
		}
		if c.doc.Text != o.Text {
			changed++
		}
		if testing.Verbose() && c.from < 3 {
			t.Logf("%q", spanTexts(c.doc))
		}
	}
	if changed < len(copies)*3/4 {
		t.Errorf("%d of %d copies changed", changed, len(copies))
	}
}

func TestReplaceNamesKeepShape(t *testing.T) {
	d := Doc{Text: "KPA shelled Acme posts , Big Blue Corp said .", Gold: []Span{
		{Type: newsner.Organization, Start: 0, End: 3},
		{Type: newsner.Organization, Start: 12, End: 16},
		{Type: newsner.Organization, Start: 25, End: 38},
	}}
	pools := map[newsner.EntityType][2][]string{
		newsner.Organization: {{"Polaroid", "Ulta Beauty", "NASA", "Bank of America", "Estee Lauder Companies Inc"}, nil},
	}
	for seed := int64(1); seed < 20; seed++ {
		got := spanTexts(replaceNames(d, pools, true, true, rand.New(rand.NewSource(seed))))
		if got[0] != "ORGANIZATION:NASA" || got[1] != "ORGANIZATION:Polaroid" ||
			(got[2] != "ORGANIZATION:Bank of America" && got[2] != "ORGANIZATION:Estee Lauder Companies Inc") {
			t.Fatalf("seed %d: %q: want an acronym, one word, three or more words", seed, got)
		}
	}
	// No name of the shape: the name stays.
	pools[newsner.Organization] = [2][]string{{"Ulta Beauty"}, nil}
	if got := spanTexts(replaceNames(d, pools, true, true, rand.New(rand.NewSource(1)))); got[0] != "ORGANIZATION:KPA" {
		t.Errorf("got %q", got)
	}
}
