package kafkasource

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/offsets"
)

// Config configures a Source. The zero value reads
// newsner.urls on 127.0.0.1:9092 as the group newsner.
type Config struct {
	// Conn says how to reach the cluster.
	Conn kafka.Config
	// Topic holds the URLs, one per message value. Default: newsner.urls.
	Topic string
	// Group is the consumer group and its timeouts; processes in one group
	// share the topic's partitions. Default ID: newsner.
	Group kafka.Group
	// DrainTimeout bounds how long a member whose partitions are being taken
	// away waits for its jobs in flight to be done (so that their offsets are
	// committed and the next owner does not process them again) before it
	// lets them go. Keep it below RebalanceTimeout. Default: 10s.
	DrainTimeout time.Duration
	// MaxWait is the longest a fetch waits for new messages. Default: 500ms.
	MaxWait time.Duration
	// MaxUncommitted bounds, per partition, the messages handed out past
	// the commit point: those in flight and those done behind one that is
	// not (a slow page holds its partition's commit point back). At the
	// limit the partition waits until its oldest message is done. It bounds
	// what a crash makes the group do again. Default: 100.
	MaxUncommitted int
	// Logger receives errors the source recovers from (lost coordinator,
	// failed commits) and rebalances. Default: slog.Default().
	Logger *slog.Logger
	// Metrics, if set, records the consumer's lag, commits and rebalances.
	Metrics *Metrics
	// LagInterval is how often the high watermarks of the assigned
	// partitions are read for the lag metric (between reads, the lag
	// follows the messages handed out). Default: 5s.
	LagInterval time.Duration
}

// Defaults of a Config that commands show in their flags.
const (
	DefaultGroup          = "newsner"
	DefaultMaxUncommitted = 100
)

