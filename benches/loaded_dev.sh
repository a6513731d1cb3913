#!/usr/bin/env bash
# Development check of the loaded-language flags: word P/R/F1 on the WNC development half,
# sentence AUC on the Lim et al. 2020 news sentences, and both on the own gold sets
# benches/data/loaded_gold*.jsonl (gold, gold_news ... gold_news40).
# Usage: bash benches/loaded_dev.sh [--json]   (binary: $SLANT, default ./target/release/slant)
# Sets under ../shared that are absent are skipped; see benches/loaded_dev.py for the rules.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${SLANT:-./target/release/slant}
[ -n "${SLANT:-}" ] || cargo build --release --quiet
[ -x "$bin" ] || { echo "no slant binary at $bin" >&2; exit 1; }
echo "machine: $(nproc) cores; $(uname -m)" >&2
exec python3 benches/loaded_dev.py --slant "$bin" "$@"
