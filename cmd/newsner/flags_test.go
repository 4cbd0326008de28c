package main

import (
	"context"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
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
		lines := strings.Split(out.String(), "\n")
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
		// Every flag the help names is one the command takes (watch's
		// said "processes of --group", a flag it refuses: --watch-group).
		for _, m := range mentioned.FindAllStringSubmatch(out.String(), -1) {
			if !seen[m[1]] {
				t.Errorf("%v --help names --%s, which it does not take", args, m[1])
			}
		}
	}
}

// mentioned finds the flags a help text names ("--watch-group").
var mentioned = regexp.MustCompile(`(?:^|[^-\w])--([a-z][a-z0-9-]*)`)

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
	// The values in force, also of flags with their own value types (they
	// printed "per-host-rate":"" and "max-redirects":"").
	for _, want := range []string{`"topic":"urls.from.env"`, `"ignore-robots":"true"`, `"kafka-tls":"true"`, `"workers":"5"`, `"log-level":"info"`,
		`"per-host-rate":"2"`, `"max-redirects":"10"`, `"max-body-bytes":"16777216"`, `"dedupe-window":"1h0m0s"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("start-up line lacks %s:\n%s", want, logs)
		}
	}
	if code, logs := run(map[string]string{"NEWSNER_KAFKA_TLS": "maybe"}); code != 2 || !strings.Contains(logs, "NEWSNER_KAFKA_TLS") {
		t.Errorf("NEWSNER_KAFKA_TLS=maybe: exit %d, want 2 naming the variable:\n%s", code, logs)
	}
}

// TestFlagsAfterArguments: flags may follow the arguments, as with the Go
// and Unix tools ("feed URL --brokers B" once read --brokers as a file of
// URLs); "--" ends the flags; an unknown flag is a usage error naming it.
func TestFlagsAfterArguments(t *testing.T) {
	page := "../../testdata/pages/eu-summit.html"
	code, out, errOut := runMain(t, "", "extract", page, "--input-format", "text", "--workers", "1")
	if code != 0 {
		t.Fatalf("extract PAGE --input-format text: exit %d: %s", code, errOut)
	}
	if recs := decodeLines(t, out); len(recs) != 1 || !strings.HasPrefix(recs[0].Text, "<!") {
		t.Errorf("--input-format after the argument was not applied (text should be the markup as is): %.80q", out)
	}
	if code, help, _ := runMain(t, "", "feed", "https://example.com/a", "--help"); code != 0 || !strings.Contains(help, "Usage: newsner feed") {
		t.Errorf("feed URL --help: exit %d, want 0 and the usage:\n%s", code, help)
	}
	code, _, errOut = runMain(t, "", "extract", page, "--no-such-flag")
	if code != 2 || !strings.Contains(errOut, "no-such-flag") {
		t.Errorf("extract PAGE --no-such-flag: exit %d, want 2 naming the flag:\n%s", code, errOut)
	}
	code, out, _ = runMain(t, "", "extract", "--", "--not-a-flag")
	abs, _ := filepath.Abs("--not-a-flag") // a file's dead letter names it as its article would
	if recs := decodeLines(t, out); code != 1 || len(recs) != 1 || recs[0].Class != newsner.EInvalid || recs[0].URL != "file://"+abs {
		t.Errorf("extract -- --not-a-flag: exit %d, want 1 and an invalid dead letter for it:\n%s", code, out)
	}
}

// TestErrorsSayEachThingOnce: a missing file is named once, not as
// "open X: open X:", feed's errors are not prefixed "feed: feed:", and
// eval's and train's name their subcommand once.
func TestErrorsSayEachThingOnce(t *testing.T) {
	_, out, _ := runMain(t, "", "extract", "no-such-file.html")
	recs := decodeLines(t, out)
	if len(recs) != 1 || strings.Count(recs[0].Error, "no-such-file.html") != 1 || !strings.Contains(recs[0].Error, "no such file") {
		t.Errorf("missing file: want the path once and the reason: %q", out)
	}
	code, _, errOut := runMain(t, "", "feed", "--brokers", "127.0.0.1:1", "no-such-urls.txt")
	if code != 1 || strings.Count(errOut, "feed") != 1 || strings.Count(errOut, "no-such-urls.txt") != 1 {
		t.Errorf("feed of a missing file: exit %d, want 1 and each thing said once:\n%s", code, errOut)
	}
	// A URL typed without its scheme is taken for a file; the error says
	// how to write it ("stat example.com/news/1: no such file or directory").
	code, _, errOut = runMain(t, "", "feed", "--brokers", "127.0.0.1:1", "example.com/news/1")
	if code != 1 || !strings.Contains(errOut, "example.com/news/1: no such file (nor a URL") || !strings.Contains(errOut, "https://") {
		t.Errorf("feed of a URL without its scheme: exit %d, want 1 and what a URL starts with:\n%s", code, errOut)
	}
	// A missing model or --unseen file names its flag ("load model: open
	// X", "conll: open X" said neither).
	code, _, errOut = runMain(t, "", "eval", "ner", "--model", "no-such-model.bin")
	if code != 1 || strings.Count(errOut, "eval") != 1 || !strings.HasPrefix(errOut, "newsner eval ner: --model: open no-such-model.bin: ") {
		t.Errorf("eval ner of a missing model: exit %d, want 1, the command and the flag named once:\n%s", code, errOut)
	}
	code, _, errOut = runMain(t, "", "eval", "ner", "--sets", "eng.testa", "--unseen", "no-such-train.conll")
	if code != 1 || !strings.HasPrefix(errOut, "newsner eval ner: --unseen: ") || strings.Count(errOut, "no-such-train.conll") != 1 {
		t.Errorf("eval ner --unseen of a missing file: exit %d, want 1 and the flag named:\n%s", code, errOut)
	}
	// train ner's files name their flag, as eval ner's do; they said
	// "open X", "silver: stat X", "cluster text: stat X" or only the
	// source ("unknown training source").
	dir := t.TempDir()
	train := filepath.Join(dir, "train.conll")
	if err := os.WriteFile(train, []byte(tinyCoNLL), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range [][]string{
		{"--train", "no-such.conll"},
		{"--extra", "no-such-corpus"},
		{"--glove-clusters", "no-such-clusters.txt"},
		{"--silver", "no-such-texts"},
		{"--silver-model", "no-such-model.bin", "--silver", train},
		{"--silver-agree", "no-such-model.bin", "--silver", train},
		{"--cluster-text", "no-such-texts"},
		{"--cluster-sources", "no-such-corpus"},
	} {
		args := append([]string{"train", "ner", "--train", train, "--out", filepath.Join(dir, "model.bin"), "--extra", "none"}, c...)
		code, _, errOut = runMain(t, "", args...)
		if want := "newsner train ner: " + c[0] + ": "; code != 1 || !strings.HasPrefix(errOut, want) || strings.Count(errOut, c[1]) != 1 {
			t.Errorf("train ner %s %s: exit %d, want 1 and %q:\n%s", c[0], c[1], code, want, errOut)
		}
	}
	code, _, errOut = runMain(t, "", "train", "ner", "--merge", "no-such-model.bin")
	if code != 2 || strings.Count(errOut, "train") != 1 || !strings.HasPrefix(errOut, "newsner train ner: ") {
		t.Errorf("train ner with a bad --merge: exit %d, want 2 (a usage error) and the command named once:\n%s", code, errOut)
	}
}

// TestCommandLoggersCountRepeats: the logger every command makes counts
// repeated warnings instead of writing each (162 "kafka write failed;
// retrying" lines in 23 s during an outage).
func TestCommandLoggersCountRepeats(t *testing.T) {
	var buf strings.Builder
	o := opsOpts{LogFormat: "json", LogLevel: "info"}
	log, err := o.loggerTo(&buf, false)
	if err != nil {
		t.Fatal(err)
	}
	for range 100 {
		log.Warn("kafka write failed; retrying", "error", "connection refused")
	}
	if n := strings.Count(buf.String(), "\n"); n != 1 {
		t.Errorf("100 identical warnings at once wrote %d lines, want 1 (the rest counted):\n%s", n, buf.String())
	}
}

// TestCommandLoggersWriteDurationsAsText: a duration logged in JSON is
// written as text with its unit, as in the text format and as the other
// durations of the same lines are ("waited":"1.001s"), not as a number of
// nanoseconds ("waited":1001000000, run's "URL waited for its host's
// request limits" line).
func TestCommandLoggersWriteDurationsAsText(t *testing.T) {
	for _, format := range []string{"json", "text"} {
		var buf strings.Builder
		o := opsOpts{LogFormat: format, LogLevel: "info"}
		log, err := o.loggerTo(&buf, false)
		if err != nil {
			t.Fatal(err)
		}
		log.Info("URL waited", "waited", 1001*time.Millisecond, slog.Group("g", "d", 2*time.Minute))
		want := map[string][]string{"json": {`"waited":"1.001s"`, `"g":{"d":"2m0s"}`}, "text": {"waited=1.001s", "g.d=2m0s"}}[format]
		for _, w := range want {
			if !strings.Contains(buf.String(), w) {
				t.Errorf("--log-format %s: %q lacks %s", format, buf.String(), w)
			}
		}
	}
}

// TestHelpGoesToStdout: help asked for (newsner help, --help, a command's
// --help, eval's and train's) is printed on stdout with exit 0, so it can be
// paged or searched; usage after a mistake is printed on stderr with exit 2.
func TestHelpGoesToStdout(t *testing.T) {
	for _, args := range [][]string{
		{"help"}, {"--help"}, {"-h"}, {"extract", "--help"}, {"extract", "-h"}, {"run", "--help"},
		{"feed", "x", "--help"}, {"eval", "--help"}, {"eval", "ner", "--help"}, {"train", "--help"},
		{"version", "--help"}, {"help", "version"},
	} {
		code, out, errOut := runMain(t, "", args...)
		if code != 0 || !strings.Contains(out, "Usage: newsner") || errOut != "" {
			t.Errorf("%q: exit %d, stdout %.60q, stderr %.60q; want 0 and the usage on stdout only", args, code, out, errOut)
		}
	}
	for _, args := range [][]string{
		{}, {"no-such-command"}, {"extract"}, {"eval"}, {"eval", "bogus"}, {"train"},
	} {
		code, out, errOut := runMain(t, "", args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "Usage: newsner") {
			t.Errorf("%q: exit %d, stdout %.60q, stderr %.60q; want 2 and the usage on stderr only", args, code, out, errOut)
		}
	}
}

// TestVersion: newsner --version, -v and version print the version and the
// record versions, the model field as a record carries it, on stdout with
// exit 0; they were an unknown command (exit 2).
func TestVersion(t *testing.T) {
	code, out, _ := runMain(t, "Ada Lovelace spoke in London.", "extract", "--input-format", "text", "-")
	recs := decodeLines(t, out)
	if code != 0 || len(recs) != 1 || recs[0].Model == "" {
		t.Fatalf("extract of a text: exit %d, stdout %.300q", code, out)
	}
	want := "records: " + newsner.ArticleSchema + ", model " + recs[0].Model + "\n"
	for _, args := range [][]string{{"--version"}, {"-v"}, {"version"}} {
		code, out, errOut := runMain(t, "", args...)
		if code != 0 || !strings.HasPrefix(out, "newsner ") || !strings.HasSuffix(out, want) || strings.Count(out, "\n") != 2 || errOut != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %.200q; want 0, the version and %q", args, code, out, errOut, want)
		}
	}
	if code, _, errOut := runMain(t, "", "version", "x"); code != 2 || errOut != "newsner version: unexpected argument \"x\": version takes none\n" {
		t.Errorf("version x: exit %d, stderr %q; want 2 and one line", code, errOut)
	}
}

// TestKafkaSASLCheckedFirst: a --kafka-sasl not known is said before
// what it would need (a user, a password file): it said "no user name".
// It exits 2, a flag value refused, as the README says; it exited 1, and
// so did the other refusals of the Kafka flags' mix.
func TestKafkaSASLCheckedFirst(t *testing.T) {
	code, _, errOut := runMain(t, "", "feed", "--brokers", "127.0.0.1:1", "--kafka-sasl", "bogus", "https://x.example/")
	if want := "newsner feed: kafka SASL: unknown mechanism \"bogus\" (want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)\n"; code != 2 || errOut != want {
		t.Errorf("feed --kafka-sasl bogus: exit %d, stderr %q; want 2 and %q", code, errOut, want)
	}
	for _, args := range [][]string{
		{"run", "--brokers", "127.0.0.1:1", "--kafka-sasl", "bogus"},
		{"feed", "--brokers", "127.0.0.1:1", "--kafka-sasl", "PLAIN", "https://x.example/"},
		{"feed", "--brokers", "127.0.0.1:1", "--kafka-cert-file", "c.pem", "https://x.example/"},
	} {
		if code, _, errOut := runMain(t, "", args...); code != 2 || !strings.Contains(errOut, "newsner "+args[0]+": kafka ") {
			t.Errorf("%q: exit %d, stderr %q; want 2 and the refusal", args, code, errOut)
		}
	}
	// A file the flags name that cannot be read is a failure, exit 1,
	// not a mistake in the command line.
	missing := filepath.Join(t.TempDir(), "ca.pem")
	if code, _, errOut := runMain(t, "", "feed", "--brokers", "127.0.0.1:1", "--kafka-ca-file", missing, "https://x.example/"); code != 1 || !strings.Contains(errOut, "newsner feed: kafka CA file: ") {
		t.Errorf("feed --kafka-ca-file MISSING: exit %d, stderr %q; want 1 and the file not read", code, errOut)
	}
}

// TestHelpCommand: `newsner help CMD` is `newsner CMD --help`; a command
// that does not exist is said to be unknown, exit 2.
// TestHelpExitStatusesAsREADME: newsner --help lists the exit statuses, as
// the README does: what exits 1 and what exits 2, in the same words. The
// help listed none.
func TestHelpExitStatusesAsREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	words := func(s string) string { return strings.Join(strings.Fields(strings.ReplaceAll(s, "`", "")), " ") }
	doc := words(string(readme))
	_, help, _ := runMain(t, "", "--help")
	help = words(help)
	for _, part := range []*regexp.Regexp{
		regexp.MustCompile(`1 when something failed \([^)]*\)`),
		regexp.MustCompile(`2 for a mistake in the command line`),
	} {
		want := part.FindString(doc)
		if want == "" {
			t.Fatalf("README lacks %s", part)
		}
		if !strings.Contains(help, want) {
			t.Errorf("newsner --help does not say %q, as README does:\n%s", want, help)
		}
	}
	// consume, stopped so, exits 0 as the services do: neither said so.
	signal := regexp.MustCompile(`SIGINT or SIGTERM stops [^.]*consume[^.]* with status 0`)
	if !signal.MatchString(doc) || !signal.MatchString(help) {
		t.Errorf("README and newsner --help do not both say that SIGINT or SIGTERM stops consume with status 0")
	}
}

