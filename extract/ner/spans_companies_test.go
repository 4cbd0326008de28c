package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of spans_companies.go's rules.

// TestSaidItWord: an untagged proper noun before "said it" or "said on
// WEEKDAY its" is a company, and so are its other lone mentions
// (companyWordCue's saidItWord); a weekday or "May" there is not.
func TestSaidItWord(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after a dateline",
		text:  "ZORBVILLE (Reuters) - Quelbix said on Monday its unit would buy back shares. The plan pleased Quelbix investors.",
		spans: []span{{L, "ZORBVILLE"}, {O, "Reuters"}},
		want:  []want{{L, "ZORBVILLE", 1}, {O, "Reuters", 1}, {O, "Quelbix", 2}},
	}, {
		name:  "a weekday or May is no company",
		text:  "The group on Wednesday said it had agreed. The government in May said it had detained them.",
		spans: nil,
		want:  nil,
	}})
}

// TestTaggedNotOrg: a word the tagger found an organization elsewhere is
// still added where a company's cue stands and it was missed
// (taggedNotOrg).
func TestTaggedNotOrg(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "tagged once, missed once",
		text:  "Zumia said it would close a service in Quelbia. Zumia co-founder Quelb Marzo told analysts.",
		spans: []span{{L, "Quelbia"}, {O, "Zumia"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zumia", 2}, {L, "Quelbia", 1}, {P, "Quelb Marzo", 1}},
	}})
}

// TestCuedCompanyWords: a company named by a common word that the tagger
// left untagged is an organization where only a company stands ("Shares
// of Quiver", "Quiver's chief executive", "Quiver's head of growth",
// "Quiver shares rose") and at
// its other lone mentions; the word at a sentence's start before no verb
// stays a word.
func TestCuedCompanyWords(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after shares of, and its other mentions",
		text:  "Quiver reported record sales on Monday. Shares of Quiver rose 3% while rival Zorbco gained 1%.",
		spans: []span{{O, "Zorbco"}},
		want:  []want{{O, "Quiver", 2}, {O, "Zorbco", 1}},
	}, {
		name:  "its chief executive and its shares",
		text:  "Quiver's chief executive Quelb Marzo said the firm hired workers in Zorbville, and Quiver shares fell.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{O, "Quiver", 2}, {P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "the word at a sentence's start before a noun",
		text:  "Shares of Quiver rose in Zorbville. Quiver output was flat.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{O, "Quiver", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "no cue, no organization",
		text:  "Quiver said in Zorbville that sales rose.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}, {
		// nkinds57 (headOfFunction): modern-web-a 0468's "Every's head
		// of growth Austin Tedesco ... rolling out at Every".
		name:  "its head of growth, and its other mention",
		text:  "Quiver's head of growth Quelb Marzo said the team moved to Zorbville. We are rolling it out at Quiver.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbville"}},
		want:  []want{{O, "Quiver", 2}, {P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a head of state is a country's",
		text:  "Quiver's head of state visited Zorbville.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestSuffixHeadWords: the one word an organization the tagger found names
// before legal suffixes only ("Quiver Group") is the company's short name
// at its untagged lone mentions; a span that is a longer name's tail
// ("Marzo in the Making Inc") gives no short name.
func TestSuffixHeadWords(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a group's short name",
		text:  "Regulators in Zorbville summoned Quiver Group executives. Quelb Marzo said Quiver must return to payments.",
		spans: []span{{L, "Zorbville"}, {O, "Quiver Group"}, {P, "Quelb Marzo"}},
		want:  []want{{L, "Zorbville", 1}, {O, "Quiver Group", 2}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "a longer name's tail",
		text:  "Lawyers for Quelb in the Making Inc said Making was no part of it in Zorbville.",
		spans: []span{{O, "Making Inc"}, {L, "Zorbville"}},
		want:  []want{{O, "Making Inc", 1}, {L, "Zorbville", 1}},
	}})
}

