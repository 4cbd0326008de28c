package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/klauspost/compress/zstd"

	"github.com/newsner/newsner"
)

// Config bounds a Store. The zero value holds at most 100,000 articles in
// about 512 MiB.
type Config struct {
	// MaxArticles caps the articles held; the oldest leaves first.
	// Default: 100,000.
	MaxArticles int
	// MaxBytes caps the memory the held articles and their index take, as
	// estimated from their sizes; the oldest leaves first. Default: 512 MiB.
	MaxBytes int64
	// Now returns the current time. Default: time.Now.
	Now func() time.Time
}

// ForMemoryLimit returns the Config for a process whose memory is capped at
// limit bytes (the caller sets the cap with debug.SetMemoryLimit): the held
// articles and their index take at most three quarters of it, the rest is
// left to the garbage collector's headroom and to requests in flight.
func ForMemoryLimit(limit int64, maxArticles int) Config {
	return Config{MaxArticles: maxArticles, MaxBytes: limit / 4 * 3}
}

func (c Config) withDefaults() Config {
	if c.MaxArticles <= 0 {
		c.MaxArticles = 100_000
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = 512 << 20
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Store holds the recent records of the stream and the counts the page
// shows: articles by arrival, entities by key with their mentions per
// minute, records and dead letters per minute. Articles are kept
// compressed; everything the lists and trending need is kept decoded.
// Memory is bounded by Config; the stream statistics (records and dead
// letters per minute) cover the last day whatever is held. It is safe for
// concurrent use.
type Store struct {
	cfg Config
	enc *zstd.Encoder
	dec *zstd.Decoder

	mu      sync.RWMutex
	items   []*item // by seq: items[i] has seq base+i; nil where removed
	base    uint64
	live    int
	bytes   int64
	byID    map[string]*item
	keys    map[string]*keyStat
	models  map[string]int // held articles per model
	minutes map[int32]*minuteStat
	latest  time.Time // the newest record time seen: the end of every window
	newest  string    // model of the newest article
	newAt   time.Time // that article's time
	skipped int       // records that were not articles or dead letters
	lag     lagState
	changed chan struct{} // closed on change, then replaced
}

// item is one held article.
type item struct {
	seq      uint64
	id       string
	url      string
	title    string
	site     string
	language string
	model    string
	status   string     // EntitiesStatus
	at       time.Time  // when the record was made (FetchedAt), never after its arrival
	pub      *time.Time // PublishedAt
	chips    []chip
	raw      []byte // the record's JSON, zstd-compressed
	size     int64  // estimated bytes held for it, index included
}

// chip is one entity of an article, as the lists show it.
type chip struct {
	key   string // shares the keyStat's string
	text  string
	typ   newsner.EntityType
	count int32
}

// keyStat is what the store knows of one entity key over the held
// articles.
type keyStat struct {
	key      string
	typ      newsner.EntityType
	name     string // the name of its newest mention
	mentions int
	articles int
	seqs     []uint64 // the held articles naming it, oldest first (removed ones until they age out)
	buckets  []bucket // mentions per minute, by minute
}

// bucket counts one key's mentions and articles in one minute.
type bucket struct {
	minute   int32 // Unix minutes
	mentions int32
	articles int32
}

// minuteStat counts the stream's records in one minute: the articles and
// dead letters that came, and the mentions by type in the articles still
// held (for the charts, which show what the lists show).
type minuteStat struct {
	articles int
	dead     map[string]int // by class
	held     map[newsner.EntityType]int
}

type lagState struct {
	group, topic string
	lag          int64
	err          string
	at           time.Time
	known        bool
}

// Per-item overheads used in the memory estimate: the item struct, map
// entries, slice headers, a key's share of buckets and seqs.
const (
	itemOverhead = 400
	chipOverhead = 40 + 2*8 + 2*12 + 50 // chip, seq in the key's list and its bucket (slices grow by doubling), slack
	keyOverhead  = 220                  // a new key: struct, map entry
)

// NewStore returns an empty store bounded by cfg.
func NewStore(cfg Config) *Store {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1), zstd.WithWindowSize(1<<20))
	if err != nil {
		panic(err) // only bad options fail
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(256<<20))
	if err != nil {
		panic(err)
	}
	return &Store{
		cfg:     cfg.withDefaults(),
		enc:     enc,
		dec:     dec,
		byID:    map[string]*item{},
		keys:    map[string]*keyStat{},
		models:  map[string]int{},
		minutes: map[int32]*minuteStat{},
		changed: make(chan struct{}),
	}
}

