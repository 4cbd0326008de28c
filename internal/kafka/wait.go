package kafka

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"syscall"
	"time"
)

// connectError is err, from a first request to the brokers, with the
// brokers named once and, where the cause is a known one, what to do;
// connected says whether a connection to one was made.
func connectError(brokers []string, connected bool, err error) error {
	var hint string
	var ne net.Error
	timedOut := errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) ||
		errors.As(err, &ne) && ne.Timeout()
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		hint = "nothing listens there: is the broker running? (bash .ci/kafka.sh start runs a local one)"
	case timedOut && !connected:
		// A host that drops the connection's packets (a firewall, an
		// address not in use, a broker's private address).
		hint = "no connection: is the address right and the broker reachable from here?"
	case timedOut, errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		// What a server that speaks another protocol (HTTP, say) makes
		// of a Kafka request: silence, or a closed connection.
		hint = "no Kafka answer: is this a Kafka broker?"
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		// "read tcp 127.0.0.1:49730->127.0.0.1:9092: i/o timeout" would
		// name the broker again: say "read: i/o timeout".
		err = &shortError{msg: op.Op + ": " + op.Err.Error(), err: err}
	}
	if hint == "" {
		return fmt.Errorf("kafka %v: %w", brokers, err)
	}
	return fmt.Errorf("kafka %v: %s: %w", brokers, hint, err)
}

// shortError is err said as msg.
type shortError struct {
	msg string
	err error
}

func (e *shortError) Error() string { return e.msg }
func (e *shortError) Unwrap() error { return e.err }

// WaitForBrokers asks the cluster for its metadata until it answers, for
// up to max: a process started with (or before) its brokers, or during an
// outage, waits for them as it would ride out an outage once running.
// Each failed try is logged at warn level with the pause before the next
// (1 s, doubling up to 15 s). It returns nil once the cluster answers, the
// last error (with its remedy, where known) once max has passed or the
// error is not one waiting can cure (credentials refused, say), or ctx's.
func WaitForBrokers(ctx context.Context, c Config, max time.Duration, log *slog.Logger) error {
	c = c.WithDefaults()
	deadline := time.Now().Add(max)
	pause := time.Second
	for try := 1; ; try++ {
		tryEnd := time.Now().Add(5 * time.Second)
		if tryEnd.After(deadline) {
			tryEnd = deadline
		}
		tctx, cancel := context.WithDeadline(ctx, tryEnd)
		_, err := Metadata(tctx, c)
		cancel()
		if err == nil {
			if try > 1 {
				log.Info("Kafka answered", "brokers", c.Brokers, "tries", try)
			}
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !Retriable(err) || time.Now().Add(pause).After(deadline) {
			return err
		}
		log.Warn("waiting for Kafka", "brokers", c.Brokers, "error", err, "retry_in", pause.String(),
			"gives_up_in", time.Until(deadline).Round(time.Second).String())
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
		pause = min(2*pause, 15*time.Second)
	}
}
