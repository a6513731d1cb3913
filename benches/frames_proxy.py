#!/usr/bin/env python3
"""A full-article-density proxy for slant's 15-frame model, built from the shared rows.

No shared corpus holds full articles coded with all 15 policy frames: FrAC rows are single
sentences with one code each and no article id (consecutive rows come from unrelated
texts), GVFC rows are a headline and lead with 1-2 codes, Narrative Frames articles carry
5 generic codes, AllSides articles one topic. This bench measures a frame model and its
decision rule at the density of full-article coding (about 3.7 frames an article) in the
one way those rows allow:

- **composites**: pseudo-articles made by concatenating 3 or 2 coded units (GVFC headline and
  lead, FrAC sentences) drawn from one cross-validation fold; their codes are the union of
  the units' codes, counted only on the frames every unit's codebook could code. Built 3
  times over each fold with different draws (seeded), so each unit is in 3 composites.
- **articles**: the real full-article rows (Narrative Frames, AllSides topic rows), whose
  codes are sparse (1-3 a row): their recall is informative, their precision is not.

Folds are the training's own grouped folds (scripts/frames-training-set.py groups, seed
42, `group_folds` of src/model/multi/fit.rs), so a fold model never saw any unit of the
composites it scores.

Usage:
  benches/frames_proxy.py prepare SHARED OUT_DIR
      writes OUT_DIR/train.jsonl (the training rows), fold-F-train.jsonl (rows outside
      fold F), fold-F-test.jsonl (rows of fold F) and fold-F-composites.jsonl.
  benches/frames_proxy.py fit OUT_DIR SLANT [train options...]
      fits one model per fold (`slant train --multi-label ... --cv 0`), OUT_DIR/fold-F.json.gz.
  benches/frames_proxy.py eval OUT_DIR SLANT [--tag NAME]
      scores each fold's test rows and composites with its fold model (TSV p_ columns),
      chooses each frame's threshold on the out-of-fold rows as training does, then
      prints micro/macro F1, recall and frames marked per row for each decision rule
      (top-k ranked by probability or by probability over threshold; with a floor).
"""
import csv
import hashlib
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from frames_density import decide  # noqa: E402  slant's frame rule, one copy

csv.field_size_limit(sys.maxsize)

FRAMES = [
    "economic", "capacity_and_resources", "morality", "fairness_and_equality",
    "legality_constitutionality_and_jurisprudence", "policy_prescription_and_evaluation",
    "crime_and_punishment", "security_and_defense", "health_and_safety", "quality_of_life",
    "cultural_identity", "public_opinion", "political", "external_regulation_and_reputation",
    "other",
]
FOLDS = 5
SEED = 42
# Units per composite, in turn: 3 then 2 gives about 3.7 codes a composite, the density
# of full-article coding of the 15 frames.
UNITS_PER_COMPOSITE = [3, 2]
DRAWS = 3
TRAIN_ARGS = [
    "--labels-field", "frames", "--known-field", "known", "--group-field", "group",
    "--labels", ",".join(FRAMES), "--features", "5000", "--min-df", "3",
]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")


def group_folds(groups, k, seed):
    """The fold of each row, as slant's `group_folds` makes them."""
    sizes = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    order = sorted(
        sizes.items(),
        key=lambda gn: (-gn[1], hashlib.sha256(seed.to_bytes(8, "little") + gn[0].encode()).digest()),
    )
    load = [0] * k
    fold_of = {}
    for g, n in order:
        f = min(range(k), key=lambda i: (load[i], i))
        load[f] += n
        fold_of[g] = f
    return [fold_of[g] for g in groups]


