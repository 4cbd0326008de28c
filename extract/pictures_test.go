package extract

import (
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/timing"
)

// Tests of the article's pictures (pictures.go).

// TestIllustratedProse: a travel post tells each stop in a block of its
// own; one stop is a long paragraph shown in three photos, more pictures
// than twice its paragraphs, which Readability's gallery rule dropped
// with its text. A gallery of photos under a short line still goes.
func TestIllustratedProse(t *testing.T) {
	prose := "We left the harbour early, walked up through the old town while the bakeries were opening, and reached the ridge before the heat, where the path follows the wall for a mile or so. "
	pics := `<img src="/p/1.jpg" alt=""><img src="/p/2.jpg" alt=""><img src="/p/3.jpg" alt="">`
	doc := `<html><head><title>Three days on the coast</title></head><body>
<article><h1>Three days on the coast</h1>
<div class="stop"><p>` + prose + prose + `</p><p>` + prose + `</p></div>
<div class="stop"><p>On the second day, the ferry to the island ran late, so we sat on the pier with coffee, watched the fishing boats unload, and talked to a man mending nets who had worked the same boat for forty years. When it came, the crossing took an hour, the sea was calm, and the island's one village had a single café, a church on the hill and a path along the cliffs that we followed until the light went, then walked back slowly to the pier.</p>` + pics + `</div>
<div class="stop"><p>` + prose + `The last evening we spent in the square.</p></div>
<div class="gallery"><p>More photos:</p>` + pics + `<img src="/p/4.jpg" alt=""></div>
</article></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "the ferry to the island ran late") {
		t.Errorf("text lacks the illustrated stop:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "More photos") {
		t.Errorf("text holds the gallery's line:\n%s", a.Text)
	}
}

// TestEmojiImage: an emoji a blog or forum swaps for an image is a
// character of the text, not a picture: a short post ending in one stays
// with the thread.
func TestEmojiImage(t *testing.T) {
	doc := `<html><head><title>Rebuilding the pond pump</title></head><body>
<nav><a href="/">Home</a> <a href="/forum">Forum</a></nav>
<main><h1>Rebuilding the pond pump</h1>
<div class="thread">
<div class="post"><div class="who">reedwarbler</div><div class="body">The old pump had been humming for a week before it stopped, and when I lifted it out the impeller was wrapped in a mat of blanket weed and string.</div></div>
<div class="post"><div class="who">marshfern</div><div class="body">Cleaning it takes an evening: the housing unscrews, the impeller slides off its magnet, and everything else is an old toothbrush and a bucket of pond water.</div></div>
<div class="post"><div class="who">reedwarbler</div><div class="body">It runs again now, quieter than before, and the fish were back at the outflow within the hour. Thanks for the tip about the magnet.</div></div>
<div class="post"><div class="who">marshfern</div><div class="body">Glad it worked, the filter box is next then<img class="smilie" alt="😉" src="/wink.png" width="64" height="64"></div></div>
</div></main>
<footer><p>© Pond Forum</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "the filter box is next then") {
		t.Errorf("the post ending in an emoji is missing:\n%s", a.Text)
	}
}

// TestForumSmilies: phpBB sets its smilies as pictures named "smilies"
// (the plural emojiNames lacked), a hosted forum's from its CDN, others
// in its "images/smilies" folder with no class at all, their alt text
// the emoticon typed (":D", ";)"): a short reply ending in two of them
// read as a picture with its caption and went.
func TestForumSmilies(t *testing.T) {
	for _, c := range []struct{ name, smilies string }{
		{"named", `<img class="smilies" src="https://cdn.example.net/f/3f9a2c.gif" width="15" height="17" alt=";)" title="Wink"> <img class="smilies" src="https://cdn.example.net/f/77b1e0.gif" width="30" height="18" alt=":rofl:" title="ROFL">`},
		{"in the folder", `<img src="./images/smilies/sm_smile.gif" alt=":)" title="Smile"> <img src="./images/smilies/sm_biggrin.gif" alt=":D" title="Very Happy">`},
	} {
		doc := `<html><head><title>Rebuilding the pond pump</title></head><body>
<nav><a href="/">Home</a> <a href="/forum">Forum</a></nav>
<main><h1>Rebuilding the pond pump</h1>
<div class="thread">
<div class="post"><div class="who">reedwarbler</div><div class="body">The old pump had been humming for a week before it stopped, and when I lifted it out the impeller was wrapped in a mat of blanket weed and string.</div></div>
<div class="post"><div class="who">marshfern</div><div class="body">Cleaning it takes an evening: the housing unscrews, the impeller slides off its magnet, and everything else is an old toothbrush and a bucket of pond water.</div></div>
<div class="post"><div class="who">reedwarbler</div><div class="body">It runs again now, quieter than before, and the fish were back at the outflow within the hour. Thanks for the tip about the magnet.</div></div>
<div class="post"><div class="who">marshfern</div><div class="body">Glad it worked, the filter box is next then ` + c.smilies + `</div></div>
</div></main>
<footer><p>© Pond Forum</p></footer></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "the filter box is next then") {
			t.Errorf("%s: the post ending in smilies is missing:\n%s", c.name, a.Text)
		}
	}
}

// TestCaptionedPicturesGrowLinearly: proseOutweighsCaptions asks about all
// of a parent's children for each captioned picture among them; without
// its per-parent answer (captionTallies) a page of thousands of captioned
// pictures under one parent took time in the square of their number (1.6 s
// for 8,000 beside 8,000 paragraphs, 16 times 2,000's). Four times the page
// must take at most timing.GrowthLimit times as long, in CPU time, in the
// best of its turns (a bound of 9 in wall time, one try of each, failed at
// 10.4 on a machine shared by nine sessions: ci91).
func TestCaptionedPicturesGrowLinearly(t *testing.T) {
	page := func(n int) string {
		return "<html><body><article><h1>T</h1><div>" +
			strings.Repeat("<p>Some words of prose that make a sentence, with commas, and more words here.</p>", n) +
			strings.Repeat(`<div><img src="a.jpg"><p>A caption.</p></div>`, n) +
			"</div></article></body></html>"
	}
	extract := func(doc string) func() {
		return func() {
			if _, err := FromReader(strings.NewReader(doc), nil, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	timing.CheckGrowth(t, "captioned pictures", extract(page(2000)), extract(page(8000)))
}
