package web

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newsner/newsner"
)

// Window is a span of time the trending counts cover, ending at the newest
// record's time, cut into bins for the charts.
type Window struct {
	Name string        // as the page and the API name it: 15m, 1h, 24h
	Span time.Duration // how far back
	Bin  time.Duration // one bar of a chart
}

// Windows are the spans the page offers, the first the default.
var Windows = []Window{
	{"1h", time.Hour, 2 * time.Minute},
	{"15m", 15 * time.Minute, time.Minute},
	{"24h", 24 * time.Hour, 30 * time.Minute},
}

// ParseWindow returns the window called name, the default for "" (no
// window asked for); a name no window has is an error naming the windows
// there are ("window \"99y\": want 1h, 15m or 24h"), with the default.
func ParseWindow(name string) (Window, error) {
	names := make([]string, len(Windows))
	for i, w := range Windows {
		if w.Name == name {
			return w, nil
		}
		names[i] = w.Name
	}
	if name == "" {
		return Windows[0], nil
	}
	last := len(names) - 1
	return Windows[0], fmt.Errorf("window %q: want %s or %s", newsner.Clip(name, 40), strings.Join(names[:last], ", "), names[last])
}

// Summary is an article as the lists show it.
type Summary struct {
	ID        string     `json:"id"`
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Site      string     `json:"site"`
	Language  string     `json:"language"`
	Time      time.Time  `json:"time"`
	Published *time.Time `json:"published,omitempty"`
	Entities  []Chip     `json:"entities"`
	// EntitiesStatus is the record's entities_status ("ok",
	// "unsupported_language"; empty in records made before it).
	EntitiesStatus string `json:"entities_status,omitempty"`
}

// Chip is an entity of an article in a list.
type Chip struct {
	Key   string             `json:"key"`
	Text  string             `json:"text"`
	Type  newsner.EntityType `json:"type"`
	Count int                `json:"count"`
}

// State is the pipeline's state in one line.
type State struct {
	// Held is the number of articles held; Bytes the memory they are
	// estimated to take; MaxArticles and MaxBytes the caps.
	Held        int   `json:"held"`
	Bytes       int64 `json:"bytes"`
	MaxArticles int   `json:"max_articles"`
	MaxBytes    int64 `json:"max_bytes"`
	// Latest is the newest record's time, the end of every window.
	Latest time.Time `json:"latest"`
	// PerMinute is the articles made per minute over the five minutes up to Latest.
	PerMinute float64 `json:"per_minute"`
	// Window names the window Records and Dead count over.
	Window  string         `json:"window"`
	Records int            `json:"records"`
	Dead    map[string]int `json:"dead"`
	// Lag is the pipeline's consumer lag, when read.
	Lag *Lag `json:"lag,omitempty"`
	// Model made the newest article; Models counts the held articles by model.
	Model  string       `json:"model"`
	Models []ModelCount `json:"models"`
	// Skipped counts records that were neither articles nor dead letters.
	Skipped int `json:"skipped"`
}

// Lag is the consumer lag of the pipeline's group.
type Lag struct {
	Group    string    `json:"group"`
	Topic    string    `json:"topic"`
	Messages int64     `json:"messages"`
	Error    string    `json:"error,omitempty"`
	At       time.Time `json:"at"`
}

// ModelCount is how many held articles a model made.
type ModelCount struct {
	Model    string `json:"model"`
	Articles int    `json:"articles"`
}

// Trending is the entities most mentioned over a window.
type Trending struct {
	Window string    `json:"window"`
	From   time.Time `json:"from"`
	To     time.Time `json:"to"`
	// BinSeconds is the span of one element of every Series.
	BinSeconds int `json:"bin_seconds"`
	// Type filters Entities (and Series) to one type; empty: all.
	Type string `json:"type"`
	// Types counts mentions and distinct keys per type in the window.
	Types []TypeCount `json:"types"`
	// Series counts the mentions (of Type) in the held articles per bin,
	// oldest first.
	Series []int `json:"series"`
	// Entities are the most mentioned, most first.
	Entities []TrendEntity `json:"entities"`
}

// TypeCount counts one entity type in a window.
type TypeCount struct {
	Type     newsner.EntityType `json:"type"`
	Mentions int                `json:"mentions"`
	Keys     int                `json:"keys"`
}

// TrendEntity is one entity key's count in a window.
type TrendEntity struct {
	Key      string             `json:"key"`
	Name     string             `json:"name"`
	Type     newsner.EntityType `json:"type"`
	Mentions int                `json:"mentions"`
	Articles int                `json:"articles"`
	Series   []int              `json:"series"`
}

