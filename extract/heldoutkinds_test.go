package extract

// Pages of the held-out kinds, made up (a short story of a
// ferry's winter timetable) in the shapes a template sets them: an
// unclosed <header>, an <aside> around the article, paragraphs inside
// <header>s, the body only in a <noscript>, lines of <div>s and <br>s,
// ruby annotations, and a long reference list or roll of names beside a
// short article. Most are read right already (TestHeldOutShapes); the
// others are each a rule's test.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// ferryParas are a made-up short news story's paragraphs.
var ferryParas = []string{
	"The island's ferry will run twice a day through the winter for the first time, the harbour board said on Tuesday, after a year of complaints from commuters.",
	"Until now the boat has stopped sailing in the afternoon from November to March, leaving workers on the mainland to stay overnight or pay for a water taxi.",
	"The board said a second crew, hired with money from the county, would let the ferry make the late crossing every weekday and on Saturday mornings.",
	"Fares will stay the same, though season tickets will rise by five percent in April, the first rise in four years, to pay for the crew's training.",
}

// ferryBody is ferryParas, each between open and close.
func ferryBody(open, close string) string {
	var b strings.Builder
	for _, p := range ferryParas {
		b.WriteString(open + p + close + "\n")
	}
	return b.String()
}

// ferryWant are phrases of each of ferryParas.
var ferryWant = []string{"twice a day through the winter", "water taxi", "late crossing every weekday", "crew's training"}

// heldoutCheck extracts page and asks that the text hold each of want
// and none of wantNot, and, where noFallback is set, that the main pass
// read it.
func heldoutCheck(t *testing.T, name, page string, want, wantNot []string, noFallback bool) {
	t.Helper()
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(a.Text, w) {
			t.Errorf("%s: text lacks %q (extraction %q):\n%s", name, w, a.Extraction, a.Text)
		}
	}
	for _, w := range wantNot {
		if strings.Contains(a.Text, w) {
			t.Errorf("%s: text has %q (extraction %q):\n%s", name, w, a.Extraction, a.Text)
		}
	}
	if noFallback && a.Extraction == newsner.ExtractionFallback {
		t.Errorf("%s: read by the fallback:\n%s", name, a.Text)
	}
}

// footLinks is a site's footer.
const footLinks = `<footer><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul><p>Copyright Island Courier 2026</p></footer>`

// sidebox is a sidebar's box of the site's own prose.
const sidebox = `<div class="sidebar"><h3>About us</h3><p>The Island Courier is the weekly paper of the islands, printed in the old chandlery on the quay since eighteen ninety-one.</p></div>`

// navLinks is a site's menu.
const navLinks = `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/letters">Letters</a></li><li><a href="/tides">Tides</a></li></ul></nav>`

