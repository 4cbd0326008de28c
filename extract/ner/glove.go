package ner

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/newsner/newsner/internal/gz"
)

// gloveClustersFile holds word clusters of GloVe 6B vectors (Wikipedia
// 2014 + Gigaword 5 newswire, 6 billion tokens): the 50,000 most frequent
// lower-cased words with a letter, each with a bit path of at most 16 bits
// from recursive spherical 2-means over the normalized vectors
// (ClusterVectors). Made by gazetteer/glove.sh; see gazetteer/README.md.
//
//go:embed gazetteer/glove-clusters.tsv.gz
var gloveClustersFile []byte

// Default GloVe feature prefixes (see gloveFeats).
var (
	defaultGlovePrefixes  = []int{4, 8, 12, 16}
	defaultGloveNeighbour = []int{4, 8, 16}
	defaultGloveStage2    = []int{8, 16}
)

// gloveFeats is the GloVe cluster feature family: a word (lower-cased)
// is looked up in paths, and each length in cur gives a feature of its
// path's prefix of that length (the whole path if shorter); nb does the same
// for the words just before and after, and s2 for the token in the second
// stage. Stored in the model.
type gloveFeats struct {
	paths       map[string]string
	cur, nb, s2 []int
}

// ReadGloVeClusters reads word<TAB>path lines (gzip-compressed if they
// start with gzip's magic), the format of gazetteer/glove-clusters.tsv.gz.
// With nil it reads the embedded file.
func ReadGloVeClusters(data []byte) (map[string]string, error) {
	if data == nil {
		data = gloveClustersFile
	}
	r, _, err := gz.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("glove clusters: %w", err)
	}
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" {
			continue
		}
		w, p, ok := strings.Cut(line, "\t")
		if !ok || w == "" || strings.Trim(p, "01") != "" {
			return nil, fmt.Errorf("glove clusters: line %d: not word<TAB>bits", n)
		}
		out[w] = p
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("glove clusters: %w", err)
	}
	return out, nil
}

// fPrefix is a feature of a path prefix of (at most) n bits.
func fPrefix(id byte, path string, n int) uint64 {
	if n > 0 && n < len(path) {
		path = path[:n]
	}
	return hashStr(hashByte(hashByte(fnvOffset, id), byte(n)), path)
}

// append appends token i's GloVe cluster features in part: its own
// path's prefixes (text), its neighbours' (place).
func (g *gloveFeats) append(d *docInfo, i int, part featPart, buf []uint64) []uint64 {
	if p := d.glove[i]; p != "" && part&textPart != 0 {
		for _, n := range g.cur {
			buf = append(buf, fPrefix(ftGlove, p, n))
		}
	}
	if len(g.nb) > 0 && part&placePart != 0 {
		if i > 0 && d.glove[i-1] != "" {
			for _, n := range g.nb {
				buf = append(buf, fPrefix(ftPrevGlove, d.glove[i-1], n))
			}
		}
		if i+1 < len(d.glove) && d.glove[i+1] != "" {
			for _, n := range g.nb {
				buf = append(buf, fPrefix(ftNextGlove, d.glove[i+1], n))
			}
		}
	}
	return buf
}

func (g *gloveFeats) appendStage2(d *docInfo, i int, buf []uint64) []uint64 {
	if p := d.glove[i]; p != "" {
		for _, n := range g.s2 {
			buf = append(buf, fPrefix(ftGlove2, p, n))
		}
	}
	return buf
}
