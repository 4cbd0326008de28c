package ner

import "testing"

// audit2020bCheckFloor is the regression floor of TestAudit2020bCheck:
// blind at commit 6724f37 F1 0.9659 (P 0.9802 R 0.9519; ORGANIZATION
// 0.9615); after the second December 2020 audit's rules, never tuned on,
// 0.9756 (P 0.9901 R 0.9615; ORGANIZATION 0.9714: "Burnley" after "drew
// 1-1 at", clubsAsOpponents). Left: "Next Digital" and "Houthi" missed,
// "Oxfam" typed a person, "International Space Station" missed. It showed
// one tried rule (joinMiscOrg: "Iran-aligned Houthi") did not carry over;
// that rule was dropped. The test fails only more than 0.01 below.
const audit2020bCheckFloor = 0.9756 - 0.01

// TestAudit2020bCheck scores audit2020bCheck as TestAudit2020b scores its
// articles (floorAudit) and fails only below audit2020bCheckFloor.
func TestAudit2020bCheck(t *testing.T) {
	floorAudit(t, audit2020bCheck, audit2020bCheckFloor)
}

// audit2020bCheck: made-up Reuters-style articles of December 2020 written
// with audit2020bArticles but never tuned on: a check that its rules carry
// over to new text (same conventions as audit2020bArticles).
var audit2020bCheck = []string{
	`[L HONG KONG] ([O Reuters]) - A [L Hong Kong] court on Saturday denied bail to media tycoon [P Jimmy Lai], the founder of the [O Apple Daily] newspaper, who is charged with fraud. Shares of his publisher [O Next Digital] fell 10%. The [O Hong Kong Journalists Association] said press freedom was under threat, and [O Amnesty International] called the charges a pretext. Chief Executive [P Carrie Lam] said the courts were independent.
Reporting by [P Jessie Pang]; Editing by [P William Mallard]`,
	`[L CAPE CANAVERAL], [L Florida] ([O Reuters]) - [O United Launch Alliance] sent a spy satellite into orbit on Thursday after three delays, and [O Firefly Aerospace] said its first rocket would fly from [L California] in the spring. [O NASA] chose [O Axiom Space] to send four private astronauts to the [L International Space Station]. [O Virgin Orbit] said it had moved its next launch to January. "Everyone wants a ride," said [P Laura Forczyk], founder of consultancy [O Astralytical].
Reporting by [P Joey Roulette]; Editing by [P Lisa Shumaker]`,
	`[L STOCKHOLM] ([O Reuters]) - [O H&M] said on Tuesday sales fell 10% in the fourth quarter as [M European] stores closed again. [M Spanish] rival [O Inditex], the owner of [O Zara], said online orders had jumped. [M German] online retailer [O Zalando] raised its forecast, and [M Swedish] buy-now-pay-later firm [O Klarna] said it would hire 500 people in [L Berlin]. "Fashion has moved to the phone," said [P Richard Chamberlain], an analyst at [O RBC Capital Markets].
Reporting by [P Anna Ringstrom]; Editing by [P Kim Coghill]`,
	`[L FRANKFURT] ([O Reuters]) - [O Lufthansa] said on Monday it would ground more planes in January, and its budget unit [O Eurowings] cut its winter schedule by a third. [M British] carrier [O easyJet] said bookings had jumped after [L Britain] approved a vaccine, while [O Cathay Pacific] said it would fly just 5% of its usual capacity. The [O International Air Transport Association] said airlines would lose $38 billion next year. [P Carsten Spohr], chief executive of [O Lufthansa], said travel would recover in the summer.
Reporting by [P Ilona Wissenbach]; Editing by [P Thomas Seythal]`,
	`[L BEIRUT] ([O Reuters]) - [O Hezbollah] leader [P Hassan Nasrallah] said on Sunday his group would not be drawn into a war with [L Israel]. In [L Yemen], the [M Iran-aligned] [O Houthi] movement fired a missile at a [M Saudi] oil terminal in [L Jeddah]. [O Save the Children] said 12,000 children had been killed or maimed in [L Yemen] since 2015, and [O Oxfam] said food prices there had doubled. The [O United Nations] envoy [P Martin Griffiths] said talks would resume in January.
Reporting by [P Laila Bassam]; Editing by [P Alex Richardson]`,
	`[L LONDON] ([O Reuters]) - [M British] digital bank [O Monzo] cut its valuation by 40% as it raised 60 million pounds, while rival [O Revolut] said it had broken even in November. [M American] payments firm [O Stripe] is in talks to raise money at a $100 billion value, people familiar with the matter said. Data analytics firm [O Palantir Technologies] won a contract from the [O National Health Service]. "Fintech valuations are coming back to earth," said [P Tom Blomfield], co-founder of [O Monzo].
Reporting by [P Iain Withers]; Editing by [P Jane Merriman]`,
	`[L LIVERPOOL], [L England] ([O Reuters]) - [O Liverpool] beat [O Tottenham Hotspur] 2-1 at [L Anfield] on Wednesday to go top of the [M Premier League], with [P Roberto Firmino] heading the winner. [O Everton] climbed to second after beating [O Arsenal] 2-1, and [O Crystal Palace] drew 1-1 at [O Burnley]. "We fought for every ball," [O Liverpool] manager [P Juergen Klopp] said. [O Tottenham] boss [P Jose Mourinho] said the better team had lost.
Reporting by [P Simon Evans]; Editing by [P Ken Ferris]`,
	`[L ISTANBUL] ([O Reuters]) - [L Turkey]'s central bank raised its main rate to 17% on Thursday, as new governor [P Naci Agbal] sought to win back investors. The [M Turkish] lira firmed 1%. [O Turkish Airlines] said it would order more jets from [O Airbus], and [O Turkcell] said it had sold its stake in a [M Ukrainian] operator. "This is a credible start," said [P Piotr Matys], a strategist at [O Rabobank]. The [O Istanbul Chamber of Industry] said factories were running at 75% of capacity.
Reporting by [P Ezgi Erkoyun]; Editing by [P Jonathan Spicer]`,
}
