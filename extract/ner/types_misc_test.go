package ner

import (
	"slices"
	"testing"

	"github.com/newsner/newsner"
)

// TestHeroTitleIsAnHonour: "CNN Hero" and "CNN Heroes", an honour a listed
// organization gives that the tagger typed an organization, are MISC
// (heroTitlesAsMisc); the giver named alone stays, keyed as listed.
func TestHeroTitleIsAnHonour(t *testing.T) {
	O := newsner.Organization
	text := "Vela Marsh, named a CNN Hero in May, runs a kitchen in Tulsa. CNN said the CNN Heroes show airs in December."
	es := caseEntities(t, text, []textSpan{{newsner.Person, "Vela Marsh"}, {O, "CNN Hero"}, {newsner.Location, "Tulsa"}, {O, "CNN"}, {O, "CNN Heroes"}})
	want := []string{"PERSON:Vela Marsh", "LOCATION:Tulsa", "ORGANIZATION:CNN"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestHeroesCharityStays: a name ending in "Heroes" after words that name
// no listed organization ("Help for Heroes"-like) stays as tagged.
func TestHeroesCharityStays(t *testing.T) {
	O := newsner.Organization
	text := "The charity Aid for Quarry Heroes raised money in Leeds."
	es := caseEntities(t, text, []textSpan{{O, "Aid for Quarry Heroes"}, {newsner.Location, "Leeds"}})
	want := []string{"ORGANIZATION:Aid for Quarry Heroes", "LOCATION:Leeds"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestDraftIsAnEvent: "NHL" of "the 2031 NHL Draft", the event's name
// the tagger cut short before its word, is MISC ("Draft", an eventHeads
// word), not the league, which the text never names alone.
func TestDraftIsAnEvent(t *testing.T) {
	O := newsner.Organization
	text := "Oren Vask, a top prospect for the 2031 NHL Draft, skates for the Quarry Otters."
	es := caseEntities(t, text, []textSpan{{newsner.Person, "Oren Vask"}, {O, "NHL"}, {O, "Quarry Otters"}})
	want := []string{"PERSON:Oren Vask", "ORGANIZATION:Quarry Otters"}
	if got := names(es); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestListedLeagueBeforeDraftIsTheEvent: where the text also names the
// league alone first, its mention before "Draft" ("the 2031 NHL Draft
// class") is still the event's, MISC (listedBeforeEventsAsMisc), not a
// second mention of the league (eventsAsMisc looks at the group's first
// fullest mention only).
func TestListedLeagueBeforeDraftIsTheEvent(t *testing.T) {
	O := newsner.Organization
	text := "The NHL fined the club. Oren Vask, the best of the 2031 NHL Draft class, skates for the Quarry Otters."
	es := caseEntities(t, text, []textSpan{{O, "NHL"}, {newsner.Person, "Oren Vask"}, {O, "NHL"}, {O, "Quarry Otters"}})
	want := []string{"ORGANIZATION:NHL", "PERSON:Oren Vask", "ORGANIZATION:Quarry Otters"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if es[0].Count != 1 {
		t.Errorf("the league has %d mentions, want 1 (the draft's is no mention of it)", es[0].Count)
	}
}

// TestListedBeforeBillPersonStays: a listed organization's name before
// "Bill" that starts a person's name ("IBM Bill Quarles") is no event's
// name cut short.
func TestListedBeforeBillPersonStays(t *testing.T) {
	O := newsner.Organization
	text := "Shares fell after IBM Bill Quarles spoke on Monday."
	es := caseEntities(t, text, []textSpan{{O, "IBM"}, {newsner.Person, "Bill Quarles"}})
	want := []string{"ORGANIZATION:IBM", "PERSON:Bill Quarles"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestMVPIsAnAward: "NFL MVP", an award's title the tagger typed an
// organization, is MISC (awardHeads), so the league named alone elsewhere
// is not joined into it and keys as the listed league.
func TestMVPIsAnAward(t *testing.T) {
	O := newsner.Organization
	text := "Zed Quell, the NFL MVP last season, signed on Monday. The NFL fined his club."
	es := caseEntities(t, text, []textSpan{{newsner.Person, "Zed Quell"}, {O, "NFL MVP"}, {O, "NFL"}})
	want := []string{"PERSON:Zed Quell", "ORGANIZATION:NFL"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if es[1].Key != entityKey(O, "National Football League", []string{"National Football League"}) {
		t.Errorf("the NFL keyed %q", es[1].Key)
	}
}

// TestProgrammesAsMisc: a programme's name the tagger typed an
// organization is MISC; a United Nations agency named so, listed, stays an
// organization.
func TestProgrammesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a central bank's programme and a UN agency",
		text:  "The Zorbish Central Bank expanded its Zorbish Bond Purchase Programme, and the World Food Programme warned of hunger.",
		spans: []span{{O, "Zorbish Central Bank"}, {O, "Zorbish Bond Purchase Programme"}, {O, "World Food Programme"}},
		want:  []want{{O, "Zorbish Central Bank", 1}, {O, "World Food Programme", 1}},
	}})
}

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

// TestPartisanPluralsNotPeople: a party's members named by two words
// ending in a plural such as "Democrats" that the tagger read as a
// person's name are no person (MISC); an organization so named stays.
func TestPartisanPluralsNotPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a party's members as a person",
		text:  "Marla Quonk's Christian Democrats will choose a leader, and the Zorbian Democrats will not.",
		spans: []span{{P, "Marla Quonk"}, {P, "Christian Democrats"}, {O, "Zorbian Democrats"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbian Democrats", 1}},
	}})
}

// TestWorkWordsBefore: a name after a work's word with a title's "The"
// between ("the novel The Salt Road"), after an owner's work's word and a
// comma as an apposition ("his book, Ember Street,"), or after a record's
// "single" ("the single Paper Moon") is a work, MISC at every mention; a
// person after "In his book," who acts, and a baseball single, stay.
func TestWorkWordsBefore(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name: "a novel, a book, a single",
			text: "Dara Voss wrote the novel The Salt Road in Zorbia. Fans of Salt Road queued. His book, Ember Street, sold well. " +
				"The band released the single Paper Moon.",
			spans: []span{{P, "Dara Voss"}, {L, "Salt Road"}, {L, "Zorbia"}, {O, "Salt Road"}, {L, "Ember Street"}, {P, "Paper Moon"}},
			want:  []want{{P, "Dara Voss", 1}, {L, "Zorbia", 1}},
		},
		{
			name:  "an author acting, a hit",
			text:  "In his book, Quimby writes of war. An RBI single Quelbton fans cheered.",
			spans: []span{{P, "Quimby"}, {O, "Quelbton"}},
			want:  []want{{P, "Quimby", 1}, {O, "Quelbton", 1}},
		},
	})
}

