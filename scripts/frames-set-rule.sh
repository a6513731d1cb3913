#!/usr/bin/env bash
# Sets the decision rule of the shipped 15-frame model (models/frames.json.gz) after
# training (models/README.md, "How it is trained"): the per-label rule, frames ranked by
# probability over their own threshold, the first 6 present with p >= 0.07, any frame over
# its threshold too, at most 7; chosen on the five grouped-CV fold models against the
# previous model and rule (benches/frames_rules.py choose --ref-probs --ref-rule).
# Rewrites only the rule and the record of why; the same input file gives the same bytes.
# Usage: scripts/frames-set-rule.sh [SLANT] [MODEL]
set -euo pipefail
SLANT=${1:-target/release/slant}
MODEL=${2:-models/frames.json.gz}
"$SLANT" set-rule --model "$MODEL" --rule per-label --top-k 6 --max-labels 7 \
  --min-ratio 0 --min-probability 0.07 --out "$MODEL" \
  --reason "Chosen out of fold on the 5 grouped-CV fold models of this recipe (alpha 0.3; benches/frames_rules.py choose, reference: the alpha 1 recipe's fold models under its rule top-6, p >= 0.09, p/t >= 0.3, at most 7): the best mean of composite and full-article-row micro/macro F1 among rules no worse than the reference on all four and marking at least 3 frames an unseen article; composites 0.717/0.661 vs 0.711/0.654, article rows 0.534/0.524 vs 0.521/0.513, all rows 0.547/0.521 vs 0.536/0.509; it marks 3.57 (AllSides 300) and 3.05 (PolNeAR 924) frames an unseen article (BENCHMARKS.md, Frames: the lower penalty shipped)."