// TestHeldOutShapes: the held-out kinds but the last, in shapes the
// extractor reads right (with and without this round's rules): the story
// whole, the chrome out.
func TestHeldOutShapes(t *testing.T) {
	side, foot := sidebox, footLinks
	var links strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&links, `<li><a href="/s/%d">Section number %d of the site</a></li>`, i, i)
	}
	// 1. unclosed header swallowing the page.
	heldoutCheck(t, "open header, article", `<html><head><title>Winter ferry</title></head><body><header class="site-header"><div class="brand"><a href="/">Island Courier</a></div>`+navLinks+`
<main><article><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</article></main>
<aside>`+sidebox+`</aside><footer><p>Copyright Island Courier 2026. All rights reserved.</p></footer></body></html>`, ferryWant, []string{"chandlery", "All rights reserved"}, false)
	heldoutCheck(t, "open header, divs", `<html><head><title>Winter ferry</title></head><body><header id="top"><a href="/">Island Courier</a>`+navLinks+`
<div id="content"><div class="story"><h1>Ferry to sail twice a day in winter</h1><div class="story-body">`+ferryBody("<p>", "</p>")+`</div></div>`+sidebox+`</div>
<div id="footer">Copyright Island Courier 2026</div></body></html>`, ferryWant, []string{"chandlery", "Copyright"}, false)
	heldoutCheck(t, "open header, short story", `<html><head><title>Winter ferry</title></head><body><header><h1><a href="/">Island Courier</a></h1>
<div class="story"><h2>Ferry to sail twice a day in winter</h2><p>`+ferryParas[0]+`</p></div>`+sidebox+`</body></html>`, ferryWant[:1], []string{"chandlery"}, false)

	// 2. aside wrapper around the article.
	heldoutCheck(t, "aside wrapper", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="wrap"><aside class="main-column"><article><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</article></aside>
<aside class="side">`+sidebox+`</aside></div></body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "aside wrapper, no article", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<aside id="primary"><h1>Ferry to sail twice a day in winter</h1><div class="text">`+ferryBody("<p>", "</p>")+`</div></aside>
<div class="side">`+sidebox+`</div></body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "aside wrapper, whole page", `<html><head><title>Winter ferry</title></head><body><aside class="layout">`+navLinks+`<div class="post"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</div>
`+sidebox+`</aside></body></html>`, ferryWant, []string{"chandlery"}, false)

	// 3. paragraphs inside header elements.
	heldoutCheck(t, "paragraphs in header", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<article><header><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</header><footer>Filed under: transport</footer></article>`+sidebox+`</body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "each paragraph its header", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="story"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<header><p>", "</p></header>")+`</div>`+sidebox+`</body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "section headers", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<article><h1>Ferry to sail twice a day in winter</h1><section><header><p>`+ferryParas[0]+`</p></header><p>`+ferryParas[1]+`</p></section><section><header><p>`+ferryParas[2]+`</p></header><p>`+ferryParas[3]+`</p></section></article>`+sidebox+`</body></html>`, ferryWant, []string{"chandlery"}, false)

	// 4. body only in noscript.
	heldoutCheck(t, "noscript body", `<html><head><title>Winter ferry</title></head><body><div id="app"></div><script>window.boot()</script><noscript><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</noscript></body></html>`, ferryWant, nil, false)
	heldoutCheck(t, "noscript body, nav outside", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div id="app"><div class="spinner">Loading…</div></div><noscript><div class="article"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</div></noscript><footer>Copyright Island Courier 2026</footer></body></html>`, ferryWant, nil, false)
	heldoutCheck(t, "noscript body in head", `<html><head><title>Winter ferry</title><noscript><p>`+ferryParas[0]+`</p><p>`+ferryParas[1]+`</p></noscript></head><body><div id="root"></div></body></html>`, ferryWant[:2], nil, false)
	heldoutCheck(t, "noscript br text", `<html><head><title>Winter ferry</title></head><body><div id="root"></div><noscript>`+strings.Join(ferryParas, "<br><br>")+`</noscript></body></html>`, ferryWant, nil, false)

	// 5. divs separated by br, no p.
	heldoutCheck(t, "divs and brs", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="content"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<div>", "</div><br>")+`</div>`+sidebox+`</body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "brs in one div", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="content"><h1>Ferry to sail twice a day in winter</h1><div class="text">`+strings.Join(ferryParas, "<br><br>\n")+`</div></div>`+sidebox+`</body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "brs in td", `<html><head><title>Winter ferry</title></head><body><table><tr><td>`+navLinks+`</td></tr><tr><td class="body"><b>Ferry to sail twice a day in winter</b><br><br>`+strings.Join(ferryParas, "<br><br>\n")+`</td><td>`+sidebox+`</td></tr></table></body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "span lines", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="content"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<div><span>", "</span></div><br>")+`</div>`+sidebox+`</body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "divs and brs, no nav", `<html><head><title>Winter ferry</title></head><body>`+ferryBody("<div>", "</div><br>")+`</body></html>`, ferryWant, nil, false)

	// 6. ruby annotations.
	heldoutCheck(t, "ruby in article", `<html lang="ja"><head><title>冬の船</title></head><body><article><h1>冬も一日二便</h1><p><ruby>島<rt>しま</rt></ruby>の<ruby>船<rp>(</rp><rt>ふね</rt><rp>)</rp></ruby>は、この冬から一日二便になると港の委員会が火曜日に発表しました。通勤する人たちから一年間苦情が続いていました。</p><p>これまで十一月から三月まで午後の便がなく、本土で働く人は泊まるか水上タクシーを使うしかありませんでした。</p></article></body></html>`, []string{"島の船は、この冬から", "水上タクシー"}, []string{"島しま", "船ふね", "("}, false)
	heldoutCheck(t, "ruby in fallback", `<html lang="ja"><head><title>冬の船</title></head><body><div><ruby>島<rt>しま</rt></ruby>の<ruby>船<rt>ふね</rt></ruby>は冬も二便。<br>苦情が続いていました。</div></body></html>`, []string{"島の船は冬も二便"}, []string{"しま", "ふね"}, false)
	heldoutCheck(t, "ruby in heading", `<html lang="ja"><head><title>冬の船</title></head><body><article><h1><ruby>冬<rt>ふゆ</rt></ruby>も一日二便</h1><p><ruby>島<rt>しま</rt></ruby>の船は、この冬から一日二便になると港の委員会が火曜日に発表しました。通勤する人たちから一年間苦情が続いていました。これまで十一月から三月まで午後の便がなく、本土で働く人は泊まるか水上タクシーを使うしかありませんでした。</p></article></body></html>`, []string{"島の船は"}, []string{"冬ふゆ", "島しま"}, false)
	heldoutCheck(t, "ruby in list", `<html lang="zh"><head><title>渡轮</title></head><body><article><h1>渡轮冬季每天两班</h1><p>港务局星期二宣布，岛上的渡轮今年冬天将首次每天开两班，此前通勤者抱怨了一整年。以前从十一月到三月下午没有船，在大陆工作的人只能过夜或者坐水上出租车。</p><ul><li><ruby>渡<rt>dù</rt>轮<rt>lún</rt></ruby>每天两班，早上和下午各一班，星期六上午也开。</li><li>票价不变，但季票将从四月起上涨百分之五，用于培训新船员。</li></ul></article></body></html>`, []string{"渡轮每天两班"}, []string{"dù", "lún"}, false)

	heldoutCheck(t, "open header, paragraphs straight in it", `<html><head><title>Winter ferry</title></head><body><header><a href="/">Island Courier</a>`+navLinks+`<h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+side+foot+`</body></html>`, ferryWant, []string{"chandlery", "Copyright"}, false)
	heldoutCheck(t, "open header, sidebar first", `<html><head><title>Winter ferry</title></head><body><header class="masthead"><a href="/">Island Courier</a>`+navLinks+side+`<div class="article-body"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</div>`+foot+`</body></html>`, ferryWant, []string{"chandlery", "Copyright"}, false)
	heldoutCheck(t, "open header in article", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<article><header><h1>Ferry to sail twice a day in winter</h1><p class="byline">By Ann Example</p>`+ferryBody("<p>", "</p>")+`</article>`+side+foot+`</body></html>`, ferryWant, []string{"chandlery", "Copyright"}, false)
	heldoutCheck(t, "open header, short post", `<html><head><title>Winter ferry</title></head><body><header><a href="/">Island Courier</a>`+navLinks+`<div class="post"><h1>Ferry to sail twice a day in winter</h1><div class="entry">`+ferryParas[0]+`</div></div>`+side+foot+`</body></html>`, ferryWant[:1], []string{"chandlery"}, false)
	heldoutCheck(t, "aside wrapper, paragraphs straight", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<aside class="article-body"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</aside>`+side+foot+`</body></html>`, ferryWant, []string{"chandlery", "Copyright"}, false)
	heldoutCheck(t, "aside wrapper, short", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<aside><h1>Ferry to sail twice a day in winter</h1><p>`+ferryParas[0]+`</p></aside><aside class="widget">`+side+`</aside>`+foot+`</body></html>`, ferryWant[:1], []string{"chandlery"}, false)
	heldoutCheck(t, "aside wrapper, brs", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<aside><h1>Ferry to sail twice a day in winter</h1>`+strings.Join(ferryParas, "<br><br>")+`</aside>`+side+foot+`</body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "header holds body, site header too", `<html><head><title>Winter ferry</title></head><body><header class="site">`+navLinks+`</header><main><header class="entry-header"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</header></main>`+side+foot+`</body></html>`, ferryWant, []string{"chandlery", "Copyright"}, false)
	heldoutCheck(t, "header paragraph lead and body", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<article><header><h1>Ferry to sail twice a day in winter</h1><p>`+ferryParas[0]+`</p><p>`+ferryParas[1]+`</p></header><div class="body"><p>`+ferryParas[2]+`</p><p>`+ferryParas[3]+`</p></div></article>`+side+foot+`</body></html>`, ferryWant[2:], []string{"chandlery", "Copyright"}, false)
	heldoutCheck(t, "noscript in app div, one para", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div id="app"><noscript><p>`+ferryParas[0]+`</p></noscript></div>`+foot+`</body></html>`, ferryWant[:1], nil, false)
	heldoutCheck(t, "noscript divs", `<html><head><title>Winter ferry</title></head><body><div id="root"></div><noscript>`+ferryBody("<div>", "</div>")+`</noscript></body></html>`, ferryWant, nil, false)
	heldoutCheck(t, "div lines with br inside", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="content"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<div>", "<br></div>")+`</div>`+side+foot+`</body></html>`, ferryWant, []string{"chandlery", "Copyright"}, false)
	heldoutCheck(t, "font lines", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="content"><h1>Ferry to sail twice a day in winter</h1><font face="Arial">`+strings.Join(ferryParas, "<br><br>")+`</font></div>`+side+foot+`</body></html>`, ferryWant, []string{"chandlery"}, false)
	heldoutCheck(t, "divs brs, two only", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="content"><div>`+ferryParas[0]+`</div><br><div>`+ferryParas[1]+`</div></div>`+side+foot+`</body></html>`, ferryWant[:2], []string{"chandlery"}, false)
	heldoutCheck(t, "ruby open rt", `<html lang="ja"><head><title>冬の船</title></head><body><div class="post"><p><ruby>島<rt>しま<rt>x</ruby>の<ruby>船<rp>(<rt>ふね<rp>)</ruby>は、この冬から一日二便になると港の委員会が火曜日に発表しました。</p><p>これまで十一月から三月まで午後の便がなく、本土で働く人は泊まるか水上タクシーを使うしかありませんでした。</p></div></body></html>`, []string{"島の船は、この冬から"}, []string{"島しま", "船ふね", "(", "x"}, false)
	heldoutCheck(t, "ruby brs", `<html lang="ja"><head><title>冬の船</title></head><body><div class="post"><ruby>島<rt>しま</rt></ruby>の<ruby>船<rt>ふね</rt></ruby>は、この冬から一日二便になると港の委員会が火曜日に発表しました。<br><br>これまで十一月から三月まで午後の便がなく、本土で働く人は泊まるか水上タクシーを使うしかありませんでした。<br><br>運賃は変わりません。</div></body></html>`, []string{"島の船は、この冬から"}, []string{"島しま", "船ふね"}, false)
	heldoutCheck(t, "ruby in title", `<html lang="ja"><head><title>冬の船</title></head><body><h1><ruby>冬<rt>ふゆ</rt></ruby>の<ruby>船<rt>ふね</rt></ruby></h1><p>島の船は、この冬から一日二便になると港の委員会が火曜日に発表しました。これまで十一月から三月まで午後の便がなく、本土で働く人は泊まるか水上タクシーを使うしかありませんでした。</p></body></html>`, []string{"島の船は"}, []string{"冬ふゆ", "船ふね"}, false)
	heldoutCheck(t, "open header, one para, big footer", `<html><head><title>Winter ferry</title></head><body><header><a href="/">Island Courier</a>`+navLinks+`<div class="post"><h1>Ferry to sail twice a day in winter</h1><p>`+ferryParas[0]+`</p></div><div class="footer-links"><ul>`+links.String()+`</ul></div>`+foot+`</body></html>`, ferryWant[:1], []string{"Section number"}, false)
	heldoutCheck(t, "aside wrapper with related inside", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<aside><article><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</article><div class="related"><h3>Related</h3><ul>`+links.String()+`</ul></div></aside>`+side+foot+`</body></html>`, ferryWant, []string{"Section number", "chandlery"}, false)
	heldoutCheck(t, "noscript in head, chrome in body", `<html><head><title>Winter ferry</title><noscript><article><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</article></noscript></head><body>`+navLinks+side+foot+`</body></html>`, ferryWant, nil, false)
	heldoutCheck(t, "layout table, br lines", `<html><head><title>Winter ferry</title></head><body><table><tr><td class="nav"><ul>`+links.String()+`</ul></td><td class="main"><font size="2"><b>Ferry to sail twice a day in winter</b><br><br>`+strings.Join(ferryParas, "<br><br>")+`</font></td></tr></table></body></html>`, ferryWant, []string{"Section number"}, false)
	heldoutCheck(t, "ruby in link", `<html lang="ja"><head><title>冬の船</title></head><body><article><p><a href="/x"><ruby>島<rt>しま</rt></ruby></a>の<ruby>船<rt>ふね</rt></ruby>は、この冬から一日二便になると港の委員会が火曜日に発表しました。これまで十一月から三月まで午後の便がなく、本土で働く人は泊まるか水上タクシーを使うしかありませんでした。</p></article></body></html>`, []string{"島の船は"}, []string{"島しま", "船ふね"}, false)
}

// TestReferencesAndRollsBesideArticle: a reference list set as
// paragraphs (citationParagraph, citationList) and a roll of names set
// with their roles, commas and all, as a table, a list, lines or
// paragraphs, linked names too (nameRoll, rollRow), beside a short
// article: the article is the text, the list is not. Without the rules
// the list was read with the article (its rows scored as prose).
func TestReferencesAndRollsBesideArticle(t *testing.T) {
	foot := footLinks
	{
		var refs, signers, signList strings.Builder
		for i := 0; i < 40; i++ {
			fmt.Fprintf(&refs, "<p>[%d] Halvorsen, B., Okafor, N., Lindqvist, M. (%d). Winter ferry demand on small islands, report %d. Journal of Maritime Transport %d(3), pp. %d-%d. doi:10.1000/jmt.%d</p>\n", i+1, 1985+i, i, 10+i, 200+i*9, 208+i*9, 4000+i)
			fmt.Fprintf(&signers, "<tr><td>Dr. Person%c Surname%c</td><td>Professor of Marine Engineering, University of Placeford</td><td>Placeford, United Kingdom</td></tr>\n", 'A'+i%26, 'a'+i/26)
			fmt.Fprintf(&signList, "<li>Person%c Surname%c, Harbour Master, Port of Placeford, Norway</li>\n", 'A'+i%26, 'a'+i/26)
		}
		heldoutCheck(t, "reference paragraphs", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="page"><div class="story"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</div><div class="refs"><h2>References</h2>`+refs.String()+`</div></div></body></html>`, ferryWant, []string{"Winter ferry demand on small"}, false)
		heldoutCheck(t, "reference list, one div", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="page"><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`<h2>References</h2><ol>`+strings.ReplaceAll(strings.ReplaceAll(refs.String(), "<p>", "<li>"), "</p>", "</li>")+`</ol></div></body></html>`, ferryWant, []string{"Winter ferry demand on small"}, false)
		heldoutCheck(t, "signatories table", `<html><head><title>Open letter</title></head><body>`+navLinks+`<div class="page"><div class="story"><h1>Scientists call for winter ferries</h1>`+ferryBody("<p>", "</p>")+`</div><div class="signatories"><h2>Signatories</h2><table>`+signers.String()+`</table></div></div></body></html>`, ferryWant, []string{"Marine Engineering"}, false)
		heldoutCheck(t, "signatories list", `<html><head><title>Open letter</title></head><body>`+navLinks+`<div class="page"><div class="story"><h1>Harbour masters call for winter ferries</h1>`+ferryBody("<p>", "</p>")+`</div><div class="signed"><h2>Signed</h2><ul>`+signList.String()+`</ul></div></div></body></html>`, ferryWant, []string{"Harbour Master, Port"}, false)
		heldoutCheck(t, "signatories table, same block", `<html><head><title>Open letter</title></head><body>`+navLinks+`<article><h1>Scientists call for winter ferries</h1>`+ferryBody("<p>", "</p>")+`<p>Signed by:</p><table>`+signers.String()+`</table></article></body></html>`, ferryWant, nil, false)
	}
	{
		var refs, signers, signList, signDivs strings.Builder
		for i := 0; i < 60; i++ {
			fmt.Fprintf(&refs, "<p>[%d] Halvorsen, B., Okafor, N., Lindqvist, M. (%d). Winter ferry demand on small islands, a review. Journal of Maritime Transport, pp. %d-%d. doi:10.1000/jmt.%d</p>\n", i+1, 1985+i%30, 200+i*9, 208+i*9, 4000+i)
			fmt.Fprintf(&signers, "<tr><td>Dr. Person%c Surname%c</td><td>Professor of Marine Engineering, University of Placeford</td><td>Placeford, United Kingdom</td></tr>\n", 'A'+i%26, 'a'+i/26)
			fmt.Fprintf(&signList, "<li>Person%c Surname%c, Harbour Master, Port of Placeford, Norway</li>\n", 'A'+i%26, 'a'+i/26)
			fmt.Fprintf(&signDivs, "<div class=\"signer\"><span class=\"name\">Person%c Surname%c</span>, <span>Harbour Master, Port of Placeford</span></div>\n", 'A'+i%26, 'a'+i/26)
		}
		short := `<h1>Ferry to sail twice a day in winter</h1><p>` + ferryParas[0] + `</p><p>` + ferryParas[1] + `</p>`
		heldoutCheck(t, "short, reference paragraphs", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="page"><div class="story">`+short+`</div><div class="refs"><h2>References</h2>`+refs.String()+`</div></div></body></html>`, ferryWant[:2], []string{"Winter ferry demand on small"}, false)
		heldoutCheck(t, "short, signatories table", `<html><head><title>Open letter</title></head><body>`+navLinks+`<div class="page"><div class="story">`+short+`</div><div class="signatories"><h2>Signatories</h2><table>`+signers.String()+`</table></div></div></body></html>`, ferryWant[:2], []string{"Marine Engineering"}, false)
		heldoutCheck(t, "short, signatories list", `<html><head><title>Open letter</title></head><body>`+navLinks+`<div class="page"><div class="story">`+short+`</div><div class="signed"><h2>Signed</h2><ul>`+signList.String()+`</ul></div></div></body></html>`, ferryWant[:2], []string{"Harbour Master, Port"}, false)
		heldoutCheck(t, "short, signatories divs", `<html><head><title>Open letter</title></head><body>`+navLinks+`<div class="page"><div class="story">`+short+`</div><div class="signed"><h2>Signed</h2>`+signDivs.String()+`</div></div></body></html>`, ferryWant[:2], []string{"Harbour Master, Port"}, false)
		heldoutCheck(t, "short, signatories table no commas", `<html><head><title>Open letter</title></head><body>`+navLinks+`<div class="page"><div class="story">`+short+`</div><div class="signatories"><h2>Signatories</h2><table>`+strings.ReplaceAll(signers.String(), ",", "")+`</table></div></div></body></html>`, ferryWant[:2], []string{"Marine Engineering"}, false)
	}
	{
		var refs, names strings.Builder
		for i := 0; i < 80; i++ {
			fmt.Fprintf(&refs, "<li>Halvorsen B, Okafor N, Lindqvist M, et al. Winter ferry demand on small islands. J Marit Transp. %d;%d(3):%d-%d.</li>\n", 1985+i%30, 10+i, 200+i*9, 208+i*9)
			fmt.Fprintf(&names, "<tr><td>Person%c Surname%c</td><td>Harbour Master</td><td>Norway</td></tr>", 'A'+i%26, 'a'+i/26)
		}
		heldoutCheck(t, "one paragraph, references", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="page"><div class="story"><h1>Ferry to sail twice a day in winter</h1><p>`+ferryParas[0]+`</p></div><div class="refs"><h2>References</h2><ol>`+refs.String()+`</ol></div></div>`+foot+`</body></html>`, ferryWant[:1], []string{"Winter ferry demand"}, false)
		heldoutCheck(t, "one paragraph, names", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="page"><div class="story"><h1>Ferry to sail twice a day in winter</h1><p>`+ferryParas[0]+`</p></div><div class="refs"><h2>Signed</h2><table>`+names.String()+`</table></div></div>`+foot+`</body></html>`, ferryWant[:1], []string{"Harbour Master"}, false)
		heldoutCheck(t, "one paragraph, same div references", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="story"><h1>Ferry to sail twice a day in winter</h1><p>`+ferryParas[0]+`</p><p>`+ferryParas[1]+`</p><h2>References</h2><ol>`+refs.String()+`</ol></div>`+foot+`</body></html>`, ferryWant[:2], []string{"Winter ferry demand"}, false)
	}
	{
		var signP, signLinked, refsLinked strings.Builder
		for i := 0; i < 60; i++ {
			fmt.Fprintf(&signP, "<p>Person%c Surname%c, Harbour Master, Port of Placeford</p>\n", 'A'+i%26, 'a'+i/26)
			fmt.Fprintf(&signLinked, "<li><a href=\"/p/%c%c\">Person%c Surname%c</a>, Harbour Master, Port of Placeford</li>\n", 'A'+i%26, 'a'+i/26, 'A'+i%26, 'a'+i/26)
			fmt.Fprintf(&refsLinked, "<li>Halvorsen, B., Okafor, N. (%d). Winter ferry demand on small islands. Journal of Maritime Transport %d(3): %d-%d. <a href=\"https://doi.org/10.1000/jmt.%d\">doi:10.1000/jmt.%d</a></li>\n", 1985+i%30, 10+i, 200+i*9, 208+i*9, 4000+i, 4000+i)
		}
		short := `<h1>Ferry to sail twice a day in winter</h1><p>` + ferryParas[0] + `</p><p>` + ferryParas[1] + `</p>`
		heldoutCheck(t, "signatories paragraphs", `<html><head><title>Open letter</title></head><body>`+navLinks+`<div class="page"><div class="story">`+short+`</div><div class="signed"><h2>Signed</h2>`+signP.String()+`</div></div>`+foot+`</body></html>`, ferryWant[:2], []string{"Harbour Master, Port"}, false)
		heldoutCheck(t, "signatories linked", `<html><head><title>Open letter</title></head><body>`+navLinks+`<div class="page"><div class="story">`+short+`</div><div class="signed"><h2>Signed</h2><ul>`+signLinked.String()+`</ul></div></div>`+foot+`</body></html>`, ferryWant[:2], []string{"Harbour Master, Port"}, false)
		heldoutCheck(t, "references linked", `<html><head><title>Winter ferry</title></head><body>`+navLinks+`<div class="page"><div class="story">`+short+`</div><div class="refs"><h2>References</h2><ol>`+refsLinked.String()+`</ol></div></div>`+foot+`</body></html>`, ferryWant[:2], []string{"Winter ferry demand"}, false)
	}
}

