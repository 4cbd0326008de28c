package ner

// topics answers, for one article, the tests of what the article is about
// that rules ask (sportsDoc, sportsText, sportsTalk, spaceText,
// motorRacingText, leagueText, leagueReport), each once and only when a rule first asks: most
// articles hold no mention that makes a rule ask. buildEntities makes one
// per article and hands it to every rule that asks; a new test is one
// field and one method here.
type topics struct {
	toks []token
	// Per test: 0 not asked yet, 1 the article is so, -1 not.
	sportsDocs, sportsTexts, sportsTalks, spaceTexts, motorRacingTexts, leagueTexts, leagueReports int8
}

// ask answers test over the article's tokens, by *memo once it is set.
func (a *topics) ask(memo *int8, test func([]token) bool) bool {
	if *memo == 0 {
		*memo = -1
		if test(a.toks) {
			*memo = 1
		}
	}
	return *memo == 1
}

func (a *topics) sportsDoc() bool       { return a.ask(&a.sportsDocs, sportsDoc) }
func (a *topics) sportsText() bool      { return a.sportsTalk() && a.ask(&a.sportsTexts, sportsText) } // sportsText asks sportsTalk first
func (a *topics) sportsTalk() bool      { return a.ask(&a.sportsTalks, sportsTalk) }
func (a *topics) spaceText() bool       { return a.ask(&a.spaceTexts, spaceText) }
func (a *topics) motorRacingText() bool { return a.ask(&a.motorRacingTexts, motorRacingText) }
func (a *topics) leagueText() bool      { return a.ask(&a.leagueTexts, leagueText) }
func (a *topics) leagueReport() bool    { return a.ask(&a.leagueReports, leagueReport) }
