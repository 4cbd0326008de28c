// Package kafkatest has helpers for tests of newsner's Kafka clients
// against a real broker: a Recorder that reads the protocol versions a
// client sends off the wire (to prove what kafka-go negotiates with Kafka 4),
// an Outage that cuts a client off from the broker and lets it back, Addr
// and StartBroker for the shared broker or one of a test's own, EndOffsets
// and Committed for a topic's end and a group's progress, and Write, which
// writes test messages again while a new topic is not ready.
package kafkatest

import (
	"context"
	"encoding/binary"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
)

// Recorder records the Kafka requests a client sends, as (API key,
// version) pairs, by reading the request headers off the connections it
// dials. It proves which protocol versions kafka-go negotiated with the
// broker.
type Recorder struct {
	mu   sync.Mutex
	seen map[int16]map[int16]int
}

// Kafka API keys.
const (
	APIProduce       = 0
	APIFetch         = 1
	APIListOffsets   = 2
	APIMetadata      = 3
	APIOffsetCommit  = 8
	APIOffsetFetch   = 9
	APIFindCoord     = 10
	APIJoinGroup     = 11
	APIHeartbeat     = 12
	APILeaveGroup    = 13
	APISyncGroup     = 14
	APISaslHandshake = 17
	APIVersions      = 18
	APICreateTopics  = 19
	APISaslAuth      = 36
)

// NewRecorder returns a Recorder that has seen no request yet.
func NewRecorder() *Recorder {
	return &Recorder{seen: map[int16]map[int16]int{}}
}

// Dial is a kafka-go Dial function: use it as a config's Dial.
func (r *Recorder) Dial(ctx context.Context, network, address string) (net.Conn, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, network, address)
	if err != nil {
		return nil, err
	}
	return &recordingConn{Conn: c, rec: r}, nil
}

// Versions returns the versions seen for an API, ascending.
func (r *Recorder) Versions(key int16) []int16 {
	r.mu.Lock()
	defer r.mu.Unlock()
	var vs []int16
	for v := range r.seen[key] {
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i] < vs[j] })
	return vs
}

// Count returns how many requests of an API were sent, all versions.
func (r *Recorder) Count(key int16) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, c := range r.seen[key] {
		n += c
	}
	return n
}

func (r *Recorder) note(key, version int16) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.seen[key] == nil {
		r.seen[key] = map[int16]int{}
	}
	r.seen[key][version]++
}

// recordingConn parses the stream of requests written to it: each is a
// 4-byte size followed by that many bytes, starting with the API key and
// version. Once SASL authentication is under way the stream carries raw
// SASL tokens, which it skips the same way (they are size-prefixed too).
type recordingConn struct {
	net.Conn
	rec  *Recorder
	mu   sync.Mutex
	buf  []byte
	skip int // bytes of the current request still to skip
}

func (c *recordingConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	c.consume(p)
	c.mu.Unlock()
	return c.Conn.Write(p)
}

func (c *recordingConn) consume(p []byte) {
	for len(p) > 0 {
		if c.skip > 0 {
			n := min(c.skip, len(p))
			c.skip -= n
			p = p[n:]
			continue
		}
		c.buf = append(c.buf, p...)
		p = nil
		for c.skip == 0 && len(c.buf) >= 8 {
			size := int(binary.BigEndian.Uint32(c.buf[0:4]))
			key := int16(binary.BigEndian.Uint16(c.buf[4:6]))
			version := int16(binary.BigEndian.Uint16(c.buf[6:8]))
			if size >= 4 && key >= 0 && key < 100 {
				c.rec.note(key, version)
			}
			total := 4 + size
			if len(c.buf) >= total {
				c.buf = c.buf[total:]
				continue
			}
			c.skip = total - len(c.buf)
			c.buf = c.buf[:0]
		}
	}
}

// CheckVersions proves the requests kafka-go sent used versions the broker
// serves (Kafka 4 removed many old ones), and that each API in want was used.
func CheckVersions(t testing.TB, broker string, rec *Recorder, want ...int16) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := &kafka.Client{Addr: kafka.TCP(broker), Transport: &kafka.Transport{}} // fresh: no pooled connection to a restarted broker
	av, err := c.ApiVersions(ctx, &kafka.ApiVersionsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	served := map[int16][2]int16{}
	for _, k := range av.ApiKeys {
		served[int16(k.ApiKey)] = [2]int16{int16(k.MinVersion), int16(k.MaxVersion)}
	}
	names := map[int16]string{APIProduce: "Produce", APIFetch: "Fetch", APIListOffsets: "ListOffsets",
		APIMetadata: "Metadata", APIOffsetCommit: "OffsetCommit", APIOffsetFetch: "OffsetFetch",
		APIFindCoord: "FindCoordinator", APIJoinGroup: "JoinGroup", APIHeartbeat: "Heartbeat",
		APILeaveGroup: "LeaveGroup", APISyncGroup: "SyncGroup", APISaslHandshake: "SaslHandshake",
		APIVersions: "ApiVersions", APICreateTopics: "CreateTopics", APISaslAuth: "SaslAuthenticate"}
	var report []string
	for _, k := range want {
		vs := rec.Versions(k)
		if len(vs) == 0 {
			t.Errorf("no %s request seen", names[k])
			continue
		}
		r, ok := served[k]
		for _, v := range vs {
			if !ok || v < r[0] || v > r[1] {
				t.Errorf("%s v%d sent; the broker serves v%d-v%d", names[k], v, r[0], r[1])
			}
		}
		report = append(report, fmt.Sprintf("%s %v (broker v%d-v%d)", names[k], vs, r[0], r[1]))
	}
	t.Logf("kafka-go negotiated: %s", strings.Join(report, ", "))
}

// Outage simulates a broker outage for one client: Down drops every
// connection it dialled (use Dial as the client's Dial) and refuses new
// ones until Up.
type Outage struct {
	mu    sync.Mutex
	off   bool
	conns []net.Conn
}

// Dial is a kafka-go Dial function: it dials as net.Dialer does, keeping
// the connection for Down, and refuses (ECONNREFUSED) while the outage
// lasts.
func (o *Outage) Dial(ctx context.Context, network, address string) (net.Conn, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.off {
		return nil, &net.OpError{Op: "dial", Net: network, Err: syscall.ECONNREFUSED}
	}
	var d net.Dialer
	c, err := d.DialContext(ctx, network, address)
	if err == nil {
		o.conns = append(o.conns, c)
	}
	return c, err
}

// Down starts the outage: it closes every connection Dial made and has
// Dial refuse new ones.
func (o *Outage) Down() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.off = true
	for _, c := range o.conns {
		c.Close()
	}
	o.conns = nil
}

// Up ends the outage: Dial connects again.
func (o *Outage) Up() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.off = false
}
