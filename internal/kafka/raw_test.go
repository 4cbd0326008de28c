package kafka

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsner/newsner"
)

// TestParseRawClipsItsError: a record of another schema whose URL and
// schema are long (a record is up to 16 MiB) gives an error of a few
// hundred bytes, still EUnsupported, still naming both; it quoted them
// whole, and the error goes to a log line and a dead letter.
func TestParseRawClipsItsError(t *testing.T) {
	long := strings.Repeat("a", 1<<20)
	v, err := json.Marshal(map[string]string{"schema": "other/" + long, "url": "https://news.example/" + long})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = ParseRaw(v)
	if newsner.ErrorCode(err) != newsner.EUnsupported {
		t.Fatalf("ParseRaw of another schema: %v, want %s", err, newsner.EUnsupported)
	}
	msg := err.Error()
	if len(msg) > 500 {
		t.Errorf("error of %d bytes, want at most 500: %.200s...", len(msg), msg)
	}
	for _, want := range []string{"https://news.example/aaa", `"other/aaa`, newsner.RawSchema} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not name %s", msg, want)
		}
	}
}