func TestHelpCommand(t *testing.T) {
	for _, args := range [][]string{{"extract"}, {"serve"}, {"eval", "ner"}, {"train"}} {
		_, want, _ := runMain(t, "", append(args, "--help")...)
		code, out, _ := runMain(t, "", append([]string{"help"}, args...)...)
		if code != 0 || out != want {
			t.Errorf("help %q: exit %d, stdout %.80q; want 0 and %.80q", args, code, out, want)
		}
	}
	code, out, errOut := runMain(t, "", "help", "no-such-command")
	if code != 2 || out != "" || !strings.Contains(errOut, `unknown command "no-such-command"`) {
		t.Errorf("help no-such-command: exit %d, stdout %.60q, stderr %.80q; want 2, the command named unknown", code, out, errOut)
	}
}

// TestBadFlagValuesExitTwo: a flag value, or a mix of flags and arguments,
// that a command refuses after parsing is a usage error as a value the
// flag package refuses is (--max-redirects -1): exit 2, one line on stderr
// naming the flag, nothing on stdout. --input-format pdf and --log-level
// loud exited 1, as a failed run does, beside --max-redirects -1's 2; a
// negative --workers was taken silently as the default.
func TestBadFlagValuesExitTwo(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		flag string
		args []string
	}{
		{"--max-redirects", []string{"extract", "--max-redirects", "-1", "x"}},
		{"--input-format", []string{"extract", "--input-format", "pdf", "x"}},
		{"--log-level", []string{"extract", "--log-level", "loud", "x"}},
		{"--log-format", []string{"feed", "--log-format", "xml", "x"}},
		{"--input-format", []string{"run", "--input-format", "pdf"}},
		{"--progress", []string{"reprocess", "--progress", "sometimes", dir}},
		{"--since", []string{"reprocess", "--since", "the day before", dir}},
		{"--group", []string{"reprocess", "--group", "g", dir}},
		{"--checkpoint", []string{"reprocess", "--brokers", "127.0.0.1:1", "--checkpoint", dir + "/cp.json"}},
		{"--format", []string{"watch", "--format", "xml", "example.com"}},
		{"--seen-ttl", []string{"watch", "--seen-ttl", "-1h", "example.com"}},
		{"--replace", []string{"watch", "--replace", "example.com"}},
		{"--format", []string{"consume", "--format", "xml"}},
		{"--max-articles", []string{"serve", "--max-articles", "0", "-"}},
		{"--public", []string{"serve", "--addr", "0.0.0.0:0", "-"}},
		// Passed over with files: every record was shown.
		{"--since", []string{"serve", "--since", "1h", dir + "/records.jsonl"}},
		// A port no listener takes failed at listening, with exit 1.
		{"--addr", []string{"serve", "--addr", "127.0.0.1:99999", "-"}},
		{"--metrics-addr", []string{"extract", "--metrics-addr", "127.0.0.1:99999", "x"}},
		{"--half", []string{"eval", "extract", "--shared", dir, "--half", "c"}},
		// Flags that shape another's output, alone, were passed over: the
		// whole evaluation ran.
		{"--find", []string{"eval", "extract", "--shared", dir, "--find", "a sentence"}},
		{"--full", []string{"eval", "extract", "--shared", dir, "--full"}},
		{"--perturb-only", []string{"eval", "extract", "--shared", dir, "--perturb-only", "aside"}},
		// A set mistyped scored nothing, with exit 0 ("extraction NaN MB/s").
		{"--sets", []string{"eval", "extract", "--shared", dir, "--sets", "news-page"}},
		{"--sets", []string{"eval", "extract", "--shared", dir, "--sets", "news-pages,dragnet"}},
		{"--merge", []string{"train", "ner", "--merge", "one-model.bin"}},
		// A set that is no set nor file: train ner said so after training.
		{"--dev", []string{"train", "ner", "--train", dir + "/none.conll", "--dev", "eng.testaa"}},
		{"--sets", []string{"eval", "ner", "--sets", "gum-nwes"}},
		// Naming no set scored nothing and said nothing, with exit 0.
		{"--sets", []string{"eval", "ner", "--sets", ""}},
		{"--sets", []string{"eval", "ner", "--sets", " , "}},
		{"--sets", []string{"eval", "extract", "--shared", dir, "--sets", ","}},
		{"--workers", []string{"extract", "--workers", "-2", "x"}},
		{"--workers", []string{"run", "--workers", "-1"}},
		{"--workers", []string{"reprocess", "--workers", "-4", dir}},
		// No broker in --brokers: internal/kafka's refusal had a class
		// of its own, which Main did not ask, and exited 1.
		{"--brokers", []string{"feed", "--brokers", ",", "https://x.example/"}},
		{"--brokers", []string{"consume", "--brokers", ""}},
		// A goroutine a worker, started at once: run ran the machine out
		// of memory.
		{"--workers", []string{"run", "--workers", "1000000000"}},
		{"--workers", []string{"reprocess", "--workers", "10001", dir}},
	} {
		code, out, errOut := runMain(t, "", c.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, c.flag[1:]) || !strings.HasPrefix(errOut, "newsner ") && !strings.HasPrefix(errOut, "invalid value") {
			t.Errorf("%q: exit %d, stdout %.60q, stderr %.200q; want 2 and the flag named on stderr", c.args, code, out, errOut)
		}
	}
}

