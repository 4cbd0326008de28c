package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
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

// TestRunStoppedResumesAfterLinesDone: stopped while a URL hangs past
// --drain-timeout, run reading stdin says to go on from that URL's line,
// not from the line after the last URL taken: the hung URL was never done
// (no record, no dead letter), and the resume line said it was.
func TestRunStoppedResumesAfterLinesDone(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hang" {
			<-r.Context().Done()
			return
		}
		io.WriteString(w, "<html><body><p>Angela Merkel spoke in Berlin on Monday about the budget.</p></body></html>")
	}))
	defer srv.Close()
	in := srv.URL + "/a\n\n" + srv.URL + "/hang\n" + srv.URL + "/b\n"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out, errOut := &fakes.Buffer{}, &fakes.Buffer{}
	env := &Env{Stdin: strings.NewReader(in), Stdout: out, Stderr: errOut, Getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, env, []string{"run", "--allow-private-networks", "--ignore-robots", "--per-host-rate", "inf",
			"--workers", "3", "--drain-timeout", "50ms", "--log-format", "json"})
	}()
	fakes.WaitFor(t, "the two quick URLs' records", 20*time.Second, func() bool { return strings.Count(out.String(), "\n") == 2 })
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut.String(), `"resume":"every URL up to line 2 is done; give the input from line 3 on (tail -n +3)"`) {
		t.Errorf("the hung URL on line 3 is not where to go on:\n%s", errOut)
	}
}

// TestRunRefusesAPageOnStdin: run's stdin that starts as no text (an image,
// random bytes) or as an HTML page is refused at once, naming what it is
// (and, for a page, what reads one), exit 1 and no record: `run <
// page.html` made a dead letter of each line and exited 0 (11,658 of 3 MB
// of random bytes). A list of URLs, JSON URL records and an empty stdin
// are read as before.
func TestRunRefusesAPageOnStdin(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "newsner run: stdin is not text (its bytes look like image/png), not URLs one a line\n"},
		{"binary", "9s\x90\x0e\x8d\x8a\xac\xb2+K\x00\x01\x02\nhttp://news.example/a\n", "newsner run: stdin is not text (its bytes look like application/octet-stream), not URLs one a line\n"},
		{"page", "<!DOCTYPE html>\n<html><head><title>A</title></head>\n<body><p>Text.</p></body></html>\n", "newsner run: stdin is an HTML page, not URLs one a line (newsner extract - reads a page)\n"},
	} {
		code, out, errOut := runMain(t, c.in, "run", "--log-format", "json")
		if code != 1 || out != "" || !strings.HasSuffix(errOut, c.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %s; want exit 1, no record, ending %q", c.name, code, out, errOut, c.want)
		}
	}
	for _, in := range []string{"", "ftp://news.example/a\n", `{"url":"ftp://news.example/b"}` + "\n", "# a list\nftp://news.example/c\n"} {
		code, out, errOut := runMain(t, in, "run", "--log-format", "json")
		if code != 0 || strings.Count(out, "\n") != strings.Count(in, "ftp://") || strings.Contains(errOut, "not URLs one a line") {
			t.Errorf("run < %q: exit %d, stdout %q, stderr %s; want exit 0, a record a URL", in, code, out, errOut)
		}
	}
}
