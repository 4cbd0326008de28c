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
	"slices"
	"sort"
)

// scorer gives the model's scores: per-token label scores from features,
// and label-to-label transition scores.
type scorer interface {
	// emit adds, for each label, the weights of feats to out.
	emit(feats []uint64, out *[nLabels]float32)
	// transitions returns the label-to-label scores: [prev*nLabels+next],
	// prev == nLabels at the start of a segment.
	transitions() *[(nLabels + 1) * nLabels]float32
}

// weights is the trained model at run time: read-only, shared by all
// goroutines.
//
// Feature weights are kept as the model file stores them, 16-bit integers
// times scale: half the memory of float32, so more of the model stays in
// cache.
type weights struct {
	index *table  // feature hash -> row
	w     []int16 // row*nLabels + label
	scale float32
	trans [(nLabels + 1) * nLabels]float32
}

// emit looks the features up in batches (table.getBatch), then adds
// the rows found.
func (m *weights) emit(feats []uint64, out *[nLabels]float32) {
	var sum [nLabels]int32
	m.addRows(feats, &sum)
	s := m.scores(&sum)
	for l := range out {
		out[l] += s[l]
	}
}

// addRows adds the rows of feats to sum.
func (m *weights) addRows(feats []uint64, sum *[nLabels]int32) {
	var rows [tableBatch]int32
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), tableBatch)]
		feats = feats[len(chunk):]
		n := m.index.getBatch(chunk, &rows)
		// A row's first and last weights first, row after row: the
		// loads of the cache lines a row spans overlap, as in getBatch.
		for _, r := range rows[:n] {
			row := (*[nLabels]int16)(m.w[int(r)*nLabels:])
			sum[0] += int32(row[0])
			sum[nLabels-1] += int32(row[nLabels-1])
		}
		for _, r := range rows[:n] {
			row := (*[nLabels]int16)(m.w[int(r)*nLabels:])
			addRow(sum, row)
		}
	}
}

// scores turns summed weights into label scores.
func (m *weights) scores(sum *[nLabels]int32) [nLabels]float32 {
	var out [nLabels]float32
	for l := range out {
		out[l] = float32(sum[l]) * m.scale
	}
	return out
}

// addRow adds row's weights but the first and the last to sum, unrolled
// (the compiler keeps the loop); it is written for 17 labels.
var _ [nLabels - 17]struct{}
var _ [17 - nLabels]struct{}

func addRow(sum *[nLabels]int32, row *[nLabels]int16) {
	sum[1] += int32(row[1])
	sum[2] += int32(row[2])
	sum[3] += int32(row[3])
	sum[4] += int32(row[4])
	sum[5] += int32(row[5])
	sum[6] += int32(row[6])
	sum[7] += int32(row[7])
	sum[8] += int32(row[8])
	sum[9] += int32(row[9])
	sum[10] += int32(row[10])
	sum[11] += int32(row[11])
	sum[12] += int32(row[12])
	sum[13] += int32(row[13])
	sum[14] += int32(row[14])
	sum[15] += int32(row[15])
}

func (m *weights) transitions() *[(nLabels + 1) * nLabels]float32 { return &m.trans }