// TestMissingArgumentsAreSaid: a command line missing what a command needs
// (extract's INPUT, eval's or train's subcommand), naming an unknown
// subcommand or giving arguments to a command that takes none exits 2
// with a first line on stderr that says what is wrong; they printed the
// usage alone, or the arguments were passed over.
func TestMissingArgumentsAreSaid(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"extract"}, "newsner extract: give an INPUT"},
		{[]string{"eval"}, "newsner eval: no subcommand given"},
		{[]string{"eval", "nre"}, `newsner eval: unknown subcommand "nre"`},
		{[]string{"eval", "--sets", "all", "ner"}, "newsner eval: --sets before the subcommand"},
		{[]string{"train"}, "newsner train: no subcommand given"},
		{[]string{"train", "extract"}, `newsner train: unknown subcommand "extract"`},
		// Arguments to a command that takes flags only were passed over
		// (run read stdin, and at a terminal waited for URLs, while the
		// user had named a file; eval extract scored every set) or
		// printed the usage alone.
		{[]string{"run", "urls.txt"}, `newsner run: unexpected argument "urls.txt": run reads URLs from stdin (newsner run < urls.txt)`},
		{[]string{"consume", "newsner.dlq"}, `newsner consume: unexpected argument "newsner.dlq"`},
		{[]string{"eval", "extract", "page.html"}, `newsner eval extract: unexpected argument "page.html"`},
		{[]string{"eval", "ner", "eng.testa"}, `newsner eval ner: unexpected argument "eng.testa"`},
		{[]string{"train", "ner", "eng.train"}, `newsner train ner: unexpected argument "eng.train"`},
	} {
		code, out, errOut := runMain(t, "", c.args...)
		first, _, _ := strings.Cut(errOut, "\n")
		if code != 2 || out != "" || !strings.HasPrefix(first, c.want) {
			t.Errorf("%q: exit %d, stdout %.60q, stderr %.200q; want 2 and %q first", c.args, code, out, errOut, c.want)
		}
	}
}

