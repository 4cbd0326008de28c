// Package watchkafka is the Kafka side of newsner watch: new URLs to the
// URL topic, the URLs seen kept in (and followed on) a compacted topic, and
// the sites shared among watch processes through a consumer group over a
// compacted sources topic. Writes go through the caller's writer (the
// sink's, with its acks and retries); reads, dialers and the group are
// internal/kafka's.
package watchkafka

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"sync"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest/watch"
	"github.com/newsner/newsner/internal/kafka"
)

// MessageWriter writes messages (each naming its topic) and returns once
// the brokers acknowledged them: sink.Kafka.
type MessageWriter interface {
	WriteMessages(ctx context.Context, msgs ...kgo.Message) error
}

// URLTopic is the Output of the Kafka mode: each new URL is a message on the
// URL topic, keyed by the normalised URL, its value the JSON URL record
// (newsner run reads the title and publication time from it).
type URLTopic struct {
	W     MessageWriter
	Topic string
}

// Emit writes the records and returns once they are acknowledged.
func (t *URLTopic) Emit(ctx context.Context, recs []newsner.URLRecord) error {
	msgs := make([]kgo.Message, 0, len(recs))
	for _, r := range recs {
		v, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encode %s: %w", r.URL, err)
		}
		msgs = append(msgs, kgo.Message{Topic: t.Topic, Key: []byte(r.URL), Value: v,
			Headers: []kgo.Header{{Key: "schema", Value: []byte(newsner.URLSchema)}}})
	}
	if err := t.W.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("write %d URLs to %s: %w", len(msgs), t.Topic, err)
	}
	return nil
}

// seenValue is the value of a seen-topic message (never empty: an empty
// value is a tombstone, written for a URL no longer seen).
type seenValue struct {
	Source string    `json:"source,omitempty"`
	SeenAt time.Time `json:"seen_at"`
}

// SeenTopic is the Store of the Kafka mode: a compacted topic keyed by the
// normalised URL, which every watch process reads at start and follows.
// Prune writes tombstones for the URLs the Seen no longer keeps, so that
// compaction removes them from the topic too.
type SeenTopic struct {
	W     MessageWriter
	Conn  kafka.Config
	Topic string
	// Logger says when following the topic is interrupted. Default:
	// slog.Default().
	Logger *slog.Logger
}

// Add records the URLs as seen at at and returns once the brokers
// acknowledged them.
func (t *SeenTopic) Add(ctx context.Context, recs []newsner.URLRecord, at time.Time) error {
	msgs := make([]kgo.Message, 0, len(recs))
	for _, r := range recs {
		v, _ := json.Marshal(seenValue{Source: r.Source, SeenAt: at.UTC()})
		msgs = append(msgs, kgo.Message{Topic: t.Topic, Key: []byte(r.URL), Value: v})
	}
	if err := t.W.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("record %d seen URLs on %s: %w", len(msgs), t.Topic, err)
	}
	return nil
}

// Load records every URL on the topic in seen (with the time it was
// recorded; expired ones are not taken), and returns once the topic is
// read to its end. A partition whose leader is briefly unknown (a broker
// restarting or busy) is read again, as kafka.Retry does.
func (t *SeenTopic) Load(ctx context.Context, seen *watch.Seen) error {
	return kafka.Retry(ctx, func() error {
		return kafka.Read(ctx, kafka.ReadConfig{Conn: t.Conn, Topic: t.Topic, UntilEnd: true}, seenRecorder(seen))
	})
}

// Follow records the URLs other watch processes record from now on (and
// forgets those they tombstone), until ctx ends. A URL two processes find
// at the same moment (in two sources of two sites) may still be emitted by
// both; consumers drop duplicates by URL. A read the cluster interrupts
// (kafka.Retriable) starts again after a pause from the topic's start (it
// is compacted: one message a URL), so nothing recorded meanwhile is
// missed and a broker outage does not end the watcher; other errors end
// Follow.
func (t *SeenTopic) Follow(ctx context.Context, seen *watch.Seen) error {
	log := t.logger()
	latest := true // the first read starts at the end; a new try from the start
	cfg := kafka.FollowConfig{Retry: kafka.Retriable, MaxPause: 15 * time.Second, OnRetry: func(err error, pause time.Duration) {
		log.Warn("watch: following the seen topic interrupted; reading on", "topic", t.Topic, "error", err, "retry_in", pause.String())
	}}
	return kafka.Follow(ctx, cfg, func(func()) error {
		rc := kafka.ReadConfig{Conn: t.Conn, Topic: t.Topic, Latest: latest}
		latest = false
		return kafka.Read(ctx, rc, seenRecorder(seen))
	})
}

