package ner

import "testing"

// audit2020vFloor is the regression floor of TestAudit2020v. Measured
// blind (articles and gold committed in their own commit, "aud2020v: a
// twenty-second blind audit, committed before the model is run", 1277a16)
// at main 8573727 (doc33): overall F1 0.9518 (P 0.9500 R 0.9537; tp 494
// fp 26 fn 24). Two gold marks were then put right to eng.train's
// conventions, not to the model: a place joined to "-based" had been
// marked a place before the hyphen, where eng.train marks the whole word
// MISC (24 of its 26 capitalised "-based" words, as audit 2020's comment
// says; audits m and o mark the place instead), so "[M Abu
// Dhabi-based]" and "[M California-based]" (2 fn fewer); and "[M
// Saudi-led]" whole as eng.train's "U.S.-led" (6 of 6), which scores
// nothing. With them the figure is 0.9537 (P 0.9500 R 0.9574; tp 494 fp
// 26 fn 22; PERSON 0.9695 tp 127 fp 6 fn 2, LOCATION 0.9623 tp 115 fp 9
// fn 0, ORGANIZATION 0.9421 tp 252 fp 11 fn 20). No other slip was found
// in the differences: the brands are MISC as eng.train's "[M Kwai] brand"
// (1 of 1); "Houthi" is MISC as "Taleban" (9 of 9); "a 3-1 win at [O
// Hoffenheim]" keeps the club, where eng.train is split (the "defeat at
// [O Chelsea]", the "win at [L Volendam]"). The errors, by kind (fn/fp
// counted as the test logs them): retail chains named for people or
// towns, and a group's short form, typed people or places or missed
// ("Dorothy Perkins", "Burton", "Topshop", one "Arcadia" of four after
// "Arcadia Group": 4 fn, 3 fp); a start-up's short form after its full
// name typed a place ("Aurora" twice after "Aurora Innovation": 2 fn, 2
// fp), and a made-up trading house's short form typed a person ("Marlow
// Halden": 1 fn, 1 fp); brands and a rocket typed organizations or places
// ("Lancome", "Kiehl's", "Wella", "Clairol", "Cle de Peau Beaute",
// "Senka", "New Glenn": 7 fp on gold MISC); football clubs named after
// their towns typed places, in a fixtures line and after "win at" ("West
// Ham", "Brighton", "Hoffenheim": 3 fn, 3 fp); a sentence's first
// capitalised word taken into a person's name ("Rookie", "Debutant": 2
// fn, 2 fp); names holding a possessive cut or joined ("Foreign
// Correspondents' Club of China" cut to "Correspondents' Club of China";
// "University of Washington's Center for an Informed Public" as one name
// ending at "Center": 3 fn, 2 fp); a company's new unit cut to its
// parent's name ("TikTok Global" as "TikTok": 1 fn, 1 fp); a voting-rights
// group typed a person ("Fair Fight": 1 fn, 1 fp); apps, units and an
// acronym defined in brackets missed ("Douyin", one "Wish" of two, "Uber
// ATG", "Digital Markets Unit", "CPC": 5 fn); generic or MISC words typed
// organizations ("super PAC", "Premier League" after "[M English]",
// "Houthi movement"; "Abu Dhabi-based" typed a person: 4 fp). The rebel
// front and separatist council and their acronyms, the rocket companies,
// the two courts with a possessive or common noun ("Westminster
// Magistrates' Court", "Southwark Crown Court"), the regulators and
// their acronyms, the vaccine makers, the press-freedom groups, the
// basketball table's cities, the cricket scoreboard and the Bundesliga
// clubs' short forms were found whole. It is a measurement only: no rule
// may be written or tuned against it. The test fails only more than 0.01
// below the figure.
const audit2020vFloor = 0.9537 - 0.01

// TestAudit2020v scores audit2020vArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020vFloor. It is a
// measurement only: no rule may be written or tuned against it.
func TestAudit2020v(t *testing.T) {
	floorAudit(t, audit2020vArticles, audit2020vFloor)
}

