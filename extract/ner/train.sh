#!/usr/bin/env bash
# Makes the shipped entity model, extract/ner/model.bin, from the shared data
# (../shared, or $NEWSNER_SHARED): two trainings with the same settings, one
# on CoNLL-2003 eng.train alone and one adding the other corpora, and the
# model whose weights are LAMBDA times the second's plus the rest times the
# first's (a "model soup": the other corpora's modern names without losing
# CoNLL-2003's fit; extract/ner/README.md has the figures). Deterministic:
# the same bytes every time. Each training takes 5-15 minutes on two cores.
# Usage: bash extract/ner/train.sh   (from the repository root)
set -euo pipefail
EXTRA=${EXTRA:-gum}
EXTRA_FLAGS=${EXTRA_FLAGS:---main-weight 2}
LAMBDA=${LAMBDA:-0.6}
NAME=${NAME:-ner/perceptron-v4}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/newsner" ./cmd/newsner
"$tmp/newsner" train ner --extra none --out "$tmp/conll.bin" &
p1=$!
# shellcheck disable=SC2086
"$tmp/newsner" train ner --extra "$EXTRA" $EXTRA_FLAGS --out "$tmp/extra.bin" &
p2=$!
wait $p1
wait $p2
"$tmp/newsner" train ner --merge "$tmp/conll.bin,$tmp/extra.bin" --lambda "$LAMBDA" --name "$NAME" \
	--out extract/ner/model.bin --dev all
