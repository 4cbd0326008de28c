package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Subscribe to our newsletter for the latest news.", true},
		// A help page's feedback prompt, a broadcaster's programme
		// note, a portal's and a health site's disclaimers.
		{"Is this page useful?", true},
		{"War diese Seite hilfreich?", true},
		{"Dieses Thema im Programm:", true},
		{"Diese Pressemitteilung wurde auf einem Portal veröffentlicht. Für den Inhalt ist allein der Verfasser verantwortlich.", true},
		{"The issuer is solely responsible for the content of this announcement.", true},
		{"Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine Hinweise und darf nicht zur Selbstdiagnose oder -behandlung verwendet werden.", true},
		{"Hausmittel ersetzen bei hohem Fieber keinen Arztbesuch, sagt die Ärztin.", false},
		{"Is this page useful for parents of young children, the council asked in its survey.", false},
		{"Get the latest headlines in your inbox. Sign up for our daily newsletter.", true},
		{"Reporting by Jane Doe; Editing by John Smith", true},
		{"Copyright © 2024 Example Media. All rights reserved.", true},
		{"5 min read", true},
		{"Tempo de leitura: 2 minutos", true},
		{"12 Comments", true},
		{"Published: 22 Oct 2010 at 20:13", true},
		// A sentence of the text that names a date is no date line.
		{"The race will start in September 2013.", false},
		{"Der Umbau soll im März 2025 beginnen.", false},
		{"Updated Nov. 5, 2012.", true},
		// datedTitle: a title or a citation naming a date is text; a
		// stamp with a byline, a clock or a separator is not.
		{"Garden Radio Show – March 4, 2021 Part 2", false},
		{"Retiring the old ledger format in October 2024", false},
		{"Anna Weber, The Riverside Courier, June 9, 2021", false},
		{"Posted by Anna Weber on June 9, 2021", true},
		{"Tuesday, June 8, 2021 | 3 Comments", true},
		{"Weekly notes from the garden, June 9, 2021 at 9:15", true},
		{"Veröffentlicht von Anna Weber im Oktober 2024", true},
		{"기사입력 :[ 2018-08-25 15:24 ]", true},
		{"Mr. Smith paid 2.5 million in 2019.", false},
		{"— Jane Doe (@janedoe) November 18, 2019", false}, // a tweet's attribution
		{"(Graphic: Global assets in 2019 - here)", false},
		{"Filed under: Politics | Elections", true},
		// A comment section's links, labels and house rules, and a
		// post's notes line with its comment count (toolSegment).
		{"Jump to comments", true},
		{"TrackBack", true},
		{"Zu den Kommentaren", true},
		{"Please keep comments civil and on topic. We reserve the right to remove comments that break these rules.", true},
		{"Kommentare werden moderiert und erscheinen nicht sofort.", true},
		{"Gardening | Comments (4)", true},
		{"38 comments | Add comment | recs |", true},
		{"Politik | 3 Kommentare", true},
		{"240 hits · Print article · Send to friend", true},
		{"Gardening | Videos | Log in", true},
		{"Artikel drucken | Artikel versenden", true},
		{"Price per kilo · Print run of the season", false},
		{"Readers left comments on the town's page | the mayor answered none of them.", false},
		{"Please keep the comments you send us short, the editor wrote.", false},
		// A related-posts plugin's empty line, a prompt to read more of
		// the blog, and the author's bio opened by its label.
		{"No related posts.", true},
		{"Keine ähnlichen Beiträge gefunden.", true},
		{"If you enjoyed this post, check out these:", true},
		{"Wenn dir dieser Beitrag gefallen hat, lies auch diese:", true},
		{"About the author: Jane Roe writes about gardens and small towns for several magazines.", true},
		{"Über die Autorin: Erika Muster schreibt über Gärten und kleine Städte.", true},
		{"About the author's new novel, the critics could not agree.", false},
		// A newsletter platform's paywall under a post's teaser.
		{"Become a paid subscriber to The Garden Letter to unlock this piece and learn about:", true},
		{"Werden Sie zahlender Abonnent, um diesen Artikel freizuschalten.", true},
		{"She became a paid subscriber of three papers last year.", false},
		// A blogger's profile links (profileLink).
		{"Twitter: @gardenjane", true},
		{"Facebook Fan Page: www.facebook.com/gardenjane", true},
		{"Instagram: @erikamuster", true},
		{"Twitter: the company said the outage lasted two hours.", false},
		// Share and social prompts: visit/find us on networks, a share
		// bar's Pinterest button, a comment form's prompt.
		{"Visit the Garden Society on Facebook, Flickr, YouTube and Twitter", true},
		{"Besuchen Sie uns auf Facebook und Instagram", true},
		{"Visit the old mill on Sundays, when the bakery opens.", false},
		{"Pin It", true},
		{"Share your thoughts", true},
		{"Ihre Meinung ist gefragt", true},
		// A site's disclaimers of its writers' views and of financial
		// advice, and sentences of the text that come near them.
		{"Opinions expressed here are not necessarily those of the Garden Society.", true},
		{"Die Leserbriefe geben nicht unbedingt die Meinung der Redaktion wieder.", true},
		{"You should always seek independent financial advice before you act on anything you read here.", true},
		{"Dieser Artikel stellt keine Anlageberatung dar.", true},
		{"The mayor said the survey's numbers were not those of the council.", false},
		{"The bank stopped offering financial advice to walk-in customers in 2019.", false},
		// A landing page's call to start (callToAction).
		{"Ready to plan your garden? Get started today.", true},
		{"Bereit für den neuen Garten? Jetzt loslegen!", true},
		{"Get started today was the slogan of the campaign, the agency said.", false},
		// A newspaper's note on the story's print edition, and a
		// sentence that speaks of another version of an article.
		{"A version of this article appeared in print on March 12, 2024, on page A7 of the City edition with the headline: Council Agrees Plan for the Bridge.", true},
		{"A version of this article appears in print on 03/12/2024, on page B2 of the City edition.", true},
		{"A version of this article appeared March 12, 2024, on page B3 in the U.S. edition of The Daily Ledger, with the headline: Council Agrees Plan.", true},
		{"A version of this article, the mayor said, had been shown to the council before the vote.", false},
		// A WordPress theme's filing note under the post, short and
		// long, and in German.
		{"This entry was posted in Town news. Bookmark the permalink.", true},
		{"This entry was posted on Tuesday, March 12th, 2024 at 9:41 am and is filed under Town news, Council, Bridges and Roads, Schools. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.", true},
		{"Dieser Eintrag wurde veröffentlicht in Allgemein. Setze ein Lesezeichen auf den Permalink.", true},
		// A blog's links to the posts around this one.
		{"« Council agrees plan for the bridge | Main | Five questions for the mayor »", true},
		{"« Council agrees plan for the bridge | Main", true},
		{"Main | Five questions for the mayor »", true},
		{"Previous post: Council agrees plan for the bridge", true},
		{"Follow us!", true},
		{"Write comment", true},
		{"The main | the only road into town was closed, he said.", false},
		// A site's prompts to follow it on social networks; an author's
		// line with a handle, and a sentence on networks, are the text.
		{"Follow Town News from Harbour Daily on Twitter and Facebook", true},
		{"Like The Harbour Post on Facebook. Follow us on Twitter.", true},
		{"Follow the Gazette on Facebook, X, Instagram, YouTube and TikTok", true},
		{"Follow Jane Roe on Twitter and Facebook: @janeroe", false},
		{"Follow Jane Roe on Twitter: @janeroe", false},
		{"Like many teenagers, she spends hours on Instagram and TikTok.", false},
		{"Like many teenagers on Instagram and TikTok, Maya posts a video of her robotics team every day.", false},
		{"Like other stars on Twitter and Facebook, Quell asked his fans for patience.", false},
		{"Follow the money on Facebook and Google, and you find the whole ad market.", false},
		// A site's prompt to follow it on one network or news app, alone
		// or after a short question (siteFollowPrompt).
		{"Sie möchten keine Nachrichten verpassen? Folgen Sie uns bei Google News.", true},
		{"Never miss a story? Follow us on Google News", true},
		{"Follow us on Instagram!", true},
		{"Wo liegt der Hafen? Folgen Sie uns bei der Rundfahrt, die um neun beginnt.", false},
		{"Why did the ferry stop? Follow us on Facebook for the answer in tomorrow's edition of the Harbour Post.", false},
		// A German paper's offer of the article's rights (rightsLine).
		{"Quelle: Harbour-Zeitung · Hier können Sie die Rechte an diesem Artikel erwerben", true},
		{"Der Verlag sagte, man werde die Rechte an diesem Artikel erwerben lassen, wenn der Autor zustimme, und prüfe das.", false},
		// A site's office address with its numbers (officeAddressLine).
		{"The Harbour Post 12 Quay Street, Suite 4 Harbourtown 20006 | 555-628-8500 tel | 555-628-8503 fax", true},
		{"Tickets cost $20 | call 555-628-8500 for the box office, the mayor said.", false},
		{"→ Learn more", true},
		{"Learn more about the ferry", false},
		// What a form says once sent, with its check mark or not.
		{"✅ Thank you for completing the survey!", true},
		{"Thanks for signing up! Check your inbox to confirm.", true},
		{"Thank you for reading, and see you at the harbour.", false},
		// A prompt to sign up for alerts by text message.
		{"Text HARBOUR to 62263 to sign up for ferry alerts to your mobile phone.", true},
		{"Text messages to 911 reached the harbour office within minutes.", false},
		// A post's line of notes with a part that files it.
		{"Published: March 12th, 2024 | Tags: Ferries, Harbour, Council", true},
		{"By Jane Roe | March 12, 2024 | Filed under: Town news", true},
		{"Ferries | Harbour | Council: the week in three words, the mayor said.", false},
		{"Posted by Jane | View all posts by Jane", true},
		// A site's disclaimer of the pages it links to.
		{"The Harbour Post is not responsible for the content of external Internet sites", true},
		{"The council is not responsible for the ferry's timetable, the mayor said.", false},
		// Forum software's notes on a post.
		{"Last edited by ferryfan on Tue Mar 12, 2024 9:41 pm, edited 2 times in total.", true},
		{"Last edited:", true},
		{"Edited March 12 by ferryfan (see edit history)", true},
		{"Create an account or sign in to comment", true},
		{"Reply with quote", true},
		{"Quote:", true},
		{"Last edited in 1998, the dictionary lists the word with two spellings.", false},
		{"Follow me on Twitter. Subscribe to new posts via RSS or email.", true},
		{"Explore related topics: council, bridge, budget", true},
		{"Do you like this story?", true},
		{"Follow Me on Pinterest", true},
		{"Follow me on this one, the coach told his players at halftime.", false},
		{"Do you like this city? Most residents do, the survey found.", false},
		{"Explore related topics with the museum's guides, who lead tours every hour.", false},
		{"The council's entry was posted to the wrong address, the clerk said, so the bid came in late.", false},
		{"The newsletter industry grew by 20% last year, analysts said, as readers sought curated content.", false},
		{"The mayor said she would subscribe to the plan if the council agreed to fund it.", false},
		{"________", true},
		// Other languages' boilerplate (most of trafilatura's evaluation
		// pages are German).
		{"Das könnte Sie auch interessieren", true},
		{"inkl. MwSt. zzgl. Versandkosten", true},
		{"Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. Versandkosten und ggf. Nachnahmegebühren, wenn nicht anders beschrieben", true},
		{"Tax included. Shipping calculated at checkout.", true},
		{"Inklusive der Mehrwertsteuer stiegen die Preise im März um drei Prozent, teilte das Amt mit.", false},
		{"Including VAT, the bill for the new rail line rose to £2.1bn, the ministry said.", false},
		{"Incl. VAT, plus shipping", true},
		{"Foto: picture alliance/dpa", true},
		{"Lesedauer: 3 Min.", true},
		{"Veröffentlicht am 14. März 2024", true},
		{"Teilen", true},
		{"Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", true},
		{"Lire la suite", true},
		{"Noticias relacionadas", true},
		{"Anzeige", true},
		{"Auch interessant ist, dass der Rat die Kosten nicht genannt hat.", false},
		{"Alle akzeptieren", true},
		// Newsletter prompts and affiliate notes in German, French,
		// Spanish and Italian; the same words in the story stay.
		{"Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten.", true},
		{"Inscrivez-vous à notre newsletter pour ne rien manquer.", true},
		{"Suscríbete a nuestra newsletter y recibe las noticias cada mañana.", true},
		{"Iscriviti alla nostra newsletter per ricevere le notizie del giorno.", true},
		{"Dieser Artikel enthält Affiliate-Links. Wenn Sie darüber kaufen, erhalten wir eine Provision.", true},
		{"Cet article contient des liens affiliés : nous touchons une commission sur vos achats.", true},
		{"Este artículo contiene enlaces de afiliados.", true},
		{"Questo articolo contiene link di affiliazione.", true},
		{"Der Newsletter des Vereins erscheint seit 1990 viermal im Jahr und hat 3000 Leser.", false},
		{"Die Provision des Maklers ist seit 2020 gesetzlich geregelt, sagte die Ministerin.", false},
		{"Hast du das Rezept ausprobiert? Bewerte es jetzt!", true},
		{"Bildquelle: picture alliance", true},
		{"Symbolbild: Ein Zug im Hauptbahnhof", true},
		{"Jetzt weiterlesen mit Z+", true},
		{"Hier klicken, um den Inhalt anzuzeigen", true},
		{"Cliquez ici pour voir la vidéo", true},
		{"Mehr erfahren", true},
		{"En savoir plus", true},
		{"Más información", true},
		{"Scopri di più", true},
		{"Avez-vous testé cette recette ? Laissez un commentaire.", true},
		{"¿Has probado esta receta? Cuéntanos.", true},
		{"Hai provato questa ricetta? Lascia un voto.", true},
		{"Zum Rezept gehört ein Klecks Sahne, sagt die Köchin.", false},
		// The German twins of the English rules above (extract/v16):
		// social and follow prompts, share and like buttons, agency and
		// picture credits, filing labels, the posts around this one,
		// comment prompts, ad breaks; the same words in the story stay.
		{"Folgen Sie uns auf Facebook und Instagram!", true},
		{"Folgen Sie der Harbour Post auf Facebook und Instagram", true},
		{"Folgt uns bei Instagram und TikTok", true},
		{"Folge mir auf Instagram", true},
		{"Folgen Sie der Spur des Geldes auf Facebook und Google, dann verstehen Sie den Werbemarkt.", false},
		{"Folge mir auf den Spuren der Römer durch die Stadt, sagte die Führerin.", false},
		{"Diesen Artikel teilen", true},
		{"Teilen mit:", true},
		{"Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)", true},
		{"Gefällt mir Wird geladen …", true},
		{"Mit Material von dpa und AFP", true},
		{"Mit Material der Nachrichtenagenturen wurde der Bericht ergänzt, sagte die Redaktion.", true},
		{"picture alliance / dpa | Max Muster", true},
		{"Schlagwörter: Rat, Brücke, Haushalt", true},
		{"Veröffentlicht unter Allgemein | Verschlagwortet mit Garten", true},
		{"Vorheriger Beitrag: Der Garten im März", true},
		{"Vorherige Beiträge der Reihe erschienen im Januar und Februar.", false},
		{"Schreibe einen Kommentar", true},
		{"Antworten", true},
		{"Zum Inhalt springen", true},
		{"Weiter nach der Anzeige", true},
		{"Dieser Beitrag enthält Werbung für die Bäckerei, die ich seit Jahren besuche.", true},
		{"Für die Inhalte externer Links übernehmen wir keine Haftung.", true},
		{"Hier geht's zum Rezept", true},
		{"Hier geht es zu weit, sagte der Trainer nach dem Spiel.", false},
		{"Mehr:", true},
		// A product box's buttons.
		{"Jetzt bei Amazon kaufen", true},
		{"Check price on Amazon", true},
		{"Zum Angebot »", true},
		// A sponsor's disclosure goes; the author's own disclosure of
		// ties is the text.
		{"Disclosure: This post is sponsored by Harbour Ferries.", true},
		{"Dieser Beitrag entstand in freundlicher Zusammenarbeit mit der Gärtnerei Muster.", true},
		{"Disclosure: I am on the board of advisors of the harbour trust.", false},
		// A label before an address shown as text cites a source.
		{"More: http://idea-mag.com", false},
		{"Mehr: https://www.example.de/garten", false},
		{"More: Five things to know about the ferry", true},
		{"Lies auch: Der Garten im Februar", true},
		// A player's prompt to listen to the article.
		{"Listen to this article · 5 min", true},
		{"Artikel anhören", true},
		{"Vorlesen", true},
		// French, Spanish and Italian twins.
		{"Suivez-nous sur Facebook et Instagram", true},
		{"(Avec AFP)", true},
		{"Con información de EFE y Reuters", true},
		{"Article précédent : Le conseil adopte le budget", true},
		{"Publié dans Actualités | Étiquettes : budget, pont", true},
		{"Articolo successivo", true},
		{"La suite après la publicité", true},
		{"Publicado en 2019, el informe ya advertía del riesgo, dijo la ministra.", false},
		{"Hat dir der Beitrag gefallen?", true},
		{"Hat Ihnen dieser Artikel gefallen?", true},
		{"Gefällt dir das Rezept?", true},
		{"Hat Ihnen der Bürgermeister geantwortet?", false},
		{"✅", true}, // a check mark alone: no word character (and no panic on what is left)
		{"Siehe auch: Haushalt 2024", true},
		{"Lies mehr über den Garten", true},
		{"Liesel Auchter sagte, der Plan sei zu teuer.", false},
		{"Abonnieren Kommentare zum Post (Atom)", true},
		// Cookie notices as German and English sites word them.
		{"Diese Website benutzt Cookies, die für den technischen Betrieb der Website erforderlich sind.", true},
		{"Wir verwenden auf unserer Website Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.", true},
		{"We use cookies to improve your experience on our site.", true},
		{"Wir setzen Cookies ein, um die Nutzung der Seite zu analysieren.", true},
		{"Wir setzen auf Zusammenarbeit statt Wettbewerb, sagte die Bürgermeisterin.", false},
		// A view counter alone (Joomla's "Hits", "Zugriffe").
		{"Zugriffe: 1234", true},
		{"Hits: 1234", true},
		{"1.234 Aufrufe", true},
		{"Views: 12 million", false},
		{"Subscribe to: Post Comments (Atom)", true},
		// A shop's tax and shipping notes however the rate is written.
		{"inkl. 19 % MwSt.", true},
		{"zzgl. Versandkosten", true},
		{"incl. 20% VAT", true},
		{"excl. shipping", true},
		{"Es gibt noch keine Bewertungen.", true},
		{"There are no reviews yet.", true},
		{"Inkl. aller Extras kostet das Modell 40.000 Euro, sagte der Händler.", false},
		{"Mehr Geld für Schulen: Der Rat hat den Haushalt am Dienstag beschlossen.", false},
		// A paragraph of text that opens with such a word, and a long
		// teaser that is mostly a link.
		{"RELATED: The group's endorsed candidates did not fare well on Tuesday. Aside from incumbents who were never in danger, most of them lost their races, some by wide margins, and the group's director said it would review how it picks candidates.", false},
		{"Disclosure: I have worked with both of them on many projects and I pay them when they help me. I mention them in this post because I want to show how two small firms with different skills can help a shop like mine sell online.", false},
		// A label word that only begins a longer word is the article's.
		{"Werbungskosten können Arbeitnehmer auch 2024 von der Steuer absetzen.", false},
		{"Anzeigen gegen den Bürgermeister wurden am Montag eingestellt.", false},
		{"Copyrighted songs were played at the rally, the campaign said.", false},
	}
	for _, tt := range tests {
		if got := isBoilerplate(paragraph{text: tt.text}); got != tt.want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// A line linking to a gallery of another story; a picture credit so
	// opened, not a link, stays.
	gallery := "Photos: Ferry crossings through the years"
	if !isBoilerplate(paragraph{text: gallery, link: len(gallery) - len("Photos: ")}) {
		t.Errorf("isBoilerplate(%q) = false for a gallery's link", gallery)
	}
	if credit := "Photos: Courtesy of the Harbour Museum"; isBoilerplate(paragraph{text: credit}) {
		t.Errorf("isBoilerplate(%q) = true for a credit", credit)
	}
	// A long teaser that opens like boilerplate and is mostly a link.
	teaser := "Read more: The council's long debate over the bridge, the schools and the budget, and what the new plan means for the city's residents, its businesses and its finances in the years to come, all explained here."
	if !isBoilerplate(paragraph{text: teaser, link: len(teaser) - len("Read more: ")}) {
		t.Errorf("isBoilerplate(%q) = false for a linked teaser", teaser)
	}
}

