package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Tests of ruby annotations (furigana, pinyin), which the text leaves out.

// TestFlatReadRubyLeftOpen: a page read token by token (flatRead: one the
// parser refused) whose ruby annotation is left open, as HTML allows
// ("<ruby>漢<rt>kan</ruby>"), loses the annotation only, not the rest of
// the page (inRubyAnnotation).
func TestFlatReadRubyLeftOpen(t *testing.T) {
	a := flatRead([]byte(`<html><head><title>新しい橋</title></head><body><p><ruby>市長<rp>(<rt>しちょう<rp>)</ruby>は新しい橋の建設を発表しました。工事は来年の春に始まり、二年かかる予定です。</p>
		<p><ruby>住民<rt>じゅうみん</ruby>からは賛成の声が多く聞かれました。反対の声は少なかったということです。</p></body></html>`), false)
	checkText(t, a.Text, []string{"市長は新しい橋の建設を発表しました。", "住民からは賛成の声が多く聞かれました。"}, []string{"しちょう", "じゅうみん", "("})
}

// TestRubyTextContainer: a ruby's second line of annotations set as text
// in an <rtc> (a romanization beside the furigana) is left out like its
// <rt>s.
func TestRubyTextContainer(t *testing.T) {
	a, err := FromReader(strings.NewReader(`<html lang="ja"><head><title>天気</title></head><body><article><p><ruby><rb>東京</rb><rt>とうきょう</rt><rtc>Tokyo</rtc></ruby>の<ruby>天気<rt>てんき</rt></ruby>は、明日から雨になる見込みです。気象庁によると、週末まで続くということです。</p></article></body></html>`), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"東京の天気は、明日から雨になる見込みです。"}, []string{"Tokyo", "とうきょう", "てんき"})
}

// TestBlockLinesRuby: the fallback's largest block (blockLines) leaves a
// ruby's annotation out of its line, as the main pass does; read inline,
// "(じ)" stood after every annotated word.
func TestBlockLinesRuby(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><div>漢<ruby>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>を読む。<span>Posted <ruby>in<rt>よみ</rt></ruby> Paris</span><p>次<ruby>の<rtc>no</rtc></ruby>行</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	div := findBody(doc).FirstChild
	got := strings.Join(blockLines(div, nil), " | ")
	if want := "漢字を読む。Posted in Paris | 次の行"; got != want {
		t.Errorf("blockLines = %q, want %q", got, want)
	}
}
