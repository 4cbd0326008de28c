package extract

import (
	"fmt"
	"strings"
	"testing"
)

// The news audit: made-up pages in the templates major news sites used
// around 2019 (the held-out news benchmark's year), each with the text
// that must and must not come out. The truth keeps the article's own
// text: the body without its headline, bylines, captions, related links,
// newsletter boxes, embedded posts, pull quotes or lists of other stories.

// newsSentences are the templates of the made-up articles' paragraphs, so
// that a page's paragraphs are not one sentence repeated.
var newsSentences = []string{
	"%s told reporters on Wednesday that the agency would review the contracts awarded last year, a process expected to take several months and involve outside auditors.",
	"%s said the decision had been made after weeks of negotiations with state officials, who had warned that further delays would push the cost of the project beyond its budget.",
	"According to %s, the number of people affected has risen sharply since the spring, and the figures released on Monday suggest the trend is likely to continue into next year.",
	"%s, who has followed the case since it began, noted that the court had rejected similar arguments twice before and that an appeal would probably fail as well.",
	"In a statement, %s described the vote as a turning point for the region and urged lawmakers from both parties to approve the funding before the end of the session.",
	"%s added that residents living near the river had been told to prepare for evacuation, although forecasters expected the water to peak below the levels seen in 2011.",
}

// newsPara is the n-th made-up paragraph of an article, told apart by its
// label.
func newsPara(label string, n int) string {
	return fmt.Sprintf(newsSentences[n%len(newsSentences)], label)
}

// newsBody is n paragraphs in <p> elements with the given attributes,
// labelled "<label> 1" and so on.
func newsBody(label, pAttr string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<p%s>%s</p>\n", pAttr, newsPara(fmt.Sprintf("%s %d", label, i+1), i))
	}
	return b.String()
}

// newsWant is the start of each of the n paragraphs of newsBody.
func newsWant(label string, n int) []string {
	var w []string
	for i := range n {
		s := newsPara(fmt.Sprintf("%s %d", label, i+1), i)
		w = append(w, s[:60])
	}
	return w
}

