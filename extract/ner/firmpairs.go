package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// joinFirmPairNames makes one organization of a span tagged an
// organization or MISC and an organization's span right after it, on the
// same line with no word or mark between, where the second is a listed
// firm's name and a company's head word (companyHeads, legalSuffixes): a
// joint venture's name that joins its owners' names ("Mitsubishi UFJ
// Morgan Stanley Securities", cut into "Mitsubishi UFJ" and "Morgan
// Stanley Securities" on blind audits n article 1, 2020 article 20 and
// 2020b article 1). Not where the first is a place's or a nationality's
// name or ends in a head word or legal suffix of its own (two firms
// named in full), and two firms that "and" joins stay two.
func joinFirmPairNames(text string, toks []token, spans []tspan) []tspan {
	return joinNextAsOrg(spans, func(s, n tspan) bool {
		return firmPair(text, toks, s, n)
	})
}

// firmPair reports whether s and n are the two owners' names of one
// firm's (joinFirmPairNames).
func firmPair(text string, toks []token, s, n tspan) bool {
	if s.typ != newsner.Organization && s.typ != misc || n.typ != newsner.Organization || n.t0 != s.t1 || n.t1-n.t0 < 2 || s.t1-s.t0 > 3 {
		return false
	}
	head := strings.ToLower(strings.TrimSuffix(toks[n.t1-1].Text, "."))
	if !companyHeads[head] && !legalSuffixes[head] || lineBreakBefore(text, toks, n.t0) {
		return false
	}
	last := strings.ToLower(strings.TrimSuffix(toks[s.t1-1].Text, "."))
	if companyHeads[last] || legalSuffixes[last] || orgHeads[last] || isDemonym(toks[s.t0].Text) {
		return false
	}
	if !capitalizedRun(toks, s.t0, s.t1) {
		return false
	}
	first := joinTokens(toks[s.t0:s.t1])
	return !knownPlace(first) && listKey(joinTokens(toks[n.t0:n.t1-1]), newsner.Organization) != ""
}
