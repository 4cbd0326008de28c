package main

// Metrics tests (issue 7) through the real `newsner run` binary against a
// real broker: the counters on /metrics equal what the test fed and what
// came out, /readyz is 503 until the member holds partitions of the group
// and 200 after, and no metric carries an unbounded label. They skip
// without NEWSNER_KAFKA (set by .ci/test.sh).

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/segmentio/kafka-go"
)

// metricsAddr waits for the process to log the address it serves
// /metrics on.
func (r *deliveryRig) metricsAddr(p *runProc) string {
	r.t.Helper()
	var addr string
	r.waitFor("the metrics address in the log", 30*time.Second, func() bool {
		sc := bufio.NewScanner(bytes.NewReader(p.log.Bytes()))
		sc.Buffer(make([]byte, 64<<10), 4<<20)
		for sc.Scan() {
			var line struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "serving metrics" && line.Addr != "" {
				addr = line.Addr
				return true
			}
		}
		return false
	}, p)
	return addr
}

// logged reports whether the process logged a line with message msg.
func (p *runProc) logged(msg string) bool {
	return bytes.Contains(p.log.Bytes(), []byte(`"msg":"`+msg+`"`))
}

// get fetches http://addr+path and returns the status and body.
func get(t *testing.T, addr, path string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get("http://" + addr + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return resp.StatusCode, string(b)
}

// sample is one line of the Prometheus text format.
type sample struct {
	name   string
	labels map[string]string
	value  float64
}

var labelRE = regexp.MustCompile(`([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"`)

// scrape reads /metrics and parses the samples.
func scrape(t *testing.T, addr string) metrics {
	t.Helper()
	code, body := get(t, addr, "/metrics")
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d", code)
	}
	var out metrics
	for _, line := range strings.Split(body, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			t.Fatalf("metrics line %q", line)
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		s := sample{labels: map[string]string{}, value: v}
		head := line[:i]
		if j := strings.IndexByte(head, '{'); j >= 0 {
			s.name = head[:j]
			for _, m := range labelRE.FindAllStringSubmatch(head[j:], -1) {
				val, err := strconv.Unquote(`"` + m[2] + `"`)
				if err != nil {
					t.Fatalf("metrics line %q: label %s: %v", line, m[1], err)
				}
				s.labels[m[1]] = val
			}
		} else {
			s.name = head
		}
		out = append(out, s)
	}
	return out
}

type metrics []sample

// sum adds up the samples of name whose labels include the given
// key/value pairs; 0 if there are none.
func (ms metrics) sum(name string, kv ...string) float64 {
	var total float64
next:
	for _, s := range ms {
		if s.name != name {
			continue
		}
		for i := 0; i+1 < len(kv); i += 2 {
			if s.labels[kv[i]] != kv[i+1] {
				continue next
			}
		}
		total += s.value
	}
	return total
}

// series returns the samples of name.
func (ms metrics) series(name string) []sample {
	var out []sample
	for _, s := range ms {
		if s.name == name {
			out = append(out, s)
		}
	}
	return out
}

// holdGroup joins the rig's group as a member of the test's own and, when a
// rebalance comes, does not rejoin until release is called: the group
// cannot complete a generation with anyone else before then. release also
// makes the member leave the group.
func holdGroup(t *testing.T, r *deliveryRig) (release func()) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	cg, err := kafka.NewConsumerGroup(kafka.ConsumerGroupConfig{
		ID:             r.group(),
		Brokers:        []string{r.broker},
		Topics:         []string{r.topic("urls")},
		SessionTimeout: 30 * time.Second,
		StartOffset:    kafka.FirstOffset,
	})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	gen, err := cg.Next(ctx)
	if err != nil {
		cancel()
		cg.Close()
		t.Fatalf("hold group: %v", err)
	}
	held := make(chan struct{})
	gen.Start(func(gctx context.Context) {
		<-gctx.Done()
		<-held
	})
	released := false
	release = func() {
		if released {
			return
		}
		released = true
		// Close first, so that the member leaves instead of rejoining
		// once its generation lets go.
		closed := make(chan struct{})
		go func() {
			cg.Close()
			close(closed)
		}()
		close(held)
		<-closed
		cancel()
	}
	t.Cleanup(release)
	return release
}

