package extract

import "testing"

// Session 20's check of the word lists in the languages of trafilatura's
// evaluation set (issue 12): made-up lines and pages whose chrome only an
// English word list would have told apart.

// xlPortuguese is a made-up three-paragraph story in Portuguese.
var xlPortuguese = []string{
	"A prefeitura anunciou na terça-feira que o mercado municipal vai reabrir na primavera, depois de dois anos de obras que custaram mais do que o previsto.",
	"Os comerciantes do bairro comemoraram a notícia, mas pedem que a prefeitura melhore o estacionamento e o transporte público da região.",
	"A reforma inclui um telhado novo, painéis solares e um espaço para oficinas de culinária abertas aos moradores nos fins de semana.",
}

// TestXLangCommentModeration: a comment section's note that comments are
// moderated, in Portuguese (as on autoracing.com.br, news-pages: "não
// serão aprovados pelo moderador"), German, French, Spanish, Italian and
// Dutch, goes as "Comments are moderated" does (commentRules).
func TestXLangCommentModeration(t *testing.T) {
	notes := []string{
		"ATENÇÃO: Comentários com ofensas ou fora do tema não serão aprovados pelo moderador.",
		"Os comentários são moderados e podem demorar a aparecer.",
		"Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.",
		"Ihr Kommentar wird vom Moderator freigeschaltet.",
		"Les commentaires sont soumis à modération avant publication.",
		"Los comentarios están sujetos a moderación.",
		"I commenti sono soggetti a moderazione.",
		"Reacties worden gemodereerd voordat ze worden geplaatst.",
	}
	boilerplateCases(t, notes, nil)
	runAudit(t, []auditPage{
		{
			name:    "Portuguese post with the moderator's note",
			doc:     xlChromePost("pt", "O mercado", xlPortuguese, notes[:1]),
			want:    xlPortuguese,
			wantNot: []string{"moderador"},
		},
		{
			name:    "German post with the moderation note",
			doc:     xlChromePost("de", "Der Garten", xlGerman, notes[2:3]),
			want:    xlGerman,
			wantNot: []string{"freigeschaltet"},
		},
		{
			name:    "English twin",
			doc:     xlChromePost("en", "The market", xlGerman, []string{"Comments are moderated and may take a while to appear."}),
			want:    xlGerman,
			wantNot: []string{"moderated"},
		},
	})
}

