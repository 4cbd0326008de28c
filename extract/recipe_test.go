package extract

import (
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
