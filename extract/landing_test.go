package extract

import (
	"strings"
	"testing"
)

// TestHeroIntro: a landing page's hero introduction, a few sentences
// beside a headline and a button, opens the text of the section below.
func TestHeroIntro(t *testing.T) {
	doc := heroDoc()
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Since 1890, Crane Hill") || !strings.Contains(a.Text, "Every spring") {
		t.Errorf("text does not open with the hero's introduction before the story:\n%s", a.Text)
	}
}

// TestProseBesidePicture: a "copy with media" block, a paragraph of
// prose in one column and a photo in the other, is text, though its name
// says media.
func TestProseBesidePicture(t *testing.T) {
	doc := besidePictureDoc()
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Every spring") || !strings.Contains(a.Text, "tie themselves") {
		t.Errorf("text lacks the story beside the photo:\n%s", a.Text)
	}
}

// heroDoc is a made-up landing page: a hero (headline, a few sentences
// of introduction, a button) above the brand's story.
func heroDoc() string {
	return `<html><head><title>Crane Hill Tea | Our Teas</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a></nav></header>
<div class="site-wrap">
<section class="section-hero"><div class="hero-flex"><div class="container"><div class="hero-inner"><div class="kicker">Crane Hill</div><div class="headline"><h1>Tea Grown on the Misty Slopes</h1></div>
<div class="hero-copy">Since 1890, Crane Hill has grown its tea on the steep slopes above the river valley, where morning fog keeps the leaves tender and slow to ripen.</div>
<div class="cta"><a class="btn" href="/shop">All teas</a></div></div></div></div></section>
<section class="section-story"><div class="container"><h2>Our Story</h2><div class="copy">` + storyParagraphs + `</div></div></section>
</div>
<footer><p>© Crane Hill Tea</p></footer></body></html>`
}

// besidePictureDoc is a made-up brand page whose story goes on in a
// "copy with media" block, a paragraph beside a photo.
func besidePictureDoc() string {
	return `<html><head><title>Crane Hill Tea | Our Story</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<section class="section-story"><div class="container"><h2>Our Story</h2><div class="copy">` + storyParagraphs + `</div>
<div class="copy-with-media"><div class="col content-column"><p>The garden itself lies on a slope so steep that the pickers tie themselves to the old cherry trees on wet days, and the terraces, rebuilt stone by stone after the flood of 1952, hold no more than a few rows of bushes each, which is why the harvest, though small and slow, is picked over six times a year.</p></div>
<div class="col media-column"><img src="/img/garden.jpg" alt=""></div></div>
</div></section>
<footer><p>© Crane Hill Tea</p></footer></body></html>`
}

// TestBannerHeroIntro: a hero known by its shape, without class names
// (the page's <h1> over a background picture), still opens the text
// with its introduction, though the story's paragraphs sit in wrappers
// of wrappers below their section.
func TestBannerHeroIntro(t *testing.T) {
	doc := `<html><head><title>Crane Hill Tea | Our Teas</title></head><body>
<header><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a></nav></header>
<main><div>
<section><div style="background-image: url('/img/slopes.jpg')" role="img"></div><div><div><div><div>Crane Hill</div><div><h1>Tea Grown on the Misty Slopes</h1></div>
<div>Since 1890, Crane Hill has grown its tea on the steep slopes above the river valley, where morning fog keeps the leaves tender and slow to ripen.</div>
<div><a href="/shop">All teas</a></div></div></div></div></section>
<section><div><div><div><div><div><h2>Our Story</h2></div><div>` + storyParagraphs + `</div></div></div></div></div></section>
</div></main>
<footer><p>© Crane Hill Tea</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Since 1890, Crane Hill") || !strings.Contains(a.Text, "Every spring") {
		t.Errorf("text does not open with the banner's introduction before the story:\n%s", a.Text)
	}
}

// TestHeaderLead: a hero named "header" holding the page's title and a
// single paragraph of introduction (holdsProse wants two) is not skipped
// as the page's header (headedLead) and is taken for the page's hero
// (titleHeader): its lead opens the text, as a service page's
// (scnsoft.com, modern2026 0712) and a shop's category page's
// (greenroads.com, 0641) do. It fails without either.
func TestHeaderLead(t *testing.T) {
	doc := `<html><head><title>Tea Grown on the Misty Slopes | Crane Hill Tea</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a></nav></header>
<div class="site-wrap">
<div class="page-header"><nav class="breadcrumbs"><a href="/">Home</a> <a href="/teas">Teas</a></nav><div class="page-header-inner"><h1>Tea Grown on the Misty Slopes</h1>
<div class="page-header-phrase"><p>Since 1890, Crane Hill has grown its tea on the steep slopes above the river valley, where morning fog keeps the leaves tender and slow to ripen.</p></div>
<div class="page-header-link"><a class="btn" href="/shop">All teas</a></div></div></div>
<section class="section-story"><div class="container"><h2>Our Story</h2><div class="copy">` + storyParagraphs + `</div></div></section>
</div>
<footer><p>© Crane Hill Tea</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Since 1890, Crane Hill") || !strings.Contains(a.Text, "Every spring") {
		t.Errorf("text does not open with the header's lead before the story:\n%s", a.Text)
	}
}
