package kafkasource

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/rand"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
)

// newTopic creates a topic of its own for the test, with the given
// partitions, and returns its name: prefix, the test's name and the time.
func newTopic(ctx context.Context, t testing.TB, broker, prefix string, partitions int) string {
	t.Helper()
	topic := fmt.Sprintf("%s.%s.%d", prefix, strings.ReplaceAll(t.Name(), "/", "_"), time.Now().UnixNano())
	spec := kgo.TopicConfig{Topic: topic, NumPartitions: partitions, ReplicationFactor: 1}
	if err := kafka.EnsureTopics(ctx, kafka.Config{Brokers: []string{broker}}, spec); err != nil {
		t.Fatal(err)
	}
	return topic
}

// urlTopic creates a fresh topic with the given partitions and puts n URLs
// on it (u-0 ... u-(n-1), spread over the partitions), returning its name.
func urlTopic(t testing.TB, broker string, partitions, n int) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	topic := newTopic(ctx, t, broker, "urls", partitions)
	w := &kgo.Writer{Addr: kgo.TCP(broker), Topic: topic, Balancer: &kgo.RoundRobin{},
		RequiredAcks: kgo.RequireAll, BatchTimeout: time.Millisecond, MaxAttempts: 20}
	defer w.Close()
	msgs := make([]kgo.Message, n)
	for i := range msgs {
		msgs[i] = kgo.Message{Value: []byte(fmt.Sprintf("u-%d", i))}
	}
	// The new topic may take a moment to show up in the writer's metadata.
	kafkatest.Write(ctx, t, w, msgs...)
	return topic
}

// tally counts how often each URL was processed.
type tally struct {
	mu    sync.Mutex
	count map[string]int
}

func (ta *tally) add(u string) int {
	ta.mu.Lock()
	defer ta.mu.Unlock()
	if ta.count == nil {
		ta.count = map[string]int{}
	}
	ta.count[u]++
	return len(ta.count)
}

func (ta *tally) distinct() int {
	ta.mu.Lock()
	defer ta.mu.Unlock()
	return len(ta.count)
}

// check reports URLs never processed and returns the number of duplicates.
func (ta *tally) check(t *testing.T, n int) (dups int) {
	t.Helper()
	ta.mu.Lock()
	defer ta.mu.Unlock()
	for i := range n {
		c := ta.count[fmt.Sprintf("u-%d", i)]
		if c == 0 {
			t.Errorf("u-%d was never processed", i)
		}
		dups += max(c-1, 0)
	}
	return dups
}

// work runs workers that take jobs, wait a random while (so they finish
// out of order) and mark them done, until ctx ends or Next fails.
func work(ctx context.Context, src *Source, workers int, maxDelay time.Duration, ta *tally) *sync.WaitGroup {
	var wg sync.WaitGroup
	for i := range workers {
		rng := rand.New(rand.NewSource(int64(i)))
		wg.Go(func() {
			for {
				job, err := src.Next(ctx)
				if err != nil {
					return
				}
				if maxDelay > 0 {
					time.Sleep(time.Duration(rng.Int63n(int64(maxDelay))))
				}
				ta.add(job.URL)
				if err := src.Done(context.Background(), job); err != nil {
					panic(err) // a test bug: fail loudly
				}
			}
		})
	}
	return &wg
}

func sourceConfig(broker, topic, group string) Config {
	return Config{
		Conn:  kafka.Config{Brokers: []string{broker}},
		Topic: topic,
		Group: kafka.Group{
			ID:                group,
			SessionTimeout:    6 * time.Second, // the broker's minimum
			HeartbeatInterval: 500 * time.Millisecond,
			RebalanceTimeout:  10 * time.Second,
		},
		DrainTimeout: 3 * time.Second,
		MaxWait:      100 * time.Millisecond,
	}
}

