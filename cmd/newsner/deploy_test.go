package main

// The deployment files (compose.yaml, deploy/) name newsner's flags,
// environment variables and metrics; these tests keep them in step with the
// commands, so a renamed flag or metric fails here rather than in a user's
// first `docker compose up`.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/ingest/kafkasource"
	"github.com/newsner/newsner/ingest/watch"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/newsner/newsner/sink"
	"github.com/prometheus/client_golang/prometheus"
)

// composeService is what the tests read of one compose.yaml service.
type composeService struct {
	name    string
	newsner bool     // built from this repository (build: .)
	command []string // the command array, subcommand first
	env     []string // environment variable names
}

// readCompose reads compose.yaml's services: their build, command and
// environment keys. The file keeps to a small YAML subset (two-space
// indents, commands as flow sequences of quoted strings), which this reader
// checks rather than assumes.
func readCompose(t *testing.T) []composeService {
	t.Helper()
	b, err := os.ReadFile("../../compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var svcs []composeService
	var cur *composeService
	inServices, inEnv := false, false
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") || strings.TrimSpace(line) == "" {
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		text := strings.TrimSpace(line)
		switch {
		case indent == 0:
			inServices = text == "services:"
			cur = nil
		case !inServices:
		case indent == 2:
			svcs = append(svcs, composeService{name: strings.TrimSuffix(text, ":")})
			cur = &svcs[len(svcs)-1]
			inEnv = false
		case indent == 4:
			inEnv = text == "environment:"
			switch {
			case text == "build: .":
				cur.newsner = true
			case strings.HasPrefix(text, "command:"):
				if err := json.Unmarshal([]byte(strings.TrimSpace(strings.TrimPrefix(text, "command:"))), &cur.command); err != nil {
					t.Fatalf("compose.yaml: service %s: command is not a flow sequence of strings: %v", cur.name, err)
				}
			}
		case indent == 6 && inEnv:
			name, _, ok := strings.Cut(text, ":")
			if !ok {
				t.Fatalf("compose.yaml: service %s: environment entry %q is not NAME: value", cur.name, text)
			}
			cur.env = append(cur.env, name)
		}
	}
	return svcs
}

// TestComposeCommandsAreValid runs every newsner service's command from
// compose.yaml with --help appended: a flag the command does not know is a
// usage error before --help is reached. Each NEWSNER_ variable the service
// sets must be one its command reads.
func TestComposeCommandsAreValid(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range readCompose(t) {
		if !s.newsner {
			continue
		}
		if len(s.command) == 0 {
			t.Errorf("compose.yaml: service %s has no command", s.name)
			continue
		}
		seen[s.command[0]] = true
		var out, errOut strings.Builder
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
		if code := Main(t.Context(), env, append(append([]string{}, s.command...), "--help")); code != 0 {
			t.Errorf("compose.yaml: service %s: newsner %s: exit %d\n%s", s.name, strings.Join(s.command, " "), code, errOut.String())
			continue
		}
		for _, v := range s.env {
			if strings.HasPrefix(v, "NEWSNER_") && !strings.Contains(out.String(), "(env "+v+")") {
				t.Errorf("compose.yaml: service %s sets %s, which newsner %s does not read", s.name, v, s.command[0])
			}
		}
	}
	for _, want := range []string{"run", "watch", "serve"} {
		if !seen[want] {
			t.Errorf("compose.yaml runs no %q service", want)
		}
	}
}

