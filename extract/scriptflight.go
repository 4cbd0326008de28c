package extract

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// Next.js's app router serves its pages' React tree as flight data:
// self.__next_f.push([1,"..."]) calls whose strings, joined, are rows
// "id:value" (JSON; "id:T<hex length>,<text>" for long text), the tree's
// elements ["$", tag, key, props] with props.children, and "$L<id>" or
// "$<id>" strings for rows elsewhere. flightArticle renders the tree to
// HTML and reads it as a page: where the markup is a shell (the tree
// rendered on the client only), it is the page the reader would see.

// flightMarker starts each push of flight data.
const flightMarker = "self.__next_f.push("

// maxFlightPushes is the most pushes read.
const maxFlightPushes = 5000

// maxFlightRenderDepth is the deepest element nesting rendered (the
// parser refuses 512).
const maxFlightRenderDepth = 200

// flightArticle returns the text of the page that the flight rows render
// from row "0", read as mainText reads a page (title its headline), or ""
// where that finds nothing usable.
func flightArticle(rows map[string]any, title string) string {
	root, ok := rows["0"]
	if !ok {
		return ""
	}
	f := &flightRenderer{rows: rows, rendering: make(map[string]bool)}
	f.render(root, 0, true)
	if f.elements == 0 {
		return ""
	}
	n, err := html.Parse(strings.NewReader("<html><body>" + f.out.String() + "</body></html>"))
	if err != nil {
		return ""
	}
	text, fallback := mainText(n, title, "", nil, nil, f.elements+3, false, false, nil)
	if fallback {
		return ""
	}
	return text
}

// flightData returns the strings of doc's flight pushes joined, at most
// maxScriptJSON bytes.
func flightData(doc []byte) []byte {
	var out []byte
	off := 0
	for n := 0; n < maxFlightPushes && len(out) < maxScriptJSON; n++ {
		k := bytes.Index(doc[off:], []byte(flightMarker))
		if k < 0 {
			break
		}
		off += k + len(flightMarker)
		js, ok := jsonish(doc[off:])
		if !ok {
			continue
		}
		var push []any
		if json.Unmarshal(js, &push) != nil || len(push) != 2 || push[0] != float64(1) {
			continue
		}
		if s, ok := push[1].(string); ok {
			out = append(out, s...)
		}
	}
	if len(out) > maxScriptJSON {
		out = out[:maxScriptJSON]
	}
	return out
}

// flightRows parses flight data into its rows by id: JSON values, and
// long text rows as strings; rows of other kinds (I, HL, E...) are left
// out.
func flightRows(data []byte) map[string]any {
	rows := make(map[string]any)
	for len(data) > 0 {
		colon := bytes.IndexByte(data[:min(len(data), 16)], ':')
		nl := bytes.IndexByte(data, '\n')
		if colon < 0 || (nl >= 0 && nl < colon) {
			if nl < 0 {
				break
			}
			data = data[nl+1:]
			continue
		}
		id := string(data[:colon])
		data = data[colon+1:]
		if len(data) > 0 && data[0] == 'T' {
			// T<hex length>,<text>: the length in bytes, no newline.
			comma := bytes.IndexByte(data[:min(len(data), 16)], ',')
			if comma < 0 {
				break
			}
			size, err := strconv.ParseInt(string(data[1:comma]), 16, 64)
			if err != nil || size < 0 {
				break
			}
			data = data[comma+1:]
			size = min(size, int64(len(data)))
			rows[id] = string(data[:size])
			data = data[size:]
			continue
		}
		line := data
		if nl = bytes.IndexByte(data, '\n'); nl >= 0 {
			line, data = data[:nl], data[nl+1:]
		} else {
			data = nil
		}
		if len(line) > 0 && (line[0] == '[' || line[0] == '{' || line[0] == '"') {
			var v any
			if json.Unmarshal(line, &v) == nil {
				rows[id] = v
			}
		}
	}
	return rows
}

// flightRenderer writes a flight tree as HTML.
type flightRenderer struct {
	rows      map[string]any
	rendering map[string]bool // the rows being rendered (a row inside itself is left out)
	out       strings.Builder
	visits    int
	elements  int
}

// flightSkipTags are the elements whose content is no page text.
var flightSkipTags = map[string]bool{
	"script": true, "style": true, "link": true, "meta": true, "noscript": true, "template": true,
	"svg": true, "iframe": true, "head": true, "title": true, "textarea": true, "select": true,
}

// flightVoidTags have no content.
var flightVoidTags = map[string]bool{"br": true, "hr": true, "img": true, "input": true, "wbr": true}