// TestArgumentRefusedBeforeMetrics: a command that takes flags only
// refuses an argument (exit 2, saying so) before it serves its metrics, as
// run does: with --metrics-addr on an address in use, consume, eval and
// train said the address was in use (exit 1) and not what was wrong.
func TestArgumentRefusedBeforeMetrics(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	for _, args := range [][]string{
		{"run", "--metrics-addr", addr, "urls.txt"},
		{"consume", "--metrics-addr", addr, "newsner.dlq"},
		{"eval", "extract", "--metrics-addr", addr, "page.html"},
		{"eval", "ner", "--metrics-addr", addr, "eng.testa"},
		{"train", "ner", "--metrics-addr", addr, "eng.train"},
	} {
		code, _, errOut := runMain(t, "", args...)
		if first, _, _ := strings.Cut(errOut, "\n"); code != 2 || !strings.Contains(first, "unexpected argument") {
			t.Errorf("%q, the metrics address in use: exit %d, stderr %.200q; want 2 and the argument refused", args, code, errOut)
		}
	}
}

// TestEvalWithoutSharedDataSaysWhere: eval and train, run where the shared
// data sets are not (a fresh clone), say where they were looked for and
// how to point at them; "open .../eng.testa: no such file or directory"
// did not say the data lives outside the repository.
func TestEvalWithoutSharedDataSaysWhere(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "shared")
	t.Setenv("NEWSNER_SHARED", dir)
	for _, args := range [][]string{{"eval", "extract"}, {"eval", "ner", "--sets", "eng.testa"}} {
		code, _, errOut := runMain(t, "", args...)
		if code != 1 || !strings.Contains(errOut, "no shared data at "+dir) || !strings.Contains(errOut, "set NEWSNER_SHARED") {
			t.Errorf("%q without the shared data: exit %d, stderr %q", args, code, errOut)
		}
	}
}