// audit2020vArticles: a twenty-second blind set of made-up Reuters-style
// articles (helper naudit8, session 24), set in December 2020 on the kinds
// of names held-out modern news breaks on: organizations of the 2020s
// (a separatist council and a rebel front, space companies and start-ups,
// misinformation researchers and fact-checkers, retail and fashion chains,
// cosmetics makers, a news agency and press-freedom groups, tech platforms,
// vaccine makers, regulators and aid groups), companies and clubs in short
// forms after their full names, institutions whose names hold a possessive
// or a common noun, clubs named after their cities (an English league
// results and standings table, a basketball results table with the home
// team in capitals, a Bundesliga report), acronyms defined in brackets, and
// the country as "U.S.", "United States" and "America". Twenty items on
// world, business and markets, tech, health, sport and politics desks: an
// offensive in Ethiopia's Tigray, an airport attack in Yemen, a bribery
// case before London courts, collapsing British retail chains, Japanese
// and Western cosmetics makers, a short-video app and an American
// investment review, rocket companies, a vaccine authorised by an American
// regulator, a Chinese vaccine approved in the Gulf, video platforms and
// election misinformation, Senate runoffs in Georgia, an election in the
// Central African Republic, technology listings in New York, European
// rules for digital gatekeepers, a self-driving unit sold to a start-up, a
// news agency's staff member detained in Beijing, and the four sports
// items. Written and marked up from the writer's own knowledge, without
// reading the name lists, the rules or the articles of any earlier audit,
// and committed before the model was run on them ("[O name]"; P, L, O, M)
// to CoNLL-2003's conventions as eng.train applies them: nationality words
// and demonyms, parties' members ("[M Democrats]" 16 of 18, "[M
// Republicans]" 6 of 6), products, brands, programmes, laws, prizes,
// competitions and indices MISC, as is an exchange named as a market ("[M
// Nasdaq]" 7 of 7); "Taleban" is MISC in eng.train (9 of 9), so the
// Yemeni movement named for a family, "Houthi" and "Houthis", is too,
// while a group with a proper name is an organization ("Hamas" 7 of 7);
// "U.S." alone a place, also before a noun ("U.S. officials"), and part of
// a body's name before it; national sides places, clubs organizations,
// also where a club goes by its city, in results tables as in text
// ("[O Leicester] 0 [O Arsenal] 2"); "NBA" an organization (2 of 2);
// "Premier league" left unmarked after "[M English]" (13 of 13 in
// either case);
// a possessive inside a name part of it ("[O Moody's Investors Service]",
// "[O Queen's Park]", "[O Broward County Sheriff's Office]"); a court by
// name an organization ("Supreme Court" 6 of 6); a cricket ground a place;
// "second Test" left unmarked (as eng.train's "second test"); titles
// outside the name; an acronym defined in brackets typed as the name it
// stands for. Every event is made up or retold, and scores, figures and
// quotations are invented; the names of the bodies and people are real
// ones of the time or made up.
var audit2020vArticles = []string{
	`[L NAIROBI] ([O Reuters]) - [M Ethiopian] federal troops have taken control of most towns in the northern [L Tigray] region, Prime Minister [P Abiy Ahmed] told lawmakers on Tuesday, a week after the army captured the regional capital [L Mekelle]. Forces loyal to the [O Tigray People's Liberation Front] ([O TPLF]), which ran the region until last month, have retreated into the mountains, and its leader [P Debretsion Gebremichael] said fighting continued south of [L Mekelle]. Telephone and internet links to the region have been cut since early November, making claims by either side hard to verify. The [O United Nations] refugee agency [O UNHCR] said more than 50,000 people had crossed into neighbouring [L Sudan], many of them at the [L Hamdayet] border crossing. "People are arriving with nothing but the clothes they are wearing," [O UNHCR] spokesman [P Babar Baloch] told a briefing in [L Geneva]. The [O International Committee of the Red Cross] said hospitals in [L Mekelle] were running short of medicines, gloves and body bags. [P Abiy], who won the [M Nobel Peace Prize] last year, has rejected calls by the [O African Union] for talks with the [O TPLF], calling the campaign a law enforcement operation. The [O Ethiopian Human Rights Commission] said it was investigating reports that hundreds of civilians were killed in the town of [L Mai Kadra].
Reporting by [P Giulia Paravicini] in [L Addis Ababa]; Writing by [P Duncan Miriri]; Editing by [P Alison Williams]`,
	`[L ADEN] ([O Reuters]) - Explosions struck [L Aden] airport on Wednesday moments after a plane carrying [L Yemen]'s newly formed cabinet landed, killing at least 22 people and wounding dozens, local officials said. Prime Minister [P Maeen Abdulmalik] and his ministers were unhurt and were taken to the [L Mashiq] palace in the city. The government blamed the [M Houthi] movement, which holds the capital [L Sanaa] and most of the north and has been fighting a [M Saudi-led] coalition for nearly six years. The [M Houthis] denied involvement. The new cabinet includes members of the separatist [O Southern Transitional Council] ([O STC]), which seized [L Aden] last year, under a power-sharing deal brokered by [L Riyadh]. "This cowardly terrorist act is part of the war being waged against the [M Yemeni] state," Information Minister [P Moammar al-Eryani] wrote on [O Twitter]. Three staff members of the [O International Committee of the Red Cross] were among the dead, the organisation said in [L Geneva]. [O United Nations] envoy [P Martin Griffiths] called the attack "an unacceptable act of violence". [O Doctors Without Borders] said its trauma hospital in the city had received 27 wounded people.
Reporting by [P Mohammed Mukhashaf] in [L Aden]; Additional reporting by [P Aziz El Yaakoubi] in [L Dubai]; Editing by [P Gareth Jones]`,
	`[L LONDON] ([O Reuters]) - A former oil trader at [O Marlow Halden Commodities] appeared at [O Westminster Magistrates' Court] on Thursday charged with bribing officials in [L Nigeria] and [L Cameroon], the first person charged in the [O Serious Fraud Office]'s four-year investigation into the trading house. [P Giles Treadwell], 52, of [L Guildford], spoke only to confirm his name, age and address. District Judge [P Helen Ashcombe] sent the case to [O Southwark Crown Court], where he is due to enter a plea on Jan. 14. The [O SFO] said the charges related to more than $6 million paid through agents between 2011 and 2016 to win cargoes from the [O Nigerian National Petroleum Corporation] ([O NNPC]) and [L Cameroon]'s national refiner. [O Marlow Halden], which has offices in [L London] and [L Geneva], said it had cooperated fully and had overhauled its compliance programme. The firm is also being investigated by the [O U.S. Department of Justice] and by [M Brazilian] prosecutors, who have accused traders at several firms of paying kickbacks to officials at state-run [O Petrobras]. Anti-corruption group [O Transparency International] said the case showed commodity traders remained "a blind spot" for regulators. [P Treadwell] was granted unconditional bail.
Reporting by [P Kirstin Ridley]; Editing by [P Jan Harvey]`,
	`[L LONDON] ([O Reuters]) - [P Philip Green]'s [O Arcadia Group], owner of the [O Topshop], [O Dorothy Perkins] and [O Burton] fashion chains, collapsed into administration on Monday, putting 13,000 jobs at risk, hours before department store chain [O Debenhams] said it would be wound down after rescue talks with [O JD Sports Fashion] broke down. Administrators from [O Deloitte] said [O Arcadia]'s 444 stores in [L Britain] and [L Ireland] would keep trading while buyers were sought for its brands. [O Debenhams], which traces its roots to 1778, has been in administration since April, and its 124 stores employ 12,000 people. [O JD Sports] said it had pulled out because of uncertainty over the future of the high street. Online retailers [O Boohoo] and [O ASOS] were seen as the likeliest bidders for [O Arcadia]'s brands, and [P Mike Ashley]'s [O Frasers Group] said it had offered the group a loan of up to 50 million pounds. "The pandemic has pushed forward a shift online that was already well under way," said [P Richard Lim], chief executive of [O Retail Economics]. The [O Pensions Regulator] said it was in talks with [P Green] and his family about the deficit in [O Arcadia]'s pension schemes, estimated at 350 million pounds. The [O Usdaw] shop workers' union called on the government to protect staff.
Reporting by [P James Davey]; Editing by [P Kate Holton] and [P Mark Potter]`,
	`[L TOKYO] ([O Reuters]) - [O Shiseido Co] is in talks to sell its mass-market shampoo and skincare brands to private equity firm [O CVC Capital Partners], two people familiar with the matter said, as [L Japan]'s biggest cosmetics maker turns to luxury lines sold in [L China]. A deal could value the business, which includes the [M Tsubaki] and [M Senka] brands, at about 150 billion yen ($1.4 billion), the people said. [O Shiseido] said in a statement it was considering various options but nothing had been decided. Chief Executive [P Masahiko Uotani] has steered the company toward premium brands such as [M Cle de Peau Beaute], whose sales have held up in [L China] while spending by tourists in [L Japan] has collapsed. Rivals [O Kao Corp] and [O Kose Corp] have also cut their forecasts. In [L Europe], [O L'Oreal] said its luxury division returned to growth in the third quarter, led by its [M Lancome] and [M Kiehl's] brands, and [M American] group [O Coty Inc] this month completed the sale of a majority stake in its professional beauty business, including the [M Wella] and [M Clairol] hair care brands, to [O KKR & Co]. "The mass market in [L Japan] is shrinking and crowded with drugstore brands," said [P Mikiko Sato], an analyst at [O Okasan Securities] in [L Tokyo]. [O Shiseido] shares rose 3.2%.
Reporting by [P Ritsuko Shimizu] and [P Makiko Yamazaki]; Editing by [P Kenneth Maxwell]`,
	`[L WASHINGTON] ([O Reuters]) - The [L U.S.] government will not immediately enforce an order requiring [M Chinese] company [O ByteDance] to divest the short-video app [O TikTok] after a deadline passed on Friday, the [O Treasury Department] said, as talks on a deal with [O Oracle Corp] and [O Walmart Inc] drag on. The [O Committee on Foreign Investment in the United States] ([O CFIUS]), which reviews foreign deals for national security risks, said it was focused on "obtaining an acceptable resolution". [O TikTok], which says it has 100 million [L U.S.] users, asked the [O U.S. Court of Appeals for the District of Columbia Circuit] last month to review the order. A federal judge in [L Pennsylvania] had already blocked a separate [O Commerce Department] ban on the app. Under the plan announced in September, [O Oracle] would become [O TikTok]'s technology partner and the two [M American] companies would take stakes in a new company, [O TikTok Global]. [O ByteDance], which is based in [L Beijing], also owns [O Douyin], the [M Chinese] version of the app. [M Chinese] rules introduced in August require government approval for the export of technologies such as [O TikTok]'s recommendation algorithm. [O Walmart] declined to comment. [O Oracle] co-founder [P Larry Ellison] is a supporter of President [P Donald Trump].
Reporting by [P David Shepardson] and [P Echo Wang]; Editing by [P Leslie Adler]`,
	`[L LOS ANGELES] ([O Reuters]) - [P Elon Musk]'s [O SpaceX] flew a prototype of its [M Starship] rocket to about 12.5 km (7.8 miles) above its [L Boca Chica] launch site in [L Texas] on Wednesday before the vehicle exploded while trying to land, an outcome the company said still gave it the data it needed. "Mars, here we come!!" [P Musk] wrote on [O Twitter]. The [O Federal Aviation Administration] ([O FAA]) said it would oversee the investigation into the landing. Rival [O Blue Origin], owned by [O Amazon.com Inc] founder [P Jeff Bezos], is building its own heavy rocket, [M New Glenn], at [L Cape Canaveral] in [L Florida]. Smaller launch companies are racing to win business from satellite operators. [O Rocket Lab], which is based in [L Long Beach], [L California], and launches from [L New Zealand]'s [L Mahia Peninsula], fished the first stage of an [M Electron] rocket out of the [L Pacific Ocean] last month. [O Astra], a start-up based in [L Alameda], [L California], reached space for the first time on Tuesday with a rocket launched from [L Kodiak], [L Alaska], though it fell short of orbit. In [L China], the [M Chang'e-5] capsule carrying rock samples from the moon landed in [L Inner Mongolia] on Thursday, the [O China National Space Administration] said.
Reporting by [P Joey Roulette] and [P Eric M. Johnson]; Editing by [P Richard Pullin]`,
	`[L WASHINGTON] ([O Reuters]) - The [O U.S. Food and Drug Administration] on Friday authorized [O Moderna Inc]'s COVID-19 vaccine for emergency use, making it the second shot cleared in the [L United States], a week after one from [O Pfizer Inc] and [O BioNTech SE]. The decision followed a 20-0 vote on Thursday by the agency's panel of outside advisers, who said the benefits of the vaccine outweighed its risks in people aged 18 and older. [O Moderna] said it expected to ship about 6 million doses next week. The [O Centers for Disease Control and Prevention] ([O CDC]) is expected to recommend its use after a meeting of its [O Advisory Committee on Immunization Practices] on Saturday. "With two vaccines now available, the [O FDA] has taken another crucial step in the fight against this pandemic," [O FDA] Commissioner [P Stephen Hahn] said. [O Moderna], which is based in [L Cambridge], [L Massachusetts], developed the vaccine with the [O National Institutes of Health]. [M Operation Warp Speed] chief adviser [P Moncef Slaoui] said 20 million people in [L America] could receive a first dose by the end of December. [O Johnson & Johnson] expects data from a late-stage trial of its one-dose vaccine in January, and [O Novavax Inc] began a large trial in the [L U.S.] this month.
Reporting by [P Michael Erman] and [P Manas Mishra]; Editing by [P Bill Berkrot]`,
	`[L DUBAI] ([O Reuters]) - The [L United Arab Emirates] on Wednesday became the first country to fully approve a COVID-19 vaccine developed by [M Chinese] state-owned drugmaker [O Sinopharm], saying interim data showed it was 86% effective. The [O Ministry of Health and Prevention] said the analysis had raised no serious safety concerns but did not say whether it would publish the data. [M Abu Dhabi-based] artificial intelligence company [O G42 Healthcare] ran the trials in the [L UAE], which involved 31,000 volunteers of 125 nationalities. [L Bahrain] approved the same shot on Sunday, and [L Morocco] plans to use it in a mass vaccination drive. The vaccine was developed by the [O Beijing Institute of Biological Products], a unit of the [O China National Biotec Group] ([O CNBG]), which is part of [O Sinopharm]. [L Peru] last week paused a trial of the vaccine after a volunteer developed weakness in the arms. "An efficacy figure without the underlying data is a press release," said [P Jerome Kim], director general of the [O International Vaccine Institute] in [L Seoul]. The [O World Health Organization] said it was in contact with [O Sinopharm] about its data.
Reporting by [P Alexander Cornwell]; Additional reporting by [P Marcelo Rochabrun] in [L Lima]; Editing by [P Michael Georgy]`,
	`[L SAN FRANCISCO] ([O Reuters]) - [O Alphabet Inc]'s [O YouTube] said on Wednesday it would start removing new videos that falsely claim widespread fraud changed the outcome of the [L U.S.] presidential election, more than a month after the vote. [O YouTube] said the "safe harbor" deadline for states to certify their results had passed, and that enough states had done so to determine the president-elect. Videos posted earlier will stay up with an information panel linking to the [O Cybersecurity and Infrastructure Security Agency]'s election security page. [O Twitter Inc] said it had labeled about 300,000 tweets as disputed between late October and mid-November, and [O Facebook Inc] said it would keep its ban on new political ads in place. The [O Election Integrity Partnership], a coalition of researchers that includes the [O Stanford Internet Observatory] and the [O University of Washington]'s [O Center for an Informed Public], said a small number of accounts with large audiences had driven most of the false claims. "The platforms acted late, and they acted unevenly," said [P Renee DiResta] of the [O Stanford Internet Observatory]. Fact-checking site [O PolitiFact] said it had reviewed more than 200 claims about voting machines made by [O Dominion Voting Systems].
Reporting by [P Elizabeth Culliford] and [P Paresh Dave]; Editing by [P Cynthia Osterman]`,
	`[L ATLANTA] ([O Reuters]) - More than 1.2 million [L Georgia] voters have already cast ballots in the state's two [O U.S. Senate] runoffs, election officials said on Monday, a pace that suggests turnout could approach record levels for the Jan. 5 contests that will decide control of the chamber. [M Republican] Senators [P Kelly Loeffler] and [P David Perdue] face [M Democrats] [P Raphael Warnock] and [P Jon Ossoff]. If both [M Democrats] win, the [O Senate] would be split 50-50 and Vice President-elect [P Kamala Harris] would hold the tie-breaking vote. [L Georgia] Secretary of State [P Brad Raffensperger], a [M Republican] who has been criticised by President [P Donald Trump] for certifying [P Joe Biden]'s win in the state, said there was no evidence of fraud in the November vote. [O Fair Fight], the voting rights group founded by former state lawmaker [P Stacey Abrams], said it had helped register tens of thousands of new voters. The [O Senate Leadership Fund], a super PAC aligned with [M Republican] leader [P Mitch McConnell], has spent more than $50 million on advertising in the state. [P Trump] is due to hold a rally in [L Dalton] on the eve of the vote.
Reporting by [P Jason Lange]; Editing by [P Soyoung Kim] and [P Peter Cooney]`,
	`[L BANGUI] ([O Reuters]) - Voters in the [L Central African Republic] went to the polls on Sunday in presidential and legislative elections overshadowed by a rebel offensive, with President [P Faustin-Archange Touadera] seeking a second term. Armed groups that joined forces this month in a new alliance, the [O Coalition of Patriots for Change] ([O CPC]), had threatened to disrupt the vote, and the [O National Elections Authority] said polling stations in several areas had not opened. The government accuses former president [P Francois Bozize], whose candidacy was rejected by the [O Constitutional Court] this month, of plotting a coup with the rebels, a charge his [O KNK] party denies. The [O United Nations] peacekeeping mission, [O MINUSCA], said its troops had repelled attacks near [L Bambari] and [L Bouar]. [L Russia] and [L Rwanda] sent hundreds of troops and military instructors to help the army last week. "We voted early because we are afraid of what the afternoon will bring," said [P Sylvie Ngaikoisset], a teacher in [L Bangui]. Opposition candidate [P Anicet-Georges Dologuele] said he would not accept results marred by intimidation.
Reporting by [P Antoine Rolland]; Writing by [P Aaron Ross]; Editing by [P Frances Kerry]`,
	`[L NEW YORK] ([O Reuters]) - Shares of [O ContextLogic Inc], the parent of discount shopping app [O Wish], fell 16% in their market debut on Wednesday, a rare stumble in a year of blockbuster technology listings. The stock opened at $20.05 on the [M Nasdaq], below its initial public offering price of $24, which valued the company at about $14 billion. [O Wish], founded in 2010 by former [O Google] engineer [P Peter Szulczewski], sells cheap goods shipped mostly from [L China] and has come under criticism for counterfeit and unsafe products. Enterprise software company [O C3.ai], led by billionaire [P Tom Siebel], more than doubled in its [O New York Stock Exchange] debut last week. Video game platform [O Roblox Corp] and online lender [O Affirm Holdings] postponed their listings until January. "Investors are getting pickier about growth at any price," said [P Matt Kennedy], senior strategist at IPO research firm [O Renaissance Capital]. Companies have raised about $167 billion through [L U.S.] listings this year, the most since 1999, according to [O Dealogic].
Reporting by [P Joshua Franklin] and [P Echo Wang] in [L New York]; Editing by [P Shinjini Ganguli]`,
	`[L BRUSSELS] ([O Reuters]) - [O European Union] regulators unveiled draft rules on Tuesday that would force the biggest technology companies to change the way they do business, threatening fines of up to 10% of global turnover for breaches. Under the proposed [M Digital Markets Act], companies deemed "gatekeepers", expected to include [O Alphabet]'s [O Google], [O Apple], [O Amazon] and [O Facebook], would be barred from favouring their own services and would have to let rivals use their data. A second law, the [M Digital Services Act], would require platforms to do more to remove illegal content. "We need to make sure that the digital world is safe and fair," Competition Commissioner [P Margrethe Vestager] told a news conference, alongside Internal Market Commissioner [P Thierry Breton]. The rules must be agreed with the [O European Parliament] and member states, a process that could take years. [L Britain]'s [O Competition and Markets Authority] ([O CMA]) said last month it would set up a [O Digital Markets Unit] in April to oversee a new code of conduct. The [O Computer & Communications Industry Association], whose members include [O Google] and [O Amazon], said the proposals singled out [L U.S.] companies, while [M European] consumer group [O BEUC] welcomed them.
Reporting by [P Foo Yun Chee]; Editing by [P Mark Potter]`,
	`[L SAN FRANCISCO] ([O Reuters]) - [O Uber Technologies Inc] said on Monday it would sell its self-driving car unit, [O Advanced Technologies Group], to start-up [O Aurora Innovation] in a deal that values the combined business at about $10 billion, as the ride-hailing company cuts costs and steps back from developing its own robotaxis. [O Uber] will invest $400 million in [O Aurora] and take a 26% stake in the company, while its unit's backers, including [O Toyota Motor Corp] and auto parts maker [O Denso Corp], will hold most of the rest of [O Uber]'s share. [O Aurora] was founded in 2017 by [P Chris Urmson], the former head of [O Google]'s self-driving car project, which is now [O Waymo], along with former [O Tesla Inc] and [O Uber] engineers. The sale of [O Uber ATG], which has been testing cars in [L Pittsburgh] since 2016, comes days after [O Uber] agreed to sell its air taxi unit, [O Elevate], to [M California-based] [O Joby Aviation]. Chief Executive [P Dara Khosrowshahi] has been shedding units to make [O Uber] profitable next year. [O Uber] shares were up 1.8% in afternoon trading.
Reporting by [P Tina Bellon] and [P Joseph White]; Editing by [P Nick Zieminski]`,
	`[L BEIJING] ([O Reuters]) - A [M Chinese] staff member of [O Bloomberg News] in [L Beijing] has been detained on suspicion of endangering national security, the news agency said on Friday. [P Haze Fan], a news assistant who had worked for [O Bloomberg] since 2017 and earlier for [O CNBC], [O CBS News], [O Al Jazeera] and [O Reuters], was seen being escorted from her apartment building by plain-clothes officers on Monday, the company said. [M Chinese] citizens may only work as news assistants for foreign media in [L China]. [M Chinese] foreign ministry spokesman [P Wang Wenbin] said she was being investigated "in accordance with the law" and that her rights were being protected. The [O Foreign Correspondents' Club of China] said it was deeply concerned, and the [O Committee to Protect Journalists] called for her immediate release. [P Fan]'s detention follows that of [P Cheng Lei], an [M Australian] anchor for state broadcaster [O CGTN], who was detained in August. [L China] ranks 177th of 180 countries in the press freedom index compiled by [O Reporters Without Borders]. [O Bloomberg] said it was "working to understand her situation".
Reporting by [P Yew Lun Tian]; Editing by [P Robert Birsel]`,
	`SOCCER - [M ENGLISH] PREMIER LEAGUE RESULTS / STANDINGS
[L LONDON] 2020-12-26
Results of [M English] Premier League matches on Saturday:
[O Leicester] 2 [O Manchester United] 2, [O Aston Villa] 3 [O Crystal Palace] 0, [O Fulham] 0 [O Southampton] 0, [O Arsenal] 3 [O Chelsea] 1, [O Sheffield United] 0 [O Everton] 1, [O Manchester City] 2 [O Newcastle] 0
Playing Sunday: [O Leeds] v [O Burnley], [O West Ham] v [O Brighton], [O Liverpool] v [O West Bromwich Albion], [O Wolverhampton] v [O Tottenham]
Standings (tabulate under played, won, drawn, lost, goals for, against, points):
[O Liverpool] 14 9 4 1 34 19 31
[O Everton] 15 9 2 4 26 19 29
[O Leicester] 15 9 2 4 27 18 29
[O Manchester United] 14 8 3 3 29 22 27
[O Tottenham] 14 7 5 2 25 13 26
[O Manchester City] 14 7 5 2 22 13 26
[O Aston Villa] 13 8 1 4 26 13 25
[O Arsenal] 15 5 2 8 15 19 17
Top scorers: [P Mohamed Salah] ([O Liverpool]) 13, [P Son Heung-min] ([O Tottenham]) 11, [P Dominic Calvert-Lewin] ([O Everton]) 11, [P Harry Kane] ([O Tottenham]) 10, [P Jamie Vardy] ([O Leicester]) 10`,
	`BASKETBALL - [O NBA] RESULTS
[L NEW YORK] 2020-12-23
Results of [O National Basketball Association] games on Wednesday (home team in CAPS):
[O CLEVELAND] 121 [O Charlotte] 114
[O INDIANA] 121 [O New York] 107
[O ORLANDO] 113 [O Miami] 107
[O TORONTO] 99 [O New Orleans] 113
[O MEMPHIS] 108 [O San Antonio] 131
[O PHOENIX] 106 [O Dallas] 102
[O UTAH] 120 [O Portland] 100
[O SACRAMENTO] 124 [O Denver] 122 (OT)
[O Minnesota] 111 [O DETROIT] 101
[O Boston] 107 [O MILWAUKEE] 122
[P Luka Doncic] scored 27 points for the [O Mavericks] but [P Devin Booker] hit the decisive jumper with 7.4 seconds left for the [O Suns]. Rookie [P LaMelo Ball] had 11 points and four assists in his debut for [O Charlotte], the team owned by [P Michael Jordan].`,
	`CRICKET - [P RAHANE] HUNDRED PUTS [L INDIA] ON TOP IN [L MELBOURNE]
[L MELBOURNE] 2020-12-27
Stand-in captain [P Ajinkya Rahane] hit an unbeaten 104 to put [L India] in control of the second Test against [L Australia] at the [L Melbourne Cricket Ground] on Sunday. [P Rahane] is leading the side after [P Virat Kohli] flew home for the birth of his first child, and [L India] had been bowled out for 36 in the first Test in [L Adelaide]. Debutant [P Shubman Gill] made 45 before he was caught behind off [P Pat Cummins], and [P Ravindra Jadeja] was unbeaten on 40 at stumps. "He has led from the front," [L India] coach [P Ravi Shastri] told reporters. [L Australia], who were dismissed for 195 on the first day, were also without opener [P David Warner]. [O Cricket Australia] said a crowd of 30,000 was allowed in each day under rules agreed with the [L Victoria] state government.
Scores: [L Australia] 195 ([P Marnus Labuschagne] 48; [P Jasprit Bumrah] 4-56, [P Ravichandran Ashwin] 3-35) v [L India] 277-5 ([P Ajinkya Rahane] 104 not out, [P Ravindra Jadeja] 40 not out; [P Mitchell Starc] 2-78)`,
	`[L BERLIN] ([O Reuters]) - [O Borussia Dortmund] sacked coach [P Lucien Favre] on Sunday, a day after a 5-1 home defeat by promoted [O VfB Stuttgart] left them fifth in the [M Bundesliga], and named his assistant [P Edin Terzic] in charge until the end of the season. "We were convinced that the team could do better," [O Dortmund] chief executive [P Hans-Joachim Watzke] said. Leaders [O Bayern Munich] came from two goals down to beat [O RB Leipzig] 3-2 on Saturday, with [P Robert Lewandowski] scoring his 14th league goal of the season. [O Bayer Leverkusen] stayed level on points with [O Bayern] after a 3-1 win at [O Hoffenheim], while [O Union Berlin] moved up to sixth by beating [O Cologne] 2-1. [O Dortmund] striker [P Erling Haaland] is out until January with a thigh injury. [O Stuttgart] coach [P Pellegrino Matarazzo] said his side had "played without fear". [O Leipzig] coach [P Julian Nagelsmann] said his team had lost their concentration in the second half.
Reporting by [P Karolos Grohmann]; Editing by [P Ken Ferris]`,
}
