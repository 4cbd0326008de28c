package ner

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// Tests of joins_variants.go's rules.

// TestAcronymInBrackets: an acronym defined in brackets joins its full
// name even when its letters are not the name's initials.
func TestAcronymInBrackets(t *testing.T) {
	text := "Doctors Without Borders (MSF) said on Monday that MSF staff had left."
	toks := testTokens(t, text)
	find := func(w string, from int) int {
		for i := from; i < len(toks); i++ {
			if toks[i].Text == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return 0
	}
	d := find("Doctors", 0)
	m1 := find("MSF", 0)
	m2 := find("MSF", m1+1)
	es := buildEntities(text, toks, []tspan{
		{newsner.Organization, d, d + 3},
		{newsner.Organization, m1, m1 + 1},
		{newsner.Location, m2, m2 + 1},
	})
	if len(es) != 1 || es[0].Text != "Doctors Without Borders" || es[0].Count != 3 || es[0].Type != newsner.Organization {
		t.Fatalf("entities %+v, want one ORGANIZATION Doctors Without Borders with 3 mentions", es)
	}
}

// TestShortFormsJoin: short forms an article uses for a name it gave in
// full join it; names that only share a word stay apart.
func TestShortFormsJoin(t *testing.T) {
	type sp struct {
		typ   newsner.EntityType
		first string
		n     int
		nth   int // which occurrence of first (0: the first)
	}
	tests := []struct {
		text  string
		spans []sp
		want  []string // type:text:count:key
	}{
		{"North Korea fired shells. The North said the DPRK would respond.",
			[]sp{{newsner.Location, "North", 2, 0}, {newsner.Location, "North", 1, 1}, {newsner.Organization, "DPRK", 1, 0}},
			[]string{"LOCATION:North Korea:3:iso3166:KP"}},
		{"The Church of Scientology denied it. The Church said so.",
			[]sp{{newsner.Organization, "Church", 3, 0}, {newsner.Organization, "Church", 1, 1}},
			[]string{"ORGANIZATION:Church of Scientology:2:name:org:church of scientology"}},
		{"Kansas City won in Kansas.",
			[]sp{{newsner.Location, "Kansas", 2, 0}, {newsner.Location, "Kansas", 1, 1}},
			[]string{"LOCATION:Kansas City:1:name:loc:kansas city", "LOCATION:Kansas:1:iso3166:US-KS"}},
		{"Bank Leumi and the Bank of Israel met. The Bank said rates would rise.",
			[]sp{{newsner.Organization, "Bank", 2, 0}, {newsner.Organization, "Bank", 3, 1}, {newsner.Organization, "Bank", 1, 2}},
			[]string{"ORGANIZATION:Bank Leumi:1:name:org:bank leumi", "ORGANIZATION:Bank of Israel:2:name:org:bank of israel"}},
	}
	for _, tt := range tests {
		toks := testTokens(t, tt.text)
		var spans []tspan
		for _, s := range tt.spans {
			seen := 0
			for i, tok := range toks {
				if tok.Text == s.first {
					if seen == s.nth {
						spans = append(spans, tspan{s.typ, i, i + s.n})
						break
					}
					seen++
				}
			}
		}
		var got []string
		for _, e := range buildEntities(tt.text, toks, spans) {
			got = append(got, fmt.Sprintf("%s:%s:%d:%s", e.Type, e.Text, e.Count, e.Key))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got %s\nwant %s", tt.text, strings.Join(got, "|"), strings.Join(tt.want, "|"))
		}
	}
}

// TestListedAcronymParentStaysApart: a listed organization named by its
// capitals alone ("NASA") is not joined into a unit named after it that
// the lists do not key as it ("NASA Quillon Laboratory"): two things.
func TestListedAcronymParentStaysApart(t *testing.T) {
	O := newsner.Organization
	text := "The NASA Quillon Laboratory released the images on Tuesday. NASA said the probe was healthy."
	es := caseEntities(t, text, []textSpan{{O, "NASA Quillon Laboratory"}, {O, "NASA"}})
	want := []string{"ORGANIZATION:NASA Quillon Laboratory", "ORGANIZATION:NASA"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if es[1].Key != entityKey(O, "National Aeronautics and Space Administration", []string{"National Aeronautics and Space Administration"}) {
		t.Errorf("NASA keyed %q", es[1].Key)
	}
}

// TestListedUnitParentStaysApart: a listed one-word company beside its
// unit named by it and a unit's word ("Google Cloud", "Amazon Web
// Services") is another organization (listedUnitParent); a longer name
// the lists key as the short one ("Oxfam International") still joins it.
func TestListedUnitParentStaysApart(t *testing.T) {
	O := newsner.Organization
	for _, tt := range []struct {
		text  string
		spans []textSpan
		want  []string
	}{
		{"Google Cloud signed a deal with Zorbco. Google said the bank would move its systems.",
			[]textSpan{{O, "Google Cloud"}, {O, "Zorbco"}, {O, "Google"}},
			[]string{"ORGANIZATION:Google Cloud", "ORGANIZATION:Zorbco", "ORGANIZATION:Google"}},
		{"Amazon Web Services suffered an outage. Amazon said AWS was restored by evening.",
			[]textSpan{{O, "Amazon Web Services"}, {O, "Amazon"}, {O, "AWS"}},
			[]string{"ORGANIZATION:Amazon Web Services", "ORGANIZATION:Amazon"}},
		{"Oxfam International warned of hunger in Quenton. Oxfam said aid was short.",
			[]textSpan{{O, "Oxfam International"}, {newsner.Location, "Quenton"}, {O, "Oxfam"}},
			[]string{"ORGANIZATION:Oxfam International", "LOCATION:Quenton"}},
	} {
		if got := names(caseEntities(t, tt.text, tt.spans)); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestListedAcronymOwnSuffixedName: a listed capitals-only name still
// joins its own name with only a legal suffix added ("QVC Inc"), which
// listedAcronymParent leaves.
func TestListedAcronymOwnSuffixedName(t *testing.T) {
	O := newsner.Organization
	text := "Shares of QVC Inc rose on Monday. QVC said sales grew."
	es := caseEntities(t, text, []textSpan{{O, "QVC Inc"}, {O, "QVC"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one entity", got)
	}
}

// TestMakerPrefixStillJoins: a listed capitals-only name written before
// three or more different names ("NASA Lumo", "NASA Trellis", "NASA
// Quillon Kit") is a maker naming its products (makerPrefixes): a longer
// name it starts joins it as before rather than standing as another
// organization.
func TestMakerPrefixStillJoins(t *testing.T) {
	O := newsner.Organization
	text := "NASA showed NASA Lumo and NASA Trellis on Monday. The NASA Quillon Kit ships in May, NASA said."
	es := caseEntities(t, text, []textSpan{{O, "NASA"}, {O, "NASA Quillon Kit"}, {O, "NASA"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one entity", got)
	}
}

// TestListedApart: a listed organization named alone ("NFL") is not
// joined into a listed channel named after it ("NFL Network", keyed apart)
// though the article writes it before three or more names ("NFL Draft",
// "NFL Network", "NFL Commissioner"), which makes it a maker's prefix
// (makerPrefixes) where the longer name is not listed.
func TestListedApart(t *testing.T) {
	O, P, M := newsner.Organization, newsner.Person, misc
	text := "The NFL Draft starts on Thursday and NFL Network will show it live. NFL Commissioner Zorb Quelby said the NFL was ready."
	es := caseEntities(t, text, []textSpan{{M, "NFL Draft"}, {O, "NFL Network"}, {P, "Zorb Quelby"}, {O, "NFL"}})
	want := []string{"ORGANIZATION:NFL Network", "ORGANIZATION:NFL", "PERSON:Zorb Quelby"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestBroadcasterNewsDivisionStaysApart: a broadcaster and its news
// division named after it ("BBC" and "BBC News", "ITV" and "ITV News")
// are two things with two keys, the division keyed
// the same in an article that names it alone; the broadcaster's full name
// ("British Broadcasting Corporation") is still its own.
func TestBroadcasterNewsDivisionStaysApart(t *testing.T) {
	O := newsner.Organization
	for _, tt := range []struct{ text, division, parent string }{
		{"Zorb Quelby told BBC News the plan had failed. He told the BBC he would try again.", "BBC News", "BBC"},
		{"ITV News reported the deal on Monday. ITV will air the final in June.", "ITV News", "ITV"},
	} {
		spans := []textSpan{{O, tt.division}, {O, tt.parent}}
		if strings.HasPrefix(tt.text, "Zorb") {
			spans = append([]textSpan{{newsner.Person, "Zorb Quelby"}}, spans...)
		}
		es := caseEntities(t, tt.text, spans)
		var div, par *newsner.Entity
		for i := range es {
			switch es[i].Text {
			case tt.division:
				div = &es[i]
			case tt.parent:
				par = &es[i]
			}
		}
		if div == nil || par == nil {
			t.Errorf("%q: got %v, want %s and %s apart", tt.text, names(es), tt.division, tt.parent)
			continue
		}
		if div.Key == par.Key {
			t.Errorf("%q: %s and %s keyed alike, %q", tt.text, tt.division, tt.parent, div.Key)
		}
		if k := entityKey(O, tt.division, []string{tt.division}); k != div.Key {
			t.Errorf("%s keyed %q in one article, %q alone", tt.division, div.Key, k)
		}
	}
	if a, b := entityKey(O, "BBC", []string{"BBC"}), entityKey(O, "British Broadcasting Corporation", []string{"British Broadcasting Corporation"}); a != b {
		t.Errorf("BBC keyed %q, British Broadcasting Corporation %q", a, b)
	}
}

// TestSubBodyStaysApart: a one-word organization beside a longer name it
// starts that ends in a sub-body's head ("House Budget Committee", "Zorbco
// Police") is the organization, not that committee or force
// (subBodyOf): it stays an entity of its own, and "the House" keeps the
// chamber's key of every other article. A longer name of another ending
// ("Zorbco Transit") still joins it.
func TestSubBodyStaysApart(t *testing.T) {
	O, P := newsner.Organization, newsner.Person
	for _, tt := range []struct {
		text  string
		spans []textSpan
		want  []string
	}{
		{"Republicans kept control of the House and Democrats the Senate. Paul Quimby, chairman of the House Budget Committee, spoke.",
			[]textSpan{{O, "House"}, {O, "Senate"}, {P, "Paul Quimby"}, {O, "House Budget Committee"}},
			[]string{"ORGANIZATION:House", "ORGANIZATION:Senate", "PERSON:Paul Quimby", "ORGANIZATION:House Budget Committee"}},
		{"Zorbco Police arrested two men at the station. Zorbco said trains ran late.",
			[]textSpan{{O, "Zorbco Police"}, {O, "Zorbco"}},
			[]string{"ORGANIZATION:Zorbco Police", "ORGANIZATION:Zorbco"}},
		{"Zorbco Transit cut fares on Monday. Zorbco said trains ran late.",
			[]textSpan{{O, "Zorbco Transit"}, {O, "Zorbco"}},
			[]string{"ORGANIZATION:Zorbco Transit"}},
	} {
		es := caseEntities(t, tt.text, tt.spans)
		if got := names(es); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
			continue
		}
		if es[0].Text == "House" && es[0].Key != nameKey(O, "House of Representatives") {
			t.Errorf("House keyed %q", es[0].Key)
		}
	}
}

// TestTheShortFormOfATwoWordName: "The Times" after a paper the article
// first names without its "the" ("Zorbville Times ... The Zorbville Times
// ... The Times") is that paper, as after "The New York Times"
// (nearestFullForm counts the words besides a leading "the": "The Times"
// is no longer than "Zorbville Times"); a name it does not end stays apart.
func TestTheShortFormOfATwoWordName(t *testing.T) {
	O := newsner.Organization
	for _, tt := range []struct {
		text  string
		spans []textSpan
		want  []string
	}{
		{"A Zorbville Times analysis found the gap. The Times also ran ads for the measure.",
			[]textSpan{{O, "Zorbville Times"}, {O, "The Times"}},
			[]string{"ORGANIZATION:Zorbville Times"}},
		{"Editors at the Quelp Post read the story. The Post story never goes there.",
			[]textSpan{{O, "Quelp Post"}, {O, "The Post"}},
			[]string{"ORGANIZATION:Quelp Post"}},
		{"A Zorbville Times analysis found the gap. The Globe also ran ads for the measure.",
			[]textSpan{{O, "Zorbville Times"}, {O, "The Globe"}},
			[]string{"ORGANIZATION:Zorbville Times", "ORGANIZATION:The Globe"}},
	} {
		es := caseEntities(t, tt.text, tt.spans)
		if got := names(es); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestTownWordFirmShortName: a one-word organization whose word the
// gazetteer knows only as a town's ("Cochrane", "Liberty") joins the one
// longer organization name of the article it starts (townFirmStart), as a
// word no list knows does; the same word stays apart where the article
// names the town too, and a club's town ("Chicago", keyed by the lists)
// stays apart from a company it starts.
func TestTownWordFirmShortName(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	for _, tt := range []struct {
		text  string
		spans []textSpan
		want  []string
	}{
		{"The Cochrane Collaboration reviewed the trials. A separate Cochrane review found no effect.",
			[]textSpan{{O, "Cochrane Collaboration"}, {O, "Cochrane"}},
			[]string{"ORGANIZATION:Cochrane Collaboration"}},
		{"Liberty Moving & Storage has served the county since 1990. Liberty offers free quotes.",
			[]textSpan{{O, "Liberty Moving & Storage"}, {O, "Liberty"}},
			[]string{"ORGANIZATION:Liberty Moving & Storage"}},
		{"The Cochrane Collaboration met in Cochrane, a town west of Calgary. Cochrane voted on Monday.",
			[]textSpan{{O, "Cochrane Collaboration"}, {L, "Cochrane"}, {L, "Calgary"}, {O, "Cochrane"}},
			[]string{"ORGANIZATION:Cochrane Collaboration", "LOCATION:Cochrane", "LOCATION:Calgary", "ORGANIZATION:Cochrane"}},
		{"Chicago Bridge & Iron won the contract. Chicago beat Detroit 3-1 on Sunday.",
			[]textSpan{{O, "Chicago Bridge & Iron"}, {O, "Chicago"}, {O, "Detroit"}},
			[]string{"ORGANIZATION:Chicago Bridge & Iron", "ORGANIZATION:Chicago", "ORGANIZATION:Detroit"}},
	} {
		if got := names(caseEntities(t, tt.text, tt.spans)); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