// TestKafkaSourceDeliversEveryURL reads a topic of 4 partitions as a new
// group: every URL (fed before the group existed: it must start at the
// earliest offset) is handed out exactly once, jobs finish out of order, and
// on Close the group's offsets stand at the end of every partition. The
// Kafka requests kafka-go sent are recorded and checked against the
// versions the broker serves.
func TestKafkaSourceDeliversEveryURL(t *testing.T) {
	broker := kafkatest.Addr(t)
	const n, parts = 400, 4
	topic := urlTopic(t, broker, parts, n)
	group := "g." + topic
	rec := kafkatest.NewRecorder()
	cfg := sourceConfig(broker, topic, group)
	cfg.Conn.Dial = rec.Dial
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	src, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ta := &tally{}
	wg := work(ctx, src, 8, 3*time.Millisecond, ta)
	fakes.WaitFor(t, "every URL", 60*time.Second, func() bool { return ta.distinct() == n })
	time.Sleep(2 * cfg.Group.HeartbeatInterval) // let the member heartbeat at least once
	if err := src.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if _, err := src.Next(ctx); !errors.Is(err, io.EOF) {
		t.Errorf("Next after Close: %v, want io.EOF", err)
	}
	if dups := ta.check(t, n); dups != 0 {
		t.Errorf("%d duplicates with one member and no failure", dups)
	}
	end, got := kafkatest.EndOffsets(t, broker, topic), kafkatest.Committed(t, broker, group, topic, parts)
	for p := range parts {
		if got[p] != end[p] {
			t.Errorf("partition %d: committed %d, end %d", p, got[p], end[p])
		}
	}
	kafkatest.CheckVersions(t, broker, rec, kafkatest.APIJoinGroup, kafkatest.APISyncGroup, kafkatest.APIHeartbeat, kafkatest.APIOffsetCommit,
		kafkatest.APIOffsetFetch, kafkatest.APIFindCoord, kafkatest.APIFetch, kafkatest.APILeaveGroup, kafkatest.APIMetadata)
}