// TestOrAcronyms: an untagged word after an organization's name, a comma
// and "or" whose capitals are the name's acronym is the organization, at
// its other lone mentions too (a sentence's first before ", which
// manages"); a word after ", or" that is no acronym of the name stays out.
func TestOrAcronyms(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a pension fund's acronym",
		text:  "Quelb Marzo is backed by the Zorbia State Quelbers' Retirement System, or ZorSQRS. ZorSQRS, which manages $9 billion, said so in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Zorbia State Quelbers' Retirement System"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbia State Quelbers' Retirement System", 1}, {O, "ZorSQRS", 2}, {L, "Zorbville", 1}},
	}, {
		name:  "no acronym of the name",
		text:  "Ask the Zorbia Quelb Board, or QuiverX, in Zorbville.",
		spans: []span{{O, "Zorbia Quelb Board"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbia Quelb Board", 1}, {L, "Zorbville", 1}},
	}})
}

// TestSaidInStatement: an untagged proper noun before "said in a
// statement" is a company, at its other lone mentions too; "It said in a
// statement" names nothing.
func TestSaidInStatement(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a company's statement",
		text:  "Rival Zorbco and Quiver cut output. Quiver said in a statement it would invest in Zorbia.",
		spans: []span{{O, "Zorbco"}, {L, "Zorbia"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quiver", 2}, {L, "Zorbia", 1}},
	}, {
		name:  "a pronoun's statement",
		text:  "Zorbco cut output. It said in a statement it would invest in Zorbia.",
		spans: []span{{O, "Zorbco"}, {L, "Zorbia"}},
		want:  []want{{O, "Zorbco", 1}, {L, "Zorbia", 1}},
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

// TestWhichBoughtCompanies: an untagged proper noun before ", which
// bought" or ", which owns" is a company (whichRunsWord), and so is a name
// tagged a person there (businessVerbs' "bought", "acquired").
func TestWhichBoughtCompanies(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged",
		text:  "Skincare is growing. Zorbity, which bought a majority of Quelb Cosmetics last year, said it would sell its salons.",
		spans: []span{{O, "Quelb Cosmetics"}},
		want:  []want{{O, "Zorbity", 1}, {O, "Quelb Cosmetics", 1}},
	}, {
		name:  "tagged a person",
		text:  "Sales slumped. Jane Quorley, which acquired a rival in May, said sales fell.",
		spans: []span{{P, "Jane Quorley"}},
		want:  []want{{O, "Jane Quorley", 1}},
	}})
}

// TestElidedCompanyName: an untagged "L'" name where only a company stands
// is one (elidedName in companyWordCue); an "O'" or "D'" surname is not.
func TestElidedCompanyName(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after a dateline",
		text:  "PARIS (Reuters) - L'Zorbal said on Wednesday it would buy a skincare brand.",
		spans: []span{{L, "PARIS"}, {O, "Reuters"}},
		want:  []want{{L, "PARIS", 1}, {O, "Reuters", 1}, {O, "L'Zorbal", 1}},
	}})
	for _, w := range []string{"O'Quelby", "D'Zorba"} {
		if elidedName(w) {
			t.Errorf("elidedName(%q) = true", w)
		}
	}
}

// TestNounWordCue: an untagged proper noun right after a company's noun
// is a company (nounWordCue; companyNouns' "seller"), not a letter or an
// acronym there.
func TestNounWordCue(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "seller",
		text:  "Jane Quorley took home seller Quelbdoor public this week.",
		spans: []span{{P, "Jane Quorley"}},
		want:  []want{{P, "Jane Quorley", 1}, {O, "Quelbdoor", 1}},
	}, {
		name: "start-up",
		text: "Funds are flowing to the start-up Zorbliq this year.",
		want: []want{{O, "Zorbliq", 1}},
	}, {
		name: "a group's letter",
		text: "Three teams are in group C this year.",
	}})
}

// TestAddItsVerbSpans: an untagged run of proper nouns starting a
// sentence before a verb in the past tense and "its" is an organization
// (addItsVerbSpans); a run starting with a first name is not.
func TestAddItsVerbSpans(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after a dateline",
		text:  "MAHIA (Reuters) - Zorb Lab launched its 17th rocket on Sunday.",
		spans: []span{{L, "MAHIA"}, {O, "Reuters"}},
		want:  []want{{L, "MAHIA", 1}, {O, "Reuters", 1}, {O, "Zorb Lab", 1}},
	}, {
		name: "first name",
		text: "Rockets are costly. Jane Quorley launched its appeal on Sunday.",
	}})
}

