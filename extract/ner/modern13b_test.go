package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

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

// TestHyphenedPairsAsMisc: two countries, a bloc and a country or two
// listed companies joined by a hyphen are a relation's or a joint
// product's adjective, MISC, whatever the tagger typed them; a listed
// name with a hyphen stays.
func TestHyphenedPairsAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a bloc and a country, two countries",
		text:  "Quelb Marzo said EU-UK talks and U.S.-China ties weighed on Zorbville.",
		spans: []span{{newsner.Person, "Quelb Marzo"}, {O, "EU-UK"}, {L, "U.S.-China"}, {L, "Zorbville"}},
		want:  []want{{newsner.Person, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "two drugmakers' shot",
		text:  "Zorbia cleared the Pfizer-BioNTech shot.",
		spans: []span{{L, "Zorbia"}, {O, "Pfizer-BioNTech"}},
		want:  []want{{L, "Zorbia", 1}},
	}, {
		name:  "a listed hyphened name, a pair of unknowns",
		text:  "Mercedes-Benz and Zorb-Quelb rose in Zorbville.",
		spans: []span{{O, "Mercedes-Benz"}, {O, "Zorb-Quelb"}, {L, "Zorbville"}},
		want:  []want{{O, "Mercedes-Benz", 1}, {O, "Zorb-Quelb", 1}, {L, "Zorbville", 1}},
	}})
}

// TestListedLateNamesB: agencies, a ratings firm, a telecoms arm and a
// football club of late-2020 news that orgs.tsv lists in the thirteenth
// pass (b): the tagger cut the agencies' long names at their "and" or
// their last word and the ratings firm's at its first, typed the club a
// place and lost the arm after its owner's possessive.
func TestListedLateNamesB(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "agencies cut short",
		text:  "Zorbia's Competition and Markets Authority and the Office of Foreign Assets Control fined Quelbco.",
		spans: []span{{L, "Zorbia"}, {O, "Markets Authority"}, {O, "Office of Foreign Assets"}, {O, "Quelbco"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Competition and Markets Authority", 1}, {O, "Office of Foreign Assets Control", 1}, {O, "Quelbco", 1}},
	}, {
		name:  "a ratings firm cut to its first word",
		text:  "S&P Global Ratings cut Zorbia's rating.",
		spans: []span{{O, "S&P"}, {L, "Zorbia"}},
		want:  []want{{O, "S&P Global Ratings", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "an arm after its owner's possessive",
		text:  "Reliance Industries' Jio Platforms sold a stake to Quelbco.",
		spans: []span{{O, "Reliance Industries"}, {O, "Jio Platforms"}, {O, "Quelbco"}},
		want:  []want{{O, "Reliance Industries", 1}, {O, "Jio Platforms", 1}, {O, "Quelbco", 1}},
	}, {
		name:  "a club typed a place",
		text:  "Istanbul Basaksehir's Quelb Marzo scored.",
		spans: []span{{L, "Istanbul Basaksehir"}, {P, "Quelb Marzo"}},
		want:  []want{{O, "Istanbul Basaksehir", 1}, {P, "Quelb Marzo", 1}},
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

// TestGluedStopSplit: a sentence's full stop glued to a short capitalized
// word ("Ma." of "Quelb Ma.", which the tokenizer keeps whole as it keeps
// "Mr.") splits the one name the tagger ran across it; an honorific's
// abbreviation and a span that is one such word before the next do not.
func TestGluedStopSplit(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a person's name and a country's",
		text:  "Quelbco is run by Quelb Ma. China fined it.",
		spans: []span{{O, "Quelbco"}, {P, "Quelb Ma. China"}},
		want:  []want{{O, "Quelbco", 1}, {P, "Quelb Ma", 1}, {L, "China", 1}},
	}, {
		name:  "an honorific's abbreviation",
		text:  "Quelbco thanked the Rt. Hon. Quelb Marzo on Monday.",
		spans: []span{{O, "Quelbco"}, {P, "Rt. Hon. Quelb Marzo"}},
		want:  []want{{O, "Quelbco", 1}, {P, "Rt. Hon. Quelb Marzo", 1}},
	}})
}

// TestPlacesBeforeTitles: a known place's name right before a governor's
// or a mayor's office and the holder's name is the place, whatever the
// tagger typed it; an unknown name there stays as tagged.
func TestPlacesBeforeTitles(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a state typed a body, a city typed a person",
		text:  "Texas Governor Quelb Marzo and Sao Paulo Mayor Zorb Quimby met.",
		spans: []span{{O, "Texas"}, {P, "Quelb Marzo"}, {P, "Sao Paulo"}, {P, "Zorb Quimby"}},
		want:  []want{{L, "Texas", 1}, {P, "Quelb Marzo", 1}, {L, "Sao Paulo", 1}, {P, "Zorb Quimby", 1}},
	}, {
		name:  "an unknown name before the office",
		text:  "Quelbco Governor Zorb Quimby spoke.",
		spans: []span{{O, "Quelbco"}, {P, "Zorb Quimby"}},
		want:  []want{{O, "Quelbco", 1}, {P, "Zorb Quimby", 1}},
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

// TestLeadersBeforeTheirNouns: a surname tagged an organization before
// "administration" or "campaign" is the person's, where the article or
// the people lists name him; a company's name there stays.
func TestLeadersBeforeTheirNouns(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a surname of the article's and a listed one",
		text:  "Quelb Marzo sued in Zorbia. The Marzo campaign lost, and the Trump administration appealed.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbia"}, {O, "Marzo"}, {O, "Trump"}},
		want:  []want{{P, "Quelb Marzo", 2}, {L, "Zorbia", 1}, {P, "Trump", 1}},
	}, {
		name:  "a company's campaign",
		text:  "The Quelbco campaign ran in Zorbia.",
		spans: []span{{O, "Quelbco"}, {L, "Zorbia"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbia", 1}},
	}})
}