// mostRead is a "most read" list of n made-up headlines.
func mostRead(class string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="%s"><h2>Most Read</h2><ol>`, class)
	for i := range n {
		fmt.Fprintf(&b, `<li><a href="/news/story-%d"><span class="rank">%d</span>Trending story number %d about something else entirely</a></li>`, i, i+1, i)
	}
	b.WriteString(`</ol></div>`)
	return b.String()
}

func withStrings(a []string, b ...string) []string {
	return append(append([]string{}, a...), b...)
}

// TestNewsAuditNationals: the templates of national news sites.
func TestNewsAuditNationals(t *testing.T) {
	nyt := newsBody("The mayor", ` class="css-exrw3m evys1bk0"`, 6)
	nytParts := strings.SplitAfter(nyt, "</p>\n")
	wapo := newsBody("The senator", ` class="font--body font-copy gray-darkest ma-0 pb-md "`, 6)
	wapoParts := strings.SplitAfter(wapo, "</p>\n")
	guardian := newsBody("The minister", "", 6)
	gParts := strings.SplitAfter(guardian, "</p>\n")
	runAudit(t, []auditPage{
		{
			name: "New York Times 2019: StoryBodyCompanionColumn sections, ad slots, bio line",
			doc: `<html lang="en"><head><title>City Council Approves Budget After Long Fight - The New York Times</title></head><body><div id="app"><div class="css-1fanzo5">
<header class="css-1bymuyk e1suatyy0"><div class="css-1r9g7q3"><a href="/section/todayspaper">Today's Paper</a><a href="/">The New York Times</a><button>Subscribe</button><button>Log In</button></div><nav><ul><li><a href="/section/world">World</a></li><li><a href="/section/us">U.S.</a></li><li><a href="/section/politics">Politics</a></li><li><a href="/section/nyregion">N.Y.</a></li><li><a href="/section/business">Business</a></li><li><a href="/section/opinion">Opinion</a></li></ul></nav></header>
<main id="site-content"><article id="story" class="css-1vxca1d"><header class="css-d92nk3"><p class="css-1sb3hn0"><a href="/section/nyregion">New York</a></p><h1 itemprop="headline" class="css-1j5ig2m e1h9rw200">City Council Approves Budget After Long Fight</h1><p id="article-summary" class="css-1smgwul">A last-minute deal on the police budget ended weeks of argument.</p>
<figure class="css-1fsbm4p"><div><img src="/images/2019/06/30/council.jpg" alt=""></div><figcaption class="css-1l44abu"><span class="css-8i08h2">Council members at City Hall on Sunday night.</span><span class="css-cnj6d5"><span class="css-1u46b97">Credit</span><span>Jane Doe for The New York Times</span></span></figcaption></figure>
<div class="css-xt80pu"><p class="css-1yp9abs"><span class="byline-prefix">By</span> <span class="css-1baulvz">Joe Reporter</span></p><time datetime="2019-06-30">June 30, 2019</time></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e"><div class="css-1fanzo5 StoryBodyCompanionColumn"><div class="css-53u6y8">` + nytParts[0] + nytParts[1] + `</div><aside class="css-o6xoe7"></aside></div>
<div id="story-ad-1-wrapper" class="css-1wgdwsf"><div class="ad-label">Advertisement</div><div id="story-ad-1"></div></div>
<div class="css-1fanzo5 StoryBodyCompanionColumn"><div class="css-53u6y8">` + nytParts[2] + nytParts[3] + `</div></div>
<div class="css-1fanzo5 StoryBodyCompanionColumn"><div class="css-53u6y8">` + nytParts[4] + nytParts[5] + `</div></div></section>
<div class="bottom-of-article"><div class="css-1jp38cr"><p class="css-1baulvz">Joe Reporter is a metro reporter covering City Hall. <a href="https://twitter.com/jreporter">@jreporter</a></p><p class="css-18ui1h9">A version of this article appears in print on July 1, 2019, Section A, Page 18 of the New York edition with the headline: Council Approves Budget. <a href="/reprints">Order Reprints</a> | <a href="/todayspaper">Today’s Paper</a> | <a href="/subscriptions">Subscribe</a></p></div></div></article>
<div class="css-1m7twp5"><h2>Related Coverage</h2><ul><li><a href="/2019/06/01/nyregion/budget.html">Mayor Proposes Record Budget as Tax Revenue Rises</a></li><li><a href="/2019/05/01/nyregion/police.html">Police Department Faces Scrutiny Over Overtime Costs</a></li></ul></div>
</main><footer class="css-1e1s8k7"><nav><a href="/">© 2019 The New York Times Company</a><a href="/contact">Contact Us</a><a href="/work">Work With Us</a><a href="/privacy">Privacy</a></nav></footer></div></div></body></html>`,
			// The writer's bio line under the body stays: the dev
			// truths of readability-pages and dragnet keep such lines
			// (a rule dropping it lost readability-pages 0.0005).
			want:    newsWant("The mayor", 6),
			wantNot: []string{"Advertisement", "A version of this article appears in print", "Related Coverage", "Mayor Proposes Record Budget", "Council members at City Hall", "Credit", "Today's Paper"},
		},
		{
			name: "Washington Post Arc 2019: teaser-content, interstitial links, newsletter, comments",
			doc: `<html lang="en"><head><title>Senate passes spending bill - The Washington Post</title></head><body><div id="pb-root">
<header class="site-header"><nav id="main-nav"><a href="/">The Washington Post</a> <span class="tagline">Democracy Dies in Darkness</span><a href="/politics">Politics</a> <a href="/opinions">Opinions</a> <a href="/sports">Sports</a> <a href="/local">Local</a><a href="/subscribe" class="subscribe">Try 1 month for $1</a> <a href="/signin">Sign In</a></nav></header>
<div class="breaking-news-bar"><span>Breaking News</span> <a href="/live">House vote on impeachment rules expected Thursday</a></div>
<main><div class="article-layout"><div class="headline-kicker">Politics</div><h1 data-qa="headline" class="font--headline">Senate passes spending bill</h1>
<div class="author-names"><span class="author-name">By <a href="/people/x">Sam Writer</a></span></div><div class="display-date">Nov. 21, 2019 at 5:30 p.m. EST</div>
<div class="social-tools"><a class="share-facebook" href="#">Share on Facebook</a><a class="share-twitter" href="#">Share on Twitter</a><a href="#comments" class="comments">Comment <span>1,204</span></a><a href="#" class="gift">Gift Article</a></div>
<div class="article-body"><div class="teaser-content grid-center">
<div class="inline-photo"><figure><img src="/p.jpg"><figcaption>Senate Majority Leader speaks to reporters on Capitol Hill. (Jim Photo/The Washington Post)</figcaption></figure></div>
` + wapoParts[0] + wapoParts[1] + `<div class="interstitial-link"><p class="font--body"><i><a href="/politics/2019/11/20/shutdown/">Government shutdown averted as lawmakers reach deal</a></i></p></div>
` + wapoParts[2] + `<div class="newsletter-inline-unit"><p class="nl-title">The Daily 202</p><p>Your guide to the most important news of the day in politics.</p><form><input type="email" placeholder="E-mail address"><button>Sign up</button></form></div>
` + wapoParts[3] + wapoParts[4] + wapoParts[5] + `</div></div>
<div class="paywall-overlay"><p>Already a subscriber? Sign in</p><p>Get unlimited access to The Post for $1 for four weeks.</p></div>
<div id="comments-wrapper"><h3>Comments</h3><a href="#">Share your opinion</a><p>Comments are not available on this story.</p></div>
<div class="right-rail">` + mostRead("most-read-list", 5) + `</div></div></main>
<footer><p>© 1996-2019 The Washington Post</p><a href="/terms">Terms of Service</a> <a href="/privacy">Privacy Policy</a></footer></div></body></html>`,
			want:    newsWant("The senator", 6),
			wantNot: []string{"Government shutdown averted", "The Daily 202", "Your guide to the most important", "Senate Majority Leader speaks", "Trending story number", "Get unlimited access", "Democracy Dies", "Gift Article"},
		},
		{
			name: "Guardian 2019: content__article-body with rich-link asides, pullquote, submeta",
			doc: `<html lang="en"><head><title>Minister faces pressure over rail strike | UK news | The Guardian</title></head><body>
<header class="new-header"><a class="new-header__logo" href="/"><span class="u-h">The Guardian - Back to home</span></a><div class="new-header__cta-bar"><a href="/support">Support The Guardian</a> <span>Available for everyone, funded by readers</span></div><nav class="pillars"><ul><li><a href="/uk">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/uk/sport">Sport</a></li><li><a href="/uk/culture">Culture</a></li><li><a href="/uk/lifeandstyle">Lifestyle</a></li></ul></nav></header>
<main id="maincontent"><article id="article" class="content content--article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="content__head"><div class="content__labels"><a class="content__label__link" href="/uk/rail">Rail transport</a></div><h1 class="content__headline" itemprop="headline">Minister faces pressure over rail strike</h1><div class="content__standfirst"><p>Unions say talks broke down after the company refused to guarantee jobs</p></div></div>
<div class="content__meta-container"><p class="byline"><span itemprop="author"><a rel="author" href="/profile/ann">Ann Correspondent</a></span> Transport correspondent</p><p class="content__dateline"><time>Tue 3 Dec 2019 12.01 GMT</time></p><div class="meta__social"><ul><li><a class="social-icon--facebook" href="#">Share on Facebook</a></li><li><a href="#">Share on Twitter</a></li></ul></div><div class="meta__extras"><div class="meta__numbers"><div class="sharecount"><span>Shares</span> 312</div><div class="commentcount">Comments 158</div></div></div></div>
<div class="content__main-column content__main-column--article"><figure class="element element-image"><img src="/i.jpg"><figcaption class="caption caption--img"><span class="inline-triangle"></span>Passengers at Waterloo station on Monday. Photograph: Someone/PA</figcaption></figure>
<div class="content__article-body from-content-api js-article__body" itemprop="articleBody">` + gParts[0] + gParts[1] + `<aside class="element element-rich-link element--thumbnail"><p><span>Related: </span><a href="/uk-news/2019/nov/30/rail-fares">Rail fares to rise by 2.7% in January</a></p></aside>
` + gParts[2] + `<aside class="element element-pullquote element--supporting"><blockquote><p>We will not accept a railway run for profit at the expense of safety</p><footer><cite>Union leader</cite></footer></blockquote></aside>
` + gParts[3] + gParts[4] + gParts[5] + `</div>
<div class="submeta"><div class="submeta__section-labels"><a href="/uk/rail">Rail transport</a><a href="/politics/trade-unions">Trade unions</a></div><div class="submeta__share"><a href="#">Share on Facebook</a><a href="#">Reuse this content</a></div></div></div></article>
<div class="contributions__epic"><h2>... we have a small favour to ask.</h2><p>More people are reading and supporting The Guardian’s independent, investigative journalism than ever before. And unlike many news organisations, we have chosen an approach that allows us to keep our journalism accessible to all.</p><p>Support The Guardian from as little as £1 – it only takes a minute. Thank you.</p><div class="contributions__amount-field"><a class="component-button component-button--hasicon-right contributions__contribute--epic" href="https://support.theguardian.com/contribute">Support The Guardian<svg class="svg-arrow-right-straight"></svg></a><img src="/payment-methods.png" alt="Accepted payment methods: Visa, Mastercard, American Express and PayPal"></div></div>
<section class="fc-container"><h2>Most popular</h2>` + mostRead("most-popular", 8) + `</section></main>
<footer class="l-footer"><ul><li><a href="/info">About us</a></li><li><a href="/help/contact-us">Contact us</a></li></ul><div class="copyright">© 2019 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</div></footer></body></html>`,
			want:    newsWant("The minister", 6),
			wantNot: []string{"Rail fares to rise", "a small favour to ask", "Passengers at Waterloo", "Trending story number", "Reuse this content", "Guardian News &"},
		},
	})
}

// TestNewsAuditWires: broadcasters and wire services.
func TestNewsAuditWires(t *testing.T) {
	bbc := strings.SplitAfter(newsBody("The coroner", "", 6), "</p>\n")
	cnn := newsBody("The governor", ` class="zn-body__paragraph"`, 6)
	cnnParts := strings.SplitAfter(cnn, "</p>\n")
	for i, p := range cnnParts {
		cnnParts[i] = strings.Replace(strings.Replace(p, "<p ", "<div ", 1), "</p>", "</div>", 1)
	}
	fox := strings.SplitAfter(newsBody("The sheriff", ` class="speakable"`, 6), "</p>\n")
	reuters := strings.SplitAfter(newsBody("The central bank", ` class="Paragraph-paragraph-2Bgue ArticleBody-para-TD_9x"`, 6), "</p>\n")
	ap := strings.SplitAfter(newsBody("The prosecutor", "", 6), "</p>\n")
	runAudit(t, []auditPage{
		{
			name: "BBC News 2019: story-body__inner with media, related links and share tools",
			doc: `<html lang="en-GB"><head><title>Inquest hears of flood warnings - BBC News</title></head><body>
<div id="orb-banner"><a href="/">BBC</a><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/iplayer">iPlayer</a></li></ul><a href="/account">Sign in</a></div>
<div id="site-container"><div class="navigation navigation--wide"><ul><li><a href="/news">Home</a></li><li><a href="/news/uk">UK</a></li><li><a href="/news/world">World</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/politics">Politics</a></li><li><a href="/news/technology">Tech</a></li></ul></div>
<div class="container"><div class="container--primary-and-secondary-columns"><div class="column--primary"><div class="story-body"><h1 class="story-body__h1">Inquest hears of flood warnings</h1>
<div class="byline"><span class="byline__name">By Tom Someone</span><span class="byline__title">BBC News, Cumbria</span></div><div class="date date--v2">4 December 2019</div>
<div class="share-tools-header"><ul class="share__tools"><li><a href="#">Share this with Facebook</a></li><li><a href="#">Share this with Messenger</a></li><li><a href="#">Share this with Twitter</a></li><li><a href="#">Share this with Email</a></li></ul></div>
<div class="story-body__inner" property="articleBody"><figure class="media-landscape full-width"><span class="image-and-copyright-container"><img src="/x.jpg"><span class="off-screen">Image copyright</span><span class="story-image-copyright">PA Media</span></span><figcaption class="media-caption"><span class="off-screen">Image caption</span><span class="media-caption__text">The river burst its banks in the early hours</span></figcaption></figure>
<p class="story-body__introduction">` + strings.TrimPrefix(strings.TrimSuffix(bbc[0], "</p>\n"), "<p>") + `</p>` + bbc[1] + bbc[2] + `<div class="media-player-wrapper"><figure class="media-player"><div class="media-placeholder">Media playback is unsupported on your device</div><figcaption><span class="media-caption__text">Residents described the water rising within minutes</span></figcaption></figure></div>
` + bbc[3] + `<hr class="story-body__line"><p><a href="/news/uk-england-cumbria-1">Find BBC News: East Cumbria on Facebook, Instagram and Twitter.</a></p>` + bbc[4] + bbc[5] + `</div>
<div class="share-tools-footer"><ul class="share__tools"><li><a href="#">Share this with Facebook</a></li><li><a href="#">Share this with Twitter</a></li></ul></div>
<div class="story-more"><div class="group story-alsos more-on-this-story"><h2 class="group__title">More on this story</h2><ul><li><a href="/news/1"><span class="title">Storm brings flooding to northern England</span><span class="date">2 December 2019</span></a></li><li><a href="/news/2"><span class="title">Villages cut off as rivers rise</span><span class="date">1 December 2019</span></a></li></ul></div></div></div></div>
<div class="column--secondary">` + mostRead("most-popular", 10) + `</div></div></div></div>
<div id="orb-footer"><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/aboutthebbc">About the BBC</a></li></ul><p>Copyright © 2019 BBC. The BBC is not responsible for the content of external sites.</p></div></body></html>`,
			want:    newsWant("The coroner", 6),
			wantNot: []string{"Image copyright", "Image caption", "The river burst its banks", "Media playback is unsupported", "Residents described the water", "More on this story", "Storm brings flooding", "Trending story number", "Share this with"},
		},
		{
			name: "CNN 2019: zn-body__paragraph divs, read-more paragraph, el__embedded",
			doc: `<html lang="en"><head><title>Governor signs emergency order - CNNPolitics</title></head><body>
<div class="nav"><a href="/">CNN</a><a href="/us">US</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/opinions">Opinion</a><a href="/health">Health</a><a href="/videos">Videos</a></div>
<div class="pg-right-rail-tall pg-wrapper"><article class="pg-rail-tall pg-rail--align-right"><div class="l-container"><h1 class="pg-headline">Governor signs emergency order</h1><div class="metadata"><p class="metadata__byline"><span class="metadata__byline__author">By <a href="/profiles/x">Pat Person</a>, CNN</span></p><p class="update-time">Updated 2:14 PM ET, Tue October 1, 2019</p></div>
<div class="js-gigya-sharebar"><a href="#">Share on Facebook</a><a href="#">Share on Twitter</a><a href="#">Email</a></div></div>
<section id="body-text" class="zn zn-body-text zn-body zn--idx-0 zn--ordinary zn-has-multiple-containers"><div class="l-container"><div class="el__leafmedia el__leafmedia--sourced-paragraph"><p class="zn-body__paragraph speakable"><cite class="el-editorial-source"> (CNN)</cite>` + strings.TrimPrefix(strings.TrimSuffix(cnnParts[0], "</div>\n"), `<div class="zn-body__paragraph">`) + `</p></div>
<div class="zn-body__read-all">` + cnnParts[1] + `<div class="el__embedded el__embedded--standard"><div class="el__video--standard"><div class="media__video-headline">Video: Governor explains the order</div><div class="media__video-duration">01:32 - Source: CNN</div></div></div>
` + cnnParts[2] + `<div class="zn-body__paragraph"><h3>Read More</h3></div><div class="zn-body__paragraph"><a href="/2019/09/30/politics/1">Lawmakers react to the governor's order</a></div>
` + cnnParts[3] + cnnParts[4] + cnnParts[5] + `<div class="zn-body__footer"><p>CNN's Rita Reporter contributed to this report.</p></div></div></div></section>
<section class="zn zn-body-text zn-has-one-container"><div class="zn-header"><h2 class="zn-header__text">Paid Content</h2></div><ul><li><a href="https://ads.example/1">You won't believe what this 1990s star looks like now</a></li><li><a href="https://ads.example/2">Doctors stunned by this simple trick</a></li></ul></section></article></div>
<footer class="l-footer"><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <p>© 2019 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.</p></footer></body></html>`,
			want:    newsWant("The governor", 6),
			wantNot: []string{"Video: Governor explains", "Lawmakers react to the governor", "Paid Content", "You won't believe", "Cable News Network"},
		},
		{
			name: "Fox News 2019: article-body with strong uppercase link lines and newsletter",
			doc: `<html lang="en"><head><title>Sheriff's deputies rescue hikers | Fox News</title></head><body>
<header class="site-header"><a class="logo" href="/">Fox News</a><nav><a href="/us">U.S.</a><a href="/politics">Politics</a><a href="/opinion">Opinion</a><a href="/entertainment">Entertainment</a><a href="/lifestyle">Lifestyle</a><a href="/video">Video</a></nav><div class="alert-banner"><a href="/live">FOX NEWS ALERT: Watch live coverage</a></div></header>
<main class="main-content"><article class="article-wrap"><header class="article-header"><div class="eyebrow"><a href="/us">U.S.</a></div><h1 class="headline">Sheriff's deputies rescue hikers</h1><div class="author-byline"><span>By <a href="/person/x">Lee Writer</a> | Fox News</span></div><div class="article-date"><time>Published October 14, 2019</time></div></header>
<div class="article-content"><div class="article-body">` + fox[0] + fox[1] + `<p><strong><a href="/us/hiker-missing">HIKER MISSING FOR DAYS FOUND ALIVE IN NATIONAL PARK</a></strong></p>
` + fox[2] + fox[3] + `<div class="featured featured-video video-ct"><div class="caption"><p>Video</p></div></div>
` + fox[4] + `<p><a href="https://www.foxnews.com/apps-products"><strong>CLICK HERE TO GET THE FOX NEWS APP</strong></a></p>` + fox[5] + `
<div class="author-bio"><p><em>Lee Writer is a reporter for FoxNews.com. Follow him on Twitter <a href="#">@leewriter</a>.</em></p></div></div>
<div class="article-footer"><div class="newsletter-signup"><h3>Get all the stories you need-to-know from the most powerful name in news delivered first thing every morning to your inbox</h3><form><input type="email"><button>Subscribe</button></form><p>You've successfully subscribed to this newsletter!</p></div></div></div></article>
<aside class="sidebar">` + mostRead("trending", 5) + `</aside></main>
<footer class="site-footer"><p>This material may not be published, broadcast, rewritten, or redistributed. ©2019 FOX News Network, LLC. All rights reserved.</p></footer></body></html>`,
			want:    newsWant("The sheriff", 6),
			wantNot: []string{"HIKER MISSING FOR DAYS", "Get all the stories", "successfully subscribed", "Trending story number", "FOX News Network"},
		},
		{
			name: "Reuters 2019: StandardArticleBody with ad slots, trust principles",
			doc: `<html lang="en"><head><title>Central bank holds rates steady - Reuters</title></head><body><div id="content">
<header class="site-header"><a href="/">Reuters</a><nav><a href="/finance">Business</a><a href="/finance/markets">Markets</a><a href="/news/world">World</a><a href="/politics">Politics</a><a href="/news/technology">Tech</a></nav></header>
<div class="StandardArticle_inner-container"><div class="ArticleHeader_container"><div class="ArticleHeader_channel"><a href="/news/markets">Business News</a></div><div class="ArticleHeader_date">November 5, 2019 / 4:12 AM / Updated 2 hours ago</div><h1 class="ArticleHeader_headline">Central bank holds rates steady</h1><div class="ArticleHeader_content-container"><div class="ArticleHeader_byline-bar"><p class="BylineBar_byline">Jack Wire, Jill Wire</p><span class="BylineBar_reading-time">3 Min Read</span></div></div></div>
<div class="StandardArticleBody_container"><div class="StandardArticleBody_body"><div class="PrimaryAsset_container"><figure><img src="/r.jpg"><figcaption><div class="Image_caption"><span>FILE PHOTO: The central bank's headquarters is seen in the capital, July 2, 2019. REUTERS/Some Photographer/File Photo</span></div></figcaption></figure></div>
` + strings.Replace(reuters[0], "The central bank 1", "LONDON (Reuters) - The central bank 1", 1) + reuters[1] + `<div class="Slideshow_container"><div class="Slideshow_caption">2 Min Read</div></div><div class="Ad_container" id="dfp-ad-mid"><span>Advertisement</span></div>
` + reuters[2] + reuters[3] + reuters[4] + reuters[5] + `<p class="Attribution_content">Reporting by Jack Wire; Editing by Ed Itor</p><div class="Attribution_container"><div class="StandardArticleBody_trustBadgeContainer"><span class="trustBadgeTitle">Our Standards:</span><span class="trustBadgeLink"><a href="/trust">The Thomson Reuters Trust Principles.</a></span></div></div></div></div></div>
<div class="RelatedCoverage_container"><h3>Related Coverage</h3><ul><li><a href="/article/1">Pound edges up before rate decision</a></li><li><a href="/article/2">Factbox: How the bank sets rates</a></li></ul></div>
<footer><p>All quotes delayed a minimum of 15 minutes.</p><p>© 2019 Reuters. All Rights Reserved.</p></footer></div></body></html>`,
			want:    withStrings(newsWant("The central bank", 6)[1:], "LONDON (Reuters) - The central bank 1"),
			wantNot: []string{"FILE PHOTO", "Our Standards", "Trust Principles", "Pound edges up", "All quotes delayed", "3 Min Read"},
		},
		{
			name: "AP News 2019: Article div of p, embedded AP video and related cards",
			doc: `<html lang="en"><head><title>Prosecutor drops charges in case | AP News</title></head><body><div id="root">
<div class="header"><a href="/">AP</a><div class="navigation"><a href="/apf-topnews">Top News</a><a href="/apf-politics">Politics</a><a href="/apf-sports">Sports</a><a href="/apf-entertainment">Entertainment</a><a href="/apf-business">Business</a><a href="/apf-technology">Technology</a></div></div>
<div class="Content"><div class="CardHeadline"><h1>Prosecutor drops charges in case</h1><div class="Component-signature"><span class="Component-bylines">By AMY WRITER</span><span class="Timestamp">October 10, 2019</span></div></div>
<div class="socialShare"><a href="#">Share</a><a href="#">Tweet</a></div>
<div class="LeadFeature"><div class="imageCaption">Prosecutor speaks during a news conference in Springfield, Ill., on Oct. 9, 2019. (AP Photo/Someone Else)</div></div>
<div class="Article" data-key="article">` + strings.Replace(ap[0], "The prosecutor 1", "SPRINGFIELD, Ill. (AP) — The prosecutor 1", 1) + ap[1] + ap[2] + `<div class="hubPeekEmbed"><a href="/hub/courts"><span class="title">Courts</span><span class="summary">Read more of AP's coverage of court cases across the country.</span></a></div>
` + ap[3] + ap[4] + ap[5] + `<p>___</p><p>Associated Press writer Ben Helper contributed to this report.</p></div>
<div class="RelatedStories"><div class="RelatedStoryCard"><a href="/a1"><h3>Judge sets trial date for former official</h3><p>The trial is expected to last two weeks.</p></a></div><div class="RelatedStoryCard"><a href="/a2"><h3>City settles lawsuit over police shooting</h3><p>The settlement was approved unanimously.</p></a></div></div></div>
<div class="footer"><p>Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p><a href="/about">About</a></div></div></body></html>`,
			// The hub card set between paragraphs as an "embed" stays:
			// a dev news page's truth keeps the titles of such a box.
			want:    withStrings(newsWant("The prosecutor", 6)[1:], "SPRINGFIELD, Ill. (AP) — The prosecutor 1"),
			wantNot: []string{"Judge sets trial date", "City settles lawsuit", "AP Photo", "Copyright 2019 The Associated Press"},
		},
	})
}

