package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// Days, months, feasts and time zones in spans: a month cut off before a
// name, and spans that are only weekdays, a time zone, or a zone and a
// month, which name nothing.

// dropLeadingMonth drops a month before an organization's or a place's
// name ("the August National Association of Purchasing Management
// index"); a span that is only a month is not a name ("LONG GILT (SEP)").
func dropLeadingMonth(toks []token, s tspan) (tspan, bool) {
	if (s.typ == newsner.Organization || s.typ == newsner.Location) && lowered(months, toks[s.t0].Text) {
		if s.t1-s.t0 == 1 {
			return s, false // "LONG GILT (SEP)"
		}
		if startsUpper(toks[s.t0+1].Text) {
			s.t0++ // "the August National Association of Purchasing Management index"
		}
	}
	return s, true
}

// holidays are feasts, fasts and seasons named by one word: events, MISC
// in CoNLL-2003 (as "Christmas" and "Ramadan" would be), which the tagger
// takes for places ("the annual Hajj pilgrimage").
var holidays = setOf(`Hajj Umrah Ramadan Eid Diwali Deepavali Holi Navratri Christmas Easter Lent
Advent Passover Hanukkah Chanukah Purim Kwanzaa Thanksgiving Halloween Pentecost Muharram Ashura
Nowruz Vesak`)

// seasons are the year's seasons, as a date names them capitalized.
var seasons = setOf(`Spring Summer Fall Autumn Winter`)

// seasonBeforeYear reports whether toks[i] is a season's name right before
// a year ("its third film in Spring 2026", "Fall '25"): a date's part and
// no name, as a month alone is none (dropLeadingMonth); the tagger took
// "Spring" for a place on a 2025 page (modern-web-a).
func seasonBeforeYear(toks []token, i int) bool {
	if !seasons[toks[i].Text] || i+1 >= len(toks) {
		return false
	}
	y := toks[i+1].Text
	if short := strings.TrimLeft(y, "'\u2019"); short != y {
		return len(short) == 2 && isNumber(short)
	}
	return isYear(y)
}

// weekdays are the days' names and their short forms.
var weekdays = setOf(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun`)

// onlyWeekdays reports whether toks are two days' names or more joined by
// "&", "and", "-", "–" or "to" ("Sun & Mon", "Tue – Sat"): opening hours,
// no name; one day alone may be a name ("The Sun").
func onlyWeekdays(toks []token) bool {
	days := 0
	for _, t := range toks {
		switch w := strings.TrimSuffix(t.Text, "."); {
		case weekdays[w]:
			days++
		case w == "&" || w == "and" || w == "-" || w == "\u2013" || w == "to" || w == ",":
		default:
			return false
		}
	}
	return days >= 2
}

// timeZones are the time zones a clock time is written with.
var timeZones = setOf(`ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET CEST IST JST AEST AEDT`)

// timeZoneAfterTime reports whether toks[i] is a time zone right after a
// clock time ("6:30 pm ET", "at 2:00 pm ET…", "1400 GMT"), which the tagger
// reads as a name (a person, "ET", on a page of campaign news).
func timeZoneAfterTime(toks []token, i int) bool {
	w := strings.TrimRight(toks[i].Text, ".,…\u2026")
	if !timeZones[w] || i == 0 {
		return false
	}
	p := toks[i-1].Text
	switch strings.ToLower(p) {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m":
		return true
	}
	if a, b, ok := strings.Cut(p, ":"); ok && isNumber(a) && isNumber(b) {
		return true
	}
	return len(p) == 4 && isNumber(p)
}

// zoneRegions are the regions of the time zones spelled out before
// "Time" ("Eastern Time", "Pacific Time"); zoneKinds the words that make a
// zone of "Time" after any name ("Eastern Daylight Time", "Greenwich Mean
// Time", "British Summer Time", "Coordinated Universal Time").
var (
	zoneRegions = setOf(`Eastern Central Mountain Pacific Atlantic Alaska Hawaii Arizona`)
	zoneKinds   = setOf(`Standard Daylight Summer Mean Universal`)
)

// spelledTimeZone reports whether toks are a time zone spelled out: two
// words or more ending in "Time", the one before it a zone's kind
// (zoneKinds) or, in two words, a zone's region (zoneRegions). The tagger
// reads "Eastern Daylight Time" and "Universal Time" as organizations;
// they name no thing (MISC at most), wherever they stand, and "Time" or
// "New York Times" alone are no zone.
func spelledTimeZone(toks []token) bool {
	n := len(toks)
	if n < 2 || toks[n-1].Text != "Time" {
		return false
	}
	return zoneKinds[toks[n-2].Text] || n == 2 && zoneRegions[toks[0].Text]
}

// zoneAndMonth reports whether span s is two words, the second a month's
// name or its short form ("ET Oct." of "Updated 9:15 a.m. ET Oct. 3,
// 2019"): a time stamp's zone and date, which the tagger reads as an
// organization.
func zoneAndMonth(toks []token, s tspan) bool {
	return s.t1-s.t0 == 2 && lowered(months, strings.TrimSuffix(toks[s.t0+1].Text, "."))
}