// TestComposeUsageCommandsAreValid runs the commands compose.yaml's
// header tells users to type (`docker compose run --rm newsner ...`) with
// the newsner service's environment, its brokers moved to an address
// where nothing listens: each may fail to reach them (exit 1) but none may
// be a usage error (exit 2). `watch --once example.com`, the header's way
// to add a site, was refused on Kafka ("--once ... are for the stdout
// mode"), and --help, as TestComposeCommandsAreValid appends, stops
// before that check.
func TestComposeUsageCommandsAreValid(t *testing.T) {
	b, err := os.ReadFile("../../compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	closed := fmt.Sprintf("127.0.0.1:%d", kafkatest.FreePorts(t, 1)[0]) // nothing listens there
	getenv := func(k string) string {
		switch k {
		case "NEWSNER_BROKERS":
			return closed
		case "NEWSNER_LOG_FORMAT":
			return "json"
		}
		return ""
	}
	const prefix = "docker compose run --rm newsner "
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		text := strings.TrimSpace(strings.TrimPrefix(line, "#"))
		if !strings.HasPrefix(line, "#") || !strings.HasPrefix(text, prefix) {
			continue
		}
		text, _, _ = strings.Cut(strings.TrimPrefix(text, prefix), "#")
		args := strings.Fields(text)
		n++
		ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
		var out, errOut strings.Builder
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: getenv}
		code := Main(ctx, env, args)
		cancel()
		if code == 2 {
			t.Errorf("compose.yaml: newsner %s: a usage error\n%s", strings.Join(args, " "), errOut.String())
		}
	}
	if n == 0 {
		t.Error("compose.yaml's header shows no `docker compose run --rm newsner` command")
	}
}

// TestDashboardMetricsExist checks that every metric the Grafana dashboard
// queries is one newsner registers, and that the dashboard shows each
// family of them (pipeline, Kafka, extraction, watch).
func TestDashboardMetricsExist(t *testing.T) {
	reg := &recorder{Registerer: prometheus.NewRegistry()}
	ingest.NewMetrics(reg)
	extract.NewMetrics(reg)
	kafkasource.NewMetrics(reg)
	sink.NewKafkaMetrics(reg)
	wm := watch.NewMetrics(reg)
	wm.RegisterSeen(reg, watch.NewSeen())
	known := map[string]bool{}
	descs := make(chan *prometheus.Desc, 256)
	go func() {
		defer close(descs)
		for _, c := range reg.collectors {
			c.Describe(descs)
		}
	}()
	fqName := regexp.MustCompile(`fqName: "([^"]+)"`)
	for d := range descs {
		if m := fqName.FindStringSubmatch(d.String()); m != nil {
			known[m[1]] = true
		}
	}
	if len(known) < 10 {
		t.Fatalf("only %d metrics registered: %v", len(known), known)
	}

	b, err := os.ReadFile("../../deploy/grafana/newsner-dashboard.json")
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
	}
	if err := json.Unmarshal(b, &dash); err != nil {
		t.Fatal(err)
	}
	metric := regexp.MustCompile(`newsner_[a-z0-9_]+`)
	families := map[string]bool{}
	for _, p := range dash.Panels {
		for _, tg := range p.Targets {
			for _, name := range metric.FindAllString(tg.Expr, -1) {
				base := name
				for _, suf := range []string{"_bucket", "_sum", "_count"} {
					if b := strings.TrimSuffix(name, suf); b != name && known[b] {
						base = b
					}
				}
				if !known[base] {
					t.Errorf("dashboard panel %q queries %s, which newsner does not register", p.Title, name)
				}
				for _, f := range []string{"newsner_kafka_", "newsner_watch_", "newsner_entities_", "newsner_extract_", "newsner_fetch"} {
					if strings.HasPrefix(base, f) {
						families[f] = true
					}
				}
			}
		}
	}
	for _, f := range []string{"newsner_kafka_", "newsner_watch_", "newsner_entities_", "newsner_extract_", "newsner_fetch"} {
		if !families[f] {
			t.Errorf("the dashboard shows no %s* metric", f)
		}
	}
}

// recorder is a Registerer that keeps what is registered with it, so the
// test can ask every collector for its descriptions (a vector with no
// children yet is described but not gathered).
type recorder struct {
	prometheus.Registerer
	collectors []prometheus.Collector
}

func (r *recorder) Register(c prometheus.Collector) error {
	r.collectors = append(r.collectors, c)
	return r.Registerer.Register(c)
}

func (r *recorder) MustRegister(cs ...prometheus.Collector) {
	r.collectors = append(r.collectors, cs...)
	r.Registerer.MustRegister(cs...)
}
