package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestLeadingFounderRole: a company's role that starts a sentence before a
// person's name stays out of it (leadingRole).
func TestLeadingFounderRole(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "Founder before the name",
		text:  "Zorbly hired bankers for a listing. Founder Quelb Marzo wants to raise $1 billion.",
		spans: []span{{O, "Zorbly"}, {P, "Founder Quelb Marzo"}},
		want:  []want{{O, "Zorbly", 1}, {P, "Quelb Marzo", 1}},
	}, {
		name:  "Co-founder before the name",
		text:  "Co-founder Quelb Marzo left Zorbly.",
		spans: []span{{P, "Co-founder Quelb Marzo"}, {O, "Zorbly"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbly", 1}},
	}})
}

// TestRoleFirstNames: a first name the tagger left out between a role in
// lower case and a person's span joins the name (joinRoleFirstNames).
func TestRoleFirstNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "after founder",
		text:  "Zorbly founder Vijay Quelb Marzo said the firm would grow.",
		spans: []span{{O, "Zorbly"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Zorbly", 1}, {P, "Vijay Quelb Marzo", 1}},
	}, {
		name:  "not a weekday",
		text:  "The founder said Tuesday Quelb Marzo would stay.",
		spans: []span{{P, "Quelb Marzo"}},
		want:  []want{{P, "Quelb Marzo", 1}},
	}})
}

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
// of Quiver", "Quiver's chief executive", "Quiver shares rose") and at
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

// TestPluralTitlesCut: a plural title the tagger read into the first of
// two names ("Senators Jane Quonk and ...") is no part of it.
func TestPluralTitlesCut(t *testing.T) {
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "senators before two names",
		text:  "A plan led by Senators Jane Quonk and Marla Zorb passed.",
		spans: []span{{P, "Senators Jane Quonk"}, {P, "Marla Zorb"}},
		want:  []want{{P, "Jane Quonk", 1}, {P, "Marla Zorb", 1}},
	}})
}

// TestListedAfterSentenceThe: a listed organization's name right after
// the "The" that starts a sentence is found as one after "the" is, the
// tagger's part of it replaced.
func TestListedAfterSentenceThe(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an agency's name cut short after a sentence's The",
		text:  "The Centers for Disease Control and Prevention advised Zorbville.",
		spans: []span{{O, "Centers for Disease Control"}, {L, "Zorbville"}},
		want:  []want{{O, "Centers for Disease Control and Prevention", 1}, {L, "Zorbville", 1}},
	}})
}

