package ner

import (
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/shared"
)

// goldOf lists a document's gold spans as "TYPE:text".
func goldOf(d Doc) []string {
	r := []rune(d.Text)
	var out []string
	for _, s := range d.Gold {
		out = append(out, string(s.Type)+":"+string(r[s.Start:s.End]))
	}
	return out
}

// gumLine is one CoNLL-U word line: id, form, xpos, misc.
func gumLine(id, form, xpos, misc string) string {
	return strings.Join([]string{id, form, "_", "_", xpos, "_", "0", "_", "_", misc}, "\t")
}

func TestReadGUM(t *testing.T) {
	lines := []string{
		"# newdoc id = GUM_news_test",
		"# sent_id = 1",
		gumLine("1", "US", "NNP", "Entity=(1-person-new-x-x-x-sgl(2-place-new-x-x-x-coref-United_States)"),
		gumLine("2", "President", "NNP", "_"),
		gumLine("3", "Donald", "NNP", "Entity=(3-person-new-x-x-x-coref-Donald_Trump"),
		gumLine("4", "Trump", "NNP", "Entity=3)1)"),
		gumLine("5", "visited", "VBD", "_"),
		gumLine("6", "Los", "NNP", "Entity=(4-place-new-x-x-x-sgl"),
		gumLine("7", "Angeles", "NNP", "SpaceAfter=No"),
		gumLine("8", ",", ",", "_"),
		gumLine("9", "California", "NNP", "Entity=4)"),
		gumLine("10", "with", "IN", "_"),
		gumLine("11", "the", "DT", "Entity=(5-organization-new-x-x-x-sgl"),
		gumLine("12", "Afghan", "JJ", "_"),
		gumLine("13", "team", "NN", "Entity=5)|SpaceAfter=No"),
		gumLine("14", ".", ".", "_"),
		"",
		"# sent_id = 2",
		gumLine("1", "South", "NNP", "Entity=(6-organization-new-x-x-x-coref-South_Korea"),
		gumLine("2", "Korea", "NNP", "Entity=6)"),
		gumLine("3", "and", "CC", "_"),
		gumLine("4-5", "People's", "_", "_"),
		gumLine("4", "People", "NNP", "Entity=(7-organization-new-x-x-x-sgl"),
		gumLine("5", "'s", "POS", "_"),
		gumLine("6", "Daily", "NNP", "Entity=7)"),
		gumLine("7", "said", "VBD", "_"),
		gumLine("8", "it", "PRP", "Entity=(6-organization-giv-x-x-x-coref)|SpaceAfter=No"),
		gumLine("9", ".", ".", "_"),
		"",
		"# sent_id = 3",
		gumLine("1", "They", "PRP", "_"),
		gumLine("2", "held", "VBD", "_"),
		gumLine("3", "an", "DT", "Entity=(8-event-new-x-x-x-sgl"),
		gumLine("4", "event", "NN", "_"),
		gumLine("5", "at", "IN", "_"),
		gumLine("6", "Cape", "NNP", "Entity=(9-place-new-x-x-x-sgl"),
		gumLine("7", "Canaveral", "NNP", "Entity=9)|SpaceAfter=No"),
		gumLine("8", ",", ",", "_"),
		gumLine("9", "Florida", "NNP", "Entity=(10-place-new-x-x-x-sgl)8)|SpaceAfter=No"),
		gumLine("10", ".", ".", "_"),
		"",
		"# sent_id = 4",
		gumLine("1", "They", "PRP", "_"),
		gumLine("2", "met", "VBD", "_"),
		gumLine("3", "author", "NN", "Entity=(11-person-new-x-x-x-sgl"),
		gumLine("4", "Truman", "NNP", "_"),
		gumLine("5", "Capote", "NNP", "Entity=11)"),
		gumLine("6", "and", "CC", "_"),
		gumLine("7", "Lee", "NNP", "Entity=(12-person-new-x-x-x-sgl"),
		gumLine("8", "Cheuk", "NNP", "SpaceAfter=No"),
		gumLine("9", "-", "HYPH", "SpaceAfter=No"),
		gumLine("10", "yan", "NNP", "_"),
		gumLine("11", "of", "IN", "_"),
		gumLine("12", "the", "DT", "Entity=(13-organization-new-x-x-x-sgl"),
		gumLine("13", "Labour", "NNP", "_"),
		gumLine("14", "Party", "NNP", "Entity=13)12)|SpaceAfter=No"),
		gumLine("15", ".", ".", "_"),
		"",
		"# sent_id = 5",
		gumLine("1", "A", "DT", "Entity=(14-person-new-x-x-x-sgl"),
		gumLine("2", "boy", "NN", "_"),
		gumLine("3", "from", "IN", "_"),
		gumLine("4", "Irving", "NNP", "Entity=(15-place-new-x-x-x-sgl)14)"),
		gumLine("5", "won", "VBD", "_"),
		"",
		"# sent_id = 6",
		gumLine("1", "NASA", "NNP", "Entity=(16-person-new-x-x-x-sgl(17-organization-new-x-x-x-sgl)"),
		gumLine("2", "Administrator", "NNP", "_"),
		gumLine("3", "Charles", "NNP", "_"),
		gumLine("4", "Bolden", "NNP", "Entity=16)"),
		gumLine("5", "spoke", "VBD", "_"),
		"",
	}
	docs, err := ReadGUM(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Name != "GUM_news_test" {
		t.Fatalf("docs %+v", docs)
	}
	d := docs[0]
	if want := "US President Donald Trump visited Los Angeles, California with the Afghan team.\nSouth Korea and People's Daily said it.\nThey held an event at Cape Canaveral, Florida.\nThey met author Truman Capote and Lee Cheuk-yan of the Labour Party.\nA boy from Irving won\nNASA Administrator Charles Bolden spoke"; d.Text != want {
		t.Fatalf("text %q\nwant %q", d.Text, want)
	}
	want := []string{"LOCATION:US", "PERSON:Donald Trump", "LOCATION:Los Angeles", "LOCATION:California", "MISC:Afghan", "LOCATION:South Korea", "ORGANIZATION:People's Daily", "LOCATION:Cape Canaveral", "LOCATION:Florida", "PERSON:Truman Capote", "PERSON:Lee Cheuk-yan", "ORGANIZATION:Labour Party", "LOCATION:Irving", "ORGANIZATION:NASA", "PERSON:Charles Bolden"}
	if got := goldOf(d); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("gold %q\nwant %q", got, want)
	}
	// Los Angeles and California are two things; South Korea is one;
	// Florida, a comma part of an event's mention, is its own mention's
	// thing, a place (it had been the event's part, MISC).
	ents := map[string]int{}
	r := []rune(d.Text)
	for _, s := range d.Gold {
		ents[string(r[s.Start:s.End])] = s.Entity
	}
	if ents["Los Angeles"] == ents["California"] || ents["South Korea"] != 6 || ents["Florida"] != 10 {
		t.Errorf("entity ids %v", ents)
	}
}

