package archive

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
	"github.com/nlnwa/gowarc/v3"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/gz"
)

// errNotPage marks a record that holds no page (a request, metadata): not
// an error, nothing to report.
var errNotPage = errors.New("not a page")

// maxRecordErrors bounds the damaged records read in one WARC file before
// the rest of it is given up.
const maxRecordErrors = 100

// readWARC reads the HTTP response (and resource) records of a WARC file
// holding HTML pages, from the byte offset in.start. Each record is its own
// job, so progress is kept per record: a restart begins at the first record
// not done. A damaged record (a truncated gzip member, a bad header, a
// block shorter than its Content-Length or failing its digest) is reported
// and the reader goes on from the next record it can find; in a file
// gzipped as one stream (openWARC) nothing can be read past it, and the
// reader says so.
func (a *Archive) readWARC(ctx context.Context, f *ingest.ReadAhead, emit func(context.Context, ingest.Job) error, in *archiveInput) error {
	file := fileURL(in.key)
	r, read, err := openWARC(in)
	if err != nil {
		return f.Skip(ctx, file, ingest.FileError("open WARC", in.key, err))
	}
	defer r.Close()
	raw := &rawHeaders{in: in}
	defer raw.Close()
	lastEnd, failures, records := int64(-1), 0, 0
	lastRead := read()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := r.Next()
		// size is the file's bytes the record took, for progress: in a
		// stream, rec's offsets are the gunzipped bytes'.
		size := rec.Size
		if in.stream {
			n := read()
			size, lastRead = n-lastRead, n
		}
		first := lastEnd < 0 && in.start == 0
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil && rec.Size <= 0 {
			if first {
				if nw := notWARC(in.key); nw != nil {
					// Too short to hold a record ("ab"): it read as empty.
					return f.Skip(ctx, file, nw)
				}
			}
			return nil
		}
		s := span{rec.Offset, rec.Offset + rec.Size}
		where := fmt.Sprintf("%s#offset=%d", file, rec.Offset)
		var page *newsner.Page
		if err == nil {
			err = damaged(rec)
		}
		if err != nil {
			err = &newsner.Error{Code: newsner.EInvalid, Message: "damaged WARC record", Err: err}
		} else {
			raw.restoreTarget(rec)
			page, err = warcPage(rec.WarcRecord, a.cfg.MaxBodyBytes)
			if page != nil {
				where = page.URL
			}
		}
		rec.Close()
		switch {
		case err == nil:
			if terr := a.track(in, s.start, s.end, false); terr != nil {
				return terr
			}
			records++
			job := ingest.Job{URL: page.URL, Page: page, Token: &archiveToken{in: in, start: s.start, bytes: size}}
			if err := emit(ctx, job); err != nil {
				return err
			}
		case errors.Is(err, errNotPage):
			a.doneBytes.Add(max(size, 0))
			if s.end > s.start && s.start >= lastEnd {
				if terr := a.track(in, s.start, s.end, true); terr != nil {
					return terr
				}
			}
		default:
			a.doneBytes.Add(max(size, 0))
			if s.end > s.start && s.start >= lastEnd {
				if terr := a.track(in, s.start, s.end, true); terr != nil {
					return terr
				}
			}
			if first && newsner.ErrorCode(err) == newsner.EInvalid {
				if nw := notWARC(in.key); nw != nil {
					// The file, not a record at the offset the reader
					// gave up at ("damaged WARC record: ... scanned 14
					// bytes without finding WARC magic").
					return f.Skip(ctx, file, nw)
				}
			}
			if in.stream && newsner.ErrorCode(err) == newsner.EInvalid {
				// One gzip stream cannot be read past damage: what
				// follows is lost, and the reader says so once.
				a.cfg.Logger.Warn("a WARC file gzipped as one stream is damaged or cut short: the pages before the damage were read, the rest of the file cannot be", "file", in.key, "pages", records, "at_offset", rec.Offset, "error", err)
				return f.Skip(ctx, where, err)
			}
			if serr := f.Skip(ctx, where, err); serr != nil {
				return serr
			}
			if newsner.ErrorCode(err) == newsner.EInvalid {
				failures++
				// The reader looks for the next record after a damaged
				// one; when it cannot move on, or finds only damage, the
				// rest of the file is given up.
				if s.end <= lastEnd || failures > maxRecordErrors {
					return nil
				}
			}
		}
		lastEnd = max(lastEnd, s.end)
	}
}

