package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerplateStarts begin paragraphs that invite the reader elsewhere
// rather than tell the story: related links, newsletter and social prompts,
// a comment form's label (commentForms). They are dropped when the
// paragraph is short.
var boilerplateStarts = slices.Concat(commentForms, []string{
	"you may also like", "you might also like", "related:", "related articles", "related stories",
	"read more", "read also", "also read", "see also", "recommended:", "more from", "read our full",
	"subscribe to our", "subscribe now", "sign up for our", "sign up to our", "sign up now", "get the latest",
	"read or share this story", "follow us on", "follow us at", "like us on facebook", "share this", "share on", "copyright", "©", "ⓒ",
	"advertisement", "sponsored content", "this story has been shared", "like this story",
	"(reporting by", "reporting by", "additional reporting by", "(additional reporting", "editing by",
	"(editing by", "writing by", "compiled by", "(compiled by", "related post", "this post may contain",
	"this article may contain", "this post contains affiliate", "affiliate disclosure",
	"previous post:", "next post:", "filed under", "tags:", "labels:", "topics:", "first posted", "tagged:", "tagged with", "categories:", "category:", "posted in", "[related",
	"explore related topics:",
	"popular on", "most popular", "most read", "trending now",
	"post a comment", "add a comment", "getty images", "(photo", "(image", "story continues below", "article continues below",
	"continue reading", "skip advertisement", "scroll to continue", "loading...",
	"please enable javascript", "click to share", "click here", "tap here",
	// The same in other languages: read also, advertisement, related.
	"leia também", "leia mais", "veja também", "publicidade", "lesen sie auch", "lesen sie mehr", "mehr zum thema",
	"anzeige", "werbung", "lire aussi", "à lire aussi", "voir aussi", "publicité", "lee también", "leer más",
	"ver también", "publicidad", "leggi anche", "pubblicità", "читайте также", "читайте нас", "реклама",
	"baca juga", "lees ook", "advertentie", "관련기사", "더보기", "もっと見る", "関連記事", "相关阅读", "相关新闻",
	"more:", "watch:", "listen:", "go deeper:", "don't miss", "don’t miss", "trending:", "this slideshow requires javascript",
	// What a form says once sent: a newsletter's, a survey's, a poll's.
	"thank you for subscribing", "thanks for subscribing", "thank you for signing up", "thanks for signing up",
	"thank you for your feedback", "thanks for your feedback", "thank you for completing", "thank you for voting",
	"thanks for voting",
	// Forum software's notes on a post and the thread (phpBB's and
	// XenForo's "Last edited", Invision's sign-in prompt).
	"last edited by", "last edited:", "create an account or sign in to", "you need to be a member in order to",
	// A recipe card's buttons and prompts.
	"did you make this recipe", "did you try this recipe", "rate this recipe", "jump to recipe", "print recipe",
	"pin this recipe", "pin recipe", "save recipe", "skip to recipe", "skip to the recipe", "go to recipe",
	"jump to the recipe",
	// The same in German, French, Spanish, Italian.
	"hast du das rezept ausprobiert", "haben sie das rezept ausprobiert", "rezept drucken", "rezept bewerten",
	"rezept merken", "zum rezept springen", "direkt zum rezept", "springe zum rezept", "passer à la recette",
	"saltar a la receta", "avez-vous testé cette recette", "avez-vous essayé cette recette",
	"imprimer la recette", "noter la recette", "aller à la recette", "¿has probado esta receta", "has probado esta receta",
	"imprimir receta", "imprimir la receta", "ir a la receta", "hai provato questa ricetta", "stampa la ricetta",
	"stampa ricetta", "vai alla ricetta",
	// German, French, Spanish, Italian: may also interest you, related
	// articles, most read, continue reading, share, photo credits,
	// subscribe, cookies.
	"das könnte sie auch interessieren", "das könnte dich auch interessieren",
	"weitere artikel", "weitere themen", "ähnliche artikel", "verwandte artikel", "meistgelesen", "meist gelesen",
	"ähnliche beiträge", "verwandte beiträge",
	"weiterlesen", "mehr lesen", "artikel teilen", "jetzt teilen", "foto:", "fotos:", "bild:", "(foto:", "(bild:",
	"jetzt abonnieren", "jetzt anmelden", "zur startseite", "wir verwenden cookies", "diese website verwendet cookies",
	"diese seite verwendet cookies", "diese webseite verwendet cookies", "wir nutzen cookies",
	"diese website benutzt cookies", "diese webseite benutzt cookies", "diese seite benutzt cookies",
	"diese website nutzt cookies", "diese webseite nutzt cookies", "diese seite nutzt cookies", "wir setzen cookies",
	"wir verwenden auf unserer website cookies", "wir nutzen auf unserer website cookies",
	"auf unserer website verwenden wir cookies", "auf unserer webseite verwenden wir cookies",
	"um unsere webseite für sie optimal zu gestalten", "wir benötigen ihre zustimmung",
	"we use cookies", "this website uses cookies", "this site uses cookies", "our website uses cookies",
	"by using this website, you agree", "by continuing to use this site",
	// A cookie notice in French, Spanish, Italian, Dutch and Portuguese.
	"nous utilisons des cookies", "ce site utilise des cookies", "ce site web utilise des cookies",
	"notre site utilise des cookies", "utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies",
	"este sitio utiliza cookies", "esta web utiliza cookies", "este sitio web usa cookies", "utilizziamo i cookie",
	"utilizziamo cookie", "questo sito utilizza cookie", "questo sito utilizza i cookie", "questo sito web utilizza",
	"questo sito usa cookie", "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies",
	"deze website maakt gebruik van cookies", "deze site gebruikt cookies", "este site utiliza cookies",
	"este site usa cookies", "este website utiliza cookies",
	"sur le même sujet", "articles similaires", "articles liés", "les plus lus",
	"vous aimerez aussi", "lire la suite", "abonnez-vous", "partager sur", "photo :", "crédit photo",
	"te puede interesar", "también te puede interesar", "noticias relacionadas", "artículos relacionados",
	"lo más leído", "suscríbete", "compartir en", "potrebbe interessarti", "articoli correlati", "i più letti",
	"condividi su",
	// The Portuguese, Italian and Dutch twins of "you might also like",
	// "related articles", "most read", "subscribe now" and "share on"
	// that the list lacked (session 20; TestLanguagesReadAsEnglish).
	"você também pode gostar", "você pode gostar", "talvez você goste", "notícias relacionadas",
	"artigos relacionados", "posts relacionados", "matérias relacionadas", "mais lidas", "mais lidos",
	"assine agora", "assine já", "compartilhe no", "compartilhe na", "compartilhar no", "compartilhar na",
	"ti potrebbe piacere", "abbonati ora", "abbonati subito", "più letti", "dit vind je misschien ook leuk",
	"misschien ook interessant", "gerelateerde artikelen", "gerelateerde berichten", "abonneer nu",
	"abonneer je nu", "neem een abonnement", "más leídas", "más leídos", "suscríbete ahora", "tag:",
	// The twins of "reporting by", "loading...", "previous post:", "click
	// here" and "listen to this article" in Portuguese and Dutch that
	// the list lacked (session 20).
	"com informações da", "com informações de", "com informações do", "(com informações", "com agências",
	"(com agências", "carregando...", "carregando…", "carregando ...", "post anterior", "próximo post",
	"artigo anterior", "próximo artigo", "vorig bericht", "volgend bericht", "vorig artikel", "volgend artikel",
	"clique aqui", "klik hier", "ouça este artigo", "ouvir este artigo", "ouça a matéria", "siga-nos no",
	"siga-nos nas", "siga-nos em",
	// Jetpack's share and like buttons in WordPress's French, Spanish,
	// Portuguese, Italian and Dutch ("Click to share on ...", "Share
	// this:", "Like Loading..."), as the German ones above.
	"cliquez pour partager", "haz clic para compartir", "clique para compartilhar", "fai clic per condividere",
	"clicca per condividere", "klik om te delen", "dit delen:", "compartilhe isso:", "j'aime chargement",
	"j’aime chargement", "me gusta cargando", "curtir carregando", "mi piace caricamento", "vind-ik-leuk laden",
	// Clicks, picture sources and paywall prompts in German, French,
	// Spanish, Italian.
	"hier klicken", "klicken sie hier", "cliquez ici", "haz clic aquí", "haga clic aquí", "clicca qui",
	"bildquelle:", "titelbild:", "symbolbild", "jetzt weiterlesen", "weiterlesen mit",
	// Picture credits under other labels ("Bildnachweis: ...", "Foto ©
	// ...", "Crédits photo : ...") and filing labels, in German, French,
	// Spanish, Italian, Dutch and Portuguese. (Not the Italian "Foto di
	// ...": "Foto di gruppo" opens a sentence as often.)
	"bildnachweis:", "fotonachweis:", "fotocredit:", "fotocredits:", "foto ©", "foto©", "bild ©", "photo ©",
	"crédits photo", "mots-clés :", "mots-clés:", "mots clés :", "etichette:", "trefwoorden:",
	"categorieën:", "categorias:", "marcadores:",
	// German for the English openers above that had no counterpart:
	// follow us on, share this (and Jetpack's German share and like
	// buttons), a news agency's credit ("reporting by": "Mit Material
	// von dpa"), picture agencies ("getty images"), filing labels
	// ("tags:", "posted in": WordPress's "Veröffentlicht unter",
	// "Verschlagwortet mit"), the posts around this one, a comment
	// form's prompt, a script notice, an advertisement's break and
	// the link to a post's own part ("Hier geht's zum Rezept").
	"folgen sie uns auf", "folgen sie uns bei", "folge uns auf", "folge uns bei", "folgt uns auf", "folgt uns bei",
	"diesen artikel teilen", "diesen beitrag teilen", "beitrag teilen", "seite teilen", "teilen sie diesen",
	"teile diesen", "teilen mit:", "teile dies:", "klick, um auf", "klick, um über", "klicken, um auf",
	"klicken, um über", "klick, um dies", "klicken, um dies", "gefällt mir wird geladen", "wird geladen …",
	"wird geladen ...", "wird geladen…", "wird geladen...",
	"mit material von", "mit material der", "mit material aus", "(mit material", "mit agenturmaterial",
	"picture alliance", "picture-alliance", "imago images",
	"schlagworte:", "schlagwörter:", "stichworte:", "stichwörter:", "kategorie:", "kategorien:",
	"veröffentlicht unter", "abgelegt unter", "verschlagwortet mit", "getaggt mit",
	// "Category:" and "Topics:" as German news sites label them, and
	// "Topics:" in French, Spanish, Italian and Dutch.
	"rubrik:", "rubriken:", "themen:", "sujets :", "sujets:", "temas:", "argomenti:", "onderwerpen:",
	"vorheriger beitrag", "nächster beitrag", "vorheriger artikel", "nächster artikel", "älterer beitrag",
	"neuerer beitrag", "kommentar verfassen", "jetzt kommentieren", "bitte aktivieren sie javascript",
	"bitte javascript aktivieren",
	// "Loading...", "Most read", "See also", "Follow us on", "Listen to
	// this article" in German, French, Spanish, Italian and Dutch where
	// the lists had no twin.
	"lädt ...", "lädt...", "lädt…", "chargement ...", "chargement...", "chargement…",
	"cargando ...", "cargando...", "cargando…", "caricamento ...", "caricamento...", "caricamento…",
	"laden ...", "laden...", "laden…", "meest gelezen", "am meisten gelesen", "meistgelesene artikel",
	"ebenfalls interessant", "lea también", "vedi anche", "zie ook", "volg ons op", "luister naar dit artikel",
	"écoutez cet article", "escucha este artículo", "ascolta questo articolo",
	"weiter nach der anzeige", "weiter nach der werbung", "fortsetzung nach der anzeige",
	"lesen sie nach der anzeige weiter", "werbung überspringen", "anzeige überspringen", "nicht verpassen:",
	"auch interessant:", "zum thema:", "passend zum thema:", "mehr dazu:", "mehr:",
	"hier geht's zum ", "hier geht's zur ", "hier geht’s zum ", "hier geht’s zur ", "hier geht es zum ",
	"hier geht es zur ",
	// The same openers in French, Spanish and Italian: follow us, a news
	// agency's credit, filing labels, the posts around this one, an
	// advertisement's break (a comment form's label: commentForms).
	"suivez-nous sur", "síguenos en", "seguici su", "(avec afp", "avec afp", "(avec reuters", "(con información de",
	"con información de", "étiquettes :", "étiquettes:", "catégories :", "classé dans",
	"etiquetas:", "archivado en", "archiviato in", "article précédent", "article suivant",
	"entrada anterior", "entrada siguiente", "articolo precedente", "articolo successivo", "la suite après la publicité",
	"la suite après cette publicité",
	"continúa después de la publicidad", "continua dopo la pubblicità",
	// A player's prompt to listen to the article read aloud.
	"listen to this article", "listen to this story", "artikel anhören", "diesen artikel anhören",
	"artikel vorlesen", "beitrag anhören", "écouter cet article", "escuchar este artículo", "ascolta l'articolo",
	// See also, and read also in the informal German of blogs ("Lies
	// auch", as "Lesen Sie auch").
	"siehe auch", "lies auch", "lies hier", "lies mehr", "lies weiter", "schau dir auch",
	// A shop's notes on tax and shipping beside a price.
	"tax included", "taxes included", "shipping calculated at checkout", "incl. vat",
	"inkl. mwst", "inkl. gesetzl", "inkl. der gesetzl", "incl. mwst", "zzgl. versand", "preise inkl",
	"alle preise inkl", "alle preise verstehen sich", "preis inkl",
	// A related-posts plugin's line when it found none (YARPP's "No
	// related posts."), a prompt to read the blog's other posts, and
	// the label of the author's bio under the post ("About the author:
	// Jane Roe writes about ..."), with their German twins.
	"no related posts", "keine ähnlichen beiträge", "keine verwandten beiträge", "keine ähnlichen artikel",
	"if you found this article helpful", "if you enjoyed this article", "if you liked this article",
	"if you enjoyed this post", "if you liked this post", "wenn dir dieser artikel gefallen hat",
	"wenn ihnen dieser artikel gefallen hat", "wenn dir dieser beitrag gefallen hat",
	"wenn ihnen dieser beitrag gefallen hat",
	"about the author:", "about the authors:", "über den autor:", "über die autorin:", "über die autoren:",
	"zum autor:", "zur autorin:",
	// An empty reviews tab (WooCommerce's and the German translation).
	"there are no reviews yet", "be the first to review", "es gibt noch keine bewertungen",
	"noch keine bewertungen", "schreibe die erste bewertung", "schreiben sie die erste bewertung",
	// The same in WooCommerce's French, Spanish, Italian and Dutch.
	"il n’y a pas encore d’avis", "il n'y a pas encore d'avis", "soyez le premier à laisser votre avis",
	"no hay valoraciones aún", "no hay reseñas todavía", "sé el primero en valorar", "non ci sono ancora recensioni",
	"sii il primo a recensire", "er zijn nog geen beoordelingen", "wees de eerste om",
	// A recipe card's buttons in Spanish, Italian and Dutch that the
	// lists above lacked, and a shop's tax note in French, Spanish,
	// Italian and Dutch.
	"valorar receta", "valora esta receta", "vota la ricetta", "vota questa ricetta", "recept afdrukken",
	"print recept", "beoordeel dit recept", "naar recept", "ga naar recept", "spring naar recept",
	"tva incluse", "tva comprise", "iva incluido", "iva incluida", "iva inclusa", "iva incluso", "inclusief btw",
	// What a sent form says, the break for an advertisement, "don't
	// miss", "watch:", "listen:", "most popular", "related topics",
	// "recommended:", "sponsored content" and an editor's credit, in
	// German, French, Spanish, Italian and Dutch.
	"vielen dank für ihre anmeldung", "vielen dank für deine anmeldung", "danke für ihre anmeldung",
	"danke für deine anmeldung", "merci pour votre inscription", "¡gracias por suscribirte", "gracias por suscribirte",
	"grazie per esserti iscritto", "bedankt voor je inschrijving", "vielen dank für ihr feedback",
	"vielen dank für dein feedback", "danke für ihr feedback", "danke für dein feedback", "merci pour votre retour",
	"gracias por tu opinión", "gracias por tus comentarios", "grazie per il tuo feedback", "bedankt voor je feedback",
	"artikel wird unter der anzeige fortgesetzt", "der artikel wird nach der anzeige fortgesetzt",
	"artikel wird nach der anzeige fortgesetzt", "l'article continue après la publicité",
	"el artículo continúa después del anuncio", "el artículo continúa tras la publicidad", "nicht verpassen",
	"ne manquez pas", "no te pierdas", "da non perdere", "mis het niet", "zum video:", "jetzt ansehen:",
	"anschauen:", "hören:", "anhören:", "regardez :", "regardez:", "écouter :", "écouter:", "mira:", "escuchar:",
	"guarda:", "ascolta:", "kijk:", "luister:", "am beliebtesten", "beliebteste artikel", "les plus populaires",
	"lo más popular", "i più popolari", "populairste", "jetzt im trend", "di tendenza", "verwandte themen",
	"sujets associés", "temas relacionados", "argomenti correlati", "gerelateerde onderwerpen", "empfohlen:",
	"empfehlung:", "unsere empfehlung:", "recommandé :", "recommandé:", "recomendado:", "consigliato:",
	"aanbevolen:", "gesponserter inhalt", "bezahlter inhalt", "werbeanzeige", "advertorial", "contenu sponsorisé",
	"contenido patrocinado", "contenuto sponsorizzato", "gesponsorde inhoud", "redaktion:", "mitarbeit:",
	"édité par", "editado por", "imago/", "imago /",
	// Blogger's "Post a Comment" in German, French, Spanish, Italian
	// and Dutch.
	"kommentar veröffentlichen", "enregistrer un commentaire", "publicar un comentario", "posta un commento",
	"een reactie posten",
})

