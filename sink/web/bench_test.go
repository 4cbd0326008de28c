package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

// benchNames is the pool of entity names the synthetic stream draws from,
// Zipf-distributed like the names in the news: a few very often, most
// rarely.
var benchNames = func() []ent {
	first := []string{"Anna", "Pieter", "Maria", "Jonas", "Fatima", "Kenji", "Olga", "Luis", "Amara", "Chen", "Sofia", "Omar", "Ines", "Tomasz", "Priya", "Erik"}
	last := []string{"Keller", "Bakker", "Rossi", "Novak", "Haddad", "Tanaka", "Ivanova", "García", "Okafor", "Wang", "Moreau", "Nilsson", "Costa", "Kowalski", "Sharma", "Dubois", "Jensen", "Silva", "Müller", "Yilmaz"}
	places := []string{"Brussels", "Rotterdam", "Lagos", "Osaka", "Lyon", "Gdańsk", "Porto", "Kraków", "Tampere", "Busan", "Cali", "Izmir", "Graz", "Aarhus", "Split", "Bergen"}
	orgs := []string{"Commission", "Central Bank", "Union", "Ministry", "Council", "Group", "Holdings", "Institute", "Agency", "Court"}
	var out []ent
	for i := range 20_000 {
		switch i % 3 {
		case 0:
			out = append(out, ent{newsner.Person, "", []string{fmt.Sprintf("%s %s %d", first[i%len(first)], last[(i/7)%len(last)], i)}})
		case 1:
			out = append(out, ent{newsner.Location, fmt.Sprintf("place:%d", i), []string{fmt.Sprintf("%s-%d", places[i%len(places)], i)}})
		default:
			out = append(out, ent{newsner.Organization, fmt.Sprintf("Q%d", 100000+i), []string{fmt.Sprintf("%s %s %d", places[(i/5)%len(places)], orgs[i%len(orgs)], i)}})
		}
	}
	return out
}()

// benchRecord returns the JSON of a synthetic article of about 3 KB of
// text with 15 entities and 30 mentions, made at time at.
func benchRecord(rng *rand.Rand, zipf *rand.Zipf, id string, at time.Time) []byte {
	var text strings.Builder
	var ents []newsner.Entity
	var keys []string
	seen := map[int]int{}
	filler := "officials said on Tuesday that the talks, which began last month, would go on through the week as both sides weighed the offer. "
	for len(ents) < 15 {
		n := int(zipf.Uint64())
		if _, dup := seen[n]; dup {
			continue
		}
		seen[n] = len(ents)
		e := benchNames[n]
		ents = append(ents, newsner.Entity{Type: e.typ, Text: e.surfaces[0]})
		keys = append(keys, e.key)
	}
	for i := range 30 {
		k := i % len(ents)
		if i >= len(ents) {
			k = rng.IntN(len(ents))
		}
		start := len([]rune(text.String()))
		text.WriteString(ents[k].Text)
		ents[k].Mentions = append(ents[k].Mentions, newsner.Mention{Start: start, End: start + len([]rune(ents[k].Text)), Text: ents[k].Text})
		text.WriteString(" ")
		text.WriteString(filler[:40+rng.IntN(len(filler)-40)])
	}
	for i := range ents {
		ents[i].Count = len(ents[i].Mentions)
	}
	a := newsner.Article{Schema: newsner.ArticleSchema, ID: id, URL: "https://news.example/" + id, FinalURL: "https://news.example/" + id,
		CanonicalURL: "https://news.example/" + id, FetchedAt: at, Status: 200, Title: "Talks go on as both sides weigh the offer " + id,
		Byline: "Anna Keller", Language: "en", SiteName: "The Example Ledger", Text: text.String(), Model: "extract/v3+ner/perceptron-v3",
		Entities: ents}
	a.ContentSHA256 = newsner.ContentHash(a.Text)
	b, _ := json.Marshal(a)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	for i, e := range m["entities"].([]any) {
		if keys[i] != "" {
			e.(map[string]any)["key"] = keys[i]
		}
	}
	b, _ = json.Marshal(m)
	return b
}

// benchPool is a pool of synthetic records whose IDs are made unique on
// use (the ID is the first 16 bytes after `"id":"`).
var benchPool = sync.OnceValue(func() [][]byte {
	rng := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(rng, 1.1, 4, uint64(len(benchNames)-1))
	pool := make([][]byte, 1000)
	for i := range pool {
		pool[i] = benchRecord(rng, zipf, fmt.Sprintf("%016x", i), t0)
	}
	return pool
})

