package extract

import (
	"context"
	"maps"
	"strings"
	"testing"
	"unicode"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract/ner"
)

// Made-up pages of kinds the dev sets hold few of, for the language gate
// (session 28, issue 11): short English pages, English full of foreign
// names and quotes, English pages whose markup declares another language,
// and articles in German, French, Spanish, Dutch, Portuguese and Italian
// full of English names and loanwords.
const (
	enHeadlineTwo = `Storm closes schools across the north

Heavy snow closed more than 200 schools in Yorkshire and Lancashire on Monday. The Met Office said the weather would improve by Wednesday.`
	enBrief40 = `Apple shares rose 3 percent on Thursday after the company said iPhone sales in China beat forecasts. Chief executive Tim Cook told analysts that demand for its new models was strong in every region.`
	enMexico  = `Thousands of people marched through Mexico City on Sunday to demand justice for the missing students of Ayotzinapa. "¡Vivos se los llevaron, vivos los queremos!" the crowd chanted as it moved along Paseo de la Reforma toward the Zócalo.

"No vamos a descansar hasta saber la verdad," said María Guadalupe Hernández, whose son disappeared in 2014. President Claudia Sheinbaum said on Friday that the Fiscalía General de la República had reopened the case and that new arrests were likely.

Officials from the Secretaría de Gobernación met with the families in Tixtla, Guerrero, last week.`
	enBundesliga = `Bayern Munich beat Borussia Dortmund 3-1 at the Allianz Arena on Saturday to go four points clear at the top of the Bundesliga. Harry Kane scored twice and Jamal Musiala added a third before Julian Brandt pulled one back for the visitors.

"Wir haben heute eine starke Mannschaftsleistung gezeigt," coach Vincent Kompany told Sky Deutschland after the match. Bayer Leverkusen, who drew 1-1 with Eintracht Frankfurt, are second. VfB Stuttgart host RB Leipzig on Sunday.`
	enJapanCo = `Toyota Motor Corp. said on Wednesday that its operating profit fell 20 percent in the April-June quarter, as a stronger yen cut the value of its sales abroad. Chief financial officer Kenta Kon said the company would keep its forecast for the year.

Shares of Honda Motor Co. and Nissan Motor Co. also fell in Tokyo after Mitsubishi UFJ Morgan Stanley Securities analyst Takaki Nakanishi cut his ratings. Keidanren chairman Masakazu Tokura said the government should act on the exchange rate.`
	enRecipe = `This spaghetti alla carbonara is the one I learned in Rome from my friend Giulia. Skip the cream: the sauce is just guanciale, pecorino romano, eggs and black pepper.

Fry the guanciale in a dry pan until crisp. Whisk the eggs with the pecorino, then toss with the hot pasta off the heat so the eggs turn silky and do not scramble. Serve with a glass of Frascati and follow it with tiramisù or a panna cotta.`
	enIndian = `The Bharatiya Janata Party on Tuesday named its candidates for the Bihar assembly elections, with Union home minister Amit Shah calling the polls a fight for "vikas aur vishwas". Rashtriya Janata Dal leader Tejashwi Yadav hit back at a rally in Patna, saying the people of the state wanted naukri, not jumlas.

The Election Commission of India said voting would be held in three phases, and crore of voters would be eligible. Lakhs of migrant workers are expected to return home for Chhath puja before the first phase.`
	enInGermanChrome = `The European Central Bank kept interest rates unchanged on Thursday, as President Christine Lagarde said inflation in the euro zone was moving back toward its target. Economists had expected the decision.

Lagarde told reporters in Frankfurt that the bank would decide meeting by meeting, and that the risks to growth were tilted to the downside because of trade tensions with the United States.`

	enShortSport = `Kane hat-trick sinks Dortmund

Bayern Munich won 4-0 at home on Saturday. Harry Kane scored three goals.`
	enShortMarkets = `Stocks slip as oil climbs

Wall Street fell on Tuesday. Brent crude rose 2% after OPEC cut output.`
	deShort = `Bayern schlägt Dortmund

Der FC Bayern hat am Samstag mit 4:0 gegen Borussia Dortmund gewonnen. Harry Kane traf dreimal.`
	deThreeSentences = `Bundestag beschließt Heizungsgesetz

Der Bundestag hat am Donnerstag das Heizungsgesetz beschlossen. Die Opposition stimmte dagegen. Kanzler Olaf Scholz sprach von einem Erfolg.`
	enShortGermanNames = `Merkel praises von der Leyen

Former chancellor Angela Merkel praised Ursula von der Leyen in Berlin on Monday. "Sie hat Europa durch schwere Zeiten geführt," Merkel said at the Konrad-Adenauer-Stiftung.`
	enShortGermanNames2 = `Von der Leyen in Kyiv

Ursula von der Leyen arrived in Kyiv on Saturday. „Wir stehen an Ihrer Seite“, she said. Olaf Scholz stayed in Berlin.`
	enShortReforma = `Marchers fill Paseo de la Reforma

Thousands of teachers marched along Paseo de la Reforma to the Zócalo on Sunday. Juan Pérez de la Cruz led them.`
	enShortDieLinke = `Die Linke gains in Thuringia

Die Linke won 13 percent of the vote in Thuringia on Sunday. Bodo Ramelow thanked voters.`
	frShort = `Le PSG s'impose

Le Paris Saint-Germain a battu Marseille 2-0 dimanche. Kylian Mbappé a marqué deux buts.`

	enQuotesSpanish = `"Estamos cansados de la violencia y de la corrupción," said Juan Pérez, a teacher in Oaxaca. "Queremos paz para nuestros hijos y para el país."

Pérez spoke at a rally on Sunday.`
	esQuotesSpanish = `"Estamos cansados de la violencia y de la corrupción", dijo Juan Pérez. "Queremos paz para nuestros hijos y para el país".

Pérez habló el domingo.`
	deQuotesEnglish = `„We are not slowing down“, sagte Sam Altman am Dienstag in einem Interview. Der Chef von OpenAI kündigte an, dass das Unternehmen im nächsten Jahr ein eigenes Rechenzentrum in Europa bauen will.

"This is the most important technology of our time, and we want to build it with our partners in Germany and in the rest of the world", so Altman. Die Bundesregierung begrüßte die Pläne.`
	frQuotes = `« Nous ne reculerons pas », a déclaré mercredi le président Emmanuel Macron lors d'un entretien télévisé. « La réforme est nécessaire pour l'avenir de nos enfants », a-t-il ajouté.

Les syndicats appellent à une nouvelle journée de grève jeudi, et la CGT prévoit un trafic très perturbé dans les gares de toute la France.`

	deTech = `OpenAI hat am Dienstag ein neues Sprachmodell vorgestellt, das nach Angaben des Unternehmens aus San Francisco deutlich schneller arbeitet. Chef Sam Altman sprach bei dem Event von einem Meilenstein für Entwickler, die mit der API eigene Apps bauen.

Der Chiphersteller Nvidia profitiert von dem Boom: Die Nachfrage nach seinen GPUs für Rechenzentren ist so groß wie nie. Auch Microsoft und Google investieren Milliarden in die Cloud. Kritiker warnen dagegen vor einem Hype, der sich nicht auszahlen könnte.`
	frFootball = `Manchester City s'est imposé 2-0 face à Arsenal dimanche à l'Etihad Stadium, grâce à un doublé d'Erling Haaland. Les Citizens reprennent ainsi la tête de la Premier League, devant Liverpool, qui a été tenu en échec par Chelsea.

Pep Guardiola a salué le match de son équipe en conférence de presse. Du côté des Gunners, Mikel Arteta regrette un manque d'efficacité dans le dernier geste. Tottenham et Newcastle s'affrontent lundi soir.`
	esTech = `Amazon anunció el martes que abrirá un nuevo centro de datos en Aragón, con una inversión de más de 15.000 millones de euros. La empresa de Jeff Bezos asegura que el proyecto creará miles de empleos en la región.

El Gobierno de España celebró la noticia, mientras que los ecologistas alertan del consumo de agua de los servidores. Microsoft y Meta también estudian proyectos similares en el país, según fuentes del sector.`
	nlBusiness = `Het Nederlandse chipbedrijf ASML heeft in het derde kwartaal meer orders binnengehaald dan verwacht. Topman Christophe Fouquet zei dat de vraag vanuit de AI-sector sterk blijft, ondanks de exportbeperkingen naar China.

Klanten als TSMC, Samsung en Intel investeren fors in nieuwe fabrieken. De aandelen van ASML stegen op de beurs van Amsterdam met bijna 5 procent. Analisten van ING noemen de cijfers een opluchting voor beleggers.`
	ptStartups = `A Nubank anunciou nesta terça-feira que vai expandir suas operações para os Estados Unidos, onde pretende oferecer cartões de crédito a partir do próximo ano. O fundador David Vélez disse que a empresa quer ser o maior banco digital do mundo.

A fintech, que tem o apoio de investidores como Berkshire Hathaway e Sequoia Capital, já tem mais de 100 milhões de clientes no Brasil, no México e na Colômbia. As ações subiram na bolsa de Nova York.`
	itFashion = `Gucci ha presentato mercoledì a Milano la nuova collezione firmata dal direttore creativo Sabato De Sarno, con un fashion show che ha attirato celebrity da Hollywood e influencer da tutto il mondo.

Il gruppo francese Kering, che controlla il marchio, punta sul rilancio dopo un anno difficile per le vendite in Cina. Anche Prada e Versace hanno sfilato nella settimana della moda, mentre il brand Valentino ha annunciato un nuovo store a New York.`
	bilingual = `Die Stadt Köln hat am Montag ein neues Programm für Start-ups vorgestellt. Bis Ende des Jahres sollen mehr als hundert junge Unternehmen gefördert werden, die in der Innenstadt neue Büros beziehen.

The city of Cologne on Monday presented a new programme for start-ups. By the end of the year, more than a hundred young companies that move into new offices in the city centre are to be supported.`
)

