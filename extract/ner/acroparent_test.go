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

// TestSpeakerTailSplit: a unit's name run into its speaker's before
// "said" ("Quarry Scouting Bureau Tom Vell said") is the unit and a
// person (splitSpeakerTail); a company's name ending in a legal suffix
// after a first name ("Zorbic Edison Co said") stays whole.
func TestSpeakerTailSplit(t *testing.T) {
	O := newsner.Organization
	text := `"He reads the game well," Director of Quarry Scouting Bureau Tom Vell said. Zorbic Edison Co said it would pay.`
	es := caseEntities(t, text, []textSpan{{O, "Quarry Scouting Bureau Tom Vell"}, {O, "Zorbic Edison Co"}})
	want := []string{"ORGANIZATION:Quarry Scouting Bureau", "PERSON:Tom Vell", "ORGANIZATION:Zorbic Edison Co"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestListedAcronymParentStaysApart: a listed organization named by its
// capitals alone ("NASA") is not joined into a unit named after it that
// the lists do not key as it ("NASA Quillon Laboratory"): two things.
func TestListedAcronymParentStaysApart(t *testing.T) {
	O := newsner.Organization
	text := "The NASA Quillon Laboratory released the images on Tuesday. NASA said the probe was healthy."
	es := caseEntities(t, text, []textSpan{{O, "NASA Quillon Laboratory"}, {O, "NASA"}})
	want := []string{"ORGANIZATION:NASA Quillon Laboratory", "ORGANIZATION:NASA"}
	if got := names(es); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if es[1].Key != entityKey(O, "National Aeronautics and Space Administration", []string{"National Aeronautics and Space Administration"}) {
		t.Errorf("NASA keyed %q", es[1].Key)
	}
}

// TestListedAcronymOwnSuffixedName: a listed capitals-only name still
// joins its own name with only a legal suffix added ("QVC Inc"), which
// listedAcronymParent leaves.
func TestListedAcronymOwnSuffixedName(t *testing.T) {
	O := newsner.Organization
	text := "Shares of QVC Inc rose on Monday. QVC said sales grew."
	es := caseEntities(t, text, []textSpan{{O, "QVC Inc"}, {O, "QVC"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one entity", got)
	}
}

// TestMakerPrefixStillJoins: a listed capitals-only name written before
// three or more different names ("NASA Lumo", "NASA Trellis", "NASA
// Quillon Kit") is a maker naming its products (makerPrefixes): a longer
// name it starts joins it as before rather than standing as another
// organization.
func TestMakerPrefixStillJoins(t *testing.T) {
	O := newsner.Organization
	text := "NASA showed NASA Lumo and NASA Trellis on Monday. The NASA Quillon Kit ships in May, NASA said."
	es := caseEntities(t, text, []textSpan{{O, "NASA"}, {O, "NASA Quillon Kit"}, {O, "NASA"}})
	if got := names(es); len(got) != 1 {
		t.Fatalf("got %v, want one entity", got)
	}
}
