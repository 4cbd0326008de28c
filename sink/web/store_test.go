package web

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
)

var t0 = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

func trendKeys(tr Trending) string {
	var parts []string
	for _, e := range tr.Entities {
		parts = append(parts, fmt.Sprintf("%s=%d/%d", e.Key, e.Mentions, e.Articles))
	}
	return strings.Join(parts, " ")
}

func TestStoreCapsArticlesOldestOut(t *testing.T) {
	s := NewStore(Config{MaxArticles: 3})
	defer s.Close()
	macron := ent{newsner.Person, "Q3052772", []string{"Macron"}}
	for i := range 5 {
		add(t, s, fmt.Sprint("a", i), fmt.Sprint("title ", i), t0.Add(time.Duration(i)*time.Minute), "Macron spoke.", macron)
	}
	o := s.Overview(WindowNamed("1h"), "", 10, 10)
	var ids []string
	for _, a := range o.Articles {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, " "); got != "a4 a3 a2" {
		t.Errorf("held %q, want the newest three, newest first", got)
	}
	if got := trendKeys(o.Trending); got != "Q3052772=3/3" {
		t.Errorf("trending %q: counts must drop with the articles that left", got)
	}
	if total := sum(o.Trending.Series); total != 3 {
		t.Errorf("the chart counts %d mentions, want the 3 held", total)
	}
	if _, ok, _ := s.Article("a0"); ok {
		t.Error("a0 left but is still served")
	}
	v, ok := s.Entity("Q3052772", WindowNamed("1h"), 10)
	if !ok || len(v.Articles) != 3 || v.Articles[0].ID != "a4" || v.Held != 3 || v.Mentions != 3 {
		t.Errorf("entity view %+v", v)
	}
}

func TestStoreCapsBytes(t *testing.T) {
	s := NewStore(Config{MaxBytes: 64 << 10})
	defer s.Close()
	text := strings.Repeat("Angela Merkel visited a port. ", 200)
	for i := range 400 {
		add(t, s, fmt.Sprint("b", i), "t", t0.Add(time.Duration(i)*time.Second), text+fmt.Sprint(i),
			ent{newsner.Person, "", []string{"Angela Merkel"}}, ent{newsner.Person, fmt.Sprint("k", i), []string{"port"}})
	}
	n, bytes := s.Len()
	if bytes > 64<<10 || n == 0 || n >= 400 {
		t.Errorf("held %d articles in %d bytes, want some but under 64 KiB", n, bytes)
	}
	s.mu.RLock()
	keys := len(s.keys)
	s.mu.RUnlock()
	if keys != n+1 { // Angela Merkel and one key per held article
		t.Errorf("%d keys for %d articles: keys of articles that left must go", keys, n)
	}
}

func TestStoreReplacesArticleByID(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	add(t, s, "same", "first", t0, "Olaf Scholz spoke.", ent{newsner.Person, "", []string{"Olaf Scholz"}})
	add(t, s, "same", "second", t0.Add(time.Minute), "Friedrich Merz spoke.", ent{newsner.Person, "", []string{"Friedrich Merz"}})
	o := s.Overview(WindowNamed("1h"), "", 10, 10)
	if len(o.Articles) != 1 || o.Articles[0].Title != "second" {
		t.Fatalf("articles %+v, want only the newest record of the ID", o.Articles)
	}
	if got := trendKeys(o.Trending); got != "PERSON:Friedrich Merz=1/1" {
		t.Errorf("trending %q", got)
	}
	if _, ok := s.Entity("PERSON:Olaf Scholz", WindowNamed("1h"), 10); ok {
		t.Error("the replaced record's entity is still held")
	}
}

