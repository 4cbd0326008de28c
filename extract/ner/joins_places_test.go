package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinCityDistricts: a capital written with its district after a
// comma ("Quelbury, DC" is made up; the lists key "Washington, D.C." as
// the district) is one place: "Washington" and "DC" one entity; a city and
// its state stay two ("Spokane, Washington"), as do a city and its state's
// code ("Quelbury, Calif.").
func TestJoinCityDistricts(t *testing.T) {
	L := newsner.Location
	runDocCases(t, []docCase{
		{"capital and district", "The judge sits in Washington, DC, where the court meets.",
			[]textSpan{{L, "Washington"}, {L, "DC"}},
			[]entityWant{{L, "Washington", 2}}},
		{"capital and district with stops", "The firm moved to Washington, D.C. last year. Washington is its home.",
			[]textSpan{{L, "Washington"}, {L, "D.C."}, {L, "Washington"}},
			[]entityWant{{L, "Washington", 3}}},
		{"city and state", "The plant in Spokane, Washington, closed.",
			[]textSpan{{L, "Spokane"}, {L, "Washington"}},
			[]entityWant{{L, "Spokane", 1}, {L, "Washington", 1}}},
		{"city and state code", "The plant in Quelbury, Calif., closed.",
			[]textSpan{{L, "Quelbury"}, {L, "Calif."}},
			[]entityWant{{L, "Quelbury", 1}, {L, "Calif.", 1}}},
	})
}

// TestStateApartFromItsCity: a bare name that an article places as the
// state by the state's words ("New York Governor", "upstate", "the state
// of") is another place than the article's "New York City"; a bare name
// with no such words beside it is the city, one entity with it.
func TestStateApartFromItsCity(t *testing.T) {
	L, P := newsner.Location, newsner.Person
	runDocCases(t, []docCase{
		{"governor", "Voters in storm-hit New York went to the polls. Ten died in New York City. New York Governor Ada Quell said the vote would go on.",
			[]textSpan{{L, "New York"}, {L, "New York City"}, {L, "New York"}, {P, "Ada Quell"}},
			[]entityWant{{L, "New York", 2}, {L, "New York City", 1}, {P, "Ada Quell", 1}}},
		{"gov.", "Ten died in New York City. New York Gov. Ada Quell said the vote would go on in New York.",
			[]textSpan{{L, "New York City"}, {L, "New York"}, {P, "Ada Quell"}, {L, "New York"}},
			[]entityWant{{L, "New York City", 1}, {L, "New York", 2}, {P, "Ada Quell", 1}}},
		{"upstate", "Snow fell across upstate New York on Monday, and New York City closed its schools.",
			[]textSpan{{L, "New York"}, {L, "New York City"}},
			[]entityWant{{L, "New York", 1}, {L, "New York City", 1}}},
		{"the city named bare", "New York City closed its schools. Buses in New York ran late.",
			[]textSpan{{L, "New York City"}, {L, "New York"}},
			[]entityWant{{L, "New York City", 2}}},
	})
}

// TestStatePieceOfALongerName: "the New York State Attorney General",
// which the tagger cuts to "New York", was a piece of the office's name
// that joined "New York City"; it is now one organization, as the
// news-pages lists mark it (joinPlaceOffices), and the city stands alone:
// the office's place says nothing of the bare name.
func TestStatePieceOfALongerName(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	runDocCases(t, []docCase{
		{"state office", "Zorbco is based in New York City. The New York State Attorney General asked Zorbco for its books.",
			[]textSpan{{O, "Zorbco"}, {L, "New York City"}, {L, "New York"}, {O, "Zorbco"}},
			[]entityWant{{O, "Zorbco", 2}, {L, "New York City", 1}, {O, "New York State Attorney General", 1}}},
	})
}

// TestJoinParticlePlaces: a town's name with a lower-case Portuguese,
// Spanish or Italian link, split at it by the tagger into two places
// ("Quelbinha" + "da" + "Zorba"), is one place, as eng.train marks "Rio de
// Janeiro"; two people around "de" are joinParticleNames's, a place and a
// person are left, and so is a link after a comma or a line's end.
func TestJoinParticlePlaces(t *testing.T) {
	L, P := newsner.Location, newsner.Person
	runDocCases(t, []docCase{
		{"town split at da", "Insurgents attacked the town of Quelbinha da Zorba on Monday.",
			[]textSpan{{L, "Quelbinha"}, {L, "Zorba"}},
			[]entityWant{{L, "Quelbinha da Zorba", 1}}},
		{"town split at do", "The plant in Porto do Quelb closed.",
			[]textSpan{{L, "Porto"}, {L, "Quelb"}},
			[]entityWant{{L, "Porto do Quelb", 1}}},
		{"place and person", "In Zorbia de Quelbez said nothing.",
			[]textSpan{{L, "Zorbia"}, {P, "Quelbez"}},
			[]entityWant{{L, "Zorbia", 1}, {P, "de Quelbez", 1}}},
		{"upper-case link", "The plant in Porto Do Quelb closed.",
			[]textSpan{{L, "Porto"}, {L, "Quelb"}},
			[]entityWant{{L, "Porto", 1}, {L, "Quelb", 1}}},
	})
}