func (t *SeenTopic) logger() *slog.Logger {
	if t.Logger == nil {
		return slog.Default()
	}
	return t.Logger
}

// seenTime is when a seen-topic message recorded its URL: its seen_at,
// else (a value it cannot read) the message's timestamp.
func seenTime(m kgo.Message) time.Time {
	var v seenValue
	if err := json.Unmarshal(m.Value, &v); err == nil && !v.SeenAt.IsZero() {
		return v.SeenAt
	}
	return m.Time
}

// seenRecorder records each message's key (a normalised URL) in seen, at
// the time the message says; a tombstone forgets it, unless seen holds a
// later record than the one the tombstone ends.
func seenRecorder(seen *watch.Seen) func(kgo.Message) error {
	return func(m kgo.Message) error {
		switch {
		case len(m.Key) == 0:
		case len(m.Value) == 0:
			u := string(m.Key)
			if held, ok := seen.Time(u); ok {
				for _, h := range m.Headers {
					if ended, err := time.Parse(time.RFC3339, string(h.Value)); h.Key == tombstoneHeader && err == nil && held.After(ended) {
						return nil
					}
				}
			}
			seen.Delete(u)
		default:
			seen.Record(string(m.Key), seenTime(m))
		}
		return nil
	}
}

// tombstoneHeader names the header of a tombstone saying when the record
// it ends was made (RFC 3339), so that a process holding a later record of
// the URL (it found the URL again meanwhile) keeps it.
const tombstoneHeader = "seen_at"

