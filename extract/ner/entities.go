package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
)

// misc is the internal type of CoNLL's MISC class (nationalities, events,
// ...): learnt by the model, never emitted.
const misc newsner.EntityType = "MISC"

// tspan is a tagged run of tokens [t0,t1) of one type, before document-level
// clean-up.
type tspan struct {
	typ    newsner.EntityType
	t0, t1 int
}

// mention is a cleaned-up span on its way into an entity.
type mention struct {
	typ    newsner.EntityType
	t0, t1 int
	key    string // lower-cased surface, quotes folded: groups repeats
	words  []string
	m      newsner.Mention
	// placeCtx, on a group's first mention, is set when a mention of the
	// group stands where a place does (placeContext).
	placeCtx bool
	// place is set on a mention placesAsPlaces made a place: unifyTypes
	// leaves its type.
	place bool
	// firm is set on a one-word mention of a firm that bears a surname of
	// the article's people (surnameFirms): abbreviates keeps it apart from
	// the person.
	firm bool
}

// buildEntities turns tagged spans over toks into the article's entity list:
// one entry per distinct entity, mentions in text order, entities ordered by
// first mention. Never nil.
func buildEntities(text string, toks []token, spans []tspan) []newsner.Entity {
	about := &topics{toks: toks}
	spans = lineSpans(text, toks, spans)
	spans = joinPossessiveNames(toks, spans)
	spans = splitOpenBrackets(toks, spans)
	spans = splitAtEllipsis(toks, spans)
	spans = cutAdMedium(toks, spans)
	spans = joinNamesakeHeads(text, toks, spans)
	spans = joinSuffixLeads(text, toks, spans)
	spans = joinLeadInitials(text, toks, spans)
	spans = joinSentenceLead(text, toks, spans)
	spans = namesakeHeadsInSpan(toks, spans)
	spans = joinPeerNames(toks, spans)
	spans = joinParticleNames(toks, spans)
	spans = joinRoleFirstNames(toks, spans)
	spans = splitAtPositions(toks, spans, about)
	spans = splitAtInnerTitles(toks, spans)
	spans = splitSpeakerTail(text, toks, spans)
	spans = splitSpeakerOfOrg(toks, spans)
	spans = cutPortfolioWords(toks, spans)
	spans = splitCountryPortfolios(toks, spans)
	spans = cutBrandProducts(toks, spans)
	spans = cutAdministration(toks, spans)
	spans = cutBylineStamps(toks, spans)
	spans = splitListedNames(text, toks, spans)
	spans = splitListedPair(text, toks, spans)
	spans = splitRunTogetherNames(toks, spans)
	spans = joinOfNames(toks, spans)
	spans = completeDanglingNames(text, toks, spans)
	spans = joinRomanceBodyNames(toks, spans)
	spans = joinSecondOfNames(toks, spans)
	spans = joinAdjectiveTails(toks, spans)
	spans = joinUnionBodies(toks, spans)
	spans = joinAirlineNames(toks, spans)
	spans = joinMiscAndBody(toks, spans)
	spans = joinPurposeNames(toks, spans)
	spans = joinPurposeRuns(text, toks, spans)
	spans = joinCommaFirmNames(toks, spans)
	spans = joinOfAndPlurals(toks, spans)
	spans = joinPluralPossessives(toks, spans)
	spans = joinLeadMembersPossessive(toks, spans)
	spans = joinDemonymAcronyms(toks, spans)
	spans = joinPlaceAcronymBodies(toks, spans)
	spans = joinAndNames(toks, spans)
	spans = joinAndSuffixNames(toks, spans)
	spans = joinAndHeadTails(toks, spans)
	spans = joinCommaListNames(toks, spans)
	spans = joinPortfolioLists(toks, spans)
	spans = joinHeadedLists(toks, spans)
	spans = joinLeadingLists(toks, spans)
	spans = cutLeadFameWords(toks, spans)
	spans = joinPersonFirmNames(toks, spans)
	spans = joinSportBodyPlaces(toks, spans)
	spans = joinBinNames(toks, spans)
	spans = joinPlaceFirmNames(toks, spans)
	spans = joinFirmPairNames(text, toks, spans)
	spans = joinDemonymBodies(toks, spans)
	spans = joinDemonymForces(toks, spans)
	spans = joinOutletNames(toks, spans)
	spans = joinShortSurnames(text, toks, spans)
	spans = capsOutletSpans(toks, spans)
	spans = addListedOrgSpans(text, toks, spans)
	spans = addListedPersonSpans(toks, spans)
	spans = addListedPlaceSpans(text, toks, spans, about)
	spans = followLineSpans(toks, spans, lineOf(text, toks)) // after addListedOrgSpans, which adds the networks
	spans = splitAtInnerThe(toks, spans)
	spans = splitAtInnerVerb(toks, spans)
	spans = splitAtSentenceStop(toks, spans)
	spans = cutLeadAdverbs(text, toks, spans)
	spans = cutPastInitial(toks, spans)
	spans = cutTrailingNouns(toks, spans)
	spans = splitAtSuffixStop(text, toks, spans)
	spans = splitAtInnerPossessive(toks, spans)
	spans = splitSharedHeadPair(toks, spans)
	spans = splitChamberMembers(toks, spans)
	spans = addChamberSpans(text, toks, spans)
	spans = addHouseSpans(toks, spans)
	spans = addBodyTitleSpans(toks, spans)
	spans = joinPortOfNames(toks, spans)
	spans = addSlashPairSpans(toks, spans)
	spans = addSiteSpans(toks, spans)
	spans = splitCountryOrgs(toks, spans)
	spans = splitCountryStopFirms(toks, spans)
	spans = cutCountryOlympic(toks, spans)
	spans = joinUSBodies(toks, spans)
	spans = addSpaceBodySpans(text, toks, spans, about)
	spans = addCompassRegionSpans(toks, spans)
	spans = addNicknameSpans(toks, spans, about)
	spans = addLeagueAcronymSpans(toks, spans, about)
	spans = addLeagueTableSpans(text, toks, spans)
	spans = addLeagueHeadlineSpans(text, toks, spans, about)
	spans = addCuedCompanySpans(text, toks, spans)
	spans = addCamelNameSpans(text, toks, spans)
	spans = addSuffixHeadSpans(text, toks, spans)
	spans = addOrAcronymSpans(text, toks, spans)
	spans = addNamedAcronymSpans(toks, spans)
	spans = addAmpersandInitialsSpans(toks, spans)
	spans = addJoinedNameSpans(toks, spans)
	spans = addHeadNameSpans(text, toks, spans)
	spans = addTradeNounSpans(text, toks, spans)
	spans = addTradeRunSpans(text, toks, spans)
	spans = cutLeadTradeWords(text, toks, spans)
	spans = addAppositionSpans(text, toks, spans)
	spans = addFounderOfSpans(toks, spans)
	spans = addRegulatorNameSpans(toks, spans)
	spans = addForNameSpans(toks, spans)
	spans = addHeadOfNameSpans(toks, spans)
	spans = addConnectiveLeadSpans(text, toks, spans)
	spans = addHolderOfficeSpans(toks, spans)
	spans = addDamSpans(toks, spans)
	spans = splitPartyLeaderNames(toks, spans)
	spans = addItsVerbSpans(text, toks, spans)
	spans = addListedOrgBeforeTitle(text, toks, spans)
	spans = addRepeatSpans(text, toks, spans)
	spans = joinPossessiveFirmNames(toks, spans)
	spans = addAcronymExpansionSpans(text, toks, spans)
	spans = extendWatchedEmployers(toks, spans)
	spans = addAccordingToSpans(text, toks, spans)
	spans = addPublicationSpans(toks, spans)
	spans = mediaWordSpans(toks, spans)
	spans = addGroupNameSpans(text, toks, spans)
	spans = joinGroupConnectiveNames(toks, spans)
	spans = addAffiliationSpans(text, toks, spans)
	spans = addEmployerSpans(text, toks, spans)
	spans = splitAtLoneSuffixStop(text, toks, spans)
	spans = cutCountNouns(text, toks, spans, about)
	spans = addMarkedListSpans(text, toks, spans)
	ms := make([]*mention, 0, len(spans))
	poss := docPossessives(toks, spans)
	poss = possessiveFirmWords(poss, toks, spans)
	lower := lowerWords(text, toks)
	spans = cutLeadCommonWords(text, toks, spans, lower)
	for _, s := range spans {
		if s.typ == newsner.Person && s.t1-s.t0 > 1 {
			// "Ginger" of "Ginger Nut": a word of a person's name is a
			// name on its own too.
			lower[strings.ToLower(toks[s.t0].Text)] = "name"
			lower[strings.ToLower(toks[s.t1-1].Text)] = "name"
		}
	}
	var nameEnds map[string]bool // lastWords(spans), made at pluralSubjectStart's first use
	words := &wordSpans{toks: toks, spans: spans}
	heads := &titleLines{text: text, toks: toks}
	for i, s := range spans {
		marked := markedListSpan(text, toks, s) // kept as listed: brackets, slash and all
		ok := true
		if !marked {
			s = possessiveOrg(text, toks, s, poss)
			s, ok = cleanSpan(text, toks, s, poss)
		}
		if !ok {
			continue
		}
		if !marked && commonNounStart(text, toks, s, lower) || loneCommonStart(text, toks, s, words, lower) || commonWordCut(text, toks, s) || commonPluralPhrase(text, toks, s, lower) || commonPhraseHeading(toks, s, heads) || sectionLabel(text, toks, s.t0, s.t1) || pluralSubjectStart(text, toks, s, &nameEnds, spans, about) {
			continue
		}
		if !marked {
			s = cutLeadVerb(text, toks, s, lower)
			s = cutLeadDescriptor(text, toks, s)
			s = cutLeadKindNoun(text, toks, s)
			s = cutPartyAdjective(toks, s)
			s = possessiveOrg(text, toks, s, poss) // again after the cuts: "Rival Lowe" is "Lowe" of "Lowe's"
		}
		next := len(toks)
		if i+1 < len(spans) {
			next = spans[i+1].t0
		}
		var credits []*mention
		cut := -1
		if !marked {
			credits = slashMentions(text, toks, s, next)
			s, cut = cutGluedBracket(toks, s)
			s, cut = cutSlash(text, toks, s, cut)
		}
		cut = cutEllipsis(toks, s, cut)
		if s.t1 <= s.t0 {
			continue
		}
		m := &mention{typ: s.typ, t0: s.t0, t1: s.t1}
		for k := s.t0; k < s.t1; k++ {
			m.words = append(m.words, strings.ToLower(toks[k].Text))
		}
		first := toks[s.t0]
		end, bend := mentionEnd(text, toks, s, poss)
		if cut >= 0 {
			last := toks[s.t1-1]
			m.words[len(m.words)-1] = strings.ToLower(last.Text[:cut])
			end, bend = last.Start+utf8.RuneCountInString(last.Text[:cut]), last.BStart
			for r := utf8.RuneCountInString(last.Text[:cut]); r > 0; r-- {
				_, n := utf8.DecodeRuneInString(text[bend:])
				bend += n
			}
		}
		start, bstart := first.Start, first.BStart
		if d := leadDashes(first.Text); d > 0 && (cut < 0 || s.t1-s.t0 > 1) {
			// "-Jane Quimbly", a sign-off: the dash is no part of the name.
			start, bstart = start+utf8.RuneCountInString(first.Text[:d]), bstart+d
			m.words[0] = strings.ToLower(first.Text[d:])
		}
		m.key = strings.Join(m.words, " ")
		if m.typ == newsner.Organization && len(m.words) > 1 && m.words[0] == "the" {
			m.key = strings.Join(m.words[1:], " ") // "The Times" and "the Times"
		}
		if n := len(m.words); n > 1 && isPossessive(m.words[n-1]) {
			m.key = strings.Join(m.words[:n-1], " ") // "Moody's" with its "'s" and without
		}
		// A full stop at the end is no part of what groups mentions: "Junius
		// Ho." at a sentence's end (prose keeps it in the token) is the
		// "Junius Ho" of the next, "Acme Co." is "Acme Co".
		m.key = strings.TrimSuffix(m.key, ".")
		if bend <= bstart || !hasLetter(text[bstart:bend]) {
			// The cuts left no name: "AA ,(A" cut at its glued bracket
			// (fuzz input; an empty entity came out).
			ms = append(ms, credits...)
			continue
		}
		m.m = newsner.Mention{Start: start, End: end, Text: text[bstart:bend]}
		ms = append(ms, m)
		ms = append(ms, credits...)
	}
	listPeersAsOrganizations(ms, toks)
	gluedNamesAsNone(ms, toks)
	lettersAsNone(ms)
	tickersAsNone(ms, toks)
	portfoliosAsNone(ms, toks)
	indexesAsMisc(ms, toks)
	rankingsAsMisc(ms, toks)
	indexWordsAsMisc(ms, toks)
	leaguesAsMisc(ms, toks)
	sportSlugsAsMisc(text, ms, toks)
	venuesAsPlaces(ms)
	facilityNounPlaces(ms, toks)
	facilityListPlaces(ms, toks)
	shoalBanksAsPlaces(ms, toks)
	awardsAndTermsAsMisc(ms, toks)
	placesAsPlaces(ms, toks)
	geoNounsAsPlaces(ms, toks)
	geoKnownAsPlaces(ms, toks)
	regionGroupNamesAsPlaces(ms, toks)
	hyphenPlacesAsPlaces(ms, toks)
	arabicPlacesAsPlaces(ms, toks)
	pairsAsMisc(ms)
	spaceBodiesAsPlaces(ms, toks, about)
	cosmicWordsAsNone(ms, toks, about)
	colourListsAsNone(ms, toks)
	colourAdjectivesAsNone(text, ms, toks)
	craftShortNamesAsMisc(ms, toks, about)
	namedBodiesAsPlaces(ms, toks)
	datelinesAsPlaces(text, ms, toks)
	stateCodesAsPlaces(ms, toks)
	countriesAsPlaces(ms, lower)
	placesBeforeTitles(ms, toks)
	leadersAsPeople(ms, toks)
	clubsAsClubs(ms, toks, about)
	unknownPlacesAsTeams(ms, toks, about)
	unknownNamesAsOpponents(ms, toks, about)
	clubsAsOpponents(ms, toks, about)
	clubsAfterScores(ms, toks, about)
	f1TeamsAsTeams(ms, toks, about)
	schoolSidesAsTeams(ms, toks)
	teamsAsTeams(text, ms, toks, about)
	standingsRivalsAsTeams(text, ms, toks, about)
	leagueTownsAsTeams(text, ms, toks, about)
	townPossessivesAsTeams(ms, toks, about)
	mediaAsOrganizations(ms, toks)
	disclaimerOwnersAsOrganizations(ms, toks)
	listedAsOrganizations(ms, toks)
	arabicArticleListedAsOrganizations(ms)
	aliasAcronymsAsOrganizations(ms, toks, about)
	brandsAsOrganizations(ms, toks, lower)
	reportedAsOrganizations(ms, toks)
	cuedAsOrganizations(ms, toks)
	regulatorNamesAsOrganizations(ms, toks)
	saidItAsOrganizations(ms, toks)
	ownedAsOrganizations(ms, toks)
	boughtAsOrganizations(ms, toks, about)
	acronymPlacesAsOrganizations(ms)
	saidItsAsOrganizations(ms, toks)
	ampersandNamesAsOrganizations(ms)
	activistsAsOrganizations(ms, toks)
	familyNamesAsPeople(ms, toks)
	bodyAppositionsAsOrganizations(ms, toks)
	bareBodyAppositionsAsOrganizations(ms, toks)
	memberAppositionsAsOrganizations(ms, toks)
	appositionsAsOrganizations(ms, toks)
	tradeNamesAsOrganizations(ms, toks)
	placeBodyAppositionsAsOrganizations(ms, toks)
	mergerPartnersAsOrganizations(ms, toks)
	runByAsOrganizations(ms, toks)
	jointVenturesAsOrganizations(ms, toks)
	saidItsPlacesAsOrganizations(ms, toks)
	academicsAtAsOrganizations(ms, toks)
	matchPairsAsClubs(ms, toks)
	customersAsOrganizations(ms, toks)
	sharesSubjectsAsOrganizations(ms, toks)
	ledByInvestors(ms, toks)
	namesBeforeUnionAsOrganizations(ms, toks)
	labelNamesAsOrganizations(ms, toks)
	sitesAsPlaces(ms, toks)
	sitesOfCommodityListsAsPlaces(ms, toks)
	whichAsOrganizations(ms, toks)
	teamNamesAsOrganizations(ms, toks)
	acronymsOfBodiesAsOrganizations(ms, toks)
	portsAsPlaces(ms, toks)
	golfClubsAsPlaces(ms, toks)
	allianceNamesAsOrganizations(ms, toks)
	ownedNamesAsOrganizations(ms, toks)
	partyNamesAsOrganizations(ms, toks)
	knownAsOrganizations(ms, toks)
	orAliasesAsOrganizations(ms, toks)
	knownAsPeople(ms, toks)
	webCompaniesAsOrganizations(ms, toks)
	coordinatedAsOrganizations(ms, toks)
	coordinatedMoversAsOrganizations(ms, toks)
	resultsReportersAsOrganizations(ms, toks)
	listedCompaniesAsOrganizations(ms, toks)
	chainsAsOrganizations(ms, toks)
	townCompaniesAsOrganizations(ms, toks)
	orListedCompaniesAsOrganizations(ms, toks)
	coordinatedLongNamesAsOrganizations(ms, toks)
	unknownPlacesAsOrganizations(ms, toks)
	countryOwnedAsOrganizations(ms, toks)
	headedAsOrganizations(ms, toks, about)
	techSchoolsAsOrganizations(ms, toks)
	leadWordsAsOrganizations(ms, toks)
	cuedAsPeople(ms, toks)
	listedLeadersAsPeople(ms, toks)
	kinNamesAsPeople(ms, toks)
	creditLinePeople(ms, toks)
	ownersAsPeople(ms, toks)
	authorsAsPeople(ms, toks)
	bracketedAfterPeople(ms, toks)
	affiliationsAsOrganizations(ms, toks)
	worksAndVesselsAsMisc(ms, toks)
	listedWorksAsMisc(ms, toks)
	demonymLeaguesAsMisc(ms, toks, about)
	wasMisc := miscMentions(ms)
	acting := &actingCompanies{ms: ms, toks: toks}
	productsBeforeNounsAsMisc(ms, toks, acting)
	ownedProductsAsMisc(ms, toks)
	versionedNamesAsMisc(text, ms, toks, about, acting)
	companysThingsAsMisc(ms, toks, acting)
	ownedThingsAsMisc(ms, toks, acting)
	softwareAsMisc(ms, toks, acting)
	listedProductsNeighboursAsMisc(ms, toks, cuedProducts(ms, wasMisc), acting)
	modelWordsAsMisc(ms, toks)
	madeProductsAsMisc(ms, toks)
	productNamedAsMisc(ms, toks, acting)
	modelCodesAsMisc(text, ms, toks, about, acting)
	quotedTitlesAsMisc(ms, toks)
	stormsAsMisc(ms, toks)
	calledThingsAsMisc(ms, toks)
	acronymsOfMiscAsMisc(ms, toks)
	namesakesAsOrganizations(ms)
	placesBesidePlaces(ms, toks, about)
	publicationsAsOrganizations(ms, toks)
	chambersAsOrganizations(ms)
	pluralsAsMisc(ms, toks, about)
	peoplesAsMisc(ms)
	countiesAsPlaces(ms, toks, about)
	placeAdjectivesAsPlaces(ms, toks, about)
	placesStartingEventsAsMisc(ms, toks)
	partyAdjectivesAsMisc(ms, toks)
	thingsAfterArticleAsMisc(ms, toks, about)
	awardHeadsAsMisc(ms)
	termHeadsAsMisc(ms)
	heroTitlesAsMisc(ms, toks)
	listedBeforeEventsAsMisc(ms, toks)
	standingLeaguesAsMisc(ms, toks)
	mediaWordsAsOrganizations(ms, toks)
	unifyTypes(ms)
	surnamesAsPeople(ms, toks)
	surnameFirms(ms, toks)
	groups := addListedVariants(text, toks, joinVariants(groupMentions(ms, toks), toks))
	groups = joinMiddleNames(groups)
	groups = joinSpellingVariants(groups)
	groups = joinCountyNames(groups)
	groups = joinStateNicknames(groups)
	groups = joinTeamTowns(groups, toks, about)
	groups = joinTownNicknames(groups, about)
	groups = joinPeopleByInitials(groups)
	groups = joinAcronymAppositions(groups, toks)
	groups = joinMisspeltSurnames(groups)
	groups = joinClippedTeamNames(groups, toks, about)
	groups = productsAsMisc(groups, toks)
	groups = listedProductsAsMisc(groups)
	groups = eventsAsMisc(groups, toks)
	facilitiesAsPlaces(groups, toks, about)
	groundVenuesAsPlaces(groups, toks)
	groups = joinFormalPlaces(groups, toks)
	groups = joinCityDistricts(groups, toks)
	out := make([]newsner.Entity, 0, len(groups))
	keyed := map[string]int{}     // type and key -> index in out
	laterKeys := map[int]string{} // index in out -> its key as a city or a state, or a chamber (keyUnlessTaken)
	for _, g := range groups {
		if !g[0].typ.Valid() {
			continue
		}
		e := newsner.Entity{Type: g[0].typ, Mentions: make([]newsner.Mention, 0, len(g))}
		forms := make([]string, 0, len(g))
		for _, m := range g {
			e.Mentions = append(e.Mentions, m.m)
			forms = append(forms, m.m.Text)
		}
		e.Text = fullestForm(forms)
		if vesselName(e.Text) {
			continue // a ship or spacecraft, MISC in CoNLL-2003
		}
		e.Key = entityKey(e.Type, e.Text, forms)
		if k, name := listedPartKey(e.Type, e.Text, e.Key, g); k != "" {
			e.Key, e.Text = k, name // "Amazon" of "Amazon Music Unlimited" is the listed Amazon
		}
		laterKey := cityOrStateKey(e.Type, e.Text, e.Key, g, toks)
		if laterKey == "" {
			laterKey = lowerHouseKey(e.Type, e.Text, e.Key, toks)
		}
		if laterKey == "" {
			laterKey = presidentSurnameKey(e.Type, e.Text, e.Key, g, toks)
		}
		if k := teamNicknameKey(e.Type, forms); k != "" && about.sportsDoc() {
			// "the Eagles" of a sports report alone is the listed team.
			e.Key = k
		}
		if i, ok := keyed[string(e.Type)+"\x00"+e.Key]; ok {
			// Two entries, one thing: "Ceres Robotics" and "Ceres Robotics
			// Inc" (the key leaves legal suffixes out) that no join made one.
			d := &out[i]
			d.Mentions = append(d.Mentions, e.Mentions...)
			d.Text = fullestForm([]string{d.Text, e.Text})
			sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
			d.Count = len(d.Mentions)
			continue
		}
		keyed[string(e.Type)+"\x00"+e.Key] = len(out)
		sort.Slice(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
		e.Count = len(e.Mentions)
		if laterKey != "" {
			laterKeys[len(out)] = laterKey
		}
		out = append(out, e)
	}
	keyUnlessTaken(out, laterKeys)
	surnamesAsListedPeople(out)
	middleInitialsOutOfKeys(out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions[0].Start < out[j].Mentions[0].Start })
	return out
}

