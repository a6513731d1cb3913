#!/usr/bin/env bash
# Pairwise ordering accuracy on stories the model never saw.
#
# AllSides pairs left, center and right coverage of one story on one day (articles sharing
# topic and date). The default model trained on most of those articles, so its ordering
# accuracy on them is in-sample. This script retrains with the default model's options
# (scripts/default-options.sh) and logit offsets (read from models/default.json.gz) on
# split_outlet train+valid minus every group that holds exactly one left, one center and one
# right article, then measures how often slant orders those held-out groups correctly.
# 12-20 minutes of CPU and 2 GB of memory.
# Usage: bash benches/ordering_holdout.sh [corpus.jsonl.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/allsides/allsides.jsonl.gz}
[ -f "$corpus" ] || { echo "skipped: $corpus not found"; exit 0; }
cargo build --release --quiet
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "$work/marked.jsonl" <<'PY'
import collections, gzip, json, sys
rows = [json.loads(l) for l in gzip.open(sys.argv[1], "rt", encoding="utf-8")]
groups = collections.defaultdict(list)
for r in rows:
    groups[(r["topic"], r["date"])].append(r["label"])
triples = {k for k, v in groups.items() if sorted(v) == ["center", "left", "right"]}
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for r in rows:
        if (r["topic"], r["date"]) in triples:
            r["bench_split"] = "triple"
        elif r["split_outlet"] in ("train", "valid"):
            r["bench_split"] = "train"
        else:
            r["bench_split"] = "test"
        out.write(json.dumps(r) + "\n")
print(f"{len(triples)} left/center/right groups held out", file=sys.stderr)
PY
# shellcheck source=scripts/default-options.sh
. scripts/default-options.sh
offsets=$(python3 -c '
import gzip, json
m = json.load(gzip.open("models/default.json.gz", "rt", encoding="utf-8"))
print(",".join("%s=%s" % kv for kv in sorted(m["training"]["logit_offsets"].items())))')
./target/release/slant train --corpus "$work/marked.jsonl" --out "$work/model.json" \
  --split-field bench_split --train-values train "${default_opts[@]}" \
  --logit-offsets "$offsets" -q
./target/release/slant compare --corpus "$work/marked.jsonl" --where bench_split=triple \
  --ordering-accuracy --model "$work/model.json"
