package watch

import (
	"net/http"
	"testing"
	"time"
)

// FuzzFreshFor: whatever a feed's server sends as Cache-Control, Expires
// and Date, at whatever clock, freshFor never panics and says a feed stays
// fresh 0 to 7 days: never a negative wait, nor one past the week that
// bounds how long a source goes unpolled. Seeds are TestFreshness'
// headers. Run longer with go test -run '^$' -fuzz '^FuzzFreshFor$' ./ingest/watch.
func FuzzFreshFor(f *testing.F) {
	now := time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC).UnixNano()
	for _, s := range [][3]string{
		{"public, max-age=900", "", ""}, {"no-cache, max-age=900", "", ""},
		{"max-age=600", "Fri, 04 Dec 2026 10:00:00 GMT", ""},
		{"", "Fri, 04 Dec 2026 09:00:00 GMT", "Fri, 04 Dec 2026 08:30:00 GMT"}, {"", "0", ""},
		{`max-age="99999999999999999"`, "", ""}, {"", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT"},
	} {
		f.Add(s[0], s[1], s[2], now)
	}
	f.Fuzz(func(t *testing.T, cc, expires, date string, nowNanos int64) {
		h := http.Header{}
		for k, v := range map[string]string{"Cache-Control": cc, "Expires": expires, "Date": date} {
			if v != "" {
				h.Set(k, v)
			}
		}
		if d := freshFor(h, time.Unix(0, nowNanos).UTC()); d < 0 || d > 7*24*time.Hour {
			t.Fatalf("freshFor(%q) = %v, want 0 to 7 days", h, d)
		}
	})
}
