package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Typing rules that make software MISC (so not emitted): a name downloaded,
// installed or upgraded to, run on a device, switched to, or called a
// framework or a library.

// installVerbs take software as their object: what one downloads or
// installs is an app, a game or a system ("download Zorbcraft", "installed
// Quelbix").
var installVerbs = setOf(`download downloads downloaded downloading install installs installed installing
uninstall uninstalled reinstall reinstalled`)

// upgradeVerbs, before "to", take a product's new version as their object
// ("upgrade to Quelbix", "updated to Zorb Lion").
var upgradeVerbs = setOf(`upgrade upgrades upgraded upgrading update updates updated updating`)

// softwareObject reports whether m stands right after an install verb
// (installVerbs), or an upgrade verb or noun and "to" (upgradeVerbs; "a
// free upgrade to Zorb Lion") or a switch verb and "to" (switchedTo), "the" between or not, and before no
// possessive ("download Zorbco's app": the maker).
func softwareObject(toks []token, m *mention) bool {
	k := m.t0 - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k < 0 || isPossessive(toks[m.t1-1].Text) || m.t1 < len(toks) && isPossessive(toks[m.t1].Text) {
		return false
	}
	if lowered(installVerbs, toks[k].Text) || runsSystem(toks, k) {
		return true
	}
	return toks[k].Text == "to" && k > 0 && (lowered(upgradeVerbs, toks[k-1].Text) || switchedTo(toks, m, k-1))
}

// softwareKinds, ending an apposition after a name, say it is a program's
// or a method's: "Zorbmerge, a geometry-aware merging framework", "Quelbx,
// an open-source library", MISC in CoNLL-2003. Not "model" (a person's
// trade too), nor "platform" or "app" (companyNouns: a company is named
// so as often).
var softwareKinds = setOf(`framework frameworks library toolkit algorithm benchmark dataset plugin extension
tool`)

// softwareAppositive reports whether m stands before a comma, "a" or "an"
// and, within six words of letters, a program's or a method's noun
// (softwareKinds) that no noun or "'s" follows ("Zorbmerge, a merging
// framework that"; not "Zorbco, a framework maker"), companyCue's shape.
func softwareAppositive(toks []token, m *mention) bool {
	t1 := m.t1
	if t1+2 >= len(toks) || toks[t1].Text != "," || toks[t1+1].Text != "a" && toks[t1+1].Text != "an" {
		return false
	}
	for k := t1 + 2; k < len(toks) && k <= t1+7; k++ {
		w := toks[k].Text
		if softwareKinds[w] {
			return k+1 >= len(toks) || !isPossessive(toks[k+1].Text) && !lowerNoun(toks[k+1])
		}
		if w == "of" || !isLetters(strings.ReplaceAll(w, "-", "")) {
			return false
		}
	}
	return false
}

// runnerNouns run an operating system or an app: devices and their users
// ("Macs running Zorb Lion", "owners running Quelbix 7").
var runnerNouns = setOf(`devices device phones phone smartphones computers computer machines pcs macs laptops
tablets servers users owners customers`)

// runsSystem reports whether token k is "running" after a device or its
// user (runnerNouns): what such a thing runs is software, where a person
// "running" a company is no device ("the founder running Zorbco").
func runsSystem(toks []token, k int) bool {
	return k > 0 && toks[k].Text == "running" && lowered(runnerNouns, toks[k-1].Text)
}

// switchVerbs, before "to", take what a user moves to: an app or a
// service ("teams switched to Meetly").
var switchVerbs = setOf(`switch switches switched switching`)

// switchedTo reports whether token k is a switch verb (switchVerbs) and m,
// after it and "to", is no person: "users switched to Meetly" names an app;
// "the coach switched to Quimby" a player.
func switchedTo(toks []token, m *mention, k int) bool {
	return lowered(switchVerbs, toks[k].Text) && m.typ != newsner.Person
}

// softwareAsMisc makes MISC, so not emitted, every mention of a name the
// article has downloaded, installed or upgraded to somewhere
// (softwareObject: "download Zorbcraft", "a free upgrade to Zorb Lion"), or
// calls a framework or a library (softwareAppositive): an
// app, a game or a system, MISC in CoNLL-2003; unless it is a listed
// organization or brand ("download Spotify"), a known place, a name
// starting with a first name, or a name acting as a company
// (companiesActing: "install Zoom" where "Zoom said"). A command-line
// tool so found ("install the Zorb CLI": cliTool) takes with it the
// mentions of its name without its "CLI" ("Zorb used a checkbox"), as
// listedProductsAsMisc's modelNamesOf does where the two are joined: made
// MISC here, before the joins, the tool joins nothing (modern-web-a: the
// tagger typed "Kilocode" and "Gemini" companies on a page comparing
// coding tools, "To install the Kilocode CLI"), under the same guards.
func softwareAsMisc(ms []*mention, toks []token, acting *actingCompanies) {
	var tools map[string]bool // the names of the command-line tools found, less "cli"
	software := func(m *mention) bool {
		return m.typ.Valid() && m.typ != misc && !makerOrPlace(m.m.Text) && !firstName(m.m.Text) && !acting.acts(m.key)
	}
	retypeByKey(ms, func(m *mention) bool {
		if !software(m) || !softwareObject(toks, m) && !softwareAppositive(toks, m) {
			return false
		}
		if cliTool(m.words) {
			if tools == nil {
				tools = map[string]bool{}
			}
			tools[strings.Join(m.words[:len(m.words)-1], " ")] = true
		}
		return true
	}, func(*mention) bool { return true }, misc)
	if tools != nil {
		retypeByKey(ms, func(m *mention) bool {
			return tools[strings.Join(m.words, " ")] && software(m)
		}, func(*mention) bool { return true }, misc)
	}
}