// typeOrder fixes the order types are considered in, for determinism.
var typeOrder = []newsner.EntityType{newsner.Person, newsner.Location, newsner.Organization, misc}

// unifyTypes makes a name that is tagged a person somewhere in an article
// and something else elsewhere one type throughout: the type most of its
// mentions have (the first mention's type on a tie). Names never tagged a
// person keep each mention's own type: a place is also its team or its
// government ("New York" the dateline, "New York" the ball club), and the
// model reads which from the context (it also sees how the name was tagged
// earlier in the article); forcing one type there cost 0.5 points of F1 on
// CoNLL-2003 dev.
func unifyTypes(ms []*mention) {
	type vote struct {
		n     map[newsner.EntityType]int
		first newsner.EntityType
	}
	votes := map[string]*vote{}
	for _, m := range ms {
		v := votes[m.key]
		if v == nil {
			v = &vote{n: map[newsner.EntityType]int{}, first: m.typ}
			votes[m.key] = v
		}
		v.n[m.typ]++
	}
	for _, m := range ms {
		if m.place {
			continue
		}
		v := votes[m.key]
		total := 0
		for _, n := range v.n {
			total += n
		}
		if v.n[newsner.Person] == 0 || v.n[newsner.Person] == total {
			continue
		}
		best := v.first
		for _, t := range typeOrder {
			if v.n[t] > v.n[best] {
				best = t
			}
		}
		m.typ = best
	}
}

