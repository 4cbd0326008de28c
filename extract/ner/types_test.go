package ner

import (
	"strings"
	"testing"
	"unicode"

	"github.com/newsner/newsner"
)

// TestQuotedTitlesAsMisc: a name alone in quotation marks is a title
// (MISC) at every mention; a nickname, a name given after "named", a
// journal's name and a person named unquoted too stay (the nickname inside
// the person's name, which joinInsetNicknames makes one person).
func TestQuotedTitlesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a show's and a film's titles in quotes",
			text:  "He hosts the cable show \"Quibble Quarters,\" which airs weekly. Fans of \"Zorbo Dawn\" will see it. Quibble Quarters returns in May.",
			spans: []span{{O, "Quibble Quarters"}, {P, "Zorbo Dawn"}, {O, "Quibble Quarters"}},
			want:  nil,
		},
		{
			name:  "a nickname, a name given, a journal, a person named unquoted stay",
			text:  "Marla \"Zibby\" Quonk spoke. A boat named \"Quelva\" sank. The journal \"Zorbic Letters\" said so. Rebels \"Tomaz\" and \"Quillo\" fled; Tomaz was seen. The Zorbian (\"Quelbic League\") met.",
			spans: []span{{P, "Marla"}, {P, "Zibby"}, {P, "Quonk"}, {O, "Quelva"}, {O, "Zorbic Letters"}, {P, "Tomaz"}, {P, "Quillo"}, {P, "Tomaz"}, {O, "Quelbic League"}},
			want:  []want{{P, "Marla \"Zibby\" Quonk", 1}, {O, "Quelva", 1}, {O, "Zorbic Letters", 1}, {P, "Tomaz", 2}, {O, "Quelbic League", 1}},
		},
	})
}

// TestStormsAsMisc: a storm's name, with its storm word or alone, is MISC;
// a person who shares a first name, and a storm word inside a longer name,
// stay.
func TestStormsAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the storm word with the name, after a storm word, the name alone",
			text:  "Homes flooded after Superstorm Quelda. After Quelda hit, tropical storm Zibbo came. Zibbo faded. Marla Quelda helped.",
			spans: []span{{P, "Superstorm Quelda"}, {P, "Quelda"}, {P, "Zibbo"}, {P, "Zibbo"}, {P, "Marla Quelda"}},
			want:  []want{{P, "Marla Quelda", 1}},
		},
		{
			name:  "a storm word inside an organization's name stays",
			text:  "The National Hurricane Center said so.",
			spans: []span{{O, "National Hurricane Center"}},
			want:  []want{{O, "National Hurricane Center", 1}},
		},
	})
}

// TestCalledThingsAsMisc: a name given to a thing after "called", "dubbed"
// or "named" is MISC at every mention; a company's, and a person's where
// "called" is the verb, stay.
func TestCalledThingsAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a device and a drug given their names",
			text:  "The army built a device called the Quibble Beam. A new drug, dubbed Zorbax, helps. The Quibble Beam works.",
			spans: []span{{O, "Quibble Beam"}, {P, "Zorbax"}, {O, "Quibble Beam"}},
			want:  nil,
		},
		{
			name:  "a company, and a person after the verb, stay",
			text:  "A startup called Quelbix raised money. The firm that sold the weapon, called Tom Quimby and asked him. Tom Quimby said no.",
			spans: []span{{O, "Quelbix"}, {P, "Tom Quimby"}, {P, "Tom Quimby"}},
			want:  []want{{O, "Quelbix", 1}, {P, "Tom Quimby", 2}},
		},
		{
			name:  "a device sold under the name",
			text:  "Zorbtek markets the device under the name Quibble Guard. It sells the gadget under the brand name Zorbshield too. Quibble Guard works.",
			spans: []span{{O, "Zorbtek"}, {O, "Quibble Guard"}, {O, "Zorbshield"}, {O, "Quibble Guard"}},
			want:  []want{{O, "Zorbtek", 1}},
		},
		{
			name:  "a thing's noun as the text's first word",
			text:  "gadgets under the name Zorbshield sold out. Zorbshield works.",
			spans: []span{{O, "Zorbshield"}, {O, "Zorbshield"}},
			want:  nil,
		},
		{
			name:  "a pen name stays",
			text:  "He wrote under the name Tom Quimby. Tom Quimby sold well.",
			spans: []span{{P, "Tom Quimby"}, {P, "Tom Quimby"}},
			want:  []want{{P, "Tom Quimby", 2}},
		},
	})
}

