package ner

import "testing"

// audit2020kFloor is the regression floor of TestAudit2020k. Measured
// blind (articles and gold committed at 1ea411f before the model was run
// on them) at that commit (doc25): overall F1 0.8786 (P 0.8906 R 0.8669;
// PERSON 0.9652, LOCATION 0.8403, ORGANIZATION 0.8302). The errors, by
// kind: a web paper or blog after a byline's bar or in a photo credit
// after the slash missed or mistyped ("Pittsfield Courier", "Lakeshore
// Herald" twice people; "North East Sport", "Philly Transit Watch"
// places; "Music City Dispatch" twice, "Rose City Soccer Blog" missed;
// "USA Today Sports" cut to "USA"; "By" taken into "Nadia Qureshi");
// clubs by nickname or town and nickname missed or mistyped ("Whites",
// "Bucks", "Thorns" twice, "Current" three times; "Kansas City Current"
// cut to the town, "Washington Spirit" a place, "Orlando Pride" a
// person); a sports report's dateline typed the team of its town
// ("BOSTON", "PORTLAND"); firms, bands and bodies new to the tagger
// missed ("Live Nation", "Ticketmaster", "AEG Presents", "Paper
// Lanterns", "People" the magazine, "Unison", "On", "English Football
// League") or cut ("Kings of Leon" to "Leon" twice, "Reform UK" to "UK"
// three times, "University of Texas at Austin" at "at", "Transport
// Workers Union Local 234" before "234"); hospitals typed places
// ("Fairview Hospital", "Pennsylvania Hospital", as eng.train types its
// hospitals, though ENTITY-LISTS.md, which the gold follows, makes them
// organizations); "Brooks Running" a person; "Oregon District" and a
// "Berkshire" before "hospital" organizations, "Shelby Bottoms Park" a
// person; products and party words typed ("Lumora Lens" and "Lens" of
// "Lens 2", "Hoka" a place, "SEPTA" of "SEPTA Key", "Marseille" of a
// film's title, "Tories" twice, "American" taken into "Department of
// Government Efficiency", "NWSL" a place). The one kind also seen on an
// a-half page, a university's campus after "at" ("University of
// California at Berkeley", dragnet-web R227), was tried as a join and
// not kept: gum-news (whose reader cuts such names at "at") fell 0.0053
// and dragnet-news-b 0.0027. A second kind, a club named by its town and
// a nickname missed or typed a place or a person (here "Washington
// Spirit", "Orlando Pride", "Kansas City Current"; on dragnet-web R417
// and R420 and in audit2020iCheck too), was tried as a span rule (after
// "the", in a sports report with scores, a known town and one nickname
// word is a club): 0.8876 here and dragnet-web-b +0.0024, but modern-web
// fell 0.0007, all of it from the place's case; without that case no dev
// set moved, so the mean did not rise. Neither is kept; the test fails
// only more than 0.01 below the blind figure.
const audit2020kFloor = 0.8786 - 0.01

// TestAudit2020k scores audit2020kArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020kFloor.
func TestAudit2020k(t *testing.T) {
	floorAudit(t, audit2020kArticles, audit2020kFloor)
}

