package kafkasource

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
)

// rawTestTopic creates a fresh topic with partitions partitions and writes
// the raw pages to it, keyed by id; a value that is not a raw page is
// written where bad is true.
func rawTestTopic(t *testing.T, broker string, partitions int, pages []newsner.RawPage, bad bool) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	topic := newTopic(ctx, t, broker, "test.raw", partitions)
	w := &kgo.Writer{Addr: kgo.TCP(broker), Topic: topic, Balancer: &kgo.Hash{}, RequiredAcks: kgo.RequireAll, BatchTimeout: 10 * time.Millisecond}
	defer w.Close()
	var msgs []kgo.Message
	for _, p := range pages {
		v, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, kgo.Message{Key: []byte(p.ID), Value: v})
	}
	if bad {
		msgs = append(msgs, kgo.Message{Key: []byte("bad"), Value: []byte("{not json")})
	}
	kafkatest.Write(ctx, t, w, msgs...) // the new topic's leader may take a moment
	return topic
}

func testRawPages(n int) []newsner.RawPage {
	var ps []newsner.RawPage
	for i := range n {
		u := fmt.Sprintf("https://news.example/story/%03d", i)
		ps = append(ps, newsner.RawPage{
			Schema: newsner.RawSchema,
			ID:     fmt.Sprintf("orig-%03d", i),
			Page: newsner.Page{URL: u, FinalURL: u, Status: 200, FetchedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
				Header: http.Header{"Content-Type": {"text/html"}}, Body: []byte(fakes.ArticleHTML(fmt.Sprint("Story ", i)))},
		})
	}
	return ps
}

func TestRawTopic(t *testing.T) {
	broker := kafkatest.Addr(t)
	pages := testRawPages(30)
	topic := rawTestTopic(t, broker, 3, pages, true)
	var sk fakes.Skips
	s, err := OpenRawTopic(context.Background(), RawTopicConfig{Conn: kafka.Config{Brokers: []string{broker}}, Topic: topic, BatchOptions: ingest.BatchOptions{Skip: sk.Skip}})
	if err != nil {
		t.Fatal(err)
	}
	if p := s.Progress(); p.Total != 31 {
		t.Errorf("total %d messages, want 31", p.Total)
	}
	got := map[string]bool{}
	ctx := context.Background()
	fakes.Each(ctx, t, s, func(j ingest.Job) bool {
		res := (&ingest.Pipeline{Processor: fakes.Processor{}}).Do(ctx, j)
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		art := res.Article
		want := "orig-" + strings.TrimPrefix(j.URL, "https://news.example/story/")
		if art.ID != want || !art.FetchedAt.Equal(pages[0].FetchedAt) {
			t.Errorf("%s: id %q fetched %v, want id %q", j.URL, art.ID, art.FetchedAt, want)
		}
		got[art.ID] = true
		return true
	})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if len(got) != 30 {
		t.Errorf("%d distinct ids, want 30", len(got))
	}
	if cls := sk.Classes(); len(cls) != 1 || cls[0] != newsner.EInvalid {
		t.Errorf("skipped %+v, want the record that is not JSON", sk.All())
	}

	// Since after every record: nothing to read.
	s, err = OpenRawTopic(ctx, RawTopicConfig{Conn: kafka.Config{Brokers: []string{broker}}, Topic: topic, Since: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Next(ctx); !errors.Is(err, io.EOF) {
		t.Errorf("since the future: %v, want EOF", err)
	}
	s.Close()
}

// TestRawTopicResume: a run interrupted with pages in flight commits the
// contiguous progress for its group; the next run with the group gives
// every page not done, and a finished group has nothing left.
func TestRawTopicResume(t *testing.T) {
	broker := kafkatest.Addr(t)
	pages := testRawPages(60)
	topic := rawTestTopic(t, broker, 2, pages, false)
	group := topic + ".group"
	ctx := context.Background()
	done := map[string]int{}
	// Every connection of the reader, its partition readers' included, is
	// dialled through the one Config: the recorder sees them all.
	rec := kafkatest.NewRecorder()
	for run := 0; ; run++ {
		if run > 20 {
			t.Fatal("no end after 20 runs")
		}
		s, err := OpenRawTopic(ctx, RawTopicConfig{Conn: kafka.Config{Brokers: []string{broker}, Dial: rec.Dial}, Topic: topic, Group: group, BatchOptions: ingest.BatchOptions{ReadAhead: 4}})
		if err != nil {
			t.Fatal(err)
		}
		var jobs []ingest.Job
		eof := false
		for len(jobs) < 15 {
			j, err := s.Next(ctx)
			if errors.Is(err, io.EOF) {
				eof = true
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			jobs = append(jobs, j)
		}
		for i := len(jobs) - 1; i >= 0; i-- {
			if i == len(jobs)-3 && !eof {
				continue // in flight at the interruption
			}
			if err := s.Done(ctx, jobs[i]); err != nil {
				t.Fatal(err)
			}
			done[jobs[i].URL]++
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if eof {
			break
		}
	}
	if len(done) != 60 {
		t.Errorf("%d distinct pages done, want 60", len(done))
	}
	kafkatest.CheckVersions(t, broker, rec, kafkatest.APIMetadata, kafkatest.APIListOffsets, kafkatest.APIOffsetFetch,
		kafkatest.APIFetch, kafkatest.APIOffsetCommit)
	s, err := OpenRawTopic(ctx, RawTopicConfig{Conn: kafka.Config{Brokers: []string{broker}}, Topic: topic, Group: group})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if p := s.Progress(); p.Total != 0 {
		t.Errorf("finished group: %d messages left", p.Total)
	}
	if _, err := s.Next(ctx); !errors.Is(err, io.EOF) {
		t.Errorf("finished group: %v, want EOF", err)
	}
}

func TestRawPageKeepsID(t *testing.T) {
	for _, c := range []struct {
		name    string
		value   string
		wantID  string
		wantErr string
	}{
		{name: "id kept", value: `{"schema":"newsner.raw/v1","id":"abc","url":"https://n.example/a","final_url":"https://n.example/a","status":200,"header":{"Content-Type":["text/html"]},"fetched_at":"2026-01-02T03:04:05Z","body":"PGh0bWw+"}`, wantID: "abc"},
		{name: "no id: derived", value: `{"schema":"newsner.raw/v1","url":"https://n.example/a","body":"PGh0bWw+"}`, wantID: "derived:https://n.example/a"},
		{name: "not JSON", value: `{`, wantErr: newsner.EInvalid},
		{name: "other schema", value: `{"schema":"newsner.article/v1","id":"x"}`, wantErr: newsner.EUnsupported},
	} {
		t.Run(c.name, func(t *testing.T) {
			page, id, err := kafka.ParseRaw([]byte(c.value))
			if c.wantErr != "" {
				if newsner.ErrorCode(err) != c.wantErr {
					t.Fatalf("error %v, want class %s", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			res := (&ingest.Pipeline{Processor: fakes.Processor{}}).Do(context.Background(), ingest.Job{URL: page.URL, ID: id, Page: page})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			art := res.Article
			if art.ID != c.wantID || art.URL != "https://n.example/a" {
				t.Errorf("id %q url %q, want id %q", art.ID, art.URL, c.wantID)
			}
		})
	}
}
