package ner

import "testing"

// audit2020uFloor is the regression floor of TestAudit2020u. Measured
// blind (articles and gold committed in their own commit, "aud2020u: a
// twenty-first blind audit, committed before the model is run", 4df0a47)
// at main 00cb566 (doc30): overall F1 0.9594 (P 0.9526 R 0.9663; tp 201
// fp 10 fn 7; PERSON 0.9615 tp 50 fp 4 fn 0, LOCATION 0.9684 tp 46 fp 2
// fn 1, ORGANIZATION 0.9545 tp 105 fp 4 fn 6). No slip of the markup
// against its conventions was found in the differences: the "[L Jyske
// Bank Boxen]", where the final was played, is a place as the grounds
// and stadiums of audit t are and eng.train's are ("[L The Oval]" 19 of
// 19); "Plantation Industries Minister" is a title left unmarked as
// eng.train leaves its "Lands Minister" and "Legal Affairs Minister".
// The errors, by kind (fn/fp counted as the test logs
// them): organizations typed people, a football club in a results table
// and a standings table ("Hamilton Academical": 2 fn, 2 fp), a holding
// company ("Hanjin KAL": 1 fn, 1 fp) and a non-profit group ("Liberty
// Shared": 1 fn, 1 fp); organizations typed places, an exchange named
// for its country ("Bursa Malaysia", while "Bursa Malaysia Derivatives"
// was found: 1 fn, 1 fp) and one of an activist fund's two mentions by
// its acronym ("KCGI": 1 fn, 1 fp); an arena named after a bank typed an
// organization ("Jyske Bank Boxen": 1 fn, 1 fp); sports desks' headline
// words typed organizations ("RUGBY UNION", "BIATHLON": 2 fp); a
// minister's portfolio in a title typed an organization ("Plantation
// Industries": 1 fp). Eight of the 17 differences are in the four sports
// items; the other Scottish clubs named after their towns ("Aberdeen",
// "Livingston", "Motherwell", "Kilmarnock"), the rugby clubs ("Racing
// 92", "La Rochelle", "Lyon") and the biathlon results table were found
// whole. It is a measurement only: no rule may be written or tuned
// against it. The test fails only more than 0.01 below the figure.
const audit2020uFloor = 0.9594 - 0.01

// TestAudit2020u scores audit2020uArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020uFloor. It is a
// measurement only: no rule may be written or tuned against it.
func TestAudit2020u(t *testing.T) {
	floorAudit(t, audit2020uArticles, audit2020uFloor)
}

