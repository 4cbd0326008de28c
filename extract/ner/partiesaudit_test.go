package ner

import "testing"

// partiesAuditFloor is the regression floor of TestPartiesAudit (issue 11:
// parties and public bodies of the world). The articles were written after
// parties.tsv and bodies.tsv, by someone who knew the lists (not blind to
// them), but before either version of the document step was run on them.
// doc26 (without the lists): overall F1 0.9247 (P 0.9281 R 0.9214;
// ORGANIZATION 0.9495, tp 94 fp 0 fn 10: "Sinn Fein", "Fianna Fail", "Fine
// Gael", "Les Republicains", "Kuomintang", "Pheu Thai" typed people, "Dail"
// and "Lok Sabha" places, "Legislative Yuan" missed, "Brothers of Italy" cut
// to "Italy"; the African, American and regulators' articles were already
// right). doc27: 0.9929 (ORGANIZATION 1.0000, tp 104). Left: "Sheikh
// Hasina" cut to "Hasina". The test fails only more than 0.01 below the
// doc27 figure.
const partiesAuditFloor = partiesAuditDoc27 - 0.01

// partiesAuditDoc27 is TestPartiesAudit's overall F1 at doc27.
const partiesAuditDoc27 = 0.9929

// TestPartiesAudit scores partiesAuditArticles (kindAudit).
func TestPartiesAudit(t *testing.T) {
	kindAudit(t, partiesAuditArticles, partiesAuditFloor)
}