func TestTrendingWindowsTypesAndKeys(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	us := ent{newsner.Location, "country:US", []string{"United States", "U.S."}}
	biden := ent{newsner.Person, "", []string{"Joe Biden"}}
	nato := ent{newsner.Organization, "Q7184", []string{"NATO"}}
	end := t0.Add(24 * time.Hour)
	add(t, s, "day", "a day ago", end.Add(-23*time.Hour), "NATO met. NATO spoke.", nato)
	add(t, s, "hour", "50 min ago", end.Add(-50*time.Minute), "The U.S. and Joe Biden.", us, biden)
	add(t, s, "now", "just now", end, "The United States said the U.S. would. NATO agreed.", us, nato)

	cases := []struct{ window, typ, want string }{
		{"15m", "", "country:US=2/1 Q7184=1/1"},
		{"1h", "", "country:US=3/2 PERSON:Joe Biden=1/1 Q7184=1/1"},
		{"24h", "", "Q7184=3/2 country:US=3/2 PERSON:Joe Biden=1/1"},
		{"24h", "LOCATION", "country:US=3/2"},
		{"24h", "ORGANIZATION", "Q7184=3/2"},
	}
	for _, c := range cases {
		tr := s.Overview(WindowNamed(c.window), c.typ, 10, 10).Trending
		if got := trendKeys(tr); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.window, c.typ, got, c.want)
		}
		total := 0
		for _, n := range tr.Series {
			total += n
		}
		want := 0
		for _, e := range tr.Entities {
			want += e.Mentions
			got := 0
			for _, n := range e.Series {
				got += n
			}
			if got != e.Mentions {
				t.Errorf("%s %s: %s series sums to %d, want %d", c.window, c.typ, e.Key, got, e.Mentions)
			}
		}
		if total != want {
			t.Errorf("%s %s: window series sums to %d, want %d", c.window, c.typ, total, want)
		}
	}
	tr := s.Overview(WindowNamed("24h"), "", 10, 10).Trending
	if len(tr.Series) != 48 || tr.BinSeconds != 1800 || !tr.To.Equal(end) {
		t.Errorf("24h: %d bins of %ds to %v", len(tr.Series), tr.BinSeconds, tr.To)
	}
	if tr.Series[47] != 3 || tr.Series[0] != 0 {
		t.Errorf("24h series %v: want 3 mentions in the last bin", tr.Series)
	}
	types := fmt.Sprint(tr.Types)
	if types != "[{LOCATION 3 1} {ORGANIZATION 3 1} {PERSON 1 1}]" {
		t.Errorf("types %s", types)
	}
	if got := trendKeys(s.Overview(WindowNamed("1h"), "", 10, 1).Trending); got != "country:US=3/2" {
		t.Errorf("top 1: %q", got)
	}
}