// groupMentions groups mentions into entities: same surface form and type, and short
// forms joined to the full form they abbreviate: a person's surname or other
// part of their name ("Macron" after "Emmanuel Macron"), an organization's
// initials ("ECB" for "European Central Bank"). A short form that could
// belong to several full forms joins the nearest one before it.
func groupMentions(ms []*mention, toks []token) [][]*mention {
	groups := groupBySurface(ms)
	markPlaceContext(groups, toks)
	// Join short forms into full forms, longest full forms first.
	sets := newGroupSets(len(groups))
	idx := newFullForms(groups)
	budget := maxJoinChecks
	for i := range groups {
		cands := idx.candidates(groups[i][0])
		if budget -= len(cands); budget < 0 {
			break
		}
		if j := nearestFullForm(groups, i, cands); j >= 0 && !spouseApart(groups[i], groups[j], toks) && !familyApart(groups[i], groups[j], toks) {
			sets.union(i, j)
		}
	}
	return sets.merge(groups)
}

// maxJoinChecks bounds the comparisons of short forms with full forms in
// one text. A real article makes a few hundred; a hostile text of tens of
// thousands of distinct names sharing their words would make billions
// (every name against every other). Past the bound the remaining short
// forms stay entities of their own.
const maxJoinChecks = 1 << 22

