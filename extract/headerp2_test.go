package extract

import (
	"testing"
)

// TestIntroHeaderParagraph: a short paragraph ending in a colon, set in a
// <header> of its own right before the steps it introduces, is the
// text's (introParagraph); a teaser heading set so ("Related stories:")
// is not.
func TestIntroHeaderParagraph(t *testing.T) {
	checkGazettePage(t, "Make a playlist on the go", `<div class="entry">
		<header><p>To make one on the phone, do the following:</p></header>
		<ol><li>Open Music and tap Playlists at the top of the screen.</li>
		<li>Tap New Playlist, type a name for it and tap Save.</li>
		<li>Pick the songs to add, one by one, and tap Done when finished.</li></ol>
		<p>`+para("Alpha")+`</p>
		<header><p>Related stories:</p></header>
		<ul><li><a href="/a">Ferry times change in the spring</a></li><li><a href="/b">Pier repairs begin next week</a></li></ul></div>`,
		[]string{"do the following:", "Open Music", "Tap New Playlist", "Alpha said"}, []string{"Related stories:"})
}
