#!/usr/bin/env python3
"""Compares the outlet-voice loaded-language flags of two `slant score --format json` runs.

Reads two score files of the same articles (before, after), keys each `voice == "outlet"` flag
of `loaded_terms` by article id and character span, and prints the counts before and after, by
category, the most frequent added and removed texts, and with `--sample N` a random N of the
added and of the removed flags with their context, to be read by the annotation guide
(docs/annotating-loaded-language.md). `--words` counts the flags of category `evaluative`
whose text is one of the given words (e.g. the word model's descriptive words).

Usage:
  slant score ARTICLES --format json --no-frames > before.json   # and after.json
  python3 benches/loaded_flag_diff.py before.json after.json [--sample 30 --seed 7] [--words a,b]
"""

import argparse
import collections
import json
import random


def outlet_flags(path):
    """{(id, start, end): flag} of the outlet-voice loaded terms in a score file."""
    flags = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for t in row.get("loaded_terms", []):
                if t.get("voice", "outlet") == "outlet":
                    flags[(row["id"], t["start"], t["end"])] = t
    return flags


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--sample", type=int, default=0, help="print a random N added and N removed")
    ap.add_argument("--seed", type=int, default=0, help="seed of the sample")
    ap.add_argument("--top", type=int, default=25, help="most frequent added / removed texts")
    ap.add_argument("--words", default="", help="comma-separated words counted as evaluative flags")
    args = ap.parse_args()

    a, b = outlet_flags(args.before), outlet_flags(args.after)
    added = [b[k] for k in sorted(b.keys() - a.keys())]
    removed = [a[k] for k in sorted(a.keys() - b.keys())]
    print(f"outlet flags {len(a)} -> {len(b)} (added {len(added)}, removed {len(removed)})")
    words = {w.strip().lower() for w in args.words.split(",") if w.strip()}
    if words:
        def count(flags):
            return sum(
                1
                for t in flags.values()
                if t["category"] == "evaluative" and t["text"].lower() in words
            )

        print(f"evaluative flags of --words: {count(a)} -> {count(b)}")
    ca = collections.Counter(t["category"] for t in a.values())
    cb = collections.Counter(t["category"] for t in b.values())
    for cat in sorted(ca.keys() | cb.keys()):
        print(f"  {cat:<18} {ca[cat]:>6} -> {cb[cat]:>6}")
    for name, flags in (("added", added), ("removed", removed)):
        top = collections.Counter(t["text"].lower() for t in flags).most_common(args.top)
        print(f"{name}: " + ", ".join(f"{w} {n}" for w, n in top))
    if args.sample:
        rng = random.Random(args.seed)
        for name, flags in (("added", added), ("removed", removed)):
            print(f"== {name}, a random {min(args.sample, len(flags))}")
            for i, t in enumerate(rng.sample(flags, min(args.sample, len(flags))), 1):
                print(f"{i:>3} {t['category']:<13} {t['confidence']:.3f} {t['text']!r} | {t['context']}")


if __name__ == "__main__":
    main()
