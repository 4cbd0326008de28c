package kafka

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"
)

// TestMetadataHints: a first request that times out says why by whether a
// connection was made: a broker that cannot be reached (its packets
// dropped: no connection) is not asked whether it is a Kafka broker, as a
// server that accepted and stayed silent is.
func TestMetadataHints(t *testing.T) {
	silent, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	go func() {
		for {
			c, err := silent.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	dropped := func(ctx context.Context, network, address string) (net.Conn, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	for _, c := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"dropped", Config{Brokers: []string{"192.0.2.1:9092"}, Dial: dropped}, "no connection: is the address right and the broker reachable"},
		{"silent", Config{Brokers: []string{silent.Addr().String()}}, "is this a Kafka broker?"},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		_, err := Metadata(ctx, c.cfg)
		cancel()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}