// Overview is what the page shows at once: the state line, the newest
// articles and the trending entities.
type Overview struct {
	State    State     `json:"state"`
	Articles []Summary `json:"articles"`
	Trending Trending  `json:"trending"`
}

// Overview returns the page's view: the newest limit articles and the
// topN entities of type typ (all types where empty) over w.
func (s *Store) Overview(w Window, typ string, limit, topN int) Overview {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return Overview{
		State:    s.stateLocked(w),
		Articles: s.newestLocked(limit),
		Trending: s.trendingLocked(w, typ, topN),
	}
}

func (s *Store) summary(it *item) Summary {
	chips := make([]Chip, len(it.chips))
	for i, c := range it.chips {
		chips[i] = Chip{Key: c.key, Text: c.text, Type: c.typ, Count: int(c.count)}
	}
	return Summary{ID: it.id, URL: it.url, Title: it.title, Site: it.site, Language: it.language,
		Time: it.at, Published: it.pub, Entities: chips, EntitiesStatus: it.status}
}

func (s *Store) newestLocked(limit int) []Summary {
	out := make([]Summary, 0, min(limit, s.live))
	for i := len(s.items) - 1; i >= 0 && len(out) < limit; i-- {
		if it := s.items[i]; it != nil {
			out = append(out, s.summary(it))
		}
	}
	return out
}

func (s *Store) stateLocked(w Window) State {
	st := State{
		Held: s.live, Bytes: s.bytes, MaxArticles: s.cfg.MaxArticles, MaxBytes: s.cfg.MaxBytes,
		Latest: s.latest, Window: w.Name, Dead: map[string]int{}, Model: s.newest, Skipped: s.skipped,
	}
	if s.latest.IsZero() {
		return st
	}
	end := unixMinute(s.latest)
	from := unixMinute(s.latest.Add(-w.Span)) + 1
	recent := 0
	for m, ms := range s.minutes {
		if m > end-5 && m <= end {
			recent += ms.articles
		}
		if m >= from && m <= end {
			st.Records += ms.articles
			for c, n := range ms.dead {
				st.Dead[c] += n
			}
		}
	}
	st.PerMinute = float64(recent) / 5
	if s.lag.group != "" {
		st.Lag = &Lag{Group: s.lag.group, Topic: s.lag.topic, Messages: s.lag.lag, Error: s.lag.err, At: s.lag.at}
	}
	for m, n := range s.models {
		st.Models = append(st.Models, ModelCount{Model: m, Articles: n})
	}
	sort.Slice(st.Models, func(i, j int) bool {
		if st.Models[i].Articles != st.Models[j].Articles {
			return st.Models[i].Articles > st.Models[j].Articles
		}
		return st.Models[i].Model < st.Models[j].Model
	})
	return st
}

// span returns the first minute of w and the number of bins, with the
// bin of a minute given by binOf.
func (s *Store) span(w Window) (from int32, bins int, binOf func(int32) int) {
	end := unixMinute(s.latest)
	binMin := int32(w.Bin / time.Minute)
	bins = int(w.Span / w.Bin)
	from = end - int32(bins)*binMin + 1
	return from, bins, func(m int32) int { return int((m - from) / binMin) }
}

func (s *Store) trendingLocked(w Window, typ string, topN int) Trending {
	t := Trending{Window: w.Name, BinSeconds: int(w.Bin / time.Second), Type: typ, To: s.latest}
	from, bins, binOf := s.span(w)
	t.From = time.Unix(int64(from)*60, 0).UTC()
	t.Series = make([]int, bins)
	for m, ms := range s.minutes {
		if m < from {
			continue
		}
		if bin := binOf(m); bin < bins {
			for ty, n := range ms.held {
				if typ == "" || string(ty) == typ {
					t.Series[bin] += n
				}
			}
		}
	}
	types := map[newsner.EntityType]*TypeCount{}
	top := &trendHeap{}
	for _, ks := range s.keys {
		mentions, articles := ks.inWindow(from)
		if mentions == 0 {
			continue
		}
		match := typ == "" || string(ks.typ) == typ
		tc := types[ks.typ]
		if tc == nil {
			tc = &TypeCount{Type: ks.typ}
			types[ks.typ] = tc
		}
		tc.Mentions += mentions
		tc.Keys++
		if !match {
			continue
		}
		e := trendItem{ks: ks, mentions: mentions, articles: articles}
		if top.Len() < topN {
			heap.Push(top, e)
		} else if topN > 0 && e.beats((*top)[0]) {
			(*top)[0] = e
			heap.Fix(top, 0)
		}
	}
	for _, tc := range types {
		t.Types = append(t.Types, *tc)
	}
	sort.Slice(t.Types, func(i, j int) bool {
		if t.Types[i].Mentions != t.Types[j].Mentions {
			return t.Types[i].Mentions > t.Types[j].Mentions
		}
		return t.Types[i].Type < t.Types[j].Type
	})
	t.Entities = make([]TrendEntity, top.Len())
	for i := top.Len() - 1; i >= 0; i-- {
		e := heap.Pop(top).(trendItem)
		t.Entities[i] = TrendEntity{Key: e.ks.key, Name: e.ks.name, Type: e.ks.typ,
			Mentions: e.mentions, Articles: e.articles, Series: seriesOf(e.ks, from, bins, binOf)}
	}
	return t
}

