package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// orgFormsPair is two organizations' forms (the first the name an entity
// is given) and whether they must key alike.
type orgFormsPair struct {
	a, b []string
	same bool
}

// checkOrgKeyPairs fails each pair whose organizations' keys (entityKey)
// are alike where they must differ, or differ where they must be alike.
func checkOrgKeyPairs(t *testing.T, pairs []orgFormsPair) {
	t.Helper()
	key := func(forms []string) string { return entityKey(newsner.Organization, forms[0], forms) }
	for _, c := range pairs {
		ka, kb := key(c.a), key(c.b)
		if (ka == kb) != c.same {
			t.Errorf("%q keyed %q, %q keyed %q: same %v, want %v", c.a, ka, c.b, kb, ka == kb, c.same)
		}
	}
}

// TestTradeWordKeysTheListedCompany: made-up articles naming a listed
// company with and without a trade word after its name ("Samsung
// Electronics Co.", "Samsung Electronics", "Samsung"; "Verizon Wireless",
// "Verizon") key it alike (tradeWordKey); a company of the same first word
// and another word ("Samsung Heavy Industries"), a listed name the lists
// give whole ("Sony Pictures") and an unlisted rest ("Quelby
// Electronics") keep their own.
func TestTradeWordKeysTheListedCompany(t *testing.T) {
	O := newsner.Organization
	checkOrgKeyPairs(t, []orgFormsPair{
		{[]string{"Samsung Electronics Co."}, []string{"Samsung"}, true},
		{[]string{"Samsung Electronics"}, []string{"Samsung"}, true},
		{[]string{"Samsung Electronics Co.", "Samsung"}, []string{"Samsung"}, true},
		{[]string{"Verizon Wireless"}, []string{"Verizon"}, true},
		{[]string{"Samsung Heavy Industries"}, []string{"Samsung"}, false},
		{[]string{"Sony Pictures"}, []string{"Sony"}, false},
		{[]string{"Quelby Electronics"}, []string{"Quelby"}, false},
	})
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	keysAcrossArticles(t, tg, []keyArticle{
		{"SEOUL - Samsung Electronics Co. said on Thursday its quarterly profit rose 20 percent. Samsung said chip demand was strong.",
			[]keyWant{{O, "Samsung Electronics Co.", 2, "samsung"}}},
		{"Samsung unveiled two folding phones on Wednesday, and analysts said the prices were high.",
			[]keyWant{{O, "Samsung", 1, "samsung"}}},
		{"Verizon Wireless said on Monday it would raise the price of its plans next month.",
			[]keyWant{{O, "Verizon Wireless", 1, "verizon"}}},
		{"Verizon said on Tuesday it had added 300,000 customers in the quarter.",
			[]keyWant{{O, "Verizon", 1, "verizon"}}},
	})
}

// TestMakerWordKeysTheListedCompany: a carmaker or a technology firm
// named with and without "Motor", "Automotive" or "Technologies" ("Honda
// Motor Co", "Honda Motor", "Honda"; "Rivian Automotive, Inc.", "Rivian";
// "Uber Technologies, Inc", "Uber"), which listed.tsv keys apart from
// the lists' plain name, keys alike (makerKey, tradeWordKey), and so is
// one entity where an article names it both ways; "Ford" of an
// organization is Ford Motor (aliases.tsv). A company the lists name
// by the rest with a form of its own ("Yamaha Corporation", the piano
// maker; "Phoenix Group") stays apart from the one with the maker's word.
func TestMakerWordKeysTheListedCompany(t *testing.T) {
	O := newsner.Organization
	checkOrgKeyPairs(t, []orgFormsPair{
		{[]string{"Honda Motor Co"}, []string{"Honda"}, true},
		{[]string{"Honda Motor"}, []string{"Honda"}, true},
		{[]string{"Nissan Motor Co", "Nissan"}, []string{"Nissan"}, true},
		{[]string{"Rivian Automotive, Inc."}, []string{"Rivian"}, true},
		{[]string{"Rivian Automotive"}, []string{"Rivian"}, true},
		{[]string{"Ford Motor Co"}, []string{"Ford"}, true},
		{[]string{"Uber Technologies, Inc"}, []string{"Uber"}, true},
		{[]string{"Spotify Technology SA"}, []string{"Spotify"}, true},
		{[]string{"Next Technology"}, []string{"Next plc"}, false},
		{[]string{"Yamaha Motor"}, []string{"Yamaha"}, false},
		{[]string{"Yamaha Motor"}, []string{"Yamaha Corporation"}, false},
		{[]string{"Phoenix Motor Inc."}, []string{"Phoenix Group"}, false},
		{[]string{"Quelby Motor"}, []string{"Quelby"}, false},
	})
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	keysAcrossArticles(t, tg, []keyArticle{
		{"TOKYO - Honda Motor Co. said on Tuesday its quarterly profit rose 12 percent. Honda said demand for hybrids was strong.",
			[]keyWant{{O, "Honda Motor Co.", 2, "honda"}}},
		{"Honda unveiled two electric cars on Wednesday, and analysts said the prices were high.",
			[]keyWant{{O, "Honda", 1, "honda"}}},
		{"Rivian Automotive Inc. said on Monday it would cut 10 percent of its workforce. Rivian said deliveries would resume in May.",
			[]keyWant{{O, "Rivian Automotive Inc.", 2, "rivian"}}},
		{"Ford Motor Co. said on Monday it would recall 300,000 trucks. Ford said no injuries had been reported.",
			[]keyWant{{O, "Ford Motor Co.", 2, "ford motor"}}},
		{"Ford shares fell 3 percent on Tuesday after the carmaker cut its forecast.",
			[]keyWant{{O, "Ford", 1, "ford motor"}}},
	})
}
