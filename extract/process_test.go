package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// noEntities is an entity finder that finds none.
type noEntities struct{}

func (noEntities) Name() string                     { return "none" }
func (noEntities) Entities(string) []newsner.Entity { return nil }

// TestProcessorKeepsErrorClass: a page over MaxInputBytes is too_large, not
// an extraction failure, and the processor adds no context of its own (the
// pipeline adds the URL once).
func TestProcessorKeepsErrorClass(t *testing.T) {
	const u = "https://example.com/a"
	page := newsner.Page{URL: u, FinalURL: u, Header: map[string][]string{"Content-Type": {"text/html"}},
		Body: []byte("<html><body><p>" + strings.Repeat("x", MaxInputBytes) + "</p></body></html>")}
	_, err := (&Processor{Finder: noEntities{}}).Process(context.Background(), page)
	if got := newsner.ErrorCode(err); got != newsner.ETooLarge {
		t.Fatalf("class %q (%v), want %q", got, err, newsner.ETooLarge)
	}
	if strings.Contains(err.Error(), u) || strings.Contains(err.Error(), "extract") {
		t.Errorf("error %q adds context the pipeline adds", err)
	}
}
