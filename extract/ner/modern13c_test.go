package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAwardsAsMisc: an entertainment award's name is MISC whatever the
// tagger typed it ("the Grammy nominations", "a Golden Globe"); a
// personal award's name ("Emmy") only after an article, a person
// otherwise.
func TestAwardsAsMisc(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "awards typed an organization and a person",
		text:  "Quelb Marzo led the Grammy nominations, won an Emmy and earned a Golden Globe in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Grammy"}, {P, "Emmy"}, {O, "Golden Globe"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a first name that is an award's, no article before it",
		text:  "Emmy Quonk sang in Zorbville.",
		spans: []span{{P, "Emmy Quonk"}, {L, "Zorbville"}},
		want:  []want{{P, "Emmy Quonk", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a festival's prize",
		text:  "Quelb Marzo won the Golden Lion in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {O, "Golden Lion"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "the plural",
		text:  "The Oscars moved to Zorbville.",
		spans: []span{{O, "Oscars"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbville", 1}},
	}, {
		name:  "policy terms typed an organization and a place (policyTerms)",
		text:  "Zorbland resumed Brexit talks. After Brexit, Covid and Medicare cuts hit Zorbville.",
		spans: []span{{L, "Zorbland"}, {O, "Brexit"}, {L, "Brexit"}, {O, "Covid"}, {O, "Medicare"}, {L, "Zorbville"}},
		want:  []want{{L, "Zorbland", 1}, {L, "Zorbville", 1}},
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

// TestLateProductsOf2019: a spacecraft's listed name, a phone's listed
// name and number, and a streaming stick the tagger typed a company are
// MISC; the makers stay.
func TestLateProductsOf2019(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a craft and a phone cut before its number",
		text:  "Quelbco's Starliner reached orbit, and Zorbco cut the Pixel 4 to $499 in Zorbville.",
		spans: []span{{O, "Quelbco"}, {O, "Starliner"}, {O, "Zorbco"}, {O, "Pixel"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbco", 1}, {O, "Zorbco", 1}, {L, "Zorbville", 1}},
	}, {
		name:  "a streaming stick",
		text:  "The Fire TV Stick dropped to $25 at Quelbco in Zorbville.",
		spans: []span{{O, "TV Stick"}, {O, "Quelbco"}, {L, "Zorbville"}},
		want:  []want{{O, "Quelbco", 1}, {L, "Zorbville", 1}},
	}})
}

// TestListedCollegePrograms: college sports programs and conferences
// named by the school alone or with the nickname, which the tagger reads
// as people or places, are organizations (orgs.tsv).
func TestListedCollegePrograms(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "programs typed people and places",
		text:  "The Duke Blue Devils beat Gonzaga, Villanova and Wake Forest in Zorbville. Boise State won the Big East.",
		spans: []span{{P, "Duke Blue Devils"}, {P, "Gonzaga"}, {L, "Villanova"}, {L, "Wake Forest"}, {L, "Zorbville"}, {L, "Boise State"}, {L, "Big East"}},
		want:  []want{{O, "Duke Blue Devils", 1}, {O, "Gonzaga", 1}, {O, "Villanova", 1}, {O, "Wake Forest", 1}, {L, "Zorbville", 1}, {O, "Boise State", 1}, {O, "Big East", 1}},
	}, {
		name:  "conferences left untagged",
		text:  "Quelb State left the Big Ten for good.",
		spans: []span{{O, "Quelb State"}},
		want:  []want{{O, "Quelb State", 1}, {O, "Big Ten", 1}},
	}})
}

// TestLabelsTypedPlaces: a record label's or a film studio's name the
// tagger typed a place is an organization; a place's name with no such
// word stays a place.
func TestLabelsTypedPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a label and a studio typed places",
		text:  "Quelb Marzo signed with Zorbic Records and Quonk Studios in Zorbville.",
		spans: []span{{P, "Quelb Marzo"}, {L, "Zorbic Records"}, {L, "Quonk Studios"}, {L, "Zorbville"}},
		want:  []want{{P, "Quelb Marzo", 1}, {O, "Zorbic Records", 1}, {O, "Quonk Studios", 1}, {L, "Zorbville", 1}},
	}})
}

// TestCraftAsMisc: a spacecraft's name ending in a craft's word ("Probe",
// "Lander", "Orbiter") the tagger typed an organization is MISC; its
// agency stays.
func TestCraftAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a probe and a lander",
		text:  "Quelbco's Zorbic Solar Probe and the Quonk Lander flew on.",
		spans: []span{{O, "Quelbco"}, {O, "Zorbic Solar Probe"}, {O, "Quonk Lander"}},
		want:  []want{{O, "Quelbco", 1}},
	}})
}

// TestPollsAndChartsAsMisc: a poll's or a chart's name cut before its
// number and typed a company ("AP Top" of "AP Top 25") is the whole name,
// MISC; the team beside it stays.
func TestPollsAndChartsAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a poll and a chart",
		text:  "Quelb State rose in the AP Top 25 poll, and Zorbco's album topped the Billboard 200 chart.",
		spans: []span{{O, "Quelb State"}, {O, "AP Top"}, {O, "Zorbco"}, {O, "Billboard"}},
		want:  []want{{O, "Quelb State", 1}, {O, "Zorbco", 1}},
	}})
}

// TestQuotedSubtitlesAsMisc: the subtitle of a quoted title after its
// colon ("Zorbic: Endgame") is the title's, MISC, whatever the tagger
// typed it; a colon of speech before a quote leaves the quote's name.
func TestQuotedSubtitlesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a film's subtitle typed a company",
		text:  `Quelbco said "Zorbic: Endgame" passed its other films.`,
		spans: []span{{O, "Quelbco"}, {O, "Endgame"}},
		want:  []want{{O, "Quelbco", 1}},
	}, {
		name:  "a colon of speech",
		text:  `Quelbco said: "Zorbco lost."`,
		spans: []span{{O, "Quelbco"}, {O, "Zorbco"}},
		want:  []want{{O, "Quelbco", 1}, {O, "Zorbco", 1}},
	}})
}

// TestListedOneNameArtists: musicians known by a stage name the tagger
// types an organization or cuts ("Lizzo", "Stormzy", "Cardi" of "Cardi
// B") are people (newsmakers.tsv).
func TestListedOneNameArtists(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "stage names typed organizations",
		text:  "Lizzo, Stormzy and Cardi B played Zorbville.",
		spans: []span{{O, "Lizzo"}, {O, "Stormzy"}, {O, "Cardi"}, {L, "Zorbville"}},
		want:  []want{{P, "Lizzo", 1}, {P, "Stormzy", 1}, {P, "Cardi B", 1}, {L, "Zorbville", 1}},
	}})
}
