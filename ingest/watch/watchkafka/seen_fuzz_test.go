package watchkafka

import (
	"encoding/json"
	"testing"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner/ingest/watch"
)

// FuzzSeenMessage: whatever a seen-topic message holds (its key, value and
// a tombstone's seen_at header), seenTime and seenRecorder never panic; a
// value that decodes with a seen_at is recorded at that time, and written
// again as SeenTopic.Add writes it, reads as the same time; a message with
// a key records its URL at seenTime (to the second: a Seen keeps seconds)
// where that is after the epoch (a Seen keeps no record before it, which
// Prune then tombstones); a tombstone forgets the URL unless its header
// says the record it ends is older than the one held. Seeds are the values
// SeenTopic.Add writes and TestSeenTopicExpiry's times. Run longer with
// go test -run '^$' -fuzz '^FuzzSeenMessage$' ./ingest/watch/watchkafka.
func FuzzSeenMessage(f *testing.F) {
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	add, _ := json.Marshal(seenValue{Source: "https://example.com/feed", SeenAt: at})
	for _, s := range [][3]string{
		{"https://example.com/a", string(add), ""},
		{"https://example.com/a", `{"seen_at":"2026-03-01T12:00:00.5+02:00"}`, ""},
		{"https://example.com/a", `{"seen_at":null}`, ""},
		{"https://example.com/a", `not json`, ""},
		{"https://example.com/a", "", "2026-03-01T11:00:00Z"},
		{"https://example.com/a", "", "2026-03-01T13:00:00Z"},
		{"", string(add), ""},
	} {
		f.Add([]byte(s[0]), []byte(s[1]), s[2], at.UnixNano())
	}
	f.Fuzz(func(t *testing.T, key, value []byte, header string, msgNanos int64) {
		m := kgo.Message{Key: key, Value: value, Time: time.Unix(0, msgNanos).UTC()}
		got := seenTime(m)
		var v seenValue
		if err := json.Unmarshal(value, &v); err == nil && !v.SeenAt.IsZero() {
			if !got.Equal(v.SeenAt) {
				t.Fatalf("seenTime(%q) = %v, want its seen_at %v", value, got, v.SeenAt)
			}
			again, err := json.Marshal(seenValue{Source: v.Source, SeenAt: got.UTC()})
			if err != nil {
				t.Fatalf("seen value %q does not write again: %v", value, err)
			}
			if back := seenTime(kgo.Message{Value: again}); !back.Equal(got) {
				t.Fatalf("seen value %q written again as %s reads as %v, want %v", value, again, back, got)
			}
		} else if !got.Equal(m.Time) {
			t.Fatalf("seenTime(%q) = %v, want the message's time %v", value, got, m.Time)
		}

		seen := watch.NewSeen()
		record := seenRecorder(seen)
		if err := record(m); err != nil {
			t.Fatalf("seenRecorder(%q, %q): %v", key, value, err)
		}
		u := string(key)
		held, ok := seen.Time(u)
		switch {
		case len(key) == 0 || len(value) == 0:
			if ok {
				t.Fatalf("message (%q, %q) recorded %q", key, value, u)
			}
		case got.Unix() >= 0:
			if !ok || held.Unix() != got.Unix() {
				t.Fatalf("message (%q, %q) recorded %q at %v, %v; want %v", key, value, u, held, ok, got)
			}
		}
		if len(key) == 0 || !ok {
			return
		}
		// A tombstone of the URL, with header as the time of the record
		// it ends.
		tomb := kgo.Message{Key: key, Headers: []kgo.Header{{Key: tombstoneHeader, Value: []byte(header)}}}
		if err := record(tomb); err != nil {
			t.Fatalf("tombstone of %q: %v", key, err)
		}
		ended, err := time.Parse(time.RFC3339, header)
		kept := err == nil && held.After(ended)
		if _, ok := seen.Time(u); ok != kept {
			t.Fatalf("tombstone of %q held at %v with seen_at %q: held %v, want %v", u, held, header, ok, kept)
		}
	})
}
