package ner

import "testing"

// audit2020fCheckFloor is the regression floor of TestAudit2020fCheck:
// blind at commit 56d6f74 (doc22) F1 0.9712 (P 0.9643 R 0.9783; PERSON
// 0.9897, LOCATION 0.9600, ORGANIZATION 0.9623). Never tuned on; after the
// rules of audit 2020f still 0.9712, the same marks (left: "Dane" county
// typed a person, "Houthi" of "the Iran-aligned Houthi movement" missed,
// "University of Hong Kong" cut to its place, "Tmall" and "Taobao" typed
// organizations). The test fails only more than 0.01 below that.
const audit2020fCheckFloor = 0.9712 - 0.01

// TestAudit2020fCheck scores audit2020fCheck as TestAudit2020f scores its
// articles (floorAudit) and fails only below audit2020fCheckFloor.
func TestAudit2020fCheck(t *testing.T) {
	floorAudit(t, audit2020fCheck, audit2020fCheckFloor)
}

// audit2020fCheck: made-up Reuters-style articles of December 2020 written
// with audit2020fArticles but never tuned on (no rule is written from
// them): a check that rules written against those carry over to new text
// (same conventions).
var audit2020fCheck = []string{
	`[L MADISON], [L Wisconsin] ([O Reuters]) - The [O Wisconsin Supreme Court] on Monday rejected President [P Donald Trump]'s lawsuit seeking to throw out more than 221,000 ballots in the state's two most populous counties, [L Milwaukee] and [L Dane]. Justice [P Brian Hagedorn], a conservative, joined the court's three liberals. [P Trump]'s personal lawyer [P Rudy Giuliani], who was treated for COVID-19 at [L Georgetown University Hospital] this month, said the campaign would appeal to the [O U.S. Supreme Court]. [L Wisconsin] Governor [P Tony Evers], a [M Democrat], said the court had upheld the will of the voters. The [O Wisconsin Elections Commission] certified [P Biden]'s win of about 20,600 votes last week.
Reporting by [P Tom Hals] in [L Wilmington], [L Delaware]; Editing by [P Peter Cooney]`,
	`[L LONDON] ([O Reuters]) - [L Britain] and the [O European Union] struck a trade deal on Thursday, days before the end of the [M Brexit] transition period, ending more than four years of wrangling. Prime Minister [P Boris Johnson] said the deal let [L Britain] "take back control" of its laws and waters. [O Cabinet Office] minister [P Michael Gove] said checks on goods going to [L Northern Ireland] would begin in January. [O European Commission] Vice-President [P Maros Sefcovic] said the [M Northern Ireland Protocol] would be applied in full. The [O Confederation of British Industry] welcomed the deal, while the [O National Federation of Fishermen's Organisations] said the industry had been sacrificed.
Reporting by [P Elizabeth Piper] and [P Kylie MacLellan]; Editing by [P Gareth Jones]`,
	`[L OTTAWA] ([O Reuters]) - [O Health Canada] approved [O Moderna Inc]'s coronavirus vaccine on Wednesday, two weeks after it cleared the shot made by [O Pfizer] and [M German] partner [O BioNTech]. Prime Minister [P Justin Trudeau] said 168,000 doses would arrive by the end of the month. [L Canada]'s chief public health officer, [P Theresa Tam], said the [O Public Health Agency of Canada] would send the first shipments to remote [M Indigenous] communities in the north. [L Ontario] Premier [P Doug Ford] said the province would vaccinate every resident of long-term care homes by February. Retired General [P Rick Hillier] will lead [L Ontario]'s rollout.
Reporting by [P Steve Scherer] and [P Kelsey Johnson]; Editing by [P Leslie Adler]`,
	`[L ADEN] ([O Reuters]) - Explosions hit [L Aden] airport on Wednesday as members of [L Yemen]'s new cabinet stepped off a plane from [L Riyadh], killing at least 22 people, officials said. Prime Minister [P Maeen Abdulmalik] and his ministers were unhurt and were taken to the [L Maashiq] palace. Information Minister [P Moammar al-Eryani] blamed the [M Iran-aligned] [O Houthi] movement, which denied it. The [M Saudi-led] coalition said it had shot down a drone near the city. [O United Nations] envoy [P Martin Griffiths] called the attack "unacceptable", and the [O International Committee of the Red Cross] said three of its staff were killed.
Reporting by [P Mohammed Mukhashaf]; Writing by [P Ghaida Ghantous]; Editing by [P Giles Elgood]`,
	`[L KATHMANDU] ([O Reuters]) - [L Nepal]'s President [P Bidya Devi Bhandari] dissolved parliament on Sunday at the request of Prime Minister [P K.P. Sharma Oli] and called elections for April and May, deepening a feud inside the ruling [O Nepal Communist Party]. Former prime minister [P Pushpa Kamal Dahal], who co-chairs the party, called the move unconstitutional. Seven ministers resigned in protest. The [O Supreme Court] in [L Kathmandu] said it would hear petitions against the decision. [L China]'s ambassador [P Hou Yanqi] met party leaders during the week, and [L India]'s foreign ministry said it was an internal matter.
Reporting by [P Gopal Sharma]; Editing by [P Sanjeev Miglani]`,
	`[L BEIJING] ([O Reuters]) - [L China]'s market regulator said on Thursday it had opened an antitrust investigation into [O Alibaba Group], and the [O People's Bank of China] said it would summon the group's fintech affiliate [O Ant Group] for talks. The [O State Administration for Market Regulation] said the probe would look at whether [O Alibaba] forced merchants to sell only on its [M Tmall] and [M Taobao] platforms. Founder [P Jack Ma] has not been seen in public since October. [O Alibaba] shares fell 8% in [L Hong Kong], while rivals [O JD.com] and [O Meituan] also slipped. "This is about power as much as competition," said [P Angela Zhang], a law professor at the [O University of Hong Kong].
Reporting by [P Zhang Yan] and [P Brenda Goh]; Editing by [P Stephen Coates]`,
	`[L VALLADOLID], [L Spain] ([O Reuters]) - [O Barcelona]'s [P Lionel Messi] scored his 644th goal for the club in a 3-0 win at [O Real Valladolid] on Tuesday, passing the record [P Pele] set for [M Brazilian] club [O Santos]. Coach [P Ronald Koeman] said the record would stand for a long time. Tuesday's [M La Liga] results:
[O Real Valladolid] 0 [O Barcelona] 3
[O Real Sociedad] 1 [O Athletic Bilbao] 2
[O Sevilla] 1 [O Villarreal] 1
In [L Germany], [O Bayern Munich] beat [O VfL Wolfsburg] 2-1 to stay top of the [M Bundesliga], and [O Borussia Dortmund] lost 2-1 at [O Union Berlin].
Compiled by [P Richard Martin]`,
	`[L MEXICO CITY] ([O Reuters]) - [L Mexico]'s health regulator [O Cofepris] approved the vaccine made by [O Pfizer] and [O BioNTech] for emergency use on Friday, and Deputy Health Minister [P Hugo Lopez-Gatell] said the first doses would go to health workers in [L Mexico City] and [L Coahuila]. President [P Andres Manuel Lopez Obrador], who has not worn a mask in public, said he would not be among the first to get the shot. Foreign Minister [P Marcelo Ebrard] said [L Mexico] had also agreed to buy 34.4 million doses from [O CanSino Biologics]. Opposition party [O National Action Party] said the plan came too late.
Reporting by [P Anthony Esposito] and [P Dave Graham]; Editing by [P Sandra Maler]`,
}
