package extract

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// Made-up German lines (and their twins in the other languages where a
// list already held some) whose English counterparts the word lists took
// and they did not (issue 12: the held-out benchmark is mostly German).

// boilerplateCases checks that each line of drop is boilerplate and each
// of keep is not.
func boilerplateCases(t *testing.T, drop, keep []string) {
	t.Helper()
	for _, l := range drop {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, l := range keep {
		if isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = true, want false", l)
		}
	}
}

// TestGermanScriptNotices: a German player's or widget's notice that it
// needs JavaScript, wherever the words stand in it (scriptNoticeWords);
// a sentence of a story on browsers stays.
func TestGermanScriptNotices(t *testing.T) {
	boilerplateCases(t, []string{
		"Für dieses Video muss JavaScript aktiviert sein.",
		"JavaScript ist in Ihrem Browser deaktiviert.",
		"Um diesen Inhalt zu sehen, aktivieren Sie bitte JavaScript.",
		"Die Karte wird geladen. Bitte JavaScript einschalten.",
	}, []string{
		"Der neue Browser lädt Seiten mit viel Skriptcode deutlich schneller als sein Vorgänger, sagte der Entwickler.",
	})
}

// TestGermanUILabels: a German page's buttons and links for its cookie
// settings, skip links, e-mail share and follow prompt, left as lines of
// their own (uiLabels), and their French, Spanish, Italian, Dutch and
// Portuguese twins; a sentence that opens with the same words stays.
func TestGermanUILabels(t *testing.T) {
	boilerplateCases(t, []string{
		"Cookie-Einstellungen", "Datenschutz-Einstellungen", "Zur Navigation springen", "E-Mail", "Folgen Sie uns:",
		"Paramètres des cookies", "Suivez-nous", "Configuración de cookies", "Síguenos", "Impostazioni dei cookie",
		"Seguici", "Cookie-instellingen", "Volg ons", "Siga-nos",
	}, []string{
		"Folgen Sie uns in die Altstadt, wo der Verein seit zwanzig Jahren einen Garten für die Nachbarschaft pflegt.",
	})
}

// TestGermanMeterNotes: a German paywall's "Schon Abonnent?" prompt, alone
// or before its sign-in link (meterNotes), as "Already a subscriber?".
func TestGermanMeterNotes(t *testing.T) {
	boilerplateCases(t, []string{
		"Schon Abonnent?", "Sie sind bereits Abonnent? Hier anmelden", "Bereits abonniert? Jetzt einloggen",
	}, []string{
		"Wer bereits Abonnent ist, zahlt ab Januar zwei Euro mehr im Monat, teilte der Verlag am Montag mit.",
	})
}

// TestGermanFilingLabels: a German post's filing notes under other labels
// than WordPress's: a news site's "Rubrik:" and "Themen:" (as "Category:"
// and "Topics:"), alone or in a line of notes split by "|", and the French, Spanish, Italian and Dutch twins of
// "Topics:"; a sentence that names a section stays.
func TestGermanFilingLabels(t *testing.T) {
	boilerplateCases(t, []string{
		"Rubrik: Lokales", "Themen: Brücke, Stadtrat, Verkehr", "Von Jana Roth | Rubrik: Lokales",
		"Sujets : pont, conseil municipal", "Temas: puente, ayuntamiento", "Argomenti: ponte, consiglio comunale",
		"Onderwerpen: brug, gemeenteraad",
	}, []string{
		"Themen wie der Neubau der Brücke und die Radwege bestimmten die Sitzung des Stadtrats am Dienstagabend.",
	})
}

