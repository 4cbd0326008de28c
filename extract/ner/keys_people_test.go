package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestPresidentTitleKeysTheListedSurname: a made-up article naming
// "President Obama" beside a relative who bears the surname keys him as
// the listed president (presidentSurnameKey); without the title ("Mr.")
// the bare surname keeps its own key, and a surname two listed presidents share
// ("President Bush") gets no listed key.
func TestPresidentTitleKeysTheListedSurname(t *testing.T) {
	P := newsner.Person
	listed := listedSurnameKey("Obama")
	if listed == "" {
		t.Fatal("the lists key no Obama")
	}
	for _, c := range []struct {
		text  string
		spans []textSpan
		name  string
		want  string
	}{
		{"President Obama and First Lady Michelle Obama visited Zorbia on Monday.",
			[]textSpan{{P, "Obama"}, {P, "Michelle Obama"}}, "Obama", listed},
		{"First Lady Michelle Obama said Mr. Obama would visit Zorbia on Monday.",
			[]textSpan{{P, "Michelle Obama"}, {P, "Obama"}}, "Obama", nameKey(P, "Obama")},
		{"President Bush and First Lady Laura Bush visited Zorbia on Monday.",
			[]textSpan{{P, "Bush"}, {P, "Laura Bush"}}, "Bush", nameKey(P, "Bush")},
	} {
		checkCaseKey(t, c.text, c.spans, P, c.name, c.want)
	}
}