// TestPlacesBesidePlaces: a known place tagged an organization beside a
// place, or before "'s" and a place, is a place; not in a sports report.
func TestPlacesBesidePlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "listed beside a place, a place's place",
			text:  "The court sits in turn between Brussels and Strasbourg. He carried Cleveland's Zorbo County by far.",
			spans: []span{{L, "Brussels"}, {O, "Strasbourg"}, {O, "Cleveland"}, {L, "Zorbo County"}},
			want:  []want{{L, "Brussels", 1}, {L, "Strasbourg", 1}, {L, "Cleveland", 1}, {L, "Zorbo County", 1}},
		},
		{
			name:  "a sports report's clubs stay",
			text:  "Liverpool beat Chelsea 2-1 and Leeds drew 0-0 with Everton. The striker scored twice. Liverpool and Spain went on.",
			spans: []span{{O, "Liverpool"}, {O, "Chelsea"}, {O, "Leeds"}, {O, "Everton"}, {O, "Liverpool"}, {L, "Spain"}},
			want:  []want{{O, "Liverpool", 2}, {O, "Chelsea", 1}, {O, "Leeds", 1}, {O, "Everton", 1}, {L, "Spain", 1}},
		},
	})
}

// TestStateModifiersAsPlaces: a listed state or country tagged an
// organization before a noun in lower case it modifies is a place; a
// state's agency and a sports report's team stay.
func TestStateModifiersAsPlaces(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a state before a noun it modifies",
			text:  "For large storms, Maryland utilities must report to the Zorbo Commission.",
			spans: []span{{O, "Maryland"}, {O, "Zorbo Commission"}},
			want:  []want{{L, "Maryland", 1}, {O, "Zorbo Commission", 1}},
		},
		{
			name:  "a state before an 's",
			text:  "By Monday, Vermont's largest power provider said it had restored power.",
			spans: []span{{O, "Vermont"}},
			want:  []want{{L, "Vermont", 1}},
		},
		{
			name:  "a state after in or from",
			text:  "Flights from Vermont were cut, the Quelbix Group said.",
			spans: []span{{O, "Vermont"}, {O, "Quelbix Group"}},
			want:  []want{{L, "Vermont", 1}, {O, "Quelbix Group", 1}},
		},
		{
			name:  "a team in a sports report stays",
			text:  "Florida beat Georgia 24-10 and Auburn won 31-7 at home. The quarterback threw twice. Florida coach Tom Quimby smiled.",
			spans: []span{{O, "Florida"}, {O, "Georgia"}, {O, "Auburn"}, {O, "Florida"}, {newsner.Person, "Tom Quimby"}},
			want:  []want{{O, "Florida", 2}, {O, "Georgia", 1}, {O, "Auburn", 1}, {newsner.Person, "Tom Quimby", 1}},
		},
	})
}

// TestChambersAsOrganizations: a legislature named by one word, tagged a
// place or a person, is an organization.
func TestChambersAsOrganizations(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the House and the Legislature",
			text:  "Quelbish Party retains control of the House. The Legislature met on Monday.",
			spans: []span{{O, "Quelbish Party"}, {L, "House"}, {P, "Legislature"}},
			want:  []want{{O, "Quelbish Party", 1}, {O, "House", 1}, {O, "Legislature", 1}},
		},
	})
}

// TestPluralsAsMisc: the plural of a brand's or of an organization's name
// of the article is its products (MISC); a family, a group's name after a
// capitalized word, and a sports report's teams stay.
func TestPluralsAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "products named by their make",
			text:  "The Zorbtek phone is big. He owns two Zorbteks, some Samsungs and three Nikons.",
			spans: []span{{O, "Zorbtek"}, {O, "Zorbteks"}, {P, "Samsungs"}, {newsner.Location, "Nikons"}},
			want:  []want{{O, "Zorbtek", 1}},
		},
		{
			name:  "a family and a group's name stay",
			text:  "Ann Quimby spoke. The Quimbys left. Zorbek Tiger said so. Suspected Zorbek Tigers fled.",
			spans: []span{{P, "Ann Quimby"}, {P, "Quimbys"}, {O, "Zorbek Tiger"}, {O, "Tigers"}},
			want:  []want{{P, "Ann Quimby", 1}, {P, "Quimbys", 1}, {O, "Zorbek Tiger", 1}, {O, "Tigers", 1}},
		},
		{
			name:  "the plural with the tagger's The",
			text:  "The Zorbtek R6700 router is fast.\n\nThe Zorbteks are popular routers.",
			spans: []span{{O, "Zorbtek"}, {O, "The Zorbteks"}},
			want:  []want{{O, "Zorbtek", 1}},
		},
		{
			name:  "a family with its The stays",
			text:  "Ann Quimby spoke. The Quimbys left.",
			spans: []span{{P, "Ann Quimby"}, {P, "The Quimbys"}},
			want:  []want{{P, "Ann Quimby", 1}, {P, "The Quimbys", 1}},
		},
	})
}

