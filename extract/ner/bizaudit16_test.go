package ner

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// auditMention is a gold mention of a marked-up audit article: its type
// ("PERSON", ..., "MISC") and rune offsets in the plain text.
type auditMention struct {
	typ        string
	start, end int
	text       string
}

// auditTypes maps the markup's type letters to the types scored.
var auditTypes = map[byte]string{'P': "PERSON", 'L': "LOCATION", 'O': "ORGANIZATION", 'M': "MISC"}

// parseAuditMarkup turns "[O Quelb Capital] said" into the plain text and
// its gold mentions: a mention is "[" and a type letter (P, L, O, M), a
// space, the name and "]".
func parseAuditMarkup(t *testing.T, src string) (string, []auditMention) {
	t.Helper()
	var b strings.Builder
	var ms []auditMention
	runes := 0
	for i := 0; i < len(src); {
		if src[i] == '[' && i+2 < len(src) && src[i+2] == ' ' && auditTypes[src[i+1]] != "" {
			j := strings.IndexByte(src[i:], ']')
			if j < 0 {
				t.Fatalf("unclosed mention at %q", src[i:])
			}
			name := src[i+3 : i+j]
			n := utf8.RuneCountInString(name)
			ms = append(ms, auditMention{auditTypes[src[i+1]], runes, runes + n, name})
			b.WriteString(name)
			runes += n
			i += j + 1
			continue
		}
		r, w := utf8.DecodeRuneInString(src[i:])
		b.WriteRune(r)
		runes++
		i += w
	}
	return b.String(), ms
}

// auditArticle is a made-up article in markup and the differences from
// its gold that are left, each "fp TYPE name" or "fn TYPE name" with the
// reason after " -- ".
type auditArticle struct {
	src  string
	left []string
}

// runAudit tags each article, scores its PERSON, LOCATION and
// ORGANIZATION mentions by exact span and type (auditCounts), logs P/R/F1
// by type, and fails on every difference not listed as left. A left
// difference that no longer occurs is logged.
func runAudit(t *testing.T, arts []auditArticle) {
	t.Helper()
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	c := newAuditCounts()
	for ai, a := range arts {
		text, gold := parseAuditMarkup(t, a.src)
		left := map[string]bool{}
		for _, l := range a.left {
			l, _, _ = strings.Cut(l, " -- ")
			left[l] = true
		}
		seen := map[string]bool{}
		for _, d := range c.score(tg, text, gold) {
			seen[d.line] = true
			if left[d.line] {
				t.Logf("article %d: left: %s", ai+1, d.line)
			} else {
				t.Errorf("article %d: %s\n%s", ai+1, d.line, text)
			}
		}
		for l := range left {
			if !seen[l] {
				t.Logf("article %d: left difference now right: %s", ai+1, l)
			}
		}
	}
	c.log(t)
}

// auditCounts are an audit's true positives, false positives and misses by
// type, over its articles so far.
type auditCounts struct{ tp, fp, fn map[string]int }

func newAuditCounts() auditCounts {
	return auditCounts{map[string]int{}, map[string]int{}, map[string]int{}}
}

// auditDiff is one difference of an article's mentions from its gold:
// line is "fp TYPE text" or "fn TYPE text" (the form audits list as left),
// kind what went wrong (a spurious mention, a gold MISC tagged, a wrong
// type or span, a miss).
type auditDiff struct{ line, kind string }

