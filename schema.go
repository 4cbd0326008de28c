package newsner

import (
	_ "embed"
	"encoding/json"
)

// ArticleJSONSchema is the JSON Schema (draft 2020-12) of the article record,
// article.schema.json beside this file.
//
//go:embed article.schema.json
var ArticleJSONSchema []byte

// RecordSchema returns the schema a JSON record names in its "schema" field
// (ArticleSchema, DeadLetterSchema, URLSchema, RawSchema; "" where it names
// none), so that a reader of a topic or stream of several kinds knows what
// to decode it as. The error is JSON's, for a value that is not an object.
func RecordSchema(value []byte) (string, error) {
	var head struct {
		Schema string `json:"schema"`
	}
	if err := json.Unmarshal(value, &head); err != nil {
		return "", err
	}
	return head.Schema, nil
}