// TestGermanMoreFromHeadings: a German post's closing box of the author's
// other posts, headed "Mehr von Jana Roth" or "Mehr vom Autor" (as "More
// from ..."; teaserOpeners), goes with its links; a subheading of the
// story that opens so but heads prose stays.
func TestGermanMoreFromHeadings(t *testing.T) {
	for _, h := range []string{"Mehr von Jana Roth", "Mehr vom Autor"} {
		if !teaserHeading(h) {
			t.Errorf("teaserHeading(%q) = false, want true", h)
		}
	}
	story := `<p>Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke über den Fluss, die seit 1968 den Verkehr trägt, für rund vierzehn Millionen Euro neu zu bauen.</p>
<p>Die Arbeiten sollen im kommenden Frühjahr beginnen und etwa zwei Jahre dauern. In dieser Zeit werden Autos durch den Nordbezirk umgeleitet, Busse nutzen eine provisorische Querung.</p>
<h3>Mehr von allem</h3><p>Anwohner des Nordbezirks fürchten mehr Lärm und längere Wege. Ein Verein örtlicher Geschäfte hat bereits mehr als zweitausend Unterschriften gegen den Plan gesammelt.</p>
<p>Die Opposition kritisierte die Kosten, die seit der ersten Schätzung um ein Drittel gestiegen sind. Der Kämmerer sagte jedoch, das Land werde mehr als die Hälfte der Rechnung zahlen.</p>`
	runAudit(t, []auditPage{{
		name: "German post with the author's other posts under it",
		doc: `<html lang="de"><body><nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav><div><h1>Brücke wird neu gebaut</h1>` + story +
			`<h3>Mehr von Jana Roth</h3><p><a href="/1">Bürgermeister eröffnet neue Bibliothek in der Altstadt</a></p>` +
			`<p><a href="/2">Polizei sucht Zeugen nach Unfall am Kreisel</a></p><p><a href="/3">Stadtfest kehrt auf den Marktplatz zurück</a></p></div>` +
			`<footer><a href="/impressum">Impressum</a></footer></body></html>`,
		want:    []string{"Mehr von allem", "Anwohner des Nordbezirks", "Die Opposition kritisierte"},
		wantNot: []string{"Mehr von Jana Roth", "Bibliothek in der Altstadt"},
	}})
}

// TestGermanCustomerReviews: a German shop's customer reviews under a
// product's description, in a block named "bewertungen" whose items are
// named "bewertung" (as "reviews" and "review"), go as an English shop's
// do; a French shop's "avis" the same.
func TestGermanCustomerReviews(t *testing.T) {
	desc := `<p>Das Regal aus massiver Eiche wird in unserer Werkstatt im Allgäu von Hand gefertigt und mit Leinöl behandelt, damit die Maserung schön zur Geltung kommt.</p>
<p>Die Böden lassen sich in der Höhe verstellen, und die Rückwand ist offen, so dass das Regal auch frei im Raum als Raumteiler stehen kann.</p>`
	reviews := func(block, item string, lines ...string) string {
		var b strings.Builder
		b.WriteString(`<div class="` + block + `"><h2>Bewertungen</h2><div class="` + block + `-liste">`)
		for _, l := range lines {
			b.WriteString(`<div class="` + item + `"><p>` + l + `</p></div>`)
		}
		return b.String() + `</div></div>`
	}
	runAudit(t, []auditPage{{
		name: "German shop's reviews under the description",
		doc: `<html lang="de"><body><nav><a href="/">Start</a> <a href="/moebel">Möbel</a></nav><main><div class="produkt-info"><h1>Regal Eiche</h1>` + desc +
			reviews("produkt-bewertungen", "bewertung",
				"Tolles Regal, schnell aufgebaut, sehr stabil und es passt genau in die Nische im Flur. Die Lieferung kam zwei Tage früher als angekündigt, alles war gut verpackt und die Anleitung ist verständlich. Fünf Sterne von mir.",
				"Habe gleich drei davon für das Kinderzimmer gekauft, alle halten nach einem Jahr noch bestens, obwohl die Kinder gerne daran herumklettern. Das Öl riecht in den ersten Tagen etwas, aber das verfliegt schnell wieder.",
				"Etwas kleiner als mein altes Regal und die Böden sind dünner, aber trotzdem ein gutes Angebot. Der Kundenservice hat auf meine Frage nach passenden Schrauben für die Wandbefestigung sehr freundlich und schnell geantwortet.") +
			`</div></main><footer><a href="/impressum">Impressum</a></footer></body></html>`,
		want:    []string{"massiver Eiche", "Raumteiler"},
		wantNot: []string{"Tolles Regal", "drei davon"},
	}, {
		name: "French shop's reviews under the description",
		doc: `<html lang="fr"><body><nav><a href="/">Accueil</a></nav><main><div class="fiche-produit"><h1>Étagère</h1>` + desc +
			reviews("avis-clients", "avis-client",
				"Très belle étagère, montée en dix minutes, solide et elle rentre parfaitement dans le couloir.",
				"J'en ai acheté trois pour la chambre des enfants, elles tiennent toujours très bien après un an.",
				"Un peu plus petite que prévu et les planches sont fines, mais le rapport qualité-prix est bon.") +
			`</div></main></body></html>`,
		want:    []string{"massiver Eiche"},
		wantNot: []string{"Très belle étagère", "trois pour la chambre"},
	}})
}