// TestLanguageGateUntunedPages runs made-up pages through the whole page
// path (Processor with the shipped model): every English page gets
// entities, every article in another language none, with the status.
func TestLanguageGateUntunedPages(t *testing.T) {
	tg, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	page := func(lang, title, text string) []byte {
		attr := ""
		if lang != "-" {
			attr = ` lang="` + lang + `"`
		}
		paras := strings.Split(text, "\n\n")
		return []byte(`<!doctype html><html` + attr + `><head><meta charset="utf-8"><title>` + title + `</title></head><body><article><h1>` + title + `</h1><p>` +
			strings.Join(paras, "</p><p>") + `</p></article></body></html>`)
	}
	// German site chrome around an English article.
	germanChrome := func(text string) []byte {
		paras := strings.Split(text, "\n\n")
		return []byte(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>EZB lässt Zinsen unverändert | Nachrichten aus der Wirtschaft</title>
<meta name="description" content="Die Europäische Zentralbank hat die Leitzinsen nicht verändert."><meta property="og:locale" content="de_DE"></head><body>
<header><nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/sport">Sport</a> <a href="/abo">Jetzt abonnieren</a></nav></header>
<main><article><h1>ECB keeps rates on hold</h1><p>` + strings.Join(paras, "</p><p>") + `</p></article>
<aside><h2>Mehr zum Thema</h2><ul><li><a href="/1">Die Inflation in der Eurozone sinkt weiter</a></li><li><a href="/2">Was die Zinsentscheidung für Sparer bedeutet</a></li></ul></aside></main>
<footer><p>© 2026 Nachrichten GmbH. Alle Rechte vorbehalten. Impressum | Datenschutz | Kontakt</p></footer></body></html>`)
	}
	metaLang := func(lang, text string) []byte {
		paras := strings.Split(text, "\n\n")
		return []byte(`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-language" content="` + lang + `"><meta property="og:locale" content="` + lang + `"><title>Report</title></head><body><article><p>` +
			strings.Join(paras, "</p><p>") + `</p></article></body></html>`)
	}
	ok, no := newsner.EntitiesOK, newsner.EntitiesUnsupportedLanguage
	tests := []struct {
		name string
		body []byte
		want string
	}{
		{"en headline and two sentences", page("en", "Storm closes schools", enHeadlineTwo), ok},
		{"en headline and two sentences, lang de", page("de", "Storm closes schools", enHeadlineTwo), ok},
		{"en headline and two sentences, lang fr", page("fr", "Storm closes schools", enHeadlineTwo), ok},
		{"en 40-word brief", page("en", "Apple shares rise", enBrief40), ok},
		{"en 40-word brief, lang de", page("de", "Apple shares rise", enBrief40), ok},
		{"en 40-word brief, lang en-DE", page("en-DE", "Apple shares rise", enBrief40), ok},
		{"en 40-word brief, no lang", page("-", "Apple shares rise", enBrief40), ok},
		{"en 40-word brief, lang x-default", page("x-default", "Apple shares rise", enBrief40), ok},
		{"en 40-word brief, meta says es", metaLang("es", enBrief40), ok},
		{"en Mexico City with Spanish quotes", page("en", "Marchers in Mexico City", enMexico), ok},
		{"en Mexico City with Spanish quotes, lang es", page("es", "Marchers in Mexico City", enMexico), ok},
		{"en Bundesliga report", page("en", "Bayern beat Dortmund", enBundesliga), ok},
		{"en Bundesliga report, lang de", page("de", "Bayern beat Dortmund", enBundesliga), ok},
		{"en Japanese company results", page("en", "Toyota profit falls", enJapanCo), ok},
		{"en Japanese company results, lang ja", page("ja", "Toyota profit falls", enJapanCo), ok},
		{"en recipe with Italian dishes", page("en", "Spaghetti alla carbonara", enRecipe), ok},
		{"en recipe with Italian dishes, lang it", page("it", "Spaghetti alla carbonara", enRecipe), ok},
		{"en Indian English with Hindi words", page("en-IN", "BJP names candidates", enIndian), ok},
		{"en Indian English with Hindi words, lang hi", page("hi", "BJP names candidates", enIndian), ok},
		{"en article in German site chrome", germanChrome(enInGermanChrome), ok},
		{"en plain text brief", []byte(enBrief40), ok},
		// Too few stop words for a guess: the declared language decides,
		// unless the text holds more English stop words than its.
		{"en short sports brief, lang de", page("de", "Kane hat-trick sinks Dortmund", enShortSport), ok},
		{"en short markets brief, lang de", page("de", "Stocks slip as oil climbs", enShortMarkets), ok},
		{"en short markets brief, lang fr", page("fr", "Stocks slip as oil climbs", enShortMarkets), ok},
		// Quotes in another language outweighing the report's own lines.
		{"en report with long Spanish quotes", page("en", "Teachers march in Oaxaca", enQuotesSpanish), ok},
		{"en report with long Spanish quotes, lang es", page("es", "Teachers march in Oaxaca", enQuotesSpanish), ok},
		{"en report with long Spanish quotes, no lang", page("-", "Teachers march in Oaxaca", enQuotesSpanish), ok},
		{"es brief mostly quotes, no lang", page("-", "Marcha en Oaxaca", esQuotesSpanish), no},
		{"es brief mostly quotes, plain text", []byte(esQuotesSpanish), no},
		{"de article with English quotes", page("de", "OpenAI plant Rechenzentrum", deQuotesEnglish), no},
		{"de article with English quotes, lang en", page("en", "OpenAI plant Rechenzentrum", deQuotesEnglish), no},
		{"fr article with French quotes, lang en", page("en", "Macron ne recule pas", frQuotes), no},
		{"bilingual page, German first, lang de", page("de", "Köln fördert Start-ups", bilingual), ok},
		{"de short brief, lang de", page("de", "Bayern schlägt Dortmund", deShort), no},
		{"fr short brief, lang fr", page("fr", "Le PSG s'impose", frShort), no},
		// Too few stop words for a guess, but German's and no English:
		// English declared by a template, or nothing, was read.
		{"de short brief, lang en", page("en", "Bayern schlägt Dortmund", deShort), no},
		{"de short brief, no lang", page("-", "Bayern schlägt Dortmund", deShort), no},
		{"de three sentences, lang en", page("en", "Bundestag beschließt Heizungsgesetz", deThreeSentences), no},
		{"de three sentences, lang en-US", page("en-US", "Bundestag beschließt Heizungsgesetz", deThreeSentences), no},
		// Names' particles ("von der") are no German: these were refused.
		{"en short brief, German names and quote", page("en", "Merkel praises von der Leyen", enShortGermanNames), ok},
		{"en short brief, German names and quote, no lang", page("-", "Merkel praises von der Leyen", enShortGermanNames), ok},
		{"en short brief, German names and „quote“", page("en", "Von der Leyen in Kyiv", enShortGermanNames2), ok},
		{"en short brief on Paseo de la Reforma", page("en", "Marchers fill Paseo de la Reforma", enShortReforma), ok},
		{"en short brief on Paseo de la Reforma, no lang", page("-", "Marchers fill Paseo de la Reforma", enShortReforma), ok},
		{"en short brief on Die Linke", page("en", "Die Linke gains in Thuringia", enShortDieLinke), ok},
		{"fr short brief, lang de", page("de", "Le PSG s'impose", frShort), no},

		{"de tech article on OpenAI and Nvidia", page("de", "OpenAI stellt neues Modell vor", deTech), no},
		{"de tech article, lang en", page("en", "OpenAI stellt neues Modell vor", deTech), no},
		{"de tech article, lang en-US, meta en", metaLang("en-US", deTech), no},
		{"de tech article, no lang", page("-", "OpenAI stellt neues Modell vor", deTech), no},
		{"fr football report on Premier League", page("fr", "City domine Arsenal", frFootball), no},
		{"fr football report, lang en", page("en", "City domine Arsenal", frFootball), no},
		{"es tech article", page("es", "Amazon invierte en Aragón", esTech), no},
		{"es tech article, lang en", page("en", "Amazon invierte en Aragón", esTech), no},
		{"nl business article", page("nl", "ASML boekt meer orders", nlBusiness), no},
		{"nl business article, lang en", page("en", "ASML boekt meer orders", nlBusiness), no},
		{"pt fintech article", page("pt-BR", "Nubank vai aos EUA", ptStartups), no},
		{"pt fintech article, lang en", page("en", "Nubank vai aos EUA", ptStartups), no},
		{"it fashion article", page("it", "Gucci sfila a Milano", itFashion), no},
		{"it fashion article, lang en", page("en", "Gucci sfila a Milano", itFashion), no},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Processor{Finder: tg, Format: FormatHTML}
			if !strings.HasPrefix(string(tt.body), "<") {
				p.Format = FormatText
			}
			a, err := p.Process(context.Background(), newsner.Page{URL: "https://example.com/a", FinalURL: "https://example.com/a", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if a.EntitiesStatus != tt.want || (tt.want == ok) != (len(a.Entities) > 0) {
				t.Errorf("status %q with %d entities, want %q (language %q, text guessed %q): %.120q",
					a.EntitiesStatus, len(a.Entities), tt.want, a.Language, guessLanguage(a.Text), a.Text)
			}
		})
	}
}

