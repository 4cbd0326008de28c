package ner

import "testing"

// sportsWireFloor is the regression floor of TestSportsWire: a dev set,
// tuned on (session 23, issue 11). Measured when written, before any rule
// for it, at main 34813b9 (doc30): overall F1 0.9392 (P 0.9537 R 0.9251;
// tp 247 fp 12 fn 20): clubs named after their cities typed people or
// places in reports ("Sao Paulo", "Rosario Central", "Hamilton
// Academical"), golfers in score lines typed organizations, cycling teams
// with a hyphen missed, a sport's slug ("BIATHLON") typed an
// organization, arenas named after companies typed organizations. With
// sportslugs.go, groundHeads' arenas, scorelines.go and clubplaces.go
// (doc31): 0.9906 (P 0.9962 R 0.9850; tp 263 fp 1 fn 4); left: an arena
// named "Center" typed an organization ("WiZink Center": "Center" heads
// bodies as often as places), a federation missed ("Brazilian Football
// Confederation"), a town in a headline and a dateline missed ("WISLA",
// "HERNING"). Two items added with 2020 headlines, a slug glued to the
// first name ("Soccer-Palmeiras beat ..."): 0.9823 (tp 278 fp 3 fn 7),
// 0.9877 (P 0.9929 R 0.9825; tp 280 fp 2 fn 5) with slugHyphen; left
// besides a footballer's one name typed a place ("Rony"). Seven items
// added for the leftovers (issue 11, helper nkinds5): national football
// federations with their acronyms in the 2020 and 1996 styles, results
// lines with scorers and their minutes ("St Mirren 2 (Obika 10, McGrath
// 67pen)", "Scorers : Rony 45 , ..."), towns in capitals in a two-comma
// dateline and in a ski jumping headline and its dateline, and Argentine
// and Uruguayan clubs in a report: 0.9616 (P 0.9741 R 0.9494; tp 338 fp 9
// fn 18) at main 2f8c710 (doc32); 0.9831 (P 0.9859 R 0.9803; tp 349 fp 5
// fn 7) with datelines.go's datelineTail, isoDatelineSpans and
// headlineDatelineTowns, scorers.go's results-line scorers and
// federations.go (doc33); 0.9874 (P 0.9860 R 0.9888; tp 352 fp 5 fn 4)
// with South American clubs in sides.tsv ("River Plate", "Racing Club"
// missed). Left: a 1996 dateline's "SAO PAULO" typed a
// person (eng.train's gold marks it so twice), "Rony" before "scoring" in
// a short report, "Montevideo" typed an organization after "In", an
// arena named "Center". At doc34 (session 24, helper nkinds6:
// placesAfterLeadIn, sportsArenaCenter) 0.9930 (P 0.9916 R 0.9944; tp 354
// fp 3 fn 2); left "SAO PAULO", "Rony" and "URUGUAYAN FEDERATION" in a
// headline in capitals. The test fails only more than 0.01 below that
// figure.
const sportsWireFloor = 0.9930 - 0.01

// TestSportsWire scores sportsWireArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below sportsWireFloor. A dev set,
// not blind: written to measure and tune the rules for the sports items of
// a wire beyond the North American leagues (TestLeagueTables): football
// clubs named after a city, a state or a river in reports and tables
// (Brazilian, Argentine, Scottish), golf leaderboards, cycling results
// with riders' teams, a sports desk's slug before a headline and an arena
// named after a bank. It follows eng.train's marks: a club named by its
// town in a results line or a table is an organization ("Sao Paulo 2
// Santos 1", "Hamilton 2 Clyde 0"), a cycling team after a rider and his
// country in a results line an organization ("Rolf Sorensen ( Denmark )
// Rabobank 20:36:54", 178 of 215 such names, the rest rally cars MISC), a
// golfer in a score line a person ("Carl Suneson ( Spain ) 65 66 70"), a
// sport's slug no name ("CYCLING -", "GOLF -"), a ground a place ("Ellis
// Park", "Jacobs Field"). Every score, result and event is made up; the
// players, clubs and teams are real ones of the time.
func TestSportsWire(t *testing.T) {
	floorAudit(t, sportsWireArticles, sportsWireFloor)
}

