package ner

import (
	"bufio"
	"embed"
	"strings"
)

//go:embed gazetteer/*.txt
var gazetteerFS embed.FS

// Gazetteer kinds: each is one list of names (see gazetteer/README.md).
const (
	gzCountry = iota
	gzPlace
	gzFirstName
	gzOrgWord
	gzDemonym
	gzTitle
	gzSurname
	nGazetteers
)

// gazetteer matches token runs against the name lists.
type gazetteer struct {
	// phrases maps a phrase (tokens joined by single spaces) to the kinds
	// it belongs to, one bit per kind.
	phrases map[string]uint8
	// firsts maps a phrase's first token to the longest phrase (in tokens)
	// starting with it.
	firsts map[string]int
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{phrases: map[string]uint8{}, firsts: map[string]int{}}
	files := []struct {
		name string
		kind int
	}{
		{"countries.txt", gzCountry},
		{"extra-places.txt", gzCountry},
		{"places.txt", gzPlace},
		{"firstnames.txt", gzFirstName},
		{"surnames.txt", gzSurname},
		{"orgs.txt", gzOrgWord},
	}
	for _, f := range files {
		data, err := gazetteerFS.ReadFile("gazetteer/" + f.name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			g.add(tokenizePhrase(line), f.kind)
		}
	}
	for w := range demonyms {
		g.add([]string{strings.ToUpper(w[:1]) + w[1:]}, gzDemonym)
	}
	for w := range titles {
		g.add([]string{strings.ToUpper(w[:1]) + w[1:]}, gzTitle)
	}
	return g, nil
}

// tokenizePhrase splits a list entry into tokens at spaces. The lists hold
// names only, whose inner punctuation ("U.S.", "Guinea-Bissau") prose's
// tokenizer also keeps inside the token.
func tokenizePhrase(s string) []string {
	return strings.Fields(s)
}

func (g *gazetteer) add(words []string, kind int) {
	if len(words) == 0 || len(words) > 6 {
		return
	}
	g.phrases[strings.Join(words, " ")] |= 1 << kind
	if len(words) > g.firsts[words[0]] {
		g.firsts[words[0]] = len(words)
	}
}

// gazetteer match positions within a matched phrase.
const (
	gpB = iota
	gpI
	gpL
	gpU
)

// match marks, for every token, the kinds and positions of the longest list
// phrases covering it: bit kind*4+pos of out[i].
func (g *gazetteer) match(words []string, out []uint32) {
	var sb strings.Builder
	for i := range words {
		maxLen := g.firsts[words[i]]
		if maxLen == 0 {
			continue
		}
		for n := min(maxLen, len(words)-i); n >= 1; n-- {
			var kinds uint8
			if n == 1 {
				kinds = g.phrases[words[i]]
			} else {
				sb.Reset()
				for k := i; k < i+n; k++ {
					if k > i {
						sb.WriteByte(' ')
					}
					sb.WriteString(words[k])
				}
				kinds = g.phrases[sb.String()]
			}
			if kinds == 0 {
				continue
			}
			for kind := 0; kind < nGazetteers; kind++ {
				if kinds&(1<<kind) == 0 {
					continue
				}
				if n == 1 {
					out[i] |= 1 << (kind*4 + gpU)
					continue
				}
				out[i] |= 1 << (kind*4 + gpB)
				for k := i + 1; k < i+n-1; k++ {
					out[k] |= 1 << (kind*4 + gpI)
				}
				out[i+n-1] |= 1 << (kind*4 + gpL)
			}
			break
		}
	}
}
