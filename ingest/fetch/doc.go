// Package fetch is newsner's HTTP fetcher: it turns a URL into a page,
// politely and defensively. URLs are validated and normalised (ValidateURL);
// the SSRF guard refuses loopback, private, link-local and other special
// addresses on the address actually dialled; robots.txt is fetched, cached
// and obeyed; per-host concurrency and rate limits apply; connect, header
// and body timeouts, a body cap (gzip included) and an HTML-only rule bound
// each request; redirects are followed hop by hop under the same checks;
// connection errors, 429 and 5xx are retried with backoff honouring
// Retry-After. Every failure is a *newsner.Error with its class.
// FetchRequest is Fetch for what is not an article page (newsner watch's
// feeds and sitemaps): other media types, its own body cap, and
// conditional requests answered 304 Not Modified without an error.
package fetch
