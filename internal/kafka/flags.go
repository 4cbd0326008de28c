package kafka

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newsner/newsner/internal/cmdline"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"
)

// Flags are the command-line settings a Config is made from: the brokers,
// TLS and SASL. The SASL password is read from the environment variable
// NEWSNER_KAFKA_PASSWORD or a file, never from a flag value (which other
// users could read from the process list).
type Flags struct {
	Brokers      string
	TLS          bool
	CAFile       string
	CertFile     string
	KeyFile      string
	Mechanism    string
	Username     string
	PasswordFile string
}

// RegisterFlags binds the connection flags to fs; defBrokers is the
// --brokers default (empty: no Kafka unless asked for).
func (f *Flags) RegisterFlags(fs *flag.FlagSet, defBrokers string) {
	fs.StringVar(&f.Brokers, "brokers", defBrokers, "comma-separated Kafka bootstrap brokers")
	fs.BoolVar(&f.TLS, "kafka-tls", false, "connect to Kafka with TLS (implied by --kafka-ca-file)")
	fs.StringVar(&f.CAFile, "kafka-ca-file", "", "PEM CA bundle to verify the brokers with, instead of the system's")
	fs.StringVar(&f.CertFile, "kafka-cert-file", "", "PEM client certificate for mutual TLS")
	fs.StringVar(&f.KeyFile, "kafka-key-file", "", "PEM key of the client certificate")
	fs.StringVar(&f.Mechanism, "kafka-sasl", "", "SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512; empty: none")
	fs.StringVar(&f.Username, "kafka-user", "", "SASL user name")
	fs.StringVar(&f.PasswordFile, "kafka-password-file", "", "file holding the SASL password (or set NEWSNER_KAFKA_PASSWORD)")
}

// BrokerList returns the brokers named, none when --brokers is empty.
func (f *Flags) BrokerList() []string {
	var bs []string
	for _, b := range strings.Split(f.Brokers, ",") {
		if b = strings.TrimSpace(b); b != "" {
			bs = append(bs, b)
		}
	}
	return bs
}

// Config returns the connection configuration the flags ask for, validated;
// getenv reads NEWSNER_KAFKA_PASSWORD.
func (f *Flags) Config(getenv func(string) string) (Config, error) {
	tc, err := f.tlsConfig()
	if err != nil {
		return Config{}, err
	}
	m, err := f.saslMechanism(getenv)
	if err != nil {
		return Config{}, err
	}
	c := Config{Brokers: f.BrokerList(), TLS: tc, SASL: m}
	if err := c.Validate(); err != nil {
		// No brokers, here --brokers "" or ",": a flag value refused.
		return Config{}, &cmdline.Mistake{Err: err}
	}
	return c, nil
}

// tlsConfig returns the TLS configuration, nil for plaintext.
func (f *Flags) tlsConfig() (*tls.Config, error) {
	if !f.TLS && f.CAFile == "" && f.CertFile == "" {
		return nil, nil
	}
	c := &tls.Config{MinVersion: tls.VersionTLS12}
	if f.CAFile != "" {
		pem, err := os.ReadFile(f.CAFile)
		if err != nil {
			return nil, fmt.Errorf("kafka CA file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("kafka CA file %s: no PEM certificates in it", f.CAFile)
		}
		c.RootCAs = pool
	}
	if (f.CertFile == "") != (f.KeyFile == "") {
		return nil, flagValuef("kafka client certificate: give both --kafka-cert-file and --kafka-key-file")
	}
	if f.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(f.CertFile, f.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("kafka client certificate: %w", err)
		}
		c.Certificates = []tls.Certificate{cert}
	}
	return c, nil
}

// saslMechanism returns the SASL mechanism, nil for none.
func (f *Flags) saslMechanism(getenv func(string) string) (sasl.Mechanism, error) {
	if f.Mechanism == "" {
		// A user or password file given alone was passed over: the
		// connection went without credentials, and a broker that wants
		// them refused it with no word of SASL.
		if f.Username != "" || f.PasswordFile != "" {
			return nil, flagValuef("kafka SASL: --kafka-user and --kafka-password-file need --kafka-sasl (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512); without it no credentials are sent")
		}
		return nil, nil
	}
	// The mechanism first: a user name or password is no help with one
	// that is not known.
	if err := checkMechanism(f.Mechanism); err != nil {
		return nil, err
	}
	password := getenv("NEWSNER_KAFKA_PASSWORD")
	if f.PasswordFile != "" {
		b, err := os.ReadFile(f.PasswordFile)
		if err != nil {
			return nil, fmt.Errorf("kafka password file: %w", err)
		}
		password = strings.TrimRight(string(b), "\r\n")
	}
	if f.Username == "" {
		return nil, flagValuef("kafka SASL: no user name (--kafka-user or NEWSNER_KAFKA_USER)")
	}
	return Mechanism(f.Mechanism, f.Username, password)
}

// Mechanism builds the named SASL mechanism: PLAIN, SCRAM-SHA-256 or
// SCRAM-SHA-512.
func Mechanism(name, user, password string) (sasl.Mechanism, error) {
	switch strings.ToUpper(name) {
	case "PLAIN":
		return plain.Mechanism{Username: user, Password: password}, nil
	case "SCRAM-SHA-256", "SCRAM-SHA-512":
		algo := scram.SHA256
		if strings.ToUpper(name) == "SCRAM-SHA-512" {
			algo = scram.SHA512
		}
		m, err := scram.Mechanism(algo, user, password)
		if err != nil {
			return nil, fmt.Errorf("kafka SASL %s: %w", name, err)
		}
		return m, nil
	}
	return nil, checkMechanism(name)
}

// checkMechanism refuses a SASL mechanism Mechanism does not build.
func checkMechanism(name string) error {
	switch strings.ToUpper(name) {
	case "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512":
		return nil
	}
	return flagValuef("kafka SASL: unknown mechanism %q (want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)", name)
}

// flagValuef refuses a value of the connection flags, or a mix of them
// (an unknown --kafka-sasl, --kafka-sasl without --kafka-user or the
// other way round, --kafka-cert-file without --kafka-key-file): a mistake in the command
// line (cmdline.Errorf), on which the commands exit 2 as on any flag value
// refused, not 1 as on a failure. A file the flags name that cannot be
// read is a failure.
func flagValuef(format string, a ...any) error {
	return cmdline.Errorf(format, a...)
}