// startsByRune indexes boilerplateStarts by first rune.
var startsByRune = func() map[rune][]string {
	m := make(map[rune][]string)
	for _, b := range boilerplateStarts {
		r, _ := utf8.DecodeRuneInString(b)
		m[r] = append(m[r], b)
	}
	return m
}()

// shortcode matches what may be a WordPress shortcode left in the text
// ("[button link=...]", "[/button]"); stripShortcodes decides.
var shortcode = regexp.MustCompile(`\[(/?)([a-z][a-z0-9_-]*)(\s[^\[\]]*)?\]`)

// stripShortcodes removes the shortcodes from s: closing tags, tags with
// attributes or a page builder's underscored name ("[vc_row]"), and a bare
// tag closed in the same paragraph. Other words in brackets stay: they are
// an editor's insertion in a quote ("they [the council] agreed", "[sic]"),
// a config file's section, a note.
func stripShortcodes(s string) string {
	return shortcode.ReplaceAllStringFunc(s, func(m string) string {
		sub := shortcode.FindStringSubmatch(m)
		closing, name, rest := sub[1] != "", sub[2], sub[3]
		if closing || strings.IndexByte(name, '_') >= 0 || strings.IndexByte(rest, '=') >= 0 ||
			(rest == "" && strings.Contains(s, "[/"+name+"]")) {
			return " "
		}
		return m
	})
}

// codeBrackets reports whether p's words in brackets are a program's and
// no shortcodes: p is a line of a <pre> (preformattedCode), where
// "#[no_mangle]", "row[user_id]" and a config file's "[build_system]"
// say what they say, and a page builder's "[vc_row]" is never left.
// Stripped there, an attribute, an index or a section went from the
// listing.
func codeBrackets(p paragraph) bool {
	return preformattedCode(p)
}

// filterParagraphs drops teaser links (runs of paragraphs that are one
// link each, or such a paragraph closing the text, unless such lines are
// most of the text, a listing's, or the items of a list the text
// introduces, the article's own), the teasers after a "More stories"
// heading, a summary box at the text's start (summaryBox), paragraphs
// showing HTML markup as text, short paragraphs that start like
// boilerplate (isBoilerplate), and short lines closing the text that
// introduce what was left out (danglingIntro). A lone link paragraph amid
// the text stays: it is as often a call to action of the article itself
// ("Get it at ...").
func (ex *extractor) filterParagraphs(ps []paragraph) []paragraph {
	linky := make([]bool, len(ps))
	all, links, nlinks := 0, 0, 0
	for i, p := range ps {
		if strings.IndexByte(p.text, '[') >= 0 && !codeBrackets(p) {
			ps[i].text = clean(stripShortcodes(p.text))
		}
		linky[i] = isLinkOnly(ps[i])
		all += len(ps[i].text)
		if linky[i] {
			links += len(ps[i].text)
			nlinks++
		}
	}
	// A text that is mostly a long run of link lines is a listing page's
	// own content (a job board, a list of resources, a news aggregator's
	// front page), not teasers beside an article: they stay, in the
	// lenient attempts that no longer clean (the last of mainText's, the
	// fallback's), which run only when the stricter ones found no
	// article. A stricter attempt that chose a most-read box must not
	// keep its links and so end the attempts before the article is found.
	listing := ex.flags&flagCleanConditionally == 0 && nlinks >= minListingLinks && float64(links) >= listingLinkShare*float64(all)
	out := ps[:0]
	inTeasers, inPrompt := false, false
	boxFrom, boxTo := summaryBox(ps)
	for i, p := range ps {
		if boxFrom <= i && i < boxTo {
			continue
		}
		if p.byline {
			out = append(out, p)
			continue
		}
		// After a "More stories" heading, the partly linked lines that
		// follow are its teasers.
		if inTeasers && len(p.text) < 300 && float64(p.link) >= 0.3*float64(len(p.text)) && !annotatedLink(p) {
			continue
		}
		inTeasers = teaserHeading(p.text) && !headsProse(ps, i) && !headsTitledProse(ps, linky, i)
		if inTeasers {
			continue
		}
		if linky[i] && !listing && !p.introduced && ((i > 0 && linky[i-1]) || (i+1 < len(ps) && linky[i+1]) || i == len(ps)-1 || shouting(p.text)) {
			continue
		}
		if inPrompt && p.item {
			continue
		}
		inPrompt = false
		if !preformattedCode(p) && (p.markup || isBoilerplate(p)) {
			inPrompt = promptList(p, ps, i)
			continue
		}
		out = append(out, p)
	}
	// A short line closing the text that introduces more of the site
	// ("More world stories from NBC News:", "More content from
	// NBCNews.com:", "Also on HuffPost:") introduces what was left out (its teaser links) or
	// nothing.
	for len(out) > 1 && danglingIntro(out[len(out)-1].text) {
		out = out[:len(out)-1]
	}
	return trimTail(out)
}

// promptList reports whether p, ps[i], a line dropped as boilerplate
// that asks to subscribe or sign up (signUps, "subscriber"), introduces
// the list items right after it with a colon ("Become a paid subscriber to
// unlock this piece and learn about:", "Sign up and you get:"): the items
// are the prompt's pitch, not the article's, and go with it. A label
// dropped for other reasons ("MORE:") may head the article's own list.
func promptList(p paragraph, ps []paragraph, i int) bool {
	if p.item || !strings.HasSuffix(strings.TrimSpace(p.text), ":") || i+1 >= len(ps) || !ps[i+1].item {
		return false
	}
	l := strings.ToLower(p.text)
	return matchAny(l, signUps) || strings.Contains(l, "subscriber")
}

// headsProse reports whether ps[i], a line that opens like a teaser
// block's heading ("More on the vote", "Related concerns"), is the
// article's subhead: the paragraph after it is prose of its own words, 300
// characters or longer or with little link text (under a tenth), not a
// teaser. Dropped as a heading, it cost the text its subheads.
func headsProse(ps []paragraph, i int) bool {
	if i+1 >= len(ps) || len(strings.Fields(ps[i].text)) < 2 {
		return false // a label alone ("RELATED") heads teasers
	}
	next := ps[i+1]
	n := len(next.text)
	if n < minProseLine || teaserHeading(next.text) {
		return false
	}
	return n >= 300 || next.link*10 < n
}

// headsTitledProse reports whether ps[i], a teaser heading, heads the
// article's own pick: one linked title (two words or more, not a list's
// item) and, under it, prose of minTitledProse characters or more with
// little link text (under a tenth) that says what the pick is ("Recommended
// courses:", the course's linked name, a paragraph on the course; "On the
// blog...", a post's linked title, a passage quoted from it). A teaser
// block's titles come in a run, or with a dek shorter than that.
func headsTitledProse(ps []paragraph, linky []bool, i int) bool {
	if i+2 >= len(ps) || !linky[i+1] || ps[i+1].item || len(strings.Fields(ps[i+1].text)) < 2 {
		return false
	}
	next := ps[i+2]
	return len(next.text) >= minTitledProse && next.link*10 < len(next.text) && !next.item
}

// minTitledProse is the shortest paragraph under a teaser heading's one
// title that headsTitledProse takes for the article's prose.
const minTitledProse = 300

// summaryBox returns the paragraphs ps[from:to] that are a news article's
// summary box: a label ("Story highlights", "Key points") among the text's
// first lines, then the few short list items it heads, and the article's
// text after them. The news truths leave such a box out; a list headed
// "Key points:" amid a text stays. Zero and zero if there is none.
func summaryBox(ps []paragraph) (from, to int) {
	for i := 0; i < len(ps) && i < maxSummaryLabelAt; i++ {
		if t := strings.Trim(ps[i].text, " :"); len(t) > maxSummaryLabelBytes || !summaryLabels[strings.ToLower(t)] {
			// (A longer text lower-cases to one longer than any
			// label: lower-casing shrinks a string to a third at
			// most. Most are paragraphs, not lower-cased for nothing.)
			continue
		}
		j := i + 1
		for j < len(ps) && ps[j].item && len(ps[j].text) < maxSummaryPointChars {
			j++
		}
		if j == i+1 || j-i-1 > maxSummaryPoints || j >= len(ps) {
			return 0, 0
		}
		return i, j
	}
	return 0, 0
}

// summaryLabels head a news article's summary box.
// ("Highlights" alone heads a section of a blog's news as often.)
// (Not the German "Das Wichtigste in Kürze": the German audit keeps such
// a box's points as the article's, TestDEAuditHardCases.)
var summaryLabels = map[string]bool{"story highlights": true, "key points": true, "key takeaways": true,
	"at a glance": true}

// maxSummaryLabelBytes is the longest text summaryBox lower-cases to look
// up among summaryLabels: three times the longest label's bytes.
const maxSummaryLabelBytes = 3 * len("story highlights")

// maxSummaryLabelAt, maxSummaryPoints and maxSummaryPointChars bound a
// summary box: its label among the text's first lines, its points few and
// short.
const (
	maxSummaryLabelAt    = 3
	maxSummaryPoints     = 6
	maxSummaryPointChars = 250
)

// danglingIntro reports whether s, the text's last paragraph, is a short
// line that opens with "More" or "Also" ("Also on HuffPost:") and ends in a
// colon. (Any short line ending
// in a colon was too many: "Source:", "Via:" and the like before a link
// the truths leave out, and an article's own last heading.)
func danglingIntro(s string) bool {
	return len(s) <= maxDanglingIntroChars && strings.HasSuffix(s, ":") &&
		matchPrefix(s, danglingOpeners)
}