// TestGermanOrderForms: a German shop's short description beside its
// order form is read where the form names the cart only in German or in
// its name ("warenkorb", xt:Commerce's and Gambio's "cart_quantity") and
// the quantity field is "products_qty" (orderForm).
func TestGermanOrderForms(t *testing.T) {
	long := `<p>Die Tasse wird auf der Töpferscheibe gedreht, zweimal gebrannt und ist spülmaschinenfest. Jedes Stück ist ein Unikat, Farbe und Sprenkel fallen leicht unterschiedlich aus.</p>
<p>Sie fasst 350 Milliliter und liegt dank des breiten Henkels gut in der Hand. Wir verpacken jede Tasse plastikfrei in Holzwolle und recyceltem Karton.</p>
<p>Passend dazu gibt es Teller und Schalen aus derselben Serie, die wir in kleinen Auflagen in unserer Werkstatt am Stadtrand fertigen.</p>`
	short := `<p>Eine handgedrehte Tasse aus Steinzeug mit weiß gesprenkelter Glasur, in kleinen Serien in unserer Werkstatt gefertigt.</p>`
	var pages []auditPage
	for _, form := range []string{
		`<form name="cart_quantity" action="/product_info.php?products_id=7&amp;action=add_product" method="post"><input type="text" name="products_qty" value="1"><input type="hidden" name="products_id" value="7"><button>In den Warenkorb</button></form>`,
		`<form action="/warenkorb/hinzufuegen" method="post"><input type="hidden" name="artikel" value="7"><button>In den Warenkorb</button></form>`,
	} {
		pages = append(pages, auditPage{
			name: "German shop: " + form[:40],
			doc: `<html lang="de"><body><nav><a href="/">Start</a> <a href="/keramik">Keramik</a></nav><main><div class="produkt"><div class="bilder"><img src="/a.jpg" alt=""><img src="/b.jpg" alt=""></div>
<div class="kasten"><h1>Gesprenkelte Tasse</h1><p class="preis">38,00 €</p>` + short + form + `</div>
<div class="reiter"><ul><li><a href="#b">Beschreibung</a></li><li><a href="#v">Versand</a></li></ul><div class="feld" id="b">` + long + `</div></div></div></main>
<footer><a href="/impressum">Impressum</a></footer></body></html>`,
			want: []string{"Eine handgedrehte Tasse", "Die Tasse wird auf der Töpferscheibe", "Passend dazu gibt es Teller"},
		})
	}
	runAudit(t, pages)
}

