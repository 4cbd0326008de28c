// Package gz is the one place that tells gzipped input from plain by its
// magic bytes and undoes it: files, stdin and in-memory data read by the
// commands, the ingest loaders, the eval sets and the entity model's
// embedded lists all go through it, so a ".gz" name is never what decides.
package gz

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
)

// Is reports whether b starts with gzip's magic bytes.
func Is(b []byte) bool {
	return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b
}

// NewReader returns a reader of r's content, decompressed where r starts
// with gzip's magic bytes, and whether it did. A gzip header that does not
// parse is an error; the caller caps and reads the rest.
func NewReader(r io.Reader) (io.Reader, bool, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	if !Is(head) {
		return br, false, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, true, damaged(err)
	}
	return saysDamaged{zr}, true, nil
}

// saysDamaged is a gzip reader whose errors of the data itself say so
// (damaged); those of the reader under it pass as they are.
type saysDamaged struct{ zr *gzip.Reader }

func (r saysDamaged) Read(p []byte) (int, error) {
	n, err := r.zr.Read(p)
	return n, damaged(err)
}

// damaged says that gzip data cannot be read to its end, where err is
// gzip's or flate's own finding (cut short, a bad header or checksum,
// corrupt blocks): "gzip data damaged or cut short: unexpected EOF", where
// it said "line 1: unexpected EOF" or "unexpected EOF" alone. It is the one
// text of it, for every reader of gzip data. Other errors (nil, io.EOF, the
// file's or stdin's own) are returned as they are.
func damaged(err error) error {
	var corrupt flate.CorruptInputError
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) || errors.As(err, &corrupt) {
		return fmt.Errorf("gzip data damaged or cut short: %w", err)
	}
	return err
}

// ErrTooLarge is the cause of a Bytes or ReadFile error for content over
// the caller's cap, before or after decompression.
var ErrTooLarge = errors.New("over the size cap")

// Bytes returns b decompressed where it is gzipped, else b itself. It
// fails with ErrTooLarge where b, or what it decompresses to, is over max
// bytes: a small gzip stream can stand for an unbounded one, and what
// reads it holds it all in memory.
func Bytes(b []byte, max int64) ([]byte, error) {
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%d bytes: %w (%d)", len(b), ErrTooLarge, max)
	}
	if !Is(b) {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, damaged(err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil {
		return nil, damaged(err)
	}
	if int64(len(out)) > max {
		return nil, fmt.Errorf("gunzip: %w (%d bytes decompressed)", ErrTooLarge, max)
	}
	return out, nil
}

// ReadFile reads the file at path, decompressed where it is gzipped,
// failing with ErrTooLarge where the file or its content is over max
// bytes (Bytes); it reads no more of a larger file than max+1 bytes. Its
// errors name the path once.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if pe := (*os.PathError)(nil); errors.As(err, &pe) {
		return nil, err // "read DIR: is a directory", not "DIR: read DIR: ..."
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if b, err = Bytes(b, max); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}
