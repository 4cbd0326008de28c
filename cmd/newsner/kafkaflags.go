package main

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/sink"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"
)

// kafkaOpts holds the flags that say how to reach the Kafka cluster: the
// brokers, TLS and SASL. Each flag has an environment variable; the password
// is read from NEWSNER_KAFKA_PASSWORD or a file, never from a flag value
// (which other users could read from the process list).
type kafkaOpts struct {
	Brokers      string
	TLS          bool
	CAFile       string
	CertFile     string
	KeyFile      string
	Mechanism    string
	Username     string
	PasswordFile string
	getenv       func(string) string
}

// kafkaFlags binds the connection flags to fs; defBrokers is the --brokers
// default where NEWSNER_BROKERS is unset.
func kafkaFlags(fs *flag.FlagSet, env *Env, defBrokers string) *kafkaOpts {
	o := &kafkaOpts{getenv: env.Getenv}
	fs.StringVar(&o.Brokers, "brokers", envOr(env, "NEWSNER_BROKERS", defBrokers), "comma-separated Kafka bootstrap brokers (env NEWSNER_BROKERS)")
	fs.BoolVar(&o.TLS, "kafka-tls", env.Getenv("NEWSNER_KAFKA_TLS") == "1" || env.Getenv("NEWSNER_KAFKA_TLS") == "true", "connect to Kafka with TLS (env NEWSNER_KAFKA_TLS=1; implied by --kafka-ca-file)")
	fs.StringVar(&o.CAFile, "kafka-ca-file", env.Getenv("NEWSNER_KAFKA_CA_FILE"), "PEM CA bundle to verify the brokers with, instead of the system's (env NEWSNER_KAFKA_CA_FILE)")
	fs.StringVar(&o.CertFile, "kafka-cert-file", env.Getenv("NEWSNER_KAFKA_CERT_FILE"), "PEM client certificate for mutual TLS (env NEWSNER_KAFKA_CERT_FILE)")
	fs.StringVar(&o.KeyFile, "kafka-key-file", env.Getenv("NEWSNER_KAFKA_KEY_FILE"), "PEM key of the client certificate (env NEWSNER_KAFKA_KEY_FILE)")
	fs.StringVar(&o.Mechanism, "kafka-sasl", env.Getenv("NEWSNER_KAFKA_SASL"), "SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512; empty: none (env NEWSNER_KAFKA_SASL)")
	fs.StringVar(&o.Username, "kafka-user", env.Getenv("NEWSNER_KAFKA_USER"), "SASL user name (env NEWSNER_KAFKA_USER)")
	fs.StringVar(&o.PasswordFile, "kafka-password-file", env.Getenv("NEWSNER_KAFKA_PASSWORD_FILE"), "file holding the SASL password (env NEWSNER_KAFKA_PASSWORD_FILE; or set NEWSNER_KAFKA_PASSWORD)")
	return o
}

// brokers returns the broker list.
func (o *kafkaOpts) brokers() []string {
	var bs []string
	for _, b := range strings.Split(o.Brokers, ",") {
		if b = strings.TrimSpace(b); b != "" {
			bs = append(bs, b)
		}
	}
	return bs
}

// tlsConfig returns the TLS configuration, nil for plaintext.
func (o *kafkaOpts) tlsConfig() (*tls.Config, error) {
	if !o.TLS && o.CAFile == "" && o.CertFile == "" {
		return nil, nil
	}
	c := &tls.Config{MinVersion: tls.VersionTLS12}
	if o.CAFile != "" {
		pem, err := os.ReadFile(o.CAFile)
		if err != nil {
			return nil, fmt.Errorf("kafka CA file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("kafka CA file %s: no PEM certificates in it", o.CAFile)
		}
		c.RootCAs = pool
	}
	if (o.CertFile == "") != (o.KeyFile == "") {
		return nil, errors.New("kafka client certificate: give both --kafka-cert-file and --kafka-key-file")
	}
	if o.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(o.CertFile, o.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("kafka client certificate: %w", err)
		}
		c.Certificates = []tls.Certificate{cert}
	}
	return c, nil
}

// saslMechanism returns the SASL mechanism, nil for none.
func (o *kafkaOpts) saslMechanism() (sasl.Mechanism, error) {
	if o.Mechanism == "" {
		return nil, nil
	}
	password := o.getenv("NEWSNER_KAFKA_PASSWORD")
	if o.PasswordFile != "" {
		b, err := os.ReadFile(o.PasswordFile)
		if err != nil {
			return nil, fmt.Errorf("kafka password file: %w", err)
		}
		password = strings.TrimRight(string(b), "\r\n")
	}
	if o.Username == "" {
		return nil, errors.New("kafka SASL: no user name (--kafka-user or NEWSNER_KAFKA_USER)")
	}
	return saslMechanism(o.Mechanism, o.Username, password)
}

// saslMechanism builds the named mechanism.
func saslMechanism(name, user, password string) (sasl.Mechanism, error) {
	switch strings.ToUpper(name) {
	case "PLAIN":
		return plain.Mechanism{Username: user, Password: password}, nil
	case "SCRAM-SHA-256":
		m, err := scram.Mechanism(scram.SHA256, user, password)
		if err != nil {
			return nil, fmt.Errorf("kafka SASL %s: %w", name, err)
		}
		return m, nil
	case "SCRAM-SHA-512":
		m, err := scram.Mechanism(scram.SHA512, user, password)
		if err != nil {
			return nil, fmt.Errorf("kafka SASL %s: %w", name, err)
		}
		return m, nil
	}
	return nil, fmt.Errorf("kafka SASL: unknown mechanism %q (want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)", name)
}

// sinkConfig returns the Kafka sink configuration for these flags and
// topics.
func (o *kafkaOpts) sinkConfig(t topics) (sink.KafkaConfig, error) {
	tc, err := o.tlsConfig()
	if err != nil {
		return sink.KafkaConfig{}, err
	}
	m, err := o.saslMechanism()
	if err != nil {
		return sink.KafkaConfig{}, err
	}
	bs := o.brokers()
	if len(bs) == 0 {
		return sink.KafkaConfig{}, errors.New("no Kafka brokers (--brokers or NEWSNER_BROKERS)")
	}
	return sink.KafkaConfig{
		Brokers:       bs,
		TLS:           tc,
		SASL:          m,
		ArticlesTopic: t.Articles,
		RawTopic:      t.Raw,
		DLQTopic:      t.DLQ,
	}, nil
}

// sourceConfig returns the Kafka URL source configuration for these flags.
func (o *kafkaOpts) sourceConfig(t topics, group string) (ingest.KafkaSourceConfig, error) {
	sc, err := o.sinkConfig(t)
	if err != nil {
		return ingest.KafkaSourceConfig{}, err
	}
	return ingest.KafkaSourceConfig{
		Brokers: sc.Brokers,
		TLS:     sc.TLS,
		SASL:    sc.SASL,
		Topic:   t.URLs,
		GroupID: group,
	}, nil
}
