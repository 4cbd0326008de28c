package ner

import "testing"

// audit2020tFloor is the regression floor of TestAudit2020t. Measured
// blind (articles and gold committed in their own commit, "aud2020t: a
// twentieth blind audit, committed before the model is run", 0c916ad)
// at main 00cb566 (doc30): overall F1 0.9561 (P 0.9604 R 0.9520; tp 436
// fp 18 fn 22; PERSON 0.9754 tp 119 fp 3 fn 3, LOCATION 0.9474 tp 108 fp
// 11 fn 1, ORGANIZATION 0.9500 tp 209 fp 4 fn 18). No slip of the markup
// against its conventions was found in the differences: "[M Tokyo
// Olympics]" is whole as one of eng.train's two "Atlanta Olympics" (the
// other marks "Atlanta" a place: 1 and 1); the "[O Singapore
// International Arbitration Centre]" is an organization as eng.train's
// bodies named "Center" or "Centre" ("National Hurricane Center", "Steel
// Industry Center", "the state-controlled Centre"; only a venue, the
// "National Tennis Centre", is a place); the "[O Brazilian Football
// Confederation] ([O CBF])" is whole and an organization, though
// eng.train's one mention of it is MISC, against its "[O Zimbabwe Football
// Association] ([O ZIFA])" and "[O Romanian Soccer Federation]". The
// errors, by kind (fn/fp counted as the test logs them): a football club
// named after its city, and one named after a river, typed places in a
// match report ("Sao Paulo" three times of three as the club, while the
// city in the dateline and "the B3 exchange in Sao Paulo" were right;
// "River Plate": 4 fn, 4 fp); golfers in a leaderboard's score lines and
// the text after it typed organizations ("Christiaan Bezuidenhout",
// "Branden Grace", "Bezuidenhout": 3 fn, 3 fp); cycling teams in a
// results table typed people or missed ("Pauwels Sauzen-Bingoal" three
// times typed a person, "Trinity Racing" missed: 4 fn, 3 fp); a
// company's short form typed a place after its full name was found
// ("Nornickel" after "Norilsk Nickel", near the city "Norilsk": 2 fn, 2
// fp); an arbitration centre and its acronym typed places ("Singapore
// International Arbitration Centre", "SIAC": 2 fn, 2 fp); a sports
// federation and its acronym missed ("Brazilian Football Confederation",
// "CBF": 2 fn); a company, a holding unit and an exchange missed
// ("Total", "Future Coupons", "BSE": 3 fn); a body's name cut before its
// last word ("Confederation of All India Traders" as "Confederation of
// All India": 1 fn, 1 fp); a town's name with a lower-case "da" split in
// two places ("Mocimboa da Praia" as "Mocimboa" and "Praia": 1 fn, 2
// fp); a host city typed a place inside an event ("Tokyo" of "Tokyo
// Olympics": 1 fp on gold MISC). Twenty-four of the 40 differences are in
// the eight sports items, ten of them in the Brazilian league report;
// the Dutch results and standings, the KHL results table (eighteen clubs,
// most named with their cities, and their short forms after), the Big Bash
// summary scores and the tennis item were found whole. The militant
// groups ("Islamic State", "al-Shabaab", "Boko Haram", "Islamic State in
// the Greater Sahara"), the rocket start-ups, the fact-checkers and the
// news agencies were found. It is a measurement only: no rule may be
// written or tuned against it. The test fails only more than 0.01 below
// the figure.
const audit2020tFloor = 0.9561 - 0.01

// TestAudit2020t scores audit2020tArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020tFloor. It is a
// measurement only: no rule may be written or tuned against it.
func TestAudit2020t(t *testing.T) {
	floorAudit(t, audit2020tArticles, audit2020tFloor)
}

