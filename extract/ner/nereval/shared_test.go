package nereval

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsner/newsner/internal/shared"
)

// The tests below run on the shared data's web-page sets and skip where
// they are absent.

// runShared runs Run on the sets of spec under the shared directory and
// returns what it wrote.
func runShared(t *testing.T, spec string, seen map[string]bool) string {
	t.Helper()
	var out bytes.Buffer
	if err := Run(context.Background(), &out, shared.Dir(), tagger(t), spec, seen); err != nil {
		t.Fatalf("Run(%s): %v", spec, err)
	}
	return out.String()
}

// TestPageSpans: the web-page sets scored by mention, exact span and
// type, on the lists' names found in the true text; the halves split the
// pages and their counts add up to the whole set's; "all" holds them;
// unseen names and the mistakes are listed as on the CoNLL-2003 sets.
func TestPageSpans(t *testing.T) {
	shared.Require(t, "data", "news-pages", "entities")
	overall := func(stdout, set string) []string {
		t.Helper()
		m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(set) + ` +overall +0\.\d{4} +0\.\d{4} +0\.\d{4} +(\d+) +(\d+) +(\d+) +(\d+)$`).FindStringSubmatch(stdout)
		if m == nil {
			t.Fatalf("no overall line for %s:\n%s", set, stdout)
		}
		return m[1:]
	}
	stdout := runShared(t, "news-pages-spans,news-pages-spans-a,news-pages-spans-b", nil)
	for _, typ := range []string{"PERSON", "LOCATION", "ORGANIZATION"} {
		if !regexp.MustCompile(`(?m)^news-pages-spans +` + typ + ` +0\.\d{4} `).MatchString(stdout) {
			t.Errorf("no %s line:\n%s", typ, stdout)
		}
	}
	whole, a, b := overall(stdout, "news-pages-spans"), overall(stdout, "news-pages-spans-a"), overall(stdout, "news-pages-spans-b")
	// 60 pages, of which 8 are not in English.
	if whole[3] != "52" || a[3] != "26" || b[3] != "26" {
		t.Errorf("pages: %s, %s and %s, want 52, 26 and 26", whole[3], a[3], b[3])
	}
	for i, what := range []string{"tp", "fp", "fn"} {
		var n, na, nb int
		fmt.Sscan(whole[i], &n)
		fmt.Sscan(a[i], &na)
		fmt.Sscan(b[i], &nb)
		if n == 0 || na+nb != n {
			t.Errorf("%s: %d + %d on the halves, %d on the set", what, na, nb, n)
		}
	}
	if names := Names(shared.Dir(), "all"); !slices.Contains(names, "news-pages-spans") || !slices.Contains(names, "news-pages-text") {
		t.Errorf("all = %v, lacks the news pages' sets", names)
	}
	stdout = runShared(t, "news-pages-spans-b", map[string]bool{"Paris": true, "Angela Merkel": true})
	overall(stdout, "news-pages-spans-b unseen")
	var out bytes.Buffer
	if err := WriteErrors(context.Background(), &out, shared.Dir(), tagger(t), "news-pages-spans-a"); err != nil || !strings.Contains(out.String(), "== news-pages-spans-a") || !regexp.MustCompile(`(?m)^FN (PERSON|LOCATION|ORGANIZATION) "`).MatchString(out.String()) {
		t.Errorf("WriteErrors: %v: %.300s", err, out.String())
	}
	t.Run("dragnet-news", func(t *testing.T) {
		dir := shared.Require(t, "data", "extract-extra", "dragnet2013", "entities")
		lists, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		stdout := runShared(t, "dragnet-news-spans", nil)
		// Every listed page is in English: each one is scored.
		if n := overall(stdout, "dragnet-news-spans")[3]; n != strconv.Itoa(len(lists)) {
			t.Errorf("%s pages, want %d, one per list", n, len(lists))
		}
	})
}

// TestMoreWebSets: the lists of Dragnet's other news sites and of the
// 2025-26 web articles are scored as web-page sets, every page in
// English, by distinct entity and by mention.
func TestMoreWebSets(t *testing.T) {
	for _, c := range []struct {
		set, dir string
		sets     []string // scored sets; -a holds the odd pages, -b the even
	}{
		{"modern-web", "modern2026-tiptopjaw/entities", []string{"modern-web-text", "modern-web-b", "modern-web-spans-a"}},
		{"dragnet-web", "dragnet2013/entities-web", []string{"dragnet-web-text", "dragnet-web-a", "dragnet-web-spans-b"}},
	} {
		t.Run(c.set, func(t *testing.T) {
			dir := shared.Require(t, append([]string{"data", "extract-extra"}, strings.Split(c.dir, "/")...)...)
			lists, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
			if err != nil || len(lists) < 2 {
				t.Fatalf("entity lists in %s: %d, %v", dir, len(lists), err)
			}
			stdout := runShared(t, strings.Join(c.sets, ","), nil)
			// Every listed page is in English: each one is scored, and
			// the halves split them.
			for _, set := range c.sets {
				docs := len(lists)
				switch {
				case strings.HasSuffix(set, "-a"):
					docs = (docs + 1) / 2
				case strings.HasSuffix(set, "-b"):
					docs /= 2
				}
				if !regexp.MustCompile(`(?m)^` + set + ` +overall +0\.\d{4} +0\.\d{4} +0\.\d{4} +\d+ +\d+ +\d+ +` + strconv.Itoa(docs) + `$`).MatchString(stdout) {
					t.Errorf("no overall line of %d pages for %s:\n%s", docs, set, stdout)
				}
			}
		})
	}
}