// paywallPage is a made-up story in lang whose last three paragraphs
// are followed, in the article, by a paywall's offer box: its heading,
// its price, its button and its sign-in line.
func paywallPage(lang string, story, offer []string) string {
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>T</title></head><body><nav><a href="/">Home</a> <a href="/a">A</a></nav>` +
		`<article><h1>T</h1><p>` + story[0] + `</p><p>` + story[1] + `</p><p>` + story[2] + `</p><div class="box"><h3>` + offer[0] + `</h3><p>` +
		offer[1] + `</p><p><a href="/abo">` + offer[2] + `</a></p><p>` + offer[3] + `</p></div></article><footer><a href="/x">X</a></footer></body></html>`
}

// TestXLangPaywallOffers: a paywall's offer box under a story's first
// paragraphs, headed in French ("Il vous reste 70% de cet article à
// lire"), Spanish, Portuguese or Italian ("continue reading with a
// subscription"), goes whole as the English and German ones do
// (offerOpeners, leftToReadOpeners), and Portuguese "Já é assinante?" as
// "Already a subscriber?" (meterNotes).
func TestXLangPaywallOffers(t *testing.T) {
	offers := map[string][]string{
		"en": {"Continue reading with a subscription", "Get unlimited access for $1 a week.", "Subscribe now", "Already a subscriber? Log in"},
		"de": {"Weiterlesen mit Plus", "Jetzt 4 Wochen für 0,99 € testen und alle Artikel lesen.", "Jetzt abonnieren", "Sie sind bereits Abonnent? Hier anmelden"},
		"fr": {"Il vous reste 70% de cet article à lire", "Accédez à tous nos articles pour 1 € le premier mois.", "S'abonner", "Déjà abonné ? Se connecter"},
		"es": {"Sigue leyendo con una suscripción", "Accede a todos los artículos por 1 € al mes.", "Suscríbete", "¿Ya eres suscriptor? Inicia sesión"},
		"pt": {"Continue lendo com uma assinatura", "Tenha acesso ilimitado por R$ 1,90 no primeiro mês.", "Assine agora", "Já é assinante? Entre"},
		"it": {"Continua a leggere con un abbonamento", "Accedi a tutti gli articoli a 1 € al mese.", "Abbonati ora", "Sei già abbonato? Accedi"},
	}
	var pages []auditPage
	for _, lang := range []string{"en", "de", "fr", "es", "pt", "it"} {
		story := pair2(lang).story
		if lang == "en" {
			story = enPair.story
		}
		pages = append(pages, auditPage{
			name:    lang + " story with a paywall's offer",
			doc:     paywallPage(lang, story, offers[lang]),
			want:    story[:3],
			wantNot: offers[lang],
		})
	}
	runAudit(t, pages)
	// A subhead that says what is left, with no share, stays.
	story := pair2("fr").story
	doc := paywallPage("fr", story, []string{"Il vous reste deux semaines pour donner votre avis", story[3], story[4], story[5]})
	runAudit(t, []auditPage{{name: "French subhead over prose", doc: doc, want: []string{"Il vous reste deux semaines", story[3], story[4]}}})
}

// TestXLangThreadTitles: a comment thread headed as WordPress's French,
// Spanish, Portuguese, Italian and Dutch translations head it ("3
// réflexions sur « Titre »", "Un comentario en «Título»", "3 pensieri su
// “Titolo”"), its comments in a list no class names, goes as the English
// "3 thoughts on “Title”" and the German "3 Gedanken zu „Titel“" do
// (countedCommentTitles, quotedCommentTitles); a subhead so worded
// without a count or a quoted title stays.
func TestXLangThreadTitles(t *testing.T) {
	titles := map[string][]string{
		"en": {"3 thoughts on “The bridge”", "One thought on “The bridge”"},
		"de": {"3 Gedanken zu „Die Brücke“", "Ein Gedanke zu „Die Brücke“"},
		"fr": {"3 réflexions sur « Le pont »", "Une réflexion sur « Le pont »"},
		"es": {"3 comentarios en «El puente»", "Un comentario en «El puente»"},
		"pt": {"3 comentários em “A ponte”", "Um comentário em “A ponte”"},
		"it": {"3 pensieri su “Il ponte”", "Un pensiero su “Il ponte”"},
		"nl": {"3 gedachten over “De brug”", "Eén gedachte over “De brug”"},
	}
	thread := func(s []string, title string) string {
		return `<div class="wrap"><div class="c"><h1>T</h1><p>` + s[0] + `</p><p>` + s[1] + `</p><p>` + s[2] + `</p><h3>` + title +
			`</h3><ol><li><div><b>Anna</b> 4.3.2024</div><p>` + s[3] + `</p></li><li><div><b>Ben</b> 5.3.2024</div><p>` + s[4] +
			`</p></li><li><div><b>Carl</b> 6.3.2024</div><p>` + s[5] + `</p></li></ol></div></div>`
	}
	page := func(lang, body string) string {
		return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>T</title></head><body><nav><a href="/">Home</a> <a href="/a">A</a></nav>` +
			body + `<footer><a href="/x">X</a></footer></body></html>`
	}
	var pages []auditPage
	for _, lang := range []string{"en", "de", "fr", "es", "pt", "it", "nl"} {
		s := pair2(lang).story
		for _, title := range titles[lang] {
			pages = append(pages, auditPage{
				name:    lang + " thread under " + title,
				doc:     page(lang, thread(s, title)),
				want:    s[:3],
				wantNot: []string{title, s[4]},
			})
		}
	}
	runAudit(t, pages)
	s := pair2("es").story
	runAudit(t, []auditPage{{
		name: "Spanish subhead over prose",
		doc:  page("es", `<article><h1>T</h1><p>`+s[0]+`</p><p>`+s[1]+`</p><h2>Un comentario en Twitter desató la polémica</h2><p>`+s[2]+`</p><p>`+s[3]+`</p></article>`),
		want: []string{"Un comentario en Twitter desató la polémica", s[2], s[3]},
	}})
}

// TestXLangRecipeCardLines: a recipe card's nutrition note and its
// rating in Portuguese and Dutch go as the English, German, French,
// Spanish and Italian ones do (nutritionNoteWords, estimateWords,
// raterWords, ratingLabels); the ingredients and the method stay.
func TestXLangRecipeCardLines(t *testing.T) {
	boilerplateCases(t, []string{
		"As informações nutricionais são aproximadas e calculadas automaticamente.",
		"De voedingswaarde is een schatting en automatisch berekend.",
		"4,8 de 5 (52 avaliações)",
		"4,5 van 5 (12 beoordelingen)",
		"Avaliação média: 4,8",
		"Gemiddelde beoordeling: 4,5",
	}, []string{"Ingredientes", "Modo de preparo", "200 g de farinha", "Ingrediënten", "Bereiding"})
}

