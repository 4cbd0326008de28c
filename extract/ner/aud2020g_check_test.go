package ner

import "testing"

// audit2020gCheckFloor is the regression floor of TestAudit2020gCheck:
// blind at commit cbf9519 (doc22) F1 0.9571 (P 0.9571 R 0.9571; PERSON
// 0.9346, LOCATION 0.9667, ORGANIZATION 0.9735). Never tuned on; after the
// rules of audit 2020g 0.9643 (P 0.9643 R 0.9643; PERSON 0.9346,
// LOCATION 0.9831, ORGANIZATION 0.9825: "Sri Lanka Cricket said" now one
// organization, joinPlaceSportBodies; left: "Bernadette Christina Munthe"
// cut in two, "Lord" of "Lord Allan Velasco" left out, the club "Al Hilal"
// typed a person, the ground "Wanderers" typed an organization, "German
// Larrea" missed). The test fails only more than 0.01 below that.
const audit2020gCheckFloor = 0.9643 - 0.01

// TestAudit2020gCheck scores audit2020gCheck as TestAudit2020g scores its
// articles (floorAudit) and fails only below audit2020gCheckFloor.
func TestAudit2020gCheck(t *testing.T) {
	floorAudit(t, audit2020gCheck, audit2020gCheckFloor)
}