// warcOptions are the policies every WARC record is read under.
var warcOptions = []gowarc.WarcRecordOption{
	gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
	gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
	gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
}

// openWARC opens in's WARC file at in.start, and returns with its reader
// a count of the file's bytes read so far. A file gzipped as one stream
// (in.stream) is read through one gunzipping reader, its offsets those of
// the gunzipped bytes; gowarc's own reader, made for a gzip member per
// record, reads the first record of such a file and then drains the
// stream to its end: every other record was lost, all of them where the
// file was cut short.
func openWARC(in *archiveInput) (*gowarc.WarcFileReader, func() int64, error) {
	if !in.stream {
		r, err := gowarc.NewWarcFileReader(in.key, in.start, warcOptions...)
		return r, func() int64 { return 0 }, err
	}
	fh, err := ingest.OpenFile(in.key)
	if err != nil {
		return nil, nil, err
	}
	cr := &countReader{r: fh}
	zr, _, err := gz.NewReader(cr)
	if err == nil {
		_, err = io.CopyN(io.Discard, zr, in.start)
	}
	if err != nil {
		fh.Close()
		return nil, nil, err
	}
	r, err := gowarc.NewWarcFileReaderFromStream(struct {
		io.Reader
		io.Closer
	}{zr, fh}, in.start, warcOptions...)
	if err != nil {
		fh.Close()
		return nil, nil, err
	}
	return r, func() int64 { return cr.n }, nil
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// oneStream reports whether the WARC file at path is gzipped with more
// than one record in its first gzip member: one stream for the file (or a
// part of it), where the standard wants a member for each record.
func oneStream(path string) bool {
	fh, err := ingest.OpenFile(path)
	if err != nil {
		return false
	}
	defer fh.Close()
	br := bufio.NewReader(fh)
	if head, _ := br.Peek(2); !gz.Is(head) {
		return false
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return false
	}
	zr.Multistream(false)
	member := bufio.NewReader(zr)
	rec, _, _, err := gowarc.NewUnmarshaler(warcOptions...).Unmarshal(member)
	if err != nil {
		return false
	}
	rec.Close()
	// What is left of the member after the record's end marker is the
	// next record's.
	for {
		b, err := member.ReadByte()
		if err != nil {
			return false
		}
		if b != '\r' && b != '\n' {
			return true
		}
	}
}

// notWARC returns the error of a WARC file that is none: one whose first
// bytes (gunzipped, for a gzipped one) are not a record's "WARC/" (an HTML
// page or a text file named .warc); nil for one that begins as a WARC file
// does (its first record is then damaged), is empty or cannot be read.
func notWARC(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	r, gzipped, err := gz.NewReader(f)
	if err != nil {
		return nil
	}
	head := make([]byte, 512)
	n, _ := io.ReadFull(r, head)
	if head = head[:n]; n == 0 || bytes.HasPrefix(head, []byte("WARC/")) {
		return nil
	}
	what := "its bytes look like"
	if gzipped {
		what = "gunzipped, its bytes look like"
	}
	mt, _, _ := strings.Cut(http.DetectContentType(head), ";")
	return newsner.Errorf(newsner.EInvalid, "%s is not a WARC file (%s %s; a WARC file begins with a record's \"WARC/1.x\" line)", path, what, mt)
}

// span is a record's byte range in its WARC file.
type span struct{ start, end int64 }

// damaged returns why a record is unusable: a header so broken that the
// record's type cannot be told, a block of another length than its header
// says (a truncated file) or one failing its digest. Other findings (a
// missing carriage return, a duplicated field) are tolerated.
func damaged(rec gowarc.Record) error {
	if rec.WarcRecord.Type().String() == "unknown" {
		// On one line: errors.Join wrote each finding on a line of its
		// own, in a dead letter's error and a log line's.
		why := make([]string, len(rec.Validation))
		for i, v := range rec.Validation {
			why[i] = strings.ReplaceAll(v.Error(), "\n", "; ")
		}
		return fmt.Errorf("bad record header: %s", newsner.Clip(strings.Join(why, "; "), 500))
	}
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		var de *gowarc.DigestError
		if errors.As(v, &cl) || errors.As(v, &de) {
			return v
		}
	}
	return nil
}