// TestNewsAuditBusinessAndPolitics: business and political news sites.
func TestNewsAuditBusinessAndPolitics(t *testing.T) {
	bb := strings.SplitAfter(newsBody("The trader", ` class="body-paragraph"`, 6), "</p>\n")
	cnbc := strings.SplitAfter(newsBody("The analyst", "", 6), "</p>\n")
	pol := strings.SplitAfter(newsBody("The aide", ` class="story-text__paragraph"`, 6), "</p>\n")
	hill := strings.SplitAfter(newsBody("The lawmaker", "", 6), "</p>\n")
	ax := strings.SplitAfter(newsBody("The company", "", 4), "</p>\n")
	bi := strings.SplitAfter(newsBody("The founder", "", 6), "</p>\n")
	runAudit(t, []auditPage{
		{
			name: "Bloomberg 2019: body-copy-v2 with inline newsletter and terminal footnote",
			doc: `<html lang="en"><head><title>Oil Slides as Traders Weigh Supply Glut - Bloomberg</title></head><body>
<nav class="navi"><a href="/">Bloomberg</a><a href="/markets">Markets</a><a href="/technology">Technology</a><a href="/politics">Politics</a><a href="/opinion">Opinion</a><a href="/businessweek">Businessweek</a><a href="/subscriptions">Subscribe</a></nav>
<main><article class="article-story"><div class="lede-text-v2"><div class="lede-text-v2__hed">Oil Slides as Traders Weigh Supply Glut</div><div class="abstract-v2"><ul><li class="abstract-item">Crude has fallen 5% this week amid rising stockpiles</li><li class="abstract-item">OPEC+ meets next month to discuss output cuts</li></ul></div></div>
<div class="lede-text-v2__byline"><div class="author-v2"><a href="/authors/x">Ann Trader</a></div><time>October 3, 2019, 4:41 AM EDT</time></div>
<div class="body-copy-v2 fence-body">` + bb[0] + bb[1] + `<div class="newsletter-tout"><p class="newsletter-tout__title">Sign up for Five Things You Need to Know to Start Your Day</p><form><input type="email" placeholder="Enter your email"><button>Sign Up</button></form><p class="newsletter-tout__legal">By submitting my information, I agree to the Privacy Policy.</p></div>
` + bb[2] + bb[3] + `<div class="inline-newsletter"><p>Read more: <a href="/news/articles/2019-10-02/opec">OPEC Output Slumps Most Since 2002 After Saudi Attacks</a></p></div>
` + bb[4] + bb[5] + `<div class="footnotes"><p>— <em>With assistance by Ben Helper</em></p></div></div>
<div class="paywall-inline-tout"><p>You've reached your free article limit this month. Subscribe now for unlimited access.</p></div>
<div class="terms-of-service"><p>Terms of Service Trademarks Privacy Policy ©2019 Bloomberg L.P. All Rights Reserved</p></div></article></main></body></html>`,
			want:    newsWant("The trader", 6),
			wantNot: []string{"Five Things You Need to Know", "By submitting my information", "OPEC Output Slumps", "free article limit", "Bloomberg L.P."},
		},
		{
			name: "CNBC 2019: ArticleBody-articleBody groups, key points, watch link, video embed",
			doc: `<html lang="en"><head><title>Stocks rise on trade hopes</title></head><body><div id="root">
<header class="GlobalNavigation"><a href="/">CNBC</a><a href="/markets/">Markets</a><a href="/business/">Business</a><a href="/investing/">Investing</a><a href="/technology/">Tech</a><a href="/politics/">Politics</a><a href="/video/">CNBC TV</a><a href="/watchlist">Watchlist</a><a href="/pro">PRO</a></header>
<div class="MarketsBanner"><span>DOW</span> <span>27,094.79</span> <span>+0.44%</span> <span>S&amp;P 500</span> <span>3,006.73</span></div>
<div class="ArticleHeader-wrapper"><a class="ArticleHeader-eyebrow" href="/markets/">Markets</a><h1 class="ArticleHeader-headline">Stocks rise on trade hopes</h1><div class="ArticleHeader-time"><time>Published Thu, Oct 10 2019 9:31 AM EDT</time></div><div class="Author-authorNameAndSocial"><a class="Author-authorName" href="/fred-imbert/">Fred Writer</a><a href="https://twitter.com/x">@FredWriter</a></div></div>
<div class="PageBuilder-article"><div class="RenderKeyPoints-keyPoints"><h2 class="RenderKeyPoints-title">Key Points</h2><div class="RenderKeyPoints-list"><ul><li>Stocks rose on hopes of a partial trade deal.</li><li>Bank shares led the gains.</li></ul></div></div>
<div class="ArticleBody-articleBody" id="RegularArticle-ArticleBody-5" data-module="ArticleBody"><div class="group">` + cnbc[0] + cnbc[1] + `</div><div class="InlineVideo-container"><div class="InlineVideo-videoFooter"><span class="InlineVideo-title">Trade talks are the key, says strategist</span><span>03:12</span></div></div>
<div class="group">` + cnbc[2] + `<p><strong>Read more:</strong> <a href="/2019/10/09/trade.html">China is open to a partial deal</a></p>` + cnbc[3] + `</div><div class="group"><p><em>Watch: </em><a href="/video/x">How the market reacted</a></p>` + cnbc[4] + cnbc[5] + `</div>
<div class="group"><p><em>— CNBC's Jane Helper contributed to this report.</em></p></div></div>
<div class="ArticleBody-subtitle"><div class="RelatedContent-relatedContent"><h3>Related Tags</h3><a href="/stocks/">Stock markets</a><a href="/dow-jones/">Dow Jones Industrial Average</a></div></div>
<div class="TrendingNow"><h2>TRENDING NOW</h2>` + mostRead("TrendingNow-storyList", 5) + `</div></div>
<footer class="Footer"><p>Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and Analysis.</p><p>© 2019 CNBC LLC. All Rights Reserved. A Division of NBCUniversal</p></footer></div></body></html>`,
			want:    newsWant("The analyst", 6),
			wantNot: []string{"Trade talks are the key", "China is open to a partial", "How the market reacted", "Related Tags", "Trending story number", "Data is delayed", "27,094.79"},
		},
		{
			name: "Politico 2019: story-text with story-related, ad slots, about-author",
			doc: `<html lang="en"><head><title>White House aide to testify - POLITICO</title></head><body>
<header class="global-header"><a href="/">POLITICO</a><nav><a href="/congress">Congress</a><a href="/white-house">White House</a><a href="/magazine">Magazine</a><a href="/newsletters">Newsletters</a><a href="/pro">Pro</a></nav></header>
<main><div class="container"><section class="content-groupset"><div class="summary"><header><p class="category">White House</p><h1>White House aide to testify</h1><p class="dek">The move sets up a clash with the administration.</p></header><footer class="meta"><p class="byline">By <a href="/staff/x">Pat Politico</a></p><p class="timestamp"><time>10/22/2019 06:12 PM EDT</time></p></footer></div>
<figure class="art"><img src="/a.jpg"><figcaption><p class="credits">Pat Photo/Getty Images</p><p class="caption">The aide arrives on Capitol Hill on Tuesday.</p></figcaption></figure>
<div class="story-text">` + pol[0] + pol[1] + `<aside class="story-related"><h3>Related</h3><ul><li><a href="/story/1">Impeachment inquiry widens to budget office</a></li></ul></aside>
<div class="story-interrupt ad"><div class="ad-label">Advertisement</div></div>` + pol[2] + pol[3] + `<aside class="story-supplement"><div class="newsletter-signup"><h4>Playbook</h4><p>The unofficial guide to official Washington, every morning and weekday afternoons.</p><input type="email"><button>Sign Up</button></div></aside>
` + pol[4] + pol[5] + `</div>
<div class="story-meta"><p class="about-author">Pat Politico is a White House reporter for POLITICO.</p><p class="missing-correction"><a href="/corrections">Missing out on the latest scoops? Sign up for POLITICO Playbook and get the latest news, every morning — in your inbox.</a></p></div></section></div></main>
<footer class="global-footer"><p>© 2019 POLITICO LLC</p></footer></body></html>`,
			want:    newsWant("The aide", 6),
			wantNot: []string{"Impeachment inquiry widens", "Advertisement", "The unofficial guide to official Washington", "is a White House reporter", "Missing out on the latest", "The aide arrives on Capitol Hill"},
		},
		{
			name: "The Hill 2019: field-items with rollover ad and TAGS",
			doc: `<html lang="en"><head><title>Lawmakers clash over bill | TheHill</title></head><body><div id="page">
<div id="header"><a href="/">The Hill</a><ul class="menu"><li><a href="/homenews">News</a></li><li><a href="/policy">Policy</a></li><li><a href="/business-a-lobbying">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li></ul></div>
<div id="content"><div class="content-wrp"><h1 id="page-title" class="title">Lawmakers clash over bill</h1><div class="submitted-by">By Sam Hill - 10/08/19 02:15 PM EDT</div><div class="social-share-count"><span>1,029</span> <a href="#">shares</a></div>
<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">` + hill[0] + hill[1] + `<div class="dfp-tag-wrapper"><div class="ad-label">ADVERTISEMENT</div></div>
` + hill[2] + hill[3] + `<p><strong>Related</strong>: <a href="/homenews/house/1">House panel subpoenas records</a></p>` + hill[4] + hill[5] + `</div></div></div>
<div class="field-name-field-tags"><span>TAGS</span> <a href="/people/x">John Doe</a> <a href="/people/y">Jane Roe</a></div>
<div class="node-disclaimer"><p>The Hill 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax</p><p>The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.</p></div></div></div>
<div id="sidebar">` + mostRead("most-popular", 5) + `</div></div></body></html>`,
			// The disclaimer's address line ("The Hill 1625 K Street,
			// NW ... | 202-628-8500 tel") goes (officeAddressLine).
			want:    newsWant("The lawmaker", 6),
			wantNot: []string{"ADVERTISEMENT", "House panel subpoenas", "TAGS", "Capitol Hill Publishing", "Trending story number", "1625 K Street"},
		},
		{
			name: "Axios 2019: gtm-story-text with the big picture and bold labels, Go deeper",
			doc: `<html lang="en"><head><title>Company posts record profit - Axios</title></head><body><div id="__next">
<header><a href="/">Axios</a><nav><a href="/politics-policy">Politics &amp; Policy</a><a href="/technology">Technology</a><a href="/health">Health</a><a href="/newsletters">Newsletters</a></nav></header>
<main><article><div class="StoryHeader"><h1>Company posts record profit</h1><div class="byline"><a href="/authors/x">Dan Axios</a></div><div class="timestamp">Oct 24, 2019</div></div>
<figure><img src="/x.jpg"><figcaption>Photo: Someone/Getty Images</figcaption></figure>
<div class="gtm-story-text"><p><strong>The big picture:</strong> ` + strings.TrimSuffix(strings.TrimPrefix(ax[0], "<p>"), "</p>\n") + `</p>` + ax[1] + `<p><strong>By the numbers:</strong></p><ul><li>Revenue rose 12% to $4.1 billion in the quarter.</li><li>Net income doubled to $900 million.</li></ul>
<p><strong>What they're saying:</strong> ` + strings.TrimSuffix(strings.TrimPrefix(ax[2], "<p>"), "</p>\n") + `</p>` + ax[3] + `<p><strong>Go deeper:</strong> <a href="/rivals.html">Rivals struggle to keep up</a></p></div>
<div class="newsletter-signup"><h3>Get smarter, faster with the news CEOs, entrepreneurs and top politicians read.</h3><form><input type="email"><button>Subscribe</button></form></div></article></main>
<footer><p>© 2019 Axios Media</p><a href="/about">About</a></footer></div></body></html>`,
			want:    withStrings(newsWant("The company", 4)[1:], "The big picture:", "Revenue rose 12% to $4.1 billion", "Net income doubled"),
			wantNot: []string{"Rivals struggle to keep up", "Get smarter, faster", "Photo: Someone", "Axios Media"},
		},
		{
			name: "Business Insider 2019: slide-layout content with see-also and sign-up links",
			doc: `<html lang="en"><head><title>Startup founder raises $50 million - Business Insider</title></head><body>
<div id="l-header"><a href="/">Business Insider</a><nav><a href="/tech">Tech</a><a href="/finance">Finance</a><a href="/politics">Politics</a><a href="/strategy">Strategy</a><a href="/life">Life</a><a href="/all">All</a></nav><a class="subscribe" href="/subscription">Subscribe</a></div>
<section id="l-content"><div class="post-headline"><h1>Startup founder raises $50 million</h1></div><div class="byline-wrapper"><div class="byline-author"><a href="/author/x">Alex Insider</a></div><div class="byline-timestamp">Nov. 12, 2019, 10:30 AM</div></div>
<div class="share-wrapper"><a class="share-facebook" href="#">facebook</a><a class="share-twitter" href="#">twitter</a><a class="share-email" href="#">email</a></div>
<div id="piano-inline-content-wrapper" class="content-lock-content"><div class="summary-list"><ul><li>The startup raised $50 million in a round led by a big fund.</li><li>It plans to hire 200 people next year.</li></ul></div>
<figure class="figure"><img src="/i.jpg"><figcaption class="figure-caption">The founder at a conference in 2018.</figcaption><span class="image-source-caption">Someone/Getty Images</span></figure>
` + bi[0] + bi[1] + `<p><strong>Read more: </strong><a href="/x">The 50 hottest startups of 2019</a></p>` + bi[2] + bi[3] + `<p><a href="/newsletter"><em>Sign up here to get the Business Insider newsletter sent straight to your inbox.</em></a></p>` + bi[4] + bi[5] + `
<div class="see-also"><p>SEE ALSO: <a href="/y">Investors are pouring money into climate startups</a></p></div><div class="post-content-category"><p>NOW WATCH: <a href="/video">Why planes don't fly faster</a></p></div></div></section>
<div class="popular-video"><h3>Popular Videos</h3><ul><li><a href="/v1">Inside the factory</a></li><li><a href="/v2">How it's made</a></li></ul></div>
<footer><p>* Copyright © 2019 Insider Inc. All rights reserved.</p></footer></body></html>`,
			want:    newsWant("The founder", 6),
			wantNot: []string{"The 50 hottest startups", "Sign up here to get", "SEE ALSO", "NOW WATCH", "Popular Videos", "Insider Inc", "The founder at a conference"},
		},
	})
}