// render writes v at depth; inData: v is in the data around the tree (the
// router's segments), whose strings are no text (an element's children
// are).
func (f *flightRenderer) render(v any, depth int, inData bool) {
	f.visits++
	if f.visits > maxScriptVisits || depth > maxFlightRenderDepth || f.out.Len() > maxScriptJSON {
		return
	}
	switch x := v.(type) {
	case string:
		if inData {
			return
		}
		if strings.HasPrefix(x, "$") {
			if strings.HasPrefix(x, "$$") {
				f.out.WriteString(html.EscapeString(x[1:]))
				return
			}
			f.renderRow(x, depth)
			return
		}
		f.out.WriteString(html.EscapeString(x))
	case []any:
		if tag, props, ok := reactElement(x); ok {
			f.element(tag, props, depth)
			return
		}
		for _, e := range x {
			f.render(e, depth+1, inData)
		}
	case map[string]any:
		// Data around the tree (the router's segments): its arrays
		// and objects, not its strings. Elements' props are read by
		// element, not here.
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			f.render(x[k], depth+1, true)
		}
	}
}

// renderRow renders the row a reference ("$L1a", "$@3", "$1a") names, not
// a row inside itself.
func (f *flightRenderer) renderRow(ref string, depth int) {
	id := strings.TrimLeft(ref[1:], "L@")
	if id == "" || strings.IndexByte(id, ':') >= 0 || f.rendering[id] {
		return
	}
	row, ok := f.rows[id]
	if !ok {
		return
	}
	f.rendering[id] = true
	f.render(row, depth+1, false)
	delete(f.rendering, id)
}

// element writes one React element: a component's or fragment's (tag
// "$..." ) children, or an HTML element with its class and id.
func (f *flightRenderer) element(tag string, props map[string]any, depth int) {
	if strings.HasPrefix(tag, "$") {
		// A component: its children and whatever of its props holds
		// elements (Next's routers pass a page's segments as slots,
		// templates and the like), in key order.
		f.render(props["children"], depth+1, false)
		f.componentProps(props, depth+1, true)
		return
	}
	tag = strings.ToLower(tag)
	if flightSkipTags[tag] || !flightTagName(tag) {
		return
	}
	f.elements++
	f.out.WriteString("<" + tag)
	for _, a := range [][2]string{{"className", "class"}, {"id", "id"}, {"href", "href"}, {"role", "role"}} {
		if s, ok := props[a[0]].(string); ok && s != "" {
			f.out.WriteString(" " + a[1] + `="` + html.EscapeString(s) + `"`)
		}
	}
	f.out.WriteString(">")
	if flightVoidTags[tag] {
		return
	}
	f.render(props["children"], depth+1, false)
	f.out.WriteString("</" + tag + ">")
}

// componentProps renders the props of a component (but its children,
// where top) that hold elements or references to rows, nested objects
// read through.
func (f *flightRenderer) componentProps(props map[string]any, depth int, top bool) {
	if depth > maxFlightRenderDepth {
		return
	}
	keys := make([]string, 0, len(props))
	for k := range props {
		if (!top || k != "children") && !flightFallbackProps[k] {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		switch x := props[k].(type) {
		case []any:
			f.render(x, depth+1, false)
		case string:
			if strings.HasPrefix(x, "$L") {
				f.renderRow(x, depth+1)
			}
		case map[string]any:
			f.componentProps(x, depth+1, false)
		}
	}
}

// flightFallbackProps are the props of Next's routers that hold what
// shows instead of the page (a 404's heading, an error's, a spinner).
var flightFallbackProps = map[string]bool{
	"notFound": true, "forbidden": true, "unauthorized": true, "error": true, "loading": true,
	"errorScripts": true, "errorStyles": true,
}

// reactElement reports whether x is a React element in flight form,
// ["$", tag, key, props], and returns its tag and props.
func reactElement(x []any) (tag string, props map[string]any, ok bool) {
	if len(x) != 4 || x[0] != "$" {
		return "", nil, false
	}
	tag, ok = x[1].(string)
	if !ok {
		return "", nil, false
	}
	props, _ = x[3].(map[string]any)
	return tag, props, true
}

// flightTagName reports whether tag is a plain element name (letters,
// digits and hyphens, a letter first).
func flightTagName(tag string) bool {
	if tag == "" || len(tag) > 32 || !isASCIILetter(tag[0]) {
		return false
	}
	for i := 0; i < len(tag); i++ {
		if c := tag[i]; !isASCIILetter(c) && !('0' <= c && c <= '9') && c != '-' {
			return false
		}
	}
	return true
}
