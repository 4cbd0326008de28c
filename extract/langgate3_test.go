package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// Made-up news paragraphs in languages that the guess listed no stop words
// of before lang3 (issue 11), and from Welsh to Irish before extract/v69,
// each a wire-style report of three or four sentences, written for these
// tests.
var unlistedLanguages = []struct {
	name, lang, text string
}{
	{"Czech", "cs", `Vláda ve středu schválila návrh zákona o podpoře obnovitelných zdrojů energie. Podle ministra průmyslu by se měla výroba elektřiny ze solárních elektráren do roku 2030 zdvojnásobit. Opozice návrh kritizovala a uvedla, že na něj doplatí domácnosti, které už teď platí za energie více než v sousedních zemích. Zákon nyní projedná Poslanecká sněmovna.`},
	{"Slovak", "sk", `Polícia v utorok zadržala v Bratislave dvoch mužov, ktorí sú podozriví z podvodov s predajom áut cez internet. Podľa hovorcu polície oklamali najmenej tridsať ľudí a spôsobili škodu viac ako 200-tisíc eur. Obaja muži sú vo väzbe a hrozí im trest až desať rokov. Vyšetrovanie pokračuje, polícia hľadá ďalšie obete.`},
	{"Danish", "da", `Regeringen fremlagde onsdag et nyt lovforslag, som skal gøre det lettere at bygge vindmøller på land. Ifølge klimaministeren skal behandlingen af ansøgninger fremover ikke tage mere end et halvt år. Oppositionen kritiserede forslaget og sagde, at det kommer for sent, og at kommunerne ikke har fået penge nok til at klare opgaven.`},
	{"Norwegian", "no", `Rosenborg tapte søndag 0–2 borte mot Bodø/Glimt, og laget er nå seks poeng bak serielederen. Treneren sa etter kampen at spillerne ikke klarte å skape nok sjanser i andre omgang. Det var første gang på tre år at Rosenborg tapte to kamper på rad i Eliteserien. Neste kamp spilles mot Molde på Lerkendal.`},
	{"Finnish", "fi", `Hallitus esitteli keskiviikkona uuden lakiesityksen, jonka on tarkoitus nopeuttaa tuulivoimaloiden rakentamista. Ministerin mukaan lupien käsittely ei jatkossa saisi kestää yli puolta vuotta. Oppositio arvosteli esitystä ja sanoi, että se tulee liian myöhään ja että kunnat eivät ole saaneet tarpeeksi rahaa tehtävän hoitamiseen.`},
	{"Hungarian", "hu", `A Magyar Nemzeti Bank kedden nem változtatott az alapkamaton, amely így továbbra is 6,5 százalék. A jegybank elnöke szerint az infláció az év végéig tovább csökkenhet, de a forint árfolyama miatt óvatosnak kell lenni. Az elemzők többsége arra számít, hogy a kamatcsökkentés csak jövő tavasszal folytatódik.`},
	{"Romanian", "ro", `Guvernul a aprobat miercuri un proiect de lege care ar trebui să accelereze construcția parcurilor eoliene. Potrivit ministrului energiei, procedura de autorizare nu va mai dura mai mult de șase luni. Opoziția a criticat proiectul și a spus că acesta vine prea târziu, iar primăriile nu au primit suficienți bani pentru a face față sarcinii.`},
	{"Croatian", "sh", `Vlada je u srijedu predstavila novi prijedlog zakona koji bi trebao ubrzati izgradnju vjetroelektrana. Prema riječima ministra gospodarstva, postupak izdavanja dozvola ubuduće ne bi smio trajati dulje od šest mjeseci. Oporba je kritizirala prijedlog i rekla da dolazi prekasno te da općine nisu dobile dovoljno novca za taj posao.`},
	{"Serbian (Latin)", "sh", `Crvena zvezda je u subotu pobedila Partizan sa 2:1 u derbiju odigranom pred četrdeset hiljada gledalaca. Trener je posle utakmice rekao da je ekipa igrala hrabro i da je pobeda zaslužena. Zvezda je sada pet bodova ispred najvećeg rivala, a sledeće kolo igra u Novom Sadu protiv Vojvodine.`},
	{"Bosnian", "sh", `Vijeće ministara je u četvrtak usvojilo prijedlog budžeta za narednu godinu, koji je veći za osam posto nego ove godine. Ministar finansija je kazao da će najviše novca otići na plate u javnom sektoru i na izgradnju autoputa. Opozicija tvrdi da budžet nije realan i da će zemlja morati ponovo da se zadužuje.`},
	{"Slovenian", "sl", `Vlada je v sredo predstavila nov predlog zakona, ki naj bi pospešil gradnjo vetrnih elektrarn. Po besedah ministra za okolje postopek izdaje dovoljenj v prihodnje ne bo trajal več kot šest mesecev. Opozicija je predlog kritizirala in dejala, da prihaja prepozno ter da občine niso dobile dovolj denarja za to nalogo.`},
	{"Lithuanian", "lt", `Vyriausybė trečiadienį pristatė naują įstatymo projektą, kuris turėtų paspartinti vėjo jėgainių statybą. Pasak energetikos ministro, leidimų išdavimo procedūra ateityje neturėtų trukti ilgiau nei šešis mėnesius. Opozicija projektą sukritikavo ir teigė, kad jis pateiktas per vėlai, o savivaldybės negavo pakankamai lėšų šiam darbui atlikti.`},
	{"Latvian", "lv", `Rīgas pilsētas dome otrdien nolēma no nākamā gada paaugstināt sabiedriskā transporta biļešu cenas. Kā norādīja domes priekšsēdētājs, cenas pieaugs par desmit procentiem, jo ir sadārdzinājusies degviela un elektroenerģija. Opozīcija lēmumu kritizēja un sacīja, ka tas visvairāk skars pensionārus un studentus.`},
	{"Estonian", "et", `Valitsus esitles kolmapäeval uut seaduseelnõu, mis peaks kiirendama tuuleparkide ehitamist. Majandusministri sõnul ei tohi lubade menetlemine edaspidi kesta kauem kui kuus kuud. Opositsioon kritiseeris eelnõu ja ütles, et see tuleb liiga hilja ning et omavalitsused ei ole saanud selle töö jaoks piisavalt raha.`},
	{"Catalan", "ca", `El Barça va guanyar dissabte el Girona per tres gols a un en un partit que es va decidir a la segona part. L'entrenador va dir després del partit que l'equip havia jugat amb molta intensitat i que la victòria era merescuda. Amb aquest resultat, els blaugranes continuen líders de la lliga amb quatre punts d'avantatge.`},
	{"Vietnamese", "vi", `Chính phủ hôm thứ Tư đã thông qua dự thảo luật nhằm đẩy nhanh việc xây dựng các nhà máy điện gió. Theo Bộ trưởng Bộ Công Thương, thủ tục cấp phép sẽ không được kéo dài quá sáu tháng. Phe đối lập chỉ trích dự thảo và cho rằng nó đến quá muộn, trong khi các địa phương chưa nhận được đủ kinh phí để thực hiện nhiệm vụ này.`},
	{"Tagalog", "tl", `Inaprubahan ng Senado noong Miyerkules ang panukalang batas na magpapabilis sa pagtatayo ng mga wind farm sa bansa. Ayon sa kalihim ng Department of Energy, hindi na dapat tumagal nang higit sa anim na buwan ang pagproseso ng mga permit. Binatikos ito ng oposisyon at sinabing huli na ang panukala at kulang ang pondo ng mga lokal na pamahalaan para rito.`},
	{"Swahili", "sw", `Serikali ya Kenya imewasilisha muswada mpya wa sheria unaolenga kuharakisha ujenzi wa mitambo ya umeme wa upepo. Kwa mujibu wa Waziri wa Nishati, mchakato wa kutoa vibali hautachukua zaidi ya miezi sita. Upinzani umekosoa muswada huo na kusema kuwa umechelewa na kwamba kaunti hazijapewa fedha za kutosha kwa kazi hiyo.`},
	{"Bulgarian", "bg", `Правителството одобри в сряда законопроект, който трябва да ускори изграждането на вятърни паркове. Според министъра на енергетиката процедурата по издаване на разрешителни няма да продължава повече от шест месеца. Опозицията разкритикува проекта и заяви, че той идва твърде късно и че общините не са получили достатъчно пари за тази задача.`},
	// Listed in session 36: read as English before, but for Irish
	// (refused as "und"), which Hausa's list would name.
	{"Welsh", "cy", `Mae Llywodraeth Cymru wedi cyhoeddi cynllun newydd ddydd Mercher i gyflymu'r gwaith o adeiladu ffermydd gwynt ar y tir. Yn ôl y gweinidog, ni ddylai'r broses o roi caniatâd gymryd mwy na chwe mis yn y dyfodol. Roedd y gwrthbleidiau yn feirniadol o'r cynllun gan ddweud ei fod wedi dod yn rhy hwyr a bod y cynghorau lleol heb gael digon o arian i wneud y gwaith.`},
	{"Basque", "eu", `Eusko Jaurlaritzak asteazkenean lege proiektu berri bat aurkeztu du, haize errotak eraikitzeko lana azkartzeko helburuarekin. Sailburuaren arabera, baimenak emateko prozedurak ez du sei hilabete baino gehiago iraungo etorkizunean. Oposizioak proiektua kritikatu du eta esan du beranduegi iristen dela eta udalek ez dutela lan horretarako behar beste diru jaso.`},
	{"Somali", "so", `Dowladda Soomaaliya ayaa maanta ku dhawaaqday qorshe cusub oo lagu dardargelinayo dhismaha waddooyinka magaalada Muqdisho. Wasiirka howlaha guud ayaa sheegay in mashruucu uu qaadan doono lix bilood oo keliya. Mucaaradka ayaa dhaleeceeyay qorshaha, waxayna sheegeen in uu yimid waqti dambe oo aan lacag ku filan loo qoondeyn.`},
	{"Hausa", "ha", `Gwamnatin Najeriya ta sanar a ranar Laraba cewa za ta fara gina sabbin hanyoyi a jihohin arewacin kasar. Ministan ayyuka ya ce aikin zai dauki watanni shida kacal kafin a kammala shi. 'Yan adawa sun soki shirin inda suka ce ya zo a makare kuma ba a ware isassun kudade domin aikin ba.`},
	{"Irish", "ga", `D'fhógair an Rialtas Dé Céadaoin go mbeidh plean nua ann chun feirmeacha gaoithe a thógáil níos tapúla ar fud na tíre. Dúirt an tAire nach mbeadh ar an bpróiseas ceadúnaithe níos mó ná sé mhí a thógáil feasta. Cháin an freasúra an plean agus dúirt siad go raibh sé ró-dhéanach agus nach bhfuair na comhairlí áitiúla dóthain airgid don obair.`},
	{"Serbian (Cyrillic)", "sr", `Влада Србије је у среду усвојила предлог закона који би требало да убрза изградњу ветроелектрана. Према речима министарке енергетике, поступак издавања дозвола убудуће неће трајати дуже од шест месеци. Опозиција је критиковала предлог и рекла да он долази прекасно и да општине нису добиле довољно новца за тај посао.`},
}

