package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestJoinPeopleByInitials checks joinPeopleByInitials on made-up
// articles: a person's capitals join the person, whatever the tagger typed
// them; capitals two people share, or an organization's, stay apart.
func TestJoinPeopleByInitials(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a hyphenated surname's capitals are the person's",
			text:  "Running back Tobias Wren-Okafor hurt his foot on Sunday. The coach said TWO would miss a week, and Wren-Okafor agreed.",
			spans: []span{{P, "Tobias Wren-Okafor"}, {O, "TWO"}, {P, "Wren-Okafor"}},
			want:  []want{{P, "Tobias Wren-Okafor", 3}},
		},
		{
			name:  "a middle initial counts",
			text:  "Senator Mara Q. Delacorte spoke on Monday. Aides to MQD said the bill would pass.",
			spans: []span{{P, "Mara Q. Delacorte"}, {O, "MQD"}},
			want:  []want{{P, "Mara Q. Delacorte", 2}},
		},
		{
			name:  "capitals two people share stay apart",
			text:  "Corbin Jessup and Calder Jessup both scored. Fans cheered CJ after the game.",
			spans: []span{{P, "Corbin Jessup"}, {P, "Calder Jessup"}, {O, "CJ"}},
			want:  []want{{P, "Corbin Jessup", 1}, {P, "Calder Jessup", 1}, {O, "CJ", 1}},
		},
		{
			name:  "an organization's acronym is not the person's",
			text:  "Pilar Mendez Ruiz joined Plessy Mills Rotterdam last year. PMR said sales rose.",
			spans: []span{{P, "Pilar Mendez Ruiz"}, {O, "Plessy Mills Rotterdam"}, {O, "PMR"}},
			want:  []want{{P, "Pilar Mendez Ruiz", 1}, {O, "Plessy Mills Rotterdam", 2}},
		},
	})
}

// TestJoinClippedTeamNames checks joinClippedTeamNames on made-up sports
// reports: a clipped nickname or town joins the one team it clips, and its
// key is the team's; a stem two teams share, a listed nickname, or a report
// that is no sports report leave it apart.
func TestJoinClippedTeamNames(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	report := " The defense gave up a touchdown in the fourth quarter and a field goal in the second half, and the team is 1-7 after a 24-3 loss in the season opener."
	runDocCases(t, []docCase{
		{
			name:  "a clipped nickname joins its team",
			text:  "The Tampa Bay Buccaneers beat the Chicago Bears 27-10 on Sunday. Quarterback Josh Freeman said the Bucs played well." + report,
			spans: []span{{O, "Tampa Bay Buccaneers"}, {O, "Chicago Bears"}, {P, "Josh Freeman"}, {O, "Bucs"}},
			want:  []want{{O, "Tampa Bay Buccaneers", 2}, {O, "Chicago Bears", 1}, {P, "Josh Freeman", 1}},
		},
		{
			name:  "a clipped town joins its team",
			text:  "The Indianapolis Colts beat the Chicago Bears 27-10 on Sunday. Indy led at the half." + report,
			spans: []span{{O, "Indianapolis Colts"}, {O, "Chicago Bears"}, {O, "Indy"}},
			want:  []want{{O, "Indianapolis Colts", 2}, {O, "Chicago Bears", 1}},
		},
		{
			name:  "a stem two teams start stays apart",
			text:  "The Carolina Panthers beat the Arizona Cardinals 27-10 on Sunday. The Cars fans left early." + report,
			spans: []span{{O, "Carolina Panthers"}, {O, "Arizona Cardinals"}, {O, "Cars"}},
			want:  []want{{O, "Carolina Panthers", 1}, {O, "Arizona Cardinals", 1}, {O, "Cars", 1}},
		},
		{
			name:  "outside a sports report nothing joins",
			text:  "The Jacksonville Jaguars sold the stadium's naming rights. The Jags said the deal was large.",
			spans: []span{{O, "Jacksonville Jaguars"}, {O, "Jags"}},
			want:  []want{{O, "Jacksonville Jaguars", 1}, {O, "Jags", 1}},
		},
	})
	es := caseEntities(t, "The Jaguars beat the Chicago Bears 27-10 on Sunday. The Jags led at the half."+report,
		[]textSpan{{O, "Jaguars"}, {O, "Chicago Bears"}, {O, "Jags"}})
	if len(es) == 0 || es[0].Text != "Jaguars" || es[0].Count != 2 || es[0].Key != "name:org:jacksonville jaguars" {
		t.Errorf("the Jaguars and the Jags: got %+v, want one entity keyed as the listed Jacksonville Jaguars", es)
	}
}