func TestFilterParagraphs(t *testing.T) {
	ex := &extractor{title: norm("Storm hits coast")}
	in := []paragraph{
		{text: "Storm hits coast"}, // a headline or byline set as a paragraph stays (the news benchmark's truth alone leaves it out)
		{text: "By Jane Doe"},
		{text: "The storm reached the coast on Monday, the weather service said."},
		{text: "Get it at Example Store for $10", link: 31}, // a lone link amid text stays
		{text: "Residents were evacuated from low-lying areas overnight."},
		{text: "STORM WATCH: SEE THE RADAR", link: 26},                   // a lone link in capitals goes
		{text: "[button link=\"/x\"]Send us your photos[/button] today"}, // shortcodes go, text stays
		{text: "You may also like..."},
		{text: "Five things to know about storms", link: 32}, // a run of teaser links goes
		{text: "How to prepare your home", link: 24},
	}
	var got []string
	for _, p := range ex.filterParagraphs(in) {
		got = append(got, p.text)
	}
	want := []string{
		"Storm hits coast",
		"By Jane Doe",
		"The storm reached the coast on Monday, the weather service said.",
		"Get it at Example Store for $10",
		"Residents were evacuated from low-lying areas overnight.",
		"Send us your photos today",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestStripShortcodes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`[button link="/x" type="big"]Send us your photos[/button] today`, "Send us your photos today"},
		{"[vc_row][vc_column]The storm hit.[/vc_column][/vc_row]", "The storm hit."},
		{"[caption]A boat[/caption] sank.", "A boat sank."},
		// Brackets of words are an editor's insertions, a config section.
		{"“If this [deal] is going to happen, it will be [because of] them,” he said.", "“If this [deal] is going to happen, it will be [because of] them,” he said."},
		{"They said it was [sic] unacceptable.", "They said it was [sic] unacceptable."},
		{"[extensions] rebase =", "[extensions] rebase ="},
	}
	for _, tt := range tests {
		if got := clean(stripShortcodes(tt.in)); got != tt.want {
			t.Errorf("stripShortcodes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTeaserHeadings: a short heading that opens a block of teasers, in
// English or another language, goes with the linked lines after it.
func TestTeaserHeadings(t *testing.T) {
	for _, h := range []string{"Recent Posts", "Ähnliche Beiträge", "Zum Thema", "Empfehlungen der Redaktion",
		"Dans la même rubrique", "Más noticias"} {
		ex := &extractor{}
		in := []paragraph{
			{text: "The storm reached the coast on Monday, the weather service said."},
			{text: h},
			{text: "Five things to know about storms", link: 32},
		}
		got := ex.filterParagraphs(in)
		if len(got) != 1 {
			t.Errorf("%s: kept %d paragraphs, want 1", h, len(got))
		}
	}
}

// TestListingOnlyInLastAttempt: a text that is mostly a long run of link
// lines is kept as a listing's only in the last, most lenient attempt; the
// stricter ones drop the run (a most-read box they chose must not end the
// attempts before the article is found).
func TestListingOnlyInLastAttempt(t *testing.T) {
	var in []paragraph
	for i := range 16 {
		l := fmt.Sprintf("Startup %d (YC W21) Is Hiring Engineers", i)
		in = append(in, paragraph{text: l, link: len(l)})
	}
	for _, tt := range []struct {
		flags int
		want  int
	}{
		{flagStripUnlikely | flagWeightClasses | flagCleanConditionally, 0},
		{flagCleanConditionally, 0},
		{0, 16},
	} {
		ex := &extractor{flags: tt.flags}
		if got := len(ex.filterParagraphs(append([]paragraph(nil), in...))); got != tt.want {
			t.Errorf("flags %b: %d link lines kept, want %d", tt.flags, got, tt.want)
		}
	}
}

// TestSidebarWidgetsInAListing: the last attempt's text of a blog post
// that is a few linked lines, read with the page's sidebar, is a listing
// by its run of link lines; the post's lines stay, and the blogroll's,
// the archives' and the categories' go with their headings.
func TestSidebarWidgetsInAListing(t *testing.T) {
	link := func(s string) paragraph { return paragraph{text: s, link: len(s)} }
	in := []paragraph{
		{text: "Reading for a stormy week"},
		link("Storm forces hospital evacuation"),
		link("Doubts about paying for performance"),
		link("Code Monkey Unplugged."),
		{text: "Plus, Ray at the other blog makes his debut.", link: 10},
		{text: "Blogroll"},
	}
	for i := range 16 {
		in = append(in, link(fmt.Sprintf("Friendly Blog %d", i)))
	}
	in = append(in, paragraph{text: "Archives"})
	for i := range 6 {
		in = append(in, link(fmt.Sprintf("May 200%d", i)))
	}
	in = append(in, paragraph{text: "Kategorien"}, link("Krankenhäuser"), link("Versicherung"))
	var got []string
	for _, p := range (&extractor{}).filterParagraphs(in) {
		got = append(got, p.text)
	}
	want := []string{"Reading for a stormy week", "Storm forces hospital evacuation", "Doubts about paying for performance",
		"Code Monkey Unplugged.", "Plus, Ray at the other blog makes his debut."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestDanglingIntro: a line closing the text that introduces more stories
// whose links were left out introduces nothing; such a line amid the
// text, with what it introduces after it, stays.
func TestDanglingIntro(t *testing.T) {
	ex := &extractor{}
	in := []paragraph{
		{text: "The council agreed the plan on Tuesday after a long debate."},
		{text: "More content from HarbourPost.com:"},
		{text: "Ferry fares rise again", link: len("Ferry fares rise again")},
		{text: "New bridge opens", link: len("New bridge opens")},
	}
	out := ex.filterParagraphs(in)
	if len(out) != 1 || out[0].text != in[0].text {
		t.Errorf("filterParagraphs kept %+v, want the first paragraph only", out)
	}
	in = []paragraph{
		{text: "The council agreed the plan on Tuesday after a long debate."},
		{text: "Also on the Harbour Post:"},
	}
	if out := ex.filterParagraphs(in); len(out) != 1 {
		t.Errorf("filterParagraphs kept %+v, want the first paragraph only", out)
	}
	in = []paragraph{
		{text: "The council agreed the plan on Tuesday after a long debate."},
		{text: "More changes are planned:"},
		{text: "The ferry will run every hour from May, and the bridge will close at night for repairs."},
	}
	if out := ex.filterParagraphs(in); len(out) != 3 {
		t.Errorf("filterParagraphs kept %+v, want all three", out)
	}
}

// TestGermanChrome reads a made-up German WordPress post whose chrome is
// worded as German themes and plugins word it (Jetpack's share and like
// buttons, the filing line, the post navigation, an advertising note, a
// follow prompt): the English rules' German twins leave it out, and the
// story's sentence that opens like a follow prompt stays.
func TestGermanChrome(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "german-blog-chrome.html"))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://example.com/2024/03/gemuesegarten")
	a, err := FromReader(bytes.NewReader(raw), u, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Im März beginnt", "Tomaten und Paprika", "Folgen Sie der Spur der Schnecken"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
	for _, w := range []string{"enthält Werbung", "Hier geht's", "Folge mir", "Folgen Sie uns", "Teilen mit", "Klick, um",
		"Gefällt mir", "Veröffentlicht unter", "Vorheriger Beitrag", "Beitragsnavigation", "Schreibe einen Kommentar",
		"externer Links", "Zum Inhalt"} {
		if strings.Contains(a.Text, w) {
			t.Errorf("text holds %q:\n%s", w, a.Text)
		}
	}
}

// TestJoomlaArticleInfo reads a made-up German Joomla article: its
// article information (Details, the author, category, date and view
// counter, in a <dl class="article-info">) and its pager stay out, and a
// sentence of the text that opens like the counter's label stays.
func TestJoomlaArticleInfo(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "german-joomla.html"))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://example.com/aktuelles/sommerfest")
	a, err := FromReader(bytes.NewReader(raw), u, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Am Samstag feierte", "Hallenbeleuchtung", "Zugriffe auf die Halle"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
	for _, w := range []string{"Details", "Geschrieben von", "Zugriffe: 1234", "Zurück"} {
		if strings.Contains(a.Text, w) {
			t.Errorf("text holds %q:\n%s", w, a.Text)
		}
	}
}

// TestShopTeaserHeadings: a shop's block of other products under its
// heading ("Kunden kauften auch", "Customers also bought") goes with its
// heading, as a news page's "Related stories" does.
func TestShopTeaserHeadings(t *testing.T) {
	ex := &extractor{}
	for _, h := range []string{"Kunden kauften auch", "Customers also bought", "Ähnliche Produkte", "Zuletzt angesehen"} {
		in := []paragraph{
			{text: "Jeder Becher wird in unserer Werkstatt in Leipzig von Hand gedreht und ist deshalb ein Unikat."},
			{text: "Die Glasur ist frei von Blei und Cadmium, der Becher eignet sich für Kaffee, Tee und Kakao."},
			{text: h},
			{text: "Teller Weiß 24,90 €", link: len("Teller Weiß")},
			{text: "Schale Blau 14,90 €", link: len("Schale Blau")},
		}
		if out := ex.filterParagraphs(in); len(out) != 2 {
			t.Errorf("%s: filterParagraphs kept %+v, want the first two paragraphs", h, out)
		}
	}
}

// TestAnnotatedLink: a blog's list item of a link and the blogger's note
// after a dash is the post's; a teaser's title alone, or with a date, is
// not.
func TestAnnotatedLink(t *testing.T) {
	item := func(link, rest string) paragraph {
		return paragraph{text: link + rest, link: len(link), item: true}
	}
	for _, c := range []struct {
		p    paragraph
		want bool
	}{
		{item("Der Hafen im Winter", " – ein ruhiger Text über Fähren, sehr schön."), true},
		{item("The harbour in winter", " - a quiet piece on the ferries, well worth it."), true},
		{item("Der Hafen im Winter", " – 12. März 2024"), false},
		{item("Der Hafen im Winter", ""), false},
		{paragraph{text: "Der Hafen im Winter – ein ruhiger Text über Fähren.", link: 19}, false}, // no list item
	} {
		if got := annotatedLink(c.p); got != c.want {
			t.Errorf("annotatedLink(%q) = %v, want %v", c.p.text, got, c.want)
		}
	}
}

// TestPromptListGoesWithPrompt: a paywall's prompt to subscribe that
// introduces a list of what the rest of the piece holds takes the list
// with it (promptList); a list the article itself introduces stays.
func TestPromptListGoesWithPrompt(t *testing.T) {
	page := `<article><h1>Planning a quarter in two days</h1><p>` + para("The planners") + `</p>` +
		`<p>We keep three lists for every plan:</p><ul><li>Goals that a team owns outright</li><li>Risks we can name in advance</li><li>Dates that cannot move</li></ul>` +
		`<p>` + para("The schedule") + `</p>` +
		`<p><strong>Become a paid subscriber to Ledger Notes to unlock this piece and learn about:</strong></p>` +
		`<ul><li>The template that starts every plan half done</li><li>Why a recorded walk beats a blank page</li><li>What an outside reviewer spots first</li></ul></article>`
	a, err := FromReader(strings.NewReader("<html><head><title>Planning a quarter in two days</title></head><body>"+page+"</body></html>"), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Goals that a team owns outright", "Dates that cannot move", "The schedule"},
		[]string{"paid subscriber", "The template that starts every plan", "What an outside reviewer spots first"})
}

// TestScriptNotices: the notices a page keeps for readers without scripts
// (a player's "requires JavaScript and Adobe Flash to play", a slider's
// line that ends "Please enable JavaScript to view."), read as plain
// paragraphs where the page is served from its <noscript> copy, stay out
// of the text (scriptNotice); a paragraph of the story that speaks of
// JavaScript stays in.
func TestScriptNotices(t *testing.T) {
	checkGazettePage(t, "Harbour web site", `<div class="body"><p>`+para("Alpha")+`</p>
		<div class="warning"><p>Video requires JavaScript and Adobe Flash to play.</p>
		<p>This story contains a video that requires your computer to have Adobe Flash and JavaScript enabled.</p></div>
		<p>`+para("Bravo")+`</p>
		<p>Slider made with Kilo Slides, a free slider builder for WordPress. Please enable JavaScript to view.</p>
		<p>Lima said the new site needs JavaScript only for its map of the berths, and that the timetable, the fees and the news all load without it.</p></div>`,
		[]string{"Alpha said", "Bravo said", "needs JavaScript only"}, []string{"to play", "Adobe Flash", "Kilo Slides"})
}

// TestCodeBrackets: words in brackets in a code listing are the
// program's (a Rust attribute, an index, a config section), not a page
// builder's shortcodes left in the text.
func TestCodeBrackets(t *testing.T) {
	doc := `<html><head><title>Writing a plugin entry point</title></head><body>
<main><article><h1>Writing a plugin entry point</h1>
<p>Every plugin the host loads needs one function it can find by name, so the compiler must be told to leave that name alone when it builds the library.</p>
<p>The attribute below does that, and the function returns the plugin's table of callbacks, which the host keeps for as long as the plugin stays loaded.</p>
<pre><code>#[no_mangle]
pub fn plugin_entry() -> Table {
    let t = Table::new();
    t[slot_id] = 1;
    t
}</code></pre>
<p>The host then reads the table once, checks its version field against its own, and refuses to load a plugin built for an older host.</p>
</article></main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"#[no_mangle]", "t[slot_id] = 1;"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("the listing lost %q:\n%s", want, a.Text)
		}
	}
}

// TestReadOurFullReview: a roundup's line sending the reader to the
// full review of each pick ("Read our full Acme review") is an
// invitation elsewhere, as "Read more" is, and is left out; the picks'
// text stays.
func TestReadOurFullReview(t *testing.T) {
	var b strings.Builder
	for _, name := range []string{"Acme Stream", "Birch TV", "Cobalt Live"} {
		fmt.Fprintf(&b, `<h2>%s</h2><p>%s carries the local channels in most cities, keeps recordings for nine months and lets three people watch at once on one plan.</p>
<p><a href="/reviews/%s">Read our full %s review</a></p>`, name, name, strings.ToLower(strings.ReplaceAll(name, " ", "-")), name)
	}
	doc := `<html><head><title>The best live TV services</title></head><body><main><article><h1>The best live TV services</h1>
<p>We tested each service for a month on the same television, phone and laptop, and ranked them by price, channels and how easy they are to use.</p>` + b.String() + `
</article></main></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Acme Stream carries the local channels", "Cobalt Live carries"}, []string{"Read our full"})
}

// TestUnlinkedNumberAlone: a number alone on its line, no link, is a
// counter (an FAQ's rank before its question) and goes; a footnote's
// number linked back to its anchor stays with its note, as the truths
// keep it; a numbered item keeps its number.
func TestUnlinkedNumberAlone(t *testing.T) {
	ex := &extractor{}
	in := []paragraph{
		{text: "Frequently asked questions about streaming live TV"},
		{text: "1."},
		{text: "What is the best live TV streaming service?"},
		{text: "YouTube TV is the best live TV streaming service thanks to a broad mix of local stations."},
		{text: "12"},
		{text: "Footnotes"},
		{text: "1", link: 1},
		{text: "Valentina Anita Carriero and others, Procedural Knowledge Ontology, 2025."},
		{text: "3. Furiosa", item: true},
	}
	var got []string
	for _, p := range ex.filterParagraphs(in) {
		got = append(got, p.text)
	}
	want := []string{"Frequently asked questions about streaming live TV", "What is the best live TV streaming service?",
		"YouTube TV is the best live TV streaming service thanks to a broad mix of local stations.", "Footnotes", "1",
		"Valentina Anita Carriero and others, Procedural Knowledge Ontology, 2025.", "3. Furiosa"}
	if !slices.Equal(got, want) {
		t.Errorf("kept %q, want %q", got, want)
	}
	for _, l := range []string{"1", "12.", "3)", "999"} {
		if !bareNumber(l) {
			t.Errorf("bareNumber(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"2024", "1.5", "12..", "#1", "1 2", ""} {
		if bareNumber(l) {
			t.Errorf("bareNumber(%q) = true, want false", l)
		}
	}
}

// TestTeaserHeadingOverOnePick: a teaser-like label over one linked
// title and a paragraph of prose on it is the article's own pick
// (headsTitledProse): label, title and prose stay. Over a run of linked
// titles, or one title with a short dek, the label heads teasers and goes
// with the titles.
func TestTeaserHeadingOverOnePick(t *testing.T) {
	prose := "This course will help you start building real skills with expert guidance from experienced tutors. " +
		"The course is self-paced, so you have up to twelve months to finish its eleven modules, about an hour of work a day. " +
		"Each module ends with a project that a tutor reviews, and the last one is a portfolio piece of your own."
	link := func(s string) paragraph { return paragraph{text: s, link: len(s)} }
	lead := paragraph{text: "The Graphic Design School has been around since 2008 and was the first fully online graphic design school."}
	for _, tt := range []struct {
		name string
		in   []paragraph
		want int
	}{
		{"one pick", []paragraph{lead, {text: "Recommended courses:"}, link("Intensive Foundation Course"), {text: prose}}, 4},
		{"a run of titles", []paragraph{lead, {text: "Recommended courses:"}, link("Intensive Foundation Course"), link("Graphic Design for Beginners"), {text: prose}}, 2},
		{"a title and its dek", []paragraph{lead, {text: "Related stories"}, link("Storm closes schools"), {text: "The district shut its doors on Monday."}}, 2},
	} {
		got := (&extractor{}).filterParagraphs(append([]paragraph(nil), tt.in...))
		if len(got) != tt.want {
			var texts []string
			for _, p := range got {
				texts = append(texts, p.text)
			}
			t.Errorf("%s: kept %q, want %d paragraphs", tt.name, texts, tt.want)
		}
	}
}
