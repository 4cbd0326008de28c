package ner

import (
	"strings"

	"github.com/newsner/newsner"
)

// The products today's news names often and video games', toys' and
// shows' series (productNames, gameSeries), and the rules that make them
// MISC (so not emitted): their mentions and a maker's models by them, and
// a name listed beside a listed or a cued product.

// productNames are products that today's news names often, in lower
// case: devices, consoles, assistants, operating systems and apps' makers'
// products that are no company of their own; MISC in CoNLL-2003 ("Windows":
// 15 of 16 in eng.train and eng.testa). Names that are also common words or
// companies ("Echo", "Switch", "Galaxy", "Pixel", "Roku"; cars: "Mustang",
// "Civic", "Accord", "Tacoma") are listed only with their maker's or
// model's word. The last 36 added in the twelfth pass (office and cloud
// software, streaming services, devices, from what 2020s news names, not
// from a page's errors); not "Google Cloud", a business the lists give as
// an organization, nor "Outlook", a word. The crude's grade "West Texas
// Intermediate" ("WTI") added in the thirteenth pass, a commodity's name,
// MISC as a product's is (not "Brent": an organization 4 times of 6 in
// eng.train and eng.testa, its market's), and late-2020's vaccines and
// drugs by their brand names ("Covaxin", "Covishield", "Comirnaty",
// "bamlanivimab") and the nerve agent "Novichok", which the tagger reads
// as a place or a company. Thirteenth pass (b): the Russian vaccine
// "Sputnik V" (not "Sputnik" alone, also the news agency) and SpaceX's
// rockets and craft ("Falcon 9", "Falcon Heavy", "Starship", "Crew
// Dragon"; not "Dragon" alone, a word), which the tagger typed a company,
// found whole by addProductTail. Third 2019 audit: Boeing's craft
// "Starliner" and Google's phones by their numbers ("Pixel 4"; not
// "Pixel" alone, a word), which the tagger typed a company; a poll's and
// a chart's names with their numbers ("AP Top 25", "Billboard 200"),
// MISC as works are, whose "AP Top" the tagger typed a company. Third
// December 2020 audit: the cryptocurrencies "XRP" and "Litecoin" beside
// "bitcoin", which the tagger typed a company. Session 26 (dragnet-web-a's
// tech pages, 2012): operating systems' releases by their names alone
// ("Mountain Lion", "Snow Leopard", "Jelly Bean", "Ice Cream Sandwich";
// with the system's name they are systemRelease's), systems and devices
// of the 2010s ("Chrome OS", "Kindle Fire", "Nexus 7", "Surface RT") and
// messaging apps of a company of another name ("KakaoTalk", "WeChat",
// "BlackBerry Messenger"; not "WhatsApp", "Skype" or "Snapchat", the
// lists' companies too), which the tagger typed a company or a person.
// Session 27 (modern-web-a, 2025-26 pages on software): programming
// languages and developers' tools that are no company ("Python", "Kotlin",
// "COBOL", "PostgreSQL", "Grafana", "Tailwind CSS"), which the tagger typed
// a company or a place on five pages and in made-up sentences; not names
// that are words, places or people too ("Ruby", "Rust", "Go", "Swift",
// "Java", "Haskell", "Perl"), which a list beside a listed one still takes
// unless a first name (listedProductNeighbour: "Python, Haskell and Go"),
// nor "Docker", a company too. Session 27 (b): an AI model family of a
// company of another name ("Qwen", Alibaba's; not "Gemma", a first name,
// nor "Gemini", an exchange too) and Ethereum's node programs ("Geth",
// "Besu", "Erigon", "Reth", "Ethrex"; not "Nethermind", a company too),
// which the tagger typed a company or a place; and a command-line tool by
// its "CLI" ("Codex CLI", "Crush CLI": cliTool), with its name alone where
// the two are one entity. Then a maker's apps and services that are no
// company of their own ("IGTV", "Apple Health", "Creative Cloud",
// "Affinity Publisher") and the storage program "Ceph", which the tagger
// typed a company or a person on three pages.
var productNames = linesOf(`iphone
ipad
ipod
macbook
macbook air
macbook pro
imac
airpods
apple watch
apple tv
nintendo switch
playstation
ps4
ps5
xbox
xbox one
xbox series x
echo dot
amazon echo
alexa
kindle
fire tv
chromecast
google home
android
ios
windows
windows 10
windows 11
chatgpt
galaxy s10
samsung galaxy
google pixel
tesla model 3
model 3
model s
model y
model x
camry
corolla
prius
rav4
altima
maxima
sentra
silverado
jetta
passat
tiguan
f-150
mach-e
mach e
elantra
sportage
cybertruck
wii
wii u
nintendo wii
nintendo ds
nintendo 3ds
game boy
xbox 360
playstation 2
playstation 3
playstation 4
playstation 5
ps2
ps3
steam deck
oculus quest
meta quest
ford mustang
mustang mach-e
mustang mach e
ford bronco
ford explorer
ford focus
ford fiesta
honda civic
honda accord
toyota tacoma
chevrolet corvette
chevy corvette
chevrolet bolt
nissan leaf
jeep wrangler
jeep cherokee
volkswagen beetle
vw beetle
volkswagen golf
vw golf
viagra
lipitor
crestor
nexium
prozac
xanax
zoloft
ambien
adderall
oxycontin
ozempic
wegovy
mounjaro
humira
keytruda
tylenol
advil
remdesivir
paxlovid
covaxin
covishield
comirnaty
bamlanivimab
novichok
sputnik v
falcon 9
falcon heavy
starship
crew dragon
starliner
pixel 3
pixel 3a
pixel 4
pixel 4a
pixel 5
ap top 25
billboard 200
gmail
itunes
facetime
imessage
siri
cortana
photoshop
powerpoint
google maps
apple maps
google play
play store
app store
apple pay
google pay
apple music
prime video
google docs
google drive
microsoft teams
microsoft office
office 365
google chrome
internet explorer
firefox
windows phone
xbox live
playstation network
google assistant
google translate
google earth
street view
chromebook
macos
os x
mountain lion
snow leopard
jelly bean
ice cream sandwich
chrome os
firefox os
kindle fire
galaxy nexus
nexus 7
surface rt
blackberry messenger
kakaotalk
wechat
ipados
watchos
gpt-3
gpt-4
gpt-4o
gpt-5
dall-e
stable diffusion
github copilot
microsoft copilot
bing chat
linux
ubuntu
kubernetes
javascript
typescript
python
kotlin
cobol
fortran
php
matlab
postgresql
mysql
grafana
tailwind css
tensorflow
pytorch
wordpress
bitcoin
ethereum
geth
besu
erigon
reth
ethrex
qwen
igtv
apple health
creative cloud
affinity publisher
ceph
dogecoin
xrp
litecoin
google sheets
google slides
google meet
google analytics
google ads
google search
google workspace
google lens
microsoft word
microsoft excel
excel
onedrive
microsoft edge
microsoft azure
azure
amazon prime
prime day
apple tv+
disney+
carplay
apple carplay
android auto
airtag
homepod
apple vision pro
thinkpad
surface pro
galaxy tab
game pass
xbox game pass
youtube tv
youtube music
youtube shorts
instagram reels
west texas intermediate
wti`)

