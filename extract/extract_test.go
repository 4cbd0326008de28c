package extract

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"github.com/newsner/newsner"
)

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

func TestFromReaderArticle(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news-basic.html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := FromReader(bytes.NewReader(raw), mustURL("https://example.com/x?y=1"), "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		field, got, want string
	}{
		{"title", a.Title, "Harbour bridge to close for repairs next spring"},
		{"byline", a.Byline, "Maria Okafor, Tom Lindqvist"},
		{"site", a.SiteName, "The Coastal Herald"},
		{"language", a.Language, "en-GB"},
		{"canonical", a.CanonicalURL, "https://example.com/news/2024/03/harbour-bridge-repairs"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if a.PublishedAt == nil || !a.PublishedAt.Equal(time.Date(2024, 3, 5, 8, 15, 0, 0, time.UTC)) {
		t.Errorf("published = %v, want 2024-03-05T08:15:00Z", a.PublishedAt)
	}
	for _, want := range []string{
		"The Harbour Bridge will close to traffic",
		"\n\nDiversions and ferries\n\n", // a heading is its own paragraph
		"Everyone knows the bridge shakes",
		"\n\nreplacing all 48 suspension cables,\n\n", // list items too
		"£14.2 million",                               // entities decoded
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, bad := range []string{"cookies", "Share on", "Photo: Herald", "Related stories", "Ferry fares",
		"newsletter", "About time", "Most read", "All rights reserved", "Sport", "Harbour bridge to close"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text has boilerplate %q", bad)
		}
	}
}

func TestFromReaderCharsets(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().String(`<html><head><meta charset="shift_jis"><title>東京で新しい美術館が開館</title></head>` +
		`<body><article><p>東京都は十日、上野に新しい美術館を開館したと発表した。館長は「多くの人に来てほしい」と話している。</p></article></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(
		`<html><body><p>Zoë and Chloé went to Zürich, where the café was closed.</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	legacy, err := os.ReadFile(filepath.Join("testdata", "legacy-1252.html"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, contentType string
		doc               []byte
		want              string
	}{
		{"windows-1252 from header", "text/html; charset=windows-1252",
			[]byte("<p>Caf\xe9 cr\xe8me for \x80 3, said Ren\xe9e.</p>"), "Café crème for € 3, said Renée."},
		{"iso-8859-2 from header", "text/html; charset=iso-8859-2",
			[]byte("<p>\xa3\xf3d\xbc is a city in Poland.</p>"), "Łódź is a city in Poland."},
		{"windows-1252 from late meta", "", legacy, "Gemeinderat hat am Dienstagabend mit großer Mehrheit"},
		{"shift_jis from meta", "", []byte(sjis), "上野に新しい美術館を開館した"},
		{"utf-16 from BOM", "", []byte(utf16), "Zoë and Chloé went to Zürich"},
		{"utf-8 labelled iso-8859-1", "text/html; charset=ISO-8859-1",
			[]byte("<p>Ångström and Ørsted met in Malmö.</p>"), "Ångström and Ørsted met in Malmö."},
		{"utf-8 despite a wrong declaration", "text/html; charset=iso-8859-1x",
			[]byte("<p>Ångström and Ørsted met in Malmö.</p>"), "Ångström and Ørsted met in Malmö."},
		{"latin-1 under a meta charset of utf-8", "",
			[]byte("<html><head><meta charset=\"utf-8\"></head><body><p>Die B\xfcrger der S\xfcdstadt \xfcbergaben 1.200 Unterschriften f\xfcr eine gr\xf6\xdfere Br\xfccke.</p></body></html>"),
			"Die Bürger der Südstadt übergaben 1.200 Unterschriften für eine größere Brücke."},
		{"utf-8 with a stray latin-1 byte under a meta charset of iso-8859-1", "",
			[]byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Ångström and Ørsted met in Malmö, where the café was closed.</p><p>Harbour Club\xae 2003-2011</p></body></html>"),
			"Ångström and Ørsted met in Malmö, where the café was closed.\n\nHarbour Club® 2003-2011"}, // the stray byte read as Latin-1
		{"utf-8 with a stray windows-1251 byte under a meta charset of windows-1251", "",
			[]byte("<html><head><meta charset=\"windows-1251\"></head><body><p>The masters’ reports reach “UKMTO” first — then the navies.</p><p>Order \xb9 12</p></body></html>"),
			"The masters’ reports reach “UKMTO” first — then the navies.\n\nOrder № 12"}, // the stray byte read as windows-1251
		{"latin-1 with one utf-8 look-alike under a meta charset of iso-8859-1", "",
			[]byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Ren\xe9e paid 3 \xa3 at the caf\xe9 in M\xfcnchen for a \xc2\xb5-sized cake.</p></body></html>"),
			"Renée paid 3 £ at the café in München for a Âµ-sized cake."},
		{"utf-8 with one stray byte stays utf-8", "",
			[]byte("<html><head><meta charset=\"utf-8\"></head><body><p>Die Bürger der Südstadt übergaben Unterschriften f\xfcr eine größere Brücke.</p></body></html>"),
			"Die Bürger der Südstadt übergaben Unterschriften"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromReader(bytes.NewReader(tt.doc), nil, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("text %q lacks %q", a.Text, tt.want)
			}
		})
	}
}

func TestFromReaderBadInput(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	binary := make([]byte, 1<<20)
	rng.Read(binary)
	news, err := os.ReadFile(filepath.Join("testdata", "news-basic.html"))
	if err != nil {
		t.Fatal(err)
	}
	para := "<p>" + strings.Repeat("The council met again on Tuesday to discuss the budget. ", 20) + "</p>\n"
	var metas strings.Builder // 20,000 post meta blocks, each of a class of its own
	for i := range 20000 {
		fmt.Fprintf(&metas, `<div class="m%d"><span class="author">Jane</span> <span class="date">March 3, 2012</span></div><p>A post, with words.</p>`, i)
	}
	prose17 := "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>"
	bigOK := "<html><body><article>" + strings.Repeat(para, (MaxInputBytes-1<<20)/len(para)) + "</article></body></html>"
	tests := []struct {
		name     string
		doc      string
		wantCode string // error class, "" for success
		wantText bool   // some text expected
	}{
		{"empty", "", "", false},
		{"white space", " \n\t ", "", false},
		{"binary", string(binary), "", false},
		{"binary, small", string(binary[:3000]), "", false},
		{"nul bytes", strings.Repeat("\x00", 5000), "", false},
		{"truncated mid-tag", string(news[:len(news)*2/3]) + `<p class="x`, "", true},
		{"truncated mid-entity", "<p>Fish &amp chips &#x1F4", "", true},
		{"unclosed everything", strings.Repeat("<div><p><span><b>", 100) + "words words words", "", true},
		{"deeply nested divs", strings.Repeat("<div>", 100000) + "deep text", "", true},
		{"deeply nested inline", strings.Repeat("<span><b><i>", 40000) + "deep text", "", true},
		{"deeply nested, then an article", strings.Repeat("<div>", 1000) + "<p>" + strings.Repeat("Some words here. ", 50) + "</p>" + strings.Repeat("</div>", 1000), "", true},
		{"unclosed fonts", strings.Repeat("<font size=2>", 3000) + "<p>" + strings.Repeat("Some words here. ", 50) + "</p>", "", true},
		{"paragraphs right in the body", strings.Repeat("<p>One, two, three, four, five, six words here.</p>", 8), "", true},
		{"many auto-closed p", strings.Repeat("<p>x", 100000), "", true},
		{"headings with long anchors", strings.Repeat(`<h2 id="`+strings.Repeat("share-the-word-", 2000)+`">`+strings.Repeat("Share the word ", 2000)+`</h2><p>Some words here, and more.</p>`, 200), "", true},
		{"many equal blocks, deep", strings.Repeat("<div>", 400) + strings.Repeat("<div><p>"+strings.Repeat("Same words, again, and again. ", 5)+"</p></div>", 20000), "", true},
		{"nested bylines and headings over big text", strings.Repeat(`<div class="author"><h2>`, 200) + strings.Repeat("<p>"+strings.Repeat("Words, words and words. ", 40)+"</p>", 3000), "", true},
		{"tag soup over the tag limit", strings.Repeat("<p><b>Some words here. ", 300000), "", true},
		{"nested tables", strings.Repeat("<table><tr><td>", 30000) + "cell", "", true},
		{"huge attribute", `<p title="` + strings.Repeat("a", 5<<20) + `">text here</p>`, "", true},
		{"huge JSON-LD", `<script type="application/ld+json">{"a":[` + strings.Repeat(`[`, 100000) + `</script><p>Text here.</p>`, "", true},
		{"an entry header of many children", "<section><article><header>" + strings.Repeat("<span>x</span>", 90000) + "<h2>Title</h2></header><p>" + strings.Repeat("Some words here. ", 50) + "</p></article><article><header><h2>Next</h2></header></article></section>", "", true},
		{"many lists after intros", strings.Repeat("<p>Here is what happened last week:</p><ul><li><a href=/a>A link</a></li></ul>", 30000), "", true},
		{"teasers nested deep beside an article", "<div><p>" + strings.Repeat("Some words here, and more. ", 60) + "</p>" + strings.Repeat(`<div class="t"><a href="/x">Read more</a>`, 400) + strings.Repeat("</div>", 400) + strings.Repeat(`<div class="t"><p>A line of a teaser. <a href="/y">Read more</a></p></div>`, 30000) + "</div>", "", true},
		{"a FAQ of many collapsed answers", "<div><div><p>" + strings.Repeat("Some words here, and more. ", 60) + "</p></div></div><section>" + strings.Repeat(`<div><button class="faq" aria-controls="a b c" aria-expanded="false">Why is the sky so blue today?</button><div id="a" hidden><p>Because of the way light scatters.</p></div></div>`, 30000) + "</section>", "", true},
		{"an article deep beside 30,000 teasers", strings.Repeat("<div>", 3000) + "<article><p>" + strings.Repeat("Some words here, and more. ", 20) + "</p><p>" + strings.Repeat("Other words here, and more. ", 20) + "</p></article>" + strings.Repeat("</div>", 3000) + `<div class="more">` + strings.Repeat(`<div class="t"><h3><a href="/x">A teaser's title</a></h3><p>A line of a teaser, with a comma, and another.</p></div>`, 30000) + "</div>" + strings.Repeat(`<aside class="sidebar"><p>`+strings.Repeat("Aside words, here. ", 10)+"</p></aside>", 3000), "", true},
		{"many one-page sections", strings.Repeat(`<section><h2>Part</h2><p>`+strings.Repeat("Words of a section, here. ", 5)+"</p></section>", 30000), "", true},
		{"a body of br lines in many divs", strings.Repeat(`<div>`+strings.Repeat("A line of text, with a comma, and more words here.<br>", 10)+"</div>", 20000), "", true},
		{"reviews nested in reviews", strings.Repeat(`<div class="reviews"><div class="x">a</div><div class="y">b</div>`, 3000) + "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<div class="jdgm-rev"><p>`+strings.Repeat("A review, a line of it. ", 8)+"</p></div>", 20000), "", true},
		{"a hidden page of many blocks", `<div style="display:none">` + strings.Repeat("<div><span>word</span></div>", 60000) + "</div>", "", true},
		{"folded blocks nested in folded blocks", strings.Repeat(`<div class="more" style="display:none">`, 150) + strings.Repeat("<div><span>word</span> <p>short</p></div>", 60000) + strings.Repeat("</div>", 150) + "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>", "", true},
		{"support appeals nested in support appeals", strings.Repeat(`<div><p>Our journalism, with a comma.</p><a href="/s">Support us</a>`, 5000) + "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<div><span>journalism</span> `+strings.Repeat("<b>x</b>", 100)+`<a href="/s">Donate</a></div>`, 8000), "", true},
		{"linked words nested in linked words", "<p>" + strings.Repeat("Words, and words here. ", 10) + strings.Repeat(`a <span class="tags">`, 40000) + "x" + strings.Repeat("</span> b", 40000) + "</p>", "", true},
		{"linked words beside deep empty spans", "<p>" + strings.Repeat("Words, and words here. ", 10) + strings.Repeat(`<a class="tags">x</a> <span>`, 40000) + "y" + strings.Repeat("</span>", 40000) + "</p>", "", true},
		{"many header leads over a deep body (German)", `<html lang="de"><body><article>` + strings.Repeat(`<header><div><div><b>`+strings.Repeat("Ein Satz als Vorspann, lang genug. ", 4)+"</b></div></div></header>", 20000) + strings.Repeat("<div>", 3000) + strings.Repeat("<p>"+strings.Repeat("Einige Wörter hier, und mehr. ", 20)+"</p>", 50) + strings.Repeat("</div>", 3000) + "</article></body></html>", "", true},
		{"a news item beside a deep column of teasers", `<div class="row"><div class="col"><article><p>` + strings.Repeat("Some words here, and more. ", 6) + "</p><p>" + strings.Repeat("Other words here, and more. ", 6) + "</p></article></div><div class=\"col\">" + strings.Repeat("<div>", 3000) + strings.Repeat(`<div class="t"><h3><a href="/x">A teaser's title</a></h3><p>A line of a teaser, with a comma, and another, and more.</p></div>`, 30000) + strings.Repeat("</div>", 3000) + "</div></div>", "", true},
		{"an article of short lines under many wrappers beside wide teasers", "<main>" + strings.Repeat("<div>", 2000) + "<article>" + strings.Repeat("<p>A short line here.</p>", 20) + "</article>" + strings.Repeat("</div>", 2000) + strings.Repeat(`<div class="c">`, 2000) + strings.Repeat(`<div class="t"><a href="/x"><h3>A teaser</h3></a><p>`+strings.Repeat("A long summary, with commas, and more words. ", 4)+"</p></div>", 20000) + strings.Repeat("</div>", 2000) + "</main>", "", true},
		{"20,000 asides of prose side by side", strings.Repeat("<aside><p>A sentence of prose right here.</p></aside>", 20000), "", true},
		{"20,000 empty blocks, then 20,000 asides of prose", strings.Repeat("<div></div>", 20000) + strings.Repeat("<aside><p>A sentence of prose right here.</p></aside>", 20000), "", true},
		{"50,000 date-stamped comment blocks", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p><div>" + strings.Repeat(`<div>Jane Doe, March 3, 2012 at 10:21 pm said a thing</div>`, 50000) + "</div>", "", true},
		{"14,000 threads of linked, stamped comments", strings.Repeat(`<div>`+strings.Repeat(`<div><a href="/x">by Jane on Aug 9, 2012 10:23 AM</a></div>`, 3)+`</div>`, 14000) + "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>", "", true},
		{"100,000 linked pictures between br lines", "<div>" + strings.Repeat(`<p>A line.</p><a href="/p"><img src="a.jpg"></a><br><br>`, 100000) + "</div>", "", true},
		{"headers 3,000 deep, each holding a paragraph", strings.Repeat("<header><p>"+strings.Repeat("A sentence of prose, right here. ", 3)+"</p>", 3000) + strings.Repeat("</header>", 3000), "", true},
		{"a thread 3,000 lists deep", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<ul><li>Jane, March 3, 2012 at 10:21 pm</li><li>Jo, March 3, 2012 at 10:21 pm</li><li>Al, March 3, 2012 at 10:21 pm`, 3000), "", true},
		{"20,000 product cards", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<div class="product"><a href="/p"><img src="a.jpg"></a><h3><a href="/p">A product</a></h3><span class="price">$12.99</span><button>Add to cart</button></div>`, 20000), "", true},
		{"20,000 heroes beside pictures", strings.Repeat(`<div><div><img src="a.jpg"></div><div><h2>Title</h2><p>A short intro sentence, right here.</p></div></div>`, 20000), "", true},
		{"20,000 star ratings", strings.Repeat(`<div><span>★★★★★</span> <p>4.8 from 52 votes</p></div>`, 20000), "", false},
		{"20,000 comments headings over stamped comments", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<div><h3>12 Comments</h3><div>Jane, March 3, 2012 at 10:21 pm</div></div>`, 20000), "", true},
		{"20,000 pictures, then 20,000 headers of a paragraph", strings.Repeat(`<img src="a.jpg">`, 20000) + strings.Repeat("<header><p>A sentence of prose, right here, with a comma, and more words.</p></header>", 20000), "", true},
		{"questions nested 10,000 deep", strings.Repeat(`<div><button>Why is the sky so blue today?</button><div>`, 10000) + "text", "", true},
		{"20,000 posts 3,000 deep", strings.Repeat("<div>", 3000) + strings.Repeat(`<div class="post"><div class="meta"><span class="author">Jane Doe</span> <span class="date">March 3, 2012</span></div><div class="body"><p>A post of prose, with a comma, and more words here.</p></div></div>`, 20000), "", true},
		{"20,000 pictured headers 3,000 deep", strings.Repeat("<div>", 3000) + strings.Repeat(`<img src="a.jpg">`, 20000) + strings.Repeat("<header><p>A sentence of prose, right here, with a comma, and more words.</p></header>", 20000), "", true},
		{"a press release closing with 20,000 company lines", "<h1>Acme announces a thing</h1>" + "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat("<p>Acme is a maker of things, with offices in many towns, and more.</p>", 20000) + "<p>Acme is listed on the New York Stock Exchange under the symbol ACME.</p>", "", true},
		{"headers beside 10,000 nested tables", strings.Repeat("<header><p>A sentence of prose, right here, with a comma.</p></header><table><tr><td>", 10000) + "cell", "", true},
		{"asides 10,000 deep after a headline", "<h1>A headline</h1>" + strings.Repeat("<div><aside><p>A sentence of prose right here, with a comma.</p></aside><div>", 10000), "", true},
		{"20,000 banner heroes 3,000 deep", strings.Repeat("<div>", 3000) + strings.Repeat(`<div style="background-image:url(a.jpg)"><div><div><h1>Title</h1></div></div><p>A short intro sentence, right here.</p></div>`, 20000), "", true},
		{"20,000 paragraphs each in its own header", strings.Repeat("<header><p>A sentence of prose, right here, with a comma.</p></header>", 20000), "", true},
		{"20,000 forum posts with name and date meta", strings.Repeat(`<div class="post"><div class="meta"><span class="author">Jane Doe</span> <span class="date">March 3, 2012</span></div><div class="body"><p>A post of prose, with a comma, and more words here.</p></div></div>`, 20000), "", true},
		{"a table of 20,000 linked rows", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + "<table>" + strings.Repeat(`<tr><td><a href="/x">A linked cell</a></td><td>12</td><td><a href="/y">Another</a></td></tr>`, 20000) + "</table>", "", true},
		{"20,000 About me boxes", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<div class="about"><h3>About me</h3><img src="a.jpg"><p>Jane writes about things, and more things.</p></div>`, 20000), "", true},
		{"10,000 nested asides", "<h1>A headline</h1>" + strings.Repeat("<aside><p>A sentence of prose right here.</p>", 10000) + strings.Repeat("</aside>", 10000), "", true},
		{"50,000 br spacers beside text", strings.Repeat("<div><br><br></div><p>A line of text, with a comma, and more.</p>", 50000), "", true},
		{"20,000 lazy images with noscript twins", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<img class="lazy" data-src="a.jpg" src="data:image/gif;base64,R0lGOD"><noscript><img src="a.jpg"></noscript>`, 20000), "", true},
		{"20,000 question buttons", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<div><button>Why is the sky so blue today?</button><p>Because of the way light scatters, mostly.</p></div>`, 20000), "", true},
		{"a press release of 20,000 company paragraphs", "<h1>Acme Corp announces a thing</h1>" + strings.Repeat("<p>Acme Corp is a maker of things, with offices in many towns, and more.</p>", 20000), "", true},
		{"20,000 comments openings", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<div><h3>Leave a comment</h3><p>Jane said: a thing, and more.</p></div>`, 20000), "", true},
		{"20,000 empty post headers", strings.Repeat(`<article class="post"><header></header><p>A sentence of prose, right here, with a comma.</p></article>`, 20000), "", true},
		{"20,000 author boxes after a post", "<div><h1>A post</h1><div><p>" + strings.Repeat("Some words here, and more. ", 20) + "</p></div>" + strings.Repeat(`<div><img src="a.jpg" width="40" height="40"><p><a href="/author/jane">Jane Doe</a> / Jane writes about things, and more things.</p></div>`, 20000) + "</div>", "", true},
		{"a layout row of 20,000 cells", "<table><tr>" + strings.Repeat("<td><p>Some words here, and more, and more words.</p></td>", 20000) + "</tr></table>", "", true},
		{"20,000 banner heroes", strings.Repeat(`<div style="background-image:url(a.jpg)"><h1>Title</h1><p>A short intro sentence, right here.</p></div>`, 20000), "", true},
		{"headings 5,000 deep beside tables", strings.Repeat("<div><h2>Notes</h2><table><tr><td>1</td></tr></table><p>A sentence of prose, right here.</p>", 5000), "", true},
		{"10,000 nested headers", strings.Repeat("<header><p>A sentence of prose, right here.</p>", 10000), "", true},
		{"10,000 nested posts with bylines", strings.Repeat(`<div class="post"><div class="meta">by Jane Doe on March 3, 2012</div><p>A post of prose, with a comma, and more words here.</p>`, 10000), "", true},
		{"10,000 nested spacers", strings.Repeat("<div><br><br><div>", 10000) + "text, with words here.", "", true},
		{"10,000 nested noscripts", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<div><img data-src="a.jpg"><noscript><img src="a.jpg"></noscript>`, 10000), "", true},
		{"20,000 post meta blocks, each of a class of its own", metas.String(), "", true},
		// Session 16's rules, each met many times: a thread of posts
		// with the member's name in a side pane and the date in a header
		// apart (threadPostLine, postAuthorName, calendarDate), nested
		// too; cards of cut summaries (excerptCards); a byline's header
		// before paragraphs each in a header, past inserts (headedLine,
		// headerBodyAfter, proseAcrossInserts, runEdgeLine); ruby
		// annotations left open (inRubyAnnotation); <div> sentences with
		// links (sentenceWithLinks, linkedParagraphs) and pictures around
		// prose (illustratedProse), nested; consent placeholders
		// (embedConsent). Each took time in proportion to the page.
		{"20,000 forum posts with side panes", "<div>" + strings.Repeat(`<article class="message"><div class="message-userDetails"><h4 class="message-name"><a class="username" href="/m/1">Jane Doe</a></h4></div><div class="message-main"><header class="message-attribution"><time>March 3, 2012</time></header><div class="bbWrapper">A post of prose, with a comma, and more words here, and more.</div></div></article>`, 20000) + "</div>", "", true},
		{"5,000 nested forum posts with side panes", strings.Repeat(`<div class="cPost"><aside class="cAuthorPane"><div class="cAuthorPane_photo"><img src="a.jpg"></div><h3 class="cAuthorPane_author"><a href="/p">Jane</a></h3></aside><div><time datetime="2012-03-03">March 3, 2012</time></div><div data-role="commentContent"><p>A post of prose, with a comma, and more words here.</p></div>`, 5000), "", true},
		{"20,000 excerpt cards", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p><h2>Latest insights</h2><div>" + strings.Repeat(`<div class="card"><h3>A plain heading</h3><p>A summary of the other page that is cut short…</p><a href="/other">Download</a></div>`, 20000) + "</div>", "", true},
		{"10,000 nested excerpt cards", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<div class="card"><h3>A plain heading</h3><p>A summary of the other page that is cut short...</p><a href="/other">Download</a>`, 10000), "", true},
		{"a byline's header before 10,000 header paragraphs past inserts", "<h1>Title</h1><header><p>Written by Kilo, May 2026</p></header>" + strings.Repeat(`<header><p>A sentence of prose, right here, with a comma, and more.</p></header><table><tr><td>ad</td></tr></table>`, 10000), "", true},
		{"10,000 header lines beside wrapped lists", strings.Repeat(`<header><p>Short line</p></header><p></p><hr><header><p>A sentence of prose, right here, with a comma, and more.</p></header><div><ul><li>An item of text</li></ul></div>`, 10000), "", true},
		{"ruby 20,000 deep", "<p>" + strings.Repeat("<ruby>漢<rtc>", 20000) + "x" + strings.Repeat("<rt>かん", 20000) + "</p>", "", true},
		{"20,000 ruby annotations left open", "<p>" + strings.Repeat("<ruby>漢<rp>(</rp><rt>かん<rtc>x", 20000) + "</p><p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>", "", true},
		{"20,000 div sentences with links", strings.Repeat(`<div>This is a sentence of words with <a href="/x">a link</a> and a run of words after it.</div>`, 20000), "", true},
		{"10,000 nested linked paragraphs", strings.Repeat(`<div><h3>Head</h3><p>A sentence with <a href="/x">a link</a> and more words after it.</p>`, 10000), "", true},
		{"10,000 nested pictures around prose", strings.Repeat(`<div><img src="a.jpg"><img src="b.jpg"><img src="c.jpg"><p>A post told, in a paragraph, with commas, and more, shown in photos, here.</p>`, 10000), "", true},
		{"20,000 consent placeholders", "<p>" + strings.Repeat("Some words here, and more. ", 20) + "</p>" + strings.Repeat(`<p>Externen Inhalt anzeigen</p><p>An dieser Stelle finden Sie einen externen Inhalt von YouTube, der den Artikel ergänzt.</p>`, 20000), "", true},
		// Session 17's rules, each met 8,000 times (issue 12), nested
		// too where a rule reads a node's descendants or neighbours:
		// measured at 2,000 and 8,000 they took 1.4-5x as long (linear).
		{"8,000 boxed title h3s beside empty h3s (titleH3)", "<html><head><title>The comet returns home</title></head><body><div><h3>The comet returns home</h3><div><h3>The comet returns home</h3>" + strings.Repeat("<h3></h3><span></span>", 8000) + "<div><p>A short post of words, with a comma, seen here.</p></div></div></div></body></html>", "", true},
		{"8,000 nested title h3s (titleH3)", "<html><head><title>The comet returns home</title></head><body>" + strings.Repeat("<div><h3>The comet returns home</h3><p>Some words here, and more.</p>", 8000) + prose17 + "</body></html>", "", true},
		{"8,000 nested datelines with linked names (topicLinks)", strings.Repeat(`<div><p>LONDON (Reuters) - <a href="/p">Jane Doe</a> said words here, and more words here, with commas.</p><img src="a.jpg">`, 8000), "", true},
		{"8,000 nested sentences over transcript links (allParagraphs)", strings.Repeat(`<div><p>A sentence over a video, with words.</p><a href="/t">Transcript</a> | <a href="/d">Download</a>`, 8000), "", true},
		{"8,000 buttons in a sentence (proseButton)", "<p>" + strings.Repeat("said professor <button><span>Ann Roe,</span></button> the director ", 8000) + "</p>" + strings.Repeat("<p>x <button><b>", 8000) + "Ann" + prose17, "", true},
		{"8,000 nested buttons in a sentence (proseButton)", "<p>" + strings.Repeat("said professor <button><span>Ann Roe,</span></button> the director <span>", 8000) + "</p>" + prose17, "", true},
		{"8,000 bracketed code lines and shortcodes (codeBrackets)", prose17 + "<pre>" + strings.Repeat("#[no_mangle] row[user_id] [build_system] [vc_row]\n", 8000) + "</pre>" + strings.Repeat("<p>[vc_row] words [x] here, and more.</p>", 8000), "", true},
		{"8,000 nested emoji pictures (emojiImage)", strings.Repeat(`<div><p>Can't wait to see it, with words here <img alt="😉" src="e.png"></p>`, 8000), "", true},
		{"8,000 nested prices under a headline (pricedTitle)", "<h1>Product</h1>" + strings.Repeat(`<div><span>$</span><span>169.95</span><b>`, 8000) + prose17, "", true},
		{"8,000 rating labels (ratingLabel)", prose17 + strings.Repeat("<p>Average Rating: 4.9</p><p>Total Reviews: 726</p>", 8000), "", true},
		{"8,000 nested boxed thread headings (threadHeadingBox)", prose17 + strings.Repeat(`<div><div><div><h3>Comments</h3></div></div><div><p>March 3, 2012</p><p>A comment, with words.</p></div>`, 8000), "", true},
		{"8,000 nested wrapped pictures over wrapped captions (wrappedPicture)", prose17 + strings.Repeat(`<div><div><picture><img src="a.jpg"></picture></div><div><p>A caption.</p></div>`, 8000), "", true},
		{"8,000 nested pictures over a caption paragraph (captionParagraph)", prose17 + strings.Repeat(`<div><img src="a.jpg"><p>A caption.</p>`, 8000), "", true},
		{"8,000 leads over pictures (leadOverPicture)", "<div>" + strings.Repeat(`<div><p>A lead paragraph of the story that is long enough to count as a lead, ending here, with more words to pass the length.</p><img src="a.jpg"></div><div><img src="b.jpg"><p>A short caption.</p></div>`, 8000) + prose17 + prose17 + "</div>", "", true},
		{"8,000 nested quotes of posts (postQuotedByLink)", prose17 + strings.Repeat(`<blockquote><p>A post.</p>— Jane (@jane) <a href="https://twitter.com/jane/status/123">November 18, 2019</a><div>`, 8000), "", true},
		{"8,000 header lines across inserts (lineAcrossInsert)", strings.Repeat(`<header><p>Thanks to Jane.</p></header><aside><a href="/x">Related</a></aside><header><p>A sentence of prose, right here, with a comma, and more.</p></header>`, 8000), "", true},
		{"8,000 nested header lines across inserts (lineAcrossInsert)", strings.Repeat(`<div><header><p>Thanks to Jane.</p></header><aside><a href="/x">Related</a></aside><header><p>A sentence of prose, right here, with a comma, and more.</p></header>`, 8000), "", true},
		{"8,000 header lines beside tables (lineBesideTable)", strings.Repeat(`<header><p>* Only the first twelve.</p></header><table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>`, 8000), "", true},
		{"8,000 nested header lines beside tables (lineBesideTable)", strings.Repeat(`<div><header><p>* Only the first twelve.</p></header><table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>`, 8000), "", true},
		{"8,000 dated months (datedMonth)", prose17 + strings.Repeat("<p>5. Dez. 2026 Mai 5 2026 mars 12 2026 mei</p>", 8000) + "<p>" + strings.Repeat("5 mai 2026 ", 8000) + "</p>", "", true},
		{"20,000 empty blocks and title headings before a post's body (titleAbove)", "<title>Weekend notes on the old boat</title>" + strings.Repeat(`<div></div><h4>Weekend notes on the old boat</h4>`, 20000) + "<h3>Weekend notes on the old boat</h3>" + strings.Repeat("<div></div>", 20000) + "<div>" + prose17 + "</div>", "", true},
		{"20,000 forum posts without class names, bodies nested (threadHeld, memberLink)", "<div>" + strings.Repeat(`<article><div><a href="/members/jo.1/"><img src="/a.png"></a><h4><a href="/members/jo.1/">jo</a></h4></div><header><time datetime="2026-01-01">Jan 1, 2026</time></header><article><div>`+strings.Repeat("A reply of some length, with a comma. ", 4)+`</div></article><footer><a href="/like">Like</a></footer></article>`, 20000) + "</div>", "", true},
		// Session 21's rules, each met many times: a post's header above
		// its body, after thousands of empty blocks and other headers, and
		// holding thousands of children before its byline
		// (postHeaderAbove, blocksAbove, postHeader, bylineIn); bodies
		// marked by microdata side by side and nested (bodyWeight's walk
		// up to an <article>).
		{"20,000 empty blocks and post headers before a post's body (postHeaderAbove)", "<title>Weekend notes on the old boat</title>" + strings.Repeat(`<div></div><div><h2>Weekend notes on the old boat</h2><div>By Jane Doe on March 3, 2012</div></div>`, 20000) + "<div>" + prose17 + "</div>", "", true},
		{"a post's header of 20,000 children before its byline (postHeader)", "<title>Weekend notes on the old boat</title><div><div><h2>Weekend notes on the old boat</h2>" + strings.Repeat("<div><span><b></b></span></div>", 20000) + "<div>By Jane Doe</div></div><div>" + prose17 + "</div></div>", "", true},
		{"20,000 bodies marked by microdata (bodyWeight)", strings.Repeat(`<div><div itemprop="articleBody"><p>A sentence of prose, with a comma, and more words here.</p></div></div>`, 20000), "", true},
		{"20,000 nested bodies marked by microdata (bodyWeight)", strings.Repeat(`<div itemprop="articleBody"><p>A sentence of prose, with a comma, and more words here.</p>`, 20000), "", true},
		{"too large", strings.Repeat("a", MaxInputBytes+1), newsner.ETooLarge, false},
		{"big but allowed", bigOK, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			a, err := FromReader(strings.NewReader(tt.doc), nil, "")
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
			if tt.wantCode != "" {
				if err == nil {
					t.Fatalf("no error, want class %s", tt.wantCode)
				}
				var e *newsner.Error
				if !errors.As(err, &e) || e.Code != tt.wantCode {
					t.Fatalf("error %v, want class %s", err, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
				t.Error("output is not valid UTF-8")
			}
			if tt.wantText && a.Text == "" {
				t.Error("no text")
			}
		})
	}
}

// TestFromReaderReaderError checks that a failing reader gives an error.
func TestFromReaderReaderError(t *testing.T) {
	_, err := FromReader(errReader{}, nil, "")
	if err == nil || newsner.ErrorCode(err) != newsner.EExtract {
		t.Fatalf("err = %v, want an extract error", err)
	}
}

// TestFromReaderEndless checks that an endless body is cut off at the cap.
func TestFromReaderEndless(t *testing.T) {
	_, err := FromReader(endless{}, nil, "")
	if newsner.ErrorCode(err) != newsner.ETooLarge {
		t.Fatalf("err = %v, want a too_large error", err)
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "<p>x "[i%5]
	}
	return len(p), nil
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestCanonical(t *testing.T) {
	page := mustURL("https://news.example.com/a/b?c=d")
	tests := []struct {
		name, head string
		pageURL    *url.URL
		want       string
	}{
		{"absolute", `<link rel="canonical" href="https://example.com/x">`, page, "https://example.com/x"},
		{"relative", `<link rel="canonical" href="../x#top">`, page, "https://news.example.com/x"},
		{"og:url", `<meta property="og:url" content="//cdn.example.com/y">`, page, "https://cdn.example.com/y"},
		{"link wins", `<meta property="og:url" content="https://a.example/1"><link rel="Canonical" href="https://b.example/2">`, page, "https://b.example/2"},
		{"relative without page URL", `<link rel="canonical" href="/x">`, nil, ""},
		{"not http", `<link rel="canonical" href="javascript:void(0)">`, page, ""},
		{"none", ``, page, ""},
	}
	for _, tt := range tests {
		a, err := FromReader(strings.NewReader("<html><head>"+tt.head+"</head><body><p>x</p></body></html>"), tt.pageURL, "")
		if err != nil {
			t.Fatal(err)
		}
		if a.CanonicalURL != tt.want {
			t.Errorf("%s: canonical = %q, want %q", tt.name, a.CanonicalURL, tt.want)
		}
	}
}

func TestCleanByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"By JANE DOE and John Smith", "JANE DOE, John Smith"},
		{"Jane Doe, John Smith & Ann Lee", "Jane Doe, John Smith, Ann Lee"},
		{"by Lucas Nolan 22 Dec 2016", "Lucas Nolan"},
		{"Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Dan Goodin"},
		{"par Claire Dubois, le 3 août 2022", "Claire Dubois"},
		{"Von Jürgen Weiß", "Jürgen Weiß"},
		{"Geschrieben von Anna Muster", "Anna Muster"},
		{"Verfasst von Anna Muster", "Anna Muster"},
		{"Текст: Венера Ерофеева", "Венера Ерофеева"},
		// The twins of "Published March 4, 2024 by Jane Doe" and "Written
		// by" (session 20); a name's own "von" stays.
		{"Veröffentlicht am 4. März 2024 von Jana Müller", "Jana Müller"},
		{"Publié le 4 mars 2024 par Jeanne Martin", "Jeanne Martin"},
		{"Publicado el 4 de marzo de 2024 por Juana Martínez", "Juana Martínez"},
		{"Gepubliceerd op 4 maart 2024 door Johanna de Vries", "Johanna de Vries"},
		{"Escrito por Juana Martínez", "Juana Martínez"},
		{"Publicado por Joana Silva", "Joana Silva"},
		{"Scritto da Giovanna Rossi", "Giovanna Rossi"},
		{"Von Ursula von der Leyen", "Ursula von der Leyen"},
		{"jane@example.com", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct {
		title, site string
		h1s         []string
		fromDoc     bool
		want        string
	}{
		{"Storm hits coast | The Daily Example", "The Daily Example", nil, true, "Storm hits coast"},
		{"Daily Example - Storm hits coast", "Daily Example", nil, true, "Storm hits coast"},
		{"Storm hits coast - BBC News", "", nil, true, "Storm hits coast"},
		{"Storm hits coast - BBC News", "", []string{"Storm hits coast"}, true, "Storm hits coast"},
		{"Q&A: Why the storm - and the flood - matter", "", nil, false, "Q&A: Why the storm - and the flood - matter"},
		{"Storm hits coast", "Storm", nil, true, "Storm hits coast"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.site, tt.h1s, tt.fromDoc); got != tt.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-11-18T10:00:00Z", "2019-11-18T10:00:00Z"},
		{"2019-11-18T10:00:00.123+01:00", "2019-11-18T10:00:00.123+01:00"},
		{"2019-11-18T10:00:00+0100", "2019-11-18T10:00:00+01:00"},
		{"2019-11-18 10:00:00", "2019-11-18T10:00:00Z"},
		{"2019-11-18", "2019-11-18T00:00:00Z"},
		{"Mon, 18 Nov 2019 10:00:00 GMT", "2019-11-18T10:00:00Z"},
		{"November 18, 2019", "2019-11-18T00:00:00Z"},
		{"yesterday", ""},
		{"0001-01-01T00:00:00Z", ""},
	}
	for _, tt := range tests {
		got, ok := parseTime(tt.in)
		s := ""
		if ok {
			s = got.Format(time.RFC3339Nano)
		}
		if s != tt.want {
			t.Errorf("parseTime(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

func TestGuessLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council said on Tuesday that the bridge is to be closed for repairs and that it was the only option.", "en"},
		{"Der Gemeinderat hat am Dienstag beschlossen, dass die Brücke für die Reparatur geschlossen wird und die Stadt auch zahlt.", "de"},
		{"Le conseil a annoncé mardi que le pont sera fermé pour des travaux et que la ville paiera les frais de la réparation.", "fr"},
		{"El consejo dijo el martes que el puente se cerrará por reparaciones y que la ciudad pagará los costos de las obras.", "es"},
		{"東京都は十日、上野に新しい美術館を開館したと発表した。館長は多くの人に来てほしいと話している。", "ja"},
		{"서울시는 새로운 미술관을 개관했다고 밝혔다. 관장은 많은 사람들이 방문하기를 바란다고 말했다.", "ko"},
		{"Городской совет во вторник заявил, что мост будет закрыт на ремонт, и что это единственный вариант для города.", "ru"},
		{"12 34 56", ""},
	}
	for _, tt := range tests {
		if got := guessLanguage(tt.text); got != tt.want {
			t.Errorf("guessLanguage(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// FuzzFromReader checks that no input makes the extractor panic or emit
// malformed text, or take over a second or 100 times its size in
// allocations (withinCost).
func FuzzFromReader(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*", "*.html")) // script data, prose links
	for _, p := range append(files, more...) {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(b, "text/html")
		}
	}
	f.Add([]byte(`<p>a<br>b</p><table><td>c<td>d</table><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"x"}</script>`), "")
	f.Add([]byte("\xef\xbb\xbf<title>T</title><meta charset=shift_jis><p>\x82\xa0</p>"), "text/html; charset=bogus")
	f.Add([]byte(strings.Repeat("<p>One, two, three, four, five, six words here.</p>", 8)), "")
	f.Add([]byte(strings.Repeat("<font>", 600)+"<p>deep</p>"), "")
	// Session 21's rules at their edges: a post's header above its body
	// (postHeaderAbove), an empty one, a byline alone; a body marked by
	// microdata in and out of an <article> (bodyWeight).
	f.Add([]byte(`<title>Boat notes</title><div><h2>Boat notes</h2><div>By Jo on May 3</div></div><div><p>`+strings.Repeat("Words, and more words. ", 12)+`</p></div>`), "")
	f.Add([]byte(`<title>Boat notes</title><div><h1></h1><div>posted by</div></div><div itemprop="ARTICLEBODY"><p>Words, words.</p></div>`), "")
	f.Add([]byte(`<article><div itemprop="articleBody author"><h3>Boat notes</h3>by</div></article><div itemprop=articlebody>`), "")
	f.Fuzz(func(t *testing.T, doc []byte, contentType string) {
		var a newsner.Article
		var err error
		withinCost(t, len(doc), func() {
			a, err = FromReader(bytes.NewReader(doc), mustURL("https://example.com/a/b"), contentType)
		})
		if err != nil {
			return
		}
		for _, s := range []string{a.Text, a.Title, a.Byline, a.SiteName, a.Language, a.CanonicalURL} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
		}
		if strings.Contains(a.Text, "\n\n\n") || strings.TrimSpace(a.Text) != a.Text {
			t.Fatalf("text not normalised: %q", a.Text)
		}
		for _, p := range strings.Split(a.Text, "\n\n") {
			if a.Text != "" && (p == "" || strings.TrimSpace(p) != p || strings.Contains(p, "  ") || strings.Contains(p, "\n")) {
				t.Fatalf("paragraph not normalised: %q", p)
			}
		}
	})
}

// TestGermanNewsPage: a made-up German news page in the shape of the
// German sites of trafilatura's evaluation set reads as an English one
// does: the byline ("Von ...", class "artikel-autor") and the lead (class
// "teaser") found, the cookie banner, advertisement ("Anzeige"), related
// links ("Mehr zum Thema"), photo credit, share buttons, comments
// ("Kommentare") and sidebar left out, and a paragraph that starts with a
// label word inside a longer one ("Werbungskosten") kept.
func TestGermanNewsPage(t *testing.T) {
	a := extractTestdata(t, "german-news.html")
	if a.Byline != "Max Mustermann" {
		t.Errorf("byline %q, want Max Mustermann", a.Byline)
	}
	if a.Language != "de" {
		t.Errorf("language %q, want de", a.Language)
	}
	checkText(t, a.Text, []string{"Nach einer langen Debatte", "mit knapper Mehrheit", "Rekordniveau", "Werbungskosten"},
		[]string{"Cookies", "Abo testen", "Anzeige", "Mehr zum Thema", "Brückensanierung", "Foto: dpa", "Teilen",
			"Endlich wird", "Meistgelesen", "Von Max", "Impressum", "großen Sitzungssaal", "seit 2010 Redakteur"})
}

// extractTestdata runs FromReader on a page in testdata.
func extractTestdata(t *testing.T, name string) newsner.Article {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := FromReader(f, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestRomanceNewsPages reads made-up French, Spanish and Italian news pages
// whose boilerplate (advertising, share and related blocks, captions, a
// sidebar) and article containers are named in their own language, as the
// German page's are.
func TestRomanceNewsPages(t *testing.T) {
	for _, tt := range []struct {
		file, lang    string
		want, wantNot []string
	}{
		{"french-news.html", "fr", []string{"Le conseil municipal de Villeneuve", "un niveau record", "baisse des dépenses"},
			[]string{"offre spéciale", "réuni mardi soir", "Vous avez aimé", "Le saviez-vous", "quarante mille", "Mentions légales"}},
		{"spanish-news.html", "es", []string{"El pleno del ayuntamiento", "un nivel récord"},
			[]string{"cien años", "Nuestros periodistas", "primer mes gratis", "ya había rechazado", "Aviso legal"}},
		{"italian-news.html", "it", []string{"Il consiglio comunale di Villanova", "un livello record"},
			[]string{"primo mese gratis", "riunito martedì sera", "aveva già respinto"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			a := extractTestdata(t, tt.file)
			if a.Language != tt.lang {
				t.Errorf("language %q, want %s", a.Language, tt.lang)
			}
			checkText(t, a.Text, tt.want, tt.wantNot)
		})
	}
}

// TestClassHintsInOtherLanguages: class names that mark an article's
// container or its boilerplate in German, French, Spanish and Italian
// weigh as their English counterparts do.
func TestClassHintsInOtherLanguages(t *testing.T) {
	ex := &extractor{flags: flagWeightClasses, hints: make(map[classKey]classHints)}
	for class, want := range map[string]int{
		"testo-articolo": 25, "cuerpo-noticia": 25, "articulo-cuerpo": 25, "notizia": 25, "contenu-article": 25,
		"bloc-publicite": -25, "modulo-publicidad": -25, "box-pubblicita": -25, "articoli-correlati": -25,
		"bloque-relacionados": -25, "barre-partage": -25, "compartir-redes": -25, "condividi": -25,
	} {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: class}}}
		if got := ex.classWeight(n); got != want {
			t.Errorf("class %q weighs %d, want %d", class, got, want)
		}
	}
	for _, class := range []string{"barre-laterale", "barra-lateral", "pied-de-page", "pie-de-pagina", "bloc-publicite", "articoli-correlati"} {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: class}}}
		if !ex.hintsOf(n).unlikely {
			t.Errorf("class %q is not unlikely", class)
		}
	}
}

// TestMetaCharsetAtInvalidBytes checks that metaCharsetAt's offset is
// raw's own past bytes that are not UTF-8 (which bytes.ToLower grew into
// three-byte U+FFFDs, running the offset past the page's end).
func TestMetaCharsetAtInvalidBytes(t *testing.T) {
	raw := []byte("\xad\xa5\x8c\xfb Gr\xfc\xdfe <META Charset=\"iso-8859-1\">")
	i := metaCharsetAt(raw)
	if i < 0 || !bytes.HasPrefix(raw[i:], []byte("<META")) {
		t.Fatalf("metaCharsetAt = %d, want the offset of <META", i)
	}
}

// TestFromReaderDropsControlCharacters: a page's control characters (an
// ESC sequence in its title, a BEL, a C1 control, NUL and DEL in its text)
// are not in the record, whose title and text a consumer prints; its tabs
// and line breaks still read as white space. The title came out as
// "Big \x1b[2J news", a clear-screen code.
func TestFromReaderDropsControlCharacters(t *testing.T) {
	para := "The council voted on Tuesday to close the harbour bridge for repairs next spring, after engineers found cracks in two of its cables."
	page := "<html><head><title>Big \x1b[2J news</title></head><body><article><h1>Big \x1b[2J news</h1>" +
		"<p>" + para + "\a</p><p>Second\tparagraph \u0085of the \x00story, with\x7f more words\r\nthan the first one had in it.</p>" +
		"<p>" + para + "</p></article></body></html>"
	a, err := FromReader(strings.NewReader(page), mustURL("https://example.com/big"), "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Big [2J news" {
		t.Errorf("title = %q, want %q", a.Title, "Big [2J news")
	}
	for i, r := range a.Title + a.Text {
		if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f)) {
			t.Errorf("control character %U at %d in %q", r, i, a.Title+"|"+a.Text)
		}
	}
	if !strings.Contains(a.Text, "Second paragraph of the story, with more words than the first") {
		t.Errorf("text = %q", a.Text)
	}
	if b := []byte("plain page"); &dropControls(b)[0] != &b[0] {
		t.Errorf("dropControls copied a page without control characters")
	}
}

// TestFirstControl: firstControl's word-at-a-time scan finds the same
// first control character as a byte-at-a-time one, at every offset in
// and across words, whichever bytes surround it.
func TestFirstControl(t *testing.T) {
	byteScan := func(doc []byte) int {
		for i := range doc {
			if controlAt(doc, i) {
				return i
			}
		}
		return len(doc)
	}
	alphabet := []byte{'a', ' ', '\t', '\n', '\f', '\r', 0, 1, 0x1b, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0x85, 0x9f, 0xa0, 0xc2, 0xc3, 0xff}
	rng := rand.New(rand.NewSource(1))
	for n := range 200000 {
		doc := make([]byte, rng.Intn(40))
		for i := range doc {
			if rng.Intn(4) == 0 {
				doc[i] = alphabet[rng.Intn(len(alphabet))]
			} else {
				doc[i] = byte(rng.Intn(256))
			}
		}
		if got, want := firstControl(doc), byteScan(doc); got != want {
			t.Fatalf("case %d: firstControl(%q) = %d, want %d", n, doc, got, want)
		}
	}
}
