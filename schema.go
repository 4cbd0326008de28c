package newsner

import _ "embed"

// ArticleJSONSchema is the JSON Schema (draft 2020-12) of the article record,
// article.schema.json beside this file.
//
//go:embed article.schema.json
var ArticleJSONSchema []byte
