package extract

import (
	"net/url"
	"strings"
	"testing"
)

func TestFromReaderBasic(t *testing.T) {
	const page = `<html lang="en"><head><title>Storm hits coast</title>
<meta property="og:site_name" content="Daily Example">
<link rel="canonical" href="/news/storm"></head>
<body><nav><a href="/">Home</a></nav><p>The storm reached the coast on Monday.</p>
<p>  Residents   were evacuated. </p></body></html>`
	u, _ := url.Parse("https://example.com/x?y=1")
	a, err := FromReader(strings.NewReader(page), u, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Storm hits coast" || a.SiteName != "Daily Example" || a.Language != "en" {
		t.Errorf("metadata: %+v", a)
	}
	if a.CanonicalURL != "https://example.com/news/storm" {
		t.Errorf("canonical = %q", a.CanonicalURL)
	}
	if want := "The storm reached the coast on Monday.\n\nResidents were evacuated."; a.Text != want {
		t.Errorf("text = %q, want %q", a.Text, want)
	}
}
