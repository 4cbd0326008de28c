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

// TestFeatureCardIcons: a landing page's grid of feature cards, each a
// small icon over its title and a line of copy (no paragraph), is the
// page's text: the icons made each card "a picture with its caption" and
// the grid an image gallery, and both were dropped. A gallery of photos
// with a heading under each is still dropped.
func TestFeatureCardIcons(t *testing.T) {
	card := func(icon, title, copy, button string) string {
		return `<div class="col-span-4"><section class="meta-block"><div class="flex-col"><div><img src="/icons/` + icon + `.png" alt="" width="40 px" height="40 px"></div>` +
			`<div class="flex-col"><div><div><h2 class="display2">` + title + `</h2><h2 class="body1">` + copy + `</h2>` +
			`<div class="buttons"><prism-button display="outline">` + button + `</prism-button></div></div></div></div></div></section></div>`
	}
	photo := func(n, caption string) string {
		return `<div class="col-span-4"><div class="tile"><div><img src="/photos/` + n + `.jpg" alt="" width="600" height="400"></div><div><h3>` + caption + `</h3></div></div></div>`
	}
	doc := `<html><head><title>Cable TV plans | Northwind</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/tv">TV</a> <a href="/internet">Internet</a></nav></header>
<main><h1>Cable TV plans</h1>
<p>Imagine all the entertainment you want, all in one place: the local networks, the sports channels and the news on every screen in your home, in one guide.</p>
<p>Our plans can change any month, and every plan comes with the streaming app, so you can watch at home or away on a phone, a tablet or a laptop.</p>
<h2>Whatever you want, we have it here</h2>
<div class="grid">` + card("addons", "Add-on channels", "Add sports packages, premium movie channels and more to your plan", "View add-ons") +
		card("latino", "Latino TV packages", "Get your favorite Spanish-language channels and shows", "View Latino packages") +
		card("world", "International", "Watch your favorite channels from countries across the globe", "View international channels") + `</div>
<h2>Around the studio</h2>
<div class="grid">` + photo("1", "The control room at night") + photo("2", "Camera crew on set") + photo("3", "The newsroom floor") + `</div>
</main>
<footer><p>© Northwind Cable</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Add-on channels", "Spanish-language channels", "countries across the globe"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks the feature card's %q:\n%s", want, a.Text)
		}
	}
	for _, not := range []string{"control room", "Camera crew"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("text has the photo gallery's %q:\n%s", not, a.Text)
		}
	}
}
