package sink

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/newsner/newsner"
)

// JSONLines writes records as one JSON object a line to W: articles and
// dead letters alike (a consumer tells them apart by their "schema" field).
// It is safe for concurrent use; each record is written whole with one Write.
type JSONLines struct {
	W io.Writer

	mu sync.Mutex
}

// WriteArticle writes the article record. The raw page is not written.
func (j *JSONLines) WriteArticle(ctx context.Context, a newsner.Article, _ newsner.Page) error {
	return j.Write(ctx, a)
}

// WriteDeadLetter writes the dead-letter record.
func (j *JSONLines) WriteDeadLetter(ctx context.Context, d newsner.DeadLetter) error {
	return j.Write(ctx, d)
}

// Write writes any JSON-encodable record as one line.
func (j *JSONLines) Write(_ context.Context, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode record: %w", err)
	}
	b = append(b, '\n')
	j.mu.Lock()
	defer j.mu.Unlock()
	if _, err := j.W.Write(b); err != nil {
		return fmt.Errorf("write record: %w", err)
	}
	return nil
}
