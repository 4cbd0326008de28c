package kafka

import (
	"encoding/json"
	"fmt"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner"
)

// RawMessage returns the raw topic's record of a page: newsner.RawPage
// JSON keyed by the article ID the page produced, so that the compacted
// topic keeps the newest copy of each page.
func RawMessage(topic, id string, page newsner.Page) (kgo.Message, error) {
	v, err := json.Marshal(newsner.RawPage{Schema: newsner.RawSchema, ID: id, Page: page})
	if err != nil {
		return kgo.Message{}, fmt.Errorf("encode raw page %s: %w", id, err)
	}
	return kgo.Message{
		Topic:   topic,
		Key:     []byte(id),
		Value:   v,
		Headers: []kgo.Header{{Key: "schema", Value: []byte(newsner.RawSchema)}},
	}, nil
}

// ParseRaw decodes a raw-topic record into its page and article ID. A
// record that is not JSON is EInvalid, one of another schema EUnsupported
// (its URL and schema clipped in the message: a record is up to 16 MiB).
func ParseRaw(v []byte) (*newsner.Page, string, error) {
	var rp newsner.RawPage
	if err := json.Unmarshal(v, &rp); err != nil {
		return nil, "", &newsner.Error{Code: newsner.EInvalid, Message: "decode raw page", Err: err}
	}
	if rp.Schema != newsner.RawSchema {
		return nil, "", newsner.Errorf(newsner.EUnsupported, "raw page %s: schema %q, want %q",
			newsner.Clip(rp.URL, 300), newsner.Clip(rp.Schema, 40), newsner.RawSchema)
	}
	page := rp.Page
	return &page, rp.ID, nil
}
