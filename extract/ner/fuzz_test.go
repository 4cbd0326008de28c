package ner

import (
	"testing"
	"unicode/utf8"
)

// FuzzEntities feeds the tagger arbitrary text: it never panics, and every
// entity it returns keeps the contract (valid type, count, mentions whose
// code-point offsets give back their text, in order).
func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"",
		"Angela Merkel met Emmanuel Macron in Paris.",
		"Macron’s ‘plan’ can't? won't! \u201cEU\u201d",
		"\x00\x01 Berlin \u202e\u0645\u0631\u062d\u0628\u0627 🇫🇷 Paris\u200b",
		"Ursula von der Leyen, von der Leyen, de Gaulle's",
		"((((((((((((((((((((((((((((",
		// The seventh document pass's rules at the text's edges: listed
		// outlets and groups (tagged, untagged, after "the" at the end),
		// section labels, descriptors, products, report cues.
		"according to the",
		"according to Bloomberg",
		"The Guardian\nWorld News\nWorld News:",
		"the New York\nNews",
		"NEW YORK (Reuters) - Drugmaker\nRetailer",
		"al\nShabaab al Shabaab: Boko Haram",
		"Zorbco Vision Pro\nApple Watch Series",
		"published by Prensa Latina",
		"Ms Forbes\nMr",
		"Quelp, Israel",
		// The eleventh pass's (spans and joins) at the text's edges.
		"Dana Quill/AFP/Getty Images\nQuill/\n/AFP/",
		"Obama… Christie…\n…",
		"HD THE ZORB INC. 1.0 -5%\nZB INC. %",
		"the S&P 500\nS&P",
		"a Romney TV ad\nTV",
		// The twelfth pass's (spans and joins) at the text's edges.
		"by Dana Quill Published\nPublished Nov.",
		"the Quill Administration\nAdministration",
		"-Dana Quill\n—Rob\n-",
		"The Zorb Press\nThe\nThe Press",
		// doc26's rules at the text's edges: datelines with no agency
		// (lineDateline), employers before a job (addEmployerSpans),
		// venues (groundVenuesAsPlaces), US bodies' and listed parts' keys.
		"BOSTON —",
		"BOSTON — \nWIGAN,",
		"WIGAN, England 1996-08-31",
		"WIGAN, England Ünïcode 1996-08-3١",
		"Zorbush analyst\nZorbush chief",
		"Quelb Capital chief executive Dan",
		"at the Zorbis Arena\nArena Park",
		"the U.S. Senate\nUS",
		"Amazon Music Quillo\nAmazon",
		// doc27's rules at the text's edges, and runs of their marks:
		// a kind's noun (cutLeadKindNoun, afterSentenceDot), portfolios
		// (joinPortfolioLists), the Arabic article, initials joined by
		// "&", names in the possessive (possessiveFirmWords).
		"Newspaper",
		"Newspaper Tagesspiegel",
		"Ber. Newspaper Tagesspiegel\n.\nUnion",
		"the Ministry of Trade,",
		"the Ministry of Trade, Industry,",
		"the Ministry of Trade, Industry, and",
		"Ministry of Trade and\nUrban-Rural-",
		"Ministry of Trade, , , , and Energy",
		"Al",
		"Al Hilal\nEl\u00a0Nassr Al",
		"AT&T",
		"&",
		"A&&B &T& QZE&G\nQZE&G Inc.",
		"QZE&G & & & QZ&\u00c9",
		"Lowe's",
		"Lowe's was\nLowe\u2019s stores",
		"'s 's 's 's",
		"Zorb's's's was 's",
		"Crohn's disease\nCrohn's",
		// doc28's rules at the text's edges: a body's list after its head
		// word and connective (joinHeadedLists) or before it
		// (joinLeadingLists), "HEAD of the" (addHeadOfNameSpans,
		// headOfTheName), a group's name over a connective
		// (joinGroupConnectiveNames), two firms' names run together
		// (joinFirmPairNames), a member body's name in apposition
		// (memberAppositionsAsOrganizations).
		"the Fund to",
		"the Fund to Fight AIDS, Tuberculosis and",
		"the Fund to Fight AIDS, , and Malaria\nand",
		"Fund for Ünïcode, Écoles and Œuvres",
		", Forestry, Mining and Energy Union",
		"Construction, Forestry, and Union",
		"the Office of",
		"Zorbco's Office of the",
		"'s Party of the Revolution",
		"group Open Justice on",
		"research firm Open Justice for the",
		"group Ünïcode in",
		"Zorbco Morgan Stanley Securities",
		"Zorbco Inc.\nMorgan Stanley Inc.",
		"party, Zorbakutik,",
		", Zorbakutik,",
		"union group, Ünïcode, said",
	} {
		f.Add(s)
	}
	tg, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			// Texts reach the tagger as valid UTF-8 (the processor replaces
			// invalid bytes); the tagger must still not panic on others.
			tg.Entities(text)
			return
		}
		checkEntities(t, text, tg.Entities(text))
	})
}
