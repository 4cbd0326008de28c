package extract

import (
	"strings"
	"testing"
)

// TestHeadedDroppedList: a section of a heading and a reference list
// after the article goes whole, and so does a block of a heading and a
// table of signatories; their headings no longer come out as lines of the
// text. A heading with a paragraph under it stays.
func TestHeadedDroppedList(t *testing.T) {
	var refs, signed strings.Builder
	for i := range 24 {
		signed.WriteString(`<tr><td>Signer ` + string(rune('A'+i)) + `</td><td>Professor of Hydrology</td><td>Northfold Institute</td></tr>`)
	}
	for i := range 6 {
		refs.WriteString(`<li>Brennan, A. and Okafor, B. (199` + string(rune('0'+i)) + `). Measuring sediment in northern estuaries. Journal of Field Studies 3 (1): 10` + string(rune('0'+i)) + `-112.</li>`)
	}
	doc := `<html><head><title>How estuaries move their sand</title></head><body>
<div class="main"><div class="post"><h1>How estuaries move their sand</h1>
<p>Every tide carries sand in and out of an estuary, and over a year the balance decides whether the channel silts up or scours out. Surveyors have measured it for decades, with boats, poles and, lately, drones.</p>
<p>The surveys agree on one thing: a storm moves more sand in a night than the tides move in a season, and most of it never comes back.</p>
<h2>What comes next</h2>
<p>The harbour board will fund two more years of surveys, starting in the spring, so that the dredging can follow the sand, not the calendar.</p>
<section class="references"><h2>References</h2><ol>` + refs.String() + `</ol></section>
<div class="signatories"><h3>Signatories</h3><table><tbody>` + signed.String() + `</tbody></table></div>
</div></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, not := range []string{"References", "Measuring sediment", "Signatories", "Northfold Institute"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("text holds %q:\n%s", not, a.Text)
		}
	}
	for _, want := range []string{"What comes next", "not the calendar", "most of it never comes back"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
}
