package extract

import (
	"strings"
	"testing"
)

// TestMembersOnlyNote: a Japanese paper's box under the teaser of an
// article for paying members ("［有料会員限定］ この記事は会員限定です。
// 電子版に登録すると続きをお読みいただけます。") is left out as the
// English and German meter notes are; the teaser's paragraphs stay.
func TestMembersOnlyNote(t *testing.T) {
	doc := `<html><head><title>新しい橋が開通</title></head><body><div>
		<h1>新しい橋が開通</h1>
		<div class="article-text">
		<p>川に架かる新しい橋が月曜日に開通した。市と県と建設会社が合意してから三年がたち、朝から多くの市民が歩いて渡った。</p>
		<p>市長は式典で、橋の費用は当初の計画を上回ったが、新しいフェリーを造るよりは安く済んだと述べ、両岸の商店街にも人が戻ると期待を示した。</p>
		<p>六十年にわたって車を運んできた古いフェリーは金曜日に最後の運航を終え、その後は港の博物館に展示される予定だという。</p>
		</div>
		<div class="m-articleRegist"><p class="m-articleRegist_text"><span>［有料会員限定］</span> この記事は会員限定です。電子版に登録すると続きをお読みいただけます。</p>
		<div><p>無料・有料プランを選択</p><a href="/regist">今すぐ登録</a></div></div>
		</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"川に架かる新しい橋", "古いフェリーは金曜日"}, []string{"会員限定", "続きをお読み"})
}
