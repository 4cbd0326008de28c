package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddNamedAcronymSpans: an untagged acronym that is also a word,
// of an organization the article named in full, is the organization
// (addNamedAcronymSpans); not in a run of capitals.
func TestAddNamedAcronymSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "acronym before a title",
		text:  "The Organization for Urban Renewal wants more parks. OUR chairman Zorb Marzo said talks had failed.",
		spans: []span{{O, "Organization for Urban Renewal"}, {P, "Zorb Marzo"}},
		want:  []want{{O, "Organization for Urban Renewal", 2}, {P, "Zorb Marzo", 1}},
	}, {
		name:  "capitals run",
		text:  "The Organization for Urban Renewal met. ALL OUR HOMES, said Zorb Marzo.",
		spans: []span{{O, "Organization for Urban Renewal"}, {P, "Zorb Marzo"}},
		want:  []want{{O, "Organization for Urban Renewal", 1}, {P, "Zorb Marzo", 1}},
	}})
}

// TestAddHeadNameSpans: an untagged capitalized word and a company's head
// word before a verb or a founder is a company (addHeadNameSpans); a
// body's head is not ("Cultural Ministry planning").
func TestAddHeadNameSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "media and group",
		text:  "Sales fell again. Vice Media said it would cut 155 jobs. Future Group founder Quelb Marzo said the deal would save jobs.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{O, "Vice Media", 1}, {O, "Future Group", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "a body",
		text:  "Cultural Ministry planning to spend more on temples.",
		spans: nil,
		want:  nil,
	}})
}

// TestAddTradeNounSpans: a lone untagged word after "publisher" or
// "operator" and before a comma is a company (addTradeNounSpans); a weekday there is not.
func TestAddTradeNounSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "publisher",
		text:  "Rival publisher Zorbly, owner of the Daily Quelb, said it would close 75 titles.",
		spans: []span{{O, "Daily Quelb"}},
		want:  []want{{O, "Zorbly", 1}, {O, "Daily Quelb", 1}},
	}, {
		name:  "a mobile operator named by a word",
		text:  "Zorbtel signed a deal with Quelbton operator Three, allowing Three subscribers to roam.",
		spans: []span{{O, "Zorbtel"}, {L, "Quelbton"}},
		want:  []want{{O, "Zorbtel", 1}, {L, "Quelbton", 1}, {O, "Three", 1}},
	}, {
		name:  "weekday",
		text:  "The deal was agreed with the publisher Monday, a source said.",
		spans: nil,
		want:  nil,
	}})
}

// TestAddTradeRunSpans: an untagged name right after a trade's noun in
// lower case is an organization (addTradeRunSpans); a title there is not.
func TestAddTradeRunSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "watchdog",
		text:  "In Zorbia, the financial watchdog Quelbtilsynet told the bank to act.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Quelbtilsynet", 1}},
	}, {
		name:  "studio of two words",
		text:  "The Zorbish studio QX Projekt apologised for the bugs on Monday.",
		spans: []span{},
		want:  []want{{O, "QX Projekt", 1}},
	}, {
		name:  "a common word in capitals",
		text:  "The Zorbish studio CD Zorbekt apologised for the bugs on Monday.",
		spans: []span{},
		want:  []want{{O, "CD Zorbekt", 1}},
	}, {
		name:  "title after union",
		text:  "He met Jon Marzo, the trade union Secretary General, on Monday.",
		spans: []span{{newsner.Person, "Jon Marzo"}},
		want:  []want{{newsner.Person, "Jon Marzo", 1}},
	}})
}

// TestAddAcronymExpansionSpans: an untagged run whose initials spell an
// acronym tagged an organization, and which acts, is that organization
// (addAcronymExpansionSpans); a modified run before a verb is not.
func TestAddAcronymExpansionSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "company at the start",
		text:  "Zorbic Arts agreed on Monday to buy the studio. ZA chief executive Jon Marzo said it was a good deal.",
		spans: []span{{O, "ZA"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Zorbic Arts", 2}, {P, "Jon Marzo", 1}}, // the acronym joins its full name
	}, {
		name:  "modified product",
		text:  "ZQ said its updated Zorbic Quelbing provides more tests.",
		spans: []span{{O, "ZQ"}},
		want:  []want{{O, "ZQ", 1}},
	}})
}