// warcPage makes a page of an HTTP response record (or a resource record)
// holding HTML. It returns errNotPage for records that hold no page
// (warcinfo, request, metadata, revisit, a target of another scheme than
// http(s) or file: DNS, wget's metadata:// resources), and an error with a class for
// pages that cannot be used (not HTML, not a 2xx answer, a body that cannot
// be decoded or is too large).
func warcPage(wr gowarc.WarcRecord, maxBody int64) (*newsner.Page, error) {
	if wr.Type() != gowarc.Response && wr.Type() != gowarc.Resource {
		return nil, errNotPage
	}
	target := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(wr.WarcHeader().Get(gowarc.WarcTargetURI)), "<"), ">")
	lt := strings.ToLower(target)
	if !strings.HasPrefix(lt, "http://") && !strings.HasPrefix(lt, "https://") && !strings.HasPrefix(lt, "file:") {
		if hasScheme(lt) {
			// A record of another protocol or of the crawler's own
			// (dns:, whois:, wget's metadata://…/wget.log resources).
			return nil, errNotPage
		}
		return nil, newsner.Errorf(newsner.EInvalid, "WARC record %s: target URI %q is not an http(s) URL", wr.RecordId(), newsner.Clip(target, 200))
	}
	page := &newsner.Page{URL: target, FinalURL: target}
	if t, err := wr.Date(); err == nil {
		page.FetchedAt, _ = newsner.RecordTime(t)
	}
	var payload io.Reader
	var err error
	switch b := wr.Block().(type) {
	case gowarc.HttpResponseBlock:
		page.Status = b.HttpStatusCode()
		if h := b.HttpHeader(); h != nil {
			page.Header = h.Clone()
		}
		if page.Header == nil {
			page.Header = http.Header{}
		}
		// The HTTP parser takes Transfer-Encoding out of the header; put
		// it back so that a chunked body is decoded.
		if te := rawHeaderField(b.ProtocolHeaderBytes(), "Transfer-Encoding"); te != "" && page.Header.Get("Transfer-Encoding") == "" {
			page.Header.Set("Transfer-Encoding", te)
		}
		if page.Status < 200 || page.Status > 299 {
			return page, newsner.Errorf(newsner.EHTTPStatus, "%s: HTTP status %d", target, page.Status)
		}
		payload, err = b.PayloadBytes()
	default:
		if wr.Type() == gowarc.Response {
			return nil, errNotPage // a response of another protocol
		}
		// A resource record's block is the document itself.
		page.Header = http.Header{}
		if ct := wr.WarcHeader().Get(gowarc.ContentType); ct != "" {
			page.Header.Set("Content-Type", ct)
		}
		payload, err = b.RawBytes()
	}
	if err != nil {
		return page, &newsner.Error{Code: newsner.EInvalid, Message: "read WARC record of " + target, Err: err}
	}
	ct := page.Header.Get("Content-Type")
	if ct != "" && !isHTMLType(ct) {
		return page, newsner.Errorf(newsner.ENotHTML, "%s: content type %q is not HTML", target, newsner.Clip(ct, 100))
	}
	body, err := decodeBody(page.Header, payload, maxBody)
	if err != nil {
		return page, newsner.Wrap(err, target)
	}
	if ct == "" {
		if !strings.HasPrefix(http.DetectContentType(body), "text/html") {
			return page, newsner.Errorf(newsner.ENotHTML, "%s: no content type and the body does not look like HTML", target)
		}
		page.Header.Set("Content-Type", "text/html")
	}
	page.Body = body
	return page, nil
}

