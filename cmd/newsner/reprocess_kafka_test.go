package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/extract/ner"
	nkafka "github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
)

// TestReprocessRawTopic is the reprocess issue's test against the real
// broker: newsner run over 200 served pages fills the raw topic; newsner
// reprocess replays it into a new topic; the same 200 ids come out, with
// their url and fetched_at, stamped with the current model. A second run in
// the same group finds nothing left.
func TestReprocessRawTopic(t *testing.T) {
	broker := kafkatest.Addr(t)
	bin := newsnerBinary(t)
	const n = 200
	srv := newsPages(t, n)
	suffix := fmt.Sprintf("reprocess-%d", time.Now().UnixNano())
	env := append(os.Environ(), "NEWSNER_BROKERS="+broker)

	var urls []string
	for i := range n {
		urls = append(urls, fmt.Sprintf("%s/article/%d", srv.URL, i))
	}
	feed := exec.Command(bin, "feed", "--topic", "urls."+suffix, "-")
	feed.Env = env
	feed.Stdin = strings.NewReader(strings.Join(urls, "\n") + "\n")
	if out, err := feed.CombinedOutput(); err != nil {
		t.Fatalf("newsner feed: %v\n%s", err, out)
	}
	run := exec.Command(bin, "run", "--group", "g."+suffix, "--allow-private-networks", "--per-host-rate", "inf",
		"--per-host-concurrency", "16", "--ignore-robots", "--workers", "8",
		"--topic", "urls."+suffix, "--articles-topic", "articles."+suffix, "--raw-topic", "raw."+suffix, "--dlq-topic", "dlq."+suffix)
	run.Env = env
	var runLog bytes.Buffer
	run.Stdout, run.Stderr = &runLog, &runLog
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	defer run.Process.Kill()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		a, _ := countTopic(broker, "articles."+suffix)
		r, _ := countTopic(broker, "raw."+suffix)
		if a >= n && r >= n {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("newsner run: timed out with %d articles, %d raw pages\n%s", a, r, runLog.String())
		}
		time.Sleep(500 * time.Millisecond)
	}
	run.Process.Signal(syscall.SIGTERM)
	run.Wait()

	original := map[string]newsner.Article{}
	for _, m := range readTopic(t, broker, "articles."+suffix) {
		var a newsner.Article
		if err := json.Unmarshal(m.Value, &a); err != nil {
			t.Fatal(err)
		}
		original[a.ID] = a
	}
	if len(original) != n {
		t.Fatalf("newsner run wrote %d distinct ids, want %d", len(original), n)
	}

	args := []string{"--brokers", broker, "--raw-topic", "raw." + suffix, "--to", "reprocessed." + suffix,
		"--dlq-topic", "dlq." + suffix, "--group", "rg." + suffix, "--progress", "none"}
	code, stderr := runReprocessMain(context.Background(), &bytes.Buffer{}, args...)
	if code != 0 {
		t.Fatalf("reprocess: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr, fmt.Sprintf("%d articles written, 0 failed", n)) {
		t.Errorf("summary:\n%s", stderr)
	}
	tagger, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	model := extract.Version + "+" + tagger.Name()
	got := map[string]bool{}
	for _, m := range readTopic(t, broker, "reprocessed."+suffix) {
		var a newsner.Article
		if err := json.Unmarshal(m.Value, &a); err != nil {
			t.Fatal(err)
		}
		o, ok := original[a.ID]
		if !ok {
			t.Errorf("reprocessed id %s (%s) was not on the articles topic", a.ID, a.URL)
			continue
		}
		got[a.ID] = true
		if string(m.Key) != a.ID || a.URL != o.URL || !a.FetchedAt.Equal(o.FetchedAt) || a.Model != model || len(a.Entities) == 0 {
			t.Errorf("reprocessed %s: key %q url %q fetched %v model %q, %d entities; original url %q fetched %v",
				a.ID, m.Key, a.URL, a.FetchedAt, a.Model, len(a.Entities), o.URL, o.FetchedAt)
		}
	}
	if len(got) != n {
		t.Errorf("%d distinct ids reprocessed, want %d", len(got), n)
	}

	// The group has committed everything: a second run has nothing to do.
	code, stderr = runReprocessMain(context.Background(), &bytes.Buffer{}, args...)
	if code != 0 || !strings.Contains(stderr, "0 pages read, 0 articles written") || !strings.Contains(stderr, "has read it to the end already") {
		t.Errorf("second run in the group: exit %d, want 0 and a line saying why it reads nothing\n%s", code, stderr)
	}
}

// TestReprocessRawTopicResume interrupts a reprocess of the raw topic
// halfway and starts it again in the same group: every page comes out, and
// the second run does not start from the beginning.
func TestReprocessRawTopicResume(t *testing.T) {
	broker := kafkatest.Addr(t)
	const n = 120
	topic := fmt.Sprintf("raw.resume-%d", time.Now().UnixNano())
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := nkafka.EnsureTopics(ctx, nkafka.Config{Brokers: []string{broker}}, kafka.TopicConfig{Topic: topic, NumPartitions: 3, ReplicationFactor: 1}); err != nil {
		t.Fatal(err)
	}
	w := &kafka.Writer{Addr: kafka.TCP(broker), Topic: topic, Balancer: &kafka.Hash{}, RequiredAcks: kafka.RequireAll, BatchTimeout: 10 * time.Millisecond}
	var msgs []kafka.Message
	want := map[string]bool{}
	for i := range n {
		u := fmt.Sprintf("https://news.example/article/%d", i)
		id := fmt.Sprintf("id-%03d", i)
		want[id] = true
		v, _ := json.Marshal(newsner.RawPage{Schema: newsner.RawSchema, ID: id, Page: newsner.Page{
			URL: u, FinalURL: u, Status: 200, FetchedAt: time.Now().UTC(),
			Header: http.Header{"Content-Type": {"text/html"}}, Body: []byte(storyHTML(i))}})
		msgs = append(msgs, kafka.Message{Key: []byte(id), Value: v})
	}
	kafkatest.Write(ctx, t, w, msgs...)
	w.Close()

	args := []string{"--brokers", broker, "--raw-topic", topic, "--to", "-", "--group", topic + ".g", "--workers", "2", "--progress", "none"}
	rctx, rcancel := context.WithCancel(context.Background())
	defer rcancel()
	first := &cancelAfter{n: n / 2, cancel: rcancel}
	code, stderr := runReprocessMain(rctx, first, args...)
	if code != 1 || !strings.Contains(stderr, "reprocess interrupted") {
		t.Fatalf("interrupted run: exit %d\n%s", code, stderr)
	}
	var second bytes.Buffer
	if code, stderr := runReprocessMain(context.Background(), &second, args...); code != 0 {
		t.Fatalf("resumed run: exit %d\n%s", code, stderr)
	}
	got := map[string]int{}
	var nSecond int
	for i, out := range []string{first.buf.String(), second.String()} {
		for _, r := range decodeLines(t, out) {
			if r.Schema != newsner.ArticleSchema {
				t.Errorf("record %+v", r)
				continue
			}
			got[r.ID]++
			if i == 1 {
				nSecond++
			}
		}
	}
	for id := range want {
		if got[id] == 0 {
			t.Errorf("%s lost across the interruption", id)
		}
	}
	if len(got) != n || nSecond >= n {
		t.Errorf("%d distinct ids (want %d); the resumed run wrote %d", len(got), n, nSecond)
	}
}
