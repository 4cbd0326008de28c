package fetch

import (
	"testing"
	"time"
)

// FuzzRetryAfter: whatever a server sends as Retry-After, at whatever
// clock, RetryAfter never panics and returns a wait of 0 to a day in whole
// seconds: never a negative wait, which would pass the MaxRetryAfter check
// and be retried at once. Seeds are TestRetryAfter's. Run longer with
// go test -run '^$' -fuzz '^FuzzRetryAfter$' ./ingest/fetch.
func FuzzRetryAfter(f *testing.F) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC).UnixNano()
	for _, h := range []string{"", "0", "5", " 120 ", "-3", "soon", "99999999999",
		"Fri, 02 Jan 2026 03:04:15 GMT", "Fri, 02 Jan 2026 03:04:00 GMT", "Wed, 21 Oct 2099 07:28:00 GMT",
		"Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"} {
		f.Add(h, now)
	}
	f.Fuzz(func(t *testing.T, h string, nowNanos int64) {
		d := RetryAfter(h, time.Unix(0, nowNanos).UTC())
		if d < 0 || d > 24*time.Hour || d%time.Second != 0 {
			t.Fatalf("RetryAfter(%q, %d) = %v, want 0 to 24h in whole seconds", h, nowNanos, d)
		}
	})
}
