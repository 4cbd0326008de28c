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
	// The kinds above are the first lists; the ones below (names of
	// organizations and people, gazetteer/lists.sh) came later and have
	// feature templates of their own for their neighbours (ftPrevList,
	// ftNextList), so a model trained without them reads the same
	// features as before.
	gzOrgName // a listed company's name or short form, or a news agency's
	gzClub    // a football club's name or alias
	gzPerson  // a US politician's name
	nGazetteers
	nBaseGazetteers = gzOrgName
)

// gazetteer matches token runs against the name lists.
type gazetteer struct {
	// phrases maps a phrase (tokens joined by single spaces) to the kinds
	// it belongs to, one bit per kind.
	phrases map[string]uint16
	// firsts maps a phrase's first token to the longest phrase (in tokens)
	// starting with it.
	firsts map[string]int
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{phrases: map[string]uint16{}, firsts: map[string]int{}}
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
		{"companies.txt", gzOrgName},
		{"agencies.txt", gzOrgName},
		{"clubs.txt", gzClub},
		{"people.txt", gzPerson},
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
// phrases covering it: bit kind*4+pos of out[i]. The longest phrase is
// found for the first lists' kinds and for the name lists' kinds apart, so
// a listed name ("New York Times") leaves the place in it ("New York") as
// the first lists mark it.
func (g *gazetteer) match(words []string, out []uint64) {
	const (
		baseMask = 1<<nBaseGazetteers - 1
		listMask = 1<<nGazetteers - 1 - baseMask
	)
	var sb strings.Builder
	for i := range words {
		maxLen := g.firsts[words[i]]
		if maxLen == 0 {
			continue
		}
		var done uint16 // baseMask and/or its complement, once matched
		for n := min(maxLen, len(words)-i); n >= 1 && done != baseMask|listMask; n-- {
			var kinds uint16
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
			kinds &^= done
			if kinds == 0 {
				continue
			}
			if kinds&baseMask != 0 {
				done |= baseMask
			}
			if kinds&listMask != 0 {
				done |= listMask
			}
			markMatch(out, i, n, kinds)
		}
	}
}

// markMatch marks the phrase of n tokens at i as a match of kinds.
func markMatch(out []uint64, i, n int, kinds uint16) {
	for kind := 0; kind < nGazetteers; kind++ {
		if kinds&(1<<kind) == 0 {
			continue
		}
		if n == 1 {
			out[i] |= 1 << (uint(kind)*4 + gpU)
			continue
		}
		out[i] |= 1 << (uint(kind)*4 + gpB)
		for k := i + 1; k < i+n-1; k++ {
			out[k] |= 1 << (uint(kind)*4 + gpI)
		}
		out[i+n-1] |= 1 << (uint(kind)*4 + gpL)
	}
}