// TestModelNamesOfListedProducts: a listed product's model named without
// its maker, joined to the product, is the product too (MISC); the maker
// named alone stays.
func TestModelNamesOfListedProducts(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "the model without its maker",
			text:  "Samsung Galaxy sales rose. The Galaxy sold well, Samsung said.",
			spans: []span{{O, "Samsung Galaxy"}, {O, "Galaxy"}, {O, "Samsung"}},
			want:  []want{{O, "Samsung", 1}},
		},
	})
}

// TestListedProductsMore: consoles, cars with their maker's word and
// brand-name drugs are products, MISC; the maker named alone stays.
func TestListedProductsMore(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a console, a car, a drug",
			text:  "Buyers bid on Nintendo Wii bundles. The Honda Civic sold well, Honda said. Patients took Lipitor daily.",
			spans: []span{{O, "Nintendo Wii"}, {O, "Honda Civic"}, {O, "Honda"}, {P, "Lipitor"}},
			want:  []want{{O, "Honda", 1}},
		},
	})
}

// TestCompanyHeadsMore: a name tagged a person that ends in a company's
// word (Hotels, Therapeutics, Solutions, ...) is an organization.
func TestCompanyHeadsMore(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "hotels, therapeutics",
			text:  "He was vice-president of Quimby Hotels in 1954. Zorbel Therapeutics raised money.",
			spans: []span{{P, "Quimby Hotels"}, {P, "Zorbel Therapeutics"}},
			want:  []want{{O, "Quimby Hotels", 1}, {O, "Zorbel Therapeutics", 1}},
		},
	})
}

// TestPeoplesAsMisc: a people's, a faith's or a language's name is MISC,
// whatever the tagger typed it; a longer name holding one stays.
func TestPeoplesAsMisc(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a people, a faith, a language",
			text:  "The poll found Hispanic voters split. Sunni leaders met. Pesa means money in Swahili. The Kurdish Zorbo Party spoke.",
			spans: []span{{P, "Hispanic"}, {O, "Sunni"}, {L, "Swahili"}, {O, "Kurdish Zorbo Party"}},
			want:  []want{{O, "Kurdish Zorbo Party", 1}},
		},
	})
}

// TestPartisansAsMisc: a party's members named by one word are MISC; the
// party's own name stays.
func TestPartisansAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "members, not the party",
			text:  "Some Blairites were angry. Tory rebels voted against. The Zorbist Party met.",
			spans: []span{{O, "Blairites"}, {P, "Tory"}, {O, "Zorbist Party"}},
			want:  []want{{O, "Zorbist Party", 1}},
		},
	})
}

// TestEventHeadsMore: an organization whose name ends in Open, Games,
// Bowl, Classic, Day, War or Prize is an event (MISC).
func TestEventHeadsMore(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a tournament, games, a prize",
			text:  "She won the Quelbix Open and went to the Zorbland Games. He got the Quimby Prize.",
			spans: []span{{O, "Quelbix Open"}, {O, "Zorbland Games"}, {O, "Quimby Prize"}},
			want:  nil,
		},
		{
			name:  "laws",
			text:  "Firms follow the Zorbo Data Regulation and the Quelb Farm Bill.",
			spans: []span{{O, "Zorbo Data Regulation"}, {O, "Quelb Farm Bill"}},
			want:  nil,
		},
	})
}