// TestNewsAuditPublishers: newspaper groups and digital publishers.
func TestNewsAuditPublishers(t *testing.T) {
	usat := strings.SplitAfter(newsBody("The firefighter", ` class="p-text"`, 6), "</p>\n")
	lat := strings.SplitAfter(newsBody("The councilwoman", "", 6), "</p>\n")
	vox := strings.SplitAfter(newsBody("The researcher", ` id="x"`, 6), "</p>\n")
	hp := newsPara
	var bf strings.Builder
	for i := range 6 {
		fmt.Fprintf(&bf, `<div class="subbuzz subbuzz-text xs-mb4 xs-relative" data-module="subbuzz-text"><div class="js-subbuzz__title"><p>%s</p></div></div>`+"\n", newsPara(fmt.Sprintf("The student %d", i+1), i))
	}
	var hpBody strings.Builder
	for i := range 6 {
		fmt.Fprintf(&hpBody, `<div class="content-list-component yr-content-list-text text"><p>%s</p></div>`+"\n", hp(fmt.Sprintf("The nurse %d", i+1), i))
		if i == 2 {
			hpBody.WriteString(`<div class="content-list-component yr-content-list-related-articles"><div class="related-entries"><h4>RELATED...</h4><a class="related-entry" href="/entry/1">Hospitals brace for staff shortages</a><a class="related-entry" href="/entry/2">Union calls for more funding</a></div></div>` + "\n")
		}
	}
	runAudit(t, []auditPage{
		{
			name: "USA Today 2019: asset-double-wide p-text with inline share tools and exclusive ad",
			doc: `<html lang="en"><head><title>Firefighters contain blaze near homes</title></head><body>
<header class="site-nav-module"><a class="site-nav-logo" href="/">USA TODAY</a><ul class="site-nav-list"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/life/">Life</a></li><li><a href="/money/">Money</a></li><li><a href="/tech/">Tech</a></li><li><a href="/travel/">Travel</a></li><li><a href="/opinion/">Opinion</a></li></ul></header>
<article class="story primary-content text-only"><div class="title-wrap"><h1 class="asset-headline speakable-headline">Firefighters contain blaze near homes</h1></div>
<div class="byline-wrap"><span class="asset-metabar-author"><a href="/staff/x">Kim Gannett</a>, USA TODAY</span><span class="asset-metabar-time">Published 6:02 p.m. ET Oct. 28, 2019 | Updated 8:14 p.m. ET Oct. 28, 2019</span></div>
<div class="util-bar-flyout"><a href="#">CONNECT</a><a href="#">TWEET</a><a href="#">LINKEDIN</a><a href="#">COMMENT</a><a href="#">EMAIL</a><a href="#">MORE</a></div>
<div class="asset-double-wide double-wide p402_premium" role="main"><div class="story-asset image-asset"><div class="image-credit-wrap"><span class="image-credit">(Photo: Someone, AP)</span></div></div>
` + usat[0] + usat[1] + `<aside class="inline-share-tools inline-share-tools-asset"><h3 class="inline-share-tools-title">Share This Story!</h3><p class="inline-share-tools-title-text">Let friends in your social network know what you are reading about</p></aside>
` + usat[2] + `<p class="p-text"><strong>More: </strong><a href="/story/news/1">Evacuations ordered as wind picks up</a></p>` + usat[3] + `<div class="exclude-from-newsgate"><div class="ad-slot"><p>Story continues below gallery</p></div><div class="gallery-wrapper"><h4>Wildfires in photos</h4><div class="gallery-caption">A fire crew works a line in the hills.</div></div></div>
` + usat[4] + usat[5] + `<p class="p-text"><em>Contributing: The Associated Press</em></p><p class="p-text">Read or Share this story: https://www.usatoday.com/story/news/nation/2019/10/28/fire/123/</p></div></article>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/newsletters">Newsletters</a></li></ul><p>© 2019 USA TODAY, a division of Gannett Satellite Information Network, LLC.</p></footer></body></html>`,
			// The gallery's title ("Wildfires in photos") goes with its
			// captions (galleryBox).
			want:    newsWant("The firefighter", 6),
			wantNot: []string{"Share This Story!", "Let friends in your social network", "Evacuations ordered", "Story continues below", "Read or Share this story", "Photo: Someone", "Wildfires in photos"},
		},
		{
			name: "Los Angeles Times 2019: rich-text-article-body with enhancement boxes",
			doc: `<html lang="en"><head><title>Councilwoman proposes rent freeze - Los Angeles Times</title></head><body>
<ps-header class="page-header"><a href="/">Los Angeles Times</a><nav><a href="/california">California</a><a href="/politics">Politics</a><a href="/entertainment-arts">Entertainment</a><a href="/sports">Sports</a><a href="/opinion">Opinion</a></nav><a class="subscribe" href="/subscriptions">Subscribe</a></ps-header>
<main class="page-main"><div class="page-article-container"><h1 class="headline">Councilwoman proposes rent freeze</h1><div class="byline"><div class="author-name">By <a href="/people/x">Lena Times</a></div><div class="author-title">Staff Writer</div></div><div class="published-date"><time>Nov. 4, 2019 5 AM</time></div>
<div class="page-article-body"><div class="rich-text-article-body"><div class="rich-text-article-body-content rich-text-body">` + lat[0] + lat[1] + `<div class="enhancement"><ps-promo class="promo promo-position-large"><div class="promo-wrapper"><div class="promo-content"><p class="promo-category">California</p><p class="promo-title"><a href="/california/story/1">Tenants rally at City Hall over evictions</a></p><p class="promo-timestamp">Oct. 30, 2019</p></div></div></ps-promo></div>
` + lat[2] + lat[3] + `<div class="enhancement"><div class="newsletter-signup"><p class="title">Essential California</p><p class="description">The most important California stories and recommendations in your inbox every morning.</p><p>You may occasionally receive promotional content from the Los Angeles Times.</p></div></div>
` + lat[4] + lat[5] + `</div></div></div>
<div class="page-article-tags"><a href="/topic/housing">Housing &amp; Homelessness</a><a href="/topic/la-politics">L.A. Politics</a></div>
<div class="author-bio"><p>Lena Times covers Los Angeles City Hall for the Los Angeles Times. Before joining The Times in 2017, she covered local government in the Bay Area.</p></div></div>
<section class="most-read">` + mostRead("list", 5) + `</section></main>
<footer><p>Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy</p></footer></body></html>`,
			want:    newsWant("The councilwoman", 6),
			wantNot: []string{"Tenants rally at City Hall", "Essential California", "promotional content", "covers Los Angeles City Hall", "Trending story number", "Housing &"},
		},
		{
			name: "Vox Chorus 2019: c-entry-content with c-float aside, related list and Vox contribution ask",
			doc: `<html lang="en"><head><title>What the new study says about sleep - Vox</title></head><body class="entry-template">
<header class="c-global-header"><a class="c-global-header__logo" href="/">Vox</a><nav class="c-global-header__links"><a href="/explainers">Explainers</a><a href="/policy-and-politics">Politics &amp; Policy</a><a href="/culture">Culture</a><a href="/science-and-health">Science &amp; Health</a><a href="/world">World</a></nav></header>
<main id="content"><article class="l-main-content"><div class="c-entry-hero"><h1 class="c-page-title">What the new study says about sleep</h1><p class="c-entry-summary p-dek">The results surprised even the researchers.</p><div class="c-byline"><span class="c-byline__item"><a href="/authors/x">By Jo Vox</a></span><span class="c-byline__item"><time>Nov 6, 2019, 8:00am EST</time></span></div>
<div class="c-social-buttons"><a href="#">Share this story</a><a href="#">Share this on Facebook</a><a href="#">Share this on Twitter</a><a href="#">Share All sharing options</a></div></div>
<div class="c-entry-content">` + strings.ReplaceAll(vox[0]+vox[1], ` id="x"`, "") + `<aside id="ddmzyj" class="c-float-right"><div class="c-related-list"><h3 class="c-related-list__head">Related</h3><ul><li><a href="/2019/1/1/sleep">Why we sleep less than our grandparents</a></li></ul></div></aside>
` + strings.ReplaceAll(vox[2]+vox[3], ` id="x"`, "") + `<figure class="e-image"><span class="e-image__inner"><img src="/s.jpg"></span><cite class="e-image__meta">Getty Images</cite><figcaption>A sleep lab in Boston.</figcaption></figure>
` + strings.ReplaceAll(vox[4]+vox[5], ` id="x"`, "") + `<div class="c-article-footer"><div class="contributions-ask"><p><strong>Millions turn to Vox to understand what’s happening in the news.</strong> Our mission has never been more vital than it is in this moment: to empower through understanding. Financial contributions from our readers are a critical part of supporting our resource-intensive work and help us keep our journalism free for all.</p><a class="contributions-button" href="/contribute">Give today</a></div></div></div>
<div class="c-nextclick"><h2>Next Up In Science &amp; Health</h2><ul><li><a href="/a">The flu season is off to an early start</a></li><li><a href="/b">Why drug prices keep rising</a></li></ul></div></article></main>
<footer class="c-footer"><p>© 2019 Vox Media, Inc. All Rights Reserved</p></footer></body></html>`,
			want:    newsWant("The researcher", 6),
			wantNot: []string{"Why we sleep less", "Millions turn to Vox", "Give today", "Next Up In Science", "The flu season is off", "Share this story", "A sleep lab in Boston"},
		},
		{
			name: "BuzzFeed News 2019: each paragraph its own subbuzz, embedded tweet, related links",
			doc: `<html lang="en"><head><title>Students protest tuition hike</title></head><body>
<header class="news-header"><a href="/news">BuzzFeed News</a><nav><a href="/news/section/politics">Politics</a><a href="/news/section/world">World</a><a href="/news/section/tech">Tech</a><a href="/news/section/investigations">Investigations</a></nav><a href="/support">Support Us</a></header>
<main><article class="news-article"><header class="news-article-header"><h1 class="news-article-header__title">Students protest tuition hike</h1><p class="news-article-header__dek">Hundreds marched to the administration building.</p><div class="news-byline"><a href="/author/x">Riley Buzz</a><span>BuzzFeed News Reporter</span></div><p class="news-article-header__timestamps-posted">Posted on October 15, 2019, at 3:12 p.m. ET</p></header>
<div class="js-subbuzz-wrapper subbuzz-wrapper">` + bf.String() + `<div class="subbuzz subbuzz-tweet" data-module="subbuzz-tweet"><blockquote class="twitter-tweet"><p>We are not going anywhere until they listen. #NoHike</p>— Student Union (@studentunion) <a href="https://twitter.com/x/status/1">October 15, 2019</a></blockquote></div>
<div class="subbuzz subbuzz-text"><div class="js-subbuzz__title"><p><b>Read more:</b></p><ul><li><a href="/article/1">Colleges are raising fees across the country</a></li><li><a href="/article/2">Here's where student debt is highest</a></li></ul></div></div></div>
<div class="newsletter-signup"><h2>Get our BuzzFeed News Today newsletter</h2><p>The news you need to know, delivered to your inbox.</p><form><input type="email"><button>Sign up</button></form></div>
<div class="news-article-contact"><p>Contact Riley Buzz at riley.buzz@buzzfeed.com.</p><p>Got a confidential tip? Submit it here.</p></div></article></main>
<footer><p>BuzzFeed, Inc. All rights reserved. © 2019</p></footer></body></html>`,
			want:    newsWant("The student", 6),
			wantNot: []string{"Colleges are raising fees", "Get our BuzzFeed News Today", "Contact Riley Buzz at", "Got a confidential tip", "BuzzFeed, Inc."},
		},
		{
			name: "HuffPost 2019: content-list-component text blocks with a RELATED box",
			doc: `<html lang="en"><head><title>Nurses strike over staffing | HuffPost</title></head><body>
<header class="masthead"><a href="/">HuffPost</a><nav><a href="/news">News</a><a href="/news/politics">Politics</a><a href="/entertainment">Entertainment</a><a href="/life">Life</a><a href="/voices">Voices</a></nav></header>
<main><div class="entry"><div class="headline"><h1 class="headline__title">Nurses strike over staffing</h1><h2 class="headline__subtitle">The walkout is the largest in the state's history.</h2></div>
<div class="author-card"><div class="author-card__name"><a href="/author/x">Terry Huff</a></div><div class="author-card__title">Reporter, HuffPost</div></div><div class="timestamp"><span>09/20/2019 03:45 pm ET</span></div>
<div class="entry__content-list-container"><div class="entry__content-list js-entry-content">` + hpBody.String() + `</div></div>
<div class="support-huffpost"><div class="support-huffpost__heading">HuffPost is part of Verizon Media.</div><p>At HuffPost, we believe that everyone needs high-quality journalism, but we understand that not everyone can afford to pay for expensive news subscriptions. That is why we are committed to providing deeply reported, carefully fact-checked news that is freely accessible to everyone.</p><a class="support-huffpost__cta" href="/support">Support HuffPost</a></div>
<div class="entry__footer"><div class="tag-cloud"><a href="/topic/nurses">Nurses</a><a href="/topic/labor">Labor</a></div></div></div>
<div class="zone zone--sidebar">` + mostRead("trending", 6) + `</div></main>
<footer><p>©2019 Verizon Media. All rights reserved.</p></footer></body></html>`,
			want:    newsWant("The nurse", 6),
			wantNot: []string{"Hospitals brace for staff", "RELATED...", "we believe that everyone needs high-quality journalism", "Support HuffPost", "Trending story number"},
		},
	})
}