func (c Config) withDefaults() Config {
	c.Conn = c.Conn.WithDefaults()
	if c.Topic == "" {
		c.Topic = kafka.URLsTopic
	}
	if c.Group.ID == "" {
		c.Group.ID = DefaultGroup
	}
	c.Group = c.Group.WithDefaults()
	if c.DrainTimeout <= 0 {
		c.DrainTimeout = 10 * time.Second
	}
	if c.MaxWait <= 0 {
		c.MaxWait = 500 * time.Millisecond
	}
	if c.MaxUncommitted <= 0 {
		c.MaxUncommitted = DefaultMaxUncommitted
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.LagInterval <= 0 {
		c.LagInterval = 5 * time.Second
	}
	return c
}

// Source hands out the URLs of a Kafka topic as a member of a consumer
// group, and commits a partition's offset only up to the highest offset
// below which every job is done (output acknowledged, Done called).
//
// It is built on kafka-go's low-level ConsumerGroup rather than its Reader,
// to stay clear of the Reader's reported failure modes around restarts and
// rebalances (kafka-go issues 1276, 1319, 1398, 904, 711): a new group starts
// at the earliest offset; each generation's partitions are read by readers
// owned by that generation, so nothing fetched under an old assignment is
// handed out after it ends; messages are handed out one at a time over an
// unbuffered channel, so none sit in a queue when a partition is revoked;
// commits carry the generation that read the messages, and only contiguous
// done offsets; when a rebalance starts, the member waits (DrainTimeout) for
// its jobs in flight, commits them, and only then rejoins. A job finished
// after its generation ended is not committed: the partition's next owner
// processes it again (at-least-once: a duplicate, never a loss).
type Source struct {
	cfg   Config
	group *kgo.ConsumerGroup
	// transport and offsets read the partitions' high watermarks for the
	// lag metric.
	transport *kgo.Transport
	offsets   *kgo.Client
	jobs      chan ingest.Job
	closed    chan struct{}
	done      chan struct{} // closed when the run loop has returned

	// mu guards cur and why, what Ready reports.
	mu sync.Mutex
	// cur is the generation this member is in, nil between generations.
	cur *generation
	// why says why there is no generation.
	why string
	// closeWait bounds the wait for jobs in flight once closed is closed.
	closeWait time.Duration

	closeOnce sync.Once
	closeErr  error

	// ended is the last generation to end (its drain done), whose
	// trackers Left reads.
	ended atomic.Pointer[generation]
}

// kafkaToken is a ingest.Job's Token: where the URL came from.
type kafkaToken struct {
	gen       *generation
	partition int
	offset    int64
}

// Locate says where the URL came from, "topic/partition@offset": a dead
// letter's log line names it (ingest.Locator), so a message whose URL is
// empty or unreadable can be found on its topic.
func (t *kafkaToken) Locate() string {
	return fmt.Sprintf("%s/%d@%d", t.gen.src.cfg.Topic, t.partition, t.offset)
}

// New joins the consumer group and starts reading. It returns an
// error if the configuration is invalid or the brokers cannot be reached.
func New(ctx context.Context, cfg Config) (*Source, error) {
	cfg = cfg.withDefaults()
	// Fail early and clearly on unreachable brokers or bad credentials.
	if _, err := kafka.Metadata(ctx, cfg.Conn); err != nil {
		return nil, err
	}
	group, err := cfg.Conn.ConsumerGroup(cfg.Topic, cfg.Group, cfg.Logger)
	if err != nil {
		return nil, fmt.Errorf("kafka source: %w", err)
	}
	t := cfg.Conn.Transport()
	s := &Source{
		cfg:       cfg,
		group:     group,
		transport: t,
		offsets:   cfg.Conn.Client(t, 10*time.Second),
		jobs:      make(chan ingest.Job),
		closed:    make(chan struct{}),
		done:      make(chan struct{}),
		why:       "joining",
	}
	go s.run()
	return s, nil
}

// Ready reports whether the source is doing its job: nil once the member has
// joined the consumer group and holds partitions of the topic in the current
// generation, with commits going through; otherwise an error saying why not
// (joining, rebalancing, no partition assigned, commits failing, closed).
// A member of a group with more members than partitions is not ready: it
// idles until a partition is free.
func (s *Source) Ready() error {
	select {
	case <-s.closed:
		return errors.New("kafka source: closed")
	default:
	}
	s.mu.Lock()
	g, why := s.cur, s.why
	s.mu.Unlock()
	if g == nil {
		return fmt.Errorf("kafka source: not in consumer group %s: %s", s.cfg.Group.ID, why)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.parts) == 0 {
		return fmt.Errorf("kafka source: member of group %s (generation %d) without a partition of %s",
			s.cfg.Group.ID, g.kg.ID, s.cfg.Topic)
	}
	if g.failing {
		return fmt.Errorf("kafka source: commits to the group coordinator fail: %w", g.commitErr)
	}
	return nil
}

// setCurrent records the generation the member is in (nil: none, for the
// reason why).
func (s *Source) setCurrent(g *generation, why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cur, s.why = g, why
}

// leave records that generation g has ended, unless a newer one is current.
func (s *Source) leave(g *generation, why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur == g {
		s.cur, s.why = nil, why
	}
}

// Next returns the next URL. It blocks until one is available, ctx is done,
// or the source is closed (io.EOF).
func (s *Source) Next(ctx context.Context) (ingest.Job, error) {
	// A stop takes precedence over a job that is ready too (select would
	// pick at random): a worker asked to stop takes no new work.
	if err := ctx.Err(); err != nil {
		return ingest.Job{}, err
	}
	select {
	case <-s.closed:
		return ingest.Job{}, io.EOF
	default:
	}
	select {
	case j := <-s.jobs:
		return j, nil
	case <-ctx.Done():
		return ingest.Job{}, ctx.Err()
	case <-s.closed:
		return ingest.Job{}, io.EOF
	}
}

// Done marks a job's offset done; the commit follows as soon as every
// earlier offset of its partition is done too. A job of a generation that
// has ended is not committed (its partition may belong to another member
// now, which processes it again); that is not an error.
func (s *Source) Done(ctx context.Context, job ingest.Job) error {
	t, ok := job.Token.(*kafkaToken)
	if !ok {
		return errors.New("kafka source: the job was not handed out by this source")
	}
	return t.gen.markDone(t.partition, t.offset)
}

// Close leaves the group after committing what is done. Jobs still in
// flight are waited for up to DrainTimeout; the rest are processed again by
// whoever reads their partition next. Next returns io.EOF after Close.
func (s *Source) Close() error {
	return s.CloseWithin(s.cfg.DrainTimeout)
}

// CloseWithin is Close, waiting at most d (instead of DrainTimeout) for jobs
// in flight. A caller whose workers have all stopped closes with d = 0: the
// jobs they did not finish never will be, and waiting for them would only
// delay the exit.
func (s *Source) CloseWithin(d time.Duration) error {
	s.closeOnce.Do(func() {
		s.mu.Lock()
		s.closeWait = max(d, 0)
		s.mu.Unlock()
		close(s.closed)
		// Closing the group ends the current generation: its partition
		// readers stop, its committer drains and commits, and the member
		// leaves the group.
		s.closeErr = s.group.Close()
		<-s.done
		s.transport.CloseIdleConnections()
	})
	return s.closeErr
}

// Left returns how many URLs the member's last generation to end left past
// its commit point: jobs still in flight when it ended (a stop's drain cut
// them off, or a rebalance outlasted DrainTimeout), and jobs done whose
// final commit failed (the coordinator unreachable). The group hands them
// out again; their records, where written, come twice. After Close it is
// what the member's stop left to do again: 0 after a clean stop.
//
// It is counted when asked, not when the generation's drain ends: a
// partition reader still holding a message it had not handed out (waiting
// for commits to go through, or for a worker) takes it back only as it
// sees the generation end, which may come just after the drain; after
// Close, every reader has returned.
func (s *Source) Left() int64 {
	g := s.ended.Load()
	if g == nil {
		return 0
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	var left int64
	for p, t := range g.parts {
		left += t.Left(g.committedLocked(p))
	}
	return left
}

// drainTimeout is how long a generation that ends waits for its jobs in
// flight: DrainTimeout, or less when the source is being closed.
func (s *Source) drainTimeout() time.Duration {
	select {
	case <-s.closed:
		s.mu.Lock()
		defer s.mu.Unlock()
		return min(s.cfg.DrainTimeout, s.closeWait)
	default:
		return s.cfg.DrainTimeout
	}
}

// run takes one generation after another until the source is closed.
func (s *Source) run() {
	defer close(s.done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-s.closed:
			cancel()
		case <-ctx.Done():
		}
	}()
	var empty emptyGenerations
	for {
		g, err := s.group.Next(ctx)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, kgo.ErrGroupClosed) {
				return
			}
			// The group retries joining by itself (with backoff) and has
			// logged the error through ErrorLogger already.
			s.cfg.Logger.Debug("kafka source: joining group", "group", s.cfg.Group.ID, "error", err)
			s.setCurrent(nil, "joining: "+err.Error())
			continue
		}
		s.startGeneration(g)
		pause := empty.next(len(g.Assignments[s.cfg.Topic]) == 0, time.Now())
		if pause == 0 {
			continue
		}
		if empty.streak == emptyStreakToWarn {
			s.cfg.Logger.Warn("kafka source: generations end as soon as they start, with no partition; is the topic missing?",
				"topic", s.cfg.Topic, "group", s.cfg.Group.ID)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(pause):
		}
	}
}