// fullForms indexes the groups a short form may abbreviate (abbreviates),
// so that each short form is compared with the few names it could be
// part of rather than with every name of the text: a person's or an
// organization's name by each of its words (a short form of it holds its
// own first and last words: "Macron", "the Commission", "Andy Warhol
// Foundation"), an organization's by its acronyms ("ECB"; "NDP" of
// "Kenyan National Democratic Party", bodyAcronyms).
type fullForms struct {
	byWord    map[string][]int
	byAcronym map[string][]int
}

func newFullForms(groups [][]*mention) fullForms {
	idx := fullForms{byWord: map[string][]int{}, byAcronym: map[string][]int{}}
	for j, g := range groups {
		h := g[0]
		if h.typ != newsner.Person && h.typ != newsner.Organization {
			continue
		}
		eachUnique(h.words, func(w string) { idx.byWord[w] = append(idx.byWord[w], j) })
		if h.typ == newsner.Organization {
			as := acronymsOf(h.m.Text)
			for k, a := range as {
				if k == 0 || a != as[0] {
					idx.byAcronym[a] = append(idx.byAcronym[a], j)
				}
			}
			for _, a := range bodyAcronyms(h.m.Text) {
				if !slices.Contains(as, a) {
					idx.byAcronym[a] = append(idx.byAcronym[a], j)
				}
			}
		}
	}
	return idx
}

