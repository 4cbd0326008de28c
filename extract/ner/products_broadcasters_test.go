package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestBroadcastersOf: a streaming service listed both as a product and as
// an outlet ("Prime Video") is an organization where it is named as a
// broadcaster ("told Amazon Prime Video", "shown live on Prime Video"),
// and stays the product, MISC, elsewhere ("subscribers to Prime Video",
// "Prime Video's app").
func TestBroadcastersOf(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "told and shown on",
		text:  `Zorbton beat Quelbville 3-1 on Sunday. "We were poor," Quelbville coach Jan Marbeck told Amazon Prime Video. The match was shown live on Prime Video.`,
		spans: []span{{L, "Zorbton"}, {L, "Quelbville"}, {L, "Quelbville"}, {P, "Jan Marbeck"}, {O, "Amazon Prime Video"}, {O, "Prime Video"}},
		want:  []want{{L, "Zorbton", 1}, {L, "Quelbville", 2}, {P, "Jan Marbeck", 1}, {O, "Amazon Prime Video", 2}},
	}, {
		name:  "the product",
		text:  "Subscribers to Prime Video pay $9 a month, and Prime Video's app was updated on Monday.",
		spans: []span{{O, "Prime Video"}, {O, "Prime Video"}},
		want:  nil,
	}, {
		name:  "both",
		text:  "The final was broadcast by Prime Video. Prime Video's app crashed twice during it.",
		spans: []span{{O, "Prime Video"}, {O, "Prime Video"}},
		want:  []want{{O, "Prime Video", 1}},
	}})
}
