package nereval

import "testing"

// audweb25Dir holds the blind audit of 2024-26 web pages, the second of
// audweb19's kind: for each page <id>.html (a whole made-up page as a site
// of 2024-26 builds it: JSON-LD in the head, a consent banner, a sticky
// nav, "Listen to this article", an author card with social handles,
// "Key takeaways"/"Summary" boxes, embedded social posts, inline "Read
// more:" links to other stories naming other people and companies,
// newsletter and podcast promos, a footer with the publisher's group
// name; one live blog with timestamps), <id>.txt (its article text, as a
// human would cut it: the body's paragraphs and subheads, with a dateline
// or a sign-off line where the body has one, without headline, standfirst,
// byline, captions, boxes, embeds or the promos and teasers set inside the
// body) and <id>.tsv (the article's distinct entities, typed by
// ENTITY-LISTS.md's guide from the article text alone). Twelve pages,
// written for issue 11 without reading the document step's rules, any dev
// page or the earlier audits' texts: AI companies and their models, a war
// (live blog), a central bank and markets, football, a streaming series,
// a climate summit, a private space launch, a cosmetics brand, a court
// case, a local council, an election abroad, a chipmaker's quarter. Real
// names of 2024-26, events invented. Templates: a tech site (Next.js), a
// broadcaster's live page, a national daily's business page, a sports
// site's match report, an entertainment site (WordPress), an
// international broadcaster, a space news site, a beauty trade site, a
// Substack newsletter, a local paper (a regional group's CMS), an
// American daily (Arc-style), a Ghost newsletter. The pages and lists were
// committed before the model ran on them. No rule may be written against
// these pages: they are a measurement.
const audweb25Dir = "testdata/audweb25"

// audweb25URLs are the pages' addresses, as the pipeline is given them.
var audweb25URLs = map[string]string{
	"01-mistral-large":     "https://www.thecircuit.example/ai/2026/02/17/mistral-large-4-nvidia-essonne/",
	"02-ukraine-live":      "https://www.meridiannews.example/news/live/world-europe-71840265",
	"03-ecb-hold":          "https://www.dailysentinel.example/business/2026/04/16/ecb-holds-rates-lagarde-tariffs-euro",
	"04-newcastle-villa":   "https://www.touchline.example/football/premier-league/match-report/newcastle-united-v-aston-villa-2026-01-18",
	"05-severance-s3":      "https://reelside.example/tv/news/severance-season-3-production-start-apple-tv-1236091874/",
	"06-cop31-antalya":     "https://www.globalwavenews.example/en/cop31-deal-antalya-adaptation-finance/a-74420981",
	"07-neutron-launch":    "https://launchpaddaily.example/2026/08/neutron-first-flight-wallops-orbit",
	"08-elf-rhode":         "https://www.vanitytrade.example/articles/beauty/elf-beauty-rhode-quarter-hailey-bieber-sephora-tariffs",
	"09-nyt-openai-ruling": "https://docketanddata.substack.example/p/the-times-wins-round-one-against",
	"10-sheffield-council": "https://www.steelcityecho.example/news/sheffield-news/john-lewis-building-market-hall-vote-31228457",
	"11-hungary-election":  "https://www.capitolherald.example/world/2026/03/28/hungary-election-orban-magyar-tisza-debrecen/",
	"12-nvidia-quarter":    "https://computeledger.example/nvidia-q3-openai-anthropic-the-capex-question/",
}

