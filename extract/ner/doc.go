// Package ner finds the people, places and organizations an article names:
// text in, one newsner.Entity per distinct entity out, each with every
// mention's exact code-point offsets into the text.
//
// # Pipeline
//
// prose (github.com/jdkato/prose/v2) is the NLP layer. The text is split
// as prose's tokenizer splits it (splitWords, which mirrors it but keeps the
// words prose cuts at an apostrophe and drops in part: "O'Malley",
// "Moody's."), and prose's part-of-speech model tags the tokens: posTagger
// runs prose's own averaged-perceptron weights and feature templates
// without the maps prose allocates per token, giving prose's tags about
// four times faster. Curly quotes are folded to straight ones as prose's
// tokenizer does, and tokens are placed in the text by searching forward
// from the previous token (align, which also places the tokens of prose's
// own tokenizer for the Prose baseline, where a dropped piece of text is
// skipped without moving the cursor).
//
// Over those tokens and tags Tagger runs this package's sequence model: an
// averaged structured perceptron with BILOU labels over PER, LOC, ORG and
// MISC (MISC is learnt, never emitted) and Viterbi decoding over each
// sentence or line. Features: the word, its shape and affixes, a window of
// two words, shapes and POS tags each side, gazetteers (gazetteer/), word
// clusters learnt from the training text and from GloVe 6B vectors
// (gazetteer/glove-clusters.tsv.gz), document-level capitalization
// evidence, and the labels the same word got earlier in the article. A
// second stage rereads the article with the first stage's labels for all of
// it (the labels around the token, how the same word was tagged before and
// after, and inside which entities) and a smaller set of the token's own
// features; it is trained on first-stage labels made by jackknifing. Each
// stage averages three perceptron runs.
//
// Both Tagger and Prose (prose's stock entity model, the baseline) end with
// the same document-level step (buildEntities): titles and roles are cut
// off names ("Polish Prime Minister Donald Tusk" is PERSON "Donald Tusk"),
// possessives are dropped ("Russia's" is "Russia", but "Moody's" keeps its
// "'s"), a sentence's full stop is not an abbreviation's ("Acme Corp. said"
// but "bought Acme Corp."), demonyms are not places,
// a name tagged a person anywhere in the article is a person throughout, and
// short forms join full forms ("Macron" after "Emmanuel Macron", "ECB" for
// "European Central Bank", "the Commission" after "the European
// Commission") into one entity whose text is its fullest form. The name
// lists in names/ join variants the text does not spell out ("US", "U.S."
// and "United States"; "Spurs" and "Tottenham Hotspur"), an acronym
// defined in brackets joins its name ("Doctors Without Borders (MSF)"), a
// surname tagged a place joins the person only where it does not stand as a
// place ("Washington" the state is not George Washington), and an
// institution's name through a possessive is one name ("St Mary's
// Hospital"). Each entity gets a key, the same in every article: the
// list's key where the lists know the thing ("iso3166:US",
// "wikidata:Q22686"), else its type and normalised name.
//
// # Training and evaluation
//
// The model ships in model.bin (go:embed). It is made, reproducibly (the
// same bytes each time), from the repository root by
//
//	bash extract/ner/train.sh
//
// which trains three models with the same settings (`newsner train ner`:
// CoNLL-2003 eng.train alone, and with other corpora, which LoadSource
// reads reconciled to CoNLL-2003's conventions: ReadGUM, ReadTagged) and
// mixes their weights (Interpolate), and scored (per type and overall
// precision, recall and F1 over exact spans) on every dev set (LoadDevSet:
// eng.testa, held-out GUM Wikinews documents, the Broad Twitter Corpus's
// dev and test sections) by
//
//	newsner eval ner
//
// Settings are chosen on all the dev sets, eng.testa kept at its floor.
// CrossValidate (newsner train ner --cv 5) scores the same settings on
// folds of eng.train, a second opinion on how the figures carry to articles
// the model has not seen. README.md beside this file has the figures and
// how they were measured.
package ner
