package ner

import "testing"

// audit2025acFloor is the regression floor of TestAudit2025ac. Measured
// blind (articles and gold committed in their own commit, "aud2025ac: a
// twenty-ninth blind audit of 2024-26 wire copy, committed before the
// model is run", b0ff5977) at main 6df4fc89 (doc43): overall F1 0.9715 (P
// 0.9723 R 0.9706; tp 562 fp 16 fn 17; PERSON 0.9920 tp 124 fp 2 fn 0,
// LOCATION 0.9825 tp 140 fp 3 fn 2, ORGANIZATION 0.9582 tp 298 fp 11 fn
// 15). The first run gave 0.9697 (tp 561 fp 17 fn 18, PERSON 0.9840);
// one gold mark was changed after it, because it broke eng.train's
// convention, not toward the model: "Sheikh [P Hasina]" had been marked
// "[P Sheikh Hasina]", where eng.train marks this very name "Sheikh [P
// Hasina]" (2 of 2; "Sheikh" is outside the name 4 of 4 times). Kept
// after a check: "[M Premier League]" MISC as a competition (eng.train
// has only lower-case "premier league", 11 times, and marks "[M
// Bundesliga]" 9 of 9); "[M Nobel]" MISC (7 of 7). The errors, by kind
// (fn/fp counted as the test logs them): names cut or run into a
// neighbour ("Memphis Light, Gas and Water" cut at its comma into "Memphis
// Light" and "Gas and Water"; "[O Toyota Motor] and [O Sony Group]" run
// together across the "and"; "China Chamber of Commerce to the EU" cut
// into "China Chamber of Commerce" and "EU"; "Kering Beaute" cut to a
// person "Beaute": 5 fn, 6 fp); organizations missed outright ("NYSE
// Arca", "Olam Food Ingredients", the second "AA" after "[O Arakan Army]
// ([O AA])", "Gucci" before "owner", the retailer "Target" beside "[O
// Walmart]", "TikTok Shop", "H&M": 7 fn); organizations typed places (the
// party "Morena"; the club "Forest" twice after "[O Nottingham Forest]"
// was found whole: 3 fn, 3 fp); a capital named for its government typed
// an organization ("[L Astana] cannot order": 1 fn, 1 fp); a venue missed
// ("[O NASA]'s [L Wallops Flight Facility]": 1 fn); products,
// competitions and groups typed names (the chatbot "Claude" a person, the
// rocket "New Glenn", "Premier League", "Nobel" of "Nobel laureate" and
// "Rohingya Muslims" run together organizations: 5 fp); a common word
// typed an organization ("Board member" opening a sentence: 1 fp). The
// acronyms defined in brackets, most of them reused later (SELC, MLGW, TSMC, CCIA, CMA,
// CFTC, INE, PT, PVEM, PAN, PRI, NPP, NDC, BNP, NCP, MNDAA, ASEAN, IEA,
// CCCEU, ACEA, UAW, FAA, ABF, PIF, PGMOL, PCB, ECB, ICC, COB, PDC, MAS,
// TSE), "[O COCOBOD]" after "[O Ghana Cocoa Board]", "[O BOJ]" after
// "[O Bank of Japan]", "[O FTC]" after "[O Federal Trade Commission]",
// the cricket board's "[O ECB]", "[O OPEC+]" and "[O OPEC]", "[M
// Chevron-led] [O Tengizchevroil]", "[M U.S.-listed]", "[M
// Cologne-based]", "[M San Francisco-based]", "[M Shanghai-made]", the
// AI and chip firms ([O xAI], [O X], [O Nvidia], [O Black Forest Labs],
// [O DeepL], [O Helsing], [O Anthropic], [O Inflection AI], [O LSEG]),
// the regulators and courts ([O AI Office], [O Internal Market
// Committee], [O Shelby County Health Department], [O International
// Crimes Tribunal], [O Supreme Electoral Tribunal], [O Financial Conduct
// Authority]), "[O e.l.f. Beauty]", "[O Macy's]", "[O Jamaat-e-Islami]",
// "[O Bolivian Workers' Center]", "[O European Automobile
// Manufacturers' Association]", the teams by full name, short name and
// nickname ("[O Newcastle United]", "[O Newcastle]", "[O Magpies]", "[O Williams]", "[O Racing
// Bulls]", "[O Red Bull]", "[O Sauber]", "[O Cadillac]", "[O Lahore
// Qalandars]", "[O Islamabad United]"), "[L Normal], [L Illinois]", the
// national sides as places ("[L England] captain") and "[P Murillo]"
// alone were found whole. It is a measurement only: no rule may be
// written or tuned against it. The test fails only more than 0.01 below
// the figure.
const audit2025acFloor = 0.9715 - 0.01

