package eval

import (
	"bytes"
	"context"
	"io"
	"maps"
	"net/url"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestReadTextsReadsWriteTexts: what WriteTexts writes, ReadTexts reads
// back key for key; anything but such an object is an error.
func TestReadTextsReadsWriteTexts(t *testing.T) {
	sets := []Set{
		{Name: NewsPages, Pages: []Page{{ID: "p1", HTML: []byte("First made-up text.")}, {ID: "p2", HTML: []byte("Second \"quoted\" text,\nwith a line break.")}}},
		{Name: Dragnet, Pages: []Page{{ID: "d1", HTML: []byte("")}}},
	}
	echo := func(r io.Reader, _ *url.URL, _ string) (newsner.Article, error) {
		b, err := io.ReadAll(r)
		return newsner.Article{Text: string(b)}, err
	}
	var buf bytes.Buffer
	if err := WriteTexts(context.Background(), &buf, sets, echo); err != nil {
		t.Fatal(err)
	}
	got, err := ReadTexts(&buf)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"p1": "First made-up text.", "p2": "Second \"quoted\" text,\nwith a line break.", "dragnet2013/d1": ""}
	if !maps.Equal(got, want) {
		t.Errorf("ReadTexts = %q, want %q", got, want)
	}
	for _, bad := range []string{"", `["p1"]`, `{"p1": 3}`, `{"p1": "x"} trailing`} {
		if _, err := ReadTexts(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadTexts(%q) succeeded", bad)
		}
	}
}