// unnamedLanguages are made-up news paragraphs in languages that no
// stop-word list names: the gate refuses them as "und" (or as a listed
// neighbour's), never reads them as English.
var unnamedLanguages = []struct {
	name, text string
}{
	{"Icelandic", `Ríkisstjórnin kynnti á miðvikudag nýtt frumvarp sem á að flýta fyrir byggingu vindorkuvera. Að sögn ráðherra á afgreiðsla leyfa framvegis ekki að taka lengri tíma en hálft ár. Stjórnarandstaðan gagnrýndi frumvarpið og sagði að það kæmi of seint og að sveitarfélögin hefðu ekki fengið nægilegt fé til verksins.`},
	{"Albanian", `Qeveria miratoi të mërkurën një projektligj që synon të përshpejtojë ndërtimin e parqeve të erës. Sipas ministrit të energjisë, procedura e lejeve nuk do të zgjasë më shumë se gjashtë muaj. Opozita e kritikoi projektligjin dhe tha se ai vjen shumë vonë dhe se bashkitë nuk kanë marrë para të mjaftueshme për këtë punë.`},
	{"Azerbaijani", `Hökumət çərşənbə günü külək elektrik stansiyalarının tikintisini sürətləndirəcək yeni qanun layihəsini təqdim edib. Nazirin sözlərinə görə, icazələrin verilməsi proseduru altı aydan çox çəkməyəcək. Müxalifət layihəni tənqid edərək bildirib ki, o, çox gec gəlir və bələdiyyələr bu iş üçün kifayət qədər vəsait almayıb.`},
	{"Macedonian", `Владата во средата го усвои предлогот на законот кој треба да ја забрза изградбата на ветерни паркови. Според министерот за енергетика, постапката за издавање дозволи нема да трае подолго од шест месеци. Опозицијата го критикуваше предлогот и рече дека доаѓа предоцна и дека општините не добиле доволно пари за таа работа.`},
}

