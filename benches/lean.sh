#!/usr/bin/env bash
# Lean bench: split_outlet test macro-F1, slant against length, the dense share of the listed
# contribution, the two out-of-domain checks (Narrative Frames, PolNeAR), the harbor-bridge
# triplet (benches/lean.py), and fingerprinting and dense-feature drift with length
# (benches/lean_fingerprint.rs). With --random, also trains a model on split_random train
# with the default model's reading options and the recorded split_random options, and
# scores split_random test (about 8 minutes on 2 cores).
# Usage: bash benches/lean.sh [--model FILE] [--random]    (figures: BENCHMARKS.md, "Lean")
set -euo pipefail
cd "$(dirname "$0")/.."
model=() random=0
while [ $# -gt 0 ]; do
  case $1 in
    --model) model=(--model "$2"); shift 2 ;;
    --random) random=1; shift ;;
    *) echo "usage: bash benches/lean.sh [--model FILE] [--random]" >&2; exit 1 ;;
  esac
done
corpus=../shared/corpora/allsides/allsides.jsonl.gz
[ -f "$corpus" ] || { echo "skipped: $corpus not found"; exit 0; }
cargo build --release --quiet
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; $(uname -m)"
python3 benches/lean.py --bin target/release/slant "${model[@]}"
cargo bench --quiet --bench lean_fingerprint -- "${model[@]}"
if [ $random = 1 ]; then
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
  # The reading and training options of the model scored (fingerprint filter, length-neutral
  # figures, publisher balance, block penalty, term-mass residualising, term norm and tf).
  opts=$(python3 - "${model[1]:-models/default.json.gz}" <<'PY'
import gzip, json, sys
raw = open(sys.argv[1], "rb").read()
m = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
f, t = m["features"], m["training"]
flags = [flag for key, flag in (("fingerprint_filter", "--fingerprint-filter"),
                                ("terms_outside_quotes", "--terms-outside-quotes"),
                                ("length_neutral", "--length-neutral")) if f.get(key)]
if t.get("group_balance"):
    flags += ["--group-field", "publisher", "--group-balance", str(t["group_balance"])]
if t.get("block_penalty"):
    flags += ["--block-penalty", str(t["block_penalty"])]
if t.get("residualised"):
    flags += ["--residualise-length"]
for key, flag in (("term_norm", "--term-norm"), ("term_tf", "--term-tf")):
    if f.get(key):
        flags += [flag, f[key]]
print(" ".join(flags))
PY
)
  # shellcheck disable=SC2086
  target/release/slant train --corpus "$corpus" --out "$work/random.json.gz" -q \
    --split-field split_random --train-values train --holdout-values test --alpha 0.1 $opts
  target/release/slant eval --model "$work/random.json.gz" --corpus "$corpus" \
    --split-field split_random --split-values test
fi
