package extract

import (
	"strings"
	"testing"
)

// tailPage is a made-up article page: its paragraphs in an <article>
// beside a menu.
func tailPage(title string, paras ...string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>` + title + `</title></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/reviews/">Reviews</a></li></ul></nav><article><h1>` + title + `</h1>`)
	for _, p := range paras {
		if strings.HasPrefix(p, "<") {
			b.WriteString(p)
			continue
		}
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`</article><footer><p>Contact us</p></footer></body></html>`)
	return b.String()
}

func tailText(t *testing.T, doc string) string {
	t.Helper()
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	return a.Text
}

// TestDeliveryPromo: a magazine's pitch for its subscription under a
// review ("Get ... delivered to your door") is not the review's.
func TestDeliveryPromo(t *testing.T) {
	text := tailText(t, tailPage("Trail shoe review",
		"The new trail shoe from a small Welsh maker grips wet rock better than any we have worn this year, and its sole shows little wear after three hundred miles.",
		"It runs a little narrow at the toe, so wide-footed runners should try a half size up before buying a pair for the long summer races.",
		"At its price it is the best trail shoe we have tested this season, and the maker's repair service keeps it going for longer still.",
		"Get Fell Runner Quarterly delivered to your door every season. Four issues for £18. Click here for more information.",
		"Tell us what you think of it in the comments below."))
	if strings.Contains(text, "delivered to your door") {
		t.Errorf("text keeps the subscription pitch:\n%s", text)
	}
	if !strings.Contains(text, "grips wet rock") || !strings.Contains(text, "repair service keeps it going") {
		t.Errorf("text lacks the review:\n%s", text)
	}
}

// TestCompanyBoilerplate: the block on the company that closes a press
// release, down to where its shares are listed, is not the release's
// news; a closing line on shares that does not open with the company's
// name stays.
func TestCompanyBoilerplate(t *testing.T) {
	text := tailText(t, tailPage("Zentrofix opens a plant in Tromsø",
		"Zentrofix today opened a plant in Tromsø that will make cooling units for the fish farms of northern Norway, its first outside the south of the country.",
		"The plant will employ ninety people when it runs at full speed next year, the company said, and buys its power from a wind farm nearby.",
		"Orders from farms in Finnmark and Troms have doubled since the spring, said the company's head of sales, who expects more from Iceland.",
		"<h3>About Zentrofix</h3>",
		"Zentrofix is a maker of cooling units for fish farms and food plants. Founded in 1987, it sells its units in twelve countries.",
		"Zentrofix is headquartered in Bergen and employs around 800 people. Zentrofix shares (ZFX) are listed on the Oslo Stock Exchange."))
	for _, w := range []string{"About Zentrofix", "is a maker of cooling units", "listed on the Oslo Stock Exchange"} {
		if strings.Contains(text, w) {
			t.Errorf("text keeps the boilerplate's %q:\n%s", w, text)
		}
	}
	if !strings.Contains(text, "more from Iceland") {
		t.Errorf("text lacks the release:\n%s", text)
	}
	text = tailText(t, tailPage("Zentrofix opens a plant in Tromsø",
		"Zentrofix today opened a plant in Tromsø that will make cooling units for the fish farms of northern Norway, its first outside the south of the country.",
		"The plant will employ ninety people when it runs at full speed next year, the company said, and buys its power from a wind farm nearby.",
		"Its shares, which are listed on the Oslo Stock Exchange, rose four percent on the news by the close of trading on Tuesday."))
	if !strings.Contains(text, "rose four percent on the news") {
		t.Errorf("text lacks the release's last line:\n%s", text)
	}
}

// TestReporterCredit: the line closing a story that credits its
// reporters is not the story's; a sentence that only mentions a report
// stays.
func TestReporterCredit(t *testing.T) {
	body := []string{
		"Snow closed three of the city's airports on Wednesday as the second storm in a week moved up the coast, stranding thousands of travellers.",
		"More than four hundred flights were cancelled by the afternoon, and the rail operator said trains north of the river would run every half hour.",
		"Crews worked through the night to clear the runways, and the airports expected to reopen on Thursday morning if the wind dropped.",
	}
	text := tailText(t, tailPage("Storm shuts airports", append(body, "Jane Roe and John Doe contributed to this report.")...))
	if strings.Contains(text, "contributed to this report") {
		t.Errorf("text keeps the credit:\n%s", text)
	}
	text = tailText(t, tailPage("Storm shuts airports", append(body, "Jane Roe reported from Halifax and John Doe from Boston.")...))
	if strings.Contains(text, "reported from Halifax") {
		t.Errorf("text keeps the credit:\n%s", text)
	}
	if !strings.Contains(text, "if the wind dropped") {
		t.Errorf("text lacks the story:\n%s", text)
	}
	text = tailText(t, tailPage("Storm shuts airports", append(body, "Such storms were last reported from the coast in the winter of 1978.")...))
	if !strings.Contains(text, "last reported from the coast") {
		t.Errorf("text lacks the story's last line:\n%s", text)
	}
}