// score tags text, compares its PERSON, LOCATION and ORGANIZATION mentions
// with gold by exact span and type (a mention tagged where the gold has
// MISC is a false positive, as CoNLL-2003's scoring counts it), adds them
// to the counts and returns the differences, sorted.
func (c auditCounts) score(tg *Tagger, text string, gold []auditMention) []auditDiff {
	type key struct {
		typ        string
		start, end int
	}
	want := map[key]string{}
	for _, m := range gold {
		if m.typ != "MISC" {
			want[key{m.typ, m.start, m.end}] = m.text
		}
	}
	got := map[key]string{}
	for _, e := range tg.Entities(text) {
		for _, m := range e.Mentions {
			got[key{string(e.Type), m.Start, m.End}] = m.Text
		}
	}
	var diffs []auditDiff
	for k, s := range got {
		if _, ok := want[k]; ok {
			c.tp[k.typ]++
			continue
		}
		c.fp[k.typ]++
		kind := "fp " + k.typ + " spurious"
		for _, g := range gold {
			switch {
			case g.start == k.start && g.end == k.end && g.typ == "MISC":
				kind = "fp " + k.typ + " on gold MISC"
			case g.start == k.start && g.end == k.end:
				kind = "type " + g.typ + " as " + k.typ
			case g.start < k.end && k.start < g.end && kind == "fp "+k.typ+" spurious":
				kind = "fp " + k.typ + " wrong span of gold " + g.typ
			}
		}
		diffs = append(diffs, auditDiff{"fp " + k.typ + " " + s, kind})
	}
	for k, s := range want {
		if _, ok := got[k]; ok {
			continue
		}
		c.fn[k.typ]++
		kind := "fn " + k.typ + " missed"
		for g := range got {
			switch {
			case g.start == k.start && g.end == k.end:
				kind = "fn " + k.typ + " (typed " + g.typ + ")"
			case g.start < k.end && k.start < g.end && kind == "fn "+k.typ+" missed":
				kind = "fn " + k.typ + " (wrong span)"
			}
		}
		diffs = append(diffs, auditDiff{"fn " + k.typ + " " + s, kind})
	}
	sort.Slice(diffs, func(i, j int) bool { return diffs[i].line < diffs[j].line })
	return diffs
}

// log logs P/R/F1 by type and overall, and returns the overall F1.
func (c auditCounts) log(t *testing.T) float64 {
	t.Helper()
	var all [3]int
	for _, typ := range []string{"PERSON", "LOCATION", "ORGANIZATION"} {
		t.Logf("%s", auditScore(typ, c.tp[typ], c.fp[typ], c.fn[typ]))
		all[0] += c.tp[typ]
		all[1] += c.fp[typ]
		all[2] += c.fn[typ]
	}
	t.Logf("%s", auditScore("overall", all[0], all[1], all[2]))
	if all[0] == 0 {
		return 0
	}
	return 2 * float64(all[0]) / float64(2*all[0]+all[1]+all[2])
}

