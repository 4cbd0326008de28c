package kafkasource

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/offsets"
)

// RawTopicConfig configures a RawTopic. The zero value reads newsner.raw on
// 127.0.0.1:9092 from the beginning, without committing progress.
type RawTopicConfig struct {
	// BatchOptions are those of every batch source: for the raw topic,
	// progress is committed for Group every SaveEvery; Skip is told about
	// each record that is not a raw page (it does not decode); Logger
	// receives commit failures (retried at the next commit); Flags names
	// the command's flags of Group and Since, for the line that says why
	// nothing is read.
	ingest.BatchOptions
	// Conn says how to reach the cluster.
	Conn kafka.Config
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
}

func (c RawTopicConfig) withDefaults() RawTopicConfig {
	c.BatchOptions = c.BatchOptions.WithDefaults()
	c.Conn = c.Conn.WithDefaults()
	if c.Topic == "" {
		c.Topic = kafka.RawTopic
	}
	return c
}

// RawTopic is a Source of the pages on the raw topic: every partition from
// the earliest offset (or the group's committed offset, or the first at
// Since) up to the end offsets it saw when opened, then io.EOF. Each job
// carries its page and the article ID it had (ingest.Job.ID), so that the new
// record keeps that ID.
type RawTopic struct {
	cfg       RawTopicConfig
	transport *kgo.Transport
	client    *kgo.Client
	parts     []*rawPartition
	batch     *ingest.Batch

	mu    sync.Mutex // guards the partitions' trackers and committed offsets
	total int64
	done  atomic.Int64
}

// rawPartition is one partition's range and progress.
type rawPartition struct {
	id         int
	start, end int64 // read [start, end)
	track      *offsets.Tracker
	committed  int64 // the group's offset as last committed, -1 for none
}

// rawToken is the ingest.Job.Token of a raw-topic job.
type rawToken struct {
	p   *rawPartition
	off int64
}

// OpenRawTopic finds the range of each partition to read and starts reading
// ahead. Reading stops when ctx is done or at Close.
func OpenRawTopic(ctx context.Context, cfg RawTopicConfig) (*RawTopic, error) {
	cfg = cfg.withDefaults()
	t := cfg.Conn.Transport()
	s := &RawTopic{
		cfg:       cfg,
		transport: t,
		client:    cfg.Conn.Client(t, 30*time.Second),
	}
	if err := s.plan(ctx); err != nil {
		t.CloseIdleConnections()
		return nil, err
	}
	var save func() error
	if cfg.Group != "" {
		save = func() error {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			return s.commit(ctx)
		}
	}
	s.batch = ingest.StartBatch(ctx, ingest.BatchConfig{
		BatchOptions: cfg.BatchOptions, Produce: s.produce, Save: save,
		SaveFailed: func(err error) {
			cfg.Logger.Warn("commit raw topic progress", "group", cfg.Group, "error", err)
		},
	})
	return s, nil
}

