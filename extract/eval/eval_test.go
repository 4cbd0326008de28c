package eval

import (
	"testing"

	"github.com/newsner/newsner/extract"
	"github.com/newsner/newsner/internal/shared"
)

var sharedDir = shared.Dir()

func needShared(t *testing.T) {
	t.Helper()
	shared.Require(t, "data", "news-pages", "ground-truth.json")
}

var extractFromReader = extract.FromReader