// TestClippedFormOf checks clippedFormOf, which keeps a clipped form out
// of teamNicknameKey.
func TestClippedFormOf(t *testing.T) {
	for _, c := range []struct {
		form  string
		forms []string
		want  bool
	}{
		{"Jags", []string{"Jaguars", "Jags"}, true},
		{"Indy", []string{"Indianapolis Colts", "Indy"}, true},
		{"Jaguars", []string{"Jaguars", "Jags"}, false},
		{"Rays", []string{"Tampa Bay Rays", "Rays"}, false}, // a listed nickname
		{"Jags", []string{"Jags"}, false},
		{"Bay", []string{"Tampa Bay Rays"}, false}, // no "s" or "y" clip of three letters
	} {
		if got := clippedFormOf(c.form, c.forms); got != c.want {
			t.Errorf("clippedFormOf(%q, %q) = %v, want %v", c.form, c.forms, got, c.want)
		}
	}
}

// TestTownPossessivesAsTeams checks townPossessivesAsTeams on made-up
// sports reports: a town's possessive before "win" is its team, joined to
// the team's full name; the town's other mentions, a town no team of the
// article has, or a report on no sport keep their place.
func TestTownPossessivesAsTeams(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	report := " The defense gave up a touchdown in the fourth quarter and a field goal in the second half, and the team is 1-7 after a 24-3 loss in the season opener."
	runDocCases(t, []docCase{
		{
			name:  "the town's win is its team's",
			text:  "Doug Martin ran for three touchdowns in Tampa Bay's win over the Oakland Raiders, and the Tampa Bay Buccaneers are 5-4." + report,
			spans: []span{{P, "Doug Martin"}, {L, "Tampa Bay"}, {O, "Oakland Raiders"}, {O, "Tampa Bay Buccaneers"}},
			want:  []want{{P, "Doug Martin", 1}, {O, "Tampa Bay Buccaneers", 2}, {O, "Oakland Raiders", 1}},
		},
		{
			name:  "a score may stand between the possessive and the win",
			text:  "Doug Martin ran for three touchdowns in Tampa Bay's 42-32 win over the Oakland Raiders, and the Tampa Bay Buccaneers are 5-4." + report,
			spans: []span{{P, "Doug Martin"}, {L, "Tampa Bay"}, {O, "Oakland Raiders"}, {O, "Tampa Bay Buccaneers"}},
			want:  []want{{P, "Doug Martin", 1}, {O, "Tampa Bay Buccaneers", 2}, {O, "Oakland Raiders", 1}},
		},
		{
			name:  "a town no team of the article has stays a place",
			text:  "Doug Martin ran for three touchdowns in Miami's win over the Oakland Raiders, and the Tampa Bay Buccaneers are 5-4." + report,
			spans: []span{{P, "Doug Martin"}, {L, "Miami"}, {O, "Oakland Raiders"}, {O, "Tampa Bay Buccaneers"}},
			want:  []want{{P, "Doug Martin", 1}, {L, "Miami", 1}, {O, "Oakland Raiders", 1}, {O, "Tampa Bay Buccaneers", 1}},
		},
		{
			name:  "outside a sports report the town stays a place",
			text:  "Voters in Tampa Bay's suburbs backed the plan. The Tampa Bay Buccaneers sold the stadium's naming rights.",
			spans: []span{{L, "Tampa Bay"}, {O, "Tampa Bay Buccaneers"}},
			want:  []want{{L, "Tampa Bay", 1}, {O, "Tampa Bay Buccaneers", 1}},
		},
	})
}

// TestJoinBlendedShortNames: a one-word short form blending the starts of
// an organization's words ("Quelnickel" of "Quelbsk Nickel", "Zormex" of
// "Zorbanos de Mexico"), typed a place or an organization, is the
// organization, one entity with it; a blend of two organizations' names,
// an acronym and a word that blends no name stay apart.
func TestJoinBlendedShortNames(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	runDocCases(t, []docCase{
		{"blend typed a place", "Quelbsk Nickel said output fell. In Quelnickel, workers struck.",
			[]textSpan{{O, "Quelbsk Nickel"}, {L, "Quelnickel"}},
			[]entityWant{{O, "Quelbsk Nickel", 2}}},
		{"link skipped", "Zorbanos de Mexico SA said on Monday profit rose. Zormex shares rose.",
			[]textSpan{{O, "Zorbanos de Mexico SA"}, {O, "Zormex"}},
			[]entityWant{{O, "Zorbanos de Mexico SA", 2}}},
		{"two names blend it", "Quelbsk Nickel and Quelbo Nickel merged. In Quelnickel, workers struck.",
			[]textSpan{{O, "Quelbsk Nickel"}, {O, "Quelbo Nickel"}, {L, "Quelnickel"}},
			[]entityWant{{O, "Quelbsk Nickel", 1}, {O, "Quelbo Nickel", 1}, {L, "Quelnickel", 1}}},
		{"no blend", "Quelbsk Nickel said output fell. In Quelbory, workers struck.",
			[]textSpan{{O, "Quelbsk Nickel"}, {L, "Quelbory"}},
			[]entityWant{{O, "Quelbsk Nickel", 1}, {L, "Quelbory", 1}}},
	})
}
