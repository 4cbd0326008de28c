package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// Tests of products_listed.go's rules and lists.

// TestCuedProductsNeighboursAsMisc: a name listed beside a name a product
// rule found ("the Zorbly app", then "Quelbchat, Zorbly and Quelbmail") is a
// product too, MISC at every mention; a name acting as a company stays.
func TestCuedProductsNeighboursAsMisc(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "apps beside a cued app",
			text:  "Users of the Zorbly app complained. The bundle holds Quelbchat, Zorbly and Quelbmail, and Quelbchat is free.",
			spans: []span{{O, "Zorbly"}, {O, "Quelbchat"}, {O, "Zorbly"}, {L, "Quelbmail"}, {O, "Quelbchat"}},
			want:  nil,
		},
		{
			name:  "a company acting",
			text:  "Users of the Zorbly app complained. It runs on Zorbly and Quenco. Quenco said it would fix it.",
			spans: []span{{O, "Zorbly"}, {O, "Zorbly"}, {O, "Quenco"}, {O, "Quenco"}},
			want:  []want{{O, "Quenco", 2}},
		},
	})
}

// TestListedProductsNeighboursAsMisc: a name listed beside a listed
// product ("Zorbchat, Android and iOS") is a product too, MISC at every
// mention; a listed company and a name acting as a company stay.
func TestListedProductsNeighboursAsMisc(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an app beside systems",
			text:  "The plan covers Zorbchat, Android and iOS. Zorbchat has ten million users.",
			spans: []span{{O, "Zorbchat"}, {O, "Android"}, {L, "iOS"}, {L, "Zorbchat"}},
			want:  nil,
		},
		{
			name:  "a listed company, a company acting",
			text:  "It runs on Facebook, Quenco and Android. Quenco said it would add more.",
			spans: []span{{O, "Facebook"}, {O, "Quenco"}, {O, "Android"}, {O, "Quenco"}},
			want:  []want{{O, "Facebook", 1}, {O, "Quenco", 2}},
		},
	})
}

// TestCryptocurrencyProducts: "XRP" is a cryptocurrency, MISC as
// "bitcoin" is (productNames), not the company the tagger reads.
func TestCryptocurrencyProducts(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "xrp",
		text:  "Regulators sued Zorb Labs over sales of XRP. XRP fell 23%.",
		spans: []span{{O, "Zorb Labs"}, {O, "XRP"}, {O, "XRP"}},
		want:  []want{{O, "Zorb Labs", 1}},
	}})
}

// TestMoreListedProducts: software, services and devices added to
// productNames in the twelfth pass are MISC whatever the tagger typed
// them; their maker named alone stays.
func TestMoreListedProducts(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "products typed an organization, a place and a person",
		text:  "Zorbco moved its files from Google Sheets to Azure, and Marla Quonk bought a HomePod. Microsoft said so.",
		spans: []span{{O, "Zorbco"}, {O, "Google Sheets"}, {L, "Azure"}, {P, "Marla Quonk"}, {P, "HomePod"}, {O, "Microsoft"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Marla Quonk", 1}, {O, "Microsoft", 1}},
	}})
}

// TestSystemReleasesAsMisc: an operating system's release, named by the
// system and a word or two ("OS X Mountain Lion", "Windows Vista",
// "macOS Big Sur"), and a release named alone by a name that is no
// word nor place ("Mountain Lion", "Jelly Bean"; productNames), is MISC
// whatever the tagger typed it, its system's name taken in where the
// tagger left it out; a listed outlet named after
// a system ("Android Police") and the town "Vista" stay.
func TestSystemReleasesAsMisc(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "releases typed a company, a person and a place",
		text:  "Macs using OS X Mountain Lion and PCs on Windows Vista or macOS Big Sur are hit, Zorbco said.",
		spans: []span{{O, "X Mountain Lion"}, {L, "Windows Vista"}, {P, "Sur"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}},
	}, {
		name:  "releases by their names alone",
		text:  "Mountain Lion costs $19.99, and devices with Jelly Bean sold well, Zorbco said.",
		spans: []span{{O, "Mountain Lion"}, {P, "Jelly Bean"}, {O, "Zorbco"}},
		want:  []want{{O, "Zorbco", 1}},
	}, {
		name:  "an outlet and a town",
		text:  "Android Police reported that Zorbco opened an office in Vista, California.",
		spans: []span{{O, "Android Police"}, {O, "Zorbco"}, {L, "Vista"}, {L, "California"}},
		want:  []want{{O, "Android Police", 1}, {O, "Zorbco", 1}, {L, "Vista", 1}, {L, "California", 1}},
	}})
}

