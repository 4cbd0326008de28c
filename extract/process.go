package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// LanguageCoverer is a tagger that reads some languages only. A Processor
// whose Finder implements it leaves an article in another language without
// entities (EntitiesStatus "unsupported_language") instead of emitting what
// a model of one language guesses in another.
type LanguageCoverer interface {
	// Covers reports whether the tagger reads text in lang, a primary
	// language subtag ("en").
	Covers(lang string) bool
}

// Input formats for Processor.Format.
const (
	FormatAuto = "auto" // HTML if the page says or looks so, else plain text
	FormatHTML = "html"
	FormatText = "text"
)

// Processor makes an article record from a page: the article's text and
// metadata (HTML) or the text as it is (plain text), then its entities. It
// holds no per-page state and is safe for concurrent use.
type Processor struct {
	// Finder finds the entities. Required.
	Finder newsner.EntityFinder
	// Format is FormatAuto (the default), FormatHTML or FormatText. Under
	// FormatAuto a page that is neither HTML nor text (an image, a PDF)
	// fails with ENotHTML; where its bytes are of no known file type, its
	// cause is marked newsner.AtLimit "Format" (for the command to name
	// the flag that reads it as text).
	Format string
	// Metrics, if set, records the time each step takes.
	Metrics *Metrics
	// MaxBytes is the largest page processed; a larger one fails with
	// ETooLarge, its cause marked newsner.AtLimit "MaxBytes" (for the
	// command to name the flag that set it). The commands set it to their
	// loaders' caps. Default: MaxInputBytes.
	MaxBytes int64
}

// Process implements the pipeline's processing step.
func (p *Processor) Process(ctx context.Context, page newsner.Page) (newsner.Article, error) {
	if err := ctx.Err(); err != nil {
		return newsner.Article{}, err
	}
	max := p.MaxBytes
	if max <= 0 {
		max = MaxInputBytes
	}
	if int64(len(page.Body)) > max {
		return newsner.Article{}, &newsner.Error{Code: newsner.ETooLarge, Message: fmt.Sprintf("page of %d bytes is over the %d-byte cap", len(page.Body), max),
			Err: newsner.AtLimit("MaxBytes", nil)}
	}
	var art newsner.Article
	asHTML := p.isHTML(page)
	if p.Format != FormatHTML && p.Format != FormatText {
		// An image, a PDF, an executable named on the command line, found
		// in a directory or served as text/html: its bytes are no article.
		// Bytes no text holds but no file type's signature are let
		// through only where the page is taken for HTML and shows
		// markup at its start (looksLikeHTML), as HTML's extraction
		// drops stray control bytes: random bytes served as text/html,
		// or named .html in a directory reprocess reads, are no page.
		if kind := newsner.BinaryKind(page.Body); kind != "" && (!asHTML || kind != unknownBinary || !looksLikeHTML(page.Body)) {
			// Bytes of no known file type (a text with stray control
			// bytes) are marked "Format" for the command to name the
			// format that reads them as text anyway (LimitOf). An image or
			// a PDF is not: read as text it is an article of its raw
			// bytes, so naming the flag told the user to do what gives
			// nothing (as the fetcher names none for a PDF it is served).
			var limit error
			if kind == unknownBinary {
				limit = newsner.AtLimit("Format", nil)
			}
			return newsner.Article{}, &newsner.Error{Code: newsner.ENotHTML, Message: "neither HTML nor text: the content looks like " + kind,
				Err: limit}
		}
	}
	if asHTML {
		u, _ := url.Parse(page.FinalURL)
		if u == nil || u.Scheme == "file" || page.FinalURL == "-" {
			u = nil
		}
		start := time.Now()
		a, err := fromBytes(page.Body, max, u, page.Header.Get("Content-Type"))
		p.Metrics.extracted(start)
		if err != nil {
			// FromReader's errors carry their class (too_large, extract),
			// which they keep; the pipeline adds the URL.
			var ne *newsner.Error
			if !errors.As(err, &ne) {
				err = &newsner.Error{Code: newsner.EExtract, Message: "extract", Err: err}
			}
			return newsner.Article{}, err
		}
		art = a
	} else {
		// Plain text is kept exactly, so offsets index the input. Invalid
		// UTF-8 cannot be indexed in code points and is replaced. A UTF-16
		// text (its byte order mark says so) is its characters, so the
		// offsets index them.
		body := page.Body
		if u, ok := newsner.DecodeUTF16(body); ok {
			body = u
		}
		art.Text = string(body)
		if !utf8.ValidString(art.Text) {
			art.Text = strings.ToValidUTF8(art.Text, "\uFFFD")
		}
	}
	art.Schema = newsner.ArticleSchema
	art.URL = page.URL
	art.FinalURL = page.FinalURL
	if art.CanonicalURL == "" {
		art.CanonicalURL = page.FinalURL
	}
	art.FetchedAt = page.FetchedAt
	art.Status = page.Status
	art.ContentSHA256 = newsner.ContentHash(art.Text)
	art.ID = articleID(art)
	art.Model = ModelField(p.Finder.Name())
	art.EntitiesStatus = newsner.EntitiesOK
	if c, ok := p.Finder.(LanguageCoverer); ok {
		if l := entityLanguage(art.Language, art.Text); l != "" && !c.Covers(l) {
			art.EntitiesStatus = newsner.EntitiesUnsupportedLanguage
			if primaryLanguage(art.Language) != l {
				// The record's language is the text's: the one the
				// gate refused it for, where the page declared none
				// (plain text, an unsure guess) or another (a
				// template's lang="en" on a German page). A declared
				// tag of that language ("de-CH") is kept. The gate
				// always names the language it refuses.
				art.Language = l
			}
		}
	}
	if art.EntitiesStatus == newsner.EntitiesOK {
		start := time.Now()
		art.Entities = p.Finder.Entities(art.Text)
		p.Metrics.tagged(start, art.Entities)
	}
	p.Metrics.status(art.EntitiesStatus)
	if art.Entities == nil {
		art.Entities = []newsner.Entity{}
	}
	return art, nil
}

