// Package web serves a live page over newsner's record stream: the newest
// articles with their entities, one article's text with every mention
// highlighted, the entities trending over a chosen window, and the
// pipeline's state in one line.
//
// A Store holds the recent records in bounded memory (a cap on articles and
// on the bytes they take, oldest out first) with the counts the page shows
// kept up to date as records arrive and leave. Handler serves the page (its
// assets embedded, no build step), its JSON data endpoints and a stream of
// server-sent events that tells the page when to refresh. Every response
// carries a Content-Security-Policy that allows only the page's own script;
// the script builds the page with textContent, never with markup from a
// record, so article text is shown as text whatever it holds.
package web
