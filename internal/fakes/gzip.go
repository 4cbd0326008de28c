package fakes

import (
	"bytes"
	"compress/gzip"
)

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
