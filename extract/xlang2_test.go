package extract

import "testing"

// Session 20's check of the word lists in the languages of trafilatura's
// evaluation set (issue 12): made-up lines and pages whose chrome only an
// English word list would have told apart.

// xlPortuguese is a made-up three-paragraph story in Portuguese.
var xlPortuguese = []string{
	"A prefeitura anunciou na terça-feira que o mercado municipal vai reabrir na primavera, depois de dois anos de obras que custaram mais do que o previsto.",
	"Os comerciantes do bairro comemoraram a notícia, mas pedem que a prefeitura melhore o estacionamento e o transporte público da região.",
	"A reforma inclui um telhado novo, painéis solares e um espaço para oficinas de culinária abertas aos moradores nos fins de semana.",
}

// TestXLangCommentModeration: a comment section's note that comments are
// moderated, in Portuguese (as on autoracing.com.br, news-pages: "não
// serão aprovados pelo moderador"), German, French, Spanish, Italian and
// Dutch, goes as "Comments are moderated" does (commentRules).
func TestXLangCommentModeration(t *testing.T) {
	notes := []string{
		"ATENÇÃO: Comentários com ofensas ou fora do tema não serão aprovados pelo moderador.",
		"Os comentários são moderados e podem demorar a aparecer.",
		"Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.",
		"Ihr Kommentar wird vom Moderator freigeschaltet.",
		"Les commentaires sont soumis à modération avant publication.",
		"Los comentarios están sujetos a moderación.",
		"I commenti sono soggetti a moderazione.",
		"Reacties worden gemodereerd voordat ze worden geplaatst.",
	}
	for _, l := range notes {
		if !isBoilerplate(paragraph{text: l}) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	runAudit(t, []auditPage{
		{
			name:    "Portuguese post with the moderator's note",
			doc:     xlChromePost("pt", "O mercado", xlPortuguese, notes[:1]),
			want:    xlPortuguese,
			wantNot: []string{"moderador"},
		},
		{
			name:    "German post with the moderation note",
			doc:     xlChromePost("de", "Der Garten", xlGerman, notes[2:3]),
			want:    xlGerman,
			wantNot: []string{"freigeschaltet"},
		},
		{
			name:    "English twin",
			doc:     xlChromePost("en", "The market", xlGerman, []string{"Comments are moderated and may take a while to appear."}),
			want:    xlGerman,
			wantNot: []string{"moderated"},
		},
	})
}
