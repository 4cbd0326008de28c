package ner

import "testing"

// audit2020yFloor is the regression floor of TestAudit2020y. Measured
// blind (pages and gold committed in their own commit, "aud2020y: a
// twenty-fifth blind audit of web page text, committed before the model
// is run", 6247436) at main 7a7045e (doc34): overall F1 0.8803 (P 0.9058
// R 0.8562; tp 250 fp 26 fn 42). One gold mark was then put right to
// eng.train's conventions, not to the model: a league's acronym before a
// noun had been marked MISC in "the [O NRL] grand final", where the
// pages' own comment and eng.train make it an organization ("[O NBA]
// games", 2 of 2; the same page's teaser "[O NRL] confirms" was marked
// so) - 1 fp fewer, 1 tp more. With it the figure is 0.8822 (P 0.9094 R
// 0.8567; tp 251 fp 25 fn 42; PERSON 0.9103 tp 71 fp 8 fn 6, LOCATION
// 0.8986 tp 62 fp 7 fn 7, ORGANIZATION 0.8582 tp 118 fp 10 fn 29). Kept
// after a check: "Minister for Finance" left unmarked (eng.train's one
// "Minister for Finance" 1 of 1; "Minister of Finance" marks it, 2 of 2);
// "the [M Irish] State" with "State" unmarked, as a nationality before
// "government"; the "[M MIT] license" MISC as the licence's name. The
// errors, by kind (fn/fp counted as the test logs them): photo credits,
// the photographer cut or typed an organization and the agency or paper
// after the slash missed ("Hollie Adams/Bloomberg", "Jakub
// Porzycki/NurPhoto/Getty Images", "Michael Mac Sweeney/Provision",
// "Kenny Brown/Manchester Evening News": 9 fn, 4 fp); a fast-fashion
// retailer typed a place every time, in the headline, the caption and
// the body ("Shein": 4 fn, 4 fp); page furniture (a teaser headline's
// "Warm Weather Hurts Autumn" an organization and "Temu Owner" one name,
// a rail's "More From Bloomberg" and "MORE FROM THE DISPATCH" with the
// name missed, a byline run into its dateline, "T.V. Padma BENGALURU": 5
// fn, 3 fp); clubs by short name or town missed or typed places ("Crew"
// twice, "Galaxy", "Storm" missed, "Miami" for Inter Miami and
// "Parramatta" places: 6 fn, 2 fp); companies and bodies missed or typed
// persons ("Intel Foundry", "H&M" in a teaser, "Next Digital", the app
// "Threads", one "OpenAI" of four, the Irish party "Social Democrats"
// missed; "Perplexity" and the broadcaster "Nine" typed persons; "TfGM"
// missed all three times after "Transport for Greater Manchester
// ([O TfGM])": 11 fn, 2 fp); places typed organizations or a person or
// missed ("Greater Manchester" twice and "Trafford" organizations,
// "Bengaluru" a person, "Mission Operations Complex" and "Chase Stadium"
// missed: 6 fn, 4 fp); a title taken into a name ("Taoiseach Simon
// Harris": 1 fn, 1 fp), "Finance" of "Minister for Finance" and "Irish
// State" taken for organizations (2 fp); a licence, a lander and a bill
// typed names ("MIT", "Vikram", "Buses Bill": 3 fp). The regional paper's
// masthead and credit, the Hong Kong page (the court with a possessive,
// the judges, "Apple Daily"), the Indian page's space agency and its
// acronym, the Irish page's court, three of its four parties and its
// parliament, the tech blog's lab and its hedge fund in short form
// ("High-Flyer"), the rugby league clubs in full and in short ("Penrith
// Panthers", "Panthers", "Penrith") and the English paper's own bodies
// ("Bee Network", "Greater Manchester Bus Users' Group") were found whole. It
// is a measurement only: no rule may be written or tuned against it. The
// test fails only more than 0.01 below the figure.
const audit2020yFloor = 0.8822 - 0.01

// TestAudit2020y scores audit2020yArticles as TestAudit2020 scores its
// articles (floorAudit) and fails only below audit2020yFloor. It is a
// measurement only: no rule may be written or tuned against it.
func TestAudit2020y(t *testing.T) {
	floorAudit(t, audit2020yArticles, audit2020yFloor)
}

