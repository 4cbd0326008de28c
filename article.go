// Package newsner holds the domain of newsner: the article record that every
// stage produces and every consumer decodes, with the entities and mentions
// it carries (article.go; its JSON Schema is article.schema.json, embedded by
// schema.go); the page it is made from and the raw-topic record that keeps
// it (page.go); the dead-letter record for a URL that could not be made into
// an article, and the error classes it and the metrics carry (error.go,
// with Wrap, Clip and Count: how a message adds context, quotes a long
// string and says a count); the URL record newsner watch writes and the hints it gives the
// article (hints.go); and what every input path shares: how a URL is
// trimmed, how long it may be and how large a body may be (input.go).
//
// The package has no dependencies beyond the standard library. Stages
// (ingest, extract, sink) import it and not each other; consumers import it to
// decode the JSON records newsner writes to stdout and to Kafka.
package newsner

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// ArticleSchema is the value of Article.Schema for this version of the
// record. A consumer should reject (or route elsewhere) records whose schema it
// does not know. Fields may be added within v1; none are removed or renamed.
const ArticleSchema = "newsner.article/v1"

// Article is the record newsner emits for each article: one JSON object per
// article, the same on stdout and as the value of a Kafka message on the
// articles topic (keyed by ID). article.schema.json beside this file is its JSON
// Schema.
type Article struct {
	// Schema names the record version, always ArticleSchema.
	Schema string `json:"schema"`
	// ID is stable for an article: ArticleID of the canonical URL (or of the
	// final URL where the page names no canonical URL). Records with the same
	// ID describe the same article; a consumer keeps the newest.
	ID string `json:"id"`
	// URL is the input as fed: an http(s) URL, or file:// plus the absolute
	// path of a local file.
	URL string `json:"url"`
	// FinalURL is the URL after redirects.
	FinalURL string `json:"final_url"`
	// CanonicalURL is the page's own <link rel=canonical> (or og:url),
	// resolved against FinalURL; FinalURL where the page names none.
	CanonicalURL string `json:"canonical_url"`
	// FetchedAt is when the page was fetched (or read), RFC 3339.
	FetchedAt time.Time `json:"fetched_at"`
	// Status is the HTTP status of the final response; 0 for files and stdin.
	Status int `json:"status"`

	// Title is the article's headline, without a site-name suffix.
	Title string `json:"title"`
	// Byline holds the authors' names only, comma separated.
	Byline string `json:"byline"`
	// PublishedAt is the publication time, when the page states one.
	PublishedAt *time.Time `json:"published_at,omitempty"`
	// Language is the language of the article's text, a BCP 47 tag ("en",
	// "de-CH"): declared by the page, or guessed from the text where none
	// is declared; empty if unknown. An article refused for its language
	// (EntitiesUnsupportedLanguage) carries the language it was refused
	// for (a refusal always names one): the text's where its words tell,
	// whatever the page declared (a German article on a page whose
	// template declares "en" is "de"), else the declared one; a declared
	// tag of that language ("de-CH") is kept. Older records may carry the
	// declared tag.
	Language string `json:"language"`
	// SiteName is the publication's name ("The Guardian").
	SiteName string `json:"site_name"`

	// Text is the article's own text, paragraphs separated by a blank line
	// ("\n\n"). For plain-text input it is the input exactly (a UTF-16
	// input, marked by its byte order mark, as its characters). Mention offsets
	// index it in Unicode code points.
	Text string `json:"text"`
	// Extraction says how Text was found in an HTML page: empty when the
	// extractor's main pass found the article, ExtractionFallback when it
	// found nothing usable and Text is the page's largest block of text
	// instead (a consumer may want to treat such text with care).
	Extraction string `json:"extraction,omitempty"`
	// ContentSHA256 is the hex SHA-256 of Text's UTF-8 bytes.
	ContentSHA256 string `json:"content_sha256"`
	// Model names the extractor and entity model that made the record
	// ("extract/v12+ner/perceptron-v4/doc7": extractor, model, document step), so records made by an older
	// model can be found and reprocessed.
	Model string `json:"model"`

	// Entities lists each distinct entity of the article once. Empty when
	// EntitiesStatus says they were not looked for.
	Entities []Entity `json:"entities"`
	// EntitiesStatus says whether the entity model read the text:
	// EntitiesOK, or EntitiesUnsupportedLanguage when the article is in a
	// language the model does not cover (Entities is then empty rather than
	// guesses). Absent in records made before the field existed.
	EntitiesStatus string `json:"entities_status,omitempty"`
}

// ExtractionFallback is Article.Extraction for text the extractor's main
// pass did not find: a block that page chrome wraps (an unclosed <header>,
// an <aside>), a <noscript> copy, <br>-separated text, or else the page's
// largest text block.
const ExtractionFallback = "fallback"

// Values of Article.EntitiesStatus.
const (
	// EntitiesOK: the entity model read the text; Entities is what it found.
	EntitiesOK = "ok"
	// EntitiesUnsupportedLanguage: the article's language is not one the
	// entity model covers, so it was not read.
	EntitiesUnsupportedLanguage = "unsupported_language"
)

// EntityType is the kind of a named entity. newsner emits exactly these three.
type EntityType string

// The entity types newsner emits.
const (
	Person       EntityType = "PERSON"
	Location     EntityType = "LOCATION"
	Organization EntityType = "ORGANIZATION"
)

// Valid reports whether t is one of the types newsner emits.
func (t EntityType) Valid() bool {
	return t == Person || t == Location || t == Organization
}

// Entity is one distinct person, place or organization named in an article.
type Entity struct {
	// Type is PERSON, LOCATION or ORGANIZATION.
	Type EntityType `json:"type"`
	// Text is the entity's canonical name: the fullest form the article uses
	// ("Emmanuel Macron" where the article also says "Macron").
	Text string `json:"text"`
	// Key identifies the real thing across articles: the same in every
	// article that names it, whichever variant of its name each uses.
	// "iso3166:US" for a country (ISO 3166-1 alpha-2), "wikidata:Q…"
	// where a name list gives a Wikidata id, else "name:" plus the type
	// and a normalised canonical name ("name:org:ulta beauty"); a thing the
	// name lists give several names ("Fed", "Federal Reserve") gets one
	// key whichever the article uses. Absent in records made before the
	// field existed.
	Key string `json:"key,omitempty"`
	// Count is the number of mentions, len(Mentions).
	Count int `json:"count"`
	// Mentions lists every occurrence, in text order.
	Mentions []Mention `json:"mentions"`
}

// Mention is one occurrence of an entity in Article.Text.
type Mention struct {
	// Start is the offset of the first code point of the mention in Text,
	// counted in Unicode code points (not bytes, not UTF-16 units).
	Start int `json:"start"`
	// End is the offset just past the last code point (exclusive).
	End int `json:"end"`
	// Text is the mention's surface text, exactly the code points
	// Text[Start:End].
	Text string `json:"text"`
}

// ArticleID derives the stable record ID from an article's canonical URL: the
// first 16 bytes of its SHA-256, in hex.
func ArticleID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:16])
}

// ContentHash is the hex SHA-256 of text, the value of Article.ContentSHA256.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// EntityFinder finds the named entities of a text: what extract's
// Processor runs on each article (extract/ner's Tagger, or stock prose to
// compare against).
type EntityFinder interface {
	// Name identifies the model, for the record's model field.
	Name() string
	// Entities returns one entity per distinct name, mentions indexing text
	// in code points. Never nil.
	Entities(text string) []Entity
}
