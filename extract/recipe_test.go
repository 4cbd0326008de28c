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
