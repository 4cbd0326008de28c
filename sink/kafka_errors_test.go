package sink

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/kafka"
	kgo "github.com/segmentio/kafka-go"
)

// TestWriteErrorsLeaveTheURLToTheCaller: a failed write's error keeps its
// class (the context's end, and the last try's error: that one was only
// printed before) and does not name the URL, which its caller adds (the pipeline's
// "write dead letter for URL: ..."): it said "write dead letter for URL:
// write dead letter for URL: ..." before. No broker: nothing listens on
// the address, so the write is retried until the context ends.
func TestWriteErrorsLeaveTheURLToTheCaller(t *testing.T) {
	cfg := KafkaConfig{Conn: kafka.Config{Brokers: []string{"127.0.0.1:1"}}, RetryBackoffMax: 50 * time.Millisecond,
		Logger: slog.New(slog.DiscardHandler)}.withDefaults()
	tr := cfg.Conn.Transport()
	k := &Kafka{cfg: cfg, transport: tr, w: &kgo.Writer{Addr: kgo.TCP(cfg.Conn.Brokers...), Transport: tr}}
	defer k.Close()
	const url = "https://news.example/2026/story"
	for _, write := range []func(context.Context) error{
		func(ctx context.Context) error {
			return k.WriteDeadLetter(ctx, newsner.DeadLetter{URL: url, Class: newsner.ETimeout})
		},
		func(ctx context.Context) error {
			return k.WriteArticle(ctx, newsner.Article{ID: "a1b2", URL: url}, newsner.Page{URL: url})
		},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := write(ctx)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, syscall.ECONNREFUSED) {
			t.Errorf("error %v, want one wrapping context.DeadlineExceeded and the last try's ECONNREFUSED", err)
		}
		if msg := fmt.Sprint(err); strings.Contains(msg, url) {
			t.Errorf("error %q names the URL, which the caller names", msg)
		}
	}
}

// TestArticleTooLargeIsTooLarge: an article whose record is over the
// message cap is refused as too_large, a class the pipeline dead-letters
// the URL with; it was kafka-go's unclassed MessageTooLargeError, which
// stopped the pipeline and, the URL not done, stopped it again after each
// restart. The page's size cap bounds the page, not its record: JSON
// writes a control character, <, > and & in six bytes. No broker: the cap
// is checked before anything is sent.
func TestArticleTooLargeIsTooLarge(t *testing.T) {
	cfg := KafkaConfig{Conn: kafka.Config{Brokers: []string{"127.0.0.1:1"}}, MaxMessageBytes: 64 << 10, NoRaw: true,
		RetryBackoffMax: 50 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)}.withDefaults()
	tr := cfg.Conn.Transport()
	k := &Kafka{cfg: cfg, transport: tr, w: &kgo.Writer{Addr: kgo.TCP(cfg.Conn.Brokers...), Transport: tr, BatchBytes: cfg.MaxMessageBytes}}
	defer k.Close()
	a := newsner.Article{Schema: newsner.ArticleSchema, ID: "big", URL: "https://news.example/big", Text: strings.Repeat("<", 20<<10)}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := k.WriteArticle(ctx, a, newsner.Page{})
	if newsner.ErrorCode(err) != newsner.ETooLarge || !strings.Contains(err.Error(), "big") {
		t.Errorf("WriteArticle of a 120 KiB record under a 64 KiB cap: %v; want too_large naming the article", err)
	}
}
