package ingest

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sort"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"

	"github.com/newsner/newsner"
)

// RawTopicConfig configures a RawTopic. The zero value reads newsner.raw on
// 127.0.0.1:9092 from the beginning, without committing progress.
type RawTopicConfig struct {
	// Brokers are the bootstrap brokers. Default: 127.0.0.1:9092.
	Brokers []string
	// Topic holds the raw pages (newsner.RawPage JSON, keyed by article
	// ID). Default: newsner.raw.
	Topic string
	// Group, where set, is the consumer group progress is committed for:
	// per partition, the offset below which every page is done. A run with
	// the same group resumes there. Run one process per group at a time.
	// Default: none (every run reads from the start or Since).
	Group string
	// Since, where set, starts partitions that have no committed offset at
	// their first message written at or after this time. Default: the
	// earliest offset.
	Since time.Time
	// TLS, when set, connects with TLS.
	TLS *tls.Config
	// SASL, when set, authenticates with this mechanism (PLAIN, SCRAM).
	SASL sasl.Mechanism
	// ClientID names this client to the brokers. Default: newsner.
	ClientID string
	// CommitEvery is how often progress is committed while running; Close
	// always commits. A crash redoes at most this much work. Default: 1s.
	CommitEvery time.Duration
	// Skip is told about each record that is not a raw page (it does not
	// decode). Default: none.
	Skip SkipFunc
	// ReadAhead is how many pages are read ahead of the workers.
	// Default: 64.
	ReadAhead int
	// Logger receives commit failures (retried at the next commit).
	// Default: slog.Default().
	Logger *slog.Logger
}

