package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the extractor's output")

// golden is what the golden files hold of an article.
type golden struct {
	Title        string     `json:"title"`
	Byline       string     `json:"byline"`
	PublishedAt  *time.Time `json:"published_at,omitempty"`
	Language     string     `json:"language"`
	SiteName     string     `json:"site_name"`
	CanonicalURL string     `json:"canonical_url"`
	Text         string     `json:"text"`
}

// TestGolden extracts every testdata/*.html page and compares with its
// golden file (go test ./extract -run TestGolden -update rewrites them).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata pages: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			u, _ := url.Parse("https://example.com/articles/" + name)
			a, err := FromReader(bytes.NewReader(raw), u, "text/html")
			if err != nil {
				t.Fatal(err)
			}
			got := golden{a.Title, a.Byline, a.PublishedAt, a.Language, a.SiteName, a.CanonicalURL, a.Text}
			gf := filepath.Join("testdata", name+".golden.json")
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(gf, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want golden
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			wb, _ := json.MarshalIndent(want, "", "  ")
			gb, _ := json.MarshalIndent(got, "", "  ")
			if !bytes.Equal(wb, gb) {
				t.Errorf("article differs from %s:\ngot:\n%s\nwant:\n%s", gf, gb, wb)
			}
		})
	}
}
