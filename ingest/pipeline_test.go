package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// sliceSource hands out fixed URLs and records which were done.
type sliceSource struct {
	mu   sync.Mutex
	urls []string
	next int
	done []string
}

func (s *sliceSource) Next(ctx context.Context) (Job, error) {
	if err := ctx.Err(); err != nil {
		return Job{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.next >= len(s.urls) {
		return Job{}, io.EOF
	}
	s.next++
	return Job{URL: s.urls[s.next-1]}, nil
}

func (s *sliceSource) Done(_ context.Context, j Job) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.done = append(s.done, j.URL)
	return nil
}

// fakeLoader "fetches" by URL: "fail:*" fails with ENotHTML, "slow:*" waits
// for the context or 200ms, "panic:*" makes the processor panic.
type fakeLoader struct{}

func (fakeLoader) Load(ctx context.Context, in string) (newsner.Page, error) {
	switch {
	case strings.HasPrefix(in, "fail:"):
		return newsner.Page{URL: in}, newsner.Errorf(newsner.ENotHTML, "not html")
	case strings.HasPrefix(in, "slow:"):
		select {
		case <-time.After(200 * time.Millisecond):
		case <-ctx.Done():
			return newsner.Page{URL: in}, ctx.Err()
		}
	}
	return newsner.Page{URL: in, Body: []byte(in)}, nil
}

type fakeProcessor struct{}

func (fakeProcessor) Process(_ context.Context, p newsner.Page) (newsner.Article, error) {
	if strings.HasPrefix(p.URL, "panic:") {
		panic("boom")
	}
	return newsner.Article{URL: p.URL, Text: string(p.Body)}, nil
}

// memSink keeps what was written; failAfter > 0 makes writes fail after that many.
type memSink struct {
	mu        sync.Mutex
	articles  []string
	dead      []newsner.DeadLetter
	failAfter int
}

func (m *memSink) WriteArticle(_ context.Context, a newsner.Article, _ newsner.Page) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.failAfter > 0 && len(m.articles) >= m.failAfter {
		return errors.New("broker unavailable")
	}
	m.articles = append(m.articles, a.URL)
	return nil
}

func (m *memSink) WriteDeadLetter(_ context.Context, d newsner.DeadLetter) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.dead = append(m.dead, d)
	return nil
}

func TestPipelineEveryJobEndsAsArticleOrDeadLetter(t *testing.T) {
	src := &sliceSource{urls: []string{"a", "fail:b", "c", "panic:d", "slow:e"}}
	sink := &memSink{}
	p := &Pipeline{Source: src, Loader: fakeLoader{}, Processor: fakeProcessor{}, Sink: sink, Workers: 3}
	if err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(src.done) != 5 || len(sink.articles) != 3 || len(sink.dead) != 2 {
		t.Fatalf("done %v, articles %v, dead %+v", src.done, sink.articles, sink.dead)
	}
	classes := map[string]string{}
	for _, d := range sink.dead {
		classes[d.URL] = d.Class
		if d.Schema != newsner.DeadLetterSchema || d.Attempts != 1 || d.Error == "" {
			t.Errorf("dead letter %+v", d)
		}
	}
	if classes["fail:b"] != newsner.ENotHTML || classes["panic:d"] != newsner.EInternal {
		t.Errorf("classes %v", classes)
	}
}

func TestPipelineFailedWriteStopsWithoutMarkingDone(t *testing.T) {
	src := &sliceSource{urls: []string{"a", "b", "c", "d"}}
	sink := &memSink{failAfter: 2}
	p := &Pipeline{Source: src, Loader: fakeLoader{}, Processor: fakeProcessor{}, Sink: sink, Workers: 1}
	err := p.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "broker unavailable") {
		t.Fatalf("Run = %v, want the write error", err)
	}
	if len(src.done) != 2 {
		t.Errorf("done %v: a job whose output was not written was marked done", src.done)
	}
}

func TestPipelineStopFinishesInFlight(t *testing.T) {
	var urls []string
	for range 20 {
		urls = append(urls, "slow:x")
	}
	src := &sliceSource{urls: urls}
	sink := &memSink{}
	p := &Pipeline{Source: src, Loader: fakeLoader{}, Processor: fakeProcessor{}, Sink: sink, Workers: 4, DrainTimeout: 5 * time.Second}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	if err := p.Run(ctx); err != nil {
		t.Fatal(err)
	}
	// The 4 jobs in flight at the stop finish and are written; no new ones start.
	if len(src.done) != 4 || len(sink.articles) != 4 || len(sink.dead) != 0 {
		t.Errorf("after stop: done %d, articles %d, dead %d; want 4, 4, 0", len(src.done), len(sink.articles), len(sink.dead))
	}
}

