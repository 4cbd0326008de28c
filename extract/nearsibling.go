package extract

import "golang.org/x/net/html"

// siblingMatches reports whether a sibling of n, n left out, matches
// match, looking outward from n, one step back and one step forward in
// turn, so the nearest such sibling ends the search. A test asking this
// of every <header> among its parent's children, where every other
// header matches, then reads each child beside at most the two headers
// around it, not the whole row once for each header: a row of 20,000
// pictures and 20,000 headers cost the square of its length when each
// scan started from the parent's first child.
func siblingMatches(n *html.Node, match func(*html.Node) bool) bool {
	back, fwd := n.PrevSibling, n.NextSibling
	for back != nil || fwd != nil {
		if back != nil {
			if match(back) {
				return true
			}
			back = back.PrevSibling
		}
		if fwd != nil {
			if match(fwd) {
				return true
			}
			fwd = fwd.NextSibling
		}
	}
	return false
}
