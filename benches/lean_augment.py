#!/usr/bin/env python3
"""Short copies of training articles, for the lean model (length augmentation).

Reads the AllSides corpus (../shared, read-only) and writes a training corpus as JSONL to OUT
(outside the repository): the split_outlet train rows, capped at --cap rows a publisher
(seeded, as `slant train --max-per-group` caps them, though not the same rows), and for a
seeded --share of the kept rows a truncated copy: the headline and the article's first
paragraphs up to k words, k drawn log-uniformly from [--min-words, --max-words] (a first
paragraph longer than k is cut at its last sentence end within k words, else at k words).
A copy keeps the row's label, publisher, outlet, topic and date (so the group options of
`slant train` count it as that publisher's row); its id is the row's id plus "~short". A row
gets no copy when the copy would hold more than 0.6 of its words.

Train on OUT with the default recipe's options and `--max-per-group` off (the cap is applied
here, before the copies), e.g.

    python3 benches/lean_augment.py --share 1 /tmp/aug.jsonl
    . scripts/default-options.sh
    slant train --corpus /tmp/aug.jsonl --out aug.json.gz --group-field publisher \\
      --min-df 25 --features 20000 --max-group-share 0.3 --fingerprint-filter \\
      --length-neutral --block-penalty 10

`--share 0` writes the capped rows alone: the base the copies are compared with.
"""
import argparse
import gzip
import hashlib
import json
import math
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s)")


def rng_for(seed, key):
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "little"))


def truncate(text, k):
    """The first paragraphs of text up to k words (see the module docstring)."""
    kept, total = [], 0
    for line in text.split("\n"):
        words = line.split()
        if not words:
            continue
        if total + len(words) > k:
            if not kept:
                cut = " ".join(words[:k])
                ends = [m.end() for m in SENTENCE_END.finditer(cut + " ")]
                kept.append(cut[: ends[-1]] if ends else cut)
            break
        kept.append(line.strip())
        total += len(words)
    return "\n".join(kept)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    ap.add_argument("--share", type=float, default=1.0, help="share of kept rows given a copy")
    ap.add_argument("--min-words", type=int, default=80)
    ap.add_argument("--max-words", type=int, default=400)
    ap.add_argument("--cap", type=int, default=1000, help="rows kept a publisher (0: all)")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()

    corpus = Path(args.shared) / "corpora/allsides/allsides.jsonl.gz"
    by_pub = defaultdict(list)
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("split_outlet") == "train":
                by_pub[row["publisher"]].append(row)
    kept = []
    for pub in sorted(by_pub):
        rows = sorted(by_pub[pub], key=lambda r: hashlib.sha256(f"{args.seed}:{r['id']}".encode()).digest())
        kept.extend(rows[: args.cap] if args.cap else rows)
    kept.sort(key=lambda r: r["id"])

    copies, lengths = 0, []
    lo, hi = math.log(args.min_words), math.log(args.max_words)
    with open(args.out, "w", encoding="utf-8") as out:
        for row in kept:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            rng = rng_for(args.seed, row["id"])
            if rng.random() >= args.share:
                continue
            k = int(round(math.exp(rng.uniform(lo, hi))))
            body = truncate(row["text"], k)
            n, full = len(body.split()), len(row["text"].split())
            if n < 20 or n > 0.6 * full:
                continue
            copy = dict(row, id=row["id"] + "~short", text=body)
            out.write(json.dumps(copy, ensure_ascii=False) + "\n")
            copies += 1
            lengths.append(n)
    lengths.sort()
    q = [lengths[int(len(lengths) * p)] for p in (0.1, 0.5, 0.9)] if lengths else []
    print(f"{len(kept)} rows kept ({len(by_pub)} publishers), {copies} short copies, "
          f"words at 10/50/90%: {q}", file=sys.stderr)


if __name__ == "__main__":
    main()
