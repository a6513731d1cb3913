#!/usr/bin/env bash
# Attribution check on PolNeAR (../shared/corpora/polnear): content recall, precision and
# source accuracy of `slant score --format json` on the dev split (and train with --train).
# Usage: bash benches/attribution_dev.sh [--train] [--misses N] [--causes]
# See benches/attribution_dev.py for how each figure is counted.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${POLNEAR:-../shared/corpora/polnear}
[ -f "$dir/dev.jsonl" ] || { echo "skipped: $dir/dev.jsonl not found"; exit 0; }
splits=dev extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --train) splits="dev train"; shift ;;
    --misses) extra+=(--misses "$2"); shift 2 ;;
    --causes) extra+=(--causes); shift ;;
    *) echo "attribution_dev: unknown option $1" >&2; exit 1 ;;
  esac
done
cargo build --release --quiet --bin slant
for s in $splits; do
  python3 benches/attribution_dev.py ./target/release/slant "$dir/$s.jsonl" "${extra[@]}"
done