// candidates returns, in increasing order, the groups short may
// abbreviate: a superset of those for which abbreviates holds.
func (idx fullForms) candidates(short *mention) []int {
	sw := withoutThe(short.words)
	if len(sw) == 0 {
		return nil
	}
	// Every kind of short form holds its first word after "the" and its
	// last word: take the rarer.
	cands := idx.byWord[sw[0]]
	if last := idx.byWord[sw[len(sw)-1]]; len(last) < len(cands) {
		cands = last
	}
	if a, ok := acronymForm(short); ok {
		cands = mergeSorted(cands, idx.byAcronym[a])
	}
	return cands
}

// mergeSorted merges two increasing lists of group indexes, each index
// once.
func mergeSorted(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			out, a = append(out, a[0]), a[1:]
		case len(a) == 0 || b[0] < a[0]:
			out, b = append(out, b[0]), b[1:]
		default:
			out, a, b = append(out, a[0]), a[1:], b[1:]
		}
	}
	return out
}

// groupBySurface puts mentions with the same key and type in one group, in
// the order of their first mentions.
func groupBySurface(ms []*mention) [][]*mention {
	type gkey struct {
		key string
		typ newsner.EntityType
	}
	byKey := map[gkey]int{}
	var groups [][]*mention
	for _, m := range ms {
		i, ok := byKey[gkey{m.key, m.typ}]
		if !ok {
			i = len(groups)
			byKey[gkey{m.key, m.typ}] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], m)
	}
	return groups
}

