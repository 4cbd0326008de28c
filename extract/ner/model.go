package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// scorer gives the model's scores: per-token label scores from features,
// and label-to-label transition scores.
type scorer interface {
	// emit adds, for each label, the weights of feats to out.
	emit(feats []uint64, out *[nLabels]float32)
	// transition returns the score of label next after prev (prev ==
	// nLabels: at the start of a segment).
	transition(prev, next int) float32
}

// weights is the trained model at run time: read-only, shared by all
// goroutines.
type weights struct {
	index map[uint64]int32 // feature hash -> row
	w     []float32        // row*nLabels + label
	trans [(nLabels + 1) * nLabels]float32
}

func (m *weights) emit(feats []uint64, out *[nLabels]float32) {
	for _, f := range feats {
		r, ok := m.index[f]
		if !ok {
			continue
		}
		row := m.w[int(r)*nLabels : int(r)*nLabels+nLabels]
		for l := range out {
			out[l] += row[l]
		}
	}
}

func (m *weights) transition(prev, next int) float32 { return m.trans[prev*nLabels+next] }

// decoder holds the scratch space for decoding one document.
type decoder struct {
	feats  []uint64
	scores [][nLabels]float32
	back   [][nLabels]int8
	labels []int
}

// decodeDoc labels every token of d, segment by segment, carrying the
// history of earlier segments' labels into later ones. If visit is not nil
// it is called for each segment [i, j) with the labels chosen and the
// features of its tokens (training uses it to update the model; feats[k]
// belongs to token i+k).
func (dec *decoder) decodeDoc(d *docInfo, m scorer, visit func(i, j int, labels []int, feats [][]uint64)) []int {
	n := len(d.toks)
	out := make([]int, n)
	var h history
	var segFeats [][]uint64
	for i := 0; i < n; {
		j := i + 1
		for j < n && !d.start[j] {
			j++
		}
		dec.scores = dec.scores[:0]
		segFeats = segFeats[:0]
		for k := i; k < j; k++ {
			start := len(dec.feats)
			if visit == nil {
				dec.feats = dec.feats[:0]
				start = 0
			}
			dec.feats = d.staticFeatures(k, dec.feats)
			dec.feats = d.dynamicFeatures(k, &h, dec.feats)
			var s [nLabels]float32
			m.emit(dec.feats[start:], &s)
			dec.scores = append(dec.scores, s)
			if visit != nil {
				segFeats = append(segFeats, dec.feats[start:])
			}
		}
		labels := dec.viterbi(m)
		copy(out[i:j], labels)
		if visit != nil {
			visit(i, j, out[i:j], segFeats)
			dec.feats = dec.feats[:0]
		}
		h.record(d, i, out[i:j])
		i = j
	}
	return out
}

// viterbi finds the best well-formed BILOU sequence for dec.scores.
func (dec *decoder) viterbi(m scorer) []int {
	n := len(dec.scores)
	if cap(dec.back) < n {
		dec.back = make([][nLabels]int8, n)
	}
	back := dec.back[:n]
	negInf := float32(math.Inf(-1))
	var prev, cur [nLabels]float32
	for l := 0; l < nLabels; l++ {
		if validTrans(-1, l) {
			prev[l] = dec.scores[0][l] + m.transition(nLabels, l)
		} else {
			prev[l] = negInf
		}
	}
	for t := 1; t < n; t++ {
		for l := 0; l < nLabels; l++ {
			best, arg := negInf, 0
			for p := 0; p < nLabels; p++ {
				if prev[p] == negInf || !validTransTable[p][l] {
					continue
				}
				if s := prev[p] + m.transition(p, l); s > best {
					best, arg = s, p
				}
			}
			cur[l] = best + dec.scores[t][l]
			back[t][l] = int8(arg)
		}
		prev = cur
	}
	best, arg := negInf, 0
	for l := 0; l < nLabels; l++ {
		if validEnd(l) && prev[l] > best {
			best, arg = prev[l], l
		}
	}
	if cap(dec.labels) < n {
		dec.labels = make([]int, n)
	}
	labels := dec.labels[:n]
	labels[n-1] = arg
	for t := n - 1; t > 0; t-- {
		labels[t-1] = int(back[t][labels[t]])
	}
	return labels
}