// TestAudit2025ac scores audit2025acArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2025acFloor. It is a
// measurement only: no rule may be written or tuned against it.
func TestAudit2025ac(t *testing.T) {
	floorAudit(t, audit2025acArticles, audit2025acFloor)
}

// audit2025acArticles: a twenty-ninth blind set (helper naudit15,
// session 29, issue 11) of made-up wire articles set in 2024 to 2026,
// written fresh for this audit without reading the document step's rules
// (the earlier audits were read for their form and floor comments only),
// weighted toward organizations: twenty in the style of a wire service
// (dateline, "([O Reuters])", a reporting line at the foot). Real names
// of the 2020s, invented events: AI and chips ([O xAI] and its power
// suppliers, [O TSMC], the [O European Commission]'s [O AI Office], the
// [O CMA] and the [O FTC] on [O Anthropic], the [O SEC] on crypto funds),
// elections and parties in [L Mexico] ([O Morena], [O PAN], [O PRI], [O
// INE]), [L Ghana] ([O NPP], [O NDC], [O COCOBOD]), [L Bangladesh] ([O
// BNP], [O Jamaat-e-Islami], [O NCP]) and [L Bolivia] ([O PDC], [O MAS],
// [O COB]), a truce in [L Myanmar] ([O Arakan Army] and [O AA], [O
// MNDAA], [O UNHCR], [O ASEAN]), the [O Bank of Japan] and [O BOJ], [O
// OPEC+] and [O Tengizchevroil], [O BYD] in [L Hungary] under EU duties,
// [O Rivian] and [O Volkswagen], [O Rocket Lab] and the [O U.S. Space
// Force], [O Coty] and [O e.l.f. Beauty], [O Associated British Foods]
// and [O Primark], sport ([O Newcastle United], "[O Newcastle]", "[O
// Magpies]", [O Nottingham Forest] and "[O Forest]"; [M Formula One]
// teams; the [O Pakistan Cricket Board] and the [O England and Wales
// Cricket Board], "[O ECB]" beside no central bank of that name). Gold is
// marked inline as in parseAuditMarkup under CoNLL-2003's conventions as
// eng.train applies them: nationalities, party members, products,
// programmes, laws, indexes ("[M Nikkei]", "[M Nasdaq]"), competitions
// and events MISC (not scored); "X-based", "X-led" and "X-made" MISC
// whole; "U.S." a place; clubs, teams and leagues' governing bodies
// organizations; a country or its capital named for its government a
// place; "[O Reuters]" in the dateline an organization; "[O Brent]"
// before "crude" an organization.
var audit2025acArticles = []string{
	`[L MEMPHIS], [L Tennessee] ([O Reuters]) - [O xAI], the artificial intelligence company founded by [P Elon Musk], has asked local regulators to let it run 15 more gas turbines at its [M Colossus] data centre in south [L Memphis], according to a filing seen on Wednesday, drawing fresh objections from residents and environmental groups.
The request to the [O Shelby County Health Department] would nearly double the power generated on site for the supercomputer, which [O xAI] says uses more than 200,000 [O Nvidia] chips to train its [M Grok] chatbot.
The [O Southern Environmental Law Center] ([O SELC]), which represents the [O NAACP] and a neighbourhood group in the [L Boxtown] area, said the turbines would add to smog in a part of the city that already has some of the worst air in [L Tennessee]. "They are building first and asking permission later," a lawyer for the [O SELC] said.
[O Memphis Light, Gas and Water] ([O MLGW]), the city-owned utility, said it was still studying how much grid power it could supply to the site by 2027. The [O Tennessee Valley Authority], which sells electricity to [O MLGW], said separately it had approved 150 megawatts for the project last year.
[O xAI] did not respond to a request for comment. The company, which merged with [P Musk]'s social media platform [O X] this year, has raised about $20 billion from investors including [O Valor Equity Partners] and [O Sequoia Capital].
[L Memphis] Mayor [P Paul Young] said the city would hold a public hearing on the request next month.
Shares of [O Nvidia] rose 1.2% on the [M Nasdaq].
Reporting by [P Dana Whitcombe] in [L Memphis]; Editing by [P Colin Byrne]`,
	`[L HSINCHU], [L Taiwan] ([O Reuters]) - [O Taiwan Semiconductor Manufacturing Co] ([O TSMC]) on Thursday reported a 39% jump in third-quarter profit and raised its full-year revenue forecast, as demand from [O Nvidia], [O Advanced Micro Devices] and [O Broadcom] for artificial intelligence chips showed no sign of cooling.
The world's largest contract chipmaker said net income rose to T$452 billion ($14.1 billion) in the July-September quarter, beating the T$431 billion average of 20 analyst estimates compiled by [O LSEG].
Chief executive [P C.C. Wei] told analysts that capacity for its advanced packaging technology, known as [M CoWoS], would remain tight through next year even after the company doubles it. "Our customers keep telling us the demand is very real," [P Wei] said.
[O TSMC] said its first plant in [L Arizona] was now making chips for [O Apple] and [O AMD] with yields close to those in [L Taiwan], and that building work on a second [L Arizona] factory was ahead of schedule. The company has pledged to invest $165 billion in the [L United States] after [L Washington] threatened tariffs on imported semiconductors.
Rival [O Samsung Electronics] has struggled to win orders for its most advanced process, while [O Intel] is seeking outside customers for its factories in [L Ohio] and [L Oregon].
[O TSMC]'s shares, which have risen about 40% this year, closed up 1.8% in [L Taipei] ahead of the results, outperforming the broader [M Taiex] index's 0.9% gain. Its [M U.S.-listed] shares rose 2.4% in after-hours trade in [L New York].
Reporting by [P Jenny Huang] in [L Hsinchu] and [P Alan Koo] in [L Taipei]; Editing by [P Rashmi Iyer]`,
	`[L BRUSSELS] ([O Reuters]) - The [O European Commission]'s [O AI Office] on Tuesday published a revised draft of the rules that makers of general-purpose artificial intelligence models must follow under the [M AI Act], softening transparency requirements that [M European] start-ups had said would hand an edge to larger [L U.S.] rivals.
The code of practice, drafted with input from about 1,000 companies, academics and civil society groups, lets firms show they comply with the law before formal standards are ready. Signing is voluntary, but the [O AI Office] has said firms that stay out will face closer scrutiny.
"We listened carefully to smaller developers," [O EU] tech chief [P Henna Virkkunen] told reporters. "This is a text that a company of 50 people can apply."
The changes were welcomed by [O Black Forest Labs], the [M German] image-generation start-up, and by [M Cologne-based] translation firm [O DeepL]. [O Helsing], the [M Munich-based] defence AI company, said it would sign the code, while [O Meta Platforms] said last month it would not.
The [O Computer & Communications Industry Association] ([O CCIA]), whose members include [O Google] and [O Amazon], said the draft still went beyond what the [M AI Act] required. The [M European] consumer group [O BEUC] said the opposite, arguing that the [O Commission] had given in to lobbying on copyright.
Rules for general-purpose models apply from August, with fines of up to 3% of global turnover enforceable a year later. The [O European Parliament]'s lead lawmaker on the act, [P Brando Benifei], said he would ask the [O AI Office] to explain the changes to the [O Internal Market Committee].
Reporting by [P Elena Marchetti]; Editing by [P Daniel Forde]`,
	`[L LONDON] ([O Reuters]) - [L Britain]'s competition regulator said on Wednesday it had opened a preliminary review of [O Amazon]'s latest investment in [O Anthropic], the maker of the [M Claude] chatbot, as authorities on both sides of the [L Atlantic] look more closely at ties between cloud providers and artificial intelligence developers.
The [O Competition and Markets Authority] ([O CMA]) said it would decide by March whether the deal, under which [O Amazon] will put a further $4 billion into the [M San Francisco-based] start-up, gave the online retailer "material influence" over [O Anthropic]'s business.
"Partnerships in AI can bring real benefits, but we need to be sure they do not lock in the position of a few large firms," [O CMA] chief executive [P Sarah Cardell] said in a statement.
[O Amazon] said it held no board seat at [O Anthropic] and would cooperate with the review. [O Anthropic] said it remained independent and also took investment from [O Google].
The [O Federal Trade Commission] in [L Washington] is examining the same deal as part of a wider study of the sector. [O FTC] Chairman [P Andrew Ferguson] said last month the agency would not stand in the way of investment but would act if partnerships were used to dodge merger review.
The [O CMA] cleared [O Amazon]'s earlier $4 billion stake in [O Anthropic] in 2024 after finding that the start-up's turnover in the [L UK] was below its thresholds. It has also looked at [O Microsoft]'s hiring of staff from [O Inflection AI].
Shares of [O Amazon] were little changed in [L New York] trading.
Reporting by [P Hannah Okafor]; Editing by [P Simon Pryce]`,
	`[L NEW YORK] ([O Reuters]) - The [O Securities and Exchange Commission] on Friday approved rule changes that let exchanges including the [M Nasdaq], [O Cboe Global Markets] and [O NYSE Arca] list exchange-traded funds that hold cryptocurrencies other than bitcoin and ether without seeking approval for each fund.
The [O SEC]'s decision ends the case-by-case reviews that had kept dozens of applications waiting, and could bring the first funds tracking smaller digital tokens to market within weeks.
"Investors will have more choice, with the protections of a regulated product," [O SEC] Chairman [P Paul Atkins] said. Commissioner [P Caroline Crenshaw], the only [M Democrat] on the commission, dissented, saying the standards did too little to guard against manipulation in thinly traded tokens.
Asset managers [O VanEck], [O Grayscale Investments] and [O Bitwise Asset Management] have filed to launch or convert funds under the new rules, according to filings. [O BlackRock], whose bitcoin fund is the largest of its kind, declined to comment on whether it would follow.
Shares of [O Coinbase Global], which acts as custodian for most of the funds, rose 4% in morning trade, while the [M S&P 500] was flat. The [O Commodity Futures Trading Commission] ([O CFTC]), which oversees crypto derivatives, said it would issue matching guidance for futures-based products.
Senator [P Elizabeth Warren], a [M Democrat] from [L Massachusetts], said the [O SEC] was "opening the door to the next crypto crash".
Reporting by [P Michael Ostrander]; Editing by [P Lena Hartley]`,
	`[L MEXICO CITY] ([O Reuters]) - [M Mexican] lawmakers on Thursday approved an overhaul of the [O National Electoral Institute] ([O INE]) that will cut its budget by a third and let voters elect its council, handing President [P Claudia Sheinbaum] the second big institutional reform of her term.
The bill passed the [O Senate] by 86 votes to 41 after the lower house, the [O Chamber of Deputies], backed it on Tuesday. [O Morena], which holds a two-thirds majority in both chambers with its partners the [O Labor Party] ([O PT]) and the [O Green Ecologist Party of Mexico] ([O PVEM]), said the reform would save 12 billion pesos a year.
Opposition parties said it would leave the [O INE] at the mercy of the government. "This is the end of the referee," said [P Jorge Romero], the leader of the conservative [O National Action Party] ([O PAN]). The [O Institutional Revolutionary Party] ([O PRI]), which governed [L Mexico] for 71 years until 2000, said it would challenge the law at the [O Supreme Court].
The court itself was remade this year after [L Mexico] elected all nine of its justices by popular vote, in an election that drew a turnout of 13%. Its new president, [P Hugo Aguilar], has said the court will not block reforms passed by [O Congress].
[O INE] president [P Guadalupe Taddei] said the institute would comply with the law but warned that the cuts could delay the count in the 2027 mid-term elections.
The peso was little changed against the dollar, and the [O Bank of Mexico] is expected to cut rates again next week.
Reporting by [P Diego Ramirez]; Editing by [P Ana Beltran]`,
	`[L ACCRA] ([O Reuters]) - Lawmakers of [L Ghana]'s opposition [O New Patriotic Party] ([O NPP]) walked out of parliament on Tuesday in protest at a government plan to let private buyers finance part of the cocoa crop, a move that would end the [O Ghana Cocoa Board]'s long monopoly on raising the money.
The [O NPP], which lost power to President [P John Mahama]'s [O National Democratic Congress] ([O NDC]) in the December 2024 election, said the plan would hand the crop to foreign traders. Minority leader [P Alexander Afenyo-Markin] told reporters outside the chamber the party would fight it "in parliament, in the courts and on the streets".
The regulator, known as [O COCOBOD], has for three decades raised a syndicated loan each season from international banks to pay farmers. It failed to raise the loan for the past two seasons after poor harvests, turning instead to pre-financing from traders such as [O Olam Food Ingredients], [O Barry Callebaut] and [O Touton].
Finance Minister [P Cassiel Ato Forson] said the reform was needed to pay farmers on time and to curb smuggling to [L Ivory Coast] and [L Togo], where prices have been higher. "The [O NDC] promised farmers better prices, and this is how we deliver," he told lawmakers.
[L Ghana], the world's second-largest cocoa grower, is completing a $3 billion [O International Monetary Fund] programme agreed in 2023. The [O IMF] said in a statement that it supported steps to put [O COCOBOD]'s finances on a sound footing.
Reporting by [P Kwame Asante]; Editing by [P Grace Mensah]`,
	`[L DHAKA] ([O Reuters]) - The [O Bangladesh Nationalist Party] ([O BNP]) said on Monday it would stay away from talks with the interim government on a charter of reforms unless a date was fixed for a general election, widening a rift with its former ally [O Jamaat-e-Islami].
The interim administration led by [M Nobel] laureate [P Muhammad Yunus] took office in August 2024 after weeks of student-led protests forced Prime Minister Sheikh [P Hasina] to flee to [L India]. Her [O Awami League] has since been barred from political activity, and she faces trial in absentia before the [O International Crimes Tribunal] in [L Dhaka].
"The people want to vote, not to wait," [O BNP] secretary general [P Mirza Fakhrul Islam Alamgir] told a rally in the capital.
[O Jamaat-e-Islami] and the [O National Citizen Party] ([O NCP]), formed by leaders of the student protests, want the charter approved in a referendum before any election. [O NCP] convener [P Nahid Islam] said the [O BNP] was "in a hurry to return to the old politics".
The [O Election Commission] has said it can hold a vote as early as February. The [O BNP]'s acting chairman, [P Tarique Rahman], the son of former prime minister [P Khaleda Zia], has lived in [L London] since 2008.
[L India] has not responded to requests from [L Dhaka] to hand over [P Hasina], and the [O Ministry of External Affairs] in [L New Delhi] declined to comment.
Reporting by [P Ruma Akter]; Editing by [P Neil Fullick]`,
	`[L BANGKOK] ([O Reuters]) - [L Myanmar]'s military government and the [O Arakan Army], one of the country's most powerful ethnic armed groups, agreed to a 30-day truce in western [L Rakhine] state on Wednesday after talks hosted by [L China] in [L Kunming], both sides said.
The [O Arakan Army] ([O AA]), which has seized 14 of [L Rakhine]'s 17 townships since late 2023, said it would halt its advance on the state capital [L Sittwe] if the army stopped air strikes on villages. A spokesman for the junta, [P Zaw Min Tun], said the military would respect the arrangement.
[L China]'s [O Foreign Ministry] said special envoy [P Deng Xijun] had attended the talks and that [L Beijing] supported efforts that promote peace along its border. [L China] brokered a similar deal last year between the military and the [O Myanmar National Democratic Alliance Army] ([O MNDAA]), which later handed the northern town of [L Lashio] back to the army.
The [O United Nations] refugee agency [O UNHCR] said more than 600,000 people had fled their homes in [L Rakhine] since fighting resumed, and the [O World Food Programme] warned of famine conditions in parts of the state. The [O AA] has been accused by rights groups of abuses against [M Rohingya] [M Muslims], which it denies.
The [O Association of Southeast Asian Nations] ([O ASEAN]), whose chair [L Malaysia] has pressed for a nationwide ceasefire, welcomed the deal. [M Malaysian] Foreign Minister [P Mohamad Hasan] said he would travel to [L Naypyitaw] next week.
Reporting by [P Panu Wongcha]; Editing by [P Martin Petty]`,
	`[L TOKYO] ([O Reuters]) - The [O Bank of Japan] raised its short-term policy rate to 1% on Friday, the highest since 1995, and said it would keep tightening if wages and prices rise as forecast, sending the yen higher against the dollar.
The decision, taken by an 8-1 vote, was expected by most economists in a [O Reuters] poll. Board member [P Toyoaki Nakamura] dissented, arguing the bank should wait for more evidence that small firms were raising pay.
"Real interest rates remain deeply negative," [O BOJ] Governor [P Kazuo Ueda] told a news conference. "Monetary conditions will stay accommodative even after this adjustment."
The yen rose 0.8% to 147.20 per dollar. The benchmark [M Nikkei] share average fell 1.1%, dragged down by exporters such as [O Toyota Motor] and [O Sony Group], while the broader [M Topix] lost 0.7%. Bank shares rose, with [O Mitsubishi UFJ Financial Group] up 2.3% and [O Sumitomo Mitsui Financial Group] up 1.9%.
The yield on 10-year [M Japanese] government bonds rose to 1.9%, its highest since 2008. Finance Minister [P Satsuki Katayama] said the government and the [O BOJ] shared the view that prices were rising in a sustainable way.
The move widens the gap with the [O Federal Reserve] and the [O European Central Bank], both of which have been cutting rates this year. "The [O BOJ] is finally in a position to normalise, and markets are testing how far it can go," said [P Kenji Oshima], a strategist at [O Nomura Securities] in [L Tokyo].
Reporting by [P Yuki Tanabe]; Editing by [P Sam Holmes]`,
	`[L LONDON] ([O Reuters]) - [O OPEC+] agreed on Sunday to raise oil output by 137,000 barrels per day in January, but eight of its members said they would pause further increases in the first quarter, citing weaker seasonal demand.
The group, which pumps about half the world's oil, said in a statement after an online meeting that [L Kazakhstan] and [L Iraq] had submitted new plans to compensate for producing above their quotas.
[L Kazakhstan] has pumped more than its target for most of the year since the [M Chevron-led] [O Tengizchevroil] venture expanded the giant [L Tengiz] field. Energy Minister [P Yerlan Akkenzhenov] has said [L Astana] cannot order foreign companies to cut production. [O ExxonMobil] and [O KazMunayGas] also hold stakes in the venture.
[M Saudi] Energy Minister [P Abdulaziz bin Salman] told reporters the group would "stay pre-emptive and flexible". [O Saudi Aramco] cut its official selling price for [M Asian] buyers last week.
[O Brent] crude futures fell 1.2% to $62.40 a barrel on Monday, while [L U.S.] crude lost 1.1%. The [O International Energy Agency] ([O IEA]) has forecast a record surplus next year as supply grows in [L Brazil], [L Guyana] and the [L United States].
"The market does not need more barrels right now," said [P Helena Strand], an analyst at [O SEB] in [L Oslo].
[O OPEC] Secretary General [P Haitham al-Ghais] said demand would recover in the spring.
Reporting by [P Olivia Brennan] and [P Ahmad Ghaddar]; Editing by [P Jane Merriman]`,
	`[L SZEGED], [L Hungary] ([O Reuters]) - [M Chinese] electric vehicle maker [O BYD] began production at its first [M European] car plant on Monday, a factory in southern [L Hungary] that will let it avoid the extra duties the [O European Union] put on its [M Chinese-made] cars last year.
[O BYD] said the [L Szeged] plant would build 150,000 cars a year at first, starting with its [M Dolphin Surf] hatchback, rising to 300,000 later in the decade.
[M Hungarian] Prime Minister [P Viktor Orban], who has courted [M Chinese] investment despite objections from [L Brussels], attended the opening with [O BYD] executive vice president [P Stella Li].
The [O European Commission] imposed duties last year ranging from 7.8% on [O Tesla]'s [M Shanghai-made] cars to 35.3% on [O SAIC Motor], the owner of the [O MG] brand, on top of the standard 10% import tariff. [O Geely], which owns [O Volvo Cars], was charged 18.8%.
The [O China Chamber of Commerce to the EU] ([O CCCEU]) said the duties had pushed [M Chinese] firms to build factories in [L Europe] rather than ship cars from home. Rival [O Chery] has begun assembling cars in [L Barcelona], and [O Leapmotor] builds models at a [O Stellantis] plant in [L Spain].
Data from the [O European Automobile Manufacturers' Association] ([O ACEA]) show registrations of [O BYD] cars in the [O EU] more than doubled in the first ten months of the year.
Reporting by [P Krisztina Than]; Editing by [P Mark Bendeich]`,
	`[L IRVINE], [L California] ([O Reuters]) - [O Rivian Automotive] said on Tuesday it would start selling its cheaper [M R2] sport-utility vehicle in [L Europe] in 2027, using software developed with [O Volkswagen] in a joint venture to which the [M German] carmaker has committed up to $5.8 billion.
The [M R2], priced from about $45,000 in the [L United States], will be built at [O Rivian]'s plant in [L Normal], [L Illinois], and later at a factory in [L Georgia] that has been delayed by two years.
Chief executive [P RJ Scaringe] said the company expected to deliver between 40,000 and 46,000 vehicles this year, and that demand for the [M R2] in [L Germany] and [L Norway] justified an early launch there.
[O Volkswagen Group] brand chief [P Thomas Schaefer] said the software would also go into the [M ID.Every1], a small electric car due in 2027.
The [O United Auto Workers] ([O UAW]) union, which has been trying to organise the [L Normal] plant, said workers there deserved a share of the gains. [O Rivian] has said it respects employees' right to choose.
Rival [O Lucid Group], which is majority owned by [L Saudi Arabia]'s [O Public Investment Fund], said on Monday it would cut 6% of its workforce, while [O Ford Motor] has scaled back plans for large electric pickups.
Shares of [O Rivian] rose 3% in extended trading, and [O Volkswagen] shares were little changed in [L Frankfurt].
Reporting by [P Abhirup Sen] in [L Bengaluru] and [P Jack Tolliver] in [L Detroit]; Editing by [P Shounak Das]`,
	`[L WALLOPS ISLAND], [L Virginia] ([O Reuters]) - [O Rocket Lab] launched its [M Neutron] rocket for the first time on Thursday from [O NASA]'s [L Wallops Flight Facility], putting a test payload into orbit and moving closer to competing with [O SpaceX] for launches of large satellite batches.
The 43-metre rocket lifted off at 2:14 p.m. local time after two days of delays caused by high winds, and its reusable first stage landed on a barge in the [L Atlantic] about nine minutes later.
"Today we became a medium-lift company," founder and chief executive [P Peter Beck] told reporters. [O Rocket Lab], which is based in [L Long Beach], [L California], has flown its smaller [M Electron] rocket more than 70 times, mostly from [L New Zealand]'s [L Mahia Peninsula].
The [O Federal Aviation Administration] ([O FAA]) said no one was hurt and no public property was damaged. [O Rocket Lab] needs two successful flights before the [O U.S. Space Force] will certify [M Neutron] to carry national security payloads.
Competition for those contracts is growing. [O Blue Origin], the space company founded by [P Jeff Bezos], flew its [M New Glenn] rocket for a second time this year, while [O Firefly Aerospace] and [O Relativity Space] are building rockets of a similar size.
Shares of [O Rocket Lab] rose 9% on the [M Nasdaq].
Reporting by [P Joey Reinholt] in [L Wallops Island] and [P Marisa Chen] in [L Washington]; Editing by [P Will Dunham]`,
	`[L NEW YORK] ([O Reuters]) - [O Coty Inc] said on Wednesday it had agreed to sell its mass-market make-up business to private equity firm [O Advent International] for $2.6 billion, as the perfume maker focuses on prestige fragrances that have held up better while shoppers cut back.
The sale includes factories in [L Monaco] and [L Brazil] and about 3,000 employees, [O Coty] said. The deal is expected to close in the first half of next year, subject to approval by regulators in the [L United States] and the [O European Union].
[O Coty]'s largest shareholder, [O JAB Holding], backed the sale. "The board looked at every option, and this one gives both businesses room to grow," chairman [P Peter Harf] said in a statement.
Cheaper make-up has come under pressure from fast-growing rivals such as [O e.l.f. Beauty], whose products sell at [O Walmart] and [O Target], and from [M Korean] brands sold online through [O Amazon] and [O TikTok Shop].
[O Coty] also cut its annual sales forecast, citing weak demand in [L China] and lower orders from [L U.S.] department stores such as [O Macy's]. Its shares rose 6% on the [O New York Stock Exchange].
Analysts at [O Jefferies] said the price was at the top of expectations. [O Kering Beaute], the beauty arm of [O Gucci] owner [O Kering], was also said to have looked at the business, according to people familiar with the matter.
Reporting by [P Anuja Bhat] in [L Bengaluru]; Editing by [P Arun Koyyur]`,
	`[L LONDON] ([O Reuters]) - [O Associated British Foods] ([O ABF]) said on Tuesday it would spin off its [O Primark] clothing chain into a separately listed company, ending more than five decades in which the budget retailer has sat alongside sugar, tea and bread in one of [L Britain]'s oldest conglomerates.
Chief executive [P George Weston] said the split, due to be completed in 2027, would let investors value [O Primark] against fashion rivals such as [O Inditex], the owner of [O Zara], and [O H&M], rather than as part of a food group.
"These are two very good businesses that need different things," he told reporters. The [P Weston] family controls about 55% of [O ABF] through [O Wittington Investments].
[O Primark], which is based in [L Dublin], made about half of [O ABF]'s 20 billion pounds of sales last year but has struggled to grow in the [L United States], where it has opened 32 stores. The remaining food group includes [O Twinings], [O Ovaltine] and [O British Sugar].
Shares in [O ABF] rose 7% to the top of the [M FTSE 100] index. [P Clive Black], an analyst at [O Shore Capital], said the move "unlocks value that the market has ignored for years".
The [O Financial Conduct Authority] will need to approve the new company's prospectus. [O Primark] will keep its headquarters in [L Ireland].
Reporting by [P James Davey]; Editing by [P Sarah Young]`,
	`[L NEWCASTLE], [L England] ([O Reuters]) - [O Newcastle United] came from behind to beat [O Nottingham Forest] 3-1 at [L St James' Park] on Sunday, as [P Anthony Gordon] scored twice to lift the [O Magpies] into the [M Premier League]'s top four.
[O Forest] took the lead in the 12th minute when [P Chris Wood], the former [O Newcastle] striker, headed in a cross from [P Morgan Gibbs-White]. [P Bruno Guimaraes] levelled before halftime with a low shot from 20 metres, and [P Gordon] struck twice after the break.
"The lads showed real character," [O Newcastle] manager [P Eddie Howe] told the [O BBC]. "We were poor for 20 minutes and then we were brilliant."
The win left [O Newcastle], who are owned by a consortium led by [L Saudi Arabia]'s [O Public Investment Fund] ([O PIF]), two points ahead of [O Chelsea] and [O Aston Villa] before their [M Champions League] trip to [L Barcelona] on Wednesday.
[O Forest], whose owner [P Evangelos Marinakis] also controls [M Greek] champions [O Olympiacos], stay 11th. The club said it would appeal against a red card shown to defender [P Murillo] in stoppage time, a decision the [O Professional Game Match Officials Limited] ([O PGMOL]) said had been confirmed by the video assistant referee.
The [O Football Association] is also looking at objects thrown from the away end after [O Newcastle]'s third goal.
Reporting by [P Rory Gallagher]; Editing by [P Ken Ferris]`,
	`[L SAO PAULO] ([O Reuters]) - [O Williams] driver [P Carlos Sainz] finished third at the [M Sao Paulo Grand Prix] on Sunday, giving the team its second podium of the season and moving it ahead of [O Racing Bulls] into fifth place in the constructors' standings.
[O McLaren]'s [P Lando Norris] won from pole position at [L Interlagos], with [O Red Bull]'s [P Max Verstappen] second after starting from the pit lane.
"This team is changing, and everyone in [L Grove] should be proud," [P Sainz] said, referring to the [M British] team's base. [O Williams] team principal [P James Vowles] said the result was worth millions of dollars in prize money for a team still rebuilding after years at the back of the grid.
[O Sauber]'s [P Nico Hulkenberg] was sixth, a boost for the [M Swiss] team before it becomes [O Audi]'s works team next season. [O Ferrari] had both cars retire, [P Charles Leclerc] after a crash on the first lap and [P Lewis Hamilton] with a gearbox problem.
The governing [O FIA] said it would investigate a collision between [P Oscar Piastri] and [O Mercedes] driver [P George Russell] after the race. [P Piastri], who leads [P Norris] by three points, finished fifth.
[M Formula One] travels next to [L Las Vegas], where the [O Cadillac] team, due to join the grid next year, will hold a demonstration run.
Reporting by [P Carolina Mandl]; Editing by [P Christian Radnedge]`,
	`[L LAHORE] ([O Reuters]) - The [O Pakistan Cricket Board] ([O PCB]) said on Monday it had agreed with the [O England and Wales Cricket Board] ([O ECB]) to play a three-match [M Test] series in [L Pakistan] next autumn, with games in [L Lahore], [L Karachi] and [L Rawalpindi].
[O PCB] chairman [P Mohsin Naqvi] said the tour, [L England]'s second to [L Pakistan] in three years, showed that leading teams were again willing to travel to the country. The series will count towards the [M World Test Championship].
"We have had every assurance we need on security," [O ECB] chief executive [P Richard Gould] said in a statement. [L England] captain [P Ben Stokes] and batter [P Harry Brook] are expected to lead the squad.
The [O International Cricket Council] ([O ICC]) said it had approved the dates, which avoid a clash with the [M Pakistan Super League]. Teams such as [O Lahore Qalandars] and [O Islamabad United] had pressed the [O PCB] to protect their recruitment window for overseas players.
The first match will be played at the [L Gaddafi Stadium] in [L Lahore], which was rebuilt for this year's [M Champions Trophy]. [P Babar Azam], the former [L Pakistan] captain, said players were "very excited to host a side that plays the way [L England] do".
The [O ECB] is separately negotiating with [O Cricket Australia] over the schedule for the next [M Ashes] series.
Reporting by [P Syed Raza Hassan]; Editing by [P Toby Davis]`,
	`[L LA PAZ] ([O Reuters]) - [L Bolivia]'s largest union federation, the [O Bolivian Workers' Center] ([O COB]), called an indefinite general strike on Thursday against President [P Rodrigo Paz]'s decision to scrap fuel subsidies, setting up the first big test of the centre-right government that took office last month.
[P Paz], of the [O Christian Democratic Party] ([O PDC]), won a run-off in October against former president [P Jorge Quiroga], ending nearly two decades of rule by the leftist [O Movement for Socialism] ([O MAS]). The [O MAS] won just two seats in the legislature after a split between former president [P Evo Morales] and his one-time ally [P Luis Arce].
Prices of petrol and diesel will rise by about 80% from Monday, Economy Minister [P Jose Gabriel Espinoza] said, adding that the subsidies had cost [L Bolivia] more than $2 billion a year and drained the reserves of the [O Central Bank of Bolivia].
"The government has declared war on the poor," [O COB] leader [P Juan Carlos Huarachi] told a rally in [L El Alto]. Transport unions and groups of coca growers in the [L Chapare] region, where [P Morales] remains popular, said they would block roads.
State energy company [O YPFB] said it had imported enough diesel for two weeks. The [O Inter-American Development Bank] and the [O World Bank] have offered loans to ease the cost of the change.
The [O Supreme Electoral Tribunal] ([O TSE]) said on Wednesday it would hold regional elections in March.
Reporting by [P Monica Machicao]; Editing by [P Rosalba O'Brien]`,
}
