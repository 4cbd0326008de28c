package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestCourtsForcesFirmsBlocs: the nlists3 rows (issue 11) of bodies.tsv
// (courts and tribunals, armed forces, police and intelligence services)
// and orgs.tsv (big firms of India, Southeast Asia, the Gulf and Africa,
// international and regional bodies) are organizations, tagged a person or
// a place or left untagged; the names left out because they are surnames,
// a composer's or events ("Dangote", "Wagner", "G7") keep the tagger's
// reading.
func TestCourtsForcesFirmsBlocs(t *testing.T) {
	P, L, O := newsner.Person, newsner.Location, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "courts and tribunals missed or cut",
		text:  "Lawyers for Zorbia asked the Bundesverfassungsgericht and the International Tribunal for the Law of the Sea to rule, Jane Quimble said.",
		spans: []span{{L, "Zorbia"}, {O, "International Tribunal"}, {L, "Law of the Sea"}, {P, "Jane Quimble"}},
		want:  []want{{L, "Zorbia", 1}, {O, "Bundesverfassungsgericht", 1}, {O, "International Tribunal for the Law of the Sea", 1}, {P, "Jane Quimble", 1}},
	}, {
		name:  "forces, police and intelligence services mistyped or missed",
		text:  "Scotland Yard said MI5 had warned Basij commanders, and Rosgvardia and Tatmadaw units moved, Garda Siochana officers said. Wagner said nothing.",
		spans: []span{{O, "Scotland Yard"}, {P, "Basij"}, {L, "Rosgvardia"}, {P, "Garda Siochana"}, {P, "Wagner"}},
		want: []want{{O, "Scotland Yard", 1}, {O, "MI5", 1}, {O, "Basij", 1}, {O, "Rosgvardia", 1}, {O, "Tatmadaw", 1},
			{O, "Garda Siochana", 1}, {P, "Wagner", 1}},
	}, {
		name:  "firms typed people or missed",
		text:  "Maruti Suzuki and Hero MotoCorp cut output as Naspers, Sime Darby and Adani Ports fell, and Sun Hung Kai Properties rose. Dangote declined to comment.",
		spans: []span{{P, "Maruti Suzuki"}, {P, "Hero MotoCorp"}, {P, "Sime Darby"}, {P, "Adani Ports"}, {O, "Hung Kai Properties"}, {P, "Dangote"}},
		want: []want{{O, "Maruti Suzuki", 1}, {O, "Hero MotoCorp", 1}, {O, "Naspers", 1}, {O, "Sime Darby", 1}, {O, "Adani Ports", 1},
			{O, "Sun Hung Kai Properties", 1}, {P, "Dangote", 1}},
	}, {
		name:  "regional bodies typed places",
		text:  "Officials of ASEAN, APEC and BRICS met as FATF warned. G7 leaders met later.",
		spans: []span{{L, "ASEAN"}, {L, "APEC"}, {L, "BRICS"}, {L, "FATF"}},
		want:  []want{{O, "ASEAN", 1}, {O, "APEC", 1}, {O, "BRICS", 1}, {O, "FATF", 1}},
	}, {
		name:  "a spy service missed, a secretariat typed a place",
		text:  "The report, published by the Inter-Services Intelligence on Friday, reached the Commonwealth Secretariat.",
		spans: []span{{L, "Commonwealth Secretariat"}},
		want:  []want{{O, "Inter-Services Intelligence", 1}, {O, "Commonwealth Secretariat", 1}},
	}})
}

// TestCourtsForcesFirmsBlocsVariants: the nlists3 rows' variants of one
// organization are one entity in an article and one key across articles.
func TestCourtsForcesFirmsBlocsVariants(t *testing.T) {
	O := newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "a full name and its acronym one entity",
		text:  "The Financial Action Task Force met on Friday. FATF members agreed, and the Islamic Revolutionary Guard Corps said the Revolutionary Guards would answer.",
		spans: []span{{O, "Financial Action Task Force"}, {O, "FATF"}, {O, "Islamic Revolutionary Guard Corps"}, {O, "Revolutionary Guards"}},
		want:  []want{{O, "Financial Action Task Force", 2}, {O, "Islamic Revolutionary Guard Corps", 2}},
	}})
	sameKeys(t, O, "name:org:", [][2]string{{"Federal Constitutional Court", "Bundesverfassungsgericht"}, {"Israel Defence Forces", "IDF"},
		{"IRGC", "Revolutionary Guards"}, {"GCHQ", "Government Communications Headquarters"}, {"Garda Síochána", "Garda Siochana"},
		{"ASEAN", "Association of Southeast Asian Nations"}, {"Gulf Cooperation Council", "GCC"}, {"Asian Development Bank", "ADB"},
		{"Shanghai Cooperation Organization", "SCO"}, {"NNPC", "Nigerian National Petroleum Corporation"}, {"CNPC", "China National Petroleum Corp"},
		{"Sun Pharma", "Sun Pharmaceutical Industries"}, {"CP Group", "Charoen Pokphand"}, {"OPCW", "Organization for the Prohibition of Chemical Weapons"},
		{"ONGC", "Oil and Natural Gas Corporation"}, {"SABIC", "Saudi Basic Industries Corp"}, {"NTT", "Nippon Telegraph and Telephone"}, {"Qatar Petroleum", "QatarEnergy"}})
}
