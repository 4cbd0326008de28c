package ner

import "testing"

// audit2020qFloor is the regression floor of TestAudit2020q. Measured
// blind (articles and gold committed in their own commit, "aud2020q: a
// seventeenth blind audit, committed before the model is run", b6b7a02)
// at main a2ce843 (doc28): overall F1 0.9633 (P 0.9675 R 0.9591; tp 446
// fp 15 fn 19; PERSON 0.9801 tp 172 fp 3 fn 4, LOCATION 0.9646 tp 109 fp
// 7 fn 1, ORGANIZATION 0.9456 tp 165 fp 5 fn 14). One slip of the markup
// against its own conventions was then put right in the next commit
// ("aud2020q gold: one slip"), not a change of convention: "Brent" before
// "crude" had been marked MISC as a product, where eng.train marks "The
// [O Brent] crude futures market" (1 of 1; "Dated Brent" MISC) and
// blindArticles "[O Brent] crude futures". With it: 0.9644 (P 0.9696 R
// 0.9592; tp 447 fp 14 fn 19; PERSON 0.9801 tp 172 fp 3 fn 4, LOCATION
// 0.9646 tp 109 fp 7 fn 1, ORGANIZATION 0.9486 tp 166 fp 4 fn 14), the
// same at main 4390574. The errors, by kind (fn/fp counted as the test
// logs them): NBA franchises named by their city in a results table
// typed places or missed, though eng.train marks such clubs
// organizations ("Atlanta", "INDIANA", "Miami", "New York", "Utah",
// "Washington" typed places, "BROOKLYN" and "DENVER" missed, while
// "Golden State", "BOSTON", "Milwaukee" and the rest of the same table
// were found: 8 fn, 6 fp); names cut or joined at a title or a short
// word (a place before "Mayor" joined with the mayor into one person,
// "Petrinja Mayor Darinko Dumbovic": 2 fn, 1 fp; a Korean golfer's name
// with a one-letter given name cut, "A Lim Kim" as "Lim Kim": 1 fn, 1 fp;
// an airline's name cut and its Portuguese tail typed a person, "Gol
// Linhas Aereas" as "Linhas Aereas": 1 fn, 1 fp); broadcasters and news
// outlets missed ("BT Sport", "The Insider", the Croatian "HRT": 3 fn); a
// company missed both times ("Hyundai Mobis": 2 fn); a footballer known
// by one name missed ("Neymar": 1 fn); a bowler's given name in a
// scoreboard's "b Umesh" typed an organization (1 fn, 1 fp); a sports
// desk's headline word typed a place ("GOLF": 1 fp); an abbreviation in
// a job title typed an organization ("FX strategy": 1 fp); a competition
// cut out of "English Premier League" and typed an organization
// ("Premier League": 1 fp on gold MISC); a robot product typed an
// organization ("Atlas": 1 fp on gold MISC). Twenty-two of the 33
// differences are in the eight sports items, fourteen of them in the NBA
// results table alone: the terse sports styles, which CoNLL-2003's own
// test set is full of, are where this audit finds the most to mend. It
// is a measurement only: no rule may be written or tuned against it.
// Later at main (session 22, doc29): 0.9666 after the nlists5 name lists
// (made without reading this audit), 0.9795 (P 0.9848 R 0.9742; tp 454
// fp 7 fn 12) after the nleagues rules for North American league items.
// Those rules were written on their own made-up tables without opening
// this file, but the lead set them going from the kind this audit showed
// (US teams named by their towns), so for that kind the figure is no
// longer blind. The test fails only more than 0.01 below the last figure.
const audit2020qFloor = 0.9795 - 0.01

// TestAudit2020q scores audit2020qArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020qFloor. It is a
// measurement only: no rule may be written or tuned against it.
func TestAudit2020q(t *testing.T) {
	floorAudit(t, audit2020qArticles, audit2020qFloor)
}

