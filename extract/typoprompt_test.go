package extract

import (
	"strings"
	"testing"
)

// TestTypoReportPrompt: the box after the body asking readers to select a
// mistake and press Ctrl+Enter (a Latvian site's "Kļūda rakstā?" box with
// its touch screen's line, a Russian one's paragraph) is left out with its
// question; a tutorial's paragraph on the key, naming no mistake, stays.
func TestTypoReportPrompt(t *testing.T) {
	for _, tc := range []struct {
		name, box string
		want      []string
		wantNot   []string
	}{
		{"latvian box", `<div class="article__report"><div class="icon"></div><div class="desc">
			<strong>Kļūda rakstā?</strong>
			<p class="d-none d-md-block">Iezīmējiet tekstu un spiediet <span>Ctrl+Enter</span>, lai nosūtītu labojamo teksta fragmentu redaktoram!</p>
			<p class="d-md-none">Iezīmējiet tekstu un spiediet uz <span>Ziņot par kļūdu</span> pogas, lai nosūtītu labojamo teksta fragmentu redaktoram!</p></div></div>`,
			nil, []string{"Kļūda rakstā", "Ctrl+Enter", "Ziņot par kļūdu"}},
		{"russian paragraph", `<p>Нашли ошибку? Выделите текст и нажмите Ctrl + Enter.</p>`,
			nil, []string{"Нашли ошибку", "Ctrl + Enter"}},
		{"tutorial's key", `<p>In the editor, select the cell and press Ctrl+Enter to run it: its results appear in the pane below.</p>`,
			[]string{"press Ctrl+Enter to run it"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := bridgePage(`<div>` + bridgeOpening + bridgeMiddle + bridgeClosing + tc.box + `</div>`)
			checkBridge(t, doc, tc.wantNot...)
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			checkText(t, a.Text, tc.want, nil)
		})
	}
}