// audit2020gCheck: made-up Reuters-style articles of December 2020 written
// with audit2020gArticles but never tuned on (no rule is written from
// them): a check that rules written against those carry over to new text
// (same regions, same conventions).
var audit2020gCheck = []string{
	`[L NEW DELHI] ([O Reuters]) - [O Adani Group], run by billionaire [P Gautam Adani], took over the running of [L Mangaluru] airport this month and will take over [L Thiruvananthapuram] airport next year after the [O Kerala High Court] dismissed a challenge by the state government. The [O Airports Authority of India] said the leases would raise 10 billion rupees a year. [O Tata Sons] chairman [P Natarajan Chandrasekaran] said the group would bid for state carrier [O Air India]. In cricket, the [O Board of Control for Cricket in India] said a ninth team would be added to the [M Indian Premier League] in 2022, and its secretary [P Jay Shah] said [O Mumbai Indians], who won this year's title in [L Dubai], would keep their captain [P Rohit Sharma].
Reporting by [P Aditi Shah] and [P Sudipto Ganguly]; Editing by [P Kirsten Donovan]`,
	`[L JAKARTA] ([O Reuters]) - The first 1.2 million doses of [O Sinovac Biotech]'s vaccine arrived in [L Indonesia] on Sunday, and state drugmaker [O Bio Farma] said it would make more from bulk material. State Enterprises Minister [P Erick Thohir] said flag carrier [O Garuda Indonesia] would fly the vaccines around the archipelago and that state energy firm [O Pertamina], led by [P Nicke Widyawati], would list its units on the [O Indonesia Stock Exchange]. Health Minister [P Terawan Agus Putranto] said the [O Food and Drug Monitoring Agency] must first approve the shot. [P Ma'ruf Amin], the vice president, said the [O Indonesian Ulema Council] would rule whether the vaccine was halal.
Reporting by [P Bernadette Christina Munthe] and [P Fransiska Nangoy]; Editing by [P Ed Davies]`,
	`[L MANILA] ([O Reuters]) - Boxing champion and senator [P Manny Pacquiao] was named president of the ruling [O PDP-Laban] party this month, and said on Monday he was "ready" to run for president in 2022. The party's chairman, President [P Rodrigo Duterte], did not comment. [O House of Representatives] Speaker [P Lord Allan Velasco], who took the post from [P Alan Peter Cayetano] in October, said the chamber would hold hearings on vaccine deals. Conglomerate [O San Miguel Corp], led by [P Ramon Ang], said it would build a new airport in [L Bulacan] province, north of [L Manila]. [O Philippine Airlines] said it would cut 30% of its staff.
Reporting by [P Karen Lema]; Editing by [P Martin Petty]`,
	`[L LAGOS] ([O Reuters]) - The [O Nigeria Football Federation] said on Friday coach [P Gernot Rohr] would stay in charge of the [O Super Eagles] for the [M Africa Cup of Nations] qualifiers, after a 4-4 draw with [L Sierra Leone] in [L Benin City] last month. Its president, [P Amaju Pinnick], said the [M German] had the board's backing. Midfielder [P Wilfred Ndidi] of [O Leicester City] and striker [P Victor Osimhen] of [O Napoli] returned to training after injuries. In the [M CAF Confederation Cup], [O Enyimba] beat [O Rivers United] on penalties, and [M Ghanaian] champions [O Asante Kotoko] lost to [O Al Hilal] of [L Sudan].
Reporting by [P Christian Akorlie]; Editing by [P Ken Ferris]`,
	`[L JOHANNESBURG] ([O Reuters]) - [L South Africa] beat [L Sri Lanka] by an innings and 45 runs in the first test at [L Centurion] on Tuesday, with captain [P Quinton de Kock] and fast bowler [P Lutho Sipamla] starring. [O Cricket South Africa]'s interim board said director of cricket [P Graeme Smith] would stay in his post, a day after Sports Minister [P Nathi Mthethwa] withdrew his threat to dissolve the board. [M Sri Lankan] captain [P Dimuth Karunaratne] said injuries to [P Dhananjaya de Silva] and [P Kasun Rajitha] had hurt his side. [O Sri Lanka Cricket] said the second test in [L Johannesburg] would go ahead on Sunday at the [L Wanderers].
Reporting by [P Nick Said] in [L Cape Town]; Editing by [P Ed Osmond]`,
	`[L ISTANBUL] ([O Reuters]) - [O Galatasaray] beat [O Fenerbahce] 2-0 in the [L Istanbul] derby on Saturday to go second in the [M Super Lig], two points behind leaders [O Besiktas]. Coach [P Fatih Terim] said his side had deserved the win. The [O Turkish Football Federation] said it would investigate crowd trouble outside the [L Sukru Saracoglu Stadium]. Earlier this month, the [M Champions League] match between [O Paris St Germain] and [O Istanbul Basaksehir] was halted after players walked off over a racist remark by a fourth official to [O Basaksehir] assistant coach [P Pierre Webo]. [O UEFA] said it had opened an investigation, and [O PSG] forward [P Kylian Mbappe] said "enough".
Reporting by [P Ali Kucukgocmen]; Editing by [P Christian Radnedge]`,
	`[L MEXICO CITY] ([O Reuters]) - Cement maker [O Cemex] said on Monday it would sell a plant in [L Kentucky] for $499 million, chief executive [P Fernando Gonzalez] said, as it cuts debt. Shares of [O Cemex] rose 3% and the benchmark [M IPC] index of the [O Mexican Stock Exchange] gained 0.5%. Broadcaster [O Grupo Televisa] said its chairman [P Emilio Azcarraga] would step down as chief executive. Mining group [O Grupo Mexico], controlled by [P German Larrea], said it would build a new copper plant in [L Sonora]. [O Fitch Ratings] said the outlook for [L Mexico]'s state power company, the [O Federal Electricity Commission], was negative.
Reporting by [P Diego Ore] and [P Abraham Gonzalez]; Editing by [P Peter Cooney]`,
	`[L HANOI] ([O Reuters]) - A [M Vietnamese] court jailed three journalists of an independent group, the [O Independent Journalists Association of Vietnam], for up to 15 years on Tuesday for "propaganda against the state". [O Human Rights Watch] said the trial lasted one day. [P Pham Chi Dung], the group's founder, got 15 years. The ruling [O Communist Party] will hold its congress in January, when General Secretary [P Nguyen Phu Trong] is expected to step down. [M South Korean] electronics firm [O Samsung Electronics] said it would build a research centre in [L Hanoi], and its vice chairman [P Lee Jae-yong] met Prime Minister [P Nguyen Xuan Phuc] by video. [M Chinese] company [O Xiaomi] said it would make phones in [L Vietnam].
Reporting by [P Khanh Vu]; Editing by [P Kenneth Maxwell]`,
}
