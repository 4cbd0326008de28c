package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/logging"
)

// failingStore is a Store whose every Add fails (a full disk, a broker
// down).
type failingStore struct{}

func (failingStore) Add(context.Context, []newsner.URLRecord, time.Time) error {
	return errors.New("write seen.txt: no space left on device")
}

// TestStoreFailureWarningsCounted: the warning that the seen URLs could
// not be recorded, repeated while the store fails, is written once and
// then counted, as README says repeating warnings are, and still names
// the source whose URLs it was. Its source and count of URLs differ from
// poll to poll (a source is polled once an interval, minutes apart; a
// store down fails the polls of all sources); the logger took them for
// the warning's subject, so each poll's warning was a new one, written
// every time.
func TestStoreFailureWarningsCounted(t *testing.T) {
	var logs fakes.Buffer
	log := slog.New(logging.RateLimit(slog.NewJSONHandler(&logs, nil), time.Minute))
	w := New(Config{Output: &fakes.URLs{}, Store: failingStore{}, MaxAge: -1, Logger: log})
	for poll := range 3 {
		source := fmt.Sprintf("https://news%d.example/feed.xml", poll)
		var entries []sourced
		for i := range poll + 1 { // 1, 2, 3 new URLs
			entries = append(entries, sourced{Entry: Entry{Link: fmt.Sprintf("https://news%d.example/%d", poll, i)}, source: source})
		}
		if err := w.emit(context.Background(), source, entries); err != nil {
			t.Fatalf("poll %d: %v", poll, err)
		}
	}
	if n := strings.Count(logs.String(), "recording seen URLs failed"); n != 1 {
		t.Errorf("%d warnings written for 3 failed records within a minute, want 1, the rest counted:\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), "https://news0.example/feed.xml") || !strings.Contains(logs.String(), "no space left") {
		t.Errorf("the warning names neither the source nor the store's error:\n%s", logs.String())
	}
}
