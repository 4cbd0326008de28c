package ner

import (
	"fmt"
	"testing"
)

// worldAudit16 is the world-news audit of the eighteenth pass: made-up
// Reuters-style articles of December 2020 on vaccine approvals, US
// election litigation, Brexit talks, courts, militant groups, parties,
// state news agencies, NGOs, UN agencies, ministries named with a
// country's adjective and sports bodies in politics. Gold names are marked
// "{T name}" (T is P, L or O) to CoNLL-2003 conventions checked in
// eng.train: nationality adjectives, Democrats and Republicans, the Houthis
// and a hyphened pair's adjective ("Pfizer-BioNTech") are MISC and so not
// marked; courts, ministries and news agencies are organizations; the
// White House and the Kremlin are places. Every event is made up.
// Articles 41 to 52 were written after the first rules, as a check, and
// 53 to 60 after all but the last two. Before the eighteenth pass's rules
// the model scored F1 0.9540 on the first 52 (ORG 0.9412), after them
// 0.9824 (ORG 0.9806); on the last 8, 0.9302 (ORG 0.8955) and 0.9612 (ORG
// 0.9254). worldAudit16Left lists what is still wrong.
var worldAudit16 = []string{
	"[L OTTAWA] ([O Reuters]) - [O Health Canada] on Wednesday approved the Pfizer-BioNTech vaccine, the second regulator to do so after [L Britain]'s [O Medicines and Healthcare products Regulatory Agency]. Chief medical adviser [P Supriya Sharma] said the first doses would arrive from [L Belgium] within days. [O Pfizer] said it would ship 249,000 doses this month.",
	"[L BERN] ([O Reuters]) - [O Swissmedic] said on Saturday it had approved the vaccine made by [O Pfizer] and [O BioNTech], after a rolling review. The regulator said it was still reviewing a shot from [O Moderna] and one from [O AstraZeneca] and [O Oxford University].",
	"[L AMSTERDAM] ([O Reuters]) - The [O European Medicines Agency] brought forward a meeting on the Pfizer-BioNTech shot to Dec. 21 after pressure from [L Germany], people familiar with the matter said. [O EMA] chief [P Emer Cooke] said the agency would not cut corners. [L Berlin] wants vaccinations to start before the end of the year.",
	"[L BEIJING] ([O Reuters]) - State-owned [O Sinopharm] said its vaccine was 79% effective, [O Xinhua] reported on Wednesday. The [O National Medical Products Administration] approved the shot for general use a day later. [O Sinovac Biotech] is still waiting for data from trials in [L Brazil] and [L Turkey].",
	"[L SAO PAULO] ([O Reuters]) - [L Brazil]'s health regulator [O Anvisa] said on Tuesday it had not yet received a request to approve the [O Sinovac] vaccine, which the [O Butantan Institute] in [L Sao Paulo] is testing. Governor [P Joao Doria] said vaccinations would start on Jan. 25 with or without the agency.",
	"[L NEW DELHI] ([O Reuters]) - The [O Serum Institute of India], the world's largest vaccine maker, asked the [O Drugs Controller General of India] for emergency approval of the [O AstraZeneca] shot, a day after [O Bharat Biotech] sought the same for its own vaccine, the [O Press Trust of India] reported.",
	"[L MOSCOW] ([O Reuters]) - [L Russia] began vaccinating health workers with its Sputnik V vaccine at 70 clinics in [L Moscow], the [L Kremlin] said on Saturday. The shot was developed by the [O Gamaleya Institute] and is marketed abroad by the [O Russian Direct Investment Fund], whose chief [P Kirill Dmitriev] told [O TASS] that [L Hungary] would get the first batch.",
	"[L MANAMA] ([O Reuters]) - [L Bahrain] approved [O Sinopharm]'s vaccine on Sunday, the state news agency [O BNA] said, after the [L United Arab Emirates] did the same last week. [L Bahrain]'s [O National Health Regulatory Authority] said data from trials run by [O G42 Healthcare] in [L Abu Dhabi] showed it was 86% effective.",
	"[L WASHINGTON] ([O Reuters]) - The [O U.S. Supreme Court] on Friday rejected a lawsuit by [L Texas] that sought to overturn President-elect [P Joe Biden]'s victory in four states. [L Texas] Attorney General [P Ken Paxton] had asked the justices to throw out results in [L Georgia], [L Michigan], [L Pennsylvania] and [L Wisconsin]. The [P Trump] campaign said it would keep fighting.",
	"[L MADISON] ([O Reuters]) - The [O Wisconsin Supreme Court] on Monday rejected President [P Donald Trump]'s bid to disqualify more than 221,000 ballots in the state's two most Democratic counties. Justice [P Brian Hagedorn] wrote that the campaign had waited too long. [P Trump]'s lawyer [P Jim Troupis] said they would appeal in federal court.",
	"[L ATLANTA] ([O Reuters]) - [L Georgia] Secretary of State [P Brad Raffensperger] certified the state's results for a second time on Monday after a recount requested by the [P Trump] campaign. His office said the recount had not changed the outcome. [P Gabriel Sterling], a voting systems official, urged the president to condemn threats against election workers.",
	"[L HARRISBURG] ([O Reuters]) - The [O Pennsylvania Supreme Court] threw out a lawsuit by Republican Congressman [P Mike Kelly] that sought to void millions of mail-in ballots. The court said the challenge to the law, passed by the Republican-led legislature in 2019, came too late. [L Pennsylvania] Secretary of the Commonwealth [P Kathy Boockvar] welcomed the ruling.",
	"[L LANSING] ([O Reuters]) - [L Michigan]'s 16 electors cast their votes for [P Biden] on Monday in the state [L Capitol], which was closed to the public after threats, officials said. [L Michigan] Secretary of State [P Jocelyn Benson] said the [O Electoral College] vote showed the system had held.",
	"[L BRUSSELS] ([O Reuters]) - [O European Union] negotiator [P Michel Barnier] told envoys of the 27 member states on Friday that talks with [L Britain] on fishing rights were at a critical point. His British counterpart [P David Frost] said in [L London] that the [O EU] had to respect [L Britain]'s sovereignty. [O European Commission] President [P Ursula von der Leyen] spoke by phone with Prime Minister [P Boris Johnson] on Saturday.",
	"[L LONDON] ([O Reuters]) - The [O National Federation of Fishermen's Organisations] said on Thursday that any deal giving [O EU] boats access to British waters for years would be a betrayal. The [O Scottish Fishermen's Federation] said [L Scotland]'s fleet had waited decades. The [O Department for Environment, Food and Rural Affairs] said four navy ships were ready to patrol.",
	"[L DUBLIN] ([O Reuters]) - Irish Foreign Minister [P Simon Coveney] said on Sunday a trade deal between [L Britain] and the [O EU] was still possible. [L Downing Street] said the [O Cabinet Office] was preparing for a no-deal exit. The [O European Parliament] said it needed the text by Dec. 20 to ratify it.",
	"[L LONDON] ([O Reuters]) - [O WikiLeaks] founder [P Julian Assange] appeared by video at [O Westminster Magistrates' Court] on Monday, a week before a judge rules on the [L United States]' request to extradite him. District Judge [P Vanessa Baraitser] refused bail. His partner [P Stella Moris] said he was unwell.",
	"[L LONDON] ([O Reuters]) - The [O High Court] in [L London] ruled on Friday that the [O Bank of England] could keep 31 tonnes of gold that [L Venezuela] says is its own. The bank has been caught between President [P Nicolas Maduro] and opposition leader [P Juan Guaido], whom [L Britain] recognises. A lawyer for [L Venezuela]'s central bank said it would appeal to the [O Court of Appeal].",
	"[L NAIROBI] ([O Reuters]) - [L Ethiopia]'s defence ministry said on Tuesday that troops had taken the town of [L Shire] in the northern [L Tigray] region from forces loyal to the [O Tigray People's Liberation Front] ([O TPLF]). [O TPLF] leader [P Debretsion Gebremichael] told [O Reuters] by text message that fighting went on. The [O U.N.] refugee agency said 50,000 people had fled to [L Sudan].",
	"[L ADDIS ABABA] ([O Reuters]) - The [O International Committee of the Red Cross] said on Saturday that hospitals in [L Mekelle] were running out of supplies. Prime Minister [P Abiy Ahmed]'s office said the government would open a corridor for aid with the [O United Nations]. The [O World Food Programme] said it had not yet reached [L Tigray].",
	"[L BAMAKO] ([O Reuters]) - Militants linked to [O al Qaeda] killed 12 soldiers in central [L Mali], the army said on Sunday. The [O Group for the Support of Islam and Muslims], known as [O JNIM], said it carried out the attack, according to [O SITE Intelligence Group]. [L France]'s Barkhane force said it was helping [O Malian Armed Forces] in the area.",
	"[L SANAA] ([O Reuters]) - The Iran-aligned Houthi movement said on Thursday it had fired a missile at a [O Saudi Aramco] facility in [L Jeddah], the group's [O Al Masirah TV] reported. The Saudi-led coalition said it had intercepted drones launched towards [L Jazan], state news agency [O SPA] reported. [O U.N.] envoy [P Martin Griffiths] called for calm.",
	"[L MOGADISHU] ([O Reuters]) - A suicide bomber from the Islamist group [O al Shabaab] killed at least 15 people at a rally in [L Galkayo], police said on Friday. Prime Minister [P Mohamed Hussein Roble] said the attack would not delay elections. The [O African Union Mission in Somalia] ([O AMISOM]) said its troops would stay.",
	"[L MAPUTO] ([O Reuters]) - Insurgents linked to [O Islamic State] raided a village in [L Mozambique]'s northern [L Cabo Delgado] province, near a gas project run by [O Total], [O Human Rights Watch] said on Wednesday. [O Medecins Sans Frontieres] said it had withdrawn staff from [L Macomia]. President [P Filipe Nyusi] asked the [O Southern African Development Community] for help.",
	"[L KABUL] ([O Reuters]) - A roadside bomb killed a deputy governor of [L Kabul] province on Tuesday, the [L Afghanistan] [O Interior Ministry] said. No group claimed the attack. Negotiators for the government and the [O Taliban] agreed in [L Doha] on rules for peace talks, a spokesman for the [O High Council for National Reconciliation] said.",
	"[L NEW DELHI] ([O Reuters]) - The ruling [O Bharatiya Janata Party] ([O BJP]) won the most seats in local elections in [L Hyderabad], while the [O Congress] party of [P Rahul Gandhi] came fourth. [O BJP] president [P J.P. Nadda] thanked voters. The [O All India Majlis-e-Ittehadul Muslimeen] held its seats, the [O Election Commission] said.",
	"[L JERUSALEM] ([O Reuters]) - [L Israel]'s parliament voted on Wednesday to dissolve itself, setting up a fourth election in two years. Prime Minister [P Benjamin Netanyahu]'s [O Likud] and [P Benny Gantz]'s [O Blue and White] failed to agree a budget. [P Gideon Saar], who left [O Likud], said his [O New Hope] party would win votes from the right. The [O Knesset] must vote twice more.",
	"[L ANKARA] ([O Reuters]) - [L Turkey]'s main opposition [O Republican People's Party] ([O CHP]) said on Monday it would challenge a new law on charities at the [O Constitutional Court]. President [P Tayyip Erdogan]'s [O AK Party] says the law fights terrorism financing. The state-run [O Anadolu] news agency said parliament passed it overnight.",
	"[L TOKYO] ([O Reuters]) - [L Japan]'s ruling [O Liberal Democratic Party] ([O LDP]) lost support after former Prime Minister [P Shinzo Abe] was questioned by prosecutors over dinner parties, a [O Kyodo] poll showed on Sunday. Support for Prime Minister [P Yoshihide Suga]'s cabinet fell to 50%. Coalition partner [O Komeito] said it was worried.",
	"[L LA PAZ] ([O Reuters]) - [L Bolivia]'s ruling [O Movement for Socialism] ([O MAS]) party picked candidates for March regional elections on Saturday, days after former President [P Evo Morales] returned from [L Argentina]. In [L Venezuela], the [O United Socialist Party of Venezuela] won control of the [O National Assembly] in a vote boycotted by the opposition and rejected by the [O Organization of American States].",
	"[L SEOUL] ([O Reuters]) - [L North Korea] leader [P Kim Jong Un] inspected a new hospital in [L Pyongyang], the state news agency [O KCNA] said on Wednesday. [L South Korea]'s [O Unification Ministry] said it was studying the report, [O Yonhap] news agency said. The [O Korean Central News Agency] gave no date for the hospital's opening.",
	"[L DUBAI] ([O Reuters]) - [L Iran] said on Tuesday it would retaliate for the killing of nuclear scientist [P Mohsen Fakhrizadeh], the official news agency [O IRNA] reported. The Iranian [O Foreign Ministry] summoned a German envoy, [O Tasnim] news agency said. The [O International Atomic Energy Agency] said [L Tehran] had told it of plans to install more centrifuges at [L Natanz].",
	"[L GENEVA] ([O Reuters]) - The [O U.N.] High Commissioner for Refugees said on Friday that more than 1 million people had fled violence in the [L Sahel] this year. The [O International Organization for Migration] said boats carrying migrants from [L Senegal] to the [L Canary Islands] had sunk. The [O Norwegian Refugee Council] called for more funding.",
	"[L WASHINGTON] ([O Reuters]) - Fact-checkers at [O PolitiFact] and [O Lead Stories] said a video shared by [P Trump] allies did not show ballots being dumped in [L Georgia]. [O Twitter] labelled the post. The [O Cybersecurity and Infrastructure Security Agency] said the Nov. 3 vote was the most secure in [L U.S.] history before its director [P Chris Krebs] was fired.",
	"[L LAUSANNE] ([O Reuters]) - The [O Court of Arbitration for Sport] on Thursday halved [L Russia]'s ban from major sporting events to two years, in a case brought by the [O World Anti-Doping Agency] ([O WADA]). Russian athletes can compete at next year's Olympics in [L Tokyo] under a neutral name, the court said. The [O International Olympic Committee] said it would study the ruling, while the [L Kremlin] said it was unfair.",
	"[L ZURICH] ([O Reuters]) - [O FIFA] president [P Gianni Infantino] met [L Qatar]'s emir in [L Doha] on Tuesday to discuss the 2022 World Cup, the [O Qatar News Agency] said. Human rights group [O Amnesty International] said [O FIFA] should press [L Doha] on migrant workers. [O UEFA] said it would hold its congress online.",
	"[L HONG KONG] ([O Reuters]) - [L Hong Kong] media tycoon [P Jimmy Lai] was denied bail on Saturday on a fraud charge, a day after police arrested him under a national security law. The [O Hong Kong Journalists Association] condemned the charge. [L China]'s [O Liaison Office] in the city said [P Lai] had colluded with foreign forces, [O Xinhua] reported.",
	"[L KAMPALA] ([O Reuters]) - [L Uganda]'s opposition candidate [P Bobi Wine] said police fired tear gas at his supporters on Tuesday, a day after the [O Electoral Commission] suspended rallies in 11 districts. The [O Uganda Law Society] said the arrests broke the constitution. The [O European Union] and the [L United States] urged restraint.",
	"[L CANBERRA] ([O Reuters]) - [L Australia]'s [O Therapeutic Goods Administration] said on Friday it expected to rule on the Pfizer-BioNTech vaccine by the end of January. Health Minister [P Greg Hunt] said the [O University of Queensland] vaccine, developed with [O CSL], had been dropped after trial participants tested falsely positive for HIV.",
	"[L RIYADH] ([O Reuters]) - The [O Saudi Food and Drug Authority] approved the Pfizer-BioNTech vaccine on Thursday, state news agency [O SPA] reported. The [O Ministry of Health] said 100,000 doses would arrive this week. In [L Kuwait], the health ministry said it would start vaccinations on Dec. 24, the [O KUNA] news agency reported.",
	"[L PARIS] ([O Reuters]) - [L France]'s [O Haute Autorite de Sante] said on Thursday that people over 75 in care homes should get vaccines first. Health Minister [P Olivier Veran] told [O France Inter] radio that the [O Pasteur Institute] and [O Sanofi] had fallen behind. [O Sanofi] shares fell 2% in [L Paris].",
	"[L MEXICO CITY] ([O Reuters]) - [L Mexico]'s health regulator [O Cofepris] approved the Pfizer-BioNTech vaccine late on Friday, Deputy Health Minister [P Hugo Lopez-Gatell] said. Foreign Minister [P Marcelo Ebrard] said the first 250,000 doses would come from a plant in [L Belgium]. The ruling [O Morena] party praised the move.",
	"[L BUENOS AIRES] ([O Reuters]) - [L Argentina]'s [O ANMAT] drug regulator approved [L Russia]'s Sputnik V vaccine for emergency use, the [O Health Ministry] said on Wednesday. President [P Alberto Fernandez] said 300,000 doses would arrive on a flight of state airline [O Aerolineas Argentinas].",
	"[L JOHANNESBURG] ([O Reuters]) - [L South Africa]'s health minister [P Zweli Mkhize] said on Friday a new variant was driving a second wave, citing work by the [O KwaZulu-Natal Research Innovation and Sequencing Platform]. The [O Africa Centres for Disease Control and Prevention] said it would meet to discuss it. The [O University of the Witwatersrand] is running a trial of the [O Novavax] shot.",
	"[L WASHINGTON] ([O Reuters]) - The [O Justice Department] and the [O Federal Bureau of Investigation] have found no evidence of fraud that could change the election result, Attorney General [P William Barr] told the [O Associated Press]. The [O Republican National Committee] said it would keep backing lawsuits. [O Dominion Voting Systems] said claims about its machines were false.",
	"[L PHOENIX] ([O Reuters]) - An [L Arizona] judge on Friday threw out a bid by the state's [O Republican Party] chair [P Kelli Ward] to undo [P Biden]'s win, saying there was no evidence of fraud. [O Maricopa County Superior Court] Judge [P Randall Warner] ruled after a two-day trial. The [O Arizona Supreme Court] later upheld the ruling.",
	"[L LONDON] ([O Reuters]) - [L Britain]'s [O Home Office] said on Tuesday that [O EU] citizens who had not applied to stay after Brexit by June would lose their rights. The [O Foreign, Commonwealth and Development Office] said talks in [L Brussels] would go on. [O Labour] leader [P Keir Starmer] said his party would back a deal in the [O House of Commons].",
	"[L BRUSSELS] ([O Reuters]) - The [O European Council] President [P Charles Michel] said on Friday that [O EU] leaders had agreed to cut emissions by 55% by 2030, after [L Poland] won more funds. [L Hungary] and [L Poland] dropped a veto on the budget after a deal on the rule of law, which the [O European Court of Justice] can review.",
	"[L MINSK] ([O Reuters]) - Police in [L Belarus] detained more than 300 people at protests on Sunday, the [O Viasna] rights group said. Opposition leader [P Sviatlana Tsikhanouskaya], in exile in [L Lithuania], won the [O European Parliament]'s Sakharov Prize. The [O Belarusian Association of Journalists] said 30 reporters were held this year.",
	"[L ABUJA] ([O Reuters]) - Gunmen kidnapped hundreds of schoolboys in [L Nigeria]'s northwestern [L Katsina] state, police said on Saturday. [O Boko Haram] leader [P Abubakar Shekau] said in a video that his group carried out the raid. President [P Muhammadu Buhari]'s office said the army was working with the [O Department of State Services].",
	"[L ISLAMABAD] ([O Reuters]) - [L Pakistan]'s opposition alliance, the [O Pakistan Democratic Movement], held a rally in [L Lahore] on Sunday despite a ban. [P Maryam Nawaz] of the [O Pakistan Muslim League-Nawaz] called on Prime Minister [P Imran Khan] to resign. His [O Pakistan Tehreek-e-Insaf] party said the rally spread the virus.",
	"[L YANGON] ([O Reuters]) - [L Myanmar]'s [O Union Election Commission] rejected complaints by the military-backed [O Union Solidarity and Development Party] on Thursday. The [O National League for Democracy] of [P Aung San Suu Kyi] won 396 of 476 seats. The army said it would respect the Constitution.",
	"[L TEHRAN] ([O Reuters]) - [L Iran]'s parliament passed a bill on Tuesday ordering the government to halt [O International Atomic Energy Agency] inspections unless sanctions are eased, the semi-official [O Fars] news agency reported. The [O Guardian Council] must still approve it. Foreign Minister [P Mohammad Javad Zarif] said [L Tehran] would respond to [P Biden]'s team.",
	"[L CAIRO] ([O Reuters]) - [L Egypt]'s public prosecutor said on Sunday that three staff of the [O Egyptian Initiative for Personal Rights] had been released, state news agency [O MENA] reported. The [O U.S. State Department] had called for their release. The group's director [P Gasser Abdel-Razek] thanked supporters.",
	"[L WARSAW] ([O Reuters]) - [L Poland]'s ruling nationalist [O Law and Justice] party said on Monday it would not back down on abortion after weeks of protests led by the [O Women's Strike] movement. [O Constitutional Tribunal] judges ruled in October to ban most abortions. Opposition leader [P Borys Budka] of [O Civic Platform] called for talks.",
	"[L NEW YORK] ([O Reuters]) - The [O U.S. Food and Drug Administration] granted emergency use authorization to [O Moderna]'s vaccine on Friday, a week after clearing the shot from [O Pfizer] and [O BioNTech]. [O Moderna] Chief Executive [P Stephane Bancel] said 5.9 million doses would ship. [O McKesson] will distribute it for the [O Centers for Disease Control and Prevention].",
	"[L ATLANTA] ([O Reuters]) - A federal judge in [L Atlanta] rejected a lawsuit by attorney [P Lin Wood] that sought to stop [L Georgia]'s Jan. 5 runoff elections. [L U.S.] District Judge [P Steven Grimberg] said [P Wood] lacked standing. The [O Georgia Republican Party] and the [O Democratic Party of Georgia] both said they were ready for the vote.",
	"[L KHARTOUM] ([O Reuters]) - [L Sudan] said on Monday that its forces had retaken land near the border with [L Ethiopia], where farmers from [L Ethiopia]'s [L Amhara] region had been working. The [O Sudanese Armed Forces] said four soldiers were killed in an ambush by Ethiopian militias. The [O African Union] urged both sides to talk.",
	"[L MANILA] ([O Reuters]) - Philippine police said on Wednesday they had killed a commander of the [O Abu Sayyaf] militant group on the southern island of [L Jolo]. The [O Philippine National Police] said the man was behind a 2019 bombing. Human rights group [O Karapatan] said the killing should be investigated.",
	"[L GENEVA] ([O Reuters]) - The [O World Health Organization] said on Tuesday a team of experts would travel to [L Wuhan] in January to look into the origins of the virus. [O WHO] emergencies chief [P Mike Ryan] said the mission had [L China]'s backing. [O Gavi], the vaccine alliance, said the [O COVAX] scheme had secured 2 billion doses.",
}