// englishAmongUnlisted are made-up English texts that the languages
// lang3 listed could take: briefs holding their words that are English
// ones too ("at", "end", "care", "see", "so", "VA"), names written in
// those languages, and a list-like page of few stop words whose names
// carry their letters. Each is read.
var englishAmongUnlisted = []struct {
	name, text string
}{
	{"short brief", `VA care backlog grows. The VA said veterans in Va. wait at least 40 days for care, up from 31 at the end of 2025.`},
	{"headline of a name Tagalog's word", `Kay Ivey signs bill at Capitol`},
	{"headline of a name Tagalog's word, two", `Ang Lee at Venice`},
	{"headline of names Tagalog's and Finnish's words", `Kay Ivey at Ole Miss`},
	{"headline of a name Finnish's word", `Jo Konta on court at Wimbledon`},
	{"headline of a name Slovenian's word", `Bo Jackson in Kansas City`},
	{"headline opening with Tagalog's word", `Para athletes at Tokyo`},
	{"short brief of Danish names", `Ødegaard, Højlund on target. Martin Ødegaard and Rasmus Højlund scored as Denmark beat Norway 3-1 at Parken.`},
	{"short brief of Czech names", `Souček back at Slavia. Tomáš Souček has rejoined Slavia Praha from West Ham, the Czech club said on Sunday. So far he has not said how long he will stay.`},
	{"report of foreign names", `Vietnam's National Assembly elected Lương Cường as state president on Monday, months after Võ Văn Thưởng resigned. In Belgrade, Aleksandar Vučić met Miloš Vučević and Ana Brnabić, while in Bratislava Robert Fico named Juraj Blanár foreign minister. Hungary's Viktor Orbán and Romania's Klaus Iohannis were due in Brussels at the end of the week, and Denmark's Mette Frederiksen said she would see them there.`},
	{"brief of the new lists' English words", `Sun sets on Le Mans. Ah, the go-ahead: an old bat of a car won at Le Mans on Sunday, NE of Tours, as TA crews watched.`},
	{"headline of Welsh and Hausa's English words", `A bat, an owl and a go at Le Mans`},
	{"list-like page of Welsh places", "Wales weather, Tuesday\n\nYnys Môn 12C showers\n\nCaernarfon 13C showers\n\nBlaenau Ffestiniog 10C rain\n\nAberystwyth 14C cloudy\n\nMachynlleth 13C cloudy\n\nLlandrindod Wells 12C dry\n\nMerthyr Tudful 13C dry\n\nPontypridd 14C sunny\n\nCaerdydd 15C sunny\n\nAbertawe 15C sunny"},
	{"list-like page of Czech clubs", "Czech First League results, round 12\n\nSlavia Praha 2-1 Sparta Praha\n\nViktoria Plzeň 0-0 Baník Ostrava\n\nMladá Boleslav 3-1 Bohemians 1905\n\nSigma Olomouc 1-2 Slovan Liberec\n\nHradec Králové 2-2 Teplice\n\nJablonec 1-0 České Budějovice\n\nZlín 0-1 Pardubice\n\nKarviná 2-0 Dukla Praha\n\nStandings: Slavia 31 pts, Sparta 28, Plzeň 26, Baník 22, Liberec 20, Olomouc 19."},
	{"list-like page of a café's menu", "Menu\n\nCafé crème 3.50\n\nCrêpe suzette 7.00\n\nPiña colada 9.00\n\nCrème brûlée 6.50\n\nJalapeño poppers 8.00\n\nAçaí bowl 9.50\n\nPâté maison 8.50\n\nSmörgåsbord platter 24.00\n\nRösti with fried egg 11.00\n\nCroque monsieur 9.00\n\nSoupe à l'oignon 7.50\n\nDrinks: café au lait, thé, crème soda, lemonade, beer, wine."},
	{"list-like page of Nordic prices", "Nordic power prices, Tuesday\n\nSE1 Luleå 12.40 EUR/MWh\n\nSE2 Sundsvall 12.40\n\nSE3 Stockholm 48.10\n\nSE4 Malmö 61.75\n\nNO1 Oslo 52.30\n\nNO2 Kristiansand 52.30\n\nNO4 Tromsø 9.80\n\nDK1 Århus 70.15\n\nDK2 København 68.90\n\nFI Helsinki 44.60\n\nSource: Nord Pool. Prices are day-ahead averages."},
}

