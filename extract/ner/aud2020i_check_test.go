package ner

import "testing"

// audit2020iCheckFloor is the regression floor of TestAudit2020iCheck:
// blind at commit 6567a87 (doc23) F1 0.9589 (P 0.9602 R 0.9575; PERSON
// 0.9796, LOCATION 0.9650, ORGANIZATION 0.9454). Never tuned on; after
// the rules written from audit2020iArticles (dealNounOf,
// unknownPlacesAsTeams, unknownNamesAsOpponents) still 0.9589, the same
// marks: its two clubs typed people ("Asante Kotoko" before "fired",
// "Berekum Chelsea" after "defeat by") are of the kind the last two read
// but of two words and beside no match's verb; its other errors are of
// other kinds (one-word companies typed people, "Middle East Institute" a
// place, "Airlines for America" and "Caisse de depot et placement du
// Quebec" cut at a place). The test fails only more than 0.01 below that.
const audit2020iCheckFloor = 0.9589 - 0.01

// TestAudit2020iCheck scores audit2020iCheck as TestAudit2020i scores its
// articles (floorAudit) and fails only below audit2020iCheckFloor.
func TestAudit2020iCheck(t *testing.T) {
	floorAudit(t, audit2020iCheck, audit2020iCheckFloor)
}

// audit2020iCheck: made-up Reuters-style articles of December 2020 written
// with audit2020iArticles, on the same kinds of organisation (sovereign
// funds and state firms, miners and oil firms named for places, banks with
// split names, drugmakers and biotech start-ups, unions and trade bodies,
// courts and regulators outside the United States, sports bodies and clubs
// named for towns, summits and ministries) but never tuned on (no rule is
// written from them): a check that rules written against those carry over
// to new text (same conventions).
var audit2020iCheck = []string{
	`[L SINGAPORE] ([O Reuters]) - [L Singapore]'s state investor [O Temasek] said on Monday it had led a $1 billion funding round for [M Chinese] grocery app [O Dingdong Maicai], while the country's other sovereign fund, [O GIC], bought a stake in [M Indian] drugmaker [O Intas Pharmaceuticals]. [O Temasek] chief investment officer [P Rohit Sipahimalani] said the firm would invest more in health care. [O GIC] also teamed up with [O Blackstone] to buy warehouses in [L Sweden]. "The big funds are moving early," said [P Kevin Tan], a partner at [O Kroll] in [L Singapore].
Reporting by [P Aradhana Aravindan]; Editing by [P Edwina Gibbs]`,
	`[L RIYADH] ([O Reuters]) - [L Saudi Arabia]'s [O Public Investment Fund] said on Thursday it would set up a company to build a 170 km city in the north-west of the kingdom, as Crown Prince [P Mohammed bin Salman] seeks to wean the economy off oil. State oil giant [O Saudi Arabian Oil Co] said it had raised $8 billion in bonds, and [O Saudi Basic Industries Corp], which it controls, cut its dividend. The [O Ministry of Energy] said output would stay within the cuts agreed with [L Russia]. "The fund is the engine of the plan," said [P Karen Young], a fellow at the [O Middle East Institute] in [L Washington].
Reporting by [P Marwa Rashad] and [P Davide Barbuscia]; Editing by [P Alexander Smith]`,
	`[L ALGIERS] ([O Reuters]) - [M Algerian] state energy firm [O Sonatrach] signed a deal with [M Italian] group [O Eni] on Sunday to explore for gas in the [L Berkine] basin, as the country tries to halt a fall in output. [O Sonatrach] chief executive [P Toufik Hakkar] said the company would spend $40 billion by 2025. [L Nigeria]'s state oil firm, the [O Nigerian National Petroleum Corp], said it had restarted its [L Port Harcourt] refinery, and [L Angola]'s [O Sonangol] said it would sell stakes in 50 firms.
Reporting by [P Lamine Chikhi]; Additional reporting by [P Libby George] in [L Lagos]; Editing by [P Edmund Blair]`,
	`[L JOHANNESBURG] ([O Reuters]) - [O Impala Platinum] said on Tuesday it would buy [O North American Palladium]'s [M Canadian] mine, while rival [O Northam Platinum] raised its dividend as metal prices soared. [O Anglo American Platinum] chief executive [P Natascha Viljoen] said output at its [L Mogalakwena] mine would rise next year. [O Harmony Gold] and [O Gold Fields] rose 3% each on the [O Johannesburg Stock Exchange]. "The platinum miners are printing money," said [P Rene Hochreiter], an analyst at [O Noah Capital Markets].
Reporting by [P Helen Reid]; Editing by [P Jane Merriman]`,
	`[L PERTH] ([O Reuters]) - [O Woodside Petroleum] said on Friday it would delay a decision on its [L Scarborough] gas project in [L Western Australia] until next year, as partner [O BHP] weighed selling its oil and gas arm. [O Santos] said it had started drilling in the [L Barossa] field, and [O Oil Search] chief executive [P Keiran Wulff] said the company would cut jobs in [L Papua New Guinea]. "The [M Australian] gas boom is on pause," said [P Saul Kavonic], an analyst at [O Credit Suisse].
Reporting by [P Sonali Paul]; Editing by [P Richard Pullin]`,
	`[L FRANKFURT] ([O Reuters]) - [O Deutsche Bank] and [O Commerzbank] held informal talks on a merger again, sources said on Thursday, as [O Commerzbank] chief executive [P Manfred Knof] prepares to cut 10,000 jobs. The government, which owns 15% of [O Commerzbank], would have to back any deal. [O Landesbank Baden-Wuerttemberg] and [O Helaba] said they saw no need to merge. [L Germany]'s financial watchdog [O BaFin] said it would keep banks' capital rules eased. "A deal is years away," said [P Ingo Frommen], an analyst at [O Landesbank Baden-Wuerttemberg].
Reporting by [P Tom Sims] and [P Patricia Uhlig]; Editing by [P Edmund Blair]`,
	`[L PARIS] ([O Reuters]) - [O Societe Generale] said on Monday it would merge its two retail networks in [L France], cutting 600 branches, as chief executive [P Frederic Oudea] seeks savings. [O Credit Agricole] said it had bought [O Credito Valtellinese] in [L Italy], and [O BNP Paribas] said it would sell its stake in [L U.S.] lender [O Bank of the West]. The [O Autorite de controle prudentiel et de resolution] said banks could resume dividends. Shares of [O Societe Generale] rose 2% on the [M CAC 40].
Reporting by [P Matthieu Protard]; Editing by [P Sudip Kar-Gupta]`,
	`[L SAO PAULO] ([O Reuters]) - [O Banco do Brasil] said on Monday it would close 361 branches and cut 5,000 jobs, angering President [P Jair Bolsonaro], who said he would fire the bank's chief executive, [P Andre Brandao]. [O Caixa Economica Federal] said it would list its insurance arm, and [O Itau Unibanco] said its digital bank had won a million clients. [L Brazil]'s central bank, the [O Banco Central do Brasil], said credit was growing. Shares of [O Banco do Brasil] fell 5%.
Reporting by [P Carolina Mandl]; Editing by [P Chizu Nomiyama]`,
	`[L COPENHAGEN] ([O Reuters]) - [M Danish] drugmaker [O Novo Nordisk] said on Thursday its weekly obesity shot had helped patients lose 15% of their weight in a late-stage trial, sending its shares up 4%. [O Genmab], a [M Danish] biotech firm, said its partner [O Johnson & Johnson] would sell its cancer drug in [L Japan]. [O Ascendis Pharma] said the [L U.S.] regulator had accepted its filing for a growth hormone drug. "[O Novo] is in a class of its own," said [P Martin Parkhoi], an analyst at [O SEB].
Reporting by [P Jacob Gronholt-Pedersen]; Editing by [P Mark Potter]`,
	`[L SHANGHAI] ([O Reuters]) - [M Chinese] vaccine maker [O CanSino Biologics] said on Tuesday its shot would be tested in [L Pakistan] and [L Mexico], while [O Walvax Biotechnology] said it would make an mRNA vaccine with start-up [O Abogen Biosciences]. [O Clover Biopharmaceuticals] raised $230 million from investors including [O Temasek]. The [O National Medical Products Administration] said it would speed up reviews. [O Sinopharm] chairman [P Liu Jingzhen] said the company could make a billion doses next year.
Reporting by [P Roxanne Liu] and [P Miyoung Kim]; Editing by [P Christian Schmollinger]`,
	`[L CAMBRIDGE], [L Massachusetts] ([O Reuters]) - [O Moderna Inc] said on Monday it had begun testing its vaccine on teenagers, while gene-editing start-up [O Beam Therapeutics] raised $260 million. [O Regeneron Pharmaceuticals] said the [M British] government had ordered its antibody cocktail, and [O Biogen] fell 4% after advisers to the [O Food and Drug Administration] voted against its [M Alzheimer's] drug. [O Emergent BioSolutions] said it would make doses for [O Johnson & Johnson] in [L Baltimore].
Reporting by [P Deena Beasley] and [P Ankur Banerjee]; Editing by [P Bill Berkrot]`,
	`[L PARIS] ([O Reuters]) - [M French] unions led by the [O CGT] called a national strike on Tuesday against a security law, and workers at [O SNCF] and the [L Paris] metro operator [O RATP] said they would join. [O CGT] leader [P Philippe Martinez] said the law threatened press freedom. The [O Force Ouvriere] union said it would stay out. Employers' group [O Medef] said strikes would hurt the recovery, and its head [P Geoffroy Roux de Bezieux] called for talks.
Reporting by [P Caroline Pailliez]; Editing by [P Richard Lough]`,
	`[L CANBERRA] ([O Reuters]) - The [O Australian Council of Trade Unions] said on Wednesday it would fight a plan to change workplace laws, as Industrial Relations Minister [P Christian Porter] put a bill before parliament. [O ACTU] secretary [P Sally McManus] said the bill would cut pay. The [O Australian Industry Group] and the [O Business Council of Australia] backed the plan, and the [O Construction, Forestry, Maritime, Mining and Energy Union] said its members would walk off sites.
Reporting by [P Colin Packham]; Editing by [P Richard Pullin]`,
	`[L WASHINGTON] ([O Reuters]) - The [O AFL-CIO], the largest [L U.S.] labor federation, urged President-elect [P Joe Biden] on Thursday to name a union leader as labor secretary, backing [L Boston] Mayor [P Marty Walsh]. The [O American Petroleum Institute] said it would fight a ban on drilling on federal land, and [O Airlines for America] asked [O Congress] for more aid. [O National Retail Federation] chief executive [P Matthew Shay] said holiday sales would rise. The [O U.S. Chamber of Commerce] backed the relief bill.
Reporting by [P Jeff Mason] and [P David Shepardson]; Editing by [P Leslie Adler]`,
	`[L NEW DELHI] ([O Reuters]) - [L India]'s [O Supreme Court] on Monday allowed the government to lay the foundation stone for a new parliament building, while the [O Competition Commission of India] ordered an investigation into [O Google]'s payment app. The [O Securities and Exchange Board of India] fined [O Reliance Industries] 250 million rupees over share trades in 2007. The [O National Company Law Tribunal] approved a bankruptcy plan for [O Dewan Housing Finance Corp], and the [O Reserve Bank of India] barred [O Lakshmi Vilas Bank] from paying out more than 25,000 rupees.
Reporting by [P Aftab Ahmed] and [P Nupur Anand]; Editing by [P Euan Rocha]`,
	`[L MEXICO CITY] ([O Reuters]) - [L Mexico]'s antitrust watchdog [O Cofece] fined seven banks, including [O Citibanamex] and [O BBVA Mexico], for colluding on bond trades, while the [O Supreme Court] upheld a law cutting the pay of top officials. [O Cofece] head [P Alejandra Palacios] said the fines totalled 35 million pesos. The energy regulator, the [O Energy Regulatory Commission], rejected permits for private power plants, and the [O Bank of Mexico] kept its key rate at 4.25%.
Reporting by [P Anthony Esposito]; Editing by [P Dave Graham]`,
	`[L ANKARA] ([O Reuters]) - [L Turkey]'s [O Competition Authority] opened an investigation into [O Google] over its search ads, and the banking watchdog [O BDDK] eased a limit on foreign exchange trades. The [O Constitutional Court] ruled that the jailing of [M Kurdish] politician [P Selahattin Demirtas] had violated his rights, and the [O Central Bank of the Republic of Turkey] raised its main rate to 17%. Governor [P Naci Agbal] said the bank would keep policy tight.
Reporting by [P Ece Toksabay] and [P Nevzat Devranoglu]; Editing by [P Jonathan Spicer]`,
	`[L MANCHESTER] ([O Reuters]) - [O Salford City], the club owned by former [O Manchester United] players, sacked manager [P Graham Alexander] on Saturday after a 2-1 defeat by [O Crawley Town]. [O Sunderland] beat [O Ipswich Town] 2-1, and [O Portsmouth] drew with [O Peterborough United]. The [O English Football League] fined [O Macclesfield Town] over unpaid wages before the club was wound up. [O Sunderland] owner [P Stewart Donald] said he had agreed to sell the club.
Reporting by [P Simon Evans]; Editing by [P Ken Ferris]`,
	`[L MADRID] ([O Reuters]) - [O Real Sociedad] lost 2-1 to [O Athletic Bilbao] in the [M Basque] derby on Thursday, while [O Villarreal] beat [O Getafe] 1-0. [O Granada] drew 0-0 with [O Celta Vigo]. The [O Royal Spanish Football Federation] said the [M Copa del Rey] would go ahead with one-leg ties, and [O LaLiga] president [P Javier Tebas] said clubs had lost 2 billion euros. [O Athletic] coach [P Gaizka Garitano] was sacked on Sunday.
Reporting by [P Richard Martin]; Editing by [P Toby Davis]`,
	`[L LAUSANNE] ([O Reuters]) - The [O International Olympic Committee] said on Wednesday the [M Tokyo Olympics] would go ahead next year with or without a vaccine, and the [O Court of Arbitration for Sport] halved [L Russia]'s ban from major events to two years. [O World Rugby] said [L Japan] would host its council in May, and the [O International Biathlon Union] moved its [M World Cup] races from [L Oberhof]. [O IOC] president [P Thomas Bach] said athletes would be tested daily.
Reporting by [P Karolos Grohmann]; Editing by [P Pritha Sarkar]`,
	`[L BRUSSELS] ([O Reuters]) - [O European Union] leaders agreed at a summit on Friday to cut emissions by 55% by 2030, after [L Poland] won more money for its coal regions. The [O European Council] said the deal would be put to the [M Climate Ambition Summit] on Saturday. [M Polish] Prime Minister [P Mateusz Morawiecki] said his country had got what it needed. Leaders also agreed to extend sanctions on [L Russia] and asked the [O European Investment Bank] to fund green projects.
Reporting by [P John Chalmers] and [P Kate Abnett]; Editing by [P Hugh Lawson]`,
	`[L BEIJING] ([O Reuters]) - [L China]'s [O Ministry of Commerce] said on Thursday it would punish [O Huawei]'s [L U.S.] rivals if [L Washington] kept adding [M Chinese] firms to its blacklist, and the [O Commerce Ministry] spokesman [P Gao Feng] said talks with the [O European Union] on an investment pact were near an end. The [O National Development and Reform Commission] said the economy would grow in 2021, and the [O Ministry of Foreign Affairs] said [L Australia] must change course.
Reporting by [P Gabriel Crossley] and [P Yew Lun Tian]; Editing by [P Lincoln Feast]`,
	`[L JAKARTA] ([O Reuters]) - [L Indonesia]'s [O Ministry of Energy and Mineral Resources] said on Monday it would ban exports of bauxite from 2023, as state miner [O Aneka Tambang] plans a smelter with [O Inalum]. Coal miner [O Adaro Energy] said it would cut output, and [O Bukit Asam] said it would build a coal gasification plant with [O Pertamina]. The [O Energy Ministry] said nickel exports would stay banned.
Reporting by [P Bernadette Christina]; Editing by [P Kanupriya Kapoor]`,
	`[L ACCRA] ([O Reuters]) - [O Asante Kotoko] fired coach [P Maxwell Konadu] on Sunday after a 2-1 home defeat by [O Berekum Chelsea], while [O Hearts of Oak] beat [O Medeama] 3-0 in [L Accra]. The [O Ghana Football Association] said the league would go on despite cases of COVID-19. [O Confederation of African Football] president [P Ahmad Ahmad] was banned for five years by [O FIFA].
Reporting by [P Christian Akorlie]; Editing by [P Ed Osmond]`,
	`[L TORONTO] ([O Reuters]) - [O Canada Pension Plan Investment Board] said on Tuesday it would sell its stake in [L U.S.] grocer [O Albertsons], and the [O Ontario Teachers' Pension Plan] bought a stake in [O Infinity Power]. [O Caisse de depot et placement du Quebec] chief executive [P Charles Emond] said the fund would stop investing in oil production. The [O Alberta Investment Management Corp] lost 2.1 billion dollars on a volatility strategy.
Reporting by [P Maiya Keidan]; Editing by [P Steve Orlofsky]`,
}
