package watch

// Everything Kafka of the watch command is in this file: new URLs to the URL
// topic, seen URLs to (and from) a compacted topic, and the sources shared
// among watch processes through a consumer group over a compacted sources
// topic. Writes go through the caller's writer (the sink's, with its acks
// and retries) and whole-topic reads through the caller's reader (the
// sink's Read); only the group membership is set up here.

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

	"github.com/newsner/newsner"
	"github.com/segmentio/kafka-go"
)

// MessageWriter writes messages (each naming its topic) and returns once
// the brokers acknowledged them: sink.Kafka.
type MessageWriter interface {
	WriteMessages(ctx context.Context, msgs ...kafka.Message) error
}

// ReadFunc calls fn for each message of topic, from the beginning (or, with
// latest, from the end), until ctx ends or, with untilEnd, every partition is
// read to where it ended when the read began: sink.Read.
type ReadFunc func(ctx context.Context, topic string, untilEnd, latest bool, fn func(kafka.Message) error) error

// URLTopic is the Output of the Kafka mode: each new URL is a message on the
// URL topic, keyed by the normalised URL, its value the JSON URL record
// (newsner run reads the title and publication time from it).
type URLTopic struct {
	W     MessageWriter
	Topic string
}

// Emit writes the records and returns once they are acknowledged.
func (t *URLTopic) Emit(ctx context.Context, recs []newsner.URLRecord) error {
	msgs := make([]kafka.Message, 0, len(recs))
	for _, r := range recs {
		v, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encode %s: %w", r.URL, err)
		}
		msgs = append(msgs, kafka.Message{Topic: t.Topic, Key: []byte(r.URL), Value: v,
			Headers: []kafka.Header{{Key: "schema", Value: []byte(newsner.URLSchema)}}})
	}
	if err := t.W.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("write %d URLs to %s: %w", len(msgs), t.Topic, err)
	}
	return nil
}

// seenValue is the value of a seen-topic message (never empty: an empty
// value would be a tombstone to compaction).
type seenValue struct {
	Source string    `json:"source,omitempty"`
	SeenAt time.Time `json:"seen_at"`
}

// SeenTopic is the Store of the Kafka mode: a compacted topic keyed by the
// normalised URL, which every watch process reads at start and follows.
type SeenTopic struct {
	W     MessageWriter
	Read  ReadFunc
	Topic string
}

// Add records the URLs and returns once the brokers acknowledged them.
func (t *SeenTopic) Add(ctx context.Context, recs []newsner.URLRecord) error {
	now := time.Now().UTC()
	msgs := make([]kafka.Message, 0, len(recs))
	for _, r := range recs {
		v, _ := json.Marshal(seenValue{Source: r.Source, SeenAt: now})
		msgs = append(msgs, kafka.Message{Topic: t.Topic, Key: []byte(r.URL), Value: v})
	}
	if err := t.W.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("record %d seen URLs on %s: %w", len(msgs), t.Topic, err)
	}
	return nil
}

// Load adds every URL on the topic to seen, and returns once the topic is
// read to its end.
func (t *SeenTopic) Load(ctx context.Context, seen *Seen) error {
	return t.Read(ctx, t.Topic, true, false, func(m kafka.Message) error {
		if len(m.Key) > 0 {
			seen.Add(string(m.Key))
		}
		return nil
	})
}

