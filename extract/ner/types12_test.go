package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddSiteSpans: a site's name written as its address with a capital is
// an organization, untagged or tagged otherwise; a link in lower case, a
// file's name and an address inside a longer span are left.
func TestAddSiteSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "untagged and mistyped site names",
			text:  "Marla Quonk wrote on Quimbly.com last week. Zorbnews.com's editor agreed. Tomaz Quell of Zibbo.org said so.",
			spans: []span{{P, "Marla Quonk"}, {P, "Zorbnews.com"}, {P, "Tomaz Quell"}},
			want:  []want{{P, "Marla Quonk", 1}, {O, "Quimbly.com", 1}, {O, "Zorbnews.com", 1}, {P, "Tomaz Quell", 1}, {O, "Zibbo.org", 1}},
		},
		{
			name:  "a link in lower case and a file's name are no names",
			text:  "See quimbly.com for more. Open Setup.exe now.",
			spans: nil,
			want:  nil,
		},
	})
}

// TestSiteStem: a site's address alone names the site, apart from the
// league or network of its name; a company's formal name with a legal
// suffix after its ".com" still joins the company's short name.
func TestSiteStem(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the site and the league",
			text:  "The ZBL fined him. As ZBL.com reported, the ZBL will appeal.",
			spans: []span{{O, "ZBL"}, {O, "ZBL.com"}, {O, "ZBL"}},
			want:  []want{{O, "ZBL", 2}, {O, "ZBL.com", 1}},
		},
		{
			name:  "a company's formal name still joins",
			text:  "Quimbly.com Inc. fell. Quimbly said so.",
			spans: []span{{O, "Quimbly.com Inc."}, {O, "Quimbly"}},
			want:  []want{{O, "Quimbly.com Inc.", 2}},
		},
	})
}

// TestMoreTermAcronyms: a sports award's, a meeting's, a policy's and file
// formats' letters are words, no names alone; a name beside them stays.
func TestMoreTermAcronyms(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "term letters alone",
		text:  "Tomaz Quell is out of the MVP race. Zorbco's AGM backed the BYOD plan; MIME and RAR files and ASLR stop it.",
		spans: []span{{P, "Tomaz Quell"}, {O, "MVP"}, {O, "Zorbco"}, {O, "AGM"}, {O, "BYOD"}, {O, "MIME"}, {O, "RAR"}, {O, "ASLR"}},
		want:  []want{{P, "Tomaz Quell", 1}, {O, "Zorbco", 1}},
	}})
}

// TestTelescopesAsMisc: a space telescope is an instrument, MISC; the
// agency beside it stays.
func TestTelescopesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a telescope tagged an organization",
		text:  "Data from the Zorbo Space Telescope reached the Quimby Space Agency on Monday.",
		spans: []span{{O, "Zorbo Space Telescope"}, {O, "Quimby Space Agency"}},
		want:  []want{{O, "Quimby Space Agency", 1}},
	}})
}

// TestMoreListedOrganizations: companies added to orgs.tsv in the twelfth
// pass are organizations wherever named, tagged a place or a person.
func TestMoreListedOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a device maker and a web company mistyped",
		text:  "Marla Quonk bought shares of Roku in Zorbville. Later Cloudflare fixed the bug.",
		spans: []span{{P, "Marla Quonk"}, {L, "Roku"}, {L, "Zorbville"}, {P, "Cloudflare"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Roku", 1}, {L, "Zorbville", 1}, {O, "Cloudflare", 1}},
	}})
}

// TestMoreListedOutlets: outlets added to media.tsv in the twelfth pass
// are organizations, found where the tagger left them out too.
func TestMoreListedOutlets(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "an agency and a site",
		text:  "Marla Quonk told The Canadian Press on Monday, and MacRumors first reported the change.",
		spans: []span{{P, "Marla Quonk"}, {L, "Canadian Press"}},
		want:  []want{{P, "Marla Quonk", 1}, {O, "Canadian Press", 1}, {O, "MacRumors", 1}},
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

// TestMoreListedCompanies: retailers, banks and airlines added to
// orgs.tsv in the twelfth pass are organizations, tagged a person or a
// place.
func TestMoreListedCompanies(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a utility tagged a person, an airline a place",
		text:  "Con Edison said power was back, and Ryanair cut flights to Zorbville.",
		spans: []span{{P, "Con Edison"}, {L, "Ryanair"}, {L, "Zorbville"}},
		want:  []want{{O, "Con Edison", 1}, {O, "Ryanair", 1}, {L, "Zorbville", 1}},
	}})
}
