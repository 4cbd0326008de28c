package ner

// Rules on the sites of spaceflight: a space agency's space centres
// ("Kennedy Space Center", where rockets lift off, "Johnson Space Center",
// where astronauts train, the "U.S. Space and Rocket Center" showing the
// rockets). They are places, as CoNLL-2003 marks a training centre a place
// ("National Tennis Centre"), audasia16check's gold "at the Kennedy Space
// Center in Florida" and GUM's "lifted off from the Kennedy Space Center";
// "Center" alone heads organizations as often as places (groundHeads), so
// only this head is read so. Not a "Space Flight Center": a research
// centre, which the page lists make an organization (a Dragnet page's
// "Goddard Space Flight Center"; the first draft took it and fell there).

// spaceSiteHeads end a space centre's name, lower case, the last word
// first ("center space": "... Space Center").
var spaceSiteHeads = [][2]string{{"center", "space"}, {"centre", "space"}}

// spaceSite reports whether a name's words, lower case, end in a
// spaceflight site's head (spaceSiteHeads) after a name of their own:
// "Kennedy Space Center", "U.S. Space and Rocket Center" (its "space"
// before "and"), not "Space Center" alone.
func spaceSite(words []string) bool {
	n := len(words)
	if n < 3 {
		return false
	}
	last := facilityHeadWord(words)
	for _, h := range spaceSiteHeads {
		if last == h[0] && words[n-2] == h[1] {
			return true
		}
	}
	return (last == "center" || last == "centre") && n >= 5 && words[n-4] == "space" && words[n-3] == "and"
}