// plan sets each partition's range: from the committed offset, else the
// first at Since, else the earliest; to the end offset now.
func (s *RawTopic) plan(ctx context.Context) error {
	topic := s.cfg.Topic
	ids, err := kafka.Partitions(ctx, s.client, topic)
	if err != nil {
		return fmt.Errorf("raw topic %w", err)
	}
	first, err := s.listOffsets(ctx, ids, kgo.FirstOffsetOf)
	if err != nil {
		return err
	}
	last, err := s.listOffsets(ctx, ids, kgo.LastOffsetOf)
	if err != nil {
		return err
	}
	var since map[int]int64
	if !s.cfg.Since.IsZero() {
		since, err = s.listOffsets(ctx, ids, func(p int) kgo.OffsetRequest { return kgo.TimeOffsetOf(p, s.cfg.Since) })
		if err != nil {
			return err
		}
	}
	committed := map[int]int64{}
	if s.cfg.Group != "" {
		if committed, err = kafka.Committed(ctx, s.client, s.cfg.Group, topic, ids); err != nil {
			return fmt.Errorf("raw topic %w", err)
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
		p.track = offsets.New(p.start, 0)
		s.total += p.end - p.start
		s.parts = append(s.parts, p)
	}
	if s.total == 0 {
		// A run that reads nothing says why, rather than only "0 pages".
		why := "the topic is empty"
		switch {
		case slices.ContainsFunc(slices.Collect(maps.Values(committed)), func(o int64) bool { return o >= 0 }):
			why = "group " + s.cfg.Group + " has read it to the end already (another " + s.cfg.Flags.Or("Group", "group") + " reads it again)"
		case since != nil:
			why = "nothing was written since " + s.cfg.Flags.Or("Since", "the time asked for")
		}
		s.cfg.Logger.Info("nothing to read on the raw topic: "+why, "topic", topic)
	}
	return nil
}

// listOffsets asks the offsets req gives for each partition.
func (s *RawTopic) listOffsets(ctx context.Context, ids []int, req func(int) kgo.OffsetRequest) (map[int]int64, error) {
	offs, err := kafka.Offsets(ctx, s.client, s.cfg.Topic, ids, req)
	if err != nil {
		return nil, fmt.Errorf("raw topic %w", err)
	}
	return offs, nil
}

// Next returns the next page, io.EOF once every partition is read to the
// end offset it had at the start.
func (s *RawTopic) Next(ctx context.Context) (ingest.Job, error) {
	return s.batch.Next(ctx)
}

// Done records that a page's output was written; the partition's commit
// point moves over every page done without a gap.
func (s *RawTopic) Done(_ context.Context, job ingest.Job) error {
	tok, ok := job.Token.(*rawToken)
	if !ok {
		return errors.New("raw topic: not a raw-topic job")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := tok.p.track.Done(tok.off); err != nil {
		return fmt.Errorf("raw topic %s/%d: %w", s.cfg.Topic, tok.p.id, err)
	}
	s.done.Add(1)
	return nil
}

// Progress reports how far the source is, in messages.
func (s *RawTopic) Progress() ingest.BatchProgress {
	p := s.batch.Progress()
	p.Done, p.Total, p.Unit = s.done.Load(), s.total, "messages"
	return p
}

// Close stops reading and commits the progress of the pages done.
func (s *RawTopic) Close() error {
	err := s.batch.Close()
	s.transport.CloseIdleConnections()
	return err
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
	var commits []kgo.OffsetCommit
	for _, p := range s.parts {
		if next, _ := p.track.Next(); next > p.committed {
			commits = append(commits, kgo.OffsetCommit{Partition: p.id, Offset: next})
		}
	}
	s.mu.Unlock()
	if len(commits) == 0 {
		return nil
	}
	ok := map[int]bool{}
	err := kafka.Retry(ctx, func() error {
		resp, err := s.client.OffsetCommit(ctx, &kgo.OffsetCommitRequest{
			GroupID:      s.cfg.Group,
			GenerationID: -1,
			Topics:       map[string][]kgo.OffsetCommit{s.cfg.Topic: commits},
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

// produce reads every partition that has something to read, each on its own
// goroutine, and returns when all are read (or at the first error).
func (s *RawTopic) produce(ctx context.Context, f *ingest.ReadAhead) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, len(s.parts))
	n := 0
	for _, p := range s.parts {
		if p.start >= p.end {
			continue
		}
		n++
		go func() {
			errc <- ingest.ReadSafely(fmt.Sprintf("kafka:%s/%d", s.cfg.Topic, p.id), func() error { return s.readPartition(ctx, f, p) })
		}()
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
func (s *RawTopic) readPartition(ctx context.Context, f *ingest.ReadAhead, p *rawPartition) error {
	emit := f.Emitter()
	rp := kafka.Partition{
		Topic: s.cfg.Topic, ID: p.id, From: p.start, End: p.end,
		// A fetch that finds nothing for a while may be waiting for
		// messages that no longer exist (retention deleted the end of the
		// range): then the partition is done.
		IdleAfter: rawIdleCheck,
		Idle: func(ctx context.Context) bool {
			first, err := s.listOffsets(ctx, []int{p.id}, kgo.FirstOffsetOf)
			return err == nil && first[p.id] >= p.end
		},
	}
	return kafka.ReadPartition(ctx, s.cfg.Conn, rp, func(m kgo.Message) error {
		page, id, perr := kafka.ParseRaw(m.Value)
		s.mu.Lock()
		var err error
		if perr != nil {
			err = p.track.Pass(m.Offset, m.Offset+1)
			s.done.Add(1)
		} else {
			err = p.track.Add(m.Offset, m.Offset+1)
		}
		s.mu.Unlock()
		if err != nil {
			return fmt.Errorf("raw topic %s/%d: %w", s.cfg.Topic, p.id, err)
		}
		if perr != nil {
			return f.Skip(ctx, fmt.Sprintf("kafka:%s/%d@%d", s.cfg.Topic, p.id, m.Offset), perr)
		}
		return emit(ctx, ingest.Job{URL: page.URL, ID: id, Page: page, Token: &rawToken{p: p, off: m.Offset}})
	})
}

// rawIdleCheck is how long a partition's reader waits for a message before it
// checks whether the rest of its range was deleted.
const rawIdleCheck = 10 * time.Second
