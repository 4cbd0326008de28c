package sink

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/segmentio/kafka-go"
)

// TestReadSinceAndGroupLag writes old and recent messages, reads from a
// time back (only the recent ones), and reads a group's lag before and
// after it commits.
func TestReadSinceAndGroupLag(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	kc := KafkaConfig{Brokers: []string{broker}}
	topic := fmt.Sprintf("read.since.%d", time.Now().UnixNano())
	if err := EnsureTopics(ctx, kc, kafka.TopicConfig{Topic: topic, NumPartitions: 3, ReplicationFactor: 1}); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	var msgs []kafka.Message
	for i := range 6 {
		msgs = append(msgs, kafka.Message{Key: fmt.Appendf(nil, "old%d", i), Value: []byte("old"), Time: now.Add(-3 * time.Hour)})
	}
	for i := range 4 {
		msgs = append(msgs, kafka.Message{Key: fmt.Appendf(nil, "new%d", i), Value: []byte("new"), Time: now.Add(-10 * time.Minute)})
	}
	w := &kafka.Writer{Addr: kafka.TCP(broker), Topic: topic, Balancer: &kafka.Hash{}, BatchTimeout: time.Millisecond, RequiredAcks: kafka.RequireAll}
	for deadline := time.Now().Add(30 * time.Second); ; {
		err := w.WriteMessages(ctx, msgs...)
		if err == nil {
			break
		}
		if !Transient(err) || time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	w.Close()

	read := func(since time.Time) map[string]int {
		got := map[string]int{}
		err := Read(ctx, ReadConfig{Kafka: kc, Topic: topic, Since: since, UntilEnd: true}, func(m kafka.Message) error {
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
	if err := Read(ctx, ReadConfig{Kafka: kc, Topic: topic, Since: now, GroupID: "g"}, func(kafka.Message) error { return nil }); err == nil {
		t.Error("Since with a group: no error")
	}

	group := "lag." + topic
	// A group's coordinator can take a moment to be found (the offsets
	// topic is made at the first use of a group in a cluster): ask again
	// while it is not; newsner serve asks every few seconds anyway.
	lagOf := func() (int64, error) {
		for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
			lag, err := GroupLag(ctx, kc, group, topic)
			if err == nil || time.Now().After(deadline) || !errors.Is(err, kafka.NotCoordinatorForGroup) && !errors.Is(err, kafka.GroupCoordinatorNotAvailable) && !errors.Is(err, kafka.GroupLoadInProgress) {
				return lag, err
			}
		}
	}
	if lag, err := lagOf(); err != nil || lag != 10 {
		t.Errorf("lag of a group that committed nothing: %d, %v; want 10", lag, err)
	}
	// Commit the end of every partition but one message, as a standalone
	// consumer (no generation).
	parts, _, last, err := askPartitionOffsets(ctx, &kafka.Client{Addr: kafka.TCP(broker)}, topic)
	if err != nil {
		t.Fatal(err)
	}
	commits := []kafka.OffsetCommit{}
	for _, p := range parts {
		off := last[p]
		if p == parts[0] && off > 0 {
			off--
		}
		commits = append(commits, kafka.OffsetCommit{Partition: p, Offset: off})
	}
	c := &kafka.Client{Addr: kafka.TCP(broker), Timeout: 10 * time.Second}
	res, err := c.OffsetCommit(ctx, &kafka.OffsetCommitRequest{GroupID: group, GenerationID: -1, Topics: map[string][]kafka.OffsetCommit{topic: commits}})
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
	if _, err := GroupLag(ctx, kc, group, "no.such.topic.here"); err == nil {
		t.Error("lag on a missing topic: no error")
	}
}
