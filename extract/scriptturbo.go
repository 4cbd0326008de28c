package extract

import (
	"bytes"
	"encoding/json"
	"strings"
)

// React Router 7 and Remix (2.9 on, "single fetch") stream a page's loader
// data into the shell they serve as turbo-stream, pushed by scripts:
// window.__reactRouterContext.streamController.enqueue("[...]\n") (or
// __remixContext's). Its first line is a flat JSON array whose first
// element is the root: an object {"_1": 2} takes its key from element 1
// and its value from element 2, an array lists its elements' indexes,
// a negative index is undefined, null or a hole, ["D", ...] and the like
// are dates, promises and other values with no text. streamValue reads
// it; storeArticle walks it as a store under the site's own names.

// streamEnqueue is the call that pushes the stream's chunks.
const streamEnqueue = "streamController.enqueue("

// streamValue returns the value the page's turbo-stream carries: its
// chunks (the strings of its enqueue calls, in order, maxScriptJSON at
// most) joined, the first line decoded; ok false where it has none.
func streamValue(doc []byte) (any, bool) {
	var data []byte
	for off := 0; ; {
		k := bytes.Index(doc[off:], []byte(streamEnqueue))
		if k < 0 {
			break
		}
		at := off + k + len(streamEnqueue)
		off = at
		s, ok := jsStringValue(doc[at:])
		if !ok {
			continue
		}
		if len(data)+len(s) > maxScriptJSON {
			return nil, false
		}
		data = append(data, s...)
		if strings.IndexByte(s, '\n') >= 0 {
			break // the first line is whole
		}
	}
	if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
		data = data[:nl]
	}
	if len(data) == 0 {
		return nil, false
	}
	var flat []any
	if json.Unmarshal(data, &flat) != nil || len(flat) == 0 {
		return nil, false
	}
	return turboDecode(flat), true
}

// turboDecode rebuilds the root of a turbo-stream's flat array (the value
// at index 0): an object's keys are "_N", N the index of the member's name
// (a string). Cycles, values past maxScriptVisits or maxScriptDepth and
// bad indexes are nil.
func turboDecode(flat []any) any {
	return flatRefs(flat, func(k string) (string, bool) {
		ki := strings.TrimPrefix(k, "_")
		if len(ki) == len(k) {
			return "", false
		}
		var kf float64
		if json.Unmarshal([]byte(ki), &kf) != nil || kf < 0 || int(kf) >= len(flat) {
			return "", false
		}
		name, ok := flat[int(kf)].(string)
		return name, ok
	}, nil)
}