// Follow adds the URLs other watch processes record from now on, until ctx
// ends. A URL two processes find at the same moment (in two sources of two
// sites) may still be emitted by both; consumers drop duplicates by URL.
func (t *SeenTopic) Follow(ctx context.Context, seen *Seen) error {
	return t.Read(ctx, t.Topic, false, true, func(m kafka.Message) error {
		if len(m.Key) > 0 {
			seen.Add(string(m.Key))
		}
		return nil
	})
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
		u, _, err := ParseSource(l)
		if err != nil {
			log.Warn("watch: source skipped", "source", l, "class", newsner.ErrorCode(err), "error", err)
			continue
		}
		s := Site(u)
		if !slices.Contains(bySite[s], u) {
			bySite[s] = append(bySite[s], u)
		}
	}
	sites := make([]string, 0, len(bySite))
	for s := range bySite {
		sites = append(sites, s)
	}
	sort.Strings(sites)
	msgs := make([]kafka.Message, 0, len(sites))
	for _, s := range sites {
		v, _ := json.Marshal(siteSources{Site: s, Sources: bySite[s]})
		msgs = append(msgs, kafka.Message{Topic: topic, Key: []byte(s), Value: v})
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
// it that is not among keep (sites as Site returns them), so the watch
// processes stop polling it; it returns the sites dropped.
func DropOtherSites(ctx context.Context, w MessageWriter, read ReadFunc, topic string, keep map[string]bool) ([]string, error) {
	live := map[string]bool{}
	err := read(ctx, topic, true, false, func(m kafka.Message) error {
		live[string(m.Key)] = len(m.Value) > 0
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", topic, err)
	}
	var drop []string
	var msgs []kafka.Message
	for site, alive := range live {
		if alive && !keep[site] {
			drop = append(drop, site)
			msgs = append(msgs, kafka.Message{Topic: topic, Key: []byte(site)})
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
	// Brokers are the bootstrap brokers.
	Brokers []string
	// Dialer connects to them (TLS, SASL, client ID).
	Dialer *kafka.Dialer
	// Topic is the sources topic.
	Topic string
	// GroupID is the consumer group of the watch processes.
	GroupID string
	// SessionTimeout is how long the coordinator waits for a silent member
	// (a killed process) before its sites go to the others. Default: 10s.
	SessionTimeout time.Duration
	// HeartbeatInterval. Default: 3s.
	HeartbeatInterval time.Duration
	// RebalanceTimeout. Default: 30s.
	RebalanceTimeout time.Duration
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
func Share(ctx context.Context, cfg GroupConfig, w *Watcher, ready func(error)) error {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if ready == nil {
		ready = func(error) {}
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&cfg.SessionTimeout, 10*time.Second)
	def(&cfg.HeartbeatInterval, 3*time.Second)
	def(&cfg.RebalanceTimeout, 30*time.Second)
	group, err := kafka.NewConsumerGroup(kafka.ConsumerGroupConfig{
		ID:                     cfg.GroupID,
		Brokers:                cfg.Brokers,
		Dialer:                 cfg.Dialer,
		Topics:                 []string{cfg.Topic},
		SessionTimeout:         cfg.SessionTimeout,
		HeartbeatInterval:      cfg.HeartbeatInterval,
		RebalanceTimeout:       cfg.RebalanceTimeout,
		JoinGroupBackoff:       time.Second,
		WatchPartitionChanges:  true,
		PartitionWatchInterval: 5 * time.Second,
		StartOffset:            kafka.FirstOffset,
		ErrorLogger: kafka.LoggerFunc(func(msg string, args ...any) {
			cfg.Logger.Warn("watch: kafka consumer group: " + fmt.Sprintf(msg, args...))
		}),
	})
	if err != nil {
		return fmt.Errorf("watch: sources group: %w", err)
	}
	defer group.Close()
	context.AfterFunc(ctx, func() { group.Close() })
	ready(errors.New("joining the group"))
	for {
		gen, err := group.Next(ctx)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, kafka.ErrGroupClosed) {
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
		cfg.Logger.Info("watch: sources assigned", "group", cfg.GroupID, "generation", gen.ID, "partitions", parts)
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
	end, err := lastOffset(gctx, cfg, p)
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
		end, err = lastOffset(gctx, cfg, p)
	}
	if end == 0 {
		t.caughtUp(p)
	}
	r := kafka.NewReader(kafka.ReaderConfig{Brokers: cfg.Brokers, Topic: cfg.Topic, Partition: p, Dialer: cfg.Dialer, MaxWait: 500 * time.Millisecond})
	defer r.Close()
	if err := r.SetOffset(kafka.FirstOffset); err != nil {
		cfg.Logger.Error("watch: sources partition", "partition", p, "error", err)
		return
	}
	for {
		m, err := r.FetchMessage(gctx)
		if err != nil {
			if gctx.Err() != nil {
				return
			}
			cfg.Logger.Warn("watch: read sources", "partition", p, "error", err)
			select {
			case <-gctx.Done():
				return
			case <-time.After(time.Second):
			}
			continue
		}
		t.put(m)
		if m.Offset >= end-1 {
			t.caughtUp(p)
		}
	}
}

func lastOffset(ctx context.Context, cfg GroupConfig, p int) (int64, error) {
	var errs []error
	for _, b := range cfg.Brokers {
		conn, err := cfg.Dialer.DialLeader(ctx, "tcp", b, cfg.Topic, p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		off, err := conn.ReadLastOffset()
		conn.Close()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		return off, nil
	}
	return 0, errors.Join(errs...)
}

func (t *sourceTable) put(m kafka.Message) {
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
func (t *sourceTable) apply(gctx context.Context, w *Watcher) {
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
