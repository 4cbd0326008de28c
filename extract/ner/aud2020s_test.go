package ner

import "testing"

// audit2020sFloor is the regression floor of TestAudit2020s. Measured
// blind (articles and gold committed in their own commit, "aud2020s: a
// nineteenth blind audit, committed before the model is run", 8f4c6e9)
// at main 86a041f (doc29): overall F1 0.9765 (P 0.9820 R 0.9711; tp 437
// fp 8 fn 13; PERSON 0.9909 tp 163 fp 0 fn 3, LOCATION 0.9904 tp 103 fp
// 1 fn 1, ORGANIZATION 0.9553 tp 171 fp 7 fn 9). No slip of the markup
// against its conventions was found in the differences: "the [M Irish]
// [O High Court]" keeps the demonym out of the body's name as eng.train
// does ("[M Turkish] [O Foreign Ministry]", "[M French] [O Interior
// Ministry]": each of the six ministries it marks after a demonym leaves
// the demonym MISC), and "[O Amazon Prime Video]", the broadcaster a
// coach spoke to, is an organization as audit q's "[O BT Sport]" and "[O
// Sky Sports]". The errors, by kind (fn/fp counted as the test logs
// them): footballers typed organizations in a league report ("Neymar"
// twice, "Memphis Depay": 3 fn, 3 fp); an airline missed, by its full
// name and three times by its short one ("Norwegian Air Shuttle",
// "Norwegian": 4 fn); companies missed ("SovEcon", "H&M": 2 fn); a
// demonym joined with a court into one organization ("Irish High Court":
// 1 fn, 1 fp on gold MISC); a broadcaster cut to its parent ("Amazon
// Prime Video" as "Amazon": 1 fn, 1 fp); an exchange's name cut to its
// "U.S." tail and typed a place ("ICE Futures U.S." as "U.S.": 1 fn, 1
// fp); a racing circuit typed an organization ("Bahrain International
// Circuit": 1 fn, 1 fp); an event typed an organization ("Lunar New
// Year": 1 fp on gold MISC). Ten of the 21 differences are in the seven
// sports items, six of them in the French league report; the NHL results
// table (twenty franchises named by their cities, ten in capitals), the
// Spanish and Italian tables and the Twenty20 scoreboard were found
// whole. It is a measurement only: no rule may be written or tuned
// against it. The test fails only more than 0.01 below the figure.
const audit2020sFloor = 0.9765 - 0.01

// TestAudit2020s scores audit2020sArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020sFloor. It is a
// measurement only: no rule may be written or tuned against it.
func TestAudit2020s(t *testing.T) {
	floorAudit(t, audit2020sArticles, audit2020sFloor)
}

