package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The audit of language cues: made-up German, French, Spanish, Italian,
// Dutch and Portuguese pages and lines whose chrome (or whose text) only
// an English word list would have told apart. The text is made up; no
// page is copied.

// xlPage is a made-up German news page: paras paragraphs of deNews before
// extra, the whole inside an <article>.
func xlPage(title, extra string, paras int) string {
	return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<nav><a href="/">Tageblatt</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article><h1>` + title + `</h1><div class="article-body">` + dePs("Die Sprecherin", paras, "") + extra + `</div></article>
<footer><a href="/impressum">Impressum</a></footer></body></html>`
}

// TestXLangReportedSentences: a story's sentences that open with an
// advertisement's word in German, French or Spanish ("Anzeige gegen ...
// erstattete", "Publicité mensongère") and carry a reporter's attribution
// in their language are the story's (reportingVerbs); the labels alone
// stay out.
func TestXLangReportedSentences(t *testing.T) {
	sentences := []string{
		"Anzeige gegen den Fahrer erstattete die Polizei noch am Unfallort, sagte ein Sprecher am Sonntag.",
		"Werbung für das Volksbegehren machten auch mehrere Bürgermeister aus dem Landkreis, teilte die Initiative mit.",
		"Publicité mensongère : l'entreprise a été condamnée à une amende de vingt mille euros, a indiqué le tribunal.",
		"Publicidad engañosa fue el motivo de la multa impuesta a la empresa, según el ministerio de consumo.",
	}
	for _, s := range sentences {
		if isBoilerplate(paragraph{text: s}) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
	for _, l := range []string{"Anzeige", "Werbung", "Publicité", "Publicidad"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	var body strings.Builder
	for i, s := range sentences[:2] {
		fmt.Fprintf(&body, "<p>%s</p><p>%s</p>", deNews(fmt.Sprintf("Der Kommandant %d", i+1), i), s)
	}
	runAudit(t, []auditPage{{
		name:    "German story whose sentences open with Anzeige and Werbung",
		doc:     xlPage("Unfall auf der Landstraße", body.String()+`<div class="ad"><p>Anzeige</p></div>`, 3),
		want:    sentences[:2],
		wantNot: []string{"Impressum"},
	}})
}

// TestXLangDatelineLead: a German or French story's first paragraph,
// opening with a dateline whose place has an umlaut or an accent or names
// two places, or whose agency names its office ("MÜNCHEN (dpa) -",
// "BERLIN/KÖLN (dpa/lnw) -", "GENÈVE (ATS) -"), set apart above the body
// in a block no lead's name marks (datelineLead).
func TestXLangDatelineLead(t *testing.T) {
	var pages []auditPage
	for _, lead := range []string{
		"MÜNCHEN (dpa) - Die Staatsregierung hat am Dienstag ein umfassendes Programm für den Ausbau der Bahnstrecken im Freistaat beschlossen.",
		"BERLIN/KÖLN (dpa/lnw) - Nach wochenlangen Verhandlungen haben sich Bund und Land auf die Finanzierung der neuen Rheinbrücke geeinigt.",
		"ZÜRICH - Die Stadt will bis zum Ende des Jahrzehnts alle Ölheizungen in ihren eigenen Gebäuden durch Wärmepumpen ersetzen lassen.",
	} {
		pages = append(pages, auditPage{
			name: "first paragraph " + lead[:12],
			doc: `<html lang="de"><head><title>Programm beschlossen</title></head><body><nav><a href="/">Der Bote</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<main><article><h1>Programm beschlossen</h1><div class="autor">Von Jo Bote</div><div class="top-paragraph"><p>` + lead + `</p></div><div class="article-body">` + dePs("Der Minister", 5, "") + `</div></article><aside>` + deTeasers("meistgelesen", 6) + `</aside></main>
<footer>Der Bote</footer></body></html>`,
			want:    []string{lead, deNews("Der Minister 1", 0), deNews("Der Minister 5", 4)},
			wantNot: []string{"Andere Schlagzeile"},
		})
	}
	runAudit(t, pages)
}

// TestXLangRightsReserved: a footer's copyright line that reserves all
// rights in German, French, Spanish, Italian, Dutch or Portuguese, with
// no year after its "©" and not opening with it (copyrightLine,
// rightsReserved), taken into the article's container.
func TestXLangRightsReserved(t *testing.T) {
	lines := []string{
		"Alle Inhalte © Musterverlag GmbH. Alle Rechte vorbehalten.",
		"Tous les contenus © Éditions Exemple. Tous droits réservés.",
		"Los contenidos © Editorial Ejemplo S.A. Todos los derechos reservados.",
		"I contenuti © Editore Esempio S.p.A. Tutti i diritti riservati.",
		"Alle inhoud © Voorbeeld Uitgevers B.V. Alle rechten voorbehouden.",
		"Conteúdo © Editora Exemplo Ltda. Todos os direitos reservados.",
	}
	for _, l := range lines {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	// Without "©" or "copyright" it is a sentence of the text.
	if s := "Der Verlag erklärte, alle Rechte vorbehalten zu wollen, bis das Gericht über die Klage entschieden habe."; isBoilerplate(paragraph{text: s}) {
		t.Errorf("isBoilerplate(%q) = true, want false", s)
	}
	runAudit(t, []auditPage{{
		name:    "German copyright line inside the article's container",
		doc:     xlPage("Haushalt beschlossen", `<p>Alle Inhalte © Musterverlag GmbH. Alle Rechte vorbehalten.</p>`, 4),
		want:    []string{deNews("Die Sprecherin 1", 0), deNews("Die Sprecherin 4", 3)},
		wantNot: []string{"Alle Rechte vorbehalten"},
	}})
}

// TestXLangUILabels: the skip links, share, print and reply buttons of
// German, French, Spanish, Italian, Dutch and Portuguese pages, alone on
// their lines (uiLabels), and a Dutch post whose print and reply
// buttons the class hints miss.
func TestXLangUILabels(t *testing.T) {
	for _, l := range []string{"Zum Seitenanfang", "Twittern", "Link kopieren", "Per WhatsApp teilen", "Aller au contenu",
		"Tweeter", "Copier le lien", "Répondre", "Ir al contenido", "Copiar enlace", "Vai al contenuto", "Rispondi",
		"Naar de inhoud springen", "Delen", "Afdrukken", "Reageer", "Lees meer", "Verder lezen", "Ir para o conteúdo",
		"Compartilhar", "Continue lendo", "Ler mais"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	para := "De gemeenteraad besloot dinsdagavond na een lang debat om het oude zwembad aan de rand van het dorp te renoveren in plaats van te slopen, tot tevredenheid van de buurt."
	runAudit(t, []auditPage{{
		name: "Dutch post with print and reply buttons",
		doc: `<html lang="nl"><head><title>Zwembad blijft</title></head><body><nav><a href="/">Dorpskrant</a> <a href="/nieuws">Nieuws</a></nav>
<div class="post"><h1>Zwembad blijft</h1><p>` + para + `</p><p>` + para + ` Dat zei de wethouder.</p><p>` + para + ` Er komt een inspraakavond.</p>
<div class="knoppen"><span onclick="window.print()">Afdrukken</span></div><div class="knoppen"><span onclick="reageer()">Reageer</span></div></div>
<footer>Dorpskrant</footer></body></html>`,
		want:    []string{para + " Dat zei de wethouder."},
		wantNot: []string{"Afdrukken", "Reageer"},
	}})
}

// TestXLangCommentForms: a blog post in French, Spanish, Italian, Dutch or
// Portuguese followed by its comment thread under the theme's heading
// ("3 réponses à « Titre »", "Una risposta a “Titolo”") or by the comment
// form's heading ("Deixe uma resposta"), in markup whose classes name
// neither (commentsSection: commentTitles, quotedCommentTitles,
// commentForms); a post's own heading worded the same without the count
// or the quotes stays.
func TestXLangCommentForms(t *testing.T) {
	comment := func(n int) string {
		return fmt.Sprintf(`<div class="c%d"><p><b>Lectrice %d</b></p><p>Merci pour cette belle recette, je l'ai essayée hier soir avec mes enfants et nous avons tous adoré le résultat, même le plus petit qui ne mange jamais de légumes %d.</p></div>`, n, n, n)
	}
	var thread strings.Builder
	for i := range 6 {
		thread.WriteString(comment(i))
	}
	post := "Cette tarte aux poireaux se prépare en une demi-heure à peine et se garde très bien au réfrigérateur jusqu'au lendemain, ce qui en fait un plat idéal pour les soirées de semaine chargées."
	page := func(lang, heading, own string) string {
		return `<html lang="` + lang + `"><head><title>Tarte</title></head><body><div class="top"><a href="/">Blog</a> <a href="/recettes">Recettes</a></div>
<div class="wrap"><div class="entry"><h1>Tarte aux poireaux</h1><p>` + post + `</p><h2>` + own + `</h2><p>` + post + ` Première variante.</p><p>` + post + ` Seconde variante.</p></div>
<div class="zone"><h3>` + heading + `</h3>` + thread.String() + `</div></div></body></html>`
	}
	var pages []auditPage
	for _, c := range []struct{ lang, heading string }{
		{"fr", "3 réponses à « Tarte aux poireaux »"},
		{"fr", "Laisser une réponse"},
		{"es", "Deja una respuesta"},
		{"it", "Una risposta a “Tarte aux poireaux”"},
		{"nl", "Laat een reactie achter"},
		{"pt", "Deixe uma resposta"},
	} {
		pages = append(pages, auditPage{
			name:    c.lang + " " + c.heading,
			doc:     page(c.lang, c.heading, "Une réponse à la question des voisins"),
			want:    []string{post + " Seconde variante.", "Une réponse à la question des voisins"},
			wantNot: []string{"Lectrice 2", "même le plus petit"},
		})
	}
	runAudit(t, pages)
}

