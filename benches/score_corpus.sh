#!/usr/bin/env bash
# Scoring throughput of slant on the AllSides corpus: single thread, all cores, and 10/50/100%
# of the corpus; with scikit-learn's vectorise + predict on the same rows when it is installed.
# Usage: bash benches/score_corpus.sh [corpus.jsonl.gz]   (default ../shared/corpora/allsides)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/allsides/allsides.jsonl.gz}
[ -f "$corpus" ] || { echo "skipped: $corpus not found"; exit 0; }
cargo build --release --quiet
bin=./target/release/slant
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
zcat -f "$corpus" > "$work/all.jsonl"
total=$(wc -l < "$work/all.jsonl")
for pct in 10 50 100; do
  head -n $((total * pct / 100)) "$work/all.jsonl" > "$work/p$pct.jsonl"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; $(uname -m)"
echo "corpus: $corpus ($total articles, $(du -m "$work/all.jsonl" | cut -f1) MB unpacked)"
run() { # name threads file [format]
  local out; out=$( { /usr/bin/time -f "%e %M" "$bin" score "$3" --format "${4:-json}" --threads "$2" > /dev/null; } 2>&1 | tail -1)
  local secs=${out% *} kb=${out#* }
  local n; n=$(wc -l < "$3"); local mb; mb=$(du -m "$3" | cut -f1)
  awk -v name="$1" -v t="$2" -v s="$secs" -v n="$n" -v mb="$(stat -c %s "$3")" -v kb="$kb" 'BEGIN {
    printf "%-22s threads=%s  %7d articles  %6.2f s  %8.0f articles/s  %6.1f MB/s  peak %4.0f MB\n",
      name, t, n, s, n / s, mb / 1e6 / s, kb / 1024 }' | tee -a "$work/rates"
}
run "score 10%" 1 "$work/p10.jsonl"
run "score 50%" 1 "$work/p50.jsonl"
run "score 100%" 1 "$work/p100.jsonl"
run "score 100%" "$(nproc)" "$work/p100.jsonl"
echo "figures only (--format tsv: probabilities, slant, loaded density, sourcing figures; every model feature on):"
run "tsv 100%" 1 "$work/p100.jsonl" tsv
run "tsv 100%" "$(nproc)" "$work/p100.jsonl" tsv
if python3 -c "import sklearn" 2>/dev/null; then
  echo "scikit-learn (TF-IDF 1-2 grams + LogisticRegression C=10), same rows, one process:"
  python3 benches/sklearn_baseline.py "$work/all.jsonl" "$work/p100.jsonl" | tee "$work/sklearn.json"
  sk=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['articles_per_second'])" "$work/sklearn.json")
  # articles/s is the 8th field of each line above.
  awk -v sk="$sk" '/threads=1/ && /100%/ { printf "ratio to scikit-learn, %s, one thread: %.1fx\n", $1 " " $2, $8 / sk }' "$work/rates"
else
  echo "scikit-learn not installed: pip install scikit-learn to compare"
fi
