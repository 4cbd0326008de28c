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

// FollowConfig says how Follow rides out a failed read.
type FollowConfig struct {
	// Retry reports whether a failed read is tried again. Default: every
	// error is (a reader that outlasts anything but its context).
	Retry func(error) bool
	// MaxPause caps the pause before a new try, which starts at a second
	// and doubles. Default: 30 s.
	MaxPause time.Duration
	// OnRetry, if set, hears of each failed read tried again, with the
	// pause before the new try (to log it).
	OnRetry func(err error, pause time.Duration)
}

// Follow is the one loop of a read that follows a topic until ctx ends:
// it runs read, and again after each failure cfg.Retry accepts, after a
// pause (a second, doubling up to cfg.MaxPause; read's progress func,
// called from read's goroutine as messages come, puts it back to a
// second). It returns nil once ctx ends or read returns nil, and read's
// error where cfg.Retry refuses it. newsner serve's readers of the
// articles and dead letters and watch's follower of the seen topic use it.
func Follow(ctx context.Context, cfg FollowConfig, read func(progress func()) error) error {
	if cfg.MaxPause <= 0 {
		cfg.MaxPause = 30 * time.Second
	}
	pause := time.Second
	progress := func() { pause = time.Second }
	for {
		err := read(progress)
		if ctx.Err() != nil || err == nil {
			return nil
		}
		if cfg.Retry != nil && !cfg.Retry(err) {
			return err
		}
		if cfg.OnRetry != nil {
			cfg.OnRetry(err, pause)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(pause):
		}
		pause = min(2*pause, cfg.MaxPause)
	}
}