// gameSeries are video games', toys' and films' or shows' series names,
// in lower case: a name they start is a game, a toy, a film, a show or a
// character of the series ("Pokemon Sword and Shield", "Call of Duty:
// Modern Warfare", "Star Wars: The Rise of Skywalker", "Batman"), MISC in
// CoNLL-2003 (the films' series added in the eleventh pass; mobile games
// of the 2010s the tagger typed a company or a person, "Angry Birds",
// "Temple Run", "Clash of Clans", "Flappy Bird", in session 26).
var gameSeries = linesOf(`pokemon
pokémon
fortnite
minecraft
call of duty
grand theft auto
gran turismo
super mario
mario kart
zelda
legend of zelda
animal crossing
final fantasy
street fighter
red dead redemption
world of warcraft
league of legends
apex legends
overwatch
candy crush
angry birds
temple run
clash of clans
flappy bird
lego star wars
star wars
star trek
harry potter
game of thrones
the simpsons
breaking bad
stranger things
lord of the rings
the lord of the rings
the mandalorian
squid game
jurassic park
jurassic world
toy story
x-men
spider-man
batman
the walking dead
meet the press
face the nation
good morning america
saturday night live
the daily show
the tonight show
the late show
nightly news
world news tonight
60 minutes`)

// listedProductsAsMisc makes MISC, so not emitted, every mention whose
// name is a listed product (productNames) or a word and one ("Apple
// AirPods"), whatever the tagger typed it; the rest of its entity (the
// maker named alone, joined to it) stays as it was. A streaming service's
// mentions that name it as a broadcaster ("told Prime Video") go to an
// organization of their own (broadcastersOf).
func listedProductsAsMisc(groups [][]*mention, toks []token) [][]*mention {
	for i, g := range groups {
		var prod, rest []*mention
		for _, m := range g {
			if listedProduct(m.words) && !(len(m.words) > 1 && m.typ == newsner.Person && firstName(m.m.Text)) { // not "Matt Windows"
				prod = append(prod, m)
			} else {
				rest = append(rest, m)
			}
		}
		if prod == nil {
			continue
		}
		prod, rest = modelNamesOf(prod, rest)
		prod, casters := broadcastersOf(prod, toks)
		for _, m := range prod {
			m.typ = misc
		}
		if prod != nil {
			groups[i] = prod
		} else {
			groups[i], casters = casters, nil
		}
		if casters != nil {
			groups = append(groups, casters)
		}
		if rest != nil {
			groups = append(groups, rest)
		}
	}
	return groups
}