// TestUnlistedLanguagesRefused: an article in a language the guess did
// not list (issue 11) is named by the guess and refused, as plain text,
// on a page that declares nothing and on one whose template declares
// English, its record carrying its language; before lang3 all but four
// of lang3's were read (Romanian and Hungarian were refused as
// Portuguese, Catalan as Spanish, Bulgarian as Russian), their records
// saying no language, and before extract/v69 Welsh, Basque, Somali and
// Hausa were read and Irish refused as "und".
func TestUnlistedLanguagesRefused(t *testing.T) {
	for _, c := range unlistedLanguages {
		if g := GuessLanguage(c.text); g != c.lang {
			t.Errorf("%s guessed %q, want %q", c.name, g, c.lang)
		}
		for _, v := range gateVariants(c.text) {
			a := processFake(t, v.format, v.body)
			if a.EntitiesStatus != newsner.EntitiesUnsupportedLanguage || len(a.Entities) != 0 || a.Language != c.lang {
				t.Errorf("%s %s: entities_status %q, %d entities, language %q, want refused as %q",
					c.name, v.name, a.EntitiesStatus, len(a.Entities), a.Language, c.lang)
			}
		}
	}
}

// TestUnnamedLanguagesRefused: an article in a language no list names
// is refused all the same where its words are plainly not English
// (unnamedForeign: few of English's stop words, and letters outside
// ASCII in its own words or Cyrillic), whatever the page declares; its
// record says "und" or a neighbour's language, never English.
func TestUnnamedLanguagesRefused(t *testing.T) {
	for _, c := range unnamedLanguages {
		for _, v := range gateVariants(c.text) {
			a := processFake(t, v.format, v.body)
			if a.EntitiesStatus != newsner.EntitiesUnsupportedLanguage || len(a.Entities) != 0 || a.Language == "" || primaryLanguage(a.Language) == "en" {
				t.Errorf("%s %s: entities_status %q, %d entities, language %q, want refused",
					c.name, v.name, a.EntitiesStatus, len(a.Entities), a.Language)
			}
		}
	}
}