// TestRunMetrics processes 200 URLs (8 of them 404s, 5 JSON) with one run
// process and checks /metrics against what was fed and what came out, and
// /readyz before and after the member joins the group.
func TestRunMetrics(t *testing.T) {
	const n = 200
	r := newRig(t, kafkatest.Addr(t), n)
	r.feed()
	wantDL := map[string]int{}
	for _, u := range r.urls {
		if c := r.class[u]; c != "" {
			wantDL[c]++
		}
	}
	articles, deadLetters := n-wantDL[newsner.EHTTPStatus]-wantDL[newsner.ENotHTML], wantDL[newsner.EHTTPStatus]+wantDL[newsner.ENotHTML]

	// Until the test's member lets go of the group, the run process cannot
	// join it: /readyz must say 503, and why.
	release := holdGroup(t, r)
	p := r.start("run-1", "--metrics-addr", "127.0.0.1:0")
	addr := r.metricsAddr(p)
	if code, body := get(t, addr, "/healthz"); code != http.StatusOK {
		t.Errorf("/healthz: %d %s", code, body)
	}
	r.waitFor("the consumer to start", 60*time.Second, func() bool { return p.logged("newsner run started") }, p)
	for end := time.Now().Add(3 * time.Second); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		code, body := get(t, addr, "/readyz")
		if code != http.StatusServiceUnavailable || !strings.Contains(body, "not in consumer group") {
			t.Fatalf("/readyz before the group is joined: %d %q, want 503 saying it is not in the group", code, body)
		}
	}
	_, body := get(t, addr, "/readyz")
	t.Logf("/readyz while the group is held: 503 %s", strings.TrimSpace(body))
	if got := scrape(t, addr).sum("newsner_urls_consumed_total"); got != 0 {
		t.Errorf("%v URLs consumed before joining", got)
	}
	release()
	r.waitFor("/readyz 200", 60*time.Second, func() bool {
		code, _ := get(t, addr, "/readyz")
		return code == http.StatusOK
	}, p)
	r.waitAllCommitted(90*time.Second, p)
	var m metrics
	r.waitFor("the uncommitted gap to close", 10*time.Second, func() bool {
		m = scrape(t, addr)
		u := m.series("newsner_kafka_uncommitted_offsets")
		return len(u) == deliveryPartitions && m.sum("newsner_kafka_uncommitted_offsets") == 0
	}, p)

	o := r.read()
	r.report("metrics", o)
	if o.dups != 0 {
		t.Errorf("%d duplicates with one process and no fault", o.dups)
	}
	if o.articles != articles || o.deadLetters != deadLetters {
		t.Fatalf("topics hold %d articles and %d dead letters, want %d and %d", o.articles, o.deadLetters, articles, deadLetters)
	}
	urls, arts, raws, dlq := r.topic("urls"), r.topic("articles"), r.topic("raw"), r.topic("dlq")
	checks := []struct {
		name string
		kv   []string
		want float64
	}{
		{"newsner_urls_consumed_total", nil, n},
		{"newsner_urls_skipped_total", nil, 0},
		{"newsner_records_written_total", []string{"kind", "article"}, float64(o.articles)},
		{"newsner_records_written_total", []string{"kind", "dead_letter"}, float64(o.deadLetters)},
		{"newsner_dead_letters_total", []string{"class", newsner.EHTTPStatus}, float64(wantDL[newsner.EHTTPStatus])},
		{"newsner_dead_letters_total", []string{"class", newsner.ENotHTML}, float64(wantDL[newsner.ENotHTML])},
		{"newsner_dead_letters_total", nil, float64(deadLetters)},
		{"newsner_fetches_total", []string{"outcome", "ok"}, float64(articles)},
		{"newsner_fetches_total", []string{"outcome", "error", "class", newsner.EHTTPStatus}, float64(wantDL[newsner.EHTTPStatus])},
		{"newsner_fetches_total", []string{"outcome", "error", "class", newsner.ENotHTML}, float64(wantDL[newsner.ENotHTML])},
		{"newsner_fetches_total", nil, n},
		{"newsner_fetch_duration_seconds_count", nil, n},
		{"newsner_http_responses_total", []string{"code", "2xx"}, float64(articles + wantDL[newsner.ENotHTML])},
		{"newsner_http_responses_total", []string{"code", "4xx"}, float64(wantDL[newsner.EHTTPStatus])},
		{"newsner_job_duration_seconds_count", []string{"outcome", "article"}, float64(articles)},
		{"newsner_job_duration_seconds_count", []string{"outcome", "dead_letter"}, float64(deadLetters)},
		{"newsner_extract_duration_seconds_count", nil, float64(articles)},
		{"newsner_entities_duration_seconds_count", nil, float64(articles)},
		{"newsner_workers", nil, deliveryWorkers},
		{"newsner_workers_busy", nil, 0},
		{"newsner_kafka_messages_written_total", []string{"topic", arts}, float64(o.articles)},
		{"newsner_kafka_messages_written_total", []string{"topic", raws}, float64(len(readTopic(t, r.broker, raws)))},
		{"newsner_kafka_messages_written_total", []string{"topic", raws}, float64(articles)},
		{"newsner_kafka_messages_written_total", []string{"topic", dlq}, float64(o.deadLetters)},
		{"newsner_kafka_produce_errors_total", nil, 0},
		{"newsner_kafka_produce_retries_total", nil, 0},
		{"newsner_kafka_consumer_lag", []string{"topic", urls}, 0},
		{"newsner_kafka_uncommitted_offsets", []string{"topic", urls}, 0},
		{"newsner_kafka_assigned_partitions", nil, deliveryPartitions},
		{"newsner_kafka_commit_errors_total", nil, 0},
		{"newsner_kafka_done_after_revoke_total", nil, 0},
	}
	for _, c := range checks {
		if got := m.sum(c.name, c.kv...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.kv, got, c.want)
		}
	}
	if got := m.sum("newsner_fetched_bytes_total"); got <= 0 {
		t.Errorf("newsner_fetched_bytes_total = %v, want > 0", got)
	}
	if got := m.sum("newsner_kafka_commits_total"); got < 1 {
		t.Errorf("newsner_kafka_commits_total = %v, want at least 1", got)
	}
	if got := m.sum("newsner_kafka_rebalances_total"); got < 1 {
		t.Errorf("newsner_kafka_rebalances_total = %v, want at least 1", got)
	}
	if lag := m.series("newsner_kafka_consumer_lag"); len(lag) != deliveryPartitions {
		t.Errorf("lag reported for %d partitions, want %d", len(lag), deliveryPartitions)
	}
	t.Logf("metrics: %v URLs consumed, %v articles, %v dead letters, %v commits, %v fetched bytes",
		m.sum("newsner_urls_consumed_total"), m.sum("newsner_records_written_total", "kind", "article"),
		m.sum("newsner_records_written_total", "kind", "dead_letter"), m.sum("newsner_kafka_commits_total"),
		m.sum("newsner_fetched_bytes_total"))
	expectExit0(t, p)
}

