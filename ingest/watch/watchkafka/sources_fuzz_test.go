package watchkafka

import (
	"encoding/json"
	"slices"
	"testing"

	kgo "github.com/segmentio/kafka-go"
)

// FuzzSourceTable: whatever a sources-topic message holds, put never
// panics; a value that decodes sets its site's sources to the value's,
// and written again as PublishSources writes it and put again, leaves the
// same sources; a value that does not decode leaves the table as it was;
// a tombstone drops the site. Seeds are the values PublishSources writes.
// Run longer with go test -run '^$' -fuzz '^FuzzSourceTable$' ./ingest/watch/watchkafka.
func FuzzSourceTable(f *testing.F) {
	pub, _ := json.Marshal(siteSources{Site: "https://example.com", Sources: []string{"https://example.com/feed", "https://example.com/"}})
	for _, s := range [][2]string{
		{"https://example.com", string(pub)}, {"https://example.com", `{"sources":null}`},
		{"https://example.com", `{"sources":[1]}`}, {"https://example.com", ""}, {"", string(pub)}, {"x", "[]"},
	} {
		f.Add([]byte(s[0]), []byte(s[1]))
	}
	f.Fuzz(func(t *testing.T, key, value []byte) {
		old := []string{"https://old.example/feed"}
		table := &sourceTable{sites: map[string][]string{string(key): old}, pending: map[int]bool{}, changed: make(chan struct{}, 1)}
		table.put(kgo.Message{Key: key, Value: value})
		got, held := table.sites[string(key)]
		var v siteSources
		switch err := json.Unmarshal(value, &v); {
		case len(value) == 0:
			if held {
				t.Fatalf("tombstone of %q kept %q", key, got)
			}
			return
		case err != nil:
			if !held || !slices.Equal(got, old) {
				t.Fatalf("undecodable value %q changed the site's sources to %q, %v", value, got, held)
			}
			return
		case !held || !slices.Equal(got, v.Sources):
			t.Fatalf("value %q set the site's sources to %q, %v; want %q", value, got, held, v.Sources)
		}
		again, err := json.Marshal(siteSources{Site: string(key), Sources: got})
		if err != nil {
			t.Fatalf("sources %q do not write again: %v", got, err)
		}
		table.put(kgo.Message{Key: key, Value: again})
		if back := table.sites[string(key)]; !slices.Equal(back, got) {
			t.Fatalf("sources %q written again as %s read as %q", got, again, back)
		}
	})
}
