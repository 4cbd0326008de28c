package extract

import "strings"

// maxConsentChars is the longest line embedConsent reads.
const maxConsentChars = 400

// embedConsent reports whether l, a lower-cased line of at most
// maxConsentChars, is a placeholder's text where a page holds back an
// embedded post, video or map until the reader consents to a third
// party's content: German news sites set one wherever an embed stood
// ("Empfohlener redaktioneller Inhalt", "An dieser Stelle finden Sie
// einen externen Inhalt von YouTube, der den Artikel ergänzt.", "Ich bin
// damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit
// können personenbezogene Daten an Drittplattformen übermittelt werden.",
// "Inhalte von X immer anzeigen"), as the GDPR asks, inside the
// article's text; English sites more rarely ("This content is not
// available due to your privacy preferences."). Where no class names the
// placeholder ("consent"), its lines read as short paragraphs of the
// story.
func embedConsent(l string, lists uint8) bool {
	if len(l) > maxConsentChars {
		return false
	}
	if lists&lineConsent != 0 {
		return true
	}
	// "Inhalte von YouTube immer anzeigen", "Immer Inhalte von X laden".
	return strings.Contains(l, "inhalte von ") && (strings.HasSuffix(l, "immer anzeigen") || strings.HasSuffix(l, "immer laden") ||
		strings.HasPrefix(l, "immer "))
}

// consentWords are the phrases of an embed's consent placeholder, in
// German, English, French, Spanish, Italian and Dutch; lineSet finds
// them (lineConsent).

var consentWords = []string{"empfohlener redaktioneller inhalt", "empfohlener externer inhalt", "externer inhalt",
	"externen inhalt anzeigen", "externen inhalt laden", "externe inhalte angezeigt", "externe inhalte anzeigen",
	"einen externen inhalt von", "einen externen inhalt der", "an drittplattformen übermittelt",
	"an drittanbieter übermittelt", "mit einem klick anzeigen lassen", "inhalte von drittanbietern",
	"mehr dazu in unserer datenschutzerklärung", "mehr dazu in unseren datenschutzhinweisen",
	"due to your privacy preferences", "to third-party platforms", "allow third-party content",
	"third-party content is blocked", "show external content", "load external content",
	// French, Spanish, Italian and Dutch.
	"contenu externe", "contenus externes", "afficher le contenu", "contenido externo", "mostrar contenido externo",
	"contenuto esterno", "contenuti esterni", "externe inhoud", "externe content laden"}
