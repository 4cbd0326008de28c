package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// opsOpts are the operational flags of the long-running commands: logging
// and the metrics/health listener.
type opsOpts struct {
	LogFormat   string
	LogLevel    string
	MetricsAddr string
}

func opsFlags(fs *flag.FlagSet, env *Env) *opsOpts {
	o := &opsOpts{}
	fs.StringVar(&o.LogFormat, "log-format", envOr(env, "NEWSNER_LOG_FORMAT", "auto"), "log format: text, json, or auto (text on a terminal, JSON otherwise) (env NEWSNER_LOG_FORMAT)")
	fs.StringVar(&o.LogLevel, "log-level", envOr(env, "NEWSNER_LOG_LEVEL", "info"), "log level: debug, info, warn or error (env NEWSNER_LOG_LEVEL)")
	fs.StringVar(&o.MetricsAddr, "metrics-addr", envOr(env, "NEWSNER_METRICS_ADDR", ""), "address to serve /metrics, /healthz and /readyz on, e.g. 127.0.0.1:9464; empty: none (env NEWSNER_METRICS_ADDR)")
	return o
}

// logger returns the logger the flags ask for, writing to env.Stderr.
func (o *opsOpts) logger(env *Env) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.LogLevel)); err != nil {
		return nil, fmt.Errorf("--log-level %q: want debug, info, warn or error", o.LogLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch o.LogFormat {
	case "text":
		return slog.New(slog.NewTextHandler(env.Stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(env.Stderr, opts)), nil
	case "auto", "":
		if isTerminal(env.Stderr) {
			return slog.New(slog.NewTextHandler(env.Stderr, opts)), nil
		}
		return slog.New(slog.NewJSONHandler(env.Stderr, opts)), nil
	}
	return nil, fmt.Errorf("--log-format %q: want text, json or auto", o.LogFormat)
}

// newRegistry returns a registry with the Go runtime and process collectors.
func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// serveOps serves /metrics, /healthz (the process is alive) and /readyz
// (ready() is true) on addr until ctx is done. It returns once listening, with
// the address it listens on; the server stops when ctx is done.
func serveOps(ctx context.Context, addr string, reg *prometheus.Registry, ready func() error, logger *slog.Logger) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", fmt.Errorf("metrics listener: %w", err)
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
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("metrics server", "error", err)
		}
	}()
	context.AfterFunc(ctx, func() {
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	})
	return ln.Addr().String(), nil
}

// redact returns the flags as key/value pairs for the start-up log line,
// with secrets (passwords, keys) replaced.
func redact(fs *flag.FlagSet) []any {
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
