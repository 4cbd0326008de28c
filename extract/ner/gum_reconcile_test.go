package ner

import (
	"fmt"
	"strings"
	"testing"
)

// gumSent is a made-up GUM sentence: each word "form/XPOS" or
// "form/XPOS/Entity", where Entity is written as GUM writes it ("(1-place-x"
// opens, "1)" closes, "(1-place-x)" opens and closes). A word whose form
// ends in "~" has no space after it.
func gumSent(words ...string) []string {
	var lines []string
	for i, w := range words {
		parts := strings.SplitN(w, "/", 3)
		form, xpos, misc := parts[0], parts[1], "_"
		var attrs []string
		if len(parts) == 3 {
			attrs = append(attrs, "Entity="+parts[2])
		}
		if strings.HasSuffix(form, "~") {
			form = strings.TrimSuffix(form, "~")
			attrs = append(attrs, "SpaceAfter=No")
		}
		if len(attrs) > 0 {
			misc = strings.Join(attrs, "|")
		}
		lines = append(lines, gumLine(fmt.Sprint(i+1), form, xpos, misc))
	}
	return append(lines, "")
}

// gumGold reads made-up sentences as one GUM document and lists its gold.
func gumGold(t *testing.T, sents ...[]string) ([]string, Doc) {
	t.Helper()
	lines := []string{"# newdoc id = GUM_news_madeup"}
	for _, s := range sents {
		lines = append(lines, s...)
	}
	docs, err := ReadGUM(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil || len(docs) != 1 {
		t.Fatalf("docs %v err %v", docs, err)
	}
	return goldOf(docs[0]), docs[0]
}

func TestGUMPersonAppositive(t *testing.T) {
	got, _ := gumGold(t, gumSent("Jane/NNP/(1-person-x", "Roe~/NNP", ",/,", "QC~/NNP/1)", ",/,", "said/VBD"))
	if want := "PERSON:Jane Roe"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMCountryShortForms(t *testing.T) {
	got, _ := gumGold(t,
		gumSent("Chile/NNP/(1-organization-x)", "protested~/VBD", "./."),
		gumSent("The/DT/(1-organization-x", "RCH/NNP/1)", "recalled/VBD", "envoys~/NNS", "./."))
	if want := "LOCATION:Chile|LOCATION:RCH"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMPersonTail(t *testing.T) {
	got, _ := gumGold(t,
		gumSent("Mayor/NNP/(1-person-x", "of/IN", "Springfield/NNP/(2-place-x)", "Joe/NNP", "Quimby/NNP/1)", "spoke/VBD"),
		gumSent("Veteran/NN/(3-person-x", "Ann/NNP", "Lo~/NNP", "-~/HYPH", "wing/NNP", "from/IN", "the/DT/(4-organization-x", "Green/NNP", "Party/NNP/4)3)", "lost/VBD"),
		gumSent("his/PRP$/(5-person-x", "friend/NN", "Rob/NNP", "Vale/NNP", "who/WP", "left/VBD/5)"),
		gumSent("every/DT/(6-person-x", "other/JJ", "Westerlander/NNP", "on/IN", "the/DT", "roll/NN/6)"),
		gumSent("the/DT/(7-person-x", "Zorgites/NNPS", "who/WP", "voted/VBD/7)"))
	if want := "LOCATION:Springfield|PERSON:Joe Quimby|PERSON:Ann Lo-wing|ORGANIZATION:Green Party|PERSON:Rob Vale"; strings.Join(got, "|") != want {
		t.Errorf("gold %q\nwant %q", got, want)
	}
}

func TestGUMPostmodifiedName(t *testing.T) {
	got, _ := gumGold(t,
		gumSent("the/DT/(1-organization-x", "Quill/NNP", "Club/NNP", "at/IN", "the/DT", "old/JJ", "mill/NN/1)", "met/VBD"),
		gumSent("the/DT/(2-place-x", "Museum/NNP", "of/IN", "Glass/NNP", "in/IN", "Tacoma/NNP/(3-place-x)2)", "opened/VBD"))
	if want := "ORGANIZATION:Quill Club|LOCATION:Museum of Glass|LOCATION:Tacoma"; strings.Join(got, "|") != want {
		t.Errorf("gold %q\nwant %q", got, want)
	}
}

func TestGUMPostmodifiedNameBracket(t *testing.T) {
	got, _ := gumGold(t, gumSent("the/DT/(1-place-x", "Quill/NNP", "Glass/NNP", "Works/NNP", "(/-LRB-", "QGW~/NNP/(1-place-x)", ")/-RRB-", "in/IN", "Tacoma/NNP/(2-place-x)1)", "opened/VBD"))
	if want := "LOCATION:Quill Glass Works|LOCATION:QGW|LOCATION:Tacoma"; strings.Join(got, "|") != want {
		t.Errorf("gold %q\nwant %q", got, want)
	}
}

func TestGUMLeadingNameHyphen(t *testing.T) {
	got, _ := gumGold(t, gumSent("remarks/NNS", "to/IN", "al~/NNP/(1-organization-x", "-~/HYPH", "Zorbiya/NNP", "television/NN/1)", "said/VBD"))
	if want := "ORGANIZATION:al-Zorbiya"; strings.Join(got, "|") != want {
		t.Errorf("gold %q\nwant %q", got, want)
	}
}

func TestGUMLeadingNameDescriptors(t *testing.T) {
	got, d := gumGold(t,
		gumSent("localist/JJ/(1-person-x(2-organization-x", "group/NN", "Blue/NNP", "Dawn/NNP", "'s/POS/2)", "Tim/NNP", "Ko/NNP/1)", "won/VBD"),
		gumSent("In/IN", "the/DT/(3-place-x", "Lakeside/NNP", "North/NNP", "electoral/JJ", "district/NN/3)", "./."),
		gumSent("off/IN", "Freedonia/NNP/(4-place-x(5-place-x)", "waters/NNS/4)"))
	if want := "ORGANIZATION:Blue Dawn|PERSON:Tim Ko|LOCATION:Lakeside North|LOCATION:Freedonia"; strings.Join(got, "|") != want {
		t.Errorf("gold %q\nwant %q", got, want)
	}
	if e := d.Gold[len(d.Gold)-1].Entity; e != 5 {
		t.Errorf("Freedonia is thing %d, want 5 (its own mention's, not the waters')", e)
	}
}

func TestGUMPostmodifiedNameNotPossessive(t *testing.T) {
	got, _ := gumGold(t, gumSent("the/DT/(1-place-x(2-organization-x", "Quill~/NNP/2)", "'s/POS", "Glass/NNP", "Hall/NNP", "in/IN", "Tacoma/NNP/1)", "opened/VBD"))
	if want := "ORGANIZATION:Quill"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMPersonPartNotInPlace(t *testing.T) {
	got, _ := gumGold(t, gumSent("former/JJ/(1-person-x", "Museum/NNP/(2-place-x", "of/IN", "Glass/NNP/2)", "CEO/NN/1)", "Ann/NNP/(3-person-x", "Lo/NNP/3)", "spoke/VBD"))
	if want := "LOCATION:Museum of Glass|PERSON:Ann Lo"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMCapitalizedName(t *testing.T) {
	got, _ := gumGold(t,
		gumSent("members/NNS", "of/IN", "the/DT/(1-organization-x", "Harbour/JJ", "Council/NN/1)", "met/VBD"),
		gumSent("Harbour/JJ/(2-organization-x", "Boards/NNS/2)", "met/VBD"))
	if want := "ORGANIZATION:Harbour Council"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMFaithOrPeople(t *testing.T) {
	got, _ := gumGold(t, gumSent("Sikhs/NNPS/(1-person-x)", "and/CC", "Ann/NNP/(2-person-x", "Lo/NNP/2)", "prayed/VBD"))
	if want := "MISC:Sikhs|PERSON:Ann Lo"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMDemonymMinistry(t *testing.T) {
	got, _ := gumGold(t, gumSent("the/DT/(1-organization-x", "Saudi/NNP", "Health/NNP", "Ministry/NNP/1)", "said/VBD"))
	if want := "MISC:Saudi|ORGANIZATION:Health Ministry"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMHyphenCompound(t *testing.T) {
	got, _ := gumGold(t, gumSent("a/DT", "Quimby~/NNP/(1-person-x)", "-~/HYPH", "like/JJ", "wig/NN", "and/CC", "Joe/NNP/(2-person-x", "Quimby/NNP/2)"))
	if want := "MISC:Quimby-like|PERSON:Joe Quimby"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMPortfolioBeforeMinister(t *testing.T) {
	got, _ := gumGold(t, gumSent("Fisheries/NNP/(1-person-x(2-organization-x)", "Minister/NNP", "Ann/NNP", "Lo/NNP/1)", "spoke/VBD"))
	if want := "PERSON:Ann Lo"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMFacilityAsPlace(t *testing.T) {
	got, _ := gumGold(t, gumSent("the/DT/(1-organization-x", "Museum/NNP", "of/IN", "Glass/NNP/1)", "and/CC", "the/DT/(2-organization-x", "Quimby/NNP", "Museum/NNP/2)", "lent/VBD", "art/NN"))
	if want := "LOCATION:Museum of Glass|LOCATION:Quimby Museum"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}

func TestGUMOpeningDescriptor(t *testing.T) {
	got, _ := gumGold(t, gumSent("Localist/JJ/(1-person-x(2-organization-x", "group/NN", "Blue/NNP", "Dawn~/NNP", "'s/POS/2)", "Tim/NNP", "Ko/NNP/1)", "lost/VBD"))
	if want := "ORGANIZATION:Blue Dawn|PERSON:Tim Ko"; strings.Join(got, "|") != want {
		t.Errorf("gold %q, want %q", got, want)
	}
}
