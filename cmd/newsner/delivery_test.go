package main

// Delivery tests (issue 5): `newsner run`, the real binary against a real
// broker, loses no URL through a SIGKILL, a broker restart, a member dying
// in a group of two, and a SIGTERM. Each feeds 1,000 URLs served from
// loopback (every 20th page answers after 200-500 ms, every 25th is a 404,
// every 40th is JSON) and afterwards reads every output topic back:
//
//   - every URL has at least one record, and only of the kind it should
//     (an article, or a dead letter with the right class);
//   - duplicates (articles with the same id, dead letters with the same URL)
//     are counted and logged, and bounded by what was in flight at the
//     fault, that is handed out and not committed: each duplicated URL sits
//     at or above its partition's offset committed when the fault struck;
//     there are at most the workers (jobs in flight) plus the URLs done but
//     not committed at the fault (done behind a slower job of their
//     partition, or with a commit on its way); and those are no more than
//     the records written in the faultSlack (1.5 s: the slowest page plus
//     commit latency) before the fault.
//
// A clean SIGTERM must leave no duplicate at all. Two more tests stop a
// process while workers wait on pages that never answer (it must still exit
// within --drain-timeout) and make one article unwritable (the process must
// stop and the offset stay before it).
//
// The tests skip without NEWSNER_KAFKA (set by .ci/test.sh); the broker
// restart test starts a broker of its own with .ci/kafka.sh (ports
// 19192-19194).

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
	nkafka "github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/segmentio/kafka-go"
)

const (
	deliveryURLs       = 1000
	deliveryWorkers    = 8
	deliveryPartitions = 6
	// deliveryDrain is the --drain-timeout of the run processes.
	deliveryDrain = 10 * time.Second
	// faultSlack is how long before a fault a job may have been done yet
	// not committed: the slowest page (500 ms) holding back its
	// partition's commit point while its fetch, extraction and write take
	// their time on a busy machine, plus a commit on its way.
	faultSlack = 1500 * time.Millisecond
)

// deliveryClass returns the dead-letter class page i must end with, "" for
// an article.
func deliveryClass(i int) string {
	switch {
	case i%25 == 7:
		return newsner.EHTTPStatus
	case i%40 == 3:
		return newsner.ENotHTML
	}
	return ""
}

