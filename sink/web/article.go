package web

import (
	"sort"
	"time"

	"github.com/newsner/newsner"
)

// ArticleView is one article as the page shows it: its text cut into
// segments at the mentions, so the page needs no offset arithmetic (the
// offsets count code points; the browser's strings count UTF-16 units).
type ArticleView struct {
	ID           string     `json:"id"`
	URL          string     `json:"url"`
	CanonicalURL string     `json:"canonical_url"`
	Title        string     `json:"title"`
	Byline       string     `json:"byline"`
	Site         string     `json:"site"`
	Language     string     `json:"language"`
	Time         time.Time  `json:"time"`
	Published    *time.Time `json:"published,omitempty"`
	Model        string     `json:"model"`
	// Notes say, in words, what the record marks about how it was made:
	// text found by the extractor's fallback, entities not looked for.
	Notes []string `json:"notes,omitempty"`
	// Segments are the text in order: plain runs (Entity -1) and mentions
	// (Entity indexes Entities).
	Segments []Segment `json:"segments"`
	// Entities lists the article's entities, most mentioned first.
	Entities []EntityRow `json:"entities"`
	// Problems lists mentions that could not be shown as given: offsets
	// outside the text, overlapping another mention, or covering other
	// text than the mention's.
	Problems []string `json:"problems,omitempty"`
}

// Segment is a run of the article's text.
type Segment struct {
	Text   string `json:"text"`
	Entity int    `json:"entity"` // index into Entities; -1 for plain text
}

// EntityRow is an entity of one article.
type EntityRow struct {
	Key      string             `json:"key"`
	Text     string             `json:"text"`
	Type     newsner.EntityType `json:"type"`
	Count    int                `json:"count"`
	Mentions []newsner.Mention  `json:"mentions"`
}

// Article returns the held article with this ID; false if none is held.
func (s *Store) Article(id string) (ArticleView, bool, error) {
	r, ok, err := s.record(id)
	if !ok || err != nil {
		return ArticleView{}, ok, err
	}
	s.mu.RLock()
	var at time.Time
	if it := s.byID[id]; it != nil {
		at = it.at
	}
	s.mu.RUnlock()
	v := ArticleView{ID: r.ID, URL: r.URL, CanonicalURL: r.CanonicalURL, Title: r.Title, Byline: r.Byline,
		Site: r.SiteName, Language: r.Language, Time: at, Published: r.PublishedAt, Model: r.Model}
	v.Notes = notes(r.Article)
	v.Entities = []EntityRow{} // an article without entities is an empty list, not null
	ents := make([]entity, len(r.Entities))
	copy(ents, r.Entities)
	sort.SliceStable(ents, func(i, j int) bool { return len(ents[i].Mentions) > len(ents[j].Mentions) })
	for _, e := range ents {
		n := len(e.Mentions)
		if n == 0 {
			n = e.Count
		}
		v.Entities = append(v.Entities, EntityRow{Key: entityKey(e), Text: e.Text, Type: e.Type, Count: n, Mentions: e.Mentions})
	}
	v.Segments, v.Problems = segments(r.Text, v.Entities)
	return v, true, nil
}

// segments cuts text at the mentions of ents. Offsets count code points.
// A mention outside the text or overlapping an earlier one is left out
// and reported; one whose text differs from what its offsets cover is
// shown where the offsets say and reported.
func segments(text string, ents []EntityRow) ([]Segment, []string) {
	type span struct{ start, end, ent int }
	var spans []span
	for i, e := range ents {
		for _, m := range e.Mentions {
			spans = append(spans, span{m.Start, m.End, i})
		}
	}
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	runes := []rune(text)
	var segs []Segment
	var problems []string
	pos := 0
	for _, sp := range spans {
		name := ents[sp.ent].Text
		switch {
		case sp.start < 0 || sp.end > len(runes) || sp.start >= sp.end:
			problems = append(problems, "mention of "+name+" outside the text")
			continue
		case sp.start < pos:
			problems = append(problems, "mention of "+name+" overlaps another")
			continue
		}
		if sp.start > pos {
			segs = append(segs, Segment{Text: string(runes[pos:sp.start]), Entity: -1})
		}
		covered := string(runes[sp.start:sp.end])
		if m := mentionAt(ents[sp.ent].Mentions, sp.start); m != nil && m.Text != "" && m.Text != covered {
			problems = append(problems, "mention of "+name+" covers other text than its own")
		}
		segs = append(segs, Segment{Text: covered, Entity: sp.ent})
		pos = sp.end
	}
	if pos < len(runes) {
		segs = append(segs, Segment{Text: string(runes[pos:]), Entity: -1})
	}
	return segs, problems
}

func mentionAt(ms []newsner.Mention, start int) *newsner.Mention {
	for i := range ms {
		if ms[i].Start == start {
			return &ms[i]
		}
	}
	return nil
}

// notes says in words what a record's Extraction and EntitiesStatus mark.
func notes(a newsner.Article) []string {
	var out []string
	if a.Extraction == newsner.ExtractionFallback {
		out = append(out, "The extractor's main pass found no article on this page; the text is its fallback (a wrapped block, a <noscript> copy, <br>-separated text or the largest text block), and may hold page furniture.")
	}
	if a.EntitiesStatus == newsner.EntitiesUnsupportedLanguage {
		lang := ""
		if a.Language != "" {
			// A record made before the refused language was recorded
			// has none: it is not said to be unknown.
			lang = " (" + a.Language + ")"
		}
		out = append(out, "No entities: the article's language"+lang+" is not one the entity model covers, so its text was not read.")
	}
	return out
}
