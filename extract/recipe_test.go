package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestIngredientsBefore: a recipe whose method, in paragraphs, wins the
// scoring keeps its table of ingredients, in a block of its own above.
func TestIngredientsBefore(t *testing.T) {
	doc := `<html><head><title>Leek and potato soup</title></head><body><nav><a href="/">Recipes</a> <a href="/soups">Soups</a></nav>
<main><article class="recipe-header"><h1>Leek and potato soup</h1><div class="meta"><span>easy</span> <span>40 minutes</span></div></article>
<article class="box recipe-ingredients"><h2>Ingredients</h2><table class="ingredients"><tr><td>3</td><td><a href="/i/leeks">leeks</a></td></tr><tr><td>500 g</td><td><a href="/i/potatoes">potatoes</a></td></tr><tr><td>1 litre</td><td><a href="/i/stock">vegetable stock</a></td></tr></table></article>
<article class="box recipe-method"><h2>Method</h2><div class="steps"><p>Wash the leeks well, slice them thinly and soften them in butter for ten minutes, stirring now and then.</p><p>Add the peeled, diced potatoes and the stock, bring to the boil and simmer for twenty minutes.</p><p>Blend until smooth, season with salt and pepper, and serve with a swirl of cream.</p></div></article>
<section class="recipe-comments"><h2>Comments</h2><div class="comment"><p>Lovely, though I added a little nutmeg at the end.</p></div></section></main>
</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"vegetable stock", "Blend until smooth"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
}

// TestIngredientsInReadingOrder: a recipe's ingredients, found above its
// method apart from the chosen text, go between the introduction the text
// already holds and the method, where the reader meets them.
func TestIngredientsInReadingOrder(t *testing.T) {
	doc := `<html><head><title>Barley and mushroom stew</title></head><body><nav><a href="/">Recipes</a> <a href="/stews">Stews</a></nav>
<main><h1>Barley and mushroom stew</h1>
<div class="recipe-intro"><p>A thick winter stew that my grandmother made on washing days, when the stove was lit anyway and nobody had time to stand over a pan.</p><p>It keeps for three days in a cool larder and tastes better on the second, when the barley has drunk up most of the broth.</p></div>
<div class="box"><h2>Ingredients</h2><table class="ingredients"><tr><td>200 g</td><td><a href="/i/barley">pearl barley</a></td></tr><tr><td>400 g</td><td><a href="/i/mushrooms">mushrooms</a></td></tr><tr><td>1 litre</td><td><a href="/i/stock">vegetable stock</a></td></tr></table></div>
<div class="recipe-method"><h2>Method</h2><p>Rinse the barley in a sieve under cold water until the water runs clear, then leave it to drain while you slice the mushrooms.</p><p>Brown the mushrooms in butter in a heavy pot, add the barley and the stock, and bring everything slowly to the boil.</p><p>Cover and simmer for an hour, stirring now and then, until the barley is soft; season well and serve with dark bread.</p></div>
</main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	intro, ing, method := strings.Index(a.Text, "washing days"), strings.Index(a.Text, "pearl barley"), strings.Index(a.Text, "Rinse the barley")
	if intro < 0 || ing < 0 || method < 0 || !(intro < ing && ing < method) {
		t.Errorf("text not intro, ingredients, method in that order:\n%s", a.Text)
	}
}

