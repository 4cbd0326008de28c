package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestEveryCommandTakesTheSameOpsFlagsAndEnv reads every command's --help:
// each takes --log-format, --log-level and --metrics-addr, and each flag
// names its environment variable.
func TestEveryCommandTakesTheSameOpsFlagsAndEnv(t *testing.T) {
	flagLine := regexp.MustCompile(`^  -([a-z0-9-]+)`)
	for _, args := range [][]string{
		{"extract"}, {"run"}, {"feed"}, {"watch"}, {"consume"}, {"serve"}, {"reprocess"}, {"eval", "extract"}, {"eval", "ner"}, {"train", "ner"},
	} {
		var out, errOut strings.Builder
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
		if code := Main(t.Context(), env, append(args, "--help")); code != 0 {
			t.Errorf("%v --help: exit %d", args, code)
			continue
		}
		lines := strings.Split(errOut.String(), "\n")
		seen := map[string]bool{}
		for i, l := range lines {
			m := flagLine.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			seen[m[1]] = true
			usage := l
			if i+1 < len(lines) {
				usage += lines[i+1]
			}
			if want := "(env " + envName(m[1]) + ")"; !strings.Contains(usage, want) {
				t.Errorf("%v: --%s does not name %s", args, m[1], want)
			}
		}
		for _, f := range []string{"log-format", "log-level", "metrics-addr"} {
			if !seen[f] {
				t.Errorf("%v: no --%s", args, f)
			}
		}
	}
}

// TestFlagsFromEnvironment sets flags through their environment variables:
// booleans as strconv.ParseBool reads them, the command line winning, and a
// value that does not parse being a usage error.
func TestFlagsFromEnvironment(t *testing.T) {
	run := func(vars map[string]string, args ...string) (int, string) {
		var out, errOut strings.Builder
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return vars[k] }}
		return Main(t.Context(), env, append([]string{"run", "--log-format", "json"}, args...)), errOut.String()
	}
	code, logs := run(map[string]string{"NEWSNER_TOPIC": "urls.from.env", "NEWSNER_IGNORE_ROBOTS": "TRUE", "NEWSNER_KAFKA_TLS": "1",
		"NEWSNER_WORKERS": "5", "NEWSNER_LOG_LEVEL": "warn"}, "--log-level", "info")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, logs)
	}
	for _, want := range []string{`"topic":"urls.from.env"`, `"ignore-robots":"true"`, `"kafka-tls":"true"`, `"workers":"5"`, `"log-level":"info"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("start-up line lacks %s:\n%s", want, logs)
		}
	}
	if code, logs := run(map[string]string{"NEWSNER_KAFKA_TLS": "maybe"}); code != 2 || !strings.Contains(logs, "NEWSNER_KAFKA_TLS") {
		t.Errorf("NEWSNER_KAFKA_TLS=maybe: exit %d, want 2 naming the variable:\n%s", code, logs)
	}
}