// emptyGenerations spots kafka-go's tight rejoin loop: when the topic is
// unknown (deleted, not created yet) each generation ends as soon as it
// starts, with no partition, and the member joins again at once. Taking
// the next generation later slows the loop down (the member stays in the
// group meanwhile; the pause stays well under a rebalance timeout).
type emptyGenerations struct {
	last   time.Time // when the last empty generation came
	streak int       // empty generations in a row, each soon after the last
	pause  time.Duration
}

const (
	maxEmptyPause     = 5 * time.Second
	emptyStreakToWarn = 5
)

// next is told whether the generation that came at now is empty, and
// returns how long to wait before taking the next one.
func (e *emptyGenerations) next(isEmpty bool, now time.Time) time.Duration {
	soon := !e.last.IsZero() && now.Sub(e.last) < e.pause+time.Second
	if !isEmpty || !soon {
		e.streak, e.pause = 0, 0
		if isEmpty {
			e.last = now
		} else {
			e.last = time.Time{}
		}
		return 0
	}
	e.last = now
	e.streak++
	e.pause = min(max(2*e.pause, 100*time.Millisecond), maxEmptyPause)
	return e.pause
}

// generation is this member's share of one consumer group generation: the
// offset trackers of its partitions, and whether it can still commit.
type generation struct {
	src   *Source
	kg    *kgo.Generation
	mu    sync.Mutex
	parts map[int]*offsets.Tracker
	// committed is the last offset committed per partition.
	committed map[int]int64
	// ended is set once the final commit is made: later Done calls change
	// nothing.
	ended bool
	// failing is set while commits fail (the coordinator is unreachable):
	// no new jobs are handed out then, since their work could not be
	// committed and would be done again after the rebalance that follows.
	failing bool
	// commitErr is the last commit error.
	commitErr error
	// next is the next offset to hand out per partition (-1: not known
	// yet), hwm the partition's high watermark as last seen (-1: not yet);
	// the lag metric is their difference.
	next, hwm map[int]int64
	// ids are the assigned partitions.
	ids []int
	// kick wakes the committer (capacity 1: wake-ups coalesce).
	kick chan struct{}
	// idle is signalled when the last job in flight is done.
	idle chan struct{}
}