// TestCountiesAsPlaces: a county's name tagged an organization or a person
// is a place; a club's in a results line stays.
func TestCountiesAsPlaces(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a county before a title, a parish",
			text:  "Zorbo County Undersheriff Tom Quimby said so. Quelb Parish was flooded.",
			spans: []span{{O, "Zorbo County"}, {P, "Tom Quimby"}, {P, "Quelb Parish"}},
			want:  []want{{L, "Zorbo County", 1}, {P, "Tom Quimby", 1}, {L, "Quelb Parish", 1}},
		},
		{
			name:  "a club in results stays",
			text:  "Results:\nMontrose 2 Zorbo County 1\nQuelby v Zorbo County",
			spans: []span{{O, "Montrose"}, {O, "Zorbo County"}, {O, "Quelby"}, {O, "Zorbo County"}},
			want:  []want{{O, "Montrose", 1}, {O, "Zorbo County", 2}, {O, "Quelby", 1}},
		},
	})
}

// TestMakersLinesAsMisc: a brand's one word and a product line's name is
// a product (MISC), the brand alone stays; a network's unit and a
// company's division stay organizations.
func TestMakersLinesAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a product line, the maker alone",
			text:  "The Samsung Quelbar sold out. Samsung said demand was high.",
			spans: []span{{O, "Samsung Quelbar"}, {O, "Samsung"}},
			want:  []want{{O, "Samsung", 1}},
		},
		{
			name:  "a network's station, a company's division",
			text:  "CBS Zorbo reported it. Samsung Wireless said so.",
			spans: []span{{O, "CBS Zorbo"}, {O, "Samsung Wireless"}},
			want:  []want{{O, "CBS Zorbo", 1}, {O, "Samsung Wireless", 1}},
		},
	})
}

// TestProductsTaggedPeople: a product's name tagged a person (a product's
// word at its end, or a maker's model) is MISC; a person's name starting
// with a first name stays.
func TestProductsTaggedPeople(t *testing.T) {
	P := newsner.Person
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a product's word at the end",
			text:  "The Zorbix Lite costs less. Tom Lite said so.",
			spans: []span{{P, "Zorbix Lite"}, {P, "Tom Lite"}},
			want:  []want{{P, "Tom Lite", 1}},
		},
	})
}

// TestPlaceAdjectivesAsPlaces: a name after a place's adjective is a
// place; a company's name stays.
func TestPlaceAdjectivesAsPlaces(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "native, northern; a company",
			text:  "She returned to her native Quimbyton as MP. Fighting hit northern Zorbia. Rural Quelbix Holdings grew.",
			spans: []span{{O, "Quimbyton"}, {newsner.Person, "Zorbia"}, {O, "Quelbix Holdings"}},
			want:  []want{{L, "Quimbyton", 1}, {L, "Zorbia", 1}, {O, "Quelbix Holdings", 1}},
		},
	})
}

// TestAcronymsOfMiscAsMisc: the acronym in brackets after a name read as
// MISC is MISC too, at every mention; an organization's acronym stays.
func TestAcronymsOfMiscAsMisc(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a weapon's acronym; an agency's",
			text:  "The army built a weapon called the Quibble Denial System (QDS). The QDS works, said the Zorbo Defense Agency (ZDA).",
			spans: []span{{O, "Quibble Denial System"}, {O, "QDS"}, {O, "QDS"}, {O, "Zorbo Defense Agency"}, {O, "ZDA"}},
			want:  []want{{O, "Zorbo Defense Agency", 2}},
		},
		{
			name:  "after the quoted name's closing mark",
			text:  "Zorbco found that a component called the \"Quibble Denial System\" (QDS) fails. The QDS disables checks.",
			spans: []span{{O, "Zorbco"}, {O, "Quibble Denial System"}, {O, "QDS"}, {O, "QDS"}},
			want:  []want{{O, "Zorbco", 1}},
		},
		{
			name:  "a code's acronym whose first word the tagger left out of the name",
			text:  "Zorbco pipes meet the Quelbish Zorbing Code (QZC). The QZC sets pipe sizes.",
			spans: []span{{O, "Zorbco"}, {misc, "Zorbing Code"}, {O, "QZC"}, {O, "QZC"}},
			want:  []want{{O, "Zorbco", 1}},
		},
	})
}

// TestListedCompaniesMore: the accountancies, drugmakers and carmakers
// orgs.tsv gained are organizations wherever named.
func TestListedCompaniesMore(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "tagged people",
			text:  "The auditors, now part of Deloitte, met. He joined from Swiss rival Roche.",
			spans: []span{{P, "Deloitte"}, {P, "Roche"}},
			want:  []want{{O, "Deloitte", 1}, {O, "Roche", 1}},
		},
	})
}

