package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsner/newsner"
)

// The annotated corpora the model is trained and chosen on, as they lie in
// the shared data directory (internal/shared): CoNLL-2003 under
// data/conll2003, the others under data/ner-extra. Each training source
// leaves out what a dev set holds; extract/ner/README.md lists the
// sources, their licences and what each added.

// Training sources, by name (newsner train ner --sources).
const (
	SourceCoNLL    = "conll"    // CoNLL-2003 eng.train: Reuters 1996
	SourceGUM      = "gum"      // GUM, all but the held-out news documents
	SourceBTC      = "btc"      // Broad Twitter Corpus sections A, B, E, G and the first half of H
	SourceBTCNews  = "btc-news" // Broad Twitter Corpus section G only: tweets of news outlets
	SourceWNUT     = "wnut"     // WNUT-17 training file
	SourceWikigold = "wikigold" // wikigold: Wikipedia 2008
	SourceRe3d     = "re3d"     // re3d, openly licensed parts, nominals dropped
)

// Sources lists the training sources' names.
var Sources = []string{SourceCoNLL, SourceGUM, SourceBTC, SourceBTCNews, SourceWNUT, SourceWikigold, SourceRe3d}

// Dev set names (newsner eval ner).
const (
	DevCoNLL   = "eng.testa" // CoNLL-2003 dev: Reuters 1996
	DevGUMNews = "gum-news"  // every other GUM Wikinews document (2006-2023)
	DevBTC     = "btc-dev"   // Broad Twitter Corpus: second half of section H (its dev split)
	DevBTCF    = "btc-f"     // Broad Twitter Corpus: section F (its test split, so never trained on)
)

// DevSets lists the dev sets' names, in report order.
var DevSets = []string{DevCoNLL, DevGUMNews, DevBTC, DevBTCF}

// btcTypes, wnutTypes, re3dTypes map the corpora's types to CoNLL-2003's.
var (
	btcTypes  = map[string]newsner.EntityType{"PER": newsner.Person, "LOC": newsner.Location, "ORG": newsner.Organization}
	wnutTypes = map[string]newsner.EntityType{
		"person": newsner.Person, "location": newsner.Location,
		"corporation": newsner.Organization, "group": newsner.Organization,
		"product": misc, "creative-work": misc,
	}
	re3dTypes = map[string]newsner.EntityType{
		"Person": newsner.Person, "Location": newsner.Location, "Organisation": newsner.Organization, "Nationality": misc,
	}
)

// LoadSource reads training source name from the shared directory dir.
// Each document's Source is name.
func LoadSource(dir, name string) ([]Doc, error) {
	docs, err := loadSource(dir, name)
	for i := range docs {
		docs[i].Source = name
	}
	return docs, err
}

func loadSource(dir, name string) ([]Doc, error) {
	extra := filepath.Join(dir, "data", "ner-extra")
	tweets := TagScheme{Types: btcTypes, SentenceDocs: true, MarkDemonyms: true, DropHandles: true}
	switch name {
	case SourceCoNLL:
		return readTaggedFile(filepath.Join(dir, "data", "conll2003", "eng.train"), TagScheme{})
	case SourceGUM:
		docs, err := readGUMDir(filepath.Join(extra, "gum", "cc-by"))
		if err != nil {
			return nil, err
		}
		train, _ := splitGUM(docs)
		return train, nil
	case SourceBTC:
		var all []Doc
		for _, s := range []string{"a", "b", "e", "g"} {
			docs, err := readTaggedFile(filepath.Join(extra, "btc", s+".conll"), tweets)
			if err != nil {
				return nil, err
			}
			all = append(all, docs...)
		}
		h, err := readTaggedFile(filepath.Join(extra, "btc", "h.conll"), tweets)
		if err != nil {
			return nil, err
		}
		return append(all, h[:len(h)/2]...), nil
	case SourceBTCNews:
		return readTaggedFile(filepath.Join(extra, "btc", "g.conll"), tweets)
	case SourceWNUT:
		return readTaggedFile(filepath.Join(extra, "wnut17", "wnut17train.conll"),
			TagScheme{Types: wnutTypes, SentenceDocs: true, MarkDemonyms: true, DropHandles: true})
	case SourceWikigold:
		return readTaggedFile(filepath.Join(extra, "wikigold", "wikigold.conll.txt"), TagScheme{})
	case SourceRe3d:
		files, err := filepath.Glob(filepath.Join(extra, "re3d", "conll", "*", "*.conll"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		var all []Doc
		for _, f := range files {
			docs, err := readTaggedFile(f, TagScheme{Types: re3dTypes, NamesOnly: true, MarkDemonyms: true})
			if err != nil {
				return nil, err
			}
			all = append(all, docs...) // one document a file
		}
		return all, nil
	}
	return nil, fmt.Errorf("unknown training source %q (have %s)", name, strings.Join(Sources, ", "))
}

// LoadDevSet reads dev set name from the shared directory dir.
func LoadDevSet(dir, name string) ([]Doc, error) {
	extra := filepath.Join(dir, "data", "ner-extra")
	tweets := TagScheme{Types: btcTypes, SentenceDocs: true, MarkDemonyms: true, DropHandles: true}
	switch name {
	case DevCoNLL:
		return readTaggedFile(filepath.Join(dir, "data", "conll2003", "eng.testa"), TagScheme{})
	case DevGUMNews:
		docs, err := readGUMDir(filepath.Join(extra, "gum", "cc-by"))
		if err != nil {
			return nil, err
		}
		_, dev := splitGUM(docs)
		return dev, nil
	case DevBTC:
		h, err := readTaggedFile(filepath.Join(extra, "btc", "h.conll"), tweets)
		if err != nil {
			return nil, err
		}
		return h[len(h)/2:], nil
	case DevBTCF:
		return readTaggedFile(filepath.Join(extra, "btc", "f.conll"), tweets)
	}
	return nil, fmt.Errorf("unknown dev set %q (have %s)", name, strings.Join(DevSets, ", "))
}

// splitGUM holds every other news document (in name order) out of
// training as the GUM news dev set.
func splitGUM(docs []Doc) (train, dev []Doc) {
	n := 0
	for _, d := range docs {
		if strings.HasPrefix(d.Name, "GUM_news_") {
			n++
			if n%2 == 0 {
				dev = append(dev, d)
				continue
			}
		}
		train = append(train, d)
	}
	return train, dev
}

func readGUMDir(dir string) ([]Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.conllu"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no GUM files in %s", dir)
	}
	sort.Strings(files)
	var all []Doc
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		docs, err := ReadGUM(fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		all = append(all, docs...)
	}
	return all, nil
}
