package ner

import "testing"

// audit2020eCheckFloor is the regression floor of TestAudit2020eCheck:
// blind at commit 56d6f74 (doc22) F1 0.9547 (P 0.9587 R 0.9508; PERSON
// 1.0000, LOCATION 0.9189, ORGANIZATION 0.9474). Never tuned on; after the
// rules of audit 2020e still 0.9547, the same marks (its misses are of
// other kinds: a company named for a town or a place typed a place,
// "Mubadala", "San Miguel", "Anchorage"; "Bank Bancolombia" with its
// trade's word; "JLS Consulting" and "Bitstamp" untagged; "Taiex" an index
// typed an organization). The test fails only more than 0.01 below that.
const audit2020eCheckFloor = 0.9547 - 0.01

// TestAudit2020eCheck scores audit2020eCheck as TestAudit2020e scores its
// articles (floorAudit) and fails only below audit2020eCheckFloor.
func TestAudit2020eCheck(t *testing.T) {
	floorAudit(t, audit2020eCheck, audit2020eCheckFloor)
}

// audit2020eCheck: made-up Reuters-style articles of December 2020 written
// with audit2020eArticles but never tuned on: a check that rules written
// against those carry over to new text (same conventions).
var audit2020eCheck = []string{
	`[L LISBON] ([O Reuters]) - [M Portuguese] airline [O TAP] will cut 2,000 jobs and shrink its fleet under a restructuring plan sent to the [O European Commission] on Thursday, Infrastructure Minister [P Pedro Nuno Santos] said. The state-owned carrier received 1.2 billion euros in aid this year. [M Italian] carrier [O Alitalia] said its successor [O ITA] would start flying in April, and [O Aeromexico] said a [L U.S.] court had approved its bankruptcy financing from [O Apollo Global Management]. [O LATAM Airlines] said traffic had fallen 60% in November, and its pilots' union [O SPAC] said it would accept pay cuts. "Recovery will take years," said [P John Strickland], director of consultancy [O JLS Consulting].
Reporting by [P Sergio Goncalves]; Editing by [P Andrei Khalip]`,
	`[L ISTANBUL] ([O Reuters]) - [M Turkish] drone maker [O Baykar] said on Tuesday it would open a factory in [L Ukraine], while defence electronics firm [O Aselsan] rose 5% after winning a 400 million lira order from the [O Presidency of Defence Industries]. Steelmaker [O Erdemir] and refiner [O Tupras] led gains on the [M BIST 100] index. The [O Central Bank of the Republic of Turkey] raised its main rate to 17%, its governor [P Naci Agbal] said. [O Turkish Airlines] said it would resume flights to [L Baku]. "Orthodox policy is back," said [P Enver Erkan], an economist at [O Tera Yatirim].
Reporting by [P Ezgi Erkoyun]; Editing by [P Jonathan Spicer]`,
	`[L TAIPEI] ([O Reuters]) - Chipmaker [O TSMC] said on Thursday its November revenue rose 15%, and rival [O United Microelectronics] said it would raise prices. [O Apple] supplier [O Foxconn], formally [O Hon Hai Precision Industry], said it would build electric cars with [O Byton], a [M Chinese] start-up. [O MediaTek] and [O ASE Technology] both hit record highs as the [M Taiex] rose 0.8%. [L Taiwan]'s [O Financial Supervisory Commission] said it would let banks lend more to chipmakers. "Demand is running ahead of capacity," said [P Sean Kao], an analyst at [O Yuanta Securities].
Reporting by [P Yimou Lee]; Editing by [P Ana Nicolaci da Costa]`,
	`[L OSLO] ([O Reuters]) - Fertiliser maker [O Yara] said on Wednesday it would build a green ammonia plant in [L Porsgrunn] with power utility [O Statkraft] and investor [O Aker Horizons]. Chief executive [P Svein Tore Holsether] said the plant would cut emissions by 800,000 tonnes a year. [M Norwegian] sovereign wealth fund manager [O Norges Bank Investment Management] said it had dropped [O PetroChina] over climate risks. Salmon farmer [O Mowi] fell 3% on the [O Oslo Stock Exchange], and the [O Norwegian Confederation of Trade Unions], known as [O LO], said it would seek a pay rise of 2.7%.
Reporting by [P Nerijus Adomaitis]; Editing by [P Mark Potter]`,
	`[L BOGOTA] ([O Reuters]) - [M Colombian] state oil firm [O Ecopetrol] agreed on Friday to buy the government's 51% stake in power transmission company [O ISA] for $4 billion, its chief executive [P Felipe Bayon] said. [O Avianca], which is under bankruptcy protection in [L New York], said creditors had backed its plan. Bank [O Bancolombia] and conglomerate [O Grupo Argos] rose on the [M COLCAP] index. The [O Revolutionary Armed Forces of Colombia], whose former fighters formed the [O Comunes] party, apologised for kidnappings, and rebels of the [O National Liberation Army] attacked an oil pipeline in [L Arauca].
Reporting by [P Julia Symmes Cobb]; Editing by [P Steve Orlofsky]`,
	`[L VIENNA] ([O Reuters]) - [M Austrian] oil and gas group [O OMV] said on Monday it had completed its purchase of a further 39% of chemicals maker [O Borealis] from [O Mubadala]. [O OMV] chief executive [P Rainer Seele] said the deal made chemicals the group's core. [O Erste Group] said it would pay a dividend after the [O Austrian Financial Market Authority] allowed it, and steelmaker [O Voestalpine] raised its forecast. The [O Vienna Institute for International Economic Studies] said the economy of [L Central Europe] would grow 4% next year. [O Raiffeisen Bank International] shares rose 3%.
Reporting by [P Francois Murphy]; Editing by [P Michael Shields]`,
	`[L MANILA] ([O Reuters]) - [M Philippine] conglomerate [O Ayala Corp] said on Tuesday its unit [O Globe Telecom] would sell 7,000 cell towers for $1.3 billion, while rival [O PLDT] said it was in talks to sell 2,000. Budget carrier [O Cebu Pacific] said it had raised $250 million in convertible bonds, and [O Jollibee Foods] shares rose 4%. The [O Bangko Sentral ng Pilipinas] left rates unchanged, and the [O Asian Development Bank] lent the country $400 million. [O San Miguel] chairman [P Ramon Ang] said work on a new airport in [L Bulacan] would start in January.
Reporting by [P Enrico dela Cruz]; Editing by [P Kim Coghill]`,
	`[L WASHINGTON] ([O Reuters]) - The [O Securities and Exchange Commission] sued [O Ripple Labs] on Tuesday, saying it had raised $1.3 billion by selling the cryptocurrency [M XRP] in an unregistered offering. [O Ripple] chief executive [P Brad Garlinghouse] said the agency was "picking winners". Exchanges [O Bitstamp] and [O Coinbase] said they would stop trading the token. "This is a big test case," said [P Lee Reiners], executive director of the [O Global Financial Markets Center] at [O Duke University]. The [O Office of the Comptroller of the Currency] said banks could use stablecoins for payments, and [O Anchorage] became the first crypto firm to seek a national bank charter.
Reporting by [P Katanga Johnson]; Editing by [P Richard Chang]`,
}