// audit2020sArticles: a nineteenth blind set of made-up Reuters-style
// articles (helper naudit6, session 22), set in December 2020 and, like
// audits q and r, built to the genre mix of CoNLL-2003's own test set
// but on desks and names those audits did not use: seven of the sixteen
// are sports items in the terse wire styles (Spanish league results and
// standings, Italian league results with scorers and standings, a French
// league report, NHL results with the home team in capitals, a Twenty20
// scoreboard of India's tour of Australia, a rugby final and a motor
// racing results table with drivers' countries and teams), the rest
// cocoa and wheat, container shipping, an airline's court protection, a
// Chinese antitrust probe, emerging Asian central banks, a South Korean
// court ruling, an election in the Central African Republic and a
// European retailer's results. Written and marked up from the writer's
// own knowledge, without reading the name lists or the rules, and
// committed before the model was run on them ("[O name]"; P, L, O, M) to
// CoNLL-2003's conventions as eng.train applies them: nationality words
// and demonyms, indices, competitions, events, products and laws MISC;
// national sports sides places, clubs, franchises and racing teams
// organizations, also where a club goes by its city ("[O TAMPA BAY] 5 [O
// Chicago] 2"); a player's or driver's country in brackets after his name
// a place; "U.S." before a body's name part of the organization,
// elsewhere a place; titles outside the name; a stadium, ground or
// circuit a place where something happens at it; a capital standing for
// its government a place. Every event is made up or retold, and scores,
// figures and quotations are invented; the names of the bodies and
// people are real ones of the time or made up.
var audit2020sArticles = []string{
	`SOCCER - [M SPANISH] FIRST DIVISION RESULTS / STANDINGS
[L MADRID] 2020-12-30
Results of [M Spanish] first division matches on Tuesday and Wednesday:
Tuesday: [O Eibar] 1 [O Barcelona] 1, [O Cadiz] 0 [O Levante] 2, [O Granada] 2 [O Villarreal] 2, [O Real Madrid] 2 [O Celta Vigo] 0, [O Elche] 0 [O Real Betis] 1
Wednesday: [O Getafe] 0 [O Atletico Madrid] 1, [O Osasuna] 1 [O Alaves] 1, [O Valencia] 2 [O Real Valladolid] 0, [O Sevilla] 2 [O Huesca] 1, [O Athletic Bilbao] 1 [O Real Sociedad] 1
Standings (tabulate under played, won, drawn, lost, goals for, against, points):
[O Atletico Madrid] 15 12 2 1 28 5 38
[O Real Madrid] 16 10 3 3 29 16 33
[O Villarreal] 17 7 9 1 25 20 30
[O Real Sociedad] 17 8 6 3 29 14 30
[O Sevilla] 15 9 2 4 20 13 29
[O Barcelona] 16 8 4 4 33 16 28
[O Osasuna] 16 2 7 7 14 25 13
[O Huesca] 17 1 9 7 14 27 12`,
	`SOCCER - [M ITALIAN] FIRST DIVISION RESULTS / STANDINGS
[L ROME] 2020-12-17
Results of [M Serie A] matches on Tuesday and Wednesday (scorers in brackets):
[O Inter Milan] 1 ([P Romelu Lukaku] 73rd pen) [O Napoli] 0
[O Juventus] 1 ([P Federico Chiesa] 29th) [O Atalanta] 1 ([P Remo Freuler] 57th)
[O AS Roma] 2 ([P Henrikh Mkhitaryan] 16th, [P Borja Mayoral] 80th) [O Torino] 0
[O Sampdoria] 2 ([P Fabio Quagliarella] 44th pen, [P Antonio Candreva] 71st) [O Udinese] 1 ([P Rodrigo De Paul] 12th)
[O Genoa] 1 ([P Mattia Destro] 38th) [O Bologna] 2 ([P Riccardo Orsolini] 9th, [P Musa Barrow] 62nd)
[O Benevento] 1 ([P Gianluca Caprari] 55th) [O Cagliari] 1 ([P Joao Pedro] 81st)
[O Parma] 1 ([P Juraj Kucka] 70th pen) [O Crotone] 1 ([P Simy] 30th)
[O Fiorentina] 0 [O Sassuolo] 0
Standings (tabulate under played, won, drawn, lost, goals for, against, points):
[O AC Milan] 12 9 3 0 27 12 30
[O Inter Milan] 12 8 3 1 29 14 27
[O AS Roma] 12 7 3 2 27 19 24
[O Napoli] 12 7 1 4 25 10 22
[O Juventus] 11 5 6 0 22 10 21
[O Torino] 12 1 4 7 17 26 7
[O Crotone] 12 1 3 8 11 27 6`,
	`[L PARIS] ([O Reuters]) - [O Olympique Lyonnais] ended [O Paris St Germain]'s run of home wins in [M Ligue 1] with a 1-0 victory at the [L Parc des Princes] on Sunday, and the champions lost [P Neymar] to an ankle injury in stoppage time. [P Tino Kadewere] scored the only goal before halftime, turning in a cross from [P Memphis Depay]. [P Neymar] was carried off on a stretcher after a tackle by [P Thiago Mendes], who was sent off after a video review. "It was a very dangerous challenge," [O PSG] coach [P Thomas Tuchel] said. [O Lyon] coach [P Rudi Garcia] said his side had shown "they can beat anybody". [O Lille], coached by [P Christophe Galtier], stayed top on goal difference after [P Burak Yilmaz] scored twice in a 2-0 win over [O Stade Brestois], while [O Olympique de Marseille] were held 1-1 at home by [O Montpellier]. [O Monaco] forward [P Wissam Ben Yedder] scored a late penalty to beat [O Nantes] 2-1.
Reporting by [P Julien Pretot]; Editing by [P Ken Ferris]`,
	`ICE HOCKEY - [O NHL] RESULTS
[L NEW YORK] 2020-12-31
Results of [O National Hockey League] games on Wednesday (home team in CAPS):
[O TAMPA BAY] 5 [O Chicago] 2
[O Colorado] 4 [O ST. LOUIS] 1
[O PITTSBURGH] 3 [O Philadelphia] 6
[O MONTREAL] 4 [O Toronto] 3 (OT)
[O Boston] 2 [O NEW JERSEY] 3 (SO)
[O EDMONTON] 2 [O Vancouver] 5
[O VEGAS] 5 [O Anaheim] 1
[O Calgary] 3 [O WINNIPEG] 4
[O NY RANGERS] 1 [O NY Islanders] 3
[O Dallas] 2 [O CAROLINA] 3 (OT)
[P Nick Suzuki] scored 1:42 into overtime to give the [O Canadiens] victory after [P Auston Matthews] had scored twice for the [O Maple Leafs]. [P Nathan MacKinnon] had a goal and two assists for the [O Avalanche], and [P Andrei Vasilevskiy] made 31 saves as the [O Lightning], the [M Stanley Cup] champions, beat the [O Blackhawks]. [P Connor McDavid] was held without a point for the first time this season in the [O Oilers]' loss to the [O Canucks].`,
	`CRICKET - [L AUSTRALIA] V [L INDIA] THIRD TWENTY20 SCOREBOARD
[L SYDNEY] 2020-12-08
Scoreboard in the third and final Twenty20 international between [L Australia] and [L India] at the [L Sydney Cricket Ground] on Tuesday:
[L Australia]
[P M. Wade] c [P Pandya] b [P Thakur] 80
[P A. Finch] lbw b [P Sundar] 0
[P S. Smith] c [P Kohli] b [P Sundar] 24
[P G. Maxwell] c [P Pandya] b [P Natarajan] 54
[P D. Short] not out 7
[P M. Henriques] b [P Natarajan] 5
[P D. Sams] not out 4
Extras (lb-6 w-6) 12
Total (for five wickets, 20 overs) 186
Fall of wickets: 1-4 2-69 3-159 4-172 5-176
Did not bat: [P A. Tye], [P M. Swepson], [P S. Abbott], [P A. Zampa]
Bowling: [P D. Chahar] 4-0-34-0, [P W. Sundar] 4-0-34-2, [P T. Natarajan] 4-0-33-2, [P S. Thakur] 4-0-43-1, [P Y. Chahal] 4-0-41-0
[L India]
[P K. Rahul] c [P Smith] b [P Maxwell] 0
[P S. Dhawan] b [P Swepson] 28
[P V. Kohli] c [P Sams] b [P Tye] 85
[P S. Samson] c [P Smith] b [P Swepson] 10
[P S. Iyer] lbw b [P Swepson] 0
[P H. Pandya] c [P Finch] b [P Zampa] 20
[P W. Sundar] c [P Sams] b [P Tye] 7
[P S. Thakur] not out 17
[P D. Chahar] not out 1
Extras (lb-2 w-4) 6
Total (for seven wickets, 20 overs) 174
Result: [L Australia] won by 12 runs. [L India] won the three-match series 2-1.`,
	`[L LONDON] ([O Reuters]) - [L England] beat [L France] 22-19 in sudden-death extra time to win the [M Autumn Nations Cup] at [L Twickenham] on Sunday, [P Owen Farrell] kicking the decisive penalty against a [M French] side without a single player who had started their last [M Six Nations] match. [L France], coached by [P Fabien Galthie], led 13-6 at halftime after a try by wing [P Brice Dulin], and [P Louis Carbonel] kicked a late drop goal to take the game into extra time. Hooker [P Luke Cowan-Dickie] scored [L England]'s only try. "We were poor for long periods," [L England] coach [P Eddie Jones] told [O Amazon Prime Video]. A crowd of 2,000 fans was allowed in, the first at [L Twickenham] since March. On Saturday, [L Ireland] beat [L Scotland] 31-16 in [L Dublin] to finish third, and [L Wales] beat [L Italy] 38-18 in [L Llanelli] after [P Wayne Pivac]'s side had lost six of their previous seven tests. [L Georgia] finished last after losing 23-10 to [L Fiji] in [L Edinburgh]. [O Rugby Football Union] chief executive [P Bill Sweeney] said the tournament had kept the game alive.
Reporting by [P Steve Keating]; Editing by [P Clare Fallon]`,
	`MOTOR RACING - [M SAKHIR GRAND PRIX] RESULTS
[L SAKHIR], [L Bahrain] 2020-12-06
Leading results of the [M Sakhir Grand Prix] on the outer loop of the [L Bahrain International Circuit] on Sunday:
1. [P Sergio Perez] ([L Mexico]) [O Racing Point] 1 hour 31 minutes 15.114 seconds
2. [P Esteban Ocon] ([L France]) [O Renault] 10.518 seconds behind
3. [P Lance Stroll] ([L Canada]) [O Racing Point] 11.869
4. [P Carlos Sainz] ([L Spain]) [O McLaren] 12.580
5. [P Daniel Ricciardo] ([L Australia]) [O Renault] 13.330
6. [P Alexander Albon] ([L Thailand]) [O Red Bull] 13.842
7. [P Daniil Kvyat] ([L Russia]) [O AlphaTauri] 14.534
8. [P Valtteri Bottas] ([L Finland]) [O Mercedes] 15.389
9. [P George Russell] ([L Britain]) [O Mercedes] 18.556
10. [P Lando Norris] ([L Britain]) [O McLaren] 19.541
Drivers' championship after 16 of 17 races: 1. [P Lewis Hamilton] ([L Britain]) 332 points, 2. [P Valtteri Bottas] 201, 3. [P Max Verstappen] ([L Netherlands]) 189
[P Perez], who has no seat for next season, won his first race in 190 starts after dropping to last on the opening lap when he was hit by [O Ferrari]'s [P Charles Leclerc]. [P Russell], standing in for [P Hamilton] after the world champion tested positive for COVID-19, lost a likely win when [O Mercedes] put the wrong tyres on his car at a pit stop and then had a puncture. [O Mercedes] team boss [P Toto Wolff] apologised to the 22-year-old, who is under contract to [O Williams].`,
	`[L ABIDJAN] ([O Reuters]) - [L Ivory Coast] and [L Ghana], which together grow nearly two-thirds of the world's cocoa, suspended the sustainability programmes of [L U.S.] chocolate maker [O Hershey Co] on Monday, accusing it of trying to avoid paying a premium meant to lift farmers' incomes. The two countries' regulators, the [O Conseil du Cafe-Cacao] and the [O Ghana Cocoa Board], said [O Hershey] had bought large volumes of cocoa on the [O ICE Futures U.S.] exchange in [L New York] rather than from them, dodging the $400 a tonne living income differential. [O Hershey] said it was "fully committed" to paying the premium. [P Yves Brahima Kone], managing director of the [M Ivorian] regulator, said other buyers would be watched closely. [O Barry Callebaut], [O Cargill] and [O Olam International] all grind beans in [L Abidjan] and [L San Pedro]. March cocoa futures in [L New York] fell 2.1% to $2,591 a tonne, while [L London] cocoa lost 1.4%. "The regulators are flexing their muscles," said [P Jack Scoville], an analyst at [O Price Futures Group] in [L Chicago].
Reporting by [P Ange Aboa] in [L Abidjan] and [P Kwasi Kpodo] in [L Accra]; Editing by [P Jan Harvey]`,
	`[L MOSCOW] ([O Reuters]) - [L Russia], the world's biggest wheat exporter, will impose a tax of 25 euros a tonne on wheat exports from Feb. 15 and a quota on grain sales abroad, the government said on Monday, in an effort to rein in rising food prices at home. Prime Minister [P Mikhail Mishustin] said the measures would last until the end of June. Agriculture Minister [P Dmitry Patrushev] said the quota would be 17.5 million tonnes. Wheat futures on the [O Chicago Board of Trade] rose 1.8% and [O Euronext] wheat in [L Paris] hit a two-year high. [P Andrey Sizov], head of the [O SovEcon] consultancy, said the tax would make [M Russian] wheat less competitive in [L Egypt], the world's biggest importer. [L Egypt]'s state buyer, the [O General Authority for Supply Commodities], bought 360,000 tonnes of [M Russian] and [M Romanian] wheat in a tender last week. [L Kazakhstan] and [L Ukraine] are also weighing limits. [P Dmitry Rylko] of the [O Institute for Agricultural Market Studies] said farmers would hold back grain.
Reporting by [P Polina Devitt]; Editing by [P Edmund Blair]`,
	`[L COPENHAGEN] ([O Reuters]) - Container shipping rates from [L Asia] to [L Europe] have more than tripled since October as a shortage of boxes and congestion at ports jam global supply chains, shipping firms said on Wednesday. The [M Shanghai Containerized Freight Index] rose for a seventh week. [O A.P. Moller-Maersk], the world's biggest container carrier, said its ships were full until the [M Lunar New Year] and it had added extra sailings. [O Maersk] Chief Executive [P Soren Skou] said demand was "unusually strong". [O Hapag-Lloyd] chief [P Rolf Habben Jansen] said empty containers were piling up in [L North America] and [L Europe] while exporters in [L China] could not find any. At [L Felixstowe], [L Britain]'s biggest container port, ships waited days to unload, and carmaker [O Honda] halted production at its plant in [L Swindon] for lack of parts. "We have never seen anything like this," said [P Simon Heaney], senior manager of container research at consultancy [O Drewry]. [O CMA CGM] and [O Mediterranean Shipping Company] have imposed surcharges.
Reporting by [P Jacob Gronholt-Pedersen]; Editing by [P Mark Potter]`,
	`[L OSLO] ([O Reuters]) - [O Norwegian Air Shuttle] won court protection from its creditors in [L Ireland] on Monday, giving the struggling budget airline time to restructure its debt after the [M Norwegian] government refused to provide more aid. The [M Irish] [O High Court] appointed [P Kieran Wallace] of [O KPMG] as examiner to the carrier's [M Irish] units, which own or lease most of its aircraft. Chief Executive [P Jacob Schram] said [O Norwegian] would emerge "smaller but stronger", with about 50 planes flying short-haul routes in the [M Nordic] region. Industry Minister [P Iselin Nybo] said in November that the state would not pour more money into the airline. [O Norwegian] has grounded all but six of its 140 jets. Its shares fell 9% on the [O Oslo Stock Exchange]. Rivals [O Ryanair] and [O Wizz Air] have been adding routes from [L Oslo] and [L Stockholm], and [O SAS], part-owned by the [M Swedish] and [M Danish] states, said it would not expand. [O Boeing], from which [O Norwegian] had ordered 92 [M 737 MAX] jets, is among the creditors.
Reporting by [P Terje Solsvik] and [P Nerijus Adomaitis]; Editing by [P Alexander Smith]`,
	`[L BEIJING] ([O Reuters]) - [L China]'s market regulator said on Thursday it had opened an investigation into [O Alibaba Group Holding] over suspected monopolistic practices, widening a crackdown on the business empire of billionaire founder [P Jack Ma]. The [O State Administration for Market Regulation] said the probe concerned the e-commerce giant's practice of forcing merchants to sell only on its platforms. Separately, the [O People's Bank of China] and three other regulators said they would summon [O Ant Group], the fintech affiliate whose $37 billion listing in [L Shanghai] and [L Hong Kong] was halted in November. [O Alibaba]'s shares fell 8% in [L Hong Kong], dragging the [M Hang Seng] index down 0.3%. Chief Executive [P Daniel Zhang] said the company would "actively cooperate". [P Chelsey Tam], a senior analyst at [O Morningstar] in [L Hong Kong], said the probe could lead to a fine of up to 10% of [O Alibaba]'s sales. Rivals [O JD.com] and [O Meituan] also fell. [P Ma] has not been seen in public since a speech in [L Shanghai] in October in which he criticised regulators.
Reporting by [P Yingzhi Yang] and [P Brenda Goh]; Editing by [P Simon Cameron-Moore]`,
	`[L MUMBAI] ([O Reuters]) - The [O Reserve Bank of India] kept its key lending rate at a record low of 4% on Friday and raised its forecast for economic growth, saying the recovery was stronger than expected even as inflation stayed above its target. Governor [P Shaktikanta Das] said the central bank would keep its stance accommodative "at least during the current financial year". [L India]'s economy shrank 7.5% in the July-September quarter. [P Aditi Nayar], principal economist at [O ICRA] in [L Gurugram], said a rate cut was unlikely before the middle of next year. The [M Nifty 50] index rose 1.3% to a record and the rupee firmed. Elsewhere in [L Asia], [O Bank Indonesia] left its main rate at 3.75% on Thursday, and Governor [P Perry Warjiyo] said it would keep buying government bonds, while the [L Philippines]' [O Bangko Sentral ng Pilipinas] held its rate at 2%. [O Bank of Thailand] Governor [P Sethaput Suthiwartnarueput] said the [M Thai] baht's rise was hurting exporters.
Reporting by [P Swati Bhat] and [P Nupur Anand]; Editing by [P Kim Coghill]`,
	`[L SEOUL] ([O Reuters]) - A [M South Korean] court on Thursday reinstated Prosecutor General [P Yoon Seok-youl], who had been suspended for two months by the [O Justice Ministry] after a bitter feud with the government of President [P Moon Jae-in]. The [O Seoul Administrative Court] said the suspension would cause "irreparable damage" to the prosecution's independence. [P Moon], who had approved the suspension, apologised to the public for the confusion. Justice Minister [P Choo Mi-ae], who had accused [P Yoon] of misconduct, offered to resign last week. [P Yoon] has led investigations into aides of [P Moon] and into former justice minister [P Cho Kuk], whose wife was sentenced to four years in prison this week. The opposition [O People Power Party] called the ruling "a victory for the rule of law", while the ruling [O Democratic Party] said it would push a bill to strip prosecutors of their investigative powers. [P Yoon] has topped some polls of possible presidential candidates.
Reporting by [P Sangmi Cha] and [P Josh Smith]; Editing by [P Lincoln Feast]`,
	`[L BANGUI] ([O Reuters]) - Voters in the [L Central African Republic] went to the polls on Sunday amid an offensive by rebels whom the government accuses of plotting a coup with former president [P Francois Bozize]. President [P Faustin-Archange Touadera] is seeking a second term against 15 other candidates, including former prime minister [P Anicet-Georges Dologuele]. The [O United Nations] peacekeeping mission, [O MINUSCA], said three of its soldiers from [L Burundi] were killed in [L Dekoa] on Friday. [L Russia] and [L Rwanda] sent hundreds of troops to support the government last week. The rebel alliance, the [O Coalition of Patriots for Change], had vowed to march on [L Bangui]. [P Bozize], who was barred from standing by the [O Constitutional Court], denied the accusations. Turnout appeared low in [L Bossangoa] and [L Bambari], where polling stations stayed closed. [O MINUSCA] head [P Mankeur Ndiaye] urged the rebels to lay down their arms.
Reporting by [P Antoine Rolland]; Writing by [P Bate Felix]; Editing by [P Frances Kerry]`,
	`[L MADRID] ([O Reuters]) - [O Inditex], the world's biggest clothing retailer, said on Wednesday sales at its [O Zara] stores and other brands recovered in November despite fresh lockdowns in [L Europe], as online sales jumped 76% in its third quarter. Net profit fell 44% to 1.1 billion euros in the nine months to Oct. 31. Executive Chairman [P Pablo Isla] said sales had risen 9% from Nov. 1 to Dec. 6 in constant currencies, excluding the effect of store closures. The [M Spanish] group, founded by [P Amancio Ortega], is closing up to 1,200 smaller stores to focus on larger shops and its websites. Its shares rose 3.2% on the [L Madrid] exchange, while those of [M Swedish] rival [O H&M] gained 1.1%. "[O Inditex] is taking market share," said [P Aneesha Sherman], an analyst at [O Bernstein]. [O Primark], owned by [O Associated British Foods], has no online store and has lost 1.1 billion pounds of sales to closures.
Reporting by [P Sonya Dowsett]; Editing by [P Jason Neely]`,
}