// TestXLangNewsletterPrompts: a newsletter prompt in Dutch, Portuguese or
// French, whose word for the newsletter is not "newsletter"
// (newsletterWords, signUps), as a line and as a box under the post.
func TestXLangNewsletterPrompts(t *testing.T) {
	for _, l := range []string{"Meld je aan voor onze nieuwsbrief", "Schrijf je in voor de nieuwsbrief en mis niets",
		"Assine nosso boletim e receba as notícias", "Inscreva-se no boletim semanal", "Inscrivez-vous à notre infolettre"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	para := "A prefeitura anunciou nesta terça-feira que a reforma da praça central vai começar no próximo mês e deve durar cerca de um ano, segundo o secretário de obras da cidade."
	runAudit(t, []auditPage{{
		name: "Portuguese story with a newsletter box under it",
		doc: `<html lang="pt"><head><title>Reforma da praça</title></head><body><nav><a href="/">Jornal</a> <a href="/cidade">Cidade</a></nav>
<article><h1>Reforma da praça</h1><p>` + para + `</p><p>` + para + ` Moradores aprovam.</p><p>` + para + ` Comerciantes temem.</p>
<div class="caixa"><h3>Assine o boletim do Jornal</h3><p>As principais notícias da cidade, todas as manhãs no seu e-mail, de graça.</p><p><a href="/boletim">Quero receber</a></p></div></article>
<footer>Jornal</footer></body></html>`,
		want:    []string{para + " Comerciantes temem."},
		wantNot: []string{"As principais notícias da cidade", "Assine o boletim"},
	}})
}

// TestXLangCookieNotices: a cookie notice in French, Spanish, Italian,
// Dutch or Portuguese (boilerplateStarts), set inside the article's
// container where no class names it.
func TestXLangCookieNotices(t *testing.T) {
	notices := []string{
		"Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
		"Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
		"Questo sito utilizza cookie per migliorare l'esperienza di navigazione.",
		"Wij gebruiken cookies om onze website te verbeteren.",
		"Este site utiliza cookies para melhorar a sua experiência.",
	}
	for _, l := range notices {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	para := "Le conseil municipal a voté mardi soir la rénovation de la piscine du quartier nord, fermée depuis trois ans, pour un montant de quatre millions d'euros selon le maire."
	runAudit(t, []auditPage{{
		name: "French story with a cookie notice in its container",
		doc: `<html lang="fr"><head><title>Piscine rénovée</title></head><body><nav><a href="/">Le Journal</a> <a href="/ville">Ville</a></nav>
<div class="page"><h1>Piscine rénovée</h1><p>` + para + `</p><p>` + para + ` Les travaux commencent.</p><p>` + para + ` Les riverains applaudissent.</p>
<div class="bandeau"><p>` + notices[0] + `</p><span>OK</span></div></div>
<footer>Le Journal</footer></body></html>`,
		want:    []string{para + " Les riverains applaudissent."},
		wantNot: []string{"Nous utilisons des cookies"},
	}})
}

// TestXLangClassNames: a block beside the post whose class names it a
// sidebar, footer, related or advertising box, share bar or most-read box
// in Dutch, Portuguese or German (unlikelyHints, negativeHints), or the
// article's comments in French, Italian, Spanish, Portuguese or Dutch
// after the article's word (commentsPart), holds paragraphs of prose
// that the sibling merge took in.
func TestXLangClassNames(t *testing.T) {
	nl := "De gemeenteraad besloot dinsdagavond na een lang debat om het oude zwembad aan de rand van het dorp te renoveren in plaats van te slopen, tot tevredenheid van de buurt."
	pt := "A prefeitura anunciou nesta terça-feira que a reforma da praça central vai começar no próximo mês e deve durar cerca de um ano, segundo o secretário de obras da cidade."
	side := "Onze redactie werkt elke dag aan betrouwbaar lokaal nieuws uit de hele regio, van de raadsvergadering tot het voetbalveld, en dat doen we al meer dan vijftig jaar."
	var pages []auditPage
	for _, c := range []struct{ lang, body, class string }{
		{"nl", nl, "zijbalk"}, {"nl", nl, "voettekst"}, {"nl", nl, "gerelateerd"}, {"nl", nl, "reclame"},
		{"pt", pt, "rodape"}, {"pt", pt, "compartilhar"}, {"de", deNews("Der Landrat", 1), "meistgelesen"},
		{"fr", pt, "article-commentaires"}, {"it", pt, "articolo-commenti"}, {"pt", pt, "conteudo-comentarios"},
	} {
		pages = append(pages, auditPage{
			name: c.lang + " " + c.class,
			doc: `<html lang="` + c.lang + `"><head><title>Titel</title></head><body><div class="wrap"><div class="col">
<h1>Titel</h1><p>` + c.body + `</p><p>` + c.body + ` Twee.</p><p>` + c.body + ` Drie.</p></div>
<div class="` + c.class + `"><p>` + side + `</p><p>` + side + ` Twee.</p></div></div></body></html>`,
			want:    []string{c.body + " Drie."},
			wantNot: []string{"Onze redactie"},
		})
	}
	runAudit(t, pages)
}

// TestXLangAdLabels: an advertorial set amid a story's paragraphs under
// a French, Spanish, Italian, Portuguese or Dutch advertisement's label,
// in a box named for ads in English (adLabelled, adLabels).
func TestXLangAdLabels(t *testing.T) {
	ad := func(label string) string {
		return `<div class="native-ad"><span class="label">` + label + `</span><p>Comparez dès maintenant les offres d'électricité et de gaz et économisez jusqu'à cinq cents euros par an grâce à notre comparateur en ligne.</p><a href="https://ads.example/click">Vers le comparateur</a></div>`
	}
	para := "Le fournisseur a annoncé mardi une baisse de ses tarifs pour l'hiver prochain, une première depuis trois ans, ce que les associations de consommateurs ont salué avec prudence."
	var pages []auditPage
	for _, label := range []string{"Publicité", "Publicidad", "Pubblicità", "Publicidade", "Advertentie", "Sponsorisé"} {
		pages = append(pages, auditPage{
			name: "advertorial under " + label,
			doc: `<html lang="fr"><head><title>Les prix baissent</title></head><body><header><a href="/">Le Quotidien</a></header><main><article><h1>Les prix baissent</h1><div class="text"><p>` +
				para + `</p><p>` + para + ` Première.</p>` + ad(label) + `<p>` + para + ` Deuxième.</p><p>` + para + ` Troisième.</p></div></article></main></body></html>`,
			want:    []string{para + " Troisième."},
			wantNot: []string{"comparateur"},
		})
	}
	runAudit(t, pages)
}

// TestXLangReadMoreCards: a run of teasers under a Dutch or Portuguese
// story inside its block, each ending in its link "Lees verder" or "Leia
// mais" (endsInReadMore, readMoreLabels), in markup whose classes do not
// name them.
func TestXLangReadMoreCards(t *testing.T) {
	para := "De gemeenteraad besloot dinsdagavond na een lang debat om het oude zwembad aan de rand van het dorp te renoveren in plaats van te slopen, tot tevredenheid van de buurt."
	var pages []auditPage
	for _, label := range []string{"Lees verder", "Lees meer", "Leia mais", "Continue lendo"} {
		var cards strings.Builder
		for i := range 4 {
			fmt.Fprintf(&cards, `<div class="kaart"><h3>Ander bericht %d over de begroting</h3><p>Het college presenteerde een sluitende begroting, maar de oppositie vindt de lastenverzwaring voor inwoners te groot, nummer %d. <a href="/nieuws/%d">%s</a></p></div>`, i, i, i, label)
		}
		pages = append(pages, auditPage{
			name: "teasers ending in " + label,
			doc: `<html lang="nl"><head><title>Zwembad blijft</title></head><body><div class="kop"><a href="/">Dorpskrant</a></div><div class="midden"><div class="bericht"><h1>Zwembad blijft</h1><p>` +
				para + `</p><p>` + para + ` Twee.</p><p>` + para + ` Drie.</p><div class="meer">` + cards.String() + `</div></div></div></body></html>`,
			want:    []string{para + " Drie."},
			wantNot: []string{"sluitende begroting"},
		})
	}
	runAudit(t, pages)
}

// TestXLangReadOnIntros: a list of links introduced by a sentence that
// invites the reader to other posts in French, Spanish, Italian, Dutch or
// Portuguese ("Si cet article vous a plu, vous aimerez aussi :", "Vond je
// dit interessant? Lees ook:") is a teaser list, not the article's own
// list (readOnIntros); one introduced by the article's own words stays.
func TestXLangReadOnIntros(t *testing.T) {
	list := `<ul><li><a href="/a">Jeanne Martin sur les horaires du bac</a></li><li><a href="/b">Paul Durand sur le péage du pont</a></li><li><a href="/c">Anne Petit sur la digue du port</a></li></ul>`
	para := "Le conseil du port a approuvé mardi le projet de nouvelle ligne de bac vers l'île, qui doit entrer en service au printemps prochain selon le président du syndicat mixte."
	var pages []auditPage
	for _, tt := range []struct {
		intro string
		keep  bool
	}{
		{"Les entretiens précédents de la série :", true},
		{"Si cet article vous a plu, vous aimerez aussi :", false},
		{"Pour aller plus loin, lisez aussi :", false},
		{"Si te gustó este artículo, lee también:", false},
		{"Se ti è piaciuto questo articolo, leggi anche:", false},
		{"Vond je dit interessant? Lees ook:", false},
		{"Se você gostou deste artigo, veja também:", false},
	} {
		p := auditPage{
			name: tt.intro,
			doc: `<html lang="fr"><head><title>Le bac</title></head><body><nav><a href="/">Accueil</a> <a href="/port">Port</a></nav>
<div class="post"><h1>Le bac</h1><div class="entry-content"><p>` + para + `</p><p>` + para + ` Deux.</p><p>` + para + ` Trois.</p><p>` + tt.intro + `</p>` + list + `</div></div></body></html>`,
			want: []string{para + " Trois."},
		}
		if tt.keep {
			p.want = append(p.want, "Paul Durand sur le péage du pont")
		} else {
			p.wantNot = []string{"Paul Durand sur le péage du pont"}
		}
		pages = append(pages, p)
	}
	runAudit(t, pages)
}

// TestXLangCreditsReadingTimesFiling: picture credits under labels other
// than "Foto:" ("Bildnachweis:", "Foto ©", "Crédits photo"), reading-time
// notes ("Leestijd: 3 minuten", "5 minutes de lecture") and filing labels
// ("Mots-clés :", "Etichette:", "Trefwoorden:") in German, French,
// Spanish, Italian, Dutch and Portuguese (boilerplateStarts,
// readingTimes, filingLabels).
func TestXLangCreditsReadingTimesFiling(t *testing.T) {
	for _, l := range []string{"Bildnachweis: Max Muster", "Fotonachweis: Stadtarchiv", "Fotocredit: Anna Beispiel",
		"Foto © Max Muster", "Photo © Jean Dupont", "Crédits photo : Jean Dupont", "Leestijd: 3 minuten",
		"5 minutes de lecture", "4 min de lectura", "3 minuti di lettura", "Mots-clés : politique, budget",
		"Etichette: politica, bilancio", "Trefwoorden: politiek, begroting", "Categorias: política, orçamento",
		"Redactie | Trefwoorden: politiek, begroting"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"Foto di gruppo per i ministri al termine del vertice, poi la conferenza stampa congiunta.",
		"Der Bildnachweis fehlte auf der Titelseite, räumte der Verlag am Montag ein."} {
		if isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = true, want false", l)
		}
	}
	runAudit(t, []auditPage{{
		name:    "German story with a picture credit under Bildnachweis",
		doc:     xlPage("Neue Brücke eröffnet", `<p>Bildnachweis: Max Muster</p>`, 4),
		want:    []string{deNews("Die Sprecherin 4", 3)},
		wantNot: []string{"Bildnachweis"},
	}})
}

// TestXLangLeadNames: a German, Spanish or Dutch story's lead in a block
// named by its own language's word for it ("anriss", "bajada",
// "sumario", "inleiding") above the body (leadBlock, leadNames).
func TestXLangLeadNames(t *testing.T) {
	lead := "Bis 2027 sollen zwanzig Kilometer neue Radwege entstehen. Der Stadtrat gibt dafür zwölf Millionen Euro frei."
	var pages []auditPage
	for _, class := range []string{"anriss", "nota-bajada", "sumario", "inleiding"} {
		pages = append(pages, auditPage{
			name: "lead named " + class,
			doc: `<html lang="de"><head><title>Stadt plant neue Radwege</title></head><body><div class="header"><a href="/">Stadtanzeiger</a></div>
<div class="content"><div class="article"><h1>Stadt plant neue Radwege</h1><div class="` + class + `"><p>` + lead + `</p></div>
<div class="article-body-wrap"><div class="article-body">` + dePs("Der Baudezernent", 4, "") + `</div></div></div>
<div class="sidebar"><h3>Meistgelesen</h3>` + deTeasers("top", 5) + `</div></div></body></html>`,
			want:    []string{lead, deNews("Der Baudezernent 4", 3)},
			wantNot: []string{"Andere Schlagzeile"},
		})
	}
	runAudit(t, pages)
}

// TestXLangGalleryLinks: a line that links to a gallery or a video of
// another story under a German, French, Spanish or Italian label
// ("Bildergalerie: ...", "Diaporama : ...") is the site's (galleryLabels);
// the same label before words that are no link is a credit or the text's.
func TestXLangGalleryLinks(t *testing.T) {
	for _, tt := range []struct {
		label, title string
	}{
		{"Bildergalerie: ", "So schön war das Stadtfest"}, {"Fotostrecke: ", "Die Bilder vom Hochwasser"},
		{"Diaporama : ", "Les plus belles images du carnaval"}, {"Fotogalería: ", "Las imágenes de la tormenta"},
		{"Fotogallery: ", "Le immagini della festa"}, {"Vídeo: ", "Assim foi a festa na praça"},
	} {
		if p := (paragraph{text: tt.label + tt.title, link: len(tt.title)}); !isBoilerplate(p) {
			t.Errorf("isBoilerplate(%q, linked) = false, want true", p.text)
		}
		if p := (paragraph{text: tt.label + tt.title}); isBoilerplate(p) {
			t.Errorf("isBoilerplate(%q, unlinked) = true, want false", p.text)
		}
	}
	runAudit(t, []auditPage{{
		name:    "German story with a gallery link under it",
		doc:     xlPage("Stadtfest zieht Tausende an", `<p>Bildergalerie: <a href="/galerie/stadtfest">So schön war das Stadtfest</a></p>`, 4),
		want:    []string{deNews("Die Sprecherin 4", 3)},
		wantNot: []string{"So schön war das Stadtfest"},
	}})
}

// TestXLangDateLines: a date line alone in Dutch or Portuguese, or with
// the time written "14h30" as French and Portuguese write it
// (datelineOnly, otherMonths), is the page's stamp; a sentence naming
// such a date is the text's.
func TestXLangDateLines(t *testing.T) {
	for _, l := range []string{"Atualizado em 12 de março de 2024 às 14h30", "Bijgewerkt op 12 maart 2024",
		"12 maart 2024, 14.30 uur", "Le 12 mars 2024 à 14h30", "Gepubliceerd: 12 maart 2024", "12 de março de 2024"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"O prédio foi inaugurado em março de 2024 pela prefeitura.",
		"In maart 2024 opende het nieuwe zwembad zijn deuren."} {
		if isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = true, want false", l)
		}
	}
}

