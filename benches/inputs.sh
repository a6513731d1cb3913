#!/usr/bin/env bash
# The AllSides samples that BENCHMARKS.md's instruction counts and flag reads use, rebuilt
# byte for byte: all.jsonl (the corpus unpacked), speed8k.jsonl (8,000 rows drawn by `shuf`
# with a fixed random source), and its first 2,000 (p2k), 1,000 (p1k8) and 500 (p500) rows.
# Usage: bash benches/inputs.sh [DIR]   (default /tmp; reads ../shared/corpora/allsides)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp}
corpus=../shared/corpora/allsides/allsides.jsonl.gz
[ -f "$corpus" ] || { echo "skipped: $corpus not found"; exit 0; }
mkdir -p "$dir"
zcat "$corpus" > "$dir/all.jsonl"
shuf -n 8000 --random-source=<(yes) "$dir/all.jsonl" > "$dir/speed8k.jsonl"
head -n 2000 "$dir/speed8k.jsonl" > "$dir/p2k.jsonl"
head -n 1000 "$dir/speed8k.jsonl" > "$dir/p1k8.jsonl"
head -n 500 "$dir/speed8k.jsonl" > "$dir/p500.jsonl"
wc -l "$dir"/{all,speed8k,p2k,p1k8,p500}.jsonl
