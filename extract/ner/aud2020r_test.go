package ner

import "testing"

// audit2020rFloor is the regression floor of TestAudit2020r. Measured
// blind (articles and gold committed in their own commit, "aud2020r: an
// eighteenth blind audit, committed before the model is run", a92ba5d)
// at main a2ce843 (doc28): overall F1 0.9689 (P 0.9723 R 0.9656; tp 421
// fp 12 fn 15; PERSON 0.9938 tp 159 fp 2 fn 0, LOCATION 0.9709 tp 100 fp
// 4 fn 2, ORGANIZATION 0.9446 tp 162 fp 6 fn 13), the same at main
// 4390574. No slip of the markup against its conventions was found in
// the differences: "Schalke 04" is whole as eng.train's "[O Schalke 04] 4
// 0 3 1 5 9 3" (its "[O Schalke] ' 04" has an apostrophe between), and
// "the Wanderers" a place as eng.train's grounds ("At [L Trent Bridge]",
// "at [L Old Trafford]"). The errors, by kind (fn/fp counted as the test
// logs them): NFL franchises named by their city in a results table
// typed places or missed, with the league's acronym in the headline
// ("Miami", "San Francisco" typed places, "DENVER", "WASHINGTON" and
// "NFL" missed, while "Buffalo", "GREEN BAY", "Kansas City" and the rest
// of the same table were found: 5 fn, 2 fp); a club's name with its
// founding year cut ("Schalke 04" as "Schalke", in the results and the
// standings: 2 fn, 2 fp); retail chains named after a person or a
// surname typed people ("Dorothy Perkins", "Burton": 2 fn, 2 fp); a
// miner named after a place typed a place ("Antofagasta": 1 fn, 1 fp);
// companies missed ("Freeport-McMoRan", "Next Digital", one of four
// "Suez": 3 fn); a cricket ground typed an organization ("the
// Wanderers": 1 fn, 1 fp); a two-word place in a capitals dateline cut
// ("ALTA BADIA" as "BADIA": 1 fn, 1 fp); a sports desk's headline word
// typed an organization ("DARTS": 1 fp); a competition typed an
// organization ("EUROLEAGUE", "Euroleague": 2 fp on gold MISC).
// Eighteen of the 27 differences are in the eight sports items, seven of
// them in the NFL results table, as in audit q's NBA table. It is a
// measurement only: no rule may be written or tuned against it. Later at
// main (session 22, doc29): 0.9747 (P 0.9770 R 0.9725; tp 424 fp 10 fn 12)
// after the nleagues rules, set going from audit q's finding of the same
// kind (US teams named by their towns), written without opening this
// file. The test fails only more than 0.01 below the last figure.
const audit2020rFloor = 0.9747 - 0.01

// TestAudit2020r scores audit2020rArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020rFloor. It is a
// measurement only: no rule may be written or tuned against it.
func TestAudit2020r(t *testing.T) {
	floorAudit(t, audit2020rArticles, audit2020rFloor)
}