// TestEnglishAmongUnlistedRead: English briefs, reports and list-like
// pages that the new lists or unnamedForeign could take for another
// language are read, declared English or declaring nothing; so are
// headlines whose names are the new lists' words ("Kay", "Ang", "Jo",
// "Bo": a name's word shows no language, holdsForeignWord).
func TestEnglishAmongUnlistedRead(t *testing.T) {
	for _, c := range englishAmongUnlisted {
		for _, v := range gateVariants(c.text) {
			a := processFake(t, v.format, v.body)
			if a.EntitiesStatus != newsner.EntitiesOK || len(a.Entities) != 1 {
				t.Errorf("%s %s: entities_status %q, language %q, want read", c.name, v.name, a.EntitiesStatus, a.Language)
			}
		}
	}
}

// gateVariant is a text as the gate may meet it: plain text, or an
// article page declaring a language or none.
type gateVariant struct {
	name, format string
	body         []byte
}

// gateVariants are text as plain text, on a page that declares no
// language and on one whose template declares English.
func gateVariants(text string) []gateVariant {
	page := func(attr string) []byte {
		return []byte(`<!doctype html><html` + attr + `><head><meta charset="utf-8"><title>News</title></head><body><article><p>` +
			strings.ReplaceAll(text, "\n\n", "</p><p>") + `</p></article></body></html>`)
	}
	return []gateVariant{
		{"as plain text", FormatText, []byte(text)},
		{"on a page declaring nothing", FormatHTML, page("")},
		{"on a page declaring en", FormatHTML, page(` lang="en"`)},
	}
}

