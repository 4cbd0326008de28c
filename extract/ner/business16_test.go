package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestSuffixStopBeforeOpeningQuote: a legal suffix's full stop before an
// opening quote ends the sentence and stays out of the name; before a
// closing quote in mid-paragraph it stays in.
func TestSuffixStopBeforeOpeningQuote(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an opening quote",
		text:  `The firm hired Zorbco Group Inc. "Investors will watch," said Quelb Marzo.`,
		spans: []span{{O, "Zorbco Group Inc."}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zorbco Group Inc", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "a closing quote",
		text:  `"We hired Zorbco Group Inc." he said, and Quelb Marzo agreed.`,
		spans: []span{{O, "Zorbco Group Inc."}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zorbco Group Inc.", 1}, {P, "Quelb Marzo", 1}},
	}})
}

// TestCreditLinePeople: the staff named in a wire story's credit line are
// people whatever the tagger typed them; the place after "in" and a
// company's name after "compiled by" stay.
func TestCreditLinePeople(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a reporter read as an organization",
		text:  "Sales rose. Reporting by Ulla Quimby and Quelb Marzo in Zorbville; Editing by Zorba Quell",
		spans: []span{{P, "Ulla Quimby"}, {O, "Quelb Marzo"}, {L, "Zorbville"}, {L, "Zorba Quell"}},
		want:  []want{{P, "Ulla Quimby", 1}, {P, "Quelb Marzo", 1}, {L, "Zorbville", 1}, {P, "Zorba Quell", 1}},
	}, {
		name:  "a company that compiled a table",
		text:  "The figures were compiled by Zorbco Inc in Zorbville.",
		spans: []span{{O, "Zorbco Inc"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco Inc", 1}, {L, "Zorbville", 1}},
	}})
}

// TestFirmHeadNames: a fund manager's or an adviser's name ending in a
// firm's word ("Capital", "Management") is an organization where the
// tagger typed it a place or a person; a known place stays.
func TestFirmHeadNames(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a capital read as a place, a management as a person",
		text:  "Ulla Quimby, a principal at Quelbton Capital, and Marzo Management spoke in Zorbville.",
		spans: []span{{P, "Ulla Quimby"}, {L, "Quelbton Capital"}, {P, "Marzo Management"}, {L, "Zorbville"}},
		want:  []want{{P, "Ulla Quimby", 1}, {O, "Quelbton Capital", 1}, {O, "Marzo Management", 1}, {L, "Zorbville", 1}},
	}})
}

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

// TestHeadOfCompanyCue: an untagged word after "chief executive of" or
// "founder of" is a company, at its other lone mentions too; after
// "chairman of" it stays a word.
func TestHeadOfCompanyCue(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a company named by a verb",
		text:  "Zorbco and Quiver are close to a deal. Quiver is backed by Zorbco, said Quelb Marzo, chief executive of Quiver, in a memo.",
		spans: []span{{O, "Zorbco"}, {O, "Zorbco"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zorbco", 2}, {O, "Quiver", 3}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "a chairman of a word",
		text:  "Quelb Marzo, chairman of Quiver, met Zorbco.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Zorbco"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbco", 1}},
	}})
}

// TestIndexWordsAsMisc: an index named with its word ("Industrial
// Average") or before "index" after its number is MISC, not emitted,
// whatever the tagger typed it; a stock exchange before "index" stays.
func TestIndexWordsAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an average and an index with its number",
		text:  "The Zorbix Industrial Average rose and the Quelb 50 index fell in Zorbville.",
		spans: []span{{O, "Zorbix Industrial Average"}, {O, "Quelb"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}, {
		name:  "an exchange's index",
		text:  "The Zorbville Stock Exchange index rose.",
		spans: []span{{O, "Zorbville Stock Exchange"}},
		want:  []want{{O, "Zorbville Stock Exchange", 1}},
	}})
}

// TestAppositionSpans: an untagged proper name before a comma and an
// apposition that calls it a group, a lobby or a firm is an organization;
// a weekday before ", the bank said" is not.
func TestAppositionSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a group, a lobby and a firm with a digit",
		text:  "Quelb Marzo of Zorbish Knowledge, a consumer advocacy group, agreed. ZorbEurope, the employers' lobby, did not. Ulla Quimby, founder of 12Z Monitor, a research firm, left.",
		spans: []span{{P, "Quelb Marzo"}, {P, "Ulla Quimby"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbish Knowledge", 1}, {O, "ZorbEurope", 1}, {P, "Ulla Quimby", 1}, {O, "12Z Monitor", 1}},
	}, {
		name:  "a weekday before a clause",
		text:  "Zorbco raised rates on Friday, the bank said.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}},
	}})
}

// TestListedOrgBeforeTitle: a listed organization's short name left
// untagged before a title and a person's name is the organization; a
// name no list knows stays untagged.
func TestListedOrgBeforeTitle(t *testing.T) {
	P := newsner.Person
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the central bank's short name",
		text:  "Bonds rallied. Fed Chair Quelb Marzo said rates would stay low.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{O, "Fed", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "an unknown name",
		text:  "Bonds rallied. Zorbqua Chair Quelb Marzo said rates would stay low.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

// TestLeadBankWords: a name that a bank's or group's leading word starts
// ("Banco", "Grupo") is an organization where the tagger typed it a place
// or where a facility's word ends it ("Banco Zorb Base").
func TestLeadBankWords(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bank read as a place, a bank ending in a facility word",
		text:  "Quelb Marzo, an economist at Banco Quelbano, and Ulla Quimby of Banco Zorb Base spoke in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Banco Quelbano"}, {P, "Ulla Quimby"}, {O, "Banco Zorb Base"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Banco Quelbano", 1}, {P, "Ulla Quimby", 1}, {O, "Banco Zorb Base", 1}, {L, "Zorbville", 1}},
	}})
}

// TestDirectorAtCue: a name the tagger typed a person after "director
// at" or "partner at" is the firm the person works for.
func TestDirectorAtCue(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a broker read as a person",
		text:  "\"It is cheap,\" said Quelb Marzo, investment director at Zorb Quell, and Ulla Quimby, a partner at Marzo Quimb, agreed.",
		spans: []span{{P, "Quelb Marzo"}, {P, "Zorb Quell"}, {P, "Ulla Quimby"}, {P, "Marzo Quimb"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorb Quell", 1}, {P, "Ulla Quimby", 1}, {O, "Marzo Quimb", 1}},
	}})
}