// TestListedServicesAsMisc: software and services named not after their
// company are MISC; the company named alone stays.
func TestListedServicesAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an app, a service, the company",
			text:  "She sent it by Gmail and paid with Apple Pay on Monday. Apple said so. Siri answered.",
			spans: []span{{O, "Gmail"}, {O, "Apple Pay"}, {O, "Apple"}, {P, "Siri"}},
			want:  []want{{O, "Apple", 1}},
		},
	})
}

// TestFilmSeriesAsMisc: a name a film's or show's series starts is MISC.
func TestFilmSeriesAsMisc(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "films, a show, a character",
			text:  "Fans lined up for Star Wars: The Rise of Skywalker and the Game of Thrones finale. Batman screenings sold out in Quelbville.",
			spans: []span{{O, "Star Wars"}, {O, "Game of Thrones"}, {P, "Batman"}, {L, "Quelbville"}},
			want:  []want{{L, "Quelbville", 1}},
		},
		{
			name:  "news shows",
			text:  "He said so on Meet the Press, and tune into NBC Nightly News at six.",
			spans: []span{{O, "Meet the Press"}, {O, "NBC"}, {O, "Nightly News"}},
			want:  []want{{O, "NBC", 1}},
		},
	})
}

// TestListedSoftwareAsMisc: AI models, software and cryptocurrencies are
// MISC; their company stays.
func TestListedSoftwareAsMisc(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a model, an OS, a coin, the company",
			text:  "OpenAI said GPT-4 runs on Linux servers. Bitcoin rose on Monday.",
			spans: []span{{O, "OpenAI"}, {O, "GPT-4"}, {P, "Linux"}, {O, "Bitcoin"}},
			want:  []want{{O, "OpenAI", 1}},
		},
	})
}

// TestTownsAfterIn: a known town tagged an organization after "in" is a
// place; shares in it and a town's club before an "'s" stay.
func TestTownsAfterIn(t *testing.T) {
	L, O := newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "in a town; shares in a company",
			text:  "The plant in Strasbourg closed. Shares in Slough rose 2 percent.",
			spans: []span{{O, "Strasbourg"}, {O, "Slough"}},
			want:  []want{{L, "Strasbourg", 1}, {O, "Slough", 1}},
		},
	})
}

// TestCompanyNounsMore: a name the article calls a consultancy, a bank or
// a utility is an organization; a person called an insurer stays.
func TestCompanyNounsMore(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "a consultancy, a bank",
			text:  "Analysts at the consultancy Zorbmark agreed. Quimbex, a Swiss bank, said so.",
			spans: []span{{P, "Zorbmark"}, {P, "Quimbex"}},
			want:  []want{{O, "Zorbmark", 1}, {O, "Quimbex", 1}},
		},
		{
			name:  "a person called an insurer stays",
			text:  "The other was insurer Tomas Quelby.",
			spans: []span{{P, "Tomas Quelby"}},
			want:  []want{{P, "Tomas Quelby", 1}},
		},
	})
}

// TestAuthorsAsPeople: a name tagged an organization that starts with a
// first name and stands before "'s" and a quoted title ("Umberto
// Quelbini's “The Salt Road”") is the work's author, a person at every
// mention; a listed company before a title stays.
func TestAuthorsAsPeople(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an author's novel",
			text:  "Readers still love Umberto Quelbini\u2019s \u201cThe Salt Road.\u201d Umberto Quelbini wrote it in 1980.",
			spans: []span{{O, "Umberto Quelbini"}, {O, "Umberto Quelbini"}},
			want:  []want{{P, "Umberto Quelbini", 2}},
		},
		{
			name:  "a listed company's film",
			text:  "Families queued for Walt Disney's \"Zorbo Returns\" on Friday.",
			spans: []span{{O, "Walt Disney"}},
			want:  []want{{O, "Walt Disney", 1}},
		},
	})
}