// TestNewsAuditInternational: British, international and local sites.
func TestNewsAuditInternational(t *testing.T) {
	dm := strings.SplitAfter(newsBody("The pensioner", ` class="mol-para-with-font"`, 6), "</p>\n")
	ind := strings.SplitAfter(newsBody("The chancellor", "", 6), "</p>\n")
	var tel strings.Builder
	for i := range 6 {
		fmt.Fprintf(&tel, `<div class="articleBodyText section"><div class="component-content"><p>%s</p></div></div>`+"\n", newsPara(fmt.Sprintf("The headteacher %d", i+1), i))
		if i == 1 {
			tel.WriteString(`<div class="related-links-inline"><div class="component-content"><h3>Read more</h3><ul><li><a href="/education/1">Exam results: grades rise again</a></li></ul></div></div>` + "\n")
		}
	}
	var toi strings.Builder
	for i := range 6 {
		toi.WriteString(newsPara(fmt.Sprintf("The collector %d", i+1), i) + "<br><br>")
	}
	aj := strings.SplitAfter(newsBody("The spokesman", "", 6), "</p>\n")
	abc := strings.SplitAfter(newsBody("The ranger", "", 6), "</p>\n")
	cbc := strings.SplitAfter(newsBody("The premier", "", 6), "</p>\n")
	tv := strings.SplitAfter(newsBody("The detective", "", 6), "</p>\n")
	vip := strings.SplitAfter(newsBody("The coach", "", 6), "</p>\n")
	runAudit(t, []auditPage{
		{
			name: "Daily Mail 2019: articleBody of mol-para-with-font, bullets, image captions, comments",
			doc: `<html lang="en"><head><title>Pensioner wins fight over parking fine | Daily Mail Online</title></head><body>
<div class="page-header"><a href="/home/index.html">Daily Mail</a><ul class="nav-primary"><li><a href="/home">Home</a></li><li><a href="/news">News</a></li><li><a href="/usshowbiz">U.S.</a></li><li><a href="/sport">Sport</a></li><li><a href="/tvshowbiz">TV&amp;Showbiz</a></li><li><a href="/femail">Femail</a></li></ul></div>
<div class="alpha"><div id="js-article-text" class="article-text wide heading-tag-switch"><h2>Pensioner, 84, wins two-year fight over £70 parking fine</h2>
<ul class="mol-bullets-with-font"><li class="class-"><strong>The man was fined after his ticket blew off the dashboard</strong></li><li><strong>He refused to pay and took the council to a tribunal</strong></li></ul>
<p class="author-section byline-plain">By <a class="author" href="/home/x">JANE MAIL FOR MAILONLINE</a></p><p class="byline-section"><span class="article-timestamp">Published: 10:21 EDT, 5 November 2019</span></p>
<div class="social share-article-top"><ul><li><a href="#">Share</a></li><li class="comments-count"><a href="#comments">112 comments</a></li></ul></div>
<div itemprop="articleBody">` + dm[0] + dm[1] + `<div class="artSplitter mol-img-group"><div class="mol-img"><img src="/i.jpg"></div><p class="imageCaption">The pensioner outside his home in Kent, where the ticket was issued</p></div>
` + dm[2] + dm[3] + `<div class="mol-factbox"><h3>RELATED ARTICLES</h3><ul><li><a href="/news/a1">Council made £10m from parking fines last year</a></li><li><a href="/news/a2">Driver fined for parking in his own drive</a></li></ul></div>
<div class="moduleFull mol-video"><div class="vjs-video-container"><span class="vjs-title">Pensioner tells of his two-year fight</span></div></div>` + dm[4] + dm[5] + `</div>
<div class="shareArticles"><h3 class="social-headline">Share or comment on this article:</h3></div>
<div id="reader-comments" class="reader-comments"><h3>Comments 112</h3><p class="comment-text">Good for him, the council should be ashamed of itself.</p><p class="comment-text">Typical council behaviour, always chasing easy money.</p></div></div></div>
<div class="beta">` + mostRead("puff", 8) + `</div>
<div class="footer"><p>Published by Associated Newspapers Ltd Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group</p></div></body></html>`,
			want:    newsWant("The pensioner", 6),
			wantNot: []string{"Council made £10m", "RELATED ARTICLES", "Share or comment", "Good for him", "Trending story number", "Associated Newspapers", "The pensioner outside his home", "Pensioner tells of his"},
		},
		{
			name: "The Independent 2019: body-content with inline-readmore and a donation ask",
			doc: `<html lang="en"><head><title>Chancellor rules out tax rise | The Independent</title></head><body>
<header id="masthead"><a href="/">The Independent</a><nav><a href="/news">News</a><a href="/voices">Voices</a><a href="/sport">Sport</a><a href="/arts-entertainment">Culture</a><a href="/life-style">Lifestyle</a></nav></header>
<main><article class="full-article"><header class="hero-wrapper"><h1 class="headline">Chancellor rules out tax rise</h1><h2 class="sub-headline">Treasury insists spending plans are fully funded</h2><div class="meta"><span class="author"><a href="/author/x">Rob Indy</a></span> <span class="publish-date"><time>Sunday 10 November 2019 12:04</time></span><a class="comments-count" href="#comments">45 comments</a></div></header>
<div class="body-content">` + ind[0] + ind[1] + `<div class="inline-readmore"><span class="inline-readmore-title">Read more</span><ul><li><a href="/news/uk/politics/1">Labour promises to scrap tuition fees</a></li><li><a href="/news/uk/politics/2">Tories pledge extra police</a></li></ul></div>
` + ind[2] + ind[3] + `<div class="image-gallery"><figure><img src="/g.jpg"><figcaption>In pictures: the election campaign</figcaption></figure></div>` + ind[4] + ind[5] + `</div>
<div class="donation-ask"><p>Independent Premium Comments can be posted by members of our membership scheme, Independent Premium. It allows our most engaged readers to debate the big issues, share their own experiences, discuss real-world solutions, and more. Our journalists will try to respond by joining the threads when they can to create a true meeting of independent Premium.</p><a href="/donations">Support free-thinking journalism</a></div></article>
<aside class="sidebar">` + mostRead("most-popular", 6) + `</aside></main>
<footer><p>© independent.co.uk 2019</p></footer></body></html>`,
			want:    newsWant("The chancellor", 6),
			wantNot: []string{"Labour promises to scrap", "Tories pledge extra police", "In pictures: the election", "Independent Premium Comments", "Trending story number"},
		},
		{
			name: "The Telegraph 2019: each paragraph its own articleBodyText section, premium note",
			doc: `<html lang="en-GB"><head><title>Headteachers warn over funding</title></head><body>
<header class="header"><a href="/">The Telegraph</a><nav><a href="/news/">News</a><a href="/politics/">Politics</a><a href="/sport/">Sport</a><a href="/business/">Business</a><a href="/money/">Money</a><a href="/opinion/">Opinion</a></nav><a class="subscribe" href="/subscribe">Subscribe now</a> <a href="/login">Log in</a></header>
<main><article itemscope itemtype="http://schema.org/NewsArticle"><div class="headline"><h1 class="headline__heading" itemprop="headline name">Headteachers warn over funding</h1><p class="standfirst">Schools say they face cuts despite new money</p></div>
<div class="byline"><span class="byline__author-name" itemprop="author">By Ed Telegraph, Education Editor</span><time class="article-date-published">5 December 2019 • 6:00am</time></div>
<div class="articleBody" itemprop="articleBody">` + tel.String() + `</div>
<div class="premium-paywall"><p>Subscribe to The Telegraph for just £1 per week. Only £1 for 3 months, then £2 per week.</p><a href="/subscribe">Subscribe now</a></div>
<div class="article-tags"><ul><li><a href="/education">Education</a></li><li><a href="/schools">Schools</a></li></ul></div>
<div class="comments-promo"><p>We've noticed you're adblocking.</p></div></article></main>
<footer><p>© Telegraph Media Group Limited 2019</p></footer></body></html>`,
			want:    newsWant("The headteacher", 6),
			wantNot: []string{"Exam results: grades rise", "Subscribe to The Telegraph", "adblocking", "Telegraph Media Group"},
		},
		{
			name: "Times of India 2019: text as br lines in div.Normal, ads and read-also between",
			doc: `<html lang="en"><head><title>Collector orders survey of crop damage - Times of India</title></head><body>
<div id="header"><a href="/">The Times of India</a><ul class="nav"><li><a href="/city">City</a></li><li><a href="/india">India</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li></ul></div>
<div class="main-content"><h1 class="heading1"><arttitle>Collector orders survey of crop damage</arttitle></h1><span class="time_cptn"><span>TNN</span> | Updated: Nov 2, 2019, 10:12 IST</span>
<div class="social_share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Pinterest</a><a href="#">Linkedin</a></div>
<div class="article_content clearfix"><arttextxml><div class="section1"><div class="Normal">` + strings.Replace(toi.String(), "The collector 1", "NASHIK: The collector 1", 1) + `</div></div></arttextxml></div>
<div class="readalso"><span>READ ALSO</span><a href="/city/1">Rain lashes district for third day</a></div>
<div class="keywords"><span>Download</span> <a href="/app">The Times of India News App</a> <span>for Latest City News</span></div>
<div class="trending_articles"><h3>Trending Topics</h3><a href="/t1">LATEST VIDEOS</a><a href="/t2">City</a></div></div>
<div class="footer"><p>Copyright © 2019 Bennett, Coleman &amp; Co. Ltd. All rights reserved.</p></div></body></html>`,
			want:    withStrings(newsWant("The collector", 6)[1:], "NASHIK: The collector 1"),
			wantNot: []string{"Rain lashes district", "READ ALSO", "Times of India News App", "Trending Topics", "Bennett, Coleman"},
		},
		{
			name: "Al Jazeera 2019: article-p-wrapper with in-line related and source line",
			doc: `<html lang="en"><head><title>Ceasefire talks resume | News | Al Jazeera</title></head><body>
<header class="navbar"><a href="/">Al Jazeera</a><ul><li><a href="/news/">News</a></li><li><a href="/programmes/">Programmes</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/live/">Live</a></li></ul></header>
<div class="article-heading"><h1 class="post-title">Ceasefire talks resume</h1><p class="article-heading-des">Mediators say both sides have agreed to meet again next week.</p><div class="article-heading-author-name">by <a href="/profile/x">Sara Jazeera</a></div><div class="article-duration">14 Nov 2019</div></div>
<div class="article-body"><div class="main-article-body"><div class="article-p-wrapper">` + aj[0] + aj[1] + `<div class="inline-related-articles"><h5>READ MORE</h5><a href="/news/1"><span>Fighting flares in the north despite truce</span></a></div>` + aj[2] + aj[3] + aj[4] + aj[5] + `<p><strong>SOURCE:</strong> Al Jazeera and news agencies</p></div></div>
<div class="article-body-topics"><h6>Topics</h6><a href="/topics/conflict">Conflict</a></div></div>
<div class="more-on-topic"><h2>More from News</h2><ul><li><a href="/n/1">Flooding displaces thousands</a></li><li><a href="/n/2">Election results delayed</a></li></ul></div>
<footer><p>© 2019 Al Jazeera Media Network</p></footer></body></html>`,
			want:    newsWant("The spokesman", 6),
			wantNot: []string{"Fighting flares in the north", "More from News", "Flooding displaces", "Al Jazeera Media Network"},
		},
		{
			name: "ABC Australia 2019: article text with a key points box, topics and first posted",
			doc: `<html lang="en-AU"><head><title>Rangers warn bushwalkers after fire - ABC News</title></head><body>
<div id="header"><a href="/news">ABC News</a><ul id="primary-nav"><li><a href="/news/justin">Just In</a></li><li><a href="/news/australia">Australia</a></li><li><a href="/news/world">World</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/sport">Sport</a></li></ul></div>
<div class="page section"><div class="article section"><h1>Rangers warn bushwalkers after fire</h1><div class="byline">By <a href="/news/x">Mel ABC</a></div><p class="published">Posted <span class="timestamp">10 Nov 2019, 4:15pm</span></p>
<div class="inline-content key-points full"><h2>Key points:</h2><ul><li>The fire burnt through 2,000 hectares</li><li>Walking tracks will stay closed</li></ul></div>
` + abc[0] + abc[1] + `<div class="inline-content photo full"><img src="/p.jpg"><p>Photo: <span class="caption">Firefighters in the national park on Saturday.</span> <span class="source">(ABC News: Someone)</span></p></div>
` + abc[2] + abc[3] + `<div class="inline-content related full"><h3>Related Story:</h3><a href="/news/1">Fire danger rating raised to catastrophic</a></div>` + abc[4] + abc[5] + `
<p class="topics"><strong>Topics:</strong> <a href="/news/topic/bushfire">bushfire</a>, <a href="/news/topic/nsw">nsw</a></p><p class="published">First posted <span class="timestamp">November 10, 2019 13:02:11</span></p></div></div>
<div class="c25 last">` + mostRead("most-popular", 5) + `</div>
<div id="footer"><p>This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.</p></div></body></html>`,
			want:    newsWant("The ranger", 6),
			wantNot: []string{"Firefighters in the national park", "Fire danger rating raised", "Topics:", "First posted", "Trending story number", "Agence France-Presse"},
		},
		{
			name: "CBC 2019: story div with related stories and a corrections note",
			doc: `<html lang="en-CA"><head><title>Premier announces new hospital | CBC News</title></head><body>
<header class="cbc-header"><a href="/news">CBC News</a><nav><a href="/news/canada">Canada</a><a href="/news/politics">Politics</a><a href="/news/world">World</a><a href="/news/business">Business</a><a href="/news/health">Health</a></nav></header>
<main><div class="storyWrapper"><h1 class="detailHeadline">Premier announces new hospital</h1><h2 class="deck">The facility will open in 2024</h2><div class="bylineDetails"><span class="authorText">Chris CBC · CBC News</span> <time class="timeStamp">Posted: Oct 22, 2019 4:05 PM ET</time> <span class="social-counts">Last Updated: October 22</span></div>
<div class="story">` + cbc[0] + cbc[1] + `<div class="similarLinks"><h3>Related Stories</h3><ul><li><a href="/news/canada/1">Hospital wait times longest in a decade</a></li></ul></div>` + cbc[2] + cbc[3] + `<div class="embed-media"><figure><img src="/h.jpg"><figcaption class="figcaption">The new hospital will be built on the site of an old mall. (CBC)</figcaption></figure></div>` + cbc[4] + cbc[5] + `</div>
<div class="story-footer"><p>CBC's Journalistic Standards and Practices</p><a href="/about">About CBC News</a><p class="report-typo">Report Typo or Error</p></div></div></main>
<footer><p>©2019 CBC/Radio-Canada. All rights reserved.</p></footer></body></html>`,
			want:    newsWant("The premier", 6),
			wantNot: []string{"Hospital wait times longest", "The new hospital will be built", "Journalistic Standards", "Report Typo", "CBC/Radio-Canada"},
		},
		{
			name: "local TV station 2019: Nexstar WordPress story with video, trending and app promo",
			doc: `<html lang="en-US"><head><title>Detectives seek suspect in robbery | KXYZ</title></head><body class="single single-post">
<div class="site-header"><a href="/">KXYZ NEWS 9</a><nav><a href="/news/">News</a><a href="/weather/">Weather</a><a href="/sports/">Sports</a><a href="/video/">Video</a><a href="/community/">Community</a><a href="/contests/">Contests</a></nav><div class="weather-mini">72° Sunny</div></div>
<div class="breaking-news-banner"><strong>BREAKING</strong> <a href="/news/local/2">Crash closes I-35 northbound</a></div>
<main><article class="article"><header class="article-header"><h1 class="article-title">Detectives seek suspect in robbery</h1><p class="article-authors">by: <a href="/author/x">Nicole Station</a></p><p class="article-date">Posted: Oct 18, 2019 / 05:42 PM CDT / Updated: Oct 18, 2019 / 06:10 PM CDT</p></header>
<div class="article-featured-media"><div class="video-player"><p class="video-title">Surveillance video shows the suspect</p></div></div>
<div class="article-content rich-text">` + tv[0] + tv[1] + tv[2] + `<p><strong>MORE: </strong><a href="/news/local/1">Police arrest man after chase</a></p>` + tv[3] + tv[4] + tv[5] + `<p><em>Copyright 2019 Nexstar Broadcasting, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</em></p></div>
<div class="article-list article-list--trending"><h2>Trending Stories</h2><ul><li><a href="/t1">School closes after threat</a></li><li><a href="/t2">Lottery winner claims prize</a></li><li><a href="/t3">Storms expected Sunday</a></li></ul></div>
<div class="app-promo"><p>Download the KXYZ News 9 app for breaking news alerts on your phone.</p></div></article></main>
<footer class="site-footer"><p>© 1998 - 2019 Nexstar Broadcasting, Inc. | All Rights Reserved.</p><a href="/eeo">EEO Report</a></footer></body></html>`,
			want:    newsWant("The detective", 6),
			wantNot: []string{"Police arrest man after chase", "Nexstar Broadcasting", "School closes after threat", "Trending Stories", "Crash closes I-35", "72° Sunny"},
		},
		{
			name: "WordPress VIP news site: entry-content with sharedaddy, jp-relatedposts and author box",
			doc: `<html lang="en-US"><head><title>Coach signs extension – The Daily Sports</title></head><body class="post-template-default single">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/">The Daily Sports</a></div><nav class="main-navigation"><ul><li><a href="/nfl/">NFL</a></li><li><a href="/nba/">NBA</a></li><li><a href="/college/">College</a></li><li><a href="/podcasts/">Podcasts</a></li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-12345" class="post-12345 post type-post status-publish format-standard has-post-thumbnail category-nfl">
<header class="entry-header"><h1 class="entry-title">Coach signs extension</h1><div class="entry-meta"><span class="byline">By <a href="/author/x">Drew Sports</a></span> <time class="entry-date">September 3, 2019</time></div></header>
<div class="post-thumbnail"><figure class="wp-caption"><img src="/c.jpg"><figcaption class="wp-caption-text">The coach at practice in August. (Photo by Someone/Getty Images)</figcaption></figure></div>
<div class="entry-content">` + vip[0] + vip[1] + `<p><strong>Related:</strong> <a href="/nfl/1">Team picks up quarterback's option</a></p>` + vip[2] + vip[3] + `<blockquote class="twitter-tweet"><p lang="en">Excited to be back for four more years! Let's get to work.</p>— Coach (@coach) <a href="https://twitter.com/coach/status/1">September 3, 2019</a></blockquote>
` + vip[4] + vip[5] + `<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li><a class="share-twitter" href="#"><span>Twitter</span></a></li><li><a class="share-facebook" href="#"><span>Facebook</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/nfl/2">Defense ranked top five in preseason poll</a></h4></div><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/nfl/3">Rookie impresses in camp</a></h4></div></div></div></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/nfl/">NFL</a></span></footer>
<div class="author-info"><div class="author-description"><h2 class="author-title">Published by Drew Sports</h2><p class="author-bio">Drew covers the NFL for The Daily Sports and hosts the weekly podcast. <a href="/author/x">View all posts by Drew Sports</a></p></div></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “Coach signs extension”</h2><ol class="comment-list"><li><p>Great news for the team, well deserved.</p></li></ol></div></main></div>
<footer id="colophon"><p>© 2019 The Daily Sports. Powered by WordPress VIP.</p></footer></body></html>`,
			want:    newsWant("The coach", 6),
			wantNot: []string{"Team picks up quarterback", "Share this:", "Defense ranked top five", "Posted in", "hosts the weekly podcast", "Great news for the team", "Powered by WordPress VIP", "The coach at practice"},
		},
	})
}

