package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/newsner/newsner/sink"
)

// runKafkaCmd runs a newsner command in-process and returns its exit status,
// stdout and stderr.
func runKafkaCmd(ctx context.Context, t *testing.T, stdin string, getenv func(string) string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: getenv}
	code := Main(ctx, env, args)
	return code, out.String(), errb.String()
}

func brokerEnv(broker string) func(string) string {
	return func(k string) string {
		if k == "NEWSNER_BROKERS" {
			return broker
		}
		return ""
	}
}

func TestFeedAndConsume(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	getenv := brokerEnv(broker)
	topic := fmt.Sprintf("urls.feed.%d", time.Now().UnixNano())

	file := filepath.Join(t.TempDir(), "urls.txt")
	if err := os.WriteFile(file, []byte("# a comment\nhttps://news.example/f1\n\n  https://news.example/f2  \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runKafkaCmd(ctx, t, "https://news.example/s1\nhttps://news.example/s2\n", getenv,
		"feed", "--topic", topic, " https://news.example/a1\t", file, "-")
	if code != 0 {
		t.Fatalf("feed: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "5 URLs on "+topic) {
		t.Errorf("feed said %q", stderr)
	}
	// One URL is one URL ("1 URLs on" once).
	if code, _, stderr := runKafkaCmd(ctx, t, "", getenv, "feed", "--topic", topic+".one", "https://news.example/one"); code != 0 || !strings.Contains(stderr, "newsner feed: 1 URL on "+topic+".one\n") {
		t.Errorf("feed of one URL: exit %d, said %q", code, stderr)
	}

	// Every URL is on the topic trimmed, from arguments, files and stdin.
	for _, m := range readTopic(t, broker, topic) {
		if u := string(m.Value); u != strings.TrimSpace(u) || string(m.Key) != u {
			t.Errorf("URL %q (key %q) on the topic: not trimmed", u, m.Key)
		}
	}

	// consume reads any topic; --until-end stops at the end.
	code, stdout, stderr := runKafkaCmd(ctx, t, "", getenv, "consume", "--topic", topic, "--until-end")
	if code != 0 {
		t.Fatalf("consume: exit %d: %s", code, stderr)
	}
	got := strings.Fields(stdout)
	want := []string{"https://news.example/a1", "https://news.example/f1", "https://news.example/f2",
		"https://news.example/s1", "https://news.example/s2"}
	if !sameSet(got, want) {
		t.Errorf("consume printed %v, want %v in any order", got, want)
	}
	// Read so, the URL topic is said to be one, once (a new user who
	// exported NEWSNER_TOPIC for run and feed gets it in consume too).
	if strings.Count(stderr, "is "+topic+" the URL topic?") != 1 || !strings.Contains(stderr, "NEWSNER_TOPIC") {
		t.Errorf("consume of the URL topic said %q, want it named the URL topic once", stderr)
	}
	// A topic that is not there: exit 1, saying what creates it.
	code, _, stderr = runKafkaCmd(ctx, t, "", getenv, "consume", "--topic", topic+".none", "--until-end")
	if code != 1 || !strings.Contains(stderr, "no such topic") || !strings.Contains(stderr, "run and feed create") {
		t.Errorf("consume of a missing topic: exit %d, said %q", code, stderr)
	}

	// --max stops early.
	code, stdout, _ = runKafkaCmd(ctx, t, "", getenv, "consume", "--topic", topic, "--max", "2")
	if n := len(strings.Fields(stdout)); code != 0 || n != 2 {
		t.Errorf("consume --max 2: exit %d, %d records", code, n)
	}

	// --from latest with --until-end has nothing to read.
	code, stdout, _ = runKafkaCmd(ctx, t, "", getenv, "consume", "--topic", topic, "--from", "latest", "--until-end")
	if code != 0 || stdout != "" {
		t.Errorf("consume --from latest --until-end: exit %d, printed %q", code, stdout)
	}

	// In a group, a second run goes on where the first stopped.
	group := "consume." + topic
	code, stdout, stderr = runKafkaCmd(ctx, t, "", getenv, "consume", "--topic", topic, "--group", group, "--max", "3")
	if code != 0 || len(strings.Fields(stdout)) != 3 {
		t.Fatalf("consume --group --max 3: exit %d, printed %q, %s", code, stdout, stderr)
	}
	first := strings.Fields(stdout)
	gctx, gcancel := context.WithTimeout(ctx, 8*time.Second)
	defer gcancel()
	code, stdout, stderr = runKafkaCmd(gctx, t, "", getenv, "consume", "--topic", topic, "--group", group)
	if code != 0 {
		t.Fatalf("second consume --group: exit %d: %s", code, stderr)
	}
	if rest := strings.Fields(stdout); !sameSet(append(first, rest...), want) {
		t.Errorf("group runs printed %v then %v, want %v between them", first, rest, want)
	}

	// Stopped by a signal (its context ended) while it follows the topic,
	// consume exits 0, as README and --help say.
	sctx, scancel := context.WithTimeout(ctx, 3*time.Second)
	defer scancel()
	if code, _, stderr := runKafkaCmd(sctx, t, "", getenv, "consume", "--topic", topic); code != 0 {
		t.Errorf("consume stopped by a signal: exit %d, want 0: %s", code, stderr)
	}

	// Usage errors.
	for _, args := range [][]string{
		{"consume", "--format", "xml"},
		{"consume", "--from", "yesterday"},
		{"consume", "--group", "g", "--until-end"},
	} {
		if code, _, _ := runKafkaCmd(ctx, t, "", getenv, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestConsumeShortFormat(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := fmt.Sprintf("%d", time.Now().UnixNano())
	cfg := sink.KafkaConfig{Conn: kafka.Config{Brokers: []string{broker}}, ArticlesTopic: "articles.short." + s,
		RawTopic: "raw.short." + s, DLQTopic: "dlq.short." + s}
	k, err := sink.OpenKafka(ctx, cfg, cfg.TopicSpecs("", 2)...)
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	a := newsner.Article{Schema: newsner.ArticleSchema, ID: "id1", URL: "https://news.example/1", Title: "Summit in Paris",
		FetchedAt: time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC),
		Entities: []newsner.Entity{
			{Type: newsner.Person, Text: "Emmanuel Macron", Count: 2},
			{Type: newsner.Location, Text: "Paris", Count: 1},
		}}
	if err := k.WriteArticle(ctx, a, newsner.Page{}); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runKafkaCmd(ctx, t, "", brokerEnv(broker), "consume", "--topic", cfg.ArticlesTopic, "--format", "short", "--until-end")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := "2026-11-27T12:00:00Z  Summit in Paris  https://news.example/1  PERSON: Emmanuel Macron (2)  LOCATION: Paris (1)\n"
	if stderr != "" {
		t.Errorf("consume of the articles topic said %q, want nothing", stderr)
	}
	if stdout != want {
		t.Errorf("short line\n got %q\nwant %q", stdout, want)
	}
	// --format json prints the record as it is on the topic.
	_, stdout, _ = runKafkaCmd(ctx, t, "", brokerEnv(broker), "consume", "--topic", cfg.ArticlesTopic, "--until-end")
	var back newsner.Article
	if err := json.Unmarshal([]byte(stdout), &back); err != nil || back.ID != "id1" {
		t.Errorf("json line %q: %v", stdout, err)
	}
}

func TestShortLine(t *testing.T) {
	pub := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	enc := func(v any) []byte { b, _ := json.Marshal(v); return b }
	tests := []struct {
		name  string
		value []byte
		want  string
	}{
		{"article uses published time and groups entities by type",
			enc(newsner.Article{Schema: newsner.ArticleSchema, Title: "A\n title", URL: "u", PublishedAt: &pub,
				Entities: []newsner.Entity{{Type: newsner.Location, Text: "Rome", Count: 1}, {Type: newsner.Organization, Text: "UN", Count: 3}, {Type: newsner.Person, Text: "Ann", Count: 1}}}),
			"2026-01-02T03:04:05Z  A title  u  PERSON: Ann (1)  ORGANIZATION: UN (3)  LOCATION: Rome (1)"},
		{"dead letter",
			enc(newsner.DeadLetter{Schema: newsner.DeadLetterSchema, URL: "u", Class: "http_status", Error: "404", Time: pub}),
			"2026-01-02T03:04:05Z  DEAD  u  http_status: 404"},
		{"unknown schema", []byte(`{"schema":"x/v9"}`), `unknown record (schema "x/v9"): {"schema":"x/v9"}`},
		// A terminal's escape sequences (a title that clears the screen, a
		// URL fed with one that sets the window title, a C1 CSI) are not
		// passed to it.
		{"escapes in an article",
			enc(newsner.Article{Schema: newsner.ArticleSchema, Title: "A\x1b[2J title", URL: "u\x1b[31m", PublishedAt: &pub,
				Entities: []newsner.Entity{{Type: newsner.Person, Text: "Ann\u009b1m", Count: 1}}}),
			"2026-01-02T03:04:05Z  A\ufffd[2J title  u\ufffd[31m  PERSON: Ann\ufffd1m (1)"},
		{"escapes in a dead letter",
			enc(newsner.DeadLetter{Schema: newsner.DeadLetterSchema, URL: "http://x/\x1b]0;owned\x07", Class: "invalid", Error: "bad \x1b[2J", Time: pub}),
			"2026-01-02T03:04:05Z  DEAD  http://x/\ufffd]0;owned\ufffd  invalid: bad \ufffd[2J"},
		{"not JSON", []byte("https://a.example/"), `unknown record (schema ""): https://a.example/`},
	}
	for _, tt := range tests {
		if got := shortLine(tt.value); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}

// TestFeedSCRAM feeds through the broker's SASL listener (NEWSNER_TEST_KAFKA_SASL_ADDR)
// with the SCRAM user .ci/kafka.sh creates: the right password works, a
// wrong one fails with a clear error that does not show the password.
func TestFeedSCRAM(t *testing.T) {
	kafkatest.Addr(t)
	addr := os.Getenv("NEWSNER_TEST_KAFKA_SASL_ADDR")
	if addr == "" {
		t.Skip("NEWSNER_TEST_KAFKA_SASL_ADDR not set (the SASL listener of .ci/kafka.sh, 127.0.0.1:9094)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	topic := fmt.Sprintf("urls.scram.%d", time.Now().UnixNano())
	for _, tt := range []struct {
		mech, password string
		ok             bool
	}{
		{"SCRAM-SHA-256", "newsner-secret", true},
		{"SCRAM-SHA-512", "newsner-secret", true},
		{"PLAIN", "newsner-secret", true},
		{"SCRAM-SHA-512", "not-the-password", false},
	} {
		getenv := func(k string) string {
			switch k {
			case "NEWSNER_BROKERS":
				return addr
			case "NEWSNER_KAFKA_SASL":
				return tt.mech
			case "NEWSNER_KAFKA_USER":
				return "newsner"
			case "NEWSNER_KAFKA_PASSWORD":
				return tt.password
			}
			return ""
		}
		code, _, stderr := runKafkaCmd(ctx, t, "", getenv, "feed", "--topic", topic, "https://news.example/"+tt.mech)
		if tt.ok && code != 0 {
			t.Errorf("%s, right password: exit %d: %s", tt.mech, code, stderr)
		}
		if !tt.ok {
			if code == 0 || !strings.Contains(stderr, "SASL Authentication Failed") {
				t.Errorf("%s, wrong password: exit %d: %s", tt.mech, code, stderr)
			}
			if strings.Contains(stderr, tt.password) {
				t.Errorf("the error shows the password: %s", stderr)
			}
		}
	}
	// Unknown mechanisms are refused before connecting.
	getenv := func(k string) string {
		return map[string]string{"NEWSNER_BROKERS": addr, "NEWSNER_KAFKA_SASL": "GSSAPI", "NEWSNER_KAFKA_USER": "u"}[k]
	}
	if code, _, stderr := runKafkaCmd(ctx, t, "", getenv, "feed", "--topic", topic, "https://x.example/"); code == 0 || !strings.Contains(stderr, "unknown mechanism") {
		t.Errorf("GSSAPI: exit %d: %s", code, stderr)
	}
}

// TestFeedTLS feeds through the broker's TLS listener
// (NEWSNER_TEST_KAFKA_TLS_ADDR, with the test CA and client pair .ci/kafka.sh
// makes in NEWSNER_TEST_KAFKA_TLS_DIR): with the CA file it works, with a
// client certificate too, and without the CA it fails with a clear
// certificate error.
func TestFeedTLS(t *testing.T) {
	kafkatest.Addr(t)
	addr, dir := os.Getenv("NEWSNER_TEST_KAFKA_TLS_ADDR"), os.Getenv("NEWSNER_TEST_KAFKA_TLS_DIR")
	if addr == "" || dir == "" {
		t.Skip("NEWSNER_TEST_KAFKA_TLS_ADDR/_DIR not set (the TLS listener of .ci/kafka.sh with KAFKA_SSL_PORT)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	topic := fmt.Sprintf("urls.tls.%d", time.Now().UnixNano())
	for _, tt := range []struct {
		name string
		vars map[string]string
		ok   bool
	}{
		{"CA file", map[string]string{"NEWSNER_KAFKA_CA_FILE": dir + "/ca.pem"}, true},
		{"CA file and client certificate", map[string]string{"NEWSNER_KAFKA_CA_FILE": dir + "/ca.pem",
			"NEWSNER_KAFKA_CERT_FILE": dir + "/client.pem", "NEWSNER_KAFKA_KEY_FILE": dir + "/client.key"}, true},
		{"system roots", map[string]string{"NEWSNER_KAFKA_TLS": "1"}, false},
	} {
		tt.vars["NEWSNER_BROKERS"] = addr
		getenv := func(k string) string { return tt.vars[k] }
		code, _, stderr := runKafkaCmd(ctx, t, "", getenv, "feed", "--topic", topic, "https://news.example/tls")
		if tt.ok && code != 0 {
			t.Errorf("%s: exit %d: %s", tt.name, code, stderr)
		}
		if !tt.ok && (code == 0 || !strings.Contains(stderr, "certificate")) {
			t.Errorf("%s: exit %d, want a certificate error: %s", tt.name, code, stderr)
		}
	}
}

// TestEachFileLine: a file's lines as ingest.EachLine gives them; the
// caller's error comes back as it is (feed's "write to TOPIC: ..." is not
// put under the file's name), a failed read names the file.
func TestEachFileLine(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "urls.txt")
	if err := os.WriteFile(path, []byte("a\n# a comment\n\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := eachFileLine(ctx, path, func(l string) error { got = append(got, l); return nil }); err != nil || strings.Join(got, " ") != "a b" {
		t.Errorf("lines %q, error %v; want a b", got, err)
	}
	stop := fmt.Errorf("write to a topic: refused")
	if err := eachFileLine(ctx, path, func(string) error { return stop }); err != stop {
		t.Errorf("the caller's error: got %v, want it as it is", err)
	}
	if err := eachFileLine(ctx, dir, func(string) error { return nil }); err == nil || !strings.HasPrefix(err.Error(), dir+": ") {
		t.Errorf("reading a directory: got %v, want an error naming it first", err)
	}
}
