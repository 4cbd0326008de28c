package ner

import "testing"

// auditOrgContextFloor is the regression floor of TestAuditOrgContext.
// Measured on 2026-12-05 on its first six articles when they were written,
// before any rule of issue 11: overall F1 0.9000 (P 0.9000 R 0.9000; ORG
// 0.9062, PER 0.8421: five brands named like people typed PER); after
// boughtAsOrganizations 0.9833. The last two articles were written after
// the rules (boughtAsOrganizations to addItsVerbSpans) as a check
// of them; with them the figure is 0.9750 (P 0.9750 R 0.9750, ORG 0.9783).
// The test fails only if F1 falls more than 0.02 below that.
const auditOrgContextFloor = 0.9750 - 0.02

// TestAuditOrgContext scores auditOrgContextArticles as the other audits
// are scored (floorAudit).
func TestAuditOrgContext(t *testing.T) {
	floorAudit(t, auditOrgContextArticles, auditOrgContextFloor)
}

// auditOrgContextArticles: made-up Reuters-style articles written for
// issue 11 (organizations the article's own context types: companies
// bought and sold, companies named like people, one-word start-ups, a
// body named by an acronym and a place), marked up as the other audits
// are. Every name and event is made up.
var auditOrgContextArticles = []string{
	`[L LONDON] ([O Reuters]) - Fashion group [O Quelbworth] said on Tuesday it had agreed to buy [O Marla Fenwick] and [O Tovey] from collapsed rival [O Zorbin Retail] for 25 million pounds. [O Marla Fenwick], a chain of 80 shops, will keep its name. "We are buying brands, not shops," said [P Daniel Pryce], chief executive of [O Quelbworth]. [O Zorbin Retail] administrators [O Harlow Cross] said they had received a dozen bids.
Reporting by [P Anna Whitby]; Editing by [P Tom Greer]`,
	`[L PARIS] ([O Reuters]) - [O Vellora] said on Thursday it had acquired [O Jenna Marlowe], a skincare brand, for 400 million euros. Rival [O Astin Fairbank] reported a 12% rise in sales. [O Vellora] shares rose 2% in [L Paris]. Analysts at [O Corvanne Securities] said the deal would lift margins.
Reporting by [P Pierre Lantier]; Editing by [P Susan Fenton]`,
	`[L NEW YORK] ([O Reuters]) - Online lender [O Plenzo] jumped 40% in its market debut on Friday. [O Plenzo], which makes loans to small firms, priced its shares above range. Shares of [O Brindlecap] fell 3% after the company cut its forecast. [O Brindlecap] chief executive [P Owen Tarrant] said demand had slowed.
Reporting by [P Noor Zaidi]; Editing by [P Arun Koyyur]`,
	`[L LONDON] ([O Reuters]) - [O NHS Wales] said on Monday it would open 12 more vaccination centres. [O NHS Wales] chief executive [P Gareth Probert] said supplies from [O Pfizer] were arriving weekly. [O Public Health Wales] said cases had risen by a fifth.
Reporting by [P Rhian Morgan]; Editing by [P Kate Holton]`,
	`[L SINGAPORE] ([O Reuters]) - Ride-hailing firm [O Zoomly] said it had bought food delivery start-up [O Quickbite] to expand in [L Indonesia]. [O Quickbite] founder [P Rina Halim] will join [O Zoomly]'s board. The company said the deal was worth $300 million.
Reporting by [P Fathin Ungku]; Editing by [P Christopher Cushing]`,
	`[L TOKYO] ([O Reuters]) - [M Japanese] trading house [O Marubeko] agreed to acquire [O Harriet Doyle], a [M British] maker of kitchenware, the two companies said. [O Harriet Doyle] was founded in 1921 in [L Sheffield]. [O Marubeko] said it would keep the factory open.
Reporting by [P Kiyoshi Takenaka]; Editing by [P Jacqueline Wong]`,
	// Written after the rules of issue 11, as a check of them.
	`[L MILAN] ([O Reuters]) - [O L'Ambrosiana] said on Tuesday it would close 40 shops. [O Vantrel], which owns the [O Pasticceria Nova] chain, said its sales fell 9%. Rival [O Margot Delaine] said its online business doubled. Shares of [O Vantrel] fell 4% in [L Milan].
Reporting by [P Elvira Pollina]; Editing by [P Mark Potter]`,
	`[L BERLIN] ([O Reuters]) - Food delivery start-up [O Gorillo] raised $300 million from investors including [O Tencent]. [O Orbit Freight] cut its forecast on Monday, blaming port delays. Logistics group [O Kestrel Haulage] said it would hire 2,000 drivers. [O DB Cargo] chief [P Sigrid Nikutta] said rail was taking share.
Reporting by [P Nadine Schimroszik]; Editing by [P Edmund Blair]`,
}
