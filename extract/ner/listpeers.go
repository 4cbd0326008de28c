package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// A company new since the tagger's training data is often typed MISC, or
// left untagged, where the sentence names it in a list beside companies
// the tagger knows: "competing with OpenAI and Anthropic", "Xpeng, Nio
// and Li Auto" (MISC; tenth December 2020 audit, articles 6 and 12),
// "shared on either Facebook or Path" (untagged; dragnet-web-a R247,
// gigaom.com). The members of such a list are things of one kind: where
// every other member is an organization, so is the name (issue 11, the
// organizations pass). The names the tagger leaves untagged are left
// alone: a rule adding them found Path but added four wrong names on the
// -b halves.

// listJoin reports whether the tokens [a,b) between two names join them
// in a list (listGap: a comma, a lower-case "and" or "or", or a comma and
// either). The second result is set where the join is "and" or "or",
// which a list ends with.
func listJoin(toks []token, a, b int) (join, last bool) {
	if !listGap(toks, a, b) {
		return false, false
	}
	return true, toks[b-1].Text != ","
}

// listPeer reports whether a mention over [t0,t1) could be a
// company named in a list: it starts with a capital and is no demonym,
// first name, title, weekday or month ("Chinese, Nio and Li Auto" keeps
// "Chinese" a nationality), and no word with a capital stands right
// before or after it: it is no modifier of a longer name ("a Republican
// House of Representatives, and Democratic Senate", dragnet-news-a R563).
// Nor a name of words usually written in lower case, which ends the name
// before "and" rather than naming a second body ("Adani Ports and Special
// Economic Zone", ninth December 2020 audit).
func listPeer(toks []token, t0, t1 int) bool {
	w := toks[t0].Text
	if t0 > 0 && startsUpper(toks[t0-1].Text) || t1 < len(toks) && startsUpper(toks[t1].Text) {
		return false
	}
	if !startsUpper(w) || isDemonym(w) || firstName(w) || isTitle(w) || weekdays[w] || lowered(months, w) {
		return false
	}
	common := true
	for k := t0; k < t1; k++ {
		if strings.ContainsRune(toks[k].Text, '-') && isDemonym(strings.SplitN(toks[k].Text, "-", 2)[0]) {
			return false // "Chinese-made"
		}
		common = common && usuallyLower(toks[k].Text, 5, 2)
	}
	return !common
}

// listModifier reports whether a noun in lower case follows a list ending
// before token k: the names modify it ("the Zorb and Quelb families", the
// families of two people, a business audit), and say nothing of their kind.
func listModifier(toks []token, k int) bool {
	return k < len(toks) && strings.HasPrefix(toks[k].Tag, "NN") && !startsUpper(toks[k].Text)
}

// listPeersAsOrganizations types ORGANIZATION a MISC mention in a list of
// names ("A and B", "A, B and C", "A or B": joined by listJoin, ending
// with "and" or "or") whose other members are all organizations: a
// company the tagger does not know, named among ones it does ("with
// OpenAI and Anthropic", "Xpeng, Nio and Li Auto"). A list holding a
// place, a person, or a MISC that listPeer refuses (a demonym, a first
// name, a modifier of a longer name, common words) is left alone, and so
// is a list before a noun (listModifier: "the Porsche and Piech
// families"). Run right after the
// mentions are made, on the tagger's own MISC: the rules for products
// after it still see the name.
func listPeersAsOrganizations(ms []*mention, toks []token) {
	for i := 0; i < len(ms); {
		// The chain of mentions ms[i:j] joined by listJoin.
		j, ends := i+1, false
		for j < len(ms) {
			join, last := listJoin(toks, ms[j-1].t1, ms[j].t0)
			if !join || ends {
				break // a comma after "and" starts another phrase
			}
			ends = last
			j++
		}
		if j-i >= 2 && ends && !listModifier(toks, ms[j-1].t1) {
			orgs, others := 0, 0
			for _, m := range ms[i:j] {
				switch {
				case m.typ == newsner.Organization:
					orgs++
				case m.typ != misc || !listPeer(toks, m.t0, m.t1):
					others++
				}
			}
			if orgs > 0 && others == 0 {
				for _, m := range ms[i:j] {
					if m.typ == misc {
						m.typ = newsner.Organization
					}
				}
			}
		}
		i = j
	}
}