// TestSlashPairOfListedOrgs: two listed organizations joined by a slash in
// one token the tagger left untagged are two organizations; a slash pair
// of unlisted words stays untagged.
func TestSlashPairOfListedOrgs(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a vaccine named by its two makers",
		text:  "Zorbville approved the Pfizer/BioNTech shot on Monday.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}, {O, "Pfizer", 1}, {O, "BioNTech", 1}},
	}, {
		name:  "unlisted words",
		text:  "Zorbville approved the Zorbco/Quelbix shot on Monday.",
		spans: []span{{L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestProductsWithTheirTail: a listed product's name whose number or
// letter the tagger left out of the company's span it made ("Falcon" of
// "Falcon 9", "Sputnik" of "Sputnik V") is the product's whole, MISC; so
// is a spacecraft's listed name alone.
func TestProductsWithTheirTail(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a vaccine and a rocket cut before their tails",
		text:  "Zorbia approved the Sputnik V shot, and Quelbco flew a Falcon 9 rocket.",
		spans: []span{{L, "Zorbia"}, {O, "Sputnik"}, {O, "Quelbco"}, {O, "Falcon"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Quelbco", 1}},
	}, {
		name:  "a spacecraft alone",
		text:  "Quelbco said the Starship prototype flew over Zorbville.",
		spans: []span{{O, "Quelbco"}, {O, "Starship"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a company's name before a number that makes no product",
		text:  "Quelbco Falcon 12 rose in Zorbville.",
		spans: []span{{O, "Quelbco Falcon"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbco Falcon", 1}, {L, "Zorbville", 1}},
	}})
}

// TestSentenceTheCut: the "The" that starts a sentence, read by the tagger
// into an organization's name of two words or more, is no part of it; a
// newspaper's keeps it, and so does a name after a colon (a headline's).
func TestSentenceTheCut(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an agency at a sentence's start",
		text:  "Quelbco lost in Zorbville. The Quelb Trade Department said it would appeal.",
		spans: []span{{O, "Quelbco"}, {L, "Zorbville"}, {O, "The Quelb Trade Department"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbville", 1}, {O, "Quelb Trade Department", 1}},
	}, {
		name:  "a newspaper, a headline's name",
		text:  "Quelbco lost. The Zorbville Post said so.\nFined: The Quelb Safety Office confirms it.",
		spans: []span{{O, "Quelbco"}, {O, "The Zorbville Post"}, {O, "The Quelb Safety Office"}},
		want:  []want{{O, "Quelbco", 1}, {O, "The Zorbville Post", 1}, {O, "The Quelb Safety Office", 1}},
	}})
}

// TestListedNewsmakers: a person of names/newsmakers.tsv is a person
// wherever named, the tagger's miss ("Xi Jinping" untagged), its type
// ("Tedros" an organization) and its piece ("Liu" of "Liu He") mended; not
// before a capitalized word that makes another name ("Xi Jinping
// Thought").
func TestListedNewsmakers(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged, mistyped, cut",
		text:  "Xi Jinping met Quelb Marzo in Zorbville. Tedros said Liu He would come. Xi said so too.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbville"}, {O, "Tedros"}, {P, "Liu"}},
		want:  []want{{P, "Xi Jinping", 2}, {P, "Quelb Marzo", 1}, {L, "Zorbville", 1}, {P, "Tedros", 1}, {P, "Liu He", 1}},
	}, {
		name:  "the start of another name",
		text:  "Xi Jinping Thought is taught in Zorbville.",
		spans: []span{{misc, "Xi Jinping Thought"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}})
}

// TestChamberBeforeMembers: "House" or "Senate" the tagger left untagged
// before a party's members or its adjective is the chamber, an
// organization, as CoNLL-2003 marks "House Democrats"; not after another
// capitalized word.
func TestChamberBeforeMembers(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the chamber untagged",
		text:  "House Democrats passed the Zorbia bill, and Senate Republican leaders balked.",
		spans: []span{{misc, "Democrats"}, {L, "Zorbia"}, {misc, "Republican"}},
		want:  []want{{O, "House", 1}, {L, "Zorbia", 1}, {O, "Senate", 1}},
	}, {
		name:  "the chamber and its members one body",
		text:  "Senate Democrats blocked the Zorbia bill.",
		spans: []span{{O, "Senate Democrats"}, {L, "Zorbia"}},
		want:  []want{{O, "Senate", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "after a capitalized word",
		text:  "Quelb White House Democrats met in Zorbia.",
		spans: []span{{misc, "Democrats"}, {L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}},
	}})
}

// TestPoliticalDescriptorsCut: "Opposition", "Ruling" or "Rival" that
// starts a sentence and the tagger read into a party's or a company's
// name is a descriptor, no part of it.
func TestPoliticalDescriptorsCut(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an opposition party",
		text:  "Opposition Quelb Party leader Zorb Quimby backed the deal.",
		spans: []span{{O, "Opposition Quelb Party"}, {P, "Zorb Quimby"}},
		want:  []want{{O, "Quelb Party", 1}, {P, "Zorb Quimby", 1}},
	}})
}

// TestListedNewsmakersB: a Korean footballer's name at a sentence's
// start, which the tagger leaves untagged ("Son" read as the word), and
// Brexit's negotiators by their surnames (one untagged at a sentence's
// start, one typed an organization).
func TestListedNewsmakersB(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged at a sentence's start",
		text:  "Quelbco won. Son Heung-min scored twice.",
		spans: []span{{O, "Quelbco"}},
		want:  []want{{O, "Quelbco", 1}, {newsner.Person, "Son Heung-min", 1}},
	}, {
		name:  "Brexit's negotiators by their surnames",
		text:  "Gove and Sefcovic met in Zorbia.",
		spans: []span{{O, "Sefcovic"}, {newsner.Location, "Zorbia"}},
		want:  []want{{newsner.Person, "Gove", 1}, {newsner.Person, "Sefcovic", 1}, {newsner.Location, "Zorbia", 1}},
	}})
}