// TestListedLateNamesC: companies and a racing team of late-2020 news
// that orgs.tsv lists in the thirteenth pass (b), which the tagger left
// out, cut to a place or typed a person.
func TestListedLateNamesC(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged, cut to a place, typed a person",
		text:  "Quelbco sued Epic Games, bought Boston Dynamics and sold Jio a stake; Quelb Marzo drove for Racing Point in Zorbia.",
		spans: []span{{O, "Quelbco"}, {L, "Boston"}, {P, "Jio"}, {P, "Quelb Marzo"}, {L, "Zorbia"}},
		want:  []want{{O, "Quelbco", 1}, {O, "Epic Games", 1}, {O, "Boston Dynamics", 1}, {O, "Jio", 1}, {P, "Quelb Marzo", 1}, {O, "Racing Point", 1}, {L, "Zorbia", 1}},
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

// TestListedAsiaCompanies: Asian companies of late-2020 business news
// that orgs.tsv lists in the thirteenth pass (b), which the tagger cut at
// their "and" or a second capitalized word, left out or typed a place.
func TestListedAsiaCompanies(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "cut, split, untagged, a place",
		text:  "Hong Kong Exchanges and Clearing, Mitsubishi UFJ Financial Group and Fast Retailing, the owner of Uniqlo, sued Quelbco in Zorbia.",
		spans: []span{{O, "Hong Kong Exchanges"}, {O, "Mitsubishi"}, {O, "UFJ Financial Group"}, {L, "Uniqlo"}, {O, "Quelbco"}, {L, "Zorbia"}},
		want:  []want{{O, "Hong Kong Exchanges and Clearing", 1}, {O, "Mitsubishi UFJ Financial Group", 1}, {O, "Fast Retailing", 1}, {O, "Uniqlo", 1}, {O, "Quelbco", 1}, {L, "Zorbia", 1}},
	}, {
		name:  "India's retailers and a payments firm",
		text:  "Paytm backed Future Retail against Reliance Retail in Zorbia.",
		spans: []span{{L, "Zorbia"}},
		want:  []want{{O, "Paytm", 1}, {O, "Future Retail", 1}, {O, "Reliance Retail", 1}, {L, "Zorbia", 1}},
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

// TestCapitalAppositions: a name before ", the capital of" is a place,
// whatever the tagger typed it.
func TestCapitalAppositions(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a regional capital typed a body",
		text:  "Troops took Quelbaba, the capital of the Zorb region, and Quelbco fled.",
		spans: []span{{O, "Quelbaba"}, {L, "Zorb"}, {O, "Quelbco"}},
		want:  []want{{L, "Quelbaba", 1}, {L, "Zorb", 1}, {O, "Quelbco", 1}},
	}})
}

// TestListedStateOilCompany: Venezuela's state oil company, which the
// tagger reads as a place for the country's name in it.
func TestListedStateOilCompany(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a company named after its country",
		text:  "Petroleos de Venezuela shipped oil to Zorbia.",
		spans: []span{{L, "Petroleos de Venezuela"}, {L, "Zorbia"}},
		want:  []want{{O, "Petroleos de Venezuela", 1}, {L, "Zorbia", 1}},
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
