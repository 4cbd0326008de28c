package kafka_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
	kgo "github.com/segmentio/kafka-go"
)

// TestReadRightAfterCreate reads topics the moment they are created and
// written, when their partitions' leaders may not be known everywhere yet
// (CI once saw "Not Leader For Partition" from list offsets there).
func TestReadRightAfterCreate(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for i := range 5 {
		topic := fmt.Sprintf("read.fresh.%d.%d", time.Now().UnixNano(), i)
		w := &kgo.Writer{Addr: kgo.TCP(broker), Topic: topic,
			Balancer: &kgo.RoundRobin{}, BatchTimeout: time.Millisecond, RequiredAcks: kgo.RequireAll}
		kc := kafka.Config{Brokers: []string{broker}}
		if err := kafka.EnsureTopics(ctx, kc, kgo.TopicConfig{Topic: topic, NumPartitions: 8, ReplicationFactor: 1}); err != nil {
			t.Fatal(err)
		}
		var msgs []kgo.Message
		for j := range 16 {
			msgs = append(msgs, kgo.Message{Value: fmt.Appendf(nil, "m%d", j)})
		}
		// A new topic can be unknown to the writer's first metadata
		// request: write as the sink does, again while that is transient.
		kafkatest.Write(ctx, t, w, msgs...)
		w.Close()
		n := 0
		err := kafka.Read(ctx, kafka.ReadConfig{Conn: kc, Topic: topic, UntilEnd: true}, func(kgo.Message) error { n++; return nil })
		if err != nil || n != 16 {
			t.Fatalf("%s: read %d of 16 messages: %v", topic, n, err)
		}
	}

	// A topic that does not exist fails at once, with its name.
	start := time.Now()
	err := kafka.Read(ctx, kafka.ReadConfig{Conn: kafka.Config{Brokers: []string{broker}}, Topic: "no.such.topic.here", UntilEnd: true},
		func(kgo.Message) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "no.such.topic.here") {
		t.Errorf("reading a missing topic: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("reading a missing topic took %v", d)
	}
}