// auditScore formats a type's precision, recall and F1.
func auditScore(typ string, tp, fp, fn int) string {
	p, r, f := 0.0, 0.0, 0.0
	if tp > 0 {
		p = float64(tp) / float64(tp+fp)
		r = float64(tp) / float64(tp+fn)
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("%-13s P %.4f R %.4f F1 %.4f  tp %d fp %d fn %d", typ, p, r, f, tp, fp, fn)
}

// TestBusinessMarketsAudit: the fifth business audit, made-up
// Reuters-style articles of December 2020 business, markets and
// technology news (listings, antitrust suits, fund managers and research
// firms, analysts, exchanges and indexes, regulators and central banks,
// oil producers, chipmakers, carmakers, airlines, Asian companies, the
// agency's credit line), marked up with CoNLL-2003's conventions:
// indexes, Nasdaq and products are MISC (eng.train marks Nasdaq MISC 7
// of 7), Wall Street a place, a stock exchange named in full an
// organization, tickers in brackets nothing.
func TestBusinessMarketsAudit(t *testing.T) {
	runAudit(t, bizAudit16)
}

var bizAudit16 = []auditArticle{
	{src: "[L SAN FRANCISCO] ([O Reuters]) - Home rental company [O Airbnb Inc] (ABNB.O) raised $3.5 billion in its initial public offering on Wednesday, pricing its shares above a range it had already raised twice. \"Investors are betting travel comes back strongly next year,\" said [P Kathleen Smith], principal at [O Renaissance Capital], an IPO-focused ETF manager. [O Airbnb] co-founder [P Brian Chesky] will ring the opening bell on the [M Nasdaq] remotely. Reporting by [P Joshua Franklin] in [L Boston] and [P Krystal Hu] in [L New York]; Editing by [P Sriraj Kalluvila]"},
	{src: "[L NEW YORK] ([O Reuters]) - Shares of [O DoorDash Inc] soared 86% in their market debut on the [O New York Stock Exchange] on Wednesday, valuing the food delivery firm at about $72 billion. \"The demand is a sign of how frothy the market has become,\" said [P Matt Kennedy], senior strategist at [O Renaissance Capital]. [O DoorDash] competes with [O Uber Technologies Inc]'s [O Uber Eats] and [O Grubhub]. Reporting by [P Anirban Sen] in [L Bengaluru]; Editing by [P Arun Koyyur]", left: []string{"fn ORGANIZATION Uber Eats -- a company's service after its owner's \"'s\", read as a product"}},
	{src: "Mobile gaming platform [O Roblox Corp] said on Tuesday it would delay its listing until early next year after the blockbuster debuts of [O Airbnb] and [O DoorDash]. The company, backed by [O Andreessen Horowitz] and [O Tencent Holdings], plans a direct listing on the [O New York Stock Exchange] instead. \"They want to see how the price settles,\" said [P Rett Wallace], chief executive of [O Triton Research]. Reporting by [P Echo Wang] in [L New York]; Editing by [P Shinjini Ganguli]", left: []string{"fn ORGANIZATION Andreessen Horowitz -- a venture firm named for two people, read as a person; no cue but \"backed by\"", "fp PERSON Andreessen Horowitz -- the same", "fp LOCATION Mobile -- a sentence's first word that is a town (Mobile, Alabama) before \"gaming platform\""}},
	{src: "[L HONG KONG] ([O Reuters]) - Chinese video platform [O Kuaishou Technology] is seeking to raise up to $5 billion in a [L Hong Kong] initial public offering, two people with knowledge of the matter said. [O Morgan Stanley], [O Bank of America] and [O China Renaissance] are sponsors of the deal, according to a filing with the [O Hong Kong Stock Exchange]. [O Kuaishou], whose main rival is [O ByteDance]'s [M Douyin], declined to comment. Reporting by [P Julie Zhu]; Editing by [P Sumeet Chatterjee]", left: []string{"fn ORGANIZATION Kuaishou Technology -- an unknown Chinese name after \"video platform\", left untagged", "fn ORGANIZATION Kuaishou -- its short name before \", whose main rival\""}},
	{src: "[L WASHINGTON] ([O Reuters]) - The [O Federal Trade Commission] and 48 states and districts sued [O Facebook Inc] on Wednesday, accusing the social media company of buying rivals such as [O Instagram] and [O WhatsApp] to crush competition. [L New York] Attorney General [P Letitia James] said [O Facebook] had used its power \"to smother smaller rivals\". [O Facebook] general counsel [P Jennifer Newstead] said the company would defend itself vigorously. Reporting by [P Diane Bartz]; Editing by [P Chizu Nomiyama]"},
	{src: "[L WASHINGTON] ([O Reuters]) - A group of 38 states led by [L Colorado] filed an antitrust lawsuit against [O Alphabet Inc]'s [O Google] on Thursday, the third such suit against the search giant in two months. The [O U.S. Justice Department] sued [O Google] in October. [O Google] said the claims would hurt consumers. \"This is a historic week for antitrust,\" said [P Charlotte Slaiman] of [O Public Knowledge], a consumer advocacy group. Reporting by [P Diane Bartz]; Editing by [P Howard Goller]"},
	{src: "[L BRUSSELS] ([O Reuters]) - The [O European Commission] on Tuesday proposed rules that could force big tech companies such as [O Amazon] and [O Apple] to change their business models. [O EU] antitrust chief [P Margrethe Vestager] said the [M Digital Markets Act] would set clear limits. [O BusinessEurope], the employers' lobby, said the rules went too far. Reporting by [P Foo Yun Chee]; Editing by [P Mark Potter]"},
	{src: "[L LONDON] ([O Reuters]) - [L Britain]'s [O Competition and Markets Authority] said on Tuesday it would set up a unit to police [O Google] and [O Facebook], which will have powers to fine the companies up to 10% of their turnover. \"Only a new regime can address the market power,\" [O CMA] chief executive [P Andrea Coscelli] said. Reporting by [P Paul Sandle]; Editing by [P Kate Holton]"},
	{src: "Stocks on [L Wall Street] hit record highs on Monday as vaccine hopes offset worries over a stimulus deal. The [M Dow Jones Industrial Average] rose 0.6%, the [M S&P 500] gained 0.4% and the [M Nasdaq Composite] added 0.5%. \"The market is looking past the winter,\" said [P Peter Cardillo], chief market economist at [O Spartan Capital Securities] in [L New York]. Reporting by [P Medha Singh] in [L Bengaluru]; Editing by [P Shounak Dasgupta]"},
	{src: "[L TOKYO] ([O Reuters]) - [L Japan]'s [M Nikkei] share average closed at a 29-year high on Thursday, led by chip-related stocks such as [O Tokyo Electron] and [O Advantest]. \"Foreign investors are coming back to [L Japan],\" said [P Shoichi Arisawa], general manager at [O IwaiCosmo Securities]. The broader [M Topix] rose 0.3%. Reporting by [P Hideyuki Sano]; Editing by [P Subhranshu Sahu]"},
	{src: "[L FRANKFURT] ([O Reuters]) - The [O European Central Bank] expanded its emergency bond purchases by 500 billion euros on Thursday and extended them until March 2022. [O ECB] President [P Christine Lagarde] said the bank stood ready to do more. \"It is a solid package, but not a bazooka,\" said [P Carsten Brzeski], an economist at [O ING]. Reporting by [P Balazs Koranyi] and [P Francesco Canepa]; Editing by [P Catherine Evans]"},
	{src: "[L WASHINGTON] ([O Reuters]) - The [O Federal Reserve] said on Wednesday it would keep buying at least $120 billion of bonds each month until the economy makes \"substantial further progress\". [O Fed] Chair [P Jerome Powell] told reporters the outlook was \"extraordinarily uncertain\". \"The [O Fed] has given the market what it wanted,\" said [P Kristina Hooper], chief global market strategist at [O Invesco]. Reporting by [P Howard Schneider]; Editing by [P Dan Burns]"},
	{src: "[L ANKARA] ([O Reuters]) - [L Turkey]'s central bank raised its main rate by 200 basis points to 17% on Thursday, more than expected. \"Today's hike shows the bank is serious,\" said [P Piotr Matys], a strategist at [O Rabobank] in [L London]. The [O Central Bank of the Republic of Turkey] said tight policy would be kept until inflation fell. Reporting by [P Ezgi Erkoyun]; Editing by [P Jonathan Spicer]", left: []string{"fn ORGANIZATION Central Bank of the Republic of Turkey -- cut before \"of the Republic of Turkey\", as \"State Bank of Pakistan\" is two names in eng.train", "fp ORGANIZATION Central Bank -- the same", "fp LOCATION Republic of Turkey -- the same"}},
	{src: "[L MUMBAI] ([O Reuters]) - The [O Reserve Bank of India] kept its key lending rate at 4% on Friday. Governor [P Shaktikanta Das] said the economy would return to growth in the second half of the year. \"The [O RBI] is in wait-and-watch mode,\" said [P Upasna Bhardwaj], an economist at [O Kotak Mahindra Bank]. The [M Nifty 50] index rose 1%. Reporting by [P Swati Bhat]; Editing by [P Sam Holmes]"},
	{src: "[L LONDON] ([O Reuters]) - [O OPEC+] agreed on Thursday to raise oil output by 500,000 barrels per day from January, after days of talks between [L Saudi Arabia] and [L Russia]. Russian Deputy Prime Minister [P Alexander Novak] said the group would meet monthly. \"It is a compromise that keeps the market balanced,\" said [P Amrita Sen] of [O Energy Aspects]. [M Brent] crude rose 1%. Reporting by [P Rania El Gamal], [P Alex Lawler] and [P Olga Yagova]; Editing by [P Jason Neely]", left: []string{"fp ORGANIZATION Brent -- the crude's grade (eng.train marks \"Brent\" ORG 3 times, MISC once)"}},
	{src: "[L SANTIAGO] ([O Reuters]) - [L Chile]'s state copper miner [O Codelco] said on Monday output would fall next year. Copper prices rose on the [O London Metal Exchange] to their highest since 2013. \"Supply is tight,\" said [P Colin Hamilton], managing director for commodities research at [O BMO Capital Markets]. [O BHP] and [O Antofagasta] also warned of lower grades. Reporting by [P Dave Sherwood]; Editing by [P Leslie Adler]", left: []string{"fn ORGANIZATION Antofagasta -- a miner named for its town, listed beside BHP", "fp LOCATION Antofagasta -- the same"}},
	{src: "[L SEOUL] ([O Reuters]) - [O Samsung Electronics Co Ltd] forecast a rise in memory chip prices next year, as demand for servers recovers. Rival [O SK Hynix] said it would buy [O Intel Corp]'s NAND business for $9 billion. \"Chip stocks have more room to run,\" said [P Greg Roh], head of research at [O Hyundai Motor Securities]. Reporting by [P Joyce Lee]; Editing by [P Christopher Cushing]"},
	{src: "[L TAIPEI] ([O Reuters]) - [O Taiwan Semiconductor Manufacturing Co] ([O TSMC]) said on Thursday its November revenue rose 16%. [O TSMC], the world's largest contract chipmaker, supplies [O Apple] and [O Qualcomm]. \"Demand for 5-nanometre chips is strong,\" said [P Mark Li], an analyst at [O Sanford C. Bernstein]. Rival [O United Microelectronics Corp] also reported higher sales. Reporting by [P Yimou Lee]; Editing by [P Louise Heavens]"},
	{src: "[O Nvidia Corp]'s $40 billion deal to buy [O Arm] from [O SoftBank Group Corp] faces scrutiny from [L China]'s market regulator, the [O State Administration for Market Regulation], people familiar with the matter said. [O SoftBank] founder [P Masayoshi Son] has said the deal will close in 18 months. [O Nvidia] chief executive [P Jensen Huang] said [O Arm] would stay in [L Cambridge]. Reporting by [P Stephen Nellis] in [L San Francisco]; Editing by [P Richard Chang]", left: []string{"fn ORGANIZATION Arm -- a common word (\"buy Arm from\", \"said Arm would\") with no company cue the rules know"}},
	{src: "[L SHANGHAI] ([O Reuters]) - Chinese electric vehicle start-up [O Xpeng Inc] said on Tuesday it delivered 4,224 cars in November, up 270%, while rival [O Li Auto] delivered 4,646. [O Nio Inc] also posted record deliveries. \"The Chinese EV makers are gaining on [O Tesla],\" said [P Tu Le], founder of consultancy [O Sino Auto Insights]. Reporting by [P Yilei Sun] and [P Brenda Goh]; Editing by [P Gerry Doyle]"},
	{src: "[L DETROIT] ([O Reuters]) - [O General Motors Co] said on Wednesday it would no longer own a stake in [O Nikola Corp], scrapping a deal to build the start-up's [M Badger] pickup truck. [O Nikola] shares fell 27%. \"This removes the main source of credibility,\" said [P Chris McNally], an analyst at [O Evercore ISI]. [O GM] will instead supply fuel cells. Reporting by [P Ben Klayman] in [L Detroit]; Editing by [P Matthew Lewis]", left: []string{"fp LOCATION Badger -- a truck's name (MISC) before \"pickup\""}},
	{src: "[L TOKYO] ([O Reuters]) - [O Toyota Motor Corp] said on Tuesday it would show a prototype solid-state battery car next year. [O Honda Motor Co] and [O Nissan Motor Co] are also working on such batteries. \"The Japanese carmakers are late to electric vehicles,\" said [P Koji Endo], an analyst at [O SBI Securities]. Reporting by [P Naomi Tajitsu]; Editing by [P Stephen Coates]"},
	{src: "[L BERLIN] ([O Reuters]) - [O Volkswagen AG] chief executive [P Herbert Diess] survived a challenge to his leadership on Sunday after talks with the [P Porsche] and [P Piech] families and the state of [L Lower Saxony]. [O Daimler AG] and [O BMW AG] face similar pressure to speed up electric car plans. \"[P Diess] has won this round,\" said [P Arndt Ellinghorst], an analyst at [O Bernstein]. Reporting by [P Jan Schwartz] in [L Hamburg]; Editing by [P Mark Potter]", left: []string{"fn PERSON Porsche -- a family named before \"families\", read as the carmaker", "fp ORGANIZATION Porsche -- the same", "fn PERSON Piech -- the same, left untagged"}},
	{src: "[L SYDNEY] ([O Reuters]) - [O Qantas Airways Ltd] said on Tuesday it would require international travellers to be vaccinated. Chief executive [P Alan Joyce] said other airlines would follow. [O Singapore Airlines] and [O Cathay Pacific Airways] said they were studying the idea, while the [O International Air Transport Association] is building a travel pass. Reporting by [P Jamie Freed]; Editing by [P Christopher Cushing]"},
	{src: "[L CHICAGO] ([O Reuters]) - [O United Airlines] and [O American Airlines Group] said on Wednesday they would recall furloughed workers if [O Congress] passed payroll aid. [O Southwest Airlines Co] warned of more job cuts. \"Airline stocks are trading on hope,\" said [P Helane Becker], an analyst at [O Cowen]. The [O Federal Aviation Administration] cleared the [M Boeing 737 MAX] to fly again in November. Reporting by [P Tracy Rucinski]; Editing by [P Leslie Adler]"},
	{src: "[L BEIJING] ([O Reuters]) - [L China]'s market regulator said on Monday it had fined [O Alibaba Group Holding Ltd] and [O China Literature], a unit of [O Tencent], for failing to seek approval for past deals. The [O State Administration for Market Regulation] fined each 500,000 yuan. Shares of [O Alibaba] fell 3% in [L Hong Kong]. \"The era of unchecked growth is over,\" said [P Kenny Ng], a strategist at [O Everbright Securities International]. Reporting by [P Yingzhi Yang] and [P Tony Munroe]; Editing by [P Kim Coghill]"},
	{src: "[L MUMBAI] ([O Reuters]) - [O Reliance Industries Ltd], controlled by [P Mukesh Ambani], said on Friday its retail arm had received approval from the [O Competition Commission of India] for its $3.4 billion purchase of [O Future Group]'s assets. [O Amazon.com Inc] has challenged the deal in a [L Singapore] arbitration. \"This will be a long fight,\" said [P Arvind Singhal], chairman of consultancy [O Technopak Advisors]. Reporting by [P Aditya Kalra] in [L New Delhi]; Editing by [P Euan Rocha]"},
	{src: "[L BENGALURU] ([O Reuters]) - Indian food delivery start-up [O Zomato] raised $660 million from investors including [O Tiger Global], [O Kora Management] and [O Fidelity], ahead of a planned listing next year. Rival [O Swiggy] is backed by [O Prosus]. \"The sector is consolidating fast,\" said [P Satish Meena], senior analyst at [O Forrester Research]. Reporting by [P Sankalp Phartiyal]; Editing by [P Savio D'Souza]", left: []string{"fn ORGANIZATION Fidelity -- a common word last in a list of investors, untagged"}},
	{src: "[L SEOUL] ([O Reuters]) - [O Coupang], [L South Korea]'s biggest e-commerce firm, is preparing for a [L U.S.] listing that could value it at more than $30 billion, people familiar with the matter said. Backed by the [O SoftBank Vision Fund], the company has hired [O Goldman Sachs Group Inc]. \"Korean investors will be watching closely,\" said [P Park Sung-hoon], a fund manager at [O Mirae Asset Global Investments]. Reporting by [P Joyce Lee] and [P Heekyong Yang]; Editing by [P Sam Holmes]", left: []string{"fn ORGANIZATION Coupang -- an unknown Korean name before \", South Korea's biggest e-commerce firm\", read as a person", "fp PERSON Coupang -- the same"}},
	{src: "[L NEW YORK] ([O Reuters]) - Activist hedge fund [O Elliott Management] has built a stake of more than $1 billion in [O Twitter Inc], a source said. Separately, [O Starboard Value] pushed for changes at [O Box Inc]. \"Activists smell opportunity in tech,\" said [P Ken Squire], founder of [O 13D Monitor], a research firm. [O Third Point] and [O Pershing Square Capital Management] declined to comment. Reporting by [P Svea Herbst-Bayliss] in [L Boston]; Editing by [P Richard Pullin]", left: []string{"fn ORGANIZATION Starboard Value -- untagged two common words", "fn ORGANIZATION Third Point -- untagged at a sentence's start before \"and Pershing Square ...\""}},
	{src: "[L LONDON] ([O Reuters]) - [O BlackRock Inc], the world's largest asset manager, told companies it would vote against directors who fail to act on climate change. Chief executive [P Larry Fink] said the shift was \"inevitable\". \"Others will follow,\" said [P Jane Ambachtsheer], a partner at [O Mercer Investments]. [O Vanguard] and [O State Street Global Advisors] issued similar calls. Reporting by [P Simon Jessop]; Editing by [P Susan Fenton]", left: []string{"fn ORGANIZATION Vanguard -- a common word at a sentence's start before \"and State Street ...\", untagged"}},
	{src: "[L LONDON] ([O Reuters]) - Private equity firm [O Cinven] agreed to buy a majority of Italian software firm [O Zucchetti], people familiar with the matter said. [O Permira] and [O Advent International] had also bid. \"Software is the hottest sector for buyouts,\" said [P Mark Hasenbichler], a partner at [O Hasenbichler Partners]. [O Zucchetti] is based in [L Lodi]. Reporting by [P Joice Alves] and [P Pamela Barbaglia]; Editing by [P Josephine Mason]"},
	{src: "[L BRASILIA] ([O Reuters]) - [L Brazil]'s central bank held its benchmark rate at a record low 2% on Wednesday. [O Banco Central do Brasil] said it could drop its guidance if inflation expectations rose. \"The bank is preparing the market for hikes,\" said [P Alberto Ramos], head of [L Latin America] research at [O Goldman Sachs]. [O Petrobras] shares rose 2% in [L Sao Paulo]. Reporting by [P Marcela Ayres]; Editing by [P Chizu Nomiyama]"},
	{src: "[L JAKARTA] ([O Reuters]) - Indonesian ride-hailing firms [O Gojek] and [O Grab] are close to agreeing a merger, sources said. [O Grab] is backed by [O SoftBank], while [O Gojek] counts [O Google] and [O Tencent] among its investors. \"A merger would end a costly price war,\" said [P Anthony Tan], chief executive of [O Grab], in a memo to staff. Reporting by [P Fanny Potkin] in [L Singapore]; Editing by [P Kenneth Maxwell]"},
	{src: "[L ZURICH] ([O Reuters]) - The [O Swiss National Bank] kept its policy rate at -0.75% on Thursday, days after the [O U.S. Treasury] labelled [L Switzerland] a currency manipulator. [O SNB] Chairman [P Thomas Jordan] said the bank would keep intervening. \"The label changes nothing,\" said [P Maxime Botteron], an economist at [O Credit Suisse]. Reporting by [P John Revill]; Editing by [P Michael Shields]"},
	{src: "[L OTTAWA] ([O Reuters]) - [O Shopify Inc] shares hit a record on the [O Toronto Stock Exchange] on Monday after the e-commerce company said merchants had record [M Black Friday] sales. \"[O Shopify] is the pandemic winner in [L Canada],\" said [P Brian Madden], chief investment officer at [O Goodreid Investment Counsel]. The [M S&P/TSX composite index] rose 0.3%. Reporting by [P Moira Warburton] in [L Toronto]; Editing by [P Sonya Hepinstall]"},
}

// TestBusinessMarketsAuditCheck: eight more made-up articles of the same
// beats, written after the audit's rules as a check on them.
func TestBusinessMarketsAuditCheck(t *testing.T) {
	runAudit(t, bizAudit16Check)
}

var bizAudit16Check = []auditArticle{
	{src: "[L NEW YORK] ([O Reuters]) - Video game platform [O Skillz Inc] jumped 12% on Tuesday after [O Eagle Point Capital] said it had taken a stake. \"Mobile gaming is the fastest-growing part of the industry,\" said [P Mike Hickey], founder of [O The Benchmark Company]. The [M S&P 500] hit a record. Reporting by [P Noor Zainab Hussain] in [L Bengaluru]; Editing by [P Maju Samuel]"},
	{src: "[L LONDON] ([O Reuters]) - Food delivery firm [O Deliveroo] is working with [O Goldman Sachs] and [O JPMorgan] on a [L London] listing next year that could value it at more than $7 billion, sources said. [O Amazon.com Inc] owns 16% of [O Deliveroo]. \"[L London] needs a tech champion,\" said [P Russ Mould], investment director at [O AJ Bell]. Reporting by [P Abhinav Ramnarayan]; Editing by [P Jane Merriman]"},
	{src: "[L WASHINGTON] ([O Reuters]) - The [O U.S. Securities and Exchange Commission] on Wednesday adopted rules for foreign companies listed in the [L United States], which could force [O Alibaba], [O Baidu Inc] and [O JD.com] to delist. [O SEC] Chairman [P Jay Clayton] said investors deserved transparency. \"It is a blunt instrument,\" said [P Brock Silvers], chief investment officer at [O Kaiyuan Capital] in [L Hong Kong]. Reporting by [P Katanga Johnson]; Editing by [P Andrea Ricci]"},
	{src: "[L DUBAI] ([O Reuters]) - [O Saudi Aramco] raised its January crude prices for [L Asia], a move traders said reflected confidence in the [O OPEC+] deal. \"The Saudis are signalling a tight market,\" said [P Bjornar Tonhaugen], head of oil markets at [O Rystad Energy]. The [O Abu Dhabi National Oil Company] also raised prices. Reporting by [P Rania El Gamal]; Editing by [P Kirsten Donovan]"},
	{src: "[L SEOUL] ([O Reuters]) - [O Hyundai Motor Co] said on Wednesday it would spend $2 billion on a battery venture with [O LG Chem]. \"The tie-up secures supply for its electric cars,\" said [P Lee Sang-hyun], an analyst at [O Hi Investment & Securities]. [O Kia Motors] will also use the batteries. Reporting by [P Hyunjoo Jin]; Editing by [P Kenneth Maxwell]", left: []string{"fn ORGANIZATION LG Chem -- a Korean group's unit after \"venture with\", left untagged"}},
	{src: "[L MEXICO CITY] ([O Reuters]) - [L Mexico]'s central bank held its key interest rate at 4.25% on Thursday. [O Banco de Mexico] said inflation had eased. \"The pause will be short,\" said [P Gabriela Siller], director of economic analysis at [O Banco Base]. The peso firmed. Reporting by [P Anthony Esposito]; Editing by [P Paul Simao]"},
	{src: "[L BENGALURU] ([O Reuters]) - Indian airline [O IndiGo] said on Monday it would restore 80% of its domestic flights by January, while rival [O SpiceJet] sought government help. \"Demand is coming back faster than expected,\" said [P Kinjal Shah], vice president at rating agency [O ICRA]. [O Air India] remains up for sale. Reporting by [P Aditi Shah] in [L New Delhi]; Editing by [P Sherry Jacob-Phillips]"},
	{src: "[L SAN FRANCISCO] ([O Reuters]) - Chipmaker [O Advanced Micro Devices Inc] won approval from [L China] for its $35 billion purchase of [O Xilinx Inc], the companies said. \"This removes the last hurdle,\" said [P Stacy Rasgon], an analyst at [O Bernstein], who covers both firms. Shares of [O AMD] rose 2% on the [M Nasdaq]. Reporting by [P Stephen Nellis]; Editing by [P Shailesh Kuber]"},
}
