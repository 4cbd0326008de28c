package main

import (
	"flag"
	"fmt"
	"strconv"

	"golang.org/x/time/rate"

	"github.com/newsner/newsner/extract/ner"
	"github.com/newsner/newsner/ingest/fetch"
)

// fetcherFlags binds the fetcher's settings to flags, with the fetcher's
// own defaults.
func fetcherFlags(fs *flag.FlagSet) *fetch.Config {
	c := fetch.DefaultConfig()
	fs.StringVar(&c.UserAgent, "user-agent", c.UserAgent, "User-Agent sent with every request; its product token is matched against robots.txt")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", c.MaxBodyBytes, "largest page body accepted, before and after gzip decoding")
	fs.DurationVar(&c.ConnectTimeout, "connect-timeout", c.ConnectTimeout, "time to connect to a server, TLS included")
	fs.DurationVar(&c.HeaderTimeout, "header-timeout", c.HeaderTimeout, "time to wait for response headers")
	fs.DurationVar(&c.BodyTimeout, "body-timeout", c.BodyTimeout, "time to read a whole body")
	fs.Func("max-redirects", fmt.Sprintf("redirects followed; 0 follows none (default %d)", c.MaxRedirects), func(v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("want a number of redirects, 0 or more")
		}
		c.MaxRedirects = n
		return nil
	})
	fs.IntVar(&c.MaxAttempts, "max-attempts", c.MaxAttempts, "tries of a URL on connection errors, 429 and 5xx")
	fs.IntVar(&c.PerHostConcurrency, "per-host-concurrency", c.PerHostConcurrency, "requests in flight to one host")
	fs.Func("per-host-rate", fmt.Sprintf("requests per second started to one host, or inf (default %g)", float64(c.PerHostRate)), func(v string) error {
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
	fs.BoolVar(&c.IgnoreRobots, "ignore-robots", c.IgnoreRobots, "do not fetch or obey robots.txt")
	fs.BoolVar(&c.AllowPrivateNetworks, "allow-private-networks", c.AllowPrivateNetworks, "let the fetcher reach loopback, private and link-local addresses (local use and tests only; off, the SSRF guard refuses them)")
	return &c
}

// loadTagger loads the embedded entity model, shared by all workers.
func loadTagger() (*ner.Tagger, error) {
	return ner.Load()
}