// TestKafkaSourceCommitsOnlyContiguousDone finishes every job but one: the
// committed offset stops at the unfinished one, and a new member of the
// group starts there, so the unfinished URL is not lost.
func TestKafkaSourceCommitsOnlyContiguousDone(t *testing.T) {
	broker := kafkatest.Addr(t)
	const n = 10
	topic := urlTopic(t, broker, 1, n)
	group := "g." + topic
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cfg := sourceConfig(broker, topic, group)
	cfg.DrainTimeout = 500 * time.Millisecond
	src, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var jobs []ingest.Job
	for range n {
		j, err := src.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, j)
	}
	if jobs[0].URL != "u-0" {
		t.Fatalf("a new group's first URL is %q, want u-0 (the earliest offset)", jobs[0].URL)
	}
	// Done in reverse order, skipping u-3.
	for i := n - 1; i >= 0; i-- {
		if i == 3 {
			continue
		}
		if err := src.Done(ctx, jobs[i]); err != nil {
			t.Fatal(err)
		}
	}
	fakes.WaitFor(t, "commit of offset 3", 10*time.Second, func() bool {
		return kafkatest.Committed(t, broker, group, topic, 1)[0] == 3
	})
	if err := src.Close(); err != nil {
		t.Fatal(err)
	}
	if got := kafkatest.Committed(t, broker, group, topic, 1)[0]; got != 3 {
		t.Fatalf("after Close with u-3 unfinished: committed %d, want 3", got)
	}
	// Done after the generation ended is accepted and changes nothing.
	if err := src.Done(ctx, jobs[3]); err != nil {
		t.Errorf("Done after Close: %v", err)
	}
	if got := kafkatest.Committed(t, broker, group, topic, 1)[0]; got != 3 {
		t.Fatalf("Done after Close moved the commit to %d", got)
	}

	src2, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer src2.Close()
	for i := 3; i < n; i++ {
		j, err := src2.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("u-%d", i); j.URL != want {
			t.Fatalf("restarted group got %q, want %q", j.URL, want)
		}
		if err := src2.Done(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	if err := src2.Close(); err != nil {
		t.Fatal(err)
	}
	if got := kafkatest.Committed(t, broker, group, topic, 1)[0]; got != n {
		t.Fatalf("committed %d after all done, want %d", got, n)
	}
}

// TestKafkaSourceRebalance starts a second member while the first is busy:
// partitions move, and no URL is lost; duplicates are counted.
func TestKafkaSourceRebalance(t *testing.T) {
	broker := kafkatest.Addr(t)
	const n, parts = 600, 6
	topic := urlTopic(t, broker, parts, n)
	group := "g." + topic
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := sourceConfig(broker, topic, group)
	ta := &tally{}
	a, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	wa := work(ctx, a, 4, 20*time.Millisecond, ta)
	fakes.WaitFor(t, "first member to start", 30*time.Second, func() bool { return ta.distinct() >= 100 })
	b, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	tb := &tally{}
	wb := work(ctx, b, 4, 20*time.Millisecond, tb)
	both := func() int {
		merged := &tally{count: map[string]int{}}
		for _, x := range []*tally{ta, tb} {
			x.mu.Lock()
			for u, c := range x.count {
				merged.count[u] += c
			}
			x.mu.Unlock()
		}
		return len(merged.count)
	}
	fakes.WaitFor(t, "every URL", 90*time.Second, func() bool { return both() == n })
	if tb.distinct() == 0 {
		t.Error("the second member got no work: no rebalance happened")
	}
	a.Close()
	b.Close()
	wa.Wait()
	wb.Wait()
	merged := &tally{count: map[string]int{}}
	for u, c := range ta.count {
		merged.count[u] += c
	}
	for u, c := range tb.count {
		merged.count[u] += c
	}
	dups := merged.check(t, n)
	t.Logf("rebalance: %d URLs, first member %d, second %d, duplicates %d", n, ta.distinct(), tb.distinct(), dups)
	end, got := kafkatest.EndOffsets(t, broker, topic), kafkatest.Committed(t, broker, group, topic, parts)
	for p := range parts {
		if got[p] != end[p] {
			t.Errorf("partition %d: committed %d, end %d", p, got[p], end[p])
		}
	}
}

// TestKafkaSourceMemberDies cuts a member off from the cluster (all its
// connections dropped, as when its process is killed) while it holds jobs
// it never finishes; the other member takes over its partitions and
// processes those jobs: nothing is lost.
func TestKafkaSourceMemberDies(t *testing.T) {
	broker := kafkatest.Addr(t)
	const n, parts = 200, 4
	topic := urlTopic(t, broker, parts, n)
	group := "g." + topic
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	cut := &kafkatest.Outage{}
	dcfg := sourceConfig(broker, topic, group)
	dcfg.Conn.Dial = cut.Dial
	doomed, err := New(ctx, dcfg)
	if err != nil {
		t.Fatal(err)
	}
	// The doomed member takes a few jobs and never finishes them.
	var held []string
	for range 5 {
		j, err := doomed.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, j.URL)
	}
	survivor, err := New(ctx, sourceConfig(broker, topic, group))
	if err != nil {
		t.Fatal(err)
	}
	defer survivor.Close()
	ta := &tally{}
	ws := work(ctx, survivor, 4, time.Millisecond, ta)
	time.Sleep(time.Second)
	cut.Down() // the doomed member is gone: no heartbeats, no commits
	start := time.Now()
	fakes.WaitFor(t, "the survivor to process every URL", 60*time.Second, func() bool { return ta.distinct() == n })
	t.Logf("survivor processed all %d URLs %v after the other member died; it held %v", n, time.Since(start).Round(time.Millisecond), held)
	survivor.Close()
	ws.Wait()
	ta.check(t, n)
	end, got := kafkatest.EndOffsets(t, broker, topic), kafkatest.Committed(t, broker, group, topic, parts)
	for p := range parts {
		if got[p] != end[p] {
			t.Errorf("partition %d: committed %d, end %d", p, got[p], end[p])
		}
	}
	closed := make(chan struct{})
	go func() { doomed.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(30 * time.Second):
		t.Error("closing the cut-off member hung")
	}
}

