package extract

import (
	"strings"
	"testing"
)

// storyParagraphs are a made-up brand's story, three paragraphs of prose.
const storyParagraphs = `<p>Founded by two sisters who bought a neglected garden on the hill, Crane Hill is now run by their great-grandchildren, who still live in the house beside the drying sheds, keep the old ledgers, and know every bush on the slope by the year it was planted.</p>
<p>The leaves are still picked by hand, withered in the open air, and rolled on the same wooden tables the sisters built, which gives the tea its soft, honeyed taste, a colour like amber in the cup, and a finish that lingers long after the cup is empty.</p>
<p>Every spring the family opens the garden to visitors, who walk the terraces, watch the first flush being picked, and taste the year's teas in the old kitchen, where the sisters' copper kettle, dented and patched, still hangs above the stove.</p>
<p>What the garden cannot sell fresh it smokes over pine, in a shed at the foot of the hill, and the smoked tea, first made by accident in a wet autumn when the leaves would not dry, has become the one its oldest customers ask for by name.</p>`

// TestProductCarousel: the cards of the shop's products under a brand's
// story (pictures, names, prices) are its offer, not the page's text.
func TestProductCarousel(t *testing.T) {
	checkCarousel(t, carouselDoc())
}

// checkCarousel extracts doc, carouselDoc's page or a variant of it, and
// wants the brand's story without the product cards.
func checkCarousel(t *testing.T, doc string) {
	t.Helper()
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Valley Gold", "Hand-rolled black tea"} {
		if strings.Contains(a.Text, w) {
			t.Errorf("text holds the product card %q:\n%s", w, a.Text)
		}
	}
	if !strings.Contains(a.Text, "Every spring") {
		t.Errorf("text lacks the story:\n%s", a.Text)
	}
}

// carouselDoc is a made-up brand page: its story, and under it a slider
// of the brand's products (picture, name, kind, price, button).
func carouselDoc() string {
	card := func(i, name, kind, price string) string {
		return `<div class="slide"><div class="card"><div class="card-img"><a href="/p/` + i + `"><img src="/p/` + i + `.jpg"></a></div><div class="card-body"><h5>` + name + `</h5><p>` + kind +
			`</p><div class="card-buy"><div class="card-price">` + price + `</div><a class="btn" href="/p/` + i + `">Shop now</a></div></div></div></div>`
	}
	return `<html><head><title>Crane Hill Tea | Our Story</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<div class="site-wrap">
<section class="section-story"><div class="container"><h2>Our Story</h2><div class="copy">` + storyParagraphs + `</div></div></section>
<section class="section-range"><div class="container"><h2>The Crane Hill range</h2><div class="slider"><div class="slides">` +
		card("1", "Crane Hill Morning Mist", "Steamed green tea", "$14.00") + card("2", "Crane Hill Valley Gold", "Hand-rolled black tea", "$16.50") +
		card("3", "Crane Hill Hillside Oolong", "Half-oxidised oolong", "$18.00") + card("4", "Crane Hill River Jasmine", "Jasmine-scented green tea", "$15.00") +
		card("5", "Crane Hill Pine Smoke", "Pine-smoked black tea", "$17.00") + card("6", "Crane Hill First Flush", "Spring-picked green tea", "$21.00") +
		card("7", "Crane Hill Autumn Amber", "Late-season black tea", "$16.00") + card("8", "Crane Hill Cherry Blossom", "Blossom-scented white tea", "$19.50") + `</div></div></div></section>
</div>
<footer><p>© Crane Hill Tea</p></footer></body></html>`
}

