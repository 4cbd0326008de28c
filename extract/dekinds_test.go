package extract

import "testing"

// TestDEAuditHeldOutKinds: made-up German pages of the kinds trafilatura's
// evaluation set is made of (session 27, issue 12): a blog post on a blog
// platform with its sidebar and comments, a shop's product page, a
// recipe, a company's press release, regional news with its "Lesen Sie
// auch" and "Mehr zum Thema" blocks, a paywall's offer and a cookie
// notice, one set with class names and one without. Each is a whole page
// of the markup such sites use; the text is made up, no page is copied.
// Five pages hold what a rule was added for: the recipe's ingredients in
// a box with the servings field (recipeTools), the blog's "Labels:" line
// (filingLabels), the press release's "Über die ... GmbH" box
// (germanCompanyAbout), the paywall's offer under a paragraph's "Jetzt
// weiterlesen mit ..." (offerLine) and the shop's table of properties in
// the tab after the description's (factPanelsAfter).
func TestDEAuditHeldOutKinds(t *testing.T) { runAudit(t, deHeldOutKindPages()) }

func deHeldOutKindPages() []auditPage {
	return []auditPage{
		{
			name: "WordPress food blog post: sidebar widgets, author box, comments and the comment form, cookie bar",
			doc: `<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>Mein Sauerteig-Experiment: Was ich nach vier Wochen gelernt habe | Brotzeit-Blog</title></head>
<body class="post-template-default single single-post">
<div id="cookie-law-info-bar"><span>Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Weitere Informationen finden Sie in unserer Datenschutzerklärung.<a role="button" class="cli_settings_button">Cookie-Einstellungen</a><a role="button" id="cookie_action_close_header">Alle akzeptieren</a></span></div>
<div class="site"><header class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Brotzeit-Blog</a></p><p class="site-description">Backen, Essen, Leben</p></div>
<nav class="main-navigation"><ul><li><a href="/">Startseite</a></li><li><a href="/rezepte/">Rezepte</a></li><li><a href="/ueber-mich/">Über mich</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div class="site-content"><div class="content-area"><main class="site-main">
<article class="post type-post status-publish hentry category-brot">
<header class="entry-header"><span class="cat-links"><a href="/kategorie/brot/">Brot</a></span><h1 class="entry-title">Mein Sauerteig-Experiment: Was ich nach vier Wochen gelernt habe</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <time>3. Februar 2024</time></span> <span class="byline">von <a href="/author/katrin/">Katrin</a></span> <span class="comments-link"><a href="#comments">5 Kommentare</a></span> <span class="reading-time">Lesezeit: 4 Minuten</span></div></header>
<div class="entry-content">
<p>Vor einem Monat habe ich mir vorgenommen, endlich einen eigenen Sauerteig anzusetzen. Viele von euch haben mich in den Kommentaren danach gefragt, und ich wollte selbst wissen, ob sich der Aufwand lohnt.</p>
<p>Die ersten Tage waren ernüchternd. Der Teig roch säuerlich, blubberte aber kaum, und ich war kurz davor, alles wegzuschütten. Erst als ich das Glas an einen wärmeren Platz neben die Heizung gestellt habe, ging es los.</p>
<h2>Woche zwei: Der erste Laib</h2>
<p>Mein erstes Brot war flach wie ein Fladen, aber geschmacklich schon viel besser als alles, was ich vorher mit Trockenhefe gebacken hatte. Die Kruste war knusprig, die Krume saftig und leicht säuerlich.</p>
<p>Geholfen hat mir vor allem, die Teigtemperatur zu messen und die Gare nicht nach der Uhr, sondern nach dem Volumen zu beurteilen. Sobald der Teig um die Hälfte gewachsen war, kam er in den Ofen.</p>
<h2>Mein Fazit</h2>
<p>Sauerteig braucht Geduld, aber er belohnt einen mit Broten, die man so beim Bäcker kaum noch bekommt. Ich backe inzwischen zweimal die Woche und habe nicht vor, damit aufzuhören.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Teilen mit:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Pinterest</a></li><li><a href="#">WhatsApp</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Schlagwörter: <a href="/tag/sauerteig/">Sauerteig</a>, <a href="/tag/brot/">Brot</a></span></footer>
</article>
<div class="author-box"><img src="/katrin.jpg" alt=""><h4>Über die Autorin</h4><p>Katrin backt seit zehn Jahren in ihrer kleinen Küche in Leipzig und teilt hier ihre Lieblingsrezepte und Experimente.</p></div>
<nav class="post-navigation"><div class="nav-previous"><a href="/dinkelbroetchen/"><span class="meta-nav">Vorheriger Beitrag</span> Dinkelbrötchen über Nacht</a></div><div class="nav-next"><a href="/roggenbrot/"><span class="meta-nav">Nächster Beitrag</span> Roggenbrot ohne Hefe</a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">5 Gedanken zu „Mein Sauerteig-Experiment: Was ich nach vier Wochen gelernt habe“</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Marion</b> <span class="says">sagt:</span><div class="comment-metadata"><a href="#c1"><time>4. Februar 2024 um 09:12 Uhr</time></a></div></footer><div class="comment-content"><p>Danke für den ehrlichen Bericht! Mein Sauerteig ist leider nach einer Woche verschimmelt, ich versuche es jetzt noch einmal mit Roggenmehl.</p></div><div class="reply"><a class="comment-reply-link" href="#">Antworten</a></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Jens</b> <span class="says">sagt:</span><div class="comment-metadata"><a href="#c2"><time>5. Februar 2024 um 18:40 Uhr</time></a></div></footer><div class="comment-content"><p>Der Tipp mit der Heizung ist Gold wert, bei uns in der Altbauwohnung ist es im Winter einfach zu kalt für den Teig.</p></div><div class="reply"><a class="comment-reply-link" href="#">Antworten</a></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Schreibe einen Kommentar</h3><form class="comment-form"><p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.</p><p><label>Kommentar *</label><textarea></textarea></p><p><label>Name *</label><input></p><p class="comment-form-cookies-consent"><input type="checkbox"><label>Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.</label></p><p class="form-submit"><input type="submit" value="Kommentar abschicken"></p></form></div></div>
</main></div>
<aside class="widget-area"><section class="widget widget_search"><form><input placeholder="Suche …"><button>Suchen</button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/roggenbrot/">Roggenbrot ohne Hefe</a></li><li><a href="/dinkelbroetchen/">Dinkelbrötchen über Nacht</a></li><li><a href="/zimtschnecken/">Zimtschnecken wie aus Schweden</a></li></ul></section>
<section class="widget widget_recent_comments"><h2 class="widget-title">Neueste Kommentare</h2><ul><li>Jens bei <a href="#">Mein Sauerteig-Experiment</a></li><li>Marion bei <a href="#">Mein Sauerteig-Experiment</a></li></ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archiv</h2><ul><li><a href="/2024/02/">Februar 2024</a></li><li><a href="/2024/01/">Januar 2024</a></li></ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Kategorien</h2><ul><li><a href="/kategorie/brot/">Brot</a></li><li><a href="/kategorie/kuchen/">Kuchen</a></li></ul></section></aside></div>
<footer class="site-footer"><div class="site-info">© 2024 Brotzeit-Blog · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutzerklärung</a> · Stolz präsentiert von WordPress</div></footer></div></body></html>`,
			want:    []string{"Vor einem Monat habe ich mir vorgenommen", "Woche zwei: Der erste Laib", "Sauerteig braucht Geduld"},
			wantNot: []string{"Wir verwenden Cookies", "Über die Autorin", "Katrin backt seit zehn Jahren", "Mein Sauerteig ist leider", "Der Tipp mit der Heizung", "Schreibe einen Kommentar", "Neueste Beiträge", "Zimtschnecken wie aus Schweden", "Stolz präsentiert von WordPress", "Lesezeit"},
		},
		{
			name: "Blogger travel post without class names: Labels line, comments under a counted heading, Über uns sidebar",
			doc: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Zehn Tage Island mit dem Camper – Teil 2</title></head><body>
<div><h1><a href="/">Fernweh &amp; Kaffee</a></h1><p>Reiseblog von Lisa und Ben</p></div>
<div><div>
<h2>Zehn Tage Island mit dem Camper – Teil 2</h2>
<p>Gepostet am 8. Oktober 2023 von Lisa</p>
<p>Nach den ersten Tagen im Süden ging es für uns weiter Richtung Osten. Die Ringstraße wird dort deutlich leerer, und manchmal sind wir eine halbe Stunde gefahren, ohne einem anderen Auto zu begegnen.</p>
<p>In den Ostfjorden hat es dann drei Tage lang fast ununterbrochen geregnet. Wir haben die Zeit genutzt, um in kleinen Cafés zu sitzen, Postkarten zu schreiben und die heißen Quellen in Vök auszuprobieren.</p>
<p>Das Highlight war für uns aber der Mývatn-See im Norden. Die Landschaft dort wirkt wie von einem anderen Planeten, überall dampft und blubbert es, und in der Luft liegt ein leichter Schwefelgeruch.</p>
<p>Unser Tipp: Wer im Herbst reist, sollte unbedingt warme Schlafsäcke mitnehmen. Nachts wurde es im Camper trotz Standheizung empfindlich kalt.</p>
<p>Labels: <a href="/l/island">Island</a>, <a href="/l/camper">Camper</a>, <a href="/l/europa">Europa</a></p>
<p><a href="#">Teilen</a> <a href="#">Pinterest</a> <a href="#">Facebook</a></p>
<h3>7 Kommentare:</h3>
<div><p><b>Anna</b> hat gesagt…</p><p>Wunderschöne Bilder! Wir planen für nächsten Sommer auch eine Reise nach Island und haben uns eure Route gleich abgespeichert.</p><p>9. Oktober 2023 um 10:14</p></div>
<div><p><b>Markus</b> hat gesagt…</p><p>Mývatn war bei uns auch der schönste Teil der Reise. Habt ihr die Höhle Grjótagjá gefunden? Die war leider gesperrt, als wir da waren.</p><p>9. Oktober 2023 um 21:02</p></div>
<p><a href="#">Kommentar veröffentlichen</a></p>
<p><a href="/neuer">Neuerer Post</a> <a href="/">Startseite</a> <a href="/aelter">Älterer Post</a></p>
</div>
<div><h3>Über uns</h3><p>Wir sind Lisa und Ben aus Hamburg und reisen seit 2015 mit Rucksack und Camper durch Europa. Hier erzählen wir von unseren Abenteuern.</p>
<h3>Beliebte Posts</h3><ul><li><a href="/p1">Norwegen im Winter</a></li><li><a href="/p2">Packliste für den Camper</a></li></ul>
<h3>Blog-Archiv</h3><ul><li><a href="/2023">2023 (12)</a></li><li><a href="/2022">2022 (19)</a></li></ul></div></div>
<div>Design Wasserzeichen. Bereitgestellt von Blogger.</div></body></html>`,
			want:    []string{"Nach den ersten Tagen im Süden", "Das Highlight war für uns aber", "Unser Tipp: Wer im Herbst reist"},
			wantNot: []string{"Labels:", "Wunderschöne Bilder", "hat gesagt", "Wir sind Lisa und Ben", "Blog-Archiv", "Bereitgestellt von Blogger", "Kommentar veröffentlichen"},
		},
		{
			name: "Shopware-like product page: cookie box, buy box, description tab, properties table tab, reviews tab, cross-selling",
			doc: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Edelstahl-Wasserkocher Aqua 1,7 l kaufen | Haushaltswaren Müller</title></head><body>
<div class="cookie-permission-container"><div class="cookie-permission-content">Diese Website verwendet Cookies, um Ihnen ein optimales Einkaufserlebnis zu bieten. <a href="/datenschutz">Mehr Informationen</a></div><div class="cookie-permission-button"><button>Nur technisch notwendige</button><button>Alle Cookies akzeptieren</button></div></div>
<header class="header-main"><div class="header-logo"><a href="/">Haushaltswaren Müller</a></div><div class="header-search"><input placeholder="Suchbegriff eingeben..."></div><div class="header-actions"><a href="/account">Mein Konto</a> <a href="/merkzettel">Merkzettel</a> <a href="/warenkorb">Warenkorb (0)</a></div>
<nav class="main-navigation-menu"><a href="/kueche/">Küche</a> <a href="/haushalt/">Haushalt</a> <a href="/garten/">Garten</a> <a href="/angebote/">Angebote</a></nav></header>
<div class="top-bar">Kostenloser Versand ab 49 € · 30 Tage Rückgaberecht · Kauf auf Rechnung</div>
<main class="content-main"><nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/kueche/">Küche</a> › <a href="/kueche/wasserkocher/">Wasserkocher</a></nav>
<div class="product-detail"><div class="product-detail-media"><img src="/wk.jpg" alt="Edelstahl-Wasserkocher Aqua"></div>
<div class="product-detail-buy"><h1 class="product-detail-name">Edelstahl-Wasserkocher Aqua 1,7 l</h1><div class="product-detail-reviews"><span class="stars">★★★★☆</span> <a href="#reviews">23 Bewertungen</a></div>
<p class="product-detail-price">39,99 €*</p><p class="product-detail-tax">inkl. MwSt. zzgl. <a href="/versand">Versandkosten</a></p><p class="delivery-information">Sofort verfügbar, Lieferzeit 1-3 Werktage</p>
<form class="buy-widget"><select><option>1</option><option>2</option></select><button class="btn-buy">In den Warenkorb</button></form>
<p class="product-detail-ordernumber">Artikelnummer: WK-17-ES</p></div></div>
<div class="product-detail-tabs"><ul class="nav-tabs"><li><a href="#description">Beschreibung</a></li><li><a href="#properties">Eigenschaften</a></li><li><a href="#reviews">Bewertungen (23)</a></li></ul>
<div class="tab-pane" id="description"><h2 class="product-detail-description-title">Produktinformationen "Edelstahl-Wasserkocher Aqua 1,7 l"</h2><div class="product-detail-description-text">
<p>Der Wasserkocher Aqua bringt bis zu 1,7 Liter Wasser in wenigen Minuten zum Kochen. Das gebürstete Edelstahlgehäuse ist robust, leicht zu reinigen und passt in jede moderne Küche.</p>
<p>Dank der verdeckten Heizspirale setzt sich kaum Kalk ab, und der herausnehmbare Filter hält Kalkpartikel zuverlässig aus Ihrem Tee. Die Abschaltautomatik und der Trockengehschutz sorgen für Sicherheit im Alltag.</p>
<ul><li>Leistung 2200 Watt für schnelles Aufheizen</li><li>Wasserstandsanzeige auf beiden Seiten</li><li>360°-Sockel mit Kabelaufwicklung</li></ul></div></div>
<div class="tab-pane" id="properties"><h2>Eigenschaften</h2><table class="product-detail-properties-table"><tbody><tr><th>Fassungsvermögen:</th><td>1,7 l</td></tr><tr><th>Leistung:</th><td>2200 W</td></tr><tr><th>Material:</th><td>Edelstahl, Kunststoff</td></tr><tr><th>Farbe:</th><td>Silber</td></tr><tr><th>Gewicht:</th><td>1,1 kg</td></tr></tbody></table></div>
<div class="tab-pane" id="reviews"><h2>Kundenbewertungen für "Edelstahl-Wasserkocher Aqua 1,7 l"</h2><div class="product-detail-review-widget"><p class="review-summary">4,3 von 5 Sternen · 23 Bewertungen</p><button>Bewertung schreiben</button>
<div class="product-detail-review-item"><p class="review-title"><strong>Schnell und leise</strong></p><p class="review-meta">von Petra S. am 12.01.2024</p><p class="review-content">Kocht das Wasser wirklich schnell und ist dabei deutlich leiser als unser alter Wasserkocher. Einziger Nachteil: Das Gehäuse wird außen recht heiß.</p></div>
<div class="product-detail-review-item"><p class="review-title"><strong>Gutes Preis-Leistungs-Verhältnis</strong></p><p class="review-meta">von Thomas K. am 03.12.2023</p><p class="review-content">Für den Preis absolut in Ordnung. Der Deckel könnte etwas stabiler sein, aber sonst bin ich sehr zufrieden mit dem Gerät.</p></div></div></div></div>
<div class="cross-selling"><h2>Kunden kauften auch</h2><div class="product-box"><a href="/p/1">Teekanne Glas 1,2 l</a><span class="price">19,99 €*</span><button>In den Warenkorb</button></div><div class="product-box"><a href="/p/2">Entkalker 3er-Pack</a><span class="price">7,49 €*</span><button>In den Warenkorb</button></div></div></main>
<footer class="footer-main"><div class="footer-column"><h3>Service-Hotline</h3><p>Unterstützung und Beratung unter: 0800 000 00 00, Mo-Fr, 08:00 - 18:00 Uhr</p></div><div class="footer-column"><h3>Informationen</h3><a href="/agb">AGB</a> <a href="/widerruf">Widerrufsrecht</a> <a href="/versand">Versand und Zahlung</a> <a href="/impressum">Impressum</a></div>
<p class="footer-vat">* Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. Versandkosten und ggf. Nachnahmegebühren, wenn nicht anders beschrieben</p></footer></body></html>`,
			want:    []string{"Der Wasserkocher Aqua bringt bis zu 1,7 Liter", "Dank der verdeckten Heizspirale", "Wasserstandsanzeige auf beiden Seiten", "Fassungsvermögen: 1,7 l", "Gewicht: 1,1 kg"},
			wantNot: []string{"Diese Website verwendet Cookies", "Kocht das Wasser wirklich schnell", "Für den Preis absolut in Ordnung", "Kunden kauften auch", "Teekanne Glas", "Service-Hotline", "Alle Preise inkl. gesetzl. Mehrwertsteuer", "Kostenloser Versand ab 49"},
		},
		{
			name: "recipe portal: intro, Zutaten table under a servings field, Zubereitung steps, Nährwerte, tip aside, related recipes, comments, consent banner",
			doc: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kartoffelsuppe mit Würstchen – einfaches Rezept | Landküche</title></head><body>
<div id="usercentrics-root"><div class="uc-banner"><h2>Wir verwenden Cookies</h2><p>Wir nutzen Cookies und ähnliche Technologien, um Ihnen ein besseres Nutzererlebnis zu bieten. Sie können Ihre Einwilligung jederzeit in den Privatsphäre-Einstellungen widerrufen.</p><button>Akzeptieren</button><button>Ablehnen</button><button>Einstellungen</button></div></div>
<header class="header"><a class="logo" href="/">Landküche</a><nav><a href="/rezepte/">Rezepte</a> <a href="/suppen/">Suppen</a> <a href="/backen/">Backen</a> <a href="/magazin/">Magazin</a></nav></header>
<main><article class="recipe"><nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/rezepte/">Rezepte</a> › <a href="/suppen/">Suppen</a></nav>
<h1>Kartoffelsuppe mit Würstchen</h1>
<div class="recipe-meta"><span class="rating">★★★★★ (128)</span> <span class="time">Zubereitungszeit: 40 Min.</span> <span class="difficulty">Schwierigkeit: leicht</span> <span class="portions">4 Portionen</span></div>
<div class="recipe-intro"><p>Eine deftige Kartoffelsuppe wärmt an kalten Tagen von innen. Unser Rezept kommt mit wenigen Zutaten aus, die Sie meist ohnehin im Haus haben, und ist in gut einer halben Stunde fertig.</p><p>Besonders sämig wird die Suppe, wenn Sie einen Teil der Kartoffeln zum Schluss grob zerstampfen, statt alles zu pürieren.</p></div>
<div class="recipe-actions"><button>Rezept speichern</button> <button>Drucken</button> <button>Teilen</button></div>
<section class="ingredients"><h2>Zutaten</h2><div class="portion-calc">für <input value="4"> Portionen</div>
<table class="ingredients-table"><tbody><tr><td class="amount">800 g</td><td class="name">mehligkochende Kartoffeln</td></tr><tr><td class="amount">2</td><td class="name">Möhren</td></tr><tr><td class="amount">1</td><td class="name">Zwiebel</td></tr><tr><td class="amount">1 l</td><td class="name">Gemüsebrühe</td></tr><tr><td class="amount">4</td><td class="name">Wiener Würstchen</td></tr><tr><td class="amount">100 ml</td><td class="name">Sahne</td></tr><tr><td class="amount"></td><td class="name">Salz, Pfeffer, Majoran</td></tr></tbody></table></section>
<section class="preparation"><h2>Zubereitung</h2><ol class="steps">
<li><h3>Schritt 1</h3><p>Kartoffeln und Möhren schälen und würfeln, die Zwiebel fein hacken.</p></li>
<li><h3>Schritt 2</h3><p>Die Zwiebel in etwas Butter glasig dünsten, Kartoffeln und Möhren zugeben und kurz mitdünsten.</p></li>
<li><h3>Schritt 3</h3><p>Mit der Brühe ablöschen und zugedeckt etwa 20 Minuten köcheln lassen, bis die Kartoffeln weich sind.</p></li>
<li><h3>Schritt 4</h3><p>Einen Teil der Kartoffeln zerstampfen, Sahne einrühren, die Würstchen in Scheiben schneiden und darin erwärmen. Mit Salz, Pfeffer und Majoran abschmecken.</p></li></ol></section>
<aside class="tip-box"><h3>Unser Tipp</h3><p>Wer es vegetarisch mag, lässt die Würstchen weg und röstet stattdessen ein paar Brotwürfel in Butter an.</p></aside>
<section class="nutrition"><h2>Nährwerte pro Portion</h2><dl><dt>Kalorien</dt><dd>420 kcal</dd><dt>Eiweiß</dt><dd>14 g</dd><dt>Fett</dt><dd>22 g</dd><dt>Kohlenhydrate</dt><dd>38 g</dd></dl></section>
</article>
<section class="related-recipes"><h2>Das könnte Sie auch interessieren</h2><div class="card"><a href="/linsensuppe/"><img src="/l.jpg"><h3>Linsensuppe wie bei Oma</h3></a></div><div class="card"><a href="/erbsensuppe/"><img src="/e.jpg"><h3>Erbsensuppe mit Speck</h3></a></div><div class="card"><a href="/gulaschsuppe/"><img src="/g.jpg"><h3>Gulaschsuppe</h3></a></div></section>
<section class="comments"><h2>Kommentare (12)</h2><div class="comment"><span class="author">Heidi</span><p>Sehr lecker, habe noch etwas Lauch dazugegeben. Kommt auf jeden Fall wieder auf den Tisch!</p></div></section></main>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a> <p>© 2024 Landküche Verlag GmbH</p></footer></body></html>`,
			want:    []string{"Eine deftige Kartoffelsuppe wärmt", "Zutaten", "800 g mehligkochende Kartoffeln", "4 Wiener Würstchen", "Kartoffeln und Möhren schälen", "Mit Salz, Pfeffer und Majoran abschmecken"},
			wantNot: []string{"Wir verwenden Cookies", "Linsensuppe wie bei Oma", "habe noch etwas Lauch dazugegeben", "Rezept speichern", "Landküche Verlag GmbH"},
		},
		{
			name: "company press release: Pressemitteilung, Über die ... GmbH boilerplate, Pressekontakt, downloads, more releases",
			doc: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Solartechnik Nord GmbH eröffnet neues Werk in Rostock - Pressemitteilung</title></head><body>
<header><a href="/">Solartechnik Nord</a><nav><a href="/produkte/">Produkte</a> <a href="/unternehmen/">Unternehmen</a> <a href="/karriere/">Karriere</a> <a href="/presse/">Presse</a></nav></header>
<main class="newsroom"><div class="press-release"><p class="kicker">Pressemitteilung</p><h1>Solartechnik Nord eröffnet neues Werk in Rostock</h1><p class="date">Rostock, 14. März 2024</p>
<p class="lead"><strong>Die Solartechnik Nord GmbH hat heute ihr neues Werk für Wechselrichter im Rostocker Überseehafen eröffnet. Rund 300 neue Arbeitsplätze sollen bis Ende 2025 entstehen.</strong></p>
<p>Mit dem Werk verdoppelt das Unternehmen seine Produktionskapazität. Die Investition von 80 Millionen Euro wurde zum Teil aus Mitteln des Landes gefördert. „Wir glauben an den Standort Norddeutschland und an die Energiewende“, sagte Geschäftsführerin Anja Petersen bei der Eröffnung.</p>
<p>Der Ministerpräsident des Landes lobte die Ansiedlung als wichtiges Signal für die Region. Die Fertigung soll zunächst im Zweischichtbetrieb laufen und im kommenden Jahr auf drei Schichten ausgeweitet werden.</p>
<p>In dem Werk sollen jährlich bis zu 200.000 Wechselrichter für private Photovoltaikanlagen gebaut werden. Ein Großteil der Komponenten stammt von Zulieferern aus Deutschland und Polen.</p>
<div class="boilerplate"><h3>Über die Solartechnik Nord GmbH</h3><p>Die Solartechnik Nord GmbH mit Sitz in Kiel entwickelt und fertigt seit 2009 Wechselrichter und Speichersysteme für Photovoltaikanlagen. Das Unternehmen beschäftigt rund 1.200 Mitarbeiterinnen und Mitarbeiter an vier Standorten.</p></div>
<div class="press-contact"><h3>Pressekontakt</h3><p>Solartechnik Nord GmbH<br>Unternehmenskommunikation<br>Maren Schulz<br>Telefon: +49 431 000000<br>E-Mail: presse@solartechnik-nord.example</p></div>
<div class="downloads"><h3>Downloads</h3><ul><li><a href="/pm.pdf">Pressemitteilung als PDF (120 KB)</a></li><li><a href="/bilder.zip">Bildmaterial (ZIP, 14 MB)</a></li></ul></div></div>
<aside class="more-releases"><h2>Weitere Pressemitteilungen</h2><ul><li><a href="/presse/1">Solartechnik Nord erhält Innovationspreis 2023</a> <span>12.12.2023</span></li><li><a href="/presse/2">Neuer Batteriespeicher für Einfamilienhäuser vorgestellt</a> <span>02.10.2023</span></li><li><a href="/presse/3">Umsatz steigt im ersten Halbjahr um 40 Prozent</a> <span>28.07.2023</span></li></ul></aside></main>
<footer><p>© 2024 Solartechnik Nord GmbH</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/cookie-einstellungen">Cookie-Einstellungen</a></footer></body></html>`,
			want:    []string{"Die Solartechnik Nord GmbH hat heute ihr neues Werk", "Mit dem Werk verdoppelt das Unternehmen", "Ein Großteil der Komponenten stammt"},
			wantNot: []string{"Über die Solartechnik Nord GmbH", "entwickelt und fertigt seit 2009", "Pressekontakt", "Bildmaterial", "Solartechnik Nord erhält Innovationspreis", "Cookie-Einstellungen"},
		},
		{
			name: "regional news article: consent layer, Lesen Sie auch teaser, paywall box, Mehr zum Thema list, regional teasers",
			doc: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neue Umgehungsstraße: Bauarbeiten beginnen im Frühjahr | Kreisbote Oberland</title></head><body>
<div class="consent-layer"><p class="consent-title">Wir verwenden Cookies</p><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Ihnen personalisierte Inhalte und Werbung anzuzeigen. Mit Klick auf „Akzeptieren“ stimmen Sie der Verarbeitung zu.</p><button>Akzeptieren</button> <a href="/pur">Werbefrei lesen mit PUR</a></div>
<header class="site-header"><a href="/">Kreisbote Oberland</a><nav><a href="/lokales/">Lokales</a> <a href="/sport/">Sport</a> <a href="/region/">Region</a> <a href="/traueranzeigen/">Traueranzeigen</a> <a href="/epaper/">E-Paper</a> <a href="/abo/">Abo</a></nav></header>
<main><article class="article-detail"><nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/lokales/">Lokales</a> › <a href="/lokales/weilheim/">Weilheim</a></nav>
<header class="article-header"><p class="article-kicker">Verkehr</p><h1 class="article-title">Neue Umgehungsstraße: Bauarbeiten beginnen im Frühjahr</h1>
<p class="article-lead">Nach fast zwanzig Jahren Planung ist es so weit: Im April rollen die Bagger für die Ortsumfahrung von Weilheim an. Anwohner hoffen auf weniger Lärm, Landwirte fürchten um ihre Flächen.</p>
<div class="article-meta"><span class="author">Von Stefan Bauer</span> <time>12.03.2024, 17:45 Uhr</time> <span class="reading-time">3 Min.</span></div></header>
<div class="article-body">
<p><strong>Weilheim</strong> – Das Staatliche Bauamt hat am Dienstag den Zeitplan für die Umgehungsstraße vorgestellt. Demnach sollen die Arbeiten am nördlichen Abschnitt im April beginnen, die gesamte Strecke soll Ende 2027 für den Verkehr freigegeben werden.</p>
<p>Die neue Trasse führt auf rund vier Kilometern östlich an der Stadt vorbei. Täglich fahren derzeit mehr als 18.000 Fahrzeuge durch die Innenstadt, darunter viele Lastwagen. Bürgermeisterin Eva Kranz sprach von einem „historischen Tag für unsere Stadt“.</p>
<div class="inline-teaser"><span class="label">Lesen Sie auch</span> <a href="/lokales/weilheim/ampel-chaos-123.html">Ampel-Chaos in der Innenstadt: Stadtrat berät über Lösungen</a></div>
<p>Nicht alle freuen sich. Mehrere Landwirte haben gegen den Planfeststellungsbeschluss geklagt, weil sie wertvolles Ackerland verlieren. Das Verwaltungsgericht hat die Klagen im Herbst abgewiesen, eine Berufung ist noch anhängig.</p>
<div class="paywall-teaser"><p class="paywall-headline">Jetzt weiterlesen mit Kreisbote Plus</p><p>Sie haben bereits ein Abo? <a href="/login">Hier anmelden</a></p><ul><li>Alle Artikel auf kreisbote.de</li><li>E-Paper der Zeitung</li><li>Jederzeit kündbar</li></ul><a class="btn" href="/abo/plus">Jetzt 4 Wochen für 0,99 € testen</a></div>
</div>
<div class="more-on-topic"><h2>Mehr zum Thema</h2><ul><li><a href="/lokales/a">Umgehung Weilheim: Die wichtigsten Fragen und Antworten</a></li><li><a href="/lokales/b">Bauernverband kritisiert Flächenverbrauch im Landkreis</a></li><li><a href="/lokales/c">Lkw-Verkehr: Anwohner fordern Tempo 30</a></li></ul></div>
<div class="article-tags"><a href="/thema/verkehr/">Verkehr</a> <a href="/thema/weilheim/">Weilheim</a></div>
<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div></article>
<section class="teaser-list"><h2>Aktuelles aus der Region</h2><article class="teaser"><a href="/x1"><h3>Feuerwehr rettet Katze aus Baum</h3><p>Ein ungewöhnlicher Einsatz für die Freiwillige Feuerwehr am Sonntagnachmittag.</p></a></article><article class="teaser"><a href="/x2"><h3>Schulsanierung kostet mehr als geplant</h3><p>Der Kreistag muss über zusätzliche Mittel entscheiden.</p></a></article></section></main>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a> <a href="/kontakt">Kontakt</a> <a href="/mediadaten">Mediadaten</a></footer></body></html>`,
			want:    []string{"Nach fast zwanzig Jahren Planung", "Das Staatliche Bauamt hat am Dienstag", "Die neue Trasse führt", "eine Berufung ist noch anhängig"},
			wantNot: []string{"Wir verwenden Cookies", "Ampel-Chaos in der Innenstadt", "Jetzt weiterlesen mit Kreisbote Plus", "Jederzeit kündbar", "Die wichtigsten Fragen und Antworten", "Feuerwehr rettet Katze", "Mediadaten"},
		},
		{
			name: "regional news article without class names: Lesen Sie auch line, Mehr zum Thema list, paywall offer in paragraphs, Meistgelesen, cookie notice",
			doc: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Stadtrat beschließt neues Parkkonzept für die Altstadt</title></head><body>
<div><a href="/">Tageblatt</a> <a href="/lokales/">Lokales</a> <a href="/sport/">Sport</a> <a href="/abo/">Abo</a></div>
<div><div>
<h1>Stadtrat beschließt neues Parkkonzept für die Altstadt</h1>
<p>Von Julia Weber | 12.03.2024</p>
<p>Der Stadtrat hat am Montagabend mit großer Mehrheit ein neues Parkkonzept für die Altstadt beschlossen. Künftig sollen Anwohner bevorzugt werden, Besucher zahlen an den meisten Stellen mehr als bisher.</p>
<p>Oberbürgermeister Klaus Hentschel verteidigte die höheren Gebühren. Die Einnahmen flössen vollständig in den Ausbau des Busverkehrs und neuer Radwege, sagte er in der Sitzung, die fast vier Stunden dauerte.</p>
<p><strong>Lesen Sie auch:</strong> <a href="/x">Busverkehr: Neue Linie verbindet Nordstadt und Bahnhof</a></p>
<p>Kritik kam vom Einzelhandelsverband. Dessen Vorsitzende befürchtet, dass Kunden aus dem Umland künftig lieber in die Einkaufszentren am Stadtrand fahren, wo das Parken nichts kostet.</p>
<p>Die neuen Gebühren gelten ab dem 1. Juli. Bis dahin sollen auch die Parkscheinautomaten umgerüstet werden, damit man dort mit Karte und Smartphone bezahlen kann.</p>
<h3>Mehr zum Thema</h3>
<ul><li><a href="/a">Parken in der Altstadt: Das sind die neuen Gebühren</a></li><li><a href="/b">Kommentar: Mut zur Verkehrswende</a></li><li><a href="/c">Händler sammeln Unterschriften gegen Parkgebühren</a></li></ul>
<p>Jetzt weiterlesen mit Tageblatt+</p>
<p>Testen Sie jetzt Tageblatt+ einen Monat lang für nur 1 Euro und lesen Sie alle Artikel auf unserer Website und in der App.</p>
<p><a href="/abo">Jetzt testen</a> Bereits Abonnent? <a href="/login">Anmelden</a></p>
</div>
<div><h3>Meistgelesen</h3><ol><li><a href="/m1">Unfall auf der B17: Zwei Verletzte</a></li><li><a href="/m2">Neues Café am Marktplatz eröffnet</a></li><li><a href="/m3">Polizei sucht Zeugen nach Einbruch</a></li></ol></div></div>
<div><p>Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Wenn Sie auf der Seite weitersurfen, stimmen Sie der Cookie-Nutzung zu.</p><a href="#">OK</a> <a href="/datenschutz">Mehr erfahren</a></div>
<div><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> © 2024 Tageblatt Verlag</div></body></html>`,
			want:    []string{"Der Stadtrat hat am Montagabend", "Oberbürgermeister Klaus Hentschel", "Kritik kam vom Einzelhandelsverband", "Die neuen Gebühren gelten ab dem 1. Juli"},
			wantNot: []string{"Busverkehr: Neue Linie", "Das sind die neuen Gebühren", "Jetzt weiterlesen mit Tageblatt+", "Testen Sie jetzt Tageblatt+", "Bereits Abonnent", "Unfall auf der B17", "Wir verwenden Cookies"},
		},
		{
			name: "recipe without class names: Zutaten list of linked names under its heading, Zubereitung steps, Tipp line, related recipes",
			doc: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Apfelstrudel wie in Wien</title></head><body>
<div><a href="/">Kochtopf</a> <a href="/rezepte/">Rezepte</a> <a href="/backen/">Backen</a></div>
<div><h1>Apfelstrudel wie in Wien</h1>
<p>Ein echter Wiener Apfelstrudel hat einen hauchdünnen Teig, durch den man eine Zeitung lesen könnte. Mit etwas Übung gelingt er auch zu Hause, und der Duft zieht durch die ganze Wohnung.</p>
<h2>Zutaten für 8 Stücke</h2>
<ul><li>250 g <a href="/z/mehl">Mehl</a></li><li>1 <a href="/z/ei">Ei</a></li><li>125 ml lauwarmes <a href="/z/wasser">Wasser</a></li><li>1 kg <a href="/z/aepfel">Äpfel</a></li><li>80 g <a href="/z/rosinen">Rosinen</a></li><li>100 g <a href="/z/butter">Butter</a></li><li>1 TL <a href="/z/zimt">Zimt</a></li></ul>
<h2>Zubereitung</h2>
<ol><li>Mehl, Ei, Wasser und eine Prise Salz zu einem glatten Teig kneten und eine Stunde ruhen lassen.</li><li>Die Äpfel schälen, in feine Scheiben schneiden und mit Rosinen, Zucker und Zimt mischen.</li><li>Den Teig auf einem bemehlten Tuch hauchdünn ausziehen, mit Butter bestreichen und die Füllung verteilen.</li><li>Mit Hilfe des Tuchs einrollen und bei 180 Grad etwa 45 Minuten goldbraun backen.</li></ol>
<p>Tipp: Dazu passt Vanillesoße oder eine Kugel Vanilleeis.</p>
<h3>Das könnte Sie auch interessieren</h3>
<ul><li><a href="/kaiserschmarrn">Kaiserschmarrn</a></li><li><a href="/germknoedel">Germknödel</a></li><li><a href="/sachertorte">Sachertorte</a></li></ul>
</div>
<div><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div></body></html>`,
			want:    []string{"Ein echter Wiener Apfelstrudel", "Zutaten für 8 Stücke", "250 g Mehl", "1 TL Zimt", "Mehl, Ei, Wasser und eine Prise Salz", "Tipp: Dazu passt Vanillesoße"},
			wantNot: []string{"Kaiserschmarrn", "Sachertorte", "Impressum"},
		},
	}
}

// TestDEAuditHeldOutKindControls: what the rules TestDEAuditHeldOutKinds
// holds leave alone. A subhead "Über die ..." naming no company heads the
// article's own section; a line that opens with "Weiterlesen mit"
// but ends in a full stop heads no offer: the story after it stays.
func TestDEAuditHeldOutKindControls(t *testing.T) {
	story := []string{
		"Die Gemeinde hat am Montag beschlossen, die alte Brücke über die Ammer bis zum Herbst zu sanieren, weil die Prüfer Risse in den Pfeilern gefunden haben.",
		"Während der Bauzeit wird der Verkehr über eine Behelfsbrücke geleitet, die das Technische Hilfswerk in der kommenden Woche aufbauen will.",
		"Der Bürgermeister rechnet mit Kosten von rund zwei Millionen Euro, von denen der Freistaat den größten Teil übernehmen soll.",
	}
	page := func(extra string) string {
		return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Brücke wird saniert</title></head><body><nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav><article><h1>Brücke wird saniert</h1><p>` +
			story[0] + `</p><p>` + story[1] + `</p>` + extra + `<p>` + story[2] + `</p></article><footer><a href="/impressum">Impressum</a></footer></body></html>`
	}
	runAudit(t, []auditPage{
		{
			name:    "subhead Über die ... over a paragraph",
			doc:     page(`<div class="abschnitt"><h3>Über die Ammer</h3><p>Die Ammer ist an dieser Stelle nur zwanzig Meter breit, führt im Frühjahr aber oft Hochwasser.</p></div>`),
			want:    append([]string{"Über die Ammer", "nur zwanzig Meter breit"}, story...),
			wantNot: nil,
		},
		{
			name:    "line opening with Weiterlesen mit, with a full stop",
			doc:     page(`<p>Weiterlesen mit Brille, sagt sie.</p>`),
			want:    story,
			wantNot: nil,
		},
	})
}

// TestGermanSignInNotes: the note under a German news site's or
// WordPress blog's comment thread that the reader must sign in to
// comment ("Um kommentieren zu können, müssen Sie sich anmelden oder
// registrieren.", "Du musst angemeldet sein, um einen Kommentar
// abzugeben."), met on the made-up regional news page without class
// names, goes as the English "You must be logged in to post a comment."
// does (commentRules); a story's sentence on signing in stays.
func TestGermanSignInNotes(t *testing.T) {
	boilerplateCases(t, []string{
		"You must be logged in to post a comment.",
		"Um kommentieren zu können, müssen Sie sich anmelden oder registrieren.",
		"Du musst angemeldet sein, um einen Kommentar abzugeben.",
		"Bitte melden Sie sich an, um zu kommentieren.",
	}, []string{
		"Wer im Rathaus einen Antrag stellen will, muss sich vorher online anmelden und registrieren, sagte die Sprecherin am Montag.",
	})
}
