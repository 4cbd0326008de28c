package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestRunStdinToStdout runs the service without Kafka: URLs on stdin, one
// record per URL on stdout (articles and dead letters), exit 0 at the end of
// the input.
func TestRunStdinToStdout(t *testing.T) {
	srv := newsPages(t, 5)
	var in strings.Builder
	for i := range 5 {
		fmt.Fprintf(&in, "%s/article/%d\n", srv.URL, i)
	}
	in.WriteString("# a comment\n\n" + srv.URL + "/gone\nnot a url\n")
	code, out, errOut := runMain(t, in.String(), "run", "--allow-private-networks", "--ignore-robots",
		"--per-host-rate", "inf", "--log-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	recs := decodeLines(t, out)
	articles, dead := map[string]bool{}, map[string]string{}
	for _, r := range recs {
		switch r.Schema {
		case newsner.ArticleSchema:
			articles[r.URL] = true
			checkMentions(t, r.Article)
		case newsner.DeadLetterSchema:
			dead[r.URL] = r.Class
		default:
			t.Errorf("unknown record %+v", r)
		}
	}
	if len(articles) != 5 || len(recs) != 7 {
		t.Errorf("%d articles in %d records, want 5 in 7:\n%s", len(articles), len(recs), out)
	}
	if dead[srv.URL+"/gone"] != newsner.EHTTPStatus || dead["not a url"] != newsner.EInvalid {
		t.Errorf("dead letters %v", dead)
	}
	if !strings.Contains(errOut, `"msg":"dead letter"`) || !strings.Contains(errOut, `"class":"http_status"`) {
		t.Errorf("no JSON log line per dead letter:\n%s", errOut)
	}
}

// TestRunStartupLogRedactsSecrets checks the start-up line: it carries the
// effective configuration and no secret.
func TestRunStartupLogRedactsSecrets(t *testing.T) {
	var out, errOut strings.Builder
	vars := map[string]string{
		"NEWSNER_KAFKA_SASL":     "SCRAM-SHA-512",
		"NEWSNER_KAFKA_USER":     "newsner",
		"NEWSNER_KAFKA_PASSWORD": "hunter2-very-secret",
	}
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return vars[k] }}
	if code := Main(t.Context(), env, []string{"run", "--log-format", "json", "--workers", "3"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	logs := errOut.String()
	if !strings.Contains(logs, `"msg":"newsner run starting"`) || !strings.Contains(logs, `"workers":"3"`) || !strings.Contains(logs, `"kafka-sasl":"SCRAM-SHA-512"`) {
		t.Errorf("start-up line lacks the configuration:\n%s", logs)
	}
	if strings.Contains(logs, "hunter2") {
		t.Errorf("a secret reached the log:\n%s", logs)
	}
}