def composites(units, fold, draw_seed):
    """Pseudo-articles of UNITS_PER_COMPOSITE units each; codes are the union, known
    frames the intersection of the units' codebooks (plus the union's codes)."""
    out = []
    for d in range(DRAWS):
        order = list(units)
        random.Random(f"{draw_seed}-{fold}-{d}").shuffle(order)
        i = 0
        while True:
            size = UNITS_PER_COMPOSITE[len(out) % len(UNITS_PER_COMPOSITE)]
            if i + size > len(order):
                break
            part = order[i : i + size]
            i += size
            texts = []
            for u in part:
                texts.append((u["title"] + ".\n" if u.get("title") else "") + u["text"])
            frames = sorted({f for u in part for f in u["frames"]})
            known = set(FRAMES)
            for u in part:
                known &= set(u["known"])
            known = sorted(known | set(frames))
            out.append(
                dict(
                    id=f"composite-{fold}-{d}-{i}",
                    text="\n\n".join(texts),
                    frames=frames,
                    known=known,
                    units=[u["id"] for u in part],
                )
            )
    return out


def prepare(shared, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    train = os.path.join(out_dir, "train.jsonl")
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run(
        [sys.executable, os.path.join(here, "..", "scripts", "frames-training-set.py"), shared, train],
        check=True,
    )
    rows = read_jsonl(train)
    folds = group_folds([r["group"] for r in rows], FOLDS, SEED)
    for f in range(FOLDS):
        write_jsonl(os.path.join(out_dir, f"fold-{f}-train.jsonl"), [r for r, g in zip(rows, folds) if g != f])
        test = [r for r, g in zip(rows, folds) if g == f]
        write_jsonl(os.path.join(out_dir, f"fold-{f}-test.jsonl"), test)
        units = [r for r in test if r["source"] in ("gvfc", "frac")]
        comp = composites(units, f, SEED)
        write_jsonl(os.path.join(out_dir, f"fold-{f}-composites.jsonl"), comp)
        n = len(comp)
        dens = sum(len(set(c["frames"]) & set(c["known"])) for c in comp) / max(n, 1)
        print(f"fold {f}: {len(test)} rows, {len(units)} units, {n} composites, "
              f"{dens:.2f} codes each on their coded frames", file=sys.stderr)


def fit(out_dir, slant, extra):
    for f in range(FOLDS):
        model = os.path.join(out_dir, f"fold-{f}.json.gz")
        if os.path.exists(model):
            continue
        cmd = [slant, "train", "--multi-label", "--corpus", os.path.join(out_dir, f"fold-{f}-train.jsonl"),
               *TRAIN_ARGS, "--cv", "0", *extra, "--out", model + ".part"]
        subprocess.run(cmd, check=True)
        os.replace(model + ".part", model)
        print(f"fold {f} fitted", file=sys.stderr)


def probabilities(slant, model, path):
    """{id: [p per frame]} from `slant score --format tsv`."""
    out = subprocess.run(
        [slant, "score", path, "--format", "tsv", "--frames-model", model, "--threads", "1"],
        check=True, capture_output=True, text=True,
    ).stdout
    reader = csv.DictReader(out.splitlines(), delimiter="\t")
    return {r["id"]: [float(r["p_" + fr]) for fr in FRAMES] for r in reader}


def score(rows, probs, rule):
    """Micro-F1, macro-F1 (frames with positives), recall, frames marked per row."""
    tp = [0] * len(FRAMES)
    fp = [0] * len(FRAMES)
    fn = [0] * len(FRAMES)
    marked = 0
    for r in rows:
        pred = rule(probs[r["id"]])
        marked += sum(pred)
        gold = set(r["frames"])
        known = set(r["known"])
        for j, fr in enumerate(FRAMES):
            if fr not in known:
                continue
            g = fr in gold
            if pred[j] and g:
                tp[j] += 1
            elif pred[j]:
                fp[j] += 1
            elif g:
                fn[j] += 1

    def f1(a, b, c):
        return 0.0 if a == 0 else 2 * a / (2 * a + b + c)

    micro = f1(sum(tp), sum(fp), sum(fn))
    per = [f1(tp[j], fp[j], fn[j]) for j in range(len(FRAMES)) if tp[j] + fn[j] > 0]
    recall = sum(tp) / max(sum(tp) + sum(fn), 1)
    return micro, sum(per) / max(len(per), 1), recall, marked / max(len(rows), 1), per


def oof_thresholds(rows, probs):
    """Each frame's threshold as slant's training chooses it: the best out-of-fold F1
    over 0.02..0.98 on the rows coded for it, the lowest on ties."""
    out = []
    for j, fr in enumerate(FRAMES):
        cells = [(probs[r["id"]][j], fr in r["frames"]) for r in rows if fr in r["known"]]
        best = (-1.0, 1.0)
        if any(g for _, g in cells):
            for step in range(2, 99):
                t = step / 100
                tp = sum(1 for p, g in cells if p >= t and g)
                fp = sum(1 for p, g in cells if p >= t and not g)
                fn = sum(1 for p, g in cells if p < t and g)
                f1 = 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)
                if f1 > best[0] + 1e-12:
                    best = (f1, t)
        out.append(best[1])
    return out