// audit2020rArticles: an eighteenth blind set of made-up Reuters-style
// articles (helper naudit5, session 22), set in December 2020 and, like
// audit q, built to the genre mix of CoNLL-2003's own test set but on
// other desks: eight of the eighteen are sports items in the terse wire
// styles (German league results with scorers and standings, a Serie A
// report, NFL results with the home team in capitals, a cricket test's
// summary scores, World Cup skiing results, darts results, a snooker
// final and Euroleague basketball results), the rest metals markets,
// British banks and their regulator, a retail collapse, a contested
// takeover, state lawsuits against a search company, elections and
// diplomacy in Ghana, Venezuela, Nepal, Morocco and Israel, and a Hong
// Kong security case (the last two written with audit q's articles and
// left out of it for length). Written and marked up from the writer's
// own knowledge, without reading the name lists or the rules, and
// committed before the model was run on them ("[O name]"; P, L, O, M) to
// CoNLL-2003's conventions as eng.train applies them: nationality words
// and demonyms, indices, competitions, events, products and laws MISC;
// national sports sides places, clubs and franchises organizations, also
// where a club goes by its city; a player's country in brackets after his
// name a place; "U.S." before a body's name part of the organization,
// elsewhere a place; titles outside the name, a body's name before a
// title marked; a stadium, arena or course a place where something
// happens at it; a capital standing for its government a place. Every
// event is made up or retold, and scores, figures and quotations are
// invented; the names of the bodies and people are real ones of the time
// or made up.
var audit2020rArticles = []string{
	`SOCCER - [M GERMAN] FIRST DIVISION RESULTS / STANDINGS
[L BERLIN] 2020-12-19
Results of [M Bundesliga] matches on Friday and Saturday (scorers in brackets):
[O Union Berlin] 2 ([P Taiwo Awoniyi] 10th, [P Marvin Friedrich] 88th) [O Borussia Dortmund] 1 ([P Youssoufa Moukoko] 60th)
[O Bayer Leverkusen] 1 ([P Patrik Schick] 4th) [O Bayern Munich] 2 ([P Robert Lewandowski] 14th, 90th)
[O VfL Wolfsburg] 2 ([P Wout Weghorst] 3rd, [P Maximilian Arnold] 80th) [O Borussia Moenchengladbach] 1 ([P Marcus Thuram] 23rd)
[O Eintracht Frankfurt] 2 ([P Andre Silva] 31st, 75th) [O Cologne] 1 ([P Ellyes Skhiri] 52nd)
[O Arminia Bielefeld] 1 ([P Fabian Klos] 66th) [O Schalke 04] 0
[O RB Leipzig] 2 ([P Dani Olmo] 12th, [P Yussuf Poulsen] 70th) [O Hoffenheim] 0
Standings (tabulate under played, won, drawn, lost, goals for, against, points):
[O Bayern Munich] 13 9 3 1 39 20 30
[O RB Leipzig] 13 8 4 1 24 10 28
[O Bayer Leverkusen] 13 7 5 1 25 12 26
[O VfL Wolfsburg] 13 6 6 1 21 13 24
[O Union Berlin] 13 6 5 2 27 15 23
[O Borussia Dortmund] 13 7 1 5 26 18 22
[O Mainz] 13 1 3 9 12 27 6
[O Schalke 04] 13 0 4 9 8 36 4`,
	`[L MILAN] ([O Reuters]) - [O AC Milan] will spend Christmas top of [M Serie A] after defender [P Theo Hernandez] headed a stoppage-time winner to beat [O Lazio] 3-2 at the [L San Siro] on Wednesday. [P Ante Rebic] and [P Hakan Calhanoglu] put [P Stefano Pioli]'s side two up before [P Ciro Immobile] and [P Luis Alberto] hit back for the visitors. [O Milan], without the injured [P Zlatan Ibrahimovic], are unbeaten in the league this season and lead [O Inter Milan] by one point. [O Inter] beat [O Verona] 2-1 away with a late goal from [P Milan Skriniar], and coach [P Antonio Conte] said his team were "finally hungry". [O Juventus] lost 3-0 at home to [O Fiorentina], with [P Dusan Vlahovic] scoring after three minutes and [P Martin Caceres], a former [O Juventus] player, adding a second. [O Juve] coach [P Andrea Pirlo] said his players had been "too soft". [O Fiorentina] coach [P Cesare Prandelli] called it a gift for the fans.
Reporting by [P Elvira Pollina]; Editing by [P Ed Osmond]`,
	`AMERICAN FOOTBALL - [O NFL] RESULTS
[L NEW YORK] 2020-12-21
Results of [O National Football League] games on Saturday and Sunday (home team in CAPS):
Saturday: [O Buffalo] 48 [O DENVER] 19, [O Carolina] 16 [O GREEN BAY] 24
Sunday: [O Kansas City] 32 [O NEW ORLEANS] 29, [O Tampa Bay] 31 [O ATLANTA] 27, [O Seattle] 20 [O WASHINGTON] 15, [O Cleveland] 20 [O NY GIANTS] 6, [O Baltimore] 40 [O JACKSONVILLE] 14, [O Tennessee] 46 [O DETROIT] 25, [O Miami] 22 [O NEW ENGLAND] 12, [O Philadelphia] 26 [O ARIZONA] 33, [O San Francisco] 33 [O DALLAS] 41, [O Chicago] 33 [O MINNESOTA] 27, [O NY JETS] 23 [O LA Rams] 20
[P Patrick Mahomes] threw three touchdown passes as the [O Chiefs] won their ninth straight game and clinched a sixth successive division title, spoiling the return of [O Saints] quarterback [P Drew Brees] from broken ribs. The [O Jets], who had lost their first 13 games, earned their first win of the season at [L SoFi Stadium]. [O Patriots] coach [P Bill Belichick] said his team had been "outplayed", a loss that ended [O New England]'s hopes of a place in the playoffs for the first time since 2008.`,
	`CRICKET - [L SOUTH AFRICA] BEAT [L SRI LANKA] BY AN INNINGS
[L CENTURION], [L South Africa] 2020-12-29
Summary scores on the fourth day of the first test between [L South Africa] and [L Sri Lanka] at [L SuperSport Park] on Tuesday:
[L Sri Lanka] 396 ([P D. Chandimal] 85, [P D. Shanaka] 66 not out, [P K. Mendis] 60; [P L. Sipamla] 4-76) and 180 ([P W. Hasaranga] 59, [P D. Shanaka] 32; [P L. Ngidi] 3-44, [P A. Nortje] 2-34)
[L South Africa] 621 ([P F. du Plessis] 199, [P T. Bavuma] 71, [P K. Maharaj] 73, [P D. Elgar] 95, [P A. Markram] 68; [P W. Hasaranga] 4-171, [P V. Fernando] 2-127)
[L South Africa] won by an innings and 45 runs.
[P Faf du Plessis], who fell one run short of a maiden double century, was named man of the match. [L Sri Lanka] lost fast bowlers [P Kasun Rajitha] and [P Lahiru Kumara] to injury during the match, and captain [P Dimuth Karunaratne] said the tourists would call up replacements before the second test at the [L Wanderers] in [L Johannesburg] from Jan. 3.`,
	`ALPINE SKIING - [M WORLD CUP] GIANT SLALOM RESULTS
[L ALTA BADIA], [L Italy] 2020-12-20
Leading results of the men's [M World Cup] giant slalom on Sunday:
1. [P Alexis Pinturault] ([L France]) two runs 2:32.41
2. [P Marco Odermatt] ([L Switzerland]) 2:32.80
3. [P Zan Kranjec] ([L Slovenia]) 2:33.15
4. [P Henrik Kristoffersen] ([L Norway]) 2:33.22
5. [P Filip Zubcic] ([L Croatia]) 2:33.49
6. [P Luca De Aliprandini] ([L Italy]) 2:33.60
[M World Cup] giant slalom standings after four races:
1. [P Pinturault] 260 points 2. [P Kristoffersen] 235 3. [P Odermatt] 220
[P Pinturault], who also won in [L Santa Caterina] this month, moved closer to a first overall title. [M Swiss] racer [P Odermatt] was fastest in the first run but lost time on the steep final section. In the women's slalom at [L Semmering], [L Austria], [L Slovakia]'s [P Petra Vlhova] beat [M American] [P Mikaela Shiffrin] by 0.22 seconds.`,
	`DARTS - [M PDC WORLD CHAMPIONSHIP] RESULTS
[L LONDON] 2020-12-22
Results from the [M PDC World Championship] at [L Alexandra Palace] on Tuesday (prefix number denotes seeding):
Second round: 3 - [P Gerwyn Price] ([L Wales]) beat [P Luke Woodhouse] ([L England]) 3-0, 6 - [P Gary Anderson] ([L Scotland]) beat [P Jeff Smith] ([L Canada]) 3-1, [P Damon Heta] ([L Australia]) beat 27 - [P Mensur Suljovic] ([L Austria]) 3-2, 1 - [P Michael van Gerwen] ([L Netherlands]) beat [P Ryan Joyce] ([L England]) 3-1
The tournament is being played behind closed doors after [L London] moved into the highest tier of COVID-19 restrictions. [O Professional Darts Corporation] chief executive [P Matt Porter] said the organisers had "no choice". Defending champion [P Peter Wright] of [L Scotland] plays on Wednesday.`,
	`[L LONDON] ([O Reuters]) - [P Neil Robertson] won the [M UK Championship] for a third time on Sunday, beating world number one [P Judd Trump] 10-9 in a final that went to the last black in [L Milton Keynes]. The [M Australian] had trailed 9-8 before making breaks of 70 and 68 to win the last two frames and the 250,000 pound first prize. "It was one of the best finals I've ever been part of," [P Robertson] told the [O BBC]. [P Trump], who won the [M Northern Ireland Open] last month, said he had let chances slip. Seven-times world champion [P Ronnie O'Sullivan] lost in the third round to [P Ding Junhui] of [L China]. [O World Snooker Tour] chairman [P Steve Dawson] said the event had drawn record television audiences.
Reporting by [P Hritika Sharma] in [L Bengaluru]; Editing by [P Christian Radnedge]`,
	`BASKETBALL - [M EUROLEAGUE] RESULTS
[L BARCELONA] 2020-12-18
Results of [M Euroleague] matches on Thursday and Friday:
[O CSKA Moscow] 81 [O Olympiakos] 69
[O Real Madrid] 78 [O Barcelona] 74
[O Anadolu Efes] 84 [O Fenerbahce] 77
[O Maccabi Tel Aviv] 79 [O Zalgiris Kaunas] 74
[O Bayern Munich] 82 [O Alba Berlin] 72
[O Zenit St Petersburg] 70 [O Panathinaikos] 65
[O Red Star Belgrade] 76 [O Valencia] 80
[O Baskonia] 88 [O ASVEL Villeurbanne] 71
[O Khimki] 79 [O Olimpia Milan] 91
[P Nikola Mirotic] scored 21 points for [O Barcelona], who remain top of the standings despite the defeat in [L Madrid], where [P Walter Tavares] had 14 rebounds for the home side.`,
	`[L LONDON] ([O Reuters]) - Copper prices hit their highest in nearly eight years on Friday as a weaker dollar and hopes of a vaccine-driven recovery in [L China], the world's top consumer, drew buyers to industrial metals. Benchmark copper on the [O London Metal Exchange] rose 1.2% to $7,920 a tonne, while the most-traded contract on the [O Shanghai Futures Exchange] gained 1.5%. Supplies are tight after strikes at mines in [L Chile] and [L Peru]. "Funds are chasing the green energy story," said [P Colin Hamilton], head of commodities research at [O BMO Capital Markets] in [L London]. [M Chilean] state miner [O Codelco], the world's largest copper producer, said output at its [L Chuquicamata] mine would fall next year. Shares in [O Glencore], [O Antofagasta] and [O Freeport-McMoRan] have risen more than 20% this month. Analysts at [O Goldman Sachs] raised their 12-month forecast to $9,500. Gold was little changed at $1,880 an ounce, and [O LME] aluminium rose 0.8%.
Reporting by [P Pratima Desai]; Additional reporting by [P Mai Nguyen] in [L Singapore]; Editing by [P Susan Fenton]`,
	`[L LONDON] ([O Reuters]) - The [O Bank of England] said on Friday that [M British] banks could resume paying dividends next year within limits, after stress tests showed they could weather a far deeper recession than the one caused by the pandemic. The [O Prudential Regulation Authority], the central bank's supervisory arm, said payouts in 2021 should be capped at a quarter of a bank's profits over the past two years. [O PRA] chief executive [P Sam Woods] said lenders had "ample capital". Shares in [O Lloyds Banking Group] rose 3.5%, [O NatWest Group] 2.9% and [O Barclays] 2.4%, while [O HSBC] and [O Standard Chartered], which make most of their money in [L Asia], gained about 2%. Governor [P Andrew Bailey] said the banking system was "part of the solution" to the crisis. The [O European Central Bank] is expected to let euro zone lenders pay limited dividends too, its top supervisor [P Andrea Enria] has said. [P Gary Greenwood], an analyst at [O Shore Capital], said the move would help [O NatWest] most.
Reporting by [P Huw Jones] and [P Iain Withers]; Editing by [P Alexander Smith]`,
	`[L LONDON] ([O Reuters]) - [M British] department store chain [O Debenhams] will close all its 124 stores with the loss of 12,000 jobs after [O JD Sports Fashion] pulled out of talks to rescue it, a day after fashion group [O Arcadia] went into administration. Administrators from [O FRP Advisory] said they would run down the business and sell its stock. [O Arcadia], owned by tycoon [P Philip Green] and his family, runs [O Topshop], [O Dorothy Perkins] and [O Burton] and employs 13,000 people. Online retailers [O Boohoo] and [O ASOS] are among those circling its brands, industry sources said. "This is a devastating day," said [P Paddy Lillis], general secretary of shopworkers' union [O Usdaw]. Business Secretary [P Alok Sharma] said the government would support workers who lost their jobs. [O Debenhams] was founded in [L London] in 1778 and has been in administration twice since last year. [O JD Sports] Executive Chairman [P Peter Cowgill] said there was too much uncertainty on the high street.
Reporting by [P James Davey]; Editing by [P Kate Holton]`,
	`[L WASHINGTON] ([O Reuters]) - A group of 38 states and territories sued [O Alphabet Inc]'s [O Google] on Thursday, accusing the search giant of illegally using its dominance to squeeze out rivals and harm consumers, the third such lawsuit against the company in two months. The case, led by [L Colorado] Attorney General [P Phil Weiser] and [L Nebraska] Attorney General [P Doug Peterson], a [M Republican], was filed in federal court in [L Washington] and asks that it be merged with the [O U.S. Justice Department]'s lawsuit from October. On Wednesday, 10 states led by [L Texas] accused [O Google] of working with [O Facebook Inc] to rig the online advertising market. [O Google]'s director of economic policy, [P Adam Cohen], said the lawsuits would "degrade" its services. [P Weiser] told a news conference that [O Google] had made it harder for sites such as [O Yelp] and [O Expedia] to reach users. The [O Federal Trade Commission] sued [O Facebook] last week.
Reporting by [P Diane Bartz] in [L Washington]; Editing by [P Leslie Adler]`,
	`[L ACCRA] ([O Reuters]) - [M Ghanaian] President [P Nana Akufo-Addo] won a second term with 51.6% of the vote, the electoral commission said on Wednesday, but the main opposition candidate, former President [P John Mahama], rejected the result and said he would challenge it. [P Akufo-Addo], of the [O New Patriotic Party] ([O NPP]), beat [P Mahama] of the [O National Democratic Congress] ([O NDC]) by about 515,000 votes. Commission chair [P Jean Mensa] said the vote was free and fair, a view shared by observers from the [O Economic Community of West African States]. [P Mahama] said the figures had been "manipulated" and that his party would go to the [O Supreme Court]. At least five people died in election violence, police said. [L Ghana], [L Africa]'s second-biggest gold producer, has been seen as one of the most stable democracies in [L West Africa].
Reporting by [P Christian Akorlie] and [P Cooper Inveen]; Editing by [P Alexandra Zavis]`,
	`[L CARACAS] ([O Reuters]) - [M Venezuelan] President [P Nicolas Maduro]'s [O Socialist Party] won control of the [O National Assembly] in a parliamentary election on Sunday that was boycotted by the main opposition parties, the [O National Electoral Council] said. Turnout was 31%, the council's president [P Indira Alfonzo] said. Opposition leader [P Juan Guaido], whom the [L United States] and more than 50 other countries recognize as [L Venezuela]'s rightful leader, called the vote a "fraud". [P Maduro] said the new legislature would "restore peace". Former information minister [P Jorge Rodriguez], a close ally, is expected to lead the chamber. [O European Union] foreign policy chief [P Josep Borrell] said the bloc would not recognize the result, and [O Organization of American States] Secretary-General [P Luis Almagro] called it "a farce".
Reporting by [P Mayela Armas] and [P Vivian Sequera]; Editing by [P Daniel Flynn]`,
	`[L KATHMANDU] ([O Reuters]) - [L Nepal]'s President [P Bidya Devi Bhandari] dissolved parliament on Sunday at the request of Prime Minister [P K.P. Sharma Oli] and called elections for April and May, plunging the [M Himalayan] country into political crisis. [P Oli] has been locked in a power struggle with former Prime Minister [P Pushpa Kamal Dahal], known as [P Prachanda], within the ruling [O Nepal Communist Party]. Seven ministers loyal to [P Dahal] resigned in protest. "This is unconstitutional," said party spokesman [P Narayan Kaji Shrestha]. Several petitions challenging the move have been filed at the [O Supreme Court]. Hundreds of people marched in [L Kathmandu] against the decision. [L Nepal] lies between [L China] and [L India], and [L New Delhi] has watched [P Oli]'s closer ties with [L Beijing] warily.
Reporting by [P Gopal Sharma]; Editing by [P Raju Gopalakrishnan]`,
	`[L RABAT] ([O Reuters]) - [L Morocco] and [L Israel] agreed on Thursday to normalise relations in a deal brokered by the [L United States], which in return recognised [M Moroccan] sovereignty over the disputed [L Western Sahara]. President [P Donald Trump] announced the agreement on [O Twitter] after a phone call with [M Moroccan] King [P Mohammed VI]. The [O Polisario Front], which seeks an independent state in the territory, said it rejected the decision. [L Algeria], which backs the movement, called it a violation of international law. [M Israeli] Prime Minister [P Benjamin Netanyahu] said direct flights between [L Tel Aviv] and [L Rabat] would begin soon. Senior [L White House] adviser [P Jared Kushner] will lead a delegation on the first flight, operated by [O El Al]. [L Morocco] is the fourth [M Arab] country to agree to ties with [L Israel] this year, after the [L United Arab Emirates], [L Bahrain] and [L Sudan].
Reporting by [P Ahmed Eljechtimi]; Additional reporting by [P Steve Holland] in [L Washington]; Editing by [P Angus MacSwan]`,
	`[L PARIS] ([O Reuters]) - [M French] water and waste company [O Suez] rejected on Monday an 11.3 billion euro ($13.7 billion) takeover offer from larger rival [O Veolia], saying it undervalued the group and would destroy jobs in [L France]. [O Veolia] bought a 29.9% stake in [O Suez] from utility [O Engie] in October and wants the rest. [O Suez] Chief Executive [P Bertrand Camus] said the board would look at "all alternatives", including a rival plan backed by investment funds [O Ardian] and [O Global Infrastructure Partners]. [O Veolia] Chairman and CEO [P Antoine Frerot] called the rejection "a mistake" and said the offer of 18 euros a share would not be raised. Economy Minister [P Bruno Le Maire] urged the two groups to negotiate. A court in [L Nanterre], west of [L Paris], has suspended [O Veolia]'s voting rights on the stake pending a ruling. [O Engie], in which the state holds 23.6%, declined to comment. Shares in [O Suez] fell 1.4% to 17.20 euros, while [O Veolia] rose 0.9% and the [M CAC 40] index was flat.
Reporting by [P Benjamin Mallet] and [P Gwenaelle Barzic]; Editing by [P Sudip Kar-Gupta]`,
	`[L HONG KONG] ([O Reuters]) - [L Hong Kong] media tycoon [P Jimmy Lai], founder of the pro-democracy [O Apple Daily] newspaper, was charged on Friday under the city's national security law with colluding with foreign forces, the most high-profile person to be charged under the law. [P Lai], 73, who is already in custody on a fraud charge, faces up to life in prison. He was denied bail at the [O West Kowloon Magistrates' Courts] and will appear again in April. Shares in [O Next Digital], which publishes the paper, fell 12%. [L Beijing] imposed the law on the former [M British] colony in June to punish what it calls subversion, secession, terrorism and collusion. City leader [P Carrie Lam] said the law had restored stability. [M British] Foreign Secretary [P Dominic Raab] said the charge was "a politically motivated attempt to silence" critics, and the [O U.S. State Department] called for his release. Democracy activists [P Joshua Wong], [P Agnes Chow] and [P Ivan Lam] were jailed this month over a 2019 protest outside police headquarters.
Reporting by [P Jessie Pang] and [P Sharon Tam]; Editing by [P Robert Birsel]`,
}