// TestNewsAuditPlayerRows: a sports story's standings, set as rows of
// blocks named "player", are its text (videoPlayer reads words of a
// video player only).
func TestNewsAuditPlayerRows(t *testing.T) {
	var rows strings.Builder
	for i := range 12 {
		fmt.Fprintf(&rows, `<div class="player player-row"><span class="pos">%d</span> <span class="name">Driver Number%d</span> <span class="pts">%d</span></div>`, i+1, i+1, 5000-i*37)
	}
	runAudit(t, []auditPage{{
		name: "standings of player rows after a race report",
		doc: `<html lang="en"><head><title>Standings after the race</title></head><body><nav><a href="/">Racing Daily</a> <a href="/news">News</a></nav>
<article><h1>Standings after the race</h1>` + newsBody("The winner", "", 3) + `<div class="standings">` + rows.String() + `</div></article><footer>Racing Daily</footer></body></html>`,
		want: withStrings(newsWant("The winner", 3), "Driver Number1", "Driver Number12"),
	}})
}

// TestNewsAuditStructures: news bodies whose make-up is the risk: short
// briefs beside long rails, link-heavy roundups, live blogs, interviews,
// subheads, lists and tables in the text.
func TestNewsAuditStructures(t *testing.T) {
	var rail strings.Builder
	for i := range 12 {
		fmt.Fprintf(&rail, `<div class="story-card"><a href="/news/%d"><h3>Another local headline number %d</h3></a><p class="summary">A summary of the story, with a comma, in a line or so of text.</p></div>`, i, i)
	}
	link := func(s string) string { return `<a href="/story/` + strings.ReplaceAll(s, " ", "-") + `">` + s + `</a>` }
	roundup := `<p>The ` + link("Supreme Court agreed") + ` on Monday to hear the case, while ` + link("the House committee") + ` said it would call new witnesses next week, according to people familiar with the plans.</p>
<p>Meanwhile, ` + link("markets fell sharply") + ` after the central bank's announcement, and ` + link("oil prices") + ` dropped for a third straight day as traders worried about demand.</p>
<p>In Europe, ` + link("the election results") + ` were delayed by a recount, and officials in ` + link("three regions") + ` asked for more time to count postal ballots.</p>
<p>Elsewhere, ` + link("the storm") + ` brought heavy rain to the coast, and ` + link("thousands of homes") + ` were without power on Monday night, the utility said.</p>`
	var live strings.Builder
	for i := range 5 {
		fmt.Fprintf(&live, `<div id="block-%d" class="block block--content"><p class="block-time published-time"><time>%d.%02dpm GMT</time></p><div class="block-elements"><p>%s</p></div><div class="block-share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div></div>`, i, 5-i, 10*i, newsPara(fmt.Sprintf("The speaker %d", i+1), i))
	}
	runAudit(t, []auditPage{
		{
			name: "short local brief beside a long rail of teasers",
			doc: `<html lang="en"><head><title>Road closed for repairs | The Valley Herald</title></head><body>
<header><a href="/">The Valley Herald</a><nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/obits">Obituaries</a> <a href="/eedition">E-Edition</a></nav></header>
<div class="layout"><main class="main-col"><article class="story"><h1>Road closed for repairs</h1><div class="byline">Staff report</div>
<div class="story-body"><p>` + newsPara("The county engineer", 0) + `</p><p>` + newsPara("The road department", 1) + `</p></div></article></main>
<aside class="rail"><h2>Latest News</h2>` + rail.String() + `</aside></div>
<footer>© 2019 The Valley Herald</footer></body></html>`,
			want:    []string{newsPara("The county engineer", 0)[:60], newsPara("The road department", 1)[:60]},
			wantNot: []string{"Another local headline", "A summary of the story"},
		},
		{
			name: "link-heavy morning roundup",
			doc: `<html lang="en"><head><title>Morning briefing: what you need to know</title></head><body>
<header><a href="/">The Daily Report</a><nav><a href="/politics">Politics</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article class="article"><h1>Morning briefing: what you need to know</h1><div class="byline">By Morgan Brief</div>
<div class="article-body">` + roundup + `</div></article>
<section class="more-stories"><h2>More stories</h2><ul><li><a href="/a">Five things to watch this week</a></li><li><a href="/b">The week in pictures</a></li></ul></section></main>
<footer>© 2019 The Daily Report</footer></body></html>`,
			want:    []string{"agreed on Monday to hear the case", "after the central bank's announcement", "were delayed by a recount", "brought heavy rain to the coast"},
			wantNot: []string{"Five things to watch"},
		},
		{
			name: "live blog of timed blocks with share links",
			doc: `<html lang="en"><head><title>Parliament debate – live updates</title></head><body>
<header><a href="/">The Chronicle</a><nav><a href="/politics">Politics</a> <a href="/world">World</a></nav></header>
<main><article class="content content--liveblog"><h1>Parliament debate – live updates</h1><div class="content__standfirst"><p>Follow the day's events as they happen.</p></div>
<div class="js-liveblog-body">` + live.String() + `</div>
<div class="liveblog-navigation"><a href="?page=2">Older posts</a> <a href="#top">Back to top</a></div></article></main>
<footer>© 2019 The Chronicle</footer></body></html>`,
			want:    newsWant("The speaker", 5),
			wantNot: []string{"Share on Facebook", "Older posts", "Back to top"},
		},
		{
			name: "interview of bold questions, subheads, a list and a table in the text",
			doc: `<html lang="en"><head><title>Q&amp;A: the mayor on the new budget</title></head><body>
<header><a href="/">City Weekly</a><nav><a href="/news">News</a> <a href="/arts">Arts</a></nav></header>
<main><article><h1>Q&amp;A: the mayor on the new budget</h1><p class="byline">By Sam Weekly</p>
<div class="entry-content"><p>` + newsPara("The mayor", 0) + `</p>
<h2>On housing</h2><p><strong>Q: What will the budget do for renters this year?</strong></p><p>A: ` + newsPara("Our housing office", 1) + `</p>
<h2>On transit</h2><p><strong>Q: Will bus fares go up?</strong></p><p>A: ` + newsPara("The transit board", 2) + `</p>
<p>The budget's main items:</p><ul><li>$40 million for affordable housing</li><li>$12 million for road repairs</li><li>$3 million for libraries</li></ul>
<table class="budget-table"><tr><th>Department</th><th>2019</th><th>2020</th></tr><tr><td>Police</td><td>$210m</td><td>$214m</td></tr><tr><td>Parks</td><td>$31m</td><td>$35m</td></tr></table>
<p>` + newsPara("The council", 3) + `</p></div></article></main>
<footer>© 2019 City Weekly</footer></body></html>`,
			want: []string{newsPara("The mayor", 0)[:60], "On housing", "Q: What will the budget do for renters", "A: Our housing office", "On transit", "Q: Will bus fares go up?",
				"$40 million for affordable housing", "$3 million for libraries", "Parks", "$35m", newsPara("The council", 3)[:60]},
		},
	})
}

// TestNewsAuditBodyNames: article bodies whose own class names hint at
// boilerplate (a paywall's, a widget's, a media object's, a share
// script's root), beside real chrome.
func TestNewsAuditBodyNames(t *testing.T) {
	page := func(bodyOpen, bodyClose string) string {
		return `<html lang="en"><head><title>Town approves new school</title></head><body>
<header class="site-header"><a href="/">The Town Courier</a><nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a></nav></header>
<main><article><h1>Town approves new school</h1><p class="byline">By Casey Courier</p>
` + bodyOpen + newsBody("The principal", "", 5) + bodyClose + `
<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">School board election results</a></li><li><a href="/b">Budget vote set for May</a></li></ul></div></article>
<aside class="sidebar">` + mostRead("most-read", 6) + `</aside></main>
<footer class="site-footer">© 2019 The Town Courier</footer></body></html>`
	}
	var pages []auditPage
	for _, b := range [][2]string{
		{`<div class="paywall">`, `</div>`},
		{`<section class="meteredContent paywall-article">`, `</section>`},
		{`<div class="article-body widget-container">`, `</div>`},
		{`<div class="media-body">`, `</div>`},
		{`<div class="js-share-root article__text">`, `</div>`},
		{`<div class="premium-content subscriber-only">`, `</div>`},
		{`<div class="entry-content sponsored-content">`, `</div>`},
		{`<div id="article-body" class="promo-free clearfix">`, `</div>`},
		{`<div class="story-body"><div class="story-interrupt"><div class="ad">Advertisement</div></div><div class="paywall-wrapper"><div class="paywall">`, `</div></div></div>`},
	} {
		pages = append(pages, auditPage{
			name:    "body in " + b[0],
			doc:     page(b[0], b[1]),
			want:    newsWant("The principal", 5),
			wantNot: []string{"School board election results", "Trending story number"},
		})
	}
	runAudit(t, pages)
}

