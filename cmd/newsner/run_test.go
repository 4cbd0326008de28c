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
