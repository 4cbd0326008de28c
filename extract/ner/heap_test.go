package ner

import (
	"math/rand"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// longNamePage makes a text of about n bytes of name-dense paragraphs
// (people meeting people in places about organizations), the kind of page
// that gives the most tokens and spans per byte: 15 MB of it, under the
// default --max-body-bytes, is 2.4 million tokens.
func longNamePage(n int) string {
	names := []string{"Angela Merkel", "Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Rishi Sunak", "Giorgia Meloni"}
	places := []string{"Berlin", "Paris", "Washington", "London", "Rome", "Brussels"}
	orgs := []string{"the European Union", "NATO", "the United Nations", "Siemens AG", "Deutsche Bank", "the IMF"}
	r := rand.New(rand.NewSource(1))
	pick := func(l []string) string { return l[r.Intn(len(l))] }
	var b strings.Builder
	for b.Len() < n {
		for i := 0; i < 6; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pick(names) + " met " + pick(names) + " in " + pick(places) + " to discuss " + pick(orgs) + " and its plans.")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkLongPageHeap reports the peak live heap (sampled every 5 ms
// from runtime/metrics, the model included) of the entity step on a
// 15 MB page of name-dense paragraphs, the longest text the default
// --max-body-bytes lets through. Not in the 'Article|Dev' set; run it
// alone, once:
//
//	go test -run '^$' -bench LongPageHeap -benchtime 1x -cpu 1 ./extract/ner
func BenchmarkLongPageHeap(b *testing.B) {
	tg, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	text := longNamePage(15 << 20)
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak uint64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	runtime.GC()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if len(tg.Entities(text)) == 0 {
			b.Fatal("no entities on the long page")
		}
	}
	b.StopTimer()
	close(done)
	<-sampled
	b.ReportMetric(float64(peak)/(1<<20), "peak-live-MB")
}

// TestTokenStaysSmall: a long text has millions of tokens (2.4 million
// for a 15 MB page of name-dense paragraphs), the largest part of the
// entity step's live heap; with int offsets a token took 64 bytes.
func TestTokenStaysSmall(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n > 48 {
		t.Errorf("a token takes %d bytes, want at most 48", n)
	}
}
