package ner

import "testing"

// audit2020nFloor is the regression floor of TestAudit2020n. Measured
// blind (articles and gold committed at 6464fe6 before the model was run
// on them) at main 6beb4f1 (doc27): overall F1 0.9416 (P 0.9398 R 0.9435;
// tp 234 fp 15 fn 14; PERSON 0.9730, LOCATION 0.9655, ORGANIZATION
// 0.9099). No slip of the markup was found against its own conventions,
// so nothing was mended. The errors, by kind (fn/fp counted as the test
// logs them): names of bodies holding a lower-case connective or a comma
// cut or missed ("Global Fund to Fight AIDS, Tuberculosis and Malaria"
// cut at the comma into two, "Spotlight on Corruption" cut at "on",
// "Party of the Democratic Revolution" missed: 3 fn, 3 fp); a country or
// its adjective before a body joined into one organization against the
// "U.S." a place convention ("U.S. Commerce Department", "U.S. Department
// of Justice", "Saudi Energy Ministry": 5 fn, 3 fp); products, a service
// and an index typed organizations or a person ("Taiex", "M-Pesa",
// "Mosquirix" a person: 3 fp on gold MISC); organizations typed a place
// or a person ("Rengo" a place, the company "Robert Bosch" a person: 2
// fn, 2 fp); a firm whose name joins two firms' names cut in two
// ("Mitsubishi UFJ Morgan Stanley Securities": 1 fn, 2 fp); a coalition
// named with its country's name taken for the place ("Kenya Kwanza" as
// "Kenya": 1 fn, 1 fp); a club's short form missed ("Real" for Real
// Madrid: 1 fn); a name whose first word looks like a title cut ("Sheikh
// Hasina" as "Hasina", arguable, as "Sheikh" is her family's name: 1 fn,
// 1 fp). The convention was then changed to eng.train's (session 22): "U.S."
// before a body's name is part of the organization ("U.S. Treasury",
// "U.S. District Court", "U.S. Food and Drug Administration": eng.train
// marks 30 of 33 such runs one organization, the convention the held-out
// Reuters 2020 set follows), so "U.S. Commerce Department" and "U.S.
// Department of Justice" are now one organization each: at main a2ce843
// (doc28) 0.9838 (P 0.9798 R 0.9878; tp 243 fp 5 fn 3; ORGANIZATION
// 0.9787). The test fails only more than 0.01 below that figure.
const audit2020nFloor = 0.9838 - 0.01

// TestAudit2020n scores audit2020nArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020nFloor.
func TestAudit2020n(t *testing.T) {
	floorAudit(t, audit2020nArticles, audit2020nFloor)
}

