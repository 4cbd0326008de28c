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
#
# extract/ner/README.md ("Registries searched") lists what else was looked at
# and why it was not taken, and what each fetched source added.
#
# Usage (from the repository root):
#   bash extract/ner/fetch-data.sh [NAME...]        (default: all)
# Data goes to $NEWSNER_SHARED/data/ner-extra/NAME (NEWSNER_SHARED defaults
# to ../shared). Needs mvn, python3 and sha256sum.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
dest=${NEWSNER_SHARED:-$root/../shared}/data/ner-extra
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check FILE SHA256: stop unless FILE has that sha256.
check() {
	echo "$2  $1" | sha256sum --check --quiet - || {
		echo "fetch-data: $1: sha256 differs from the pinned $2" >&2
		exit 1
	}
}

# maven GROUP:ARTIFACT:VERSION SHA256: copies the jar into $tmp and prints its path.
maven() {
	local gav=$1 sum=$2
	mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="$gav" -Dmdep.useBaseVersion=true \
		-DoutputDirectory="$tmp/maven" -Dmaven.repo.local="$tmp/m2" >"$tmp/mvn.log" 2>&1 || {
		cat "$tmp/mvn.log" >&2
		exit 1
	}
	local jar="$tmp/maven/$(cut -d: -f2 <<<"$gav")-$(cut -d: -f3 <<<"$gav").jar"
	check "$jar" "$sum"
	echo "$jar"
}

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

names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(annie)
for n in "${names[@]}"; do
	case $n in
	annie) fetch_annie ;;
	*)
		echo "fetch-data: unknown source $n (have: annie)" >&2
		exit 2
		;;
	esac
done