// danglingOpeners open a danglingIntro: "More", "Also" and the German
// "Mehr", "Weitere", "Auch" ("Mehr aus dem Ressort:", "Weitere Artikel
// zum Thema:").
var danglingOpeners = []string{"More ", "MORE ", "Also ", "ALSO ", "Mehr ", "MEHR ", "Weitere ", "WEITERE ", "Auch ",
	"AUCH ",
	// French, Spanish, Italian and Dutch: more, also ("Plus d'articles
	// du quartier :", "Más noticias de la ciudad:", "Altre notizie dal
	// territorio:", "Meer nieuws uit de regio:").
	"Plus ", "Aussi ", "Más ", "También ", "Altre ", "Altri ", "Anche ", "Meer ", "Ook "}

// maxDanglingIntroChars is the longest line danglingIntro drops.
const maxDanglingIntroChars = 100

// minListingLinks and listingLinkShare make a text a listing (its link
// lines its content): that many link-only paragraphs or more, holding that
// share of its characters. A related or most-read box beside an article
// has a dozen lines at most, and the article's text besides.
const (
	minListingLinks  = 15
	listingLinkShare = 0.7
)

// showsAddress reports whether s is a web address shown as text.
func showsAddress(s string) bool {
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) &&
		strings.IndexByte(s, ' ') < 0
}

// isLinkOnly reports whether a paragraph is (nearly) all link text, unless
// the link shows its address, which a reader reads as text.
func isLinkOnly(p paragraph) bool {
	n := len(p.text)
	return n > 0 && float64(p.link) >= 0.9*float64(n) && n < 300 &&
		!strings.HasPrefix(p.text, "http") && !strings.HasPrefix(p.text, "www.")
}

// isBoilerplate reports whether p, 400 bytes or shorter, is the page's
// and not the article's: an opener of boilerplateStarts (on a short or
// mostly linked line), a control's label, a dateline, reading time or
// comment count alone, a blog's post links, a social or text-message
// prompt, a post's filing notes, an affiliate, filing or link disclaimer,
// a gallery link, a newsletter prompt.
func isBoilerplate(p paragraph) bool {
	n := len(p.text)
	if n == 0 {
		return true
	}
	if n > 400 {
		return legalNotice(p.text)
	}
	// A check mark before a form's message ("✅ Thank you for completing
	// the survey!") is its decoration.
	l := strings.TrimLeft(strings.ToLower(p.text), "✅✔✓☑ ")
	r, _ := utf8.DecodeRuneInString(l)
	if n <= maxOpenerChars || 2*p.link >= n {
		for _, b := range startsByRune[r] {
			if startsWithWords(l, b) && !reportedSentence(p, l, b) {
				// A label before an address shown as text ("More:
				// http://idea-mag.com", "Quelle: www.example.de") cites
				// a source, as a link showing its address does.
				return !showsAddress(strings.TrimSpace(l[len(b):]))
			}
		}
		if readerPrompt(l) {
			return true
		}
	}
	if uiLabels[strings.Trim(l, " .:!→›»")] || (matchPrefix(l, feedPrompts) && n < 120) {
		return true
	}
	if datelineOnly(l) || readingTime(l) || taxNote(l) || viewCount(l) || commentsLabel(l) || entryNav(l) || socialPrompt(l) || textPrompt(l) ||
		filingSegment(l) || toolSegment(l) || !hasWordChar(l) || (p.link == 0 && bareNumber(l)) {
		return true
	}
	lists := lineSet.match(l) // the one scan of l for the tests below
	if lists&lineNote != 0 || copyrightLine(l, lists) || contactLine(l) || supportLine(l, lists) {
		return true
	}
	if siteFollowPrompt(l) || rightsLine(l) || officeAddressLine(l) || profileLink(l) || callToAction(l) || nutritionDisclaimer(l) || ratingSummary(l) || ratingLabel(l) || scriptNotice(l, lists) || embedConsent(l, lists) {
		return true
	}
	if 2*p.link >= n && n <= maxOpenerChars && matchPrefix(l, galleryLabels) {
		return true
	}
	// Newsletter prompts.
	return newsletterPrompt(lists)
}

// lineSet finds, in one scan of a line, the lists that isBoilerplate's
// tests look for: the notes and disclaimers (affiliateNotes to
// commentRules, as one: lineNote), rightsReserved (copyrightLine),
// journalismWords and supportAsks (supportLine), newsletterWords and
// signUps (newsletterPrompt), scriptNoticeWords (scriptNotice) and
// consentWords (embedConsent). Those tests take its bits (what
// lineSet.match returns), where each scanned the line again.
var lineSet = newSubstrSet(slices.Concat(affiliateNotes, filingNotes, linkDisclaimers, releaseDisclaimers,
	medicalDisclaimers, viewDisclaimers, financialDisclaimers, printNotes, meterNotes, commentRules),
	rightsReserved, journalismWords, supportAsks, newsletterWords, signUps, scriptNoticeWords, consentWords)

// The lists of lineSet, as bits of what lineSet.match returns.
const (
	lineNote = 1 << iota
	lineRights
	lineJournalism
	lineSupportAsk
	lineNewsletter
	lineSignUp
	lineScriptNotice
	lineConsent
)

// legalNotice reports whether s, a paragraph too long for copyrightLine,
// is a site footer's legal notice: it reserves all rights under a
// copyright and names trademarks, in maxLegalNoticeChars at most ("NHL,
// the NHL Shield ... are registered trademarks ... © NHL 2012. All Rights
// Reserved."). Where no class names the footer, its commas outscore a
// short article's.
func legalNotice(s string) bool {
	if len(s) > maxLegalNoticeChars || !strings.Contains(s, "©") && !strings.Contains(s, "opyright") && !strings.Contains(s, "OPYRIGHT") {
		// (Most long paragraphs, read without lower-casing them.)
		return false
	}
	l := strings.ToLower(s)
	return rightsSet.match(l) != 0 && matchAny(l, trademarkWords) &&
		(strings.Contains(l, "©") || strings.Contains(l, "copyright"))
}

// trademarkWords name trademarks in a legalNotice, in English, German,
// French, Spanish, Portuguese, Italian and Dutch ("... sind eingetragene
// Marken der ...", "marques déposées").
var trademarkWords = []string{"trademark", "eingetragene marke", "warenzeichen", "markenzeichen", "marque déposée",
	"marques déposées", "marca registrada", "marcas registradas", "marchio registrato", "marchi registrati",
	"handelsmerk", "geregistreerde merken"}

// maxLegalNoticeChars is the longest notice legalNotice takes.
const maxLegalNoticeChars = 3000

// preformattedCode reports whether p is a line of a <pre>: a program's,
// a shell session's or a config file's line, which says what it says
// ("$ ssh -L 2000:10.0.0.5:6001 host" is no date line, "tags: [a, b]" no
// post's filing label, "}" no empty line of chrome), so the boilerplate
// rules for page chrome do not judge it.
func preformattedCode(p paragraph) bool {
	return p.code
}

// taxNote reports whether l is a shop's short note on tax or shipping
// beside a price, however the rate is written ("inkl. 19 % MwSt.", "zzgl.
// Versandkosten", "incl. 20% VAT", "excl. shipping"): an opener of
// taxOpeners and a word of taxWords within maxTaxNoteChars.
func taxNote(l string) bool {
	return len(l) <= maxTaxNoteChars && matchPrefix(l, taxOpeners) && matchAny(l, taxWords)
}

// taxOpeners and taxWords make a taxNote: including, plus, excluding,
// abbreviated as shops write them in English and German (written out,
// "Including VAT, the bill rose ...", they open a sentence of the text as
// well), and tax, VAT, shipping.
var (
	taxOpeners = []string{"inkl. ", "inkl ", "incl. ", "incl ", "zzgl. ", "zzgl ", "exkl. ", "excl. ", "ggf. zzgl"}
	taxWords   = []string{"mwst", "ust.", "vat", "versand", "shipping", "tax", "porto", "mehrwertsteuer", "btw", "tva", "iva"}
)

// maxTaxNoteChars is the longest line taxNote looks at.
const maxTaxNoteChars = 80

// viewCount reports whether l is a page's view counter alone: a word of
// viewWords and a number, either way round ("Hits: 1234", "Zugriffe:
// 1234", "1.234 Aufrufe").
func viewCount(l string) bool {
	if len(l) > maxViewCountChars {
		return false
	}
	f := strings.Fields(strings.ReplaceAll(l, ":", " "))
	if len(f) != 2 {
		return false
	}
	number := func(s string) bool { return strings.Trim(s, "0123456789.,") == "" && strings.Trim(s, ".,") != "" }
	return viewWords[f[0]] && number(f[1]) || number(f[0]) && viewWords[f[1]]
}

// viewWords name a view counter in English, German, French, Spanish,
// Italian, Dutch and Portuguese.
var viewWords = map[string]bool{"hits": true, "views": true, "aufrufe": true, "zugriffe": true, "vues": true,
	"visitas": true, "visite": true, "visualizzazioni": true, "weergaven": true, "visualizações": true}

// maxViewCountChars is the longest line viewCount looks at.
const maxViewCountChars = 40

// feedPrompts open a short prompt to subscribe to a feed ("Subscribe to:
// Post Comments (Atom)", Blogger's, and its German "Abonnieren Kommentare
// zum Post (Atom)").
var feedPrompts = []string{"subscribe to ", "subscribe to:", "abonnieren ", "abonnieren:",
	// Blogger's French, Spanish, Italian and Dutch, with their colon.
	"s'abonner à :", "s'abonner à:", "s’abonner à :", "suscribirse a:", "iscriviti a:", "abonneren op:"}

// entryNav reports whether l is a blog's links to the posts before and
// after this one around a link to its front page, as Movable Type and
// TypePad set them ("« Older title | Main | Newer title »").
func entryNav(l string) bool {
	return (strings.Contains(l, "| main") || strings.HasPrefix(l, "main |")) &&
		(strings.HasPrefix(l, "«") || strings.HasSuffix(l, "»"))
}

// socialPrompt reports whether l is a site's prompt to follow it on social
// networks, naming two of them or more ("Follow World News on Twitter and
// Facebook", "Like us on Facebook. Follow us on Twitter.", "Follow AP on
// Facebook, X, Instagram, YouTube and TikTok"): the verb, a name (no
// comma) and "on" (a line of links after a name, "Follow Backchannel:
// Twitter | Facebook", Readability keeps). An author's line naming one
// network and the handle ("Follow Jane Roe on Twitter: @janeroe") is the
// article's, and so is a sentence that only opens with the word ("Like many
// teenagers, she is on Instagram and TikTok"; "Like many teenagers on
// Instagram and TikTok, Maya posts a video a day": after "on", a prompt
// names networks and little else).
func socialPrompt(l string) bool {
	if len(l) > maxSocialPromptChars || !matchPrefix(l, socialVerbs) || strings.IndexByte(l, '@') >= 0 {
		return false
	}
	name, rest, ok := strings.Cut(l, " on ")
	if !ok {
		// German: "Folgen Sie der Zeitung auf Facebook und Instagram",
		// "Folgt uns bei Instagram und TikTok"; French, Spanish,
		// Italian, Dutch: "Suivez Le Journal sur ...", "Sigue a El
		// Diario en ...", "Segui Il Giornale su ...", "Volg De Krant op
		// ...".
		for _, on := range promptOns {
			if name, rest, ok = strings.Cut(l, on); ok {
				break
			}
		}
	}
	if !ok || strings.IndexByte(name, ',') >= 0 || len(strings.Fields(name)) > 8 {
		return false
	}
	n := 0
	for _, s := range socialNetworks {
		if strings.Contains(l, s) {
			n++
		}
	}
	if n < 2 {
		return false
	}
	other := 0 // words after "on" that are no network nor a prompt's
	for w := range strings.FieldsSeq(rest) {
		w = strings.Trim(w, ",.!:;|&")
		if w == "" || promptWords[w] || slices.Contains(socialNetworks, w) {
			continue
		}
		other++
	}
	return other <= maxPromptOtherWords
}

// promptWords join the networks a social prompt names ("Like us on
// Facebook. Follow us on Twitter.", "Facebook, X and Instagram").
var promptWords = map[string]bool{"and": true, "or": true, "follow": true, "like": true, "us": true, "on": true,
	"at": true, "x": true, "the": true,
	// German: and, or, follow, us, on, at.
	"und": true, "oder": true, "folgen": true, "folge": true, "folgt": true, "sie": true, "uns": true, "auf": true,
	"bei": true,
	// French, Spanish, Italian, Dutch: and, or, us, on.
	"et": true, "ou": true, "nous": true, "sur": true, "y": true, "o": true, "en": true, "e": true, "su": true,
	"op": true, "of": true, "ons": true}

// promptOns are "on" before the networks of a socialPrompt that does not
// say " on ": German, French, Spanish, Italian, Dutch.
var promptOns = []string{" auf ", " bei ", " sur ", " en ", " su ", " op "}

// socialVerbs open a social prompt: follow and like, and the German
// "Folgen Sie", "Folge", "Folgt"; visit and find ("Visit the agency on
// Facebook, Flickr, YouTube and Twitter", "Find us on Facebook and
// Instagram"), and the German "Besuchen Sie", "Besucht", "Finden Sie",
// "Findet".
var socialVerbs = []string{"follow ", "like ", "folgen sie ", "folge ", "folgt ", "visit ", "find ",
	"besuchen sie ", "besuche ", "besucht ", "finden sie ", "finde ", "findet ",
	// French, Spanish, Italian, Dutch: follow (us).
	"suivez ", "suivez-nous ", "sigue ", "síguenos ", "segui ", "seguici ", "volg "}