// TestGermanCompanyBoilerplate: a German press release's block on the
// company, under "Über Zentrofix" and down to where its shares are listed
// ("an der Frankfurter Wertpapierbörse notiert", an ISIN), goes as an
// English one's does (companyBoilerplate); a closing line on shares that
// does not open with the company's name stays.
func TestGermanCompanyBoilerplate(t *testing.T) {
	news := []string{
		"Zentrofix hat heute in Tromsø ein Werk eröffnet, das Kühlaggregate für die Fischfarmen Nordnorwegens baut, das erste außerhalb des Südens.",
		"Das Werk soll im kommenden Jahr neunzig Menschen beschäftigen, teilte das Unternehmen mit, und bezieht seinen Strom aus einem nahen Windpark.",
		"Die Aufträge von Farmen in der Finnmark haben sich seit dem Frühjahr verdoppelt, sagte der Vertriebschef, der weitere aus Island erwartet.",
	}
	text := tailText(t, tailPage("Zentrofix eröffnet Werk in Tromsø", append(news,
		"<h3>Über Zentrofix</h3>",
		"Zentrofix ist ein Hersteller von Kühlaggregaten für Fischfarmen und Lebensmittelbetriebe. Das 1987 gegründete Unternehmen verkauft in zwölf Länder.",
		"Zentrofix hat seinen Sitz in Bergen und beschäftigt rund 800 Mitarbeiter. Die Aktie (ISIN: NO0012345678) ist an der Frankfurter Wertpapierbörse notiert.")...))
	for _, w := range []string{"Über Zentrofix", "ist ein Hersteller von Kühlaggregaten", "Wertpapierbörse notiert"} {
		if strings.Contains(text, w) {
			t.Errorf("text keeps the boilerplate's %q:\n%s", w, text)
		}
	}
	if !strings.Contains(text, "weitere aus Island erwartet") {
		t.Errorf("text lacks the release:\n%s", text)
	}
	text = tailText(t, tailPage("Zentrofix eröffnet Werk in Tromsø", append(news[:2],
		"Die Aktie, die an der Frankfurter Wertpapierbörse notiert ist, stieg nach der Nachricht bis zum Handelsschluss am Dienstag um vier Prozent.")...))
	if !strings.Contains(text, "um vier Prozent") {
		t.Errorf("text lacks the release's last line:\n%s", text)
	}
}

// TestGermanEmbedConsent: the placeholder a German news site sets where
// an embedded video stood until the reader consents to the third party's
// content, its lines in the article's text with no class to name them
// (embedConsent), goes; the story's sentences around it, one of which
// speaks of external content, stay.
func TestGermanEmbedConsent(t *testing.T) {
	placeholder := `<div><p>Empfohlener redaktioneller Inhalt</p>
<p>An dieser Stelle finden Sie einen externen Inhalt von YouTube, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.</p>
<p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.</p>
<p><button>Externen Inhalt anzeigen</button></p><p>Inhalte von YouTube immer anzeigen</p></div>`
	runAudit(t, []auditPage{{
		name: "German story with a consent placeholder for an embedded video",
		doc: `<html lang="de"><body><nav><a href="/">Start</a> <a href="/kultur">Kultur</a></nav><div><h1>Chor singt auf dem Marktplatz</h1>
<p>Mehr als zweihundert Sängerinnen und Sänger haben am Samstag auf dem Marktplatz ein Konzert für die Flutopfer gegeben, der Erlös geht an den Hilfsfonds der Stadt.</p>
<p>Die Organisatorin sagte, der Verein zeige externe Inhalte wie das Video des Auftritts erst nach Zustimmung der Nutzer auf seiner Seite.</p>` + placeholder + `
<p>Am Ende kamen fast zwölftausend Euro zusammen, teilte der Verein mit. Im Herbst soll ein zweites Konzert in der Stadthalle folgen.</p>
<p>Der Bürgermeister dankte den Chören und kündigte an, die Stadt werde den Betrag aus eigenen Mitteln verdoppeln.</p></div>
<footer><a href="/impressum">Impressum</a></footer></body></html>`,
		want:    []string{"zweihundert Sängerinnen", "zeige externe Inhalte wie das Video", "zwölftausend Euro", "verdoppeln"},
		wantNot: []string{"Empfohlener redaktioneller Inhalt", "einen externen Inhalt von YouTube", "Drittplattformen", "Externen Inhalt anzeigen", "immer anzeigen"},
	}})
	boilerplateCases(t, []string{"This content is not available due to your privacy preferences."}, nil)
}

