package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestFundAcronymsAsTerms: the letters of an exchange-traded fund and of
// a flash memory chip are no names.
func TestFundAcronymsAsTerms(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an ETF and NAND",
		text:  "Zorbco runs an ETF in Zorbville and makes NAND chips.",
		spans: []span{{O, "Zorbco"}, {O, "ETF"}, {L, "Zorbville"}, {O, "NAND"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Zorbville", 1}},
	}})
}

// TestSpansPastSentence checks the rules that cut a span the tagger ran
// past a sentence's edge, on made-up articles: each case fails without its
// rule.
func TestSpansPastSentence(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a common word's full stop ends the sentence, no name runs past it (splitAtSentenceStop)",
			text:  "We are here to Get. It. DONE, Jane Quimble of Zorbco tweeted on Monday.",
			spans: []span{{P, "Get. It."}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "an abbreviation's full stop stays inside the name (splitAtSentenceStop)",
			text:  "Jane Quimble of Zorbco climbed St. Quelbin Peak on Monday.",
			spans: []span{{P, "Jane Quimble"}, {O, "Zorbco"}, {L, "St. Quelbin Peak"}},
			want:  []want{{P, "Jane Quimble", 1}, {O, "Zorbco", 1}, {L, "St. Quelbin Peak", 1}},
		},
		{
			name:  "a sentence's opening adverb is no part of the name after it (cutLeadAdverbs)",
			text:  "Even Quelb had his water in a cup. Jane Quimble of Zorbco carried it.",
			spans: []span{{P, "Even Quelb"}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{P, "Quelb", 1}, {P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a citation's author ends at the initial's full stop, the journal after it is no part (cutPastInitial)",
			text:  "[1] Alarm noise and safety. Quimble-Zorb D. Curr Opin Quelbol. 2015; 28: 685-690. Jane Quimble of Zorbco wrote it.",
			spans: []span{{P, "Quimble-Zorb D. Curr Opin Quelbol"}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{P, "Quimble-Zorb D", 1}, {P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a first name's initial keeps the name after it whole (cutPastInitial)",
			text:  "Jane Q. Quimble Zorbsmith of Zorbco spoke.",
			spans: []span{{P, "Jane Q. Quimble Zorbsmith"}, {O, "Zorbco"}},
			want:  []want{{P, "Jane Q. Quimble Zorbsmith", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a sentence's opening imperative is no part of the name after it (cutLeadAdverbs)",
			text:  "Kudos Quelbin Zorbaky for the save. Jane Quimble of Zorbco agreed.",
			spans: []span{{P, "Kudos Quelbin Zorbaky"}, {P, "Jane Quimble"}, {O, "Zorbco"}},
			want:  []want{{P, "Quelbin Zorbaky", 1}, {P, "Jane Quimble", 1}, {O, "Zorbco", 1}},
		},
		{
			name:  "a country's abbreviation ends a sentence, the firm opening the next is apart (splitCountryStopFirms)",
			text:  "Groups still plan new reactors in the U.K. Zorbité de Quelb SA, along with Jane Quimble, leads.",
			spans: []span{{O, "U.K. Zorbité de Quelb SA"}, {P, "Jane Quimble"}},
			want:  []want{{L, "U.K.", 1}, {O, "Zorbité de Quelb SA", 1}, {P, "Jane Quimble", 1}},
		},
		{
			name:  "a country's name before Olympic and a word in lower case is the place (cutCountryOlympic)",
			text:  "As Jane Quimble showed at the United States Olympic trials, Zorbco will keep her.",
			spans: []span{{P, "Jane Quimble"}, {O, "United States Olympic"}, {O, "Zorbco"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "United States", 1}, {O, "Zorbco", 1}},
		},
	})
}

// TestSpanJoinRules checks the eleventh pass of the document step (spans
// and joins) on made-up articles: each case fails without its rule.
func TestSpanJoinRules(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the agencies of a photo credit after a slash are organizations",
			text:  "The march drew a crowd. Photograph: Dana Quillet/AFP/Getty Images\n\nThe crowd marched on.",
			spans: []span{{P, "Dana Quillet/AFP/Getty"}},
			want:  []want{{P, "Dana Quillet", 1}, {O, "AFP", 1}, {O, "Getty Images", 1}},
		},
		{
			name:  "two organizations a slash pairs are two",
			text:  "A new Zorbnet/QXT poll came out on Monday.",
			spans: []span{{O, "Zorbnet/QXT"}},
			want:  []want{{O, "Zorbnet", 1}, {O, "QXT", 1}},
		},
		{
			name:  "a lone The after a slash is no name",
			text:  "Illustration by Dana Quillet/The Zorbland Times",
			spans: []span{{P, "Dana Quillet/The"}, {O, "Zorbland Times"}},
			want:  []want{{P, "Dana Quillet", 1}, {O, "Zorbland Times", 1}},
		},
		{
			// A stock index's number is part of its name, and the whole is
			// the index, MISC as in CoNLL-2003 (never emitted); the rating
			// agency "S&P" alone stays an organization.
			name:  "a stock index's number is part of its name, an index's",
			text:  "Zorbco shares are up while the S&P 500 is down and other FTSE 100s are flat. S&P cut Zorbco's rating.",
			spans: []span{{O, "Zorbco"}, {O, "S&P"}, {O, "FTSE"}, {O, "S&P"}, {O, "Zorbco"}},
			want:  []want{{O, "Zorbco", 2}, {O, "S&P", 1}},
		},
		{
			name:  "no name runs across a glued ellipsis",
			text:  "They took the fight to Senator Quimble… Zorbin also is seen as a fixer.",
			spans: []span{{P, "Quimble… Zorbin"}},
			want:  []want{{P, "Quimble", 1}, {P, "Zorbin", 1}},
		},
		{
			name:  "a medium's word before an ad's is no part of the sponsor's name",
			text:  "Carmakers pushed back on a Quimble TV ad this week. Quimble said the ad was fair, and Jane Quimble ran it again.",
			spans: []span{{O, "Quimble TV"}, {P, "Quimble"}, {P, "Jane Quimble"}},
			want:  []want{{P, "Jane Quimble", 3}},
		},
		{
			name: "a stock quote line's company name in capitals is one organization, its ticker none",
			text: "Zorbco shares fell.\n\nTicker Security Last Change Change %\nZB THE ZORBCO INC. 225.86 -12.99 -5.44%\n" +
				"QMB QUIMBLE'S STORES CORP. 113.40 -1.62 -1.41%\nKLT KOLT HOLDING 12.50 13.00\n",
			spans: []span{{O, "Zorbco"}, {O, "ZORBCO INC."}, {P, "QUIMBLE"}, {O, "STORES CORP."}, {O, "KLT KOLT HOLDING"}},
			want:  []want{{O, "THE ZORBCO INC.", 2}, {O, "QUIMBLE'S STORES CORP.", 1}, {O, "KLT KOLT HOLDING", 1}},
		},
		{
			name:  "a person's name before a building's or an institution's head word is that place's or institution's",
			text:  "The dinner was at the Dana Quillet Hotel in Zorbton, and the archive is at Dana Quillet College now.",
			spans: []span{{P, "Dana Quillet"}, {L, "Zorbton"}, {P, "Dana Quillet"}},
			want:  []want{{L, "Dana Quillet Hotel", 1}, {L, "Zorbton", 1}, {O, "Dana Quillet College", 1}},
		},
		{
			name:  "a name of first name and surname is the one longer name with the same ends",
			text:  "Dana Quillet was charged. Dana Eagan Quillet, 24, said nothing. Rob Zorb and Rob T. Zorb spoke, and so did Rob K. Zorb.",
			spans: []span{{P, "Dana Quillet"}, {P, "Dana Eagan Quillet"}, {P, "Rob Zorb"}, {P, "Rob T. Zorb"}, {P, "Rob K. Zorb"}},
			want:  []want{{P, "Dana Eagan Quillet", 2}, {P, "Rob Zorb", 1}, {P, "Rob T. Zorb", 1}, {P, "Rob K. Zorb", 1}},
		},
		{
			name:  "a company's suffixes alone take in the untagged name before them",
			text:  "Zorbia is linked up with Quenton's QZB-Zorblin Group Inc. in a bid against Kolt Ltd.",
			spans: []span{{L, "Zorbia"}, {L, "Quenton"}, {O, "Group Inc."}, {O, "Kolt Ltd."}},
			want:  []want{{L, "Zorbia", 1}, {L, "Quenton", 1}, {O, "QZB-Zorblin Group Inc.", 1}, {O, "Kolt Ltd", 1}},
		},
		{
			name:  "a name's initials go together",
			text:  "Readers of Q. R. Zorbkin and A. J. Quillet know the K. L. Zorb Institute well.",
			spans: []span{{P, "R. Zorbkin"}, {P, "A"}, {P, "J. Quillet"}, {O, "L. Zorb Institute"}},
			want:  []want{{P, "Q. R. Zorbkin", 1}, {P, "A. J. Quillet", 1}, {O, "K. L. Zorb Institute", 1}},
		},
		{
			name:  "a person's name that ends in an institution's word is the institution",
			text:  "Guests of Quillet Hotels met at the Q. R. Zorb Observatory, and Dana Hospital played golf.",
			spans: []span{{P, "Quillet Hotels"}, {P, "Q. R. Zorb Observatory"}, {P, "Dana Hospital"}},
			want:  []want{{O, "Quillet Hotels", 1}, {O, "Q. R. Zorb Observatory", 1}, {P, "Dana Hospital", 1}},
		},
		{
			name:  "a dateline's agency in brackets is not the place's acronym",
			text:  "By Dana Quillet, QNN\n\nZorb Town (QNN) -- Rain fell on Zorb Town, QNN reported.",
			spans: []span{{P, "Dana Quillet"}, {O, "QNN"}, {L, "Zorb Town"}, {O, "QNN"}, {L, "Zorb Town"}, {O, "QNN"}},
			want:  []want{{P, "Dana Quillet", 1}, {O, "QNN", 3}, {L, "Zorb Town", 2}},
		},
		{
			name: "a title-case line above a byline is a headline, with less evidence",
			text: "Wet Paper Tiger? Just Zorb It.\nBy DANA QUILLET\n\nThe paper said it was wet.\n\n" +
				"Dry Paper Lion? Just Zorb It.\nThe paper said it was dry.",
			spans: []span{{O, "Wet Paper Tiger"}, {P, "DANA QUILLET"}, {O, "Dry Paper Lion"}},
			want:  []want{{P, "DANA QUILLET", 1}, {O, "Dry Paper Lion", 1}},
		},
		{
			name: "a common word the tagger read into a name at a sentence's start is cut off",
			text: "It would rain, said Quillet, even so. Even Quillet had his water.\nNew Zorbland votes on Monday; the new law is in Zorbland.\n" +
				"New Quimby TV ad tries a new tone, says Quimby, and aides of Quimby agree.",
			spans: []span{{P, "Quillet"}, {P, "Even Quillet"}, {L, "New Zorbland"}, {L, "Zorbland"}, {O, "New Quimby TV"}, {P, "Quimby"}, {P, "Quimby"}},
			want:  []want{{P, "Quillet", 2}, {L, "New Zorbland", 1}, {L, "Zorbland", 1}, {P, "Quimby", 3}},
		},
		{
			name:  "a party's adjective before a place is no part of its name",
			text:  "He won in largely Democratic Massachusetts, and the then Conservative Northern Ireland minister met him.",
			spans: []span{{O, "Democratic Massachusetts"}, {L, "Conservative Northern Ireland"}},
			want:  []want{{L, "Massachusetts", 1}, {L, "Northern Ireland", 1}},
		},
		{
			name:  "a peer's name takes in the place of the title",
			text:  "In 1997 the late Lord Quillet of Zorbwich called for the funds. Quillet was right.",
			spans: []span{{P, "Lord Quillet"}, {L, "Zorbwich"}, {P, "Quillet"}},
			want:  []want{{P, "Quillet of Zorbwich", 2}},
		},
		{
			name: "a player's position in capitals splits a span in a sports report",
			text: "The Zorbers beat the Quellers 24-17 and 31-10 this season. The quarterback threw two touchdowns, the defense had a sack and a fumble.\n\n" +
				"Zorbers DL Dana Quillet, however, was fined by the NFL.",
			spans: []span{{O, "Zorbers"}, {O, "Quellers"}, {P, "Zorbers DL Dana Quillet"}, {O, "NFL"}},
			want:  []want{{O, "Zorbers", 2}, {O, "Quellers", 1}, {P, "Dana Quillet", 1}, {O, "NFL", 1}},
		},
		{
			name:  "a capitalized The inside a sentence is part of an organization's name",
			text:  "A firefighter told The Zorb Gazette Daily on Monday. The Zorb Gazette Daily said more. Zorb Gazette Daily readers agreed.",
			spans: []span{{O, "Zorb Gazette Daily"}, {O, "Zorb Gazette Daily"}, {O, "Zorb Gazette Daily"}},
			want:  []want{{O, "The Zorb Gazette Daily", 3}},
		},
		{
			name:  "a place's name takes in a facility's word the tagger left out",
			text:  "Cars queued at the Zorbtown Tunnel on Monday, and the QUELL TUNNEL was shut.",
			spans: []span{{L, "Zorbtown"}, {L, "QUELL"}},
			want:  []want{{L, "Zorbtown Tunnel", 1}, {L, "QUELL", 1}},
		},
		{
			name:  "a given name spelt with a letter more is the same person's",
			text:  "President Mohamed Zorbi spoke. Later Mohammed Zorbi left.",
			spans: []span{{P, "Mohamed Zorbi"}, {P, "Mohammed Zorbi"}},
			want:  []want{{P, "Mohammed Zorbi", 2}},
		},
		{
			name:  "a county named short is the county",
			text:  "Power failed across Zorbchester County on Monday. In Zorbchester, homes were dark.",
			spans: []span{{L, "Zorbchester County"}, {L, "Zorbchester"}},
			want:  []want{{L, "Zorbchester County", 2}},
		},
		{
			name:  "The and a paper's last word is the paper named in full",
			text:  "The Zorbton Daily Ledger reported the vote on Monday. The Ledger said turnout was high.",
			spans: []span{{O, "The Zorbton Daily Ledger"}, {O, "The Ledger"}},
			want:  []want{{O, "The Zorbton Daily Ledger", 2}},
		},
		{
			name: "a print footer's edition is no name, but a known place's",
			text: "Zorbco sold its plant.\n\nA version of this article appeared in print on 11/06/2012, on page D5 of the ZorbYork edition with the headline: Zorbco Sells.\n" +
				"A version of this article appears in print on page B2 of the New York edition.",
			spans: []span{{O, "Zorbco"}, {O, "ZorbYork"}, {O, "Zorbco"}, {L, "New York"}},
			want:  []want{{O, "Zorbco", 2}, {L, "New York", 1}},
		},
		{
			name:  "a clock time's zone is no name",
			text:  "Results come at 6:30 pm ET tonight and the vote closes at 1400 GMT. ET said nothing.",
			spans: []span{{P, "ET"}, {O, "GMT"}, {O, "ET"}},
			want:  []want{{O, "ET", 1}},
		},
		{
			name:  "a listed outlet's name in capitals is one organization (capsOutletSpans)",
			text:  "Jane Quimble spoke in Quenton.\n\n(Photo: Rob Zorbin, USA TODAY)\n\nThe USA team won.",
			spans: []span{{P, "Jane Quimble"}, {L, "Quenton"}, {P, "Rob Zorbin"}, {L, "USA"}, {L, "USA"}},
			want:  []want{{P, "Jane Quimble", 1}, {L, "Quenton", 1}, {P, "Rob Zorbin", 1}, {O, "USA TODAY", 1}, {L, "USA", 1}},
		},
		{
			name:  "a time stamp's zone and month are no name (zoneAndMonth)",
			text:  "Updated 9:15 a.m. ET Oct. 3, 2019\n\nZorbco said ET Oct. was fine.",
			spans: []span{{O, "ET Oct."}, {O, "Zorbco"}, {O, "ET Oct."}},
			want:  []want{{O, "Zorbco", 1}, {O, "ET Oct.", 1}},
		},
		{
			name:  "a brand the article names alone is no given name before its product's",
			text:  "Get it at Zorbtek for $549. The Zorbtek Nightowl R6700 router is fast.",
			spans: []span{{O, "Zorbtek"}, {P, "Zorbtek Nightowl"}},
			want:  []want{{O, "Zorbtek", 2}},
		},
		{
			name:  "a column's title before a bar and a date is no organization, an author is a person",
			text:  "Zorb Thinking | 19 July 2012\nCars talk now.\nDana Quillet | Aug. 9, 2012\nReuters | 20 July 2012\nMore cars talk.\nZorb Health November 5, 2012, 12:01 am\nEat well.",
			spans: []span{{O, "Zorb Thinking"}, {P, "Dana Quillet"}, {O, "Reuters"}, {O, "Zorb Health November"}},
			want:  []want{{P, "Dana Quillet", 1}, {O, "Reuters", 1}},
		},
		{
			name:  "a title in angle brackets holds no names",
			text:  "We went to watch <The Palace: Tale of Dana Quillet> at Zorb Theater with Rob Kolt.",
			spans: []span{{P, "Dana Quillet>"}, {L, "Zorb Theater"}, {P, "Rob Kolt"}},
			want:  []want{{L, "Zorb Theater", 1}, {P, "Rob Kolt", 1}},
		},
		{
			name:  "days' names of opening hours are no name, a paper named for a day is",
			text:  "Open Tue – Sat 4PM (Closed on Sun & Mon). The Sun reported it.",
			spans: []span{{O, "Sun & Mon"}, {O, "Sun"}},
			want:  []want{{O, "The Sun", 1}},
		},
		{
			name:  "a state's nickname is the state",
			text:  "Quimby won Ohio by 200,000 votes. The Buckeye State went his way, as did the Garden State.",
			spans: []span{{P, "Quimby"}, {L, "Ohio"}, {L, "Buckeye State"}, {L, "Garden State"}},
			want:  []want{{P, "Quimby", 1}, {L, "Buckeye State", 2}, {L, "Garden State", 1}}, // the fullest form names it
		},
	})
}

// TestSpanJoinRules12 checks the twelfth pass of the document step (spans
// and joins) on made-up articles: each case fails without its rule.
func TestSpanJoinRules12(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a president's administration names the president",
			text:  "Dana Quimbly won in 2020. Today the Quimbly Administration announced a plan with the Zorb Safety Administration.",
			spans: []span{{P, "Dana Quimbly"}, {O, "Quimbly Administration"}, {O, "Zorb Safety Administration"}},
			want:  []want{{P, "Dana Quimbly", 2}, {O, "Zorb Safety Administration", 1}},
		},
		{
			name:  "a byline's stamp is no part of the author's name",
			text:  "Zorb wins the vote\n\nby Dana Quimbly Published Nov. 7, 2012 2:25 pm\n\nby Rob Zorbin Writer on Nov 1st 2012",
			spans: []span{{O, "Zorb"}, {O, "Dana Quimbly Published Nov."}, {P, "Rob Zorbin Writer"}},
			want:  []want{{O, "Zorb", 1}, {P, "Dana Quimbly", 1}, {P, "Rob Zorbin", 1}},
		},
		{
			name:  "an author's name the tagger cut short before a byline's stamp runs up to it",
			text:  "Zorb wins the vote\n\nby Dana Quimbly Published Nov. 7, 2012 2:25 pm",
			spans: []span{{O, "Zorb"}, {P, "Dana"}},
			want:  []want{{O, "Zorb", 1}, {P, "Dana Quimbly", 1}},
		},
		{
			name:  "a news agency's credit line keeps its The, a bank's heading does not",
			text:  "Zorbs win again\n11.05.2012 / 9:44 PM / News\nThe Zorbland Press\n\nQUIMBY - The Zorbs won.\nThe Zorbland Bank\nIt cut rates.",
			spans: []span{{O, "Zorbs"}, {O, "Zorbland Press"}, {L, "QUIMBY"}, {O, "Zorbs"}, {O, "Zorbland Bank"}},
			want:  []want{{O, "Zorbs", 2}, {O, "The Zorbland Press", 1}, {L, "QUIMBY", 1}, {O, "Zorbland Bank", 1}},
		},
		{
			name:  "a sign-off's dash is no part of the author's name",
			text:  "Zorb ran for 80 yards.\n\n-Dana Quimbly\nFollow on Twitter @zorbdaily",
			spans: []span{{O, "Zorb"}, {O, "Twitter"}},
			want:  []want{{O, "Zorb", 1}, {P, "Dana Quimbly", 1}, {O, "Twitter", 1}},
		},
	})
}