// maxPromptOtherWords is how many other words (a site's name,
// "NBCNews.com") a social prompt holds after "on".
const maxPromptOtherWords = 1

// readerPrompt reports whether l is a blogger's prompt to follow them on
// a network ("Follow me on Twitter") or a rating prompt, a question alone
// ("Do you like this post?", "Hat dir der Beitrag gefallen?"). Their words open a sentence of the text as
// well ("Follow me on this one, the coach told his players"; "Do you like
// this city? Most residents do").
func readerPrompt(l string) bool {
	for _, f := range []string{"follow me on ", "folge mir auf ", "folgt mir auf ", "folge mir bei ", "folgt mir bei "} {
		if rest, ok := strings.CutPrefix(l, f); ok {
			return matchPrefix(rest, socialNetworks)
		}
	}
	if l == "" || !(strings.IndexAny(l, ".!?") == len(l)-1 && l[len(l)-1] == '?') {
		return false // a question alone
	}
	if strings.HasPrefix(l, "do you like this") {
		return true
	}
	// German: "Hat dir der Beitrag gefallen?", "Hat Ihnen dieser Artikel
	// gefallen?", "Gefällt dir der Beitrag?".
	for _, o := range []string{"hat dir ", "hat ihnen ", "hat euch ", "gefällt dir ", "gefällt ihnen ", "gefällt euch "} {
		if rest, ok := strings.CutPrefix(l, o); ok {
			return matchAny(rest, promptObjects) && (strings.HasPrefix(o, "gefällt") || strings.Contains(rest, "gefallen"))
		}
	}
	return false
}

// promptObjects are what a German rating prompt asks about: this post,
// article, recipe.
var promptObjects = []string{"beitrag", "artikel", "post", "rezept", "text", "blog"}

// filingSegment reports whether l is a post's line of notes, one of whose
// parts (split by "|") files it ("Published: November 7th, 2012 | Tags:
// NFL AM, Jacksonville Jaguars").
func filingSegment(l string) bool {
	if strings.IndexByte(l, '|') < 0 {
		return false
	}
	for seg := range strings.SplitSeq(l, "|") {
		if matchPrefix(strings.TrimSpace(seg), filingLabels) {
			return true
		}
	}
	return false
}

// toolSegment reports whether l is a post's line of notes or tools
// split by "|" or "·", one of whose parts is its comment count or label
// ("Design | Comments (0)", "174 comments | Add comment | recs |",
// "Politik | 3 Kommentare"), its view count or a control's label
// ("115 hits · Print article · Send to friend", "Blog | Videos | Log
// in"): the links under a post's title or text, or a bar of them, not
// its words. Every part is short (maxSegmentWords words at most), as such
// a line's are and a sentence's are not.
func toolSegment(l string) bool {
	sep := "|"
	if strings.IndexByte(l, '|') < 0 {
		if !strings.Contains(l, "·") {
			return false
		}
		sep = "·"
	}
	count := false
	for seg := range strings.SplitSeq(l, sep) {
		if len(strings.Fields(seg)) > maxSegmentWords {
			return false
		}
		seg = strings.TrimSpace(seg)
		if commentsLabel(seg) || viewCount(seg) || uiLabels[seg] || toolLabels[seg] {
			count = true
		}
	}
	return count
}

// toolLabels are the labels of an article's tool bar that are no
// uiLabels alone: print it, send it to a friend, link to it, and the
// German, French, Spanish, Italian and Dutch twins.
var toolLabels = map[string]bool{"print article": true, "print this article": true, "send to friend": true,
	"send to a friend": true, "email this post": true, "email this article": true, "link to this article": true,
	"permalink": true, "artikel drucken": true, "artikel versenden": true, "an einen freund senden": true,
	"artikel per e-mail versenden": true, "link zum artikel": true,
	// French, Spanish, Italian, Dutch.
	"imprimer l'article": true, "imprimer cet article": true, "envoyer à un ami": true, "envoyer par e-mail": true,
	"permalien": true, "imprimir artículo": true, "imprimir el artículo": true, "enviar a un amigo": true,
	"enviar por correo": true, "enlace permanente": true, "stampa articolo": true, "stampa l'articolo": true,
	"invia a un amico": true, "invia per email": true, "artikel afdrukken": true, "stuur door": true,
	"doorsturen": true}

// maxSegmentWords is the most words a part of a toolSegment line holds.
const maxSegmentWords = 4

// filingLabels open the part of a post's notes that files it.
var filingLabels = []string{"tags:", "labels:", "tagged:", "tagged with", "filed under", "categories:", "category:", "posted in",
	"schlagworte:", "schlagwörter:", "stichworte:", "stichwörter:", "kategorie:", "kategorien:", "rubrik:", "themen:", "veröffentlicht unter",
	"abgelegt unter", "verschlagwortet mit", "getaggt mit", "étiquettes", "catégories", "publié dans", "classé dans",
	"etiquetas:", "publicado en", "archivado en", "archiviato in", "mots-clés", "mots clés", "etichette:",
	"trefwoorden:", "categorieën:", "categorias:", "marcadores:"}

// textPrompt reports whether l asks the reader to sign up for alerts by a
// text message to a short code ("Text FIRST to 622639 to sign up for
// alerts").
func textPrompt(l string) bool {
	rest, ok := strings.CutPrefix(l, "text ")
	if !ok || len(l) > maxSocialPromptChars {
		return false
	}
	_, code, ok := strings.Cut(rest, " to ")
	digits := 0
	for digits < len(code) && isDigitByte(code[digits]) {
		digits++
	}
	return ok && digits >= 4 && digits <= 6
}

// maxSocialPromptChars is the longest line socialPrompt and textPrompt
// look at.
const maxSocialPromptChars = 150

// profileLink reports whether l is a line of a blogger's or author's
// profile links ("Twitter: @janeroe", "Facebook Fan Page:
// www.facebook.com/janeroe", "YouTube: https://youtube.com/user/janeroe"):
// a label of at most three words opening with a social network's name,
// a colon, and one handle or address alone after it. The same in German
// ("Instagram: @erikamuster"). A sentence naming a network has more
// words after its colon.
func profileLink(l string) bool {
	if len(l) > maxProfileLinkChars {
		return false
	}
	label, rest, ok := strings.Cut(l, ":")
	if !ok || len(strings.Fields(label)) > 3 || !matchPrefix(label, socialNetworks) {
		return false
	}
	f := strings.Fields(rest)
	if len(f) != 1 {
		return false
	}
	return strings.HasPrefix(f[0], "@") || strings.HasPrefix(f[0], "//") || strings.Contains(f[0], ".")
}