// record is an article record as the store reads it. Entities carry a key
// where the producer gave one.
type record struct {
	newsner.Article
	Entities []entity `json:"entities"`
}

// entity is an entity of a record with its key.
type entity struct {
	newsner.Entity
	// Key identifies the thing named ("Q30", "country:US", a normalised
	// name), the same in every article; empty in records made before keys.
	Key string `json:"key"`
}

// entityKey returns e's key: its own, or its type and text where it has
// none.
func entityKey(e entity) string {
	if e.Key != "" {
		return e.Key
	}
	return string(e.Type) + ":" + e.Text
}

// ErrUnknownRecord is returned by Add for JSON that is neither an article
// nor a dead-letter record.
var ErrUnknownRecord = errors.New("not a newsner article or dead-letter record")

// Add adds one record (a JSON article or dead letter, as newsner writes
// them) that arrived at the given time. An article whose ID is already held
// replaces the held one. Malformed or unknown records are counted and
// reported as an error; the store is unchanged.
func (s *Store) Add(value []byte, arrived time.Time) error {
	schema, err := newsner.RecordSchema(value)
	if err != nil {
		s.skip()
		return fmt.Errorf("record: %w", err)
	}
	switch schema {
	case newsner.ArticleSchema:
		var r record
		if err := json.Unmarshal(value, &r); err != nil {
			s.skip()
			return fmt.Errorf("article record: %w", err)
		}
		s.addArticle(&r, value, arrived)
		return nil
	case newsner.DeadLetterSchema:
		var d newsner.DeadLetter
		if err := json.Unmarshal(value, &d); err != nil {
			s.skip()
			return fmt.Errorf("dead-letter record: %w", err)
		}
		s.addDeadLetter(&d, arrived)
		return nil
	}
	s.skip()
	return fmt.Errorf("%w (schema %q)", ErrUnknownRecord, schema)
}

func (s *Store) skip() {
	s.mu.Lock()
	s.skipped++
	s.mu.Unlock()
}

// recordTime is when a record was made, as far as the store trusts it: its
// own time, but not after it arrived (a clock in the future would empty
// every window), and its arrival where it has none.
func recordTime(t, arrived time.Time) time.Time {
	if t.IsZero() || t.After(arrived) {
		return arrived
	}
	return t
}

func unixMinute(t time.Time) int32 { return int32(t.Unix() / 60) }

func (s *Store) addArticle(r *record, value []byte, arrived time.Time) {
	it := &item{
		id:       r.ID,
		url:      r.URL,
		title:    r.Title,
		site:     r.SiteName,
		language: r.Language,
		model:    r.Model,
		status:   r.EntitiesStatus,
		at:       recordTime(r.FetchedAt, arrived),
		pub:      r.PublishedAt,
		raw:      s.enc.EncodeAll(value, make([]byte, 0, len(value)/3)),
	}
	if it.url == "" {
		it.url = r.FinalURL
	}
	it.chips = make([]chip, 0, len(r.Entities))
	size := int64(itemOverhead + cap(it.raw) + len(it.id) + len(it.url) + len(it.title) + len(it.site) + len(it.language))
	for _, e := range r.Entities {
		n := len(e.Mentions)
		if n == 0 {
			n = e.Count
		}
		it.chips = append(it.chips, chip{key: entityKey(e), text: e.Text, typ: e.Type, count: int32(n)})
		size += int64(chipOverhead + len(e.Text))
	}
	it.size = size

	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.byID[it.id]; old != nil && it.id != "" {
		s.removeLocked(old)
	}
	it.seq = s.base + uint64(len(s.items))
	s.items = append(s.items, it)
	s.live++
	s.bytes += it.size
	if it.id != "" {
		s.byID[it.id] = it
	}
	s.models[it.model]++
	minute := unixMinute(it.at)
	ms := s.minuteLocked(minute)
	if ms != nil {
		ms.articles++
		if ms.held == nil {
			ms.held = map[newsner.EntityType]int{}
		}
	}
	for i := range it.chips {
		c := &it.chips[i]
		ks := s.keys[c.key]
		if ks == nil {
			ks = &keyStat{key: c.key, typ: c.typ}
			s.keys[c.key] = ks
			it.size += keyOverhead + int64(len(c.key))
			s.bytes += keyOverhead + int64(len(c.key))
		}
		c.key = ks.key
		ks.name = c.text
		ks.mentions += int(c.count)
		ks.articles++
		ks.seqs = append(ks.seqs, it.seq)
		ks.addBucket(minute, c.count)
		if ms != nil && (len(ms.held) < 16 || ms.held[c.typ] > 0) { // types are a small fixed set
			ms.held[c.typ] += int(c.count)
		}
	}
	// The newest article's, by its own time, not by the newest record's:
	// on Kafka the dead-letter topic, read beside the articles topic, can
	// bring newer records first, and the state line then named no model.
	if !it.at.Before(s.newAt) {
		s.newest, s.newAt = it.model, it.at
	}
	s.advanceLocked(it.at)
	s.evictLocked()
	s.notifyLocked()
}