func (c RawTopicConfig) withDefaults() RawTopicConfig {
	if len(c.Brokers) == 0 {
		c.Brokers = []string{"127.0.0.1:9092"}
	}
	if c.Topic == "" {
		c.Topic = "newsner.raw"
	}
	if c.ClientID == "" {
		c.ClientID = "newsner"
	}
	if c.CommitEvery <= 0 {
		c.CommitEvery = time.Second
	}
	if c.ReadAhead <= 0 {
		c.ReadAhead = 64
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// RawTopic is a Source of the pages on the raw topic: every partition from
// the earliest offset (or the group's committed offset, or the first at
// Since) up to the end offsets it saw when opened, then io.EOF. Each job
// carries its page and the article ID it had (Job.ID), so that the new
// record keeps that ID.
type RawTopic struct {
	cfg       RawTopicConfig
	transport *kafka.Transport
	client    *kafka.Client
	parts     []*rawPartition
	feed      *feed

	mu    sync.Mutex // guards the partitions' trackers and committed offsets
	total int64
	done  atomic.Int64

	commitStop chan struct{}
	commitDone chan struct{}
	closeOnce  sync.Once
	closeErr   error
}

// rawPartition is one partition's range and progress.
type rawPartition struct {
	id         int
	start, end int64 // read [start, end)
	track      *contiguous
	committed  int64 // the group's offset as last committed, -1 for none
}

// rawToken is the Job.Token of a raw-topic job.
type rawToken struct {
	p   *rawPartition
	off int64
}

// OpenRawTopic finds the range of each partition to read and starts reading
// ahead. Reading stops when ctx is done or at Close.
func OpenRawTopic(ctx context.Context, cfg RawTopicConfig) (*RawTopic, error) {
	cfg = cfg.withDefaults()
	t := &kafka.Transport{ClientID: cfg.ClientID, TLS: cfg.TLS, SASL: cfg.SASL, DialTimeout: 10 * time.Second, MetadataTTL: 5 * time.Second}
	s := &RawTopic{
		cfg:        cfg,
		transport:  t,
		client:     &kafka.Client{Addr: kafka.TCP(cfg.Brokers...), Transport: t, Timeout: 30 * time.Second},
		commitStop: make(chan struct{}),
		commitDone: make(chan struct{}),
	}
	if err := s.plan(ctx); err != nil {
		t.CloseIdleConnections()
		return nil, err
	}
	s.feed = startFeed(ctx, cfg.ReadAhead, cfg.Skip, s.produce)
	go s.committer()
	return s, nil
}

// plan sets each partition's range: from the committed offset, else the
// first at Since, else the earliest; to the end offset now.
func (s *RawTopic) plan(ctx context.Context) error {
	topic := s.cfg.Topic
	var ids []int
	err := retryKafka(ctx, func() error {
		ids = ids[:0]
		md, err := s.client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
		if err != nil {
			return fmt.Errorf("metadata: %w", err)
		}
		for _, tp := range md.Topics {
			if tp.Name != topic {
				continue
			}
			if errors.Is(tp.Error, kafka.UnknownTopicOrPartition) {
				return nil // no such topic: not worth waiting for
			}
			if tp.Error != nil {
				return tp.Error
			}
			for _, p := range tp.Partitions {
				ids = append(ids, p.ID)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("raw topic %s: %w", topic, err)
	}
	if len(ids) == 0 {
		return fmt.Errorf("raw topic %s: no such topic", topic)
	}
	sort.Ints(ids)
	first, err := s.listOffsets(ctx, ids, kafka.FirstOffsetOf)
	if err != nil {
		return err
	}
	last, err := s.listOffsets(ctx, ids, kafka.LastOffsetOf)
	if err != nil {
		return err
	}
	var since map[int]int64
	if !s.cfg.Since.IsZero() {
		since, err = s.listOffsets(ctx, ids, func(p int) kafka.OffsetRequest { return kafka.TimeOffsetOf(p, s.cfg.Since) })
		if err != nil {
			return err
		}
	}
	committed := map[int]int64{}
	if s.cfg.Group != "" {
		err := retryKafka(ctx, func() error {
			resp, err := s.client.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: s.cfg.Group, Topics: map[string][]int{topic: ids}})
			if err != nil {
				return err
			}
			if resp.Error != nil {
				return resp.Error
			}
			for _, p := range resp.Topics[topic] {
				if p.Error != nil {
					return fmt.Errorf("partition %d: %w", p.Partition, p.Error)
				}
				committed[p.Partition] = p.CommittedOffset
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("raw topic %s: committed offsets of group %s: %w", topic, s.cfg.Group, err)
		}
	}
	for _, id := range ids {
		p := &rawPartition{id: id, start: first[id], end: last[id], committed: -1}
		if c, ok := committed[id]; ok && c >= 0 {
			p.start, p.committed = c, c
		} else if since != nil {
			p.start = since[id]
			if p.start < 0 { // nothing written since then
				p.start = p.end
			}
		}
		p.start = min(max(p.start, first[id]), p.end)
		p.track = newContiguous(p.start)
		s.total += p.end - p.start
		s.parts = append(s.parts, p)
	}
	return nil
}

// listOffsets asks the offsets req gives for each partition.
func (s *RawTopic) listOffsets(ctx context.Context, ids []int, req func(int) kafka.OffsetRequest) (map[int]int64, error) {
	reqs := make([]kafka.OffsetRequest, len(ids))
	for i, id := range ids {
		reqs[i] = req(id)
	}
	var resp *kafka.ListOffsetsResponse
	// A partition's leader can be briefly unknown (a topic just created, a
	// broker restarting): its error is retriable.
	err := retryKafka(ctx, func() error {
		var err error
		resp, err = s.client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{s.cfg.Topic: reqs}})
		if err != nil {
			return err
		}
		for _, po := range resp.Topics[s.cfg.Topic] {
			if po.Error != nil {
				return fmt.Errorf("partition %d: %w", po.Partition, po.Error)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("raw topic %s: list offsets: %w", s.cfg.Topic, err)
	}
	out := map[int]int64{}
	for _, po := range resp.Topics[s.cfg.Topic] {
		switch {
		case reqs[0].Timestamp == kafka.FirstOffset:
			out[po.Partition] = po.FirstOffset
		case reqs[0].Timestamp == kafka.LastOffset:
			out[po.Partition] = po.LastOffset
		default:
			// The first offset at or after the time; -1 when none.
			off := int64(-1)
			for o := range po.Offsets {
				off = o
			}
			if len(po.Offsets) == 0 && po.LastOffset >= 0 {
				off = po.LastOffset
			}
			out[po.Partition] = off
		}
	}
	for _, id := range ids {
		if _, ok := out[id]; !ok {
			return nil, fmt.Errorf("raw topic %s/%d: no offset in the answer", s.cfg.Topic, id)
		}
	}
	return out, nil
}

// Next returns the next page, io.EOF once every partition is read to the
// end offset it had at the start.
func (s *RawTopic) Next(ctx context.Context) (Job, error) {
	return s.feed.next(ctx)
}

// Done records that a page's output was written; the partition's commit
// point moves over every page done without a gap.
func (s *RawTopic) Done(_ context.Context, job Job) error {
	tok, ok := job.Token.(*rawToken)
	if !ok {
		return fmt.Errorf("raw topic: job %s is not a raw-topic job", job.URL)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := tok.p.track.markDone(tok.off); err != nil {
		return fmt.Errorf("raw topic %s/%d: %w", s.cfg.Topic, tok.p.id, err)
	}
	s.done.Add(1)
	return nil
}

// Progress reports how far the source is, in messages.
func (s *RawTopic) Progress() BatchProgress {
	p := s.feed.progress()
	p.Done, p.Total, p.Unit = s.done.Load(), s.total, "messages"
	return p
}

// Close stops reading and commits the progress of the pages done.
func (s *RawTopic) Close() error {
	s.closeOnce.Do(func() {
		s.feed.close()
		close(s.commitStop)
		<-s.commitDone
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		s.closeErr = s.commit(ctx)
		s.transport.CloseIdleConnections()
	})
	return s.closeErr
}

// committer commits progress periodically until Close.
func (s *RawTopic) committer() {
	defer close(s.commitDone)
	if s.cfg.Group == "" {
		return
	}
	t := time.NewTicker(s.cfg.CommitEvery)
	defer t.Stop()
	for {
		select {
		case <-s.commitStop:
			return
		case <-t.C:
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			if err := s.commit(ctx); err != nil {
				s.cfg.Logger.Warn("commit raw topic progress", "group", s.cfg.Group, "error", err)
			}
			cancel()
		}
	}
}

// commit commits, for each partition that moved, the offset below which
// every page is done. It is not a member of the group: it commits as a
// standalone consumer (generation -1), which the broker accepts while no
// member holds the group.
func (s *RawTopic) commit(ctx context.Context) error {
	if s.cfg.Group == "" {
		return nil
	}
	s.mu.Lock()
	var commits []kafka.OffsetCommit
	for _, p := range s.parts {
		if p.track.next > p.committed {
			commits = append(commits, kafka.OffsetCommit{Partition: p.id, Offset: p.track.next})
		}
	}
	s.mu.Unlock()
	if len(commits) == 0 {
		return nil
	}
	ok := map[int]bool{}
	err := retryKafka(ctx, func() error {
		resp, err := s.client.OffsetCommit(ctx, &kafka.OffsetCommitRequest{
			GroupID:      s.cfg.Group,
			GenerationID: -1,
			Topics:       map[string][]kafka.OffsetCommit{s.cfg.Topic: commits},
		})
		if err != nil {
			return err
		}
		var errs []error
		for _, pr := range resp.Topics[s.cfg.Topic] {
			if pr.Error != nil {
				errs = append(errs, fmt.Errorf("partition %d: %w", pr.Partition, pr.Error))
				continue
			}
			ok[pr.Partition] = true
		}
		return errors.Join(errs...)
	})
	s.mu.Lock()
	for _, c := range commits {
		for _, p := range s.parts {
			if p.id == c.Partition && ok[p.id] && c.Offset > p.committed {
				p.committed = c.Offset
			}
		}
	}
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("raw topic %s: commit for group %s: %w", s.cfg.Topic, s.cfg.Group, err)
	}
	return nil
}

// retryKafka runs a request until it succeeds, fails for good, or ctx ends.
// A group's coordinator or a partition's leader can be briefly unknown,
// moving or loading (a new cluster or topic, a broker restarting): those
// errors are retried with a growing pause, for up to 30 seconds.
func retryKafka(ctx context.Context, do func() error) error {
	pause := 100 * time.Millisecond
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := do()
		if err == nil || !retriable(err) || time.Now().Add(pause).After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(pause):
		}
		pause = min(2*pause, 2*time.Second)
	}
}

// retriable reports whether a Kafka error is worth trying again: the
// protocol says so (coordinator moving or loading, leader elections), or
// the connection failed.
func retriable(err error) bool {
	var ke kafka.Error
	if errors.As(err, &ke) {
		return ke.Temporary()
	}
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET)
}

// produce reads every partition that has something to read, each on its own
// goroutine, and returns when all are read (or at the first error).
func (s *RawTopic) produce(ctx context.Context, f *feed) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, len(s.parts))
	n := 0
	for _, p := range s.parts {
		if p.start >= p.end {
			continue
		}
		n++
		go func() { errc <- s.readPartition(ctx, f, p) }()
	}
	var first error
	for range n {
		if err := <-errc; err != nil && first == nil {
			first = err
			cancel()
		}
	}
	return first
}

// readPartition reads one partition from p.start up to p.end.
func (s *RawTopic) readPartition(ctx context.Context, f *feed, p *rawPartition) error {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:   s.cfg.Brokers,
		Topic:     s.cfg.Topic,
		Partition: p.id,
		Dialer:    &kafka.Dialer{ClientID: s.cfg.ClientID, Timeout: 10 * time.Second, DualStack: true, TLS: s.cfg.TLS, SASLMechanism: s.cfg.SASL},
		MinBytes:  1,
		MaxBytes:  16 << 20,
		MaxWait:   500 * time.Millisecond,
	})
	defer r.Close()
	if err := r.SetOffset(p.start); err != nil {
		return fmt.Errorf("raw topic %s/%d: %w", s.cfg.Topic, p.id, err)
	}
	emit := f.emitter()
	for {
		// A fetch that finds nothing for a while may be waiting for
		// messages that no longer exist (retention deleted the end of the
		// range): then the partition is done.
		fctx, cancel := context.WithTimeout(ctx, rawIdleCheck)
		m, err := r.FetchMessage(fctx)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if errors.Is(err, context.DeadlineExceeded) {
				first, lerr := s.listOffsets(ctx, []int{p.id}, kafka.FirstOffsetOf)
				if lerr == nil && first[p.id] >= p.end {
					return nil
				}
				continue
			}
			return fmt.Errorf("raw topic %s/%d: %w", s.cfg.Topic, p.id, err)
		}
		if m.Offset >= p.end {
			return nil
		}
		sp := span{m.Offset, m.Offset + 1}
		page, id, perr := rawPage(m.Value)
		s.mu.Lock()
		if perr != nil {
			err = p.track.pass(sp)
			s.done.Add(1)
		} else {
			err = p.track.add(sp)
		}
		s.mu.Unlock()
		if err != nil {
			return fmt.Errorf("raw topic %s/%d: %w", s.cfg.Topic, p.id, err)
		}
		if perr != nil {
			where := fmt.Sprintf("kafka:%s/%d@%d", s.cfg.Topic, p.id, m.Offset)
			if err := f.skipInput(ctx, where, perr); err != nil {
				return err
			}
		} else if err := emit(ctx, Job{URL: page.URL, ID: id, Page: page, Token: &rawToken{p: p, off: m.Offset}}); err != nil {
			return err
		}
		if m.Offset >= p.end-1 {
			return nil
		}
	}
}

// rawIdleCheck is how long a partition's reader waits for a message before it
// checks whether the rest of its range was deleted.
const rawIdleCheck = 10 * time.Second

// rawPage decodes a raw-topic record into its page and article ID.
func rawPage(v []byte) (*newsner.Page, string, error) {
	var rp newsner.RawPage
	if err := json.Unmarshal(v, &rp); err != nil {
		return nil, "", &newsner.Error{Code: newsner.EInvalid, Message: "decode raw page", Err: err}
	}
	if rp.Schema != newsner.RawSchema {
		return nil, "", newsner.Errorf(newsner.EUnsupported, "raw page %s: schema %q, want %q", rp.URL, rp.Schema, newsner.RawSchema)
	}
	page := rp.Page
	return &page, rp.ID, nil
}