// modelNamesOf moves to prod the mentions of rest that name a listed
// product of prod by its model's words without its maker's ("Mustang" of
// "Ford Mustang", "Galaxy S10" of "Samsung Galaxy S10"), which joinVariants
// joined to it, or by its name without its "CLI" ("Crush" of "Crush
// CLI"), and returns both; the others stay in rest (the maker named
// alone, "Ford").
func modelNamesOf(prod, rest []*mention) ([]*mention, []*mention) {
	var keep []*mention
	for _, m := range rest {
		model := false
		for _, p := range prod {
			if n := len(p.words) - len(m.words); n > 0 && (equalWords(m.words, p.words[n:]) || n == 1 && cliTool(p.words) && equalWords(m.words, p.words[:len(m.words)])) {
				model = true
				break
			}
		}
		if model {
			prod = append(prod, m)
		} else {
			keep = append(keep, m)
		}
	}
	return prod, keep
}

// listedProduct reports whether words, lower case, are a listed product's
// name or a word and one, or start with a game series' name.
func listedProduct(words []string) bool {
	if len(words) == 0 {
		return false
	}
	name := strings.Join(words, " ")
	if productNames[name] {
		return true
	}
	for n := 1; n <= len(words) && n <= 3; n++ {
		if gameSeries[strings.Join(words[:n], " ")] {
			return true
		}
	}
	return len(words) > 1 && productNames[strings.Join(words[1:], " ")] || systemRelease(words) || cliTool(words)
}

// cliTool reports whether words, lower case, are a name and "cli": a
// command-line tool ("Gemini CLI", "Azure CLI"), a product whatever its
// maker's name.
func cliTool(words []string) bool {
	return len(words) > 1 && words[len(words)-1] == "cli"
}

// systemNames are operating systems, in lower case, whose releases are
// named by the system's name and a word or two ("OS X Mountain Lion",
// "Windows Vista", "Android Jelly Bean", "macOS Sonoma"): the tagger reads
// the release's words as a company, a person or a place (a town of the
// gazetteer: "Sonoma", "Vista").
var systemNames = linesOf(`os x
mac os x
macos
windows
android
ios
ipados
watchos
chrome os`)

// systemRelease reports whether words, lower case, are a listed operating
// system's name (systemNames) and more words: a release of the system,
// MISC as the system is ("Windows 95", eng.train), not a listed outlet or
// company named after it ("Android Police").
func systemRelease(words []string) bool {
	for n := 1; n < len(words) && n <= 3; n++ {
		if systemNames[strings.Join(words[:n], " ")] {
			return !listedOrg(strings.Join(words, " "))
		}
	}
	return false
}

// listedProductNeighbour reports whether m stands in a list beside a
// listed product's name (products: the mentions listedProduct takes, by
// their first and their end token), with nothing between the two but a
// comma, "and" or "or" ("on Zorbchat, WhatsApp and Android", "iOS or
// Quelbix"): a list's names are of one kind.
func listedProductNeighbour(toks []token, m *mention, starts, ends map[int]bool) bool {
	sep := func(k int) bool {
		return k >= 0 && k < len(toks) && listLink(toks[k].Text)
	}
	for _, k := range []int{m.t0 - 1, m.t0 - 2} { // a product ending before: one or two separators
		if k >= 0 && ends[k] && sep(k) && (k == m.t0-1 || sep(m.t0-1)) {
			return true
		}
	}
	for _, k := range []int{m.t1 + 1, m.t1 + 2} { // a product starting after
		if starts[k] && sep(m.t1) && (k == m.t1+1 || sep(m.t1+1)) {
			return true
		}
	}
	return false
}