// TestExtendWatchedEmployers: an analyst's employer the tagger cut short
// takes the capitalized words after it (extendWatchedEmployers); a place
// after it stays out, and so does the next line's or sentence's first word
// after a legal suffix's full stop.
func TestExtendWatchedEmployers(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "research arm",
		text:  "\"It is the swing factor,\" said Jon Marzo, an analyst at Zorb Global Research.",
		spans: []span{{P, "Jon Marzo"}, {O, "Zorb"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Zorb Global Research", 1}},
	}, {
		name:  "place after",
		text:  "\"It is the swing factor,\" said Jon Marzo, an analyst at Zorb London.",
		spans: []span{{P, "Jon Marzo"}, {O, "Zorb"}, {L, "London"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Zorb", 1}, {L, "London", 1}},
	}, {
		name:  "the paragraph ends",
		text:  "Jon Marzo is a strategist at Zorbco Inc.\n\nThe bank said so.",
		spans: []span{{P, "Jon Marzo"}, {O, "Zorbco Inc."}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Zorbco Inc", 1}},
	}, {
		name:  "the line ends",
		text:  "Jon Marzo is a strategist at Zorbco Inc.\nBanks said so.",
		spans: []span{{P, "Jon Marzo"}, {O, "Zorbco Inc."}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Zorbco Inc", 1}},
	}, {
		name:  "the sentence ends in the suffix",
		text:  "Jon Marzo is an analyst at Zorbco Inc. The bank said so.",
		spans: []span{{P, "Jon Marzo"}, {O, "Zorbco Inc."}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Zorbco Inc", 1}},
	}})
}

// TestAddAccordingToSpans: a source's name after "according to", untagged
// or tagged MISC, is an organization (addAccordingToSpans); a first name
// there is not.
func TestAddAccordingToSpans(t *testing.T) {
	M, O := misc, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged",
		text:  "Listings raised $167 billion this year, according to Zorblogic.",
		spans: []span{},
		want:  []want{{O, "Zorblogic", 1}},
	}, {
		name:  "tagged MISC",
		text:  "Listings raised $167 billion this year, according to Quelbset.",
		spans: []span{{M, "Quelbset"}},
		want:  []want{{O, "Quelbset", 1}},
	}, {
		name:  "first name",
		text:  "It was a good year, according to John.",
		spans: []span{},
		want:  nil,
	}})
}

// TestAddBodyTitleSpans: "House" or "Treasury" left untagged before a
// title and a person's name is the body (addBodyTitleSpans); a
// portfolio's word is not, nor the body's word with no name after.
func TestAddBodyTitleSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "speaker and secretary",
		text:  "House Speaker Jane Quelbin and Treasury Secretary Jon Marzo agreed.",
		spans: []span{{P, "Jane Quelbin"}, {P, "Jon Marzo"}},
		want:  []want{{O, "House", 1}, {P, "Jane Quelbin", 1}, {O, "Treasury", 1}, {P, "Jon Marzo", 1}},
	}, {
		name:  "portfolio",
		text:  "Health Secretary Jon Marzo agreed.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 1}},
	}, {
		name:  "no name",
		text:  "The House Speaker said nothing.",
		spans: nil,
		want:  nil,
	}})
}

// TestAddFounderOfSpans: an untagged name after "founder of" is an
// organization (addFounderOfSpans), and so is a brand styled in lower
// case with a digit there, at each of its mentions; a known place, a code
// or a version is not.
func TestAddFounderOfSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "founder of",
		text:  "Jon Marzo, founder of Quelb Digital and its tabloid, was refused bail.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Quelb Digital", 1}},
	}, {
		name:  "known place",
		text:  "Jon Marzo, founder of Singapore, died.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 1}},
	}, {
		name:  "a brand in lower case with a digit, at each mention",
		text:  "With readers moving to phones, zorb6sense, a white label ad platform, hired a strategist. \"We are excited,\" said Jon Marzo, CEO and founder of zorb6sense.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{O, "zorb6sense", 2}, {P, "Jon Marzo", 1}},
	}, {
		name:  "a code or a version is no brand",
		text:  "Jon Marzo, founder of mp3 sharing, and the founder of covid19 research were heard.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 1}},
	}})
}

// TestStyledBrand: the word shapes styledBrand takes.
func TestStyledBrand(t *testing.T) {
	for w, want := range map[string]bool{"my6sense": true, "iQPS": true, "zorb4u": true, "mp3": false, "covid19": false, "h264": false, "10am": false, "2hip": false, "Herman2": false, "b2b": false, "e-4ward": false} {
		if got := styledBrand(w); got != want {
			t.Errorf("styledBrand(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAddRegulatorNameSpans: an untagged name right after "broadcaster"
// is an organization (addRegulatorNameSpans); a weekday is not.
func TestAddRegulatorNameSpans(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "broadcaster",
		text:  "He spoke at the studio of broadcaster ZQTV-TV on Sunday.",
		spans: nil,
		want:  []want{{O, "ZQTV-TV", 1}},
	}, {
		name:  "weekday",
		text:  "The watchdog Monday said it would look again.",
		spans: nil,
		want:  nil,
	}})
}

// TestAddForNameSpans: an untagged "the ... Initiative for ..." or
// "the ... Jurisdiction for ..." is a body's name (addForNameSpans); a
// minister "for" a portfolio is not.
func TestAddForNameSpans(t *testing.T) {
	O, M := newsner.Organization, misc
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "initiative",
		text:  "Staff of the Zorbian Initiative for Personal Rights were arrested.",
		spans: []span{{M, "Zorbian"}},
		want:  []want{{O, "Zorbian Initiative for Personal Rights", 1}},
	}, {
		name:  "jurisdiction",
		text:  "The Special Jurisdiction for Peace charged the commanders.",
		spans: nil,
		want:  []want{{O, "Special Jurisdiction for Peace", 1}},
	}, {
		name:  "minister",
		text:  "The Minister for Foreign Affairs said nothing.",
		spans: nil,
		want:  nil,
	}})
}

// TestAddHolderOfficeSpans: an untagged "Attorney General's Office" is a
// body (addHolderOfficeSpans); "the minister's office" is not.
func TestAddHolderOfficeSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "attorney general",
		text:  "He was cleared by Zorbia's Attorney General's Office on Friday.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Attorney General's Office", 1}},
	}, {
		name:  "district",
		text:  "The case went to the Zorbton County District Attorney's Office.",
		spans: []span{{L, "Zorbton County"}},
		want:  []want{{O, "Zorbton County District Attorney's Office", 1}},
	}, {
		name:  "minister",
		text:  "He was cleared by the minister's office on Friday.",
		spans: nil,
		want:  nil,
	}})
}
