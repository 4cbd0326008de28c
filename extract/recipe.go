package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxIngredientClimb is how many ancestors of the chosen block
// ingredientsBefore looks beside.
const maxIngredientClimb = 2

// ingredientsBefore returns the block before the chosen block top (a
// previous element sibling of top or of one of its maxIngredientClimb
// nearest ancestors) that holds a recipe's ingredients (a list or table
// ingredientList finds), when the text chosen (nodes) holds none: a
// recipe's method, made of paragraphs, wins the scoring, and its list of
// ingredients, a table of amounts and linked names in a block of its own
// above it, scores nothing and stays out. Else nil.
func (ex *extractor) ingredientsBefore(top *html.Node, nodes []*html.Node) *html.Node {
	for _, n := range nodes {
		if holdsIngredients(n) {
			return nil
		}
	}
	for a, level := top, 0; a != nil && level <= maxIngredientClimb; a, level = a.Parent, level+1 {
		for s := a.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.ElementNode && ex.infos[s] != nil && holdsIngredients(s) {
				return s
			}
		}
	}
	return nil
}

// holdsIngredients reports whether n is or holds a list or table of a
// recipe's ingredients (ingredientList).
func holdsIngredients(n *html.Node) bool {
	for d := range descendants(n) {
		if ingredientsBlock(d) {
			return true
		}
	}
	return ingredientsBlock(n)
}

// ingredientsBlock reports whether n is a list or table of a recipe's
// ingredients (ingredientList).
func ingredientsBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Table) && ingredientList(n)
}

// inReadingOrder returns nodes with n put before the first of them that
// follows it in the document, or at the end: a block found apart from
// the chosen text (a recipe's ingredients above its method) goes where
// the reader meets it, after an introduction the text already holds,
// not ahead of it. nodes hold neither n nor each other's descendants.
func inReadingOrder(nodes []*html.Node, n *html.Node) []*html.Node {
	for i, m := range nodes {
		if precedes(n, m) {
			return slices.Insert(nodes, i, n)
		}
	}
	return append(nodes, n)
}

// precedes reports whether a comes before b in document order, neither
// holding the other: the children of their nearest common ancestor that
// hold them come in that order.
func precedes(a, b *html.Node) bool {
	depth := func(n *html.Node) int {
		d := 0
		for ; n != nil; n = n.Parent {
			d++
		}
		return d
	}
	da, db := depth(a), depth(b)
	for ; da > db; da-- {
		a = a.Parent
	}
	for ; db > da; db-- {
		b = b.Parent
	}
	if a == b {
		return false // one holds the other
	}
	for a.Parent != b.Parent {
		a, b = a.Parent, b.Parent
	}
	for s := a.NextSibling; s != nil; s = s.NextSibling {
		if s == b {
			return true
		}
	}
	return false
}

// nutritionDisclaimer reports whether l, a lower-cased line, is the note
// a recipe card's nutrition label sets under its figures ("*Percent Daily
// Values are based on a 2,000 calorie diet.", "Nutrition information is
// automatically calculated and should be used as an estimate.",
// "Nährwertangaben sind Schätzwerte und ohne Gewähr."): the plugin's
// chrome, the same on every recipe of the site. A short line, at most
// maxNutritionNoteChars, naming the nutrition figures (nutritionNoteWords)
// and saying they are estimated or based on a diet (estimateWords).
func nutritionDisclaimer(l string) bool {
	return len(l) <= maxNutritionNoteChars && nutritionNoteSet.match(l) == 0b11
}

// nutritionNoteSet finds nutritionNoteWords (bit 0) and estimateWords
// (bit 1) in one scan of a line.
var nutritionNoteSet = newSubstrSet(nutritionNoteWords, estimateWords)

// maxNutritionNoteChars is the longest line nutritionDisclaimer reads.
const maxNutritionNoteChars = 250

// nutritionNoteWords name a label's figures, in English, German, French,
// Spanish, Italian, Portuguese and Dutch; estimateWords say they are estimates or computed.
var (
	nutritionNoteWords = []string{"daily value", "nutrition information", "nutritional information", "nutrition facts",
		"nutrition info", "nährwert", "naehrwert", "valeurs nutritionnelles", "información nutricional",
		"valores nutricionales", "valori nutrizionali", "informação nutricional", "informações nutricionais",
		"valor nutricional", "valores nutricionais", "voedingswaarde"}
	estimateWords = []string{"calorie diet", "estimate", "approximat", "automatically calculated", "calculated using",
		"schätz", "ohne gewähr", "automatisch berechnet", "circa-angaben", "estimation", "estimé", "approximati",
		"estimad", "aproximad", "stima", "indicativ", "geschat", "schatting", "automatisch berekend"}
)