// TestXLangCaptionNames: a picture's caption in a block named for a
// caption by a German site's, a Portuguese or Italian or a Dutch word
// ("bildtext", "foto-legenda", "bijschrift": captionHints), inside the
// article's text, stays out as an English "caption" does.
func TestXLangCaptionNames(t *testing.T) {
	var pages []auditPage
	for _, class := range []string{"bildtext", "foto-legenda", "bijschrift"} {
		pages = append(pages, auditPage{
			name: "caption named " + class,
			doc: strings.Replace(xlPage("Neue Brücke eröffnet", "", 3), `<div class="article-body">`,
				`<div class="article-body"><div class="bild"><img src="/a.jpg"><p class="`+class+`">Die neue Brücke am Abend, aufgenommen vom Ufer aus dem Archiv der Stadt.</p></div>`, 1),
			want:    []string{deNews("Die Sprecherin 3", 2)},
			wantNot: []string{"Die neue Brücke am Abend"},
		})
	}
	runAudit(t, pages)
}

// TestXLangPictureFigures: a figure named for a picture in German or
// another language ("artikel-bild", "foto", "galerie": pictureNames)
// whose picture a script has yet to load is a picture's figure, and its
// caption stays out as under an English "image" figure.
func TestXLangPictureFigures(t *testing.T) {
	var pages []auditPage
	for _, class := range []string{"artikel-bild", "foto-gross", "galerie"} {
		pages = append(pages, auditPage{
			name: "figure named " + class,
			doc: strings.Replace(xlPage("Neue Brücke eröffnet", "", 3), `<div class="article-body">`,
				`<div class="article-body"><figure class="`+class+`"><div class="lazy-platzhalter" data-id="4711"></div><figcaption>Die neue Brücke am Abend, aufgenommen vom Ufer aus.</figcaption></figure>`, 1),
			want:    []string{deNews("Die Sprecherin 3", 2)},
			wantNot: []string{"Die neue Brücke am Abend"},
		})
	}
	runAudit(t, pages)
}

