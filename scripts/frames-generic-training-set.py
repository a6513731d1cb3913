#!/usr/bin/env python3
"""Builds the training rows of slant's generic-frame model (models/generic_frames.json.gz).

Reads the Narrative Frames corpus (../shared/corpora/frames/narrative.jsonl: full
climate-change articles coded with the 5 generic news frames of Semetko and Valkenburg
2000: conflict, resolution, economic, human_interest, morality) and writes one JSON
object a line: id, text, frames (the article's codes, as the corpus gives them), group
(its outlet, spelling normalised, the unit cross-validation holds out) and source.

Usage: scripts/frames-generic-training-set.py SHARED_DIR OUT.jsonl

Deterministic: rows are written in corpus order. Articles coded with no frame stay in,
as negatives for all five.
"""
import json
import sys


def outlet_key(name):
    """One group per outlet however the corpus spells it ("The Huffington Post",
    "thehuffingtonpost")."""
    return "".join(c for c in name.lower() if c.isalnum())


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    shared, out = argv[1], argv[2]
    n = 0
    with open(f"{shared}/corpora/frames/narrative.jsonl", encoding="utf-8") as f, \
            open(out, "w", encoding="utf-8") as o:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            row = dict(id=r["id"], title=None, text=r["text"],
                       frames=sorted(set(r["frames"] or [])),
                       group=f"narrative:{outlet_key(r['outlet'])}", source="narrative")
            o.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"wrote {n} rows to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