// TestNoscriptCopyBesideShortText: a short story served only in a
// <noscript> (its markup under minNoscriptCopyMarkup) with the menus, a
// sidebar's box and the footer shown outside it (more than
// noscriptPage's empty shell): the copy is read in place, not the box.
func TestNoscriptCopyBesideShortText(t *testing.T) {
	side, foot := sidebox, footLinks
	heldoutCheck(t, "noscript, long chrome", `<html><head><title>Winter ferry</title></head><body>`+strings.Repeat(navLinks, 6)+`<div id="app"></div><noscript><article><h1>Ferry to sail twice a day in winter</h1>`+ferryBody("<p>", "</p>")+`</article></noscript>`+side+foot+`</body></html>`, ferryWant, nil, false)
}

// TestRollLineShapes: what reads as a row of a roll of names (rollLine,
// personName) and what does not: a byline's date, a labelled line, a
// sentence, one word.
func TestRollLineShapes(t *testing.T) {
	for _, c := range []struct {
		line  string
		whole bool
		want  bool
	}{
		{"Amara Lindqvist, Professor of Hydrology, University of Carrowmore", false, true},
		{"Dr. Anne-Marie O'Brien, Harbour Master", false, true},
		{"Ursula von der Leyen, President", false, true},
		{"Dr. Amara Lindqvist", true, true},
		{"Amara Lindqvist, Professor", true, false},
		{"Specialty: Espresso, Macchiato, Piccolo", false, false},
		{"Amara Lindqvist, Professor of Hydrology.", false, false},
		{"Lindqvist, Professor of Hydrology", false, false},
		{"the harbour board, the county", false, false},
		{"Amara Lindqvist von", false, false},
	} {
		if got := rollLine(c.line, c.whole); got != c.want {
			t.Errorf("rollLine(%q, %v) = %v, want %v", c.line, c.whole, got, c.want)
		}
	}
}

