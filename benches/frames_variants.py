#!/usr/bin/env python3
"""Compares two variants of slant's 15-frame model (lexicon, training options) on the fold
models of benches/frames_proxy.py, paired: the same folds, composites and rows, each
scored by the fold model that never saw it; only the folds both variants have fitted
count, so a comparison can start before all 5 folds are done.

For each variant: the out-of-fold thresholds (on the compared folds' rows, as training
chooses them), then micro / macro F1 and frames marked per row on the composites, the
full-article rows (Narrative Frames, AllSides topic rows) and all rows, under thresholds
only, top-5 with p >= 0.08 and the shipped per-label rule (M=7, K=6, R=0.3, P=0.09);
per-frame F1; the frames its fold-0 model marks per unseen article (300 AllSides
`split_outlet` test articles / 924 PolNeAR articles) under those rules; and a paired
bootstrap (rows resampled, 400 draws, seeded) of A - B, 95% interval, so a change can be
told from noise. Thresholds are held fixed in the bootstrap, so the intervals are, if
anything, too narrow.

Usage: benches/frames_variants.py DIR_A DIR_B SLANT SHARED [--rule-a M,K,R,P]
                                   [--unseen-a FILE] [--unseen-b FILE]
  --rule-a adds A under its own per-label rule, compared (bootstrap too) with B under the
  shipped rule; --unseen-a / --unseen-b read a variant's unseen probabilities from FILE
  (e.g. its full model's, `frames_rules.py unseen`) instead of its fold-0 model's.
  (each DIR as `frames_proxy.py prepare` and `fit` left it; prepare is deterministic, so
  two DIRs prepared from the same ../shared hold the same folds and composites). Writes
  DIR/probs.json and DIR/unseen-0.json once (delete them after refitting a fold).
Needs numpy.
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from frames_density import decide, decide_per_label, probabilities as tsv_probabilities, write_sets  # noqa: E402
from frames_proxy import FOLDS, FRAMES, SEED, group_folds, oof_thresholds, probabilities, read_jsonl  # noqa: E402

RULES = [
    ("thresholds only", lambda t: (lambda p: decide(p, t, 0, 0.0))),
    ("top-5, p >= 0.08", lambda t: (lambda p: decide(p, t, 5, 0.08))),
    ("per label M=7 K=6 R=0.3 P=0.09 (shipped)", lambda t: (lambda p: decide_per_label(p, t, 6, 0.09, 7, 0.3))),
]
UNSEEN = ("allsides", "polnear")
DRAWS = 400


def fold_probs(d, slant, folds):
    """{id: [p per frame]} for the composites and rows of `folds`, cached in d/probs.json."""
    path = os.path.join(d, "probs.json")
    probs = json.load(open(path)) if os.path.exists(path) else {"_folds": []}
    for f in folds:
        if f in probs["_folds"]:
            continue
        model = os.path.join(d, f"fold-{f}.json.gz")
        for kind in ("composites", "test"):
            probs.update(probabilities(slant, model, os.path.join(d, f"fold-{f}-{kind}.jsonl")))
        probs["_folds"].append(f)
    json.dump(probs, open(path, "w"))
    return probs


def unseen_probs(d, slant, shared):
    path = os.path.join(d, "unseen-0.json")
    if not os.path.exists(path):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            paths = write_sets(shared, tmp, list(UNSEEN))
            model = os.path.join(d, "fold-0.json.gz")
            json.dump({n: tsv_probabilities(slant, model, paths[n], FRAMES) for n in UNSEEN}, open(path, "w"))
    return json.load(open(path))


def cells(rows, probs, rule):
    """Per row: tp, fp, fn per frame on the cells its codebook could code; and the
    frames marked per row (every frame, as frames_proxy.score counts them)."""
    out = np.zeros((len(rows), 3, len(FRAMES)))
    marked = 0
    for i, r in enumerate(rows):
        pred = rule(probs[r["id"]])
        marked += sum(pred)
        for j, fr in enumerate(FRAMES):
            if fr not in r["known"]:
                continue
            g = fr in r["frames"]
            if pred[j] and g:
                out[i, 0, j] = 1
            elif pred[j]:
                out[i, 1, j] = 1
            elif g:
                out[i, 2, j] = 1
    return out, marked / max(len(rows), 1)


def f1(c):
    """Micro-F1, macro-F1 (frames with positives) and per-frame F1 of summed cells."""
    tp, fp, fn = c[..., 0, :], c[..., 1, :], c[..., 2, :]
    micro = 2 * tp.sum(-1) / np.maximum(2 * tp.sum(-1) + fp.sum(-1) + fn.sum(-1), 1)
    with np.errstate(invalid="ignore"):
        per = np.where(tp + fn > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), np.nan)
    return micro, np.nanmean(per, -1), per


def main(argv):
    opts = {}
    while len(argv) > 5 and argv[-2] in ("--rule-a", "--unseen-a", "--unseen-b"):
        opts[argv[-2]] = argv[-1]
        argv = argv[:-2]
    if len(argv) != 5:
        sys.exit(__doc__)
    dirs, slant, shared = argv[1:3], argv[3], argv[4]
    own = None
    if "--rule-a" in opts:
        m, k, r, pf = opts["--rule-a"].split(",")
        own = f"per label M={m} K={k} R={r} P={pf} (A's own)"
        m, k, r, pf = int(m), int(k), float(r), float(pf)
        rules_of = {dirs[0]: RULES + [(own, lambda t: (lambda p: decide_per_label(p, t, k, pf, m, r)))],
                    dirs[1]: RULES}
    else:
        rules_of = {d: RULES for d in dirs}
    folds = [f for f in range(FOLDS) if all(os.path.exists(os.path.join(d, f"fold-{f}.json.gz")) for d in dirs)]
    rows_all = read_jsonl(os.path.join(dirs[0], "train.jsonl"))
    fold_of = dict(zip([r["id"] for r in rows_all], group_folds([r["group"] for r in rows_all], FOLDS, SEED)))
    rows = [r for r in rows_all if fold_of[r["id"]] in folds]
    sets = {
        "composites": [x for f in folds for x in read_jsonl(os.path.join(dirs[0], f"fold-{f}-composites.jsonl"))],
        "article rows": [r for r in rows if r["source"] in ("narrative", "allsides")],
        "all rows": rows,
    }
    print(f"folds {folds}: " + ", ".join(f"{len(v)} {k}" for k, v in sets.items()))
    probs = [fold_probs(d, slant, folds) for d in dirs]
    thresholds = [oof_thresholds(rows, p) for p in probs]
    unseen = [unseen_probs(d, slant, shared) if 0 in folds else None for d in dirs]
    sources = [opts.get(o, "its fold-0 model") for o in ("--unseen-a", "--unseen-b")]
    for i, o in enumerate(("--unseen-a", "--unseen-b")):
        if o in opts:
            unseen[i] = json.load(open(opts[o]))
    counts = {}
    for d, p, t, u, src in zip(dirs, probs, thresholds, unseen, sources):
        print(f"\n## {d}\nthresholds (out of fold): {t}\nunseen articles scored by: {src}")
        print("| rule | composites micro / macro | marked | article rows micro / macro | marked "
              "| all rows micro / macro | unseen AllSides / PolNeAR |")
        print("|---|---|---|---|---|---|---|")
        for name, mk in rules_of[d]:
            rule = mk(t)
            line = f"| {name} |"
            for s, rs in sets.items():
                c, marked = cells(rs, p, rule)
                counts[(d, name, s)] = c
                mi, ma, _ = f1(c.sum(0))
                line += f" {mi:.3f} / {ma:.3f} |" + (f" {marked:.2f} |" if s != "all rows" else "")
            if u is not None:
                line += " " + " / ".join(f"{sum(sum(rule(q)) for q in u[n]) / len(u[n]):.2f}" for n in UNSEEN) + " |"
            print(line)
    pairs = [(n, n) for n, _ in RULES] + ([(own, RULES[-1][0])] if own else [])
    print("\nper-frame F1, composites / article rows / all rows, A then B:")
    for name, name_b in pairs:
        print(name if name == name_b else f"A {name}, B {name_b}:")
        per = {(d, s): f1(counts[(d, n, s)].sum(0))[2] for d, n in zip(dirs, (name, name_b)) for s in sets}
        for j, fr in enumerate(FRAMES):
            cell = lambda d: " / ".join("-" if np.isnan(per[(d, s)][j]) else f"{per[(d, s)][j]:.3f}" for s in sets)
            print(f"  {fr:45} {cell(dirs[0])}   {cell(dirs[1])}")
    print(f"\npaired bootstrap, A = {dirs[0]}, B = {dirs[1]}: A - B (95% interval)")
    rng = np.random.default_rng(7)
    for name, name_b in pairs:
        for s, rs in sets.items():
            a, b = counts[(dirs[0], name, s)], counts[(dirs[1], name_b, s)]
            (ma, Ma, _), (mb, Mb, _) = f1(a.sum(0)), f1(b.sum(0))
            diffs = []
            for _ in range(DRAWS):
                i = rng.integers(0, len(rs), len(rs))
                x, y = f1(a[i].sum(0)), f1(b[i].sum(0))
                diffs.append((x[0] - y[0], x[1] - y[1]))
            lo, hi = np.percentile(np.array(diffs), [2.5, 97.5], axis=0)
            label = name if name == name_b else f"{name} vs B {name_b}"
            print(f"  {label:42} {s:12} micro {ma - mb:+.3f} [{lo[0]:+.3f}, {hi[0]:+.3f}]"
                  f"  macro {Ma - Mb:+.3f} [{lo[1]:+.3f}, {hi[1]:+.3f}]")


if __name__ == "__main__":
    main(sys.argv)