var validTransTable = func() (t [nLabels][nLabels]bool) {
	for p := 0; p < nLabels; p++ {
		for l := 0; l < nLabels; l++ {
			t[p][l] = validTrans(p, l)
		}
	}
	return t
}()

// Model file format (gzip-compressed):
//
//	"NERM" 1                       magic and version
//	uvarint len, bytes             model name
//	float32                        scale: weight = int value * scale
//	(nLabels+1)*nLabels varint     transition weights
//	uvarint n                      feature rows, by increasing hash:
//	  uvarint hash-prevHash, byte k, k * (byte label, varint weight)
//	uvarint n                      word clusters: n * (string word, string path)
var modelMagic = []byte("NERM\x01")

// modelFile is what a model file holds.
type modelFile struct {
	name     string
	w        *weights
	clusters map[string]string
}

func writeModel(w io.Writer, mf *modelFile) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putI := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	putS := func(s string) { putU(uint64(len(s))); bw.WriteString(s) }

	bw.Write(modelMagic)
	putS(mf.name)
	maxAbs := float32(0)
	for _, v := range mf.w.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	for _, v := range mf.w.trans {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, scale)
	q := func(v float32) int64 { return int64(math.Round(float64(v / scale))) }
	for _, v := range mf.w.trans {
		putI(q(v))
	}
	keys := make([]uint64, 0, len(mf.w.index))
	for k := range mf.w.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	putU(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		putU(k - prev)
		prev = k
		r := int(mf.w.index[k])
		row := mf.w.w[r*nLabels : r*nLabels+nLabels]
		nz := 0
		for _, v := range row {
			if q(v) != 0 {
				nz++
			}
		}
		bw.WriteByte(byte(nz))
		for l, v := range row {
			if qv := q(v); qv != 0 {
				bw.WriteByte(byte(l))
				putI(qv)
			}
		}
	}
	words := make([]string, 0, len(mf.clusters))
	for w := range mf.clusters {
		words = append(words, w)
	}
	sort.Strings(words)
	putU(uint64(len(words)))
	for _, w := range words {
		putS(w)
		putS(mf.clusters[w])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func readModel(r io.Reader) (*modelFile, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || !bytes.Equal(magic, modelMagic) {
		return nil, errors.New("model: not a newsner entity model (bad magic)")
	}
	var rerr error
	getU := func() uint64 {
		v, err := binary.ReadUvarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	getI := func() int64 {
		v, err := binary.ReadVarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	getS := func() string {
		n := getU()
		if n > 1<<20 || rerr != nil {
			if rerr == nil {
				rerr = errors.New("string too long")
			}
			return ""
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil && rerr == nil {
			rerr = err
		}
		return string(b)
	}
	mf := &modelFile{w: &weights{}}
	mf.name = getS()
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	for i := range mf.w.trans {
		mf.w.trans[i] = float32(getI()) * scale
	}
	n := getU()
	if rerr != nil || n > 1<<26 {
		return nil, fmt.Errorf("model: bad header: %v", rerr)
	}
	mf.w.index = make(map[uint64]int32, n)
	mf.w.w = make([]float32, int(n)*nLabels)
	key := uint64(0)
	for r := 0; r < int(n); r++ {
		key += getU()
		mf.w.index[key] = int32(r)
		nz, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("model: row %d: %w", r, err)
		}
		for k := 0; k < int(nz); k++ {
			l, err := br.ReadByte()
			if err != nil || int(l) >= nLabels {
				return nil, fmt.Errorf("model: row %d: bad label", r)
			}
			mf.w.w[r*nLabels+int(l)] = float32(getI()) * scale
		}
		if rerr != nil {
			return nil, fmt.Errorf("model: row %d: %w", r, rerr)
		}
	}
	nc := getU()
	if rerr != nil || nc > 1<<24 {
		return nil, fmt.Errorf("model: bad cluster count: %v", rerr)
	}
	if nc > 0 {
		mf.clusters = make(map[string]string, nc)
		for k := 0; k < int(nc); k++ {
			w := getS()
			mf.clusters[w] = getS()
		}
	}
	if rerr != nil {
		return nil, fmt.Errorf("model: clusters: %w", rerr)
	}
	return mf, nil
}