// TestXLangUndeclaredLanguage: a German page that declares no language and
// whose title holds no stop word ("Radwege: Stadtrat gibt Millionen
// frei") is told German by its text (textLanguage), so its lead, named
// so in a block above the body, is read as a page in another language
// than English has it read (leadBlock). The same page in English is
// still told English.
func TestXLangUndeclaredLanguage(t *testing.T) {
	page := func(title, lead, body, side string) string {
		return `<html><head><title>` + title + `</title></head><body><div class="header"><a href="/">Anzeiger</a></div>
<div class="content"><div class="article"><h1>` + title + `</h1><div class="teaser"><p>` + lead + `</p></div>
<div class="article-body-wrap"><div class="article-body">` + body + `</div></div></div>
<div class="sidebar">` + side + `</div></div></body></html>`
	}
	lead := "Bis 2027 sollen zwanzig Kilometer neue Radwege entstehen. Der Stadtrat gibt dafür zwölf Millionen Euro frei."
	dek := "By 2027 the city wants twenty kilometres of new cycle lanes. The council releases twelve million euros for them."
	var en strings.Builder
	for i := range 4 {
		fmt.Fprintf(&en, "<p>The planning officer %d said on Monday that the talks had been harder than expected, but that the council had agreed on a compromise both sides could accept.</p>", i+1)
	}
	if (&meta{}).notEnglish(nil) {
		t.Error("notEnglish(nil) on an empty page = true")
	}
	for _, c := range []struct {
		doc  string
		want bool
	}{
		{page("Radwege: Stadtrat gibt Millionen frei", lead, dePs("Der Baudezernent", 4, ""), ""), true},
		{page("Cycle lanes: council releases millions", dek, en.String(), ""), false},
	} {
		root, err := html.Parse(strings.NewReader(c.doc))
		if err != nil {
			t.Fatal(err)
		}
		if got := readMeta(root).notEnglish(root); got != c.want {
			t.Errorf("notEnglish = %v, want %v on %.60q", got, c.want, c.doc)
		}
	}
	runAudit(t, []auditPage{
		{
			name:    "German page without a declared language",
			doc:     page("Radwege: Stadtrat gibt Millionen frei", lead, dePs("Der Baudezernent", 4, ""), "<h3>Meistgelesen</h3>"+deTeasers("top", 5)),
			want:    []string{lead, deNews("Der Baudezernent 4", 3)},
			wantNot: []string{"Andere Schlagzeile"},
		},
	})
}

// TestXLangSupportAppeals: a news site's appeal for its readers' money
// after the article, in German, French, Spanish or Dutch ("Unabhängiger
// Journalismus kostet Geld ... Jetzt unterstützen"), in markup whose
// classes do not name it (supportAppeal, appealAsks, journalismWords).
func TestXLangSupportAppeals(t *testing.T) {
	var pages []auditPage
	for _, c := range []struct{ lang, text, ask string }{
		{"de", "Unabhängiger Journalismus kostet Geld. Wenn Ihnen unsere Berichterstattung wichtig ist, helfen Sie uns mit einem kleinen Beitrag, damit alle Texte frei lesbar bleiben.", "Jetzt unterstützen"},
		{"fr", "Un journalisme indépendant a un coût. Si notre travail compte pour vous, aidez-nous par un petit don afin que tous nos articles restent en accès libre.", "Je fais un don"},
		{"es", "El periodismo independiente cuesta dinero. Si nuestro trabajo es importante para ti, ayúdanos con una pequeña aportación para que todo siga siendo gratuito.", "Hazte socio"},
		{"nl", "Onafhankelijke journalistiek kost geld. Vind je ons werk belangrijk, help ons dan met een kleine bijdrage zodat alle artikelen gratis leesbaar blijven.", "Word lid"},
	} {
		pages = append(pages, auditPage{
			name:    c.lang + " appeal",
			doc:     xlPage("Haushalt beschlossen", `<div class="box-7"><p>`+c.text+`</p><p><a href="/support">`+c.ask+`</a></p></div>`, 4),
			want:    []string{deNews("Die Sprecherin 4", 3)},
			wantNot: []string{c.text[:30]},
		})
	}
	runAudit(t, pages)
}

