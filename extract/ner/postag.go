package ner

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// posTagger is prose's part-of-speech tagger: prose's own trained model
// (the averaged perceptron shipped in prose's assets) and prose's own
// feature templates and special cases (tag.go, perceptronTagger.tag), run
// without the per-token maps and strings prose allocates, which make its
// tagger the slowest step of the pipeline. It gives prose's tags (a test
// checks them against prose's on the dev set) about four times faster.
type posTagger struct {
	classes []string
	tagMap  map[string]string
	// feats maps the hash of a prose feature name ("i suffix ing") to
	// where its weights start in pairs: a header whose class is the number
	// of (class, weight) pairs that follow it, then the pairs, so one
	// lookup lands on all of them.
	feats *table
	pairs []posPair
}

type posPair struct {
	class int32
	w     float64
}

var (
	posOnce sync.Once
	posVal  *posTagger
	posErr  error
)

// sharedPOSTagger loads prose's tagger model once per process.
func sharedPOSTagger() (*posTagger, error) {
	posOnce.Do(func() {
		posVal, posErr = loadPOSTagger()
		if posErr != nil {
			posErr = fmt.Errorf("load prose POS model: %w", posErr)
		}
	})
	return posVal, posErr
}

func loadPOSTagger() (*posTagger, error) {
	var classes []string
	var tags map[string]string
	var wts map[string]map[string]float64
	for _, a := range []struct {
		name string
		v    any
	}{{"classes.gob", &classes}, {"tags.gob", &tags}, {"weights.gob", &wts}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, err
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.v); err != nil {
			return nil, fmt.Errorf("%s: %w", a.name, err)
		}
	}
	p := &posTagger{classes: classes, tagMap: tags, feats: newTable(len(wts))}
	ci := map[string]int32{}
	for i, c := range classes {
		ci[c] = int32(i)
	}
	for f, ws := range wts {
		head := len(p.pairs)
		p.pairs = append(p.pairs, posPair{})
		for c, w := range ws {
			k, ok := ci[c]
			if !ok {
				continue
			}
			p.pairs = append(p.pairs, posPair{k, w})
		}
		p.pairs[head].class = int32(len(p.pairs) - head - 1)
		p.feats.put(hashStr(fnvOffset, f), int32(head))
	}
	return p, nil
}

