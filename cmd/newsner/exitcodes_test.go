package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner/internal/kafkatest"
)

// TestServiceStoppedWhileStartingExitsZero: a service (run, watch) stopped
// by SIGINT or SIGTERM while it starts exits 0, as it does stopped while
// running, and says so; it exited 1 with "context canceled" when the
// signal came while watch read its sources from stdin or its seen file, or
// while run waited for its brokers.
func TestServiceStoppedWhileStartingExitsZero(t *testing.T) {
	seen := filepath.Join(t.TempDir(), "seen.txt")
	if err := os.WriteFile(seen, []byte("https://example.com/a/1\t2026-12-01T00:00:00Z\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	closed := fmt.Sprintf("127.0.0.1:%d", kafkatest.FreePorts(t, 1)[0]) // nothing listens there
	for _, c := range []struct {
		name string
		args []string
		// wait is how long the command runs before the signal; 0: it
		// comes before the command starts.
		wait time.Duration
	}{
		{"watch reading its sources from stdin", []string{"watch", "--log-format", "json"}, 200 * time.Millisecond},
		{"watch reading its seen file", []string{"watch", "--log-format", "json", "--seen-file", seen, "example.com"}, 0},
		{"run waiting for its brokers", []string{"run", "--log-format", "json", "--brokers", closed}, 200 * time.Millisecond},
	} {
		t.Run(c.name, func(t *testing.T) {
			stdin, feed := io.Pipe() // open, never written: a terminal no one types at
			defer feed.Close()
			var out, errOut bytes.Buffer
			env := &Env{Stdin: stdin, Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
			ctx, cancel := context.WithCancel(context.Background())
			if c.wait == 0 {
				cancel()
			} else {
				time.AfterFunc(c.wait, cancel)
			}
			defer cancel()
			code := Main(ctx, env, c.args)
			if code != 0 || !strings.Contains(errOut.String(), "stopped on a signal while starting") {
				t.Errorf("%q stopped while starting: exit %d, stderr:\n%s", c.args, code, errOut.String())
			}
		})
	}
}

// TestServiceFailureWhileStartingExitsOne: a service that fails while it
// starts, with no signal, still exits 1.
func TestServiceFailureWhileStartingExitsOne(t *testing.T) {
	code, _, errOut := runMain(t, "", "watch", "--log-format", "json", "--seen-file", filepath.Join(t.TempDir(), "no", "such", "dir", "seen.txt"), "example.com")
	if code != 1 || strings.Contains(errOut, "stopped on a signal") {
		t.Errorf("watch with a seen file it cannot create: exit %d, stderr:\n%s", code, errOut)
	}
}

// TestTrainOutputCheckedFirst: an --out the model cannot be written at
// (its directory not there) fails train ner before it trains, exit 1, the
// flag named; the training was done, then lost, and the error said the
// shared data were missing where they were not looked for.
func TestTrainOutputCheckedFirst(t *testing.T) {
	dir, data := writeTinyCoNLL(t)
	out := filepath.Join(dir, "no-such-dir", "model.bin")
	code, _, errOut := runMain(t, "", "train", "ner", "--train", data, "--out", out, "--epochs", "1", "--runs", "1", "--stages", "1")
	if want := "newsner train ner: --out " + out + ": the model cannot be written there: "; code != 1 || !strings.HasPrefix(errOut, want) ||
		strings.Contains(errOut, "epoch") || strings.Contains(errOut, "shared data") {
		t.Errorf("train ner --out MISSING/model.bin: exit %d, stderr %.400q; want 1 and %q before any training", code, errOut, want)
	}
}
