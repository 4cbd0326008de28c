package extract

import (
	"fmt"
	"strings"
	"testing"
)

// curlewNote is a made-up short article: a headline and two paragraphs.
const curlewNote = `<h1>Saltmarsh survey finds more curlews</h1>
<p>Volunteers counting birds on the saltmarsh this spring found forty-one pairs of curlew, up from twenty-six five years ago, after grazing was cut back.</p>
<p>The trust says longer grass hides the nests from crows, and it will ask the farms next to the reserve to leave their field edges uncut until July.</p>`

// TestCitationList: a long reference list after a short article scored
// each entry's commas as prose and took the article's place; its entries
// score nothing now, and beside the article the list is dropped. A list
// of the article's own points, a year and a span of years in each, stays.
func TestCitationList(t *testing.T) {
	var refs strings.Builder
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&refs, "<li>Marlow, K., Adeyemi, T. and Sand, P. (%d). Nesting success of waders on grazed marsh, site %d. Bird Study %d (2): %d-%d.</li>\n", 1990+i%30, i, 20+i, 100+i*7, 109+i*7)
	}
	page := `<html><head><title>Saltmarsh survey finds more curlews</title></head><body><div class="page"><div class="story">` + curlewNote +
		`</div><div class="sources"><h2>Sources</h2><ol>` + refs.String() + `</ol></div></div></body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "forty-one pairs of curlew") || !strings.Contains(a.Text, "field edges uncut") {
		t.Errorf("the article is lost to its reference list:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "Nesting success") {
		t.Errorf("the reference list is kept:\n%s", a.Text)
	}

	own := `<html><head><title>What the survey found</title></head><body><article><h1>What the survey found</h1>
<p>The count has run every spring since the reserve opened, and this year's was the largest yet.</p><ul>
<li>Curlew pairs rose from 26 in 2019-2020 to 41, the highest count (2025) since the reserve opened, the trust said.</li>
<li>Redshank held steady at 58 pairs, 2015-2025, though fewer chicks fledged, and lapwing fell again.</li>
<li>Snipe returned to the wet meadow in 2024-2025, three pairs, the first since the drains were blocked.</li>
<li>Skylarks sang over every field, 2021-2025, and the volunteers counted more than ninety, a record.</li>
<li>Reed buntings nested in the new ditches, 2023-2025, twelve pairs, where none were seen before.</li>
</ul></article></body></html>`
	a, err = FromReader(strings.NewReader(own), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Curlew pairs rose", "Reed buntings nested"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("the article's own list lost %q:\n%s", w, a.Text)
		}
	}
}

func TestCitationItemShapes(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Smith, J., Jones, K. (2011). Tides and silt. Marine Letters 4: 117-130.", true},
		{"Smith, J., Jones, K. Tides and silt. Marine Letters, 2011, 4: 117–130.", true},
		{"Müller, A., Weber, B., et al. Das Watt. Kiel, 2003.", true},
		{"Brown, L. Estuaries, rivers and coasts. London, 1998. ISBN 0-19-850000-1", true},
		{"Sales rose in 2024-2025, the firm said, and again in spring, by a tenth.", false},
		{"The club, founded in 1925, meets on Tuesdays, and new members are welcome.", false},
	} {
		if got := citationText(c.text); got != c.want {
			t.Errorf("%q: citation %v, want %v", c.text, got, c.want)
		}
	}
}

// TestListAfterShortPost: a post of one short paragraph (under
// 2*minPostChars, so the share of the text no longer tells the list from
// the page's own), then a reference list, or a roll of names in a table,
// inside the same block: the post above it tells it is the post's
// appendix, and it goes; the post stays.
func TestListAfterShortPost(t *testing.T) {
	post := `<h1>Curlews return</h1><p>Volunteers counted forty-one pairs of curlew on the saltmarsh this spring, up from twenty-six five years ago.</p>`
	var refs, roll strings.Builder
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&refs, "<li>Marlow, K., Adeyemi, T. and Sand, P. (%d). Nesting success of waders on grazed marsh, site %d. Bird Study %d (2): %d-%d.</li>\n", 1990+i%30, i, 20+i, 100+i*7, 109+i*7)
		fmt.Fprintf(&roll, "<tr><td>Wren Marlowe %c</td><td>Warden of the Marsh</td><td>Saltmarsh Trust</td></tr>\n", 'A'+rune(i%26))
	}
	for name, after := range map[string]string{
		"references":  `<section><h2>References</h2><ol>` + refs.String() + `</ol></section>`,
		"signatories": `<div><h3>Signatories</h3><table><tbody>` + roll.String() + `</tbody></table></div>`,
	} {
		t.Run(name, func(t *testing.T) {
			page := `<html><head><title>Curlews return</title></head><body><div><div>` + post + `</div>` + after +
				`</div><div><a href="/">Home</a> <a href="/about">About</a></div></body></html>`
			a, err := FromReader(strings.NewReader(page), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, []string{"forty-one pairs of curlew"}, []string{"Nesting success", "Warden of the Marsh"})
		})
	}
}