// partiesAuditArticles: made-up Reuters-style sentences of 2024-2025, about
// ten for each kind, marked up as audit2020Articles are ("[O name]"; P, L,
// O, M) to CoNLL-2003's conventions: a party's and a legislature's names are
// organizations, its members ("Democrats", "Tories") MISC. Every event is
// made up; the parties and bodies are real ones.
var partiesAuditArticles = []struct{ kind, text string }{
	{"europe", `[L BERLIN] ([O Reuters]) - [M German] conservative leader [P Friedrich Merz] said on Monday his [O CDU] would not work with the far-right [O AfD] after the vote.
The [O Social Democratic Party of Germany] said it would put a coalition deal to its members, and the [O Free Democratic Party] said it would stay in opposition.
The [O Bundestag] will vote on the budget on Friday, a spokesman for the [O Christian Social Union] said.
In [L Paris], [O Rassemblement National] leader [P Jordan Bardella] said the party would table a motion of no confidence in the [O National Assembly].
[O La France Insoumise] and [O Les Republicains] said they would not back it.
[M Italian] Prime Minister [P Giorgia Meloni]'s [O Brothers of Italy] led the polls ahead of the [O Democratic Party] and the [O Five Star Movement].
In [L Madrid], the [O PSOE] and [O Podemos] agreed on a housing bill, while the [O Partido Popular] said it would take it to court.
[M Dutch] lawmakers from the [O PVV] and the [O VVD] walked out of talks.
[M Hungarian] Prime Minister [P Viktor Orban]'s [O Fidesz] lost ground to the new [O Tisza] party of [P Peter Magyar].
[O Sinn Fein] leader [P Mary Lou McDonald] said [O Fianna Fail] and [O Fine Gael] had failed renters, speaking in the [O Dail].
The [O European People's Party] said it would back the [O European Commission]'s plan in the [O European Parliament].`},
	{"asia", `[L NEW DELHI] ([O Reuters]) - [M Indian] Prime Minister [P Narendra Modi]'s [O Bharatiya Janata Party] won the state election in [L Haryana], the [O Election Commission of India] said.
The main opposition [O Congress] party said the result was rigged, and [O Aam Aadmi Party] leader [P Arvind Kejriwal] said he would appeal.
[O BJP] lawmakers walked out of the [O Lok Sabha] after the [O Samajwadi Party] demanded a debate.
In [L Tokyo], the ruling [O Liberal Democratic Party] chose [P Shigeru Ishiba] as its leader; the [O LDP] and its partner [O Komeito] lost their majority in October.
The [O Constitutional Democratic Party of Japan] said it would seek a vote of no confidence.
In [L Taipei], the [O Kuomintang] and the [O Taiwan People's Party] cut the budget in the [O Legislative Yuan].
[O KMT] chairman [P Eric Chu] said the cuts were needed.
[M South Korean] President [P Yoon Suk Yeol]'s [O People Power Party] lost seats to the [O Democratic Party of Korea].
In [L Bangkok], [O Pheu Thai] and [O Bhumjaithai] formed a coalition, while the [O People's Party] stayed in opposition.
[M Indonesian] President [P Prabowo Subianto]'s [O Gerindra] party and [O Golkar] backed the bill.
[O Awami League] leader [P Sheikh Hasina] fled [L Bangladesh] as the [O Bangladesh Nationalist Party] called for elections.`},
	{"africa-americas", `[L JOHANNESBURG] ([O Reuters]) - The [O African National Congress] lost its majority for the first time, and the [O ANC] said it would form a government of national unity.
The [O Democratic Alliance] and the [O Inkatha Freedom Party] agreed to join, while the [O Economic Freedom Fighters] refused.
In [L Nairobi], the [O Orange Democratic Movement] said it would back President [P William Ruto]'s [O United Democratic Alliance] on the finance bill.
[M Zimbabwean] President [P Emmerson Mnangagwa]'s [O ZANU-PF] said the opposition [O Citizens Coalition for Change] had no case.
[M Ghanaian] voters handed the [O National Democratic Congress] a landslide, and the [O New Patriotic Party] conceded.
In [L Brasilia], President [P Luiz Inacio Lula da Silva]'s [O Workers' Party] lost mayoral races to the [O Liberal Party] of [P Jair Bolsonaro].
[M Mexican] President [P Claudia Sheinbaum]'s [O Morena] party won two-thirds of the lower house, while the [O National Action Party] and the [O Institutional Revolutionary Party] lost seats.
In [L Buenos Aires], [P Javier Milei]'s [O La Libertad Avanza] and the [O Justicialist Party] clashed over the budget.
[M Canadian] Prime Minister [P Mark Carney]'s [O Liberal Party of Canada] won, and the [O New Democratic Party] lost official party status; [O NDP] leader [P Jagmeet Singh] resigned.
The [O Bloc Quebecois] said it would work with the [O Conservative Party of Canada] on some bills.`},
	{"regulators", `[L FRANKFURT] ([O Reuters]) - The [O Bundesbank] said on Tuesday the [M German] economy would shrink again, and [O BaFin] said it had fined a lender 5 million euros.
The [O Bundeskartellamt] said it would look at the deal, and the [O Bank of France] and the [O Bank of Italy] cut their growth forecasts.
[M French] data watchdog [O CNIL] fined the app maker 10 million euros, and [M Italian] market regulator [O Consob] opened an inquiry.
In [L London], [O Ofcom] said it would fine the broadcaster, [O Ofgem] capped energy bills, and the [O Competition and Markets Authority] cleared the merger.
The [O Securities and Exchange Board of India] barred the trader for two years, the [O Reserve Bank of India] kept rates on hold, and the [O Enforcement Directorate] raided his offices.
The [O China Securities Regulatory Commission] said it would curb short selling, and the [O People's Bank of China] cut a key rate.
[M Australian] regulators [O ACCC] and the [O Australian Securities and Investments Commission] sued the airline.
The [O Bank of Korea] and the [O Bank of Canada] cut rates by a quarter point, while the [O Bank of Mexico] held.
[M Russian] media regulator [O Roskomnadzor] blocked the app, and the [O Bank of Russia] raised its key rate to 21%.
The [O State Bank of Pakistan] and the [O Central Bank of Nigeria] both cut rates.
The [O European Securities and Markets Authority] and the [O Commodity Futures Trading Commission] said they would work together.`},
}