// TestNotRolls: lines that open with capitalized words, but are the
// article's: five ranked lines, each a citation's shape ("(2003)", two
// commas) and followed by its prose, keep scoring (citationParagraph), and
// a product's five features ("Nose Dome, room for the nose") are no roll
// (inLongRun); neither costs the article its text.
func TestNotRolls(t *testing.T) {
	var ranked, page strings.Builder
	for i, name := range []string{"Clara Voss", "Piet Andersen", "Maria Oduya", "Tom Fairlie", "Ines Barros"} {
		fmt.Fprintf(&ranked, "<p><strong>%d. %s, skipper, Harbour Belle — %d crossings (%d)</strong></p>\n<p>%s</p>\n", i+1, name, 900-i*40, 2003+i, ferryParas[i%4])
	}
	heldoutCheck(t, "ranked lines", `<html><head><title>Top skippers</title></head><body>`+navLinks+`<div class="wrap"><div class="entry"><h1>The busiest skippers</h1>`+ranked.String()+`</div>`+sidebox+`</div>`+footLinks+`</body></html>`,
		[]string{"1. Clara Voss, skipper", "5. Ines Barros", "water taxi"}, []string{"chandlery", "Copyright"}, true)
	page.WriteString(`<html><head><title>Travel mug</title></head><body>` + navLinks + `<div class="product"><h1>Travel mug</h1><p>` + ferryParas[0] + `</p><ul>`)
	for _, f := range []string{"Nose Dome, room for the nose", "Steel Body, double walled", "Lid Lock, no spills", "Soft Grip, warm to hold", "Wide Base, steady on deck"} {
		page.WriteString("<li>" + f + "</li>")
	}
	page.WriteString(`</ul><p>` + ferryParas[1] + `</p></div>` + sidebox + footLinks + `</body></html>`)
	heldoutCheck(t, "product features", page.String(), []string{"Nose Dome, room for the nose", "Wide Base", "water taxi"}, []string{"chandlery"}, true)
}

// TestNoscriptCopiesNested: copies nested in copies, each holding a line,
// beside a short text: read again while a copy is left unparsed, and no
// longer (the page is read, and at once).
func TestNoscriptCopiesNested(t *testing.T) {
	var open, close strings.Builder
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&open, "<noscript><p>%s (%d)</p>", ferryParas[i%4], i)
		close.WriteString("</noscript>")
	}
	page := `<html><head><title>Winter ferry</title></head><body>` + strings.Repeat(navLinks, 6) + open.String() + close.String() + sidebox + footLinks + `</body></html>`
	heldoutCheck(t, "nested copies", page, []string{"twice a day through the winter"}, nil, false)
}