// TestInnerTheSplit: a "the" inside an organization's span right after a
// listed organization's name starts a second name, and is part of
// neither; a "the" after an unlisted name's "of" stays.
func TestInnerTheSplit(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an outlet and an agency run together",
		text:  "Quelb Marzo told the Associated Press the Zorb Department had found nothing.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Associated Press the Zorb Department"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Associated Press", 1}, {O, "Zorb Department", 1}},
	}, {
		name:  "a name with its own the",
		text:  "Quelb Marzo joined the Bank of the Zorb West.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Bank of the Zorb West"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Bank of the Zorb West", 1}},
	}})
}

// TestHyphenedLeadCut: a hyphened adjective of a place or a backer
// ("Zorbia-backed") that starts an organization's span is no part of it.
func TestHyphenedLeadCut(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a backer's adjective read into the name",
		text:  "Zorbia-backed Quelb Semiconductor Corp fell.",
		spans: []span{{O, "Zorbia-backed Quelb Semiconductor Corp"}},
		want:  []want{{O, "Quelb Semiconductor Corp", 1}},
	}})
}

// TestParliamentHouses: "Commons" and "Lords" after "the", left untagged,
// are the houses, organizations; not before another capitalized word.
func TestParliamentHouses(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the houses by their short names",
		text:  "The Commons will vote on the Zorbia bill, and the Lords later.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{O, "Commons", 1}, {L, "Zorbia", 1}, {O, "Lords", 1}},
	}, {
		name:  "before a capitalized word",
		text:  "He played at the Lords Quelb Ground in Zorbia.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{L, "Zorbia", 1}},
	}})
}

// TestDistrictOfficeCut: "District" of a district attorney's or judge's
// office that the tagger read into the name before it is cut off: the
// county is a place; the office's own name ("District Attorney's Office")
// keeps it.
func TestDistrictOfficeCut(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a county's district attorney",
		text:  "Quelb County District Attorney Zorb Quimby said the case would be reviewed.",
		spans: []span{{O, "Quelb County District"}, {P, "Zorb Quimby"}},
		want:  []want{{L, "Quelb County", 1}, {P, "Zorb Quimby", 1}},
	}, {
		name:  "the office's possessive",
		text:  "The Quelb District Attorney's Office said it would appeal.",
		spans: []span{{O, "Quelb District"}},
		want:  []want{{O, "Quelb District", 1}},
	}})
}

// TestCircuitOrdinals: a US appeals court's circuit number in figures
// that the tagger left out of the court's name ("the 3rd U.S. Circuit
// Court of Appeals", "the 11th Circuit") is part of it; a number before
// another organization stays out.
func TestCircuitOrdinals(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the court's full name and its short one",
		text:  "The 3rd U.S. Circuit Court of Appeals in Zorbville threw out the case, and the 11th Circuit did too.",
		spans: []span{{O, "U.S. Circuit Court of Appeals"}, {L, "Zorbville"}, {O, "Circuit"}},
		want:  []want{{O, "3rd U.S. Circuit Court of Appeals", 1}, {L, "Zorbville", 1}, {O, "11th Circuit", 1}},
	}, {
		name:  "a number before another organization",
		text:  "Zorbco held its 5th Quelbix Forum in Zorbville.",
		spans: []span{{O, "Zorbco"}, {O, "Quelbix Forum"}, {L, "Zorbville"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Quelbix Forum", 1}, {L, "Zorbville", 1}},
	}})
}

// TestSuffixStopAdded: a legal suffix with the full stop of the sentence
// it ends glued on ("Plc."), which the tagger leaves out of a company's
// name, is part of it; the full stop is not.
func TestSuffixStopAdded(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a sentence ends in the suffix",
		text:  "Quelb Marzo won an order from Zorbco Holdings Plc.\nThe airline said so.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Zorbco Holdings"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbco Holdings Plc", 1}},
	}})
}

// TestSuffixStopSplit: an organization's span the tagger ran over the full
// stop after a legal suffix into the next sentence's name is two
// organizations; a suffix before another suffix stays inside.
func TestSuffixStopSplit(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two sentences' names in one span",
		text:  "Boeing won an order from Zorbco Holdings Plc. Quelb Airlines Co said it was in talks.",
		spans: []span{{O, "Boeing"}, {O, "Zorbco Holdings Plc. Quelb Airlines Co"}},
		want:  []want{{O, "Boeing", 1}, {O, "Zorbco Holdings Plc", 1}, {O, "Quelb Airlines Co", 1}},
	}, {
		name:  "two suffixes",
		text:  "Zorbco Electronics Co. Ltd. said it would buy Quelbix.",
		spans: []span{{O, "Zorbco Electronics Co. Ltd."}, {O, "Quelbix"}},
		want:  []want{{O, "Zorbco Electronics Co. Ltd.", 1}, {O, "Quelbix", 1}},
	}})
}

