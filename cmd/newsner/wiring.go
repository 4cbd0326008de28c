package main

import (
	"flag"
	"fmt"
	"strconv"
	"time"

	"golang.org/x/time/rate"

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
	fs.StringVar(&c.UserAgent, "user-agent", ingest.DefaultUserAgent, "User-Agent sent with every request; its product token is matched against robots.txt")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", 5<<20, "largest page body accepted, before and after gzip decoding")
	fs.DurationVar(&c.ConnectTimeout, "connect-timeout", 10*time.Second, "time to connect to a server, TLS included")
	fs.DurationVar(&c.HeaderTimeout, "header-timeout", 20*time.Second, "time to wait for response headers")
	fs.DurationVar(&c.BodyTimeout, "body-timeout", 30*time.Second, "time to read a whole body")
	c.MaxRedirects = 10
	fs.Func("max-redirects", "redirects followed; 0 follows none (default 10)", func(v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("want a number of redirects, 0 or more")
		}
		if n == 0 {
			n = -1 // the fetcher's "none"; its 0 means the default
		}
		c.MaxRedirects = n
		return nil
	})
	fs.IntVar(&c.MaxAttempts, "max-attempts", 3, "tries of a URL on connection errors, 429 and 5xx")
	fs.IntVar(&c.PerHostConcurrency, "per-host-concurrency", 2, "requests in flight to one host")
	fs.Func("per-host-rate", "requests per second started to one host, or inf (default 2)", func(v string) error {
		if v == "inf" {
			c.PerHostRate = rate.Inf
			return nil
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f <= 0 {
			return fmt.Errorf("want a positive number or inf")
		}
		c.PerHostRate = rate.Limit(f)
		return nil
	})
	fs.BoolVar(&c.IgnoreRobots, "ignore-robots", false, "do not fetch or obey robots.txt")
	fs.BoolVar(&c.AllowPrivateNetworks, "allow-private-networks", false, "let the fetcher reach loopback, private and link-local addresses (local use and tests only; off, the SSRF guard refuses them)")
	return c
}

// loadTagger loads the embedded entity model, shared by all workers.
func loadTagger() (*ner.Tagger, error) {
	return ner.Load()
}
