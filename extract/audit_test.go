package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// The audit of issue 12's seven failure kinds (extract/v18): made-up pages
// as the held-out pages present them, German as often as English, each
// with the text that must and must not come out, as trafilatura's
// evaluation set checks its "with" and "without" snippets.

// dePara is a paragraph of plausible German article text, told apart by
// its label.
func dePara(label string) string {
	return label + " erklärte am Dienstag, der Gemeinderat habe nach langer Debatte dem Plan zugestimmt, der mehr kosten werde als erwartet und zwei Jahre dauern solle."
}

// dePara2 is a second German sentence, so that pages are not one sentence
// repeated.
func dePara2(label string) string {
	return label + " Die Bürgerinnen und Bürger können sich bis Ende März in der Stadtbücherei über die Pläne informieren, danach entscheidet der Rat endgültig."
}

type auditPage struct {
	name    string
	doc     string
	want    []string
	wantNot []string
}

func runAudit(t *testing.T, pages []auditPage) {
	t.Helper()
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(p.doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			if strings.TrimSpace(a.Text) == "" {
				t.Fatalf("empty text (extraction %q)", a.Extraction)
			}
			checkText(t, a.Text, p.want, p.wantNot)
		})
	}
}

// TestAuditSwallowingElements: kind 1, the article inside an element the
// cleaning removes whole: an unclosed <header> that takes the page along,
// an <aside> wrapping the post, paragraphs set in <header>s.
func TestAuditSwallowingElements(t *testing.T) {
	runAudit(t, []auditPage{
		{
			name: "unclosed header swallows a German news page",
			doc: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neubau der Brücke beschlossen | Kreisbote</title></head><body>
<header class="site-header"><div class="logo"><a href="/">Kreisbote</a></div>
<nav><ul><li><a href="/lokales">Lokales</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav>
<div class="content"><h1>Neubau der Brücke beschlossen</h1><p class="meta">Von Anna Schmidt, 12.03.2024</p>
<p>` + dePara("Bürgermeister Huber") + `</p><p>` + dePara2("Kämmerin Lange") + `</p><p>` + dePara("Ortsvorsteher Brandt") + `</p><p>` + dePara2("Stadtrat Özdemir") + `</p>
</div>
<footer><p>© 2024 Kreisbote Verlag GmbH</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
</body></html>`,
			want:    []string{"Bürgermeister Huber erklärte", "Kämmerin Lange", "Stadtrat Özdemir Die Bürgerinnen"},
			wantNot: []string{"Datenschutz", "Kreisbote Verlag"},
		},
		{
			name: "WordPress theme wraps the post in aside",
			doc: `<html lang="en"><head><title>Notes from the allotment</title></head><body><div id="page">
<header id="masthead"><a href="/">My Garden Diary</a><nav><a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
<div id="content"><aside class="post type-post hentry"><h2 class="entry-title">Notes from the allotment</h2>
<div class="entry-content"><p>` + para("Our neighbour") + `</p><p>` + para("The committee") + `</p><p>` + para("The old gardener") + `</p></div></aside>
<aside id="secondary" class="widget-area"><section class="widget"><h3>Archives</h3><ul><li><a href="/2024/05">May 2024</a></li><li><a href="/2024/04">April 2024</a></li></ul></section></aside>
</div></div></body></html>`,
			want:    []string{"Our neighbour said", "The committee said", "The old gardener said"},
			wantNot: []string{"May 2024", "Archives"},
		},
		{
			name: "paragraphs set in header elements",
			doc: `<html lang="de"><head><title>Vereinsfest 2024</title></head><body>
<header><a href="/">TSV Musterdorf</a><nav><a href="/verein">Verein</a> <a href="/termine">Termine</a></nav></header>
<main><h1>Vereinsfest 2024</h1>
<header class="section"><p>` + dePara("Der Vorsitzende") + `</p></header>
<header class="section"><p>` + dePara2("Die Jugendabteilung") + `</p></header>
<header class="section"><p>` + dePara("Der Kassenwart") + `</p></header></main>
<footer>TSV Musterdorf e.V. · Impressum</footer></body></html>`,
			want:    []string{"Der Vorsitzende erklärte", "Die Jugendabteilung", "Der Kassenwart"},
			wantNot: []string{"Impressum"},
		},
		{
			name: "article header holding the whole body (German news CMS)",
			doc: `<html lang="de"><head><title>Streik bei der Bahn</title></head><body>
<header class="page-header"><a href="/">Tagesblatt</a><nav><a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a></nav></header>
<div class="wrapper"><article class="article"><header class="article-header"><h1>Streik bei der Bahn</h1>
<p class="teaser">` + dePara("Die Gewerkschaft") + `</p>
<div class="article-body"><p>` + dePara2("Ein Sprecher der Bahn") + `</p><p>` + dePara("Die Pendlerverbände") + `</p><p>` + dePara2("Der Verkehrsminister") + `</p></div></header></article>
<aside class="sidebar"><h3>Meistgelesen</h3><ul><li><a href="/a">Unfall auf der A7</a></li><li><a href="/b">Neues Freibad eröffnet</a></li></ul></aside></div></body></html>`,
			want:    []string{"Die Gewerkschaft erklärte", "Ein Sprecher der Bahn", "Der Verkehrsminister"},
			wantNot: []string{"Unfall auf der A7", "Meistgelesen"},
		},
	})
}

// TestAuditNoscriptBody: kind 2, the body only inside <noscript>, the
// copy a blog platform renders for readers without scripts.
func TestAuditNoscriptBody(t *testing.T) {
	runAudit(t, []auditPage{
		{
			name: "Medium-like: app root empty, article in noscript",
			doc: `<html lang="en"><head><title>Why we moved our servers – Engineering Blog</title><script>window.__APOLLO_STATE__={}</script></head><body>
<div id="root"></div>
<noscript><article><h1>Why we moved our servers</h1><p>` + para("Our CTO") + `</p><p>` + para("The finance team") + `</p><p>` + para("The night shift") + `</p></article></noscript>
<script src="/main.js"></script></body></html>`,
			want: []string{"Our CTO said", "The finance team said", "The night shift said"},
		},
		{
			name: "German blog: noscript in head swallows the body",
			doc: `<html lang="de"><head><title>Herbstwanderung im Harz</title><noscript><link rel="stylesheet" href="/noscript.css"></head><body>
<div class="post"><h1>Herbstwanderung im Harz</h1><p>` + dePara("Unsere Gruppe") + `</p><p>` + dePara2("Der Wanderführer") + `</p><p>` + dePara("Die Hüttenwirtin") + `</p></div></noscript>
<div id="app" data-hydrate="1"></div></body></html>`,
			want: []string{"Unsere Gruppe erklärte", "Der Wanderführer", "Die Hüttenwirtin"},
		},
		{
			name: "noscript with the post beside a script-rendered shell of links",
			doc: `<html lang="de"><head><title>Rezension: Der Sommer am See</title></head><body>
<div id="app"><div class="skeleton"><a href="/">Startseite</a> <a href="/buecher">Bücher</a> <a href="/login">Anmelden</a></div></div>
<noscript><div class="post-body"><h1>Rezension: Der Sommer am See</h1><p>` + dePara2("Die Autorin") + `</p><p>` + dePara("Ihr Verlag") + `</p><p>` + dePara2("Die Kritikerin") + `</p></div></noscript>
</body></html>`,
			want:    []string{"Die Autorin Die Bürgerinnen", "Ihr Verlag erklärte", "Die Kritikerin"},
			wantNot: []string{"Anmelden"},
		},
		{
			name: "a noscript tracking pixel is not the article",
			doc: `<html lang="en"><head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p><p>` + para("Charlie") + `</p></article>
<noscript><img src="https://pixel.example/t.gif" alt=""><p>Please enable JavaScript to view the comments powered by Disqus.</p></noscript></body></html>`,
			want:    []string{"Alpha said", "Charlie said"},
			wantNot: []string{"enable JavaScript"},
		},
	})
}

// TestAuditBrSeparatedText: kind 3, text in <div>s separated by <br>,
// with no <p> at all (forums, old CMSs, Blogger posts).
func TestAuditBrSeparatedText(t *testing.T) {
	runAudit(t, []auditPage{
		{
			name: "Blogger post-body with br only",
			doc: `<html lang="de"><head><title>Mein Sauerteig – Backblog</title></head><body><div class="outer">
<div class="header"><h1><a href="/">Backblog</a></h1></div>
<div class="main"><div class="post hentry"><h3 class="post-title">Mein Sauerteig</h3>
<div class="post-body entry-content" id="post-body-123">` + dePara("Meine Oma") + `<br><br>` + dePara2("Der Bäcker im Ort") + `<br><br>` + dePara("Meine Nachbarin") + `<br><br>` + dePara2("Mein Mann") + `<br><div style="clear: both;"></div></div>
<div class="post-footer">Eingestellt von Petra um 10:12 <a href="#">Keine Kommentare:</a></div></div></div>
<div class="sidebar"><div class="widget"><h2>Blog-Archiv</h2><ul><li><a href="/2024">2024 (12)</a></li><li><a href="/2023">2023 (30)</a></li></ul></div></div>
</div></body></html>`,
			want:    []string{"Meine Oma erklärte", "Der Bäcker im Ort", "Meine Nachbarin", "Mein Mann Die Bürgerinnen"},
			wantNot: []string{"Blog-Archiv", "2023 (30)"},
		},
		{
			name: "forum post with br text in table cells",
			doc: `<html lang="de"><head><title>Heizung macht Geräusche - Haustechnik-Forum</title></head><body>
<table class="forumline"><tr><td class="row1"><span class="name">heizer77</span><br>Beiträge: 120</td>
<td class="row1"><div class="postbody">Hallo zusammen,<br><br>` + dePara("Mein Installateur") + `<br>` + dePara2("Der Schornsteinfeger") + `<br><br>` + dePara("Der Hersteller") + `<br><br>Danke und Gruß</div></td></tr></table>
<div class="copyright">Powered by phpBB © phpBB Group</div></body></html>`,
			want:    []string{"Mein Installateur erklärte", "Der Schornsteinfeger", "Der Hersteller erklärte"},
			wantNot: []string{"phpBB"},
		},
		{
			name: "English old CMS: font tags and br in a div",
			doc: `<html><head><title>Town Hall Minutes</title></head><body><div id="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/links">Links</a></div>
<div id="maintext"><font size="4"><b>Town Hall Minutes</b></font><br><br><font face="Arial">` + para("The clerk") + `<br><br>` + para("The treasurer") + `<br><br>` + para("The fire chief") + `</font></div>
<div id="footer">Webmaster: info@example.org</div></body></html>`,
			want:    []string{"The clerk said", "The treasurer said", "The fire chief said"},
			wantNot: []string{"Webmaster"},
		},
		{
			name: "German club page: br text in a td of a layout table",
			doc: `<html lang="de"><head><title>Chronik – Gesangverein Frohsinn</title></head><body><table width="760"><tr><td class="navi" width="160"><a href="/">Startseite</a><br><a href="/chronik">Chronik</a><br><a href="/kontakt">Kontakt</a></td>
<td class="inhalt"><b>Chronik</b><br><br>` + dePara("Der Gründer") + `<br><br>` + dePara2("Der erste Dirigent") + `<br><br>` + dePara("Die Chronistin") + `</td></tr>
<tr><td colspan="2" class="fuss">Letzte Änderung: 12.01.2009 · Besucher: 004711</td></tr></table></body></html>`,
			want:    []string{"Der Gründer erklärte", "Der erste Dirigent", "Die Chronistin erklärte"},
			wantNot: []string{"Besucher: 004711", "Startseite"},
		},
	})
}

// TestAuditRuby: kind 4, ruby annotations (furigana in <rt>, with or
// without <rp> brackets) are not read inline.
func TestAuditRuby(t *testing.T) {
	ja := func(n int) string {
		return fmt.Sprintf(`<p>第%d回の<ruby>会議<rp>(</rp><rt>かいぎ</rt><rp>)</rp></ruby>で、<ruby>市長<rt>しちょう</rt></ruby>は<ruby>新<rt>あたら</rt></ruby>しい<ruby>橋<rt>はし</rt></ruby>の<ruby>建設<rt>けんせつ</rt></ruby>を<ruby>発表<rt>はっぴょう</rt></ruby>しました。<ruby>工事<rt>こうじ</rt></ruby>は<ruby>来年<rt>らいねん</rt></ruby>の<ruby>春<rt>はる</rt></ruby>に<ruby>始<rt>はじ</rt></ruby>まり、二年かかる<ruby>予定<rt>よてい</rt></ruby>です。<ruby>住民<rt>じゅうみん</rt></ruby>からは<ruby>賛成<rt>さんせい</rt></ruby>の<ruby>声<rt>こえ</rt></ruby>が<ruby>多<rt>おお</rt></ruby>く<ruby>聞<rt>き</rt></ruby>かれました。</p>`, n)
	}
	runAudit(t, []auditPage{
		{
			name: "NHK Easy-like article with furigana",
			doc: `<html lang="ja"><head><title>新しい橋</title></head><body><nav><a href="/">ホーム</a> <a href="/news">ニュース</a></nav>
<article><h1><ruby>新<rt>あたら</rt></ruby>しい<ruby>橋<rt>はし</rt></ruby></h1>` + ja(1) + ja(2) + ja(3) + `</article></body></html>`,
			want:    []string{"市長は新しい橋の建設を発表しました", "会議で"},
			wantNot: []string{"しちょう", "かいぎ", "(", "はっぴょう"},
		},
		{
			name: "ruby with rb elements",
			doc: `<html lang="ja"><head><title>漢字</title></head><body><div class="entry-content">` +
				strings.Repeat(`<p><ruby><rb>東京</rb><rp>（</rp><rt>とうきょう</rt><rp>）</rp></ruby>の<ruby><rb>天気</rb><rt>てんき</rt></ruby>は、<ruby><rb>明日</rb><rt>あした</rt></ruby>から<ruby><rb>雨</rb><rt>あめ</rt></ruby>になる<ruby><rb>見込</rb><rt>みこ</rt></ruby>みです。<ruby><rb>気象庁</rb><rt>きしょうちょう</rt></ruby>によると、<ruby><rb>週末</rb><rt>しゅうまつ</rt></ruby>まで<ruby><rb>続</rb><rt>つづ</rt></ruby>くということです。</p>`, 4) +
				`</div></body></html>`,
			want:    []string{"東京の天気は、明日から雨になる見込みです。"},
			wantNot: []string{"とうきょう", "（", "きしょうちょう"},
		},
	})
}

// TestAuditRecipesAndProducts: kind 5, recipe and product pages: the
// intro, the ingredient list and the facts table stay, a tips block
// elsewhere on the page or a reviews widget goes.
func TestAuditRecipesAndProducts(t *testing.T) {
	runAudit(t, []auditPage{
		{
			name: "WP Recipe Maker card after the intro",
			doc: `<html lang="de"><head><title>Apfelkuchen vom Blech – Omas Küche</title></head><body>
<header id="masthead"><a href="/">Omas Küche</a><nav><a href="/rezepte">Rezepte</a> <a href="/ueber-mich">Über mich</a></nav></header>
<div id="primary"><article class="post"><h1 class="entry-title">Apfelkuchen vom Blech</h1><div class="entry-content">
<p>Dieser Apfelkuchen ist seit Jahren unser liebstes Rezept für den Sonntag, saftig, schnell gemacht und mit Äpfeln aus dem eigenen Garten, die im Herbst in Massen anfallen.</p>
<p>Der Teig ist ein einfacher Rührteig, den man am Vortag vorbereiten kann, und die Streusel machen ihn zum Liebling der ganzen Familie, auch der Kinder.</p>
<div id="wprm-recipe-container-42" class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-classic">
<h2 class="wprm-recipe-name">Apfelkuchen vom Blech</h2>
<div class="wprm-recipe-details-container"><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Vorbereitung</span> <span class="wprm-recipe-details">20 Minuten</span></div>
<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Backzeit</span> <span class="wprm-recipe-details">45 Minuten</span></div></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Zutaten</h3><ul class="wprm-recipe-ingredients">
<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">250</span> <span class="wprm-recipe-ingredient-unit">g</span> <span class="wprm-recipe-ingredient-name">Mehl</span></li>
<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">150</span> <span class="wprm-recipe-ingredient-unit">g</span> <span class="wprm-recipe-ingredient-name">Butter</span></li>
<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">1</span> <span class="wprm-recipe-ingredient-unit">kg</span> <span class="wprm-recipe-ingredient-name">säuerliche Äpfel</span></li></ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Anleitung</h3><ol class="wprm-recipe-instructions">
<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Butter, Zucker und Eier schaumig rühren, dann das Mehl mit dem Backpulver unterheben.</div></li>
<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Den Teig auf dem Blech verteilen und mit den Apfelspalten belegen, dann die Streusel darüber geben.</div></li></ol></div>
</div></div></div></article>
<div class="comments-area"><h3>3 Kommentare</h3><div class="comment"><p>Super Rezept, haben wir gestern gebacken und alle waren begeistert, danke dafür!</p></div></div></div>
<aside id="secondary"><section class="widget"><h3>Neueste Rezepte</h3><ul><li><a href="/r/1">Zwetschgendatschi</a></li><li><a href="/r/2">Käsekuchen ohne Boden</a></li></ul></section></aside>
</body></html>`,
			want:    []string{"Dieser Apfelkuchen ist seit Jahren", "Der Teig ist ein einfacher Rührteig", "250 g Mehl", "säuerliche Äpfel", "Butter, Zucker und Eier schaumig", "mit den Apfelspalten belegen"},
			wantNot: []string{"Super Rezept", "Zwetschgendatschi"},
		},
		{
			name: "Tasty Recipes card with a nutrition table",
			doc: `<html lang="en"><head><title>Easy Lentil Soup - The Green Pot</title></head><body>
<nav class="main-nav"><a href="/">Home</a> <a href="/recipes">Recipes</a> <a href="/shop">Shop</a></nav>
<main><article><h1>Easy Lentil Soup</h1>
<p>This lentil soup has carried us through many cold evenings, and it only takes one pot, a handful of pantry staples and about forty minutes of your time.</p>
<p>Red lentils break down as they cook, which makes the soup creamy without any cream, and a squeeze of lemon at the end brightens the whole thing up.</p>
<div class="tasty-recipes tasty-recipes-1234"><div class="tasty-recipes-entry-header"><h2 class="tasty-recipes-title">Easy Lentil Soup</h2>
<div class="tasty-recipes-details"><ul><li class="prep-time"><span class="tasty-recipes-label">Prep Time:</span> <span class="tasty-recipes-prep-time">10 minutes</span></li><li class="yield"><span class="tasty-recipes-label">Yield:</span> <span class="tasty-recipes-yield">4 servings</span></li></ul></div></div>
<div class="tasty-recipes-ingredients"><h3>Ingredients</h3><ul><li>1 cup red lentils, rinsed</li><li>1 onion, diced</li><li>4 cups vegetable broth</li><li>juice of half a lemon</li></ul></div>
<div class="tasty-recipes-instructions"><h3>Instructions</h3><ol><li>Soften the onion in olive oil over medium heat for five minutes.</li><li>Add the lentils and the broth, bring to a boil and simmer for twenty minutes.</li></ol></div>
<div class="tasty-recipes-nutrition"><h3>Nutrition</h3><table><tr><td>Calories</td><td>220</td></tr><tr><td>Protein</td><td>14 g</td></tr><tr><td>Fiber</td><td>9 g</td></tr></table></div>
</div></article></main>
<div class="jp-relatedposts"><h3>Related</h3><a href="/x">Chickpea Curry</a> <a href="/y">Tomato Soup</a></div>
<footer><p>© The Green Pot. All rights reserved.</p></footer></body></html>`,
			want:    []string{"This lentil soup has carried us", "Red lentils break down", "1 cup red lentils, rinsed", "4 cups vegetable broth", "Soften the onion", "simmer for twenty minutes", "Calories"},
			wantNot: []string{"Chickpea Curry", "All rights reserved"},
		},
		{
			name: "Shopify product page: description and spec table, not reviews",
			doc: `<html lang="de"><head><title>Wanderrucksack Alpin 30 – Bergladen</title></head><body>
<header class="site-header"><a href="/">Bergladen</a><nav><a href="/collections/all">Alle Produkte</a> <a href="/cart">Warenkorb (0)</a></nav></header>
<main id="MainContent"><div class="product-single"><div class="product-single__meta"><h1 class="product-single__title">Wanderrucksack Alpin 30</h1>
<span class="price">89,95 €</span><form action="/cart/add"><select name="id"><option>Grün</option><option>Blau</option></select><button type="submit">In den Warenkorb</button></form>
<div class="product-single__description rte"><p>Der Alpin 30 ist ein leichter Tagesrucksack für lange Wanderungen, mit einem belüfteten Rückensystem, das auch an heißen Tagen trocken bleibt und die Last gut auf die Hüften verteilt.</p>
<p>Die Seitentaschen nehmen Trinkflaschen bis einen Liter auf, das Deckelfach hält Karte und Handy griffbereit, und eine Regenhülle ist im Boden verstaut.</p>
<table><tbody><tr><td>Volumen</td><td>30 Liter</td></tr><tr><td>Gewicht</td><td>1,1 kg</td></tr><tr><td>Material</td><td>recyceltes Polyamid</td></tr></tbody></table></div></div></div>
<div id="shopify-product-reviews" class="spr-container"><h2 class="spr-header-title">Kundenbewertungen</h2><div class="spr-review"><h3 class="spr-review-header-title">Sehr bequem</h3><p class="spr-review-content-body">Ich habe den Rucksack auf einer Alpenüberquerung getragen und bin sehr zufrieden, er sitzt gut und ist robust.</p></div>
<div class="spr-review"><h3 class="spr-review-header-title">Gut, aber</h3><p class="spr-review-content-body">Für meinen Geschmack könnte das Hüftband etwas breiter sein, ansonsten ein guter Rucksack für den Preis.</p></div></div>
<div class="product-recommendations"><h2>Das könnte dir auch gefallen</h2><a href="/p/1">Trinkflasche 1 l</a> <a href="/p/2">Regenjacke Sturm</a></div></main>
<footer><p>Versandkostenfrei ab 50 €</p></footer></body></html>`,
			want:    []string{"Der Alpin 30 ist ein leichter Tagesrucksack", "Die Seitentaschen nehmen", "Volumen 30 Liter", "Gewicht 1,1 kg"},
			wantNot: []string{"Alpenüberquerung", "Hüftband", "Regenjacke Sturm"},
		},
		{
			name: "recipe with a tips block in the sidebar",
			doc: `<html lang="en"><head><title>Overnight Oats</title></head><body>
<div class="site"><div class="content-area"><article class="recipe"><h1>Overnight Oats</h1>
<p>Overnight oats are the breakfast I make most often in summer, because they wait in the fridge while you sleep and are ready the moment you wake up.</p>
<h2>Ingredients</h2><ul class="ingredients"><li>½ cup rolled oats</li><li>½ cup milk</li><li>¼ cup yogurt</li><li>1 tsp honey</li></ul>
<h2>Method</h2><ol><li>Stir everything together in a jar and close the lid.</li><li>Leave it in the fridge overnight, then top with berries.</li></ol></article></div>
<aside class="sidebar"><div class="widget tips"><h3>Kitchen tips of the week</h3><p>Keep your knives sharp: a dull knife slips more easily and is far more dangerous than a sharp one, and it bruises herbs.</p><p>Store flour in an airtight jar so it keeps its flavour for months and stays safe from pantry moths.</p></div></aside></div></body></html>`,
			want:    []string{"Overnight oats are the breakfast", "½ cup rolled oats", "1 tsp honey", "Stir everything together"},
			wantNot: []string{"Keep your knives sharp", "airtight jar"},
		},
	})
}

// TestAuditLongBlocksOverShortArticle: kind 6, a long reference list, a
// signatories table or a teaser block beside a short article.
func TestAuditLongBlocksOverShortArticle(t *testing.T) {
	var refs, signers, teasers strings.Builder
	for i := range 40 {
		fmt.Fprintf(&refs, `<li id="cite-%d">Müller, K.; Schneider, P. (20%02d): Studie Nummer %d zur Stadtentwicklung. In: Zeitschrift für Raumordnung %d, S. %d–%d. <a href="https://doi.org/10.1000/%d">doi:10.1000/%d</a></li>`, i, i%24, i, i, i*10, i*10+9, i, i)
		fmt.Fprintf(&signers, `<tr><td>Prof. Dr. Vorname%d Nachname%d</td><td>Universität Stadt%d</td><td>Institut für Fach%d</td></tr>`, i, i, i, i)
		fmt.Fprintf(&teasers, `<div class="teaser"><h3><a href="/artikel/%d">Weitere Meldung Nummer %d aus der Region</a></h3><p>Kurzer Anreißer zu Meldung %d, die Sie auch interessieren könnte, mit ein paar Worten mehr.</p></div>`, i, i, i)
	}
	runAudit(t, []auditPage{
		{
			name: "short German article with a long reference list",
			doc: `<html lang="de"><head><title>Mehr Grün in der Stadt</title></head><body><nav><a href="/">Start</a></nav>
<main><article><h1>Mehr Grün in der Stadt</h1><p>` + dePara("Die Forscherin") + `</p><p>` + dePara2("Ihr Kollege") + `</p>
<h2>Literatur</h2><ol class="references">` + refs.String() + `</ol></article></main></body></html>`,
			want: []string{"Die Forscherin erklärte", "Ihr Kollege Die Bürgerinnen"},
		},
		{
			name: "open letter with a long signatories table",
			doc: `<html lang="de"><head><title>Offener Brief zur Forschungsförderung</title></head><body><header><a href="/">Initiative</a></header>
<div class="content"><h1>Offener Brief zur Forschungsförderung</h1><div class="letter"><p>` + dePara("Die Unterzeichnenden") + `</p><p>` + dePara2("Die Bundesregierung") + `</p><p>` + dePara("Die Länder") + `</p></div>
<h2>Unterzeichnende</h2><table class="signatories">` + signers.String() + `</table></div></body></html>`,
			want: []string{"Die Unterzeichnenden erklärte", "Die Bundesregierung", "Die Länder erklärte"},
		},
		{
			name: "short press release beside a long teaser block",
			doc: `<html lang="de"><head><title>Neue Kita eröffnet – Pressemitteilung</title></head><body><header class="site"><a href="/">Stadt Musterstadt</a></header>
<div class="main"><div class="col-8"><article class="press-release"><h1>Neue Kita eröffnet</h1><p class="date">Pressemitteilung vom 04.03.2024</p><p>` + dePara("Die Sozialdezernentin") + `</p><p>` + dePara2("Die Kita-Leitung") + `</p></article></div>
<div class="col-4"><div class="more-news">` + teasers.String() + `</div></div></div><footer>Stadt Musterstadt · Rathausplatz 1</footer></body></html>`,
			want:    []string{"Die Sozialdezernentin erklärte", "Die Kita-Leitung"},
			wantNot: []string{"Weitere Meldung Nummer 7", "Kurzer Anreißer"},
		},
		{
			name: "short English news item above a long run of teasers",
			doc: `<html lang="en"><head><title>Library to extend opening hours</title></head><body><header><a href="/">The Gazette</a></header>
<div id="wrap"><main><article class="story"><h1>Library to extend opening hours</h1><p>` + para("The head librarian") + `</p><p>` + para("A spokesman for the council") + `</p></article>
<section class="latest">` + strings.ReplaceAll(strings.ReplaceAll(teasers.String(), "Weitere Meldung Nummer", "Another local story number"), "Kurzer Anreißer zu Meldung", "A short summary of story") + `</section></main></div></body></html>`,
			want:    []string{"The head librarian said", "A spokesman for the council said"},
			wantNot: []string{"Another local story number 7", "A short summary of story 9"},
		},
		{
			name: "a blog's listing page: the teasers are its text",
			doc: `<html lang="de"><head><title>Kategorie Garten – Gartenblog</title></head><body><header><a href="/">Gartenblog</a></header>
<main><div class="posts">` + strings.ReplaceAll(strings.ReplaceAll(teasers.String(), `<div class="teaser">`, `<article class="post-teaser">`), `</div>`, `</article>`) + `</div></main>
<aside class="sidebar"><div class="about"><p>Ich bin Petra und schreibe hier seit 2015 über meinen Garten, das Gemüse, die Hühner und alles, was dazwischen wächst.</p></div></aside></body></html>`,
			want: []string{"Weitere Meldung Nummer 7", "Kurzer Anreißer zu Meldung 9"},
		},
	})
}

// TestAuditLandingPages: kind 7, landing and one-page sites where a
// teaser or an embedded social post might win over the page's own text.
func TestAuditLandingPages(t *testing.T) {
	runAudit(t, []auditPage{
		{
			name: "one-page site of a practice with an Instagram embed",
			doc: `<html lang="de"><head><title>Physiotherapie am Markt</title></head><body>
<header><nav><a href="#leistungen">Leistungen</a> <a href="#team">Team</a> <a href="#kontakt">Kontakt</a></nav></header>
<section id="hero"><h1>Physiotherapie am Markt</h1><p>Bewegung ist Leben.</p><a class="btn" href="#kontakt">Termin vereinbaren</a></section>
<section id="leistungen"><h2>Unsere Leistungen</h2><p>Wir behandeln Beschwerden des Bewegungsapparats mit Krankengymnastik, manueller Therapie und Lymphdrainage, auf Rezept und für Selbstzahler, in hellen Räumen direkt am Marktplatz.</p>
<p>Nach Operationen begleiten wir Sie vom ersten Tag der Reha an, zu Hause oder in der Praxis, und stimmen jeden Schritt mit Ihrer Ärztin oder Ihrem Arzt ab.</p></section>
<section id="team"><h2>Unser Team</h2><p>Sechs Therapeutinnen und Therapeuten mit Zusatzausbildungen in Sportphysiotherapie, Bobath und Kiefergelenksbehandlung kümmern sich um Sie.</p></section>
<section id="social"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/xyz/"><div><a href="https://www.instagram.com/p/xyz/">Dieser Beitrag wurde auf Instagram geteilt. Heute haben wir unser neues Trainingsgerät eingeweiht, schaut doch mal vorbei und probiert es aus, wir freuen uns auf euch alle! #physio #training #markt</a></div></blockquote></section>
<section id="kontakt"><h2>Kontakt</h2><p>Marktplatz 3, 12345 Musterstadt</p></section></body></html>`,
			want: []string{"Wir behandeln Beschwerden des Bewegungsapparats", "Nach Operationen begleiten wir Sie", "Sechs Therapeutinnen"},
		},
		{
			name: "one-page site of a joinery: sections kept, the newsletter form not",
			doc: `<html lang="de"><head><title>Tischlerei Holzwerk</title></head><body><header><nav><a href="#ueber">Über uns</a> <a href="#arbeiten">Arbeiten</a></nav></header>
<section><h1>Tischlerei Holzwerk</h1><a class="btn" href="#kontakt">Angebot anfragen</a></section>
<section id="ueber"><h2>Über uns</h2><p>Seit drei Generationen bauen wir in unserer Werkstatt am Ortsrand Möbel nach Maß, aus heimischem Holz, geölt statt lackiert, und so, dass sie ein Leben lang halten.</p>
<p>Vom ersten Aufmaß bei Ihnen zu Hause bis zur Montage liegt alles in einer Hand, und jede Zeichnung besprechen wir mit Ihnen, bevor die erste Diele gesägt wird.</p></section>
<section id="arbeiten"><h2>Unsere Arbeiten</h2><p>Einbauschränke unter Dachschrägen, Küchen aus Eiche und Treppen, die nicht knarren, gehören ebenso dazu wie die Reparatur alter Erbstücke.</p></section>
<section id="news"><h2>Newsletter</h2><p>Einmal im Monat schicken wir Ihnen Neuigkeiten aus der Werkstatt, Pflegetipps für Holzmöbel und Termine unserer offenen Werkstatttage.</p><form><input type="email" name="email"><button>Anmelden</button></form></section>
<footer>Tischlerei Holzwerk GmbH · Impressum · Datenschutz</footer></body></html>`,
			want:    []string{"Seit drei Generationen", "Vom ersten Aufmaß", "Einbauschränke unter Dachschrägen"},
			wantNot: []string{"Pflegetipps", "Impressum"},
		},
		{
			name: "startup landing page with a testimonial teaser",
			doc: `<html lang="en"><head><title>Ledgerly – bookkeeping for small shops</title></head><body>
<nav><a href="/">Ledgerly</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav>
<section class="hero"><h1>Bookkeeping for small shops</h1><p>Ledgerly reads your bank feed, sorts every payment into the right account and has your VAT return ready before the deadline, so you can get back to running the shop.</p><a href="/signup">Start free trial</a></section>
<section class="features"><div class="feature"><h3>Bank feeds</h3><p>Connect any European bank in two minutes; payments arrive every morning, already matched to the invoices they settle.</p></div>
<div class="feature"><h3>Receipts</h3><p>Snap a receipt with your phone and Ledgerly files it, reads the amount and the tax, and attaches it to the payment.</p></div>
<div class="feature"><h3>Tax returns</h3><p>Quarterly VAT returns are prepared from your books and sent to the tax office with one click once you have checked them.</p></div></section>
<section class="testimonial"><blockquote><p>“Ledgerly saves me a day every month.”</p><cite>— Jo, bakery owner</cite></blockquote></section>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`,
			want:    []string{"Ledgerly reads your bank feed", "Connect any European bank", "Snap a receipt", "Quarterly VAT returns"},
			wantNot: []string{"Privacy"},
		},
		{
			name: "short German news item with an embedded tweet and teasers",
			doc: `<html lang="de"><head><title>Sturm legt Bahnverkehr lahm</title></head><body><header><a href="/">Nachrichten</a></header>
<main><article><h1>Sturm legt Bahnverkehr lahm</h1><p>` + dePara("Die Bahn") + `</p>
<blockquote class="twitter-tweet"><p lang="de">Wegen umgestürzter Bäume ist der Abschnitt zwischen A-Stadt und B-Dorf gesperrt. Bitte informiert euch vor Fahrtantritt.</p>— DB Info (@db_info) <a href="https://twitter.com/db_info/status/1">3. März 2024</a></blockquote>
<p>` + dePara2("Der Wetterdienst") + `</p></article>
<section class="related"><h2>Mehr zum Thema</h2><article class="teaser"><h3><a href="/x">Orkanböen erwartet</a></h3><p>Der Wetterdienst warnt vor Sturm im ganzen Land.</p></article><article class="teaser"><h3><a href="/y">Schulausfall in Hessen</a></h3><p>Viele Schulen bleiben am Montag geschlossen.</p></article></section></main></body></html>`,
			want:    []string{"Die Bahn erklärte", "Der Wetterdienst Die Bürgerinnen"},
			wantNot: []string{"Schulausfall in Hessen", "Viele Schulen bleiben"},
		},
	})
}

// TestAuditNeverEmpty: a page with text never comes out empty; where the
// main pass finds nothing, the fallback's text is marked so.
func TestAuditNeverEmpty(t *testing.T) {
	for _, tt := range []struct {
		name string
		doc  string
		want string
	}{
		{"text only in a nav", `<html><body><nav><p>Die Praxis bleibt vom 1. bis 14. August wegen Urlaub geschlossen, Vertretung hat Dr. Meier.</p></nav></body></html>`, "Vertretung hat Dr. Meier"},
		{"text only in a footer", `<html><body><footer>Wir sind umgezogen: Sie finden uns ab sofort in der Bahnhofstraße 12.</footer></body></html>`, "Bahnhofstraße 12"},
		{"only link text", `<html><body><div><a href="/a">Zum Onlineshop</a> <a href="/b">Zur Terminbuchung</a></div></body></html>`, "Terminbuchung"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromReader(strings.NewReader(tt.doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("text %q lacks %q", a.Text, tt.want)
			}
			if a.Extraction != newsner.ExtractionFallback {
				t.Errorf("extraction %q, want %q", a.Extraction, newsner.ExtractionFallback)
			}
		})
	}
}

// TestAuditStructureAsText: lists and tables come out in reading order,
// one item or row a line.
func TestAuditStructureAsText(t *testing.T) {
	doc := `<html lang="de"><head><title>Öffnungszeiten und Preise</title></head><body><main><article><h1>Öffnungszeiten und Preise</h1>
<p>` + dePara("Der Bäderbetrieb") + `</p><p>` + dePara2("Die Schwimmmeisterin") + `</p>
<p>Das gilt ab April:</p><ul><li>Montag geschlossen</li><li>Dienstag bis Freitag 7 bis 21 Uhr</li><li>Wochenende 9 bis 18 Uhr</li></ul>
<table><thead><tr><th>Tarif</th><th>Preis</th></tr></thead><tbody><tr><td>Erwachsene</td><td>5,50 €</td></tr><tr><td>Kinder</td><td>3,00 €</td></tr></tbody></table>
<p>` + dePara("Der Förderverein") + `</p></article></main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Montag geschlossen\n\nDienstag bis Freitag 7 bis 21 Uhr\n\nWochenende 9 bis 18 Uhr", "Erwachsene 5,50 €\n", "Kinder 3,00 €"}, nil)
	order := []string{"Der Bäderbetrieb", "Das gilt ab April", "Montag geschlossen", "Tarif", "Erwachsene", "Kinder", "Der Förderverein"}
	last := -1
	for _, s := range order {
		i := strings.Index(a.Text, s)
		if i <= last {
			t.Errorf("%q out of reading order:\n%s", s, a.Text)
		}
		last = i
	}
}

// TestAuditMoreVariants: further pages of the seven kinds, in the markup
// of other CMSs.
func TestAuditMoreVariants(t *testing.T) {
	var related strings.Builder
	for i := range 12 {
		fmt.Fprintf(&related, `<li><a href="/artikel/%d"><img src="/i/%d.jpg" alt=""><span>Das könnte Sie auch interessieren: Meldung %d aus dem Umland</span></a></li>`, i, i, i)
	}
	var notes strings.Builder
	for i := range 30 {
		fmt.Fprintf(&notes, `<li id="cite_note-%d"><span class="reference-text">Bericht des Landesamts für Statistik, Ausgabe %d, Tabelle %d, abgerufen am %d. März 2024.</span></li>`, i, 2000+i, i, i%28+1)
	}
	runAudit(t, []auditPage{
		{
			name: "German newspaper: article body in an aside, a real sidebar beside it",
			doc: `<html lang="de"><head><title>Hochwasser: Pegel steigt weiter – Landeszeitung</title></head><body>
<header class="masthead"><a href="/">Landeszeitung</a><nav><a href="/region">Region</a> <a href="/politik">Politik</a></nav></header>
<main><h1>Hochwasser: Pegel steigt weiter</h1><aside class="article__body"><p>` + dePara("Der Krisenstab") + `</p><p>` + dePara2("Die Feuerwehr") + `</p><p>` + dePara("Ein Anwohner") + `</p></aside>
<aside class="related"><h2>Mehr aus der Region</h2><ul>` + related.String() + `</ul></aside></main>
<footer><a href="/impressum">Impressum</a></footer></body></html>`,
			want:    []string{"Der Krisenstab erklärte", "Die Feuerwehr Die Bürgerinnen", "Ein Anwohner erklärte"},
			wantNot: []string{"Meldung 3 aus dem Umland", "Mehr aus der Region"},
		},
		{
			name: "English blog: unclosed header holding nav and post",
			doc: `<html lang="en"><head><title>Ten years of bees</title></head><body>
<header id="top"><div class="brand"><a href="/">Hive Notes</a></div><nav class="menu"><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a></nav>
<div class="post"><h1>Ten years of bees</h1><p>` + para("My first colony") + `</p><p>` + para("The local beekeepers' club") + `</p><p>` + para("The vet") + `</p></div>
<div class="sidebar"><h4>Categories</h4><a href="/c/bees">Bees</a> <a href="/c/honey">Honey</a></div></body></html>`,
			want:    []string{"My first colony said", "The vet said"},
			wantNot: []string{"Categories"},
		},
		{
			name: "lead in the article header, body after it (German)",
			doc: `<html lang="de"><head><title>Neue Buslinie</title></head><body><header><a href="/">Stadtanzeiger</a></header>
<article><header><h1>Neue Buslinie</h1><p class="intro">Ab Montag fährt die Linie 12 im Zehn-Minuten-Takt zwischen dem Bahnhof und dem neuen Wohngebiet am Südhang.</p><time>4. März 2024</time></header>
<div class="text"><p>` + dePara("Der Verkehrsbetrieb") + `</p><p>` + dePara2("Die Fahrgastvertretung") + `</p></div></article></body></html>`,
			want: []string{"Ab Montag fährt die Linie 12", "Der Verkehrsbetrieb erklärte", "Die Fahrgastvertretung"},
		},
		{
			name: "noscript holding a lazy image only, the article outside it",
			doc: `<html lang="de"><head><title>Sommerfest</title></head><body><article><h1>Sommerfest</h1><figure><img data-src="/f.jpg" class="lazy"><noscript><img src="/f.jpg" alt="Das Sommerfest im Park"></noscript></figure>
<p>` + dePara("Die Veranstalter") + `</p><p>` + dePara2("Die Polizei") + `</p><p>` + dePara("Der Wirt") + `</p></article></body></html>`,
			want:    []string{"Die Veranstalter erklärte", "Die Polizei", "Der Wirt erklärte"},
			wantNot: []string{"<img"},
		},
		{
			name:    "Chinese text with pinyin ruby",
			doc:     `<html lang="zh"><head><title>学习</title></head><body><div class="content">` + strings.Repeat(`<p>我们<ruby>学习<rp>(</rp><rt>xuéxí</rt><rp>)</rp></ruby>中文已经三年了，<ruby>老师<rt>lǎoshī</rt></ruby>说我们进步很大，明年还要去北京参加比赛。</p>`, 5) + `</div></body></html>`,
			want:    []string{"我们学习中文已经三年了，老师说我们进步很大"},
			wantNot: []string{"xuéxí", "lǎoshī"},
		},
		{
			name: "German recipe portal: ingredients in a table",
			doc: `<html lang="de"><head><title>Kartoffelsuppe – Rezeptportal</title></head><body><nav><a href="/">Rezepte</a> <a href="/suche">Suche</a></nav>
<main><article class="recipe"><h1>Kartoffelsuppe</h1><p class="recipe-text">Eine einfache Kartoffelsuppe wie bei Oma, mit Würstchen und viel Majoran, die sich gut vorbereiten lässt und am zweiten Tag noch besser schmeckt.</p>
<h2>Zutaten für 4 Portionen</h2><table class="ingredients"><tbody><tr><td class="amount">1 kg</td><td>Kartoffeln, mehligkochend</td></tr><tr><td class="amount">2</td><td>Möhren</td></tr><tr><td class="amount">1 Liter</td><td>Gemüsebrühe</td></tr><tr><td class="amount">4</td><td>Wiener Würstchen</td></tr></tbody></table>
<h2>Zubereitung</h2><div class="instructions"><p>Kartoffeln und Möhren schälen, würfeln und in der Brühe etwa zwanzig Minuten weich kochen.</p><p>Die Hälfte pürieren, die Würstchen in Scheiben dazugeben und mit Majoran, Salz und Pfeffer abschmecken.</p></div></article>
<section class="ratings"><h2>Bewertungen</h2><div class="rating"><p>Sehr lecker, ich habe noch etwas Speck dazugegeben und es hat allen geschmeckt, gibt es jetzt öfter.</p></div></section></main></body></html>`,
			want:    []string{"Eine einfache Kartoffelsuppe", "1 kg Kartoffeln, mehligkochend", "Wiener Würstchen", "Kartoffeln und Möhren schälen", "Die Hälfte pürieren"},
			wantNot: []string{"Speck dazugegeben"},
		},
		{
			name: "short article with long Einzelnachweise",
			doc: `<html lang="de"><head><title>Bevölkerung im Kreis</title></head><body><div id="content"><h1>Bevölkerung im Kreis</h1><div class="mw-parser-output"><p>` + dePara("Das Landesamt") + `</p><p>` + dePara2("Der Landrat") + `</p>
<h2>Einzelnachweise</h2><ol class="references">` + notes.String() + `</ol></div></div></body></html>`,
			want: []string{"Das Landesamt erklärte", "Der Landrat Die Bürgerinnen"},
		},
		{
			name: "landing page whose embedded tweet is its longest block",
			doc: `<html lang="en"><head><title>Harbour Festival 2024</title></head><body><nav><a href="/">Home</a> <a href="/tickets">Tickets</a></nav>
<section class="intro"><h1>Harbour Festival 2024</h1><p>Three days of music, food and tall ships on the old quay, from Friday 12 July to Sunday 14 July, with free entry to the harbour stages all weekend.</p>
<p>Tickets for the evening concerts in the warehouse go on sale in April, and children under twelve go free when they come with an adult.</p></section>
<section class="social"><blockquote class="twitter-tweet"><p lang="en">What a weekend! Thank you to every one of the 40,000 visitors, the volunteers who sold tickets in the rain, the crews of the ships, the bands who played until midnight and the neighbours who put up with us. See you next year on the quay, same time, same place, hopefully with more sun and fewer seagulls stealing chips.</p>— Harbour Festival (@harbourfest) <a href="https://twitter.com/harbourfest/status/1">July 15, 2023</a></blockquote></section></body></html>`,
			want: []string{"Three days of music, food and tall ships", "Tickets for the evening concerts"},
		},
	})
}

// TestAuditShopAndForumVariants: more product, review and forum markup.
func TestAuditShopAndForumVariants(t *testing.T) {
	var reviews strings.Builder
	for i := range 15 {
		fmt.Fprintf(&reviews, `<div class="jdgm-rev"><div class="jdgm-rev__rating">★★★★☆</div><b class="jdgm-rev__title">Bewertung %d</b><div class="jdgm-rev__body"><p>Kundin %d schreibt, das Produkt sei gut verarbeitet, schnell geliefert worden und halte, was die Beschreibung verspreche.</p></div></div>`, i, i)
	}
	runAudit(t, []auditPage{
		{
			name: "Shopify page with a long Judge.me review widget",
			doc: `<html lang="de"><head><title>Olivenöl nativ extra – Feinkost Müller</title></head><body><header><a href="/">Feinkost Müller</a></header>
<main><div class="product"><h1>Olivenöl nativ extra, 500 ml</h1><div class="price">14,90 €</div>
<div class="product__description"><p>Unser Olivenöl stammt aus einem kleinen Familienbetrieb auf Kreta, wird von Hand geerntet und innerhalb von sechs Stunden kalt gepresst.</p>
<p>Es schmeckt fruchtig mit einer leichten Schärfe im Abgang und passt zu Salaten, Brot und gegrilltem Gemüse, zum Braten nehmen Sie besser ein einfacheres Öl.</p>
<ul><li>Herkunft: Kreta, Griechenland</li><li>Sorte: Koroneiki</li><li>Säuregehalt: unter 0,3 %</li></ul></div></div>
<div id="judgeme_product_reviews" class="jdgm-widget jdgm-review-widget"><h2 class="jdgm-rev-widg__title">Kundenbewertungen</h2>` + reviews.String() + `</div></main></body></html>`,
			want:    []string{"Unser Olivenöl stammt", "Es schmeckt fruchtig", "Herkunft: Kreta, Griechenland", "Säuregehalt: unter 0,3 %"},
			wantNot: []string{"Kundin 3 schreibt", "Bewertung 7"},
		},
		{
			name: "WooCommerce product with description and attributes tabs",
			doc: `<html lang="en"><head><title>Oak Chopping Board – Woodshop</title></head><body><nav><a href="/">Woodshop</a> <a href="/cart">Cart</a></nav>
<div class="product type-product"><div class="summary entry-summary"><h1 class="product_title">Oak Chopping Board</h1><p class="price">£45.00</p>
<div class="woocommerce-product-details__short-description"><p>A thick end-grain board cut from English oak, oiled by hand and heavy enough not to slide while you chop.</p></div>
<form class="cart"><input type="number" value="1"><button>Add to basket</button></form></div>
<div class="woocommerce-tabs"><ul class="tabs"><li><a href="#tab-description">Description</a></li><li><a href="#tab-additional_information">Additional information</a></li><li><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel" id="tab-description"><h2>Description</h2><p>Each board is made in our workshop from a single plank, so the grain and colour vary, and no two boards are quite the same.</p><p>Oil it once a month with food-safe oil and never put it in the dishwasher; it will last for decades.</p></div>
<div class="woocommerce-Tabs-panel" id="tab-additional_information"><h2>Additional information</h2><table class="shop_attributes"><tr><th>Weight</th><td>2.1 kg</td></tr><tr><th>Dimensions</th><td>40 × 30 × 4 cm</td></tr></table></div>
<div class="woocommerce-Tabs-panel" id="tab-reviews"><div id="reviews"><ol class="commentlist"><li class="review"><p>Beautiful board, arrived well packed and smells lovely of oil, I bought a second one as a present.</p></li></ol></div></div></div></div></body></html>`,
			want:    []string{"A thick end-grain board", "Each board is made in our workshop", "Oil it once a month", "Weight 2.1 kg"},
			wantNot: []string{"Beautiful board, arrived"},
		},
		{
			name: "German forum thread of br posts, first post wanted",
			doc: `<html lang="de"><head><title>Welcher Dünger für Tomaten? - Gartenforum</title></head><body><div id="navbar"><a href="/">Forum</a> › <a href="/garten">Garten</a></div>
<div class="thread"><div class="post" id="p1"><div class="author">Gärtnerin23</div><div class="content">Hallo ihr Lieben,<br><br>` + dePara("Mein Nachbar") + `<br>` + dePara2("Die Gärtnerei") + `<br><br>Danke!</div></div>
<div class="post" id="p2"><div class="author">Tomatenfan</div><div class="content">` + dePara("Der Bioladen") + `<br>` + dePara2("Mein Vater") + `</div></div></div>
<div id="footer">Forensoftware © 2024</div></body></html>`,
			want:    []string{"Mein Nachbar erklärte", "Die Gärtnerei"},
			wantNot: []string{"Forensoftware"},
		},
	})
}

// TestAuditLastProbes: a Blogger noscript copy of <br> lines, and a German
// article whose sections are <aside>s with a "Lesen Sie auch" box among
// them.
func TestAuditLastProbes(t *testing.T) {
	runAudit(t, []auditPage{
		{
			name: "Blogger dynamic view: br lines only in noscript",
			doc: `<html lang="de"><head><title>Unser Umzug nach Hamburg</title><script>var _WidgetManager={}</script></head><body><div id="dynamic-view"></div>
<noscript><div class="post-body">` + dePara("Mein Arbeitgeber") + `<br><br>` + dePara2("Die Maklerin") + `<br><br>` + dePara("Unsere Tochter") + `<br></div></noscript></body></html>`,
			want: []string{"Mein Arbeitgeber erklärte", "Die Maklerin", "Unsere Tochter erklärte"},
		},
		{
			name: "German article in aside sections with a read-also box",
			doc: `<html lang="de"><head><title>Wahl im Kreistag</title></head><body><header><a href="/">Kreiszeitung</a><nav><a href="/politik">Politik</a></nav></header>
<article><h1>Wahl im Kreistag</h1><aside class="text-section"><p>` + dePara("Die Landrätin") + `</p><p>` + dePara2("Die Opposition") + `</p></aside>
<aside class="lesetipp"><h4>Lesen Sie auch</h4><ul><li><a href="/a">Kreistag beschließt Haushalt</a></li><li><a href="/b">Neue Schulen im Kreis</a></li></ul></aside>
<aside class="text-section"><p>` + dePara("Der Fraktionschef") + `</p><p>` + dePara2("Die Wählerinitiative") + `</p></aside></article>
<footer><a href="/impressum">Impressum</a></footer></body></html>`,
			want:    []string{"Die Landrätin erklärte", "Die Opposition", "Der Fraktionschef erklärte", "Die Wählerinitiative"},
			wantNot: []string{"Kreistag beschließt Haushalt", "Impressum"},
		},
	})
}

// cookieBanner is a consent dialog of the kind German sites carry at the
// end of the body, long enough to outweigh a short page's text.
func cookieBanner(class string) string {
	return `<div class="` + class + `" role="dialog" aria-modal="true"><div class="` + class + `__inner"><h3>Wir respektieren Ihre Privatsphäre</h3>
<p>Wir verwenden Cookies und ähnliche Technologien auf unserer Website und verarbeiten personenbezogene Daten von Ihnen (z. B. IP-Adresse), um Inhalte und Anzeigen zu personalisieren, Medien von Drittanbietern einzubinden oder Zugriffe auf unsere Website zu analysieren.</p>
<p>Die Datenverarbeitung kann auch erst in Folge gesetzter Cookies stattfinden. Wir teilen diese Daten mit Dritten, die wir in den Privatsphäre-Einstellungen benennen. Sie können Ihre Einwilligung jederzeit widerrufen oder anpassen.</p>
<p>Einige Dienste verarbeiten personenbezogene Daten in den USA, wo kein mit der EU vergleichbares Datenschutzniveau besteht; mit Ihrer Einwilligung stimmen Sie auch dieser Übermittlung zu.</p>
<button>Alle akzeptieren</button> <button>Nur essenzielle Cookies</button> <a href="/datenschutz">Individuelle Privatsphäre-Einstellungen</a></div></div>`
}

// TestAuditCMSContentElements: the content-element markup of the CMSs
// common on German and European sites (TYPO3, Joomla, Drupal, Contao),
// where a page's text is a run of small elements, each with its own
// header, and the chrome (menus, cookie dialogs, footers) is long.
func TestAuditCMSContentElements(t *testing.T) {
	var newsList strings.Builder
	for i := range 5 {
		fmt.Fprintf(&newsList, `<article class="news-list-item"><h3><a href="/aktuelles/meldung-%d">Meldung %d aus dem Vereinsleben</a></h3><p>Am Wochenende trafen sich die Mitglieder zu ihrer traditionellen Versammlung im Gasthaus, wo der Vorstand über das vergangene Jahr berichtete.</p></article>`, i, i)
	}
	runAudit(t, []auditPage{
		{
			name: "TYPO3 fluid_styled_content: municipality page of frames with headers",
			doc: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Sperrmüll: Gemeinde Waldbach</title></head><body>
<div class="page"><header class="page-header"><a class="logo" href="/">Gemeinde Waldbach</a><nav class="mainnav"><ul><li><a href="/rathaus">Rathaus &amp; Bürgerservice</a><ul><li><a href="/rathaus/aemter">Ämter</a></li><li><a href="/rathaus/formulare">Formulare</a></li></ul></li><li><a href="/leben">Leben in Waldbach</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/tourismus">Tourismus</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Startseite</a> › <a href="/rathaus">Rathaus</a> › Sperrmüll</div>
<main id="content"><!--TYPO3SEARCH_begin-->
<div id="c412" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="">Sperrmüll und Grüngut</h1></header></div>
<div id="c413" class="frame frame-default frame-type-text frame-layout-0"><div class="ce-bodytext"><p>Sperrmüll wird in Waldbach zweimal im Jahr abgeholt, im Frühjahr und im Herbst. Die Termine stehen im Abfallkalender.</p></div></div>
<div id="c414" class="frame frame-default frame-type-text frame-layout-0"><header><h2 class="">Anmeldung</h2></header><div class="ce-bodytext"><p>Bitte melden Sie Ihren Sperrmüll spätestens zwei Wochen vor dem Termin im Bürgerbüro an, telefonisch oder mit dem Online-Formular.</p></div></div>
<div id="c415" class="frame frame-default frame-type-textpic frame-layout-0"><header><h2 class="">Grüngut</h2></header><div class="ce-textpic ce-right ce-intext"><div class="ce-gallery" data-ce-columns="1" data-ce-images="1"><figure class="image"><img src="/fileadmin/gruengut.jpg" alt="Grüngutplatz"></figure></div><div class="ce-bodytext"><p>Grüngut nimmt der Bauhof von April bis November jeden Samstag von 9 bis 12 Uhr am Platz hinter der Kläranlage an.</p></div></div></div>
<div id="c416" class="frame frame-default frame-type-bullets frame-layout-0"><header><h2 class="">Nicht zum Sperrmüll gehören</h2></header><ul class="ce-bullets"><li>Elektrogeräte und Batterien</li><li>Bauschutt und Fliesen</li><li>Autoreifen</li></ul></div>
<!--TYPO3SEARCH_end--></main>
<aside class="sidebar"><div id="c20" class="frame frame-default frame-type-text"><header><h3>Kontakt</h3></header><div class="ce-bodytext"><p>Bürgerbüro<br>Marktplatz 1<br>Telefon 07123 456-0</p></div></div></aside>
<footer class="page-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul><p>© Gemeinde Waldbach</p></footer></div>
` + cookieBanner("cookie-consent") + `</body></html>`,
			want:    []string{"Sperrmüll wird in Waldbach zweimal im Jahr", "spätestens zwei Wochen vor dem Termin", "Grüngut nimmt der Bauhof", "Bauschutt und Fliesen"},
			wantNot: []string{"Wir verwenden Cookies", "Barrierefreiheit", "Leben in Waldbach"},
		},
		{
			name: "TYPO3 css_styled_content: association page with csc-default elements",
			doc: `<html lang="de"><head><title>Geschichte - Schützenverein 1888 Oberdorf e.V.</title></head><body><div id="wrap"><div id="kopf"><img src="/fileadmin/logo.gif" alt="Schützenverein"></div>
<div id="navi"><ul><li><a href="/">Home</a></li><li><a href="/verein">Verein</a></li><li class="act"><a href="/geschichte">Geschichte</a></li><li><a href="/termine">Termine</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>
<div id="inhalt"><a id="c31"></a><div id="c31" class="csc-default"><div class="csc-header csc-header-n1"><h1 class="csc-firstHeader">Unsere Geschichte</h1></div><p class="bodytext">Der Verein wurde 1888 von zwölf Bürgern des Dorfes im Gasthaus Zur Linde gegründet und schoss zunächst auf einer Wiese am Bach.</p></div>
<a id="c32"></a><div id="c32" class="csc-default"><div class="csc-header csc-header-n2"><h2>Nach dem Krieg</h2></div><p class="bodytext">1951 durfte wieder geschossen werden. Mit viel Eigenleistung bauten die Mitglieder das Schützenhaus am Waldrand, das bis heute genutzt wird.</p></div>
<a id="c33"></a><div id="c33" class="csc-default"><div class="csc-header csc-header-n3"><h2>Heute</h2></div><p class="bodytext">Heute zählt der Verein 214 Mitglieder, davon 40 Jugendliche, und richtet jedes Jahr im Juni das Schützenfest aus.</p></div></div>
<div id="fuss">© Schützenverein 1888 Oberdorf e.V. | <a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></div></div></body></html>`,
			want:    []string{"Der Verein wurde 1888 von zwölf Bürgern", "1951 durfte wieder geschossen werden", "Heute zählt der Verein 214 Mitglieder"},
			wantNot: []string{"Impressum"},
		},
		{
			name: "TYPO3 news extension: detail view with header and footer divs before the text",
			doc: `<html lang="de"><head><title>Neue Kita eröffnet - Stadt Hellingen</title></head><body><header id="header"><a href="/">Stadt Hellingen</a><nav><a href="/aktuelles">Aktuelles</a> <a href="/buerger">Bürger</a> <a href="/kultur">Kultur</a></nav></header>
<main><div id="c88" class="frame frame-default frame-type-news_newsdetail frame-layout-0"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">Neue Kita am Lindenweg eröffnet</h1></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-03-04">04.03.2024</time></span> <span class="news-list-category">Bildung</span></p></div>
<div class="teaser-text" itemprop="description"><p>Nach 18 Monaten Bauzeit ist die Kita am Lindenweg fertig: 75 Kinder finden dort Platz.</p></div>
<div class="news-text-wrap" itemprop="articleBody"><p>` + dePara("Oberbürgermeisterin Keller") + `</p><p>` + dePara2("Die Kita-Leiterin") + `</p><p>Eltern können ihre Kinder ab sofort über das Kita-Portal der Stadt anmelden.</p></div>
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Verwandte Meldungen</h4><ul><li><span class="news-related-news-date">12.01.2024</span><a href="/a">Richtfest an der Kita Lindenweg</a></li><li><span class="news-related-news-date">02.06.2023</span><a href="/b">Spatenstich für neue Kita</a></li></ul></div></div>
<div class="news-backlink-wrap"><a href="/aktuelles">Zurück</a></div></div></div></div></main>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer></body></html>`,
			want:    []string{"Nach 18 Monaten Bauzeit", "Oberbürgermeisterin Keller erklärte", "Die Kita-Leiterin", "Eltern können ihre Kinder ab sofort"},
			wantNot: []string{"Richtfest an der Kita", "Verwandte Meldungen"},
		},
		{
			name: "TYPO3 news detail of two lines beside a column of the latest news",
			doc: `<html lang="de"><head><title>Wandertag am 1. Mai - Heimatverein Birkenfeld</title></head><body><header><a href="/">Heimatverein Birkenfeld</a><nav><a href="/aktuelles">Aktuelles</a> <a href="/museum">Museum</a></nav></header>
<main><div class="row"><div class="col-md-8"><div id="c5" class="frame frame-default frame-type-news_newsdetail"><div class="news news-single"><div class="article"><div class="header"><h3>Wandertag am 1. Mai</h3></div>
<div class="news-text-wrap"><p>Zum Wandertag am 1. Mai laden wir alle Mitglieder und Gäste herzlich ein.</p><p>Start ist um 9 Uhr am Dorfbrunnen, Einkehr gegen Mittag in der Hütte.</p></div></div></div></div></div>
<div class="col-md-4"><div id="c6" class="frame frame-default frame-type-news_pi1"><header><h2>Weitere Neuigkeiten</h2></header><div class="news"><div class="news-list-view">` + newsList.String() + `</div></div></div></div></div></main>
<footer><a href="/impressum">Impressum</a></footer></body></html>`,
			want:    []string{"Zum Wandertag am 1. Mai laden wir", "Start ist um 9 Uhr am Dorfbrunnen"},
			wantNot: []string{"Meldung 2 aus dem Vereinsleben"},
		},
		{
			name: "Joomla item-page with articleBody, module sidebar and pagenav",
			doc: `<html lang="de-de"><head><title>Jahreshauptversammlung 2024</title></head><body class="site com_content view-article"><div class="container"><header class="header"><a class="brand" href="/">Freiwillige Feuerwehr Steinach</a></header>
<nav class="navigation"><ul class="nav menu"><li class="item-101"><a href="/">Home</a></li><li class="item-102"><a href="/einsaetze">Einsätze</a></li><li class="item-103"><a href="/fahrzeuge">Fahrzeuge</a></li><li class="item-104"><a href="/jugend">Jugendfeuerwehr</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="de-DE" />
<div class="page-header"><h2 itemprop="headline">Jahreshauptversammlung 2024</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author"><span itemprop="name">Geschrieben von Schriftführer</span></dd><dd class="published"><time datetime="2024-02-10" itemprop="datePublished">Veröffentlicht: 10. Februar 2024</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:311" />Zugriffe: 311</dd></dl>
<div itemprop="articleBody"><p>Zur Jahreshauptversammlung konnte Kommandant Maier 46 aktive Mitglieder und zahlreiche Ehrengäste begrüßen.</p><p>Die Wehr rückte im vergangenen Jahr zu 87 Einsätzen aus, darunter 12 Brände und 51 technische Hilfeleistungen, meist auf der Bundesstraße.</p><p>Für 25 Jahre aktiven Dienst wurden Jens Kurz und Sabine Ott geehrt. Bürgermeister Albrecht dankte allen für ihren ehrenamtlichen Einsatz.</p></div>
<ul class="pager pagenav"><li class="previous"><a href="/a" rel="prev">Zurück</a></li><li class="next"><a href="/b" rel="next">Weiter</a></li></ul></div></main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Letzte Einsätze</h3><ul class="latestnews"><li><a href="/e1">Verkehrsunfall B 27</a></li><li><a href="/e2">Brandmeldeanlage Schule</a></li><li><a href="/e3">Ölspur Hauptstraße</a></li></ul></div></div></div>
<footer class="footer"><p>© 2024 Freiwillige Feuerwehr Steinach</p><a href="/impressum">Impressum</a></footer></div></body></html>`,
			want:    []string{"Zur Jahreshauptversammlung konnte Kommandant Maier", "87 Einsätzen aus", "Für 25 Jahre aktiven Dienst"},
			wantNot: []string{"Verkehrsunfall B 27", "Zugriffe: 311"},
		},
		{
			name: "Drupal 9 node with field--name-body and a comment form",
			doc: `<html lang="en" dir="ltr"><head><title>Community garden opens on Mill Street | Riverside Residents Association</title></head><body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><a href="/" rel="home">Riverside Residents Association</a></div><nav role="navigation" class="menu--main"><ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/events">Events</a></li><li class="menu-item"><a href="/join">Join us</a></li></ul></nav></header>
<main role="main"><div class="layout-content"><div class="region region-content"><div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article role="article" about="/news/community-garden" class="node node--type-article node--promoted node--view-mode-full"><h1><span class="field field--name-title field--type-string field--label-hidden">Community garden opens on Mill Street</span></h1>
<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field field--name-uid"><span>editor</span></span> on <span class="field field--name-created">Sat, 06/08/2024 - 10:12</span></div></footer>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>The empty lot on Mill Street has become a garden with twenty raised beds, a tool shed and a rainwater tank.</p><p>Residents can rent a bed for ten pounds a season; the waiting list opens on the first of March and beds are given out in order.</p><p>Volunteers meet every Saturday morning at nine, and no experience is needed.</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/tags/garden">garden</a></div><div class="field__item"><a href="/tags/mill-street">Mill Street</a></div></div></div>
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-form__title">Add new comment</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/12/comment"><div class="form-item"><label>Your name</label><input type="text"></div><div class="form-item"><label>Comment</label><textarea></textarea></div><input type="submit" value="Save"></form></section></div></article></div></div></div></main>
<footer role="contentinfo"><p>Riverside Residents Association, registered charity 1234567</p></footer></div></div></body></html>`,
			want:    []string{"The empty lot on Mill Street has become a garden", "Residents can rent a bed for ten pounds", "Volunteers meet every Saturday morning"},
			wantNot: []string{"Add new comment", "registered charity"},
		},
		{
			name: "Drupal 7 field-items with property content:encoded",
			doc: `<html lang="de"><head><title>Sanierung der Stadthalle | Stadt Altenau</title></head><body class="html not-front page-node node-type-page"><div id="page-wrapper"><div id="header"><a href="/">Stadt Altenau</a><div id="main-menu"><ul class="links"><li><a href="/rathaus">Rathaus</a></li><li><a href="/kultur">Kultur</a></li></ul></div></div>
<div id="main"><div id="content" class="column"><h1 class="title" id="page-title">Sanierung der Stadthalle</h1><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content"><div id="node-77" class="node node-page clearfix">
<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>Die Stadthalle wird ab Juli für rund ein Jahr geschlossen. Dach, Heizung und Bühnentechnik werden erneuert.</p><p>Die Kosten von 4,2 Millionen Euro trägt zu zwei Dritteln das Land. Veranstaltungen weichen in die Aula des Gymnasiums aus.</p></div></div></div></div></div></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="block block-views"><h2>Aktuelle Meldungen</h2><div class="content"><div class="view-content"><div class="views-row"><a href="/n/1">Wochenmarkt zieht um</a></div><div class="views-row"><a href="/n/2">Neue Öffnungszeiten im Bürgerbüro</a></div></div></div></div></div></div></div>
<div id="footer"><a href="/impressum">Impressum</a> | <a href="/kontakt">Kontakt</a></div></div></body></html>`,
			want:    []string{"Die Stadthalle wird ab Juli", "Die Kosten von 4,2 Millionen Euro"},
			wantNot: []string{"Wochenmarkt zieht um"},
		},
		{
			name: "Contao mod_article of ce_text elements in main, sidebar in aside#right",
			doc: `<!DOCTYPE html><html lang="de"><head><title>Leistungen - Physiotherapie am Markt</title></head><body id="top" class="unknown"><div id="wrapper">
<header id="header"><div class="inside"><div class="mod_navigation block"><ul class="level_1"><li class="first"><a href="/">Start</a></li><li class="active"><strong>Leistungen</strong></li><li><a href="/team">Team</a></li><li class="last"><a href="/kontakt">Kontakt</a></li></ul></div></div></header>
<div id="container"><main id="main"><div class="inside"><div class="mod_article first last block" id="article-12">
<div class="ce_text first block"><h1>Unsere Leistungen</h1><p>Wir behandeln Patientinnen und Patienten aller Kassen und Privatversicherte, nach Verordnung oder als Selbstzahler.</p></div>
<div class="ce_text block"><h2>Krankengymnastik</h2><p>Nach Operationen, Unfällen oder bei chronischen Rückenschmerzen stellen wir mit Ihnen ein Übungsprogramm zusammen.</p></div>
<div class="ce_image block"><figure class="image_container"><img src="/files/praxis.jpg" alt="Behandlungsraum"></figure></div>
<div class="ce_text block"><h2>Manuelle Lymphdrainage</h2><p>Die sanfte Massage regt den Abfluss der Lymphe an und hilft bei Schwellungen nach Operationen.</p></div>
<div class="ce_text last block"><h2>Hausbesuche</h2><p>Wer nicht in die Praxis kommen kann, den besuchen wir im Umkreis von zehn Kilometern zu Hause.</p></div></div></div></main>
<aside id="right"><div class="inside"><div class="mod_article block"><div class="ce_text block"><h3>Öffnungszeiten</h3><p>Mo–Fr 7–19 Uhr<br>Sa nach Vereinbarung</p></div></div></div></aside></div>
<footer id="footer"><div class="inside"><p>Physiotherapie am Markt · Markt 3 · 01234 Musterstadt</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div></footer></div></body></html>`,
			want:    []string{"Wir behandeln Patientinnen und Patienten", "Nach Operationen, Unfällen", "Die sanfte Massage", "Wer nicht in die Praxis kommen kann"},
			wantNot: []string{"Datenschutz"},
		},
		{
			name: "Contao mod_newsreader with layout_full and a back link",
			doc: `<html lang="de"><head><title>Konzert in der Klosterkirche - Musikschule Talheim</title></head><body><div id="wrapper"><header id="header"><div class="inside"><a href="/">Musikschule Talheim</a><div class="mod_navigation"><ul><li><a href="/unterricht">Unterricht</a></li><li><a href="/news">Neuigkeiten</a></li></ul></div></div></header>
<div id="container"><main id="main"><div class="inside"><div class="mod_article block"><div class="mod_newsreader block"><div class="layout_full block"><h1>Konzert in der Klosterkirche</h1><p class="info"><time datetime="2024-05-02">02.05.2024</time></p>
<div class="ce_text block"><p>Am Sonntag spielen das Jugendorchester und der Kinderchor der Musikschule gemeinsam in der Klosterkirche Werke von Bach, Händel und Rutter.</p></div>
<div class="ce_text block"><p>Der Eintritt ist frei, um Spenden für die Orgelsanierung wird gebeten. Beginn ist um 17 Uhr.</p></div></div>
<p class="back"><a href="/news" title="Zurück">Zurück</a></p></div></div></div></main></div>
<footer id="footer"><div class="inside">© Musikschule Talheim e.V. · <a href="/impressum">Impressum</a></div></footer></div>` + cookieBanner("cookiebar") + `</body></html>`,
			want:    []string{"Am Sonntag spielen das Jugendorchester", "Der Eintritt ist frei"},
			wantNot: []string{"Wir verwenden Cookies", "Impressum"},
		},
	})
}

// TestAuditSiteBuilders: the markup of WordPress block themes and page
// builders and of hosted site builders (Jimdo, Wix, Squarespace, Ghost,
// Medium), where the text is split over many widgets, each a few
// wrappers deep.
func TestAuditSiteBuilders(t *testing.T) {
	var wixPara = func(id, text string) string {
		return `<div id="comp-` + id + `" class="KaEeLN" data-testid="richTextElement"><div class="wixui-rich-text" style="visibility:inherit"><p class="font_8 wixui-rich-text__text" style="line-height:1.6em; font-size:16px;"><span style="letter-spacing:normal;" class="wixui-rich-text__text">` + text + `</span></p></div></div>`
	}
	var elementorText = func(id, text string) string {
		return `<div class="elementor-element elementor-element-` + id + ` elementor-widget elementor-widget-text-editor" data-id="` + id + `" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>` + text + `</p></div></div>`
	}
	var sqsBlock = func(text string) string {
		return `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">` + text + `</p></div></div></div>`
	}
	var related strings.Builder
	for i := range 6 {
		fmt.Fprintf(&related, `<div class="jp-relatedposts-post jp-relatedposts-post%d" data-post-id="%d"><h4 class="jp-relatedposts-post-title"><a href="/p/%d">Ein weiterer Beitrag über den Garten, Teil %d</a></h4><p class="jp-relatedposts-post-excerpt">Heute zeige ich euch, wie ich im Herbst die Beete vorbereite, damit im Frühjahr alles wächst.</p></div>`, i, i, i, i)
	}
	var cards strings.Builder
	for i := range 6 {
		fmt.Fprintf(&cards, `<div class="ab ac"><a href="/@writer%d/post-%d"><h2 class="bf bg">Another story about remote teams, part %d</h2><h3 class="bh">What we learned from a year of working across five time zones, and what we would do differently.</h3></a><span>5 min read</span></div>`, i, i, i)
	}
	runAudit(t, []auditPage{
		{
			name: "WordPress Gutenberg post: groups, columns, quote, Jetpack related posts, comment form",
			doc: `<html lang="de-DE"><head><title>Hochbeet anlegen: So geht's – Gartenglück</title></head><body class="post-template-default single single-post"><div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Gartenglück</a></p><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/gemuese">Gemüse</a></li><li><a href="/blumen">Blumen</a></li><li><a href="/ueber-mich">Über mich</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-512" class="post-512 post type-post status-publish hentry category-gemuese">
<header class="entry-header"><h1 class="entry-title">Hochbeet anlegen: So geht's</h1><div class="entry-meta"><span class="posted-on">12. April 2024</span> <span class="byline">von Lena</span></div></header>
<div class="entry-content">
<p>Ein Hochbeet schont den Rücken und bringt früher Ernte, weil sich die Erde im Frühjahr schneller erwärmt.</p>
<h2 class="wp-block-heading">Die Schichten</h2>
<p>Unten kommen grobe Äste und Zweige hinein, darauf Rasensoden mit der Grasseite nach unten, dann Laub und halbreifer Kompost.</p>
<div class="wp-block-group is-layout-constrained"><div class="wp-block-group__inner-container"><p>Ganz oben liegt eine Schicht gute Gartenerde, etwa zwanzig Zentimeter dick.</p></div></div>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/hochbeet.jpg" alt=""><figcaption class="wp-element-caption">Mein Hochbeet im zweiten Jahr</figcaption></figure>
<div class="wp-block-columns is-layout-flex"><div class="wp-block-column"><h3 class="wp-block-heading">Was hinein darf</h3><ul class="wp-block-list"><li>Salat und Radieschen</li><li>Kohlrabi</li><li>Kräuter</li></ul></div><div class="wp-block-column"><h3 class="wp-block-heading">Was nicht</h3><ul class="wp-block-list"><li>Kartoffeln</li><li>Kürbis, der alles überwuchert</li></ul></div></div>
<blockquote class="wp-block-quote"><p>Im ersten Jahr ist das Beet nährstoffreich: Starkzehrer wie Tomaten danken es.</p></blockquote>
<p>Nach drei bis vier Jahren ist die Füllung zusammengesackt und wird erneuert.</p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Teilen mit:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-pinterest" href="#">Pinterest</a></li></ul></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3><div class="jp-relatedposts-items">` + related.String() + `</div></div>
</div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.</p><p class="comment-form-comment"><label for="comment">Kommentar</label><textarea id="comment"></textarea></p><p class="comment-form-cookies-consent"><input type="checkbox"><label>Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.</label></p><p class="form-submit"><input type="submit" value="Kommentar abschicken"></p></form></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form><input type="search"></form></section><section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/a">Tomaten ausgeizen</a></li><li><a href="/b">Rosen schneiden</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutzerklärung</a> · Stolz präsentiert von WordPress</footer></div></body></html>`,
			want: []string{"Ein Hochbeet schont den Rücken", "Unten kommen grobe Äste", "Ganz oben liegt eine Schicht", "Salat und Radieschen", "Kürbis, der alles überwuchert",
				"Starkzehrer wie Tomaten", "Nach drei bis vier Jahren"},
			wantNot: []string{"Teil 3", "Deine E-Mail-Adresse wird nicht veröffentlicht", "Tomaten ausgeizen", "Stolz präsentiert"},
		},
		{
			name: "Elementor page: text split over text-editor widgets in sections and columns",
			doc: `<html lang="de"><head><title>Über uns – Schreinerei Holzwerk</title></head><body class="page-template elementor-page"><div data-elementor-type="header" class="elementor elementor-10 elementor-location-header"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li><a href="/">Start</a></li><li><a href="/leistungen">Leistungen</a></li><li><a href="/ueber-uns">Über uns</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></div>
<div data-elementor-type="wp-page" data-elementor-id="55" class="elementor elementor-55">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-id="a1"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">Über uns</h1></div></div>
` + elementorText("b1", "Die Schreinerei Holzwerk wurde 1978 von Karl Berger gegründet und wird heute in zweiter Generation von seiner Tochter Anna geführt.") + `
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element" data-id="a2"><div class="elementor-container"><div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><img src="/wp-content/uploads/werkstatt.jpg" alt=""></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
` + elementorText("c1", "Acht Schreinerinnen und Schreiner, zwei Auszubildende und ein Büroteam fertigen Küchen, Treppen und Einbaumöbel nach Maß.") + `
` + elementorText("c2", "Wir arbeiten vor allem mit Holz aus der Region, das wir selbst beim Sägewerk im Nachbarort aussuchen.") + `
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element" data-id="a3"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
` + elementorText("d1", "Seit 2015 sind wir zertifizierter Ausbildungsbetrieb. Bewerbungen für das kommende Lehrjahr nehmen wir gern per E-Mail entgegen.") + `
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a class="elementor-button" href="/kontakt">Jetzt Kontakt aufnehmen</a></div></div>
</div></div></div></section></div>
<div data-elementor-type="footer" class="elementor elementor-20 elementor-location-footer"><div class="elementor-widget-container"><p>Schreinerei Holzwerk GmbH · Industriestraße 4 · 79999 Holzdorf</p><p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></p></div></div>
` + cookieBanner("cmplz-cookiebanner") + `</body></html>`,
			want:    []string{"Die Schreinerei Holzwerk wurde 1978", "Acht Schreinerinnen und Schreiner", "Wir arbeiten vor allem mit Holz", "Seit 2015 sind wir zertifizierter Ausbildungsbetrieb"},
			wantNot: []string{"Wir verwenden Cookies", "Industriestraße 4"},
		},
		{
			name: "Jimdo Creator page: j-module text modules in a content matrix",
			doc: `<html lang="de-DE"><head><title>Kurse - Yoga im Tal</title></head><body class="body cc-page j-m-gallery-styles j-m-video-styles"><div id="cc-website"><div id="cc-inner" class="cc-content-parent"><div class="jtpl-main cc-content-parent">
<header class="jtpl-header"><div class="jtpl-logo"><a href="/">Yoga im Tal</a></div><nav class="jtpl-navigation"><ul class="j-nav-level-0"><li><a href="/" class="j-nav-current">Start</a></li><li><a href="/kurse/">Kurse</a></li><li><a href="/preise/">Preise</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div class="jtpl-content content-options-inner cc-content-parent"><div id="content_area" data-container="content"><div id="content_start"></div>
<div id="cc-matrix-3451" class="j-module-container"><div id="cc-m-12001" class="j-module n j-header"><h1 class="">Unsere Kurse</h1></div>
<div id="cc-m-12002" class="j-module n j-text"><p><span style="font-size: 16px;">Hatha-Yoga für Anfänger findet montags um 18 Uhr im Gemeindehaus statt. Matten und Decken sind vorhanden.</span></p></div>
<div id="cc-m-12003" class="j-module n j-hgrid"><div class="cc-m-hgrid-column" style="width: 49%;"><div id="cc-matrix-3452"><div id="cc-m-12004" class="j-module n j-text"><p><strong>Rückenyoga</strong></p><p>Mittwochs um 9:30 Uhr, sanfte Übungen für einen starken Rücken, auch für Ältere geeignet.</p></div></div></div>
<div class="cc-m-hgrid-separator"></div><div class="cc-m-hgrid-column last" style="width: 49%;"><div id="cc-matrix-3453"><div id="cc-m-12005" class="j-module n j-text"><p><strong>Yoga für Schwangere</strong></p><p>Donnerstags um 17 Uhr, bis kurz vor der Geburt, in Absprache mit der Hebamme.</p></div></div></div></div>
<div id="cc-m-12006" class="j-module n j-hr"><hr></div>
<div id="cc-m-12007" class="j-module n j-text"><p>Eine Probestunde ist jederzeit kostenlos. Bitte meldet euch vorher kurz an.</p></div></div></div></div>
<footer class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a href="/about/">Impressum</a> | <a href="/j/privacy">Datenschutz</a> | <a href="#" class="cc-cookie-policy">Cookie-Richtlinie</a> | <a href="/sitemap/">Sitemap</a></div><div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Anmelden</a></span></div></div></footer></div></div></div></body></html>`,
			want:    []string{"Hatha-Yoga für Anfänger", "sanfte Übungen für einen starken Rücken", "Donnerstags um 17 Uhr", "Eine Probestunde ist jederzeit kostenlos"},
			wantNot: []string{"Cookie-Richtlinie", "Anmelden"},
		},
		{
			name: "Wix page: each paragraph its own richTextElement in its own container",
			doc: `<html lang="de"><head><title>Über mich | Fotografie Lea Winter</title></head><body><div id="SITE_CONTAINER"><div id="main_MF"><div id="SCROLL_TO_TOP"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_C0cVf"><div id="comp-logo" data-testid="richTextElement"><p class="font_0"><a href="/">LEA WINTER FOTOGRAFIE</a></p></div>
<nav id="comp-menu" aria-label="Website"><ul class="wixui-dropdown-menu"><li><a href="/">Home</a></li><li><a href="/portfolio">Portfolio</a></li><li><a href="/about">Über mich</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="VI5k1T"><div id="Containerc1dmp" class="Containerc1dmp"><section id="comp-sec1" class="comp-sec1 wixui-section"><div data-testid="columns" class="comp-sec1-cols"><div id="comp-col1" class="comp-col1 wixui-column-strip__column"><div data-testid="inline-content"><div data-mesh-id="comp-col1inlineContent-gridContainer">
<div id="comp-h1" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">Über mich</h1></div>
` + wixPara("p1", "Ich bin Lea, Fotografin aus Freiburg, und begleite seit zehn Jahren Hochzeiten, Familien und kleine Unternehmen.") + `
<div id="comp-spacer" class="comp-spacer"></div>
</div></div></div><div id="comp-col2" class="comp-col2 wixui-column-strip__column"><div data-testid="inline-content"><div data-mesh-id="comp-col2inlineContent-gridContainer">
<div id="comp-img" class="comp-img wixui-image"><img src="https://static.wixstatic.com/media/lea.jpg" alt="Lea Winter"></div>
</div></div></div></div></section>
<section id="comp-sec2" class="comp-sec2 wixui-section"><div data-testid="columns"><div id="comp-col3" class="wixui-column-strip__column"><div data-testid="inline-content"><div data-mesh-id="comp-col3inlineContent-gridContainer">
` + wixPara("p2", "Am liebsten fotografiere ich draußen, bei natürlichem Licht und ohne gestellte Posen.") + `
</div></div></div><div id="comp-col4" class="wixui-column-strip__column"><div data-testid="inline-content"><div data-mesh-id="comp-col4inlineContent-gridContainer">
` + wixPara("p3", "Vor jedem Auftrag treffen wir uns auf einen Kaffee, damit wir uns kennenlernen und Ihre Wünsche besprechen.") + `
</div></div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-foot" data-testid="richTextElement"><p class="font_9"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · © 2024 Lea Winter. Erstellt mit Wix.com</p></div></footer></div></div></body></html>`,
			want:    []string{"Ich bin Lea, Fotografin aus Freiburg", "Am liebsten fotografiere ich draußen", "Vor jedem Auftrag treffen wir uns"},
			wantNot: []string{"Erstellt mit Wix.com", "Portfolio"},
		},
		{
			name: "Squarespace blog post: sqs-block html blocks in a layout grid",
			doc: `<html lang="en-GB"><head><title>Opening our second bakery — Crumb &amp; Co</title></head><body class="collection-type-blog view-item"><div class="Site"><header class="Header"><div class="Header-inner"><a class="Header-branding" href="/">Crumb &amp; Co</a><nav class="Header-nav"><a href="/shop">Shop</a> <a href="/journal">Journal</a> <a href="/visit">Visit us</a></nav></div></header>
<main class="Main"><section class="Main-content"><article class="BlogItem hentry" id="article-1a2b"><div class="BlogItem-title"><h1 class="entry-title">Opening our second bakery</h1></div><div class="Blog-meta"><time class="Blog-meta-item--date">14 May</time></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-1a2b"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
` + sqsBlock("After three years of queues around the corner, we are opening a second shop on Harbour Road this June.") + `
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure"><img data-src="/s/shopfront.jpg" alt=""></figure></div></div>
<div class="row sqs-row"><div class="col sqs-col-6 span-6">` + sqsBlock("The new bakery has a bigger oven, so the sourdough will be ready an hour earlier, at seven.") + `</div><div class="col sqs-col-6 span-6">` + sqsBlock("We are hiring four bakers and two people for the counter; no experience needed, just early mornings.") + `</div></div>
` + sqsBlock("Thank you for every loaf you have bought from us. See you on Harbour Road!") + `
</div></div></div>
<div class="BlogItem-share"><a href="#">Facebook</a> <a href="#">Twitter</a></div><nav class="BlogItem-pagination"><a class="BlogItem-pagination-link--prev" href="/journal/winter-menu"><div class="BlogItem-pagination-link-label">Previous</div><h4>Our winter menu</h4></a></nav></article></section></main>
<footer class="Footer"><div class="sqs-block newsletter-block"><div class="newsletter-form-header"><h2>Join our mailing list</h2><p>Be the first to hear about new bakes and events, once a month, never more.</p></div><form><input type="email" placeholder="Email Address"><button>Sign Up</button></form></div><p>Crumb &amp; Co Ltd, 12 High Street</p></footer></div></body></html>`,
			want:    []string{"After three years of queues", "The new bakery has a bigger oven", "We are hiring four bakers", "Thank you for every loaf"},
			wantNot: []string{"Be the first to hear about new bakes", "Our winter menu"},
		},
		{
			name: "Ghost post: gh-content with kg cards, excerpt in header, subscribe box",
			doc: `<html lang="de"><head><title>Warum wir auf Wärmepumpen setzen</title></head><body class="post-template"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><a class="gh-head-logo" href="/">Energiewende Lokal</a><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-archiv"><a href="/archiv/">Archiv</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Abonnieren</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-heizung"><header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/heizung/">Heizung</a></section><h1 class="article-title">Warum wir auf Wärmepumpen setzen</h1><p class="article-excerpt">Unsere Genossenschaft stellt bis 2030 alle 140 Wohnungen auf Wärmepumpen um – ein Bericht über Kosten und erste Erfahrungen.</p><div class="article-byline"><a href="/author/jonas/">Jonas Weber</a> <time datetime="2024-01-20">20. Jan. 2024</time> <span>4 Min. Lesezeit</span></div></header>
<section class="gh-content gh-canvas"><p>` + dePara("Der Vorstand") + `</p><figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/wp.jpg" class="kg-image" alt=""><figcaption>Die erste Anlage im Hof</figcaption></figure><p>` + dePara2("Der Energieberater") + `</p>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Gefördert wird der Umbau mit bis zu 70 Prozent der Kosten.</div></div><h2 id="erfahrungen">Erste Erfahrungen</h2><p>` + dePara("Eine Mieterin") + `</p></section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Melde dich für den Newsletter an</h2><a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">Deine E-Mail-Adresse</div><span>Abonnieren</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="/solar"><img src="/s.jpg"></a><div class="post-card-content"><a class="post-card-content-link" href="/solar"><header class="post-card-header"><h2 class="post-card-title">Solar auf dem Dach der Kita</h2></header><div class="post-card-excerpt">Seit Mai produziert die Anlage Strom für 30 Haushalte.</div></a></div></article></div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Energiewende Lokal</a> © 2024</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div></body></html>`,
			want:    []string{"Der Vorstand erklärte", "Der Energieberater Die Bürgerinnen", "Gefördert wird der Umbau", "Eine Mieterin erklärte", "Unsere Genossenschaft stellt bis 2030"},
			wantNot: []string{"Melde dich für den Newsletter an", "Solar auf dem Dach der Kita", "Powered by Ghost"},
		},
		{
			name: "Medium static markup: pw-post-body-paragraph with a recommendations grid",
			doc: `<html lang="en"><head><title>How we stopped having meetings | by Sam Lee | Team Notes | Medium</title></head><body><div id="root"><div class="a b c"><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x y"><a href="/" aria-label="Homepage">Medium</a><div><a href="/m/signin">Sign in</a> <a href="/m/signup">Get started</a></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="fp fq fr fs ft"><div class="ab ca"><div class="ch bg ew ex ey ez">
<div><h1 id="7f1c" class="pw-post-title gq gr gs bf gt gu gv gw gx" data-testid="storyTitle">How we stopped having meetings</h1></div>
<div class="speechify-ignore ab cp"><div class="ab"><a href="/@samlee">Sam Lee</a><span>·</span><span>Follow</span></div><div><span data-testid="storyReadTime">6 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 3, 2024</span></div><div><span>1.2K</span> <span>23</span></div></div>
<p id="a1b2" class="pw-post-body-paragraph ig ih gs ii b ij ik il im in io ip" data-selectable-paragraph="">` + para("Our team lead") + `</p>
<p id="c3d4" class="pw-post-body-paragraph ig ih gs ii b ij ik il im in io ip" data-selectable-paragraph="">` + para("The designers") + `</p>
<h2 id="e5f6" class="ov ow gs bf ox oy oz pa" data-selectable-paragraph="">What changed</h2>
<p id="g7h8" class="pw-post-body-paragraph ig ih gs ii b ij ik il im in io ip" data-selectable-paragraph="">` + para("The new hires") + `</p>
</div></div></div></div></section></div></div></article>
<div class="ab ca"><div class="ch"><div><span>Written by Sam Lee</span><p>Engineering manager. Writing about teams, tools and the space between them.</p><button>Follow</button></div></div></div>
<div class="ab ca"><h2 class="bf">Recommended from Medium</h2><div class="ab">` + cards.String() + `</div><a href="/?source=post_page">See more recommendations</a></div>
<div class="ab"><a href="https://help.medium.com">Help</a> <a href="/status">Status</a> <a href="/about">About</a> <a href="/jobs">Careers</a> <a href="/policy">Privacy</a> <a href="/terms">Terms</a></div></div></div></body></html>`,
			want:    []string{"Our team lead said", "The designers said", "The new hires said"},
			wantNot: []string{"Recommended from Medium", "Another story about remote teams", "Writing about teams, tools"},
		},
	})
}

// TestAuditShopsPressRecipes: shop systems' product pages (Shopware,
// Magento), press-release portals, a municipality's service page and
// recipe portals, as German sites set them.
func TestAuditShopsPressRecipes(t *testing.T) {
	runAudit(t, auditShopPages())
}

// auditShopPages are TestAuditShopsPressRecipes's pages.
func auditShopPages() []auditPage {
	var slider strings.Builder
	for i := range 8 {
		fmt.Fprintf(&slider, `<div class="product-slider-item"><div class="card product-box box-standard"><div class="card-body"><div class="product-image-wrapper"><a href="/p/%d" class="product-image-link"><img src="/m/%d.jpg" alt=""></a></div><div class="product-info"><a href="/p/%d" class="product-name">Leinen-Geschirrtuch Modell %d</a><div class="product-price-info"><span class="product-price">12,90 €*</span></div></div><div class="product-action"><form action="/checkout/line-item/add" class="buy-widget"><button class="btn btn-buy">In den Warenkorb</button></form></div></div></div></div>`, i, i, i, i)
	}
	var releases strings.Builder
	for i := range 10 {
		fmt.Fprintf(&releases, `<li class="news-item"><span class="date">0%d.03.2024 – 10:%02d</span><h3><a href="/pm/%d">Unternehmen %d meldet Rekordumsatz im Geschäftsjahr</a></h3><p>Der Umsatz stieg um %d Prozent, das Ergebnis verbesserte sich deutlich.</p></li>`, i%9+1, i*5, i, i, i+3)
	}
	return []auditPage{
		{
			name: "Shopware 6 product page: description tab with properties, cross-selling slider, reviews",
			doc: `<html lang="de-DE"><head><title>Leinen-Tischdecke natur | Leinenladen</title></head><body class="is-ctl-product is-act-index"><div class="page-wrapper">
<header class="header-main"><div class="container"><div class="header-logo-main"><a class="header-logo-main-link" href="/">Leinenladen</a></div><div class="header-search"><form action="/search"><input type="search" name="search" placeholder="Suchbegriff eingeben ..."></form></div></div></header>
<div class="nav-main"><div class="main-navigation"><nav class="main-navigation-menu"><a class="main-navigation-link" href="/tisch">Tisch</a><a class="main-navigation-link" href="/bad">Bad</a><a class="main-navigation-link" href="/kueche">Küche</a><a class="main-navigation-link" href="/sale">Sale</a></nav></div></div>
<main class="content-main"><div class="container"><div class="cms-page"><div class="cms-section"><div class="cms-block cms-block-gallery-buybox"><div class="cms-element-buy-box"><div class="product-detail-buy"><h1 class="product-detail-name">Leinen-Tischdecke natur</h1><p class="product-detail-price">49,90 €*</p><p class="product-detail-price-unit">Inhalt: 1 Stück</p><form action="/checkout/line-item/add" class="buy-widget"><select name="lineItems[qty][quantity]" class="custom-select product-detail-quantity-select"><option>1</option></select><button class="btn btn-primary btn-buy">In den Warenkorb</button></form><div class="product-detail-delivery-information"><p class="delivery-information">Sofort verfügbar, Lieferzeit 2-3 Werktage</p></div></div></div></div>
<div class="cms-block cms-block-product-description-reviews"><div class="cms-element-product-description-reviews"><div class="product-detail-tabs"><ul class="nav nav-tabs product-detail-tab-navigation-list"><li class="nav-item"><a class="nav-link active" href="#description-tab-pane">Beschreibung</a></li><li class="nav-item"><a class="nav-link" href="#review-tab-pane">Bewertungen</a></li></ul>
<div class="tab-content"><div class="tab-pane fade show active" id="description-tab-pane"><div class="product-detail-description tab-pane-container"><div class="h3 product-detail-description-title">Produktinformationen "Leinen-Tischdecke natur"</div>
<div class="product-detail-description-text" itemprop="description"><p>Unsere Tischdecke ist aus reinem, vorgewaschenem Leinen gewebt und wird in einer kleinen Weberei in Litauen genäht.</p><p>Sie ist bei 40 Grad waschbar und wird mit jeder Wäsche weicher. Bügeln ist nicht nötig, die leichten Falten gehören zum Charakter.</p></div>
<div class="product-detail-properties"><table class="table table-striped product-detail-properties-table"><tbody><tr class="properties-row"><th class="properties-label">Material:</th><td class="properties-value"><span>100 % Leinen</span></td></tr><tr class="properties-row"><th class="properties-label">Größe:</th><td class="properties-value"><span>140 × 250 cm</span></td></tr></tbody></table></div></div></div>
<div class="tab-pane fade" id="review-tab-pane"><div class="product-detail-review tab-pane-container"><div class="product-detail-review-list"><div class="product-detail-review-item"><div class="product-detail-review-item-points">★★★★★</div><p class="product-detail-review-item-content">Wunderschöne Qualität, genau wie beschrieben, ich bestelle noch die passenden Servietten.</p></div><div class="product-detail-review-item"><div class="product-detail-review-item-points">★★★★☆</div><p class="product-detail-review-item-content">Schön schwer und gut genäht, nach der ersten Wäsche etwas eingelaufen, aber nicht schlimm.</p></div><div class="product-detail-review-item"><div class="product-detail-review-item-points">★★★★★</div><p class="product-detail-review-item-content">Liegt seit einem Jahr jeden Tag auf dem Tisch und sieht immer noch aus wie neu.</p></div></div></div></div></div></div></div></div>
<div class="cms-block cms-block-cross-selling"><div class="cms-element-cross-selling"><div class="product-cross-selling-tab-navigation"><a class="nav-link">Passende Artikel</a></div><div class="product-slider"><div class="product-slider-container">` + slider.String() + `</div></div></div></div></div></div></div></main>
<footer class="footer-main"><div class="footer-columns"><div class="footer-column"><div class="footer-column-headline">Service-Hotline</div><p>Unterstützung und Beratung unter: 0180 000000, Mo–Fr 10–16 Uhr</p></div><div class="footer-column"><div class="footer-column-headline">Informationen</div><ul><li><a href="/versand">Versand und Zahlung</a></li><li><a href="/agb">AGB</a></li><li><a href="/widerruf">Widerrufsrecht</a></li></ul></div></div><div class="footer-vat"><p>* Alle Preise inkl. MwSt. zzgl. Versandkosten</p></div></footer></div>
<div class="cookie-permission-container"><div class="container"><div class="cookie-permission-content">Wir verwenden Cookies, um Ihnen ein optimales Einkaufserlebnis zu bieten. Einige Cookies sind technisch notwendig, andere dienen anonymen Statistikzwecken.</div><div class="cookie-permission-actions"><button>Nur technisch notwendige</button><button>Alle akzeptieren</button></div></div></div></body></html>`,
			want: []string{"Unsere Tischdecke ist aus reinem", "Sie ist bei 40 Grad waschbar", "100 % Leinen"},
			// The reviews tab stays: named "review", not "reviews", as
			// a landing page's testimonials are, which are its text.
			wantNot: []string{"Leinen-Geschirrtuch Modell 3", "Ihnen ein optimales Einkaufserlebnis", "Widerrufsrecht"},
		},
		{
			name: "Magento 2 product page: overview, details tab, more-information table, reviews tab",
			doc: `<html lang="de"><head><title>Wanderrucksack Alpin 30 L</title></head><body class="catalog-product-view product-wanderrucksack-alpin page-layout-1column"><div class="page-wrapper">
<header class="page-header"><div class="panel wrapper"><div class="panel header"><ul class="header links"><li><a href="/customer/account/login/">Anmelden</a></li><li><a href="/customer/account/create/">Konto erstellen</a></li></ul></div></div><div class="header content"><a class="logo" href="/">Bergsport Huber</a><div class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/">Mein Warenkorb</a></div></div></header>
<div class="sections nav-sections"><nav class="navigation"><ul><li class="level0"><a href="/rucksaecke.html">Rucksäcke</a></li><li class="level0"><a href="/schuhe.html">Schuhe</a></li><li class="level0"><a href="/bekleidung.html">Bekleidung</a></li></ul></nav></div>
<main id="maincontent" class="page-main"><div class="columns"><div class="column main">
<div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base" itemprop="name">Wanderrucksack Alpin 30 L</span></h1></div><div class="product-info-price"><span class="price">89,95 €</span></div>
<div class="product attribute overview"><div class="value" itemprop="description">Leichter Tagesrucksack mit belüftetem Rückensystem und Regenhülle, ideal für Touren bis zu einem Tag.</div></div>
<div class="product-add-form"><form action="/checkout/cart/add/product/123/" id="product_addtocart_form"><div class="field qty"><label class="label" for="qty">Menge</label><input type="number" name="qty" id="qty" value="1"></div><button type="submit" class="action primary tocart">In den Warenkorb</button></form></div></div>
<div class="product info detailed"><div class="product data items" data-mage-init='{"tabs":{"openedState":"active"}}'>
<div class="data item title" data-role="collapsible" id="tab-label-description"><a class="data switch" href="#description">Details</a></div>
<div class="data item content" id="description" data-role="content"><div class="product attribute description"><div class="value"><p>Der Alpin 30 ist unser meistverkaufter Rucksack für Tagestouren. Das Netzrückensystem hält den Rücken auch bergauf trocken.</p><p>Im Deckelfach finden Karte und Handy Platz, seitliche Netztaschen nehmen Trinkflaschen auf. Die Regenhülle steckt in einem eigenen Fach im Boden.</p></div></div></div>
<div class="data item title" data-role="collapsible" id="tab-label-additional"><a class="data switch" href="#additional">Mehr Informationen</a></div>
<div class="data item content" id="additional" data-role="content"><div class="additional-attributes-wrapper table-wrapper"><table class="data table additional-attributes" id="product-attribute-specs-table"><tbody><tr><th class="col label" scope="row">Volumen</th><td class="col data" data-th="Volumen">30 Liter</td></tr><tr><th class="col label" scope="row">Gewicht</th><td class="col data" data-th="Gewicht">1,1 kg</td></tr></tbody></table></div></div>
<div class="data item title" data-role="collapsible" id="tab-label-reviews"><a class="data switch" href="#reviews">Bewertungen <span class="counter">3</span></a></div>
<div class="data item content" id="reviews" data-role="content"><div id="product-review-container"><ol class="items review-items"><li class="item review-item"><div class="review-title">Top Rucksack</div><div class="review-content">Sitzt bequem, auch nach sechs Stunden, und die Regenhülle hat mich schon zweimal gerettet.</div></li><li class="item review-item"><div class="review-title">Gut, aber klein</div><div class="review-content">Für eine Tagestour reicht es, für eine Hüttenübernachtung ist der Rucksack etwas zu knapp.</div></li><li class="item review-item"><div class="review-title">Leicht</div><div class="review-content">Erstaunlich leicht für die vielen Fächer, die Hüftflossen könnten etwas breiter sein.</div></li></ol></div></div></div></div>
<div class="block related"><div class="block-title title"><strong>Ähnliche Produkte</strong></div><ol class="products list items product-items"><li class="item product product-item"><a class="product-item-link" href="/a.html">Tagesrucksack Trail 22 L</a><span class="price">64,95 €</span></li><li class="item product product-item"><a class="product-item-link" href="/b.html">Trekkingrucksack Nord 45 L</a><span class="price">139,00 €</span></li></ol></div></div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div><form class="form subscribe"><input name="email" type="email" placeholder="Geben Sie Ihre E-Mail-Adresse ein"><button class="action subscribe primary">Abonnieren</button></form></div><ul class="footer links"><li><a href="/impressum">Impressum</a></li><li><a href="/agb">AGB</a></li></ul></div><small class="copyright"><span>Copyright © 2024 Bergsport Huber</span></small></footer></div></body></html>`,
			want:    []string{"Der Alpin 30 ist unser meistverkaufter", "Im Deckelfach finden Karte und Handy", "Volumen 30 Liter"},
			wantNot: []string{"Trekkingrucksack Nord", "Geben Sie Ihre E-Mail-Adresse ein", "hat mich schon zweimal gerettet"},
		},
		{
			name: "press-release portal: story with dateline, contact block and a list of other releases",
			doc: `<html lang="de"><head><title>Stadtwerke senken Strompreis zum 1. April | Presseportal</title></head><body><header class="header"><a href="/" class="logo">Presseportal</a><nav><a href="/blaulicht">Blaulicht</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/politik">Politik</a> <a href="/login">Login</a></nav></header>
<main><div class="row"><div class="col-8"><article class="story"><p class="date">12.03.2024 – 09:30</p><p class="customer"><a href="/nr/4711">Stadtwerke Musterstadt GmbH</a></p><h1>Stadtwerke senken Strompreis zum 1. April</h1>
<p>Musterstadt (ots) - Die Stadtwerke Musterstadt senken zum 1. April den Arbeitspreis für Haushaltsstrom um 4,5 Cent je Kilowattstunde. Ein Haushalt mit 2.500 Kilowattstunden Jahresverbrauch spart damit rund 130 Euro im Jahr.</p>
<p>"Wir geben die gesunkenen Einkaufspreise vollständig an unsere Kundinnen und Kunden weiter", sagt Geschäftsführerin Petra Lang. Die Kundinnen und Kunden müssen nichts tun; sie werden schriftlich informiert.</p>
<p>Auch der Grundpreis bleibt unverändert. Die Preise für Erdgas werden im Sommer überprüft.</p>
<p class="originator">Pressekontakt:<br>Stadtwerke Musterstadt GmbH<br>Unternehmenskommunikation<br>Tel.: 01234 5678-90<br>E-Mail: presse@example.de</p>
<p class="originator">Original-Content von: Stadtwerke Musterstadt GmbH, übermittelt durch news aktuell</p>
<ul class="story-tags"><li><a href="/t/energie">Energie</a></li><li><a href="/t/strom">Strom</a></li></ul></article></div>
<aside class="col-4"><section class="more-news"><h2>Weitere Meldungen: Stadtwerke Musterstadt GmbH</h2><ul>` + releases.String() + `</ul><a href="/nr/4711">Alle Meldungen</a></section></aside></div></main>
<footer><a href="/agb">AGB</a> <a href="/impressum">Impressum</a> © news aktuell GmbH</footer></body></html>`,
			want:    []string{"Musterstadt (ots) - Die Stadtwerke Musterstadt senken", "Wir geben die gesunkenen Einkaufspreise", "Auch der Grundpreis bleibt unverändert"},
			wantNot: []string{"Rekordumsatz im Geschäftsjahr", "Weitere Meldungen"},
		},
		{
			name: "press release of a research institute: short text, long boilerplate about the institute",
			doc: `<html lang="en"><head><title>New sensor detects microplastics in river water – Institute for Water Research</title></head><body><div id="page"><header><a href="/">Institute for Water Research</a><nav><ul><li><a href="/research">Research</a></li><li><a href="/press">Press</a></li><li><a href="/careers">Careers</a></li></ul></nav></header>
<div class="content"><div class="pressrelease"><span class="pr-date">Press release · 5 March 2024</span><h1>New sensor detects microplastics in river water</h1>
<div class="pr-text"><p>Researchers at the institute have built a sensor that counts microplastic particles in river water within minutes instead of days.</p><p>The device, which fits into a suitcase, shines a laser through a sample and tells plastic from sand by the way the light scatters.</p><p>"We can now measure where and when plastic enters a river," said lead author Dr Maria Costa.</p></div>
<div class="pr-contact"><h3>Contact</h3><p>Press office<br>+49 30 000000<br>press@example.org</p></div>
<div class="pr-boilerplate"><h3>About the institute</h3><p>The Institute for Water Research studies rivers, lakes and groundwater, and the ways people use them and put them at risk. It employs 420 people, among them 180 scientists from 30 countries, and is funded by the federal government and the states. It is a member of a national association of research institutes, and works with universities, water suppliers and authorities in Europe, Africa and Asia on projects ranging from drinking water safety to flood warnings.</p></div>
<div class="pr-downloads"><h3>Downloads</h3><ul><li><a href="/f/sensor.jpg">Photo: the sensor (JPG, 2 MB)</a></li><li><a href="/f/paper.pdf">Original publication (PDF)</a></li></ul></div></div></div>
<footer><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></footer></div></body></html>`,
			want: []string{"Researchers at the institute have built a sensor", "The device, which fits into a suitcase", "We can now measure where and when plastic"},
		},
		{
			name: "municipality service page: Leistungsbeschreibung in headed sections",
			doc: `<html lang="de"><head><title>Personalausweis beantragen - Stadt Lindenau</title></head><body><a class="skiplink" href="#content">Zum Inhalt springen</a><header><div class="logo"><a href="/">Stadt Lindenau</a></div><nav class="hauptnavigation"><ul><li><a href="/rathaus">Rathaus &amp; Service</a></li><li><a href="/leben">Leben &amp; Wohnen</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/freizeit">Freizeit &amp; Tourismus</a></li></ul></nav><div class="leichte-sprache"><a href="/ls">Leichte Sprache</a> <a href="/gs">Gebärdensprache</a></div></header>
<div id="content" class="inhalt"><div class="breadcrumb"><a href="/">Start</a> / <a href="/rathaus">Rathaus &amp; Service</a> / <a href="/dienstleistungen">Dienstleistungen A–Z</a></div>
<div class="dienstleistung"><h1>Personalausweis beantragen</h1>
<div class="sp-leistungsbeschreibung"><h2>Leistungsbeschreibung</h2><p>Jede Person ab 16 Jahren, die in Deutschland gemeldet ist, muss einen Personalausweis oder einen Reisepass besitzen.</p><p>Der Ausweis ist bei Personen ab 24 Jahren zehn Jahre gültig, bei jüngeren sechs Jahre.</p></div>
<div class="sp-voraussetzungen"><h2>Voraussetzungen</h2><p>Sie müssen persönlich im Bürgerbüro erscheinen, da Fingerabdrücke genommen werden.</p></div>
<div class="sp-unterlagen"><h2>Welche Unterlagen werden benötigt?</h2><ul><li>ein aktuelles biometrisches Passfoto</li><li>der bisherige Ausweis</li><li>bei Namensänderung die Heiratsurkunde</li></ul></div>
<div class="sp-gebuehren"><h2>Welche Gebühren fallen an?</h2><p>37,00 Euro; für Personen unter 24 Jahren 22,80 Euro.</p></div></div>
<div class="zustaendig"><h2>Zuständige Stelle</h2><div class="vcard"><p class="org">Bürgerbüro im Rathaus</p><p>Marktplatz 1, 12345 Lindenau</p><p><a href="tel:+49123456">Telefon 0123 456</a></p><a href="/termin">Termin online buchen</a></div></div></div>
<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></li></ul></footer></body></html>`,
			want:    []string{"Jede Person ab 16 Jahren", "zehn Jahre gültig", "Sie müssen persönlich im Bürgerbüro erscheinen", "ein aktuelles biometrisches Passfoto", "37,00 Euro"},
			wantNot: []string{"Gebärdensprache", "Erklärung zur Barrierefreiheit"},
		},
		{
			name: "German recipe portal: linked ingredient names in a table, br-split instructions",
			doc: `<html lang="de"><head><title>Linsensuppe mit Spätzle von koch123 | Rezeptwelt</title></head><body><header class="ds-header"><a href="/">Rezeptwelt</a><nav><a href="/rezepte">Rezepte</a> <a href="/magazin">Magazin</a> <a href="/community">Community</a></nav></header>
<main class="ds-container"><article class="recipe-header"><h1>Linsensuppe mit Spätzle</h1><div class="recipe-meta"><span class="recipe-difficulty">simpel</span> <span class="recipe-preptime">Arbeitszeit ca. 20 Minuten</span></div></article>
<article class="ds-box recipe-ingredients"><h2>Zutaten</h2><div class="ds-recipe-meta">für 4 Portionen</div><table class="ingredients table-header"><tbody>
<tr><td class="td-left"><span>250 g</span></td><td class="td-right"><span><a href="/rezepte/linsen">Linsen</a>, braune</span></td></tr>
<tr><td class="td-left"><span>1</span></td><td class="td-right"><span><a href="/rezepte/suppengemuese">Suppengemüse</a></span></td></tr>
<tr><td class="td-left"><span>1 Liter</span></td><td class="td-right"><span><a href="/rezepte/gemuesebruehe">Gemüsebrühe</a></span></td></tr>
<tr><td class="td-left"><span>2 EL</span></td><td class="td-right"><span><a href="/rezepte/essig">Essig</a></span></td></tr>
<tr><td class="td-left"><span>4 Paar</span></td><td class="td-right"><span><a href="/rezepte/saitenwuerstchen">Saitenwürstchen</a></span></td></tr></tbody></table></article>
<article class="ds-box recipe-instructions"><h2>Zubereitung</h2><small class="ds-recipe-meta">Arbeitszeit ca. 20 Minuten · Kochzeit ca. 45 Minuten</small><div class="ds-box">Die Linsen über Nacht in kaltem Wasser einweichen.<br><br>Das Suppengemüse putzen, klein würfeln und in etwas Öl andünsten. Linsen und Brühe dazugeben und etwa 45 Minuten köcheln lassen.<br><br>Mit Essig, Salz und Pfeffer abschmecken, die Würstchen darin erhitzen und mit Spätzle servieren.</div></article>
<section class="recipe-comments"><h2>Kommentare</h2><div class="comment"><p>Wie bei meiner Oma auf der Alb, nur dass sie noch einen Schuss Rotwein dazugegeben hat.</p></div></section>
<section class="related-recipes"><h2>Ähnliche Rezepte</h2><ul><li><a href="/r/1">Linseneintopf</a></li><li><a href="/r/2">Erbsensuppe</a></li><li><a href="/r/3">Kartoffelsuppe</a></li></ul></section></main>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer></body></html>`,
			want:    []string{"250 g Linsen, braune", "1 Liter Gemüsebrühe", "Saitenwürstchen", "Die Linsen über Nacht in kaltem Wasser einweichen", "Mit Essig, Salz und Pfeffer abschmecken"},
			wantNot: []string{"Erbsensuppe", "einen Schuss Rotwein"},
		},
		{
			name: "English recipe card whose ingredient names link to a shop",
			doc: `<html lang="en"><head><title>Lemon drizzle loaf – Sunday Baking</title></head><body><header><a href="/">Sunday Baking</a><nav><a href="/recipes">Recipes</a> <a href="/shop">Shop</a></nav></header>
<article class="post"><h1>Lemon drizzle loaf</h1><div class="entry-content"><p>The loaf my grandmother baked for every village fête: a plain sponge soaked in lemon syrup while it is still warm, with a crust of sugar on top.</p>
<div class="wprm-recipe-container"><div class="wprm-recipe"><h2 class="wprm-recipe-name">Lemon drizzle loaf</h2><div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul class="wprm-recipe-ingredients">
<li class="wprm-recipe-ingredient">225 g <a href="https://shop.example/flour">self-raising flour</a></li><li class="wprm-recipe-ingredient">225 g <a href="https://shop.example/butter">unsalted butter</a></li><li class="wprm-recipe-ingredient">225 g <a href="https://shop.example/sugar">caster sugar</a></li><li class="wprm-recipe-ingredient">4 <a href="https://shop.example/eggs">free-range eggs</a></li><li class="wprm-recipe-ingredient">2 <a href="https://shop.example/lemons">unwaxed lemons</a></li></ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ol class="wprm-recipe-instructions"><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Beat the butter and sugar until pale, then add the eggs one by one and fold in the flour and the zest of both lemons.</div></li><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Bake in a lined loaf tin at 180 °C for 45 minutes, then pour the juice of the lemons mixed with sugar over the warm cake.</div></li></ol></div></div></div></div></article>
<footer><a href="/privacy">Privacy</a></footer></body></html>`,
			want: []string{"The loaf my grandmother baked", "225 g self-raising flour", "2 unwaxed lemons", "Beat the butter and sugar"},
		},
		{
			name: "short product text in main, a longer block of shop text for search engines below it",
			doc: `<html lang="de"><head><title>Bio-Bergkäse 250 g | Käseladen</title></head><body><header><a href="/">Käseladen</a><nav><a href="/kaese">Käse</a> <a href="/wein">Wein</a></nav></header>
<main><div class="product-detail"><h1 class="product-title">Bio-Bergkäse 250 g</h1><div class="price">6,90 €</div><form action="/cart/add"><input type="number" name="quantity" value="1"><button>In den Warenkorb</button></form>
<div class="product-description"><p>Zwölf Monate gereifter Rohmilchkäse von einer Sennerei im Allgäu, würzig und leicht nussig.</p></div></div></main>
<section class="shop-seo-text"><h2>Käse online kaufen beim Käseladen</h2><p>Im Käseladen finden Sie über 200 Käsesorten aus ganz Europa, von mildem Butterkäse bis zu kräftigem Bergkäse, von französischem Weichkäse bis zu italienischem Hartkäse, alle sorgfältig ausgewählt und fachgerecht gelagert.</p><p>Wir liefern gekühlt in ganz Deutschland, bestellen Sie bis 12 Uhr, verschicken wir noch am selben Tag, und ab 50 Euro ist der Versand kostenlos, auch für Geschenkkörbe und Käseplatten.</p><p>Unsere Käse stammen von kleinen Hofkäsereien und Sennereien, die wir persönlich kennen, und viele davon sind in Bio-Qualität erhältlich, frei von Zusatzstoffen und Gentechnik.</p></section>
<footer><a href="/impressum">Impressum</a> <a href="/versand">Versand</a></footer></body></html>`,
			want:    []string{"Zwölf Monate gereifter Rohmilchkäse"},
			wantNot: []string{"über 200 Käsesorten"},
		},
	}
}

// TestAuditEventBesideOtherEvents: an event's page of a short description
// and a table of facts beside the column of other events comes out as the
// event (headlineBlock); a calendar's page, whose headline heads an intro
// of one paragraph over the events, keeps the events.
func TestAuditEventBesideOtherEvents(t *testing.T) {
	events := strings.Repeat(`<div class="event-teaser"><a href="/termine/lesung"><h3>Lesung in der Stadtbibliothek</h3></a><p>Die Autorin liest aus ihrem neuen Roman über eine Familie im Ruhrgebiet, anschließend Gespräch und Signierstunde.</p></div>`, 5)
	runAudit(t, []auditPage{
		{
			name: "event page: short description and facts beside other events",
			doc: `<html lang="de"><head><title>Orgelkonzert zur Marktzeit - Kulturkalender</title></head><body><header><a href="/">Kulturkalender</a><nav><a href="/termine">Termine</a></nav></header>
<main><div class="event-detail"><h1>Orgelkonzert zur Marktzeit</h1><dl class="event-facts"><dt>Datum</dt><dd>Samstag, 11. Mai 2024, 11:30 Uhr</dd><dt>Ort</dt><dd>Stadtkirche St. Marien</dd><dt>Eintritt</dt><dd>frei, Spenden erbeten</dd></dl>
<div class="event-description"><p>Kantor Lukas Brenner spielt Werke von Buxtehude und Bach. Eine halbe Stunde Musik zur Marktzeit.</p></div></div>
<div class="event-list"><h2>Weitere Termine</h2>` + events + `</div></main><footer><a href="/impressum">Impressum</a></footer></body></html>`,
			want:    []string{"Kantor Lukas Brenner spielt Werke", "Stadtkirche St. Marien"},
			wantNot: []string{"Signierstunde"},
		},
		{
			name: "calendar page: intro of one paragraph over the events",
			doc: `<html lang="de"><head><title>Veranstaltungen - Kulturkalender</title></head><body><header><a href="/">Kulturkalender</a><nav><a href="/termine">Termine</a></nav></header>
<main><div class="page-intro"><h1>Veranstaltungen</h1><p>Hier finden Sie alle Konzerte, Lesungen und Ausstellungen in unserer Stadt, nach Datum sortiert und jede Woche neu.</p></div>
<div class="event-list">` + events + `</div></main><footer><a href="/impressum">Impressum</a></footer></body></html>`,
			want: []string{"Signierstunde"},
		},
	})
}

// TestAuditPortalsAndForms: the public sector's and companies' platforms
// (ASP.NET WebForms and SharePoint, which wrap the whole page in a form;
// Plone; Liferay's portlets) and a job posting of lists beside other jobs.
func TestAuditPortalsAndForms(t *testing.T) {
	var jobs strings.Builder
	for i := range 6 {
		fmt.Fprintf(&jobs, `<li class="job-item"><a href="/jobs/%d"><h4>Sachbearbeiter (m/w/d) Abteilung %d</h4><span>Vollzeit · Musterstadt</span></a></li>`, i, i)
	}
	hidden := `<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDxYCHgRUZXh0BQ=="><input type="hidden" name="__EVENTVALIDATION" value="abc"></div>`
	runAudit(t, []auditPage{
		{
			name: "job posting of lists",
			doc: `<html lang="de"><head><title>Erzieher (m/w/d) gesucht - Stadt Musterstadt</title></head><body><header><a href="/">Stadt Musterstadt</a><nav><a href="/karriere">Karriere</a> <a href="/rathaus">Rathaus</a></nav></header>
<main><div class="job-detail"><h1>Erzieherin / Erzieher (m/w/d)</h1><p class="job-meta">Teilzeit (30 Std.) · unbefristet · Kita Sonnenschein</p>
<p>Für unsere Kita Sonnenschein suchen wir zum 1. August eine pädagogische Fachkraft.</p>
<h3>Ihre Aufgaben</h3><ul><li>Betreuung und Förderung von Kindern zwischen einem und sechs Jahren</li><li>Planung und Durchführung von Projekten</li><li>Zusammenarbeit mit den Eltern</li></ul>
<h3>Ihr Profil</h3><ul><li>staatliche Anerkennung als Erzieher/in oder vergleichbare Qualifikation</li><li>Freude an der Arbeit im Team</li></ul>
<h3>Wir bieten</h3><ul><li>Bezahlung nach TVöD SuE S 8a</li><li>Jahressonderzahlung und betriebliche Altersvorsorge</li><li>Fortbildungen und ein Jobticket</li></ul>
<p>Bewerbungen bitte bis zum 31. Mai über unser Online-Portal.</p><a class="btn" href="/bewerben/12">Jetzt bewerben</a></div>
<aside class="job-list"><h3>Weitere Stellen</h3><ul>` + jobs.String() + `</ul></aside></main><footer><a href="/impressum">Impressum</a></footer></body></html>`,
			want:    []string{"Für unsere Kita Sonnenschein suchen wir", "Betreuung und Förderung von Kindern", "Freude an der Arbeit im Team", "Bezahlung nach TVöD", "Bewerbungen bitte bis zum 31. Mai"},
			wantNot: []string{"Abteilung 3"},
		},
		{
			name: "ASP.NET WebForms page wrapped in a form",
			doc: `<html lang="de"><head><title>Wasserrohrbruch in der Lindenstraße - Stadtwerke Berghausen</title></head><body><form method="post" action="./meldung.aspx?id=12" id="aspnetForm">` + hidden + `
<div id="header"><a href="/">Stadtwerke Berghausen</a><div id="search"><input name="ctl00$q" type="text"><input type="submit" name="ctl00$go" value="Suchen"></div></div>
<div id="navigation"><ul><li><a href="/strom">Strom</a></li><li><a href="/wasser">Wasser</a></li><li><a href="/baeder">Bäder</a></li></ul></div>
<div id="ctl00_ContentPlaceHolder1_pnlContent" class="content"><h1>Wasserrohrbruch in der Lindenstraße</h1><span id="ctl00_ContentPlaceHolder1_lblDatum">14.02.2024</span>
<p>In der Lindenstraße ist am Morgen eine Hauptwasserleitung gebrochen. Rund 80 Haushalte sind ohne Wasser.</p><p>Ein Wasserwagen steht an der Ecke zur Schulstraße bereit. Die Reparatur dauert voraussichtlich bis zum Abend.</p></div>
<div id="footer"><a href="/impressum.aspx">Impressum</a> | <a href="/datenschutz.aspx">Datenschutz</a></div></form></body></html>`,
			want: []string{"In der Lindenstraße ist am Morgen", "Ein Wasserwagen steht an der Ecke"},
		},
		{
			name: "SharePoint publishing page in the aspnetForm",
			doc: `<html lang="de"><head><title>Förderprogramm Dachbegrünung</title></head><body><form method="post" action="./Dachbegruenung.aspx" id="aspnetForm">` + hidden + `<div id="s4-workspace"><div id="s4-bodyContainer"><div id="s4-titlerow"><a href="/">Landkreis Oberfeld</a></div><div class="ms-breadcrumb-top"><a href="/umwelt">Umwelt</a></div>
<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div class="ms-core-navigation"><ul><li><a href="/umwelt/a">Abfall</a></li><li><a href="/umwelt/b">Klima</a></li></ul></div></div>
<div id="contentBox"><div id="DeltaPlaceHolderMain"><div class="article article-right"><h1>Förderprogramm Dachbegrünung</h1><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label"><p>Der Landkreis fördert die Begrünung von Dächern mit bis zu 30 Euro je Quadratmeter.</p><p>Anträge stellen Sie vor Beginn der Arbeiten beim Umweltamt; das Formular finden Sie unten.</p></div></div></div></div></div></div></div></form></body></html>`,
			want: []string{"Der Landkreis fördert die Begrünung", "Anträge stellen Sie vor Beginn"},
		},
		{
			name: "Plone document with description and parent-fieldname-text",
			doc: `<html lang="de"><head><title>Sprechstunde — Institut für Geschichte</title></head><body class="template-document_view portaltype-document"><div id="visual-portal-wrapper"><header id="portal-top"><div id="portal-header"><a id="portal-logo" href="/">Institut für Geschichte</a></div><nav id="portal-globalnav"><ul><li><a href="/lehre">Lehre</a></li><li><a href="/forschung">Forschung</a></li></ul></nav></header>
<div id="portal-columns" class="row"><div id="portal-column-content" class="cell col-xs-12 col-sm-9"><article id="content"><header><h1 class="documentFirstHeading">Sprechstunde</h1><div class="documentDescription description">Die Sprechstunde im Sommersemester findet dienstags statt.</div></header>
<div id="content-core"><div id="parent-fieldname-text" class=""><p>Professorin Weber ist dienstags von 14 bis 15 Uhr in Raum 2.104 zu sprechen, in der vorlesungsfreien Zeit nach Vereinbarung per E-Mail.</p></div></div></article></div>
<aside id="portal-column-two" class="cell col-xs-12 col-sm-3"><div class="portletWrapper"><section class="portlet portletNews"><header class="portletHeader"><a href="/news">Nachrichten</a></header><ul class="portletContent"><li><a href="/n1">Tagung im Mai</a></li></ul></section></div></aside></div>
<footer id="portal-footer-wrapper"><div class="portletWrapper">© Universität</div></footer></div></body></html>`,
			want: []string{"Professorin Weber ist dienstags"},
		},
		{
			name: "Liferay journal content portlet",
			doc: `<html lang="de"><head><title>Bauhof - Gemeinde Tannberg</title></head><body class="controls-visible"><div class="container-fluid" id="wrapper"><header id="banner" role="banner"><a class="logo" href="/">Gemeinde Tannberg</a><nav class="sort-pages modify-pages" id="navigation"><ul><li><a href="/web/guest/rathaus">Rathaus</a></li><li><a href="/web/guest/freizeit">Freizeit</a></li></ul></nav></header>
<section id="content"><div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-decorate portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_abc_"><section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_abc"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><h2 class="portlet-title-text">Bauhof</h2></div><div class="portlet-content-container"><div class="portlet-body"><div class="journal-content-article" data-analytics-asset-id="123"><p>Der Bauhof pflegt 40 Hektar Grünflächen, räumt im Winter die Straßen und kümmert sich um Spielplätze.</p><p>Sie erreichen den Bauhof werktags von 7 bis 16 Uhr unter der Telefonnummer 07000 1234.</p></div></div></div></div></section></div></div></div></div></div></section>
<footer id="footer" role="contentinfo"><p class="powered-by">Powered By Liferay</p></footer></div></body></html>`,
			want: []string{"Der Bauhof pflegt 40 Hektar", "Sie erreichen den Bauhof werktags"},
		},
	})
}

// TestAuditFoldedText: the rest of a text folded away behind "Weiterlesen"
// (hidden by an inline style, named so) is the text's (foldedText); a
// hidden consent dialog is not.
func TestAuditFoldedText(t *testing.T) {
	runAudit(t, []auditPage{
		{
			name: "club chronicle whose second half is folded away",
			doc: `<html lang="de"><head><title>Chronik - SV Musterdorf</title></head><body><header><a href="/">SV Musterdorf</a><nav><a href="/mannschaften">Mannschaften</a></nav></header>
<main><h1>Chronik</h1><div class="text"><p>` + dePara("Der Gründer") + `</p><p>` + dePara2("Der erste Trainer") + `</p>
<div class="more-text" style="display: none;"><p>` + dePara("Die Jugendleiterin") + `</p><p>` + dePara2("Der Platzwart") + `</p></div><a href="#" class="more-link">Weiterlesen</a></div></main>
<div class="cookie-consent" style="display:none">` + cookieBanner("consent-box") + `</div><footer><a href="/impressum">Impressum</a></footer></body></html>`,
			want:    []string{"Der Gründer erklärte", "Die Jugendleiterin erklärte", "Der Platzwart Die Bürgerinnen"},
			wantNot: []string{"Wir verwenden Cookies"},
		},
	})
}