// TestNutritionDisclaimer: the note under a recipe card's nutrition label
// (its figures are estimates, based on a 2,000 calorie diet) is the
// plugin's chrome, in English or German; the recipe's text stays.
func TestNutritionDisclaimer(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
		wantNot    []string
	}{
		{
			name: "English",
			body: `<article class="post"><h1>Quince tart</h1><div class="entry-content"><p>Every autumn, when the quinces turn yellow on the old tree behind the shed, I bake this tart for the harvest supper in the village hall.</p>
<p>The fruit needs a long, slow poaching in syrup before it goes into the pastry, so start the day before and let it rest overnight.</p>
<div class="recipe-card"><h2>Quince tart</h2><h3>Ingredients</h3><ul><li>3 quinces</li><li>200 g sugar</li><li>1 sheet of shortcrust pastry</li></ul>
<h3>Instructions</h3><ol><li>Peel and quarter the quinces and poach them in the sugar syrup for two hours.</li><li>Line the tin with the pastry, lay the fruit on it and bake for fifty minutes.</li></ol>
<div class="recipe-facts"><h3>Nutrition</h3><table><tr><td>Calories</td><td>280</td></tr><tr><td>Fat</td><td>9 g</td></tr></table>
<p>*Percent Daily Values are based on a 2,000 calorie diet. Nutrition information is an estimate only.</p></div></div></div></article>`,
			want:    []string{"harvest supper", "200 g sugar", "Line the tin"},
			wantNot: []string{"calorie diet"},
		},
		{
			name: "German",
			body: `<article class="post"><h1>Quittenkuchen</h1><div class="entry-content"><p>Jeden Herbst, wenn die Quitten hinter der Scheune gelb werden, backe ich diesen Kuchen für das Erntefest im Gemeindesaal unseres Dorfes.</p>
<p>Die Früchte müssen lange im Sirup ziehen, bevor sie in den Teig kommen; fangt also am Vortag an und lasst sie über Nacht ruhen.</p>
<div class="rezept-karte"><h2>Quittenkuchen</h2><h3>Zutaten</h3><ul><li>3 Quitten</li><li>200 g Zucker</li><li>1 Mürbeteig</li></ul>
<h3>Zubereitung</h3><ol><li>Die Quitten schälen, vierteln und zwei Stunden im Zuckersirup garen.</li><li>Die Form mit dem Teig auslegen, die Früchte darauf verteilen und fünfzig Minuten backen.</li></ol>
<div class="rezept-fakten"><h3>Pro Stück</h3><table><tr><td>Kalorien</td><td>280 kcal</td></tr><tr><td>Fett</td><td>9 g</td></tr></table>
<p>Die Nährwertangaben sind automatisch berechnet und ohne Gewähr.</p></div></div></div></article>`,
			want:    []string{"Erntefest", "200 g Zucker", "fünfzig Minuten backen"},
			wantNot: []string{"ohne Gewähr"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `<html><head><title>Quince tart</title></head><body><nav><a href="/">Home</a> <a href="/recipes">Recipes</a></nav><main>` + tt.body + `</main></body></html>`
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tt.want, tt.wantNot)
		})
	}
}

// TestRecipeJumpButtons: a recipe post's buttons to skip the story and go
// to the card, set as plain text (spans, buttons) above the post, are
// chrome in English and German as "Jump to Recipe" is.
func TestRecipeJumpButtons(t *testing.T) {
	for _, buttons := range []string{
		`<span class="btn">Skip to Recipe</span> <span class="btn">Go to Recipe</span>`,
		`<span class="btn">Direkt zum Rezept</span>`,
		`<span class="btn">Springe zum Rezept</span>`,
	} {
		doc := `<html><head><title>Quittenkuchen</title></head><body><main><article class="post"><h1>Quittenkuchen</h1>
<div class="recipe-buttons">` + buttons + `</div><div class="entry-content"><p>Jeden Herbst, wenn die Quitten hinter der Scheune gelb werden, backe ich diesen Kuchen für das Erntefest im Gemeindesaal unseres Dorfes.</p>
<p>Die Früchte müssen lange im Sirup ziehen, bevor sie in den Teig kommen; fangt also am Vortag an und lasst sie über Nacht ruhen.</p>
<h3>Zutaten</h3><ul><li>3 Quitten</li><li>200 g Zucker</li><li>1 Mürbeteig</li></ul>
<h3>Zubereitung</h3><ol><li>Die Quitten schälen, vierteln und zwei Stunden im Zuckersirup garen.</li><li>Die Form mit dem Teig auslegen, die Früchte darauf verteilen und fünfzig Minuten backen.</li></ol></div></article></main></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Erntefest", "200 g Zucker", "fünfzig Minuten"}, []string{"Recipe", "zum Rezept"})
	}
}

// TestRatingSummary: a recipe card's star rating set out as text, with its
// count of raters, is chrome in English and German; a critic's verdict
// in the text ("4 stars"), which counts no raters, stays.
func TestRatingSummary(t *testing.T) {
	for _, rating := range []string{"4.8 from 52 votes", "★★★★★ 5 from 12 reviews", "5 von 5 Sternen (3 Bewertungen)", "4,6 (87 Bewertungen)"} {
		doc := `<html><head><title>Quittenkuchen</title></head><body><main><article class="post"><h1>Quittenkuchen</h1>
<div class="box"><span>` + rating + `</span></div><div class="entry-content"><p>Jeden Herbst, wenn die Quitten hinter der Scheune gelb werden, backe ich diesen Kuchen für das Erntefest im Gemeindesaal unseres Dorfes.</p>
<p>Die Früchte müssen lange im Sirup ziehen, bevor sie in den Teig kommen; fangt also am Vortag an und lasst sie über Nacht ruhen.</p>
<h3>Zutaten</h3><ul><li>3 Quitten</li><li>200 g Zucker</li><li>1 Mürbeteig</li></ul>
<p>4 stars</p></div></article></main></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Erntefest", "200 g Zucker", "4 stars"}, []string{rating})
	}
}

