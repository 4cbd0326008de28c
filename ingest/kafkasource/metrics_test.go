package kafkasource

import (
	"context"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/prometheus/client_golang/prometheus"
)

// gauges returns the values of the metric family name in reg by partition
// label, and the value of an unlabelled metric under "".
func gauges(t *testing.T, reg *prometheus.Registry, name string) map[string]float64 {
	t.Helper()
	return fakes.MetricValues(t, reg, name, "partition")
}

func sum(m map[string]float64) float64 {
	var s float64
	for _, v := range m {
		s += v
	}
	return s
}

// TestKafkaSourceReadyAndMetrics follows one member through its life: not
// ready until it holds partitions, then ready; the lag metric says how many
// messages wait to be handed out as jobs are taken; the uncommitted gap
// opens while the lowest job of a partition is unfinished and closes with
// the commit; commits and the rebalance are counted; after Close it is not
// ready and reports no partition.
func TestKafkaSourceReadyAndMetrics(t *testing.T) {
	broker := kafkatest.Addr(t)
	const n, parts = 40, 2
	topic := urlTopic(t, broker, parts, n)
	reg := prometheus.NewRegistry()
	cfg := sourceConfig(broker, topic, "g."+topic)
	cfg.Metrics = NewMetrics(reg)
	cfg.LagInterval = 100 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	src, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	fakes.WaitFor(t, "ready", 30*time.Second, func() bool { return src.Ready() == nil })
	if got := gauges(t, reg, "newsner_kafka_assigned_partitions")[""]; got != parts {
		t.Errorf("assigned partitions %v, want %d", got, parts)
	}
	if got := gauges(t, reg, "newsner_kafka_rebalances_total")[""]; got != 1 {
		t.Errorf("rebalances %v, want 1", got)
	}
	// Nothing taken: each partition's reader holds its first message ready
	// to hand out (counted as handed out), the rest wait.
	lag := func() float64 { return sum(gauges(t, reg, "newsner_kafka_consumer_lag")) }
	fakes.WaitFor(t, "lag of everything but the first message of each partition", 10*time.Second, func() bool {
		l := gauges(t, reg, "newsner_kafka_consumer_lag")
		return len(l) == parts && sum(l) == n-parts
	})
	var jobs []ingest.Job
	for range 10 {
		j, err := src.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, j)
	}
	fakes.WaitFor(t, "lag to fall by the jobs taken", 10*time.Second, func() bool { return lag() == n-parts-10 })

	// Finish all but the first job of the partition with the most jobs
	// taken (at least 5 of 10): the gap between the newest done offset and
	// the committed one opens on that partition.
	byPart := map[int][]ingest.Job{}
	for _, j := range jobs {
		p := j.Token.(*kafkaToken).partition
		byPart[p] = append(byPart[p], j)
	}
	held := byPart[0]
	if len(byPart[1]) > len(held) {
		held = byPart[1]
	}
	heldJob, heldPart := held[0], strconv.Itoa(held[0].Token.(*kafkaToken).partition)
	for _, j := range jobs {
		if j.Token != heldJob.Token {
			if err := src.Done(ctx, j); err != nil {
				t.Fatal(err)
			}
		}
	}
	uncommitted := func() map[string]float64 { return gauges(t, reg, "newsner_kafka_uncommitted_offsets") }
	want := float64(len(held)) // the held job and the done ones after it
	fakes.WaitFor(t, "an uncommitted gap behind the unfinished job", 10*time.Second, func() bool {
		return uncommitted()[heldPart] == want
	})
	if err := src.Done(ctx, heldJob); err != nil {
		t.Fatal(err)
	}
	fakes.WaitFor(t, "the gap to close with the commit", 10*time.Second, func() bool {
		u := uncommitted()
		return len(u) == parts && sum(u) == 0
	})
	if got := gauges(t, reg, "newsner_kafka_commits_total")[""]; got < 1 {
		t.Errorf("commits %v, want at least 1", got)
	}
	if got := gauges(t, reg, "newsner_kafka_commit_errors_total")[""]; got != 0 {
		t.Errorf("commit errors %v, want 0", got)
	}

	if err := src.Close(); err != nil {
		t.Fatal(err)
	}
	if err := src.Ready(); err == nil || !strings.Contains(err.Error(), "closed") {
		t.Errorf("Ready after Close: %v, want an error saying closed", err)
	}
	if l := gauges(t, reg, "newsner_kafka_consumer_lag"); len(l) != 0 {
		t.Errorf("lag still reported for partitions %v after leaving the group", l)
	}
	if got := gauges(t, reg, "newsner_kafka_assigned_partitions")[""]; got != 0 {
		t.Errorf("assigned partitions %v after Close, want 0", got)
	}
}

