package main

import (
	"flag"
	"log/slog"

	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/ingest"
)

// topics names the Kafka topics newsner uses.
type topics struct {
	URLs, Articles, Raw, DLQ string
}

func topicFlags(fs *flag.FlagSet) *topics {
	t := &topics{}
	fs.StringVar(&t.URLs, "topic", "newsner.urls", "topic of URLs to process")
	fs.StringVar(&t.Articles, "articles-topic", "newsner.articles", "topic article records are written to")
	fs.StringVar(&t.Raw, "raw-topic", "newsner.raw", "compacted topic raw pages are written to")
	fs.StringVar(&t.DLQ, "dlq-topic", "newsner.dlq", "topic dead-letter records are written to")
	return t
}

// fetcherFlags binds the fetcher's settings to flags.
func fetcherFlags(fs *flag.FlagSet) *ingest.FetcherConfig {
	c := &ingest.FetcherConfig{}
	fs.StringVar(&c.UserAgent, "user-agent", "", "User-Agent sent with every request (default newsner/<version> with a contact URL)")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", 0, "largest page body accepted (default 5 MiB)")
	fs.BoolVar(&c.AllowPrivateNetworks, "allow-private-networks", false, "let the fetcher reach loopback and private addresses (local use and tests only)")
	return c
}

// loadTagger loads the embedded entity model, shared by all workers.
func loadTagger() (*ner.Tagger, error) {
	return ner.Load()
}

func newLogger(env *Env) *slog.Logger {
	return slog.New(slog.NewTextHandler(env.Stderr, nil))
}
