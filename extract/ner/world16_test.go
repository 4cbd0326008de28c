package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

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
