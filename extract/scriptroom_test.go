package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// longTeaserPage is a made-up page whose markup gives the first shown of
// sixty paragraphs of a story, and whose __PRELOADED_STATE__ holds all
// sixty.
func longTeaserPage(shown int) string {
	para := func(i int) string {
		return fmt.Sprintf("Paragraph %d of the harbour report: the survey boat measured the silt by the marker posts, and the engineers wrote down the depth at post %d.", i+1, 10+i)
	}
	var mk, js strings.Builder
	for i := 0; i < 60; i++ {
		if i < shown {
			mk.WriteString("<p>" + para(i) + "</p>\n")
		}
		if i > 0 {
			js.WriteString(",")
		}
		fmt.Fprintf(&js, `{"type":"text","content":%q}`, para(i))
	}
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour silt report</title></head>
<body><main><article><h1>Harbour silt report</h1>
` + mk.String() + `<div class="paywall">Subscribe to read the rest of this story.</div>
</article></main>
<script>window.__PRELOADED_STATE__ = {"article":{"headline":"Harbour silt report","content_elements":[` + js.String() + `]}};</script>
</body></html>`
}

// TestLongTeaserScriptData: a teaser of sixteen paragraphs, past
// maxScriptCheckChars, reads as the whole story the script data holds
// (scriptDataBytes: the data's script is over twice the teaser's length);
// without scriptRoom it read the sixteen only. A page showing all sixty
// reads the same either way.
func TestLongTeaserScriptData(t *testing.T) {
	for _, shown := range []int{16, 60} {
		a, err := FromReader(strings.NewReader(longTeaserPage(shown)), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if shown == 16 && len(a.Text) < maxScriptCheckChars {
			t.Fatalf("the teaser is %d characters, want %d or more", len(a.Text), maxScriptCheckChars)
		}
		if !strings.Contains(a.Text, "Paragraph 60 of") || strings.Count(a.Text, "Paragraph ") != 60 {
			t.Errorf("shown %d: want the sixty paragraphs once each:\n%s", shown, a.Text)
		}
	}
}

// TestScriptDataBytes: the bytes counted from each marker to its
// script's end, and no further than the limit asks; a page of many
// markers without a script's end is one scan.
func TestScriptDataBytes(t *testing.T) {
	doc := []byte(`<p>x</p><script>window.__NEXT_DATA__ = {"a":1}</script><p>y</p>`)
	if n := scriptDataBytes(doc, 1000); n != len(`__NEXT_DATA__ = {"a":1}`) {
		t.Errorf("scriptDataBytes = %d", n)
	}
	if n := scriptDataBytes([]byte(`<p>no data</p>`), 10); n != 0 {
		t.Errorf("no data: %d", n)
	}
	// A marker inside a longer name is none, as scriptValues finds them
	// (nameAt): no data it would read.
	if n := scriptDataBytes([]byte(`<script>window.APP__NEXT_DATA__ = {"a":1}; window.__dataLayer = []</script>`), 1000); n != 0 {
		t.Errorf("markers inside longer names: %d, want 0", n)
	}
	// A tag manager's data layer is no store.
	if n := scriptDataBytes([]byte(`<script>window.__dataLayer=[{"event":"view"}]</script>`), 1000); n != 0 {
		t.Errorf("window.__dataLayer counted as window.__data: %d", n)
	}
	if n := scriptDataBytes([]byte(`<script>__sveltekit_1x2 = {}</script>`), 1000); n != len(`__sveltekit_1x2 = {}`) {
		t.Errorf("SvelteKit's __sveltekit_<hash>: %d", n)
	}
	hostile := []byte(strings.Repeat("self.__next_f.push(", 200000))
	if n := scriptDataBytes(hostile, 100); n != len(hostile) {
		t.Errorf("unclosed pushes: %d, want %d", n, len(hostile))
	}
	closed := []byte(strings.Repeat(`self.__next_f.push("x")</script>`, 200000))
	if n := scriptDataBytes(closed, 1<<30); n != 200000*len(`self.__next_f.push("x")`) {
		t.Errorf("closed pushes: %d", n)
	}
}

// TestScriptContinuesHostile: a page of 100,000 unclosed scripts, each
// holding a marker and the text's last words, is a few scans, not one a
// script.
func TestScriptContinuesHostile(t *testing.T) {
	line := "and the engineers wrote down the depth at the post"
	doc := []byte(strings.Repeat("<script>__NEXT_DATA__ "+line+" ", 100000))
	start := time.Now()
	for i := 0; i < 10; i++ {
		scriptContinues(doc, strings.Repeat("x", 2500)+"\n"+line)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("ten look-ups took %v", d)
	}
}

// TestHoldsScriptData checks holdsScriptData against scriptDataBytes(doc,
// 0) > 0 on documents of the markers' pieces, underscores and markup.
func TestHoldsScriptData(t *testing.T) {
	pieces := []string{"_", "__", "___", ".", "<script>", "</script>", "x", "window", "self", "data", "sveltekit", "-", " "}
	for _, m := range scriptMarkers.other {
		pieces = append(pieces, m.s, m.s[:len(m.s)/2], m.s[len(m.s)/2:])
	}
	for _, m := range scriptMarkers.under {
		pieces = append(pieces, m.s, m.s[:m.at+2], m.s[m.at+1:], m.s[:len(m.s)-1], m.s[1:])
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		doc := []byte(b.String())
		if got, want := holdsScriptData(doc), scriptDataBytes(doc, 0) > 0; got != want {
			t.Fatalf("holdsScriptData(%q) = %v, want %v", doc, got, want)
		}
	}
	start := time.Now()
	for _, doc := range []string{strings.Repeat("_", 5<<20), strings.Repeat("__a", 2<<20), strings.Repeat("__NEXT_DAT ", 1<<19)} {
		if holdsScriptData([]byte(doc)) {
			t.Errorf("holdsScriptData(%.20q...) = true", doc)
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("three hostile pages took %v", d)
	}
}
