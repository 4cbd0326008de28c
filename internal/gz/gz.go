// Package gz is the one place that tells gzipped input from plain by its
// magic bytes and undoes it: files, stdin and in-memory data read by the
// commands, the ingest loaders, the eval sets and the entity model's
// embedded lists all go through it, so a ".gz" name is never what decides.
package gz

import (
	"bufio"
	"bytes"
	"compress/gzip"
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
		return nil, true, fmt.Errorf("gunzip: %w", err)
	}
	return zr, true, nil
}

// Bytes returns b decompressed where it is gzipped, else b itself.
func Bytes(b []byte) ([]byte, error) {
	if !Is(b) {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	return out, nil
}

// ReadFile reads the file at path, decompressed where it is gzipped. Its
// errors name the path once.
func ReadFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if b, err = Bytes(b); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}