// TestNewsAuditShortLines: the short lines of news writing are the
// text: one-sentence paragraphs, a dateline in its own element, a quote
// set as a blockquote, an editor's note and a separator.
func TestNewsAuditShortLines(t *testing.T) {
	runAudit(t, []auditPage{{
		name: "wire story with short paragraphs and a dateline span",
		doc: `<html lang="en"><head><title>Plant to close, 300 jobs lost</title></head><body>
<header><a href="/">The Evening Star</a><nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/sports">Sports</a></nav></header>
<main><article><h1>Plant to close, 300 jobs lost</h1><p class="byline">By Pat Wire, Associated Press</p>
<div class="article-body"><p><em>Editor's note: This story has been updated with comment from the union.</em></p>
<p><span class="dateline">DETROIT —</span> ` + newsPara("The automaker", 0) + `</p>
<p>It was not immediately clear why.</p>
<p>` + newsPara("The union", 1) + `</p>
<blockquote><p>“We were given no warning at all,” said one worker, who asked not to be named.</p></blockquote>
<p>The plant opened in 1962.</p>
<p>` + newsPara("The governor", 2) + `</p>
<p>___</p>
<p>Follow Pat Wire on Twitter at https://twitter.com/patwire</p></div></article></main>
<footer>© 2019 The Evening Star</footer></body></html>`,
		want: []string{"DETROIT — The automaker told", "It was not immediately clear why.", "We were given no warning at all", "The plant opened in 1962.",
			newsPara("The union", 1)[:60], newsPara("The governor", 2)[:60]},
		// The closing "Follow ... on Twitter at" line stays: a prompt
		// naming one network is kept (socialPrompt). Tried: a short
		// "Follow NAME on NETWORK" line, alone or with a handle or an
		// address, is boilerplate (authorFollowLine): dragnet2013 F1
		// 0.9354 -> 0.9353 (P 0.9595 -> 0.9594, R 0.9126 -> 0.9124), mean
		// 0.9530 -> 0.9529; its truth keeps such lines; dropped.
	}})
}

// TestNewsAuditLinkedWords: news sites link names and topics in their
// sentences to topic, ticker and tag pages (WordPress' auto-tag plugins,
// a ticker's quote link, a promo's link to a series); such a link's class
// says "tags", "promo" or "share", but its words are the sentence's
// (linkedWord). A byline's parts in a filing line stay out.
func TestNewsAuditLinkedWords(t *testing.T) {
	var pages []auditPage
	for _, cl := range []string{"tags", "st_tag internal_tag tags", "topic-tags__link", "promo-link", "share-quote", "social-handle", "credit-link", "newsletter-link", "sponsor-name", "read-more-link", "rating"} {
		pages = append(pages, auditPage{
			name: "a name linked with class " + cl,
			doc: `<html lang="en"><head><title>Tech shares climb</title></head><body><nav><a href="/">The Markets Wire</a> <a href="/tech">Tech</a> <a href="/markets">Markets</a></nav>
<article><h1>Tech shares climb</h1><p class="byline">Posted by <a class="author" href="/author/x">Jo Wire</a> on <span class="date">Nov. 5, 2019</span></p><p>` + newsPara("The exchange", 0) + `</p>
<p>Shares of <a class="` + cl + `" href="/topic/apple">Apple Inc</a> rose 3 percent on Tuesday after the company reported stronger sales of its phones, analysts said, while rivals fell.</p><p>` + newsPara("The fund", 1) + `</p></article>
<footer>The Markets Wire</footer></body></html>`,
			want:    []string{"Shares of Apple Inc rose 3 percent", newsPara("The fund", 1)[:60]},
			wantNot: []string{"Posted by"},
		})
	}
	runAudit(t, pages)
}

// TestNewsAuditSplitBodies: a body split in two by a full-width module
// (a gallery, a video, a "most read" box) into two containers.
func TestNewsAuditSplitBodies(t *testing.T) {
	first := newsBody("The diver", "", 4)
	second := newsBody("The rescuer", "", 4)
	runAudit(t, []auditPage{
		{
			name: "two body-content blocks around a full-width gallery",
			doc: `<html lang="en"><head><title>Divers rescued after night at sea</title></head><body>
<header><a href="/">The Coast Times</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/travel">Travel</a></nav></header>
<main><article class="full-article"><h1>Divers rescued after night at sea</h1><p class="byline">By Alex Coast</p>
<div class="body-content">` + first + `</div>
<div class="full-width-gallery"><h3>In pictures: the rescue</h3><figure><img src="/1.jpg"><figcaption>The lifeboat leaves the harbour.</figcaption></figure><figure><img src="/2.jpg"><figcaption>The divers are brought ashore.</figcaption></figure><figure><img src="/3.jpg"><figcaption>Crowds gather on the quay.</figcaption></figure></div>
<div class="body-content">` + second + `</div>
<div class="article-tags"><a href="/t/sea">Sea</a> <a href="/t/rescue">Rescue</a></div></article>
<aside>` + mostRead("most-read", 8) + `</aside></main><footer>© 2019 The Coast Times</footer></body></html>`,
			want:    withStrings(newsWant("The diver", 4), newsWant("The rescuer", 4)...),
			wantNot: []string{"The lifeboat leaves", "Trending story number"},
		},
		{
			name: "body split by a most-read box set between its two halves",
			doc: `<html lang="en"><head><title>Divers rescued after night at sea</title></head><body>
<header><a href="/">The Coast Times</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="page"><div class="article-part part-1"><h1>Divers rescued after night at sea</h1>` + first + `</div>
<div class="mid-article-module">` + mostRead("most-read", 8) + `</div>
<div class="article-part part-2">` + second + `</div></div><footer>© 2019 The Coast Times</footer></body></html>`,
			want:    withStrings(newsWant("The diver", 4), newsWant("The rescuer", 4)...),
			wantNot: []string{"Trending story number"},
		},
	})
}

// TestNewsAuditMore: The Verge, a McClatchy paper and a Tribune paper.
func TestNewsAuditMore(t *testing.T) {
	verge := strings.SplitAfter(newsBody("The engineer", "", 6), "</p>\n")
	mc := strings.SplitAfter(newsBody("The deputy", "", 6), "</p>\n")
	runAudit(t, []auditPage{
		{
			name: "The Verge 2019: c-entry-content with a product card, affiliate note and comments count",
			doc: `<html lang="en"><head><title>New phone gets a bigger battery - The Verge</title></head><body>
<header class="c-global-header"><a href="/">The Verge</a><nav><a href="/tech">Tech</a><a href="/reviews">Reviews</a><a href="/science">Science</a><a href="/entertainment">Entertainment</a></nav></header>
<main><article class="l-main-content"><div class="c-entry-hero"><h1 class="c-page-title">New phone gets a bigger battery</h1><h2 class="c-entry-summary">And a faster charger in the box</h2><div class="c-byline"><span class="c-byline__item">By <a href="/authors/x">Val Verge</a><span class="c-byline__twitter-handle">@valverge</span></span><span class="c-byline__item"><time>Oct 15, 2019, 12:30pm EDT</time></span></div><a class="c-entry-stat--comment" href="#comments"><span class="c-entry-stat__comment-data">83 comments</span></a></div>
<div class="c-entry-content">` + verge[0] + verge[1] + `<div class="c-product-card"><div class="c-product-card__title">Phone X</div><div class="c-product-card__price">$699 at Amazon</div><a class="c-product-card__button" href="https://amzn.example/x">Buy</a></div>
` + verge[2] + verge[3] + `<div id="kmVvG1"><div class="c-float-left"><aside class="c-related-list"><h3>Related</h3><ul><li><a href="/1">The best phones you can buy</a></li></ul></aside></div></div>` + verge[4] + verge[5] + `
<p class="c-end-para"><em>Vox Media has affiliate partnerships. These do not influence editorial content, though Vox Media may earn commissions for products purchased via affiliate links. For more information, see our <a href="/ethics">ethics policy</a>.</em></p></div>
<div class="c-entry-box--compact"><a href="/story/next">Next Up In Tech</a></div></article></main>
<footer><p>© 2019 Vox Media, Inc. All Rights Reserved</p></footer></body></html>`,
			want:    newsWant("The engineer", 6),
			wantNot: []string{"$699 at Amazon", "The best phones you can buy", "83 comments", "Next Up In Tech", "Vox Media, Inc."},
		},
		{
			name: "McClatchy 2019: story-body with a sponsored recommendation rail and a related-story card",
			doc: `<html lang="en"><head><title>Deputies investigate shooting | The Sun Herald</title></head><body>
<header class="masthead"><a href="/">The Sun Herald</a><nav><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a><a href="/subscribe">Subscribe</a></nav></header>
<article class="story-body"><h1 class="h1">Deputies investigate shooting</h1><div class="byline"><a href="/staff/x">Morgan Herald</a></div><div class="time">October 12, 2019 11:45 AM</div>
` + mc[0] + mc[1] + `<div class="story-related"><div class="package"><h4 class="kicker">Crime</h4><a class="title" href="/news/local/crime/1">Man arrested after standoff on Highway 90</a><time>October 10, 2019 06:00 PM</time></div></div>
` + mc[2] + mc[3] + `<div class="zone-el"><div class="ad-container">Sponsored Content</div></div>` + mc[4] + mc[5] + `
<div class="ribbon"><p>Read Next</p><a href="/news/local/2">Storm damage closes school for a week</a></div></article>
<div class="recommendation-ribbon"><h3>Around the Web</h3><a href="https://ads.example/1">The one thing every homeowner should do this fall</a></div>
<footer><p>Copyright 2019 The Sun Herald</p></footer></body></html>`,
			want:    newsWant("The deputy", 6),
			wantNot: []string{"Man arrested after standoff", "Sponsored Content", "Storm damage closes school", "Around the Web", "every homeowner"},
		},
	})
}

// TestNewsAuditAdvanceLocal: an Advance Local paper's story (nj.com,
// al.com, mlive) of 2019, with its support and newsletter lines.
func TestNewsAuditAdvanceLocal(t *testing.T) {
	adv := strings.SplitAfter(newsBody("The trooper", "", 6), "</p>\n")
	runAudit(t, []auditPage{{
		name: "Advance Local 2019: entry-content with support line, newsletter line and tip line",
		doc: `<html lang="en"><head><title>Trooper honored for rescue - nj.com</title></head><body>
<header class="header"><a href="/">nj.com</a><nav><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/politics/">Politics</a><a href="/entertainment/">Entertainment</a><a href="/jobs/">Jobs</a></nav><a class="subscribe" href="/subscribe">Subscribe</a></header>
<main><article class="article"><header class="article__header"><h1 class="article__title">Trooper honored for rescue</h1><div class="article__byline"><span>By <a href="/staff/x">Jamie Star-Ledger</a> | NJ Advance Media for NJ.com</span></div><time class="article__published">Updated Nov 20, 2019; Posted Nov 20, 2019</time></header>
<div class="entry-content">` + adv[0] + adv[1] + `<div class="ad-wrapper"><div class="ad-label">Advertisement</div></div>` + adv[2] + adv[3] + `<p><em>Our journalism needs your support. Please subscribe today to <a href="https://www.nj.com/subscribe">NJ.com</a>.</em></p>
` + adv[4] + adv[5] + `<p><em>Get the latest updates right in your inbox. <a href="/newsletters">Subscribe to NJ.com’s newsletters</a>.</em></p>
<p><em>Have a tip? Jamie Star-Ledger may be reached at jamie@example.com. Follow on Twitter <a href="https://twitter.com/x">@jsl</a>.</em></p></div></article></main>
<footer><p>Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2019 Advance Local Media LLC. All rights reserved.</p></footer></body></html>`,
		want:    newsWant("The trooper", 6),
		wantNot: []string{"Our journalism needs your support", "Get the latest updates right in your inbox", "Have a tip?", "Advance Local Media"},
	}})
}