// TestMoreTermAcronyms: a sports award's, a meeting's, a policy's and file
// formats' letters are words, no names alone; a name beside them stays.
func TestMoreTermAcronyms(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "term letters alone",
		text:  "Tomaz Quell is out of the MVP race. Zorbco's AGM backed the BYOD plan; MIME and RAR files and ASLR stop it.",
		spans: []span{{P, "Tomaz Quell"}, {O, "MVP"}, {O, "Zorbco"}, {O, "AGM"}, {O, "BYOD"}, {O, "MIME"}, {O, "RAR"}, {O, "ASLR"}},
		want:  []want{{P, "Tomaz Quell", 1}, {O, "Zorbco", 1}},
	}})
}

// TestPluralAcronymAfterNoName: title-cased words before a plural acronym
// in brackets name a kind of thing, no organization; a name before its
// own letters stays.
func TestPluralAcronymAfterNoName(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a kind of thing and its letters",
			text:  "In 2020 more Special Purpose Acquisition Companies (SPACs) listed than ever, and Quelbix Holdings (QH) bought two Zorbo Care Units (ZCUs).",
			spans: []span{{O, "Special Purpose Acquisition Companies"}, {O, "Quelbix Holdings"}, {O, "QH"}, {O, "Zorbo Care Units"}},
			want:  []want{{O, "Quelbix Holdings", 2}},
		},
	})
}

