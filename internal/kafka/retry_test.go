package kafka

import (
	"context"
	"fmt"
	"io"
	"net"
	"syscall"
	"testing"

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
