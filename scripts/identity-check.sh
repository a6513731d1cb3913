#!/usr/bin/env bash
# Checks that the working tree scores and trains exactly as a reference revision does:
#   1. `slant score --format tsv` on the whole corpus, byte for byte;
#   2. `slant score --format json` on its first 3,000 articles, byte for byte;
#   3. `slant train` with the command in models/README.md: a byte-identical model file;
#   4. single-thread TSV scoring time, reference and working tree interleaved
#      (ref, new, ref, new, ...), against a 5% budget.
#
# Usage: bash scripts/identity-check.sh [--sample N] [--no-train] [--rounds R] [REV]
#   REV         the reference revision (default HEAD: the last commit, so uncommitted
#               changes are what is checked)
#   --sample N  use only the first N articles of the corpus for every check (a quick run
#               while editing); implies --no-train
#   --no-train  skip the training check (about 75 s and 1.6 GB per model)
#   --rounds R  timing rounds, each one reference run and one working-tree run (default 3)
# Environment: CORPUS (default ../shared/corpora/allsides/allsides.jsonl.gz),
#   IDENTITY_CACHE (default ${TMPDIR:-/tmp}/slant-identity: reference builds, reused by revision).
# Exits 0 when every output is identical (timings are reported, not enforced), 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

rev=HEAD sample= train=1 rounds=3
while [ $# -gt 0 ]; do
  case $1 in
    --sample) sample=$2; train=; shift 2 ;;
    --no-train) train=; shift ;;
    --rounds) rounds=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    -*) echo "identity-check: unknown option $1" >&2; exit 1 ;;
    *) rev=$1; shift ;;
  esac
done

corpus=${CORPUS:-../shared/corpora/allsides/allsides.jsonl.gz}
[ -f "$corpus" ] || { echo "identity-check: skipped: $corpus not found"; exit 0; }
sha=$(git rev-parse --verify "$rev^{commit}")
cache=${IDENTITY_CACHE:-${TMPDIR:-/tmp}/slant-identity}
mkdir -p "$cache"

# The reference binary: the revision's tree exported with `git archive`, built in its own
# target directory (kept in the cache, so a second run with the same revision is quick).
ref_src=$cache/src-$sha
ref_bin=$cache/target-$sha/release/slant
if [ ! -x "$ref_bin" ]; then
  rm -rf "$ref_src"; mkdir -p "$ref_src"
  git archive "$sha" | tar -x -C "$ref_src"
  echo "building the reference ($sha) ..."
  (cd "$ref_src" && CARGO_TARGET_DIR=$cache/target-$sha cargo build --release --quiet --bin slant)
fi
echo "building the working tree ..."
cargo build --release --quiet --bin slant
new_bin=${CARGO_TARGET_DIR:-target}/release/slant

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [ -n "$sample" ]; then
  # zcat stops early when head has enough (SIGPIPE): not an error.
  { zcat -f "$corpus" || true; } | head -n "$sample" > "$work/corpus.jsonl"
else
  zcat -f "$corpus" > "$work/corpus.jsonl"
fi
head -n 3000 "$work/corpus.jsonl" > "$work/first.jsonl"
echo "reference: $sha"
echo "corpus: $corpus ($(wc -l < "$work/corpus.jsonl") articles checked)"

failed=0
same() { # name file-a file-b
  if cmp -s "$2" "$3"; then
    echo "identical  $1 ($(wc -c < "$2") bytes, sha256 $(sha256sum < "$2" | cut -c1-16))"
  else
    echo "DIFFERENT  $1: $(cmp "$2" "$3" 2>&1 | head -1)"
    diff <(zcat -f "$2") <(zcat -f "$3") | head -n 6 || true
    failed=1
  fi
}

for who in ref new; do
  bin=$ref_bin; [ $who = new ] && bin=$new_bin
  "$bin" score --format tsv "$work/corpus.jsonl" > "$work/$who.tsv"
  "$bin" score --format json "$work/first.jsonl" > "$work/$who.json"
done
same "score --format tsv, every article" "$work/ref.tsv" "$work/new.tsv"
same "score --format json, first $(wc -l < "$work/first.jsonl") articles" "$work/ref.json" "$work/new.json"

if [ -n "$train" ]; then
  # The command in models/README.md on the corpus file as given (its name and checksum are
  # recorded in the model), with --out pointing into the scratch directory.
  for who in ref new; do
    bin=$ref_bin; [ $who = new ] && bin=$new_bin
    "$bin" train --corpus "$corpus" --out "$work/$who-model.json.gz" \
      --split-field split_outlet --train-values train,valid --holdout-values test \
      --group-field publisher --min-df 25 --max-per-group 1000 --features 10000 \
      --max-group-share 0.3 --logit-offsets center=0.150,left=0.201,right=-0.351 --quiet
  done
  same "train (models/README.md command)" "$work/ref-model.json.gz" "$work/new-model.json.gz"
  if cmp -s "$work/new-model.json.gz" models/default.json.gz; then
    echo "identical  trained model and models/default.json.gz"
  else
    echo "note       the trained model differs from models/default.json.gz"
  fi
fi

# Timing: one thread, TSV, the whole checked corpus; reference and working tree alternate so
# that load from other processes falls on both alike. The fastest run of each is compared.
echo "timing: score --format tsv --threads 1, $rounds rounds (ref, new, ...)"
for ((i = 1; i <= rounds; i++)); do
  for who in ref new; do
    bin=$ref_bin; [ $who = new ] && bin=$new_bin
    s=$(date +%s.%N)
    "$bin" score --format tsv --threads 1 "$work/corpus.jsonl" > /dev/null
    e=$(date +%s.%N)
    t=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }')
    echo "$who $t" >> "$work/times"
    echo "  round $i $who ${t} s"
  done
done
awk '{ if (!($1 in best) || $2 < best[$1]) best[$1] = $2; sum[$1] += $2; n[$1]++ }
  END {
    printf "fastest: ref %.3f s, new %.3f s (new/ref %.3f); mean: ref %.3f s, new %.3f s (new/ref %.3f)\n",
      best["ref"], best["new"], best["new"] / best["ref"],
      sum["ref"] / n["ref"], sum["new"] / n["new"], (sum["new"] / n["new"]) / (sum["ref"] / n["ref"])
    if (best["new"] > 1.05 * best["ref"]) print "SLOWER than the 5% budget (fastest runs)"
    else print "within the 5% budget (fastest runs)"
  }' "$work/times"

if [ $failed = 0 ]; then echo "identity check: all outputs identical"; else echo "identity check: FAILED"; fi
exit $failed