// TestWithoutQuotes: the gate's guess leaves out quoted words, each kind
// of double quotation mark with its own closers; a quotation left open (an
// inch mark, a quote running on into the next paragraph) ends with its
// paragraph.
func TestWithoutQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`He said "hola amigos" twice.`, `He said  twice.`},
		{`„Wir bleiben“, sagte er. «Non» et »nein« et “no”.`, `, sagte er.  et  et .`},
		{"A 5\" screen is small.\n\nThe next paragraph stays.", "A 5\n\nThe next paragraph stays."},
	} {
		if got, quoted := withoutQuotes(c.in, len(c.in)); got != c.want || !quoted {
			t.Errorf("withoutQuotes(%q) = %q, %v, want %q, true", c.in, got, quoted, c.want)
		}
	}
	// It writes at most max bytes (the guess reads no more), and says
	// whether it left any quotation out.
	if got, quoted := withoutQuotes(`He said "no" and left.`, 9); got != "He said  " || !quoted {
		t.Errorf("withoutQuotes cut at 9 = %q, %v", got, quoted)
	}
	if got, quoted := withoutQuotes("No quotation here.", 100); got != "No quotation here." || quoted {
		t.Errorf("withoutQuotes of no quotation = %q, %v", got, quoted)
	}
}

// TestStopwordCountsNameParticles: "von der" inside a name (between two
// capitalised words, spaces only between) is not counted; the same words
// in a sentence, or split by a line or a comma, are.
func TestStopwordCountsNameParticles(t *testing.T) {
	for _, c := range []struct {
		text   string
		de, en int
	}{
		{"Ursula von der Leyen met Vincent van Gogh", 0, 0},
		{"Sie sprach von der Regierung", 2, 0},
		{"Er kam aus Ursula\nvon der Leyen", 2, 0},
		{"Merkel, von der Leyen", 2, 0},
		{"von der Leyen", 2, 0},
		{"The Bank of England and the ECB", 0, 4},
	} {
		counts, words := stopwordCounts(c.text)
		if counts["de"] != c.de || counts["en"] != c.en || words != len(strings.Fields(c.text)) {
			t.Errorf("stopwordCounts(%q): de %d en %d of %d words, want de %d en %d", c.text, counts["de"], counts["en"], words, c.de, c.en)
		}
	}
}

