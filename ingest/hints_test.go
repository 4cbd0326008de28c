package ingest_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/fakes"
)

// TestLinesReadsURLRecords: a line may be a URL record from newsner watch;
// its URL is the job's and its title and date ride along as hints.
func TestLinesReadsURLRecords(t *testing.T) {
	in := `https://news.example/plain
{"schema":"newsner.url/v1","url":"https://news.example/a","title":"Summit ends","published_at":"2026-12-02T09:00:00Z","source":"https://news.example/feed.xml"}
{"not":"a record"}
`
	l := ingest.NewLines(strings.NewReader(in))
	var jobs []ingest.Job
	fakes.Each(context.Background(), t, l, func(j ingest.Job) bool { jobs = append(jobs, j); return true })
	if len(jobs) != 3 || jobs[0].URL != "https://news.example/plain" || jobs[0].Hints != nil {
		t.Fatalf("jobs %+v", jobs)
	}
	if jobs[1].URL != "https://news.example/a" || jobs[1].Hints == nil || jobs[1].Hints.Title != "Summit ends" || jobs[1].Hints.PublishedAt == nil {
		t.Errorf("record job %+v", jobs[1])
	}
	if jobs[2].URL != `{"not":"a record"}` {
		t.Errorf("a JSON line without a URL is taken as fed (to be dead-lettered): %q", jobs[2].URL)
	}
}

// TestPipelineAppliesHints: hints fill the title and date the page lacks,
// never replace the page's own, and stay with the page (for the raw topic).
func TestPipelineAppliesHints(t *testing.T) {
	when := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	p := &ingest.Pipeline{Loader: fakes.Loader{}, Processor: fakes.Processor{}}
	res := p.Do(context.Background(), ingest.Job{URL: "a", Hints: &newsner.Hints{Title: "From the feed", PublishedAt: &when}})
	if res.Err != nil || res.Article.Title != "From the feed" || res.Article.PublishedAt == nil || !res.Article.PublishedAt.Equal(when) {
		t.Errorf("article %+v, %v", res.Article, res.Err)
	}
	if res.Page.Hints == nil || res.Page.Hints.Title != "From the feed" {
		t.Errorf("page hints %+v", res.Page.Hints)
	}
	own := newsner.Article{Title: "The page's", PublishedAt: &time.Time{}}
	(&newsner.Hints{Title: "From the feed", PublishedAt: &when}).Apply(&own)
	if own.Title != "The page's" || !own.PublishedAt.IsZero() {
		t.Errorf("hints replaced the page's own: %+v", own)
	}
}
