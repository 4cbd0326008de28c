package fakes

import (
	"bytes"
	"compress/gzip"
)

// Repeat reads as an endless run of its byte: the body of a server that
// never stops sending, or a line that never ends, for the tests of size
// caps (io.LimitReader makes it a large finite one). Repeat(0) is zeros.
type Repeat byte

func (r Repeat) Read(p []byte) (int, error) {
	if len(p) > 0 {
		p[0] = byte(r)
		for n := 1; n < len(p); n *= 2 {
			copy(p[n:], p[:n])
		}
	}
	return len(p), nil
}

// GzipBomb returns a small gzip stream (best compression) of prefix and
// then n zero bytes: 64 MiB of zeros take about 64 KiB. The tests of every
// size cap on a decoded body (fetch, feeds, sitemaps) send it.
func GzipBomb(prefix string, n int) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write([]byte(prefix))
	zeros := make([]byte, 1<<20)
	for n > 0 {
		k, _ := zw.Write(zeros[:min(n, len(zeros))])
		n -= k
	}
	zw.Close()
	return buf.Bytes()
}

// Gzip returns b gzip-compressed: a test's .gz file or gzip-encoded body.
func Gzip(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}