// coordinatedAsOrganizations types ORGANIZATION, at every mention but
// those that stand where a place does, a name tagged a person or a place
// that the article lists beside an organization, with nothing between the
// two but a comma, "and" or "or" ("General Motors and Zorbler", "NBC,
// Quelbix and others", "Spotify or Zorbly"): a list's names are of one
// kind. Not a known place, a name starting with a first name, a word of a
// person's longer name in the article or a name after an honorific
// ("Facebook and Zuckerberg" where "Mark Zuckerberg" is named).
func coordinatedAsOrganizations(ms []*mention, toks []token) {
	var people, names map[string]bool
	retypeByKey(ms, func(m *mention) bool {
		return personOrPlace(m) && !m.place && coordinatedWith(ms, toks, m, newsner.Organization) && !knownPlace(m.m.Text) && !firstName(m.m.Text) &&
			!townBeforeState(ms, toks, m) && !placeHeadOf(m.words) && !placeModifier(toks, m) &&
			!afterHonorific(toks, m.t0) && !anyIn(m.words, lazyPersonWords(&people, ms, toks)) && !anyIn(m.words, lazyNameWords(&names, ms))
	}, func(m *mention) bool {
		return m.typ == newsner.Person || unplacedLocation(toks, m) && !m.place
	}, newsner.Organization)
}

// coordinatedLongNamesAsOrganizations types ORGANIZATION, at every
// mention, a name of three words or more tagged a person, with no first
// name, no title and no hyphen, that the article lists beside an
// organization by "and" or "or" (joinedWithOrg: "Rivals Zorblaters and Quelbfields
// Bruckhaus Zorbinger are expected to follow"; a law firm of three
// founders' names), as coordinatedAsOrganizations does shorter names:
// that rule leaves out a name whose words are a longer person's name's
// (lazyNameWords), and a long name's words are its own. Here only other
// people's names count ("Zorbco and Quelb Zorbert Chan" where "Priscilla
// Chan" is named stays). Names of two words or with a hyphened given name
// are as often people's ("Lau Siu-lai and Zorbspiration", "Sister
// Margaret and Quelb College" on gum-news, which cost it 0.0017); a
// comma alone between the two is an apposition's as often ("the envoy to
// the United Nations, Majid Takht Ravanchi, said", eng.train).
func coordinatedLongNamesAsOrganizations(ms []*mention, toks []token) {
	var orgs *orgEdges
	var keys map[string]wordKeys
	retypeByKey(ms, func(m *mention) bool {
		if m.typ != newsner.Person || len(m.words) < 3 || strings.Contains(m.m.Text, "-") || isTitle(toks[m.t0].Text) || firstName(m.m.Text) || firstName(toks[m.t0].Text) || afterHonorific(toks, m.t0) || !joinedWithOrg(ms, toks, m, &orgs) {
			return false
		}
		keys = lazyPersonWordKeys(keys, ms)
		for _, w := range m.words {
			if k, ok := keys[w]; ok && (k.many || k.key != m.key) {
				return false // another person's name shares the word
			}
		}
		return true
	}, func(m *mention) bool {
		return m.typ == newsner.Person
	}, newsner.Organization)
}

// wordKeys is the key of the people's mentions a word is in, or many if
// they are of more than one key.
type wordKeys struct {
	key  string
	many bool
}

// lazyPersonWordKeys returns keys, or if nil the keys of the people's
// mentions each word is in: whether a person's mention of another key
// shares one of a name's words is then one look-up a word, not a walk over
// every mention (20,000 "Rivals X and A B C met." took four times the time
// of 10,000 twice over).
func lazyPersonWordKeys(keys map[string]wordKeys, ms []*mention) map[string]wordKeys {
	if keys != nil {
		return keys
	}
	keys = map[string]wordKeys{}
	for _, o := range ms {
		if o.typ != newsner.Person {
			continue
		}
		for _, w := range o.words {
			if k, ok := keys[w]; !ok {
				keys[w] = wordKeys{key: o.key}
			} else if !k.many && k.key != o.key {
				keys[w] = wordKeys{many: true}
			}
		}
	}
	return keys
}

// orgEdges are the tokens at which the organizations' mentions start and
// end (orgMentionEdges).
type orgEdges struct {
	starts, ends map[int]bool
}

// orgMentionEdges returns the tokens at which the organizations' mentions
// of ms start, and those right past their ends: joinedWithOrg's orgEdges,
// and the sides around a match's verb that unknownNamesAsOpponents and
// matchPairsAsClubs look for.
func orgMentionEdges(ms []*mention) (starts, ends map[int]bool) {
	starts, ends = map[int]bool{}, map[int]bool{}
	for _, m := range ms {
		if m.typ == newsner.Organization {
			starts[m.t0], ends[m.t1] = true, true
		}
	}
	return starts, ends
}

// joinedWithOrg reports whether m stands right after an organization's
// mention and "and" or "or", or right before "and" or "or" and one. *orgs
// is made at the first call, of ms as they are typed then.
func joinedWithOrg(ms []*mention, toks []token, m *mention, orgs **orgEdges) bool {
	if *orgs == nil {
		starts, ends := orgMentionEdges(ms)
		*orgs = &orgEdges{starts: starts, ends: ends}
	}
	if k := m.t0 - 1; k >= 0 && (*orgs).ends[k] && (toks[k].Text == "and" || toks[k].Text == "or") {
		return true
	}
	return m.t1 < len(toks) && (*orgs).starts[m.t1+1] && (toks[m.t1].Text == "and" || toks[m.t1].Text == "or")
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