func TestPipelineDrainTimeoutLeavesJobsUndone(t *testing.T) {
	src := &sliceSource{urls: []string{"slow:a", "slow:b"}}
	sink := &memSink{}
	p := &Pipeline{Source: src, Loader: fakeLoader{}, Processor: fakeProcessor{}, Sink: sink, Workers: 2, DrainTimeout: time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	p.Run(ctx)
	if len(src.done) != 0 || len(sink.dead) != 0 {
		t.Errorf("jobs cut off by the drain timeout must stay undone and not be dead-lettered: done %v dead %v", src.done, sink.dead)
	}
}

func TestOrderedKeepsOrder(t *testing.T) {
	var got []int
	err := Ordered(context.Background(), 100, 8,
		func(_ context.Context, i int) int {
			time.Sleep(time.Duration((i*7)%5) * time.Millisecond)
			return i * i
		},
		func(i, v int) error {
			if v != i*i {
				t.Errorf("emit(%d, %d)", i, v)
			}
			got = append(got, i)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("emitted out of order: %v", got)
		}
	}
	if len(got) != 100 {
		t.Fatalf("emitted %d, want 100", len(got))
	}
}

func TestOrderedStopsOnEmitError(t *testing.T) {
	boom := errors.New("stdout closed")
	n := 0
	err := Ordered(context.Background(), 1000, 4,
		func(_ context.Context, i int) int { return i },
		func(i, v int) error {
			n++
			if i == 10 {
				return boom
			}
			return nil
		})
	if !errors.Is(err, boom) || n != 11 {
		t.Fatalf("err %v after %d emits", err, n)
	}
}

func TestLinesSkipsBlankAndComments(t *testing.T) {
	l := NewLines(strings.NewReader("\n# comment\n https://a.example/x \n\nhttps://b.example/y\n"))
	var got []string
	for {
		j, err := l.Next(context.Background())
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, j.URL)
	}
	if strings.Join(got, " ") != "https://a.example/x https://b.example/y" {
		t.Fatalf("got %q", got)
	}
}

func TestInputsLoadsFilesAndStdin(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.html")
	os.WriteFile(plain, []byte("<p>hello</p>"), 0o644)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>zipped</p>"))
	zw.Close()
	zipped := filepath.Join(dir, "b.html.gz")
	os.WriteFile(zipped, gz.Bytes(), 0o644)
	big := filepath.Join(dir, "big.html")
	os.WriteFile(big, bytes.Repeat([]byte("x"), 2000), 0o644)

	in := &Inputs{AllowFiles: true, Stdin: strings.NewReader("from stdin"), MaxFileBytes: 1000}
	ctx := context.Background()
	for _, tt := range []struct {
		input, body, url, code string
	}{
		{plain, "<p>hello</p>", "file://" + plain, ""},
		{"file://" + zipped, "<p>zipped</p>", "file://" + zipped, ""},
		{"-", "from stdin", "-", ""},
		{"-", "from stdin", "-", ""}, // stdin read once, served again
		{big, "", "", newsner.ETooLarge},
		{filepath.Join(dir, "missing.html"), "", "", newsner.EInvalid},
		{"ftp://example.com/x", "", "", newsner.EUnsupported},
		{"https://example.com/x", "", "", newsner.EUnsupported}, // no fetcher configured
	} {
		p, err := in.Load(ctx, tt.input)
		if got := newsner.ErrorCode(err); got != tt.code {
			t.Errorf("Load(%q): class %q (%v), want %q", tt.input, got, err, tt.code)
			continue
		}
		if tt.code == "" && (string(p.Body) != tt.body || p.URL != tt.url || p.Status != 0) {
			t.Errorf("Load(%q) = url %q body %q", tt.input, p.URL, p.Body)
		}
	}
	queue := &Inputs{}
	if _, err := queue.Load(ctx, plain); newsner.ErrorCode(err) != newsner.EUnsupported {
		t.Errorf("a queue's inputs must not read files: %v", err)
	}
}

func TestPipelineSkipsRecentDuplicates(t *testing.T) {
	src := &sliceSource{urls: []string{"a", "b", "a", "fail:c", "fail:c", "a"}}
	sink := &memSink{}
	p := &Pipeline{Source: src, Loader: fakeLoader{}, Processor: fakeProcessor{}, Sink: sink, Workers: 1, Recent: &Recent{}}
	if err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	// "a" is processed once; a failed URL is not remembered, so it is tried again.
	if strings.Join(sink.articles, " ") != "a b" || len(sink.dead) != 2 || len(src.done) != 6 {
		t.Fatalf("articles %v, dead %d, done %d", sink.articles, len(sink.dead), len(src.done))
	}
}

func TestRecentExpiresAndBounds(t *testing.T) {
	r := &Recent{TTL: time.Minute, Max: 2}
	now := time.Now()
	r.Add("a", now)
	if !r.Seen("a", now.Add(30*time.Second)) || r.Seen("a", now.Add(2*time.Minute)) {
		t.Error("TTL not honoured")
	}
	r.Add("a", now)
	r.Add("b", now)
	r.Add("c", now)
	if r.Seen("a", now) || !r.Seen("b", now) || !r.Seen("c", now) {
		t.Error("oldest not evicted past Max")
	}
	var nilRecent *Recent
	nilRecent.Add("x", now)
	if nilRecent.Seen("x", now) {
		t.Error("nil Recent remembers")
	}
}
