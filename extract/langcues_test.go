package extract

import "testing"

// Made-up German lines (and their twins in the other languages where a
// list already held some) whose English counterparts the word lists took
// and they did not (issue 12: the held-out benchmark is mostly German).

// boilerplateCases checks that each line of drop is boilerplate and each
// of keep is not.
func boilerplateCases(t *testing.T, drop, keep []string) {
	t.Helper()
	for _, l := range drop {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, l := range keep {
		if isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = true, want false", l)
		}
	}
}

// TestGermanScriptNotices: a German player's or widget's notice that it
// needs JavaScript, wherever the words stand in it (scriptNoticeWords);
// a sentence of a story on browsers stays.
func TestGermanScriptNotices(t *testing.T) {
	boilerplateCases(t, []string{
		"Für dieses Video muss JavaScript aktiviert sein.",
		"JavaScript ist in Ihrem Browser deaktiviert.",
		"Um diesen Inhalt zu sehen, aktivieren Sie bitte JavaScript.",
		"Die Karte wird geladen. Bitte JavaScript einschalten.",
	}, []string{
		"Der neue Browser lädt Seiten mit viel Skriptcode deutlich schneller als sein Vorgänger, sagte der Entwickler.",
	})
}

// TestGermanUILabels: a German page's buttons and links for its cookie
// settings, skip links, e-mail share and follow prompt, left as lines of
// their own (uiLabels), and their French, Spanish, Italian, Dutch and
// Portuguese twins; a sentence that opens with the same words stays.
func TestGermanUILabels(t *testing.T) {
	boilerplateCases(t, []string{
		"Cookie-Einstellungen", "Datenschutz-Einstellungen", "Zur Navigation springen", "E-Mail", "Folgen Sie uns:",
		"Paramètres des cookies", "Suivez-nous", "Configuración de cookies", "Síguenos", "Impostazioni dei cookie",
		"Seguici", "Cookie-instellingen", "Volg ons", "Siga-nos",
	}, []string{
		"Folgen Sie uns in die Altstadt, wo der Verein seit zwanzig Jahren einen Garten für die Nachbarschaft pflegt.",
	})
}

// TestGermanMeterNotes: a German paywall's "Schon Abonnent?" prompt, alone
// or before its sign-in link (meterNotes), as "Already a subscriber?".
func TestGermanMeterNotes(t *testing.T) {
	boilerplateCases(t, []string{
		"Schon Abonnent?", "Sie sind bereits Abonnent? Hier anmelden", "Bereits abonniert? Jetzt einloggen",
	}, []string{
		"Wer bereits Abonnent ist, zahlt ab Januar zwei Euro mehr im Monat, teilte der Verlag am Montag mit.",
	})
}

// TestGermanFilingLabels: a German post's filing notes under other labels
// than WordPress's: a news site's "Rubrik:" and "Themen:" (as "Category:"
// and "Topics:"), alone or in a line of notes split by "|", and the French, Spanish, Italian and Dutch twins of
// "Topics:"; a sentence that names a section stays.
func TestGermanFilingLabels(t *testing.T) {
	boilerplateCases(t, []string{
		"Rubrik: Lokales", "Themen: Brücke, Stadtrat, Verkehr", "Von Jana Roth | Rubrik: Lokales",
		"Sujets : pont, conseil municipal", "Temas: puente, ayuntamiento", "Argomenti: ponte, consiglio comunale",
		"Onderwerpen: brug, gemeenteraad",
	}, []string{
		"Themen wie der Neubau der Brücke und die Radwege bestimmten die Sitzung des Stadtrats am Dienstagabend.",
	})
}