// TestAppsDevicesAndGamesOfThe2010s: apps of a company of another name,
// devices and mobile games the tagger types a company or a person
// ("KakaoTalk", "Kindle Fire", "Angry Birds") are MISC; the company
// beside them stays.
func TestAppsDevicesAndGamesOfThe2010s(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an app, a device and a game",
		text:  "Zorbco bundles KakaoTalk with the Kindle Fire. Skype said Angry Birds sold well.",
		spans: []span{{O, "Zorbco"}, {O, "KakaoTalk"}, {O, "Kindle Fire"}, {O, "Skype"}, {P, "Angry Birds"}},
		want:  []want{{O, "Zorbco", 1}, {O, "Skype", 1}},
	}})
}

// TestProgrammingLanguagesAsMisc: programming languages and developers'
// tools ("Python", "Kotlin", "COBOL", "PostgreSQL") are products, MISC,
// not the companies or places the tagger reads; a language listed beside
// one ("Zorblang") goes with it, and "Monty Python" stays the troupe.
func TestProgrammingLanguagesAsMisc(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "languages and tools",
			text:  "Zorbco rewrote its app in Kotlin. It still runs COBOL and FORTRAN, and Python, Zorblang and PostgreSQL, with Grafana dashboards.",
			spans: []span{{O, "Zorbco"}, {L, "Kotlin"}, {O, "COBOL"}, {O, "FORTRAN"}, {O, "Python"}, {P, "Zorblang"}, {O, "PostgreSQL"}, {L, "Grafana"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "the troupe",
			text:  "Monty Python made a film in Zorbville.",
			spans: []span{{P, "Monty Python"}, {L, "Zorbville"}},
			want:  []want{{P, "Monty Python", 1}, {L, "Zorbville", 1}},
		},
	})
}

// TestFirstNameBesideListedProduct: a one-word first name listed beside a
// listed product that is no first name ("Mac and Linux", "Python, Ruby")
// is a product too, MISC; beside a product that is a first name too
// ("Alexa and Maria") and as a longer name ("Ruby Quelb, Windows") it
// stays a person.
func TestFirstNameBesideListedProduct(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a system's and a language's neighbours",
		text:  "The tool works on Mac and Linux. Its tutors teach Python, Ruby and more.",
		spans: []span{{P, "Mac"}, {O, "Linux"}, {O, "Python"}, {P, "Ruby"}},
		want:  nil,
	}, {
		name:  "beside a first name, a longer name",
		text:  "The kids asked Alexa and Maria for songs. Ruby Quelb, Windows and more came up.",
		spans: []span{{O, "Alexa"}, {P, "Maria"}, {P, "Ruby Quelb"}, {O, "Windows"}},
		want:  []want{{P, "Maria", 1}, {P, "Ruby Quelb", 1}},
	}})
}

// TestModelsNodesAndCLITools: an AI model family ("Qwen"), Ethereum's node
// programs ("Geth", "Reth") and a tool by its "CLI" ("Zorb CLI", and
// "Zorb" joined to it), a maker's apps ("IGTV", "Adobe Creative Cloud") and
// "Ceph" are products, MISC, not the companies, places or people the
// tagger reads; the company beside them stays.
func TestModelsNodesAndCLITools(t *testing.T) {
	P, O, L := newsner.Person, newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a model, nodes and a CLI",
		text:  "Zorbco tested Qwen and ran Geth beside Reth. The Zorb CLI is free; install Zorb with npm.",
		spans: []span{{O, "Zorbco"}, {O, "Qwen"}, {O, "Geth"}, {L, "Reth"}, {O, "Zorb CLI"}, {O, "Zorb"}},
		want:  []want{{O, "Zorbco", 1}},
	}, {
		name:  "a maker's apps and a storage program",
		text:  "Zorbco moved its files to Ceph, posted on IGTV and synced Apple Health. Its designers pay for Adobe Creative Cloud and Affinity Publisher.",
		spans: []span{{O, "Zorbco"}, {O, "Ceph"}, {O, "IGTV"}, {O, "Apple Health"}, {O, "Adobe Creative Cloud"}, {P, "Affinity Publisher"}},
		want:  []want{{O, "Zorbco", 1}},
	}})
}

// TestListCarriedByTaggersMisc: a name the tagger typed MISC beside a
// listed product carries the list on to the next name ("Photoshop,
// Illustrator, and Quelbdesign", "Zorbdraw, Figmo and Photoshop"); a list
// with no listed product does not.
func TestListCarriedByTaggersMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a list carried on",
		text:  "You will know Adobe tools like Photoshop, Illustrator, and Quelbdesign, plus Zorbdraw, Figmo and Photoshop.",
		spans: []span{{O, "Adobe"}, {O, "Photoshop"}, {misc, "Illustrator"}, {P, "Quelbdesign"}, {O, "Zorbdraw"}, {misc, "Figmo"}, {O, "Photoshop"}},
		want:  []want{{O, "Adobe", 1}},
	}, {
		name:  "no listed product",
		text:  "You will meet Zorbco, Illustrator, and Quelbdesign.",
		spans: []span{{O, "Zorbco"}, {misc, "Illustrator"}, {P, "Quelbdesign"}},
		want:  []want{{O, "Zorbco", 1}, {P, "Quelbdesign", 1}},
	}})
}