// deliveryPages serves n pages at /d/<i>: every 20th answers after 200-500
// ms, pages of deliveryClass http_status are 404s, of not_html JSON, and the
// rest news pages with a canonical URL (and so an article id) of their own.
// A request for which hang(i) says so gets no answer until the client gives
// up (or a minute passes).
func deliveryPages(t *testing.T, n int, hang func(i int) bool) *httptest.Server {
	t.Helper()
	people := []string{"Angela Merkel", "Emmanuel Macron", "Donald Tusk", "Pedro Sanchez", "Giorgia Meloni"}
	places := []string{"Berlin", "Paris", "Warsaw", "Madrid", "Rome"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/big" {
			// An article of some 150 KB of text that does not compress
			// much: words of random letters.
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<!doctype html><html lang="en"><head><title>The long read</title></head><body><article><h1>The long read</h1>`)
			rng := rand.New(rand.NewPCG(1, 2))
			for range 500 {
				var p strings.Builder
				for range 40 {
					for range 3 + rng.IntN(6) {
						p.WriteByte(byte('a' + rng.IntN(26)))
					}
					p.WriteByte(' ')
				}
				fmt.Fprintf(w, "<p>%s.</p>\n", p.String())
			}
			fmt.Fprint(w, `</article></body></html>`)
			return
		}
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/d/%d", &i); err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		if hang != nil && hang(i) {
			select {
			case <-time.After(time.Minute):
			case <-r.Context().Done():
			}
			return
		}
		if i%20 == 0 {
			select {
			case <-time.After(time.Duration(200+(i*53)%301) * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
		switch deliveryClass(i) {
		case newsner.EHTTPStatus:
			http.NotFound(w, r)
			return
		case newsner.ENotHTML:
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"story": %d}`, i)
			return
		}
		p, c := people[i%len(people)], places[(i/5)%len(places)]
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>Report %d | Delivery Daily</title>
<link rel="canonical" href="https://delivery.example/report/%d"></head><body>
<nav><a href="/">Home</a> <a href="/europe">Europe</a></nav>
<article><h1>Report %d</h1>
<p>%s met ministers in %s on Tuesday to discuss report number %d and the budget of the European Union.</p>
<p>Diplomats from the World Health Organization said the talks in %s went on late, and %s declined to comment.</p>
</article><footer>Delivery Daily</footer></body></html>`, i, i, i, p, c, i, c, p)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// deliveryRig is one delivery test's world: pages, a broker, topics and a
// group of their own, the URLs fed, and the run processes started.
type deliveryRig struct {
	t      *testing.T
	bin    string
	broker string
	srv    *httptest.Server
	name   string
	env    []string
	urls   []string
	class  map[string]string // URL -> expected dead-letter class, "" for an article
	// where says where each URL sits on the URL topic (see locate).
	where map[string]kafka.Message
}

func newDeliveryRig(t *testing.T, broker string) *deliveryRig {
	t.Helper()
	return newRig(t, broker, deliveryURLs)
}

// newRig sets up a rig whose URLs are n pages of deliveryPages (with hang,
// which may be nil).
func newRig(t *testing.T, broker string, n int, hang ...func(int) bool) *deliveryRig {
	t.Helper()
	r := &deliveryRig{
		t:      t,
		bin:    newsnerBinary(t),
		broker: broker,
		name:   fmt.Sprintf("%s-%d", strings.TrimPrefix(t.Name(), "TestDelivery"), time.Now().UnixNano()),
		env:    append(os.Environ(), "NEWSNER_BROKERS="+broker),
		class:  map[string]string{},
	}
	var h func(int) bool
	if len(hang) > 0 {
		h = hang[0]
	}
	r.srv = deliveryPages(t, n, h)
	for i := range n {
		u := fmt.Sprintf("%s/d/%d", r.srv.URL, i)
		r.urls = append(r.urls, u)
		r.class[u] = deliveryClass(i)
	}
	return r
}

// feed puts the URLs on the URL topic (created with deliveryPartitions
// partitions if no run process has created it yet).
func (r *deliveryRig) feed() {
	r.t.Helper()
	feed := exec.Command(r.bin, "feed", "--quiet", "--partitions", fmt.Sprint(deliveryPartitions), "--topic", r.topic("urls"), "-")
	feed.Env = r.env
	feed.Stdin = strings.NewReader(strings.Join(r.urls, "\n") + "\n")
	if out, err := feed.CombinedOutput(); err != nil {
		r.t.Fatalf("newsner feed: %v\n%s", err, out)
	}
}

// locate returns where the URL sits on the URL topic, reading the topic the
// first time.
func (r *deliveryRig) locate(u string) kafka.Message {
	r.t.Helper()
	if r.where == nil {
		r.where = map[string]kafka.Message{}
		for _, m := range readTopic(r.t, r.broker, r.topic("urls")) {
			r.where[string(m.Value)] = m
		}
		if len(r.where) != len(r.urls) {
			r.t.Fatalf("%d URLs on the URL topic, want %d", len(r.where), len(r.urls))
		}
	}
	return r.where[u]
}

func (r *deliveryRig) topic(kind string) string { return kind + "." + r.name }
func (r *deliveryRig) group() string            { return "g." + r.name }

// runProc is a `newsner run` process.
type runProc struct {
	name   string
	cmd    *exec.Cmd
	log    *fakes.Buffer
	exited chan struct{}
	err    error // set once exited is closed
}

// start starts a `newsner run` process of the rig's group, with extra flags.
// It is killed at cleanup if still running.
func (r *deliveryRig) start(name string, extra ...string) *runProc {
	r.t.Helper()
	args := []string{"run", "--group", r.group(),
		"--topic", r.topic("urls"), "--articles-topic", r.topic("articles"),
		"--raw-topic", r.topic("raw"), "--dlq-topic", r.topic("dlq"),
		"--partitions", fmt.Sprint(deliveryPartitions),
		"--workers", fmt.Sprint(deliveryWorkers), "--drain-timeout", deliveryDrain.String(),
		"--allow-private-networks", "--per-host-rate", "inf", "--per-host-concurrency", "16", "--ignore-robots",
		"--log-format", "json"}
	args = append(args, extra...)
	p := &runProc{name: name, cmd: exec.Command(r.bin, args...), log: &fakes.Buffer{}, exited: make(chan struct{})}
	p.cmd.Env = r.env
	p.cmd.Stdout, p.cmd.Stderr = p.log, p.log
	if err := p.cmd.Start(); err != nil {
		r.t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.exited)
	}()
	r.t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			p.cmd.Process.Kill()
			<-p.exited
		}
		if r.t.Failed() {
			r.t.Logf("log of %s (last 60 lines):\n%s", p.name, p.log.Tail(60))
		}
	})
	return p
}

// kill SIGKILLs the process and waits for it to be gone.
func (p *runProc) kill() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.exited
}

// terminate sends SIGTERM and waits up to within for the exit; it returns
// how long that took and the exit error.
func (p *runProc) terminate(t *testing.T, within time.Duration) (time.Duration, error) {
	t.Helper()
	start := time.Now()
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
		return time.Since(start), p.err
	case <-time.After(within):
		p.kill()
		t.Fatalf("%s did not exit within %v of SIGTERM\n%s", p.name, within, p.log.Tail(40))
		return 0, nil
	}
}

// assignments returns the partition lists the process logged being
// assigned, in order.
func (p *runProc) assignments() [][]int {
	var out [][]int
	sc := bufio.NewScanner(bytes.NewReader(p.log.Bytes()))
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		var line struct {
			Msg        string `json:"msg"`
			Partitions []int  `json:"partitions"`
		}
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "kafka source: assigned" {
			out = append(out, line.Partitions)
		}
	}
	return out
}

// current returns the process's latest assignment (nil before any).
func (p *runProc) current() []int {
	a := p.assignments()
	if len(a) == 0 {
		return nil
	}
	return a[len(a)-1]
}

// written returns how many records (articles and dead letters, duplicates
// included) are on the output topics.
func (r *deliveryRig) written() int64 {
	a, _ := countTopic(r.broker, r.topic("articles"))
	d, _ := countTopic(r.broker, r.topic("dlq"))
	return a + d
}

// waitWritten waits until at least n records are written.
func (r *deliveryRig) waitWritten(n int64, within time.Duration, procs ...*runProc) {
	r.t.Helper()
	r.waitFor(fmt.Sprintf("%d records", n), within, func() bool { return r.written() >= n }, procs...)
}

// waitFor polls cond until it holds, failing after within (with the logs of
// procs) or as soon as one of procs exits.
func (r *deliveryRig) waitFor(what string, within time.Duration, cond func() bool, procs ...*runProc) {
	r.t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		for _, p := range procs {
			select {
			case <-p.exited:
				r.t.Fatalf("%s exited (%v) while waiting for %s\n%s", p.name, p.err, what, p.log.Tail(40))
			default:
			}
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("timed out after %v waiting for %s (%d records written, committed %v, end %v)",
				within, what, r.written(), r.committed(), r.endOffsets())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// waitAllCommitted waits until the group's committed offsets stand at the
// end of every partition of the URL topic.
func (r *deliveryRig) waitAllCommitted(within time.Duration, procs ...*runProc) {
	r.t.Helper()
	end := r.endOffsets()
	r.waitFor("offsets committed at the end of the URL topic", within, func() bool {
		c := r.committed()
		for p, e := range end {
			if c[p] != e {
				return false
			}
		}
		return true
	}, procs...)
}

// endOffsets returns the high watermark of each partition of the URL topic.
func (r *deliveryRig) endOffsets() map[int]int64 {
	r.t.Helper()
	return kafkatest.EndOffsets(r.t, r.broker, r.topic("urls"))
}

// committed returns the group's committed offset of each partition of the
// URL topic (-1: none), or nil if the broker does not answer.
func (r *deliveryRig) committed() map[int]int64 {
	c, err := kafkatest.TryCommitted(r.broker, r.group(), r.topic("urls"), deliveryPartitions)
	if err != nil {
		return nil
	}
	return c
}

// mustCommitted is committed, failing the test if the broker does not
// answer.
func (r *deliveryRig) mustCommitted() map[int]int64 {
	r.t.Helper()
	return kafkatest.Committed(r.t, r.broker, r.group(), r.topic("urls"), deliveryPartitions)
}

// output is what the output topics hold.
type output struct {
	articles, deadLetters int // records, duplicates included
	// perURL counts the records of each input URL by kind.
	articleOf, deadLetterOf map[string]int
	// dupURLs are the input URLs with more than one record.
	dupURLs []string
	// dups counts records beyond the first per article id (articles) or
	// per URL (dead letters).
	dups int
	// times are the producer timestamps of all records.
	times []time.Time
	// first is the producer timestamp of each input URL's first record.
	first map[string]time.Time
}

// read reads the output topics back and checks that every URL fed has at
// least one record, of the kind it should, and nothing else is there.
func (r *deliveryRig) read() output {
	r.t.Helper()
	o := r.readOutput()
	r.checkEveryURL(o)
	return o
}

// readOutput reads the output topics back, checking each record's schema
// and, for dead letters, class.
func (r *deliveryRig) readOutput() output {
	r.t.Helper()
	t := r.t
	o := output{articleOf: map[string]int{}, deadLetterOf: map[string]int{}, first: map[string]time.Time{}}
	seen := func(u string, ts time.Time) {
		o.times = append(o.times, ts)
		if f, ok := o.first[u]; !ok || ts.Before(f) {
			o.first[u] = ts
		}
	}
	byID := map[string]int{}
	idURL := map[string]string{}
	for _, m := range readTopic(t, r.broker, r.topic("articles")) {
		var a newsner.Article
		if err := json.Unmarshal(m.Value, &a); err != nil {
			t.Fatalf("article record is not JSON: %v", err)
		}
		if a.ID == "" || string(m.Key) != a.ID {
			t.Errorf("article record key %q, id %q", m.Key, a.ID)
		}
		if u, ok := idURL[a.ID]; ok && u != a.URL {
			t.Errorf("id %s for both %s and %s", a.ID, u, a.URL)
		}
		idURL[a.ID] = a.URL
		byID[a.ID]++
		o.articleOf[a.URL]++
		o.articles++
		seen(a.URL, m.Time)
	}
	for _, m := range readTopic(t, r.broker, r.topic("dlq")) {
		var d newsner.DeadLetter
		if err := json.Unmarshal(m.Value, &d); err != nil {
			t.Fatalf("dead letter is not JSON: %v", err)
		}
		if want, fed := r.class[d.URL]; !fed || want != d.Class {
			t.Errorf("dead letter for %s: class %q (%s), want %q", d.URL, d.Class, d.Error, want)
		}
		o.deadLetterOf[d.URL]++
		o.deadLetters++
		seen(d.URL, m.Time)
	}
	for id, c := range byID {
		if c > 1 {
			o.dups += c - 1
			o.dupURLs = append(o.dupURLs, idURL[id])
		}
	}
	for u, c := range o.deadLetterOf {
		if c > 1 {
			o.dups += c - 1
			o.dupURLs = append(o.dupURLs, u)
		}
	}
	return o
}

// checkEveryURL checks that every URL fed has at least one record, of the
// kind it should, and that there are records for nothing else.
func (r *deliveryRig) checkEveryURL(o output) {
	r.t.Helper()
	t := r.t
	missing := 0
	for _, u := range r.urls {
		a, d := o.articleOf[u], o.deadLetterOf[u]
		switch {
		case a == 0 && d == 0:
			missing++
			if missing <= 20 {
				m := r.locate(u)
				t.Errorf("LOST: %s (partition %d, offset %d) has no record", u, m.Partition, m.Offset)
			}
		case r.class[u] == "" && d > 0:
			t.Errorf("%s: %d dead letters, want an article", u, d)
		case r.class[u] != "" && a > 0:
			t.Errorf("%s: %d articles, want a %s dead letter", u, a, r.class[u])
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d URLs have no record", missing, len(r.urls))
	}
	if n := len(o.articleOf) + len(o.deadLetterOf); n != len(r.urls) {
		t.Errorf("records for %d distinct URLs, want %d", n, len(r.urls))
	}
}

// checkDuplicates checks that the duplicates come from what was in flight
// at a fault, that is handed out and not committed:
//
//   - each duplicated URL sits at or above its partition's offset committed
//     at the fault (atFault: read just after it, or just before it where the
//     broker is what fails): nothing committed is done again;
//   - duplicates number at most the workers of the processes that lost work
//     (jobs in flight) plus the URLs done but not committed at the fault
//     (a record written before it, at or above atFault);
//   - and those lag the fault by no more than faultSlack: they number at
//     most the records written in the faultSlack before it.
func (r *deliveryRig) checkDuplicates(o output, atFault map[int]int64, procs int, from time.Time) {
	r.t.Helper()
	r.checkDuplicatesSlack(o, atFault, procs, from, faultSlack)
}

// checkDuplicatesSlack is checkDuplicates with another slack: how long a
// job may hold its partition's commit point back.
func (r *deliveryRig) checkDuplicatesSlack(o output, atFault map[int]int64, procs int, from time.Time, slack time.Duration) {
	r.t.Helper()
	for _, u := range o.dupURLs {
		m := r.locate(u)
		if c := atFault[m.Partition]; m.Offset < c {
			r.t.Errorf("%s (partition %d, offset %d) processed twice though the group had committed offset %d before the fault",
				u, m.Partition, m.Offset, c)
		}
	}
	window := 0
	for _, ts := range o.times {
		if !ts.Before(from.Add(-slack)) && ts.Before(from) {
			window++
		}
	}
	uncommitted := 0
	for u, ts := range o.first {
		if m := r.locate(u); ts.Before(from) && m.Offset >= atFault[m.Partition] {
			uncommitted++
		}
	}
	bound := procs*deliveryWorkers + uncommitted
	r.t.Logf("duplicate bound: %d workers + %d URLs done but not committed at the fault = %d (records written in the %v before it: %d)",
		procs*deliveryWorkers, uncommitted, bound, slack, window)
	if o.dups > bound {
		r.t.Errorf("%d duplicates, more than the %d that were in flight", o.dups, bound)
	}
	if uncommitted > window {
		r.t.Errorf("%d URLs done but not committed at the fault, more than the %d records written in the %v before it: commits lag",
			uncommitted, window, slack)
	}
}

func (r *deliveryRig) report(what string, o output) {
	r.t.Logf("%s: %d URLs fed; %d records (%d articles, %d dead letters); %d duplicates; %d distinct URLs with a record",
		what, len(r.urls), o.articles+o.deadLetters, o.articles, o.deadLetters, o.dups,
		len(o.articleOf)+len(o.deadLetterOf))
}

// expectExit0 SIGTERMs each process and expects a clean exit within the
// drain timeout plus time to leave the group and flush.
func expectExit0(t *testing.T, procs ...*runProc) {
	t.Helper()
	for _, p := range procs {
		took, err := p.terminate(t, deliveryDrain+20*time.Second)
		if err != nil {
			t.Errorf("%s: exit %v after SIGTERM\n%s", p.name, err, p.log.Tail(40))
		}
		t.Logf("%s exited %v after SIGTERM in %v", p.name, err, took.Round(time.Millisecond))
		if limit := deliveryDrain + 5*time.Second; took > limit {
			t.Errorf("%s took %v to exit after SIGTERM, more than --drain-timeout %v plus 5s", p.name, took, deliveryDrain)
		}
	}
}

// stopLine returns the last line a stopped process logged ("newsner run
// stopped ...") as JSON, and whether there was one.
func (p *runProc) stopLine() (map[string]any, bool) { return p.lastLine("newsner run stopped") }

// lastLine returns the last JSON line the process logged whose message
// starts with prefix, and whether there was one.
func (p *runProc) lastLine(prefix string) (map[string]any, bool) {
	var last map[string]any
	sc := bufio.NewScanner(bytes.NewReader(p.log.Bytes()))
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		var rec map[string]any
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue
		}
		if msg, _ := rec["msg"].(string); strings.HasPrefix(msg, prefix) {
			last = rec
		}
	}
	return last, last != nil
}

// stopping returns when the process took its stop signal (the time of its
// "stopping: ..." line, logged as the signal cancels the run) and the jobs
// it then held (in_flight), and whether it logged the line.
func (p *runProc) stopping() (at time.Time, inFlight int, ok bool) {
	rec, ok := p.lastLine("stopping:")
	if !ok {
		return time.Time{}, 0, false
	}
	ts, _ := rec["time"].(string)
	at, err := time.Parse(time.RFC3339Nano, ts)
	n, _ := rec["in_flight"].(float64)
	return at, int(n), err == nil
}

// expectStopped checks what a process stopped by SIGTERM said of its work:
// clean (everything done committed) or leaving URLs to do again, and how
// many (urls_left).
func expectStopped(t *testing.T, p *runProc, clean bool) {
	t.Helper()
	rec, ok := p.stopLine()
	if !ok {
		t.Errorf("%s: no \"newsner run stopped\" line\n%s", p.name, p.log.Tail(20))
		return
	}
	msg, _ := rec["msg"].(string)
	left, _ := rec["urls_left"].(float64)
	saysClean := strings.Contains(msg, "stopped cleanly")
	switch {
	case clean && (!saysClean || left != 0):
		t.Errorf("%s: a clean stop said %q (urls_left %v), want \"stopped cleanly\"", p.name, msg, rec["urls_left"])
	case !clean && (saysClean || left < 1):
		t.Errorf("%s: a stop that left URLs undone said %q (urls_left %v), want it to say how many it left", p.name, msg, rec["urls_left"])
	}
}

// TestDeliverySIGKILL kills a run process with SIGKILL a third of the way
// through and starts another: every URL ends with a record.
func TestDeliverySIGKILL(t *testing.T) {
	r := newDeliveryRig(t, kafkatest.Addr(t))
	r.feed()
	start := time.Now()
	a := r.start("run-1")
	r.waitWritten(deliveryURLs/3, 90*time.Second, a)
	killed := time.Now()
	a.kill()
	atKill := r.mustCommitted()
	t.Logf("SIGKILL after %v with %d records written; committed %v", killed.Sub(start).Round(time.Millisecond), r.written(), atKill)

	b := r.start("run-2")
	r.waitAllCommitted(90*time.Second, b)
	t.Logf("all committed %v after the kill", time.Since(killed).Round(time.Millisecond))
	expectExit0(t, b)
	o := r.read()
	r.report("SIGKILL", o)
	r.checkDuplicates(o, atKill, 1, killed)
}

// TestDeliveryMemberDies runs two processes in one group and SIGKILLs one:
// the other takes over its partitions and every URL ends with a record.
func TestDeliveryMemberDies(t *testing.T) {
	r := newDeliveryRig(t, kafkatest.Addr(t))
	// Both join before there is work, so that each has its share when the
	// kill comes.
	a, b := r.start("run-a"), r.start("run-b")
	r.waitFor("both members to hold partitions", 60*time.Second, func() bool {
		return len(a.current()) > 0 && len(b.current()) > 0 && len(a.current())+len(b.current()) == deliveryPartitions
	}, a, b)
	r.feed()
	r.waitWritten(deliveryURLs/3, 90*time.Second, a, b)
	lost := a.current()
	killed := time.Now()
	a.kill()
	atKill := r.mustCommitted()
	t.Logf("SIGKILL run-a (partitions %v) with %d records written; committed %v", lost, r.written(), atKill)

	r.waitFor("run-b to take over every partition", 60*time.Second, func() bool {
		return len(b.current()) == deliveryPartitions
	}, b)
	t.Logf("run-b holds partitions %v %v after the kill", b.current(), time.Since(killed).Round(time.Millisecond))
	r.waitAllCommitted(90*time.Second, b)
	expectExit0(t, b)
	o := r.read()
	r.report("member dies", o)
	r.checkDuplicates(o, atKill, 1, killed)
}

// TestDeliverySIGTERM stops a run process with SIGTERM mid-run: it exits 0
// within the drain timeout, with the output of every URL it took written and
// committed (none done beyond the committed offsets, none below them
// without output). A second process does the rest, and a third, started
// after that, finds nothing to do. No URL is processed twice.
func TestDeliverySIGTERM(t *testing.T) {
	r := newDeliveryRig(t, kafkatest.Addr(t))
	r.feed()
	a := r.start("run-1")
	r.waitWritten(deliveryURLs/3, 90*time.Second, a)
	expectExit0(t, a)
	expectStopped(t, a, true)
	atTerm := r.mustCommitted()
	o := r.readOutput()
	// Records written after the process took the signal: the work that
	// was in flight. The instant is the process's own (its "stopping"
	// line), not the test's before sending: on a loaded machine a worker
	// can finish a job and take the next one between the two, and both
	// records came after the test's clock (9 from 8 workers, CI ci120).
	termed, inFlight, ok := a.stopping()
	if !ok {
		t.Fatalf("run-1 logged no \"stopping:\" line with its time after SIGTERM\n%s", a.log.Tail(20))
	}
	late := 0
	for _, ts := range o.times {
		if ts.After(termed) {
			late++
		}
	}
	t.Logf("SIGTERM with %d jobs in flight: %d records written after the signal; committed %v", inFlight, late, atTerm)
	if late == 0 {
		t.Errorf("no record written after SIGTERM: nothing was in flight, so the drain was not tested")
	}
	if late > inFlight || inFlight > deliveryWorkers {
		t.Errorf("%d records written after SIGTERM, %d jobs in flight at it, %d workers: new work was taken after the signal", late, inFlight, deliveryWorkers)
	}
	// Exactly the URLs below the committed offsets have output.
	for _, u := range r.urls {
		m := r.locate(u)
		has := o.articleOf[u]+o.deadLetterOf[u] > 0
		below := m.Offset < atTerm[m.Partition]
		if has != below {
			t.Errorf("after SIGTERM: %s (partition %d, offset %d, committed %d): output %v", u, m.Partition, m.Offset, atTerm[m.Partition], has)
		}
	}

	b := r.start("run-2")
	r.waitAllCommitted(90*time.Second, b)
	expectExit0(t, b)
	before := r.written()

	c := r.start("run-3")
	r.waitFor("run-3 to join", 60*time.Second, func() bool { return len(c.current()) == deliveryPartitions }, c)
	time.Sleep(3 * time.Second)
	if after := r.written(); after != before {
		t.Errorf("run-3 wrote %d records; there was nothing left to do", after-before)
	}
	expectExit0(t, c)
	o = r.read()
	r.report("SIGTERM", o)
	if o.dups != 0 {
		t.Errorf("%d duplicates after a clean stop, want 0: %v", o.dups, o.dupURLs)
	}
}

// TestDeliveryBrokerRestart stops the broker a third of the way through and
// starts it again a few seconds later: the run process rides it out, and
// every URL ends with a record.
func TestDeliveryBrokerRestart(t *testing.T) {
	b := kafkatest.StartBroker(t) // stopped without disturbing the tests that share the main broker
	r := newDeliveryRig(t, b.Addr)
	r.feed()
	a := r.start("run-1")
	r.waitWritten(deliveryURLs/3, 90*time.Second, a)
	atStop := r.mustCommitted()
	stopped := time.Now()
	b.Stop()
	down := time.Now()
	t.Logf("broker stopped in %v; committed just before %v", down.Sub(stopped).Round(time.Millisecond), atStop)
	time.Sleep(3 * time.Second)
	b.Start()
	t.Logf("broker back after %v", time.Since(stopped).Round(time.Millisecond))
	r.waitAllCommitted(90*time.Second, a)
	t.Logf("all committed %v after the broker was stopped", time.Since(stopped).Round(time.Millisecond))
	expectExit0(t, a)
	o := r.read()
	r.report("broker restart", o)
	r.checkDuplicates(o, atStop, 1, stopped)
}

// TestDeliverySIGTERMDeadline stops a run process with SIGTERM while some
// of its workers wait on pages that do not answer: it exits 0 within
// --drain-timeout (plus a little to commit and leave), the URLs it could
// not finish are not committed, and a second process (to which the pages
// answer) does them. A page that does not answer holds its partition's
// commit point back for as long, so the duplicates are bounded by the
// workers plus everything done since the first run started.
func TestDeliverySIGTERMDeadline(t *testing.T) {
	const n, drain = 200, 2 * time.Second
	var mu sync.Mutex
	hang, hanging := true, 0 // every 10th page does not answer while hang is set
	r := newRig(t, kafkatest.Addr(t), n, func(i int) bool {
		mu.Lock()
		defer mu.Unlock()
		if i%10 != 5 || !hang {
			return false
		}
		hanging++
		return true
	})
	r.feed()
	started := time.Now()
	a := r.start("run-1", "--drain-timeout", drain.String())
	r.waitFor("workers stuck on pages that do not answer", 60*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return hanging >= 3 && r.written() >= 30
	}, a)
	termed := time.Now()
	took, err := a.terminate(t, drain+30*time.Second)
	mu.Lock()
	hang = false
	mu.Unlock()
	if err != nil {
		t.Errorf("run-1: exit %v after SIGTERM\n%s", err, a.log.Tail(40))
	}
	t.Logf("run-1 exited %v %v after SIGTERM with %d pages hanging (--drain-timeout %v)", err, took.Round(time.Millisecond), hanging, drain)
	if limit := drain + 5*time.Second; took > limit {
		t.Errorf("run-1 took %v to exit after SIGTERM, more than --drain-timeout %v plus 5s", took, drain)
	}
	// The pages that never answered were cut off by the drain's end: run
	// says it left them (walk43: it said "stopped cleanly: the work done
	// is committed").
	expectStopped(t, a, false)
	atTerm := r.mustCommitted()
	o := r.readOutput()
	for _, u := range r.urls {
		m := r.locate(u)
		has := o.articleOf[u]+o.deadLetterOf[u] > 0
		if m.Offset < atTerm[m.Partition] && !has {
			t.Errorf("LOST: %s (partition %d, offset %d) committed (%d) without output", u, m.Partition, m.Offset, atTerm[m.Partition])
		}
	}

	b := r.start("run-2")
	r.waitAllCommitted(90*time.Second, b)
	expectExit0(t, b)
	o = r.read()
	r.report("SIGTERM past the deadline", o)
	r.checkDuplicatesSlack(o, atTerm, 1, termed, termed.Sub(started))
}

// TestDeliveryUnwritableRecord runs against an articles topic that refuses
// articles over 64 KB, with one such article among the URLs: its write fails
// for good, the process exits non-zero rather than skip the URL, and the
// group's offsets never move past a URL without a record, that one above
// all.
func TestDeliveryUnwritableRecord(t *testing.T) {
	const n = 200
	r := newRig(t, kafkatest.Addr(t), n)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := nkafka.EnsureTopics(ctx, nkafka.Config{Brokers: []string{r.broker}}, kafka.TopicConfig{
		Topic: r.topic("articles"), NumPartitions: 1, ReplicationFactor: 1,
		ConfigEntries: []kafka.ConfigEntry{{ConfigName: "max.message.bytes", ConfigValue: "65536"}},
	}); err != nil {
		t.Fatal(err)
	}
	big := r.srv.URL + "/big"
	r.urls = slices.Insert(r.urls, n/2, big)
	r.class[big] = ""
	r.feed()
	a := r.start("run-1")
	select {
	case <-a.exited:
	case <-time.After(60 * time.Second):
		t.Fatalf("run-1 still running a minute after its writes started failing\n%s", a.log.Tail(40))
	}
	if a.err == nil {
		t.Errorf("run-1 exited 0 though an article could not be written\n%s", a.log.Tail(20))
	}
	if !strings.Contains(string(a.log.Bytes()), "write article") {
		t.Errorf("run-1's log does not say an article write failed\n%s", a.log.Tail(20))
	}
	committed := r.mustCommitted()
	o := r.readOutput()
	below := 0
	for _, u := range r.urls {
		m := r.locate(u)
		if m.Offset >= committed[m.Partition] {
			continue
		}
		below++
		if o.articleOf[u]+o.deadLetterOf[u] == 0 {
			t.Errorf("LOST: %s (partition %d, offset %d) below the committed offset %d without a record",
				u, m.Partition, m.Offset, committed[m.Partition])
		}
	}
	t.Logf("unwritable article: run-1 exited %v; %d articles, %d dead letters written; %d URLs below the committed offsets %v, all with a record",
		a.err, o.articles, o.deadLetters, below, committed)
	if m := r.locate(big); m.Offset >= committed[m.Partition] {
		t.Logf("the unwritable URL (partition %d, offset %d) stays above the committed offset %d", m.Partition, m.Offset, committed[m.Partition])
	} else {
		t.Errorf("committed offset %d moved past the unwritable URL (partition %d, offset %d)", committed[m.Partition], m.Partition, m.Offset)
	}
	if below == 0 {
		t.Errorf("nothing was committed before the failure: the test proves nothing")
	}
}
