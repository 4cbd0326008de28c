package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Rules of the eighth December 2020 audit (TestAudit2020h, issue 11): a
// plain cross-section of a day's wire (markets and companies, politics
// and world, sport).

// splitAtLoneSuffixStop splits a span of any type (the tagger may type
// the run a place or a person) at a full stop of
// its own inside it that comes right after a legal suffix (legalSuffixes)
// and ends a sentence (sentenceStop): "merger with carmaker Zorbco SA.
// Quelbis, the combined group, will", where the tokenizer splits the stop
// off the suffix and the tagger runs the two names into one (eighth
// December 2020 audit). splitAtSuffixStop reads the stop glued to the
// suffix; a name never runs over a sentence's end. The stop itself goes
// to neither side; a suffix after the stop ("Zorbco Co. Ltd") keeps the
// span whole.
func splitAtLoneSuffixStop(text string, toks []token, spans []tspan) []tspan {
	return splitEach(spans, func(s tspan) (tspan, tspan, bool) {
		for k := s.t0 + 2; k+1 < s.t1; k++ {
			if toks[k].Text == "." && toks[k-1].End == toks[k].Start && lowered(legalSuffixes, toks[k-1].Text) &&
				!lowered(legalSuffixes, strings.TrimSuffix(toks[k+1].Text, ".")) && sentenceStop(text, toks, k) {
				return tspan{s.typ, s.t0, k}, tspan{s.typ, k + 1, s.t1}, true
			}
		}
		return s, s, false
	})
}

// coordinatedMoversAsOrganizations types ORGANIZATION, at every mention
// typed a place, a name tagged a place that stands beside a company's
// name (an organization's mention ending in a legal suffix or a
// company's head word: "Quelb Group", "Zorb Airlines"), with "and"
// between, where the two are the subject of how shares moved
// (shareMoves right after the pair): "Miners Santos and Quelb Group fell
// more than 1%" (eighth December 2020 audit: a miner whose name is a
// river's typed a place on a made-up Reuters-style markets report). A
// place does not rise or fall beside a company; coordinatedAsOrganizations
// leaves known places alone, which this rule takes only there.
func coordinatedMoversAsOrganizations(ms []*mention, toks []token) {
	starts, ends := map[int]*mention{}, map[int]*mention{}
	for _, m := range ms {
		starts[m.t0], ends[m.t1] = m, m
	}
	retypeByKey(ms, func(m *mention) bool {
		return m.typ == newsner.Location && !m.place && moverBesideCompany(starts, ends, toks, m)
	}, func(m *mention) bool {
		return m.typ == newsner.Location && !m.place
	}, newsner.Organization)
}

// moverBesideCompany reports whether m and a company's mention
// (companyNamed), found by where it starts or ends, stand together, "and"
// between them, right before a verb of shareMoves.
func moverBesideCompany(starts, ends map[int]*mention, toks []token, m *mention) bool {
	if o := starts[m.t1+1]; o != nil && m.t1 < len(toks) && toks[m.t1].Text == "and" && companyNamed(o) && o.t1 < len(toks) && shareMoves[toks[o.t1].Text] {
		return true
	}
	o := ends[m.t0-1]
	return o != nil && m.t0 >= 1 && toks[m.t0-1].Text == "and" && companyNamed(o) && m.t1 < len(toks) && shareMoves[toks[m.t1].Text]
}

// companyNamed reports whether o is an organization's mention of two
// words or more ending in a legal suffix or a company's head word
// ("Quelb Group", "Zorb Airlines").
func companyNamed(o *mention) bool {
	if o.typ != newsner.Organization || len(o.words) < 2 {
		return false
	}
	last := strings.TrimSuffix(o.words[len(o.words)-1], ".")
	return legalSuffixes[last] || companyHeads[last]
}
