package gz_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

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
	if _, err := gz.Bytes(broken, 1<<20); err == nil {
		t.Fatal("Bytes accepted a broken gzip header")
	}
	trunc := fakes.Gzip([]byte(strings.Repeat("text ", 1000)))
	if _, err := gz.Bytes(trunc[:len(trunc)/2], 1<<20); err == nil {
		t.Fatal("Bytes accepted a truncated gzip stream")
	}
}

// TestCutShortSaysSo: gzip data cut short or damaged say so, in the one
// text, whoever reads them (NewReader's reader, Bytes, ReadFile): it was
// "unexpected EOF" alone through NewReader (serve's "line 1: unexpected
// EOF") and "gunzip: unexpected EOF" through Bytes. The error under it is
// kept; a reader's own error is not said to be the data's.
func TestCutShortSaysSo(t *testing.T) {
	const says = "gzip data damaged or cut short: "
	z := fakes.Gzip([]byte(strings.Repeat("text ", 1000)))
	r, _, err := gz.NewReader(bytes.NewReader(z[:len(z)/2]))
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(r)
	if err == nil || err.Error() != says+"unexpected EOF" || !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("NewReader's reader of a stream cut short: %v, want %q", err, says+"unexpected EOF")
	}
	bad := bytes.Clone(z)
	bad[len(bad)-5] ^= 0xff // the checksum
	for name, in := range map[string][]byte{"cut short": z[:len(z)/2], "a bad checksum": bad, "a header cut short": z[:5]} {
		if _, err := gz.Bytes(in, 1<<20); err == nil || !strings.HasPrefix(err.Error(), says) {
			t.Errorf("Bytes of %s: %v, want %q...", name, err, says)
		}
	}
	p := filepath.Join(t.TempDir(), "a.txt.gz")
	os.WriteFile(p, z[:len(z)/2], 0o644)
	if _, err := gz.ReadFile(p, 1<<20); err == nil || err.Error() != p+": "+says+"unexpected EOF" {
		t.Errorf("ReadFile of a file cut short: %v, want %q", err, p+": "+says+"unexpected EOF")
	}
	failing := errors.New("the disk's own")
	r, _, err = gz.NewReader(io.MultiReader(bytes.NewReader(z[:len(z)/2]), iotest.ErrReader(failing)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err = io.ReadAll(r); err != failing {
		t.Errorf("NewReader's reader over a failing reader: %v, want its error as it is", err)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	plain, zipped := filepath.Join(dir, "a.txt"), filepath.Join(dir, "a.txt.gz")
	os.WriteFile(plain, []byte("hello"), 0o644)
	os.WriteFile(zipped, fakes.Gzip([]byte("hello")), 0o644)
	for _, p := range []string{plain, zipped} {
		if b, err := gz.ReadFile(p, 1<<20); err != nil || string(b) != "hello" {
			t.Fatalf("gz.ReadFile(%s) = %q, %v", p, b, err)
		}
	}
	bad := filepath.Join(dir, "bad.gz")
	os.WriteFile(bad, []byte{0x1f, 0x8b, 1}, 0o644)
	if _, err := gz.ReadFile(bad, 1<<20); err == nil || !strings.Contains(err.Error(), bad) {
		t.Fatalf("ReadFile of a broken file: %v, want an error naming it", err)
	}
	if _, err := gz.ReadFile(filepath.Join(dir, "none"), 1<<20); err == nil {
		t.Fatal("ReadFile of a missing file: no error")
	}
	// A directory is named once (eval extract --explain DIR said "DIR:
	// read DIR: is a directory").
	if _, err := gz.ReadFile(dir, 1<<20); err == nil || strings.Count(err.Error(), dir) != 1 {
		t.Errorf("ReadFile of a directory: %v, want an error naming it once", err)
	}
}

// TestSizeCap: Bytes and ReadFile fail with ErrTooLarge past their cap,
// on plain content and on a small gzip stream that decompresses past it
// (a gzip bomb), and take content of exactly the cap.
func TestSizeCap(t *testing.T) {
	const max = 4096
	exact, over := []byte(strings.Repeat("x", max)), []byte(strings.Repeat("x", max+1))
	bomb := fakes.Gzip([]byte(strings.Repeat("x", 1<<20)))
	if len(bomb) > max {
		t.Fatalf("the bomb is %d bytes zipped, want under %d", len(bomb), max)
	}
	for _, in := range [][]byte{exact, fakes.Gzip(exact)} {
		if b, err := gz.Bytes(in, max); err != nil || len(b) != max {
			t.Fatalf("Bytes of %d bytes at cap %d: %d bytes, %v", len(in), max, len(b), err)
		}
	}
	for _, in := range [][]byte{over, fakes.Gzip(over), bomb} {
		if _, err := gz.Bytes(in, max); !errors.Is(err, gz.ErrTooLarge) {
			t.Fatalf("Bytes of %d bytes at cap %d: %v, want ErrTooLarge", len(in), max, err)
		}
	}
	dir := t.TempDir()
	for name, in := range map[string][]byte{"over.txt": over, "bomb.gz": bomb, "big.txt": []byte(strings.Repeat("x", 1<<20))} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, in, 0o644)
		if _, err := gz.ReadFile(p, max); !errors.Is(err, gz.ErrTooLarge) || !strings.Contains(err.Error(), p) {
			t.Fatalf("ReadFile(%s) at cap %d: %v, want ErrTooLarge naming the file", name, max, err)
		}
	}
}