// TestStopwordCountsAsLowerCasedText: outside names, the counts are
// those of the text lower-cased and cut at every rune that is no letter,
// as they were before names were looked for (İ lower-cases to i and a
// combining dot, which is no letter: "İn" is two words).
func TestStopwordCountsAsLowerCasedText(t *testing.T) {
	text := "The İn DIE Straße, und das: ÉTÉ de l'été; ИЗ и"
	counts, words := stopwordCounts(text)
	want := map[string]int{}
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, l := range stopwordIndex[w] {
			want[l]++
		}
		n++
	}
	if !maps.Equal(counts, want) || words != n {
		t.Errorf("stopwordCounts(%q) = %v of %d words, want %v of %d", text, counts, words, want, n)
	}
}

// TestShortEnglishOfSharedWordsRead: an English headline or brief whose
// few stop words are also another language's ("met" and "in" are Dutch,
// "a" Portuguese, "men" and "till" Swedish) is read, declared English or
// nothing: "Angela Merkel met Joe Biden in Berlin" was refused as Dutch
// (two Dutch stop words, one English), its entities [] and
// entities_status unsupported_language. A brief holding a stop word that
// is no English word is refused as before, and so is a German one whose
// only stop word is "die".
func TestShortEnglishOfSharedWordsRead(t *testing.T) {
	checkRefusedAs(t, []refusalCase{
		{"Angela Merkel met Joe Biden in Berlin.", ""},
		{"Biden met Macron in Paris.", ""},
		{"Biden met a man in a bar in Ohio", ""},
		{"Ronaldo met no men in Oslo till dawn", ""},
		{"Rutte met Scholz in Den Haag voor overleg over de begroting.", "nl"},
		{"Der FC Bayern hat am Samstag mit 4:0 gegen Borussia Dortmund gewonnen.", "de"},
		{"Die Regierung hat am Montag die Steuern erhöht.", "de"},
	})
}

