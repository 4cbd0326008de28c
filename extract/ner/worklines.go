package ner

// workByLineSpans makes MISC, so not emitted, a span that opens a line of
// the form "Title by Maker", the maker a few words that end the line
// ("Glass Quelb by Jan Vorber", "Portam Zorbis by Quelbix Studio"): a
// list of works (artworks, books, songs) and who made them, where the
// tagger reads the title as a person or a body. The line holds nothing
// else and no full stop, so a sentence ("Zorbco was bought by Quelbco
// for $2 billion.", a sentence wrapped after "in" at "Zorbland by Jan
// Vorber.") does not qualify.
func workByLineSpans(toks []token, spans []tspan, line []int) []tspan {
	for i, s := range spans {
		if !s.typ.Valid() || s.t1+1 >= len(toks) || toks[s.t1].Text != "by" || line[s.t1] != line[s.t0] {
			continue
		}
		if s.t0 > 0 && (line[s.t0-1] == line[s.t0] || closedClassTags[toks[s.t0-1].Tag]) {
			continue // not the line's first word, or a sentence wrapped ("trained in\nZorbland by Jan Vorber.")
		}
		e := s.t1 + 1
		for e < len(toks) && line[e] == line[s.t0] {
			e++
		}
		if n := e - (s.t1 + 1); n < 1 || n > 5 || toks[e-1].Text == "." {
			continue
		}
		spans[i].typ = misc
	}
	return spans
}
