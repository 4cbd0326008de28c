package ner

import "testing"

// audit2020CheckFloor is the regression floor of TestAudit2020Check:
// measured once when the articles were written, after the December 2020
// audit's rules, F1 0.9802 (P 0.9900 R 0.9706; 99 true, 1 false, 3
// missed: "Freedom House" typed a place, "Global Witness" and a
// possessive's "Flipkart" missed), the same as the model before those
// rules scores (commit e7de0ea): the check's text holds none of the
// shapes the rules read, so it shows they cost nothing there, not that
// they carry over. The test fails only more than 0.02 below.
const audit2020CheckFloor = 0.9802 - 0.02

// TestAudit2020Check scores audit2020Check as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020CheckFloor.
func TestAudit2020Check(t *testing.T) {
	floorAudit(t, audit2020Check, audit2020CheckFloor)
}

// audit2020Check: made-up Reuters-style articles of December 2020 written
// after the December 2020 audit's rules, as a check on new text (same
// conventions as audit2020Articles), measured once (audit2020CheckFloor).
var audit2020Check = []string{
	`[L CHICAGO] ([O Reuters]) - [O United Airlines] flew the first vaccine doses into [L Chicago] on Friday, and drug wholesaler [O Cardinal Health] said it had begun shipping to hospitals in 12 states. Cold storage firm [O Americold Realty Trust] said its warehouses in [L Atlanta] and [L Dallas] were ready. "Every dose has to be tracked," said [P Mike Kaufmann], chief executive of [O Cardinal Health]. [O Pfizer] said it had shipped 2.9 million doses in the first week.
Reporting by [P Tracy Rucinski]; Editing by [P Dan Grebler]`,
	`[L LONDON] ([O Reuters]) - [M British] supermarkets warned of gaps on shelves if no trade deal is agreed with the [O European Union] by Dec. 31. The [O British Retail Consortium] said fresh food from [L Spain] and the [L Netherlands] could face delays at ports. [O Tesco], [O Sainsbury's] and [O Marks & Spencer] said they were stockpiling tinned goods. [P Ian Wright], chief executive of the [O Food and Drink Federation], said tariffs would push up prices. The [O Department for Business, Energy and Industrial Strategy] did not comment.
Reporting by [P James Davey]; Editing by [P Mark Potter]`,
	`[L WILMINGTON], [L Delaware] ([O Reuters]) - A judge at the [O Delaware Court of Chancery] on Monday refused to block a $4 billion takeover of software firm [O Zendesk], rejecting claims by hedge fund [O Hudson Bay Capital]. Lawyers at [O Quinn Emanuel Urquhart & Sullivan], who represented the fund, said they would appeal. [O Sullivan & Cromwell] advised [O Zendesk]. Chancellor [P Kathaleen McCormick] said the board had acted in good faith.
Reporting by [P Tom Hals]; Editing by [P Leslie Adler]`,
	`[L PRAGUE] ([O Reuters]) - The [O Czech National Bank] kept its main interest rate at 0.25% on Thursday, as expected. Governor [P Jiri Rusnok] said inflation would ease next year. "The bank will stay on hold for a long time," said [P Jan Vejmelek], chief economist at [O Komercni Banka]. Analysts at [O Raiffeisen] expect a rate rise in 2022. [L Hungary]'s central bank, the [O Magyar Nemzeti Bank], will meet next week.
Reporting by [P Jason Hovet]; Editing by [P Toby Chopra]`,
	`[L WASHINGTON] ([O Reuters]) - Press freedom fell for the 15th year in a row, [O Freedom House] said on Wednesday, citing curbs on reporters covering the pandemic. Human rights group [O Human Rights First] urged President-elect [P Joe Biden] to restore funding for the [O U.S. Agency for Global Media]. [O Global Witness] said 212 land and environmental defenders had been killed last year, most of them in [L Colombia] and the [L Philippines].
Reporting by [P Simon Lewis]; Editing by [P Grant McCool]`,
	`[L NEW DELHI] ([O Reuters]) - The [O Competition Commission of India] ordered an investigation into [O Google]'s payments app on Friday, after a complaint that it abused the dominance of its [M Android] system. [O Paytm] and [O PhonePe], owned by [O Walmart]'s [O Flipkart], have complained about the practice. The [O Alliance of Digital India Foundation], a start-up lobby, welcomed the move. [O Google] said it would cooperate.
Reporting by [P Aditya Kalra] and [P Munsif Vengattil]; Editing by [P Kirsten Donovan]`,
	`[L LOS ANGELES] ([O Reuters]) - [P LeBron James] scored 28 points as the [O Los Angeles Lakers] beat the [O Dallas Mavericks] 138-115 on Christmas Day. [P Anthony Davis] added 19 for the champions. [O Dallas] guard [P Luka Doncic] was held to 27. In [L Brooklyn], the [O Nets] lost to [O Boston] 123-95, with [P Jayson Tatum] scoring 20 for the [O Celtics]. The [O National Basketball Association] said no fans would attend games in [L California].
Reporting by [P Rory Carroll]; Editing by [P Peter Rutherford]`,
	`[L SANTIAGO] ([O Reuters]) - [O LATAM Airlines Group] asked a [L New York] bankruptcy court on Tuesday to approve a $2.45 billion loan, as the carrier works through its restructuring. [M Mexican] airline [O Aeromexico] said it had raised $1 billion from [O Apollo Global Management]. [O Avianca Holdings] said it hoped to leave bankruptcy by mid-2021. "The region's carriers are running out of time," said [P Guillermo Cordero], an analyst at [O Fitch Ratings].
Reporting by [P Marcelo Rochabrun]; Editing by [P Sandra Maler]`,
}