// sportsWireArticles: the made-up items of TestSportsWire.
var sportsWireArticles = []string{
	`SOCCER - [M BRAZILIAN] CHAMPIONSHIP RESULTS / STANDINGS .
[L RIO DE JANEIRO] 1996-12-06
Results of [M Brazilian] championship matches on Sunday :
[O Bahia] 1 [O Sao Paulo] 2
[O Goias] 0 [O Flamengo] 0
[O Ceara] 3 [O Fortaleza] 1
[O Palmeiras] 2 [O Atletico Mineiro] 2
[O Internacional] 1 [O Gremio] 0
[O Santos] 4 [O Coritiba] 1
Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :
[O Sao Paulo] 24 14 6 4 40 22 48
[O Atletico Mineiro] 24 14 4 6 44 29 46
[O Flamengo] 24 12 7 5 39 31 43
[O Internacional] 24 12 6 6 35 22 42
[O Bahia] 24 7 6 11 28 37 27
[O Goias] 24 5 7 12 21 36 22`,

	`[L SAO PAULO] , Dec 6 ([O Reuters]) - [O Sao Paulo] moved three points clear at the top of the [M Brazilian] championship with a 2-1 win away to [O Bahia] on Sunday, [P Luciano] scoring twice. [O Sao Paulo] have lost once in 15 games, and coach [P Fernando Diniz] said the title was "in our hands". [O Atletico Mineiro] stayed second after a 2-2 draw with [O Palmeiras], while [O Goias] and [O Flamengo] drew 0-0. [O Bahia] remain in the relegation zone. The match was played without fans because of the pandemic, as all games in [L Brazil] have been since August.`,

	`SOCCER - [M ARGENTINE] CHAMPIONSHIP RESULTS .
[L BUENOS AIRES] 1996-12-06
Results of [M Argentine] first division matches on Sunday :
[O River Plate] 2 [O Lanus] 1
[O Banfield] 0 [O Boca Juniors] 1
[O Rosario Central] 1 [O Colon] 1
[O Velez Sarsfield] 3 [O Huracan] 0
[O Talleres] 2 [O Estudiantes] 2`,

	`[L BUENOS AIRES] , Dec 6 ([O Reuters]) - [O River Plate] came from behind to beat [O Lanus] 2-1 on Sunday and keep pace with [O Boca Juniors] in their group of the [M Argentine] cup. [P Rafael Santos Borre] headed the winner in the 84th minute for [O River Plate], who had trailed since the first half. [O Boca Juniors] won 1-0 at [O Banfield], where [P Carlos Tevez] scored from the penalty spot. [O Rosario Central] and [O Colon] drew 1-1 in [L Rosario].`,

	`SOCCER - [M SCOTTISH] PREMIER DIVISION RESULTS / STANDINGS .
[L GLASGOW] 1996-12-06
Results of [M Scottish] premier division matches on Saturday :
[O Hamilton Academical] 0 [O Celtic] 3
[O Ross County] 1 [O St Johnstone] 1
[O Dundee United] 2 [O Hibernian] 0
[O St Mirren] 1 [O Aberdeen] 2
[O Motherwell] 0 [O Rangers] 4
[O Kilmarnock] 2 [O Livingston] 2
Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :
[O Rangers] 17 14 3 0 41 5 45
[O Celtic] 16 10 4 2 36 13 34
[O Aberdeen] 17 10 3 4 25 21 33
[O Hibernian] 17 9 4 4 28 18 31
[O Dundee United] 17 6 6 5 18 20 24
[O St Mirren] 16 4 4 8 17 25 16
[O Hamilton Academical] 17 4 3 10 14 33 15
[O Ross County] 16 4 2 10 14 31 14`,

	`[L GLASGOW] , Dec 6 ([O Reuters]) - [O Celtic] eased the pressure on manager [P Neil Lennon] with a 3-0 win at [O Hamilton Academical] on Saturday. [P Odsonne Edouard] scored twice and [P Ryan Christie] added a third as [O Hamilton Academical] slipped to their sixth defeat in seven games. [O Rangers] stayed 11 points clear after a 4-0 win at [O Motherwell], and [O Dundee United] beat [O Hibernian] 2-0 at [L Tannadice]. [O St Mirren] lost 2-1 to [O Aberdeen].`,

	`GOLF - [M SOUTH AFRICAN OPEN] SCORES .
[L JOHANNESBURG] 1996-12-06
Leading scores after the third round of the [M South African Open] at [L Randpark] on Saturday ( South African unless stated ) :
201 [P Dean Burmester] 68 66 67
203 [P Louis Oosthuizen] 70 65 68 , [P Thomas Pieters] ( [L Belgium] ) 67 68 68
204 [P Min Woo Lee] ( [L Australia] ) 69 67 68 , [P Justin Harding] 66 70 68
205 [P Zander Lombard] 67 69 69 , [P Joachim B. Hansen] ( [L Denmark] ) 70 68 67
206 [P Jaco Ahlers] 71 67 68 , [P Shaun Norris] 68 68 70`,

	`[L JOHANNESBURG] , Dec 6 ([O Reuters]) - Leading scores after the third round of the [M Joburg Open] on Saturday ([L South Africa] unless stated; par 71):
-14 [P Dean Burmester] 66 65 68
-12 [P Justin Harding] 67 67 67
-11 [P Min Woo Lee] ([L Australia]) 68 66 68, [P Wilco Nienaber] 65 68 69
-10 [P Jaco Ahlers] 70 64 69, [P Joachim B. Hansen] ([L Denmark]) 66 69 68
[P Burmester], who won his first title on the [M European Tour] last year, had six birdies in his round. [P Harding] said he would need "a low one" on Sunday, while [P Nienaber], the longest hitter on the course, made two eagles.`,

	`CYCLING - [M TOUR DOWN UNDER] RESULTS .
[L ADELAIDE] 1996-12-06
Leading results of the first stage of the [M Tour Down Under] on Sunday :
1. [P Caleb Ewan] ( [L Australia] ) [O Lotto Soudal] 3 hours 45 minutes 12 seconds
2. [P Sam Bennett] ( [L Ireland] ) [O Deceuninck-Quick Step] same time
3. [P Elia Viviani] ( [L Italy] ) [O Cofidis]
4. [P Peter Sagan] ( [L Slovakia] ) [O Bora-Hansgrohe]
5. [P Jasper Philipsen] ( [L Belgium] ) [O UAE Team Emirates]
6. [P Kristoffer Halvorsen] ( [L Norway] ) [O Ineos Grenadiers]
7. [P Dylan Groenewegen] ( [L Netherlands] ) [O Jumbo-Visma] all same time`,

	`[L ZONHOVEN] , [L Belgium] , Dec 6 ([O Reuters]) - Leading results of the men's cyclo-cross World Cup race on Sunday:
1. [P Wout van Aert] ([L Belgium]) [O Jumbo-Visma] 1:02:14
2. [P Mathieu van der Poel] ([L Netherlands]) [O Alpecin-Fenix] +0:08
3. [P Toon Aerts] ([L Belgium]) [O Telenet Baloise Lions] +0:41
4. [P Eli Iserbyt] ([L Belgium]) [O Steylaerts-Betfirst] +0:55
5. [P Michael Vanthourenhout] ([L Belgium]) [O Tormans Cyclo Cross Team] +1:10
6. [P Laurens Sweeck] ([L Belgium]) [O IKO-Crelan] +1:12
7. [P Tom Pidcock] ([L Britain]) [O Ineos Grenadiers] +1:30
[P Van Aert] took the lead on the third lap and held off [P Van der Poel] on the sand section.`,

	`BIATHLON - [P BOE] WINS OPENING SPRINT .
[L KONTIOLAHTI] , [L Finland] 1996-12-06
[P Johannes Thingnes Boe] of [L Norway] won the opening sprint of the [M World Cup] season on Saturday, missing one target in 10 shots to beat [P Martin Fourcade] of [L France] by 12.4 seconds. [P Boe]'s brother [P Tarjei] was third.`,

	`ALPINE SKIING - [P SHIFFRIN] DOWNS [P VLHOVA] IN SLALOM .
[L LEVI] , [L Finland] 1996-12-06
[P Mikaela Shiffrin] of the [L United States] won the season's first slalom on Saturday, beating [P Petra Vlhova] of [L Slovakia] by 0.21 seconds.`,

	`SKI JUMPING - [P KOBAYASHI] WINS IN [L WISLA] .
[L WISLA] , [L Poland] 1996-12-06
[P Ryoyu Kobayashi] of [L Japan] won the World Cup opener on Sunday, jumping 134.5 metres in the final round.`,

	`[L HERNING] , [L Denmark] , Dec 6 ([O Reuters]) - [L Norway] beat [L France] 22-20 to win the women's European handball championship on Sunday at the [L Jyske Bank Boxen], where the hosts [L Denmark] took the bronze medal. The final was played without fans. The [O European Handball Federation] said next year's world championship in [L Spain] would go ahead as planned.`,

	`BASKETBALL - [M EUROLEAGUE] RESULTS .
[L MADRID] 1996-12-06
[O Real Madrid] beat [O Zenit St Petersburg] 84-70 at the [L WiZink Center] on Thursday, and [O Barcelona] won 91-80 at [O Bayern Munich]'s [L Audi Dome]. [O Fenerbahce] lost 77-74 at the [L Sinan Erdem Dome] to [O Anadolu Efes], while [O Alba Berlin] beat [O Olympiacos] 88-85 at the [L Mercedes-Benz Arena].`,
	`[L GLASGOW] , Dec 13 ([O Reuters]) - Results of [M Scottish] Premiership matches on Saturday:
[O Celtic] 2 [O Hamilton Academical] 0
[O Livingston] 1 [O Ross County] 0
[O Hibernian] 3 [O Motherwell] 1
[O Aberdeen] 1 [O Kilmarnock] 1
Table (played, won, drawn, lost, goals for, against, points):
[O Rangers] 18 15 3 0 45 6 48
[O Celtic] 17 11 4 2 38 13 37
[O Hibernian] 18 10 4 4 31 19 34
[O Livingston] 18 6 5 7 22 25 23
[O Hamilton Academical] 18 4 3 11 14 35 15`,

	`[L RIO DE JANEIRO] , Dec 13 ([O Reuters]) - [O Flamengo] beat [O Sao Paulo] 2-1 at the [L Maracana] on Sunday to move within two points of the leaders. [P Gabriel Barbosa] scored both goals for [O Flamengo] after [P Brenner] had given [O Sao Paulo] the lead. [O Sao Paulo] coach [P Fernando Diniz] was sent off in the second half. [O Internacional] won 3-0 away to [O Ceara], and [O Bahia] lost again, 2-0 at [O Fortaleza]. The [O Brazilian Football Confederation] said on Monday the season would end in February.`,

	`[L NAMUR] , [L Belgium] , Dec 13 ([O Reuters]) - Leading results of the women's cyclo-cross World Cup race on Sunday:
1. [P Lucinda Brand] ([L Netherlands]) [O Baloise Trek Lions] 48:12
2. [P Ceylin del Carmen Alvarado] ([L Netherlands]) [O Alpecin-Fenix] +0:15
3. [P Manon Bakker] ([L Netherlands]) [O Crelan-Fristads] +0:38
4. [P Yara Kastelijn] ([L Netherlands]) [O Plantur-Pura] +0:52
5. [P Kata Blanka Vas] ([L Hungary]) [O Doltcini-Van Eyck Sport] +1:04
6. [P Clara Honsinger] ([L United States]) [O Cannondale] +1:20
[P Brand] won her fourth race of the season, and [O Baloise Trek Lions] took three of the first seven places.`,
	`Soccer-[O Palmeiras] beat [O Gremio] to reach cup final
[L SAO PAULO] , Dec 20 ([O Reuters]) - [O Palmeiras] beat [O Gremio] 2-0 on Sunday to reach the final of the [M Brazilian Cup], [P Gustavo Gomez] and [P Rony] scoring in the second half. [O Gremio] coach [P Renato Portaluppi] said his side had "lacked punch".`,

	`Cycling-[P Van der Poel] beats [P Van Aert] in [L Antwerp]
[L ANTWERP] , [L Belgium] , Dec 20 ([O Reuters]) - [P Mathieu van der Poel] beat [P Wout van Aert] by 12 seconds in a cyclo-cross race on Sunday, his first win of the winter.`,

	`[L RIO DE JANEIRO] , Dec 27 ([O Reuters]) - The [O Brazilian Football Confederation] ([O CBF]) postponed Sunday's match between [O Vasco da Gama] and [O Internacional] after five players tested positive for the coronavirus. The [O CBF] said the game would be played in January. In [L Buenos Aires], the [O Argentine Football Association] ([O AFA]) said the league would restart in February, and the [O Colombian Football Federation] said its season would end on Dec 30.`,

	`SOCCER - [M URUGUAYAN] FEDERATION BANS [O PENAROL] COACH .
[L MONTEVIDEO] 1996-12-20
The [O Uruguayan Football Association] said on Friday it had banned [O Penarol] coach [P Gregorio Perez] for three matches after he insulted a referee . The [O Chilean Football Federation] and the [O Peruvian Football Federation] agreed to play a friendly in March .`,

	`[L GLASGOW] , Dec 27 ([O Reuters]) - Results of [M Scottish] Premiership matches on Saturday:
[O St Mirren] 2 ([P Obika] 10, [P McGrath] 67pen) [O Kilmarnock] 1 ([P Burke] 45)
[O Aberdeen] 1 ([P Ferguson] 88) [O Hibernian] 1 ([P Nisbet] 30)
[O Motherwell] 0 [O Rangers] 2 ([P Morelos] 23, [P Roofe] 71)
[O Celtic] 3 ([P Edouard] 12, 55, [P Christie] 80) [O Dundee United] 0`,

	`SOCCER - [M BRAZILIAN] CHAMPIONSHIP RESULT .
[L SAO PAULO] 1996-12-20
Result of a [M Brazilian] championship match on Sunday :
[O Palmeiras] 3 [O Santos] 1
Scorers : [P Rony] 45 , [P Gustavo Gomez] 60 , [P Luiz Adriano] 78 ; [P Marinho] 12
Attendance : 31,420`,

	`[L LAHTI] , [L Finland] , Dec 13 ([O Reuters]) - [P Johannes Hoesflot Klaebo] of [L Norway] won the World Cup sprint on Saturday, beating [P Federico Pellegrino] of [L Italy] by a tenth of a second.`,

	`SKI JUMPING - [P GEIGER] WINS IN [L ENGELBERG] .
[L ENGELBERG] , [L Switzerland] 1996-12-20
[P Karl Geiger] of [L Germany] won the World Cup event on Saturday with jumps of 136 and 140 metres .`,

	`[L BUENOS AIRES] , Dec 13 ([O Reuters]) - [O River Plate] beat [O Independiente] 2-0 on Sunday to go top of their group, while [O Boca Juniors] drew 1-1 with [O Racing Club]. [O River Plate]'s [P Julian Alvarez] scored both goals. In [L Montevideo], [O Nacional] beat [O Penarol] 1-0 in the derby, and [O Santos] lost 2-0 to [O Corinthians] in [L Sao Paulo].`,
}