// TestKafkaSourceNotReadyWithoutPartitions checks that a source is not
// ready before it joins, nor while it is a member without a partition (one
// partition, two members), and becomes ready when the partition comes to
// it.
func TestKafkaSourceNotReadyWithoutPartitions(t *testing.T) {
	broker := kafkatest.Addr(t)
	topic := urlTopic(t, broker, 1, 4)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cfg := sourceConfig(broker, topic, "g."+topic)
	a, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	fakes.WaitFor(t, "the first member to be ready", 30*time.Second, func() bool { return a.Ready() == nil })
	// One partition, two members: the second holds nothing and is not
	// ready.
	b, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Ready(); err == nil {
		t.Error("second member ready at once")
	} else {
		t.Logf("second member at start: %v", err)
	}
	// Either may get the partition; the other holds nothing.
	var idle, busy *Source
	fakes.WaitFor(t, "one member with the partition, one without", 30*time.Second, func() bool {
		ea, eb := a.Ready(), b.Ready()
		switch {
		case ea == nil && eb != nil && strings.Contains(eb.Error(), "without a partition"):
			busy, idle = a, b
		case eb == nil && ea != nil && strings.Contains(ea.Error(), "without a partition"):
			busy, idle = b, a
		default:
			return false
		}
		return true
	})
	t.Logf("member without a partition: %v", idle.Ready())
	// The one with the partition leaves: the other takes it and is ready.
	busy.Close()
	fakes.WaitFor(t, "the other member to take the partition", 30*time.Second, func() bool { return idle.Ready() == nil })
}

// TestKafkaSourceNextAfterStop checks that Next hands out no job once its
// context is done or the source is closed, even with jobs ready: a worker
// told to stop takes no new work.
func TestKafkaSourceNextAfterStop(t *testing.T) {
	broker := kafkatest.Addr(t)
	topic := urlTopic(t, broker, 2, 50)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	src, err := New(ctx, sourceConfig(broker, topic, "g."+topic))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if _, err := src.Next(ctx); err != nil { // jobs are ready from now on
		t.Fatal(err)
	}
	stopped, stop := context.WithCancel(ctx)
	stop()
	for range 100 {
		if j, err := src.Next(stopped); err == nil {
			t.Fatalf("Next with a cancelled context handed out %s", j.URL)
		}
	}
	src.Close()
	for range 100 {
		if j, err := src.Next(ctx); !errors.Is(err, io.EOF) {
			t.Fatalf("Next after Close: %q, %v; want io.EOF", j.URL, err)
		}
	}
}

// TestPartitionGauges checks the per-partition gauges without a broker: lag
// and uncommitted offsets are set per partition, a negative count reads 0,
// a generation's end drops its partitions, and a nil *Metrics records
// nothing.
func TestPartitionGauges(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.setLag("urls", 0, 5)
	m.setLag("urls", 1, -3)
	m.setUncommitted("urls", 1, 7)
	if got := gauges(t, reg, "newsner_kafka_consumer_lag"); len(got) != 2 || got["0"] != 5 || got["1"] != 0 {
		t.Errorf("lag %v, want 0:5 1:0", got)
	}
	if got := gauges(t, reg, "newsner_kafka_uncommitted_offsets"); len(got) != 1 || got["1"] != 7 {
		t.Errorf("uncommitted %v, want 1:7", got)
	}
	m.left("urls", []int{0, 1})
	if got := gauges(t, reg, "newsner_kafka_consumer_lag"); len(got) != 0 {
		t.Errorf("lag after the generation ended %v, want none", got)
	}
	var none *Metrics
	none.setLag("urls", 0, 1)
	none.setUncommitted("urls", 0, 1)
}