// hasScheme reports whether a URI begins with a scheme and its colon
// (RFC 3986: a letter, then letters, digits, "+", "-" or ".").
func hasScheme(uri string) bool {
	scheme, _, ok := strings.Cut(uri, ":")
	if !ok || scheme == "" || !isLetter(scheme[0]) {
		return false
	}
	for i := 1; i < len(scheme); i++ {
		c := scheme[i]
		if !isLetter(c) && (c < '0' || c > '9') && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// rawHeaderField returns the value of the named field in raw HTTP header
// bytes, "" if it is absent.
func rawHeaderField(head []byte, name string) string {
	for line := range bytes.Lines(head) {
		k, v, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(k)), name) {
			return string(bytes.TrimSpace(v))
		}
	}
	return ""
}

// isHTMLType reports whether a Content-Type is HTML or XHTML.
func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodeBody undoes the transfer and content encodings an archived response
// may still carry (crawlers such as Heritrix keep the bytes as served) and
// reads at most max bytes of the result (Config.MaxBodyBytes: its
// too_large errors are marked newsner.AtLimit "MaxBodyBytes"). The encoding
// headers it undid are removed, so the page's header describes its body.
func decodeBody(h http.Header, r io.Reader, max int64) ([]byte, error) {
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		raw, err := io.ReadAll(io.LimitReader(r, max+1))
		if err != nil {
			return nil, &newsner.Error{Code: newsner.EInvalid, Message: "read body", Err: err}
		}
		// Some archives dechunk the body but keep the header: use the
		// bytes as they are when they do not parse as chunks.
		if dec, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(raw))); err == nil {
			raw = dec
		}
		r = bytes.NewReader(raw)
		h.Del("Transfer-Encoding")
	}
	enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding")))
	switch enc {
	case "", "identity", "none":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, &newsner.Error{Code: newsner.EInvalid, Message: "gunzip body", Err: err}
		}
		defer zr.Close()
		r = zr
	case "deflate":
		// "deflate" is zlib-wrapped by the standard, raw in some servers.
		raw, err := io.ReadAll(io.LimitReader(r, max+1))
		if err != nil {
			return nil, &newsner.Error{Code: newsner.EInvalid, Message: "read body", Err: err}
		}
		if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			defer zr.Close()
			r = zr
		} else {
			r = flate.NewReader(bytes.NewReader(raw))
		}
	case "br":
		// Under the same cap as the others below: a bomb stops there.
		r = brotli.NewReader(r)
	case "zstd":
		// A frame's header names the window the decoder allocates, up to
		// 512 MiB by default for a frame of a few bytes; what a body within
		// the cap needs, and HTTP's zstd encoders keep to (RFC 9659: 8 MiB),
		// is far less.
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(zstdMaxWindow(max)))
		if err != nil {
			return nil, &newsner.Error{Code: newsner.EInvalid, Message: "zstd body", Err: err}
		}
		defer zr.Close()
		r = zr
	default:
		return nil, newsner.Errorf(newsner.EUnsupported, "content encoding %q", newsner.Clip(enc, 50))
	}
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if errors.Is(err, zstd.ErrWindowSizeExceeded) {
		return nil, &newsner.Error{Code: newsner.ETooLarge, Message: fmt.Sprintf("zstd body asks for a window over %d bytes", zstdMaxWindow(max)), Err: newsner.AtLimit("MaxBodyBytes", err)}
	}
	if err != nil {
		return nil, &newsner.Error{Code: newsner.EInvalid, Message: "decode body", Err: err}
	}
	if int64(len(body)) > max {
		return nil, &newsner.Error{Code: newsner.ETooLarge, Message: fmt.Sprintf("body over %d bytes", max), Err: newsner.AtLimit("MaxBodyBytes", nil)}
	}
	if enc != "" {
		h.Del("Content-Encoding")
	}
	return body, nil
}

// zstdMaxWindow is the largest zstd window decodeBody lets a body of at
// most maxBody bytes ask for: the body cap, but at least the 8 MiB RFC 9659
// lets HTTP's encoders use, and at most the decoder's own limit.
func zstdMaxWindow(maxBody int64) uint64 {
	return uint64(min(max(maxBody, 8<<20), zstd.MaxWindowSize))
}