func (s *Store) addDeadLetter(d *newsner.DeadLetter, arrived time.Time) {
	at := recordTime(d.Time, arrived)
	class := d.Class
	if class == "" {
		class = newsner.EInternal
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if ms := s.minuteLocked(unixMinute(at)); ms != nil {
		if ms.dead == nil {
			ms.dead = map[string]int{}
		}
		if _, ok := ms.dead[class]; !ok && len(ms.dead) >= 64 {
			class = "other" // classes are a small fixed set; a flood of made-up ones is not kept
		}
		ms.dead[class]++
	}
	s.advanceLocked(at)
	s.notifyLocked()
}

// addBucket adds mentions in minute to the key's per-minute counts.
func (ks *keyStat) addBucket(minute int32, mentions int32) {
	n := len(ks.buckets)
	if n > 0 && ks.buckets[n-1].minute == minute {
		ks.buckets[n-1].mentions += mentions
		ks.buckets[n-1].articles++
		return
	}
	if n == 0 || ks.buckets[n-1].minute < minute {
		ks.buckets = append(ks.buckets, bucket{minute: minute, mentions: mentions, articles: 1})
		return
	}
	i := sort.Search(n, func(i int) bool { return ks.buckets[i].minute >= minute })
	if ks.buckets[i].minute == minute {
		ks.buckets[i].mentions += mentions
		ks.buckets[i].articles++
		return
	}
	ks.buckets = append(ks.buckets, bucket{})
	copy(ks.buckets[i+1:], ks.buckets[i:])
	ks.buckets[i] = bucket{minute: minute, mentions: mentions, articles: 1}
}

// subBucket takes mentions in minute off the key's per-minute counts.
func (ks *keyStat) subBucket(minute int32, mentions int32) {
	i := sort.Search(len(ks.buckets), func(i int) bool { return ks.buckets[i].minute >= minute })
	if i == len(ks.buckets) || ks.buckets[i].minute != minute {
		return
	}
	b := &ks.buckets[i]
	b.mentions -= mentions
	b.articles--
	if b.articles <= 0 {
		if i == 0 {
			ks.buckets = ks.buckets[1:]
		} else {
			ks.buckets = append(ks.buckets[:i], ks.buckets[i+1:]...)
		}
	}
}

// statsSpan is how far back from the newest record the stream statistics
// go: a day, the longest window, and an hour to spare.
const statsSpan = 25 * time.Hour

// minuteLocked returns the stream statistics of a minute, made if new; nil
// for a minute further back than statsSpan, which no window shows.
func (s *Store) minuteLocked(m int32) *minuteStat {
	if !s.latest.IsZero() && m < unixMinute(s.latest.Add(-statsSpan)) {
		return nil
	}
	ms := s.minutes[m]
	if ms == nil {
		ms = &minuteStat{}
		s.minutes[m] = ms
	}
	return ms
}

// advanceLocked moves the end of the windows to t if it is newer, and drops
// the stream statistics older than statsSpan before it.
func (s *Store) advanceLocked(t time.Time) {
	if !t.After(s.latest) {
		return
	}
	prev := unixMinute(s.latest)
	s.latest = t
	if unixMinute(t) == prev {
		return
	}
	oldest := unixMinute(t.Add(-statsSpan))
	for m := range s.minutes {
		if m < oldest {
			delete(s.minutes, m)
		}
	}
}

// evictLocked removes the oldest articles while a cap is exceeded.
func (s *Store) evictLocked() {
	for s.live > s.cfg.MaxArticles || (s.bytes > s.cfg.MaxBytes && s.live > 1) {
		it := s.items[0]
		s.items[0] = nil
		s.items = s.items[1:]
		s.base++
		if it != nil {
			s.removeLocked(it)
			for i := range it.chips {
				if ks := s.keys[it.chips[i].key]; ks != nil {
					ks.dropSeqsThrough(it.seq)
				}
			}
		}
	}
	// Leading removed slots (replaced articles) go too.
	for len(s.items) > 0 && s.items[0] == nil {
		s.items = s.items[1:]
		s.base++
	}
	// Reallocate now and then, so the slice's dropped front is freed.
	if cap(s.items) > 1024 && len(s.items) < cap(s.items)/4 {
		s.items = append(make([]*item, 0, 2*len(s.items)), s.items...)
	}
}

// dropSeqsThrough removes the seqs up to seq from the front of the key's
// list: every article older than the one leaving has left already.
func (ks *keyStat) dropSeqsThrough(seq uint64) {
	i := 0
	for i < len(ks.seqs) && ks.seqs[i] <= seq {
		i++
	}
	ks.seqs = ks.seqs[i:]
	if len(ks.seqs) == 0 {
		ks.seqs = nil
	}
}

// removeLocked takes an article out of the counts and the ID index; its
// slot in items is left nil.
func (s *Store) removeLocked(it *item) {
	if s.itemLocked(it.seq) == it {
		s.items[it.seq-s.base] = nil
	}
	s.live--
	s.bytes -= it.size
	if s.byID[it.id] == it {
		delete(s.byID, it.id)
	}
	if s.models[it.model]--; s.models[it.model] <= 0 {
		delete(s.models, it.model)
	}
	minute := unixMinute(it.at)
	ms := s.minutes[minute]
	for i := range it.chips {
		c := &it.chips[i]
		if ms != nil && ms.held[c.typ] > 0 {
			if ms.held[c.typ] -= int(c.count); ms.held[c.typ] <= 0 {
				delete(ms.held, c.typ)
			}
		}
		ks := s.keys[c.key]
		if ks == nil {
			continue
		}
		ks.mentions -= int(c.count)
		ks.articles--
		ks.subBucket(minute, c.count)
		if ks.articles <= 0 {
			delete(s.keys, c.key)
		}
	}
}

// itemLocked returns the held article with seq, nil if it has left.
func (s *Store) itemLocked(seq uint64) *item {
	if seq < s.base || seq-s.base >= uint64(len(s.items)) {
		return nil
	}
	return s.items[seq-s.base]
}

// notifyLocked wakes everyone waiting in Changed.
func (s *Store) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Changed returns a channel that is closed at the next change of the store.
func (s *Store) Changed() <-chan struct{} {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.changed
}

// SetLag records the pipeline's consumer lag (messages of topic its group
// has not committed), or the error reading it.
func (s *Store) SetLag(group, topic string, lag int64, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lag = lagState{group: group, topic: topic, lag: lag, at: s.cfg.Now(), known: err == nil}
	if err != nil {
		s.lag.err = err.Error()
	}
	s.notifyLocked()
}

// record returns the held article with this ID, decoded, and its seq.
func (s *Store) record(id string) (*record, bool, error) {
	s.mu.RLock()
	it := s.byID[id]
	var raw []byte
	if it != nil {
		raw = it.raw
	}
	s.mu.RUnlock()
	if it == nil {
		return nil, false, nil
	}
	value, err := s.dec.DecodeAll(raw, nil)
	if err != nil {
		return nil, true, fmt.Errorf("article %s: %w", id, err)
	}
	var r record
	d := json.NewDecoder(bytes.NewReader(value))
	if err := d.Decode(&r); err != nil {
		return nil, true, fmt.Errorf("article %s: %w", id, err)
	}
	return &r, true, nil
}

// Len returns the number of articles held and the bytes they are estimated
// to take.
func (s *Store) Len() (int, int64) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.live, s.bytes
}

// Close releases the store's compressor.
func (s *Store) Close() {
	s.enc.Close()
	s.dec.Close()
}
