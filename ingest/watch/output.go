package watch

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/newsner/newsner"
)

// Lines is the Output of the stdout mode: one URL record a line, as JSON
// (what newsner run reads on stdin, title and publication time included)
// or, with BareURLs, the URL alone. Safe for concurrent use.
type Lines struct {
	// W receives the lines.
	W io.Writer
	// BareURLs writes the URL alone instead of the JSON record.
	BareURLs bool

	mu sync.Mutex
}

// Emit writes the records, one a line, and flushes.
func (l *Lines) Emit(_ context.Context, recs []newsner.URLRecord) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	bw := bufio.NewWriter(l.W)
	for _, r := range recs {
		if l.BareURLs {
			bw.WriteString(r.URL)
			bw.WriteByte('\n')
			continue
		}
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encode %s: %w", r.URL, err)
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write URLs: %w", err)
	}
	return nil
}