// TestNullDeviceIsNoTerminal: the null device, a character device as a
// terminal is, is not taken for one: `newsner run </dev/null` said
// "reading URLs from stdin, one a line; end with Ctrl-D" to no one typing,
// and `2>/dev/null` chose text logs and a progress line for no one reading.
func TestNullDeviceIsNoTerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	if isTerminal(null) {
		t.Errorf("isTerminal(%s) = true", os.DevNull)
	}
	var errOut strings.Builder
	if err := readsSTDIN(&Env{Stdin: null, Stderr: &errOut}, "run", "URLs from stdin, one a line", "newsner run < urls.txt"); err != nil {
		t.Errorf("stdin %s: %v", os.DevNull, err)
	}
	if errOut.Len() != 0 {
		t.Errorf("stdin %s: said %q", os.DevNull, errOut.String())
	}
}

// TestStdinDirectory: a directory given as stdin ('newsner run < DIR') is
// a mistake in the command line (exit 2) that says what is wrong and what
// to give instead, where run said "next job: read URLs: read /dev/stdin:
// is a directory" and exited 1.
func TestStdinDirectory(t *testing.T) {
	for _, c := range []struct{ args, example string }{
		{"run", "newsner run < urls.txt"},
		{"extract -", "newsner extract - < page.html"},
		{"watch", "newsner watch < sources.txt"},
		{"feed", "newsner feed < urls.txt"},
		// serve said so only once the page was served, exit 1.
		{"serve --addr 127.0.0.1:0 -", "newsner run < urls.txt | newsner serve -"},
	} {
		dir, err := os.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		var out, errOut strings.Builder
		env := &Env{Stdin: dir, Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		code := Main(ctx, env, strings.Fields(c.args))
		cancel()
		dir.Close()
		name := strings.Fields(c.args)[0]
		want := "newsner " + name + ": stdin is a directory: " + name + " reads "
		if code != 2 || !strings.Contains(errOut.String(), want) || !strings.Contains(errOut.String(), "give it a file ("+c.example+") or a pipe\n") {
			t.Errorf("newsner %s < DIR: exit %d, stderr %q; want 2, %q ... %q", c.args, code, errOut.String(), want, c.example)
		}
	}
}

// TestFlagsRefuseZero: a count, size or time flag given 0 or less is a
// mistake in the command line (exit 2, saying which flag and what it
// wants), where the packages below took it silently as their default
// (--max-attempts 0 made 3 tries), serve's --lag-interval 0 panicked (a
// ticker of no interval) and run's --broker-wait 0 gave every try no time.
// The same through the flag's variable; a flag whose 0 means something
// refuses only a negative value.
func TestFlagsRefuseZero(t *testing.T) {
	for _, c := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{args: []string{"extract", "--max-attempts", "0", "no-such.html"}, want: "newsner extract: --max-attempts 0: want 1 or more\n"},
		{args: []string{"extract", "--connect-timeout", "-5s", "no-such.html"}, want: "newsner extract: --connect-timeout -5s: want a time above 0\n"},
		{args: []string{"extract", "--max-body-bytes", "0", "no-such.html"}, want: "newsner extract: --max-body-bytes 0: want 1 or more\n"},
		{args: []string{"extract", "no-such.html"}, env: map[string]string{"NEWSNER_PER_HOST_CONCURRENCY": "0"}, want: "newsner extract: --per-host-concurrency 0: want 1 or more\n"},
		{args: []string{"run", "--max-uncommitted", "0"}, want: "newsner run: --max-uncommitted 0: want 1 or more\n"},
		{args: []string{"run", "--drain-timeout", "-1s"}, want: "newsner run: --drain-timeout -1s: want a time above 0\n"},
		{args: []string{"watch", "--concurrency", "0"}, want: "newsner watch: --concurrency 0: want 1 or more\n"},
		{args: []string{"watch", "--interval", "0"}, want: "newsner watch: --interval 0s: want a time above 0\n"},
		{args: []string{"reprocess", "--save-every", "0", "no-such-dir"}, want: "newsner reprocess: --save-every 0s: want a time above 0\n"},
		{args: []string{"serve", "--lag-interval", "0", "--addr", "127.0.0.1:0", "-"}, want: "newsner serve: --lag-interval 0s: want a time above 0\n"},
		{args: []string{"serve", "--max-mb", "0", "--addr", "127.0.0.1:0", "-"}, want: "newsner serve: --max-mb 0: want 1 or more\n"},
		{args: []string{"feed", "--partitions", "0", "--brokers", "127.0.0.1:1", "http://example.com/"}, want: "newsner feed: --partitions 0: want 1 or more\n"},
		{args: []string{"run", "--broker-wait", "0"}, want: "newsner run: --broker-wait 0s: want a time above 0\n"},
		// Not a number, but a flag value refused all the same (exit 1,
		// from listening).
		{args: []string{"extract", "--metrics-addr", "nonsense", "no-such.html"}, want: "newsner extract: --metrics-addr \"nonsense\": want host:port, e.g. 127.0.0.1:9464: address nonsense: missing port in address\n"},
		// Flags whose 0 means something ("no limit", "the default")
		// refuse only negative values (consume --max -1 read on, run
		// --dedupe-window -1h ran).
		{args: []string{"consume", "--max", "-1", "--brokers", "127.0.0.1:1"}, want: "newsner consume: --max -1: want 0 or more\n"},
		{args: []string{"run", "--dedupe-window", "-1h"}, want: "newsner run: --dedupe-window -1h0m0s: want 0 or a time above it\n"},
		{args: []string{"extract", "--workers", "-2", "no-such.html"}, want: "newsner extract: --workers -2: want 0 or more\n"},
		{args: []string{"watch", "--seen-max", "-5"}, want: "newsner watch: --seen-max -5: want 0 or more\n"},
	} {
		ctx, cancel := context.WithTimeout(t.Context(), 3*time.Second)
		var out, errOut strings.Builder
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return c.env[k] }}
		code := Main(ctx, env, c.args)
		cancel()
		if code != 2 || errOut.String() != c.want {
			t.Errorf("%v %v: exit %d, stderr %q; want 2 and %q", c.args, c.env, code, errOut.String(), c.want)
		}
	}
}