// ratingSummary reports whether l, a lower-cased line, is a recipe card's
// or a shop's star rating set out as text ("4.8 from 52 votes", "★★★★★ 5
// from 12 reviews", "5 von 5 Sternen (3 Bewertungen)"): a short line, at
// most maxRatingChars, that opens with a figure or a star and counts its
// raters (a figure right before a word of raterWords). A critic's verdict
// ("4 stars") counts no raters and stays.
func ratingSummary(l string) bool {
	if len(l) > maxRatingChars {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsDigit(r) && !strings.ContainsRune("★☆⭐", r) || !matchAny(l, raterStems) {
		return false
	}
	f := strings.FieldsFunc(l, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("()[],:", r) })
	for i := 1; i < len(f); i++ {
		if raterWords[strings.TrimRight(f[i], ".!")] && strings.IndexFunc(f[i-1], func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) < 0 {
			return true
		}
	}
	return false
}

// ratingLabels name a rating summed over many raters, set as a label
// before its figure ("Average Rating: 4.9", "Total Reviews: 726"), in
// English, German, French, Spanish and Italian.
var ratingLabels = []string{"average rating", "overall rating", "customer rating", "total reviews", "total ratings",
	"number of reviews", "review count", "durchschnittliche bewertung", "gesamtbewertung", "anzahl bewertungen",
	"note moyenne", "nombre d'avis", "valoración media", "número de valoraciones", "valutazione media",
	"numero di recensioni", "avaliação média", "número de avaliações", "gemiddelde beoordeling",
	"aantal beoordelingen"}

// ratingFigure matches what follows a rating's label: a figure, out of
// a scale or in stars at most; "out of" and "stars" in English, German,
// French, Spanish, Portuguese, Italian and Dutch ("4,7 von 5", "4,7 sur
// 5", "4,7 de 5", "4,7 su 5", "4,7 van 5", "4,7 Sternen").
var ratingFigure = regexp.MustCompile(`^\d[\d.,]*(?:\s*(?:/\s*\d+|(?:out of|von|sur|de|su|van|uit) \d+|stars?|sternen?|étoiles|estrellas|estrelas|stelle|sterren))?$`)

// ratingLabel reports whether l, a lower-cased line, is a directory's or
// a shop's summed rating set out as a label and its figure ("Average
// Rating: 4.9", "Total Reviews: 726"): a label of ratingLabels, a colon
// and a figure (ratingFigure), at most maxRatingChars. They are the
// rating widget's lines beside each listed business or product, as
// ratingSummary's are; a critic's verdict has no such label.
func ratingLabel(l string) bool {
	if len(l) > maxRatingChars {
		return false
	}
	label, figure, ok := strings.Cut(l, ":")
	if !ok || !slices.Contains(ratingLabels, strings.TrimSpace(label)) {
		return false
	}
	return ratingFigure.MatchString(strings.TrimSpace(figure))
}

// maxRatingChars is the longest line ratingSummary reads.
const maxRatingChars = 80

// raterStems are the stems of raterWords, looked for before the line is
// split into words.
var raterStems = []string{"vote", "voti", "voto", "rating", "review", "bewertung", "stimme", "avis", "évaluation",
	"valoracion", "recension", "valutazion", "stemmen", "beoordeling", "avalia"}

// raterWords count a rating's raters, in English, German, French, Spanish,
// Italian and Dutch.
var raterWords = map[string]bool{"votes": true, "vote": true, "ratings": true, "rating": true, "reviews": true, "review": true,
	"bewertungen": true, "bewertung": true, "stimmen": true, "stimme": true, "avis": true, "évaluations": true, "votos": true,
	"valoraciones": true, "voti": true, "recensioni": true, "valutazioni": true, "stemmen": true, "beoordelingen": true,
	"avaliações": true, "avaliação": true, "recensies": true}

// ingredientList reports whether the list or table n is a recipe's
// ingredients, named so in its class or id or in those of one of its
// maxIngredientLevels nearest ancestors (ingredientNames: Chefkoch's
// "ingredients" table, WP Recipe Maker's "wprm-recipe-ingredients", a
// German site's "zutaten"). Recipe portals link each ingredient's name to
// its page ("250 g <a>Linsen</a>"), so its link density is a box of
// links' and the cleaning dropped the ingredients whole.
func ingredientList(n *html.Node) bool {
	for a, level := n, 0; a != nil && level <= maxIngredientLevels; a, level = a.Parent, level+1 {
		if ingredientsNamed(a) {
			return true
		}
	}
	return false
}

// ingredientsNamed reports whether n's class or id names a recipe's
// ingredients (ingredientNames).
func ingredientsNamed(n *html.Node) bool {
	return matchAny(strings.ToLower(classID(n)), ingredientNames)
}

// ingredientNames name a recipe's ingredients in a class or id, in
// English, German, French, Italian and Spanish.
var ingredientNames = []string{"ingredient", "zutat", "ingrédient", "ingrediënt"}

// maxIngredientLevels is how far above a list ingredientList looks for
// its name.
const maxIngredientLevels = 2