// prose's special-case patterns (tag.go).
var (
	posNone = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	posKeep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tag sets the Tag of each token, as prose's perceptronTagger.tag does.
func (p *posTagger) tag(toks []token) {
	n := len(toks)
	ctx := make([]string, n+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, t := range toks {
		ctx[i+2] = posNormalize(t.Text)
	}
	ctx[n+2], ctx[n+3] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-"
	scores := make([]float64, len(p.classes))
	touched := make([]bool, len(p.classes))
	for i := range toks {
		w := toks[i].Text
		var tag string
		switch {
		case w == "-":
			tag = "-"
		case emoticons[w]:
			tag = "SYM"
		case strings.HasPrefix(w, "@") ||
			(strings.IndexByte(w, '.') >= 0 && commonregex.LinkRegex.MatchString(w)) ||
			(strings.IndexByte(w, '@') >= 0 && commonregex.EmailRegex.MatchString(w)):
			tag = "NN"
		case (w == "0" || strings.HasPrefix(w, "*")) && posNone.MatchString(w):
			tag = "-NONE-"
		case strings.HasPrefix(w, "-") && posKeep.MatchString(w):
			tag = w
		default:
			var found bool
			if tag, found = p.tagMap[w]; !found {
				tag = p.predict(i+2, ctx, w, p1, p2, scores, touched)
			}
		}
		toks[i].Tag = tag
		p2, p1 = p1, tag
	}
}

// predict scores prose's 14 feature templates (featurize in tag.go) for the
// word at ctx[i].
//
// As in prose, only classes some feature has a weight for compete, and a
// word no feature knows gets the empty tag.
func (p *posTagger) predict(i int, ctx []string, w, p1, p2 string, scores []float64, touched []bool) string {
	for k := range scores {
		scores[k] = 0
		touched[k] = false
	}
	suf := min(len(w), 3)
	im, ip := ctx[i-1], ctx[i+1]
	// A feature's hash is its name's then " " and each part's, as
	// strings.Join(args, " ") would make it (posFeat).
	feats := [...]uint64{
		posBias,
		hashStr(posISuffix, w[len(w)-suf:]),
		hashStr(posIPref1, string(rune(w[0]))),
		hashStr(posIm1Tag, p1),
		hashStr(posIm2Tag, p2),
		hashStr(hashByte(hashStr(posITagIm2Tag, p1), ' '), p2),
		hashStr(posIWord, ctx[i]),
		hashStr(hashByte(hashStr(posIm1TagIWord, p1), ' '), ctx[i]),
		hashStr(posIm1Word, im),
		hashStr(posIm1Suffix, im[len(im)-min(len(im), 3):]),
		hashStr(posIm2Word, ctx[i-2]),
		hashStr(posIp1Word, ip),
		hashStr(posIp1Suffix, ip[len(ip)-min(len(ip), 3):]),
		hashStr(posIp2Word, ctx[i+2]),
	}
	var heads [tableBatch]int32
	n := p.feats.getBatch(feats[:], &heads)
	// The headers first, all of them: their loads overlap, and bring in
	// the cache lines of the pairs after them.
	var ends [tableBatch]int32
	for k, h := range heads[:n] {
		ends[k] = h + 1 + p.pairs[h].class
	}
	for k, h := range heads[:n] {
		for _, pr := range p.pairs[h+1 : ends[k]] {
			scores[pr.class] += pr.w
			touched[pr.class] = true
		}
	}
	arg := -1
	for k, s := range scores {
		if touched[k] && (arg < 0 || s > scores[arg]) {
			arg = k
		}
	}
	if arg < 0 {
		return ""
	}
	return p.classes[arg]
}

// The hashes of prose's feature names (featurize in tag.go), each with the
// space before its first part.
var (
	posBias        = hashStr(fnvOffset, "bias")
	posISuffix     = posFeat("i suffix")
	posIPref1      = posFeat("i pref1")
	posIm1Tag      = posFeat("i-1 tag")
	posIm2Tag      = posFeat("i-2 tag")
	posITagIm2Tag  = posFeat("i tag+i-2 tag")
	posIWord       = posFeat("i word")
	posIm1TagIWord = posFeat("i-1 tag+i word")
	posIm1Word     = posFeat("i-1 word")
	posIm1Suffix   = posFeat("i-1 suffix")
	posIm2Word     = posFeat("i-2 word")
	posIp1Word     = posFeat("i+1 word")
	posIp1Suffix   = posFeat("i+1 suffix")
	posIp2Word     = posFeat("i+2 word")
)

func posFeat(name string) uint64 { return hashByte(hashStr(fnvOffset, name), ' ') }

// posNormalize is prose's normalize (tag.go).
func posNormalize(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if strings.Contains(word, "-") && first != '-' {
		return "!HYPHEN"
	} else if len(word) == 4 && isInt(word) {
		return "!YEAR"
	} else if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// isInt reports whether strconv.Atoi would accept s.
func isInt(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// emoticons is prose's emoticon list (tokenize.go), tagged SYM.
var emoticons = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range strings.Fields(`(-8 (-; (-_-) (._.) (: (= (o: (¬_¬) (ಠ_ಠ) (╯°□°）╯︵┻━┻ -__- 8-) 8-D 8D :( :(( :((( :() :))) :-) :-)) :-))) :-* :-/ :-X :-] :-o :-p :-x :-| :-} :0 :3 :P :] :` + "`" + `( :` + "`" + `) :` + "`" + `-( :o :o) =( =) =D =| @_@ O.o O_o V_V XDD [-: ^___^ o_0 o_O o_o v_v xD xDD ¯\(ツ)/¯`) {
		m[e] = true
	}
	return m
}()