// TestRunMetricsLabelsBounded feeds inputs from many distinct hosts, ports,
// paths, queries, schemes and garbage, and checks that no label on
// /metrics carries any of it: every newsner_ label value comes from a small
// fixed set (classes, outcomes, status classes, the configured topics,
// partitions), and no label has more than a handful of values.
func TestRunMetricsLabelsBounded(t *testing.T) {
	r := newRig(t, kafkatest.Addr(t), 100)
	var urls []string
	for i, u := range r.urls {
		urls = append(urls, fmt.Sprintf("%s?utm_source=feed-%d&ref=label-probe-%d", u, i, i))
	}
	port := r.srv.URL[strings.LastIndexByte(r.srv.URL, ':')+1:]
	for i := range 60 {
		urls = append(urls,
			fmt.Sprintf("http://localhost:%s/section-%d/label-probe-%d.html", port, i, i), // 404s through another host name
			fmt.Sprintf("http://127.0.0.1:%d/label-probe-%d", 1+i, i),                     // closed ports
			fmt.Sprintf("ftp://label-probe-%d.example/file-%d", i, i),                     // unsupported scheme
			fmt.Sprintf("gopher://label-probe-%d.example:70/", i),
			fmt.Sprintf("label-probe garbage %d <not a url>", i),
		)
	}
	r.urls = urls
	r.feed()
	p := r.start("run-1", "--metrics-addr", "127.0.0.1:0", "--max-attempts", "1", "--connect-timeout", "2s")
	addr := r.metricsAddr(p)
	r.waitAllCommitted(120*time.Second, p)
	m := scrape(t, addr)
	expectExit0(t, p)

	allowed := map[string]bool{"": true}
	for _, c := range []string{newsner.EInvalid, newsner.EUnsupported, newsner.EBlockedAddress, newsner.ERobots,
		newsner.ETimeout, newsner.ETooLarge, newsner.ENotHTML, newsner.EHTTPStatus, newsner.ETooManyRedirs,
		newsner.ENetwork, newsner.EExtract, newsner.EInternal} {
		allowed[c] = true
	}
	for _, tp := range []string{"urls", "articles", "raw", "dlq"} {
		allowed[r.topic(tp)] = true
	}
	values := map[string]map[string]bool{} // metric/label -> values
	series := 0
	for _, s := range m {
		if !strings.HasPrefix(s.name, "newsner_") {
			continue
		}
		series++
		for k, v := range s.labels {
			key := strings.TrimSuffix(strings.TrimSuffix(s.name, "_bucket"), "_total") + "/" + k
			if values[key] == nil {
				values[key] = map[string]bool{}
			}
			values[key][v] = true
			if k == "le" {
				continue
			}
			if strings.Contains(v, "label-probe") || strings.Contains(v, "://") || strings.Contains(v, "127.0.0.1") ||
				strings.Contains(v, "localhost") || strings.Contains(v, ".example") || strings.Contains(v, "/") {
				t.Errorf("%s{%s=%q}: a label carries input", s.name, k, v)
			}
			switch k {
			case "class":
				if !allowed[v] {
					t.Errorf("%s{class=%q}: not an error class", s.name, v)
				}
			case "topic":
				if !allowed[v] {
					t.Errorf("%s{topic=%q}: not a configured topic", s.name, v)
				}
			case "partition":
				if n, err := strconv.Atoi(v); err != nil || n < 0 || n >= deliveryPartitions {
					t.Errorf("%s{partition=%q}: not a partition of the URL topic", s.name, v)
				}
			}
		}
	}
	for key, vs := range values {
		if strings.HasSuffix(key, "/le") {
			continue
		}
		if len(vs) > 16 {
			t.Errorf("%s has %d values", key, len(vs))
		}
	}
	classes := m.series("newsner_dead_letters_total")
	var seen []string
	for _, s := range classes {
		seen = append(seen, fmt.Sprintf("%s=%v", s.labels["class"], s.value))
	}
	t.Logf("%d inputs from %d+ distinct hosts and paths: %d newsner_ series; dead letters by class: %v",
		len(urls), 60*4, series, seen)
	// Every input is consumed, and counted each time it is: a rebalance
	// (a heartbeat missed on a loaded machine) hands out again what its
	// generation had not committed, which is done again (a record more)
	// or skipped as a duplicate. So the count is the inputs plus those
	// done twice, read back from the output topics, not a number of them
	// (442 for 400 at load 30).
	// Records are keyed by the input as fed (an article's and a dead
	// letter's url), so an input that ended as a dead letter in one
	// generation (a connect timed out at load) and an article in the next
	// is one input done twice, not two inputs.
	records, twice := 0, 0
	first := map[string]bool{}
	for _, tp := range []string{"articles", "dlq"} {
		for _, msg := range readTopic(t, r.broker, r.topic(tp)) {
			var rec struct {
				URL string `json:"url"`
			}
			if err := json.Unmarshal(msg.Value, &rec); err != nil || rec.URL == "" {
				t.Fatalf("%s record without the input's url (%v): %.200s", tp, err, msg.Value)
			}
			records++
			if first[rec.URL] {
				twice++
			}
			first[rec.URL] = true
		}
	}
	skipped := m.sum("newsner_urls_skipped_total")
	if len(first) != len(urls) {
		t.Errorf("records for %d inputs, want %d", len(first), len(urls))
	}
	if got, want := m.sum("newsner_urls_consumed_total"), float64(len(urls)+twice)+skipped; got != want {
		t.Errorf("newsner_urls_consumed_total = %v, want %v: %d inputs, %d records of an input done again, %v taken again and skipped",
			got, want, len(urls), twice, skipped)
	}
	if len(classes) < 4 {
		t.Errorf("only %d dead-letter classes: the inputs did not fail in the ways meant", len(classes))
	}
}