// processFake runs body through a Processor of englishTagger in format.
func processFake(t *testing.T, format string, body []byte) newsner.Article {
	t.Helper()
	p := &Processor{Finder: englishTagger(), Format: format}
	a, err := p.Process(context.Background(), newsner.Page{URL: "https://example.com/a", FinalURL: "https://example.com/a", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// listedNeighbours are made-up news paragraphs in languages listed before
// lang3 whose words the new lists share (Swedish with Danish and
// Norwegian, Polish with Czech and Slovak, Russian and Ukrainian with
// Bulgarian and Serbian, Spanish with Catalan, Portuguese and Italian
// with Romanian, Indonesian with Tagalog and Swahili).
var listedNeighbours = []struct {
	lang, text string
}{
	{"sv", `Regeringen presenterade på onsdagen ett nytt lagförslag som ska göra det lättare att bygga vindkraft på land. Enligt klimatministern ska handläggningen av ansökningar inte ta mer än ett halvår. Oppositionen kritiserade förslaget och sade att det kommer för sent och att kommunerna inte har fått tillräckligt med pengar för uppgiften.`},
	{"pl", `Rząd przedstawił w środę nowy projekt ustawy, który ma przyspieszyć budowę farm wiatrowych. Według ministra klimatu procedura wydawania pozwoleń nie będzie trwała dłużej niż pół roku. Opozycja skrytykowała projekt i stwierdziła, że jest on spóźniony, a gminy nie dostały wystarczająco dużo pieniędzy na to zadanie.`},
	{"ru", `Правительство в среду представило законопроект, который должен ускорить строительство ветряных электростанций. По словам министра энергетики, процедура выдачи разрешений не будет длиться дольше шести месяцев. Оппозиция раскритиковала проект и заявила, что он появился слишком поздно, а у муниципалитетов нет денег для этой работы.`},
	{"uk", `Уряд у середу представив законопроєкт, який має пришвидшити будівництво вітрових електростанцій. За словами міністра енергетики, процедура видачі дозволів не триватиме довше ніж шість місяців. Опозиція розкритикувала проєкт і заявила, що він з'явився надто пізно, а громади не отримали достатньо коштів для цієї роботи.`},
	{"es", `El Gobierno aprobó el miércoles un proyecto de ley que debe acelerar la construcción de parques eólicos. Según la ministra de Transición Ecológica, el trámite de los permisos no durará más de seis meses. La oposición criticó el proyecto y dijo que llega demasiado tarde y que los ayuntamientos no han recibido dinero suficiente para esta tarea.`},
	{"pt", `O governo aprovou na quarta-feira um projeto de lei que deve acelerar a construção de parques eólicos. Segundo o ministro da Energia, o processo de licenciamento não vai durar mais de seis meses. A oposição criticou o projeto e disse que ele chega tarde demais e que as prefeituras não receberam dinheiro suficiente para a tarefa.`},
	{"it", `Il governo ha approvato mercoledì un disegno di legge che dovrebbe accelerare la costruzione di parchi eolici. Secondo il ministro dell'Ambiente, la procedura per i permessi non durerà più di sei mesi. L'opposizione ha criticato il provvedimento e ha detto che arriva troppo tardi e che i comuni non hanno ricevuto abbastanza fondi per questo compito.`},
	{"id", `Pemerintah pada hari Rabu mengajukan rancangan undang-undang baru yang akan mempercepat pembangunan pembangkit listrik tenaga angin. Menurut menteri energi, proses perizinan tidak akan memakan waktu lebih dari enam bulan. Pihak oposisi mengkritik rancangan itu dan mengatakan bahwa aturan tersebut datang terlambat dan pemerintah daerah tidak mendapat dana yang cukup untuk tugas ini.`},
	{"tr", `Hükümet çarşamba günü rüzgar santrallerinin yapımını hızlandırmayı amaçlayan yeni bir kanun teklifi sundu. Bakanın açıklamasına göre izin süreci artık altı aydan daha uzun sürmeyecek. Muhalefet teklifi eleştirdi ve bunun çok geç geldiğini, belediyelere bu iş için yeterli kaynak verilmediğini söyledi.`},
}

// TestListedNeighboursKeepTheirGuess: the languages listed before lang3
// are guessed as before beside the new lists that share their words.
func TestListedNeighboursKeepTheirGuess(t *testing.T) {
	for _, c := range listedNeighbours {
		if g := GuessLanguage(c.text); g != c.lang {
			t.Errorf("%s guessed %q: %.60q", c.lang, g, c.text)
		}
	}
}