// entityLanguage is the language the entity step judges an article by, a
// primary subtag: the language of the text outside quotations where
// languageOf is sure of it (a German article quoting Sam Altman at
// length is German), else, where it quotes, the whole text's guess, else
// the declared language (Article.Language); a page declares its site's
// language, or a template's default (lang="en" on a German page), rather
// than the article's, so it comes last. The words of names (nameParticles:
// "von der" in Ursula von der Leyen) are not counted. A language that
// stopwords lists loses to English where the text outside quotations
// holds more English stop words than its: an English report from Mexico
// City whose Spanish quotes outweigh its own few lines, a short English
// brief (a headline and two sentences, too few stop words for a guess) on
// a German or French site's page. English, or nothing, loses to the
// language of a brief too short for a guess that holds its stop words
// and few of English's (shortForeign): a German brief of three sentences
// on a page that declares English by its template's default. A text of
// a language without a list that no guess names, and whose words are
// plainly not English (unnamedForeign), is "und": refused, whatever the
// page declares, and never read as English. Empty when nothing says, and
// the text is then read. The stop words of the
// text outside quotations are counted once, and once more, the words of
// URLs left out, for shortForeign.
func entityLanguage(declared, text string) string {
	own, quoted := withoutQuotes(text, guessBytes)
	l, counts, _ := languageOf(own)
	if l != "" {
		return l
	}
	if quoted {
		l, _, _ = languageOf(text)
	}
	if l == "" {
		l = declared
	}
	primary := primaryLanguage(l)
	if _, listed := stopwords[primary]; listed && primary != "en" {
		if counts == nil {
			// Too few letters for a guess; the script decides nothing.
			counts, _ = stopwordCounts(own)
		}
		if counts["en"] > counts[primary] {
			return "en"
		}
	} else if primary == "en" || primary == "" {
		if other := shortForeign(own); other != "" {
			return other
		}
		if unnamedForeign(own) {
			return undetermined
		}
	}
	return primary
}

// primaryLanguage is the primary subtag of a BCP 47 tag, lower-cased
// ("de" of "de-CH"): what entityLanguage judges by.
func primaryLanguage(tag string) string {
	primary, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(primary)
}

// articleID derives the record ID from the canonical URL; input without a
// URL of its own (stdin) is identified by its content.
func articleID(a newsner.Article) string {
	if a.CanonicalURL == "" || a.CanonicalURL == "-" {
		return newsner.ArticleID("sha256:" + a.ContentSHA256)
	}
	return newsner.ArticleID(a.CanonicalURL)
}

// isHTML decides the page's format: the configured one, else the served
// content type, the file name, or a look at the first bytes.
func (p *Processor) isHTML(page newsner.Page) bool {
	switch p.Format {
	case FormatHTML:
		return true
	case FormatText:
		return false
	}
	if ct := page.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err == nil {
			return mt == "text/html" || mt == "application/xhtml+xml"
		}
	}
	name := strings.ToLower(page.URL)
	for _, ext := range []string{".txt", ".text"} {
		if strings.HasSuffix(name, ext) {
			return false
		}
	}
	return looksLikeHTML(page.Body)
}

// unknownBinary is what newsner.BinaryKind says of bytes no text holds that have
// no file type's signature.
const unknownBinary = "application/octet-stream"

// looksLikeHTML reports whether the document starts (after a BOM and white
// space) with markup, or has an <html>, <body> or <p> tag near its start.
// A UTF-16 document (newsner.DecodeUTF16) is looked at as its characters.
func looksLikeHTML(b []byte) bool {
	if u, ok := newsner.DecodeUTF16(b[:min(len(b), 8194)]); ok {
		b = u
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) > 0 && b[0] == '<' {
		return true
	}
	head := bytes.ToLower(b[:min(len(b), 4096)])
	for _, tag := range []string{"<html", "<body", "<p>", "<div", "<!doctype"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}
