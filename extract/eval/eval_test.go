package eval

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var (
	sharedDir = flag.String("shared", defaultShared(), "directory of the shared data (env NEWSNER_SHARED)")
	report    = flag.Int("report", 0, "log the eval report with this many worst pages")
)

func defaultShared() string {
	if d := os.Getenv("NEWSNER_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

func needShared(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(*sharedDir, "data", "news-pages", "ground-truth.json")); err != nil {
		t.Skipf("shared data absent (%v); set -shared or NEWSNER_SHARED", err)
	}
}

func TestReport(t *testing.T) {
	if *report == 0 {
		t.Skip("pass -report N to print the eval report")
	}
	needShared(t)
	var buf bytes.Buffer
	if err := RunExtract(context.Background(), &buf, *sharedDir, *report); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + buf.String())
}