// nextRecord returns record n: a pool record with ID n made at time at.
func nextRecord(n int, at time.Time) []byte {
	pool := benchPool()
	b := bytes.Clone(pool[n%len(pool)])
	i := bytes.Index(b, []byte(`"id":"`)) + len(`"id":"`)
	copy(b[i:i+16], fmt.Sprintf("%016x", n))
	j := bytes.Index(b, []byte(`"fetched_at":"`)) + len(`"fetched_at":"`)
	ts := at.UTC().Format("2006-01-02T15:04:05.000Z")
	k := bytes.IndexByte(b[j:], '"')
	return append(b[:j:j], append([]byte(ts), b[j+k:]...)...)
}

// heldStore is a store holding 100,000 articles made over a day.
var heldStore = sync.OnceValue(func() *Store {
	s := NewStore(Config{MaxArticles: 100_000, MaxBytes: 4 << 30})
	start := t0.Add(-24 * time.Hour)
	for n := range 100_000 {
		at := start.Add(time.Duration(n) * 864 * time.Millisecond)
		if err := s.Add(nextRecord(n, at), at); err != nil {
			panic(err)
		}
	}
	return s
})

// BenchmarkEndpoints times the page's data endpoints with 100,000 articles
// held (about 70 a minute over a day, 15 entities each from 20,000 names).
// The bar: each under 50 ms.
func BenchmarkEndpoints(b *testing.B) {
	s := heldStore()
	n, est := s.Len()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	h := Handler(s, HandlerConfig{})
	top := s.Overview(WindowNamed("24h"), "", 1, 1).Trending.Entities[0].Key
	for _, path := range []string{
		"/api/overview?window=15m",
		"/api/overview?window=1h",
		"/api/overview?window=24h",
		"/api/overview?window=24h&type=PERSON",
		"/api/article?id=" + fmt.Sprintf("%016x", 99_999),
		"/api/entity?window=24h&key=" + url.QueryEscape(top),
	} {
		b.Run(strings.TrimPrefix(path, "/api/"), func(b *testing.B) {
			req := httptest.NewRequest("GET", path, nil)
			req.Host = "127.0.0.1:8080"
			var size int
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != http.StatusOK {
					b.Fatalf("%s: %d %s", path, w.Code, w.Body)
				}
				size = w.Body.Len()
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/op")
			b.ReportMetric(float64(size), "bytes/response")
			b.ReportMetric(float64(n), "articles")
			b.ReportMetric(float64(est)/(1<<20), "est-MiB")
			b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-inuse-MiB")
		})
	}
}

// BenchmarkStream streams records into a store at 1,000 a second (b.N
// records) with a page asking for the overview every second, under a
// memory limit of 96 MiB, and reports the peak heap in use (sampled every
// 20 ms) against it.
// Run it long enough for the store to fill and evict:
//
//	go test ./sink/web -run '^$' -bench Stream -benchtime 30000x
func BenchmarkStream(b *testing.B) {
	const limit = 96 << 20
	benchPool()
	runtime.GC()
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))
	s := NewStore(ForMemoryLimit(limit, 100_000))
	defer s.Close()
	h := Handler(s, HandlerConfig{})

	var peak, peakTotal uint64
	var slowest time.Duration
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
		peakTotal = max(peakTotal, ms.Sys-ms.HeapReleased)
	}
	page := func() {
		req := httptest.NewRequest("GET", "/api/overview?window=1h", nil)
		req.Host = "127.0.0.1:8080"
		w := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(w, req)
		slowest = max(slowest, time.Since(start))
	}
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() { // the peak, every 20 ms
		defer close(sampled)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	b.ResetTimer()
	start := time.Now()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for n := 0; n < b.N; {
		now := <-tick.C
		// The records due by now at 1,000 a second.
		due := min(b.N, int(time.Since(start)/time.Millisecond))
		for ; n < due; n++ {
			if err := s.Add(nextRecord(n, now), now); err != nil {
				b.Fatal(err)
			}
		}
		if n%1000 < 10 {
			page()
		}
	}
	close(stop)
	<-sampled
	sample()
	b.StopTimer()
	held, est := s.Len()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "records/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-inuse-MiB")
	b.ReportMetric(float64(peakTotal)/(1<<20), "peak-heap-sys-MiB")
	b.ReportMetric(float64(limit)/(1<<20), "cap-MiB")
	b.ReportMetric(float64(held), "held")
	b.ReportMetric(float64(est)/(1<<20), "est-MiB")
	b.ReportMetric(float64(slowest.Microseconds())/1000, "slowest-overview-ms")
	b.Logf("%d records: peak heap in use %.1f MiB (sys %.1f MiB) under a %d MiB cap; %d held, estimated %.1f MiB",
		b.N, float64(peak)/(1<<20), float64(peakTotal)/(1<<20), limit>>20, held, float64(est)/(1<<20))
	if peak > limit {
		b.Errorf("heap in use peaked at %d MiB, over the %d MiB cap", peak>>20, limit>>20)
	}
}