// TestPrice: lines that are prices, and lines that are not.
func TestPrice(t *testing.T) {
	for s, want := range map[string]bool{"$37.00": true, "29€": true, "£ 1,299": true, "USD 12.50": true, "12,95 EUR": true, "CHF 64.50": true, "64.50 CHF": true,
		"2024": false, "1,299": false, "37.00": false, "$": false, "Save $5 today": false} {
		if got := price(s); got != want {
			t.Errorf("price(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPricedTitleSummary: a product page's summary beside its pictures,
// known by the product's name in the <h1> and its price (split in
// spans) rather than an order form (the cart button posts by script),
// gives the text its short description above the long one the
// extractor chose, from below a wrapper that adds no text.
func TestPricedTitleSummary(t *testing.T) {
	doc := `<html><head><title>Alder Field Kettle - Hearth Goods</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/cart">Cart</a></nav></header>
<main><div class="product">
<section class="top"><div class="left"><img src="/k1.jpg" alt=""><img src="/k2.jpg" alt=""></div>
<div class="right"><div class="rating"><span>★</span><span>★</span><span>★</span><span>★</span></div>
<h1>Alder Field Kettle</h1>
<p><span class="amount"><span class="sym">$</span>64.50</span></p>
<p>A camp kettle of spun steel that boils a litre on a small wood fire in under six minutes and packs down inside its own lid.</p>
<div class="options"><h6>Size</h6><div class="opt"><p>1 L</p></div><div class="opt"><p>2 L</p></div></div>
<button class="add">Add to cart</button></div></section>
<section class="info"><div class="container"><div class="inner"><div class="tabs"><div class="tab"><h5>Description</h5></div><div class="tab"><h5>Care</h5></div></div>
<div class="panel"><p>The kettle is spun from a single sheet of steel, so there is no seam at the base to split when it sits in the embers, and the spout is riveted rather than welded.</p>
<p>Its handle folds flat against the body and stays cool enough to lift with a glove, while the lid doubles as a cup, a measure and a small frying pan.</p>
<p>Wash it with hot water only, dry it over the fire and wipe a drop of oil inside before storing it, and it will outlast the pack you carry it in.</p></div></div></div></section>
</div></main>
<footer><p>© Hearth Goods</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "A camp kettle of spun steel") || !strings.Contains(a.Text, "it will outlast the pack") {
		t.Errorf("text does not open with the product's summary before its description:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "64.50") || strings.Contains(a.Text, "Add to cart") {
		t.Errorf("the summary's price or button is in the text:\n%s", a.Text)
	}
}

// TestProductSummaryMergedOnce: a product page's summary (its name, price,
// short description and order form) set right beside the tabs of its long
// description, which the siblings merge into the text: the short
// description comes once, where the page has it (productSummary leaves
// out what the text holds already). Without it the line came twice, once
// before the price and once after.
func TestProductSummaryMergedOnce(t *testing.T) {
	doc := `<!DOCTYPE html><html lang="de"><head><title>Keramikbecher, weiß gesprenkelt | Werkstattladen</title></head><body>
<header><a href="/">Werkstattladen</a> <a href="/warenkorb">Warenkorb (0)</a></header>
<div class="product">
<div class="gallery"><img src="a.jpg" alt=""><img src="b.jpg" alt=""></div>
<div class="summary"><h1>Keramikbecher, weiß gesprenkelt</h1><p class="price">24,90 €</p>
<p>Von Hand in unserer Werkstatt aus Steinzeugton gedreht und mit einer weiß gesprenkelten Glasur überzogen. Jeder Becher ist ein wenig anders.</p>
<form class="cart"><input name="quantity" value="1"><button>In den Warenkorb</button></form></div>
<div class="tabs"><h2>Beschreibung</h2>
<p>Der Becher fasst 350 Milliliter und liegt dank seines breiten Henkels gut in der Hand. Die Glasur ist lebensmittelecht, und der Boden bleibt unglasiert, damit der Ton sichtbar ist.</p>
<p>Wir brennen jedes Stück zweimal, beim zweiten Mal bei 1240 Grad, was es widerstandsfähig und spülmaschinenfest macht.</p>
<h2>Technische Daten</h2>
<table><tr><th>Fassungsvermögen</th><td>350 ml</td></tr><tr><th>Höhe</th><td>10 cm</td></tr><tr><th>Material</th><td>Steinzeug</td></tr></table></div>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, "Von Hand in unserer Werkstatt"); n != 1 {
		t.Errorf("the short description comes %d times, want once:\n%s", n, a.Text)
	}
	checkText(t, a.Text, []string{"Der Becher fasst 350 Milliliter", "Fassungsvermögen 350 ml"}, nil)
}

// TestPricedTitleSummaryInFrancs: a Swiss shop's product summary, its
// price in francs ("CHF 64.50", split in spans), is a product's summary
// as one in dollars or euros is (priceLine): its short description opens
// the text, above the long one, and its price stays out. Without CHF in
// priceLine the summary was left out.
func TestPricedTitleSummaryInFrancs(t *testing.T) {
	doc := `<html lang="en-CH"><head><title>Alder Field Kettle - Hearth Goods</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/cart">Cart</a></nav></header>
<main><div class="product">
<section class="top"><div class="left"><img src="/k1.jpg" alt=""><img src="/k2.jpg" alt=""></div>
<div class="right"><h1>Alder Field Kettle</h1>
<p><span class="amount"><span class="sym">CHF</span> 64.50</span></p>
<p>A camp kettle of spun steel that boils a litre on a small wood fire in under six minutes and packs down inside its own lid.</p>
<button class="add">Add to cart</button></div></section>
<section class="info"><div class="container"><div class="inner"><div class="tabs"><div class="tab"><h5>Description</h5></div><div class="tab"><h5>Care</h5></div></div>
<div class="panel"><p>The kettle is spun from a single sheet of steel, so there is no seam at the base to split when it sits in the embers, and the spout is riveted rather than welded.</p>
<p>Its handle folds flat against the body and stays cool enough to lift with a glove, while the lid doubles as a cup, a measure and a small frying pan.</p>
<p>Wash it with hot water only, dry it over the fire and wipe a drop of oil inside before storing it, and it will outlast the pack you carry it in.</p></div></div></div></section>
</div></main>
<footer><p>© Hearth Goods</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "A camp kettle of spun steel") || !strings.Contains(a.Text, "it will outlast the pack") {
		t.Errorf("text does not open with the product's summary before its description:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "64.50") {
		t.Errorf("the summary's price is in the text:\n%s", a.Text)
	}
}