// audit2020uArticles: a twenty-first blind set of made-up Reuters-style
// articles (helper naudit7, session 23), smaller than audit t's and set
// in December 2020 on desks audits q, r, s and t did not use: four of
// the eight are sports items in the terse wire styles (Scottish league
// results and standings with clubs named after their towns, European
// rugby's club competition results, a women's handball final and a
// biathlon World Cup results table with athletes' countries), the rest
// an airline takeover before a Korean court, an American trade blacklist
// of Chinese technology companies, an election campaign in Uganda and a
// customs ban on a Malaysian palm oil producer. Written and marked up
// from the writer's own knowledge, without reading the name lists or the
// rules, and committed before the model was run on them ("[O name]"; P,
// L, O, M) to CoNLL-2003's conventions as eng.train applies them, as in
// audit t: nationality words and demonyms, competitions, events and
// products MISC ("[M Champions Cup]" 2 of 2 in eng.train, "[M European
// Cup]" 7 of 7), a league's generic name after a demonym not ("[M
// ENGLISH] PREMIER LEAGUE" 3 of 3, "[M Scottish] premier division" 2 of
// 2, "Premiership" 1 of 1 unmarked); national sides places, clubs organizations, also where
// a club goes by its town ("[O Motherwell]", "[O La Rochelle]"); an
// athlete's country in brackets a place; "U.S." alone a place, before a
// body's name part of it; titles outside the name; an arena a place
// where something happens at it; an acronym defined in brackets typed as
// the name it stands for. Every event is made up or retold, and scores,
// figures and quotations are invented; the names of the bodies and
// people are real ones of the time or made up.
var audit2020uArticles = []string{
	`SOCCER - [M SCOTTISH] PREMIERSHIP RESULTS / STANDINGS
[L GLASGOW] 2020-12-26
Results of [M Scottish] premiership matches on Saturday:
[O Aberdeen] 1 [O Livingston] 2, [O Dundee United] 0 [O Motherwell] 1, [O Hamilton Academical] 1 [O Celtic] 3, [O Kilmarnock] 2 [O Ross County] 0, [O Rangers] 2 [O St Mirren] 0, [O St Johnstone] 1 [O Hibernian] 1
Standings (tabulate under played, won, drawn, lost, goals for, against, points):
[O Rangers] 21 18 3 0 51 6 57
[O Celtic] 18 12 4 2 42 14 40
[O Hibernian] 21 11 5 5 31 23 38
[O Aberdeen] 21 11 4 6 27 24 37
[O Livingston] 20 7 6 7 24 25 27
[O St Johnstone] 19 5 8 6 22 25 23
[O Dundee United] 20 5 7 8 17 27 22
[O Motherwell] 20 5 4 11 19 30 19
[O Kilmarnock] 20 5 3 12 23 31 18
[O Hamilton Academical] 21 3 6 12 17 42 15
[O Rangers], managed by [P Steven Gerrard], stayed unbeaten in the league this season with goals from [P James Tavernier] and [P Kemar Roofe] at [L Ibrox].`,
	`RUGBY UNION - [M EUROPEAN CHAMPIONS CUP] RESULTS
[L LONDON] 2020-12-13
Results of the opening round of the [M European Champions Cup] on Friday, Saturday and Sunday:
[O Exeter Chiefs] 42 [O Glasgow Warriors] 14
[O Leinster] 35 [O Montpellier] 7
[O Racing 92] 27 [O Ulster] 29
[O Bordeaux-Begles] 17 [O Leicester Tigers] 23
[O La Rochelle] 27 [O Sale Sharks] 10
[O Clermont Auvergne] 19 [O Bristol Bears] 9
[O Munster] 33 [O Harlequins] 10
[O Lyon] 36 [O Scarlets] 8
[O Toulouse] 24 [O Connacht] 17
[O Exeter], the holders, scored six tries at [L Sandy Park], two of them by lock [P Jonny Gray], who joined from [O Glasgow] in the summer. [O Ulster] fly-half [P Ian Madigan] kicked a penalty after the final hooter to win in [L Paris]. [O European Professional Club Rugby] ([O EPCR]) said [O Clermont]'s game against [O Bristol] had gone ahead after a second round of coronavirus tests.`,
	`[L HERNING], [L Denmark] ([O Reuters]) - [L Norway] beat [L France] 22-20 in the final of the women's [M European Championship] on Sunday to win the title for a record eighth time, with [P Nora Mork] scoring seven goals to finish as the tournament's top scorer. Goalkeeper [P Katrine Lunde] made 14 saves in front of an empty [L Jyske Bank Boxen], where no fans were allowed because of coronavirus rules. [L France], the reigning world and [M Olympic] silver medallists, led 12-11 at halftime through goals from [P Estelle Nze Minko] and [P Grace Zaadi]. "This team never gives up," said [L Norway] coach [P Thorir Hergeirsson], an [M Icelander] who has been in charge since 2009. [L Croatia] beat hosts [L Denmark] 25-19 to take bronze, their first medal at a major women's event. The [O European Handball Federation] ([O EHF]) had moved the whole tournament to [L Denmark] after [L Norway], the co-hosts, withdrew last month.
Reporting by [P Philip O'Connor] in [L Stockholm]; Editing by [P Ken Ferris]`,
	`BIATHLON - [M WORLD CUP] RESULTS
[L HOCHFILZEN], [L Austria] 2020-12-13
Leading results of the men's 12.5 km pursuit at the [M World Cup] biathlon event on Sunday:
1. [P Johannes Thingnes Boe] ([L Norway]) 31 minutes 17.3 seconds (one penalty loop)
2. [P Sturla Holm Laegreid] ([L Norway]) 10.4 seconds behind (1)
3. [P Quentin Fillon Maillet] ([L France]) 18.9 (2)
4. [P Emilien Jacquelin] ([L France]) 25.6 (2)
5. [P Sebastian Samuelsson] ([L Sweden]) 31.0 (1)
6. [P Arnd Peiffer] ([L Germany]) 38.2 (0)
7. [P Tarjei Boe] ([L Norway]) 44.7 (3)
8. [P Simon Desthieux] ([L France]) 51.1 (2)
Overall [M World Cup] standings: 1. [P Laegreid] 310 points 2. [P J. Boe] 296 3. [P Fillon Maillet] 270
In the women's pursuit, [P Tiril Eckhoff] of [L Norway] won ahead of [P Hanna Oeberg] of [L Sweden] and [P Dorothea Wierer] of [L Italy]. The [O International Biathlon Union] ([O IBU]) said the next round in [L Annecy] had been moved to [L Hochfilzen] because of the pandemic.`,
	`[L SEOUL] ([O Reuters]) - A [M South Korean] court on Tuesday rejected a bid by activist fund [O KCGI] to block a share sale by [O Hanjin KAL], clearing the way for flag carrier [O Korean Air Lines] to buy smaller rival [O Asiana Airlines] with money from the state-run [O Korea Development Bank] ([O KDB]). The [O Seoul Central District Court] said the sale of 800 billion won ($725 million) of new shares to the bank was needed to save the airlines and their jobs. [O KCGI], which has joined forces with [P Heather Cho], the sister of [O Korean Air] chairman [P Cho Won-tae], and with builder [O Bando Engineering & Construction], said it would appeal. [O HDC Hyundai Development Co] walked away from a deal to buy [O Asiana] in September. The merger would also bring together the low-cost carriers [O Jin Air], [O Air Busan] and [O Air Seoul], and needs the approval of the [O Fair Trade Commission]. Shares of [O Korean Air] rose 4% and [O Asiana] gained 2% on the [O Korea Exchange].
Reporting by [P Joyce Lee] and [P Heekyong Yang]; Editing by [P Christopher Cushing]`,
	`[L WASHINGTON] ([O Reuters]) - The [O U.S. Commerce Department] on Friday added [L China]'s top chipmaker, [O Semiconductor Manufacturing International Corp] ([O SMIC]), and drone maker [O SZ DJI Technology Co] to its trade blacklist, citing links to the [M Chinese] military and human rights abuses. Companies on the list need a licence from the department's [O Bureau of Industry and Security] ([O BIS]) to sell them goods or technology. Commerce Secretary [P Wilbur Ross] said the move would stop [O SMIC] from using [M American] technology to make advanced chips. [O SMIC] said it had no ties to the military, and its shares fell 5% in [L Hong Kong]. Equipment suppliers [O Applied Materials], [O Lam Research] and [M Dutch] firm [O ASML Holding] may lose sales. [O DJI], based in [L Shenzhen], said it was "disappointed". [M Chinese] foreign ministry spokesman [P Wang Wenbin] said [L Beijing] would take "necessary measures" to protect its companies. "The chip war is entering a new phase," said [P Edison Lee], an analyst at [O Jefferies] in [L Hong Kong].
Reporting by [P Alexandra Alper] and [P Karen Freifeld]; Editing by [P Leslie Adler]`,
	`[L KAMPALA] ([O Reuters]) - [M Ugandan] opposition presidential candidate [P Robert Kyagulanyi], the pop star better known as [P Bobi Wine], suspended his campaign on Monday after security forces shot at his car and injured three journalists in [L Masaka]. [P Kyagulanyi], 38, leads the [O National Unity Platform] ([O NUP]) and is the main challenger to President [P Yoweri Museveni], who has ruled since 1986 and is seeking a sixth term for the [O National Resistance Movement] ([O NRM]) in the Jan. 14 vote. Police said they had fired to disperse a crowd that broke coronavirus rules. At least 54 people were killed in protests after [P Bobi Wine]'s arrest in November. [O Electoral Commission] chairman [P Simon Byabakama] said the rules applied to all candidates. The [O Committee to Protect Journalists] ([O CPJ]) and [O Human Rights Watch] condemned the shooting, and the [O Uganda Communications Commission] ordered the accreditation of all journalists covering the election.
Reporting by [P Elias Biryabarema]; Editing by [P Giles Elgood]`,
	`[L KUALA LUMPUR] ([O Reuters]) - [L U.S.] customs authorities on Wednesday banned imports of palm oil made by [O Sime Darby Plantation], the world's biggest palm oil producer by planted area, after a months-long investigation found signs of forced labour on its estates. The [O U.S. Customs and Border Protection] ([O CBP]) agency's order follows a similar ban on [M Malaysian] rival [O FGV Holdings] in September. [O Sime Darby Plantation] said it was "disappointed" and would work with the agency to resolve the issue. Its shares fell 4.6% on [O Bursa Malaysia], while benchmark palm oil futures on the [O Bursa Malaysia Derivatives] exchange were little changed. The ban followed a petition by [O Liberty Shared], a non-profit group in [L Hong Kong]. Plantation Industries Minister [P Mohd Khairuddin Aman Razali] said the [O Malaysian Palm Oil Council] would meet buyers in [L Europe] and the [L United States]. [O Nestle], [O Unilever] and [O Procter & Gamble] buy palm oil from the group. "Buyers will want proof that the supply chain is clean," said [P Ivy Ng], an analyst at [O CGS-CIMB] in [L Kuala Lumpur].
Reporting by [P Mei Mei Chu] and [P Liz Lee]; Editing by [P Edwina Gibbs]`,
}