// markPlaceContext marks a place group whose mentions stand where a place
// does ("in Jordan") at least once.
func markPlaceContext(groups [][]*mention, toks []token) {
	for _, g := range groups {
		if g[0].typ != newsner.Location {
			continue
		}
		for _, m := range g {
			if placeContext(toks, m.t0, m.t1, locatives) {
				g[0].placeCtx = true
				break
			}
		}
	}
}

// nearestFullForm returns the group among cands (increasing indexes) with
// more words whose name group i's short form abbreviates, or -1: of several, the one whose first mention is
// nearest before group i's first mention, else the earliest after it.
func nearestFullForm(groups [][]*mention, i int, cands []int) int {
	short := groups[i][0]
	bestJ, bestPos := -1, -1
	surname := false // the best so far ends in the short form
	for _, j := range cands {
		h := groups[j]
		if i == j || len(h[0].words) <= len(short.words) {
			continue
		}
		if !abbreviates(short, h[0]) {
			continue
		}
		if h[0].typ == newsner.Person {
			// A person's surname joins a name it ends rather than one it
			// starts or is inside: "Warhol" is Andy Warhol, not the
			// tagger's "Warhol Polaroids".
			ends := equalWords(h[0].words[len(h[0].words)-len(short.words):], short.words)
			if surname && !ends {
				continue
			}
			if ends && !surname {
				bestJ, bestPos, surname = -1, -1, true
			}
		}
		pos := h[0].m.Start
		if pos < short.m.Start {
			if bestPos < 0 || bestPos > short.m.Start || pos > bestPos {
				bestJ, bestPos = j, pos
			}
		} else if bestJ < 0 || (bestPos > short.m.Start && pos < bestPos) {
			bestJ, bestPos = j, pos
		}
	}
	return bestJ
}

// groupSets records which groups of mentions name one entity: a
// union-find forest over group indexes.
type groupSets []int

