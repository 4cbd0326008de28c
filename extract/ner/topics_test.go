package ner

import "testing"

// TestTopicsAskOnce: topics runs each test over the article once, at the
// first question, and answers each test for itself.
func TestTopicsAskOnce(t *testing.T) {
	about := &topics{toks: splitText("The Zorbia Rovers beat Quelb 2-1 and lost 0-3 in the league; the striker scored twice.")}
	var memo int8
	calls := 0
	test := func([]token) bool { calls++; return true }
	for i := 0; i < 3; i++ {
		if !about.ask(&memo, test) {
			t.Fatal("ask: want true")
		}
	}
	if calls != 1 {
		t.Errorf("ask ran the test %d times, want 1", calls)
	}
	for i := 0; i < 2; i++ {
		if !about.sportsText() || !about.sportsTalk() || about.spaceText() || about.motorRacingText() {
			t.Errorf("pass %d: sportsText %v sportsTalk %v spaceText %v motorRacingText %v, want true true false false",
				i, about.sportsText(), about.sportsTalk(), about.spaceText(), about.motorRacingText())
		}
	}
}