// TestEnvValueSaysWhatItWants: a variable's value the flag package cannot
// parse says what the flag takes, where it said only "parse error"; so
// does the same value given on the command line, in the one line every
// mistake in the command line is: the command, the flag as typed (--F),
// the value and what it wants, or where the flags are listed. It said
// 'invalid value "abc" for flag -workers: parse error (--workers wants a
// whole number)', without the command, then the whole usage, some 60
// lines that left the mistake off the top of a terminal.
func TestEnvValueSaysWhatItWants(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", "--workers", "abc", "x"}, `newsner extract: --workers "abc": want a whole number`},
		{[]string{"extract", "x", "--connect-timeout=5"}, `newsner extract: --connect-timeout "5": want a duration such as 30s, 5m or 1h`},
		{[]string{"train", "ner", "--lambda", "half"}, `newsner train ner: --lambda "half": want a number`},
		{[]string{"extract", "--ignore-robots=maybe", "x"}, `newsner extract: --ignore-robots "maybe": want true or false`},
		{[]string{"extract", "--per-host-rate", "x", "x"}, `newsner extract: --per-host-rate "x": want a positive number or inf`},
		{[]string{"extract", "--no-such-flag", "x"}, `newsner extract: unknown flag --no-such-flag (newsner extract --help lists the flags)`},
		{[]string{"eval", "ner", "--bogus"}, `newsner eval ner: unknown flag --bogus (newsner eval ner --help lists the flags)`},
		{[]string{"extract", "x", "--workers"}, `newsner extract: --workers needs a value`},
		{[]string{"extract", "--workers", "a value b", "x"}, `newsner extract: --workers "a value b": want a whole number`},
		// consume said "--format must be json or short, not \"xml\"", in
		// words of its own.
		{[]string{"consume", "--format", "xml"}, `newsner consume: --format "xml": want json or short`},
		{[]string{"consume", "--from", "start"}, `newsner consume: --from "start": want earliest or latest`},
	} {
		code, out, errOut := runMain(t, "", c.args...)
		if code != 2 || out != "" || errOut != c.want+"\n" {
			t.Errorf("%q: exit %d, stderr %.300q; want 2 and the one line %q", c.args, code, errOut, c.want)
		}
	}
	for _, c := range []struct{ key, value, want string }{
		{"NEWSNER_WORKERS", "abc", `newsner extract: NEWSNER_WORKERS="abc": parse error (--workers wants a whole number)`},
		{"NEWSNER_ALLOW_PRIVATE_NETWORKS", "maybe", `newsner extract: NEWSNER_ALLOW_PRIVATE_NETWORKS="maybe": parse error (--allow-private-networks wants true or false)`},
		{"NEWSNER_BODY_TIMEOUT", "5", `newsner extract: NEWSNER_BODY_TIMEOUT="5": parse error (--body-timeout wants a duration such as 30s, 5m or 1h)`},
		{"NEWSNER_PER_HOST_RATE", "x", `newsner extract: NEWSNER_PER_HOST_RATE="x": want a positive number or inf`},
	} {
		var out, errOut strings.Builder
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string {
			if k == c.key {
				return c.value
			}
			return ""
		}}
		if code := Main(t.Context(), env, []string{"extract", "no-such.html"}); code != 2 || errOut.String() != c.want+"\n" {
			t.Errorf("%s=%q: exit %d, stderr %q; want 2 and %q", c.key, c.value, code, errOut.String(), c.want)
		}
	}
}

