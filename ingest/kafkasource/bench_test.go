package kafkasource

import (
	"context"
	"testing"
	"time"

	"github.com/newsner/newsner/internal/kafkatest"
)

// BenchmarkKafkaSource measures how fast a Source hands out and
// commits URLs with 8 workers that do no work: the ceiling the source puts
// on a pipeline. Needs NEWSNER_KAFKA.
//
//	NEWSNER_KAFKA=127.0.0.1:9092 go test ./ingest/kafkasource -run '^$' -bench Source -benchtime 20000x
func BenchmarkKafkaSource(b *testing.B) {
	broker := kafkatest.Addr(b)
	topic := urlTopic(b, broker, 6, b.N)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cfg := sourceConfig(broker, topic, "g."+topic)
	cfg.Logger = discardLogger()
	src, err := New(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	ta := &tally{}
	b.ResetTimer()
	wg := work(ctx, src, 8, 0, ta)
	for ta.distinct() < b.N {
		time.Sleep(time.Millisecond)
	}
	b.StopTimer()
	src.Close()
	wg.Wait()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "urls/s")
}