// TestStateModelOfNewestArticle: the state names the model of the newest
// article by the article's time, whatever came before it: serve on Kafka
// reads the dead-letter topic beside the articles topic, and a dead letter
// newer than every article, read first, left the model empty ("model":"")
// though articles were held. An older article read later does not replace
// the newest's model.
func TestStateModelOfNewestArticle(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	t0 := time.Date(2026, 12, 7, 21, 0, 0, 0, time.UTC)
	if err := s.Add(deadLetter(t, "https://x.example/gone", newsner.EHTTPStatus, t0.Add(time.Minute)), t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	add(t, s, "a", "A", t0, "Text.")
	if m := s.Overview(WindowNamed("1h"), "", 1, 1).State.Model; m != "extract/test+ner/test" {
		t.Errorf("model %q after a newer dead letter, want the held article's", m)
	}
	old := testArticle("b", "B", t0.Add(-time.Minute), "Text.")
	old.Model = "extract/old+ner/old"
	if err := s.Add(encode(t, old), old.FetchedAt); err != nil {
		t.Fatal(err)
	}
	if m := s.Overview(WindowNamed("1h"), "", 1, 1).State.Model; m != "extract/test+ner/test" {
		t.Errorf("model %q after an older article, want the newest article's", m)
	}
}

func TestStateCountsRecordsDeadLettersAndModels(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	for i := range 10 {
		add(t, s, fmt.Sprint("r", i), "t", t0.Add(time.Duration(i)*30*time.Second), "Text.")
	}
	for i, class := range []string{newsner.ETimeout, newsner.ETimeout, newsner.EHTTPStatus} {
		if err := s.Add(deadLetter(t, fmt.Sprint("https://x.example/", i), class, t0.Add(4*time.Minute)), t0.Add(5*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Add(deadLetter(t, "https://x.example/old", newsner.ENetwork, t0.Add(-2*time.Hour)), t0); err != nil {
		t.Fatal(err)
	}
	if err := s.Add([]byte(`{"schema":"other/v1"}`), t0); !errors.Is(err, ErrUnknownRecord) {
		t.Errorf("unknown schema: %v", err)
	}
	if err := s.Add([]byte(`{not json`), t0); err == nil {
		t.Error("malformed JSON: no error")
	}
	s.SetLag("newsner", "newsner.urls", 42, nil)
	st := s.Overview(WindowNamed("1h"), "", 1, 1).State
	if st.Held != 10 || st.Records != 10 || st.Skipped != 2 {
		t.Errorf("held %d, records %d, skipped %d", st.Held, st.Records, st.Skipped)
	}
	if fmt.Sprint(st.Dead) != "map[http_status:1 timeout:2]" {
		t.Errorf("dead letters in the hour: %v", st.Dead)
	}
	if st.PerMinute != 2 { // 10 records in the 5 minutes to the newest
		t.Errorf("per minute %v, want 2", st.PerMinute)
	}
	if st.Lag == nil || st.Lag.Messages != 42 || st.Lag.Group != "newsner" || st.Model != "extract/test+ner/test" {
		t.Errorf("lag %+v, model %q", st.Lag, st.Model)
	}
	s.SetLag("newsner", "newsner.urls", 0, errors.New("coordinator not available"))
	if st := s.Overview(WindowNamed("1h"), "", 1, 1).State; st.Lag.Error == "" {
		t.Error("a failed lag read is not shown")
	}
}

func TestRecordTimeNotAfterArrival(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	a := testArticle("future", "t", t0.Add(1000*time.Hour), "x")
	if err := s.Add(encode(t, a), t0); err != nil {
		t.Fatal(err)
	}
	if st := s.Overview(WindowNamed("1h"), "", 1, 1).State; !st.Latest.Equal(t0) {
		t.Errorf("latest %v: a record from the future must not move the windows past its arrival", st.Latest)
	}
}

func TestArticleSegmentsCoverMentions(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	for _, c := range []struct {
		name, text string
		ents       []ent
	}{{"emoji", emojiText, emojiEnts}, {"accents", accentText, accentEnts}, {"rtl", rtlText, rtlEnts}} {
		a := add(t, s, c.name, c.name, t0, c.text, c.ents...)
		v, ok, err := s.Article(c.name)
		if err != nil || !ok {
			t.Fatalf("%s: %v %v", c.name, ok, err)
		}
		var whole strings.Builder
		var marked []string
		for _, seg := range v.Segments {
			whole.WriteString(seg.Text)
			if seg.Entity >= 0 {
				marked = append(marked, seg.Text)
			}
		}
		if whole.String() != c.text {
			t.Errorf("%s: segments do not make the text back", c.name)
		}
		var want []string
		for _, m := range sortedMentions(a) {
			want = append(want, m.Text)
		}
		if strings.Join(marked, "|") != strings.Join(want, "|") {
			t.Errorf("%s: marked %q, want %q", c.name, marked, want)
		}
		if len(v.Problems) > 0 {
			t.Errorf("%s: problems %v", c.name, v.Problems)
		}
		for _, e := range v.Entities {
			if e.Key == "" {
				t.Errorf("%s: %s has no key", c.name, e.Text)
			}
		}
	}
}

func TestArticleSegmentsReportBadOffsets(t *testing.T) {
	ents := []EntityRow{
		{Text: "A", Mentions: []newsner.Mention{{Start: 0, End: 5, Text: "Alpha"}, {Start: 3, End: 8, Text: "ha Be"}}},
		{Text: "B", Mentions: []newsner.Mention{{Start: 6, End: 99, Text: "x"}, {Start: -1, End: 2}, {Start: 6, End: 10, Text: "Gamma"}}},
	}
	segs, problems := segments("Alpha Beta", ents)
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(s.Text)
	}
	if b.String() != "Alpha Beta" || len(segs) != 3 || len(problems) != 4 {
		t.Errorf("segments %+v, problems %q", segs, problems)
	}
}

// sortedMentions returns an article's mentions in text order.
func sortedMentions(a newsner.Article) []newsner.Mention {
	var ms []newsner.Mention
	for _, e := range a.Entities {
		ms = append(ms, e.Mentions...)
	}
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	return ms
}

func TestStreamStatsKeepADay(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	add(t, s, "now", "t", t0, "x")
	for i := range 1000 { // records from long ago, each in its own minute
		at := t0.Add(-time.Duration(30+i) * time.Hour)
		add(t, s, fmt.Sprint("old", i), "t", at, "x")
		if err := s.Add(deadLetter(t, "https://x.example/", newsner.ETimeout, at), at); err != nil {
			t.Fatal(err)
		}
	}
	s.mu.RLock()
	n := len(s.minutes)
	s.mu.RUnlock()
	if n != 1 {
		t.Errorf("%d minutes of stream statistics kept, want only the one within a day", n)
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// germanFallback is a German article whose text came from the extractor's
// fallback: no entities, as the pipeline writes such a record.
func germanFallback(at time.Time) newsner.Article {
	a := testArticle("de-fallback", "Stadtrat beschließt neuen Haushalt", at,
		"Der Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen.")
	a.Language = "de"
	a.Extraction = newsner.ExtractionFallback
	a.EntitiesStatus = newsner.EntitiesUnsupportedLanguage
	return a
}

// TestArticleNotesSayHowTheRecordWasMade: the opened article says in words
// that its text is a fallback and its entities were not looked for; the
// list carries the status; an ordinary record has no notes.
func TestArticleNotesSayHowTheRecordWasMade(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	if err := s.Add(encode(t, germanFallback(t0)), t0); err != nil {
		t.Fatal(err)
	}
	add(t, s, "plain", "Lagarde in Frankfurt", t0, "Christine Lagarde spoke in Frankfurt.",
		ent{newsner.Person, "", []string{"Christine Lagarde"}})
	v, ok, err := s.Article("de-fallback")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if len(v.Notes) != 2 || !strings.Contains(v.Notes[0], "fallback") || !strings.Contains(v.Notes[1], "language (de)") {
		t.Errorf("notes %q", v.Notes)
	}
	if v, _, _ := s.Article("plain"); len(v.Notes) != 0 {
		t.Errorf("an ordinary record has notes %q", v.Notes)
	}
	statuses := map[string]string{}
	for _, a := range s.Overview(Windows[0], "", 10, 10).Articles {
		statuses[a.ID] = a.EntitiesStatus
	}
	if statuses["de-fallback"] != newsner.EntitiesUnsupportedLanguage || statuses["plain"] != "" {
		t.Errorf("list statuses %v", statuses)
	}
}

// WindowNamed returns the window called name, the default where no window
// has that name (ParseWindow without its error): the tests' and
// benchmarks' shorthand, since the handler refuses an unknown name.
func WindowNamed(name string) Window {
	w, _ := ParseWindow(name)
	return w
}

// TestRefusedNoteWithoutLanguage: a record refused for its language that
// carries none (made before the refused language was recorded) is not
// said to be in language "unknown": the note leaves the language out.
func TestRefusedNoteWithoutLanguage(t *testing.T) {
	s := NewStore(Config{})
	defer s.Close()
	a := germanFallback(t0)
	a.Language = ""
	if err := s.Add(encode(t, a), t0); err != nil {
		t.Fatal(err)
	}
	v, ok, err := s.Article("de-fallback")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if len(v.Notes) != 2 || strings.Contains(v.Notes[1], "unknown") || strings.Contains(v.Notes[1], "()") ||
		!strings.HasPrefix(v.Notes[1], "No entities: the article's language is not one the entity model covers") {
		t.Errorf("notes %q", v.Notes)
	}
}
