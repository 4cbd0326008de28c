package ner

import "testing"

// audit2020dCheckFloor is the regression floor of TestAudit2020dCheck:
// blind at commit 5d688c9 (doc22) F1 0.9722 (P 0.9722 R 0.9722; PERSON
// 1.0000, LOCATION 0.9615, ORGANIZATION 0.9600). Two gold marks then put
// right to CoNLL-2003's conventions as eng.train applies them, not to the
// model: "Congress" of "Peruvian Congress member" had been left unmarked,
// and "U.S. Federal Aviation Administration" is one organization (eng.train
// marks "U.S." with the agency after it as part of it 7 times in 8): 0.9907
// (P 0.9907 R 0.9907; LOCATION 0.9804, ORGANIZATION 0.9901). Never tuned
// on; after the rules of audit 2020d still 0.9907 (left: "Buenaventura",
// a company named for a town, typed a place). The test fails only more
// than 0.01 below that.
const audit2020dCheckFloor = 0.9907 - 0.01

// TestAudit2020dCheck scores audit2020dCheck as TestAudit2020d scores its
// articles (floorAudit) and fails only below audit2020dCheckFloor.
func TestAudit2020dCheck(t *testing.T) {
	floorAudit(t, audit2020dCheck, audit2020dCheckFloor)
}

// audit2020dCheck: made-up Reuters-style articles of December 2020 written
// with audit2020dArticles but never tuned on: a check that rules written
// against those carry over to new text (same conventions).
var audit2020dCheck = []string{
	`[L PANAMA CITY] ([O Reuters]) - Traffic through the [L Panama Canal] will fall 5% next year as fewer liquefied natural gas tankers make the crossing, the [O Panama Canal Authority] said on Tuesday. Administrator [P Ricaurte Vasquez] said the authority would raise fees for some vessels from January. [M Taiwanese] container line [O Evergreen Marine], whose ship blocked a lock for six hours last month, said it had paid a fine. [O Mediterranean Shipping Company] said it would add two weekly services from [L Asia] to the [L U.S. East Coast].
Reporting by [P Elida Moreno]; Editing by [P Paul Simao]`,
	`[L ZURICH] ([O Reuters]) - [O Nestle] agreed on Monday to buy [L U.S.] vitamin maker [O The Bountiful Company]'s main brands from private equity firm [O KKR] for $5.75 billion. Chief executive [P Mark Schneider] said health products would be a pillar of growth. [O Nestle] shares were flat in [L Zurich]. Rival [O Danone], which faces pressure from activist fund [O Bluebell Capital Partners], said it would cut 2,000 jobs. "This is a big bet on wellness," said [P Jean-Philippe Bertschy], an analyst at [O Vontobel].
Reporting by [P John Revill]; Editing by [P Michael Shields]`,
	`[L MEXICO CITY] ([O Reuters]) - [M Mexican] airline [O Grupo Aeromexico] said on Wednesday a court in [L New York] had approved its $1 billion bankruptcy loan from [O Apollo Global Management]. Low-cost rival [O Volaris] said passenger numbers in November were 93% of last year's. The [O U.S. Federal Aviation Administration] said it was reviewing [L Mexico]'s safety rating, a move that could stop new routes to the [L United States]. Chief executive [P Enrique Beltranena] of [O Volaris] said he did not expect a downgrade.
Reporting by [P Anthony Esposito]; Editing by [P Dan Grebler]`,
	`[L LIMA] ([O Reuters]) - [M Peruvian] [O Congress] member [P Francisco Sagasti], sworn in as interim president last month, named a new head of the national police on Thursday after two protesters were killed. [L Peru]'s mining chamber, the [O National Society of Mining, Petroleum and Energy], said protests had not hit output. [O Newmont], which owns the [L Yanacocha] gold mine with [M Peruvian] partner [O Buenaventura], said it would build a $2 billion sulphide project. [O Hochschild Mining] shares rose 3% in [L London].
Reporting by [P Marco Aquino]; Editing by [P Aurora Ellis]`,
	`[L ABU DHABI] ([O Reuters]) - [O Abu Dhabi National Energy Company], known as [O TAQA], said on Sunday it had agreed to buy a stake in [O Abu Dhabi Power Corporation]'s water assets. Chief executive [P Jasim Husain Thabet] said the deal would double the company's size. Sovereign investor [O ADQ], chaired by Sheikh [P Tahnoon bin Zayed al-Nahyan], said it would take a 22% stake in [M Egyptian] food firm [O Juhayna Food Industries]. The [O Abu Dhabi Securities Exchange] index rose 0.6%.
Reporting by [P Yousef Saba]; Editing by [P Kirsten Donovan]`,
	`[L BENGALURU] ([O Reuters]) - Workers at a plant run by [M Taiwanese] contract manufacturer [O Wistron] near [L Bengaluru] smashed windows and set cars on fire on Saturday in a protest over unpaid wages, police said. [O Wistron], which assembles [M iPhone] handsets for [O Apple], said it had lost up to $7 million. [L Karnataka] state labour minister [P Shivaram Hebbar] said the company had broken labour laws. The [O All India Trade Union Congress] called for an inquiry, and [O Apple] said it was sending staff to the plant.
Reporting by [P Nivedita Bhattacharjee]; Editing by [P Aditya Soni]`,
	`[L ABU DHABI] ([O Reuters]) - [O Red Bull]'s [P Max Verstappen] won the season-ending [M Abu Dhabi Grand Prix] on Sunday from pole position, ahead of [O Mercedes] pair [P Valtteri Bottas] and [P Lewis Hamilton]. Results:
1. [P Max Verstappen] ([L Netherlands]) [O Red Bull] 1:36:28.645
2. [P Valtteri Bottas] ([L Finland]) [O Mercedes] +15.976
3. [P Lewis Hamilton] ([L Britain]) [O Mercedes] +18.415
[O Haas] said [M Russian] driver [P Nikita Mazepin] would race for the team next year. The [O FIA] said it would review track limits.
Reporting by [P Alan Baldwin]; Editing by [P Clare Fallon]`,
	`[L MANCHESTER], [L England] ([O Reuters]) - The [O University of Manchester] said on Friday it would cut tuition fees for students in halls of residence after protesters occupied a tower block. Vice-chancellor [P Nancy Rothwell] apologised. The [O Office for Students] said universities must give value for money, and the [O University and College Union] said 2,000 staff at [O King's College London] would be balloted on strikes. [O Universities UK] said the sector faced losses of 2 billion pounds.
Reporting by [P Alistair Smout]; Editing by [P Gareth Jones]`,
}