// TestKafkaFlagWithoutBrokers: a Kafka connection flag given to a command
// that uses no Kafka this time (run, watch, reprocess without --brokers;
// serve of files) is refused, exit 2, before anything runs: run
// --kafka-sasl bogus read stdin and exited 0. Set by its variable it is
// let be: a deployment may set it for every command.
func TestKafkaFlagWithoutBrokers(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "--kafka-sasl", "bogus"}, "newsner run: --kafka-sasl is for Kafka: without --brokers run reads URLs from stdin and writes records to stdout\n"},
		{[]string{"watch", "--once", "--kafka-tls", "http://127.0.0.1:1/feed.xml"}, "newsner watch: --kafka-tls is for Kafka: without --brokers watch writes the URLs it finds to stdout\n"},
		{[]string{"reprocess", "--kafka-user", "u", dir}, "newsner reprocess: --kafka-user is for Kafka: without --brokers reprocess reads PATHs and writes records to stdout\n"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--kafka-sasl", "PLAIN", filepath.Join(dir, "missing.jsonl")}, "newsner serve: --kafka-sasl is for Kafka: serve of files or stdin reads no topic\n"},
	} {
		if code, out, errOut := runMain(t, "", c.args...); code != 2 || out != "" || errOut != c.want {
			t.Errorf("%q: exit %d, stdout %.100q, stderr %q; want 2 and only %q", c.args, code, out, errOut, c.want)
		}
	}
	env := func(k string) string { return map[string]string{"NEWSNER_KAFKA_SASL": "bogus"}[k] }
	var out, errOut strings.Builder
	if code := Main(context.Background(), &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: env}, []string{"run", "--log-format", "json"}); code != 0 {
		t.Errorf("run with NEWSNER_KAFKA_SASL set, no brokers: exit %d, stderr %q; want 0", code, errOut.String())
	}
}

