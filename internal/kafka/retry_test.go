package kafka

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner"
	kgo "github.com/segmentio/kafka-go"
)

// TestRetriable holds the cases of the three predicates this one replaced
// (the writer's, the raw-topic reader's and Read's): Kafka's retriable
// codes and the network are retried; size, authentication and
// authorization failures, a closed writer, a cancelled context and a topic
// that does not exist are not.
func TestRetriable(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{nil, false},
		{kgo.LeaderNotAvailable, true},
		{kgo.NotEnoughReplicas, true},
		{kgo.RequestTimedOut, true},
		{kgo.GroupCoordinatorNotAvailable, true},
		{kgo.GroupLoadInProgress, true},
		{fmt.Errorf("wrapped: %w", kgo.NotLeaderForPartition), true},
		{fmt.Errorf("read t/4: list offsets: %w", kgo.LeaderNotAvailable), true},
		{kgo.OffsetNotAvailable, true},
		{kgo.FencedLeaderEpoch, true},
		{kgo.MessageSizeTooLarge, false},
		{kgo.TopicAuthorizationFailed, false},
		{kgo.SASLAuthenticationFailed, false},
		{kgo.MessageTooLargeError{}, false},
		{io.ErrClosedPipe, false},
		{context.Canceled, false},
		{fmt.Errorf("read t: %w", ErrNoTopic), false},
		{io.EOF, true},
		{io.ErrUnexpectedEOF, true},
		{syscall.ECONNREFUSED, true},
		{syscall.ECONNRESET, true},
		{&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, true},
		{context.DeadlineExceeded, true},
	}
	for _, tt := range tests {
		if got := Retriable(tt.err); got != tt.want {
			t.Errorf("Retriable(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

func TestRawCodec(t *testing.T) {
	m, err := RawMessage(RawTopic, "id1", newsnerPage())
	if err != nil {
		t.Fatal(err)
	}
	if m.Topic != RawTopic || string(m.Key) != "id1" || len(m.Headers) != 1 || string(m.Headers[0].Value) != "newsner.raw/v1" {
		t.Fatalf("message %+v", m)
	}
	page, id, err := ParseRaw(m.Value)
	if err != nil || id != "id1" || page.URL != "https://news.example/a" || string(page.Body) != "<p>hi</p>" {
		t.Fatalf("ParseRaw = %+v, %q, %v", page, id, err)
	}
	if _, _, err := ParseRaw([]byte("{")); err == nil {
		t.Error("ParseRaw of broken JSON: no error")
	}
	if _, _, err := ParseRaw([]byte(`{"schema":"other/v9"}`)); err == nil {
		t.Error("ParseRaw of another schema: no error")
	}
}

func newsnerPage() newsner.Page {
	return newsner.Page{URL: "https://news.example/a", FinalURL: "https://news.example/a", Status: 200, Body: []byte("<p>hi</p>")}
}

// TestFollow: a failed read is tried again after a pause that progress
// puts back to a second, an error Retry refuses is returned at once, and
// a context ended during a pause ends Follow without an error.
func TestFollow(t *testing.T) {
	var pauses []time.Duration
	tries := 0
	cfg := FollowConfig{Retry: Retriable, OnRetry: func(_ error, p time.Duration) { pauses = append(pauses, p) }}
	err := Follow(context.Background(), cfg, func(progress func()) error {
		tries++
		switch tries {
		case 1:
			return io.ErrUnexpectedEOF
		case 2:
			progress()
			return io.ErrUnexpectedEOF
		}
		return nil
	})
	if err != nil || tries != 3 || !slices.Equal(pauses, []time.Duration{time.Second, time.Second}) {
		t.Errorf("Follow = %v after %d tries, pauses %v; want nil after 3, pauses [1s 1s]", err, tries, pauses)
	}

	tries = 0
	err = Follow(context.Background(), cfg, func(func()) error { tries++; return ErrNoTopic })
	if !errors.Is(err, ErrNoTopic) || tries != 1 {
		t.Errorf("Follow on an error Retry refuses = %v after %d tries; want it at once", err, tries)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cfg.OnRetry = func(error, time.Duration) { cancel() }
	start := time.Now()
	err = Follow(ctx, cfg, func(func()) error { return io.ErrUnexpectedEOF })
	if err != nil || time.Since(start) > 500*time.Millisecond {
		t.Errorf("Follow with its context ended in a pause = %v after %v; want nil at once", err, time.Since(start))
	}
}