// The audit's floors: F1 and precision of the distinct entities found on
// the pages' HTML (news-pages' path), measured once and lowered by 0.01.
//
// The one blind run, at main 2f36fd04 (ner/perceptron-v4/doc42, extract/v48),
// pages and lists as committed in 5d1805f6 (no list changed after it):
//
//	HTML in (news-pages' path):  P 0.8419  R 0.8774  F1 0.8593  tp 229 fp 43 fn 32
//	  PERSON        P 0.8462  R 0.9625  F1 0.9006  (77 / 14 / 3)
//	  LOCATION      P 0.8800  R 0.8800  F1 0.8800  (66 / 9 / 9)
//	  ORGANIZATION  P 0.8113  R 0.8113  F1 0.8113  (86 / 20 / 20)
//	true text in (entity step alone): P 0.8988  R 0.8851  F1 0.8919  tp 231 fp 26 fn 30
//	  PERSON        P 0.9070  R 0.9750  F1 0.9398  (78 / 8 / 2)
//	  LOCATION      P 0.9178  R 0.8933  F1 0.9054  (67 / 6 / 8)
//	  ORGANIZATION  P 0.8776  R 0.8113  F1 0.8431  (86 / 12 / 20)
//
// The errors by kind (fp/fn), each from the extractor or the entity step:
//   - extractor, chrome kept: embedded social posts, kept on 10 pages, cost
//     on three: a Telegram post's "TASS (@tass_agency) on Telegram" (ORG
//     TASS, PER Telegram), an X post's "Magyar Péter (@magyarpeter)", a
//     Bluesky post's "Gil Luria (@gilluria.bsky.social)" and its "Rinse,
//     repeat" (ORG Rinse): 5/0. The beauty trade site's membership box and
//     writer card after the body ("The Vanity Trade Membership ... founders
//     like Huda Kattan and Charlotte Tilbury", "Priyanka Dasgupta is ...
//     at The Vanity Trade, based in New York. Instagram · LinkedIn"):
//     8/0. Standfirsts and teasers kept (the tech site's dek, LOC US; the
//     international broadcaster's teaser, ORG UN and LOC "Small" of "Small
//     island states"): 3/0. The international broadcaster's "Edited by:
//     Rina Goldenberg" line after the body, which the cut left out with
//     the bylines (a sign-off, as the 2019 audit counted "Editing by"
//     lines in: a border case): 1/0. Kept at no cost: "Key takeaways",
//     "Summary", "TL;DR" boxes, kickers, the live page's "Get alerts".
//   - extractor, text lost: the American daily's italic sign-off
//     "Zsófia Kertész in Budapest contributed to this report.": 0/2. The
//     live blog's timestamps and entry headlines were dropped too (no
//     entity lost: the names recur in the entries).
//   - entity step, a product, model, event or competition (gold MISC) as
//     PER/LOC/ORG: Le Chat, Claude, Archimedes (engines), Terran (of
//     "Terran R") and the Premier League as ORG; VivaTech, New Glenn and
//     Copilot as LOC; Grace Blackwell, Blackwell and Rubin (chips) as PER:
//     11/0.
//   - entity step, wrong type: companies as LOC (Oddo BHF, Euroclear,
//     Circana) or PER (Axel Springer, John Lewis Partnership, Urban
//     Splash); places as ORG (Bell Works, Oakland in "The Oakland,
//     California-based company", Great Hungarian Plain, Great Reformed
//     Church) or PER (Park Hill): 11/11.
//   - entity step, missed: Apple TV, Zach Cherry, Fifth Season, Endeavor
//     Content, UN Climate Change, Mid-Atlantic Regional Spaceport, Nasdaq,
//     E.l.f. Beauty (e.l.f.), California (in "California-based"), Target,
//     Wirecutter, Fargate, Stargate (the venture): 0/13.
//   - entity step, indexes not found as ORG: DAX, and Stoxx 600 and FTSE
//     100, indexes named with their number, which the model marks MISC on
//     purpose since doc18 where the guide lists ORG: 0/3.
//   - entity step, a name joined to a title or a programme: "Local
//     Democracy Reporter for Steel City Echo", "BBC's Local News
//     Partnerships": 2/2.
//   - entity step, a variant not merged: the nickname "Magpies" apart
//     from Newcastle United: 1/0.
//   - form: the character "Helly R." at a sentence's end found as "Helly
//     R" (its stop read as the sentence's); the list keeps the stop as the
//     show writes the name, and the scorer compares forms as written
//     (matchForm): 1/1. Neither form breaks the guide: the list was not
//     changed.
//
// So 19 of the 75 errors are the extractor's (17 fp, 2 fn), 56 the entity
// step's (26 fp, 30 fn). No rule may be written against these pages.
const (
	audweb25F1Floor = 0.8493
	audweb25PFloor  = 0.8319
)

// TestBlindAuditWeb2025 scores the model on the audit's pages as a user's
// pages go through newsner, against the floors (webAudit.run).
func TestBlindAuditWeb2025(t *testing.T) {
	webAudit{"audweb25", audweb25Dir, "2024-26 web pages", audweb25URLs, audweb25F1Floor, audweb25PFloor}.run(t)
}