func TestReadTaggedSchemes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		sc   TagScheme
		want [][]string // per document
	}{
		{"tweets", "@paulwalk\tB-PER\nmet\tO\nReeva\tB-PER\nSteenkamp\tI-PER\nin\tO\n#London\tB-LOC\n\nAmerican\tO\nfans\tO\n",
			TagScheme{Types: btcTypes, SentenceDocs: true, DropHandles: true, MarkDemonyms: true},
			[][]string{{"PERSON:Reeva Steenkamp"}, {"MISC:American"}}},
		{"wnut", "Apple\tB-corporation\nand\tO\nthe\tO\nBeatles\tB-group\nplayed\tO\nLet\tB-creative-work\nIt\tI-creative-work\nBe\tI-creative-work\n",
			TagScheme{Types: wnutTypes},
			[][]string{{"ORGANIZATION:Apple", "ORGANIZATION:Beatles", "MISC:Let It Be"}}},
		{"re3d nominals", "U.S.\tB-Organisation\nservice\tI-Organisation\nmembers\tI-Organisation\nmet\tO\nthe\tB-Organisation\nKurdish\tI-Organisation\nYPG\tI-Organisation\nin\tO\nSyria\tB-Location\non\tO\nMonday\tB-Temporal\n",
			TagScheme{Types: re3dTypes, NamesOnly: true},
			[][]string{{"ORGANIZATION:Kurdish YPG", "LOCATION:Syria"}}},
	}
	for _, tt := range tests {
		docs, err := ReadTagged(strings.NewReader(tt.in), tt.sc)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != len(tt.want) {
			t.Fatalf("%s: %d documents, want %d", tt.name, len(docs), len(tt.want))
		}
		for i, d := range docs {
			if got := goldOf(d); strings.Join(got, "|") != strings.Join(tt.want[i], "|") {
				t.Errorf("%s doc %d: gold %q, want %q", tt.name, i, got, tt.want[i])
			}
		}
	}
}

// TestDevSetsHeldOut: no dev document is a training document.
func TestDevSetsHeldOut(t *testing.T) {
	shared.Require(t, "data", "ner-extra")
	shared.Require(t, "data", "conll2003", "eng.train")
	dir := shared.Dir()
	train := map[string]bool{}
	for _, src := range Sources {
		docs, err := LoadSource(dir, src)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			train[d.Text] = true
		}
	}
	for _, set := range DevSets {
		docs, err := LoadDevSet(dir, set)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range docs {
			if train[d.Text] && strings.Count(d.Text, " ") > 3 {
				n++
			}
		}
		// Tweets repeat (retweets, news headlines); a handful of short
		// duplicates is not a leak, a split is.
		if n*50 > len(docs) {
			t.Errorf("%s: %d of %d documents are training documents", set, n, len(docs))
		}
		if len(docs) == 0 {
			t.Errorf("%s: empty", set)
		}
	}
}
