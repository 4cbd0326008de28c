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
	nkafka "github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/segmentio/kafka-go"
)

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
// offsets it had when the read started (kafka.Read with UntilEnd).
func readTopic(t *testing.T, broker, topic string) []kafka.Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var msgs []kafka.Message
	err := nkafka.Read(ctx, nkafka.ReadConfig{Conn: nkafka.Config{Brokers: []string{broker}}, Topic: topic, UntilEnd: true}, func(m kafka.Message) error {
		msgs = append(msgs, m)
		return nil
	})
	if err == nil {
		err = ctx.Err() // Read ends without an error when ctx does
	}
	if err != nil {
		t.Fatalf("read %s: %v", topic, err)
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
	broker := kafkatest.Addr(t)
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

// listening reports whether the ops server at addr answers /healthz.
func listening(addr string) bool {
	c := http.Client{Timeout: time.Second}
	resp, err := c.Get("http://" + addr + "/healthz")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// TestKafkaBadInputOnURLTopic puts what other systems might put on the URL
// topic: empty messages, non-URLs, binary junk, a 100 KB URL, an unsupported
// scheme and a duplicate. Each bad one becomes a dead letter with its class,
// the duplicate is skipped and counted, the good URL becomes one article, and
// the consumer goes on.
func TestKafkaBadInputOnURLTopic(t *testing.T) {
	broker := kafkatest.Addr(t)
	bin := newsnerBinary(t)
	srv := newsPages(t, 3)
	suffix := fmt.Sprintf("bad-%d", time.Now().UnixNano())
	urls := "urls." + suffix
	// One partition, so the messages are taken in the order written.
	// EnsureTopics waits for the partition's leader until ctx is done.
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := nkafka.EnsureTopics(ctx, nkafka.Config{Brokers: []string{broker}}, kafka.TopicConfig{Topic: urls, NumPartitions: 1, ReplicationFactor: 1}); err != nil {
		t.Fatal(err)
	}
	good := srv.URL + "/article/1"
	bad := map[string]string{
		"":                  newsner.EInvalid,
		"not a url":         newsner.EInvalid,
		"\x00\xff\xfe junk": newsner.EInvalid,
		"https://news.example/" + strings.Repeat("a", 100<<10): newsner.EInvalid,
		"ftp://news.example/x":                                 newsner.EUnsupported,
		"file:///etc/passwd":                                   newsner.EUnsupported,
	}
	var msgs []kafka.Message
	msgs = append(msgs, kafka.Message{Value: []byte(good)})
	for v := range bad {
		msgs = append(msgs, kafka.Message{Value: []byte(v)})
	}
	// A duplicate, with white space around it as a producer might leave
	// it: the source trims it, so it is the same URL.
	msgs = append(msgs, kafka.Message{Value: []byte(" " + good + "\r\n")})
	w := &kafka.Writer{Addr: kafka.TCP(broker), Topic: urls, RequiredAcks: kafka.RequireAll, BatchBytes: 1 << 20}
	if err := w.WriteMessages(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
	w.Close()

	port := kafkatest.FreePorts(t, 1)[0]
	cmd := exec.Command(bin, "run", "--group", "g."+suffix, "--topic", urls, "--articles-topic", "articles."+suffix,
		"--raw-topic", "raw."+suffix, "--dlq-topic", "dlq."+suffix, "--workers", "1",
		"--allow-private-networks", "--ignore-robots", "--per-host-rate", "inf",
		"--metrics-addr", fmt.Sprintf("127.0.0.1:%d", port), "--log-format", "json")
	cmd.Env = append(os.Environ(), "NEWSNER_BROKERS="+broker)
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	deadline := time.Now().Add(90 * time.Second)
	for {
		if time.Now().After(deadline) {
			t.Fatalf("timed out; log:\n%s", log.String())
		}
		time.Sleep(300 * time.Millisecond)
		if !listening(addr) {
			continue
		}
		ms := scrape(t, addr)
		if ms.sum("newsner_urls_consumed_total") >= float64(len(msgs)) && ms.sum("newsner_workers_busy") == 0 {
			if got := ms.sum("newsner_urls_skipped_total", "reason", "duplicate"); got != 1 {
				t.Errorf("skipped duplicates %v, want 1", got)
			}
			if got := ms.sum("newsner_records_written_total", "kind", "article"); got != 1 {
				t.Errorf("articles written %v, want 1", got)
			}
			break
		}
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Errorf("run exited with %v\n%s", err, log.String())
	}
	dlq := readTopic(t, broker, "dlq."+suffix)
	got := map[string]string{}
	for _, m := range dlq {
		var d newsner.DeadLetter
		if err := json.Unmarshal(m.Value, &d); err != nil {
			t.Fatalf("dead letter is not JSON: %v", err)
		}
		got[d.URL] = d.Class
		if d.Error == "" || d.Attempts < 1 || d.Time.IsZero() {
			t.Errorf("dead letter lacks error, attempts or time: %+v", d)
		}
	}
	if len(dlq) != len(bad) {
		t.Errorf("%d dead letters, want %d", len(dlq), len(bad))
	}
	for v, class := range bad {
		// Dead letters carry the input as fed, as far as JSON can: invalid
		// UTF-8 bytes become U+FFFD.
		var key string
		b, _ := json.Marshal(v)
		json.Unmarshal(b, &key)
		if got[key] != class {
			t.Errorf("input %.40q: class %q, want %q", v, got[key], class)
		}
	}
	if arts := readTopic(t, broker, "articles."+suffix); len(arts) != 1 {
		t.Errorf("%d articles, want 1", len(arts))
	}
}