// TestGermanPrintNotes: a German paper's note on the print edition its web
// article ran in (printNotes), as the New York Times' "A version of this
// article appeared in print"; a sentence on a printed edition stays.
func TestGermanPrintNotes(t *testing.T) {
	boilerplateCases(t, []string{
		"Dieser Artikel stammt aus der ZEIT Nr. 10/2024. Hier können Sie die gesamte Ausgabe lesen.",
		"Erschienen in der Printausgabe vom 4. März 2024.",
		"Dieser Text ist in der Printausgabe des Kuriers vom Samstag erschienen.",
	}, []string{
		"Die Zeitung erscheint von Januar an nur noch dreimal in der Woche gedruckt, teilte der Verlag am Montag mit.",
	})
}

// TestGermanBlogLabels: a German WordPress blog's "Ähnliche Beiträge"
// heading (Jetpack's "Related", as "Related articles" opens
// boilerplateStarts) and the comment form's "Antworten abbrechen" (WordPress'
// German "Cancel reply"; uiLabels) go, followed by prose or not.
func TestGermanBlogLabels(t *testing.T) {
	boilerplateCases(t, []string{"Ähnliche Beiträge", "Verwandte Beiträge:", "Antworten abbrechen"}, nil)
	runAudit(t, []auditPage{{
		name: "German blog post with a related heading before its last paragraph",
		doc: `<html lang="de"><body><nav><a href="/">Start</a> <a href="/garten">Garten</a></nav><article><h1>Tomaten im Kübel</h1>
<p>Dieses Jahr habe ich meine Tomaten zum ersten Mal im Kübel auf dem Balkon gezogen, und die Ernte war größer als in allen Jahren im Beet davor.</p>
<p>Wichtig ist ein großer Topf mit mindestens zwanzig Litern Erde, ein sonniger Platz und regelmäßiges Gießen, an heißen Tagen auch zweimal.</p>
<p>Ähnliche Beiträge</p>
<p>Im nächsten Jahr will ich es mit Paprika und Gurken versuchen, die brauchen ähnlich viel Sonne und Wasser wie die Tomaten.</p></article>
<footer><a href="/impressum">Impressum</a></footer></body></html>`,
		want:    []string{"zum ersten Mal im Kübel", "Paprika und Gurken"},
		wantNot: []string{"Ähnliche Beiträge"},
	}})
}

// TestCommentFormNotes: a comment form's notes and a closed thread's note
// left as lines of the text where no form or class names them
// (commentRules), WordPress's English and German; a sentence on comments
// being closed stays.
func TestCommentFormNotes(t *testing.T) {
	boilerplateCases(t, []string{
		"Comments are closed.", "Your email address will not be published. Required fields are marked *",
		"Die Kommentarfunktion ist für diesen Artikel geschlossen.", "Kommentare sind geschlossen.",
		"Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
		"Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
		"Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.",
		"Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.",
	}, []string{
		"Nach zahlreichen Beleidigungen hat die Zeitung die Kommentare unter dem Bericht am Abend geschlossen, sagte eine Sprecherin.",
	})
}

// TestGermanAuthorBox: the author's box under a German blog post (a
// square photo, the name linked to the author's page under the German
// "/autorin/" path, a line about her), with no class to name it, goes as
// an English theme's under "/author/" does (authorLink); the post stays.
func TestGermanAuthorBox(t *testing.T) {
	var pages []auditPage
	for _, path := range []string{"/autorin/jana-roth/", "/auteur/jeanne-roth/"} {
		pages = append(pages, auditPage{
			name: "author box linking " + path,
			doc: `<html lang="de"><body><nav><a href="/">Start</a> <a href="/garten">Garten</a></nav><article><h1>Tomaten im Kübel</h1><div>
<p>Dieses Jahr habe ich meine Tomaten zum ersten Mal im Kübel auf dem Balkon gezogen, und die Ernte war größer als in allen Jahren im Beet davor.</p>
<p>Wichtig ist ein großer Topf mit mindestens zwanzig Litern Erde, ein sonniger Platz und regelmäßiges Gießen, an heißen Tagen auch zweimal.</p>
<p>Im nächsten Jahr will ich es mit Paprika und Gurken versuchen, die brauchen ähnlich viel Sonne und Wasser wie die Tomaten.</p>
<div><img src="/jana.jpg" width="96" height="96" alt=""><h4><a href="` + path + `">Jana Roth</a></h4>
<p>Ich bin Lehrerin, Mutter von zwei Kindern und gärtnere seit zehn Jahren auf einem kleinen Balkon mitten in der Stadt.</p></div></div></article>
<footer><a href="/impressum">Impressum</a></footer></body></html>`,
			want:    []string{"zum ersten Mal im Kübel", "Paprika und Gurken"},
			wantNot: []string{"Ich bin Lehrerin", "Jana Roth"},
		})
	}
	runAudit(t, pages)
}