// audit2020tArticles: a twentieth blind set of made-up Reuters-style
// articles (helper naudit7, session 23), set in December 2020 and, like
// audits q, r and s, built to the genre mix of CoNLL-2003's own test set
// but on desks, leagues, countries and companies those audits did not
// use: eight of the seventeen are sports items in the terse wire styles
// (Dutch league results and standings, a Brazilian league report, KHL
// ice hockey results with clubs named by their cities, a cyclo-cross
// World Cup results table with riders' countries and teams, a golf
// leaderboard on the South African tour, Big Bash League cricket summary
// scores, a sports court's ruling on doping and a tennis withdrawal),
// the rest an insurgency in Mozambique, rocket start-ups, fact-checkers
// and news agencies, an Indian retail court fight, Japanese and Korean
// cosmetics makers, Latin American central banks and exchanges, a
// Russian metals group before an arbitration court, Indian vaccine
// makers and their regulator, and an election in Niger. Written and
// marked up from the writer's own knowledge, without reading the name
// lists or the rules, and committed before the model was run on them
// ("[O name]"; P, L, O, M) to CoNLL-2003's conventions as eng.train
// applies them: nationality words and demonyms, indices, competitions,
// tours, events, products and laws MISC; national sides places, clubs,
// franchises and cycling teams organizations, also where a club goes by
// its city ("[O Sao Paulo]", "[O Sydney Thunder]"); a player's or rider's
// country in brackets after the name a place; "U.S." alone a place;
// titles outside the name; a stadium, ground or course a place where
// something happens at it; an acronym defined in brackets typed as the
// name it stands for. Conventions checked by count in eng.train: golf's
// tours are MISC ("[M European Tour]" 1 of 1, "[M PGA Tour]" 2 of 2), so
// the "[M Sunshine Tour]" and "[M European Tour]" here are; "Arctic"
// before a noun is MISC ("remote [M Arctic] island", 1 of 1); "Moody's"
// is an organization (9 of 9); militant groups are organizations
// ("Hamas" 7 of 7, "Shining Path" 2 of 2), "Islamist" MISC (12 of 12);
// languages are MISC ("in [M English]" 3 of 3, "in [M Spanish]" 2 of 2);
// news agencies are organizations ("Interfax" 18 of 18, "Press Trust of
// India" 2 of 2); "Central Bank" by name an organization (6 of 6),
// "central bank" in lower case not (14 of 14). Every event is made up
// or retold, and scores, figures and quotations are invented; the names
// of the bodies and people are real ones of the time or made up.
var audit2020tArticles = []string{
	`SOCCER - [M DUTCH] FIRST DIVISION RESULTS / STANDINGS
[L AMSTERDAM] 2020-12-20
Results of [M Dutch] first division matches on Saturday and Sunday:
Saturday: [O Heracles Almelo] 0 [O Ajax Amsterdam] 2, [O FC Emmen] 1 [O FC Twente] 1, [O Willem II] 0 [O Vitesse Arnhem] 3, [O VVV Venlo] 2 [O Sparta Rotterdam] 4
Sunday: [O PSV Eindhoven] 3 [O FC Utrecht] 1, [O Feyenoord] 2 [O AZ Alkmaar] 2, [O FC Groningen] 1 [O PEC Zwolle] 0, [O RKC Waalwijk] 0 [O SC Heerenveen] 1, [O Fortuna Sittard] 3 [O ADO Den Haag] 1
Standings (tabulate under played, won, drawn, lost, goals for, against, points):
[O Ajax Amsterdam] 13 10 2 1 44 11 32
[O PSV Eindhoven] 13 10 1 2 33 17 31
[O Vitesse Arnhem] 13 9 2 2 26 13 29
[O Feyenoord] 13 7 5 1 28 15 26
[O AZ Alkmaar] 13 6 6 1 34 18 24
[O FC Groningen] 13 7 2 4 18 14 23
[O Sparta Rotterdam] 13 5 4 4 22 19 19
[O FC Utrecht] 13 4 6 3 21 19 18
[O Willem II] 13 2 3 8 15 31 9
[O VVV Venlo] 13 2 2 9 19 41 8
[O ADO Den Haag] 13 1 4 8 13 34 7`,
	`[L SAO PAULO] ([O Reuters]) - [O Sao Paulo] stretched their lead at the top of the [M Brazilian] championship to seven points on Sunday with a 2-1 win over champions [O Flamengo] at the [L Morumbi], their 10th league game without defeat. [P Luciano] put the home side ahead from close range after 20 minutes and [P Reinaldo] scored a penalty after halftime before [P Gabriel Barbosa], known as [P Gabigol], pulled one back for the visitors. "We are not thinking about the title yet," [O Sao Paulo] coach [P Fernando Diniz] said. [O Flamengo] coach [P Rogerio Ceni], who spent 25 years in goal at [O Sao Paulo], said his side had started too slowly. [O Atletico Mineiro], coached by [M Argentine] [P Jorge Sampaoli], moved up to second after beating [O Gremio] 2-1 in [L Belo Horizonte], while [O Internacional] drew 0-0 with [O Fluminense]. [O Palmeiras] rested several players ahead of their [M Copa Libertadores] semi-final against [L Argentina]'s [O River Plate]. The [O Brazilian Football Confederation] ([O CBF]) said the season would end in late February because of the coronavirus stoppage.
Reporting by [P Andrew Downie]; Editing by [P Peter Rutherford]`,
	`ICE HOCKEY - [O KHL] RESULTS
[L MOSCOW] 2020-12-22
Results of [O Kontinental Hockey League] games on Tuesday:
[O SKA St Petersburg] 3 [O Jokerit Helsinki] 2 (OT)
[O CSKA Moscow] 4 [O Dinamo Riga] 1
[O Ak Bars Kazan] 2 [O Avangard Omsk] 3 (SO)
[O Lokomotiv Yaroslavl] 1 [O Severstal Cherepovets] 0
[O Metallurg Magnitogorsk] 5 [O Traktor Chelyabinsk] 2
[O Salavat Yulaev Ufa] 3 [O Sibir Novosibirsk] 4
[O Dinamo Minsk] 2 [O Spartak Moscow] 6
[O Barys Nur-Sultan] 1 [O Kunlun Red Star] 0
[O Torpedo Nizhny Novgorod] 4 [O Dynamo Moscow] 5 (OT)
[P Vadim Shipachyov] scored in overtime for [O Dynamo], his second goal of the night, after [O Torpedo] had come back from 3-1 down. [P Nikolai Prokhorkin] had a goal and an assist as [O SKA] beat [O Jokerit] for the third time this season, and [O CSKA], the regular season leaders, won their sixth in a row. [O Avangard], the defending [M Gagarin Cup] finalists, needed a shootout to beat [O Ak Bars] in [L Kazan].`,
	`CYCLO-CROSS - [M WORLD CUP] RESULTS
[L NAMUR], [L Belgium] 2020-12-20
Leading results of the men's elite race of the cyclo-cross [M World Cup] at [L Namur] on Sunday:
1. [P Mathieu van der Poel] ([L Netherlands]) [O Alpecin-Fenix] 1 hour 2 minutes 14 seconds
2. [P Wout van Aert] ([L Belgium]) [O Jumbo-Visma] 22 seconds behind
3. [P Tom Pidcock] ([L Britain]) [O Trinity Racing] 1:05
4. [P Eli Iserbyt] ([L Belgium]) [O Pauwels Sauzen-Bingoal] 1:31
5. [P Toon Aerts] ([L Belgium]) [O Baloise Trek Lions] 1:48
6. [P Michael Vanthourenhout] ([L Belgium]) [O Pauwels Sauzen-Bingoal] 2:02
7. [P Lars van der Haar] ([L Netherlands]) [O Baloise Trek Lions] 2:20
8. [P Laurens Sweeck] ([L Belgium]) [O Pauwels Sauzen-Bingoal] 2:41
[M World Cup] standings after three rounds: 1. [P Iserbyt] 270 points 2. [P Aerts] 235 3. [P Vanthourenhout] 214
[P Van der Poel], the world champion, rode away from [P Van Aert] on the muddy climb to the citadel on the fourth of nine laps in his first race of the winter. [P Van Aert], who finished second in the [M Tour of Flanders] in October, said he had "no legs" on the descents. [P Iserbyt] kept the overall lead, as neither [P Van der Poel] nor [P Van Aert] will ride the whole series. The [O International Cycling Union] ([O UCI]) said the round in [L Dendermonde] next weekend would go ahead without spectators.`,
	`GOLF - [M ALFRED DUNHILL CHAMPIONSHIP] LEADING SCORES
[L MALELANE], [L South Africa] 2020-12-13
Leading final scores in the [M Alfred Dunhill Championship] at [L Leopard Creek] on Sunday ([L South Africa] unless stated, par 72):
270 [P Christiaan Bezuidenhout] 67 70 66 67
274 [P Wilco Nienaber] 69 68 68 69, [P Kurt Kitayama] ([L U.S.]) 70 66 70 68
275 [P Pablo Larrazabal] ([L Spain]) 71 67 69 68
276 [P Branden Grace] 68 72 67 69, [P Adri Arnaus] ([L Spain]) 70 70 68 68, [P Jayden Schaper] 71 68 70 67
277 [P Marcus Kinhult] ([L Sweden]) 69 71 70 67, [P Dean Burmester] 72 66 71 68
[P Bezuidenhout], who won the [M South African Open] at [L Sun City] a week ago, became the first man to win the two events back to back, closing with a 67 on a course that runs along the [L Crocodile River]. The 26-year-old moves into the top 50 of the world rankings, which should earn him a place at the [M Masters] in April. [P Nienaber], 20, who hit one drive 439 yards on Saturday, finished second for the second time on the [M European Tour]. The event is sanctioned by the [M European Tour] and the [M Sunshine Tour].`,
	`[L LAUSANNE], [L Switzerland] ([O Reuters]) - The [O Court of Arbitration for Sport] ([O CAS]) on Thursday halved to two years a ban on [L Russia] competing under its name and flag at major international events, including the [M Tokyo Olympics] and the 2022 [M World Cup] in [L Qatar], over state-sponsored doping. The [O World Anti-Doping Agency] ([O WADA]) had imposed a four-year ban last December after finding that [L Moscow] had tampered with data from its anti-doping laboratory before handing it over to investigators. [M Russian] athletes who have not been implicated in doping may compete as neutrals, the court said, but not under the [M Russian] flag or anthem. [O WADA] President [P Witold Banka] said the agency was "disappointed" by the shorter ban, but that the ruling upheld its finding against the [O Russian Anti-Doping Agency] ([O RUSADA]). [O RUSADA] chief [P Yuri Ganus] said the decision was "a defeat" for clean sport. [L Kremlin] spokesman [P Dmitry Peskov] said [L Moscow] would study the ruling. Athletes' group [O Global Athlete] called it "a watered-down decision", and [O World Athletics] said its own suspension of the [M Russian] federation, in place since 2015, was not affected.
Reporting by [P Karolos Grohmann] in [L Berlin] and [P Gabrielle Tetrault-Farber] in [L Moscow]; Editing by [P Ed Osmond]`,
	`TENNIS - [P FEDERER] TO MISS [M AUSTRALIAN OPEN] AFTER KNEE OPERATIONS
[L ZURICH] 2020-12-28
[P Roger Federer] will miss next year's [M Australian Open] as he recovers from two operations on his right knee, his agent said on Monday, the first time the 20-times grand slam champion will skip the tournament. "[P Roger] has made great progress in recent months," [P Tony Godsick] said, but the [M Swiss] had decided that returning in [L Melbourne] would not be "in his best long-term interest". [P Federer], 39, has not played since losing to [P Novak Djokovic] in the semi-finals in [L Melbourne] in January. [O Tennis Australia] chief executive [P Craig Tiley] said the tournament would start three weeks late, on Feb. 8, because of quarantine rules in [L Victoria], with players flying in on charter flights and spending 14 days in hotels. [P Rafa Nadal] and [P Djokovic] have said they will play. The [O ATP] said the men's season would open with events in [L Delray Beach] and [L Antalya], and the [M ATP Cup] team event would be played in [L Melbourne] in the week before the [M Australian Open].`,
	`CRICKET - [M BIG BASH LEAGUE] RESULTS
[L SYDNEY] 2020-12-27
Summary scores of [M Big Bash League] Twenty20 matches on Saturday and Sunday:
At [L Canberra]: [O Sydney Thunder] 187-4 in 20 overs ([P A. Hales] 85, [P U. Khawaja] 41) beat [O Hobart Hurricanes] 145 in 18.2 overs ([P D. Short] 52; [P D. Sams] 3-20) by 42 runs.
At [L Perth]: [O Melbourne Renegades] 143-8 in 20 overs ([P S. Marsh] 46; [P J. Richardson] 3-22) lost to [O Perth Scorchers] 145-3 in 17.4 overs ([P L. Livingstone] 77 not out) by seven wickets.
At [L Brisbane]: [O Brisbane Heat] 151-9 in 20 overs ([P C. Lynn] 45; [P R. Khan] 4-19) lost to [O Adelaide Strikers] 154-5 in 19.1 overs ([P J. Weatherald] 61) by five wickets.
At [L Hobart]: [O Sydney Sixers] 169-6 in 20 overs ([P J. Philippe] 66) beat [O Melbourne Stars] 150 in 19.3 overs ([P M. Stoinis] 58; [P S. Abbott] 3-27) by 19 runs.
[P Alex Hales], playing his first game since being dropped by [L England] last year, hit five sixes at [L Manuka Oval]. [M Afghan] leg-spinner [P Rashid Khan] took four wickets for the [O Strikers], who are top of the table. [O Cricket Australia] said crowds at the [L Sydney Cricket Ground] would be capped at 50 percent after a cluster of cases on the city's northern beaches.`,
	`[L MAPUTO] ([O Reuters]) - [M French] energy group [O Total] has pulled some workers out of its $20 billion liquefied natural gas project in northern [L Mozambique] after insurgents linked to [O Islamic State] attacked villages a few kilometres from the site, two sources said on Wednesday. The militants, known locally as [O al-Shabaab] though they have no known links to the [M Somali] group of that name, have stepped up raids across [L Cabo Delgado] province this year and have held the port town of [L Mocimboa da Praia] since August. The [O Armed Conflict Location & Event Data Project] ([O ACLED]) says more than 2,400 people have been killed since 2017, and the [O United Nations] says about 570,000 have fled their homes. The government has hired a [M South African] private military firm, the [O Dyck Advisory Group] ([O DAG]), to fly helicopter missions against the insurgents, and [O Amnesty International] has accused both sides of killing civilians. President [P Filipe Nyusi] said the army was "taking the fight to the terrorists". [O Total] Chief Executive [P Patrick Pouyanne] met [P Nyusi] in [L Maputo] last month, and [O ExxonMobil], which plans a larger project in the same area, has delayed its investment decision. Leaders of the [O Southern African Development Community] ([O SADC]) will discuss the crisis in [L Gaborone] next month.
Reporting by [P Manuel Mucari] in [L Maputo] and [P Emma Rumney] in [L Johannesburg]; Editing by [P Alexandra Hudson]`,
	`[L SAN FRANCISCO] ([O Reuters]) - Rocket start-up [O Astra Space] reached space for the first time on Tuesday, launching its two-stage rocket from [L Kodiak], [L Alaska], hours after rival [O Rocket Lab] put a radar satellite into orbit for [M Japanese] start-up [O Synspective] from [L New Zealand]. [O Astra]'s rocket fell just short of orbital speed when its upper-stage engine shut down early, Chief Executive [P Chris Kemp] said, but the company, backed by [O ACME Capital] and [O Airbus Ventures], counted the flight a success. [O Rocket Lab], founded by [M New Zealander] [P Peter Beck], has now flown 17 [M Electron] rockets, most of them from its pad on the [L Mahia Peninsula]. Last week [P Elon Musk]'s [O SpaceX] flew a prototype of its [M Starship] rocket to 12.5 km above [L Boca Chica], [L Texas], before it exploded on landing; the [O Federal Aviation Administration] ([O FAA]) is overseeing the investigation. "Small launchers are finally getting their chance," said [P Carissa Christensen], chief executive of the analytics firm [O BryceTech]. [O Relativity Space], which 3D-prints most of its rockets, raised $500 million last month, and [O Firefly Aerospace] plans a first flight from [L Vandenberg Air Force Base] early next year.
Reporting by [P Joey Roulette]; Editing by [P Richard Chang]`,
	`[L RIO DE JANEIRO] ([O Reuters]) - Fact-checkers across [L Latin America] say they are struggling to keep up with false claims about COVID-19 vaccines spreading on [O WhatsApp] and [O Facebook] as governments prepare to start inoculations. [M Brazilian] fact-checking agency [O Aos Fatos] said it had debunked more than 300 claims about vaccines this year, many of them aimed at the [M Chinese] shot being tested by the [O Butantan Institute]. "The lies travel faster than we can check them," said [P Tai Nalon], executive director of [O Aos Fatos]. [O Agencia Lupa], another [M Brazilian] checker, and [O Chequeado] in [L Argentina] have set up a joint project with news agency [O Agence France-Presse] ([O AFP]), which runs fact-checking services in [M Spanish] and [M Portuguese]. All are signatories of the [O International Fact-Checking Network] ([O IFCN]), based at the [O Poynter Institute] in [L St. Petersburg], [L Florida]. [O Facebook] said this month it would remove claims about vaccines that public health experts have debunked. President [P Jair Bolsonaro] has said he will not take a vaccine, and a justice of [L Brazil]'s [O Supreme Court], [P Ricardo Lewandowski], ruled last week that states may buy vaccines if the federal government fails to. The [O Pan American Health Organization] ([O PAHO]) said trust in vaccines was falling in the region.
Reporting by [P Gabriel Stargardter]; Editing by [P Brad Haynes]`,
	`[L NEW DELHI] ([O Reuters]) - The [O Delhi High Court] on Monday refused to stop [O Amazon.com Inc] from telling regulators that [O Future Retail]'s $3.4 billion sale of its stores to [O Reliance Industries] broke a contract between them, but said the regulators were free to decide on the deal. [O Amazon] says the sale breaches its 2019 investment in [O Future Coupons], a unit of [O Future Group], and an emergency arbitrator at the [O Singapore International Arbitration Centre] ([O SIAC]) put the deal on hold in October. Justice [P Mukta Gupta] said the arbitrator's order was not binding under [M Indian] law. [O Future Group] founder [P Kishore Biyani] has said the group will collapse without the deal, while [P Mukesh Ambani]'s [O Reliance] is building the country's biggest retail chain under [O Reliance Retail Ventures]. The [O Competition Commission of India] ([O CCI]) approved the deal last month, and it still needs the approval of the [O Securities and Exchange Board of India] and of the [O BSE] and the [O National Stock Exchange], where [O Future Retail] is listed. The [O Confederation of All India Traders], which represents small shopkeepers, accused [O Amazon] of trying to control the market. [O Future Retail] shares rose 6%.
Reporting by [P Aditya Kalra] and [P Aditi Shah]; Editing by [P Euan Rocha]`,
	`[L TOKYO] ([O Reuters]) - [M Japanese] cosmetics maker [O Shiseido Co] said on Thursday it would sell its shampoo and body care brands to private equity firm [O CVC Capital Partners] for about 160 billion yen ($1.5 billion) to focus on prestige skin care, which sells strongly in [L China]. Its shares rose 4% in [L Tokyo]. Chief Executive [P Masahiko Uotani] said the company would cut costs in its [M American] business, where sales of make-up have slumped as consumers stay at home and wear masks. Rivals [O Kao Corp], [O Kose Corp] and [O Pola Orbis Holdings] have also reported lower sales of lipstick and foundation. [M South Korean] beauty groups [O Amorepacific] and [O LG Household & Health Care] have leaned on duty-free shops on [L China]'s [L Hainan] island, where [O China Tourism Group Duty Free Corp] has doubled its sales. "Skin care is the one bright spot," said [P Oshadhi Kumarasiri], an analyst at [O LightStream Research]. [M French] rival [O L'Oreal] said in October that its sales had grown again in the third quarter, helped by online shopping in [L China] during the [M Singles' Day] festival run by [O Alibaba].
Reporting by [P Ritsuko Shimizu] and [P Sam Nussey]; Editing by [P Kenneth Maxwell]`,
	`[L BRASILIA] ([O Reuters]) - [L Brazil]'s central bank held its benchmark interest rate at a record low 2% on Wednesday but signalled it could drop its promise to keep rates low, as inflation rose above target on higher food prices. The bank's monetary policy committee, known as [O Copom], voted unanimously, and Governor [P Roberto Campos Neto] said the economy was recovering faster than expected. The [M Ibovespa] stock index on the [O B3] exchange in [L Sao Paulo] rose 1.1% and the real firmed. In [L Mexico], the [O Bank of Mexico] ([O Banxico]) is expected to leave its rate at 4.25% on Thursday after Governor [P Alejandro Diaz de Leon] said the bank had room to cut only once more. [L Chile]'s central bank kept its rate at 0.5%, and [L Colombia]'s [O Banco de la Republica] held at 1.75%. [O Moody's] said on Tuesday it had no plans to cut [L Brazil]'s credit rating despite the rise in public debt, which economists at [O Itau Unibanco] expect to pass 90% of gross domestic product. "The window for more easing is closing across the region," said [P William Jackson], chief emerging markets economist at [O Capital Economics] in [L London].
Reporting by [P Marcela Ayres] in [L Brasilia] and [P Anthony Esposito] in [L Mexico City]; Editing by [P Chizu Nomiyama]`,
	`[L MOSCOW] ([O Reuters]) - [M Russian] metals giant [O Norilsk Nickel] on Tuesday disputed a regulator's claim for a record 148 billion roubles ($2 billion) in damages over a diesel spill near the [M Arctic] city of [L Norilsk] in May, as hearings began at an arbitration court in [L Krasnoyarsk]. The environmental watchdog, [O Rosprirodnadzor], says 21,000 tonnes of fuel that leaked from a tank at a power station owned by a [O Nornickel] unit polluted rivers and a lake. [O Nornickel], the world's biggest producer of palladium and high-grade nickel, says the regulator's method of calculating the damage is flawed. Its top shareholder, [P Vladimir Potanin], whose [O Interros] holding owns about 35%, has said the company will pay for the clean-up, and aluminium producer [O Rusal], which holds 27.8%, has called for a change of management. [O Rosprirodnadzor] head [P Svetlana Radionova] told [O Interfax] news agency that the agency would not settle. President [P Vladimir Putin] had criticised the company's response to the spill in June. Nickel on the [O London Metal Exchange] rose 1.3% to $17,150 a tonne. Analysts at [O VTB Capital] said any fine would be covered by a few weeks of the group's cash flow.
Reporting by [P Polina Devitt] and [P Anastasia Lyrchikova]; Editing by [P Louise Heavens]`,
	`[L PUNE], [L India] ([O Reuters]) - The [O Serum Institute of India], the world's largest vaccine maker by volume, has applied for emergency approval of the [O AstraZeneca] coronavirus vaccine it makes under licence, a day after [O Pfizer] sought clearance, its chief executive said on Monday. [P Adar Poonawalla] said on [O Twitter] the company had already stockpiled 40 million doses of the shot, called [M Covishield] in [L India]. [O Bharat Biotech] has also applied for its [M Covaxin] shot, developed with the state-run [O Indian Council of Medical Research] ([O ICMR]). The [O Drugs Controller General of India] ([O DCGI]) is expected to decide within weeks after an expert panel of the [O Central Drugs Standard Control Organisation] reviews the data. [O Dr. Reddy's Laboratories], which is testing [L Russia]'s [M Sputnik V] vaccine in [L India], said it expected results in March. Health Minister [P Harsh Vardhan] said the first 300 million people would be vaccinated by August. [O Serum Institute] has agreed to supply up to 200 million doses to poorer countries through the [O Gavi] vaccine alliance. Shares of [O Zydus Cadila], which is testing its own shot, rose 3% on the [O National Stock Exchange].
Reporting by [P Krishna N. Das] and [P Neha Arora]; Editing by [P Kim Coghill]`,
	`[L NIAMEY] ([O Reuters]) - Voters in [L Niger] chose a successor to President [P Mahamadou Issoufou] on Sunday in what could be the country's first peaceful handover of power between elected leaders since independence from [L France] in 1960, amid attacks by [M Islamist] militants. Former interior minister [P Mohamed Bazoum], candidate of the ruling [O Nigerien Party for Democracy and Socialism] ([O PNDS-Tarayya]), is the favourite among 30 candidates. Opposition leader [P Hama Amadou] was barred from standing by the [O Constitutional Court] because of a prison sentence for baby trafficking, which he says was politically motivated. Former president [P Mahamane Ousmane] is also running. [O Boko Haram] fighters killed 34 people in the village of [L Toumour] in the southeastern [L Diffa] region this month, and [O Islamic State in the Greater Sahara] is active near the borders with [L Mali] and [L Burkina Faso]. The head of the [O Independent National Electoral Commission] ([O CENI]), [P Issaka Souna], said provisional results would be announced within five days. Observers from the [O African Union] said voting had been calm in [L Niamey] and [L Zinder].
Reporting by [P Abdoulaye Massalaki]; Writing by [P Edward McAllister]; Editing by [P Giles Elgood]`,
}