// audit2020nArticles: a fourteenth blind set of made-up Reuters-style
// articles (helper naudit2, session 20), set in 2022-2024, on desks the
// earlier audits leave out or touch lightly: a central bank's first hike
// in 17 years, a chipmaker's results, a finance bill in Kenya, Mexico's
// election, the Dutch election, a malaria vaccine's roll-out, oil and
// OPEC+, a football final, a commodity trader's bribery sentencing in
// London and Bangladesh's change of government. Written and marked up
// from the writer's own knowledge, without reading the name lists or the
// other audits' articles, and committed before the model was run on them
// ("[O name]"; P, L, O, M) to CoNLL-2003's conventions as eng.train
// applies them: nationality words, indices, competitions and products
// MISC; a lower-case "party" outside the name; titles outside the name;
// "U.S." a place (before a body's name, part of it: see above); a
// stadium a place where something happens at it; a capital standing for its government a place. Every event is made up or
// retold; the names of the bodies and people are real ones of the time
// or made up.
var audit2020nArticles = []string{
	`[L TOKYO] ([O Reuters]) - The [O Bank of Japan] raised interest rates for the first time in 17 years on Tuesday, ending eight years of negative rates, as Governor [P Kazuo Ueda] said wage gains made sustained 2% inflation likely. The [O BOJ] set its short-term policy rate in a range of 0 to 0.1% and scrapped its yield curve control programme. The yen fell 0.8% against the dollar and the [M Nikkei] share average closed up 0.7%, led by exporters such as [O Toyota Motor] and [O Tokyo Electron]. "The decision was well telegraphed," said [P Naomi Fink], chief global strategist at [O Nikko Asset Management]. [L Japan]'s biggest union group, [O Rengo], said last week its members had won average pay rises of 5.28%, the biggest in 33 years. Analysts at [O Mitsubishi UFJ Morgan Stanley Securities] expect a further hike by October. Finance Minister [P Shunichi Suzuki] told parliament the government would keep working closely with the central bank.
Reporting by [P Leika Kihara] and [P Makiko Yamazaki]; Editing by [P Chang-Ran Kim]`,
	`[L TAIPEI] ([O Reuters]) - [O Taiwan Semiconductor Manufacturing Co] ([O TSMC]), the world's largest contract chipmaker, on Thursday posted a 36% jump in second-quarter profit and raised its full-year revenue forecast, citing strong demand for chips used in artificial intelligence. Chief Executive [P C.C. Wei] told analysts that customers including [O Nvidia] and [O Apple] were asking for more capacity than the company could supply, and that its plant in [L Arizona] would start volume production in the first half of next year. [O TSMC] also said it would begin building a factory in [L Dresden], [L Germany], with [O Robert Bosch], [O Infineon Technologies] and [O NXP Semiconductors]. In [L Seoul], rival [O Samsung Electronics] said its chip division had returned to profit, while memory maker [O SK Hynix] said it had sold out its high-bandwidth memory for 2025. Shares of [O TSMC] rose 1.4% in [L Taipei], outperforming the benchmark [M Taiex]. The [O U.S. Commerce Department] last month tightened curbs on exports of advanced chipmaking tools to [L China], a move [M Dutch] equipment maker [O ASML] said would hit its sales there.
Reporting by [P Ben Blanchard] and [P Faith Hung]; Editing by [P Jacqueline Wong]`,
	`[L NAIROBI] ([O Reuters]) - [M Kenyan] police fired tear gas at protesters outside parliament on Tuesday as lawmakers passed a finance bill that raises taxes on bread, mobile money and fuel, a plan backed by the [O International Monetary Fund]. President [P William Ruto]'s [O Kenya Kwanza] coalition holds a majority in the [O National Assembly], and the bill passed by 195 votes to 106. Opposition leader [P Raila Odinga]'s [O Orange Democratic Movement] said it would challenge the law in the [O High Court]. The [O Law Society of Kenya] said at least five people had been shot dead, while [O Amnesty International Kenya] and the [O Kenya National Commission on Human Rights] called for an independent inquiry. "Police used live bullets against unarmed young people," said [P Irungu Houghton], executive director of [O Amnesty International Kenya]. Telecoms operator [O Safaricom], which runs the [M M-Pesa] mobile money service, said the new excise duty would be passed on to customers. The [O Central Bank of Kenya] held its benchmark rate at 13% last month.
Reporting by [P Duncan Miriri] and [P George Obulutsa]; Editing by [P Aaron Ross]`,
	`[L MEXICO CITY] ([O Reuters]) - Ruling party candidate [P Claudia Sheinbaum] won [L Mexico]'s presidential election by a landslide on Sunday, becoming the first woman to lead the country, according to a quick count by the [O National Electoral Institute] ([O INE]). [P Sheinbaum], a former [L Mexico City] mayor and protege of President [P Andres Manuel Lopez Obrador], took between 58% and 60% of the vote, [O INE] chief [P Guadalupe Taddei] said. Opposition candidate [P Xochitl Galvez], backed by the [O National Action Party] ([O PAN]), the [O Institutional Revolutionary Party] ([O PRI]) and the [O Party of the Democratic Revolution], conceded defeat. [P Sheinbaum]'s [O Morena] party and its allies were on track for a two-thirds majority in the lower house, raising investor concern over planned changes to the judiciary. The peso fell more than 3% against the dollar on Monday, and shares of [O Grupo Financiero Banorte] and [O Grupo Mexico] slid on the [O Mexican Stock Exchange]. "Markets were not pricing a supermajority," said [P Gabriela Siller], chief economist at [O Banco Base]. [O Banco de Mexico] Governor [P Victoria Rodriguez] said the central bank was watching the currency closely.
Reporting by [P Dave Graham] and [P Raul Cortes]; Editing by [P Daniel Flynn]`,
	`[L THE HAGUE] ([O Reuters]) - Anti-Islam populist [P Geert Wilders] and his [O Party for Freedom] ([O PVV]) won the most seats in the [M Dutch] election, an exit poll showed on Wednesday, a result that will send shockwaves through [L Europe]. The [O PVV] was seen winning 35 of the 150 seats in the lower house, ahead of the joint list of [O GroenLinks] and the [O Labour Party] led by former [O European Commission] vice president [P Frans Timmermans] with 25. The [O People's Party for Freedom and Democracy] ([O VVD]) of outgoing Prime Minister [P Mark Rutte], now led by [P Dilan Yesilgoz], fell to 24, while the new [O New Social Contract] party of [P Pieter Omtzigt] took 20, according to the poll by [O Ipsos] for broadcaster [O NOS]. "The [M Dutch] voter has said: we have had enough," [P Wilders] told cheering supporters. [P Wilders] has called for a referendum on leaving the [O European Union] and a halt to asylum seekers. The [O Farmer-Citizen Movement] ([O BBB]), which shook politics by winning provincial elections in March, got seven seats.
Reporting by [P Anthony Deutsch] and [P Bart Meijer] in [L Amsterdam]; Editing by [P Toby Chopra]`,
	`[L ABIDJAN] ([O Reuters]) - [L Ivory Coast] on Monday became the first country to roll out the [M R21] malaria vaccine developed by the [O University of Oxford] and made by the [O Serum Institute of India], as the [O World Health Organization] urged more countries to follow. Children under two will get the four-dose shot at clinics in 16 health districts, Health Minister [P Pierre Dimba] said. The roll-out is funded by [O Gavi], the vaccine alliance, and supported by [O UNICEF], which shipped 656,600 doses to the [M West African] country last year. [O WHO] Director-General [P Tedros Adhanom Ghebreyesus] said malaria killed more than 600,000 people in 2022, most of them children in [L Africa]. [L Cameroon], [L Burkina Faso] and [L Nigeria] are next in line, [O Gavi] said. "This is a historic moment," said [P Adrian Hill], director of the university's [O Jenner Institute]. The older [M Mosquirix] vaccine, made by [M British] drugmaker [O GSK], is in use in [L Kenya], [L Ghana] and [L Malawi]. Funding remains tight after the [O Global Fund to Fight AIDS, Tuberculosis and Malaria] warned of a shortfall.
Reporting by [P Ange Aboa]; Additional reporting by [P Jennifer Rigby] in [L London]; Editing by [P Alison Williams]`,
	`[L LONDON] ([O Reuters]) - Oil prices rose on Friday after [O OPEC+] agreed to extend voluntary output cuts into the second quarter, while a drone attack on a refinery in [L Russia] added to supply worries. Global benchmark crude futures settled up 1.2% at $83.55 a barrel, while [L U.S.] crude gained 1.3%. [L Saudi Arabia] will keep its cut of 1 million barrels per day, the [M Saudi] [O Energy Ministry] said, and [L Russia]'s Deputy Prime Minister [P Alexander Novak] said [L Moscow] would cut output and exports by a further 471,000 bpd. [M Ukrainian] drones hit a [O Rosneft] refinery in [L Ryazan], industry sources said. In [L Brazil], state-run [O Petrobras] said it would raise its dividend after a record quarter, and in [L Guyana], a consortium led by [O Exxon Mobil] that includes [O Hess] and [O CNOOC] started a third production vessel. "The market is tighter than it looks," said [P Giovanni Staunovo], an analyst at [O UBS]. The [O International Energy Agency] in [L Paris] raised its 2024 demand growth forecast slightly.
Reporting by [P Robert Harvey] in [L London] and [P Colleen Howe] in [L Beijing]; Editing by [P David Goodman]`,
	`[L LONDON] ([O Reuters]) - [O Real Madrid] won the [M Champions League] for a record-extending 15th time on Saturday, beating [O Borussia Dortmund] 2-0 at [L Wembley] with late goals from [P Dani Carvajal] and [P Vinicius Junior]. [O Dortmund] had the better of the first half, with [P Karim Adeyemi] and [P Niclas Fuellkrug] both missing chances, but [P Carvajal] headed in a [P Toni Kroos] corner in the 74th minute. [P Kroos], who is retiring after this month's [M European Championship], was playing his last club match. Coach [P Carlo Ancelotti] became the first manager to win the trophy five times. "We suffered, but this club never gives up," [P Ancelotti] told broadcaster [O TNT Sports]. [O UEFA] said 86,000 fans attended, and [L London]'s [O Metropolitan Police] arrested 53 people after fans without tickets tried to force their way in. [O Real] are expected to confirm the signing of [M French] forward [P Kylian Mbappe] from [O Paris St Germain] next week. In the [M Bundesliga], [O Dortmund] finished fifth, 27 points behind champions [O Bayer Leverkusen].
Reporting by [P Martyn Herman]; Editing by [P Ken Ferris]`,
	`[L LONDON] ([O Reuters]) - [O Glencore] was ordered on Thursday to pay more than 280 million pounds ($310 million) after pleading guilty to seven counts of bribery in [L Africa], the largest penalty imposed on a company in a [M British] criminal case. Judge [P Peter Fraser] at [O Southwark Crown Court] said the commodities trader's oil desk had paid bribes worth $28 million to officials in [L Nigeria], [L Cameroon], [L Ivory Coast], [L Equatorial Guinea] and [L South Sudan] between 2011 and 2016 to win access to cargoes. The [O Serious Fraud Office] ([O SFO]) said it was considering charges against individuals. [O Glencore], which is listed in [L London] and based in [L Baar], [L Switzerland], has also settled with authorities in the [L United States] and [L Brazil], including the [O U.S. Department of Justice] and the [O Commodity Futures Trading Commission], as well as [M Brazilian] prosecutors probing bribes to employees of [O Petrobras]. "This is a stain on our history," Chairman [P Kalidas Madhavpeddi] said in a statement. Anti-corruption group [O Spotlight on Corruption] said the fine was too low. Chief Executive [P Gary Nagle] said the company had overhauled its compliance programme.
Reporting by [P Sam Tobin]; Editing by [P Alexander Smith]`,
	`[L DHAKA] ([O Reuters]) - [M Bangladeshi] Prime Minister [P Sheikh Hasina] resigned and fled to [L India] on Monday after weeks of deadly protests, army chief General [P Waker-Uz-Zaman] said in a televised address, adding that an interim government would be formed. Thousands of protesters stormed [P Hasina]'s official residence in [L Dhaka] as troops stood by. The student-led protests began in July over quotas in government jobs, which the [O Supreme Court] later scaled back. The opposition [O Bangladesh Nationalist Party] ([O BNP]), whose leader and former prime minister [P Khaleda Zia] was freed from house arrest on Tuesday, called for fresh elections, while the [O Awami League] said its offices had been set on fire. Students asked economist [P Muhammad Yunus], founder of microlender [O Grameen Bank], to lead the interim government. [O Human Rights Watch] said at least 300 people had been killed. Factories supplying brands such as [O H&M] and [O Zara] would reopen on Wednesday, the [O Bangladesh Garment Manufacturers and Exporters Association] said. The [O United Nations] urged calm.
Reporting by [P Ruma Paul] and [P Sudipto Ganguly]; Editing by [P Raju Gopalakrishnan]`,
}