func newGroupSets(n int) groupSets {
	s := make(groupSets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// root returns the group that stands for group i's set. Each step points
// the group it passes at its grandparent (path halving), so that later
// walks are short however long a chain of joins grew; the walk is capped
// at one step per group, so a cycle could not make it loop.
func (s groupSets) root(i int) int {
	for n := 0; s[i] != i && n < len(s); n++ {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// union puts group short's set into group full's: the merged entity takes
// the type of full's root.
func (s groupSets) union(short, full int) {
	a, b := s.root(short), s.root(full)
	if a != b {
		s[a] = b
	}
}

// join puts group short's set into group full's (union), making the forest
// for n groups on the first join: most texts join nothing, and then
// allocate nothing.
func (s *groupSets) join(n, short, full int) {
	if *s == nil {
		*s = newGroupSets(n)
	}
	s.union(short, full)
}

// merge joins the groups of each set into one, ordered by the root's index,
// its mentions in group order, every mention typed as the root's first;
// with no sets made (join never called), it returns groups as they are.
func (s groupSets) merge(groups [][]*mention) [][]*mention {
	if s == nil {
		return groups
	}
	merged := make([][]*mention, len(groups))
	for i, g := range groups {
		r := s.root(i)
		for _, m := range g {
			m.typ = groups[r][0].typ
		}
		merged[r] = append(merged[r], g...)
	}
	out := merged[:0]
	for _, g := range merged {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// abbreviates reports whether short is a short form of full.
func abbreviates(short, full *mention) bool {
	switch full.typ {
	case newsner.Person:
		// A contiguous part of the name: "Macron", "von der Leyen". A
		// single word joins if it is the surname even when it was typed
		// differently, unless it is a place typed as one and read as a
		// place somewhere ("in Washington", "Seattle, Washington": the
		// state is not George Washington); other parts only when typed
		// PERSON.
		if short.typ != newsner.Person && !(short.typ.Valid() && len(short.words) == 1 && short.words[0] == full.words[len(full.words)-1]) {
			return false
		}
		if short.typ == newsner.Location && short.placeCtx || short.firm {
			return false
		}
		return containsRun(full.words, short.words)
	case newsner.Organization:
		if sw := withoutThe(short.words); short.typ == newsner.Organization && len(withoutThe(full.words)) > len(sw) &&
			equalWords(full.words[len(full.words)-len(sw):], sw) && startsUpper(short.m.Text) {
			// "the Commission" after "the European Commission", "The
			// Times" after "The New York Times".
			return true
		}
		if n := len(short.words); short.typ == newsner.Organization && n >= 2 && len(full.words) > n+1 && full.m.Start < short.m.Start &&
			orgHeads[short.words[n-1]] && nameLinks[full.words[n]] && equalWords(full.words[:n], short.words) {
			// "Andy Warhol Foundation" after "Andy Warhol Foundation for
			// the Visual Arts": the name up to its head word, once the full
			// name has been given ("Harvard Business School" before "the
			// 'Harvard Business School of Texas'" is not that).
			return true
		}
		if short.typ != newsner.Organization && short.typ.Valid() {
			return false
		}
		s, ok := acronymForm(short)
		return ok && (slices.Contains(acronymsOf(full.m.Text), s) || slices.Contains(bodyAcronyms(full.m.Text), s))
	}
	return false
}

// acronymForm returns a one-word name as the acronym it may be, its full
// stops dropped ("U.N."), if it is of capitals only.
func acronymForm(short *mention) (string, bool) {
	if len(short.words) != 1 {
		return "", false
	}
	s := strings.ReplaceAll(short.m.Text, ".", "")
	return s, utf8.RuneCountInString(s) >= 2 && strings.ToUpper(s) == s
}

// acronymsOf returns the acronyms a name may go by: the capitals that
// start its words, and, for a name of several words, all its capitals
// (the capitals inside a word count too: "SBJ" is "SportsBusiness
// Journal").
func acronymsOf(name string) []string {
	var ini []rune
	fields := strings.Fields(name)
	for _, w := range fields {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			ini = append(ini, r)
		}
	}
	if len(fields) > 1 {
		return []string{string(ini), capitals(name)}
	}
	return []string{string(ini)}
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// containsRun reports whether sub occurs as a contiguous run in words.
func containsRun(words, sub []string) bool {
	for i := 0; i+len(sub) <= len(words); i++ {
		ok := true
		for k := range sub {
			if words[i+k] != sub[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// hasToken reports whether one of toks is w.
func hasToken(toks []token, w string) bool {
	for _, t := range toks {
		if t.Text == w {
			return true
		}
	}
	return false
}

// sameTokens reports whether the n tokens from a on are those from b on.
func sameTokens(toks []token, a, b, n int) bool {
	for j := 0; j < n; j++ {
		if toks[a+j].Text != toks[b+j].Text {
			return false
		}
	}
	return true
}

// isNumber reports whether s is all ASCII digits.
func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isYear reports whether s is a year from 1900 to 2099.
func isYear(s string) bool {
	return len(s) == 4 && isNumber(s) && (s[:2] == "19" || s[:2] == "20")
}

func anyLetter(toks []token) bool {
	for _, t := range toks {
		if hasLetter(t.Text) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentenceStop reports whether the full stop toks[i] (after an
// abbreviation) also ends the sentence: nothing follows on its line, or the
// next token starts a new sentence (an upper-case word, a quote). The
// name then ends before it, as CoNLL-2003 marks it ("Acme Corp" + "."),
// while "Acme Corp. said" keeps it.
func sentenceStop(text string, toks []token, i int) bool {
	if i+1 >= len(toks) || strings.ContainsRune(text[toks[i].BEnd:toks[i+1].BStart], '\n') {
		return true
	}
	next := toks[i+1].Text
	if openingQuote(text, toks, i+1) {
		return true // "hired Acme Inc. \"Buy,\" he said"
	}
	if next == "\"" || next == "''" {
		// A closing quote: the full stop ends the sentence only if the
		// paragraph ends there ("Acme Corp.\" he said" keeps it).
		return i+2 >= len(toks) || strings.ContainsRune(text[toks[i+1].BEnd:toks[i+2].BStart], '\n')
	}
	if isPossessive(next) {
		return false // "Acme Inc.'s"
	}
	r, _ := utf8.DecodeRuneInString(next)
	// A dash goes on with the line: "PLYMOUTH, Mich. - Matt Mahalak made".
	return !unicode.IsLower(r) && !unicode.IsDigit(r) && !strings.ContainsRune(",;:)-–—", r)
}

// openingQuote reports whether the quote toks[j] opens a quotation: a
// space before it and the next word glued to it (`Inc. "Buy,"`), where a
// closing one is glued to what it closes. A full stop before an opening
// quote ends the sentence (business audit, fifth: "has hired Zorbco
// Group Inc. \"Investors will...\"" kept the full stop in the name, as
// the straight quote was read as a closing one).
func openingQuote(text string, toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) || toks[j].Text != "\"" && toks[j].Text != "``" && toks[j].Text != "\u201c" {
		return false
	}
	return toks[j-1].BEnd < toks[j].BStart && toks[j].BEnd == toks[j+1].BStart && !strings.ContainsRune(text[toks[j].BEnd:toks[j+1].BStart], '\n')
}

// nameAbbrev reports whether the last of tokens [t0,t1) is an abbreviation
// whose full stop belongs to the name: a company suffix or initial after
// other words ("Acme Corp."), or a US state ("Calif.") on its own.
func nameAbbrev(toks []token, t0, t1 int) bool {
	w := toks[t1-1].Text
	return t1-1 > t0 && isAbbrev(w) || lowered(stateAbbrevs, w)
}

// firstName reports whether name starts with a first name of the
// gazetteer.
func firstName(name string) bool {
	gz, _ := sharedGazetteer()
	w, _, _ := strings.Cut(name, " ")
	return gz != nil && gz.phrases[w]&(1<<gzFirstName) != 0
}

// personNameWord reports whether w is a surname or a first name of the
// gazetteer.
func personNameWord(w string) bool {
	gz, _ := sharedGazetteer()
	return gz != nil && gz.phrases[w]&(1<<gzSurname|1<<gzFirstName) != 0
}

// surname reports whether w is a surname of the gazetteer.
func surname(w string) bool {
	gz, _ := sharedGazetteer()
	return gz != nil && gz.phrases[w]&(1<<gzSurname) != 0
}

// isLetters reports whether every rune of s is a letter.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// withoutThe returns words without a leading "the" ("the times" of "The
// Times"), as mention keys leave it out of an organization's name.
func withoutThe(words []string) []string {
	if len(words) > 1 && words[0] == "the" {
		return words[1:]
	}
	return words
}

// pluralSubjectStart reports whether span s is one word tagged an
// organization that starts a sentence, ends in a plural's "s" and stands
// before "are" or "were": a common noun in the plural as a caption's or a
// sentence's subject ("Boats are moored at the marina"), which the tagger
// reads as a name; a listed organization stays, and so does the last word
// of a longer name of the article (a team's "Rangers were" after "the
// Bayport Rangers"), and a sports report's ("Spurs were beaten": a team).
// *ends is lastWords(toks, spans), made on first use.
func pluralSubjectStart(text string, toks []token, s tspan, ends *map[string]bool, spans []tspan, about *topics) bool {
	if s.typ != newsner.Organization || s.t1-s.t0 != 1 || s.t1 >= len(toks) || !startsSentence(text, toks, s.t0) {
		return false
	}
	w := toks[s.t0].Text
	if v := toks[s.t1].Text; v != "are" && v != "were" {
		return false
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || isAcronym(w) || listedOrg(w) {
		return false
	}
	if *ends == nil {
		*ends = lastWords(toks, spans)
	}
	return !(*ends)[w] && !about.sportsDoc()
}

// lastWords returns the last words of the spans of two words or more.
func lastWords(toks []token, spans []tspan) map[string]bool {
	ws := map[string]bool{}
	for _, s := range spans {
		if s.t1-s.t0 >= 2 {
			ws[toks[s.t1-1].Text] = true
		}
	}
	return ws
}

// capsWord reports whether w is a word of two letters or more in capitals.
func capsWord(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && isLetters(w) && !hasLower(w)
}

// capWord reports whether w is a capitalized word of letters (a hyphen
// may join two).
func capWord(w string) bool {
	return startsUpper(w) && isLetters(strings.ReplaceAll(w, "-", ""))
}