// Prune reads the topic to its end and writes a tombstone for each URL
// whose latest record seen no longer keeps (expired, or dropped by its
// cap), so that compaction removes it; it returns how many it wrote. A URL
// found again meanwhile is spared, or recorded again after its tombstone.
// Run by several watch processes at once, a URL may be tombstoned twice,
// which is harmless; one emitted again by another process in the moment
// Prune tombstones its old record stays seen in memory, but a restart
// before it is recorded again would forget it.
func (t *SeenTopic) Prune(ctx context.Context, seen *watch.Seen) (int, error) {
	// Messages of a key are in order within its partition: a URL is a
	// candidate while its latest message is a record seen does not keep.
	dead := map[string]time.Time{}
	err := kafka.Retry(ctx, func() error {
		clear(dead)
		return kafka.Read(ctx, kafka.ReadConfig{Conn: t.Conn, Topic: t.Topic, UntilEnd: true}, func(m kgo.Message) error {
			k := string(m.Key)
			if at := seenTime(m); len(m.Value) > 0 && !seen.Keep(at) {
				dead[k] = at
			} else {
				delete(dead, k)
			}
			return nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", t.Topic, err)
	}
	msgs := make([]kgo.Message, 0, len(dead))
	for k, at := range dead {
		if seen.Has(k) { // found again since: its new record is on its way
			continue
		}
		msgs = append(msgs, kgo.Message{Topic: t.Topic, Key: []byte(k),
			Headers: []kgo.Header{{Key: tombstoneHeader, Value: []byte(at.UTC().Format(time.RFC3339))}}})
	}
	for b := range slices.Chunk(msgs, 1000) {
		if err := t.W.WriteMessages(ctx, b...); err != nil {
			return 0, fmt.Errorf("tombstone %d expired URLs on %s: %w", len(msgs), t.Topic, err)
		}
	}
	// A URL found again between the check and the tombstone: its record
	// may now stand before the tombstone; write it again after.
	for _, m := range msgs {
		if at, ok := seen.Time(string(m.Key)); ok {
			if err := t.Add(ctx, []newsner.URLRecord{{URL: string(m.Key)}}, at); err != nil {
				return 0, err
			}
		}
	}
	return len(msgs), nil
}

// PruneEvery runs Prune now and then every interval until ctx ends,
// logging what it did; a failed prune is logged and tried again at the
// next.
func (t *SeenTopic) PruneEvery(ctx context.Context, seen *watch.Seen, interval time.Duration) {
	log := t.logger()
	for {
		n, err := t.Prune(ctx, seen)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			log.Warn("watch: pruning the seen topic failed", "topic", t.Topic, "class", newsner.ErrorCode(err), "error", err)
		case n > 0:
			log.Info("watch: expired seen URLs tombstoned", "topic", t.Topic, "urls", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}

// siteSources is the value of a sources-topic message: a site's sources as
// the last `newsner watch` that named the site listed them.
type siteSources struct {
	Site    string   `json:"site"`
	Sources []string `json:"sources"`
}

// PublishSources writes the sources to the sources topic, one message per
// site (keyed by it, so a site's sources are polled by one process), and
// returns the sites it wrote. Lines that are not sources are skipped
// with a log line.
func PublishSources(ctx context.Context, w MessageWriter, topic string, lines []string, log *slog.Logger) (map[string]bool, error) {
	bySite := map[string][]string{}
	for _, l := range lines {
		u, _, err := watch.ParseSource(l)
		if err != nil {
			log.Warn("watch: source skipped", "source", newsner.Clip(newsner.RedactURL(l), newsner.MaxURLLength), "class", newsner.ErrorCode(err), "error", err)
			continue
		}
		s := watch.Site(u)
		if !slices.Contains(bySite[s], u) {
			bySite[s] = append(bySite[s], u)
		}
	}
	sites := make([]string, 0, len(bySite))
	for s := range bySite {
		sites = append(sites, s)
	}
	sort.Strings(sites)
	msgs := make([]kgo.Message, 0, len(sites))
	for _, s := range sites {
		v, _ := json.Marshal(siteSources{Site: s, Sources: bySite[s]})
		msgs = append(msgs, kgo.Message{Topic: topic, Key: []byte(s), Value: v})
	}
	published := make(map[string]bool, len(sites))
	for _, s := range sites {
		published[s] = true
	}
	if len(msgs) == 0 {
		return published, nil
	}
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		return nil, fmt.Errorf("publish sources to %s: %w", topic, err)
	}
	return published, nil
}

// DropOtherSites writes a tombstone to the sources topic for each site on
// it that is not among keep (sites as watch.Site returns them), so the
// watch processes stop polling it; it returns the sites dropped.
func DropOtherSites(ctx context.Context, w MessageWriter, conn kafka.Config, topic string, keep map[string]bool) ([]string, error) {
	live := map[string]bool{}
	err := kafka.Read(ctx, kafka.ReadConfig{Conn: conn, Topic: topic, UntilEnd: true}, func(m kgo.Message) error {
		live[string(m.Key)] = len(m.Value) > 0
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", topic, err)
	}
	var drop []string
	var msgs []kgo.Message
	for site, alive := range live {
		if alive && !keep[site] {
			drop = append(drop, site)
			msgs = append(msgs, kgo.Message{Topic: topic, Key: []byte(site)})
		}
	}
	sort.Strings(drop)
	if len(msgs) == 0 {
		return nil, nil
	}
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		return nil, fmt.Errorf("drop sites from %s: %w", topic, err)
	}
	return drop, nil
}

// GroupConfig configures Share.
type GroupConfig struct {
	// Conn says how to reach the cluster.
	Conn kafka.Config
	// Topic is the sources topic.
	Topic string
	// Group is the consumer group of the watch processes; its
	// SessionTimeout is how long the coordinator waits for a silent member
	// (a killed process) before its sites go to the others.
	Group kafka.Group
	// Logger. Default: slog.Default().
	Logger *slog.Logger
}

// Share makes the watcher poll the sites of the sources-topic partitions
// this process holds in the consumer group, and follows the topic for
// changes, until ctx ends. Between generations (a member joined or died)
// the watcher polls nothing, so no source is polled by two processes. The
// group is used for the assignment only: each partition is read from its
// start (it is compacted: the latest sources of each site), no offset is
// committed. ready, if set, is told whether the process holds an
// assignment.
func Share(ctx context.Context, cfg GroupConfig, w *watch.Watcher, ready func(error)) error {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if ready == nil {
		ready = func(error) {}
	}
	group, err := cfg.Conn.ConsumerGroup(cfg.Topic, cfg.Group, cfg.Logger)
	if err != nil {
		return fmt.Errorf("sources group: %w", err)
	}
	defer group.Close()
	context.AfterFunc(ctx, func() { group.Close() })
	ready(errors.New("joining the group"))
	for {
		gen, err := group.Next(ctx)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, kgo.ErrGroupClosed) {
				w.Set(nil)
				return nil
			}
			ready(fmt.Errorf("joining the group: %w", err))
			continue
		}
		var parts []int
		for _, a := range gen.Assignments[cfg.Topic] {
			parts = append(parts, a.ID)
		}
		sort.Ints(parts)
		cfg.Logger.Info("watch: sources assigned", "group", cfg.Group.ID, "generation", gen.ID, "partitions", parts)
		if len(parts) == 0 {
			ready(fmt.Errorf("no partition of %s assigned (more watch processes than partitions?)", cfg.Topic))
		} else {
			ready(nil)
		}
		t := &sourceTable{sites: map[string][]string{}, pending: map[int]bool{}, changed: make(chan struct{}, 1)}
		for _, p := range parts {
			t.pending[p] = true
			gen.Start(func(gctx context.Context) { t.follow(gctx, cfg, p) })
		}
		gen.Start(func(gctx context.Context) {
			t.apply(gctx, w)
			// The generation ended: poll nothing until the next one says
			// what is ours.
			w.Set(nil)
			ready(errors.New("rebalancing"))
		})
	}
}

// sourceTable is the sites of the assigned partitions, as read so far.
type sourceTable struct {
	mu      sync.Mutex
	sites   map[string][]string
	pending map[int]bool // partitions not yet read to their end
	changed chan struct{}
}

// follow reads partition p from its start, keeping the latest sources of
// each site, until gctx ends.
func (t *sourceTable) follow(gctx context.Context, cfg GroupConfig, p int) {
	end, err := endOffset(gctx, cfg, p)
	for err != nil {
		if gctx.Err() != nil {
			return
		}
		cfg.Logger.Warn("watch: sources partition end offset", "partition", p, "error", err)
		select {
		case <-gctx.Done():
			return
		case <-time.After(time.Second):
		}
		end, err = endOffset(gctx, cfg, p)
	}
	if end == 0 {
		t.caughtUp(p)
	}
	part := kafka.Partition{Topic: cfg.Topic, ID: p, From: kgo.FirstOffset, End: -1, Logger: cfg.Logger, KeepGoing: true}
	err = kafka.ReadPartition(gctx, cfg.Conn, part, func(m kgo.Message) error {
		t.put(m)
		if m.Offset >= end-1 {
			t.caughtUp(p)
		}
		return nil
	})
	if err != nil && gctx.Err() == nil {
		cfg.Logger.Error("watch: sources partition", "partition", p, "error", err)
	}
}

// endOffset is the offset partition p of the sources topic ends at.
func endOffset(ctx context.Context, cfg GroupConfig, p int) (int64, error) {
	tr := cfg.Conn.Transport()
	defer tr.CloseIdleConnections()
	offs, err := kafka.Offsets(ctx, cfg.Conn.Client(tr, 10*time.Second), cfg.Topic, []int{p}, kgo.LastOffsetOf)
	if err != nil {
		return 0, err
	}
	return offs[p], nil
}

func (t *sourceTable) put(m kgo.Message) {
	t.mu.Lock()
	defer t.mu.Unlock()
	var v siteSources
	if len(m.Value) == 0 {
		delete(t.sites, string(m.Key)) // a tombstone: the site is no longer watched
	} else if err := json.Unmarshal(m.Value, &v); err == nil {
		t.sites[string(m.Key)] = v.Sources
	}
	t.signal()
}

func (t *sourceTable) caughtUp(p int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.pending[p] {
		delete(t.pending, p)
		t.signal()
	}
}

func (t *sourceTable) signal() {
	select {
	case t.changed <- struct{}{}:
	default:
	}
}

// apply hands the watcher the sources once every partition is read to its
// end, and again at each change, until gctx ends.
func (t *sourceTable) apply(gctx context.Context, w *watch.Watcher) {
	for {
		select {
		case <-gctx.Done():
			return
		case <-t.changed:
		}
		t.mu.Lock()
		var lines []string
		ready := len(t.pending) == 0
		if ready {
			for _, s := range t.sites {
				lines = append(lines, s...)
			}
		}
		t.mu.Unlock()
		if ready {
			w.Set(lines)
		}
	}
}