// audit2020yArticles: a twenty-fifth blind set (helper naudit9, session
// 25) in audit w's style: the text of news web pages of 2023 to 2025 as
// the extractor delivers it, not wire copy. Each item is a page's main
// text with its furniture: a headline in title or sentence case, a
// standfirst, a byline (with a job title or the paper's name beside it),
// a timestamp line, a dateline, a photo caption with its credit
// ("[P name]/[O Getty Images]", "Photograph: [P name]/[O Provision]",
// "Photographer: [P name]/[O Bloomberg]", "(Image: [P name]/[O
// Manchester Evening News])", "Photo Credit: [P name]", "Image Credits:
// [P name]/[O NurPhoto]/[O Getty Images]"), a contributor line, a
// related-links or most-popular rail of teaser headlines, and topic tags.
// Nine pages from different kinds of site: an American regional paper (a
// chip plant delayed in Ohio), a business news site (a fast-fashion
// retailer's listing), an American sports site (a soccer semi-final in
// Florida), a technology blog (a Chinese AI lab's model), an Irish
// newspaper (a European court's tax ruling), a Hong Kong newspaper (a
// media tycoon's trial), an Indian newspaper (a moon landing), an English
// regional paper (buses taken into public control) and an Australian
// paper's sport pages (a rugby league grand final). They write the
// country as "US", "U.S." and "UK" as their houses do. Written and marked
// up from the writer's own knowledge, without reading the model's code or
// name lists, the data sets' documents or the articles of any earlier
// audit but v's and w's (read as models of the form), and committed
// before the model was run on them ("[O name]"; P, L, O, M), to
// CoNLL-2003's conventions as eng.train applies them and as audits v, w
// and x state them, and for the furniture as w states it: a
// photographer's credit a person, the agency or paper after the slash an
// organization; a newspaper's masthead with its "The" an organization
// whole ("[O The Columbus Dispatch]", as eng.train's "The Times" 3 of 3
// and "The New York Times" 1 of 1), and its short name in a rail's
// heading too ("MORE FROM THE [O DISPATCH]"); a league's acronym an
// organization also before a noun ("[O MLS] goal", "[O NRL] grand final",
// as eng.train's "[O NBA] games", 2 of 2), a cup or medal MISC; clubs by
// short name or town organizations ("[O Crew]", "[O Galaxy]", "[O
// Penrith]", "[O Storm]"); "U.S." before a department part of its name
// ("[O U.S. Commerce Department]", as eng.train's "U.S. State Department"
// 1 of 1); a court by name an organization also where a person arrives at
// it ("[O West Kowloon Magistrates' Courts]", as audit v's "[O
// Westminster Magistrates' Court]"); a party's plural name an
// organization ("[O Social Democrats]" of Ireland, as "[O Greens]" 7 of
// 7); a transport network run by a public body under its own name an
// organization ("[O Bee Network]", "[O Metrolink]"), a judgment; a
// spacecraft, a model, a chip, a licence and a bill MISC; a generic tag
// ("Buses", "AI", "Economic development") unmarked. Every event is made up
// or retold, and figures, scores and quotations are invented; the names
// of the bodies and people are real ones of the time or made up.
var audit2020yArticles = []string{
	`[O Intel] pushes back [L Ohio] chip plant again, now says first factory won't open until 2030
The delay is the second for the [L New Albany] project, which [O Intel] once said would be making chips by 2025
[P Mark Williams] [O The Columbus Dispatch]
Published 5:02 a.m. ET March 1, 2025 | Updated 11:40 a.m. ET March 1, 2025
Construction continues at the [O Intel] site in [L Licking County] in January. [P Barbara J. Perenic]/[O Columbus Dispatch]
[O Intel] has delayed the opening of its first chip factory in [L Licking County] until 2030 and the second until 2031, the company told employees and state officials Friday. The [L Santa Clara], [L California], chipmaker announced the $20 billion project in 2022, when then-CEO [P Pat Gelsinger] stood with Gov. [P Mike DeWine] and promised the site would become "the largest silicon manufacturing location on the planet." [P Gelsinger] was pushed out in December, and the company has cut about 15,000 jobs as it struggles to catch up with [O Taiwan Semiconductor Manufacturing Co]. "We remain fully committed to completing construction," said [P Naga Chandrasekaran], who runs [O Intel Foundry]. [P DeWine] said he was disappointed but that the state's $600 million in incentives were tied to hiring targets. [O JobsOhio], the state's private economic development group, said suppliers such as [O Air Products] and [M Japanese] chemical maker [O Shin-Etsu] were going ahead with their own plants. The [L New Albany] city council will discuss the delay at its meeting Tuesday.
[O The Columbus Dispatch] reporter [P Jordan Laird] contributed to this story.
MORE FROM THE [O DISPATCH]
[O Ohio State] to open semiconductor training center in [L Columbus] this fall
Road work to close highway ramps near [L New Albany] through May
Tags: [O Intel], [L New Albany], [L Licking County], Economic development`,
	`[O Shein] switches IPO to [L Hong Kong] after [L London] listing stalls
The fast-fashion retailer has filed confidentially in [L Hong Kong], people familiar with the matter said
By [P Anne-Sylvaine Chassany] and [P Ryan Weeks]
February 21, 2025 at 6:15 AM GMT
[O Shein] was founded in [L China] in 2012 and moved its headquarters to [L Singapore]. Photographer: [P Hollie Adams]/[O Bloomberg]
[O Shein] has confidentially filed for an initial public offering in [L Hong Kong] after its plan to list in [L London] ran into resistance from [M Chinese] regulators, according to people familiar with the matter. The online retailer, last valued at about $66 billion in a private funding round, had been waiting for the [O China Securities Regulatory Commission] to approve a [L London] listing since last year. The [L UK]'s [O Financial Conduct Authority] had signed off on its prospectus, and Chancellor [P Rachel Reeves] had met Executive Chairman [P Donald Tang] to court the company. [O Shein] declined to comment. Its rival [O Temu], owned by [O PDD Holdings], is also under pressure after the [L US] ended the duty-free treatment of small parcels from [L China]. "A [L Hong Kong] listing solves the [L Beijing] problem but not the [L Washington] one," said [P Priya Ramaswamy], a retail analyst at [O Hargreaves Lansdown] in [L Bristol]. The [O London Stock Exchange] has lost several large listings to [L New York] in the past two years, including [O Arm Holdings] and building materials maker [O CRH].
Before it's here, it's on the [M Bloomberg Terminal]
More From [O Bloomberg]
[O Temu] Owner's Sales Miss Estimates as Tariffs Bite
[O H&M] Profit Falls as Warm Weather Hurts Autumn Sales`,
	`[P Messi] scores twice as [O Inter Miami] beat [O Crew] to reach [M Leagues Cup] final
[P Jeff Carlisle], Senior Writer
Aug 26, 2025, 11:48 PM ET
[P Lionel Messi] celebrates his second goal against [O Columbus] on Tuesday. [P Megan Briggs]/[O Getty Images]
[L FORT LAUDERDALE], [L Fla.] -- [P Lionel Messi] scored twice and set up another as [O Inter Miami CF] beat [O Columbus Crew] 3-1 on Tuesday to reach the [M Leagues Cup] final for the second time in three years. [P Messi] opened the scoring in the 12th minute with a free kick, then played in [P Luis Suarez] for the second before half-time. [O Columbus] pulled one back through [P Diego Rossi], but [P Messi] curled in a third from the edge of the box in the 71st minute. "When [P Leo] is like this, we just give him the ball," [O Miami] coach [P Javier Mascherano] said. [O Inter Miami] will face [M Mexican] side [O Monterrey] or [O Seattle Sounders] in the final on Sunday. [O Crew] coach [P Wilfried Nancy] said his team had "gifted" [O Miami] their first goal. A crowd of 21,550 packed [L Chase Stadium], where tickets were reselling for more than $400. The match was streamed by [O Apple].
RELATED
[O LAFC]'s [P Son Heung-Min] scores first [O MLS] goal in win over [O FC Dallas]
[O Galaxy] sign [M Brazilian] midfielder from [O Flamengo]`,
	`[O DeepSeek]'s new reasoning model matches [O OpenAI]'s best at a fraction of the cost
[P Kyle Wiggers]
8:20 AM PST · January 20, 2025
Image Credits: [P Jakub Porzycki]/[O NurPhoto]/[O Getty Images]
[M Chinese] AI lab [O DeepSeek] has released an open version of [M DeepSeek-R1], a so-called reasoning model that it claims performs as well as [O OpenAI]'s [M o1] on certain math and coding benchmarks. The model is available on the AI dev platform [O Hugging Face] under an [M MIT] license, meaning it can be used commercially without restrictions. [O DeepSeek] is funded by [O High-Flyer Capital Management], a [M Chinese] quantitative hedge fund that uses AI to inform its trading decisions, and was founded by [O High-Flyer] co-founder [P Liang Wenfeng] in 2023. The lab says it trained an earlier model, [M DeepSeek-V3], for about $5.6 million using [O Nvidia]'s [M H800] chips, which the [O U.S. Commerce Department] allows to be sold to [M Chinese] companies. That figure has been questioned by researchers, including [P Dylan Patel] of chip consultancy [O SemiAnalysis]. Being a [M Chinese] company, [O DeepSeek] is subject to benchmarking by [L China]'s internet regulator, the [O Cyberspace Administration of China], to ensure its models' responses "embody core socialist values." [O OpenAI] CEO [P Sam Altman] didn't respond to a request for comment, but [O Meta]'s chief AI scientist [P Yann LeCun] wrote on [O Threads] that open-source models were "surpassing proprietary ones."
Topics
AI, [O DeepSeek], [O OpenAI], Open source, reasoning models
Most Popular
[O Nvidia] loses nearly $600B in market value as [O DeepSeek] spooks investors
[O Perplexity] makes a bid for [O TikTok]`,
	`[O Apple] must pay €13bn in back taxes to [L Ireland], [O EU] court rules
Government now faces decision on how to spend the windfall ahead of general election
[P Cliff Taylor], [P Jack Horgan-Jones]
Tue Sep 10 2024 - 19:51
[O Apple]'s [M European] headquarters in [L Cork]. Photograph: [P Michael Mac Sweeney]/[O Provision]
The [O Court of Justice of the European Union] has ruled that [O Apple] must pay €13 billion in back taxes to the [M Irish] State, ending a decade-long legal battle and setting up a political debate over a windfall worth more than a year's spending on housing. The ruling, delivered in [L Luxembourg], overturned a 2020 judgment of the [O General Court] that had found in [O Apple]'s favour. The [O European Commission] had ruled in 2016 that [L Ireland] granted the company illegal tax breaks. Minister for Finance [P Jack Chambers] said the money, now held in an escrow fund with interest, would be transferred "in the coming weeks". Taoiseach [P Simon Harris] said it would not be spent on day-to-day costs. [O Sinn Féin] leader [P Mary Lou McDonald] told the [O Dáil] it should go to housing, while the [O Social Democrats] called for a fund for public infrastructure. The [O Department of Finance] has long argued that [L Ireland] did not give [O Apple] special treatment. [O Apple] said it was disappointed, and [M Irish] business group [O Ibec] warned that the ruling could hurt investment. Commissioner [P Margrethe Vestager] said it was "a big win for [M European] citizens and tax justice".
Read More
[O Fianna Fáil] and [O Fine Gael] split on use of [O Apple] money
[O Google] loses final appeal against €2.4bn [O EU] fine`,
	`[P Jimmy Lai] takes the stand in national security trial, denies colluding with foreign forces
Media tycoon says he never asked [L US] officials to sanction [L Hong Kong] or [L Beijing]
[P Brian Wong]
Published: 1:15pm, 20 Nov 2024
[P Jimmy Lai] arrives at the [O West Kowloon Magistrates' Courts] on Wednesday. Photo: [P Dickson Lee]
Pro-democracy media tycoon [P Jimmy Lai Chee-ying] told a [L Hong Kong] court on Wednesday that he had never advocated foreign sanctions against the city, as he testified for the first time in his national security trial. [P Lai], 76, founder of the now-defunct [O Apple Daily] tabloid and its parent company [O Next Digital], is charged with conspiring to collude with foreign forces under the [M national security law] imposed by [L Beijing] in 2020, and with conspiring to publish seditious materials. He faces life imprisonment if convicted. Questioned by his lawyer, Senior Counsel [P Robert Pang], [P Lai] said his meeting with then [L US] vice-president [P Mike Pence] in 2019 had been about the extradition bill, not sanctions. The three judges hearing the case, [P Esther Toh], [P Susana D'Almada Remedios] and [P Alex Lee], were handpicked by the city's leader under the security law. [P Lai] has been in custody since December 2020. [O Amnesty International] and the [O Hong Kong Journalists Association] have called for his release, while the [O Department of Justice] said the trial was being conducted fairly. [L Britain]'s [O Foreign Office] has said he is a [M British] citizen being targeted for his journalism.
More on this
[O Apple Daily] executives jailed in [L Hong Kong] sedition case
[O Stand News] editors convicted of sedition`,
	`[M Chandrayaan-3] makes history, [L India] first to land near lunar south pole
[P T.V. Padma] [L BENGALURU] AUGUST 23, 2023 20:10 IST
Updated - August 24, 2023 09:12 am IST
Scientists at the [O Indian Space Research Organisation] ([O ISRO]) celebrate at the [L Mission Operations Complex] in [L Bengaluru] on Wednesday. | Photo Credit: [P Sudhakara Jain]
[L India] on Wednesday became the first country to land a spacecraft near the moon's south pole, after the [M Vikram] lander of the [M Chandrayaan-3] mission touched down at 6.04 p.m. [O ISRO] chairman [P S. Somanath] called it "a moment of history". Prime Minister [P Narendra Modi], who watched the landing on video from [L Johannesburg], where he was attending a summit of emerging economies, said "[L India] is now on the moon". The landing came days after [L Russia]'s [M Luna-25] probe crashed during its descent, a setback for the state space corporation [O Roscosmos]. The lander will release a rover, [M Pragyan], which will study the lunar soil for about 14 days. [O ISRO] had failed in a landing attempt in 2019, when [M Chandrayaan-2]'s lander crashed. Private companies including [O Skyroot Aerospace], based in [L Hyderabad], and [O Agnikul Cosmos] of [L Chennai] welcomed the success. [O Congress] president [P Mallikarjun Kharge] credited the scientists and [L India]'s first prime minister, [P Jawaharlal Nehru]. [O NASA] Administrator [P Bill Nelson] congratulated [O ISRO] on its achievement.
Related Topics
[O Indian Space Research Organisation] / space programme / [L Bengaluru]`,
	`[P Andy Burnham] hails 'game changer' as final [L Greater Manchester] buses come under public control
[O Bee Network] now runs every bus route in the city-region, with fares capped at £2
By [P Charlotte Cox], Senior Reporter
06:00, 5 Jan 2025
A [O Bee Network] bus in [L Piccadilly Gardens]. (Image: [P Kenny Brown]/[O Manchester Evening News])
The last of [L Greater Manchester]'s bus routes came under public control on Sunday, completing the first franchised bus network outside [L London] in almost 40 years. Mayor [P Andy Burnham] said the [O Bee Network] would be "the model for the rest of the country". Routes in [L Stockport], [L Manchester], [L Salford] and parts of [L Trafford] switched over from [O Stagecoach] and other private operators, with the buses now run by [O Transport for Greater Manchester] ([O TfGM]) under contracts with operators such as [O Go North West] and [O Metroline]. [O TfGM] said reliability on the first routes had risen since they were taken over in 2023. Transport Secretary [P Louise Haigh] said the government's [M Buses Bill] would make it easier for other mayors to follow. Not everyone is happy: the [O Greater Manchester Bus Users' Group] said some evening services had been cut. [P Burnham] will meet drivers at a depot in [L Stockport] with officials of the [O Unite] union later today.
Read more
[L Stockport] interchange to open in spring
[O Metrolink] fare rise to be frozen, says [P Burnham]
Tags: [O Bee Network], [P Andy Burnham], Buses, [O TfGM]`,
	`[O Panthers] complete four-peat as [P Cleary] steers [O Penrith] past [O Storm]
By [P Adrian Proszenko]
October 6, 2024 — 10.45pm
[P Nathan Cleary] lifts the premiership trophy at [L Accor Stadium]. Credit: [O Getty Images]
[O Penrith Panthers] became the first team in more than 40 years to win four premierships in a row, beating [O Melbourne Storm] 14-6 in the [O NRL] grand final at [L Accor Stadium] on Sunday night. [P Nathan Cleary], who played with a shoulder injury for much of the season, kicked three goals and set up [P Dylan Edwards]'s try. [O Melbourne] led 6-0 at half-time through a try to [P Jahrome Hughes], but [O Penrith]'s defence held them scoreless after the break. "This group is special," [O Panthers] coach [P Ivan Cleary] said. [P Liam Martin] was awarded the [M Clive Churchill Medal] as man of the match. [O Storm] coach [P Craig Bellamy] said his side had been "beaten by the better team". More than 80,000 fans were at the ground, and [O Nine] said the broadcast drew its biggest audience of the year. [O Penrith]'s four-peat is the first since [O Parramatta]'s run in the early 1980s.
More rugby league
[O Dolphins] sign [O Broncos] forward on three-year deal
[O NRL] confirms [L Las Vegas] double-header for 2025 season`,
}