func (s *Source) startGeneration(kg *kgo.Generation) {
	g := &generation{
		src:       s,
		kg:        kg,
		parts:     map[int]*offsets.Tracker{},
		committed: map[int]int64{},
		next:      map[int]int64{},
		hwm:       map[int]int64{},
		kick:      make(chan struct{}, 1),
		idle:      make(chan struct{}, 1),
	}
	assigned := kg.Assignments[s.cfg.Topic]
	ids := make([]int, 0, len(assigned))
	for _, a := range assigned {
		g.parts[a.ID] = offsets.New(a.Offset, s.cfg.MaxUncommitted)
		if a.Offset >= 0 {
			g.committed[a.ID] = a.Offset // already committed
		}
		g.next[a.ID] = max(a.Offset, -1)
		g.hwm[a.ID] = -1
		ids = append(ids, a.ID)
	}
	g.ids = ids
	g.mu.Lock()
	for _, p := range ids {
		g.reportUncommittedLocked(p)
	}
	g.mu.Unlock()
	s.cfg.Logger.Info("kafka source: assigned", "group", s.cfg.Group.ID, "generation", kg.ID,
		"topic", s.cfg.Topic, "partitions", ids)
	s.cfg.Metrics.joined(len(ids))
	s.setCurrent(g, "")
	for _, a := range assigned {
		kg.Start(func(ctx context.Context) { s.readPartition(ctx, g, a) })
	}
	kg.Start(g.commitLoop)
	if len(ids) > 0 {
		kg.Start(g.watchLag)
	}
}