// callToAction reports whether l is a landing page's or a promotion's
// short line that closes on a call to start ("Ready to simplify your
// meals? Get started today.", German "Bereit? Jetzt loslegen!"): a line
// of at most maxCallToActionChars that ends with one of ctaEndings. A
// sentence that only names such words earlier stays, and so do lines
// closing on "Learn more here." or "sign up today!", which the Dragnet
// truths keep as the text's own (a blog's note on its settings, a
// webinar's announcement).
func callToAction(l string) bool {
	if len(l) > maxCallToActionChars {
		return false
	}
	l = strings.TrimRight(l, " .!→›»")
	for _, e := range ctaEndings {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// ctaEndings close a callToAction, in English, German, French, Spanish,
// Italian and Dutch.
var ctaEndings = []string{"get started today", "get started now", "jetzt loslegen", "starten sie noch heute",
	"starte noch heute", "legen sie noch heute los", "leg noch heute los",
	// French, Spanish, Italian, Dutch.
	"commencez dès aujourd'hui", "commencez maintenant", "empieza hoy", "comienza hoy", "empieza ahora",
	"comienza ahora", "inizia oggi", "inizia ora", "begin vandaag", "begin nu", "comece hoje", "comece agora"}

// maxCallToActionChars is the longest line callToAction reads.
const maxCallToActionChars = 150

// maxProfileLinkChars is the longest line profileLink reads.
const maxProfileLinkChars = 120

// socialNetworks are the networks sites ask to be followed on.
var socialNetworks = []string{"facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin", "pinterest",
	"google+", "threads", "bluesky", "snapchat", "flipboard"}

// galleryLabels open a line that links to a gallery of pictures or a
// slideshow of another story ("Photos: Nation at a crossroads",
// "Pictures: Celebrity weddings"); a line so opened that is not a link
// is a picture credit ("Photos: Courtesy of ...") some truths keep.
var galleryLabels = []string{"photos:", "pictures:", "slideshow:", "gallery:", "photos from ", "video:", "videos:",
	// German, French, Spanish, Italian, Dutch, Portuguese.
	"bildergalerie:", "fotostrecke:", "fotogalerie:", "galerie:", "bilder:", "diaporama :", "diaporama:",
	"en images :", "vidéo :", "vidéo:", "fotogalería:", "galería:", "vídeo:", "fotogallery:", "galleria:",
	"fotoserie:", "foto's:", "galeria:"}

// matchPrefix reports whether l begins with one of prefixes.
func matchPrefix(l string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// signUps are the verbs of newsletter prompts: sign up, subscribe, register
// in English, German, French, Spanish, Italian, Dutch and Portuguese.
var signUps = []string{"sign up", "subscribe", "abonn", "anmelden", "melden sie sich", "melde dich", "bestellen",
	"inscri", "suscr", "iscriv", "meld je aan", "meld u aan", "aanmeld", "schrijf je in", "inschrijv", "assin",
	"inscrev", "cadastr"}

// newsletterWords name a newsletter in a prompt to sign up for it, in
// English (and German, Italian), Spanish, French, Dutch and Portuguese.
var newsletterWords = []string{"newsletter", "boletín", "infolettre", "lettre d'information", "nieuwsbrief", "boletim"}

// newsletterPrompt reports whether a lower-cased line, whose lineSet
// lists are lists, names a newsletter (newsletterWords) and a verb to sign
// up for it (signUps).
func newsletterPrompt(lists uint8) bool {
	return lists&(lineNewsletter|lineSignUp) == lineNewsletter|lineSignUp
}

// reportedSentence reports whether p, whose lower-cased text l opens
// with the boilerplate opener b, is a sentence of a news story that opens
// with the same words ("Most popular among young voters was the plan,
// the poll found.", "Posted in 2015, the video resurfaced this week,
// aides said."): b is words (not a label ending in a colon nor a credit's
// opener: creditOpeners), p has no link, minReportedWords words or more
// and a reporter's attribution (reportingVerbs: "said", "told",
// "according to").
func reportedSentence(p paragraph, l, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(b)
	if !unicode.IsLetter(last) || p.link > 0 || matchPrefix(b, creditOpeners) {
		return false
	}
	return len(strings.Fields(l)) >= minReportedWords && matchAny(l, reportingVerbs)
}

// minReportedWords is the fewest words of a reportedSentence.
const minReportedWords = 10

// creditOpeners open a line of credits or rights, whatever follows.
var creditOpeners = []string{"copyright", "(reporting by", "reporting by", "additional reporting by", "(additional reporting",
	"editing by", "(editing by", "writing by", "compiled by", "(compiled by", "mit material", "(mit material", "getty images"}

// reportingVerbs mark a news story's attribution, in English and in
// German, French, Spanish, Italian, Dutch and Portuguese, whose stories
// open with an advertisement's word as often ("Anzeige gegen den Fahrer
// erstattete die Polizei, sagte ein Sprecher", "Werbung für ... machte
// ..., teilte die Stadt mit", "Publicité mensongère : ..., a indiqué le
// tribunal").
var reportingVerbs = []string{" said", " says", " say ", " told ", "according to ", " reported", " warned", " urged",
	" added", " found.",
	" sagte", " sagt ", " sagten", " erklärte", " teilte", " mitteilte", " berichtete", " zufolge", " nach angaben",
	" a déclaré", " a indiqué", " a affirmé", " a annoncé", " a précisé", " selon ",
	" dijo", " afirmó", " declaró", " explicó", " informó", " según ",
	" ha detto", " ha dichiarato", " ha spiegato", " ha affermato", " secondo quanto",
	" zei ", " zegt ", " volgens ", " disse", " afirmou", " de acordo com "}

// maxOpenerChars is the length up to which a paragraph that starts like
// boilerplate (boilerplateStarts) is boilerplate, unless it is mostly
// links: a longer one is a paragraph of the text that opens with such a
// word ("RELATED: The candidates the group endorsed did not fare well
// ...", "Disclosure: I have worked with both ...").
const maxOpenerChars = 200

// startsWithWords reports whether l starts with the words b: a prefix
// that ends in a letter must end a word in l too, so "werbung" (an
// advertisement's label) does not find "Werbungskosten" nor "anzeige" the
// verb "anzeigen", nor "copyright" a sentence on "copyrighted" songs.
func startsWithWords(l, b string) bool {
	if !strings.HasPrefix(l, b) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(b)
	next, _ := utf8.DecodeRuneInString(l[len(b):])
	return !unicode.IsLetter(last) || !unicode.IsLetter(next)
}

// affiliateNotes are phrases of affiliate disclosures.
var affiliateNotes = []string{"affiliate link", "affiliate partner", "affiliate commission", "share of the sale",
	"earn a commission", "earn a small commission", "may receive a commission",
	// German, French, Spanish, Italian.
	"affiliate-link", "partnerlink", "provisionslink", "erhalten wir eine provision", "liens affiliés", "lien affilié",
	"liens d'affiliation", "lien d'affiliation", "enlaces de afiliado", "enlace de afiliado", "link di affiliazione",
	"link affiliati", "link affiliato", "links de afiliados", "link de afiliado", "links afiliados",
	// German: "Dieser Beitrag enthält Werbung", "unbezahlte Werbung".
	"beitrag enthält werbung", "artikel enthält werbung", "post enthält werbung", "unbezahlte werbung",
	"unbeauftragte werbung", "werbelink",
	// A sponsor's disclosure ("Disclosure:" alone opened a line as
	// often for the author's own ties: "Disclosure: I am on the board
	// of ...").
	"this post is sponsored", "this post was sponsored", "this is a sponsored post", "paid partnership",
	"in freundlicher zusammenarbeit mit", "bezahlte partnerschaft"}

// filingNotes are phrases of a blog post's filing note, as WordPress
// themes word it under the post ("This entry was posted on ... and is
// filed under News. You can follow any responses to this entry through
// the RSS 2.0 feed.", "This entry was posted in News. Bookmark the
// permalink.", "Posted by Jane | View all posts by Jane"), and as their German, French, Spanish and Italian
// translations do.
var filingNotes = []string{"this entry was posted", "bookmark the permalink", "follow any responses to this entry", "view all posts by",
	"(see edit history)",
	"dieser eintrag wurde veröffentlicht", "lesezeichen auf den permalink", "ce contenu a été publié dans",
	"avec ce permalien", "esta entrada fue publicada en", "guarda el enlace permanente",
	"questa voce è stata pubblicata", "contrassegna il permalink", "bookmark de permalink", "deze entry is geplaatst in",
	"este post foi publicado em", "esta entrada foi publicada em", "favoritar o link permanente"}

// linkDisclaimers are phrases of a site's disclaimer of the pages it links
// to ("The BBC is not responsible for the content of external Internet
// sites").
var linkDisclaimers = []string{"not responsible for the content of external", "not responsible for the content of other",
	"not responsible for the contents of external", "nicht verantwortlich für den inhalt externer",
	"für die inhalte externer", "für den inhalt externer",
	"n'est pas responsable du contenu des sites externes"}

// releaseDisclaimers are phrases of a press portal's or a wire's note
// under a release that its issuer alone answers for it ("Diese
// Pressemitteilung wurde auf ... veröffentlicht. Für den Inhalt ist allein
// der Verfasser verantwortlich.", a financial wire's "Für den Inhalt der
// Mitteilung ist der Emittent / Herausgeber verantwortlich." and "The
// issuer is solely responsible for the content of this announcement."):
// the portal's, not the release's.
var releaseDisclaimers = []string{"für den inhalt ist allein der verfasser verantwortlich",
	"für den inhalt ist der verfasser verantwortlich", "für den inhalt der mitteilung ist der emittent",
	"für den inhalt dieser pressemitteilung ist", "für den inhalt der pressemitteilung ist",
	"is solely responsible for the content of this announcement", "is solely responsible for the content of this press release",
	"is solely responsible for the content of this release"}

// medicalDisclaimers are phrases of a health site's note under each
// article that it gives no medical advice ("Wichtiger Hinweis: Dieser
// Artikel enthält nur allgemeine Hinweise und darf nicht zur
// Selbstdiagnose oder -behandlung verwendet werden.", "This content is not
// a substitute for professional medical advice."): the site's, the same
// under every article. Only the disclaimers' own wording: an article's
// "home remedies are no substitute for a doctor" stays.
var medicalDisclaimers = []string{"darf nicht zur selbstdiagnose", "nicht zur selbstdiagnose oder -behandlung",
	"enthält nur allgemeine hinweise und darf nicht", "not a substitute for professional medical advice",
	"does not constitute medical advice", "is not intended to be a substitute for professional medical"}

// viewDisclaimers are phrases of a site's note that its writers' or
// commenters' views are not its own ("Opinions expressed are not
// necessarily those of the publisher.", "The views expressed do not
// necessarily reflect the views of ..."; German "Die Beiträge geben nicht
// unbedingt die Meinung der Redaktion wieder"), and financialDisclaimers
// of a finance blog's or portal's note that it gives no advice ("You
// should always seek independent financial advice", "This article does
// not constitute investment advice"; "stellt keine Anlageberatung dar"):
// the site's, the same under every article. The dev truths never keep
// them.
var viewDisclaimers = []string{"not necessarily those of", "do not necessarily reflect the view",
	"does not necessarily reflect the view", "gibt nicht unbedingt die meinung", "geben nicht unbedingt die meinung",
	"spiegelt nicht unbedingt die meinung", "spiegeln nicht unbedingt die meinung",
	"nicht zwingend die meinung der redaktion", "nicht die meinung der redaktion wieder",
	"entspricht nicht unbedingt der meinung", "entsprechen nicht unbedingt der meinung", "n'engagent que leurs auteurs",
	"n'engagent que leur auteur", "no reflejan necesariamente", "non riflettono necessariamente",
	"não refletem necessariamente", "não reflete necessariamente", "niet noodzakelijk die van de redactie",
	"niet noodzakelijk de mening"}

var financialDisclaimers = []string{"seek independent financial advice", "does not constitute financial advice",
	"does not constitute investment advice", "not intended as financial advice", "not intended as investment advice",
	"this is not financial advice", "this is not investment advice", "stellt keine anlageberatung dar",
	"ist keine anlageberatung", "stellt keine anlageempfehlung dar", "keine aufforderung zum kauf oder verkauf"}

// printNotes are phrases of a newspaper's note on where its web article
// ran in print ("A version of this article appeared in print on November
// 8, 2012, on page B8 of the New York edition with the headline: ...",
// as the New York Times closes a story; "A version of this article
// appeared October 29, 2012, on page B3 in the U.S. edition of The Wall
// Street Journal"): the record of the paper's edition, not the article's
// text (the Dragnet set's human truths leave it out on both papers' pages;
// Readability keeps it). German papers close so too ("Dieser Artikel
// stammt aus der ZEIT Nr. 10/2024.", "Erschienen in der Printausgabe vom
// 4. März 2024.").
var printNotes = []string{"a version of this article appeared", "a version of this article appears",
	"dieser artikel stammt aus der", "dieser text stammt aus der", "erschienen in der printausgabe",
	"erschien in der printausgabe", "ist in der printausgabe", "in der gedruckten ausgabe erschienen",
	"eine version dieses artikels erschien", "in der gedruckten ausgabe vom", "erschien in der gedruckten ausgabe",
	"est paru dans l'édition du", "paru dans l'édition imprimée", "se publicó en la edición impresa",
	"publicado en la edición impresa",
	// Portuguese, Italian, Dutch (session 20).
	"publicado na edição impressa", "apparso nell'edizione cartacea", "pubblicato nell'edizione cartacea",
	"uscito nell'edizione cartacea", "verscheen in de krant van", "verscheen eerder in de krant",
	"verscheen in de papieren krant"}

// maxSupportLineChars is the longest line supportLine reads.
const maxSupportLineChars = 200

// supportLine reports whether the lower-cased line l is a news site's
// appeal for subscriptions or money set as a line of the text ("Our
// journalism needs your support. Please subscribe today to NJ.com.",
// "Please consider supporting local journalism"): a short line that
// speaks of journalism and holds one of supportAsks. (A box with a
// button is supportAppeal's.) lists are l's lineSet lists.
func supportLine(l string, lists uint8) bool {
	return len(l) <= maxSupportLineChars && lists&(lineJournalism|lineSupportAsk) == lineJournalism|lineSupportAsk
}

// supportAsks are the asks of a supportLine.
var supportAsks = []string{"needs your support", "please subscribe", "subscribe today", "please consider supporting",
	"support local journalism", "support our journalism", "support independent journalism", "support quality journalism",
	// German, French, Spanish, Italian (journalismWords: "journalism"
	// finds "Journalismus" and "journalisme").
	"braucht ihre unterstützung", "braucht deine unterstützung", "unterstützen sie", "unterstützt uns",
	"bitte abonnieren", "jetzt abonnieren", "a besoin de votre soutien", "soutenez", "abonnez-vous",
	"necesita tu apoyo", "necesita su apoyo", "apoya el periodismo", "suscríbete", "ha bisogno del tuo sostegno",
	"sostieni", "abbonati",
	// Portuguese and Dutch (session 20; journalismWords has "jornalismo"
	// and "journalistiek").
	"apoie o jornalismo", "apoie nosso jornalismo", "apoie o nosso jornalismo", "steun onze journalistiek",
	"steun onafhankelijke journalistiek"}

// maxContactChars is the longest line contactLine reads.
const maxContactChars = 160

// contactLine reports whether the lower-cased line l is a news site's
// line under the story that gives its writer's address or asks for tips
// ("Contact Riley Buzz at riley.buzz@example.com.", "Got a confidential
// tip? Submit it here."): a short line opening with "contact" that holds
// an e-mail address, or with "got a tip"/"got a confidential tip"/"have a
// tip".
func contactLine(l string) bool {
	if len(l) > maxContactChars {
		return false
	}
	if matchPrefix(l, tipPrompts) {
		return true
	}
	if !matchPrefix(l, contactOpeners) {
		return false
	}
	at := strings.IndexByte(l, '@')
	return at > 0 && strings.IndexByte(l[at:], '.') > 0
}

// tipPrompts open a contactLine that asks for tips.
var tipPrompts = []string{"got a confidential tip", "got a tip?", "have a tip?", "have a news tip", "got a news tip",
	"haben sie einen hinweis?", "sie haben einen hinweis?", "hast du einen hinweis?", "haben sie einen tipp?",
	// French, Spanish, Portuguese, Italian, Dutch (session 20).
	"vous avez une info ?", "vous avez une info?", "une info à nous communiquer", "¿tienes una pista?",
	"tienes una pista?", "tem uma dica?", "hai una segnalazione?", "heb je een tip?", "heeft u een tip?"}

// contactOpeners open a contactLine that gives an address: "contact",
// and the German, French, Spanish and Italian "Kontakt:", "Kontaktieren
// Sie", "Contactez", "Contacto:", "Contatto:".
var contactOpeners = []string{"contact ", "contact:", "kontakt:", "kontakt ", "kontaktieren sie ", "contactez ",
	"contacter ", "contacto:", "contacto ", "contatto:", "contatti:", "contato:", "contato "}

// maxCopyrightChars is the longest line copyrightLine reads.
const maxCopyrightChars = 250

// copyrightLine reports whether the lower-cased line l is a site's
// copyright notice that does not open with it (which boilerplateStarts
// finds): "Terms of Service Trademarks Privacy Policy ©2019 Bloomberg
// L.P. All Rights Reserved", "The contents of this site are ©2019 Capitol
// Hill Publishing Corp.": a short line with "©" right before a year, or
// with "©" or "copyright" and "all rights reserved". A footer's line that
// the sibling merge or the article's own container took in.
func copyrightLine(l string, lists uint8) bool {
	if len(l) > maxCopyrightChars {
		return false
	}
	if lists&lineRights != 0 && (strings.Contains(l, "©") || strings.Contains(l, "copyright")) {
		return true
	}
	for rest := l; ; {
		i := strings.Index(rest, "©")
		if i < 0 {
			return false
		}
		rest = strings.TrimLeft(rest[i+len("©"):], " ")
		if len(rest) >= 4 && (strings.HasPrefix(rest, "19") || strings.HasPrefix(rest, "20")) && isDigitByte(rest[2]) && isDigitByte(rest[3]) {
			return true
		}
	}
}

// rightsReserved reserve all rights in a footer's copyright line, in
// English, German, French, Spanish, Italian, Dutch and Portuguese
// ("Copyright Verlag GmbH. Alle Rechte vorbehalten.", whose "©" need not
// be followed by a year).
var rightsReserved = []string{"all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
	"todos los derechos reservados", "tutti i diritti riservati", "alle rechten voorbehouden",
	"todos os direitos reservados"}

// rightsSet finds rightsReserved in one scan of a line.
var rightsSet = newSubstrSet(rightsReserved)

// meterNotes are phrases of a news site's meter or paywall notice, set
// under or into the article's text ("You've reached your free article
// limit this month. Subscribe now for unlimited access.", "Already a
// subscriber? Sign in"): the site's, not the article's.
var meterNotes = []string{"free article limit", "your free article", "free articles remaining", "free articles left",
	"your limit of free", "free stories remaining", "already a subscriber?", "for unlimited digital access",
	"subscribe now for unlimited access",
	// A newsletter platform's paywall under a post's teaser ("Become a
	// paid subscriber to unlock this piece") and the German twins.
	"become a paid subscriber", "to unlock this piece", "to unlock this post", "to unlock this article",
	"werden sie zahlender abonnent", "um diesen artikel freizuschalten", "um diesen beitrag freizuschalten",
	"um den ganzen artikel zu lesen", "um den vollständigen artikel zu lesen",
	// German for "already a subscriber?".
	"bereits abonnent?", "schon abonnent?", "bereits abonnentin?", "schon abonnentin?", "bereits abonniert?",
	"schon abonniert?",
	// French, Spanish, Italian and Dutch for "already a subscriber?", and
	// a meter's limit in German, French and Spanish.
	"déjà abonné ?", "déjà abonné?", "déjà abonnée ?", "ya eres suscriptor?", "¿ya eres suscriptor?",
	"ya eres suscriptora?", "sei già abbonato?", "al abonnee?", "já é assinante?", "ja é assinante?",
	"já é assinante ?", "déjà abonnée?", "sei già abbonata?", "limit an kostenlosen artikeln",
	"kostenlosen artikel für diesen monat", "limite d'articles gratuits", "límite de artículos gratuitos",
	// Japanese: "this article is for (paying) members only", "register
	// (for the digital edition) and you can read the rest" (a Japanese
	// paper's box under the teaser).
	"会員限定です", "有料会員限定", "続きをお読みいただけます", "続きを読むことができます"}

// commentRules are phrases of a comment section's house rules set above
// or under the form ("Please keep comments civil and relevant. We reserve
// the right to remove comments that ...", "Kommentare werden moderiert"):
// the site's, the same under every article.
var commentRules = []string{"keep comments civil", "keep your comments civil", "reserve the right to remove comments",
	"reserve the right to delete comments", "comments are moderated", "comments will be moderated",
	"comments feed for this post",
	// German.
	"kommentare werden moderiert", "kommentare werden vor der veröffentlichung",
	"behalten uns vor, kommentare", "behalten uns das recht vor, kommentare", "kommentare zu löschen, die",
	"kommentar-feed für diesen beitrag",
	// A comment form's notes (WordPress's and its German translation's)
	// and a closed thread's, where no form or class names them.
	"comments are closed", "your email address will not be published", "required fields are marked",
	"notify me of follow-up comments", "notify me of new posts by email",
	"save my name, email, and website in this browser", "this site uses akismet to reduce spam",
	"kommentare sind geschlossen", "kommentarfunktion ist geschlossen", "kommentarfunktion wurde geschlossen",
	"kommentarfunktion ist für diesen artikel", "kommentarfunktion ist deaktiviert", "kommentarfunktion wurde deaktiviert",
	"deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht",
	"erforderliche felder sind mit", "pflichtfelder sind mit", "benachrichtige mich über nachfolgende kommentare",
	"benachrichtige mich über neue beiträge", "meinen namen, meine e-mail-adresse und meine website in diesem browser",
	"diese website verwendet akismet", "diese seite verwendet akismet",
	// The same notes of WordPress's French, Spanish, Italian, Dutch and
	// Portuguese translations.
	"votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée",
	"les champs obligatoires sont indiqués", "les commentaires sont fermés", "les commentaires sont modérés",
	"enregistrer mon nom, mon e-mail et mon site", "ce site utilise akismet",
	"tu dirección de correo electrónico no será publicada", "los campos obligatorios están marcados",
	"los comentarios están cerrados", "los comentarios son moderados", "guarda mi nombre, correo electrónico y web",
	"este sitio usa akismet", "il tuo indirizzo email non sarà pubblicato", "i campi obbligatori sono contrassegnati",
	"i commenti sono chiusi", "i commenti sono moderati", "salva il mio nome, email e sito web", "questo sito usa akismet",
	"je e-mailadres wordt niet gepubliceerd", "uw e-mailadres wordt niet gepubliceerd",
	"vereiste velden zijn gemarkeerd", "reacties zijn gesloten", "mijn naam, e-mail en site opslaan",
	"deze site gebruikt akismet", "o seu endereço de email não será publicado",
	"o seu endereço de e-mail não será publicado", "campos obrigatórios são marcados", "este site utiliza o akismet",
	// The twins of "comments are moderated" that the lists lacked: a
	// moderator's approval in Portuguese (autoracing.com.br, news-pages:
	// "Comentários com textos ininteligíveis ... não serão aprovados pelo
	// moderador."), German, French, Spanish, Italian and Dutch (session 20).
	"aprovados pelo moderador", "aprovado pelo moderador", "comentários são moderados", "comentários serão moderados",
	"comentários passam por moderação", "os comentários estão encerrados", "os comentários estão fechados",
	"comentários encerrados", "feed de comentários", "feed de comentarios", "flux des commentaires",
	"feed dei commenti", "kommentare-feed", "erst nach prüfung freigeschaltet", "nach prüfung durch die redaktion freigeschaltet",
	"vom moderator freigeschaltet", "von der redaktion freigeschaltet", "kommentare werden erst nach",
	"soumis à modération", "soumis à la modération", "sujetos a moderación", "serán moderados",
	"soggetti a moderazione", "reacties worden gemodereerd",
	// Arabic: "the opinions set out below (do not express the site's
	// opinion)", a comment thread's disclaimer above or under it (CNN
	// Arabic's, newspaper4k arabic_article).
	"الآراء الواردة أدناه",
	// A comment form's status messages, set in the page and shown by
	// its script (TypePad's, Movable Type's): hidden by class names a
	// page without them no longer has.
	"your comment could not be posted", "your comment has not yet been posted", "your comment has been saved",
	// The lines the blog platforms set around a thread and its form,
	// which class names hide or call the comments' (the no-attr rewrite:
	// TypePad's closed thread, its feed link and its form's picture test
	// on flower magazine R636, Towleroad R406 and Virtual Geek R398;
	// WordPress's sign-in note on CraftStylish R51; WordPress.com's like
	// button on R53).
	"the comments to this entry are closed", "this post's comment feed",
	"enter the letters and numbers you see in the image", "the letters and numbers you entered did not match",
	"having trouble reading this image?", "you must be logged in to post a comment",
	"you must be logged in to post comments", "be the first to like this",
	// WordPress's German sign-in note and a news site's ("Um
	// kommentieren zu können, müssen Sie sich anmelden oder
	// registrieren").
	"angemeldet sein, um einen kommentar", "um kommentieren zu können", "um einen kommentar schreiben zu können",
	"um einen kommentar verfassen zu können", "melden sie sich an, um zu kommentieren", "melde dich an, um zu kommentieren",
	// A comment form's preview and its terms, which class names hide
	// until the reader posts (TypePad's preview pane on Virtual Geek
	// R398; ThinkProgress's note on its form, T141).
	"previewing your comment", "verify your comment", "by clicking and submitting a comment",
	"by submitting a comment you agree", "by submitting your comment you agree"}

// shouting reports whether s has at least three words and no lower-case
// letter: promotions set in capitals ("GET THE APP BY CLICKING HERE").
func shouting(s string) bool {
	if len(strings.Fields(s)) < 3 {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// datelineOnly reports whether a short paragraph is a date or time stamp
// with a few words around it ("Published: 22 Oct 2010 at 20:13"): a year and
// a clock time or month name, at most six other words, and no handle (tweet
// attributions end in dates too).
func datelineOnly(l string) bool {
	if len(l) > 80 || strings.ContainsAny(l, "@") {
		return false
	}
	year, clock := false, false
	words := 0
	fields := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, f := range fields {
		switch {
		case len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) && strings.Trim(f, "0123456789") == "":
			year = true
		case monthWords[f] || otherMonths[f] || datedMonth(fields, i) || hourMinute(f):
			clock = true
		case strings.Trim(f, "0123456789") != "":
			words++
		}
	}
	for i := 1; i+2 < len(l) && !clock; i++ {
		switch l[i] {
		case ':': // 20:13
			clock = isDigitByte(l[i-1]) && isDigitByte(l[i+1]) && isDigitByte(l[i+2])
		case '-', '/', '.': // 2018-08-25, 25/08/2018
			clock = i+3 < len(l) && isDigitByte(l[i-1]) && isDigitByte(l[i+1]) && isDigitByte(l[i+2]) && l[i+3] == l[i]
		case 'h': // 14h30, as French and Portuguese write the time
			clock = isDigitByte(l[i-1]) && isDigitByte(l[i+1]) && isDigitByte(l[i+2])
		}
	}
	return year && clock && words <= 6 && !datedSentence(l, words) && !datedTitle(l, fields, words)
}

// hourMinute reports whether f, a word of a line, is a clock time as
// French and Portuguese write it ("10h15", "9h"): a time, not a word.
func hourMinute(f string) bool {
	h, m, ok := strings.Cut(f, "h")
	return ok && len(h) >= 1 && len(h) <= 2 && strings.Trim(h, "0123456789") == "" && len(m) <= 2 &&
		strings.Trim(m, "0123456789") == ""
}

// datedTitle reports whether l, a short line naming a month and a year
// with words other words besides them, is a title or a citation that names
// a date ("Podcast Live – November 6, 2012 Hour 1", "Phasing out old
// columns in February 2013", "Jane Roe, The Daily Paper, August 7,
// 2012"), not a date stamp: minDatedSentenceWords or more words, a month
// named, no clock time, no separator of a stamp's parts (":", "|", "·",
// "•") and no word of a byline or stamp (stampWords: "by", "posted",
// "updated", "comments", "am", ...). The truths keep such lines where
// they keep the text around them.
func datedTitle(l string, fields []string, words int) bool {
	if words < minDatedSentenceWords || strings.ContainsAny(l, ":|·•") {
		return false
	}
	month := false
	for i, f := range fields {
		if stampWords[f] {
			return false
		}
		if (monthWords[f] || otherMonths[f]) && !dateVerbs[f] || datedMonth(fields, i) {
			month = true
		}
	}
	return month
}

// stampWords are the words of a date stamp or byline besides the date
// ("Posted by ... on", "Updated ... am", "3 Comments"), lower-cased, in
// English, German, French, Spanish, Italian, Dutch and Portuguese.
var stampWords = map[string]bool{
	"by": true, "posted": true, "published": true, "updated": true, "edited": true, "originally": true,
	"tracked": true, "comment": true, "comments": true, "permalink": true, "am": true, "pm": true,
	"von": true, "par": true, "por": true, "di": true, "veröffentlicht": true, "aktualisiert": true,
	"publié": true, "publicado": true, "actualizado": true, "pubblicato": true, "aggiornato": true,
	"door": true, "gepubliceerd": true, "bijgewerkt": true, "atualizado": true,
	// French "mis à jour" (updated), and "written" in German, French,
	// Spanish, Italian and Dutch.
	"mis": true, "geschrieben": true, "écrit": true, "escrito": true, "scritto": true, "geschreven": true,
	// A weekday's "-feira" in Portuguese ("terça-feira") and the words
	// before or after a clock time in German, Portuguese and Italian
	// ("10:15 Uhr", "às 10h15", "ore 10:15"), as "am" and "pm" (session
	// 20).
	"feira": true, "uhr": true, "às": true, "ore": true,
}

// dateVerbs are the words monthWords and otherMonths hold that are no
// month ("posted", "veröffentlicht"): they mark a stamp, not a date.
var dateVerbs = map[string]bool{
	"updated": true, "published": true, "posted": true, "veröffentlicht": true, "aktualisiert": true,
	"publié": true, "publicado": true, "actualizado": true, "gepubliceerd": true, "bijgewerkt": true, "atualizado": true,
}

// datedSentence reports whether l, a short line naming a date with words
// other words besides it, is a sentence of the text ("The race will start
// in September 2013.", "Der Umbau soll im März 2025 beginnen."), not a
// date line ("Updated Nov. 5, 2012."): minDatedSentenceWords or more
// words, ending in a full stop.
func datedSentence(l string, words int) bool {
	return words >= minDatedSentenceWords && strings.HasSuffix(strings.TrimSpace(l), ".")
}

// minDatedSentenceWords is the fewest words besides the date that
// datedSentence takes for a sentence.
const minDatedSentenceWords = 4

// otherMonths are month names in German, French, Spanish and Italian
// (and "veröffentlicht", "aktualisiert": published, updated), for
// datelineOnly; those that are also names (Mai, Mars, Juli) are left out.
var otherMonths = map[string]bool{
	"januar": true, "jänner": true, "februar": true, "märz": true, "juni": true, "oktober": true, "dezember": true,
	"janvier": true, "février": true, "avril": true, "juin": true, "juillet": true, "août": true, "septembre": true,
	"octobre": true, "novembre": true, "décembre": true, "enero": true, "febrero": true, "marzo": true, "abril": true,
	"mayo": true, "junio": true, "julio": true, "agosto": true, "septiembre": true, "octubre": true,
	"noviembre": true, "diciembre": true, "gennaio": true, "febbraio": true, "aprile": true, "maggio": true,
	"giugno": true, "luglio": true, "settembre": true, "ottobre": true, "dicembre": true,
	"veröffentlicht": true, "aktualisiert": true, "publié": true, "publicado": true, "actualizado": true,
	// Dutch and Portuguese months (the Dutch "mei", "juli" are names
	// too), and their words for published and updated.
	"januari": true, "februari": true, "maart": true, "augustus": true, "janeiro": true, "fevereiro": true,
	"março": true, "maio": true, "junho": true, "julho": true, "setembro": true, "outubro": true, "novembro": true,
	"dezembro": true, "gepubliceerd": true, "bijgewerkt": true, "atualizado": true,
}

// datedMonth reports whether fields[i], a line's lower-cased word, is a
// month that only a date's day and year around it tell from a word
// (contextMonths: "5. Dez. 2026", "5 déc. 2026", "5. Mai 2026", "5 mei
// 2026"): a day (one or two digits) before it and a year
// (four digits) after it, or a day and a year after it. Alone, "Mai",
// "Mars", "dez" (the Portuguese ten) and "set" are names and words.
func datedMonth(fields []string, i int) bool {
	if !contextMonths[fields[i]] {
		return false
	}
	digits := func(j, lo, hi int) bool {
		return j >= 0 && j < len(fields) && len(fields[j]) >= lo && len(fields[j]) <= hi &&
			strings.Trim(fields[j], "0123456789") == ""
	}
	return digits(i-1, 1, 2) && digits(i+1, 4, 4) || digits(i+1, 1, 2) && digits(i+2, 4, 4)
}

// contextMonths are the abbreviated months of German, French, Spanish,
// Italian, Dutch and Portuguese dates and the month names that are words
// or names too (German "Mai", "Juli", French "mars", Dutch "mei"), for
// datedMonth. (Not the English "may": dragnet's bylines "By Jane Roe, 28
// May 2010" went as date lines, and the block with them; -0.0023.)
var contextMonths = map[string]bool{
	"mai": true, "juli": true, "mars": true, "mei": true, "mär": true, "mrz": true, "okt": true,
	"dez": true, "janv": true, "févr": true, "fév": true, "avr": true, "juil": true, "déc": true, "ene": true,
	"abr": true, "ago": true, "dic": true, "gen": true, "mag": true, "giu": true, "lug": true, "set": true,
	"ott": true, "mrt": true, "fev": true, "out": true,
}

func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

// uiLabels are the words of buttons and links that a page's chrome leaves
// in its text.
var uiLabels = map[string]bool{
	"subscribe": true, "sign up": true, "sign in": true, "log in": true, "login": true, "register": true,
	"share": true, "share this": true, "tweet": true, "email": true, "print": true, "close": true, "menu": true,
	"search": true, "skip to content": true, "skip to main content": true, "back to top": true, "next": true,
	"previous": true, "reply": true, "cancel reply": true, "post comment": true, "submit comment": true, "more": true,
	"add to cart": true, "add to basket": true, "buy now": true, "skip to navigation": true, "post navigation": true,
	"in den warenkorb": true, "jetzt kaufen": true, "mehr": true,
	// A product box's buttons (affiliate boxes in reviews and buying
	// guides).
	"view on amazon": true, "buy on amazon": true, "check price on amazon": true, "check price": true,
	"view deal": true, "see price": true, "bei amazon kaufen": true, "jetzt bei amazon kaufen": true,
	"bei amazon ansehen": true, "auf amazon ansehen": true, "zum angebot": true, "angebot ansehen": true,
	"zum shop": true, "preis prüfen": true, "vorlesen": true, "anhören": true, "reply with quote": true, "quote": true, "zitieren": true, "mit zitat antworten": true, "expand": true, "click to expand": true, "follow us": true, "write comment": true, "write a comment": true, "show more": true, "load more": true, "see more": true, "view comments": true,
	// German, French, Spanish, Italian.
	"teilen": true, "drucken": true, "suche": true, "menü": true, "schließen": true, "anmelden": true,
	"abonnieren": true, "weiterlesen": true, "mehr lesen": true, "nach oben": true, "zurück": true, "weiter": true,
	"teilen mit": true, "teile dies": true, "gefällt mir": true, "artikel drucken": true, "seite drucken": true,
	"artikel merken": true, "merken": true, "kommentieren": true, "antworten": true, "zum inhalt springen": true,
	"direkt zum inhalt": true, "zum hauptinhalt springen": true, "zurück nach oben": true, "einloggen": true,
	"registrieren": true, "mehr laden": true, "weitere laden": true, "kommentare anzeigen": true,
	"antwort abbrechen": true, "antworten abbrechen": true, "kommentar abschicken": true, "kommentar absenden": true, "beitragsnavigation": true,
	"beitrags-navigation": true, "auf facebook teilen": true, "auf twitter teilen": true, "auf whatsapp teilen": true,
	"per e-mail teilen": true, "per e-mail versenden": true, "zur übersicht": true, "zurück zur übersicht": true,
	"partager": true, "imprimer": true, "fermer": true, "rechercher": true, "lire la suite": true, "s'abonner": true,
	"compartir": true, "imprimir": true, "cerrar": true, "buscar": true, "leer más": true, "suscribirse": true,
	"condividi": true, "stampa": true, "chiudi": true, "cerca": true, "leggi di più": true,
	// Learn more, show all (and in German, French, Spanish, Italian).
	"learn more": true, "mehr erfahren": true, "mehr anzeigen": true, "alle anzeigen": true, "en savoir plus": true,
	"voir plus": true, "más información": true, "ver más": true, "scopri di più": true, "mostra di più": true,
	// A help or government page's feedback prompt under its text, in
	// English and German, and the German public broadcasters' note of
	// the programme that covered the story ("Dieses Thema im
	// Programm: NDR 1 Niedersachsen | 12.03.2020 | 16:30 Uhr", whose
	// second line datelineOnly drops).
	"is this page useful?": true, "was this page helpful?": true, "was this article helpful?": true,
	"was this helpful?": true, "did you find this page useful?": true, "war diese seite hilfreich?": true,
	"ist diese seite hilfreich?": true, "war dieser artikel hilfreich?": true, "war dieser beitrag hilfreich?": true,
	"war dieser inhalt hilfreich?": true, "dieses thema im programm": true,
	// A blog's links to and labels of its comment section and
	// trackbacks (Movable Type's, TypePad's, WordPress themes'), and
	// Disqus's credit line whose link is gone, with the German.
	"trackback": true, "trackbacks": true, "trackback pings": true, "trackback url": true,
	"jump to comments": true, "make a comment": true, "add comment": true, "comment now": true,
	"comments powered by": true, "comments powered by disqus": true, "zu den kommentaren": true,
	"zu den kommentaren springen": true, "zum kommentarbereich": true, "kommentar hinzufügen": true,
	"kommentieren sie jetzt": true, "kommentare powered by": true,
	// A share bar's and comment form's labels: Pinterest's button, the
	// prompt over the form, with the German.
	"pin it": true, "share your thoughts": true, "teile deine gedanken": true, "teilen sie ihre gedanken": true,
	"deine meinung ist gefragt": true, "ihre meinung ist gefragt": true,
	// Skip links, share and print buttons, a reply link and "read more"
	// in German, French, Spanish, Italian, Dutch and Portuguese that the
	// lists above lacked.
	"zum seitenanfang": true, "seitenanfang": true, "twittern": true, "link kopieren": true, "teilen auf": true,
	"per whatsapp teilen": true, "per mail teilen": true, "per e-mail teilen auf": true,
	"aller au contenu": true, "aller au contenu principal": true, "passer au contenu": true, "tweeter": true,
	"copier le lien": true, "répondre": true, "ir al contenido": true, "saltar al contenido": true,
	"ir al contenido principal": true, "copiar enlace": true, "responder": true, "vai al contenuto": true,
	"salta al contenuto": true, "copia link": true, "rispondi": true, "naar de inhoud springen": true,
	"ga naar de inhoud": true, "delen": true, "afdrukken": true, "reageer": true, "reageren": true, "lees meer": true,
	"verder lezen": true, "ir para o conteúdo": true, "pular para o conteúdo": true, "compartilhar": true,
	"continue lendo": true, "ler mais": true, "copiar link": true,
	// Cookie banners' buttons.
	"accept": true, "accept all": true, "reject all": true, "cookie settings": true, "akzeptieren": true,
	"alle akzeptieren": true, "ablehnen": true, "alle ablehnen": true, "tout accepter": true, "tout refuser": true,
	"aceptar": true, "aceptar todo": true, "rechazar todo": true, "accetta": true, "accetta tutto": true,
	// The twins of "cookie settings", "skip to navigation", "email"
	// and "follow us" that the lists above lacked: in German, and in
	// French, Spanish, Italian, Dutch and Portuguese.
	"cookie-einstellungen": true, "cookie einstellungen": true, "cookie-einstellungen ändern": true,
	"datenschutz-einstellungen": true, "datenschutzeinstellungen": true, "privatsphäre-einstellungen": true,
	"zur navigation springen": true, "zur hauptnavigation springen": true, "zum menü springen": true,
	"e-mail": true, "folgen sie uns": true, "folge uns": true, "folgt uns": true,
	"paramètres des cookies": true, "gérer les cookies": true, "suivez-nous": true,
	"configuración de cookies": true, "síguenos": true, "impostazioni cookie": true, "impostazioni dei cookie": true,
	"seguici": true, "cookie-instellingen": true, "cookie instellingen": true, "volg ons": true,
	"definições de cookies": true, "siga-nos": true,
	// The German, French, Spanish, Italian and Dutch twins of "share
	// this article", "share on Facebook", "read more", "back to top",
	// "add to cart", "sign in", "close", "search", "skip to content",
	// "load more", "show more" and "was this article helpful?" that the
	// lists above lacked: a line that is the label alone.
	"partager cet article": true, "partager l'article": true, "compartir este artículo": true,
	"compartir artículo": true, "condividi questo articolo": true, "condividi l'articolo": true,
	"deel dit artikel": true, "deel dit bericht": true, "delen op facebook": true, "bei facebook teilen": true,
	"teilen auf facebook": true, "zum artikel": true, "zum beitrag": true, "artikel lesen": true,
	"ganzen artikel lesen": true, "zum ganzen artikel": true, "mehr infos": true, "mehr informationen": true,
	"mehr dazu": true, "weiter lesen": true, "seguir leyendo": true, "continuar leyendo": true,
	"continua a leggere": true, "meer lezen": true, "meer informatie": true, "lire l'article": true,
	"retour en haut": true, "retour en haut de page": true, "haut de page": true, "volver arriba": true,
	"ir arriba": true, "torna su": true, "torna all'inizio": true, "terug naar boven": true, "naar boven": true,
	"ajouter au panier": true, "añadir al carrito": true, "agregar al carrito": true, "aggiungi al carrello": true,
	"in winkelwagen": true, "toevoegen aan winkelwagen": true, "in den einkaufswagen": true,
	"in den warenkorb legen": true, "zum warenkorb hinzufügen": true, "se connecter": true, "connexion": true,
	"iniciar sesión": true, "accedi": true, "inloggen": true, "beantwoorden": true, "sluiten": true, "zoeken": true,
	"suchen": true, "menú": true, "springe zum inhalt": true, "zum inhalt": true, "charger plus": true,
	"cargar más": true, "carica altri": true, "meer laden": true, "afficher plus": true, "mostrar más": true,
	"mostra altro": true, "toon meer": true, "cet article vous a-t-il été utile ?": true,
	"cet article vous a-t-il été utile?": true, "¿te ha resultado útil este artículo?": true,
	"¿te ha sido útil este artículo?": true, "questo articolo ti è stato utile?": true,
	"was dit artikel nuttig?": true, "este artigo foi útil?": true, "esta página foi útil?": true,
	"esta matéria foi útil?": true,
	// WordPress's "Post navigation", "Share this:", "Cancel reply",
	// "Post Comment" and "Subscribe" in its French, Spanish, Italian and
	// Dutch translations.
	"navigation de l’article": true, "navigation de l'article": true, "navegación de entradas": true,
	"navigazione articoli": true, "berichtnavigatie": true, "partager cette entrée": true, "comparte esto": true,
	"annuler la réponse": true, "cancelar la respuesta": true, "annulla risposta": true, "reactie annuleren": true,
	"publicar el comentario": true, "publicar comentario": true, "invia commento": true, "s’abonner": true,
	"iscriviti": true, "abonneren": true, "acceder": true,
	// Share, read-more, learn-more and back-to-top labels in Portuguese,
	// Italian, Spanish, Dutch and German that the lists above lacked
	// (session 20).
	"compartilhe": true, "compartilhe isso": true, "compartilhe este artigo": true, "voltar ao topo": true,
	"voltar para o topo": true, "saiba mais": true, "ver mais": true, "leia a matéria completa": true,
	"continuar lendo": true, "leggi tutto": true, "leggi l'articolo": true, "per saperne di più": true,
	"sigue leyendo": true, "lees verder": true, "lees het hele artikel": true, "zum weiterlesen": true,
	"hier weiterlesen": true, "lire plus": true, "a lire aussi": true,
	// The twins of "register", "buy now", "next", "previous", "email",
	// and in Portuguese of "sign in", "search", "close", "load more",
	// "add to cart", "cancel reply", "post comment", "accept all" and
	// "show more", that the lists above lacked (session 20).
	"s'inscrire": true, "acheter maintenant": true, "suivant": true, "précédent": true, "registrarse": true,
	"comprar ahora": true, "siguiente": true, "anterior": true, "correo electrónico": true, "registrati": true,
	"acquista ora": true, "successivo": true, "precedente": true, "registreren": true, "nu kopen": true,
	"volgende": true, "vorige": true, "alles accepteren": true, "entrar": true, "cadastre-se": true,
	"cadastrar": true, "pesquisar": true, "fechar": true, "carregar mais": true, "adicionar ao carrinho": true,
	"comprar agora": true, "próximo": true, "próxima": true, "cancelar resposta": true,
	"publicar comentário": true, "aceitar todos": true, "aceitar": true, "mostrar mais": true, "ver todos": true,
	"acessar": true,
}

// readingTimes are the labels of reading-time notes ("5 min read").
var readingTimes = []string{"min read", "minute read", "minutes read", "reading time", "read time",
	"tempo de leitura", "lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura", "tempo di lettura", "время чтения",
	"leestijd", "leesduur", "durée de lecture", "minutes de lecture", "min de lecture", "min. de lectura", "min de lectura",
	"minuti di lettura", "min di lettura", "min de leitura", "minutos de leitura", "min leestijd"}

func readingTime(l string) bool {
	return len(l) < 50 && matchAny(l, readingTimes)
}

// commentsLabel reports whether l is a comment section's label ("Comments",
// "12 comments").
func commentsLabel(l string) bool {
	l = strings.Trim(l, " ()0123456789:")
	switch l {
	case "comments", "comment", "kommentare", "kommentar", "commentaires", "commentaire", "comentarios", "comentários",
		"commenti", "reacties", "reader comments", "leserkommentare", "leser-kommentare", "user comments",
		"nutzerkommentare":
		return true
	}
	return false
}

// bareNumber reports whether l is a number alone, of maxBareNumberDigits
// figures at most, with a period or a parenthesis after it or not ("1",
// "12.", "3)"). isBoilerplate drops it where none of it is a link: a
// counter set apart from what it counts (an FAQ's `<span
// class="faq-rank">1.</span>` before its question's heading, an answer's
// votes) tells the reader nothing alone. A number that links is a note's
// (Substack's footnote-number, linked back to its anchor), which the
// truths keep with the note ("1 Valentina Anita Carriero, ..."); an
// article's numbered list keeps its numbers with its items.
func bareNumber(l string) bool {
	d := strings.TrimRight(l, ".)")
	if d == "" || len(d) > maxBareNumberDigits || len(l)-len(d) > 1 {
		return false
	}
	for i := 0; i < len(d); i++ {
		if !isDigitByte(d[i]) {
			return false
		}
	}
	return true
}

// maxBareNumberDigits is the most figures a line bareNumber takes has: a
// year (four) is a date line's, which datelineOnly judges.
const maxBareNumberDigits = 3

func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// teaserOpeners start the headings of teaser blocks.
var teaserOpeners = []string{"you may also like", "you might also like", "related", "more from", "more great",
	"more stories", "more news", "more on", "recommended", "popular on", "most popular", "most read", "read more",
	"see also", "also read", "read also", "trending", "top stories", "latest news", "what to read next",
	"leia também", "veja também", "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi",
	"lee también", "leggi anche", "читайте также", "baca juga", "lees ook", "관련기사", "関連記事", "相关阅读",
	"das könnte sie auch interessieren", "das könnte dich auch interessieren", "auch interessant", "weitere artikel",
	"weitere nachrichten", "weitere themen", "mehr aus", "mehr zu", "mehr von ", "mehr vom ", "ähnliche artikel", "verwandte artikel",
	"meistgelesen", "meist gelesen", "empfohlen", "sur le même sujet", "à lire également", "articles similaires",
	"les plus lus", "te puede interesar", "noticias relacionadas", "lo más leído", "articoli correlati",
	"potrebbe interessarti", "i più letti", "recent posts", "popular posts", "latest posts",
	"zum thema", "siehe auch", "lies auch", "lesenswert", "auch lesenswert", "empfehlung", "ähnliche beiträge", "verwandte beiträge",
	"weitere beiträge", "beliebte beiträge", "neueste beiträge", "neuste beiträge", "neueste artikel",
	"sur le même thème", "dans la même rubrique", "à découvrir aussi", "articles récents", "más noticias",
	"artículos recientes", "articoli recenti",
	// A blog's sidebar widgets: its blogroll, archives and categories.
	"blogroll", "archives", "categorie", "kategorien", "catégories", "categorías",
	// A shop's blocks of other products, in English and German.
	"related products", "customers also bought", "customers who bought", "frequently bought together",
	"recently viewed", "ähnliche produkte", "kunden kauften auch", "kunden, die", "häufig zusammen gekauft",
	"zuletzt angesehen", "das könnte dir auch gefallen", "das könnte ihnen auch gefallen", "passend dazu",
	// The German, French, Spanish, Italian and Dutch twins of "related
	// articles", "more stories", "latest news", "top stories", "recent
	// posts", "most read", "related products" and the blog's archive
	// that the list lacked (a heading alone: headsProse keeps a subhead
	// that prose follows).
	"passend zum thema", "artikel zum thema", "beiträge zum thema", "ähnliche rezepte", "weitere rezepte",
	"mehr rezepte", "mehr artikel", "mehr nachrichten", "aktuelle nachrichten", "neueste nachrichten",
	"top-themen", "top themen", "beliebte artikel", "ebenfalls interessant", "letzte beiträge",
	"aktuelle beiträge", "neue beiträge", "unsere empfehlungen", "lesen sie mehr", "andere leser interessierten",
	"blog-archiv", "blogarchiv", "passende produkte", "articles liés", "vous aimerez", "derniers articles",
	"nos recommandations", "plus d'articles", "recettes similaires", "produits similaires",
	"les clients ont également acheté", "artículos relacionados", "también te puede interesar",
	"entradas relacionadas", "últimas noticias", "entradas recientes", "recetas relacionadas", "más artículos",
	"productos relacionados", "los clientes también compraron", "ultime notizie", "ti potrebbe interessare",
	"altri articoli", "ricette correlate", "prodotti correlati", "gerelateerde artikelen", "gerelateerde berichten",
	"gerelateerde producten", "meer nieuws", "meest gelezen", "recente berichten", "ook interessant",
	"meer artikelen",
	// "Read more", "More stories", "More on", "More news", "Latest
	// news", "Top stories", "Trending" and "Recommended" in German,
	// French, Spanish, Italian and Dutch.
	"weiterlesen", "mehr lesen", "lire plus", "leer más", "leggi di più", "lees meer", "weitere geschichten",
	"mehr geschichten", "plus d'histoires", "más historias", "altre storie", "meer verhalen", "mehr über",
	"plus sur", "más sobre", "altro su", "meer over", "mehr news", "weitere news", "noch mehr", "plus d'actualités",
	"altre notizie", "letzte meldungen", "aktuelle meldungen", "neueste meldungen", "dernières nouvelles",
	"dernières infos", "dernières actualités", "top-nachrichten", "top nachrichten", "top-meldungen", "à la une",
	"im trend", "in tendenza", "recommandé", "recomendado", "consigliati", "aanbevolen", "redaktionsempfehlung",
	"leseempfehlung", "lesetipp", "unsere lesetipps",
	// "You might also like", "related articles" and "most read" in
	// Portuguese, Spanish and Dutch that the list lacked (session 20).
	"você também pode gostar", "você pode gostar", "talvez você goste", "notícias relacionadas",
	"artigos relacionados", "posts relacionados", "matérias relacionadas", "relacionados", "relacionadas",
	"mais lidas", "mais lidos", "mais notícias", "más leídas", "más leídos", "te recomendamos",
	"dit vind je misschien ook leuk", "misschien ook interessant", "gerelateerd", "relacionado",
	"posts recentes", "postagens recentes", "artigos recentes"}

// widgetTitles are a blog sidebar's widget titles in German, Spanish,
// Portuguese, Italian and Dutch (WordPress's "Archives" and "Categories";
// the German "Archive" is the English singular too, which Posterous's
// sidebar sets: dragnet2013 109, 312) and the Italian "Correlati"
// ("Related"), a teaserHeading only as the whole heading: as openers they
// begin other words ("Archiving", "Correlation").
var widgetTitles = map[string]bool{"archive": true, "archiv": true, "archivos": true, "archivi": true, "arquivos": true,
	"archieven": true, "archief": true, "categorias": true, "categorieën": true, "correlati": true}

// maxTeaserHeadingChars is the longest line teaserHeading takes (in
// bytes; relatedCards gates on twice as many characters of a heading's
// text, before its punctuation is taken out).
const maxTeaserHeadingChars = 60

// teaserHeading reports whether a short line heads a block of teasers
// ("More Great WIRED Stories", "Related coverage").
func teaserHeading(s string) bool {
	if len(s) > maxTeaserHeadingChars || strings.HasSuffix(s, ".") || len(strings.Fields(s)) > 7 {
		return false
	}
	l := strings.ToLower(s)
	return matchPrefix(l, teaserOpeners) || widgetTitles[strings.Trim(l, " :")]
}

// maxFollowPromptChars is the longest line siteFollowPrompt reads.
const maxFollowPromptChars = 120

// siteFollowPrompt reports whether l is a site's prompt to follow it on
// one network or news app, alone or after a short question ("Sie möchten
// keine News verpassen? Folgen Sie uns bei Google News.", "Never miss a
// story? Follow us on Google News."). socialPrompt wants two networks, as
// a line naming one may be an author's ("Follow Jane Roe on Twitter:
// @janeroe"); "us"/"uns" names the site, and nothing may follow the
// network, so a sentence that goes on stays.
func siteFollowPrompt(l string) bool {
	if len(l) > maxFollowPromptChars {
		return false
	}
	if q, rest, ok := strings.Cut(l, "?"); ok {
		if len(strings.Fields(q)) > maxPromptQuestionWords {
			return false
		}
		l = strings.TrimSpace(rest)
	}
	for _, f := range siteFollowOpeners {
		if rest, ok := strings.CutPrefix(l, f); ok {
			rest = strings.Trim(rest, " .!")
			return slices.Contains(socialNetworks, rest) || slices.Contains(newsApps, rest)
		}
	}
	return false
}

// maxPromptQuestionWords is the longest question before a siteFollowPrompt.
const maxPromptQuestionWords = 8

// siteFollowOpeners open a siteFollowPrompt: follow us, like us, and the
// German "Folgen Sie uns", "Folgt uns".
var siteFollowOpeners = []string{"follow us on ", "like us on ", "folgen sie uns auf ", "folgen sie uns bei ",
	"folgt uns auf ", "folgt uns bei ",
	// French, Spanish, Portuguese, Italian, Dutch (session 20).
	"suivez-nous sur ", "síguenos en ", "siga-nos no ", "siga-nos em ", "siga-nos nas ", "seguici su ", "volg ons op "}

// newsApps are news readers a site asks to be followed on.
var newsApps = []string{"google news", "x", "whatsapp", "telegram", "mastodon"}

// maxRightsLineChars is the longest line rightsLine reads.
const maxRightsLineChars = 120

// rightsLine reports whether l is a German paper's offer of the rights
// to the article, alone or after its source ("Quelle: F.A.Z. · Hier
// können Sie die Rechte an diesem Artikel erwerben"): a short line that
// ends with the offer.
func rightsLine(l string) bool {
	return len(l) <= maxRightsLineChars &&
		strings.HasSuffix(strings.TrimRight(l, " ."), "die rechte an diesem artikel erwerben")
}

// maxAddressLineChars is the longest line officeAddressLine reads.
const maxAddressLineChars = 200

// officeAddressLine reports whether l is a site's office address with
// its telephone or fax number in parts split by "|" ("The Hill 1625 K
// Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel |
// 202-628-8503 fax"): a short line of two parts at least, one of them a
// number and a label alone. A sentence that gives a number ("Call
// 202-628-8500 for tickets") has no such part.
func officeAddressLine(l string) bool {
	if len(l) > maxAddressLineChars || strings.Count(l, "|") == 0 {
		return false
	}
	for seg := range strings.SplitSeq(l, "|") {
		if phonePart(strings.TrimSpace(seg)) {
			return true
		}
	}
	return false
}

// phonePart reports whether s is a telephone or fax number and its label
// alone ("202-628-8500 tel", "Fax: +49 30 1234-5").
func phonePart(s string) bool {
	label, digits := false, 0
	for w := range strings.FieldsSeq(s) {
		switch strings.Trim(w, ".:") {
		case "tel", "fax", "phone", "telefon", "telefax":
			label = true
			continue
		}
		for _, r := range w {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case strings.ContainsRune("+-()./", r):
			default:
				return false
			}
		}
	}
	return label && digits >= 7
}

// minLinkNoteWords is the fewest words of a blogger's note on a link.
const minLinkNoteWords = 4

// annotatedLink reports whether p is a list item of a blog's own list of
// links, each with the blogger's note after a dash ("<a>Warum Städte
// Bäume brauchen</a> – ein langer Text, sehr empfehlenswert."): the
// link opens the item, a dash follows it, then a note of four words or
// more. A heading such as "Lesenswert" heads such lists as well as a
// sidebar's teasers, whose items are titles alone or a title and a date.
func annotatedLink(p paragraph) bool {
	if !p.item || p.link == 0 || p.link >= len(p.text) {
		return false
	}
	rest := strings.TrimLeft(p.text[p.link:], " ")
	for _, d := range []string{"– ", "— ", "- "} {
		if note, ok := strings.CutPrefix(rest, d); ok {
			return len(strings.Fields(note)) >= minLinkNoteWords
		}
	}
	return false
}

// maxScriptNoticeChars is the longest line scriptNotice takes.
const maxScriptNoticeChars = 200

// scriptNotice reports whether the lower-cased line l, maxScriptNoticeChars
// or shorter, is a page's notice that it needs scripts or a plug-in to
// show something (scriptNoticeWords: "Media requires JavaScript and Adobe
// Flash to play.", "... a jQuery slider. Please enable JavaScript to
// view."): what a page sets in its <noscript>s, which a page served from
// its <noscript> copy holds as plain paragraphs. Filtering by opener
// ("please enable javascript") missed those that open with what they
// stand in for. lists are l's lineSet lists.
func scriptNotice(l string, lists uint8) bool {
	return len(l) <= maxScriptNoticeChars && lists&lineScriptNotice != 0
}

// scriptNoticeWords are the words of a scriptNotice: asking for scripts
// or Flash to be turned on, or saying a player needs them, in English and
// German ("Für dieses Video muss JavaScript aktiviert sein.", "JavaScript
// ist in Ihrem Browser deaktiviert.", "Um diesen Inhalt zu sehen,
// aktivieren Sie bitte JavaScript.": boilerplateStarts only took the
// notice that opens with "Bitte aktivieren Sie JavaScript").
var scriptNoticeWords = []string{"enable javascript", "javascript enabled", "javascript is disabled",
	"javascript is turned off", "turn on javascript", "activate javascript", "javascript to play", "javascript to view",
	"javascript and adobe flash to play", "flash player to play", "flash player to view", "flash and javascript enabled",
	"javascript aktivieren", "javascript aktiviert", "javascript ist deaktiviert", "javascript deaktiviert",
	"aktivieren sie bitte javascript", "aktivieren sie javascript", "aktiviere javascript", "javascript einschalten",
	"javascript ist ausgeschaltet", "in ihrem browser deaktiviert", "in deinem browser deaktiviert",
	// French, Spanish, Italian and Dutch.
	"activer javascript", "activez javascript", "activer le javascript", "javascript est désactivé",
	"javascript désactivé", "activa javascript", "activar javascript", "habilita javascript", "habilitar javascript",
	"javascript está desactivado", "javascript deshabilitado", "abilita javascript", "abilitare javascript",
	"attiva javascript", "attivare javascript", "javascript è disabilitato", "schakel javascript in",
	"javascript inschakelen", "javascript is uitgeschakeld"}
