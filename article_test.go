package newsner_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// CompileSchema compiles the embedded article schema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(newsner.ArticleJSONSchema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("article.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("article.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestArticleMatchesSchema(t *testing.T) {
	s := compileSchema(t)
	pub := time.Date(2026, 11, 20, 7, 45, 0, 0, time.UTC)
	text := "Macron met Tusk. Macron left."
	good := newsner.Article{
		Schema: newsner.ArticleSchema, ID: newsner.ArticleID("https://x.example/a"),
		URL: "https://x.example/a?utm=1", FinalURL: "https://x.example/a", CanonicalURL: "https://x.example/a",
		FetchedAt: time.Now().UTC(), Status: 200, Title: "T", PublishedAt: &pub, Language: "en",
		Text: text, ContentSHA256: newsner.ContentHash(text), Model: "extract/v1+ner/test",
		Entities:       []newsner.Entity{{Type: newsner.Person, Text: "Macron", Key: "name:person:macron", Count: 2, Mentions: []newsner.Mention{{0, 6, "Macron"}, {17, 23, "Macron"}}}},
		EntitiesStatus: newsner.EntitiesOK,
	}
	tests := []struct {
		name  string
		edit  func(a *newsner.Article)
		valid bool
	}{
		{"complete", func(*newsner.Article) {}, true},
		{"no published time", func(a *newsner.Article) { a.PublishedAt = nil }, true},
		{"no entities", func(a *newsner.Article) { a.Entities = []newsner.Entity{} }, true},
		{"nil entities", func(a *newsner.Article) { a.Entities = nil }, false},
		{"wrong schema", func(a *newsner.Article) { a.Schema = "newsner.article/v0" }, false},
		{"MISC type", func(a *newsner.Article) { a.Entities[0].Type = "MISC" }, false},
		{"v1 record without key and status", func(a *newsner.Article) { a.Entities[0].Key = ""; a.EntitiesStatus = "" }, true},
		{"unsupported language", func(a *newsner.Article) {
			a.Entities, a.EntitiesStatus, a.Language = []newsner.Entity{}, newsner.EntitiesUnsupportedLanguage, "de"
		}, true},
		{"unknown status", func(a *newsner.Article) { a.EntitiesStatus = "skipped" }, false},
		{"bad id", func(a *newsner.Article) { a.ID = "x" }, false},
		{"fallback text", func(a *newsner.Article) { a.Extraction = newsner.ExtractionFallback }, true},
		{"unknown extraction", func(a *newsner.Article) { a.Extraction = "guess" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := good
			a.Entities = append([]newsner.Entity(nil), good.Entities...)
			tt.edit(&a)
			b, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			err = s.Validate(v)
			if (err == nil) != tt.valid {
				t.Errorf("valid = %v, want %v (%v)\n%s", err == nil, tt.valid, err, b)
			}
		})
	}
}

func TestErrorCode(t *testing.T) {
	base := newsner.Errorf(newsner.ETimeout, "fetch took too long")
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{base, newsner.ETimeout},
		{&newsner.Error{Code: newsner.ENotHTML, Message: "x"}, newsner.ENotHTML},
		{wrap(base), newsner.ETimeout},
		{bytes.ErrTooLarge, newsner.EInternal},
	}
	for _, tt := range tests {
		if got := newsner.ErrorCode(tt.err); got != tt.want {
			t.Errorf("ErrorCode(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

type wrapped struct{ err error }

func (w wrapped) Error() string { return "wrapped: " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

func wrap(err error) error { return wrapped{err} }

func TestArticleIDStable(t *testing.T) {
	a := newsner.ArticleID("https://x.example/a")
	if a != newsner.ArticleID("https://x.example/a") || len(a) != 32 {
		t.Fatalf("ArticleID not stable or wrong length: %q", a)
	}
	if a == newsner.ArticleID("https://x.example/b") {
		t.Fatal("different URLs share an ID")
	}
}

func TestRecordSchema(t *testing.T) {
	for _, c := range []struct {
		value, want string
		err         bool
	}{
		{`{"schema":"newsner.article/v1","id":"x"}`, newsner.ArticleSchema, false},
		{`{"url":"https://example.com/","schema":"newsner.deadletter/v1"}`, newsner.DeadLetterSchema, false},
		{`{"url":"https://example.com/"}`, "", false},
		{`https://example.com/`, "", true},
	} {
		got, err := newsner.RecordSchema([]byte(c.value))
		if got != c.want || (err != nil) != c.err {
			t.Errorf("RecordSchema(%s) = %q, %v; want %q, error %v", c.value, got, err, c.want, c.err)
		}
	}
}

// TestSchemaSaysTheRefusedLanguage: the schema's language is described as
// the language of the article's text, and a refused record's as the
// language it was refused for, not the page's declared one (a German
// article on a page whose template declares "en" was recorded "en").
func TestSchemaSaysTheRefusedLanguage(t *testing.T) {
	var doc struct {
		Properties map[string]struct {
			Description string `json:"description"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(newsner.ArticleJSONSchema, &doc); err != nil {
		t.Fatal(err)
	}
	d := doc.Properties["language"].Description
	for _, want := range []string{"language of the article's text", "unsupported_language", "refused for", `"en" is "de"`} {
		if !strings.Contains(d, want) {
			t.Errorf("language's description %q does not say %q", d, want)
		}
	}
}