def evaluate(out_dir, slant, tag):
    comp, rows, probs = [], [], {}
    for f in range(FOLDS):
        model = os.path.join(out_dir, f"fold-{f}.json.gz")
        if not os.path.exists(model):
            print(f"# fold {f} has no model yet: left out", file=sys.stderr)
            continue
        for kind in ("composites", "test"):
            path = os.path.join(out_dir, f"fold-{f}-{kind}.jsonl")
            probs.update(probabilities(slant, model, path))
            if kind == "composites":
                comp += read_jsonl(path)
            else:
                rows += read_jsonl(path)
    report(out_dir, tag, comp, rows, probs)


def report(out_dir, tag, comp, rows, probs):
    arts = [r for r in rows if r["source"] in ("narrative", "allsides")]
    thresholds = oof_thresholds(rows, probs)
    known = sum(len(set(c["frames"]) & set(c["known"])) for c in comp) / len(comp)
    print(f"# {tag}: {len(comp)} composites ({known:.2f} codes each on their coded frames), "
          f"{len(arts)} article rows; thresholds (out of fold, all rows): {thresholds}")
    print("rule\trank\tcomposites micro\tmacro\trecall\tmarked\tarticles micro\tmacro\trecall\tmarked"
          "\tall rows micro\tmacro")
    # The reference the held-out target quotes: the 4 most frequent frames, every row
    # (frequency: positive share of the rows coded for each frame, all training rows).
    train = read_jsonl(os.path.join(out_dir, "train.jsonl"))
    rate = []
    for fr in FRAMES:
        coded = [r for r in train if fr in r["known"]]
        rate.append(sum(fr in r["frames"] for r in coded) / max(len(coded), 1))
    top4 = sorted(range(len(FRAMES)), key=lambda i: -rate[i])[:4]
    prior = [i in top4 for i in range(len(FRAMES))]

    def line(name, rank, rule):
        c = score(comp, probs, rule)
        a = score(arts, probs, rule)
        r = score(rows, probs, rule)
        print(f"{name}\t{rank}\t{c[0]:.3f}\t{c[1]:.3f}\t{c[2]:.3f}\t{c[3]:.2f}"
              f"\t{a[0]:.3f}\t{a[1]:.3f}\t{a[2]:.3f}\t{a[3]:.2f}\t{r[0]:.3f}\t{r[1]:.3f}")

    line("4 most frequent, every row", "-", lambda p: prior)
    ranks = {"probability": None, "p/threshold": lambda p: [pi / t for pi, t in zip(p, thresholds)]}
    rules = [("thresholds only", 0, 0.0)]
    rules += [(f"top-{k}", k, 0.0) for k in range(1, 7)]
    rules += [(f"top-{k}, p>={p}", k, p) for k in (4, 5, 6)
              for p in (0.05, 0.06, 0.07, 0.08, 0.1, 0.15, 0.2, 0.3)]
    for rank, key in ranks.items():
        for name, k, floor in rules:
            if rank != "probability" and k == 0:
                continue
            line(name, rank, lambda p, k=k, floor=floor, key=key: decide(p, thresholds, k, floor, key))


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    cmd = argv[1]
    if cmd == "prepare":
        prepare(argv[2], argv[3])
    elif cmd == "fit":
        fit(argv[2], argv[3], argv[4:])
    elif cmd == "eval":
        tag = argv[argv.index("--tag") + 1] if "--tag" in argv else "model"
        evaluate(argv[2], argv[3], tag)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