// xlBlogPost is a made-up blog post in a WordPress-like container whose
// post body ends with a heading (h) and four linked teasers of other
// posts, each a link and its date, inside the entry's own block;
// paras are the post's paragraphs, lang its language.
func xlBlogPost(lang, title, h string, paras []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body>
<header class="site-header"><a href="/">Blog</a></header><div id="content"><article class="post"><h1 class="entry-title">%s</h1><div class="entry-content">`, lang, title, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	fmt.Fprintf(&b, `<h3>%s</h3>`, h)
	for i := range 4 {
		fmt.Fprintf(&b, `<p><a href="/post-%d">Anderer Beitrag %d über den Garten</a> (12.0%d.2026)</p>`, i, i, i+1)
	}
	b.WriteString(`</div></article></div><footer><a href="/impressum">Impressum</a></footer></body></html>`)
	return b.String()
}

// TestXLangTeaserHeadings: the German, French, Spanish, Italian and Dutch
// twins of "Related articles", "Latest news", "Recent posts", "Most
// read", "Related products" head a run of linked teasers under a post
// (teaserOpeners), as the English headings do: the teasers and the heading go (before, the heading stayed as the
// text's last line); a subhead
// so worded that prose follows stays.
func TestXLangTeaserHeadings(t *testing.T) {
	for _, h := range []string{"Ähnliche Rezepte", "Weitere Rezepte", "Artikel zum Thema", "Passend zum Thema",
		"Mehr Nachrichten", "Aktuelle Nachrichten", "Beliebte Artikel", "Letzte Beiträge", "Aktuelle Beiträge",
		"Ebenfalls interessant", "Top-Themen", "Blog-Archiv", "Passende Produkte", "Articles liés",
		"Vous aimerez peut-être aussi", "Derniers articles", "Artículos relacionados", "Entradas recientes",
		"Últimas noticias", "Ti potrebbe interessare", "Ultime notizie", "Gerelateerde artikelen", "Meest gelezen",
		"Recente berichten"} {
		if !teaserHeading(h) {
			t.Errorf("teaserHeading(%q) = false, want true", h)
		}
	}
	de := []string{deNews("Die Köchin", 0), deNews("Der Wirt", 1), deNews("Die Bäuerin", 2)}
	es := xlSpanish
	runAudit(t, []auditPage{
		{
			name:    "German recipe post with Ähnliche Rezepte teasers",
			doc:     xlBlogPost("de", "Linsensuppe", "Ähnliche Rezepte", de),
			want:    de,
			wantNot: []string{"Anderer Beitrag 2", "Ähnliche Rezepte"},
		},
		{
			name:    "German post with Aktuelle Beiträge teasers",
			doc:     xlBlogPost("de", "Linsensuppe", "Aktuelle Beiträge", de),
			want:    de,
			wantNot: []string{"Anderer Beitrag 2", "Aktuelle Beiträge"},
		},
		{
			name:    "Spanish post with Artículos relacionados teasers",
			doc:     xlBlogPost("es", "El mercado", "Artículos relacionados", es),
			want:    es,
			wantNot: []string{"Anderer Beitrag 2", "Artículos relacionados"},
		},
		{
			name:    "English twin",
			doc:     xlBlogPost("en", "Lentil soup", "Related posts", de),
			want:    de,
			wantNot: []string{"Anderer Beitrag 2", "Related posts"},
		},
	})
	// A subhead so worded that prose follows stays.
	page := `<html lang="de"><head><title>Die Debatte</title></head><body><article><h1>Die Debatte</h1><div class="entry-content"><p>` +
		deNews("Die Ministerin", 0) + `</p><h2>Aktuelle Nachrichten aus dem Landtag</h2><p>` + deNews("Der Abgeordnete", 1) + `</p><p>` +
		deNews("Die Sprecherin", 2) + `</p></div></article></body></html>`
	runAudit(t, []auditPage{{name: "German subhead over prose", doc: page,
		want: []string{"Aktuelle Nachrichten aus dem Landtag", deNews("Der Abgeordnete", 1)}}})
}

// xlChromePost is a made-up post whose block holds, besides its paragraphs,
// the given chrome lines, each alone in a <div> whose class names nothing
// (a theme's buttons and links: "knopf").
func xlChromePost(lang, title string, paras, chrome []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body>
<div class="kopf"><a href="/">Startseite</a></div><div class="inhalt"><div class="beitrag"><h1>%s</h1>`, lang, title, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	for _, c := range chrome {
		fmt.Fprintf(&b, `<div class="knopf"><span onclick="x()">%s</span></div>`, c)
	}
	b.WriteString(`</div></div><div class="fuss"><a href="/impressum">Impressum</a></div></body></html>`)
	return b.String()
}

