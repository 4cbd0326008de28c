package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// An entity's key (entityKey): the one key the lists give its forms, else
// its type and its name as keyForm writes it (nameKey), a company's without
// its legal suffixes. keys_forms.go, keys_places.go, keys_people.go,
// keys_chambers.go and keys_parts.go key the kinds of names the lists do
// not give alike.

// typeSlugs name the types in keys made from names.
var typeSlugs = map[newsner.EntityType]string{newsner.Person: "person", newsner.Location: "loc", newsner.Organization: "org"}

// entityKey is the key of an entity whose mentions' texts are forms and
// whose canonical name is text: the listed thing's key if its forms name
// one thing and its canonical name is one of that thing's (fullListKey),
// else "name:<type>:<normalised canonical name>".
func entityKey(typ newsner.EntityType, text string, forms []string) string {
	if k := fullListKey(typ, text, forms); k != "" {
		return k
	}
	if k := nicknameKey(text, typ); k != "" && groupListKey(typ, forms) == "" {
		return k // "Keystone State" alone is Pennsylvania
	}
	if k := initialsKey(text, typ); k != "" && groupListKey(typ, forms) == "" {
		return k // "Joseph R. Biden" is the listed Joseph Robinette Biden
	}
	if k := tradeWordKey(text, typ); k != "" {
		return k // "Samsung Electronics Co." is the listed Samsung
	}
	if k := usBodyKey(typ, text); k != "" {
		return k // "U.S. Senate" is the "Senate" of most articles
	}
	return nameKey(typ, text)
}

// nameKey is the key of a thing no list names: its type and its canonical
// name normalised (normName), without legal suffixes and without accents,
// which news in English writes or leaves out by outlet and by page
// ("Bogotá" and "Bogota", "Iván Duque" and "Ivan Duque", a dateline's
// "BOGOTA"): one thing, one key, and one entity where an article writes it
// both ways.
func nameKey(typ newsner.EntityType, text string) string {
	return "name:" + typeSlugs[typ] + ":" + keyForm(foldAccents(normName(withoutSuffixes(withoutMarks(text), typ))), typ)
}

// markSigns are the trademark and copyright signs a brand's name is
// written with on some pages and not on others ("Wii™ Shop Channel",
// "OfficeMax®"): no part of the name its key is made from.
const markSigns = "™®©℠"

// withoutMarks returns name without its trademark and copyright signs
// (markSigns), which then leave no space twice; name itself if it has none.
func withoutMarks(name string) string {
	if !strings.ContainsAny(name, markSigns) {
		return name
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune(markSigns, r) {
			return ' '
		}
		return r
	}, name)), " ")
}

// fullListKey returns the one list key the forms of a group name, if its
// fullest name full is a listed name of that thing too, but for a legal
// suffix ("SoftBank Group Corp" of a listed "SoftBank"): "KSC" is a
// listed club's short name, but "Kennedy Space Center (KSC)" is not that
// club. An organization named only by a one-word town ("Chicago",
// "Leicester") gets no club's key: the town has teams in more sports than
// the list's one, unless the article also names the club otherwise
// (clubFormBesideTown); a listed outlet's or firm's name that is also a
// town's ("Xinhua", the agency and a county of China) keeps its key, as
// with the full name. "" otherwise.
func fullListKey(typ newsner.EntityType, full string, forms []string) string {
	k := groupListKey(typ, forms)
	if k == "" || keyListKey(withoutSuffixes(full, typ), typ) != k && nicknameKey(full, typ) != k {
		return ""
	}
	if typ == newsner.Organization && !strings.Contains(strings.TrimSpace(full), " ") && isPlaceName(full) && clubKey(k) && !clubFormBesideTown(k, full, forms) {
		return ""
	}
	return k
}

// clubFormBesideTown reports whether a form of forms other than the town
// full and no place is another listed name of the thing keyed k, whose
// short name the town is ("Spurs" beside "Tottenham"): the article's
// organization is then that club, not one of the town's teams of another
// sport ("Tigers" beside "Leicester" is not Leicester City's).
func clubFormBesideTown(k, full string, forms []string) bool {
	for _, f := range forms {
		if normName(f) != normName(full) && !isPlaceName(f) && keyListKey(withoutSuffixes(f, newsner.Organization), newsner.Organization) == k {
			return true
		}
	}
	return false
}

// groupListKey returns the one list key the forms of a group name, "" if
// none or more than one.
func groupListKey(typ newsner.EntityType, forms []string) string {
	key := ""
	var done map[string]bool // the forms looked up, for a long group: a group repeats its names, and a form's key is the same each time
	for i, f := range forms {
		if len(forms) <= 16 && slices.Contains(forms[:i], f) || done[f] {
			continue
		}
		if len(forms) > 16 {
			if done == nil {
				done = make(map[string]bool, len(forms))
			}
			done[f] = true
		}
		k := keyListKey(f, typ)
		if k == "" && typ == newsner.Organization {
			k = keyListKey(withoutSuffixes(f, typ), typ) // "Walmart Inc" alone is the listed Walmart
		}
		if k == "" {
			continue
		}
		if key != "" && k != key {
			return ""
		}
		key = k
	}
	return key
}

// fullestForm returns the longest of forms in code points: the name an
// entity goes by. Of forms as long, one written as names are ("London")
// wins over a headline's capitals ("LONDON"), else the first.
func fullestForm(forms []string) string {
	best, n := "", -1
	for _, f := range forms {
		c := utf8.RuneCountInString(f)
		if c > n || c == n && isAllCaps(best) && !isAllCaps(f) {
			best, n = f, c
		}
	}
	return best
}

// withoutSuffixes returns an organization's name without the legal
// suffixes it ends in, as long as a name is left and the lists do not
// give the name with them, and a place's formal name without its head
// ("State of Texas" -> "Texas"); other names as they are.
func withoutSuffixes(name string, typ newsner.EntityType) string {
	if typ == newsner.Location && formalPlaceName(name) && keyListKey(name, typ) == "" {
		_, rest, _ := strings.Cut(name, " of ")
		return rest // "State of Texas" is Texas
	}
	if typ != newsner.Organization || keyListKey(name, typ) != "" {
		return name
	}
	fs := strings.Fields(name)
	n := len(fs)
	for n > 1 {
		w := strings.Trim(strings.ToLower(fs[n-1]), ".,")
		if w == "" && n < len(fs) {
			n-- // a comma set apart before a suffix: "Pepco Holdings , Inc"
			continue
		}
		if !legalSuffixes[w] {
			break
		}
		n--
		if n > 1 && (fs[n-1] == "&" || fs[n-1] == "and") {
			n-- // "Wells Fargo & Co"
		}
	}
	if w := strings.TrimSuffix(fs[n-1], ","); n < len(fs) && w != "" {
		fs[n-1] = w // "MasTec, Inc" is the "MasTec Inc" of the next line
	}
	if n == 1 {
		return siteStem(fs) // "Amazon.com Inc" is Amazon; "NFL.com" alone the site
	}
	return strings.Join(fs[:n], " ")
}
