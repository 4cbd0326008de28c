package kafka

import (
	"context"
	"errors"
	"io"
	"time"

	kgo "github.com/segmentio/kafka-go"
)

// ErrNoTopic says a topic does not exist. Reading a topic that does not
// exist fails at once: it is not retried.
var ErrNoTopic = errors.New("no such topic")

// Retriable reports whether a failed Kafka request (a write, a metadata or
// offsets request, a commit) may succeed if tried again: Kafka's retriable
// error codes (leader or coordinator moving or loading, not enough
// replicas, request timed out), network errors and timeouts. Messages too
// large, authentication and authorization failures, invalid topics, a
// topic that does not exist (ErrNoTopic), a closed client and a cancelled
// context are permanent.
func Retriable(err error) bool {
	switch {
	case err == nil,
		errors.Is(err, context.Canceled),
		errors.Is(err, ErrNoTopic),
		// A closed writer says io.ErrClosedPipe.
		errors.Is(err, io.ErrClosedPipe):
		return false
	}
	var tooLarge kgo.MessageTooLargeError
	if errors.As(err, &tooLarge) {
		return false
	}
	var kerr kgo.Error
	if errors.As(err, &kerr) {
		return kerr.Temporary()
	}
	// Anything else (connection refused or reset, EOF, i/o timeout, a
	// deadline) is the network.
	return true
}

// Retry runs a request until it succeeds, fails for good (not Retriable),
// or ctx ends. A group's coordinator or a partition's leader can be briefly
// unknown, moving or loading (a new cluster or topic, a broker restarting):
// those errors are retried with a growing pause, for up to 30 seconds.
func Retry(ctx context.Context, do func() error) error {
	pause := 100 * time.Millisecond
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := do()
		if err == nil || !Retriable(err) || ctx.Err() != nil || time.Now().Add(pause).After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(pause):
		}
		pause = min(2*pause, 2*time.Second)
	}
}
