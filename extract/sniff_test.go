package extract

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// TestSniffUndeclared: pages in a legacy encoding that nothing declares (no
// header, no BOM, no <meta charset>) are decoded right.
func TestSniffUndeclared(t *testing.T) {
	tests := []struct {
		name  string
		enc   encoding.Encoding
		title string
		text  string
	}{
		{"gbk", simplifiedchinese.GBK, "市政府公布新的交通计划",
			"市政府十日公布了新的交通计划，将在明年建设三条地铁线路。市长说，这个计划是为了减少城市的交通拥堵，也会改善空气质量。专家认为，这是近年来最大的一次投资，但是资金的来源还没有确定。"},
		{"shift_jis", japanese.ShiftJIS, "東京で新しい美術館が開館",
			"東京都は十日、上野に新しい美術館を開館したと発表した。館長は「多くの人に来てほしい」と話している。展示は日本の近代絵画が中心で、入場は無料だという。"},
		{"euc-jp", japanese.EUCJP, "大阪の市場が移転へ",
			"大阪市は九日、中央卸売市場を二年後に移転すると発表した。新しい市場は港の近くに建てられ、駐車場も広くなるという。"},
		{"windows-1251", charmap.Windows1251, "Городской совет утвердил бюджет",
			"Городской совет во вторник утвердил бюджет на следующий год. Мэр сказал, что большая часть денег пойдёт на ремонт дорог и школ, а также на новые автобусы."},
		{"big5", traditionalchinese.Big5, "市政府公布新的交通計劃",
			"市政府十日公布了新的交通計劃，將在明年建設三條地鐵線路。市長說，這個計劃是為了減少城市的交通擁堵，也會改善空氣品質。"},
		{"windows-1252", charmap.Windows1252, "Le conseil adopte le budget",
			"Le conseil municipal a adopté mardi le budget de l’année prochaine. Selon le maire, la majorité des dépenses ira à la rénovation des écoles et des rues du quartier."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := tt.enc.NewEncoder().String("<!DOCTYPE html>\n<html><head><title>" + tt.title + "</title></head><body>" +
				strings.Repeat(`<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>`, 20) +
				"<article><h1>" + tt.title + "</h1><p>" + tt.text + "</p></article></body></html>")
			if err != nil {
				t.Fatal(err)
			}
			if _, name := sniff([]byte(doc)); name != tt.name {
				t.Errorf("sniff = %s, want %s", name, tt.name)
			}
			a, err := FromReader(strings.NewReader(doc), nil, "")
			if err != nil {
				t.Fatal(err)
			}
			// A text this short keeps its headline (mainText).
			if want := tt.title + "\n\n" + tt.text; a.Text != want {
				t.Errorf("text = %q, want %q", a.Text, want)
			}
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
		})
	}
}
