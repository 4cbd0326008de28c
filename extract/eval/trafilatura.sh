#!/usr/bin/env bash
# Scores trafilatura (the Python extractor the bar is set against) on the same
# dev sets and by the same rule as `newsner eval extract`, so the two can be
# compared set by set and page for page. From the repository root:
#
#   bash extract/eval/trafilatura.sh [SHARED_DIR] [TEXTS_JSON]   # default ../shared
#
# TEXTS_JSON, if given, keeps trafilatura's texts (keys as --texts reads).
# It installs trafilatura into a virtualenv under ~/.cache/newsner (pip, once),
# writes every page's text to a JSON file and runs
# `newsner eval extract --texts FILE`. trafilatura runs with url=the page's URL,
# include_comments=False (the benchmark's truth holds no comments) and
# include_tables=True; the other sets' pages likewise, with the URL where the
# set has one.
set -euo pipefail
shared=${1:-${NEWSNER_SHARED:-../shared}}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/newsner/trafilatura-2.3.1
if [ ! -x "$cache/bin/python" ]; then
	python3 -m venv "$cache"
	# lxml_html_clean: trafilatura 2.3.1 imports lxml.html.clean, which lxml 6 moved out.
	"$cache/bin/pip" install --quiet trafilatura==2.3.1 lxml_html_clean==0.4.6
fi
if [ -n "${2:-}" ]; then
	out=$2
else
	out=$(mktemp --suffix=.json)
	trap 'rm -f "$out"' EXIT
fi
"$cache/bin/python" - "$shared" "$out" <<'PY'
import gzip, json, os, sys
import trafilatura
shared, out = sys.argv[1], sys.argv[2]
texts = {}
news = os.path.join(shared, "data", "news-pages")
for pid, t in json.load(open(os.path.join(news, "ground-truth.json"))).items():
    html = gzip.open(os.path.join(news, "html", pid + ".html.gz")).read()
    texts[pid] = trafilatura.extract(html, url=t["url"], include_comments=False, include_tables=True) or ""
rd = os.path.join(shared, "data", "readability-pages")
for name in sorted(os.listdir(rd)):
    src = os.path.join(rd, name, "source.html")
    if os.path.isfile(src):
        texts["readability/" + name] = trafilatura.extract(open(src, "rb").read()) or ""
extra = os.path.join(shared, "data", "extract-extra")
for key, sub, urlcol in (("dragnet2013", "dragnet2013", 2), ("modern2026", "modern2026-tiptopjaw", 2), ("newspaper4k", "newspaper4k", 2), ("goose", "goose", 2)):
    d = os.path.join(extra, sub)
    if not os.path.isdir(d):
        continue
    for line in list(open(os.path.join(d, "index.tsv")))[1:]:
        cols = line.rstrip("\n").split("\t")
        pid, url = cols[0], cols[urlcol] or None
        html = open(os.path.join(d, "html", pid + ".html"), "rb").read()
        texts[key + "/" + pid] = trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""
json.dump(texts, open(out, "w"))
PY
go run ./cmd/newsner eval extract --shared "$shared" --texts "$out"