// maxRawHeader bounds the bytes of a record header rawHeaders reads.
const maxRawHeader = 64 << 10

// rawHeaders reads record headers of a WARC file as written, for the one
// field gowarc's checks empty: wget (and other WARC/1.0 writers, as the
// 1.0 grammar had it) writes WARC-Target-URI in angle brackets, which the
// URL check rejects, leaving the field "" and a finding in the record's
// Validation. Relaxing the spec checks instead would turn off the digest
// checks with them. Records come in the file's order, so a file gzipped
// as one stream is read once more, alongside, never from its start again.
type rawHeaders struct {
	in  *archiveInput
	fh  *os.File
	br  *bufio.Reader // in.stream: the gunzipped file at pos
	pos int64
}

// restoreTarget puts back the WARC-Target-URI of a page record whose value
// gowarc's URL check took out, read from the file's bytes; a record it
// cannot read keeps its empty target (warcPage reports it).
func (h *rawHeaders) restoreTarget(rec gowarc.Record) {
	wr := rec.WarcRecord
	if wr.Type() != gowarc.Response && wr.Type() != gowarc.Resource || wr.WarcHeader().Get(gowarc.WarcTargetURI) != "" {
		return
	}
	rejected := false
	for _, v := range rec.Validation {
		var fe *gowarc.HeaderFieldError
		if errors.As(v, &fe) && strings.EqualFold(fe.FieldName, gowarc.WarcTargetURI) {
			rejected = true
		}
	}
	if !rejected {
		return
	}
	head, err := h.header(rec.Offset)
	if err != nil {
		return
	}
	if v := rawHeaderField(head, gowarc.WarcTargetURI); v != "" {
		// Delete and Add, not Set: gowarc's Set deletes from the fields
		// while it ranges over them, and a header holding the field twice
		// made it dereference a nil field (a panic found by FuzzReadWARC).
		wh := wr.WarcHeader()
		wh.Delete(gowarc.WarcTargetURI)
		wh.Add(gowarc.WarcTargetURI, v)
	}
}

// header returns the header bytes of the record at offset (of the file,
// or of the gunzipped stream for in.stream), up to its blank line.
func (h *rawHeaders) header(offset int64) ([]byte, error) {
	var br *bufio.Reader
	if h.in.stream {
		if h.br == nil || offset < h.pos {
			h.Close()
			fh, err := ingest.OpenFile(h.in.key)
			if err != nil {
				return nil, err
			}
			zr, _, err := gz.NewReader(fh)
			if err != nil {
				fh.Close()
				return nil, err
			}
			h.fh, h.br, h.pos = fh, bufio.NewReader(zr), 0
		}
		n, err := h.br.Discard(int(offset - h.pos))
		h.pos += int64(n)
		if err != nil {
			return nil, err
		}
		br = h.br
	} else {
		if h.fh == nil {
			fh, err := ingest.OpenFile(h.in.key)
			if err != nil {
				return nil, err
			}
			h.fh = fh
		}
		if _, err := h.fh.Seek(offset, io.SeekStart); err != nil {
			return nil, err
		}
		br = bufio.NewReader(h.fh)
		if head, _ := br.Peek(2); gz.Is(head) {
			// A gzip member per record: the record is the member's.
			zr, err := gzip.NewReader(br)
			if err != nil {
				return nil, err
			}
			zr.Multistream(false)
			br = bufio.NewReader(zr)
		}
	}
	var head []byte
	for len(head) < maxRawHeader {
		line, err := br.ReadSlice('\n')
		h.pos += int64(len(line))
		head = append(head, line...)
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return head, err
		}
		if err == nil && len(bytes.TrimRight(line, "\r\n")) == 0 {
			break
		}
	}
	return head, nil
}

// Close closes the file h opened, if any.
func (h *rawHeaders) Close() {
	if h.fh != nil {
		h.fh.Close()
		h.fh, h.br = nil, nil
	}
}
