package ner

import "testing"

// audit2020lFloor is the regression floor of TestAudit2020l. Measured
// blind (articles and gold committed at 627155e before the model was run
// on them) at that commit (doc25): overall F1 0.9049 (P 0.9225 R 0.8881;
// PERSON 0.9504, LOCATION 0.9126, ORGANIZATION 0.8794). One slip of the
// markup against its own convention was then mended ("the U.S. Centers
// for Disease Control and Prevention" is one organization, "U.S." being
// part of the agency it comes before; the gold had split it): 0.9105 (P
// 0.9264 R 0.8951; PERSON 0.9504, LOCATION 0.9216, ORGANIZATION 0.8865).
// The errors, by kind: cycling teams named for their sponsors with a
// hyphen typed places or a person ("Jumbo-Visma", "Trek-Segafredo",
// "Ineos Grenadiers"; "Deceuninck-QuickStep" missed); companies and clubs
// whose names hold a place typed places ("Country Garden", "Ipsos Peru",
// "Alianza Lima", "BetMGM"); a paper named as a source typed a person
// ("Handelsblatt reported"); bodies of the Holy See missed or cut
// ("Secretariat of State", "Secretariat for the Economy", "Holy See",
// "Administration of the Patrimony of the Apostolic See" cut at "of the",
// "Moneyval"); a ministry cut at "and" ("Ministry of Housing and
// Urban-Rural Development"); an agency's unit run into the agency ("Food
// and Drug Administration's Center for Tobacco Products"); a brand of a
// group after "its" missed ("its Princess Cruises brand"), a company by
// its short name ("Norwegian shares"), "World Snooker Tour", "ABS-CBN"
// and "the Akbayan party" missed; products typed organizations
// ("Marlboro maker", "IQOS", the "Vuelta" race); "Gerwyn Price" an
// organization after "Welsh player"; "Marshall Arena" and "Brussels" (at
// a sentence's start after "In") people. No rule was written from it; the
// test fails only more than 0.01 below the mended blind figure. At doc26
// (helper nweb's rules, read from other documents: addEmployerSpans and
// groundVenuesAsPlaces fix "World Snooker Tour chairman",
// "Deceuninck-QuickStep manager" and "at the Marshall Arena", so this is
// no longer a blind figure): 0.9184 (ORGANIZATION 0.8944, LOCATION
// 0.9320). At doc34 (session 24, placesAfterLeadIn, read from this
// article 12 and the sports wire's item 27): 0.9698 (tp 257 fp 6 fn 10).
const audit2020lFloor = 0.9105 - 0.01

// TestAudit2020l scores audit2020lArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020lFloor.
func TestAudit2020l(t *testing.T) {
	floorAudit(t, audit2020lArticles, audit2020lFloor)
}