// TestStaffEmployerSpans: an untagged word right before a newsroom's or a
// firm's staff role (after at most one rank) is the employer, at its
// other lone mentions too; a determiner there ("The analyst") is none.
func TestStaffEmployerSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an outlet and a firm",
			text:  "Marla Quonk told Zorbly senior editor Tomaz Quell in 2020 that Quelbix analyst Dara Quimby was wrong. Zorbly ran the story.",
			spans: []span{{P, "Marla Quonk"}, {P, "Tomaz Quell"}, {P, "Dara Quimby"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbly", 2}, {P, "Tomaz Quell", 1}, {O, "Quelbix", 1}, {P, "Dara Quimby", 1}},
		},
		{
			name:  "a determiner",
			text:  "Quelbix shares rose 3% in 2020, its office said.\n-- The analyst also set a price target.",
			spans: []span{{O, "Quelbix"}},
			want:  []want{{O, "Quelbix", 1}},
		},
	})
}

// TestTradeTailOnly: the one word of "Trust Industries" alone is the
// company's short name (tradeTailOnly in addSuffixHeadSpans).
func TestTradeTailOnly(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "industries",
		text:  "Zorbco sold its stores to Trust Industries on Monday. Trust's telecoms arm said the deal was legal.",
		spans: []span{{O, "Zorbco"}, {O, "Trust Industries"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Trust Industries", 1}, {O, "Trust", 1}},
	}})
}

// TestFirmSuffixSpans: an untagged run of capitalized words that a firm's
// suffix word ends ("Consulting", "LLC", "Animations") is an organization
// (addFirmSuffixSpans); a heading's run and a common word starting a
// sentence are not.
func TestFirmSuffixSpans(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after by",
		text:  "A commissioned study conducted by Zorbester Consulting on behalf of the firm shows how costs fell.",
		spans: nil,
		want:  []want{{O, "Zorbester Consulting", 1}},
	}, {
		name:  "quoted, with a legal suffix",
		text:  "The copyright previously belonged to Quelbheart Digital LLC until the plaintiff sued.",
		spans: nil,
		want:  []want{{O, "Quelbheart Digital LLC", 1}},
	}, {
		name:  "at a sentence's start",
		text:  "The film was a hit. Zorbman Animations, behind animated movies like Chicken Run, has a new film.",
		spans: []span{{misc, "Chicken Run"}},
		want:  []want{{O, "Zorbman Animations", 1}},
	}, {
		name:  "a heading and a common word",
		text:  "Emerging Technologies\nEmerging Technologies are changing how we work.",
		spans: nil,
		want:  nil,
	}})
}

// TestAddCompanyLikeSpans: an untagged run of capitalized words after a
// kind of companies and "like" or "such as" is an organization
// (addCompanyLikeSpans), the run ended by its line, and after a kind of
// places a place; after a kind of apps, or before another capitalized
// word, it is nothing.
func TestAddCompanyLikeSpans(t *testing.T) {
	O := newsner.Organization
	type want = entityWant
	runDocCases(t, []docCase{{
		name: "sites like, a list's line",
		text: "What the tools did:\nReplaced reference sites like Quelb Overflow\nCan build small features reliably",
		want: []want{{O, "Quelb Overflow", 1}},
	}, {
		name: "retailers such as",
		text: "The brand sells through retailers such as Zorb Outfitters in the city.",
		want: []want{{O, "Zorb Outfitters", 1}},
	}, {
		name:  "places such as: a place, a word the tagger reads as a verb",
		text:  "The governor spoke of places such as Zorbloking in Quelb County.",
		spans: []textSpan{{newsner.Location, "Quelb County"}},
		want:  []want{{newsner.Location, "Zorbloking", 1}, {newsner.Location, "Quelb County", 1}},
	}, {
		name: "districts such as: a kind the of-cue had alone",
		text: "The plan covers districts such as Zorbloking this year.",
		want: []want{{newsner.Location, "Zorbloking", 1}},
	}, {
		name: "apps like, and a longer name",
		text: "Drivers use apps like Zorb Maps to find their way. Buyers visit sites like Quelb Hub Mall Online Zone each day.",
		want: nil,
	}})
}