// TestInnerPossessiveSplit: a body's head word, its "'s" and its organ's
// name run into one span ("the Bank's Financial Policy Committee") are two
// organizations; a name whose possessive follows no head word stays whole.
func TestInnerPossessiveSplit(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bank and its committee",
		text:  "The Bank's Zorbian Policy Committee said Zorbco had enough capital.",
		spans: []span{{O, "Bank's Zorbian Policy Committee"}, {O, "Zorbco"}},
		want:  []want{{O, "Bank", 1}, {O, "Zorbian Policy Committee", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "no head word before the possessive",
		text:  "The Zorbians' Quelb's Investors Council met Zorbco.",
		spans: []span{{O, "Quelb's Investors Council"}, {O, "Zorbco"}},
		want:  []want{{O, "Quelb's Investors Council", 1}, {O, "Zorbco", 1}},
	}})
}

// TestSharedHeadPairSplit: two bodies named before one plural head word
// ("the Zorbian Treasury and Quelb departments"), which the tagger ran
// into one span, are two organizations; a name with "and" and no such
// plural after it stays whole.
func TestSharedHeadPairSplit(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "two departments",
		text:  "Hackers breached the Zorbian Treasury and Quelb departments through Zorbco software.",
		spans: []span{{O, "Zorbian Treasury and Quelb"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbian Treasury", 1}, {O, "Quelb", 1}, {O, "Zorbco", 1}},
	}, {
		name:  "one body with and",
		text:  "The Zorbian Securities and Quelb Commission sued Zorbco.",
		spans: []span{{O, "Zorbian Securities and Quelb Commission"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbian Securities and Quelb Commission", 1}, {O, "Zorbco", 1}},
	}})
}

// TestListedNamesWithSuffix: a listed organization's name with a legal
// suffix after it ("Royal Dutch Shell Plc"), of which the tagger took only
// a part, is the whole name with its suffix, at a sentence's end too.
func TestListedNamesWithSuffix(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "mid-sentence",
		text:  "Zorbco signed a deal with Royal Dutch Shell Plc on Monday.",
		spans: []span{{O, "Zorbco"}, {O, "Shell Plc"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Royal Dutch Shell Plc", 1}},
	}, {
		name:  "ending a sentence",
		text:  "Zorbco signed a deal with Royal Dutch Shell Plc. Quelbix Corp said so.",
		spans: []span{{O, "Zorbco"}, {O, "Dutch Shell Plc."}, {O, "Quelbix Corp"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Royal Dutch Shell Plc", 1}, {O, "Quelbix Corp", 1}},
	}})
}

// TestTextHead checks that a run of made-up tokens joined by spaces has
// the head its first token has (addRepeatSpans skips runs by it).
func TestTextHead(t *testing.T) {
	for _, ws := range [][]string{{"a"}, {"a", "b"}, {"", "x"}, {"New York", "City"}, {"New", "York City"}, {" x", "y"}, {"x ", "y"}, {""}} {
		ts := make([]token, len(ws))
		for i, w := range ws {
			ts[i].Text = w
		}
		for n := 1; n <= len(ts); n++ {
			if got, want := textHead(joinTokens(ts[:n])), textHead(ts[0].Text); got != want {
				t.Errorf("textHead(joinTokens(%q)) = %q, want %q", ws[:n], got, want)
			}
		}
	}
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

// TestCommonWordCut: a common word that a teaser's ellipsis cuts off at a
// sentence's start ("All...", "Every…") is no name (commonWordCut), as the
// tagger may find it; a name before an ellipsis stays.
func TestCommonWordCut(t *testing.T) {
	L := newsner.Location
	text := "Players grind their way to the end of every game.\n\nAll...\n\nFans in Quarlton waited.\n\nEvery\u2026"
	es := caseEntities(t, text, []textSpan{{L, "All."}, {L, "Quarlton"}, {L, "Every\u2026"}})
	want := []string{"LOCATION:Quarlton"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	text = "Players waited for hours.\n\nQuarlton..."
	es = caseEntities(t, text, []textSpan{{L, "Quarlton."}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one place", got)
	}
}

// TestCommonPluralPhrases: a title-cased term inside a sentence whose head
// is a plural and whose words the article writes in lower case elsewhere
// ("Intensive Care Units", "Demand Side Platforms") is no name; a team's
// plural the article never writes in lower case, and a name at a
// sentence's start, stay.
func TestCommonPluralPhrases(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a ward's and an ad market's terms",
			text: "Zorbco sells monitors for Intensive Care Units. Nurses in intensive care say the units need more care. " +
				"Buyers use Demand Side Platforms, and the demand side runs on such platforms.",
			spans: []span{{O, "Zorbco"}, {O, "Intensive Care Units"}, {L, "Demand Side Platforms"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "a team's plural",
			text:  "The Quelbton Hawks beat the Zorbia Rangers, and the rangers of the park watched as the quelbton fans sang.",
			spans: []span{{O, "Quelbton Hawks"}, {O, "Zorbia Rangers"}},
			want:  []want{{O, "Quelbton Hawks", 1}, {O, "Zorbia Rangers", 1}},
		},
	})
}

// tagFirst tags as typ the first n occurrences of the words name (a run of
// tokens) in toks.
func tagFirst(toks []token, name string, typ newsner.EntityType, n int) []tspan {
	words := strings.Fields(name)
	var out []tspan
	for k := 0; k+len(words) <= len(toks) && len(out) < n; k++ {
		if matchWords(toks, k, words, nil) {
			out = append(out, tspan{typ, k, k + len(words)})
		}
	}
	return out
}

// mentionCount returns how many mentions the entity of type typ named
// text has in es (0: none).
func mentionCount(es []newsner.Entity, typ newsner.EntityType, text string) int {
	for _, e := range es {
		if e.Type == typ && e.Text == text {
			return len(e.Mentions)
		}
	}
	return 0
}

// TestRepeatSpans: a name the tagger found in two sentences and missed in
// a third (after a sentence's "While", in a quotation) is found there too
// (addRepeatSpans).
func TestRepeatSpans(t *testing.T) {
	text := "Zorbix Quelb opened a plant in Ohio. Zorbix Quelb hired 200 people.\n" +
		"While Zorbix Quelb grew, rivals shrank. “Zorbix Quelb is here to stay,” a union leader said."
	toks := splitText(text)
	spans := tagFirst(toks, "Zorbix Quelb", newsner.Organization, 2)
	es := buildEntities(text, toks, spans)
	if n := mentionCount(es, newsner.Organization, "Zorbix Quelb"); n != 4 {
		t.Errorf("Zorbix Quelb: %d mentions, want 4: %+v", n, es)
	}
}

// TestRepeatSpansOneWord: a one-word name is repeated where the tagger
// found it twice, typed as most of its mentions are; not where it found
// it once, nor where the article writes the word in lower case, nor
// inside a longer capitalized run (repeatableName, standsAlone).
func TestRepeatSpansOneWord(t *testing.T) {
	text := "Quelbo said on Monday it would cut jobs. Analysts said Quelbo was late. " +
		"Shares of Quelbo fell. The Quelbo Arena stays open.\n" +
		"Marzip sued Quelbo. Marzip was founded in 1990. " +
		"Analysts said Ferny posted a loss; they said Ferny was weak. A ferny hill is near.\n" +
		"He met Ferny on Monday."
	toks := splitText(text)
	var spans []tspan
	spans = append(spans, tagFirst(toks, "Quelbo", newsner.Organization, 2)...)
	spans = append(spans, tagFirst(toks, "Marzip", newsner.Organization, 1)...)
	spans = append(spans, tagFirst(toks, "Ferny", newsner.Organization, 2)...)
	slices.SortFunc(spans, func(a, b tspan) int { return a.t0 - b.t0 })
	es := buildEntities(text, toks, spans)
	if n := mentionCount(es, newsner.Organization, "Quelbo"); n != 4 {
		t.Errorf("Quelbo: %d mentions, want 4 (not the arena's): %+v", n, es)
	}
	if n := mentionCount(es, newsner.Organization, "Marzip"); n != 1 {
		t.Errorf("Marzip, tagged once: %d mentions, want 1: %+v", n, es)
	}
	if n := mentionCount(es, newsner.Organization, "Ferny"); n != 2 {
		t.Errorf("Ferny, also a lower-case word: %d mentions, want 2: %+v", n, es)
	}
}

// TestCutPortfolioWords: "Justice" of "Justice Minister" is no name
// (cutPortfolioWords).
func TestCutPortfolioWords(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "justice minister",
		text:  "Zorbia rejected the ruling, and Justice Minister Zorb Marzo called it an attack.",
		spans: []span{{L, "Zorbia"}, {O, "Justice"}, {P, "Zorb Marzo"}},
		want:  []want{{L, "Zorbia", 1}, {P, "Zorb Marzo", 1}},
	}})
}

// TestLeadMakerAndLessor: a sentence's first word that is a maker's noun,
// "Lessor" or "Owner" is no part of the name after it (cutLeadDescriptor,
// makerWord); after "Lessor" a person is a company.
func TestLeadMakerAndLessor(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "descriptors",
		text:  "Sales fell. Glassmaker Zorbex said it would cut jobs. Lessor Quelbcap took back jets. Owner Zorb Foods said the chain would stay.",
		spans: []span{{O, "Glassmaker Zorbex"}, {P, "Lessor Quelbcap"}, {O, "Owner Zorb Foods"}},
		want:  []want{{O, "Zorbex", 1}, {O, "Quelbcap", 1}, {O, "Zorb Foods", 1}},
	}})
}