// watchLag reads the high watermarks of the generation's partitions every
// LagInterval, for the lag metric, until the generation ends. A failed read
// is left to the next one.
func (g *generation) watchLag(ctx context.Context) {
	cfg := g.src.cfg
	reqs := make([]kgo.OffsetRequest, 0, 2*len(g.ids))
	for _, p := range g.ids {
		reqs = append(reqs, kgo.FirstOffsetOf(p), kgo.LastOffsetOf(p))
	}
	t := time.NewTicker(cfg.LagInterval)
	defer t.Stop()
	for {
		rctx, cancel := context.WithTimeout(ctx, cfg.LagInterval)
		res, err := g.src.offsets.ListOffsets(rctx, &kgo.ListOffsetsRequest{
			Topics: map[string][]kgo.OffsetRequest{cfg.Topic: reqs},
		})
		cancel()
		if err != nil {
			cfg.Logger.Debug("kafka source: read high watermarks", "error", err)
		} else {
			g.mu.Lock()
			for _, po := range res.Topics[cfg.Topic] {
				if po.Error != nil {
					continue
				}
				if _, ok := g.parts[po.Partition]; !ok {
					continue
				}
				g.hwm[po.Partition] = po.LastOffset
				if g.next[po.Partition] < 0 {
					// Nothing handed out of a partition without a
					// committed offset: it is read from the start.
					g.next[po.Partition] = po.FirstOffset
				}
				g.reportLagLocked(po.Partition)
			}
			g.mu.Unlock()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// reportLagLocked sets partition p's lag metric, if both ends are known.
func (g *generation) reportLagLocked(p int) {
	if g.ended || g.hwm[p] < 0 || g.next[p] < 0 {
		return
	}
	g.src.cfg.Metrics.setLag(g.src.cfg.Topic, p, g.hwm[p]-g.next[p])
}

// reportUncommittedLocked sets partition p's uncommitted-offsets metric.
func (g *generation) reportUncommittedLocked(p int) {
	t, ok := g.parts[p]
	if !ok || g.ended {
		return
	}
	g.src.cfg.Metrics.setUncommitted(g.src.cfg.Topic, p, t.Uncommitted(g.committedLocked(p)))
}

// committedLocked returns the offset last committed for partition p, or
// -1 if none: what offsets.Tracker's Uncommitted and Left count from.
func (g *generation) committedLocked(p int) int64 {
	if c, seen := g.committed[p]; seen {
		return c
	}
	return -1
}

// readPartition hands out the messages of one assigned partition until the
// generation ends.
func (s *Source) readPartition(ctx context.Context, g *generation, a kgo.PartitionAssignment) {
	p := kafka.Partition{
		Topic: s.cfg.Topic, ID: a.ID, From: a.Offset, End: -1, MaxWait: s.cfg.MaxWait,
		// Small prefetch: what the reader holds is dropped when the
		// generation ends, and read again by the partition's next owner.
		QueueCapacity: 16,
		Logger:        s.cfg.Logger,
		// The reader reconnects by itself; a returned error is rare (a
		// closed reader). Go on rather than end the generation, which
		// would force a rebalance.
		KeepGoing: true,
	}
	err := kafka.ReadPartition(ctx, s.cfg.Conn, p, func(m kgo.Message) error {
		return g.handOut(ctx, a.ID, m)
	})
	if err != nil && ctx.Err() == nil {
		// A bad start offset, or the tracker refused a message (a bug, or
		// the reader went back): never hand out a message the tracker
		// cannot account for. The partition waits for the generation's end.
		s.cfg.Logger.Error("kafka source: read partition", "partition", a.ID, "error", err)
		<-ctx.Done()
	}
}

// handOut hands message m of partition p to a worker, once the partition
// has room under MaxUncommitted and commits go through. It returns an error
// when the generation ends first (ctx's) or the tracker refuses m.
func (g *generation) handOut(ctx context.Context, p int, m kgo.Message) error {
	if !g.waitRoom(ctx, p) {
		return ctx.Err()
	}
	if err := g.add(p, m.Offset, m.HighWaterMark); err != nil {
		return fmt.Errorf("track offset: %w", err)
	}
	if !g.waitHealthy(ctx) {
		g.forget(p, m.Offset)
		return ctx.Err()
	}
	rec := newsner.ParseURLRecord(m.Value)
	job := ingest.Job{URL: rec.URL, Hints: rec.HintsOrNil(), Token: &kafkaToken{gen: g, partition: p, offset: m.Offset}}
	select {
	case g.src.jobs <- job:
		return nil
	case <-ctx.Done():
		g.forget(p, m.Offset)
		return ctx.Err()
	}
}

// waitHealthy waits while commits are failing; it returns false if the
// generation ends first.
func (g *generation) waitHealthy(ctx context.Context) bool {
	return g.waitUntil(ctx, 100*time.Millisecond, func() bool { return !g.failing })
}

// waitRoom waits while partition p has MaxUncommitted messages handed out
// past its commit point; it returns false if the generation ends first.
func (g *generation) waitRoom(ctx context.Context, p int) bool {
	return g.waitUntil(ctx, 20*time.Millisecond, func() bool { return !g.parts[p].Full() })
}

// waitUntil checks ok, under g.mu, every interval until it holds (true) or
// ctx ends (false).
func (g *generation) waitUntil(ctx context.Context, every time.Duration, ok func() bool) bool {
	for {
		g.mu.Lock()
		done := ok()
		g.mu.Unlock()
		if done {
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(every):
		}
	}
}

func (g *generation) setFailing(v bool, err error) {
	g.mu.Lock()
	g.failing = v
	g.commitErr = err
	g.mu.Unlock()
}

// add records that the message at off of partition p, whose high watermark
// was hwm when it was fetched, is handed out.
func (g *generation) add(p int, off, hwm int64) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := g.parts[p].Add(off, off+1); err != nil {
		return err
	}
	g.next[p] = off + 1
	g.hwm[p] = max(g.hwm[p], hwm)
	g.reportLagLocked(p)
	return nil
}

func (g *generation) forget(p int, off int64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := g.parts[p].Forget(off); err != nil {
		g.src.cfg.Logger.Error("kafka source: forget offset", "partition", p, "error", err)
	}
	g.next[p] = off
	g.signalIdleLocked()
}

func (g *generation) markDone(p int, off int64) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.ended {
		g.src.cfg.Logger.Debug("kafka source: done after the generation ended; not committed",
			"partition", p, "offset", off)
		g.src.cfg.Metrics.doneLate()
		return nil
	}
	t, ok := g.parts[p]
	if !ok {
		return fmt.Errorf("kafka source: partition %d not in generation %d", p, g.kg.ID)
	}
	moved, err := t.Done(off)
	if err != nil {
		return fmt.Errorf("kafka source: partition %d: %w", p, err)
	}
	g.reportUncommittedLocked(p)
	if moved {
		select {
		case g.kick <- struct{}{}:
		default:
		}
	}
	g.signalIdleLocked()
	return nil
}

func (g *generation) signalIdleLocked() {
	for _, t := range g.parts {
		if t.InFlight() > 0 {
			return
		}
	}
	select {
	case g.idle <- struct{}{}:
	default:
	}
}

func (g *generation) inFlight() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	n := 0
	for _, t := range g.parts {
		n += t.InFlight()
	}
	return n
}

