#!/bin/sh
# Cross-validation of the entity model on GUM dev's tuned part (`make gum-cv`): the model trains
# on CoNLL train and GUM's tuned documents, so `gloss-eval gum --part tuned` scores documents it
# has learned, and the held-out fifth is only 19 documents. This trains one model for each of N
# folds of the tuned part without that fold (`gloss-train --gum-leave-out K/N`, the options of
# `make train`) and scores the fold with it (`gloss-eval --entity-model ... --part fold:K/N`):
# every tuned document scored by a model that never saw it. Prints each fold's micro P/R/F1 and
# the pooled one. The errors a fold lists (ERRORS=1) are of documents of the tuned part, so they
# may be read; the rules (`src/entities/rules/`) were still written looking at those documents.
# Needs ../shared/data; about 30 s a fold to train. Usage: scripts/gum-cv.sh [N] (default 4);
# TRAIN_OPTS adds gloss-train options (to weigh a training change: TRAIN_OPTS='--epochs 8').
set -eu
cd "$(dirname "$0")/.."
n=${1:-4}
data=../shared/data
out=${GUM_CV_DIR:-target/gum-cv}
bin=target/release
[ -f "$data/gum-dev/docs.jsonl" ] || { echo "gum-cv: $data/gum-dev is missing" >&2; exit 2; }
cargo build --release --features tools --bin gloss-train --bin gloss-eval -q
mkdir -p "$out"
tp=0; fp=0; fn=0; k=0
while [ "$k" -lt "$n" ]; do
  "$bin/gloss-train" "$data/conll2003/train.txt" --dev "$data/conll2003/dev.txt" \
    --gum "$data/gum-dev/docs.jsonl" --gum-leave-out "$k/$n" \
    --caps-share 0.065 --budget 720000 ${TRAIN_OPTS:-} --out "$out/fold-$k" 2>"$out/fold-$k.log"
  errors=""
  [ "${ERRORS:-0}" = 1 ] && errors=--errors
  "$bin/gloss-eval" --entity-model "$out/fold-$k/model.bin" gum --part "fold:$k/$n" $errors \
    >"$out/fold-$k.txt"
  # The micro line: "micro P R F1 tp fp fn".
  set -- $(grep '^micro' "$out/fold-$k.txt")
  echo "fold $k/$n: P $2 R $3 F1 $4 (tp $5 fp $6 fn $7)"
  tp=$((tp + $5)); fp=$((fp + $6)); fn=$((fn + $7))
  k=$((k + 1))
done
awk -v tp="$tp" -v fp="$fp" -v fn="$fn" 'BEGIN {
  p = tp / (tp + fp); r = tp / (tp + fn);
  printf "pooled over %s folds: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)\n", "'"$n"'", p, r, 2 * p * r / (p + r), tp, fp, fn
}'
echo "(each fold's table and errors: $out/fold-K.txt)"