// audit2020lArticles: a twelfth blind set of made-up Reuters-style
// articles of December 2020 (issue 11), on desks the earlier audits leave
// out (Chinese property developers and their regulators, the Vatican's
// finances, darts and snooker, cycling teams, vaping and tobacco, a German
// rail strike, water companies and their regulator, sports betting, a
// typhoon in the Philippines, cruise lines, Peru's politics, Iran's
// parliament and its nuclear law, ice hockey), dense in the organisation
// kinds Reuters 2020 copy names most: agencies, papers and broadcasters
// named as a source ("the Fars news agency reported", "Caixin said"),
// ministries, regulators and courts, companies named after a role word
// without Inc or Ltd ("developer Sunac", "bookmaker Entain"), parties and
// sports clubs. Written and marked up before the model was run on them,
// as audit2020Articles are ("[O name]"; P, L, O, M), to CoNLL-2003's
// conventions as eng.train applies them: nationality and party-member
// words, indices, competitions, races, products and laws MISC; a
// lower-case "ministry" or "party" outside the name; titles outside the
// name; "U.S." a place, but part of the agency it comes before. Every
// event is made up or retold; the names of the bodies and people are real
// ones of the time or made up.
var audit2020lArticles = []string{
	`[L HONG KONG] ([O Reuters]) - Shares of [O China Evergrande Group] fell 6% on Tuesday after the financial magazine [O Caixin] reported that regulators had told the developer to cut its debt by half within three years. The [O People's Bank of China] and the [O Ministry of Housing and Urban-Rural Development] set three "red lines" on borrowing for property firms in August. Rival developer [O Sunac China Holdings] said it met all three, while [O Country Garden] said it met two. [O Evergrande] chairman [P Hui Ka Yan] told staff in a letter that the group would sell stakes in its electric car unit, [O Evergrande New Energy Vehicle], and its property services arm. "The market does not believe the plan yet," said [P Kelvin Lau], an analyst at [O Daiwa Capital Markets] in [L Hong Kong]. The [O China Banking and Insurance Regulatory Commission] did not respond to a request for comment. The [M Hang Seng] index closed 0.4% lower.
Reporting by [P Clare Jim] and [P Xie Yu]; Editing by [P Kenneth Maxwell]`,
	`[L VATICAN CITY] ([O Reuters]) - Pope [P Francis] has stripped the [L Vatican]'s [O Secretariat of State] of control over its investment funds and ordered them moved to a department that oversees the [O Holy See]'s assets, the [L Vatican] said on Monday. The move follows a scandal over a 350 million euro investment in a [L London] property, which [L Vatican] prosecutors are investigating. The funds will be run by the [O Administration of the Patrimony of the Apostolic See] ([O APSA]) and overseen by the [O Secretariat for the Economy], led by [M Spanish] priest [P Juan Antonio Guerrero Alves]. [M Italian] daily [O Corriere della Sera] first reported the plan in October. Cardinal [P Angelo Becciu], who was forced to resign in September, has denied wrongdoing. The [O Institute for the Works of Religion], known as the [L Vatican] bank, said its profit had fallen. [O Moneyval], the [O Council of Europe]'s anti-money laundering committee, praised the reforms in a report this year.
Reporting by [P Philip Pullella]; Editing by [P Alison Williams]`,
	`[L LONDON] ([O Reuters]) - [M Welsh] player [P Gerwyn Price] beat [P Gary Anderson] 7-3 in the final of the [M World Darts Championship] at [L Alexandra Palace] on Sunday to become world number one for the first time. [P Price], a former rugby player who turned to darts in 2014, averaged 100.08 in a final played without spectators because of [L London]'s tier four restrictions. The [O Professional Darts Corporation] ([O PDC]) said 1,000 fans had been allowed in for the first days before the rules changed. "I'm lost for words," [P Price] told [O Sky Sports]. In snooker, [M Australian] [P Neil Robertson] beat [P Judd Trump] 10-9 to win the [M UK Championship] in [L Milton Keynes]. [O World Snooker Tour] chairman [P Steve Dawson] said the sport would stay in its bubble at the [L Marshall Arena] until March. Bookmaker [O Betfred], which sponsors the [M World Championship] at [L Sheffield]'s [L Crucible Theatre], said it would extend its deal.
Reporting by [P Ed Osmond]; Editing by [P Ken Ferris]`,
	`[L PARIS] ([O Reuters]) - The organisers of the [M Tour de France] said on Thursday that next year's race would start in the [M French] region of [L Brittany] rather than [L Copenhagen], which had asked to host the start in 2022 instead. [O Amaury Sport Organisation] ([O ASO]) director [P Christian Prudhomme] said the [M Danish] capital could not stage the event while [O UEFA]'s [M European Championship] was moved to the same summer. Sports daily [O L'Equipe] reported that [O Ineos Grenadiers], the [M British] team of [P Egan Bernal], had signed [M Australian] rider [P Richie Porte] from [O Trek-Segafredo]. [O Jumbo-Visma], whose [P Primoz Roglic] lost the race on its last day, said [P Roglic] would ride the [M Vuelta] again. The sport's governing body, the [O Union Cycliste Internationale] ([O UCI]), said it would keep its rules on team bubbles. "We learned a lot this year," said [O Deceuninck-QuickStep] manager [P Patrick Lefevere].
Reporting by [P Julien Pretot]; Editing by [P Christian Radnedge]`,
	`[L WASHINGTON] ([O Reuters]) - E-cigarette maker [O Juul Labs] agreed to pay $40 million to settle a lawsuit by [L North Carolina] accusing it of marketing to teenagers, the state's attorney general said on Monday. [O Juul], which is 35% owned by [M Marlboro] maker [O Altria Group], also agreed to stop selling its products within 1,000 feet of schools in the state. Attorney General [P Josh Stein] said the deal was the first of its kind. The [O Food and Drug Administration]'s [O Center for Tobacco Products] is reviewing applications from [O Juul] and rivals including [O NJOY] to keep their devices on sale. Separately, the [O Federal Trade Commission] said an administrative judge would hear its complaint that [O Altria]'s stake in [O Juul] broke antitrust law. Rival [O Philip Morris International] said sales of its [M IQOS] heated tobacco device rose in [L Japan], its largest market. Shares of [O British American Tobacco] were flat in [L London].
Reporting by [P Chris Prentice]; Editing by [P Cynthia Osterman]`,
	`[L BERLIN] ([O Reuters]) - Train drivers' union [O GDL] said on Wednesday it would strike at [O Deutsche Bahn] for 48 hours from Friday, disrupting freight and passenger services across [L Germany] in the run-up to Christmas. [O GDL] chairman [P Claus Weselsky] said the state-owned railway had refused to match a pay offer made to the larger [O EVG] union in the autumn. [O Deutsche Bahn] personnel chief [P Martin Seiler] called the strike "completely unnecessary" and said the company would go to the labour court in [L Frankfurt] to stop it. Transport Minister [P Andreas Scheuer] of the [O Christian Social Union] urged both sides to return to talks. The [O Federation of German Industries] ([O BDI]) said car plants of [O Volkswagen] and [O BMW] could run short of parts. The strike comes as [O Lufthansa] and its pilots' union [O Vereinigung Cockpit] negotiate cost cuts, [O Handelsblatt] reported.
Reporting by [P Christian Kraemer] and [P Riham Alkousaa]; Editing by [P Maria Sheahan]`,
	`[L LONDON] ([O Reuters]) - [O Thames Water], [L Britain]'s biggest water company, was ordered on Thursday to pay 11.4 million pounds to customers after the regulator [O Ofwat] found it had missed targets for fixing leaks. [O Ofwat] chief executive [P David Black] said the penalty should serve as a warning to the industry. [O Southern Water] and [O Yorkshire Water] were also fined smaller sums. The [O Environment Agency] said separately that it was investigating sewage spills from storm overflows at 2,000 sites. [O Labour Party] environment spokesman [P Luke Pollard] said the fines were "a slap on the wrist", and the [O Liberal Democrats] called for the companies to be taken back into public ownership. [O Thames Water], owned by a group of investors including [M Canadian] pension fund [O OMERS], said it would invest 1 billion pounds in its pipes. The [O Sunday Times] reported that its chief executive, [P Sarah Bentley], had waived her bonus.
Reporting by [P Susanna Twidale]; Editing by [P Jason Neely]`,
	`[L NEW YORK] ([O Reuters]) - [L New York] Governor [P Andrew Cuomo] said on Monday the state would allow mobile sports betting next year, a move that could make it the largest market in the [L United States]. [P Cuomo], a [M Democrat], said the [O New York State Gaming Commission] would pick operators through a bidding process. Shares of [O DraftKings] jumped 9% and those of [O Penn National Gaming] rose 5%. [O FanDuel], which is owned by [M Irish] bookmaker [O Flutter Entertainment], said it was ready to bid. [O BetMGM], a joint venture of [O MGM Resorts International] and [M British] bookmaker [O Entain], said it hoped for a "fair and open" process. State Senator [P Joseph Addabbo] said as much as $500 million a year in tax revenue was at stake. The [O American Gaming Association] said [M Americans] had bet $21 billion legally this year. "New York is the prize," said [P Chad Beynon], an analyst at [O Macquarie].
Reporting by [P Nivedita Balu] in [L Bengaluru]; Editing by [P Arun Koyyur]`,
	`[L MANILA] ([O Reuters]) - At least 67 people were killed and 12 are missing after a typhoon brought the worst flooding in years to the main [M Philippine] island of [L Luzon], the [O National Disaster Risk Reduction and Management Council] said on Sunday. Most of the dead were in the [L Cagayan Valley] region, where the [L Cagayan River] burst its banks. The weather bureau [O PAGASA] said another storm could reach the country next week. The [O Philippine Red Cross] said its volunteers had rescued 1,200 people in [L Tuguegarao], and the [O Department of Social Welfare and Development] said it had sent food to 40,000 families. President [P Rodrigo Duterte] blamed illegal logging and mining for the flooding. Senator [P Risa Hontiveros] of the [O Akbayan] party called for an inquiry into the release of water from the [L Magat Dam] by the [O National Irrigation Administration]. Broadcaster [O ABS-CBN], whose franchise was not renewed by [O Congress] in July, said it was broadcasting only online.
Reporting by [P Karen Lema]; Editing by [P William Mallard]`,
	`[L MIAMI] ([O Reuters]) - [O Norwegian Cruise Line Holdings] said on Tuesday it had cancelled all voyages until the end of March, after the [O U.S. Centers for Disease Control and Prevention] set strict conditions for resuming sailings. Rival [O Royal Caribbean Group] cancelled its [L U.S.] cruises through the end of February, and [O Carnival Corp] said its [O Princess Cruises] brand would not sail before May. The industry's trade body, [O Cruise Lines International Association] ([O CLIA]), said its members would run test voyages with volunteers. [O Royal Caribbean] chief executive [P Richard Fain] said the company had raised $1.5 billion in new debt. The government of the [L Bahamas], where many cruises stop, said it would ask for negative tests from all passengers. [O Norwegian] shares fell 3% on the [O New York Stock Exchange]. "Investors are looking at summer," said [P Patrick Scholes], an analyst at [O Truist Securities].
Reporting by [P Doyinsola Oladipo]; Editing by [P Leslie Adler]`,
	`[L LIMA] ([O Reuters]) - [L Peru]'s [O Congress] on Thursday rejected a bid to remove interim President [P Francisco Sagasti], a month after he took office in the wake of protests that ousted his predecessor [P Manuel Merino]. The motion, brought by lawmakers of the [O Union for Peru] party, won only 21 votes in the 130-seat chamber. [P Keiko Fujimori], leader of the [O Popular Force] party, said she would run in the April election. The [O Constitutional Tribunal] is due to rule next week on whether the removal of former President [P Martin Vizcarra] in November was legal. A poll by [O Ipsos Peru] published in the newspaper [O El Comercio] showed [P George Forsyth], a former goalkeeper of the [O Alianza Lima] football club, leading the race. The [O Finance Ministry] said the economy would shrink 12% this year. Central bank chief [P Julio Velarde] said the sol was stable.
Reporting by [P Marco Aquino]; Editing by [P Richard Chang]`,
	`[L DUBAI] ([O Reuters]) - [L Iran]'s [O Guardian Council] approved on Wednesday a law that obliges the government to halt [O United Nations] inspections of its nuclear sites if sanctions are not eased within two months, the semi-official [O Fars] news agency reported. The law, passed by the hardline-dominated parliament, also orders the [O Atomic Energy Organization of Iran] to enrich uranium to 20%. Government spokesman [P Ali Rabiei] told the state news agency [O IRNA] that the law was "harmful to diplomacy". The [O International Atomic Energy Agency] ([O IAEA]) said it had not been notified. In [L Brussels], a spokesman for the [O European External Action Service] said the bloc was "following the matter". [O Tasnim] news agency, which is close to the [O Revolutionary Guards], said a suspect in the killing of a nuclear scientist had been arrested. [M Israeli] newspaper [O Haaretz] reported that [L Israel]'s [O Mossad] spy agency was preparing for retaliation.
Reporting by [P Parisa Hafezi]; Editing by [P Raissa Kasolowsky]`,
	`[L TORONTO] ([O Reuters]) - The [O National Hockey League] said on Sunday its season would start on Jan. 13 with teams playing only in their own divisions, including an all-Canadian division, because of border rules. The [O Toronto Maple Leafs], [O Montreal Canadiens], [O Edmonton Oilers], [O Calgary Flames], [O Winnipeg Jets], [O Ottawa Senators] and [O Vancouver Canucks] will play each other only. [O NHL] commissioner [P Gary Bettman] said the league had agreed with the [O National Hockey League Players' Association] on testing rules. [O Tampa Bay Lightning], who won the [M Stanley Cup] in a bubble in [L Edmonton] in September, will play in a division with the [O Chicago Blackhawks] and [O Dallas Stars]. [O Sportsnet], which holds the [M Canadian] broadcast rights, said it would show every game. "It will be a sprint," [O Maple Leafs] captain [P John Tavares] said. [O Hockey Canada] cancelled the women's world championship in [L Nova Scotia].
Reporting by [P Frank Pingue]; Editing by [P Peter Rutherford]`,
}
