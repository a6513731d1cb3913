#!/usr/bin/env python3
"""News precision audit of slant's outlet-voice loaded-language flags on AllSides articles.

Draws a fixed, seeded sample of articles of one split of the AllSides corpus (by default the
`split_outlet == "train"` rows: errors are studied on training articles only), scores them with
`slant score --format json --no-frames`, and keeps the flags of `loaded_terms` in the outlet's
voice. Nothing is written into the repository; the articles are read at run time.

Two modes:
- `groups` (default): groups the flags by category and lowercased text, and prints each group's
  count with a few random contexts, most frequent first, to be read against the annotation
  guide (docs/annotating-loaded-language.md).
- `blind`: draws a random N outlet flags from each given binary on the same articles, shuffles
  them together and prints them without saying which binary flagged which, for a judge to mark
  by the guide; the key (flag number -> binary) goes to `--key FILE`, to be read afterwards.
  Use another `--seed` than the `groups` audit, with `--exclude-seed` set to the audit's seed
  (repeated when the audit read several draws) so that the articles read for the lexicon
  changes are not drawn again.

Usage:
  python3 benches/loaded_news_audit.py --corpus /tmp/all.jsonl --n 3000 --seed 1 [--top 80 --ctx 6]
  python3 benches/loaded_news_audit.py --mode blind --corpus /tmp/all.jsonl --n 1000 --seed 2 \\
      --exclude-seed 1 --exclude-n 3000 --flags 60 --slant A --slant B --key /tmp/key.json
"""

import argparse
import collections
import json
import os
import random
import subprocess
import tempfile


def sample_rows(corpus, split, n, seed, exclude=frozenset()):
    """A seeded sample of n rows of the split (rows sorted by id first, so the order of the file
    does not matter), leaving out the ids in `exclude`."""
    rows = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("split_outlet") == split and row["id"] not in exclude:
                rows.append(row)
    rows.sort(key=lambda r: r["id"])
    rng = random.Random(seed)
    return rng.sample(rows, min(n, len(rows)))


def outlet_flags(slant, rows):
    """[(article id, flag)] of the outlet-voice loaded terms of `rows` scored by `slant`."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for row in rows:
            tmp.write(json.dumps(row) + "\n")
        path = tmp.name
    try:
        out = subprocess.run(
            [slant, "score", path, "--format", "json", "--no-frames"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        os.unlink(path)
    flags = []
    for line in out.splitlines():
        r = json.loads(line)
        for t in r.get("loaded_terms", []):
            if t.get("voice", "outlet") == "outlet":
                flags.append((r["id"], t))
    return flags


def groups(args, rows):
    flags = outlet_flags(args.slant[0], rows)
    by = collections.defaultdict(list)
    for aid, t in flags:
        by[(t["category"], t["text"].lower())].append((aid, t))
    cats = collections.Counter(t["category"] for _, t in flags)
    print(f"{len(rows)} articles, {len(flags)} outlet flags, {len(by)} groups")
    print("  " + ", ".join(f"{c} {n}" for c, n in cats.most_common()))
    rng = random.Random(args.seed)
    ranked = sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for rank, ((cat, text), items) in enumerate(ranked[: args.top], 1):
        arts = len({aid for aid, _ in items})
        print(f"\n#{rank} {text!r} [{cat}] {len(items)} flags in {arts} articles")
        for aid, t in rng.sample(items, min(args.ctx, len(items))):
            print(f"   {t['confidence']:.2f} {aid} | {t['context']}")


def blind(args, rows):
    rng = random.Random(args.seed)
    drawn = []
    for b, slant in enumerate(args.slant):
        flags = outlet_flags(slant, rows)
        print(f"binary {b}: {len(flags)} outlet flags on {len(rows)} articles")
        for aid, t in rng.sample(flags, min(args.flags, len(flags))):
            drawn.append((b, aid, t))
    rng.shuffle(drawn)
    key = []
    for i, (b, aid, t) in enumerate(drawn, 1):
        print(f"{i:>3} {t['category']:<17} {t['text']!r} | {t['context']}")
        key.append({"n": i, "binary": b, "id": aid, "text": t["text"], "category": t["category"]})
    if args.key:
        with open(args.key, "w", encoding="utf-8") as f:
            json.dump(key, f, indent=0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/tmp/all.jsonl", help="AllSides rows (benches/inputs.sh)")
    ap.add_argument("--split", default="train", help="split_outlet value to draw from")
    ap.add_argument("--n", type=int, default=3000, help="articles drawn")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--exclude-seed",
        type=int,
        action="append",
        help="leave out the articles this seed draws (repeat for several audits)",
    )
    ap.add_argument("--exclude-n", type=int, default=3000, help="how many each such seed drew")
    ap.add_argument("--slant", action="append", help="binary (repeat in blind mode)")
    ap.add_argument("--mode", choices=["groups", "blind"], default="groups")
    ap.add_argument("--top", type=int, default=80, help="groups printed")
    ap.add_argument("--ctx", type=int, default=6, help="random contexts a group")
    ap.add_argument("--flags", type=int, default=60, help="flags drawn a binary (blind mode)")
    ap.add_argument("--key", help="where blind mode writes which binary flagged which")
    args = ap.parse_args()
    args.slant = args.slant or ["./target/release/slant"]
    exclude = frozenset()
    for seed in args.exclude_seed or []:
        drawn = sample_rows(args.corpus, args.split, args.exclude_n, seed)
        exclude |= frozenset(r["id"] for r in drawn)
    rows = sample_rows(args.corpus, args.split, args.n, args.seed, exclude)
    (blind if args.mode == "blind" else groups)(args, rows)


if __name__ == "__main__":
    main()
