package ner

import (
	"context"
	"math"
	"math/rand"
	"sort"
	"strings"
)

// ClusterConfig controls LearnClusters. The zero value uses the defaults.
type ClusterConfig struct {
	// MinCount is how often a word must occur to get a cluster.
	// Default: 3.
	MinCount int
	// Contexts is how many of the most frequent words serve as context
	// dimensions (left and right neighbour). Default: 1500.
	Contexts int
	// Depth is the depth of the cluster tree: paths are at most this many
	// bits. Default: 12.
	Depth int
	// Seed seeds the k-means starts. Default: 1.
	Seed int64
}

// LearnClusters learns word clusters from unlabelled text: each word
// (lower-cased, occurring at least MinCount times) is described by the
// words seen just before and after it (positive PMI weights), and the
// words are split in two again and again by spherical 2-means. A word's
// cluster is its path down the tree as a string of 0s and 1s, so that
// prefixes of the path are coarser clusters (like Brown clusters).
func LearnClusters(ctx context.Context, texts []string, cfg ClusterConfig) (map[string]string, error) {
	if cfg.MinCount == 0 {
		cfg.MinCount = 3
	}
	if cfg.Contexts == 0 {
		cfg.Contexts = 1500
	}
	if cfg.Depth == 0 {
		cfg.Depth = 12
	}
	if cfg.Seed == 0 {
		cfg.Seed = 1
	}
	var docs [][]string
	count := map[string]int{}
	for _, text := range texts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		toks := splitText(text)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = clusterWord(t.Text)
			count[words[i]]++
		}
		docs = append(docs, words)
	}
	byFreq := make([]string, 0, len(count))
	for w := range count {
		byFreq = append(byFreq, w)
	}
	sort.Slice(byFreq, func(i, j int) bool {
		if count[byFreq[i]] != count[byFreq[j]] {
			return count[byFreq[i]] > count[byFreq[j]]
		}
		return byFreq[i] < byFreq[j]
	})
	ctxID := map[string]int{}
	for i, w := range byFreq {
		if i >= cfg.Contexts {
			break
		}
		ctxID[w] = i
	}
	nctx := 2*len(ctxID) + 2 // left, right, and "other" for each side
	other := len(ctxID)
	vocab := map[string]int{}
	var words []string
	for _, w := range byFreq {
		if count[w] >= cfg.MinCount {
			vocab[w] = len(words)
			words = append(words, w)
		}
	}
	// Co-occurrence counts.
	co := make([]map[int]float64, len(words))
	for i := range co {
		co[i] = map[int]float64{}
	}
	colSum := make([]float64, nctx)
	total := 0.0
	for _, doc := range docs {
		for i, w := range doc {
			v, ok := vocab[w]
			if !ok {
				continue
			}
			left, right := other, other
			if i > 0 {
				if c, ok := ctxID[doc[i-1]]; ok {
					left = c
				}
			}
			if i+1 < len(doc) {
				if c, ok := ctxID[doc[i+1]]; ok {
					right = c
				}
			}
			right += other + 1
			co[v][left]++
			co[v][right]++
			colSum[left]++
			colSum[right]++
			total += 2
		}
	}
	// PPMI, L2-normalized sparse vectors.
	vecs := make([]sparseVec, len(words))
	for i, row := range co {
		rowSum := 0.0
		for _, c := range row {
			rowSum += c
		}
		var vec sparseVec
		for d, c := range row {
			if pmi := math.Log(c * total / (rowSum * colSum[d])); pmi > 0 {
				vec = append(vec, entry{d, pmi})
			}
		}
		// The norm is summed in dimension order, not the map's: a sum of
		// floats in a random order differs in its last bits from run to
		// run, and that was enough to flip a k-means split, so that two
		// trainings on the same text learnt different clusters.
		sort.Slice(vec, func(a, b int) bool { return vec[a].dim < vec[b].dim })
		norm := 0.0
		for _, e := range vec {
			norm += e.v * e.v
		}
		norm = math.Sqrt(norm)
		for k := range vec {
			vec[k].v /= norm
		}
		vecs[i] = vec
	}
	paths, err := splitPaths(ctx, vecs, nctx, cfg.Depth, cfg.Seed, 0)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(words))
	for i, w := range words {
		out[w] = paths[i]
	}
	return out, nil
}

