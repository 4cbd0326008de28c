package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestLabelTable: a table of fifty signatories (name, role, institution)
// beside a short article scored a point a cell and took the article's
// place; its cells score nothing now and the roll is dropped. A table of
// results, figures in its cells, stays with its article.
func TestLabelTable(t *testing.T) {
	names := []string{"Anna Berg", "Tomas Reyes", "Iris Okafor", "Luca Marchetti", "Mei Tanaka"}
	roles := []string{"Professor of Marine Ecology", "Senior Research Fellow", "Director of the Coastal Institute"}
	orgs := []string{"University of Northmoor", "Westbay Institute of Oceanography", "Saltmarsh Conservation Trust"}
	var rows strings.Builder
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&rows, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n", names[i%5], roles[i%3], orgs[(i/3)%3])
	}
	page := `<html><head><title>Saltmarsh survey finds more curlews</title></head><body><div class="page"><div class="story">` + curlewNote +
		`</div><div class="letter"><h3>Signed by</h3><table><tbody>` + rows.String() + `</tbody></table></div></div></body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "forty-one pairs of curlew") || !strings.Contains(a.Text, "field edges uncut") {
		t.Errorf("the article is lost to the table of signatories:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "Westbay Institute") {
		t.Errorf("the table of signatories is kept:\n%s", a.Text)
	}

	var results strings.Builder
	for i := 0; i < 24; i++ {
		fmt.Fprintf(&results, "<tr><td>%s</td><td>Northmoor Swimming Club</td><td>1:%02d.%02d</td></tr>\n", names[i%5], 10+i, 17*i%100)
	}
	page = `<html><head><title>Saltmarsh survey finds more curlews</title></head><body><div class="page"><div class="story">` + curlewNote +
		`<table><tbody>` + results.String() + `</tbody></table></div></div></body></html>`
	a, err = FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Northmoor Swimming Club") {
		t.Errorf("the results table is dropped:\n%s", a.Text)
	}
}

// TestLabelTableHostile: a 20,000-row roll and a list of 20,000 citations
// beside a short article, and 300 tables nested in each other's cells,
// read in time and keep the article.
func TestLabelTableHostile(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Saltmarsh survey finds more curlews</title></head><body><div><div>` + curlewNote + `</div><table>`)
	for i := 0; i < 20000; i++ {
		b.WriteString("<tr><td>Anna Berg</td><td>Senior Research Fellow of the Trust</td></tr>")
	}
	b.WriteString("</table><ol>")
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&b, "<li>Marlow, K., Sand, P. (%d). Waders, site %d. Bird Study 4: 100-109.</li>", 1990+i%30, i)
	}
	b.WriteString("</ol>")
	for i := 0; i < 300; i++ {
		b.WriteString("<table><tr><td>Anna Berg of the Saltmarsh Trust")
	}
	b.WriteString("</div></body></html>")
	a, err := FromReader(strings.NewReader(b.String()), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "forty-one pairs of curlew") {
		t.Errorf("the article is lost: %.300q", a.Text)
	}
}