// TestJoinStateCodes: a US state named by its postal code or its
// abbreviation and by its full name in one article is one place ("TX" and
// "Texas"; "Macon, Ga." and "Georgia"); a guarded state's code joins only
// after a town and a comma ("Tacoma, WA"), and a code that is a word only
// so too; a code with no full name beside it stays alone.
func TestJoinStateCodes(t *testing.T) {
	L := newsner.Location
	runDocCases(t, []docCase{
		{"code", "Quelbury, TX, grew fast. Texas is big. TX leads.",
			[]textSpan{{L, "Quelbury"}, {L, "TX"}, {L, "Texas"}, {L, "TX"}},
			[]entityWant{{L, "Quelbury", 1}, {L, "Texas", 3}}},
		{"abbreviation", "The plant in Quelbury, Ga., closed. Georgia lost jobs.",
			[]textSpan{{L, "Quelbury"}, {L, "Ga."}, {L, "Georgia"}},
			[]entityWant{{L, "Quelbury", 1}, {L, "Georgia", 2}}},
		{"guarded code after a town", "Quelbury, WA, is wet. Washington voted.",
			[]textSpan{{L, "Quelbury"}, {L, "WA"}, {L, "Washington"}},
			[]entityWant{{L, "Quelbury", 1}, {L, "Washington", 2}}},
		{"guarded code alone", "WA is wet. Washington voted.",
			[]textSpan{{L, "WA"}, {L, "Washington"}},
			[]entityWant{{L, "WA", 1}, {L, "Washington", 1}}},
	})
}

// TestStateCodeAfterItsCity: a code after a city of the state's name
// ("New York, NY") is the state beside the city: no join.
func TestStateCodeAfterItsCity(t *testing.T) {
	L := newsner.Location
	runDocCases(t, []docCase{
		{"city of the state's name", "New York, NY, July 2. The firm grew.",
			[]textSpan{{L, "New York"}, {L, "NY"}},
			[]entityWant{{L, "New York", 1}, {L, "NY", 1}}},
	})
}

// TestStateCodeApartFromTheCity: a code stays apart from a state's name
// the article joined to the city of that name ("New York City").
func TestStateCodeApartFromTheCity(t *testing.T) {
	L := newsner.Location
	runDocCases(t, []docCase{
		{"state's name joined to the city", "She moved to New York City. New York is loud. She grew up in Quelbury, NY, and left.",
			[]textSpan{{L, "New York City"}, {L, "New York"}, {L, "Quelbury"}, {L, "NY"}},
			[]entityWant{{L, "New York City", 2}, {L, "Quelbury", 1}, {L, "NY", 1}}},
	})
}

// TestJoinStateCodeBodies: an organization named with a US state's code
// ("MA Senate", "Quelbury Mutual of TX", made up) joins the article's
// organization of the same name with the state written out
// (joinStateCodeBodies); a code that is a word ("OK") and another
// state's code ("NJ Quelbury Fund" beside "New York Quelbury Fund") stay
// apart.
func TestJoinStateCodeBodies(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	runDocCases(t, []docCase{
		{"code before the body", "The Massachusetts Senate passed the bill. MA Senate votes are rare.",
			[]textSpan{{O, "Massachusetts Senate"}, {O, "MA Senate"}},
			[]entityWant{{O, "Massachusetts Senate", 2}}},
		{"code after of", "Quelbury Mutual of TX pays claims. Quelbury Mutual of Texas grew in Austin.",
			[]textSpan{{O, "Quelbury Mutual of TX"}, {O, "Quelbury Mutual of Texas"}, {L, "Austin"}},
			[]entityWant{{O, "Quelbury Mutual of Texas", 2}, {L, "Austin", 1}}},
		{"a code that is a word", "OK Quelbury sells tickets. Oklahoma Quelbury sells farms.",
			[]textSpan{{O, "OK Quelbury"}, {O, "Oklahoma Quelbury"}},
			[]entityWant{{O, "OK Quelbury", 1}, {O, "Oklahoma Quelbury", 1}}},
		{"another state", "NJ Quelbury Fund bought bonds. New York Quelbury Fund sold them.",
			[]textSpan{{O, "NJ Quelbury Fund"}, {O, "New York Quelbury Fund"}},
			[]entityWant{{O, "NJ Quelbury Fund", 1}, {O, "New York Quelbury Fund", 1}}},
	})
}