// TestKafkaSourceLeft checks what Left says a closed member left for the
// group to do again: nothing after a clean stop; the jobs in flight at
// Close; and, when the brokers cannot be reached at Close (walk43: run
// stopped by SIGTERM during a broker outage said "stopped cleanly: the work
// done is committed"), the jobs done whose commit failed as well.
func TestKafkaSourceLeft(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// take starts a member of a group of its own on a topic of 10 URLs,
	// takes n jobs and marks the first done of them done.
	take := func(cut *kafkatest.Outage, n, done int) (*Source, []ingest.Job) {
		t.Helper()
		topic := urlTopic(t, broker, 1, 10)
		cfg := sourceConfig(broker, topic, "g."+topic)
		cfg.DrainTimeout = 500 * time.Millisecond
		if cut != nil {
			cfg.Conn.Dial = cut.Dial
		}
		src, err := New(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var jobs []ingest.Job
		for range n {
			j, err := src.Next(ctx)
			if err != nil {
				t.Fatal(err)
			}
			jobs = append(jobs, j)
		}
		if cut != nil {
			cut.Down()
		}
		for _, j := range jobs[:done] {
			if err := src.Done(ctx, j); err != nil {
				t.Fatal(err)
			}
		}
		return src, jobs
	}

	src, _ := take(nil, 3, 3)
	src.Close()
	if got := src.Left(); got != 0 {
		t.Errorf("every job done, brokers up: Left() = %d, want 0", got)
	}

	src, _ = take(nil, 3, 1)
	src.CloseWithin(0)
	if got := src.Left(); got != 2 {
		t.Errorf("2 of 3 jobs in flight at Close: Left() = %d, want 2", got)
	}

	cut := &kafkatest.Outage{}
	src, _ = take(cut, 3, 2)
	closed := time.Now()
	src.CloseWithin(0)
	t.Logf("closed in %v with the brokers unreachable", time.Since(closed).Round(time.Millisecond))
	if got := src.Left(); got != 3 {
		t.Errorf("2 of 3 jobs done but not committed (the brokers unreachable), 1 in flight: Left() = %d, want 3", got)
	}
}

// TestKafkaSourceSurvivesBrokerRestart stops the broker while the source is
// busy and starts it again: every URL is still processed and the group's
// offsets end at the end of every partition. Duplicates are counted.
func TestKafkaSourceSurvivesBrokerRestart(t *testing.T) {
	b := kafkatest.StartBroker(t) // restarted without disturbing the tests that share the main broker
	broker := b.Addr
	const n, parts = 300, 3
	topic := urlTopic(t, broker, parts, n)
	group := "g." + topic
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	src, err := New(ctx, sourceConfig(broker, topic, group))
	if err != nil {
		t.Fatal(err)
	}
	ta := &tally{}
	wg := work(ctx, src, 4, 20*time.Millisecond, ta)
	fakes.WaitFor(t, "some progress", 60*time.Second, func() bool { return ta.distinct() >= 60 })
	start := time.Now()
	b.Stop()
	b.Start()
	t.Logf("broker restarted in %v with %d URLs processed", time.Since(start).Round(time.Millisecond), ta.distinct())
	fakes.WaitFor(t, "every URL", 120*time.Second, func() bool { return ta.distinct() == n })
	// Commits fail from the restart until the group has a coordinator
	// again and the member a new generation (kafka-go commits over the
	// generation's own connection to the coordinator); its partitions are
	// then read from the last commit and their offsets committed to the
	// end. That can take longer than the URLs left take to process: on a
	// loaded machine (ci91) all 300 were done while the coordinator still
	// said "Not Coordinator For Group", Close came first, and the offsets
	// stayed at 79, 81 and 85 of 100. They must reach the end all the
	// same, before Close.
	end := kafkatest.EndOffsets(t, broker, topic)
	fakes.WaitFor(t, "the commits to reach the end of every partition", 120*time.Second, func() bool {
		got, err := kafkatest.TryCommitted(broker, group, topic, parts)
		return err == nil && maps.Equal(got, end)
	})
	if err := src.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	dups := ta.check(t, n)
	t.Logf("broker restart: %d URLs, %d duplicates", n, dups)
	got := kafkatest.Committed(t, broker, group, topic, parts)
	for p := range parts {
		if got[p] != end[p] {
			t.Errorf("partition %d: committed %d, end %d", p, got[p], end[p])
		}
	}
}

func discardLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// TestKafkaSourceTopicDeleted deletes the URL topic under a running member:
// the member keeps its group but does not rejoin in a tight loop while the
// topic is missing (kafka-go ends each generation at once when it cannot
// see the topic), and it reads the topic again once it is back.
func TestKafkaSourceTopicDeleted(t *testing.T) {
	broker := kafkatest.Addr(t)
	topic := urlTopic(t, broker, 2, 10)
	rec := kafkatest.NewRecorder()
	cfg := sourceConfig(broker, topic, "g."+topic)
	cfg.Conn.Dial = rec.Dial
	cfg.Logger = discardLogger()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	src, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ta := &tally{}
	wg := work(ctx, src, 2, 0, ta)
	defer func() {
		src.Close()
		wg.Wait()
	}()
	fakes.WaitFor(t, "the first 10 URLs", 30*time.Second, func() bool { return ta.distinct() == 10 })

	c := &kgo.Client{Addr: kgo.TCP(broker), Transport: &kgo.Transport{}}
	res, err := c.DeleteTopics(ctx, &kgo.DeleteTopicsRequest{Topics: []string{topic}})
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Errors[topic]; err != nil {
		t.Fatal(err)
	}
	joins := rec.Count(kafkatest.APIJoinGroup)
	time.Sleep(10 * time.Second)
	if n := rec.Count(kafkatest.APIJoinGroup) - joins; n > 20 {
		t.Errorf("%d JoinGroup requests in the 10 s the topic was missing", n)
	} else {
		t.Logf("%d JoinGroup requests in the 10 s the topic was missing", n)
	}

	// The topic is back, with new URLs: the member reads them.
	res2, err := c.CreateTopics(ctx, &kgo.CreateTopicsRequest{Topics: []kgo.TopicConfig{{
		Topic: topic, NumPartitions: 2, ReplicationFactor: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := res2.Errors[topic]; err != nil {
		t.Fatal(err)
	}
	w := &kgo.Writer{Addr: kgo.TCP(broker), Topic: topic, RequiredAcks: kgo.RequireAll, BatchTimeout: time.Millisecond, MaxAttempts: 20}
	defer w.Close()
	kafkatest.Write(ctx, t, w, kgo.Message{Value: []byte("again-1")}, kgo.Message{Value: []byte("again-2")})
	fakes.WaitFor(t, "the URLs put on the topic once it was back", 60*time.Second, func() bool { return ta.distinct() == 12 })
}

func TestEmptyGenerationsPause(t *testing.T) {
	var e emptyGenerations
	now := time.Unix(0, 0)
	var pauses []time.Duration
	for range 10 {
		p := e.next(true, now)
		pauses = append(pauses, p)
		now = now.Add(p + 10*time.Millisecond) // the next one comes right away
	}
	want := []time.Duration{0, 100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond,
		1600 * time.Millisecond, 3200 * time.Millisecond, 5 * time.Second, 5 * time.Second, 5 * time.Second}
	if !slices.Equal(pauses, want) {
		t.Errorf("pauses %v, want %v", pauses, want)
	}
	// A generation with partitions ends the streak; so does an empty one
	// that lasted (a member with nothing to do in a larger group).
	if p := e.next(false, now); p != 0 {
		t.Errorf("pause after a generation with partitions: %v", p)
	}
	if p := e.next(true, now.Add(time.Millisecond)); p != 0 {
		t.Errorf("pause after the first empty generation: %v", p)
	}
	if p := e.next(true, now.Add(time.Minute)); p != 0 {
		t.Errorf("pause after an empty generation that lasted a minute: %v", p)
	}
}

// TestKafkaSourceMaxUncommitted holds the first URL of a partition while
// the rest are done at once: no more than MaxUncommitted URLs of the
// partition are handed out past its commit point until the first is done,
// then the rest follow.
func TestKafkaSourceMaxUncommitted(t *testing.T) {
	broker := kafkatest.Addr(t)
	const n, limit = 60, 10
	topic := urlTopic(t, broker, 1, n)
	cfg := sourceConfig(broker, topic, "g."+topic)
	cfg.MaxUncommitted = limit
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	src, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	first, err := src.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if first.URL != "u-0" {
		t.Fatalf("first URL %s, want u-0", first.URL)
	}
	handed := 1
	next := func(wait time.Duration) bool {
		nctx, ncancel := context.WithTimeout(ctx, wait)
		defer ncancel()
		job, err := src.Next(nctx)
		if err != nil {
			return false
		}
		handed++
		if err := src.Done(ctx, job); err != nil {
			t.Fatal(err)
		}
		return true
	}
	for next(2 * time.Second) {
	}
	if handed != limit {
		t.Errorf("%d URLs handed out while the first was held, want %d", handed, limit)
	}
	if err := src.Done(ctx, first); err != nil {
		t.Fatal(err)
	}
	for handed < n && next(10*time.Second) {
	}
	if handed != n {
		t.Errorf("%d of %d URLs handed out after the first was done", handed, n)
	}
}
