package kafka_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
)

// TestReadSinceAndGroupLag writes old and recent messages, reads from a
// time back (only the recent ones), and reads a group's lag before and
// after it commits.
func TestReadSinceAndGroupLag(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	kc := kafka.Config{Brokers: []string{broker}}
	topic := fmt.Sprintf("read.since.%d", time.Now().UnixNano())
	if err := kafka.EnsureTopics(ctx, kc, kgo.TopicConfig{Topic: topic, NumPartitions: 3, ReplicationFactor: 1}); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	var msgs []kgo.Message
	for i := range 6 {
		msgs = append(msgs, kgo.Message{Key: fmt.Appendf(nil, "old%d", i), Value: []byte("old"), Time: now.Add(-3 * time.Hour)})
	}
	for i := range 4 {
		msgs = append(msgs, kgo.Message{Key: fmt.Appendf(nil, "new%d", i), Value: []byte("new"), Time: now.Add(-10 * time.Minute)})
	}
	w := &kgo.Writer{Addr: kgo.TCP(broker), Topic: topic, Balancer: &kgo.Hash{}, BatchTimeout: time.Millisecond, RequiredAcks: kgo.RequireAll}
	kafkatest.Write(ctx, t, w, msgs...)
	w.Close()

	read := func(since time.Time) map[string]int {
		got := map[string]int{}
		err := kafka.Read(ctx, kafka.ReadConfig{Conn: kc, Topic: topic, Since: since, UntilEnd: true}, func(m kgo.Message) error {
			got[string(m.Value)]++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := read(now.Add(-time.Hour)); got["new"] != 4 || got["old"] != 0 {
		t.Errorf("since an hour back: read %v, want the 4 new messages only", got)
	}
	if got := read(now.Add(-5 * time.Hour)); got["new"] != 4 || got["old"] != 6 {
		t.Errorf("since 5 hours back: read %v, want all", got)
	}
	if got := read(now.Add(time.Hour)); len(got) != 0 {
		t.Errorf("since an hour ahead: read %v, want none", got)
	}
	if err := kafka.Read(ctx, kafka.ReadConfig{Conn: kc, Topic: topic, Since: now, GroupID: "g"}, func(kgo.Message) error { return nil }); err == nil {
		t.Error("Since with a group: no error")
	}

	group := "lag." + topic
	// GroupLag asks again while the group's coordinator is not found yet
	// (the offsets topic is made at the first use of a group in a cluster).
	lagOf := func() (int64, error) { return kafka.GroupLag(ctx, kc, group, topic) }
	if lag, err := lagOf(); err != nil || lag != 10 {
		t.Errorf("lag of a group that committed nothing: %d, %v; want 10", lag, err)
	}
	// Commit the end of every partition but one message, as a standalone
	// consumer (no generation).
	cl := kc.Client(kc.Transport(), 10*time.Second)
	parts, err := kafka.Partitions(ctx, cl, topic)
	if err != nil {
		t.Fatal(err)
	}
	last, err := kafka.Offsets(ctx, cl, topic, parts, kgo.LastOffsetOf)
	if err != nil {
		t.Fatal(err)
	}
	commits := []kgo.OffsetCommit{}
	for _, p := range parts {
		off := last[p]
		if p == parts[0] && off > 0 {
			off--
		}
		commits = append(commits, kgo.OffsetCommit{Partition: p, Offset: off})
	}
	c := &kgo.Client{Addr: kgo.TCP(broker), Timeout: 10 * time.Second}
	res, err := c.OffsetCommit(ctx, &kgo.OffsetCommitRequest{GroupID: group, GenerationID: -1, Topics: map[string][]kgo.OffsetCommit{topic: commits}})
	if err != nil {
		t.Fatal(err)
	}
	for _, ps := range res.Topics[topic] {
		if ps.Error != nil {
			t.Fatalf("commit %d: %v", ps.Partition, ps.Error)
		}
	}
	if lag, err := lagOf(); err != nil || lag != 1 {
		t.Errorf("lag after committing all but one: %d, %v; want 1", lag, err)
	}
	if _, err := kafka.GroupLag(ctx, kc, group, "no.such.topic.here"); err == nil {
		t.Error("lag on a missing topic: no error")
	}
}
