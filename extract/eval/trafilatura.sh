#!/usr/bin/env bash
# Scores trafilatura (the Python extractor the bar is set against) on the same
# pages and by the same rule as `newsner eval extract`, so the two can be
# compared page for page. From the repository root:
#
#   bash extract/eval/trafilatura.sh [SHARED_DIR]   # default ../shared
#
# It installs trafilatura into a virtualenv under ~/.cache/newsner (pip, once),
# writes every page's text to a JSON file and runs
# `newsner eval extract --texts FILE`. trafilatura runs with url=the page's URL,
# include_comments=False (the benchmark's truth holds no comments) and
# include_tables=True; readability pages with its defaults.
set -euo pipefail
shared=${1:-${NEWSNER_SHARED:-../shared}}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/newsner/trafilatura-2.3.1
if [ ! -x "$cache/bin/python" ]; then
	python3 -m venv "$cache"
	# lxml_html_clean: trafilatura 2.3.1 imports lxml.html.clean, which lxml 6 moved out.
	"$cache/bin/pip" install --quiet trafilatura==2.3.1 lxml_html_clean==0.4.6
fi
out=$(mktemp --suffix=.json)
trap 'rm -f "$out"' EXIT
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
json.dump(texts, open(out, "w"))
PY
go run ./cmd/newsner eval extract --shared "$shared" --texts "$out"