// pending returns the offsets that moved since the last commit.
func (g *generation) pending() map[int]int64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	var out map[int]int64
	for p, t := range g.parts {
		off, ok := t.Next()
		if !ok {
			continue
		}
		if last, seen := g.committed[p]; seen && off <= last {
			continue
		}
		if out == nil {
			out = map[int]int64{}
		}
		out[p] = off
	}
	return out
}

// commit commits the offsets that moved. A failed commit is retried at the
// next one: the offsets only grow, so a later commit covers an earlier one.
func (g *generation) commit() error {
	offs := g.pending()
	if len(offs) == 0 {
		return nil
	}
	err := g.kg.CommitOffsets(map[string]map[int]int64{g.src.cfg.Topic: offs})
	g.src.cfg.Metrics.committed(err)
	if err != nil {
		return fmt.Errorf("commit %v: %w", offs, err)
	}
	g.mu.Lock()
	for p, off := range offs {
		if last, seen := g.committed[p]; !seen || off > last {
			g.committed[p] = off
		}
		g.reportUncommittedLocked(p)
	}
	g.mu.Unlock()
	return nil
}

// commitLoop commits as jobs are done. When the generation ends (a
// rebalance, or Close) it waits up to DrainTimeout for the jobs in flight,
// makes the last commit and returns, which lets the member rejoin.
func (g *generation) commitLoop(ctx context.Context) {
	log := g.src.cfg.Logger
	retry := time.NewTicker(500 * time.Millisecond)
	defer retry.Stop()
	failing := false
	for {
		select {
		case <-g.kick:
		case <-retry.C:
			if !failing {
				continue
			}
		case <-ctx.Done():
			g.src.leave(g, fmt.Sprintf("generation %d ended; draining and rejoining", g.kg.ID))
			g.drain()
			return
		}
		err := g.commit()
		if err != nil {
			if !failing {
				log.Warn("kafka source: commit failed; pausing until a commit succeeds or the group rebalances",
					"group", g.src.cfg.Group.ID, "generation", g.kg.ID, "error", err)
			}
			failing = true
		} else {
			failing = false
		}
		g.setFailing(failing, err)
	}
}

func (g *generation) drain() {
	log := g.src.cfg.Logger
	deadline := time.NewTimer(g.src.drainTimeout())
	defer deadline.Stop()
wait:
	for g.inFlight() > 0 {
		select {
		case <-g.idle:
		case <-g.kick:
			if err := g.commit(); err != nil {
				log.Warn("kafka source: commit while draining", "error", err)
			}
		case <-deadline.C:
			log.Warn("kafka source: jobs still in flight at the end of the generation; their partitions' next owner processes them again",
				"generation", g.kg.ID, "in_flight", g.inFlight())
			break wait
		}
	}
	err := g.commit()
	g.mu.Lock()
	g.ended = true
	g.mu.Unlock()
	g.src.ended.Store(g)
	g.src.cfg.Metrics.left(g.src.cfg.Topic, g.ids)
	if err != nil {
		log.Warn("kafka source: final commit of the generation failed; its done jobs may be processed again",
			"generation", g.kg.ID, "error", err)
	}
}
