package extract

import "testing"

// TestCalendarDateStampWords: a stamp's word alone is no date in any
// language the lists hold; with a day, a month or a year it is.
func TestCalendarDateStampWords(t *testing.T) {
	for s, want := range map[string]bool{
		"Updated":                  false,
		"Aktualisiert":             false,
		"Quelbo · aktualisiert":    false,
		"publicado por Quelbo":     false,
		"Quelbo · 2 Hours":         false,
		"Aktualisiert 3. Dezember": true,
		"Quelbo, 12. März 2020":    true,
		"Updated August 9":         true,
		"publicado el 4 de julio":  true,
		"Quelbo 25/08/2018":        true,
	} {
		if got := calendarDate(s); got != want {
			t.Errorf("calendarDate(%q) = %v, want %v", s, got, want)
		}
	}
}