// TestRatingLabel: a directory's rating widget beside each listed
// business ("Average Rating: 4.7", "Total Reviews: 312") is left out; a
// critic's labelled verdict and a sentence about ratings stay.
func TestRatingLabel(t *testing.T) {
	var b strings.Builder
	for i, name := range []string{"Harbour Lane Bakery", "Old Mill Loaves", "Crumb and Co"} {
		fmt.Fprintf(&b, `<h2>%d. %s</h2><p>Average Rating: 4.%d</p><p>Total Reviews: %d</p>
<p>%s bakes its sourdough overnight in a wood-fired oven, and the queue on Saturday mornings reaches the corner long before the doors open at eight.</p>`, i+1, name, 9-i, 312+i*40, name)
	}
	doc := `<html><head><title>The best bakeries in town</title></head><body><main><article><h1>The best bakeries in town</h1>
<p>We visited every bakery in town over a month of early mornings, and ranked them by what their regulars say and what we tasted ourselves.</p>` + b.String() + `
<p>Our verdict: 5/5</p><p>The rating each bakery gets from its customers changes every week, so check again before you go.</p></article></main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Harbour Lane Bakery bakes its sourdough", "Crumb and Co bakes", "Our verdict: 5/5", "The rating each bakery gets"},
		[]string{"Average Rating", "Total Reviews"})
}

// TestRatingLabelOutOfInOtherLanguages: a rating's label and its figure
// out of a scale ("Average Rating: 4.7 out of 5") is left out in the
// languages of ratingLabels as in English: the German "von 5", the French
// "sur 5", the Spanish and Portuguese "de 5", the Italian "su 5", the
// Dutch "van 5" (ratingFigure). Without them only the English line went.
func TestRatingLabelOutOfInOtherLanguages(t *testing.T) {
	for _, rating := range []string{"Average Rating: 4.7 out of 5", "Durchschnittliche Bewertung: 4,7 von 5",
		"Gesamtbewertung: 4,7 Sternen", "Note moyenne : 4,7 sur 5", "Valoración media: 4,7 de 5", "Avaliação média: 4,7 de 5",
		"Valutazione media: 4,7 su 5", "Gemiddelde beoordeling: 4,7 van 5"} {
		doc := `<html lang="de"><head><title>Die besten Bäckereien der Stadt</title></head><body><main><article><h1>Die besten Bäckereien der Stadt</h1>
<p>Wir haben einen Monat lang jeden Morgen eine andere Bäckerei besucht und sie danach geordnet, was ihre Stammkunden sagen und was uns selbst geschmeckt hat.</p>
<h2>1. Backstube am Hafen</h2><p>` + rating + `</p>
<p>Die Backstube am Hafen backt ihr Sauerteigbrot über Nacht im Holzofen, und die Schlange reicht am Samstagmorgen bis zur Ecke, lange bevor um acht die Türen öffnen.</p>
<p>Die Bewertung von 4,7 von 5 Sternen, die sie von ihren Kunden bekommt, ändert sich jede Woche, also schauen Sie vor dem Besuch noch einmal nach.</p></article></main></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, []string{"Die Backstube am Hafen backt", "Die Bewertung von 4,7 von 5 Sternen"}, []string{rating})
	}
}

// TestHowToStepsAsListsBesidePhotos: a how-to whose every step is a block
// of a heading, the step's sentence set as an item of a numbered list
// (or its things as a short list) and the step's photo keeps every step:
// without a paragraph, each step read as a picture with its caption
// (headlineOrCaption) and only the steps set in paragraphs stayed.
func TestHowToStepsAsListsBesidePhotos(t *testing.T) {
	step := func(i int, body string) string {
		return fmt.Sprintf(`<div class="mod step"><div class="content"><span class="head">Step %d</span>%s</div><figure class="thumb"><img src="/s%d.jpg" alt="step %d"></figure><figcaption>Step %d done (Ann Lee)</figcaption></div>`, i, body, i, i, i)
	}
	doc := `<html><head><title>How to Pot a Fern</title></head><body><nav><a href="/">Home</a> <a href="/garden">Garden</a></nav>
<div class="col-main"><h1>How to Pot a Fern</h1>
<p>Ferns like a loose, damp soil and a pot a little wider than their roots, and they settle in quickly when potted on a mild, grey morning rather than in the midday sun.</p>
<p>Potting one takes a quarter of an hour, and the same steps serve for most small house plants that like their soil kept moist.</p>` +
		step(1, `<p>Soak the fern's root ball in a bowl of water for ten minutes while you ready the pot.</p>`) +
		step(2, `<p>Put a layer of gravel in the bottom of the pot, then a handful of compost.</p>`) +
		step(3, `<ul class="things"><li>A handful of bark chips</li><li>two spoons of sharp sand</li><li>a little leaf mould</li></ul>`) +
		step(4, `<ol class="steps"><li>Set the fern in the middle and fill around it, pressing the soil down lightly.</li></ol>`) +
		step(5, `<ol class="steps"><li>Water it well and stand it out of direct sunlight for a week.</li></ol>`) +
		`</div><footer><p>Copyright Garden Hints</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Soak the fern", "two spoons of sharp sand", "pressing the soil down", "out of direct sunlight"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
}
