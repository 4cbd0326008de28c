// Package kafka is newsner's one Kafka layer: the connection Config
// (brokers, TLS, SASL, client id) with its flags and Validate, the one
// builder of kafka-go transports, dialers and clients (so a test's Dial,
// such as internal/kafkatest's protocol recorder, sees every connection),
// consumer-group membership (Group, ConsumerGroup), the one retry predicate
// and the one retry loop of a reader that follows a topic (retry.go: Follow),
// the one partition-reading loop and Read (read.go), the topic
// names and how they are created (topics.go), the wait for the brokers at
// start-up and the hints of a first request that failed (wait.go: "is
// this a Kafka broker?"), a group's lag
// (lag.go), and the raw-page record codec (raw.go). The URL source and
// raw-topic reader (ingest/kafkasource), the article writer (sink), watch's
// topics and shared sites (ingest/watch/watchkafka), `newsner consume` and
// `newsner serve` are built on it.
package kafka

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"sync/atomic"
	"time"

	kgo "github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
)

// Defaults of a Config.
const (
	DefaultBroker   = "127.0.0.1:9092"
	DefaultClientID = "newsner"
	// dialTimeout bounds connecting to a broker, TLS and SASL included.
	dialTimeout = 10 * time.Second
)

// Config says how to reach the Kafka cluster. The zero value connects to
// 127.0.0.1:9092 in plaintext without authentication.
type Config struct {
	// Brokers are the bootstrap brokers. Default: 127.0.0.1:9092.
	Brokers []string
	// TLS, when set, connects with TLS.
	TLS *tls.Config
	// SASL, when set, authenticates with this mechanism (PLAIN, SCRAM).
	SASL sasl.Mechanism
	// ClientID names this client to the brokers. Default: newsner.
	ClientID string
	// Dial, when set, opens the connections to the brokers (a proxy, or a
	// test that records the protocol). Default: a net.Dialer.
	Dial func(ctx context.Context, network, address string) (net.Conn, error)
}

// WithDefaults returns c with its zero fields set to their defaults.
func (c Config) WithDefaults() Config {
	if len(c.Brokers) == 0 {
		c.Brokers = []string{DefaultBroker}
	}
	if c.ClientID == "" {
		c.ClientID = DefaultClientID
	}
	return c
}

// Validate reports what is wrong with c, nil when it can be used.
func (c Config) Validate() error {
	if len(c.Brokers) == 0 {
		return errors.New("no Kafka brokers (--brokers or NEWSNER_BROKERS)")
	}
	return nil
}

// Transport returns a kafka-go transport for the clients and writers of c.
// Its owner calls CloseIdleConnections when done.
func (c Config) Transport() *kgo.Transport {
	c = c.WithDefaults()
	return &kgo.Transport{
		ClientID:    c.ClientID,
		TLS:         c.TLS,
		SASL:        c.SASL,
		Dial:        c.Dial,
		DialTimeout: dialTimeout,
		MetadataTTL: 5 * time.Second,
	}
}

// Dialer returns a kafka-go dialer for the readers and consumer groups of c.
func (c Config) Dialer() *kgo.Dialer {
	c = c.WithDefaults()
	return &kgo.Dialer{
		ClientID:      c.ClientID,
		Timeout:       dialTimeout,
		DualStack:     true,
		TLS:           c.TLS,
		SASLMechanism: c.SASL,
		DialFunc:      c.Dial,
	}
}

// Client returns a client of the cluster on transport t (from Transport),
// each request bounded by timeout.
func (c Config) Client(t *kgo.Transport, timeout time.Duration) *kgo.Client {
	c = c.WithDefaults()
	return &kgo.Client{Addr: kgo.TCP(c.Brokers...), Transport: t, Timeout: timeout}
}

// Metadata connects to the cluster and returns its brokers and topics,
// failing with a clear error when no broker answers or the credentials are
// refused.
func Metadata(ctx context.Context, c Config) (*kgo.MetadataResponse, error) {
	c = c.WithDefaults()
	// Whether a connection was made tells a broker that cannot be
	// reached from a server that is not one, when both end in silence.
	var connected atomic.Bool
	dial := c.Dial
	if dial == nil {
		// kafka-go's own default dialer's.
		dial = (&net.Dialer{Timeout: 3 * time.Second}).DialContext
	}
	c.Dial = func(ctx context.Context, network, address string) (net.Conn, error) {
		conn, err := dial(ctx, network, address)
		if err == nil {
			connected.Store(true)
		}
		return conn, err
	}
	t := c.Transport()
	defer t.CloseIdleConnections()
	md, err := c.Client(t, 10*time.Second).Metadata(ctx, &kgo.MetadataRequest{})
	if err != nil {
		return nil, connectError(c.Brokers, connected.Load(), err)
	}
	return md, nil
}
