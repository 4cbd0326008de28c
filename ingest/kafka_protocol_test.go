package ingest

import (
	"context"
	"encoding/binary"
	"net"
	"sort"
	"sync"
)

// apiRecorder records the Kafka requests a client sends, as (API key,
// version) pairs, by reading the request headers off the connections it
// dials. It proves which protocol versions kafka-go negotiated with the
// broker.
type apiRecorder struct {
	mu   sync.Mutex
	seen map[int16]map[int16]int
}

// Kafka API keys the tests look for.
const (
	apiProduce       = 0
	apiFetch         = 1
	apiListOffsets   = 2
	apiMetadata      = 3
	apiOffsetCommit  = 8
	apiOffsetFetch   = 9
	apiFindCoord     = 10
	apiJoinGroup     = 11
	apiHeartbeat     = 12
	apiLeaveGroup    = 13
	apiSyncGroup     = 14
	apiSaslHandshake = 17
	apiVersions      = 18
	apiCreateTopics  = 19
	apiSaslAuth      = 36
)

func newAPIRecorder() *apiRecorder {
	return &apiRecorder{seen: map[int16]map[int16]int{}}
}

// dial is a kafka-go Dial function.
func (r *apiRecorder) dial(ctx context.Context, network, address string) (net.Conn, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, network, address)
	if err != nil {
		return nil, err
	}
	return &recordingConn{Conn: c, rec: r}, nil
}

// versions returns the versions seen for an API, ascending.
func (r *apiRecorder) versions(key int16) []int16 {
	r.mu.Lock()
	defer r.mu.Unlock()
	var vs []int16
	for v := range r.seen[key] {
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i] < vs[j] })
	return vs
}

func (r *apiRecorder) note(key, version int16) {
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
	rec  *apiRecorder
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