// TestNewsAuditNetworks: Gannett's late-2019 template, a Hearst paper, CBS
// News, NBC News, Yahoo News and Forbes.
func TestNewsAuditNetworks(t *testing.T) {
	g := strings.SplitAfter(newsBody("The officer", ` class="gnt_ar_b_p"`, 6), "</p>\n")
	h := strings.SplitAfter(newsBody("The supervisor", "", 6), "</p>\n")
	cbs := strings.SplitAfter(newsBody("The senator", "", 6), "</p>\n")
	nbc := strings.SplitAfter(newsBody("The witness", ` class="endmarkEnabled"`, 6), "</p>\n")
	yh := strings.SplitAfter(newsBody("The investor", "", 6), "</p>\n")
	fb := strings.SplitAfter(newsBody("The billionaire", "", 6), "</p>\n")
	runAudit(t, []auditPage{
		{
			name: "Gannett late 2019: gnt_ar_b paragraphs with gnt_em embeds and a gnt_ar_b_al list",
			doc: `<html lang="en"><head><title>Officer cleared in crash</title></head><body>
<header class="gnt_n"><a class="gnt_n_logo" href="/">The Daily Journal</a><nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/entertainment/">Entertainment</a><a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a><a href="/eedition/">E-Edition</a></nav></header>
<main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl">Officer cleared in crash</h1><div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/x">Quinn Journal</a> The Daily Journal</div><div class="gnt_ar_dt">Published 5:01 p.m. ET Dec. 2, 2019</div>
<div class="gnt_ar_b">` + g[0] + g[1] + `<aside class="gnt_em gnt_em__el"><div class="gnt_em_vp_t">Dashcam shows the moments before the crash</div></aside>
` + g[2] + `<h2 class="gnt_ar_b_h2">What happens next</h2>` + g[3] + `<ul class="gnt_ar_b_ul"><li class="gnt_ar_b_li"><strong>More:</strong> <a class="gnt_ar_b_a" href="/story/1">Family files lawsuit over crash</a></li><li class="gnt_ar_b_li"><strong>More:</strong> <a class="gnt_ar_b_a" href="/story/2">Police release report</a></li></ul>
` + g[4] + g[5] + `</div></article></main>
<footer class="gnt_f"><p>© 2019 www.dailyjournal.example. All rights reserved.</p></footer></body></html>`,
			want:    withStrings(newsWant("The officer", 6), "What happens next"),
			wantNot: []string{"Dashcam shows", "Family files lawsuit", "Police release report"},
		},
		{
			name: "Hearst paper 2019: article body with inline photo credits and a related box",
			doc: `<html lang="en"><head><title>Supervisors approve housing plan - SFGate</title></head><body>
<header class="header"><a href="/">SFGATE</a><nav><a href="/local/">Local</a><a href="/sports/">Sports</a><a href="/food/">Food</a><a href="/business/">Business</a></nav></header>
<main><article class="article"><h1 class="header">Supervisors approve housing plan</h1><div class="article-meta"><span class="byline">By Robin Gate</span> <time>Updated 6:12 pm PST, Tuesday, November 5, 2019</time></div>
<figure class="article-media"><img src="/x.jpg"><figcaption><span class="caption-text">Supervisors at City Hall on Tuesday.</span><span class="credit">Photo: Someone / The Chronicle</span></figcaption></figure>
<section class="body">` + h[0] + h[1] + `<div class="related-story-box"><h4>Related Stories</h4><ul><li><a href="/1">Rents rise again in the city</a></li><li><a href="/2">Tenants push for protections</a></li></ul></div>` + h[2] + h[3] + `<div class="ad-container"><div class="ad-label">Advertisement</div></div>` + h[4] + h[5] + `</section></article></main>
<footer><p>© 2019 Hearst Communications, Inc.</p></footer></body></html>`,
			want:    newsWant("The supervisor", 6),
			wantNot: []string{"Supervisors at City Hall on Tuesday", "Photo: Someone", "Rents rise again", "Advertisement", "Hearst Communications"},
		},
		{
			name: "CBS News 2019: content__body with first-published line and copyright",
			doc: `<html lang="en"><head><title>Senator unveils plan - CBS News</title></head><body>
<header class="site-header"><a href="/">CBS News</a><nav><a href="/us/">U.S.</a><a href="/world/">World</a><a href="/politics/">Politics</a><a href="/moneywatch/">MoneyWatch</a><a href="/live/">CBSN</a></nav></header>
<main><article class="content content-article"><header class="content__header"><h1 class="content__title">Senator unveils plan</h1><p class="content__meta content__meta-byline">By Sky Network</p><p class="content__meta content__meta-timestamp"><time>November 7, 2019 / 4:59 PM / CBS News</time></p></header>
<section class="content__body">` + cbs[0] + cbs[1] + cbs[2] + `<figure class="embed embed--type-video"><figcaption class="embed__caption">Senator on the plan's chances</figcaption></figure>` + cbs[3] + cbs[4] + cbs[5] + `
<p class="content__copyright">First published on November 7, 2019 / 4:59 PM</p><p class="content__copyright">© 2019 CBS Interactive Inc. All Rights Reserved.</p></section></article></main>
<footer><p>Copyright © 2019 CBS Interactive Inc. All rights reserved.</p></footer></body></html>`,
			want:    newsWant("The senator", 6),
			wantNot: []string{"Senator on the plan's chances", "First published on", "CBS Interactive"},
		},
		{
			name: "NBC News 2019: article-body__content with a RELATED line and an inline newsletter",
			doc: `<html lang="en"><head><title>Witness describes attack</title></head><body>
<header class="header"><a href="/">NBC News</a><nav><a href="/politics">Politics</a><a href="/us-news">U.S. News</a><a href="/world">World</a><a href="/business">Business</a><a href="/health">Health</a></nav></header>
<main><article class="article"><div class="article-hero"><h1 class="article-hero__headline">Witness describes attack</h1><div class="article-byline">By <a href="/author/x">Drew NBC</a></div><time>Nov. 3, 2019, 7:58 PM UTC</time></div>
<div class="article-body"><div class="article-body__content">` + nbc[0] + nbc[1] + `<p class="endmarkEnabled"><b>RELATED: </b><a href="/news/1">Police search for motive in attack</a></p>` + nbc[2] + nbc[3] + `<div class="ad-container"><span>Ad</span></div>
<div class="inline-newsletter"><p class="newsletter-title">Sign up for The Morning Rundown</p><p>Get a head start on the morning's top stories.</p><input type="email"><button>Sign up</button></div>` + nbc[4] + nbc[5] + `</div>
<div class="article-body__last-section"><div class="expanded-byline-contributors"><p><a href="/author/x">Drew NBC</a> is a reporter for NBC News based in Los Angeles.</p></div></div></div></article></main>
<footer><p>© 2019 NBC UNIVERSAL</p></footer></body></html>`,
			want:    newsWant("The witness", 6),
			wantNot: []string{"Police search for motive", "The Morning Rundown", "head start on the morning"},
		},
		{
			name: "Yahoo News 2019: caas-body with a source link line and a recommended rail",
			doc: `<html lang="en"><head><title>Investors brace for rate decision</title></head><body>
<header id="header"><a href="/">Yahoo Finance</a><nav><a href="/topic/stock-market-news">Markets</a><a href="/tech">Tech</a><a href="/personal-finance">Personal Finance</a><a href="/videos">Videos</a></nav></header>
<main><article class="caas-container"><header class="caas-header"><h1>Investors brace for rate decision</h1></header><div class="caas-attr"><span class="caas-attr-provider">Reuters</span> <time>December 9, 2019</time></div>
<div class="caas-body">` + yh[0] + yh[1] + yh[2] + yh[3] + yh[4] + yh[5] + `</div>
<div class="caas-readmore caas-readmore-collapse"><button>Story continues</button></div></article>
<div id="recommendations"><h2>Recommended Stories</h2><ul><li><a href="/r1">Dollar slips as traders wait on Fed</a></li><li><a href="/r2">Gold steadies near one-month high</a></li></ul></div></main>
<footer><p>© 2019 Verizon Media. All rights reserved.</p></footer></body></html>`,
			want:    newsWant("The investor", 6),
			wantNot: []string{"Story continues", "Recommended Stories", "Dollar slips"},
		},
		{
			name: "Forbes 2019: article-body with a contributor disclaimer and author bio",
			doc: `<html lang="en"><head><title>Billionaire buys sports team</title></head><body>
<header class="header"><a href="/">Forbes</a><nav><a href="/billionaires/">Billionaires</a><a href="/innovation/">Innovation</a><a href="/leadership/">Leadership</a><a href="/money/">Money</a><a href="/lists/">Lists</a></nav></header>
<main><article class="article"><div class="fs-article"><h1 class="fs-headline">Billionaire buys sports team</h1><div class="contrib-byline"><a class="contrib-link--name" href="/sites/x/">Jordan Forbes</a><span class="contrib-byline-type">Forbes Staff</span></div><div class="article-date"><time>Dec 3, 2019, 10:00am EST</time></div>
<div class="article-body fs-article fs-responsive-text current-article">` + fb[0] + fb[1] + fb[2] + `<div class="article-sharing"><a href="#">Share to Facebook</a><a href="#">Share to Twitter</a></div>` + fb[3] + fb[4] + fb[5] + `</div>
<div class="article-footer"><div class="fs-author-group-wrapper"><div class="contrib-bio"><p>I cover billionaires and their businesses for Forbes. Before that I worked at a newspaper in Ohio.</p><a href="https://twitter.com/x">Follow me on Twitter</a>. <a href="/x/">Send me a secure tip</a>.</div></div></div></div></article></main>
<footer><p>© 2019 Forbes Media LLC. All Rights Reserved.</p></footer></body></html>`,
			want:    newsWant("The billionaire", 6),
			wantNot: []string{"Share to Facebook", "I cover billionaires", "Send me a secure tip", "Forbes Media LLC"},
		},
	})
}

// TestNewsAuditOpenerSentences: sentences of a news story that open with
// the words of a boilerplate opener ("Most popular", "Get the latest",
// "Share this", "Click here") and carry a reporter's attribution are the
// story's (reportedSentence); the prompts so opened stay out.
func TestNewsAuditOpenerSentences(t *testing.T) {
	sentences := []string{
		"Most popular among young voters was the plan to cancel student debt, the poll found.",
		"Get the latest flu shot before December, health officials urged on Tuesday.",
		"More from the interview will air on Sunday's program, the network said.",
		"Share this information with your neighbors, the fire chief said at the briefing.",
		"Most read among the documents was a memo from 2017, aides to the governor said.",
		"Click here, he told the jury, was all the victim had done before the money vanished.",
		"Trending now on the platform is a challenge that doctors say is dangerous for children.",
	}
	var body strings.Builder
	for i, s := range sentences {
		fmt.Fprintf(&body, "<p>%s</p>\n<p>%s</p>\n", newsPara(fmt.Sprintf("The official %d", i+1), i), s)
	}
	runAudit(t, []auditPage{{
		name: "story whose sentences open like boilerplate",
		doc: `<html lang="en"><head><title>Officials weigh new rules</title></head><body><nav><a href="/">The Tribune</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<article><h1>Officials weigh new rules</h1><div class="article-body">` + body.String() + `<p>Get the latest news from our newsroom in your inbox every morning.</p><p>More from The Tribune: <a href="/x">Storm closes schools</a></p></div></article>
<footer>The Tribune</footer></body></html>`,
		want:    sentences,
		wantNot: []string{"Get the latest news from our newsroom", "Storm closes schools"},
	}})
}

// TestNewsAuditTeaserlikeSubheads: a story's subheads that open like a
// teaser block's heading ("More on the vote", "Related concerns") head
// prose and stay (headsProse); a teaser block's label before links does
// not.
func TestNewsAuditTeaserlikeSubheads(t *testing.T) {
	heads := []string{"More on the vote", "Related concerns", "Trending lower", "Recommended changes", "Top stories of the year", "Latest news from the front"}
	var body strings.Builder
	for i, h := range heads {
		fmt.Fprintf(&body, "<h2>%s</h2>\n<p>%s</p>\n<p>%s</p>\n", h, newsPara(fmt.Sprintf("The clerk %d", i+1), i), newsPara(fmt.Sprintf("The auditor %d", i+1), i+1))
	}
	runAudit(t, []auditPage{{
		name: "story with subheads that open like teaser headings",
		doc: `<html lang="en"><head><title>Recount confirms result</title></head><body><nav><a href="/">The Ledger</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<article><h1>Recount confirms result</h1><div class="article-body">` + body.String() + `</div>
<h3>More on the election</h3><p><a href="/a">Turnout hits record in county races</a></p><p><a href="/b">Judge rejects challenge to ballots</a></p></article>
<footer>The Ledger</footer></body></html>`,
		want:    heads,
		wantNot: []string{"More on the election", "Turnout hits record"},
	}})
}

// TestNewsAuditDatelineLead: the story's first paragraph, opening with
// its dateline, set apart above the body in an "intro" or "lead" block
// (datelineLead).
func TestNewsAuditDatelineLead(t *testing.T) {
	var pages []auditPage
	for _, c := range []struct{ class, lead string }{
		{"intro", "LONDON — The government announced on Tuesday a sweeping overhaul of the rail network, the biggest in decades, officials said."},
		{"lead", "SPRINGFIELD, Ill. (AP) — A state judge on Monday blocked the new law from taking effect, siding with a group of landlords who had sued."},
		{"top-paragraph", "WASHINGTON (Reuters) - The Senate passed a stopgap spending bill late on Thursday, averting a government shutdown by a day."},
	} {
		pages = append(pages, auditPage{
			name: "first paragraph in a " + c.class + " block",
			doc: `<html lang="en"><head><title>Overhaul announced</title></head><body><nav><a href="/">The Dispatch</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<main><article><h1>Overhaul announced</h1><div class="byline">By Jo Dispatch</div><div class="` + c.class + `"><p>` + c.lead + `</p></div><div class="article-body">` + newsBody("The minister", "", 5) + `</div></article><aside>` + mostRead("most-read", 6) + `</aside></main>
<footer>The Dispatch</footer></body></html>`,
			want:    withStrings(newsWant("The minister", 5), c.lead),
			wantNot: []string{"Trending story number"},
		})
	}
	// A short summary above the body with no dateline is a dek, which
	// the English news truth leaves out; leadBlock reads it only on pages
	// in other languages. Tried: leadBlock on English pages too:
	// news-pages F1 0.9907 -> 0.9901 (P 0.9886 -> 0.9874, R kept),
	// readability-pages, dragnet2013 and modern2026 unchanged, mean
	// 0.9530 -> 0.9528; dropped.
	for _, class := range []string{"intro", "summary", "excerpt"} {
		dek := "The overhaul is the biggest in decades and will cost billions over ten years, ministers say."
		pages = append(pages, auditPage{
			name: "dek in a " + class + " block without a dateline",
			doc: `<html lang="en"><head><title>Overhaul announced</title></head><body><nav><a href="/">The Dispatch</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<main><article><h1>Overhaul announced</h1><div class="byline">By Jo Dispatch</div><div class="` + class + `"><p>` + dek + `</p></div><div class="article-body">` + newsBody("The minister", "", 5) + `</div></article><aside>` + mostRead("most-read", 6) + `</aside></main>
<footer>The Dispatch</footer></body></html>`,
			want:    newsWant("The minister", 5),
			wantNot: []string{"Trending story number", "biggest in decades and will cost"},
		})
	}
	runAudit(t, pages)
}

// TestNewsAuditAMP: the AMP version of a local paper's story (amp-sidebar
// menu, amp-ad, amp-social-share, an amp-iframe's loading placeholder,
// related stories in an amp-accordion).
func TestNewsAuditAMP(t *testing.T) {
	doc := `<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>Storm knocks out power - The Gazette</title><script async src="https://cdn.ampproject.org/v0.js"></script></head><body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/obituaries">Obituaries</a></li></ul></nav></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">Menu</button><a href="/">The Gazette</a></header>
<article class="amp-article"><h1>Storm knocks out power</h1><div class="byline">By Lee Gazette</div>
<amp-img src="/s.jpg" width="600" height="400" layout="responsive"></amp-img><p class="caption">Crews work on lines on Monday.</p>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>
<div class="amp-body">` + newsBody("The utility", "", 3) + `<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"><div fallback>Advertisement</div></amp-ad>` + newsBody("The mayor", "", 3) + `<amp-iframe src="https://e.example/poll" width="300" height="300" layout="responsive"><div placeholder>Loading poll…</div></amp-iframe></div>
<amp-accordion><section><h4>Related stories</h4><ul><li><a href="/1">Cleanup continues after flood</a></li><li><a href="/2">Schools closed Tuesday</a></li></ul></section></amp-accordion></article>
<footer><p>© 2019 The Gazette</p><a href="/privacy">Privacy</a></footer></body></html>`
	runAudit(t, []auditPage{{
		name:    "AMP story with a placeholder, an ad's fallback and a sidebar menu",
		doc:     doc,
		want:    withStrings(newsWant("The utility", 3), newsWant("The mayor", 3)...),
		wantNot: []string{"Obituaries", "Advertisement", "Loading poll", "Cleanup continues", "Crews work on lines"},
	}})
}
