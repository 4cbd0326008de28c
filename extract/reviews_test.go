package extract

import (
	"fmt"
	"strings"
	"testing"
)

// reviewsWidget is a made-up reviews widget of n short reviews (author,
// rating, date, comment), as shops and recipe sites put under their text.
func reviewsWidget(n int) string {
	var sb strings.Builder
	sb.WriteString(`<div class="reviews-widget" id="reviews"><h2>Reviews (` + fmt.Sprint(n) + `)</h2>`)
	comments := []string{"Made this twice now and it came out well both times. Will keep it.",
		"Good value for the price, arrived a day early and well packed.",
		"A bit too salty for us, next time I will use half the amount.",
		"Easy to follow and the kids loved it. Thank you!"}
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sb, `<div class="review"><span class="review-author">Reader %d</span><span class="review-rating">★★★★☆</span><time>%d March 2024</time><p class="review-text">%s</p></div>`,
			i+1, 1+i%28, comments[i%len(comments)])
	}
	sb.WriteString(`</div>`)
	return sb.String()
}

// TestReviewsAfterShortPost: a post of one line (a track's note on a music
// blog) with a reviews widget after it keeps its line, and the widget is
// left out: a more lenient attempt that reaches the reviews, longer than
// the post, is not taken over any text found (content.go). Without it
// the text was the reviews alone.
func TestReviewsAfterShortPost(t *testing.T) {
	doc := `<html><head><title>Running from the sun</title></head><body><div id="content">
<div class="post" id="post-1"><h3 class="storytitle">Running from the sun</h3>
<div class="storycontent"><p>Simply beautiful! Unreleased new material from the band. Superb.</p>` + reviewsWidget(12) + `</div></div>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Simply beautiful!") || strings.Contains(a.Text, "Made this twice") {
		t.Errorf("want the post without the reviews:\n%s", a.Text)
	}
}

// TestReviewsInsideNamedPost: a blog's post whose <article> a category
// class names "reviews" ("category-kit-reviews") and that holds a reviews
// widget after its text is no block of customer reviews (customerReviews:
// the run of reviews holds under half of its text): the post stays, the
// widget goes. Without the share test the whole post was dropped and the
// page read from its cookie notice.
func TestReviewsInsideNamedPost(t *testing.T) {
	doc := `<html><head><title>Tea at Crane Hill</title></head><body><div id="page">
<div class="cookie-notice"><p>This website uses cookies to improve your experience while you navigate through the website, and some of them are necessary.</p></div>
<main id="main"><article class="post-7 post type-post category-kit-reviews tag-review"><h1>Tea at Crane Hill</h1>
<div class="entry-content">` + storyParagraphs + `</div>` + reviewsWidget(20) + `</article></main>
</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Every spring the family") || strings.Contains(a.Text, "Made this twice") || strings.Contains(a.Text, "uses cookies") {
		t.Errorf("want the post without the reviews or the cookie notice:\n%s", a.Text)
	}
}

// TestReviewsInShortPost: a picture's post of a headline and a byline,
// with a shop's reviews widget set in the post's own block after it: the
// attempt that reads the widget (the only block of paragraphs) is read
// again without it (othersIn, railOut), and the post's header is its
// text (emptyPostHeader), with no review.
func TestReviewsInShortPost(t *testing.T) {
	var reviews strings.Builder
	for i := range 14 {
		fmt.Fprintf(&reviews, `<div class="review"><span class="review-author">Reader %d</span><span class="review-rating">★★★★☆</span><time>%d March 2024</time><p class="review-text">Review %d: made this twice now, and it came out well both times.</p></div>`, i+1, i+1, i+1)
	}
	page := `<html><head><title>Velvet shine | Street Hearts</title></head><body><div id="header"><a href="/">Street Hearts</a></div>
		<div id="content"><div class="post hentry">
		<div class="headline_area"><h1 class="entry-title">Velvet shine</h1><p class="meta">Posted July 8th, 2011</p></div>
		<div class="entry"><img src="/photo.jpg"></div>
		<div class="reviews-widget" id="reviews"><h2>Reviews (14)</h2>` + reviews.String() + `</div>
		</div></div><div id="footer"><a href="/about">About</a></div></body></html>`
	a, err := FromReader(strings.NewReader(page), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"Velvet shine", "Posted July 8th"}, []string{"Review 1:", "Review 14:", "Reader 3", "Reviews (14)"})
}

// TestReviewsOutOfFallback: a slideshow's page whose own text is its
// headline and a picture's credit, too few words for the main pass, with
// a reviews widget at the end of the body: the fallback, which reads past
// class hints, leaves the widget out as the main pass does
// (keepChromeSkip: reviewsPanel), and the main pass's few words stand.
// Without it the text was the reviews alone.
func TestReviewsOutOfFallback(t *testing.T) {
	doc := `<html><head><title>Magic art: 3D paintings</title></head><body><div id="page">
<div class="slideshow"><h1>Magic art: 3D paintings</h1><div class="slide"><img src="/1.jpg" alt=""><span>AP Photo</span></div></div></div>
<div class="ad_container"></div>` + reviewsWidget(12) + `</body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Magic art: 3D paintings") || strings.Contains(a.Text, "Made this twice") {
		t.Errorf("want the slideshow's headline without the reviews:\n%s", a.Text)
	}
}