// TestCutLeadFameWords: "Billionaire" before a person's name at a
// sentence's start is no part of it (cutLeadFameWords).
func TestCutLeadFameWords(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "billionaire",
		text:  "Billionaire Jane Zorbett said she had given $4 billion to Quelb Relief.",
		spans: []span{{P, "Billionaire Jane Zorbett"}, {O, "Quelb Relief"}},
		want:  []want{{P, "Jane Zorbett", 1}, {O, "Quelb Relief", 1}},
	}})
}

// TestCutLeadTradeWords: a trade's word glued to a sentence's first name
// is cut off, and the name left is an organization (cutLeadTradeWords).
func TestCutLeadTradeWords(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "bottler",
		text:  "Shares fell. Bottler Zorbsa rose 2% on Monday.",
		spans: []span{{P, "Bottler Zorbsa"}},
		want:  []want{{O, "Zorbsa", 1}},
	}, {
		name:  "advisers",
		text:  "Advisers Quelbschild & Co and Zorbard are running the sale.",
		spans: []span{{O, "Advisers Quelbschild & Co"}, {O, "Zorbard"}},
		want:  []want{{O, "Quelbschild & Co", 1}, {O, "Zorbard", 1}},
	}})
}

// TestPartyHeadAfterAdjective: "Democratic Alliance" is a party's name,
// not "Alliance" the town (partyHeadAfterAdjective in cutPartyAdjective).
func TestPartyHeadAfterAdjective(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "alliance",
		text:  "The opposition Democratic Alliance, led by Jon Marzo, said the mayor should resign.",
		spans: []span{{O, "Democratic Alliance"}, {P, "Jon Marzo"}},
		want:  []want{{O, "Democratic Alliance", 1}, {P, "Jon Marzo", 1}},
	}})
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