// TestXLangLegalNotices: a site footer's legal notice too long for
// copyrightLine, set where no class names it, that reserves all rights
// and names trademarks in German, French or Spanish ("... sind
// eingetragene Marken ...", "marques déposées"), goes as the English
// one does (legalNotice, trademarkWords).
func TestXLangLegalNotices(t *testing.T) {
	notices := map[string]string{
		"en": "© 2024 Herald Media Group. All rights reserved. Herald, the Herald logo and all related names, logos and designs are trademarks of Herald Media Group and its affiliates. Reproduction, distribution or any other use of the content of this website, in whole or in part, without the prior written permission of Herald Media Group is prohibited. Our terms of use and our privacy policy apply to all visitors.",
		"de": "© 2024 Kurier Medien GmbH. Alle Rechte vorbehalten. Kurier, das Kurier-Logo und alle zugehörigen Namen, Logos und Gestaltungen sind eingetragene Marken der Kurier Medien GmbH und ihrer Tochterfirmen. Die Vervielfältigung, Verbreitung oder sonstige Nutzung der Inhalte dieser Website, ganz oder teilweise, ohne vorherige schriftliche Zustimmung der Kurier Medien GmbH ist untersagt. Es gelten unsere Nutzungsbedingungen.",
		"fr": "© 2024 Le Courrier SA. Tous droits réservés. Le Courrier, le logo du Courrier et tous les noms, logos et dessins associés sont des marques déposées du Courrier SA et de ses filiales. Toute reproduction, diffusion ou autre utilisation du contenu de ce site, en tout ou en partie, sans l'accord écrit préalable du Courrier SA est interdite. Nos conditions générales d'utilisation s'appliquent à tous les visiteurs.",
		"es": "© 2024 El Diario SL. Todos los derechos reservados. El Diario, el logotipo de El Diario y todos los nombres, logotipos y diseños relacionados son marcas registradas de El Diario SL y sus filiales. Queda prohibida la reproducción, distribución o cualquier otro uso del contenido de este sitio, total o parcial, sin el permiso previo por escrito de El Diario SL. Se aplican nuestras condiciones de uso.",
	}
	for lang, n := range notices {
		if len(n) <= 400 {
			t.Fatalf("%s notice is %d bytes, want more than 400", lang, len(n))
		}
		if !legalNotice(n) {
			t.Errorf("legalNotice(%s notice) = false, want true", lang)
		}
	}
	if legalNotice(deNews("Die Markeninhaberin", 0) + " " + deNews("Der Verlag", 1)) {
		t.Error("legalNotice(a story's paragraph) = true, want false")
	}
}

// TestXLangCrossReferences: a wiki's hatnote sending the reader to
// another page reads as a cross reference in German, French, Spanish,
// Portuguese, Italian and Dutch as in English ("For the river, see Avon
// River."), not as a sentence (crossReference, seeWords).
func TestXLangCrossReferences(t *testing.T) {
	for _, l := range []string{"For the river, see Avon River.", "Siehe Avon (Fluss) für den gleichnamigen Fluss.",
		"Siehe auch: Liste der Flüsse in England", "Pour la rivière, voir Avon (rivière).", "Para el río, véase Avon (río).",
		"Para o rio, veja Avon (rio).", "Per il fiume, vedi Avon (fiume).", "Voor de rivier, zie Avon (rivier)."} {
		if !crossReference(l) {
			t.Errorf("crossReference(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"Die Brücke wurde 1968 gebaut, sagte der Bürgermeister.", "Le pont a été construit en 1968."} {
		if crossReference(l) {
			t.Errorf("crossReference(%q) = true, want false", l)
		}
	}
}

// TestXLangReporterCredits: the line closing a story that credits its
// other reporters, in Portuguese ("Maria Souza colaborou com esta
// reportagem.") and as German papers set it ("Mitarbeit: Jana Müller"),
// goes as "Jane Roe contributed to this report." does (creditPhrases);
// a story's last sentence about someone's work stays.
func TestXLangReporterCredits(t *testing.T) {
	for _, l := range []string{"Maria Souza colaborou com esta reportagem.", "Mitarbeit: Jana Müller, Tom Berg",
		"Jane Roe contributed to this report."} {
		if !reporterCredit(l) {
			t.Errorf("reporterCredit(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"Die Mitarbeit der Freiwilligen sei unverzichtbar, sagte die Bürgermeisterin.",
		"A colaboração dos moradores foi decisiva, disse o prefeito."} {
		if reporterCredit(l) {
			t.Errorf("reporterCredit(%q) = true, want false", l)
		}
	}
}

// TestXLangWeekdayStamps: a date stamp with its weekday and clock time
// as Portuguese pages write them ("terça-feira, 4 de março de 2024,
// 10h15") goes as "Tuesday, March 4, 2024, 10:15 am" does (datelineOnly:
// hourMinute, stampWords "feira", "às", "uhr", "ore"); a title naming a
// month stays.
func TestXLangWeekdayStamps(t *testing.T) {
	boilerplateCases(t, []string{"terça-feira, 4 de março de 2024, 10h15", "Publicado na segunda-feira, 3 de março de 2024, às 9h",
		"Tuesday, March 4, 2024, 10:15 am", "Dienstag, 4. März 2024, 10:15 Uhr", "martedì 4 marzo 2024 ore 10:15"},
		[]string{"Festival de cinema em março de 2024 no Rio de Janeiro", "Viagem de 4h pela serra em março de 2024"})
}
