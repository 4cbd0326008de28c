package gz_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/gz"
)

func TestIs(t *testing.T) {
	if !gz.Is(fakes.Gzip([]byte("x"))) || gz.Is([]byte("x")) || gz.Is(nil) || gz.Is([]byte{0x1f}) {
		t.Fatal("Is misjudges gzip's magic")
	}
}

func TestNewReaderPlainAndGzipped(t *testing.T) {
	for _, tc := range []struct {
		in     []byte
		zipped bool
	}{{[]byte("plain text"), false}, {fakes.Gzip([]byte("plain text")), true}, {nil, false}, {[]byte{0x1f}, false}} {
		r, zipped, err := gz.NewReader(bytes.NewReader(tc.in))
		if err != nil || zipped != tc.zipped {
			t.Fatalf("gz.NewReader(%q) zipped %v err %v", tc.in, zipped, err)
		}
		got, err := io.ReadAll(r)
		want := "plain text"
		if len(tc.in) < 2 {
			want = string(tc.in)
		}
		if err != nil || string(got) != want {
			t.Fatalf("read %q, %v; want %q", got, err, want)
		}
	}
}

func TestBrokenGzipIsAnError(t *testing.T) {
	broken := []byte{0x1f, 0x8b, 0, 0}
	if _, _, err := gz.NewReader(bytes.NewReader(broken)); err == nil {
		t.Fatal("NewReader accepted a broken gzip header")
	}
	if _, err := gz.Bytes(broken); err == nil {
		t.Fatal("Bytes accepted a broken gzip header")
	}
	trunc := fakes.Gzip([]byte(strings.Repeat("text ", 1000)))
	if _, err := gz.Bytes(trunc[:len(trunc)/2]); err == nil {
		t.Fatal("Bytes accepted a truncated gzip stream")
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	plain, zipped := filepath.Join(dir, "a.txt"), filepath.Join(dir, "a.txt.gz")
	os.WriteFile(plain, []byte("hello"), 0o644)
	os.WriteFile(zipped, fakes.Gzip([]byte("hello")), 0o644)
	for _, p := range []string{plain, zipped} {
		if b, err := gz.ReadFile(p); err != nil || string(b) != "hello" {
			t.Fatalf("gz.ReadFile(%s) = %q, %v", p, b, err)
		}
	}
	bad := filepath.Join(dir, "bad.gz")
	os.WriteFile(bad, []byte{0x1f, 0x8b, 1}, 0o644)
	if _, err := gz.ReadFile(bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Fatalf("ReadFile of a broken file: %v, want an error naming it", err)
	}
	if _, err := gz.ReadFile(filepath.Join(dir, "none")); err == nil {
		t.Fatal("ReadFile of a missing file: no error")
	}
}