// TestGermanCountedCommentTitles: a German theme's comment thread heading
// "3 Antworten auf „Titel“" (as "3 responses to “Title”";
// countedCommentTitles), and "2 Reaktionen auf ..."; without a count the
// words head a section of the article ("Antworten auf die Krise").
func TestGermanCountedCommentTitles(t *testing.T) {
	for _, tt := range []struct {
		l    string
		want bool
	}{
		{"3 responses to “tomaten im kübel”", true},
		{"3 antworten auf „tomaten im kübel“", true},
		{"2 reaktionen auf „tomaten im kübel“", true},
		{"antworten auf die krise", false},
	} {
		if got := commentsHeadingText(tt.l, atom.H3); got != tt.want {
			t.Errorf("commentsHeadingText(%q) = %v, want %v", tt.l, got, tt.want)
		}
	}
}

// TestGermanPrices: a price set the German or French way, with a no-break
// space before the euro sign and a footnote's asterisk after it, is a
// price (price), and a German brand page's slider of products priced so
// goes as the English one priced in dollars does (productCarousel).
func TestGermanPrices(t *testing.T) {
	for s, want := range map[string]bool{"29,95\u00a0€": true, "29,95 €*": true, "1.299,00\u00a0€ *": true, "€\u00a029,95": true,
		"29,95\u202f€": true, "2024\u00a0*": false, "*": false} {
		if got := price(s); got != want {
			t.Errorf("price(%q) = %v, want %v", s, got, want)
		}
	}
	doc := regexp.MustCompile(`\$(\d+)\.(\d\d)`).ReplaceAllString(carouselDoc(), "$1,$2&nbsp;€*")
	if !strings.Contains(doc, "14,00&nbsp;€*") {
		t.Fatal("no German price in the page")
	}
	checkCarousel(t, doc)
}

// TestGermanReadMoreCards: a run of teasers under a German story inside
// its block, each ending in its link "Hier weiterlesen", "Artikel
// weiterlesen" or "Den ganzen Artikel lesen" (endsInReadMore,
// readMoreLabels, which held "Weiterlesen" and "Ganzen Artikel lesen"),
// in markup whose classes do not name them.
func TestGermanReadMoreCards(t *testing.T) {
	para := deNews("Der Bürgermeister", 0)
	var pages []auditPage
	for _, label := range []string{"Hier weiterlesen", "Artikel weiterlesen", "Den ganzen Artikel lesen", "Zum vollständigen Artikel"} {
		var cards strings.Builder
		for i := range 4 {
			fmt.Fprintf(&cards, `<div class="karte"><h3>Weitere Meldung %d zum Haushalt</h3><p>Der Kämmerer legte einen ausgeglichenen Haushalt vor, doch die Opposition hält die höheren Gebühren für die Bürger für zu hoch, Nummer %d. <a href="/nachrichten/%d">%s</a></p></div>`, i, i, i, label)
		}
		pages = append(pages, auditPage{
			name: "teasers ending in " + label,
			doc: `<html lang="de"><head><title>Hallenbad bleibt</title></head><body><div class="kopf"><a href="/">Dorfzeitung</a></div><div class="mitte"><div class="meldung"><h1>Hallenbad bleibt</h1><p>` +
				para + `</p><p>` + para + ` Zwei.</p><p>` + para + ` Drei.</p><div class="mehr">` + cards.String() + `</div></div></div></body></html>`,
			want:    []string{para + " Drei."},
			wantNot: []string{"ausgeglichenen Haushalt"},
		})
	}
	runAudit(t, pages)
}