// audit2020qArticles: a seventeenth blind set of made-up Reuters-style
// articles (helper naudit5, session 22), set in December 2020 and built
// to the genre mix of CoNLL-2003's own test set: nearly half of them
// sports items in the terse wire styles (a results and standings table,
// a match report, Champions League results, NBA results with the home
// team in capitals, a cricket scoreboard, a test match report, a golf
// leaderboard, a heavyweight fight), the rest markets, currencies,
// company deals, aviation, US transition politics and world news
// (Israel, Russia, Croatia). Written and marked up from the
// writer's own knowledge, without reading the name lists or the rules,
// and committed before the model was run on them ("[O name]"; P, L, O,
// M) to CoNLL-2003's conventions as eng.train applies them: nationality
// words and demonyms, indices, competitions, events, products and laws
// MISC; national sports sides places (as eng.train's "[L England] v [L
// Pakistan]" and "[L Namibia] 6 [L Botswana] 0"), clubs and franchises
// organizations, also where a club goes by its city ("[O DETROIT] 7 [O
// Chicago] 4"); a player's country in brackets after his name a place;
// "U.S." before a body's name part of the organization ("[O U.S.
// Treasury]", as eng.train joins it), elsewhere a place; titles outside
// the name; a stadium, ground or course a place where something happens
// at it; a capital standing for its government a place. Every event is
// made up or retold, and scores, figures and quotations are invented;
// the names of the bodies and people are real ones of the time or made
// up.
var audit2020qArticles = []string{
	`SOCCER - [M ENGLISH PREMIER LEAGUE] RESULTS / STANDINGS
[L LONDON] 2020-12-20
Results of [M English Premier League] matches played on Saturday and Sunday:
Saturday: [O Crystal Palace] 0 [O Liverpool] 7, [O Southampton] 1 [O Manchester City] 1, [O Everton] 2 [O Arsenal] 1, [O Newcastle United] 1 [O Fulham] 1.
Sunday: [O West Bromwich Albion] 0 [O Aston Villa] 3, [O Manchester United] 6 [O Leeds United] 2, [O Tottenham Hotspur] 0 [O Leicester City] 2, [O Brighton] 1 [O Sheffield United] 1.
Standings (tabulate under played, won, drawn, lost, goals for, against, points):
[O Liverpool] 14 9 4 1 37 17 31
[O Leicester City] 14 9 1 4 27 15 28
[O Manchester United] 13 8 2 3 28 21 26
[O Everton] 14 8 2 4 24 18 26
[O Tottenham Hotspur] 14 7 5 2 25 13 26
[O Chelsea] 13 6 4 3 26 14 22
[O Aston Villa] 12 7 1 4 24 13 22
[O Manchester City] 13 6 5 2 20 12 23
[O West Bromwich Albion] 14 1 3 10 8 31 6
[O Sheffield United] 14 0 2 12 8 26 2`,
	`[L LONDON] ([O Reuters]) - [O Liverpool] crushed [O Crystal Palace] 7-0 at [L Selhurst Park] on Saturday to open up a five-point lead at the top of the [M Premier League], the biggest away win by a leader in the competition's history. [P Takumi Minamino] scored his first league goal for the club after three minutes, and [P Sadio Mane] and [P Roberto Firmino] made it 3-0 by halftime. Captain [P Jordan Henderson] curled in a fourth before substitute [P Mohamed Salah] added two more and [P Firmino] completed the rout. [O Palace] manager [P Roy Hodgson], who had a short spell in charge at [O Liverpool] a decade ago, said his side had "no answer" to the champions. "It could have been more," [O Liverpool] manager [P Juergen Klopp] told [O BT Sport]. Forward [P Wilfried Zaha] missed the game for the hosts. Second-placed [O Leicester City] beat [O Tottenham] 2-0 on Sunday with a [P Jamie Vardy] penalty, while [O Everton] moved into the top four after [P Yerry Mina] headed the winner against [O Arsenal], who have one win in nine league games under [P Mikel Arteta].
Reporting by [P Martyn Herman]; Editing by [P Toby Davis]`,
	`SOCCER - [M CHAMPIONS LEAGUE] RESULTS
[L NYON], [L Switzerland] 2020-12-09
Results of [M Champions League] group matches played on Tuesday and Wednesday:
Tuesday: [O Chelsea] 1 [O Krasnodar] 1, [O Rennes] 1 [O Sevilla] 3, [O Zenit St Petersburg] 1 [O Borussia Dortmund] 2, [O Lazio] 2 [O Club Brugge] 2, [O Barcelona] 0 [O Juventus] 3, [O Ferencvaros] 0 [O Dynamo Kiev] 0, [O RB Leipzig] 3 [O Manchester United] 2.
Wednesday: [O Bayern Munich] 2 [O Lokomotiv Moscow] 0, [O Salzburg] 0 [O Atletico Madrid] 2, [O Real Madrid] 2 [O Borussia Moenchengladbach] 0, [O Porto] 0 [O Manchester City] 0, [O Midtjylland] 1 [O Liverpool] 1, [O Paris St Germain] 5 [O Istanbul Basaksehir] 1.
[P Neymar] scored a hat-trick as [O Paris St Germain] beat [O Istanbul Basaksehir] in a game that was completed on Wednesday, a day after both teams walked off in protest at an alleged racist remark by fourth official [P Sebastian Coltescu] of [L Romania] towards [O Basaksehir] assistant coach [P Pierre Webo]. [O UEFA] said it had opened an investigation. [P Cristiano Ronaldo] scored twice from the penalty spot at the [L Nou Camp] as [O Juventus] took first place in their group from [O Barcelona], whose coach [P Ronald Koeman] said the result was "a wake-up call". [O Manchester United] went out after falling 3-0 behind in [L Leipzig] and will drop into the [M Europa League].`,
	`BASKETBALL - [O NBA] RESULTS
[L NEW YORK] 2020-12-23
Results of [O National Basketball Association] games on Tuesday and Wednesday (home team in CAPS):
Tuesday: [O BROOKLYN] 125 [O Golden State] 99, [O LA Clippers] 116 [O LA LAKERS] 109
Wednesday: [O BOSTON] 122 [O Milwaukee] 121, [O PHILADELPHIA] 113 [O Washington] 107, [O INDIANA] 121 [O New York] 107, [O ORLANDO] 113 [O Miami] 107, [O Atlanta] 124 [O CHICAGO] 104, [O Utah] 120 [O PORTLAND] 100, [O Sacramento] 124 [O DENVER] 122 (OT)
[P Kevin Durant] scored 22 points in his first game for 18 months and [P Kyrie Irving] added 26 as the [O Nets] routed [P Stephen Curry]'s [O Warriors]. [P Paul George] had 26 points for the [O Clippers], who spoilt the champion [O Lakers]' ring night, while [P Jayson Tatum] hit a jump shot with 4.4 seconds left to give the [O Celtics] victory over [P Giannis Antetokounmpo] and the [O Bucks].`,
	`CRICKET - [L AUSTRALIA] V [L INDIA] SECOND TEST SCOREBOARD
[L MELBOURNE] 2020-12-29
Scoreboard on the fourth and final day of the second test between [L Australia] and [L India] at the [L Melbourne Cricket Ground] on Tuesday:
[L Australia] first innings 195 ([P M. Labuschagne] 48; [P J. Bumrah] 4-56, [P R. Ashwin] 3-35)
[L India] first innings 326 ([P A. Rahane] 112, [P R. Jadeja] 57; [P M. Starc] 3-78, [P N. Lyon] 3-72)
[L Australia] second innings (overnight 133-6)
[P J. Burns] c [P Pant] b [P Umesh] 4
[P M. Wade] lbw b [P Jadeja] 40
[P M. Labuschagne] c [P Rahane] b [P Ashwin] 28
[P S. Smith] b [P Bumrah] 8
[P T. Head] c [P Mayank] b [P Siraj] 17
[P C. Green] c [P Jadeja] b [P Siraj] 45
[P T. Paine] c [P Pant] b [P Jadeja] 1
[P P. Cummins] c [P Mayank] b [P Bumrah] 22
[P M. Starc] not out 14
[P N. Lyon] c [P Pant] b [P Siraj] 3
[P J. Hazlewood] b [P Ashwin] 10
Extras (b-4 lb-2 nb-1 w-1) 8
Total (all out, 103.1 overs) 200
Fall of wickets: 1-4 2-42 3-71 4-98 5-99 6-99 7-156 8-177 9-185
Bowling: [P J. Bumrah] 27-6-54-2, [P U. Yadav] 3.3-0-5-1, [P R. Ashwin] 37.1-6-71-2, [P M. Siraj] 21.3-4-37-3, [P R. Jadeja] 14-3-28-2
[L India] second innings 70-2 ([P S. Gill] 35 not out, [P A. Rahane] 27 not out)
Result: [L India] won by eight wickets. Four-match series level at 1-1.`,
	`[L MOUNT MAUNGANUI], [L New Zealand] ([O Reuters]) - [L New Zealand] beat [L Pakistan] by 101 runs in the first test at [L Bay Oval] on Wednesday with 27 balls to spare, after [P Fawad Alam]'s maiden test century had threatened to deny them. Left-arm spinner [P Mitchell Santner] removed [P Fawad] for 102 and paceman [P Kyle Jamieson] took the last two wickets as the visitors were bowled out for 271. [L Pakistan], led by wicketkeeper [P Mohammad Rizwan] in place of the injured [P Babar Azam], had been 80 for four at lunch. [P Neil Wagner], who bowled through the match with two broken toes, took two wickets. Captain [P Kane Williamson], whose 129 in the first innings earned him the player of the match award, said it was "one of the toughest" wins of his career. The victory lifts [L New Zealand] to second in the [M World Test Championship] standings behind [L India] and [L Australia]. The [O Pakistan Cricket Board] said [P Babar] was expected to be fit for the second test in [L Christchurch].
Reporting by [P Greg Stutchbury] in [L Wellington]; Editing by [P Peter Rutherford]`,
	`GOLF - [M U.S. WOMEN'S OPEN] FINAL SCORES
[L HOUSTON] 2020-12-14
Leading final scores in the [M U.S. Women's Open] at [L Champions Golf Club] on Monday (players from the [L U.S.] unless stated, par 71):
281 [P A Lim Kim] ([L South Korea]) 69 74 71 67
282 [P Amy Olson] 67 70 73 72, [P Ko Jin-young] ([L South Korea]) 71 72 70 69
284 [P Hinako Shibuno] ([L Japan]) 67 70 73 74
285 [P Moriya Jutanugarn] ([L Thailand]) 70 71 72 72, [P Yuka Saso] ([L Philippines]) 73 69 72 71, [P Lexi Thompson] 74 65 72 74
286 [P Megan Khang] 71 72 71 72, [P Brooke Henderson] ([L Canada]) 68 76 72 70, [P Kaitlyn Papp] 70 72 71 73
[P Kim], ranked 94th in the world and playing the event for the first time, birdied the last three holes to win by one shot. [P Olson], who learned during the week that her father-in-law had died, said she was "proud to have hung in there". [P Papp], a student at the [O University of Texas], was the leading amateur.`,
	`[L LONDON] ([O Reuters]) - [P Anthony Joshua] knocked out [M Bulgarian] challenger [P Kubrat Pulev] in the ninth round at [L Wembley Arena] on Saturday to keep his [O WBA], [O IBF] and [O WBO] heavyweight belts and immediately called out [M British] rival [P Tyson Fury]. [P Joshua], 31, sent [P Pulev] to the canvas twice in the third round before finishing him with a right hand in front of 1,000 fans, the first crowd at a major fight in [L Britain] since March. "I'm ready whenever," [P Joshua] told [O Sky Sports]. Promoter [P Eddie Hearn] of [O Matchroom Boxing] said talks with [P Fury]'s camp were at an advanced stage. [P Fury], who holds the [O WBC] title, posted a video saying he would knock [P Joshua] out "in three rounds". The [O WBO] has named [M Ukrainian] [P Oleksandr Usyk] as [P Joshua]'s mandatory challenger. [P Pulev]'s promoter, [P Kalle Sauerland], said the [M Bulgarian] had been "caught cold".
Reporting by [P Mitch Phillips]; Editing by [P Ed Osmond]`,
	`[L NEW YORK] ([O Reuters]) - World stocks hit a record high on Thursday and the dollar sank to its weakest in more than two and a half years after the [O Federal Reserve] pledged to keep buying bonds until the recovery is secure, while bitcoin soared past $23,000. The [M Dow Jones Industrial Average] rose 0.5%, the [M S&P 500] gained 0.6% and the [M Nasdaq Composite] added 0.8%, all at record closes. [O Fed] Chair [P Jerome Powell] said on Wednesday the central bank would keep up its $120 billion a month of purchases "until substantial further progress has been made". In [L Europe], the pan-regional [M STOXX 600] index closed up 0.4% and [L Frankfurt]'s [M DAX] hit a record, while [L London]'s [M FTSE 100] edged up after the [O Bank of England] kept rates on hold. [O FedEx Corp] fell 5.2% after saying it would spend more on wages, and [O Accenture Plc] rose 3.4% on strong quarterly results. The euro climbed to $1.2273 and sterling hit $1.3625. "The dollar is the funding currency of choice," said [P Kathy Lien], managing director of FX strategy at [O BK Asset Management] in [L New York]. In [L Asia], [L Tokyo]'s [M Nikkei] ended 0.2% higher after the [O Bank of Japan] said it would review its tools. Gold rose 2% to $1,886 an ounce, and [O Brent] crude gained 0.6%.
Reporting by [P Herbert Lash] in [L New York] and [P Tom Wilson] in [L London]; Editing by [P Jonathan Oatis]`,
	`[L ZURICH] ([O Reuters]) - The [O U.S. Treasury] on Wednesday labelled [L Switzerland] and [L Vietnam] currency manipulators in its semi-annual report to [O Congress], a step that could lead to penalties, and added [L India], [L Taiwan] and [L Thailand] to its monitoring list. The [O Swiss National Bank] rejected the label, saying its interventions in foreign exchange markets were meant only to stop a strong franc from crushing inflation. "We are not engaged in currency manipulation," [O SNB] Chairman [P Thomas Jordan] told reporters in [L Bern], adding that the bank would keep intervening "as necessary". [M Swiss] Economy Minister [P Guy Parmelin] said [L Bern] would seek talks with [L Washington]. The [O State Bank of Vietnam] said its policy aimed at stable prices and not at gaining "an unfair trade advantage". Outgoing [O Treasury] Secretary [P Steven Mnuchin] said both countries had bought foreign currency worth more than 2% of their economic output. The [M Swiss] franc barely moved at 1.0815 per euro. [P Ulrich Leuchtmann], head of currency research at [O Commerzbank] in [L Frankfurt], said the label would "change little" because the incoming [P Biden] administration was unlikely to impose tariffs. [L China], [L Japan], [L South Korea], [L Germany], [L Ireland], [L Italy], [L Singapore] and [L Malaysia] stayed on the list.
Reporting by [P John Revill] in [L Zurich] and [P David Lawder] in [L Washington]; Editing by [P Alexandra Hudson]`,
	`[L SEOUL] ([O Reuters]) - [O Hyundai Motor Group] said on Friday it would buy a controlling stake in [M American] robot maker [O Boston Dynamics] from [O SoftBank Group Corp] in a deal that values the company at $1.1 billion, betting that robots will become a new source of growth. [O Hyundai Motor Co] will take 30%, [O Hyundai Mobis] 20% and [O Hyundai Glovis] 10%, while group chairman [P Euisun Chung] will hold 20% himself. [O SoftBank] will keep the remaining 20%. [O Boston Dynamics], based in [L Waltham], [L Massachusetts], is known for viral videos of its yellow dog-like robot [M Spot] and its humanoid [M Atlas]. [O SoftBank] founder [P Masayoshi Son] bought the firm from [O Alphabet Inc] in 2017 but has been selling assets to fund share buybacks. Founder and chairman [P Marc Raibert] said the deal would help bring robots into factories and homes. "Robots are the link between [O Hyundai]'s cars and its logistics business," said [P Lee Jae-il], an analyst at [O Eugene Investment & Securities] in [L Seoul]. Shares in [O Hyundai Glovis] rose 10.6% and [O Hyundai Mobis] 3.2%, while the [M KOSPI] index gained 0.6%.
Reporting by [P Hyunjoo Jin] and [P Heekyong Yang]; Editing by [P Stephen Coates]`,
	`[L MIAMI] ([O Reuters]) - An [O American Airlines] [M Boeing 737 MAX] took off from [L Miami] for [L New York]'s [L LaGuardia Airport] on Tuesday, the first [L U.S.] passenger flight of the jet since it was grounded worldwide in March 2019 after two crashes that killed 346 people. The [O U.S. Federal Aviation Administration] lifted its grounding order last month after [O Boeing] changed the plane's flight control software. [O FAA] Administrator [P Steve Dickson], a former pilot, flew the jet himself in September. "We have done everything we can to make it the most scrutinized aircraft in history," [O Boeing] Chief Executive [P David Calhoun] said in a message to staff. [M Brazilian] carrier [O Gol Linhas Aereas] returned the plane to service on Dec. 9, and [O Aeromexico] on Dec. 26. The [O European Union Aviation Safety Agency]'s executive director, [P Patrick Ky], said [L Europe] would lift its ban in January. [O United Airlines] and [O Southwest Airlines] plan to fly the [M MAX] again early next year.
Reporting by [P Tracy Rucinski] in [L Chicago] and [P David Shepardson] in [L Washington]; Editing by [P Richard Pullin]`,
	`[L WILMINGTON], [L Delaware] ([O Reuters]) - President-elect [P Joe Biden] on Thursday picked [M Democratic] Representative [P Deb Haaland] of [L New Mexico] to run the [O Interior Department], making her the first [M Native American] to lead a cabinet agency if she is confirmed by the [O Senate]. [P Biden] also named former [L Michigan] Governor [P Jennifer Granholm] as energy secretary and [P Michael Regan], who heads [L North Carolina]'s environmental department, to lead the [O Environmental Protection Agency]. [P Gina McCarthy], who ran the agency under former President [P Barack Obama], will be his national climate adviser. The picks were praised by the [O Sierra Club], while [P Mike Sommers], president of the [O American Petroleum Institute], said the industry would work with the new team. Representative [P Raul Grijalva], chairman of the [O House Natural Resources Committee], called [P Haaland] "a historic choice". Transition spokeswoman [P Jen Psaki] said the nominees would be introduced in [L Wilmington] on Saturday.
Reporting by [P Valerie Volcovici] and [P Jeff Mason]; Editing by [P Howard Goller]`,
	`[L JERUSALEM] ([O Reuters]) - [L Israel] will hold its fourth election in two years on March 23 after parliament dissolved itself at midnight on Tuesday, when Prime Minister [P Benjamin Netanyahu]'s unity government missed a deadline to pass a budget. [P Netanyahu], head of the right-wing [O Likud], blamed his coalition partner, Defence Minister [P Benny Gantz], whose centrist [O Blue and White] party he said had "run away" from the deal. [P Gantz] accused [P Netanyahu] of putting his corruption trial ahead of the country. The vote is likely to be the toughest yet for [P Netanyahu], with polls showing former [O Likud] minister [P Gideon Saar], who quit this month to form the [O New Hope] party, drawing votes from the right. [P Naftali Bennett]'s [O Yamina] party and opposition leader [P Yair Lapid] of [O Yesh Atid] also want to unseat him. [P Netanyahu] hopes that a fast vaccine roll-out with shots from [O Pfizer] will help him. His trial at the [O Jerusalem District Court] is due to resume in February.
Reporting by [P Jeffrey Heller] and [P Maayan Lubell]; Editing by [P Peter Graff]`,
	`[L MOSCOW] ([O Reuters]) - [M Russian] opposition politician [P Alexei Navalny] released on Monday what he said was a recording of a phone call in which an officer of the [O Federal Security Service] ([O FSB]) admitted the agency had tried to kill him by putting a nerve agent in his underpants. The man, identified as [P Konstantin Kudryavtsev], was duped into talking by [P Navalny], who posed as an aide to a senior security official. Investigative website [O Bellingcat], working with [O CNN], [O Der Spiegel] and [O The Insider], had named eight [O FSB] officers last week who it said had tailed [P Navalny] for years. The [O FSB] called the recording a fake. [L Kremlin] spokesman [P Dmitry Peskov] said [P Navalny] was suffering from "persecution mania". [P Navalny] collapsed on a flight from [L Tomsk] to [L Moscow] in August and was flown to a hospital in [L Berlin], where [M German] doctors found traces of [M Novichok]. The [O European Union] imposed sanctions on six [M Russian] officials in October.
Reporting by [P Andrew Osborn] and [P Anton Zverev]; Editing by [P Gareth Jones]`,
	`[L ZAGREB] ([O Reuters]) - A magnitude 6.4 earthquake struck central [L Croatia] on Tuesday, killing at least seven people, including a 12-year-old girl in the town of [L Petrinja], and wrecking buildings across the region. "My town is completely destroyed," [L Petrinja] Mayor [P Darinko Dumbovic] told state television [O HRT]. Prime Minister [P Andrej Plenkovic] visited the town and said the army would help house those left homeless. The quake, centred about 50 km (30 miles) southeast of [L Zagreb], was felt in [L Slovenia], [L Serbia], [L Bosnia], [L Austria] and [L Hungary]. [L Slovenia] shut down its [L Krsko] nuclear power plant as a precaution. In nearby [L Sisak], people were rescued from a collapsed building. The [O Croatian Red Cross] said it was sending tents and food. [O European Commission] President [P Ursula von der Leyen] said the bloc stood ready to help, and [M Serbian] President [P Aleksandar Vucic] offered aid.
Reporting by [P Igor Ilic]; Editing by [P Daniel Wallis]`,
}
