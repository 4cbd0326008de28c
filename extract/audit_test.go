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
