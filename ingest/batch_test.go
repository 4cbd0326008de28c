package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
)

// TestBatchCloseStopsReadingThenSaves: Close waits for the producer to end
// before the last save, saves once however often it is called, and returns
// that save's error.
func TestBatchCloseStopsReadingThenSaves(t *testing.T) {
	var producing, saves atomic.Int32
	var savedWhileProducing atomic.Bool
	errSave := errors.New("disk full")
	b := ingest.StartBatch(context.Background(), ingest.BatchConfig{
		BatchOptions: ingest.BatchOptions{ReadAhead: 1, SaveEvery: time.Hour},
		Produce: func(ctx context.Context, r *ingest.ReadAhead) error {
			producing.Store(1)
			defer producing.Store(0)
			emit := r.Emitter()
			for {
				if err := emit(ctx, ingest.Job{URL: "u"}); err != nil {
					return err
				}
			}
		},
		Save: func() error {
			saves.Add(1)
			if producing.Load() == 1 {
				savedWhileProducing.Store(true)
			}
			return errSave
		},
	})
	if _, err := b.Next(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); !errors.Is(err, errSave) {
		t.Errorf("Close: %v, want the last save's error", err)
	}
	if err := b.Close(); !errors.Is(err, errSave) {
		t.Errorf("second Close: %v, want the first one's error", err)
	}
	if n := saves.Load(); n != 1 {
		t.Errorf("%d saves, want 1 (at the first Close)", n)
	}
	if savedWhileProducing.Load() {
		t.Error("the last save ran while the producer was still reading")
	}
}

// TestBatchSaveEveryDefault: a zero SaveEvery saves every DefaultSaveEvery,
// the one default of every batch source (BatchOptions.WithDefaults, which
// StartBatch applies); it made time.NewTicker panic on the saving
// goroutine.
func TestBatchSaveEveryDefault(t *testing.T) {
	var saves atomic.Int32
	b := ingest.StartBatch(context.Background(), ingest.BatchConfig{
		Produce: func(ctx context.Context, r *ingest.ReadAhead) error { return nil },
		Save:    func() error { saves.Add(1); return nil },
	})
	defer b.Close()
	fakes.WaitFor(t, "a periodic save", 10*ingest.DefaultSaveEvery, func() bool { return saves.Load() > 0 })
}

// TestProducerPanicIsAnError: a panic on the producer goroutine (a parser
// library's bug set off by an input's bytes) ends the source with an
// EInternal error from Next, after the jobs read before it; it took the
// whole process down with a goroutine's stack before.
func TestProducerPanicIsAnError(t *testing.T) {
	b := ingest.StartBatch(context.Background(), ingest.BatchConfig{
		BatchOptions: ingest.BatchOptions{ReadAhead: 1},
		Produce: func(ctx context.Context, r *ingest.ReadAhead) error {
			if err := r.Emitter()(ctx, ingest.Job{URL: "https://news.example/a"}); err != nil {
				return err
			}
			var m map[string]int
			m["x"]++ // a nil map: a runtime panic
			return nil
		},
		Save: func() error { return nil },
	})
	defer b.Close()
	j, err := b.Next(context.Background())
	if err != nil || j.URL != "https://news.example/a" {
		t.Fatalf("first job %q, %v", j.URL, err)
	}
	_, err = b.Next(context.Background())
	if newsner.ErrorCode(err) != newsner.EInternal || !strings.Contains(err.Error(), "panic") {
		t.Errorf("Next after the panic: %v, want an %s error saying panic", err, newsner.EInternal)
	}
}

// TestProducerPanicNamesInput: a panic while a producer reads an input
// through ReadSafely (an archive's WARC file, a raw topic's partition on a
// goroutine of its own) ends the source with an EInternal error naming
// that input once; it said "read inputs: panic" without saying which, and
// a partition's goroutine took the whole process down.
func TestProducerPanicNamesInput(t *testing.T) {
	const input = "file:///data/crawl-7.warc.gz"
	b := ingest.StartBatch(context.Background(), ingest.BatchConfig{
		Produce: func(ctx context.Context, r *ingest.ReadAhead) error {
			errc := make(chan error)
			go func() {
				errc <- ingest.ReadSafely(input, func() error {
					var m map[string]int
					m["x"]++ // a nil map: a runtime panic
					return nil
				})
			}()
			return <-errc
		},
	})
	defer b.Close()
	_, err := b.Next(context.Background())
	if newsner.ErrorCode(err) != newsner.EInternal || strings.Count(fmt.Sprint(err), input) != 1 ||
		!strings.Contains(fmt.Sprint(err), "read "+input+": panic: assignment to entry in nil map") {
		t.Errorf("Next after the panic: %v, want an %s error naming %s once", err, newsner.EInternal, input)
	}
}
