package kafka

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/cmdline"
)

func TestFlagsConfig(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("from-file\n"), 0o600)
	noEnv := func(string) string { return "" }
	env := func(k string) string {
		if k == "NEWSNER_KAFKA_PASSWORD" {
			return "from-env"
		}
		return ""
	}
	for _, tt := range []struct {
		args    []string
		getenv  func(string) string
		wantErr string
		check   func(Config) bool
	}{
		{args: nil, wantErr: "no Kafka brokers"},
		{args: []string{"--brokers", " a:1, b:2 ,"}, check: func(c Config) bool {
			return strings.Join(c.Brokers, " ") == "a:1 b:2" && c.TLS == nil && c.SASL == nil
		}},
		{args: []string{"--brokers", "a:1", "--kafka-tls"}, check: func(c Config) bool { return c.TLS != nil }},
		{args: []string{"--brokers", "a:1", "--kafka-ca-file", filepath.Join(dir, "missing.pem")}, wantErr: "kafka CA file"},
		{args: []string{"--brokers", "a:1", "--kafka-cert-file", "c.pem"}, wantErr: "give both"},
		{args: []string{"--brokers", "a:1", "--kafka-sasl", "PLAIN"}, wantErr: "no user name"},
		// Credentials without a mechanism were passed over: no SASL.
		{args: []string{"--brokers", "a:1", "--kafka-user", "u"}, wantErr: "need --kafka-sasl"},
		{args: []string{"--brokers", "a:1", "--kafka-password-file", pw}, wantErr: "need --kafka-sasl"},
		{args: []string{"--brokers", "a:1", "--kafka-sasl", "GSSAPI", "--kafka-user", "u"}, wantErr: "unknown mechanism"},
		// The mechanism is checked first: it said "no user name" of
		// --kafka-sasl bogus, then "unknown mechanism" once one was given.
		{args: []string{"--brokers", "a:1", "--kafka-sasl", "bogus"}, wantErr: `unknown mechanism "bogus"`},
		{args: []string{"--brokers", "a:1", "--kafka-sasl", "bogus", "--kafka-password-file", filepath.Join(dir, "missing")}, wantErr: `unknown mechanism "bogus"`},
		{args: []string{"--brokers", "a:1", "--kafka-sasl", "plain", "--kafka-user", "u"}, getenv: env,
			check: func(c Config) bool { return c.SASL != nil && c.SASL.Name() == "PLAIN" }},
		{args: []string{"--brokers", "a:1", "--kafka-sasl", "SCRAM-SHA-512", "--kafka-user", "u", "--kafka-password-file", pw},
			check: func(c Config) bool { return c.SASL != nil && c.SASL.Name() == "SCRAM-SHA-512" }},
	} {
		var f Flags
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		f.RegisterFlags(fs, "")
		if err := fs.Parse(tt.args); err != nil {
			t.Fatal(err)
		}
		getenv := tt.getenv
		if getenv == nil {
			getenv = noEnv
		}
		c, err := f.Config(getenv)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("%q: err %v, want %q", tt.args, err, tt.wantErr)
		case tt.wantErr == "" && err != nil:
			t.Errorf("%q: %v", tt.args, err)
		case err != nil && cmdline.IsMistake(err) != (strings.Contains(err.Error(), "unknown mechanism") || strings.Contains(err.Error(), "no user name") || strings.Contains(err.Error(), "give both") || strings.Contains(err.Error(), "need --kafka-sasl") || strings.Contains(err.Error(), "no Kafka brokers")):
			// A refused value or mix of the flags, or no brokers named,
			// is of the class the commands exit 2 on; a file not read is
			// not.
			t.Errorf("%q: %v: cmdline.IsMistake %v", tt.args, err, cmdline.IsMistake(err))
		case tt.check != nil && err == nil && !tt.check(c):
			t.Errorf("%q: config %+v", tt.args, c)
		}
	}
}

func TestTopicSpecs(t *testing.T) {
	specs := TopicSpecs(Topics{Articles: "a", Raw: "r"}, 0, 0)
	if len(specs) != 2 || specs[0].Topic != "a" || specs[0].NumPartitions != DefaultPartitions || specs[1].Topic != "r" {
		t.Fatalf("specs %+v", specs)
	}
	compact := false
	for _, e := range specs[1].ConfigEntries {
		compact = compact || e.ConfigName == "cleanup.policy" && e.ConfigValue == "compact"
	}
	if !compact {
		t.Errorf("raw topic not compacted: %+v", specs[1].ConfigEntries)
	}
	if all := TopicSpecs(DefaultTopics(), 3, 0); len(all) != 4 || all[3].NumPartitions != 1 || all[0].NumPartitions != 3 {
		t.Errorf("default topics %+v", all)
	}
}
