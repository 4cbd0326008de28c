package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// openTerminal opens a pseudo-terminal and returns its terminal side, as a
// user's stdin is; it skips where the machine has none.
func openTerminal(t *testing.T) *os.File {
	t.Helper()
	ptm, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skip("no pseudo-terminals:", err)
	}
	t.Cleanup(func() { ptm.Close() })
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptm.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skip("unlock pseudo-terminal:", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptm.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skip("pseudo-terminal number:", e)
	}
	pts, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip("open pseudo-terminal:", err)
	}
	t.Cleanup(func() { pts.Close() })
	return pts
}

// TestCommandsSayTheyReadATerminal: a command reading stdin at a terminal
// says what it waits for, as run and feed say they read URLs; `watch`
// given no sources and `extract -` sat there without a word.
func TestCommandsSayTheyReadATerminal(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"watch", "--log-format", "json"}, "newsner watch: reading sources (sites, feed or sitemap URLs) from stdin, one a line; end with Ctrl-D"},
		{[]string{"extract", "--log-format", "json", "-"}, "newsner extract: reading a page (HTML or text) from stdin; end with Ctrl-D"},
	} {
		tty := openTerminal(t)
		var out, errOut strings.Builder
		env := &Env{Stdin: tty, Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(300*time.Millisecond, cancel) // no one types: stop it
		Main(ctx, env, c.args)
		if !strings.Contains(errOut.String(), c.want) {
			t.Errorf("%q reading a terminal said:\n%s", c.args, errOut.String())
		}
	}
}