// worldAudit16Left lists the gold names the model still misses or mistypes
// and the names it finds where the gold has none, each with the reason it
// is left; the audit logs them and fails on any other difference.
var worldAudit16Left = map[string]string{
	`11 fp LOCATION Commonwealth Kathy Boockvar`: "a title's last word, \"Secretary of the Commonwealth\", read into the name: one state's title",
	`11 fp ORGANIZATION Pennsylvania`:            "the state before that title, typed with it",
	`11 fn LOCATION Pennsylvania`:                "the same",
	`11 fn PERSON Kathy Boockvar`:                "the same",
	`19 fp ORGANIZATION Tigray`:                  "a region after \"reached\", with no region cue in the article",
	`19 fn LOCATION Tigray`:                      "the same",
	`20 fp ORGANIZATION Barkhane`:                "an operation's name, MISC in the gold",
	`21 fp PERSON Jazan`:                         "a town after \"towards\", which also comes before people",
	`21 fn LOCATION Jazan`:                       "the same",
	`23 fn ORGANIZATION Total`:                   "a company named by a common word, no cue",
	`43 fn ORGANIZATION KwaZulu-Natal Research Innovation and Sequencing Platform`: "a long name with a lower-case-like head, untagged",
	`46 fn ORGANIZATION Labour`: "the party's one-word name at a sentence's start, untagged",
	`51 fp ORGANIZATION National League for Democracy of Aung San Suu Kyi`: "the tagger read \"of\" and its leader into the party's name; no list of such people to cut at",
	`51 fn ORGANIZATION National League for Democracy`:                     "the same",
	`51 fn PERSON Aung San Suu Kyi`:                                        "the same",
	`7 fn ORGANIZATION G42 Healthcare`:                                     "a name starting with a letter and digits, untagged",
	`53 fn ORGANIZATION Egyptian Initiative for Personal Rights`:           "a long name with a demonym first, untagged",
	`54 fn ORGANIZATION Women's Strike`:                                    "a movement's name of common words, untagged",
	`55 fn ORGANIZATION Moderna`:                                           "a listed company's second mention at a sentence's start, untagged; orgs.tsv's names are typed where tagged, not looked for",
	`59 fn ORGANIZATION Gavi`:                                              "an alliance's one-word name before an apposition, untagged",
}

// TestWorldAudit16 runs the model on worldAudit16 and compares its
// mentions, by exact span and type, with the gold names; it logs
// precision, recall and F1 by type.
func TestWorldAudit16(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	c := newAuditCounts()
	for ai, src := range worldAudit16 {
		text, gold := parseAuditMarkup(t, src)
		for _, d := range c.score(tg, text, gold) {
			key := fmt.Sprintf("%d %s", ai, d.line)
			if why, ok := worldAudit16Left[key]; ok {
				t.Logf("left: %s (%s)", key, why)
				continue
			}
			t.Errorf("%s", key)
		}
	}
	c.log(t)
}