// TestSplitAtLoneSuffixStop: a span run over a legal suffix, its full
// stop split off by the tokenizer and a sentence's next name is cut at the
// stop (splitAtLoneSuffixStop); a suffix after the stop keeps it whole.
func TestSplitAtLoneSuffixStop(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "sentence",
		text:  "It approved the merger with carmaker Zorbco SA. Quelbis, the combined group, will be run by Jan Tovar.",
		spans: []span{{O, "Zorbco SA. Quelbis"}, {P, "Jan Tovar"}},
		want:  []want{{O, "Zorbco SA.", 1}, {O, "Quelbis", 1}, {P, "Jan Tovar", 1}},
	}, {
		name:  "place",
		text:  "It bought a stake in Zorbco Corp. Quelbis, its rival, said nothing.",
		spans: []span{{L, "Zorbco Corp. Quelbis"}},
		want:  []want{{O, "Zorbco Corp.", 1}, {L, "Quelbis", 1}},
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

// TestSplitAtInnerVerb: a span the tagger runs over a verb in lower case
// ("Times utilized Quelbnet") is the subject's name and the object's; a
// short verb inside a group's name ("Soil is Ours") stays.
func TestSplitAtInnerVerb(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a verb between two names",
			text:  "Reporters at the Zorbville Times met. On election night the Times utilized Quelbnet and Flinko to find stories.",
			spans: []span{{O, "Zorbville Times"}, {O, "Times utilized Quelbnet"}, {O, "Flinko"}},
			want:  []want{{O, "Zorbville Times", 2}, {O, "Quelbnet", 1}, {O, "Flinko", 1}},
		},
		{
			name:  "a group's name with a short verb",
			text:  "Members of Soil is Ours marched in Quelbton.",
			spans: []span{{O, "Soil is Ours"}},
			want:  []want{{O, "Soil is Ours", 1}},
		},
	})
}