// TestTypoSuggestsName: a command, subcommand or flag typed a letter or
// two wrong names the one meant ("did you mean extract?"), as the Go
// tools do; a name close to none, or to two alike, gets no guess. A flag
// before the command says the command comes first. "newsner extrct" and
// "newsner --workers 2 extract" said only that the command was unknown,
// "extract --wrokers" that the flag was.
func TestTypoSuggestsName(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string // the first line of stderr
	}{
		{[]string{"extrct", "x.html"}, `newsner: unknown command "extrct" (did you mean extract?)`},
		{[]string{"Extract", "x.html"}, `newsner: unknown command "Extract" (did you mean extract?)`},
		{[]string{"serv"}, `newsner: unknown command "serv" (did you mean serve?)`},
		{[]string{"reprocses", "dir"}, `newsner: unknown command "reprocses" (did you mean reprocess?)`},
		{[]string{"help", "extarct"}, `newsner: unknown command "extarct" (did you mean extract?)`},
		{[]string{"no-such-command"}, `newsner: unknown command "no-such-command"`},
		{[]string{"ex"}, `newsner: unknown command "ex"`},
		{[]string{"--workers", "2", "extract", "x.html"}, `newsner: --workers before the command: the command comes first, then its flags`},
		{[]string{"eval", "nre"}, `newsner eval: unknown subcommand "nre" (did you mean ner?)`},
		{[]string{"extract", "--wrokers", "2", "x.html"}, `newsner extract: unknown flag --wrokers (did you mean --workers?)`},
		{[]string{"run", "--broker", "127.0.0.1:1"}, `newsner run: unknown flag --broker (did you mean --brokers?)`},
		{[]string{"extract", "--allow-private-network", "x.html"}, `newsner extract: unknown flag --allow-private-network (did you mean --allow-private-networks?)`},
		{[]string{"extract", "--ww", "x.html"}, `newsner extract: unknown flag --ww (newsner extract --help lists the flags)`},
	} {
		code, out, errOut := runMain(t, "", c.args...)
		first, _, _ := strings.Cut(errOut, "\n")
		if code != 2 || out != "" || first != c.want {
			t.Errorf("%q: exit %d, stdout %.60q, stderr's first line %q; want 2 and %q", c.args, code, out, first, c.want)
		}
	}
}