// TestStemNoName: "STEM", science, technology, engineering and maths, is a
// term's letters (termAcronyms), no organization.
func TestStemNoName(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "STEM classes",
			text:  "In 2020 schools in Quelbton funded STEM classes, and STEM teachers got a raise.",
			spans: []span{{L, "Quelbton"}, {O, "STEM"}, {O, "STEM"}},
			want:  []want{{L, "Quelbton", 1}},
		},
	})
}

// TestWorkplaceTermAcronyms: a workplace's, a security trade's and a
// film's letters ("HR", "PTO", "OKR", "CVE", "VFX", "ACLs") are terms
// (termAcronyms), no organization.
func TestWorkplaceTermAcronyms(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "terms of work, security and film",
			text:  "Zorbco's HR team set a PTO policy and an OKR for CVE management, ACLs and $10,000 of VFX.",
			spans: []span{{O, "Zorbco"}, {O, "HR"}, {O, "PTO"}, {O, "OKR"}, {O, "CVE"}, {O, "ACLs"}, {O, "VFX"}},
			want:  []want{{O, "Zorbco", 1}},
		},
	})
}

// TestSuperlativeHeading: a ranking's word alone before an adjective or a
// noun in a list's heading ("Zorbflix – Best budget-priced streaming
// service") is no name, nor is it with an acronym after it after a dash
// ("Quelb TV – Best TV streaming service"); "Best" before a verb is a
// surname and stays, "Best" opening a headline is a company's, and a
// listed name after a dash ("Best Buy") stays.
func TestSuperlativeHeading(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "headings",
			text:  "Zorbflix – Best budget-priced streaming service\nThe 10 Best ROI Projects of Quelbton",
			spans: []span{{O, "Zorbflix"}, {O, "Best"}, {L, "Best"}, {L, "Quelbton"}},
			want:  []want{{O, "Zorbflix", 1}, {L, "Quelbton", 1}},
		},
		{
			name:  "the ranking's word and an acronym",
			text:  "Quelb TV – Best TV streaming service, runner-up\nZorbflix – Best Buy shoppers' pick",
			spans: []span{{O, "Quelb TV"}, {O, "Best TV"}, {O, "Zorbflix"}, {O, "Best Buy"}},
			want:  []want{{O, "Quelb TV", 1}, {O, "Zorbflix", 1}, {O, "Best Buy", 1}},
		},
		{
			name:  "a surname",
			text:  "Winger Quelb Best joined in May. Best scored twice.",
			spans: []span{{P, "Quelb Best"}, {P, "Best"}},
			want:  []want{{P, "Quelb Best", 2}},
		},
		{
			name:  "a headline's company",
			text:  "Best sees loss at Zorbco unit",
			spans: []span{{O, "Best"}, {O, "Zorbco"}},
			want:  []want{{O, "Best", 1}, {O, "Zorbco", 1}},
		},
	})
}

// TestSeasonBeforeYearAndTermLetters: a season's name before a year is a
// date's part (seasonBeforeYear), and a term's letters are no name
// (termAcronyms' last line); a season's word as a name stays.
func TestSeasonBeforeYearAndTermLetters(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a season before a year",
		text:  "The third film opens in Spring 2026, Zorb Marzo said.",
		spans: []span{{L, "Spring"}, {P, "Zorb Marzo"}},
		want:  []want{{P, "Zorb Marzo", 1}},
	}, {
		name:  "a season's word in a name",
		text:  "Summer Quelb moved to Palm Springs in 2026, and Winter Park voted.",
		spans: []span{{P, "Summer Quelb"}, {L, "Palm Springs"}, {L, "Winter Park"}},
		want:  []want{{P, "Summer Quelb", 1}, {L, "Palm Springs", 1}, {L, "Winter Park", 1}},
	}, {
		name:  "a term's letters",
		text:  "Proper Lock Out – Tag Out (LOTO) procedures matter, and the OO paradigm has an LSP, Zorbco said.",
		spans: []span{{O, "LOTO"}, {O, "OO"}, {O, "LSP"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}},
	}})
}