// TestCutTrailingNouns: a noun in lower case the tagger runs into a name
// ("the Zorbnet desk") goes where the name stands alone elsewhere; a name
// found only with its noun, and a head CoNLL-2003 keeps ("Quelbia
// ministry"), stay.
func TestCutTrailingNouns(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a network's desk",
			text:  "After Zorbnet called the race, the moment of dissent at the Zorbnet desk was news.",
			spans: []span{{O, "Zorbnet"}, {O, "Zorbnet desk"}},
			want:  []want{{O, "Zorbnet", 2}},
		},
		{
			name:  "no name alone, a kept head",
			text:  "Staff at the Quelbnet desk met. The Quelbia ministry said Quelbia would act.",
			spans: []span{{O, "Quelbnet desk"}, {O, "Quelbia ministry"}, {O, "Quelbia"}},
			want:  []want{{O, "Quelbnet desk", 1}, {O, "Quelbia ministry", 2}},
		},
	})
}

// TestCutLeadVerbAfterTo: a headline's verb in title case after "to"
// ("Last Chance to Buy Quelbquest Gold") is no part of the name the
// tagger runs it into.
func TestCutLeadVerbAfterTo(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a headline's infinitive",
			text:  "New Release: Last Chance to Buy Zorbly Quelb and Get Credit\nDara Voss wrote about Zorbly Quelb.",
			spans: []span{{O, "Buy Zorbly Quelb"}, {P, "Dara Voss"}, {O, "Zorbly Quelb"}},
			want:  []want{{O, "Zorbly Quelb", 2}, {P, "Dara Voss", 1}},
		},
	})
}

// TestLegalSuffixStop: a legal suffix's full stop that also ends a
// sentence inside a paragraph ("a unit of Zorbco Corp. The bid") is the
// name's (at a line's end, where CoNLL-2003 splits it off, eng.testa and
// eng.train check that it is left out).
func TestLegalSuffixStop(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "inside a paragraph",
			text:  "Westbrook is a unit of Zorbco Corp. The winning bid is due on Tuesday.",
			spans: []span{{O, "Westbrook"}, {O, "Zorbco Corp"}},
			want:  []want{{O, "Westbrook", 1}, {O, "Zorbco Corp.", 1}},
		},
	})
}

// TestCutLeadKindNoun: a body's kind that starts a sentence before the
// body's name is no part of it where the rest is a listed outlet or the
// tagger typed the whole a person (cutLeadKindNoun); a name that starts
// with the word and whose rest is no listed name keeps it.
func TestCutLeadKindNoun(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "newspaper before a listed outlet",
		text:  "Prices rose. Newspaper Tagesspiegel reported that Quelb Zorbin would resign.",
		spans: []span{{O, "Newspaper Tagesspiegel"}, {P, "Quelb Zorbin"}},
		want:  []want{{O, "Tagesspiegel", 1}, {P, "Quelb Zorbin", 1}},
	}, {
		name:  "after a name's full stop",
		text:  "He said so, said Quelb Zorbin, an analyst at Zorbco Ber. Newspaper Tagesspiegel reported it too.",
		spans: []span{{P, "Quelb Zorbin"}, {O, "Zorbco Ber."}, {O, "Newspaper Tagesspiegel"}},
		want:  []want{{P, "Quelb Zorbin", 1}, {O, "Zorbco Ber", 1}, {O, "Tagesspiegel", 1}},
	}, {
		name:  "union typed a person",
		text:  "Jobs are at risk. Union Zorbdi said it would call a strike at Quelbank.",
		spans: []span{{P, "Union Zorbdi"}, {O, "Quelbank"}},
		want:  []want{{O, "Zorbdi", 1}, {O, "Quelbank", 1}},
	}, {
		name:  "a place's name",
		text:  "Crowds gathered. Union Zorbsquare was closed on Sunday.",
		spans: []span{{newsner.Location, "Union Zorbsquare"}},
		want:  []want{{newsner.Location, "Union Zorbsquare", 1}},
	}, {
		// A listed name that starts with the word keeps it, whatever the
		// tagger typed it.
		name:  "a listed firm typed a person",
		text:  "Freight fell. Union Pacific said that Quelb Zorbin would resign.",
		spans: []span{{P, "Union Pacific"}, {P, "Quelb Zorbin"}},
		want:  []want{{O, "Union Pacific", 1}, {P, "Quelb Zorbin", 1}},
	}, {
		name:  "a name of its own",
		text:  "Freight fell. Union Zorbific said its profit rose.",
		spans: []span{{O, "Union Zorbific"}},
		want:  []want{{O, "Union Zorbific", 1}},
	}})
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