// TestDisclaimerOwnersAsOrganizations: the name a publisher's disclaimer
// gives as the owner of views a column does not stand for ("do not
// necessarily reflect those of Zorbnik") is the outlet, an organization;
// a known place there, and a name before a noun in lower case, stay.
func TestDisclaimerOwnersAsOrganizations(t *testing.T) {
	O, L := newsner.Organization, newsner.Location
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{
		{
			name:  "an outlet's disclaimer",
			text:  "Zorbnik readers wrote in.\nThe views expressed in the article do not necessarily reflect those of Zorbnik.",
			spans: []span{{L, "Zorbnik"}, {L, "Zorbnik"}},
			want:  []want{{O, "Zorbnik", 2}},
		},
		{
			name:  "a country and its government",
			text:  "The views do not represent those of France. They do not reflect the views of the Quelbian government.",
			spans: []span{{L, "France"}, {L, "Quelbian"}},
			want:  []want{{L, "France", 1}, {L, "Quelbian", 1}},
		},
	})
}

// TestArabicArticleListedAsOrganizations: a name tagged a person that is
// a listed organization's with its Arabic article joined by a hyphen is
// that organization (arabicArticleListedAsOrganizations); a person so
// written stays one.
func TestArabicArticleListedAsOrganizations(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "clubs",
		text:  "Al Fayha won 2-1 away to Al Okhdood on Friday, Quelb Zorbin scoring twice.",
		spans: []span{{P, "Al Fayha"}, {P, "Al Okhdood"}, {P, "Quelb Zorbin"}},
		want:  []want{{O, "Al Fayha", 1}, {O, "Al Okhdood", 1}, {P, "Quelb Zorbin", 1}},
	}, {
		// A page's no-break space, or two spaces, after the article.
		name:  "clubs, other white space",
		text:  "Al\u00a0Fayha won 2-1 away to Al  Okhdood on Friday.",
		spans: []span{{P, "Al\u00a0Fayha"}, {P, "Al  Okhdood"}},
		want:  []want{{O, "Al\u00a0Fayha", 1}, {O, "Al  Okhdood", 1}},
	}, {
		name:  "a person",
		text:  "Al Zorbin won the race on Sunday.",
		spans: []span{{P, "Al Zorbin"}},
		want:  []want{{P, "Al Zorbin", 1}},
	}})
}

// knownPlaceBefore is knownPlace as it was written before it looked its
// title-case form up without making strings.
func knownPlaceBefore(name string) bool {
	if isPlaceName(name) {
		return true
	}
	ws := strings.Fields(name)
	for i, w := range ws {
		ws[i] = titleCase(w)
	}
	title := strings.Join(ws, " ")
	return isPlaceName(title) || foldedPlaces()[foldAccents(title)]
}

var titleWordsCases = []string{"", " ", "paris", "PARIS", "Paris", "new  york", " NEW\tYORK ", "sao paulo", "Sao Paulo", "SAO PAULO", "SÃO PAULO", "BOGOTA", "Bogota", "São Paulo",
	"Zorbco", "zorbco holdings", "U.S.", "u . s", "ÉTATS-UNIS", "İstanbul", "ISTANBUL", "\xffparis", "pa\xffris", "ǅemal",
	"the Netherlands", "The Gambia", "côte d\u2019ivoire", "COTE D'IVOIRE", "new\u00a0york", "new\u2003york", "Quelbury's", "x"}

// TestAppendTitleWords checks appendTitleWords against the strings it
// stands for (strings.Fields, titleCase, strings.Join) on made-up input.
func TestAppendTitleWords(t *testing.T) {
	for _, s := range titleWordsCases {
		ws := strings.Fields(s)
		for i, w := range ws {
			ws[i] = titleCase(w)
		}
		if got, want := string(appendTitleWords(nil, s)), strings.Join(ws, " "); got != want {
			t.Errorf("appendTitleWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestKnownPlaceTitle checks what knownPlace leaves out: the lists key a
// name's title-case form as they key the name, as lower-casing a lower
// case letter changes nothing (for every code point) and normName
// lower-cases every letter; and knownPlace against its former definition.
func TestKnownPlaceTitle(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); unicode.ToLower(l) != l {
			t.Fatalf("ToLower(%U) = %U, whose lower case is %U", r, l, unicode.ToLower(l))
		}
	}
	for _, s := range titleWordsCases {
		if a, b := normName(s), normName(string(appendTitleWords(nil, s))); a != b {
			t.Errorf("normName(%q) = %q, of its title words %q", s, a, b)
		}
		if got, want := knownPlace(s), knownPlaceBefore(s); got != want {
			t.Errorf("knownPlace(%q) = %v, want %v", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { knownPlace("zorbco holdings") }); n != 0 {
		t.Errorf("knownPlace took %v allocations", n)
	}
}
