package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPartyNamesBeforeParty: a name right before "party" in lower case,
// which the tagger typed a place (a gazetteer's town) or a person, is a
// party's, at its other mentions too; a country's name there stays a
// place.
func TestPartyNamesBeforeParty(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a town's name and a person's",
		text:  "Marla Quonk said her New Hope party would beat the Quelbo party. New Hope won 12 seats.",
		spans: []span{{P, "Marla Quonk"}, {L, "New Hope"}, {P, "Quelbo"}, {L, "New Hope"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "New Hope", 2}, {O, "Quelbo", 1}},
	}, {
		name:  "a country's party",
		text:  "Fans held a Brazil party in Zorbville.",
		spans: []span{{L, "Brazil"}, {L, "Zorbville"}},
		want:  []want{{L, "Brazil", 1}, {L, "Zorbville", 1}},
	}})
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

// TestAwardHeadsAsMisc: a name of two words or more ending in "Prize",
// "Award", "Medal", "Trophy" or "Cup", whatever the tagger typed it, is
// MISC; the body that gives it stays.
func TestAwardHeadsAsMisc(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a prize typed a person, a cup an organization",
		text:  "Marla Quonk won the Zorbian Parliament's Quelbov Prize and the Zorbo Cup in Zorbville.",
		spans: []span{{P, "Marla Quonk"}, {O, "Zorbian Parliament"}, {P, "Quelbov Prize"}, {O, "Zorbo Cup"}, {L, "Zorbville"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbian Parliament", 1}, {L, "Zorbville", 1}},
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

// TestListedWorldBodiesC: parliaments, parties, a peacekeeping mission, a
// ministry and a militant group's English name of December 2020 world news
// that orgs.tsv and groups.tsv list in the eighteenth pass, which the
// tagger left untagged, typed a person or cut, are organizations.
func TestListedWorldBodiesC(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "untagged, typed a person, cut",
		text:  "Envoys of the Knesset, Komeito and Blue and White met the African Union Mission in Somalia and the Foreign, Commonwealth and Development Office, and the Group for the Support of Islam and Muslims attacked Zorbville.",
		spans: []span{{L, "Knesset"}, {P, "Komeito"}, {P, "White"}, {O, "African Union Mission"}, {L, "Somalia"}, {O, "Commonwealth"}, {O, "Development Office"}, {O, "Support of Islam and Muslims"}, {L, "Zorbville"}},
		want: []want{{O, "Knesset", 1}, {O, "Komeito", 1}, {O, "Blue and White", 1}, {O, "African Union Mission in Somalia", 1},
			{O, "Foreign, Commonwealth and Development Office", 1}, {O, "Group for the Support of Islam and Muslims", 1}, {L, "Zorbville", 1}},
	}})
}

// TestGroupBeforeName: a name right after "group" in lower case ("the
// rights group Quelbana"), which the tagger typed a person, is the group's.
func TestGroupBeforeName(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a rights group typed a person",
		text:  "Police in Zorbville detained Marla Quonk, and the rights group Quelbana said the arrest was illegal.",
		spans: []span{{L, "Zorbville"}, {P, "Marla Quonk"}, {P, "Quelbana"}},
		want:  []want{{L, "Zorbville", 1}, {P, "Marla Quonk", 1}, {O, "Quelbana", 1}},
	}})
}

// TestCountryRegionsStayPlaces: a name no list knows after a country's
// "'s" is the country's company, but not before a geographic noun
// ("Ethiopia's Quelbara region"), where it stays a place.
func TestCountryRegionsStayPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a region and a company of a country",
		text:  "Farmers fled Ethiopia's Quelbara region, and Ethiopia's Zorbcom cut jobs.",
		spans: []span{{L, "Ethiopia"}, {L, "Quelbara"}, {L, "Ethiopia"}, {L, "Zorbcom"}},
		want:  []want{{L, "Ethiopia", 2}, {L, "Quelbara", 1}, {O, "Zorbcom", 1}},
	}})
}
