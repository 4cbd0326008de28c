package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/newsner/newsner/internal/logging"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// opsOpts are the operational flags every command takes: logging and the
// metrics/health listener.
type opsOpts struct {
	LogFormat   string
	LogLevel    string
	MetricsAddr string
}

func (o *opsOpts) register(fs *flag.FlagSet) {
	fs.StringVar(&o.LogFormat, "log-format", "auto", "log format: text, json, or auto (text on a terminal, JSON otherwise)")
	fs.StringVar(&o.LogLevel, "log-level", "info", "log level: debug, info, warn or error")
	fs.StringVar(&o.MetricsAddr, "metrics-addr", "", "address to serve /metrics, /healthz and /readyz on, e.g. 127.0.0.1:9464; empty: none")
}

// check refuses a --metrics-addr that is no host:port (checkAddr).
func (o *opsOpts) check() error {
	if o.MetricsAddr == "" {
		return nil
	}
	_, err := checkAddr("metrics-addr", o.MetricsAddr, "127.0.0.1:9464")
	return err
}

// checkAddr refuses the value addr of the address flag name
// (--metrics-addr, serve's --addr) where it is no host:port a listener
// takes, a mistake in the command line (exit 2, saying what would do, as
// example) where it failed at listening (exit 1: "listen tcp: address
// 99999: invalid port"). It returns the host.
func checkAddr(name, addr, example string) (host string, err error) {
	host, port, err := net.SplitHostPort(addr)
	if err == nil {
		_, err = net.LookupPort("tcp", port)
	}
	if err != nil {
		return "", usageErrorf("--%s %q: want host:port, e.g. %s: %w", name, addr, example, err)
	}
	return host, nil
}

// logger returns the logger the flags ask for, writing to env.Stderr.
func (o *opsOpts) logger(env *Env) (*slog.Logger, error) {
	return o.loggerTo(env.Stderr, isTerminal(env.Stderr))
}

// loggerTo returns the logger the flags ask for, writing to w, which is
// (or writes to) a terminal where terminal is set.
func (o *opsOpts) loggerTo(w io.Writer, terminal bool) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.LogLevel)); err != nil {
		return nil, usageErrorf("--log-level %q: want debug, info, warn or error", o.LogLevel)
	}
	opts := &slog.HandlerOptions{Level: level, ReplaceAttr: durationText}
	var h slog.Handler
	switch o.LogFormat {
	case "text":
		h = slog.NewTextHandler(w, opts)
	case "json":
		h = slog.NewJSONHandler(w, opts)
	case "auto", "":
		if terminal {
			h = slog.NewTextHandler(w, opts)
		} else {
			h = slog.NewJSONHandler(w, opts)
		}
	default:
		return nil, usageErrorf("--log-format %q: want text, json or auto", o.LogFormat)
	}
	// Repeated warnings (a broker down) are counted, not repeated.
	return slog.New(logging.RateLimit(h, logging.DefaultEvery)), nil
}

// durationText writes a duration as the text format and the flags do
// ("1.001s"), in JSON too: slog's JSON handler wrote it as a number of
// nanoseconds ("waited":1001000000), a figure without its unit, where the
// other durations of the same lines ("retry_in":"1s") were text.
func durationText(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() == slog.KindDuration {
		a.Value = slog.StringValue(a.Value.Duration().String())
	}
	return a
}

// serveOps serves the metrics of reg (the Go runtime's where nil), with
// ready for /readyz (always ready where nil), on --metrics-addr if given,
// for as long as the command runs: stop ends it, and returns once the
// listener is closed. It outlives a stop being asked for (the command's
// context cancelled), so /metrics stays up while work drains.
func (fs *flagSet) serveOps(reg *prometheus.Registry, ready func() error) (stop func(), err error) {
	if fs.ops.MetricsAddr == "" {
		return func() {}, nil
	}
	if reg == nil {
		reg = newRegistry()
	}
	if ready == nil {
		ready = func() error { return nil }
	}
	addr, stop, err := serveMetrics(fs.ops.MetricsAddr, reg, ready, fs.log)
	if err != nil {
		return nil, err
	}
	fs.log.Info("serving metrics", "addr", addr)
	return stop, nil
}

// parseAndServe parses args (parse) and serves the Go runtime's metrics on
// --metrics-addr where given, until stop.
func parseAndServe(fs *flagSet, args []string) (stop func(), err error) {
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	return fs.serveOps(nil, nil)
}

// parseFlagsAndServe is parseAndServe for a command that takes flags only:
// an argument left after them is a usage error (noArgs, with hint), refused
// before the metrics are served, as run refuses one.
func parseFlagsAndServe(fs *flagSet, args []string, hint string) (stop func(), err error) {
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	if err := noArgs(fs, hint); err != nil {
		return nil, err
	}
	return fs.serveOps(nil, nil)
}

// listenOn listens on addr, the value of the flag name (--metrics-addr,
// serve's --addr); an address in use says so and what to do.
func listenOn(name, addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("--%s %s is in use (another newsner running?): give another address, or port 0 for any free one: %w", name, addr, err)
	}
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", name, err)
	}
	return ln, nil
}

// serveMetrics serves /metrics, /healthz (the process is alive) and /readyz
// (ready() is nil) on addr until stop, which returns once the server is
// shut down. It returns once listening, with the address it listens on.
func serveMetrics(addr string, reg *prometheus.Registry, ready func() error, logger *slog.Logger) (string, func(), error) {
	ln, err := listenOn("metrics-addr", addr)
	if err != nil {
		return "", nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := ready(); err != nil {
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	served := make(chan struct{})
	go func() {
		defer close(served)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("metrics server", "error", err)
		}
	}()
	stop := func() {
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
		<-served
	}
	return ln.Addr().String(), stop, nil
}

// redact returns the flags as key/value pairs for the start-up log line,
// with secrets (passwords, keys) replaced.
func redact(fs *flagSet) []any {
	var kv []any
	fs.VisitAll(func(f *flag.Flag) {
		v := f.Value.String()
		name := strings.ToLower(f.Name)
		if v != "" && (strings.Contains(name, "password") || strings.Contains(name, "secret") || strings.Contains(name, "token")) {
			v = "[redacted]"
		}
		kv = append(kv, f.Name, v)
	})
	return kv
}

// readsSTDIN is said before command name reads what ("URLs from stdin,
// one a line", "a page from stdin") as typed in example ("newsner run <
// urls.txt"). It tells a user at a terminal that
// the command waits for them to type it (it would otherwise sit there
// without a word), and refuses a directory given as stdin ('newsner run <
// DIR') as a mistake in the command line, saying what to give instead,
// where reading it failed with "read /dev/stdin: is a directory".
func readsSTDIN(env *Env, name, what, example string) error {
	f, ok := env.Stdin.(*os.File)
	if !ok {
		return nil
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return usageErrorf("stdin is a directory: %s reads %s; give it a file (%s) or a pipe", name, what, example)
	}
	if isTerminal(f) {
		fmt.Fprintf(env.Stderr, "newsner %s: reading %s; end with Ctrl-D\n", name, what)
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal) other
// than the null device, which is one too: `run </dev/null` (a service
// manager's stdin) is not typed at, nor is `2>/dev/null` read.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}

// newRegistry returns a registry with the Go runtime and process collectors.
func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}
