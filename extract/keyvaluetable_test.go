package extract

import (
	"strings"
	"testing"
)

// TestKeyValueTable: a two-row fact table between the article's
// paragraphs ("Kalorien | 280 kcal", "Price | $20"), too few characters
// for clutter's "block of little text", stays in its place as a
// three-row one does; a two-row table of links (a pager) still goes.
func TestKeyValueTable(t *testing.T) {
	for _, tt := range []struct {
		rows string
		want []string
		not  []string
	}{
		{`<tr><td>Kalorien</td><td>280 kcal</td></tr><tr><td>Fett</td><td>9 g</td></tr>`,
			[]string{"Bravo", "Kalorien 280 kcal", "Fett 9 g", "Charlie"}, nil},
		{`<tbody><tr><th>Price</th><td>$20</td></tr><tr><th>Weight</th><td>2 kg</td></tr></tbody>`,
			[]string{"Bravo", "Price $20", "Weight 2 kg", "Charlie"}, nil},
		{`<tr><td><a href="/p/1">« Zurück</a></td><td><a href="/p/3">Weiter »</a></td></tr><tr><td><a href="/">Start</a></td><td><a href="/top">Oben</a></td></tr>`,
			[]string{"Bravo", "Charlie"}, []string{"Zurück", "Weiter"}},
	} {
		doc := `<html><head><title>Ein Gericht</title></head><body><nav><a href="/">Start</a> <a href="/rezepte">Rezepte</a></nav>
			<main><article><h1>Ein Gericht</h1><p>` + para("Alpha") + `</p><p>` + para("Bravo") + `</p>
			<table>` + tt.rows + `</table><p>` + para("Charlie") + `</p><p>` + para("Delta") + `</p></article></main></body></html>`
		a, err := FromReader(strings.NewReader(doc), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		checkText(t, a.Text, tt.want, tt.not)
		if i, j := strings.Index(a.Text, "Bravo"), strings.Index(a.Text, "Charlie"); len(tt.not) == 0 && !(i < strings.Index(a.Text, tt.want[1]) && strings.Index(a.Text, tt.want[2]) < j) {
			t.Errorf("table rows out of reading order: %q", a.Text)
		}
	}
}