// miscMentions returns the mentions ms holds typed MISC.
func miscMentions(ms []*mention) map[*mention]bool {
	was := map[*mention]bool{}
	for _, m := range ms {
		if m.typ == misc {
			was[m] = true
		}
	}
	return was
}

// cuedProducts returns the mentions of ms typed MISC that were not in
// wasMisc: the names the product rules (productsBeforeNounsAsMisc,
// versionedNamesAsMisc, companysThingsAsMisc, softwareAsMisc) found to be
// products, whose neighbours in a list are products as a listed product's
// are ("the Zorbly app" and later "Quelbchat, Zorbly and Quelbmail");
// the tagger's own MISC (a demonym, an event) says nothing of a list.
func cuedProducts(ms []*mention, wasMisc map[*mention]bool) map[*mention]bool {
	cued := map[*mention]bool{}
	for _, m := range ms {
		if m.typ == misc && !wasMisc[m] {
			cued[m] = true
		}
	}
	return cued
}

// listedProductsNeighboursAsMisc makes MISC, so not emitted, every
// mention of a name the article lists beside a listed product, or beside
// a product a product rule found (cued: cuedProducts), somewhere
// (listedProductNeighbour: "Zorbchat, Android and iOS"): a product too;
// unless it is a listed organization or brand ("Facebook, Android and
// Skype": the company), a known place, a name starting with a first name,
// or a name acting as a company (companiesActing). A first name of one
// word beside a listed product that is no first name is a product too
// ("Python, Ruby", "works on Mac and Linux": modern-web-a, the tagger's
// people): a person is listed beside a system or a language no more than
// a product is beside a person, but "Siri and Alexa" are two first names.
// A name beside such a product, the tagger's MISC or one made a product
// so, carries the list on ("Adobe tools like Photoshop, Illustrator, and
// Quelbdesign", the tagger's MISC "Illustrator" between: modern-web-a's
// "InDesign", typed a person), in one sweep each way along the text; a
// first name does not.
func listedProductsNeighboursAsMisc(ms []*mention, toks []token, cued map[*mention]bool, acting *actingCompanies) {
	var starts, ends map[int]bool         // the listed products' first tokens and the separators right after them
	var sureStarts, sureEnds map[int]bool // those of the listed products that are no first name
	for _, n := range ms {
		if listedProduct(n.words) || cued[n] {
			if starts == nil {
				starts, ends = map[int]bool{}, map[int]bool{}
			}
			starts[n.t0], ends[n.t1] = true, true
			if listedProduct(n.words) && !firstName(n.m.Text) {
				if sureStarts == nil {
					sureStarts, sureEnds = map[int]bool{}, map[int]bool{}
				}
				sureStarts[n.t0], sureEnds[n.t1] = true, true
			}
		}
	}
	if starts == nil {
		return
	}
	may := func(m *mention) bool { // a name that may be a product: no listed one's, no company's, no place's
		return m.typ.Valid() && m.typ != misc && !listedProduct(m.words) && !makerOrPlace(m.m.Text) && !acting.acts(m.key)
	}
	bridge := func(n *mention) {
		if !starts[n.t0] && (n.typ == misc || may(n) && !firstName(n.m.Text)) && listedProductNeighbour(toks, n, starts, ends) {
			starts[n.t0], ends[n.t1] = true, true
		}
	}
	for _, n := range ms {
		bridge(n)
	}
	for i := len(ms) - 1; i >= 0; i-- {
		bridge(ms[i])
	}
	retypeByKey(ms, func(m *mention) bool {
		if !may(m) {
			return false
		}
		if firstName(m.m.Text) {
			return len(m.words) == 1 && sureStarts != nil && listedProductNeighbour(toks, m, sureStarts, sureEnds)
		}
		return listedProductNeighbour(toks, m, starts, ends)
	}, func(*mention) bool { return true }, misc)
}