// quantize makes run-time weights from float rows (row r at
// rows[r*nLabels:]) and transitions.
func quantize(index *table, rows []float32, trans *[(nLabels + 1) * nLabels]float32) *weights {
	maxAbs := float32(0)
	for _, v := range rows {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	w := &weights{index: index, w: make([]int16, len(rows)), scale: scale, trans: *trans}
	for i, v := range rows {
		w.w[i] = int16(math.Round(float64(v / scale)))
	}
	return w
}

// decoder holds the scratch space for decoding one document.
type decoder struct {
	doc    docInfo // the Tagger's document, its slices reused
	feats  []uint64
	scores [][nLabels]float32
	back   [][nLabels]int8
	labels []int
	// salted, in training, collects the domain copies of features
	// (docInfo.domain), which the shipped model leaves out.
	salted map[uint64]bool
	// own[id] is the sum of the weights of the own features (ownPart)
	// of the document's word id (docInfo.wordID) in the model being
	// decoded with, if hasOwn[id].
	own    [][nLabels]int32
	hasOwn []bool
	// words keeps what the decoder made of words in earlier documents
	// (of the Tagger the decoder belongs to).
	words wordStore
}

// startOwn forgets the sums of the own features of the last document's
// words.
func (dec *decoder) startOwn(d *docInfo) {
	dec.own = slices.Grow(dec.own[:0], d.nWords)[:d.nWords]
	dec.hasOwn = slices.Grow(dec.hasOwn[:0], d.nWords)[:d.nWords]
	clear(dec.hasOwn)
}

// ownSum returns the sum of w's weights for the own features of token i's
// word (second-stage features if stage2), adding them up at the word's
// first occurrence.
func (dec *decoder) ownSum(d *docInfo, i int, w *weights, stage2 bool) *[nLabels]int32 {
	id := d.wordID[i]
	if !dec.hasOwn[id] {
		sum := dec.textSum(d, i, w, stage2)
		if !stage2 {
			dec.feats = d.staticPart(i, formPart, dec.feats[:0])
			w.addRows(dec.feats, &sum)
		}
		dec.own[id] = sum
		dec.hasOwn[id] = true
	}
	return &dec.own[id]
}

// textSum returns the sum of w's weights for the text features of token
// i, from the word's entry in the decoder's wordStore if it has them.
func (dec *decoder) textSum(d *docInfo, i int, w *weights, stage2 bool) [nLabels]int32 {
	st := 0
	if stage2 {
		st = 1
	}
	var e *wordEntry
	if d.entries != nil {
		e = d.entries[d.wordID[i]]
		if e.of[st] == w {
			return e.sum[st]
		}
	}
	dec.feats = dec.feats[:0]
	if stage2 {
		dec.feats = d.stage2Part(i, textPart, dec.feats)
	} else {
		dec.feats = d.staticPart(i, textPart, dec.feats)
	}
	var sum [nLabels]int32
	w.addRows(dec.feats, &sum)
	if e != nil {
		e.sum[st], e.of[st] = sum, w
	}
	return sum
}

// decodeDoc labels every token of d, segment by segment, carrying the
// history of earlier segments' labels into later ones. If visit is not nil
// it is called for each segment [i, j) with the labels chosen and the
// features of its tokens (training uses it to update the model; feats[k]
// belongs to token i+k).
//
// With first-stage labels s1 (not nil), it runs the second stage: a
// smaller set of the token's own features (stage2Features) and what the
// first stage decided for the whole document (stackFeatures) instead of
// the running history.
func (dec *decoder) decodeDoc(d *docInfo, m scorer, s1 *stage1, visit func(i, j int, labels []int, feats [][]uint64)) []int {
	n := len(d.toks)
	out := make([]int, n)
	var h history
	var segFeats [][]uint64
	// Decoding with run-time weights, a word's own features are looked
	// up once per document (ownSum); integer sums, so the scores are the
	// same as from all the features at once.
	w, _ := m.(*weights)
	byWord := w != nil && visit == nil && d.domain == 0
	if byWord {
		dec.startOwn(d)
	}
	for i := 0; i < n; {
		j := i + 1
		for j < n && !d.start[j] {
			j++
		}
		dec.scores = dec.scores[:0]
		segFeats = segFeats[:0]
		for k := i; k < j; k++ {
			if byWord {
				sum := *dec.ownSum(d, k, w, s1 != nil)
				dec.feats = dec.feats[:0]
				if s1 != nil {
					dec.feats = d.stage2Part(k, placePart, dec.feats)
					dec.feats = d.stackFeatures(k, s1, dec.feats)
				} else {
					dec.feats = d.staticPart(k, placePart, dec.feats)
					dec.feats = d.dynamicFeatures(k, &h, dec.feats)
				}
				w.addRows(dec.feats, &sum)
				dec.scores = append(dec.scores, w.scores(&sum))
				continue
			}
			start := len(dec.feats)
			if visit == nil {
				dec.feats = dec.feats[:0]
				start = 0
			}
			if s1 != nil {
				dec.feats = d.stage2Features(k, dec.feats)
			} else {
				dec.feats = d.staticFeatures(k, dec.feats)
			}
			if s1 == nil {
				dec.feats = d.dynamicFeatures(k, &h, dec.feats)
			} else {
				dec.feats = d.stackFeatures(k, s1, dec.feats)
			}
			if d.domain != 0 {
				dec.feats = d.addDomainCopies(dec.feats, start, dec.salted)
			}
			dec.scores = append(dec.scores, [nLabels]float32{})
			m.emit(dec.feats[start:], &dec.scores[len(dec.scores)-1])
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
	trans := m.transitions()
	var prev, cur [nLabels]float32
	for l := 0; l < nLabels; l++ {
		if validTrans(-1, l) {
			prev[l] = dec.scores[0][l] + trans[nLabels*nLabels+l]
		} else {
			prev[l] = negInf
		}
	}
	// The labels O, B-* and U-* may follow the same labels (closedLabels):
	// their transitions from those, by next label (for a segment of more
	// than one token).
	var fromClosed [nLabels][len(closedLabels)]float32
	if n > 1 {
		for _, l := range afterClosed {
			for k, p := range closedLabels {
				fromClosed[l][k] = trans[int(p)*nLabels+l]
			}
		}
	}
	for t := 1; t < n; t++ {
		sc, bt := &dec.scores[t], &back[t]
		// A label after one at -Inf scores -Inf, never better than the
		// best so far: those need no skipping.
		var pc [len(closedLabels)]float32
		for k, p := range closedLabels {
			pc[k] = prev[p]
		}
		for _, l := range afterClosed {
			best, arg := negInf, int8(0)
			for k, tr := range &fromClosed[l] {
				if s := pc[k] + tr; s > best {
					best, arg = s, closedLabels[k]
				}
			}
			cur[l] = best + sc[l]
			bt[l] = arg
		}
		for _, l := range afterOpen {
			best, arg := negInf, int8(0)
			for _, p := range validPrev[l] {
				if s := prev[p] + trans[int(p)*nLabels+l]; s > best {
					best, arg = s, p
				}
			}
			cur[l] = best + sc[l]
			bt[l] = arg
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

// closedLabels are the labels no entity is open after (O, L-*, U-*),
// ascending; afterClosed the labels that may follow just those (O, B-*,
// U-*), afterOpen the others (I-*, L-*). validPrev of a label of
// afterClosed is closedLabels.
var closedLabels, afterClosed, afterOpen = func() (closed [1 + 2*nTypes]int8, after, open []int) {
	k := 0
	for p := 0; p < nLabels; p++ {
		if validTrans(p, labelO) {
			closed[k] = int8(p)
			k++
		}
	}
	for l := 0; l < nLabels; l++ {
		if validTrans(-1, l) {
			after = append(after, l)
		} else {
			open = append(open, l)
		}
	}
	return closed, after, open
}()

// validPrev lists, for each label, the labels that may precede it.
var validPrev = func() (v [nLabels][]int8) {
	for l := 0; l < nLabels; l++ {
		for p := 0; p < nLabels; p++ {
			if validTrans(p, l) {
				v[l] = append(v[l], int8(p))
			}
		}
	}
	return v
}()

// Model file format (gzip-compressed):
//
//	"NERM" 2                       magic and version
//	uvarint len, bytes             model name
//	byte n                         stages (1 or 2), each:
//	  float32                      scale: weight = int value * scale
//	  (nLabels+1)*nLabels varint   transition weights
//	  uvarint n                    feature rows, by increasing hash:
//	    uvarint hash-prevHash, byte k, k * (byte label, varint weight)
//	uvarint n                      word clusters: n * (string word, string path)
//	optional, to the end:          GloVe cluster features (gloveFeats)
//	  3 * (uvarint k, k * uvarint) prefix lengths: cur, nb, s2
//	  uvarint n                    n * (string word, string path)
var modelMagic = []byte("NERM\x02")

// modelFile is what a model file holds.
type modelFile struct {
	name     string
	w, w2    *weights
	clusters map[string]string
	glove    *gloveFeats
}

type modelWriter struct {
	bw  *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (mw *modelWriter) u(v uint64) { mw.bw.Write(mw.buf[:binary.PutUvarint(mw.buf[:], v)]) }
func (mw *modelWriter) i(v int64)  { mw.bw.Write(mw.buf[:binary.PutVarint(mw.buf[:], v)]) }
func (mw *modelWriter) s(s string) { mw.u(uint64(len(s))); mw.bw.WriteString(s) }

// stringMap writes m as its size and its key, value pairs by key.
func (mw *modelWriter) stringMap(m map[string]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	mw.u(uint64(len(keys)))
	for _, k := range keys {
		mw.s(k)
		mw.s(m[k])
	}
}

func (mw *modelWriter) weights(w *weights) {
	// Transitions are written on the feature weights' scale.
	binary.Write(mw.bw, binary.LittleEndian, w.scale)
	for _, v := range w.trans {
		mw.i(int64(math.Round(float64(v / w.scale))))
	}
	keys := w.index.keys()
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	mw.u(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		mw.u(k - prev)
		prev = k
		r32, _ := w.index.get(k)
		row := w.w[int(r32)*nLabels : int(r32)*nLabels+nLabels]
		nz := 0
		for _, v := range row {
			if v != 0 {
				nz++
			}
		}
		mw.bw.WriteByte(byte(nz))
		for l, v := range row {
			if v != 0 {
				mw.bw.WriteByte(byte(l))
				mw.i(int64(v))
			}
		}
	}
}

func writeModel(w io.Writer, mf *modelFile) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	mw := &modelWriter{bw: bufio.NewWriter(zw)}
	mw.bw.Write(modelMagic)
	mw.s(mf.name)
	stages := []*weights{mf.w}
	if mf.w2 != nil {
		stages = append(stages, mf.w2)
	}
	mw.bw.WriteByte(byte(len(stages)))
	for _, st := range stages {
		mw.weights(st)
	}
	mw.stringMap(mf.clusters)
	if g := mf.glove; g != nil {
		for _, ns := range [][]int{g.cur, g.nb, g.s2} {
			mw.u(uint64(len(ns)))
			for _, n := range ns {
				mw.u(uint64(n))
			}
		}
		mw.stringMap(g.paths)
	}
	if err := mw.bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

type modelReader struct {
	br  *bufio.Reader
	err error
}

func (mr *modelReader) u() uint64 {
	v, err := binary.ReadUvarint(mr.br)
	if err != nil && mr.err == nil {
		mr.err = err
	}
	return v
}

func (mr *modelReader) i() int64 {
	v, err := binary.ReadVarint(mr.br)
	if err != nil && mr.err == nil {
		mr.err = err
	}
	return v
}

func (mr *modelReader) byte() byte {
	b, err := mr.br.ReadByte()
	if err != nil && mr.err == nil {
		mr.err = err
	}
	return b
}

func (mr *modelReader) s() string {
	n := mr.u()
	if mr.err != nil {
		return ""
	}
	if n > 1<<20 {
		mr.err = errors.New("string too long")
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(mr.br, b); err != nil && mr.err == nil {
		mr.err = err
	}
	return string(b)
}

// stringMap reads what modelWriter.stringMap wrote; nil for none.
func (mr *modelReader) stringMap() (map[string]string, error) {
	n := mr.u()
	if mr.err != nil {
		return nil, mr.err
	}
	if n > 1<<24 {
		return nil, fmt.Errorf("bad count %d", n)
	}
	if n == 0 {
		return nil, nil
	}
	m := make(map[string]string, n)
	for ; n > 0 && mr.err == nil; n-- {
		k := mr.s()
		m[k] = mr.s()
	}
	if mr.err != nil {
		return nil, mr.err
	}
	return m, nil
}

func (mr *modelReader) weights() (*weights, error) {
	w := &weights{}
	var scale float32
	if err := binary.Read(mr.br, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	w.scale = scale
	for i := range w.trans {
		w.trans[i] = float32(mr.i()) * scale
	}
	n := mr.u()
	if mr.err != nil || n > 1<<26 {
		return nil, fmt.Errorf("bad row count %d: %v", n, mr.err)
	}
	w.index = newTable(int(n))
	w.w = make([]int16, int(n)*nLabels)
	key := uint64(0)
	for r := 0; r < int(n); r++ {
		key += mr.u()
		w.index.put(key, int32(r))
		nz := int(mr.byte())
		for k := 0; k < nz; k++ {
			l := int(mr.byte())
			if l >= nLabels {
				return nil, fmt.Errorf("row %d: bad label %d", r, l)
			}
			v := mr.i()
			if v < math.MinInt16 || v > math.MaxInt16 {
				return nil, fmt.Errorf("row %d: weight %d out of range", r, v)
			}
			w.w[r*nLabels+l] = int16(v)
		}
		if mr.err != nil {
			return nil, fmt.Errorf("row %d: %w", r, mr.err)
		}
	}
	return w, nil
}

// readModel reads a model file; with nameOnly, only as far as its name,
// which is then all the modelFile holds.
func readModel(r io.Reader, nameOnly bool) (*modelFile, error) {
	zr, err := gzip.NewReader(r)
	switch {
	case errors.Is(err, io.EOF):
		// It said "model: EOF".
		return nil, errors.New("model: not a newsner entity model (the file is empty)")
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, io.ErrUnexpectedEOF):
		// It said "model: unexpected EOF" of a short file of text.
		return nil, errors.New("model: not a newsner entity model (models are gzip-compressed; this is not)")
	case err != nil:
		return nil, fmt.Errorf("model: %w", err)
	}
	mr := &modelReader{br: bufio.NewReader(zr)}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(mr.br, magic); err != nil || !bytes.Equal(magic, modelMagic) {
		return nil, errors.New("model: not a newsner entity model of this version (bad magic)")
	}
	mf := &modelFile{}
	mf.name = mr.s()
	if nameOnly {
		if mr.err != nil {
			return nil, fmt.Errorf("model: name: %w", mr.err)
		}
		return mf, nil
	}
	stages := int(mr.byte())
	if mr.err != nil || stages < 1 || stages > 2 {
		return nil, fmt.Errorf("model: bad stage count %d: %v", stages, mr.err)
	}
	for k := 0; k < stages; k++ {
		w, err := mr.weights()
		if err != nil {
			return nil, fmt.Errorf("model: stage %d: %w", k+1, err)
		}
		if k == 0 {
			mf.w = w
		} else {
			mf.w2 = w
		}
	}
	if mf.clusters, err = mr.stringMap(); err != nil {
		return nil, fmt.Errorf("model: clusters: %w", err)
	}
	if _, err := mr.br.Peek(1); err == io.EOF {
		return mf, nil
	}
	g := &gloveFeats{}
	for _, ns := range []*[]int{&g.cur, &g.nb, &g.s2} {
		k := mr.u()
		if mr.err != nil || k > 64 {
			return nil, fmt.Errorf("model: glove prefixes: %v", mr.err)
		}
		for ; k > 0; k-- {
			*ns = append(*ns, int(mr.u()))
		}
	}
	if g.paths, err = mr.stringMap(); err != nil {
		return nil, fmt.Errorf("model: glove clusters: %w", err)
	}
	mf.glove = g
	return mf, nil
}