// refusalCase is a text and the language entityLanguage refuses it for
// ("" where it is read as English).
type refusalCase struct{ text, want string }

// checkRefusedAs checks entityLanguage on each case's text, declared
// nothing and declared English alike.
func checkRefusedAs(t *testing.T, cases []refusalCase) {
	t.Helper()
	for _, c := range cases {
		for _, declared := range []string{"", "en"} {
			got := entityLanguage(declared, c.text)
			if got == "en" {
				got = ""
			}
			if got != c.want {
				t.Errorf("entityLanguage(%q, %q) = %q, want %q", declared, c.text, got, c.want)
			}
		}
	}
}

// TestHoldsForeignWordBuildsNoSet: holdsForeignWord looks a language's
// stop words that are no English word up in a set built once
// (foreignStopwords), where it built the set on each call (a map of up
// to 20 words for every short brief the gate weighed); what it reports is
// unchanged.
func TestHoldsForeignWordBuildsNoSet(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		want       bool
	}{
		{"der fc bayern hat am samstag gewonnen", "de", true},
		{"Die Regierung hat am Montag die Steuern erhöht.", "de", true}, // "die" is no English word
		{"Angela Merkel met Joe Biden in Berlin.", "nl", false},         // "met" and "in" are English words
		{"Ronaldo met no men in Oslo till dawn", "sv", false},
		{"Rutte met Scholz in Den Haag voor overleg", "nl", true},
		{"Ursula von der Leyen spoke in Brussels", "de", false}, // name particles
		{"der fc bayern", "xx", false},                          // a language without a list
	} {
		if got := holdsForeignWord(c.text, c.lang); got != c.want {
			t.Errorf("holdsForeignWord(%q, %q) = %v, want %v", c.text, c.lang, got, c.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { holdsForeignWord("der fc bayern hat am samstag gewonnen", "de") }); n != 0 {
		t.Errorf("holdsForeignWord allocates %v times a call, want 0", n)
	}
}

// TestDomainWordsCountNoLanguage: the words of a domain name or URL
// (inURL) are no stop words of the text's language: an English brief on
// Amazon.com and Walmart.com, or Booking.com, was refused as Portuguese
// ("com" twice against English's "on"), its entities [] and
// entities_status unsupported_language, and so was a line of two URLs
// given as a text. A German or Portuguese brief that names a site is
// refused as before; an abbreviation's letters (e.g.) count as none.
func TestDomainWordsCountNoLanguage(t *testing.T) {
	checkRefusedAs(t, []refusalCase{
		{"Amazon.com shares rose 3% on Tuesday after Walmart.com cut prices.", ""},
		{"Booking.com fined by Spain over Booking.com rules", ""},
		{"Read it at nytimes.com or bbc.com today.", ""},
		{"https://example.com/a https://example.com/b", ""},
		{"Overstock.com Inc. said Monday that Bed Bath & Beyond's Overstock.com brand would return.", ""},
		{"Der FC Bayern hat am Samstag mit 4:0 gegen Borussia Dortmund gewonnen, berichtet kicker.de.", "de"},
		{"O governo anunciou com o Banco Central novas regras, segundo o site g1.globo.com.", "pt"},
	})
	var counted []string
	eachStopword("Visit de.wikipedia.org, e.g. the page https://elpais.com/a/el-gobierno-de-la-nacion, and the rest.", false, func(w string, _ bool) { counted = append(counted, w) })
	if got := strings.Join(counted, " "); got != "visit the page and the rest" {
		t.Errorf("eachStopword counted %q, want the words outside the URLs and abbreviation", got)
	}
}

// TestDeclaredNoLanguage: a page declaring a code that names no language
// (lang="und", Drupal's for content of no set language; "mul", "zxx",
// "mis") declares nothing, and its text's guess decides: a short English
// brief so declared was refused as language "und" (entities [],
// entities_status unsupported_language). A German article so declared is
// refused as German.
func TestDeclaredNoLanguage(t *testing.T) {
	page := func(lang, text string) []byte {
		return []byte(`<html lang="` + lang + `"><body><article><p>` + text + `</p></article></body></html>`)
	}
	for _, code := range []string{"und", "UND", "mul", "zxx", "mis", "und-Latn"} {
		p := &Processor{Finder: englishTagger(), Format: FormatHTML}
		a, err := p.Process(context.Background(), newsner.Page{URL: "https://example.com/a", FinalURL: "https://example.com/a", Body: page(code, "Angela Merkel met Emmanuel Macron in Paris.")})
		if err != nil {
			t.Fatal(err)
		}
		if a.EntitiesStatus != newsner.EntitiesOK || a.Language != "" {
			t.Errorf("English brief declared %q: entities_status %q, language %q; want ok, none", code, a.EntitiesStatus, a.Language)
		}
		a, err = p.Process(context.Background(), newsner.Page{URL: "https://example.com/b", FinalURL: "https://example.com/b", Body: page(code, germanArticle)})
		if err != nil {
			t.Fatal(err)
		}
		if a.EntitiesStatus != newsner.EntitiesUnsupportedLanguage || a.Language != "de" {
			t.Errorf("German article declared %q: entities_status %q, language %q; want refused, de", code, a.EntitiesStatus, a.Language)
		}
	}
}
