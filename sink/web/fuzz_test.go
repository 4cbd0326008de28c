package web

import (
	"testing"
	"time"
)

// FuzzStore: whatever a topic holds, adding it to the store and asking
// the page's questions of it (the overview, each trending entity, each
// recent article) returns, without a panic, and an article the overview
// lists (with an ID) is shown, without an error. Run longer with
// go test ./sink/web -run '^$' -fuzz FuzzStore.
func FuzzStore(f *testing.F) {
	f.Add([]byte(`{"schema":"newsner.article/v1","id":"a1","url":"https://x.example/a","title":"T","text":"Merkel met Macron.","entities":[{"type":"PERSON","text":"Merkel","key":"Q567","mentions":[{"start":0,"end":6,"text":"Merkel"}]},{"type":"PERSON","text":"Macron","mentions":[{"start":11,"end":99}]}]}`))
	f.Add([]byte(`{"schema":"newsner.article/v1","id":"a2","text":"é","entities":[{"type":"","text":"","mentions":[{"start":-3,"end":1},{"start":0,"end":1},{"start":0,"end":1}]}]}`))
	f.Add([]byte(`{"schema":"newsner.deadletter/v1","url":"https://x.example/b","class":"timeout","error":"e"}`))
	f.Add([]byte(`{"schema":"other"}`))
	f.Add([]byte(`not json`))
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, value []byte) {
		s := NewStore(Config{})
		defer s.Close()
		s.Add(value, now)
		s.Add(value, now.Add(time.Minute))
		for _, w := range []string{"1h", "24h", "all"} {
			o := s.Overview(WindowNamed(w), "", 10, 10)
			for _, e := range o.Trending.Entities {
				s.Entity(e.Key, WindowNamed(w), 10)
			}
			for _, a := range o.Articles {
				if _, ok, err := s.Article(a.ID); a.ID != "" && (!ok || err != nil) {
					t.Fatalf("%q: article %q listed, then not shown: %v, %v", value, a.ID, ok, err)
				}
			}
		}
	})
}