// clusterWord is the form of a token words are clustered and looked up by:
// lower-cased, digits folded to 0.
func clusterWord(w string) string {
	w = toLower(w)
	if strings.IndexAny(w, "0123456789") < 0 {
		return w
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return r
	}, w)
}

// entry is one non-zero dimension of a sparse vector.
type entry struct {
	dim int
	v   float64
}

// sparseVec is a vector as its non-zero entries, by increasing dim.
type sparseVec []entry

// splitPaths clusters L2-normalized vectors (dimensions 0..dims-1) into a
// binary tree by recursive spherical 2-means (8 iterations from two random
// members; groups of fewer than 8 are not split) down to depth levels, and
// returns each vector's path down the tree as a string of 0s and 1s. A
// group all of whose members end on one side is left whole, unless retries
// is positive: then it is tried again from other random starts, up to
// retries more times.
func splitPaths(ctx context.Context, vecs []sparseVec, dims, depth int, seed int64, retries int) ([]string, error) {
	paths := make([]strings.Builder, len(vecs))
	rng := rand.New(rand.NewSource(seed))
	dot := func(vec sparseVec, c []float64) float64 {
		s := 0.0
		for _, e := range vec {
			s += e.v * c[e.dim]
		}
		return s
	}
	var split func(members []int, level int) error
	split = func(members []int, level int) error {
		if level >= depth || len(members) < 8 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		var parts [2][]int
		for try := 0; ; try++ {
			cent := [2][]float64{make([]float64, dims), make([]float64, dims)}
			for k := 0; k < 2; k++ {
				for _, e := range vecs[members[rng.Intn(len(members))]] {
					cent[k][e.dim] = e.v
				}
			}
			side := make([]int, len(members))
			for it := 0; it < 8; it++ {
				for m, w := range members {
					if dot(vecs[w], cent[0]) >= dot(vecs[w], cent[1]) {
						side[m] = 0
					} else {
						side[m] = 1
					}
				}
				for k := 0; k < 2; k++ {
					for d := range cent[k] {
						cent[k][d] = 0
					}
				}
				for m, w := range members {
					for _, e := range vecs[w] {
						cent[side[m]][e.dim] += e.v
					}
				}
				for k := 0; k < 2; k++ {
					n := 0.0
					for _, v := range cent[k] {
						n += v * v
					}
					if n = math.Sqrt(n); n > 0 {
						for d := range cent[k] {
							cent[k][d] /= n
						}
					}
				}
			}
			parts = [2][]int{}
			for m, w := range members {
				parts[side[m]] = append(parts[side[m]], w)
			}
			if len(parts[0]) == 0 || len(parts[1]) == 0 {
				if try < retries {
					continue
				}
				return nil
			}
			break
		}
		for k := 0; k < 2; k++ {
			for _, w := range parts[k] {
				paths[w].WriteByte(byte('0' + k))
			}
			if err := split(parts[k], level+1); err != nil {
				return err
			}
		}
		return nil
	}
	all := make([]int, len(vecs))
	for i := range all {
		all[i] = i
	}
	if err := split(all, 0); err != nil {
		return nil, err
	}
	out := make([]string, len(vecs))
	for i := range paths {
		out[i] = paths[i].String()
	}
	return out, nil
}

// ClusterVectors gives dense word vectors (all of one length) bit paths
// the way LearnClusters does: each vector is L2-normalized and the set is
// split by recursive spherical 2-means down to depth levels, seeded by
// seed; a split that leaves one side empty is retried (up to four times)
// from other starts. gazetteer/glovegen clusters GloVe vectors with it.
func ClusterVectors(ctx context.Context, vecs [][]float64, depth int, seed int64) ([]string, error) {
	dims := 0
	sv := make([]sparseVec, len(vecs))
	for i, v := range vecs {
		dims = max(dims, len(v))
		norm := 0.0
		for _, x := range v {
			norm += x * x
		}
		norm = math.Sqrt(norm)
		s := make(sparseVec, 0, len(v))
		for d, x := range v {
			if x != 0 && norm > 0 {
				s = append(s, entry{d, x / norm})
			}
		}
		sv[i] = s
	}
	return splitPaths(ctx, sv, dims, depth, seed, 4)
}
