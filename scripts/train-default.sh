#!/usr/bin/env bash
# Trains the default lean model the documented way (models/README.md), in three steps:
#  1. a model on split_outlet train only, scored on valid (publishers unseen in train);
#  2. the logit offsets that make the train-only model's mean predicted probabilities on
#     valid equal across labels (`slant eval --fit-offsets --offset-rule uniform`; valid's
#     labels are not read), rounded to 3 places. The offsets that fit valid's labels best
#     (`--offset-rule likelihood`) do not carry to unseen publishers (BENCHMARKS.md, "Lean:
#     logit offsets cross-fitted over valid publishers");
#  3. the model on train + valid with those offsets, scored once on test.
# The same corpus and slant give the same file byte for byte.
# Usage: bash scripts/train-default.sh [OUT]    (OUT: models/default.json.gz)
#        CORPUS=path/to/allsides.jsonl.gz to read the corpus from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpora/allsides/allsides.jsonl.gz}
out=${1:-models/default.json.gz}
[ -f "$corpus" ] || { echo "train-default.sh: $corpus not found (set CORPUS)" >&2; exit 1; }
# The model's options, shared by both fits.
# shellcheck source=scripts/default-options.sh
. scripts/default-options.sh
opts=("${default_opts[@]}")
cargo build --release --quiet
slant=target/release/slant
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "1/3 training on split_outlet train, holding out valid" >&2
"$slant" train --corpus "$corpus" --out "$work/train-only.json.gz" -q \
  --split-field split_outlet --train-values train --holdout-values valid "${opts[@]}"
echo "2/3 fitting logit offsets on valid (uniform mean predicted probabilities)" >&2
offsets=$("$slant" eval --model "$work/train-only.json.gz" --corpus "$corpus" \
  --split-field split_outlet --split-values valid --ordinal left,center,right \
  --fit-offsets --offset-rule uniform --format json | python3 -c '
import json, sys
e = json.load(sys.stdin)
print("valid macro-F1 %.3f, with the offsets %.3f" % (e["macro_f1"],
      e["with_fitted_offsets"]["macro_f1"]), file=sys.stderr)
print(",".join("%s=%.3f" % kv for kv in sorted(e["fitted_offsets"].items())))')
echo "   offsets: $offsets" >&2
echo "3/3 training on train + valid, holding out test" >&2
"$slant" train --corpus "$corpus" --out "$out" -q \
  --split-field split_outlet --train-values train,valid --holdout-values test \
  "${opts[@]}" --logit-offsets "$offsets"
"$slant" eval --model "$out" --corpus "$corpus" --split-field split_outlet \
  --split-values test --ordinal left,center,right