// TestXLangChromeLabels: the German, French, Spanish, Italian and Dutch
// twins of "Share on Facebook", "Read more", "Back to top", "Add to
// cart", "Sign in", "Search", "Load more", "Loading...", "See also" and
// a script notice, alone on their lines (uiLabels, boilerplateStarts,
// scriptNoticeWords), go as the English ones do; a sentence opening with
// the same words stays.
func TestXLangChromeLabels(t *testing.T) {
	for _, l := range []string{"Bei Facebook teilen", "Zum Artikel", "Ganzen Artikel lesen", "Mehr Infos", "Weiter lesen",
		"In den Warenkorb legen", "Suchen", "Springe zum Inhalt", "Partager cet article", "Retour en haut",
		"Ajouter au panier", "Se connecter", "Compartir este artículo", "Volver arriba", "Añadir al carrito",
		"Iniciar sesión", "Cargar más", "Condividi questo articolo", "Torna su", "Aggiungi al carrello",
		"Deel dit artikel", "Terug naar boven", "Zoeken", "Chargement...", "Cargando…", "Zie ook: Het verhaal",
		"Volg ons op Facebook en Instagram", "Veuillez activer JavaScript pour voir les commentaires.",
		"Por favor, activa JavaScript para ver los comentarios.", "Schakel JavaScript in om de reacties te zien."} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, s := range []string{
		"Zum Artikel des Grundgesetzes, auf den sich die Kläger beriefen, äußerte sich das Gericht nicht.",
		"Suchen mussten die Helfer bis in die Nacht, bevor sie den Wanderer fanden.",
		"Laden und Werkstatt bleiben bis Ende Januar geschlossen, teilte die Inhaberin mit.",
	} {
		if isBoilerplate(paragraph{text: s}) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
	de := xlGerman
	fr := xlFrench
	runAudit(t, []auditPage{
		{
			name:    "German post with share, read-more and back-to-top labels",
			doc:     xlChromePost("de", "Der Garten", de, []string{"Bei Facebook teilen", "Ganzen Artikel lesen", "Springe zum Inhalt"}),
			want:    de,
			wantNot: []string{"Facebook", "Ganzen Artikel", "Springe"},
		},
		{
			name:    "French post with share and back-to-top labels",
			doc:     xlChromePost("fr", "La piscine", fr, []string{"Partager cet article", "Retour en haut", "Chargement..."}),
			want:    fr,
			wantNot: []string{"Partager", "Retour en haut", "Chargement"},
		},
		{
			name:    "English twin",
			doc:     xlChromePost("en", "The garden", de, []string{"Share on Facebook", "Read more", "Back to top"}),
			want:    de,
			wantNot: []string{"Facebook", "Read more", "Back to top"},
		},
	})
}

// TestXLangCommentFormNotes: a comment form's notes of WordPress's
// French, Spanish, Italian, Dutch and Portuguese translations ("Votre
// adresse e-mail ne sera pas publiée.", "Los comentarios están
// cerrados.") and German themes' other headings of the form ("Hinterlasse
// eine Antwort", "Kommentar hinterlassen") go as the English ones do
// (commentRules, commentForms), set in the post's block where no form or
// class names them.
func TestXLangCommentFormNotes(t *testing.T) {
	for _, l := range []string{"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
		"Los comentarios están cerrados.", "Il tuo indirizzo email non sarà pubblicato.", "Reacties zijn gesloten.",
		"Mijn naam, e-mail en site opslaan in deze browser voor de volgende keer wanneer ik een reactie plaats.",
		"O seu endereço de email não será publicado.", "Hinterlasse eine Antwort", "Kommentar hinterlassen",
		"Dejar un comentario"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	fr := xlFrench
	de := xlGerman
	runAudit(t, []auditPage{
		{
			name: "French post with the comment form's notes",
			doc: xlChromePost("fr", "La piscine", fr, []string{"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
				"Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire."}),
			want:    fr,
			wantNot: []string{"ne sera pas publiée", "Enregistrer mon nom"},
		},
		{
			name:    "German post with the form's heading Hinterlasse eine Antwort",
			doc:     xlChromePost("de", "Der Garten", de, []string{"Hinterlasse eine Antwort"}),
			want:    de,
			wantNot: []string{"Hinterlasse"},
		},
		{
			name: "English twin",
			doc: xlChromePost("en", "The garden", de, []string{"Your email address will not be published. Required fields are marked *",
				"Leave a Reply"}),
			want:    de,
			wantNot: []string{"will not be published", "Leave a"},
		},
	})
}

// TestXLangShopRecipeLines: a shop's empty-reviews note and tax note and
// a recipe card's buttons and rating in French, Spanish, Italian and
// Dutch ("No hay valoraciones aún.", "IVA incluido", "Recept afdrukken",
// "4,8 van 52 stemmen") go as the English and German ones do
// (boilerplateStarts, taxWords, raterWords).
func TestXLangShopRecipeLines(t *testing.T) {
	for _, l := range []string{"Il n’y a pas encore d’avis.", "No hay valoraciones aún.", "Non ci sono ancora recensioni.",
		"Er zijn nog geen beoordelingen.", "IVA incluido", "TVA incluse", "incl. btw", "Recept afdrukken",
		"Valorar receta", "Vota la ricetta", "4,8 van 52 stemmen", "5 uit 5 (12 beoordelingen)"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	es := []string{
		"Esta tetera de hierro fundido mantiene el té caliente durante más de una hora y se puede usar sobre cualquier tipo de cocina.",
		"El interior esmaltado evita el óxido y facilita la limpieza; recomendamos secarla bien después de cada uso para conservarla muchos años.",
		"Cada pieza se funde a mano en un pequeño taller familiar, por lo que el color puede variar ligeramente de una tetera a otra.",
	}
	nl := []string{
		"Deze erwtensoep maak je op een koude winterdag in ruim twee uur, met spliterwten, knolselderij, prei, wortel en een rookworst.",
		"Laat de soep na het koken een nacht staan: de smaak wordt dan voller en de soep dikker, zodat de lepel er bijna in blijft staan.",
		"Serveer de soep met roggebrood en katenspek, en bewaar wat over is in de vriezer voor een volgende koude avond.",
	}
	runAudit(t, []auditPage{
		{
			name:    "Spanish product page with its tax note and empty reviews",
			doc:     xlChromePost("es", "Tetera de hierro", es, []string{"IVA incluido", "No hay valoraciones aún."}),
			want:    es,
			wantNot: []string{"IVA incluido", "valoraciones"},
		},
		{
			name:    "Dutch recipe post with its card's rating and print button",
			doc:     xlChromePost("nl", "Erwtensoep", nl, []string{"4,8 van 52 stemmen", "Recept afdrukken"}),
			want:    nl,
			wantNot: []string{"stemmen", "afdrukken"},
		},
		{
			name:    "English twin",
			doc:     xlChromePost("en", "Iron teapot", es, []string{"Tax included.", "There are no reviews yet.", "4.8 from 52 votes", "Print recipe"}),
			want:    es,
			wantNot: []string{"Tax included", "no reviews", "votes", "Print recipe"},
		},
	})
}

// TestXLangShopFormNames: a Dutch or Portuguese shop's order form, posted
// to "/winkelmand" or "/carrinho" or holding an "aantal" or "quantidade"
// field (cartNames, quantityNames), and a Dutch recipe's list named
// "ingrediënten" (ingredientNames), are known as the English ones are.
func TestXLangShopFormNames(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want bool
	}{
		{`<div><form action="/winkelmand/toevoegen"><button>In winkelwagen</button></form></div>`, true},
		{`<div><form action="/carrinho/adicionar"><button>Comprar</button></form></div>`, true},
		{`<div><form action="/p/12"><input name="aantal" value="1"></form></div>`, true},
		{`<div><form action="/p/12"><input name="quantidade" value="1"></form></div>`, true},
		{`<div><form action="/zoeken"><input name="q"></form></div>`, false},
	} {
		root, err := html.Parse(strings.NewReader(c.doc))
		if err != nil {
			t.Fatal(err)
		}
		if got := orderForm(root); got != c.want {
			t.Errorf("orderForm(%q) = %v, want %v", c.doc, got, c.want)
		}
	}
	root, err := html.Parse(strings.NewReader(`<div class="recept-ingrediënten"><ul><li>250 g spliterwten</li></ul></div>`))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for d := range root.Descendants() {
		found = found || ingredientsBlock(d)
	}
	if !found {
		t.Error("a list in a block named ingrediënten is no ingredients block")
	}
}

// TestXLangDatedMonths: a date line whose month is abbreviated or a word
// too ("5. Dez. 2026", "Sa., 5. Mai 2026", "5 déc. 2026", "5 mei 2026":
// datedMonth, a day before it and a year after it) and the French "Mis à
// jour le ..." (stampWords) are date lines as "Dec. 5, 2026" and
// "Updated: ..." are; "Mai" or "dez" without a day and a year is a word.
func TestXLangDatedMonths(t *testing.T) {
	for _, l := range []string{"5. Dez. 2026", "Sa., 5. Dez. 2026", "5. Okt. 2026, 14:30 Uhr", "5. Mai 2026",
		"Stand: 5. Juli 2026", "5 déc. 2026", "5 juil. 2026", "5 dic. 2026", "5 mei 2026", "5 mrt. 2026",
		"Mis à jour le 5 décembre 2026 à 14h30", "Scritto il 5 dicembre 2026 da Max"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, s := range []string{"Há dez anos, em 2016, a cidade mudou.", "Im Mai 2026 soll der Bau der neuen Brücke beginnen, sagte der Bürgermeister."} {
		if isBoilerplate(paragraph{text: s}) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
	de := xlGerman
	fr := xlFrench
	runAudit(t, []auditPage{
		{
			name:    "German post with an abbreviated date line",
			doc:     xlChromePost("de", "Der Garten", de, []string{"Sa., 5. Dez. 2026"}),
			want:    de,
			wantNot: []string{"Dez."},
		},
		{
			name:    "French post with its update line",
			doc:     xlChromePost("fr", "La piscine", fr, []string{"Mis à jour le 5 décembre 2026 à 14h30"}),
			want:    fr,
			wantNot: []string{"Mis à jour"},
		},
		{
			name:    "English twin",
			doc:     xlChromePost("en", "The garden", de, []string{"Sat., Dec. 5, 2026"}),
			want:    de,
			wantNot: []string{"Dec."},
		},
	})
}

// TestXLangTeaserHeadingsMore: the German, French, Spanish, Italian and
// Dutch twins of "Read more", "More stories", "More on", "More news",
// "Latest news", "Top stories" and "Recommended" head a teaser run
// (teaserOpeners) as the English ones do.
func TestXLangTeaserHeadingsMore(t *testing.T) {
	for _, h := range []string{"Weitere Geschichten", "Mehr über den Verein", "Mehr News", "Aktuelle Meldungen",
		"Top-Nachrichten", "Lesetipps", "Unsere Lesetipps", "Redaktionsempfehlung", "Dernières nouvelles",
		"Plus sur ce sujet", "Más historias", "Altre notizie", "Meer verhalen", "Aanbevolen"} {
		if !teaserHeading(h) {
			t.Errorf("teaserHeading(%q) = false, want true", h)
		}
	}
	de := []string{deNews("Die Köchin", 0), deNews("Der Wirt", 1), deNews("Die Bäuerin", 2)}
	fr := xlFrench
	runAudit(t, []auditPage{
		{name: "German post with Unsere Lesetipps teasers", doc: xlBlogPost("de", "Linsensuppe", "Unsere Lesetipps", de),
			want: de, wantNot: []string{"Anderer Beitrag 2", "Lesetipps"}},
		{name: "German post with Weitere Geschichten teasers", doc: xlBlogPost("de", "Linsensuppe", "Weitere Geschichten", de),
			want: de, wantNot: []string{"Anderer Beitrag 2", "Weitere Geschichten"}},
		{name: "French post with Dernières nouvelles teasers", doc: xlBlogPost("fr", "La piscine", "Dernières nouvelles", fr),
			want: fr, wantNot: []string{"Anderer Beitrag 2", "Dernières nouvelles"}},
		{name: "English twin", doc: xlBlogPost("en", "Lentil soup", "More stories", de),
			want: de, wantNot: []string{"Anderer Beitrag 2", "More stories"}},
	})
}

// TestXLangSitePrompts: a news site's lines around the article in German,
// French, Spanish, Italian and Dutch that their English twins' lists
// knew: an appeal for its journalism (supportLine, journalismWords,
// supportAsks), a writer's address (contactLine, contactOpeners), a
// sent form's thanks, the break for an advertisement, "don't miss",
// "most popular", a paywall's "already a subscriber?", the note of the
// print edition and of the writers' views (boilerplateStarts, lineSet).
// A sentence opening with such words stays.
func TestXLangSitePrompts(t *testing.T) {
	lines := []string{
		"Unser Journalismus braucht Ihre Unterstützung. Bitte abonnieren Sie noch heute.",
		"Kontakt: max.muster@example.de",
		"Vielen Dank für Ihre Anmeldung!",
		"Artikel wird unter der Anzeige fortgesetzt",
		"Am beliebtesten",
		"Dieser Artikel erschien in der gedruckten Ausgabe vom 8. November 2026.",
		"Die Meinung der Autoren entspricht nicht unbedingt der Meinung der Redaktion.",
		"Notre journalisme a besoin de votre soutien. Abonnez-vous dès aujourd'hui.",
		"Déjà abonné ? Connectez-vous",
		"Nuestro periodismo necesita tu apoyo. Suscríbete hoy.",
		"¿Ya eres suscriptor? Inicia sesión",
		"Il nostro giornalismo ha bisogno del tuo sostegno. Abbonati.",
		"Da non perdere",
		"Bedankt voor je inschrijving!",
		"Foto: IMAGO/Max Muster",
		"IMAGO/Max Muster",
	}
	for _, l := range lines {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, s := range []string{
		"Nicht verpassen wollten die Fans das Konzert im Stadtpark, sagte der Veranstalter am Sonntag.",
		"Kontakt zu den Entführern habe es bis Dienstag nicht gegeben, teilte die Polizei mit.",
		"Der Verband will den Lokaljournalismus stärken und fordert dafür Geld vom Land.",
	} {
		if isBoilerplate(paragraph{text: s}) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
	de := xlGerman
	fr := xlFrench
	runAudit(t, []auditPage{
		{
			name:    "German news item with an appeal, a contact line and an ad break",
			doc:     xlChromePost("de", "Der Garten", de, []string{lines[0], lines[1], lines[3]}),
			want:    de,
			wantNot: []string{"Unterstützung", "max.muster", "fortgesetzt"},
		},
		{
			name:    "French news item with an appeal and a paywall prompt",
			doc:     xlChromePost("fr", "La piscine", fr, []string{lines[7], lines[8]}),
			want:    fr,
			wantNot: []string{"soutien", "Déjà abonné"},
		},
		{
			name: "English twin",
			doc: xlChromePost("en", "The garden", de, []string{"Our journalism needs your support. Please subscribe today.",
				"Contact Jane Roe at jane.roe@example.com.", "Story continues below advertisement"}),
			want:    de,
			wantNot: []string{"support", "jane.roe", "continues below"},
		},
	})
}

// TestXLangReadOnMore: a list of links under a German, French, Spanish,
// Italian or Dutch intro that invites the reader to other posts
// ("... findest du hier weitere Beiträge aus dem Garten:", "Se ti è
// piaciuto ..., ti potrebbe interessare anche:") goes as under "If you
// liked this story, you might also like:" (readOnIntros); a closing line
// "Más noticias de la ciudad:" or "Meer nieuws uit de regio:" introduces
// what was left out (danglingOpeners); a paywall's heading "Cet article
// est réservé aux abonnés" opens its offer (offerOpeners).
func TestXLangReadOnMore(t *testing.T) {
	for _, l := range []string{"Más noticias de la ciudad:", "Meer nieuws uit de regio:", "Plus d'articles du quartier :",
		"Altre notizie dal territorio:"} {
		if !danglingIntro(l) {
			t.Errorf("danglingIntro(%q) = false, want true", l)
		}
	}
	// A paywall offer's heading in French, Spanish, Italian, Dutch
	// (offerOpeners), as "Subscribe to continue reading".
	for _, h := range []string{"Cet article est réservé aux abonnés", "Suscríbete para seguir leyendo",
		"Abbonati per continuare a leggere", "Lees verder met Premium", "Dieser Artikel ist nur für Abonnenten"} {
		root, err := html.Parse(strings.NewReader("<h3>" + h + "</h3>"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for d := range root.Descendants() {
			found = found || d.Data == "h3" && offerHeading(d)
		}
		if !found {
			t.Errorf("offerHeading(%q) = false, want true", h)
		}
	}
	list := `<ul><li><a href="/a">Stadtrat beschließt neuen Radweg am Fluss</a></li><li><a href="/b">Bäckerei am Markt schließt nach hundert Jahren</a></li><li><a href="/c">Feuerwehr feiert Jubiläum mit Umzug</a></li></ul>`
	de := xlGerman
	var pages []auditPage
	for _, tt := range []struct {
		intro string
		keep  bool
	}{
		{"Die drei Beschlüsse des Abends im Überblick:", true},
		{"Wenn dir der Text gefallen hat, findest du hier weitere Beiträge aus dem Garten:", false},
		{"Und wer jetzt noch nicht genug hat, dem sei gesagt, was ebenfalls interessant ist:", false},
		{"Se ti è piaciuto questo racconto, ti potrebbe interessare anche:", false},
		{"If you liked this story, you might also like:", false},
	} {
		p := auditPage{
			name: tt.intro,
			doc:  xlChromePost("de", "Der Garten", append(append([]string{}, de...), tt.intro), nil),
			want: de,
		}
		p.doc = strings.Replace(p.doc, "<p>"+tt.intro+"</p>", "<p>"+tt.intro+"</p>"+list, 1)
		if tt.keep {
			p.want = append(p.want, "Bäckerei am Markt schließt nach hundert Jahren")
		} else {
			p.wantNot = []string{"Bäckerei am Markt"}
		}
		pages = append(pages, p)
	}
	runAudit(t, pages)
}

// TestXLangWordPressLabels: the labels of a WordPress post's chrome in
// the French, Spanish, Italian and Dutch translations ("Navegación de
// entradas", "Comparte esto:", "Cancelar la respuesta", "Invia commento",
// "Abonneren") go as "Post navigation", "Share this:", "Cancel reply"
// do (uiLabels).
func TestXLangWordPressLabels(t *testing.T) {
	for _, l := range []string{"Navigation de l’article", "Navegación de entradas", "Navigazione articoli", "Berichtnavigatie",
		"Comparte esto:", "Annuler la réponse", "Cancelar la respuesta", "Annulla risposta", "Reactie annuleren",
		"Publicar el comentario", "Invia commento", "S’abonner", "Iscriviti", "Abonneren"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	es := xlSpanish
	runAudit(t, []auditPage{
		{
			name:    "Spanish WordPress post with its share and navigation labels",
			doc:     xlChromePost("es", "El mercado", es, []string{"Comparte esto:", "Navegación de entradas", "Cancelar la respuesta"}),
			want:    es,
			wantNot: []string{"Comparte", "Navegación", "Cancelar"},
		},
		{
			name:    "English twin",
			doc:     xlChromePost("en", "The market", es, []string{"Share this:", "Post navigation", "Cancel reply"}),
			want:    es,
			wantNot: []string{"Share this", "Post navigation", "Cancel reply"},
		},
	})
}

// TestXLangCreditsConsentListings: a closing line crediting reporters in
// German, French, Spanish, Italian or Dutch ("Max Muster hat zu diesem
// Bericht beigetragen.", "Jean Dupont a contribué à cet article.":
// creditPhrases), an embed's consent placeholder in French, Spanish,
// Italian or Dutch ("Afficher le contenu externe": consentWords), and a
// press release's closing lines on a company listed in Zurich, Vienna or
// Paris (listingPhrases) go as the English ones do.
func TestXLangCreditsConsentListings(t *testing.T) {
	for _, l := range []string{"Max Muster hat zu diesem Bericht beigetragen.", "Jean Dupont a contribué à cet article.",
		"Juan Pérez contribuyó a este informe.", "Mario Rossi ha contribuito a questo articolo."} {
		if !reporterCredit(l) {
			t.Errorf("reporterCredit(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"Contenu externe", "Afficher le contenu externe", "Contenido externo", "Contenuto esterno",
		"Externe inhoud laden"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	de := []paragraph{{text: deNews("Der Vorstand", 0)}, {text: deNews("Die Finanzchefin", 1)},
		{text: "Zorbex ist ein Hersteller von Pumpen mit Sitz in Winterthur und beschäftigt 1200 Mitarbeitende."},
		{text: "Zorbex ist an der SIX Swiss Exchange kotiert (SIX: ZRBX)."}}
	if got := companyBoilerplate(de); got != 2 {
		t.Errorf("companyBoilerplate on a Swiss release's close = %d, want 2", got)
	}
	page := xlChromePost("de", "Der Garten", []string{deNews("Die Wirtin", 0), deNews("Der Koch", 1), deNews("Die Gärtnerin", 2)},
		[]string{"Max Muster hat zu diesem Bericht beigetragen."})
	runAudit(t, []auditPage{{name: "German story closing with its reporters' credit", doc: page,
		want: []string{deNews("Die Gärtnerin", 2)}, wantNot: []string{"beigetragen"}}})
}

// TestXLangBloggerLines: a Blogger post's closing lines in its German,
// French, Spanish, Italian and Dutch translations ("Kommentar
// veröffentlichen", "S'abonner à : Publier les commentaires (Atom)") and a
// view counter in Dutch or Portuguese ("1234 weergaven") go as "Post a
// Comment", "Subscribe to: Post Comments (Atom)" and "1234 views" do
// (boilerplateStarts, feedPrompts, viewWords).
func TestXLangBloggerLines(t *testing.T) {
	for _, l := range []string{"Kommentar veröffentlichen", "Enregistrer un commentaire", "Publicar un comentario",
		"Posta un commento", "Een reactie posten", "S'abonner à : Publier les commentaires (Atom)",
		"Suscribirse a: Enviar comentarios (Atom)", "Iscriviti a: Commenti sul post (Atom)",
		"Abonneren op: Reacties posten (Atom)", "1234 weergaven", "1.234 visualizações"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	if s := "Suscribirse a la revista cuesta diez euros al año, según la editorial."; isBoilerplate(paragraph{text: s}) {
		t.Errorf("isBoilerplate(%q) = true, want false", s)
	}
	fr := xlFrench
	de := xlGerman
	runAudit(t, []auditPage{
		{
			name:    "French Blogger post with its closing lines",
			doc:     xlChromePost("fr", "La piscine", fr, []string{"Enregistrer un commentaire", "S'abonner à : Publier les commentaires (Atom)"}),
			want:    fr,
			wantNot: []string{"Enregistrer", "Atom"},
		},
		{
			name:    "German Blogger post with its closing lines",
			doc:     xlChromePost("de", "Der Garten", de, []string{"Kommentar veröffentlichen", "Abonnieren Kommentare zum Post (Atom)"}),
			want:    de,
			wantNot: []string{"veröffentlichen", "Atom"},
		},
		{
			name:    "English twin",
			doc:     xlChromePost("en", "The garden", de, []string{"Post a Comment", "Subscribe to: Post Comments (Atom)"}),
			want:    de,
			wantNot: []string{"Post a Comment", "Atom"},
		},
	})
}

// TestXLangSocialPrompts: a site's prompt to follow it on two networks or
// more in French, Spanish, Italian or Dutch, naming the site ("Suivez Le
// Courrier sur Facebook et Instagram", "Sigue a El Diario en Facebook y
// TikTok": socialVerbs, promptOns, promptWords), goes as "Follow World
// News on Twitter and Facebook" does; a sentence that opens with the
// verb stays.
func TestXLangSocialPrompts(t *testing.T) {
	for _, l := range []string{"Suivez Le Courrier sur Facebook et Instagram", "Sigue a El Diario en Facebook y TikTok",
		"Segui Il Giornale su Facebook e Instagram", "Volg De Krant op Facebook en Instagram"} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, s := range []string{"Suivez le guide sur le sentier des douaniers, qui longe la côte jusqu'au phare.",
		"Sigue la polémica en Facebook e Instagram desde que el alcalde publicó el vídeo del pleno municipal."} {
		if isBoilerplate(paragraph{text: s}) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
	fr := xlFrench
	runAudit(t, []auditPage{
		{
			name:    "French story with its site's follow prompt",
			doc:     xlChromePost("fr", "La piscine", fr, []string{"Suivez Le Courrier sur Facebook et Instagram"}),
			want:    fr,
			wantNot: []string{"Suivez"},
		},
		{
			name:    "English twin",
			doc:     xlChromePost("en", "The pool", fr, []string{"Follow The Courier on Facebook and Instagram"}),
			want:    fr,
			wantNot: []string{"Follow"},
		},
	})
}

// TestXLangToolBarsAndCalls: a post's tool bar split by "|" or "·" in
// French, Spanish, Italian or Dutch ("1.234 vues · Imprimer l'article ·
// Envoyer à un ami": toolLabels) and a promotion's line closing on a call
// to start ("Prêt ? Commencez dès aujourd'hui.": ctaEndings) go as the
// English ones do.
func TestXLangToolBarsAndCalls(t *testing.T) {
	for _, l := range []string{"Actualités | Imprimer l'article | Envoyer à un ami", "Noticias · Imprimir artículo · Enviar a un amigo",
		"Notizie | Stampa articolo | Invia a un amico", "Nieuws | Artikel afdrukken | Stuur door",
		"Prêt à simplifier vos repas ? Commencez dès aujourd'hui.", "¿Listo para cocinar mejor? Empieza hoy.",
		"Pronto a cucinare meglio? Inizia oggi!", "Klaar om beter te koken? Begin vandaag."} {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	fr := xlFrench
	runAudit(t, []auditPage{
		{
			name:    "French story with its tool bar",
			doc:     xlChromePost("fr", "La piscine", fr, []string{"Actualités | Imprimer l'article | Envoyer à un ami"}),
			want:    fr,
			wantNot: []string{"Envoyer"},
		},
		{
			name:    "English twin",
			doc:     xlChromePost("en", "The pool", fr, []string{"News | Print article | Send to friend"}),
			want:    fr,
			wantNot: []string{"Send to friend"},
		},
	})
}

// xlFrench, xlSpanish and xlGerman are three made-up paragraphs of a
// local story in French, Spanish and German for the pages above.
var (
	xlFrench = []string{
		"La mairie a annoncé mardi que la piscine municipale rouvrira au printemps, après deux années de travaux qui ont coûté plus cher que prévu.",
		"Les associations du quartier se réjouissent de la nouvelle, mais demandent des horaires plus larges pour les familles et les scolaires.",
		"Le chantier comprend un nouveau toit, des panneaux solaires et un bassin pour les cours de natation des plus jeunes.",
	}
	xlSpanish = []string{
		"La alcaldesa anunció el martes que el mercado municipal abrirá de nuevo en primavera, después de dos años de obras que costaron más de lo previsto.",
		"Los comerciantes del barrio celebraron la noticia, aunque piden que el ayuntamiento mejore el aparcamiento y el transporte público de la zona.",
		"La reforma incluye un nuevo tejado, placas solares y un espacio para talleres de cocina abiertos a los vecinos durante los fines de semana.",
	}
	xlGerman = []string{deNews("Die Wirtin", 0), deNews("Der Koch", 1), deNews("Die Gärtnerin", 2)}
)
