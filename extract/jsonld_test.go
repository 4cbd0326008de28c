package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestForumThreadLinkedData: a forum thread whose markup is rendered by
// script reads as its JSON-LD gives it (a DiscussionForumPosting's text,
// then its comments'), each post under its poster's name.
func TestForumThreadLinkedData(t *testing.T) {
	a := extractTestdata(t, filepath.Join("forum", "ld-thread.html"))
	want := []string{"Potter Pete", "My grandmother's teapot lost the knob", "Which glue will hold in hot water",
		"Glazed Over", "A two-part epoxy rated for dishwashers", "Kiln Kate", "Or take it to a potter"}
	checkText(t, a.Text, want, nil)
	at := 0
	for _, w := range want {
		i := strings.Index(a.Text[at:], w)
		if i < 0 {
			t.Fatalf("%q not after the posts before it:\n%s", w, a.Text)
		}
		at += i + len(w)
	}
}

// TestForumThreadLinkedDataDates: a thread read from its JSON-LD (its
// posts' markup dropped as a comment thread) whose page shows each post's
// date in a <time> of the same instant as the post's dateCreated, written
// with another zone ("Z" for "+0000"): each poster's name is followed by
// the date as the page words it. A post whose instant no <time> shows,
// and the first post's date where the page shows none, give the name
// alone.
func TestForumThreadLinkedDataDates(t *testing.T) {
	post := func(id, name, iso, shown, text string) string {
		return `<article class="cPost ipsComment" id="elComment_` + id + `"><aside class="cAuthorPane"><h3 class="cAuthorPane_author"><a href="/profile/` + id + `-x/">` + name + `</a></h3></aside>
			<div class="ipsComment_content"><div class="ipsComment_meta"><a href="#findComment-` + id + `">Posted <time datetime="` + iso + `">` + shown + `</time></a></div><div data-role="commentContent"><p>` + text + `</p></div></div></article>`
	}
	ld := `{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kiln shelf cracked on the first firing",
		"text":"My new kiln shelf cracked across the middle on its very first bisque firing, and I would like to know whether it was the shelf or me.",
		"author":{"@type":"Person","name":"slipcast_sam"},"dateCreated":"2026-02-01T09:14:00+0000",
		"comment":[
		 {"@type":"Comment","author":{"@type":"Person","name":"Wedging Table"},"dateCreated":"2026-02-01T11:02:37+0000","text":"Did you wash the shelf and then fire it before it had dried through? Trapped water will crack a new shelf."},
		 {"@type":"Comment","author":{"@type":"Person","name":"Cone Six"},"dateCreated":"2026-02-03T08:00:00+0000","text":"Loading it unevenly will do it as well: a heavy pot on one edge heats the shelf on one side faster than the other."}]}`
	doc := `<html><head><title>Kiln shelf cracked on the first firing - Potters' Forum</title><script type="application/ld+json">` + ld + `</script></head><body>
		<h1>Kiln shelf cracked on the first firing</h1><div id="comments" class="cTopic"><form>` +
		post("1", "slipcast_sam", "2026-02-01", "February 1", "My new kiln shelf cracked across the middle on its very first bisque firing, and I would like to know whether it was the shelf or me.") +
		post("2", "Wedging Table", "2026-02-01T11:02:37Z", "February 1, 2026", "Did you wash the shelf and then fire it before it had dried through? Trapped water will crack a new shelf.") +
		post("3", "Cone Six", "2026-02-03T09:00:00Z", "February 3, 2026", "Loading it unevenly will do it as well: a heavy pot on one edge heats the shelf on one side faster than the other.") +
		`</form></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"slipcast_sam\n", "Wedging Table February 1, 2026\n", "Cone Six\n", "Trapped water will crack"}, []string{"February 3, 2026", "slipcast_sam February"})
}
