package ner

import _ "embed"

// embeddedModel is the trained model, made by
//
//	newsner train ner --train ../shared/data/conll2003/eng.train --out extract/ner/model.bin
//
//go:embed model.bin
var embeddedModel []byte