// audit2020kArticles: an eleventh blind set (issue 11), and the first not
// in the wire's style: made-up 2020s WEB news articles of the kind a news
// site, a local paper or a tech or sports blog publishes, each with a
// headline, a byline ("By Jane Doe | Paper") and most with a photo
// caption and credit: a city council, a federal court and a school board,
// a hospital and a nurses' union, a gadget launch, a football and a
// basketball match report and a women's soccer recap (clubs named by
// their city, in full and by nickname), a music festival, a company's
// results with its rivals, a celebrity wedding, a local election, a
// transit agency, a school district and a county treasurer's sentencing; many names given in full and
// then by surname, by an acronym defined in the text or by a short form.
// Written and marked up before the model was run on them, as
// audit2020Articles are ("[O name]"; P, L, O, M), to CoNLL-2003's
// conventions as eng.train applies them and ENTITY-LISTS.md spells them
// out: nationality and party-member words, products, brands' devices,
// films, songs, festivals, leagues and competitions MISC; venues, parks,
// streets and stadiums places; clubs, bands, schools, hospitals, papers
// and courts organizations, a club's nickname too when it stands for the
// club; titles outside the name; photo credits count. The events are made
// up; the people, papers and most firms are made up or real ones of the
// time.
var audit2020kArticles = []string{
	`Council backs [L Main Street] bike lanes after four-hour hearing
By [P Megan Tolliver] | [O Dayton Daily Ledger]
[L DAYTON] — The [O Dayton City Commission] voted 3-2 late Wednesday to add protected bike lanes to a mile of [L Main Street], ending a fight that had packed the commission chambers at three straight meetings. Mayor [P Rhonda Kessler] cast the deciding vote, saying the street "was built for 1965, not 2025." Commissioner [P Luis Ortega], who voted no, said shop owners near the [L Oregon District] had not been heard. The [O Downtown Dayton Partnership] backed the plan, and its president, [P Sandra Whitcomb], said foot traffic had risen on streets in [L Columbus] that added lanes. The [O Ohio Department of Transportation] ([O ODOT]) will pay for most of the $4.2 million project through a federal grant; [O ODOT] spokesman [P Kyle Brandt] said work could begin in April. The [O Greater Dayton Regional Transit Authority], which runs the buses, said two stops would move. [P Kessler] said residents can see the plans at the main branch of the [O Dayton Metro Library] through March.
Cyclists ride along [L Main Street] near [L Courthouse Square] on Tuesday. (Photo: [P Jordan Reyes] / [O Dayton Daily Ledger])`,
	`Judge blocks school board's removal of 41 library books
By [P Alicia Brennan], Staff Writer
[L TALLAHASSEE] — A federal judge on Monday temporarily blocked the [O Leon County School Board] from pulling 41 books from its school libraries, ruling that the policy likely violates students' free speech rights. Judge [P Helen Okafor] of the [O U.S. District Court] in [L Tallahassee] wrote that the board had removed titles "because some members disliked the ideas in them." The suit was brought by publisher [O Penguin Random House], the writers' group [O PEN America] and four parents, one of whom has a daughter at [O Lincoln High School]. Board chair [P Dwayne Pugh] said the district would follow the order while it appeals to the [O 11th Circuit Court of Appeals] in [L Atlanta]. The [O Florida Department of Education] said the ruling "ignores the role of parents." [P Okafor]'s order covers novels by [P Toni Morrison] and [P Khaled Hosseini] as well as a picture book about penguins. "This is a good day for readers," said [P Kasey Meehan] of [O PEN America].
Books pulled from shelves at a [L Tallahassee] middle school last fall. (Photo: [P Grant Foley] / [O Capital City Times])`,
	`[L Berkshire] hospital to end births in June; nurses vow fight
By [P Priya Raman] | [O Pittsfield Courier]
[L PITTSFIELD] — [O Berkshire Medical Center] will stop delivering babies on June 1 and send expectant mothers to [O Fairview Hospital] in [L Great Barrington], 35 minutes south, its parent company said Thursday. [O Berkshire Health Systems] ([O BHS]) blamed a shortage of obstetricians and falling births in the county. The [O Massachusetts Nurses Association] ([O MNA]), which represents 800 nurses at the hospital, said the move would put women at risk on winter roads. "They are closing a unit, not fixing a staffing problem," said [P Gina Lafleur], an [O MNA] steward and labor nurse. [O BHS] chief executive [P Darlene Rodowicz] said no nurse would lose a job. The [O Massachusetts Department of Public Health] must hold a hearing before any essential service closes. State Sen. [P Paul Mark] called for the state to step in, and [O Baystate Health] in [L Springfield] said it could take some patients. [O Berkshire Community College] said it would keep its nursing program, which places students on the unit.`,
	`[O Lumora]'s new AR glasses are lighter than [O Meta]'s. Will anyone wear them?
By [P Dev Malhotra] | Gadgets | 5 min read
[O Lumora], the [L San Jose] startup founded by two former [O Apple] engineers, on Tuesday unveiled the [M Lumora Lens 2], a pair of augmented-reality glasses that weighs 62 grams and shows messages and maps in the right lens. At $599, they undercut [O Meta]'s [M Ray-Ban Display] glasses, which are made with eyewear giant [O EssilorLuxottica], by $200. Chief executive [P Hana Ishikawa] said the [M Lens 2] runs on a [O Qualcomm] chip and works with [O Google]'s [M Android XR] software, but not yet with the [M iPhone]. "We wanted something you forget you're wearing," she said at the launch in [L San Francisco]. I wore a pair for a day: the display is sharp indoors but washes out in sun. [O Lumora], which has raised $140 million from investors led by [O Andreessen Horowitz], says preorders open on [O Amazon] and at [O Best Buy] next week. [P Teresa Lindgren], an analyst at research firm [O IDC], said smart glasses shipments doubled last year.
The [M Lens 2] on show at the launch event. (Image: [O Lumora])`,
	`[O Sunderland] 2-1 [O Leeds]: [O Black Cats] fight back to go top
By [P Callum Reid] | [O North East Sport]
[O Sunderland] came from a goal down to beat [O Leeds United] 2-1 at the [L Stadium of Light] on Saturday and go top of the [M Championship] for the first time since 2019. [O Leeds] led at the break through [P Harvey Cole], who headed in a corner from [P Mateo Joseph] after 23 minutes. The [O Black Cats] were level soon after the restart when [P Wilson Isidor] turned in [P Patrick Roberts]' cross, and 18-year-old [P Chris Rigg] curled in the winner with eight minutes left. "The lads showed what this club is about," [O Sunderland] head coach [P Marc Delorme] said. [O Whites] boss [P Daniel Farke] felt his side should have had a penalty. [O Leeds] drop to third behind [O Sheffield United], who won 3-0 at [O Middlesbrough]; [O Boro] have now lost three in a row at the [L Riverside]. The [O English Football League] ([O EFL]) confirmed the [O Sunderland] game with [O Burnley] will be shown on [O Sky Sports].
[P Chris Rigg] celebrates his winner. (Photo: [P Ian Horrocks] / [O Getty Images])`,
	`[P Tatum] scores 38 as [O Celtics] hold off [O Bucks]
By [P Jared Okonkwo] | [O Green Street Hoops]
[L BOSTON] — [P Jayson Tatum] scored 38 points and the [O Boston Celtics] held off the [O Milwaukee Bucks] 118-112 on Thursday night at [L TD Garden] for their fifth straight win. [P Jaylen Brown] added 24 points and [P Derrick White] hit four threes as [O Boston] improved to 31-12. [P Giannis Antetokounmpo] had 35 points and 14 rebounds for [O Milwaukee], which cut a 19-point lead to three in the final minute before [P Tatum] hit two free throws. "We got stagnant," [O Celtics] coach [P Joe Mazzulla] said. "[P Giannis] is going to make runs." [O Bucks] coach [P Doc Rivers] was fined $25,000 by the [O NBA] last week for criticizing officials and declined to talk about the refereeing. [P Kristaps Porzingis] missed his third game with an ankle sprain. [O Milwaukee] has lost four of five since the [M NBA Cup] final. Up next, the [O Celtics] visit [O Philadelphia] on Saturday, while the [O Bucks] host [O Orlando].
[P Jayson Tatum] drives past [P Giannis Antetokounmpo] in the third quarter. ([O AP] Photo/[P Charles Krupa])`,
	`[M Riverbend Sound] 2025: Five takeaways from a muddy, magical weekend
By [P Tess Navarro] | [O Music City Dispatch]
[L NASHVILLE] — Rain turned [L Shelby Bottoms Park] into a swamp on Saturday, but 60,000 fans still turned up for the third [M Riverbend Sound Festival], and most of them left happy. Here's what we saw. 1. [P Chappell Roan] owned the weekend. Her Friday set drew the biggest crowd in the festival's history, and the singalong to "[M Good Luck, Babe!]" could be heard across the [L Cumberland River]. 2. [O Kings of Leon] still have it. The [L Nashville] band, fronted by [P Caleb Followill], played two new songs and closed with "[M Use Somebody]." 3. Local acts shone. [O Paper Lanterns], a four-piece from [L Murfreesboro], pulled a crowd at noon. 4. The mud was a problem. Organizer [O AEG Presents] apologized for hourlong waits for shuttle buses, and the [O Metro Nashville Police Department] closed two roads. 5. It will be back. Festival director [P Renee Calloway] said [O Live Nation]-owned [O Ticketmaster] would put 2026 passes on sale in March.
Fans in the mud during [O Kings of Leon]'s set. (Photo: [P Marcus Hale] for the [O Music City Dispatch])`,
	`[O On Holding] lifts forecast again as runners switch from [O Nike]
By [P Laura Engel] | Markets
[L ZURICH] — [M Swiss] running-shoe maker [O On Holding] raised its full-year sales forecast for the third time on Tuesday as its [M Cloudmonster] and [M Cloudsurfer] shoes kept winning customers from larger rivals. [O On], which is backed by tennis great [P Roger Federer], said sales rose 32% to 794 million [M Swiss] francs in the quarter. Its shares jumped 9% on the [O New York Stock Exchange]. Co-chief executive [P Martin Hoffmann] said the company was selling more shoes at full price in [L China] and [L Japan] while [O Nike] discounted. [O Nike], which reported a 10% drop in sales last month, is trying to win back the running stores it abandoned under former chief [P John Donahoe]. [O Adidas] and [O Asics] also gained share, while [O Deckers Brands], which owns [M Hoka], cut its outlook. "[O On] is the brand runners talk about now," said [P Anna Krivosheeva], an analyst at [O Jefferies]. [O Brooks Running], owned by [O Berkshire Hathaway], said its sales grew 20%.`,
	`[P Lila Montrose] marries [P Theo Brandt] in [L Lake Como] ceremony
By [P Kendra Wills] | Celebrity | Updated 2 hours ago
Pop star [P Lila Montrose] and actor [P Theo Brandt] are married. The couple wed on Saturday at a villa on [L Lake Como] in front of 80 guests, a representative for [P Montrose] told [O People]. The pair met in 2022 on the set of the [O Netflix] thriller "[M Midnight in Marseille]" and announced their engagement on [O Instagram] last spring. [P Montrose], 29, wore a gown by [P Pierpaolo Piccioli], and guests included [P Taylor Swift] and [P Selena Gomez], according to [O TMZ]. [P Brandt], 33, who won an [M Emmy] last year for the drama series "[M Harbor Lights]," posted a photo of the pair on a boat with the caption "forever starts now." [P Montrose]'s fourth album, "[M Glass Houses]," debuted at No. 1 on the [M Billboard 200] in October, and her world tour opens at [L Wembley Stadium] in [L London] in May. A spokesperson for [O Republic Records], her label, confirmed the news.
[P Lila Montrose] and [P Theo Brandt] at the [M Golden Globes] in January. (Photo: [P Amy Sussman] / [O Getty Images])`,
	`[O Reform UK] takes control of [O Kent County Council] as [O Labour] slumps
By [P Oliver Pryce], Political Reporter | [O Kent Messenger Online]
[L MAIDSTONE] — [O Reform UK] won a majority on [O Kent County Council] on Friday, ending more than two decades of [M Conservative] control as the [M Tories] lost 53 of their 61 seats. The party, led by [P Nigel Farage], won 57 of the council's 81 seats, while [O Labour] held two and the [O Green Party] five. [P Farage] visited the count at the [L Kent Event Centre] near [L Maidstone] and said the result was "the end of two-party politics." Council leader [P Roger Gough], who lost his seat in [L Sevenoaks], said the [M Tories] had been punished for the national picture. [O Labour]'s group leader, [P Alister Hill], blamed the cost of living. Turnout was 34%. [O Reform UK]'s new group leader, [P Linden Kemkaran], promised an audit of spending and a team modelled on the [M American] [O Department of Government Efficiency] ([O DOGE]). [O Unison], which represents council staff, said it would resist job cuts.
[P Nigel Farage] arrives at the count. (Photo: [P Gareth Fuller] / [O PA])`,
	`[O SEPTA]'s new fare system stumbles on day one
By [P Marisol Vega] | [O Philly Transit Watch]
[L PHILADELPHIA] — Riders on the [O Southeastern Pennsylvania Transportation Authority] ([O SEPTA]) were waved through gates on Monday after the new tap-to-pay system crashed during the morning rush. [O SEPTA] general manager [P Scott Sauer] said the fault lay with software from [O Cubic Transportation Systems], the [L San Diego] company that built the system, and that no rider would be charged twice. [O Cubic] said it had fixed the problem by noon. Riders with the old [M SEPTA Key] cards were not affected. "I tapped my phone five times at [L 30th Street Station] and nothing happened," said [P Denise Holloway], a nurse at [O Pennsylvania Hospital]. The [O Transport Workers Union Local 234], which represents drivers and cashiers, said staff had not been trained. Mayor [P Cherelle Parker] said the city would ask for a report. [O SEPTA] faces a $213 million budget gap, and the [O Pennsylvania General Assembly] in [L Harrisburg] has yet to agree on funding.`,
	`[O Thorns] edge [O Current] in thriller; [P Wilson] scores twice
By [P Hayley Brooks] | [O Rose City Soccer Blog]
[L PORTLAND] — [P Sophia Wilson] scored twice, including a stoppage-time winner, as the [O Portland Thorns] beat the [O Kansas City Current] 3-2 at [L Providence Park] on Sunday. [O Portland] had led 2-0 at half-time after [P Wilson]'s opener and a header from [P Christine Sinclair]'s replacement, [P Reyna Reyes]. [O KC] hit back through [P Temwa Chawinga], the league's top scorer, who scored twice in six minutes. "The [O Current] are the best team in the league, and we beat them," [O Thorns] coach [P Rob Gale] said. [O Kansas City] coach [P Vlatko Andonovski], who led the [L United States] at the last [M World Cup], said his side switched off. The result lifts the [O Thorns] to fourth in the [M NWSL], two points behind the [O Orlando Pride] and the [O Washington Spirit]. The [O Current] play the [O North Carolina Courage] next Saturday at [L CPKC Stadium].
[P Sophia Wilson] celebrates her winner in front of the north end. (Photo: [P Troy Wayrynen] / [O USA Today Sports])`,
	`[O Austin ISD] picks [P Whitfield] as superintendent
By [P Nadia Qureshi] | [O Austin Community News]
[L AUSTIN] — The [O Austin Independent School District] ([O AISD]) board on Thursday named [P Marcus Whitfield], a deputy superintendent in the [O Houston Independent School District], as its next leader, the district's fifth in six years. Board president [P Lynn Boswell] said [P Whitfield] had turned around 20 struggling schools in [L Houston]. He takes over a district that is closing 13 campuses and faces a takeover threat from the [O Texas Education Agency] ([O TEA]) over failing ratings at [O Burnet Middle School] and [O Navarro Early College High School]. [O TEA] commissioner [P Mike Morath] said last month that the state would step in if ratings did not improve. [P Whitfield] earned a doctorate at the [O University of Texas at Austin] and began his career teaching math in [L Beaumont]. The [O Education Austin] union, which had asked for an internal pick, said it would "give him a chance." [O AISD] will pay him $345,000 a year.
[P Marcus Whitfield] speaks to reporters after the vote. (Photo: [P Ricardo Brazziell] / [O Austin Community News])`,
	`Ex-county treasurer gets 5 years for stealing $1.2 million
By [P Ben Hartley] | [O Lakeshore Herald]
[L GRAND HAVEN], [L Mich.] — A former [L Ottawa County] treasurer was sentenced Tuesday to five to 20 years in prison for taking $1.2 million from county accounts over six years and spending much of it at casinos. [P Carla Dennison], 58, of [L Holland], pleaded guilty in October to embezzlement by a public official. "You were trusted with the public's money and you treated it as your own," [O Ottawa County Circuit Court] Judge [P Jon Van Wieren] told her. The theft came to light when accounting firm [O Rehmann] found gaps in a routine audit and alerted the [O Michigan State Police]. Prosecutors with the [O Michigan Department of Attorney General] said [P Dennison] lost more than $700,000 at [L FireKeepers Casino] in [L Battle Creek] and at online betting sites. Her lawyer, [P Samuel Ruiz], said she had a gambling addiction and had repaid $90,000. County administrator [P Patrick Waterman] said the [O Ottawa County Board of Commissioners] had since required two signatures on every transfer. [P Dennison] must also pay $1.1 million in restitution.
[P Carla Dennison] listens during her sentencing in [L Grand Haven] on Tuesday. (Photo: [P Cory Morse] / [O Lakeshore Herald])`,
}
