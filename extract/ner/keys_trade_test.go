package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestTradeWordKeysTheListedCompany: made-up articles naming a listed
// company with and without a trade word after its name ("Samsung
// Electronics Co.", "Samsung Electronics", "Samsung"; "Verizon Wireless",
// "Verizon") key it alike (tradeWordKey); a company of the same first word
// and another word ("Samsung Heavy Industries"), a listed name the lists
// give whole ("Sony Pictures") and an unlisted rest ("Quelby
// Electronics") keep their own.
func TestTradeWordKeysTheListedCompany(t *testing.T) {
	O := newsner.Organization
	key := func(forms ...string) string { return entityKey(O, forms[0], forms) }
	for _, c := range []struct {
		a, b []string
		same bool
	}{
		{[]string{"Samsung Electronics Co."}, []string{"Samsung"}, true},
		{[]string{"Samsung Electronics"}, []string{"Samsung"}, true},
		{[]string{"Samsung Electronics Co.", "Samsung"}, []string{"Samsung"}, true},
		{[]string{"Verizon Wireless"}, []string{"Verizon"}, true},
		{[]string{"Samsung Heavy Industries"}, []string{"Samsung"}, false},
		{[]string{"Sony Pictures"}, []string{"Sony"}, false},
		{[]string{"Quelby Electronics"}, []string{"Quelby"}, false},
	} {
		ka, kb := key(c.a...), key(c.b...)
		if (ka == kb) != c.same {
			t.Errorf("%q keyed %q, %q keyed %q: same %v, want %v", c.a, ka, c.b, kb, ka == kb, c.same)
		}
	}
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