// TestPlacesStartingRacesAsMisc: a place's name before "Grand Prix" is
// the race's, MISC (placesStartingEventsAsMisc, raceHeads).
func TestPlacesStartingRacesAsMisc(t *testing.T) {
	P, L := newsner.Person, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "grand prix",
		text:  "Zorb Quelby won the Quelbton Grand Prix on Sunday, and flew home to Zorbia.",
		spans: []span{{P, "Zorb Quelby"}, {L, "Quelbton"}, {misc, "Grand Prix"}, {L, "Zorbia"}},
		want:  []want{{P, "Zorb Quelby", 1}, {L, "Zorbia", 1}},
	}})
}

// TestTelescopesAsMisc: a space telescope is an instrument, MISC; the
// agency beside it stays.
func TestTelescopesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a telescope tagged an organization",
		text:  "Data from the Zorbo Space Telescope reached the Quimby Space Agency on Monday.",
		spans: []span{{O, "Zorbo Space Telescope"}, {O, "Quimby Space Agency"}},
		want:  []want{{O, "Quimby Space Agency", 1}},
	}})
}

// TestThingsAfterArticleAsMisc: a one-word name counted as a thing ("a
// Zorbgun, which") is a product, MISC at every mention; a maker's name
// that modifies a noun after "a", a listed organization, and a team the
// article writes beside a number stay.
func TestThingsAfterArticleAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a thing counted",
			text:  "Marla Quonk said that unlike a Zorbgun, which has a short range, the new Zorbgun reaches far. Buy a Quibbook after June.",
			spans: []span{{P, "Marla Quonk"}, {O, "Zorbgun"}, {O, "Zorbgun"}, {O, "Quibbook"}},
			want:  []want{{P, "Marla Quonk", 1}},
		},
		{
			name:  "a name before a noun, a listed organization",
			text:  "A Quelbix official said a Reuters report was wrong.",
			spans: []span{{O, "Quelbix"}, {O, "Reuters"}},
			want:  []want{{O, "Quelbix", 1}, {O, "Reuters", 1}},
		},
		{
			name:  "a team beside a number",
			text:  "Tomaz Quell, driving a Zorbari, won the race.\nStandings: 1. Zorbari 48 points.",
			spans: []span{{P, "Tomaz Quell"}, {O, "Zorbari"}, {O, "Zorbari"}},
			want:  []want{{P, "Tomaz Quell", 1}, {O, "Zorbari", 2}},
		},
	})
}

// TestPlacesStartingEventsAsMisc: a place's name the tagger cut from the
// festival it starts is the event's, MISC; the place named alone stays.
func TestPlacesStartingEventsAsMisc(t *testing.T) {
	L := newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a festival's place",
			text:  "Artists showed their work at the 7th Quelbton Light Festival last week. Quelbton Light Festival ends in January. Hotels in Zorbville were full.",
			spans: []span{{L, "Quelbton"}, {L, "Quelbton"}, {L, "Zorbville"}},
			want:  []want{{L, "Zorbville", 1}},
		},
		{
			name:  "the festival's words read as MISC apart",
			text:  "The Quelbton Light Festival opens today in Zorbville.",
			spans: []span{{L, "Quelbton"}, {misc, "Light Festival"}, {L, "Zorbville"}},
			want:  []want{{L, "Zorbville", 1}},
		},
	})
}

// TestPartyAdjectivesAsMisc: a party's adjective before "party" in lower
// case is an adjective, MISC; the party's name with "Party" stays.
func TestPartyAdjectivesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an adjective before party",
			text:  "Marla Quonk gave money to the Conservative party in 1990. The Zorbian Labour Party said nothing.",
			spans: []span{{P, "Marla Quonk"}, {O, "Conservative"}, {O, "Zorbian Labour Party"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Zorbian Labour Party", 1}},
		},
	})
}

// TestHouthisAsMisc: the Houthi movement's followers, which the tagger
// typed an organization or a place, are MISC, as eng.train marks
// "Taleban"; the city they hold stays.
func TestHouthisAsMisc(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "the plural and the adjective",
		text:  "The Houthis hold Zorbville, and a Houthi camp was hit.",
		spans: []span{{O, "Houthis"}, {L, "Zorbville"}, {L, "Houthi"}},
		want:  []want{{L, "Zorbville", 1}},
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
