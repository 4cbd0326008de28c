package ner

import (
	"github.com/newsner/newsner"
)

// Bodies' names the document step's joins and splits get wrong (issue 11):
// one organization's possessive before another body's name, read as one
// institution's name ("St Mary's Hospital"), and a country's name inside an
// organization's name read as a person's first name.

// ownerBodyBefore reports whether the words right before the possessive at
// token k-1, which joinPossessiveNames would take into the body's name
// after it, are an organization's own span (one of out, the spans kept so
// far) ending in a body's head word (orgHeads), or are the tail of a span
// that starts before the capitalized words: the owner is a body of its own
// and the name after its possessive another ("the Food and Drug
// Administration's Center for Tobacco Products", blind audit l article 5,
// was made one name cut to "Drug Administration's Center for Tobacco
// Products"; eng.train marks an organization's possessive and the body it
// owns two, "AMR Corp's American Airlines", "Sun Microsystems Inc.'s
// JavaSoft"). "St Mary's Hospital" and "Queen's University", no body
// before the possessive, are still one.
func ownerBodyBefore(toks []token, out []tspan, k, t0 int) bool {
	if len(out) == 0 {
		return false
	}
	p := out[len(out)-1]
	if p.t1 != k-1 {
		return false
	}
	if p.t0 < t0 {
		return true // "Food and Drug Administration": a span from before the capitalized run
	}
	return p.typ == newsner.Organization && p.t1-p.t0 >= 2 && lowered(orgHeads, toks[p.t1-1].Text)
}

// countryFirstName reports whether w, read as a first name, is a
// country's name ("India", "Jordan", "Chad"), which inside an
// organization's name before "said" is the country the body is named for,
// no person's: "Confederation of All India Traders said", which
// splitSpeakerTail cut into a body and the person "India Traders" (audit
// 2020h, article 15).
func countryFirstName(w string) bool {
	return countryKey(listKey(w, newsner.Location))
}

// headedBodyName reports whether words, a name's lower-cased words, start
// with a body's head word (orgHeads) and a connective (headConnectives)
// and go on: "center for tobacco products", "institute of medical
// research", a body named for what it is for, which after a company's or a
// body's possessive is a unit of the owner's, no thing it makes
// (companysThing; blind audit l article 5, "the Food and Drug
// Administration's Center for Tobacco Products").
func headedBodyName(words []string) bool {
	return len(words) >= 3 && orgHeads[words[0]] && headConnectives[words[1]]
}

// departmentWords name a government department by its field alone, as
// wire copy names the United States' executive departments once it has
// named them whole ("the Commerce Department ... Commerce said",
// "Treasury said").
var departmentWords = setOf(`Commerce Treasury Labor Justice State Defense Energy Interior Agriculture
Education Transportation`)

// addDepartmentShortForms adds to the group of a department named whole in
// the article ("the Commerce Department", "U.S. Treasury Department",
// "Department of Labor"; its field a departmentWords word) each mention of
// the field's word alone that the tagger left untagged: the article's short
// form of the department ("employment, \" Commerce said."), which eng.train
// marks an organization ("Treasury" 11 of 11, "Commerce" 1 of 1) and
// eng.testa once of the two times one article writes "Commerce said" (the
// other left unmarked). The word stands alone (standsAlone), not before a
// noun in lower case ("Treasury yields", "Energy prices") and not after
// "of" ("Secretary of State", "Chamber of Commerce"). A word that names two
// such groups is left alone.
func addDepartmentShortForms(text string, toks []token, groups [][]*mention) [][]*mention {
	var depts map[string]int // the field's word -> its department's group; -1 for several
	for gi, g := range groups {
		for _, m := range g {
			if m.typ != newsner.Organization {
				continue
			}
			w := departmentField(toks, m.t0, m.t1)
			if w == "" {
				continue
			}
			depts = markShortForm(depts, w, gi)
		}
	}
	return addShortFormMentions(text, toks, groups, depts, func(k int) bool {
		return !modifiesNoun(toks, k+1) && !(k > 0 && toks[k-1].Text == "of")
	})
}

// departmentField returns the field's word of a department's name over
// tokens [t0,t1) ("Commerce" of "the Commerce Department", "U.S. Commerce
// Department" or "Department of Commerce"), or "" if the name is none.
func departmentField(toks []token, t0, t1 int) string {
	if t1-t0 >= 2 && toks[t1-1].Text == "Department" && departmentWords[toks[t1-2].Text] {
		return toks[t1-2].Text
	}
	if t1-t0 == 3 && toks[t0].Text == "Department" && toks[t0+1].Text == "of" && departmentWords[toks[t0+2].Text] {
		return toks[t0+2].Text
	}
	return ""
}
