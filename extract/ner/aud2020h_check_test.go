package ner

import "testing"

// audit2020hCheckFloor is the regression floor of TestAudit2020hCheck:
// blind at commit 3d67d68 (doc22) F1 0.9802 (P 0.9802 R 0.9802; PERSON
// 0.9639, LOCATION 1.0000, ORGANIZATION 0.9888; the errors: the group
// "Fair Fight" typed a person, "Forward" kept in "Forward Neymar"). Never
// tuned on. The test fails only more than 0.01 below that.
const audit2020hCheckFloor = 0.9802 - 0.01

// TestAudit2020hCheck scores audit2020hCheck as TestAudit2020h scores its
// articles (floorAudit) and fails only below audit2020hCheckFloor.
func TestAudit2020hCheck(t *testing.T) {
	floorAudit(t, audit2020hCheck, audit2020hCheckFloor)
}

// audit2020hCheck: made-up Reuters-style articles of December 2020 written
// with audit2020hArticles but never tuned on (no rule is written from
// them): a check that rules written against those carry over to new text
// (same cross-section of the wire, same conventions).
var audit2020hCheck = []string{
	`[L NEW YORK] ([O Reuters]) - [O Pfizer Inc] and [O BioNTech SE] began shipping their COVID-19 vaccine across the [L United States] on Sunday, a day after the [O Food and Drug Administration] authorised it for emergency use. [O United Parcel Service] and [O FedEx Corp] will deliver the doses to 636 sites. [O Pfizer] chief executive [P Albert Bourla] said the company would ship 2.9 million doses in the first week. Shares of [O Moderna Inc], whose vaccine is under review, rose 5% on the [M Nasdaq]. General [P Gustave Perna], who leads [M Operation Warp Speed], said the first shots would be given on Monday. "This is the beginning of the end," said [P Amesh Adalja], a scholar at the [O Johns Hopkins Center for Health Security].
Reporting by [P Michael Erman] and [P Carl O'Donnell]; Editing by [P Bill Berkrot]`,
	`[L LONDON] ([O Reuters]) - [O Royal Dutch Shell] said on Tuesday it would cut up to 9,000 jobs and take a $4.5 billion writedown on its oil assets, while rival [O BP Plc] said it had sold its petrochemicals business to [O INEOS] for $5 billion. [O Shell] chief executive [P Ben van Beurden] said the company would focus on low-carbon power. Shares of [O Shell] rose 1.5% and the [M FTSE 100] gained 0.4%. The [O Bank of England] kept rates at 0.1%, and Governor [P Andrew Bailey] said the economy faced a hit in the first quarter. "The energy majors are being squeezed," said [P Biraj Borkhataria], an analyst at [O RBC Capital Markets].
Reporting by [P Ron Bousso]; Editing by [P Mark Potter]`,
	`[L ATLANTA] ([O Reuters]) - [M Democratic] candidates [P Raphael Warnock] and [P Jon Ossoff] raised more than $100 million each for their runoff races against [M Republican] Senators [P Kelly Loeffler] and [P David Perdue] in [L Georgia], filings showed on Thursday. The Jan. 5 runoffs will decide control of the [O Senate]. [L Georgia] Secretary of State [P Brad Raffensperger] said early voting had broken records. Former President [P Barack Obama] will campaign for the [M Democrats] by video, while Vice President [P Mike Pence] will hold a rally in [L Savannah]. [O Fair Fight], the voting rights group founded by [P Stacey Abrams], said it had registered new voters.
Reporting by [P Jason Lange] and [P Simon Lewis]; Editing by [P Scott Malone]`,
	`[L BERLIN] ([O Reuters]) - [L Germany] will go into a hard lockdown from Wednesday until Jan. 10, closing most shops and schools, Chancellor [P Angela Merkel] said on Sunday after meeting the leaders of the 16 federal states. [P Markus Soeder], premier of [L Bavaria] and leader of the [O Christian Social Union], said the measures were overdue. The [O Robert Koch Institute] reported a record 952 deaths in a day. Health Minister [P Jens Spahn] said vaccinations could start before the end of the year once the [O European Medicines Agency] approves the shot from [O Pfizer] and [O BioNTech]. The [M DAX] index rose 0.8% on Monday.
Reporting by [P Andreas Rinke] and [P Thomas Escritt]; Editing by [P Kirsti Knolle]`,
	`[L SEOUL] ([O Reuters]) - [O Samsung Electronics Co Ltd] shares hit a record high on Friday, lifting the [M KOSPI] index 1.3%, as investors bet on a recovery in memory chip prices next year. Rival [O SK Hynix] rose 2%. [M South Korean] President [P Moon Jae-in] replaced four ministers, including Land Minister [P Kim Hyun-mee], and the [O Bank of Korea] said exports were recovering. "Foreigners are piling in," said [P Seo Sang-young], an analyst at [O Kiwoom Securities] in [L Seoul]. [O Hyundai Motor Co] said it would buy a controlling stake in [L U.S.] robotics firm [O Boston Dynamics] from [O SoftBank Group Corp].
Reporting by [P Joyce Lee] and [P Hyunjoo Jin]; Editing by [P Sam Holmes]`,
	`[L PARIS] ([O Reuters]) - [O Paris St Germain] coach [P Thomas Tuchel] was sacked on Thursday, hours after his side beat [O Strasbourg] 4-0 in [M Ligue 1], and former [O Tottenham Hotspur] manager [P Mauricio Pochettino] is set to replace him, a source said. [O PSG] sporting director [P Leonardo] did not comment. Forward [P Neymar] was injured in a defeat by [O Olympique Lyonnais] earlier this month. [O Lille] lead the league on goal difference from [O Lyon], with [O PSG] third. In [L Germany], [O Bayern Munich] striker [P Robert Lewandowski] was named [O FIFA]'s best men's player.
Reporting by [P Julien Pretot]; Editing by [P Ed Osmond]`,
}
