package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/segmentio/kafka-go"
)

// kafkaBroker returns the test broker's address (NEWSNER_KAFKA, set by
// .ci/test.sh), skipping the test where there is none.
func kafkaBroker(t *testing.T) string {
	t.Helper()
	b := os.Getenv("NEWSNER_KAFKA")
	if b == "" {
		t.Skip("NEWSNER_KAFKA not set: no Kafka broker for integration tests (bash .ci/test.sh starts one)")
	}
	return b
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// newsnerBinary builds cmd/newsner once per test run.
func newsnerBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "newsner-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "newsner")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// newsPages serves n generated news pages at /article/<i> and a 404 at /gone.
func newsPages(t *testing.T, n int) *httptest.Server {
	t.Helper()
	people := []string{"Angela Merkel", "Emmanuel Macron", "Donald Tusk", "Pedro Sanchez", "Giorgia Meloni"}
	places := []string{"Berlin", "Paris", "Warsaw", "Madrid", "Rome"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/article/%d", &i); err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		p, c := people[i%len(people)], places[i%len(places)]
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>Story %d | Test Times</title>
<link rel="canonical" href="https://news.example/article/%d"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Story %d</h1>
<p>%s arrived in %s on Monday for talks with the European Commission about story number %d.</p>
<p>Officials from the United Nations said the meeting in %s would last two days, and %s said little.</p>
</article><footer>Test Times</footer></body></html>`, i, i, i, p, c, i, c, p)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// readTopic reads every message of topic (all partitions) up to the end
// offsets it finds, with kafka-go.
func readTopic(t *testing.T, broker, topic string) []kafka.Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	conn, err := kafka.DialContext(ctx, "tcp", broker)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := conn.ReadPartitions(topic)
	conn.Close()
	if err != nil {
		t.Fatalf("partitions of %s: %v", topic, err)
	}
	var msgs []kafka.Message
	for _, p := range parts {
		pc, err := kafka.DialLeader(ctx, "tcp", broker, topic, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		last, err := pc.ReadLastOffset()
		pc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if last == 0 {
			continue
		}
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{broker}, Topic: topic, Partition: p.ID, MaxWait: 200 * time.Millisecond})
		for {
			m, err := r.ReadMessage(ctx)
			if err != nil {
				r.Close()
				t.Fatalf("read %s/%d: %v", topic, p.ID, err)
			}
			msgs = append(msgs, m)
			if m.Offset >= last-1 {
				break
			}
		}
		r.Close()
	}
	return msgs
}

// countTopic counts the messages of a topic from its partitions' offsets.
func countTopic(broker, topic string) (int64, error) {
	conn, err := kafka.Dial("tcp", broker)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	parts, err := conn.ReadPartitions(topic)
	if err != nil {
		return 0, err
	}
	var n int64
	for _, p := range parts {
		pc, err := kafka.DialLeader(context.Background(), "tcp", broker, topic, p.ID)
		if err != nil {
			return 0, err
		}
		first, last, err := pc.ReadOffsets()
		pc.Close()
		if err != nil {
			return 0, err
		}
		n += last - first
	}
	return n, nil
}

// TestKafkaEndToEnd is the pipeline issue's integration test: 200 pages served
// on loopback, their URLs (and one that 404s) fed with `newsner feed`, two
// `newsner run` processes in one group; every URL comes out exactly once on
// the articles topic (read with kafka-go and with kcat), the 404 on the DLQ.
func TestKafkaEndToEnd(t *testing.T) {
	broker := kafkaBroker(t)
	bin := newsnerBinary(t)
	const n = 200
	srv := newsPages(t, n)
	suffix := fmt.Sprintf("e2e-%d", time.Now().UnixNano())
	topicArgs := []string{
		"--topic", "urls." + suffix, "--articles-topic", "articles." + suffix,
		"--raw-topic", "raw." + suffix, "--dlq-topic", "dlq." + suffix,
	}
	env := append(os.Environ(), "NEWSNER_BROKERS="+broker)

	var urls []string
	for i := range n {
		urls = append(urls, fmt.Sprintf("%s/article/%d", srv.URL, i))
	}
	urls = append(urls, srv.URL+"/gone")
	feed := exec.Command(bin, "feed", "--topic", "urls."+suffix, "-")
	feed.Env = env
	feed.Stdin = strings.NewReader(strings.Join(urls, "\n") + "\n")
	if out, err := feed.CombinedOutput(); err != nil {
		t.Fatalf("newsner feed: %v\n%s", err, out)
	}

	runArgs := append([]string{"run", "--group", "g." + suffix, "--allow-private-networks", "--per-host-rate", "inf", "--per-host-concurrency", "16", "--ignore-robots", "--workers", "8"}, topicArgs...)
	var procs []*exec.Cmd
	var logs []*bytes.Buffer
	for range 2 {
		cmd := exec.Command(bin, runArgs...)
		cmd.Env = env
		var log bytes.Buffer
		cmd.Stdout, cmd.Stderr = &log, &log
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
		logs = append(logs, &log)
	}
	defer func() {
		for _, p := range procs {
			p.Process.Kill()
		}
	}()

	deadline := time.Now().Add(3 * time.Minute)
	for {
		a, _ := countTopic(broker, "articles."+suffix)
		d, _ := countTopic(broker, "dlq."+suffix)
		if a >= n && d >= 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out: %d articles, %d dead letters\nlog 1:\n%s\nlog 2:\n%s", a, d, logs[0], logs[1])
		}
		time.Sleep(500 * time.Millisecond)
	}
	for i, p := range procs {
		p.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- p.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run %d exited with %v\n%s", i, err, logs[i])
			}
		case <-time.After(60 * time.Second):
			t.Errorf("run %d did not stop within 60s of SIGTERM", i)
		}
	}

	// Read back with kafka-go.
	byURL := map[string]int{}
	for _, m := range readTopic(t, broker, "articles."+suffix) {
		var a newsner.Article
		if err := json.Unmarshal(m.Value, &a); err != nil {
			t.Fatalf("article value is not JSON: %v", err)
		}
		if string(m.Key) != a.ID || a.Schema != newsner.ArticleSchema {
			t.Errorf("message key %q, id %q, schema %q", m.Key, a.ID, a.Schema)
		}
		byURL[a.URL]++
	}
	for _, u := range urls[:n] {
		if byURL[u] != 1 {
			t.Errorf("%s appears %d times on the articles topic, want 1", u, byURL[u])
		}
	}
	if len(byURL) != n {
		t.Errorf("%d distinct URLs on the articles topic, want %d", len(byURL), n)
	}
	dlq := readTopic(t, broker, "dlq."+suffix)
	if len(dlq) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dlq))
	}
	var d newsner.DeadLetter
	if err := json.Unmarshal(dlq[0].Value, &d); err != nil || d.URL != srv.URL+"/gone" || d.Class != newsner.EHTTPStatus {
		t.Errorf("dead letter %+v (%v), want http_status for /gone", d, err)
	}
	raw := readTopic(t, broker, "raw."+suffix)
	if len(raw) != n {
		t.Errorf("%d raw pages, want %d", len(raw), n)
	}

	// And with an independent client, kcat.
	kcat, err := exec.LookPath("kcat")
	if err != nil {
		t.Fatalf("kcat not installed (bash .ci/test.sh installs it): %v", err)
	}
	out, err := exec.Command(kcat, "-b", broker, "-C", "-t", "articles."+suffix, "-o", "beginning", "-e", "-q", "-f", "%k %s\n").Output()
	if err != nil {
		t.Fatalf("kcat: %v", err)
	}
	seen := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		key, value, _ := strings.Cut(line, " ")
		var a newsner.Article
		if err := json.Unmarshal([]byte(value), &a); err != nil {
			t.Fatalf("kcat line is not a record: %v", err)
		}
		if a.ID != key {
			t.Errorf("kcat: key %q, id %q", key, a.ID)
		}
		seen[a.URL]++
	}
	for _, u := range urls[:n] {
		if seen[u] != 1 {
			t.Errorf("kcat: %s appears %d times, want 1", u, seen[u])
		}
	}
}