// TestBareRoadWordNoName: a road's word with no number after it names no
// road; with its number it is a place.
func TestBareRoadWordNoName(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the Interstate and Interstate 95",
			text:  "In 2020 the GPS sent Marla off the Interstate twice before she found Interstate 95 again.",
			spans: []span{{O, "Interstate"}, {O, "Interstate"}},
			want:  []want{{L, "Interstate 95", 1}},
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

// TestDatelineSentenceThe: the "The" of a wire story's first sentence,
// after the dateline's dash, that the tagger read into an organization's
// name is cut off, as after a full stop, a listed name's too.
func TestDatelineSentenceThe(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an authority after the dateline",
		text:  "ZORBVILLE (Reuters) - The Quelb Marz Authority said on Monday it would meet.",
		spans: []span{{O, "ZORBVILLE"}, {O, "Reuters"}, {O, "The Quelb Marz Authority"}},
		want:  []want{{L, "ZORBVILLE", 1}, {O, "Reuters", 1}, {O, "Quelb Marz Authority", 1}},
	}, {
		name:  "a listed body after the dateline",
		text:  "ZORBVILLE (Reuters) - The Arab League said on Monday it would meet.",
		spans: []span{{O, "ZORBVILLE"}, {O, "Reuters"}, {O, "The Arab League"}},
		want:  []want{{L, "ZORBVILLE", 1}, {O, "Reuters", 1}, {O, "Arab League", 1}},
	}})
}

// TestListedWithoutTheCut: a listed organization's name that the lists
// give without "The", which the tagger read with a sentence's "The", loses
// it; a listed newspaper's name with its "The" keeps it.
func TestListedWithoutTheCut(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a listed bloc and a listed newspaper",
		text:  "Talks ended in Zorbville. The Arab League said it would meet. The Wall Street Journal said so first.",
		spans: []span{{L, "Zorbville"}, {O, "The Arab League"}, {O, "The Wall Street Journal"}},
		want:  []want{{L, "Zorbville", 1}, {O, "Arab League", 1}, {O, "The Wall Street Journal", 1}},
	}})
}

// TestListedAfterSentenceDeterminer: a listed party's name after a
// sentence's "His", which the tagger cut into its country and the rest, is
// found whole.
func TestListedAfterSentenceDeterminer(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party after His",
		text:  "Talks ended in Zorbville. His Pakistan Tehreek-e-Insaf won the vote.",
		spans: []span{{L, "Zorbville"}, {L, "Pakistan"}, {O, "Tehreek-e-Insaf"}},
		want:  []want{{L, "Zorbville", 1}, {O, "Pakistan Tehreek-e-Insaf", 1}},
	}})
}

// TestAddLineThePublicBody: a "The" on a line of its own before a listed
// public body is not its (eng.testa's heading "The National Bank of
// Poland"), as it is before a listed outlet's name.
func TestAddLineThePublicBody(t *testing.T) {
	O := newsner.Organization
	for _, c := range []struct{ text, span, want string }{
		{"WARSAW 1996-08-30\nThe National Bank of Poland\nrefrained from staging a repo.", "National Bank of Poland", "National Bank of Poland"},
		{"By Jane Roe\nThe Canadian Press\n", "Canadian Press", "The Canadian Press"},
	} {
		toks := testTokens(t, c.text)
		s := tspan{typ: O, t0: -1}
		b0 := strings.Index(c.text, c.span)
		for k, tok := range toks {
			if tok.BStart == b0 {
				s.t0 = k
			}
			if tok.BEnd == b0+len(c.span) {
				s.t1 = k + 1
			}
		}
		if s.t0 < 0 || s.t1 <= s.t0 {
			t.Fatalf("%q: no tokens", c.span)
		}
		got := addLineThe(c.text, toks, s)
		if g := c.text[toks[got.t0].BStart:toks[got.t1-1].BEnd]; g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
