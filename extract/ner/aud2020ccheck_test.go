package ner

import "testing"

// audit2020cCheckFloor is the regression floor of TestAudit2020cCheck:
// blind at commit 8eb10f2 F1 0.9224 (P 0.9352 R 0.9099; PERSON 0.9512,
// LOCATION 0.9565, ORGANIZATION 0.8791); with one markup slip put right
// ("FDA" before "commissioner" had been left unmarked) 0.9273
// (ORGANIZATION 0.8913). Never tuned on; after the rules of
// audit 2020c still 0.9273: none of its misses is of their kinds (left:
// "Doctors Without Borders", "iQiyi", "ClearSpace", "Ping An", "Unite",
// "300 Entertainment" missed; "MINUSCA" and "Matchroom" typed places;
// "Prince Harry" and "Sabah al-Khalid al-Sabah" cut; "Music" of "Music
// label" and "New Shepard" typed organizations). The test fails only more
// than 0.01 below that.
const audit2020cCheckFloor = 0.9273 - 0.01

// TestAudit2020cCheck scores audit2020cCheck as TestAudit2020c scores its
// articles (floorAudit) and fails only below audit2020cCheckFloor.
func TestAudit2020cCheck(t *testing.T) {
	floorAudit(t, audit2020cCheck, audit2020cCheckFloor)
}

// audit2020cCheck: made-up Reuters-style articles of December 2020 written
// with audit2020cArticles but never tuned on: a check that rules written
// against those carry over to new text (same conventions).
var audit2020cCheck = []string{
	`[L KUWAIT] ([O Reuters]) - Opposition candidates won nearly half of the 50 seats in [L Kuwait]'s parliamentary election, official results showed on Sunday, in a rebuke to the government over its handling of the economy. Only one of the 29 women who stood, [P Safaa al-Hashem], had held a seat, and she lost it. [P Marzouq al-Ghanim], the speaker of the [O National Assembly], kept his seat. Emir Sheikh [P Nawaf al-Ahmad al-Sabah] reappointed Sheikh [P Sabah al-Khalid al-Sabah] as prime minister. "People voted for change," said [P Bader al-Saif], a professor at [O Kuwait University].
Reporting by [P Ahmed Hagagy]; Editing by [P Ghaida Ghantous]`,
	`[L BANGUI] ([O Reuters]) - Rebels who had advanced on [L Bangui] were pushed back on Saturday by [M Russian] and [M Rwandan] troops sent to help President [P Faustin-Archange Touadera] before Sunday's election. The government accused former president [P Francois Bozize] of plotting a coup with the rebel alliance, which he denied. The [O United Nations] peacekeeping mission, [O MINUSCA], said three of its soldiers had been killed. The [O Constitutional Court] rejected [P Bozize]'s bid to stand. [O Doctors Without Borders] said thousands had fled to the [L Democratic Republic of Congo].
Reporting by [P Aaron Ross]; Editing by [P Frances Kerry]`,
	`[L WASHINGTON] ([O Reuters]) - The [O U.S. Food and Drug Administration] on Friday authorised [O Moderna Inc]'s COVID-19 vaccine for emergency use, a week after it cleared the shot from [O Pfizer] and [O BioNTech]. [O FDA] commissioner [P Stephen Hahn] said 5.9 million doses would ship this weekend. [O Moderna], based in [L Cambridge], [L Massachusetts], developed the vaccine with the [O National Institutes of Health]. [O McKesson] will distribute it. [M Operation Warp Speed] chief adviser [P Moncef Slaoui] said 20 million people could be vaccinated by the end of December. [O Moderna] shares fell 5%.
Reporting by [P Manas Mishra] and [P Michael Erman]; Editing by [P Bill Berkrot]`,
	`[L LONDON] ([O Reuters]) - [P Anthony Joshua] knocked out [M Bulgarian] [P Kubrat Pulev] in the ninth round at [L Wembley Arena] on Saturday to keep his world heavyweight titles. [P Joshua], 31, said he wanted to fight [M British] rival [P Tyson Fury] next. "Give me [P Fury]," he told broadcaster [O Sky Sports]. Promoter [P Eddie Hearn] of [O Matchroom] said 1,000 fans had been allowed in. The [O World Boxing Organization] had ordered the fight against [P Pulev], its mandatory challenger.
Reporting by [P Mitch Phillips]; Editing by [P Clare Fallon]`,
	`[L STOCKHOLM] ([O Reuters]) - [O Spotify] said on Wednesday it had signed a podcast deal with [P Prince Harry] and [P Meghan]'s company [O Archewell Audio], and that it would launch in 85 more countries next year. Chief executive [P Daniel Ek] said podcasts drew more listeners to the app. [O Netflix] said it would raise prices in [L Britain], and [M Chinese] video platform [O iQiyi] said it was under investigation by the [O SEC]. Music label [O Warner Music Group] said it had bought [O 300 Entertainment] for $400 million.
Reporting by [P Supantha Mukherjee]; Editing by [P Arun Koyyur]`,
	`[L BOCA CHICA], [L Texas] ([O Reuters]) - [O SpaceX]'s [M Starship] prototype exploded on landing on Wednesday after its first high-altitude flight, in a test that [P Elon Musk] nonetheless called a success. The rocket climbed to 12.5 km above the company's site in [L Texas]. The [O Federal Aviation Administration] said it would oversee the investigation. Rival [O Blue Origin] said its [M New Shepard] capsule would fly again in January, and the [O European Space Agency] signed a contract with [M Swiss] start-up [O ClearSpace] to remove a piece of debris from orbit.
Reporting by [P Joey Roulette]; Editing by [P Steve Orlofsky]`,
	`[L HONG KONG] ([O Reuters]) - [O HSBC Holdings] is considering moving its chief executive to [L Hong Kong], people familiar with the matter said on Tuesday, as [L Asia] brings in most of its profit. Its largest shareholder, [M Chinese] insurer [O Ping An], has pushed for a break-up. [O Standard Chartered] said it would resume its dividend after the [O Bank of England] eased its curbs. [P Noel Quinn], [O HSBC]'s chief executive, has said the bank's future lies in [L Asia]. The [O Hong Kong Monetary Authority] declined to comment.
Reporting by [P Lawrence White] and [P Alun John]; Editing by [P Jason Neely]`,
	`[L LONDON] ([O Reuters]) - [M British] nurses will be balloted on strike action if the government freezes their pay, the [O Royal College of Nursing] said on Wednesday. [O Unite], [L Britain]'s second largest union, said bus drivers in [L London] would walk out for three days in January, and the [O GMB] union said it had won a pay rise for 10,000 [O Asda] warehouse staff. Chancellor [P Rishi Sunak] has frozen pay for most public sector workers except doctors and nurses. The [O Trades Union Congress] said the freeze was "a kick in the teeth".
Reporting by [P William Schomberg]; Editing by [P Alistair Smout]`,
}