// inWindow returns the key's mentions and articles from minute from on.
func (ks *keyStat) inWindow(from int32) (mentions, articles int) {
	if len(ks.buckets) > 0 && ks.buckets[0].minute >= from {
		return ks.mentions, ks.articles // all of it: no need to add the buckets up
	}
	for i := len(ks.buckets) - 1; i >= 0 && ks.buckets[i].minute >= from; i-- {
		mentions += int(ks.buckets[i].mentions)
		articles += int(ks.buckets[i].articles)
	}
	return mentions, articles
}

// seriesOf returns a key's mentions per bin from minute from on.
func seriesOf(ks *keyStat, from int32, bins int, binOf func(int32) int) []int {
	series := make([]int, bins)
	for i := len(ks.buckets) - 1; i >= 0 && ks.buckets[i].minute >= from; i-- {
		if bin := binOf(ks.buckets[i].minute); bin < bins {
			series[bin] += int(ks.buckets[i].mentions)
		}
	}
	return series
}

type trendItem struct {
	ks                 *keyStat
	mentions, articles int
}

// beats orders trending entities: more mentions, then more articles, then
// by key.
func (a trendItem) beats(b trendItem) bool {
	if a.mentions != b.mentions {
		return a.mentions > b.mentions
	}
	if a.articles != b.articles {
		return a.articles > b.articles
	}
	return a.ks.key < b.ks.key
}

// trendHeap is a min-heap of the best entities so far: the weakest on top.
type trendHeap []trendItem

func (h trendHeap) Len() int           { return len(h) }
func (h trendHeap) Less(i, j int) bool { return h[j].beats(h[i]) }
func (h trendHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *trendHeap) Push(x any)        { *h = append(*h, x.(trendItem)) }
func (h *trendHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// EntityView is one entity key with the held articles that name it.
type EntityView struct {
	Key      string             `json:"key"`
	Name     string             `json:"name"`
	Type     newsner.EntityType `json:"type"`
	Mentions int                `json:"mentions"` // in the held articles
	Held     int                `json:"held"`     // held articles naming it
	Window   string             `json:"window"`
	// BinSeconds and Series chart its mentions over the window.
	BinSeconds int       `json:"bin_seconds"`
	Series     []int     `json:"series"`
	Articles   []Summary `json:"articles"` // newest first
}

// Entity returns the entity with this key and the newest limit held
// articles naming it; false if no held article names it.
func (s *Store) Entity(key string, w Window, limit int) (EntityView, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ks := s.keys[key]
	if ks == nil {
		return EntityView{}, false
	}
	from, bins, binOf := s.span(w)
	v := EntityView{Key: ks.key, Name: ks.name, Type: ks.typ, Mentions: ks.mentions, Held: ks.articles,
		Window: w.Name, BinSeconds: int(w.Bin / time.Second), Series: seriesOf(ks, from, bins, binOf)}
	v.Articles = make([]Summary, 0, min(limit, ks.articles))
	for i := len(ks.seqs) - 1; i >= 0 && len(v.Articles) < limit; i-- {
		if it := s.itemLocked(ks.seqs[i]); it != nil && it.seq == ks.seqs[i] && it.names(key) {
			v.Articles = append(v.Articles, s.summary(it))
		}
	}
	return v, true
}

// names reports whether the article names the key.
func (it *item) names(key string) bool {
	for _, c := range it.chips {
		if c.key == key {
			return true
		}
	}
	return false
}
