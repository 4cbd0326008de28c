#!/usr/bin/env bash
# Makes the shipped entity model, extract/ner/model.bin, from the shared data
# (../shared, or $NEWSNER_SHARED). Three trainings with the same settings:
#   A: CoNLL-2003 eng.train alone;
#   B: eng.train (twice per epoch) and GUM;
#   C: eng.train, GUM, wikigold, re3d and the Broad Twitter Corpus's
#      news-outlet tweets (section G);
# then the model whose weights are 0.3 A + 0.3 B + 0.4 C (a "model soup":
# the other corpora's names and genres without losing CoNLL-2003's fit;
# extract/ner/README.md has the figures of each and of the mix).
# Deterministic: the same bytes every time. (The shipped model.bin,
# ner/perceptron-v4, is what this script made at commit 7c41561; since the
# tokenizer and GUM reader changed it makes a model that was not shipped:
# extract/ner/README.md, "Retrained on doc3's tokens".) Each training takes 5-15
# minutes on two cores; A and B run side by side.
# Usage: bash extract/ner/train.sh   (from the repository root)
# Experiments (extract/ner/README.md): OUT writes the mix elsewhere than
# model.bin; ALL_FLAGS are added to all three trainings (they must learn
# the same word clusters, e.g. --cluster-text/--cluster-sources), B_FLAGS
# and C_FLAGS to B's and C's (e.g. --silver ...). Unset, the recipe is
# the one above.
set -euo pipefail
NAME=${NAME:-ner/perceptron-v4}
OUT=${OUT:-extract/ner/model.bin}
read -r -a all <<<"${ALL_FLAGS:-}"
read -r -a bflags <<<"${B_FLAGS:-}"
read -r -a cflags <<<"${C_FLAGS:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/newsner" ./cmd/newsner
nn="$tmp/newsner"
"$nn" train ner --extra none "${all[@]}" --out "$tmp/a.bin" &
pa=$!
"$nn" train ner --extra gum --main-weight 2 "${all[@]}" "${bflags[@]}" --out "$tmp/b.bin" &
pb=$!
wait $pa
"$nn" train ner --extra gum,wikigold,re3d,btc-news "${all[@]}" "${cflags[@]}" --out "$tmp/c.bin"
wait $pb
"$nn" train ner --merge "$tmp/a.bin,$tmp/b.bin" --lambda 0.5 --name "$NAME" --out "$tmp/ab.bin"
"$nn" train ner --merge "$tmp/ab.bin,$tmp/c.bin" --lambda 0.4 --name "$NAME" --out "$OUT" --dev all
