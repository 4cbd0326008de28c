// Package ner finds the people, places and organizations an article names:
// text in, one newsner.Entity per distinct entity out, each with every
// mention's exact code-point offsets into the text.
//
// prose (github.com/jdkato/prose/v2) is the NLP layer: its tokenizer splits
// the text and its part-of-speech tagger tags the tokens. Over those tokens
// and tags, Tagger runs this package's own sequence model (an averaged
// perceptron with Viterbi decoding, trained on CoNLL-2003 by `newsner train
// ner` and embedded in the binary). Prose wraps prose's stock entity model,
// the baseline the Tagger is measured against.
//
// Both share the document-level step that turns tagged spans into the entity
// list: titles and possessives are cut off names, a name keeps one type
// throughout an article, a short form ("Macron") joins its full form
// ("Emmanuel Macron"), and demonyms ("European") are not places.
package ner
