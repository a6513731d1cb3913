#!/usr/bin/env python3
"""How many frames slant's frame models mark on full news articles, under each decision rule.

A frame model's rule is "present = probability at or over the frame's threshold, or among
the article's k most likely frames whose probability is at least P" (`top_k`,
`min_probability` in the model file). Full articles coded by experts carry about 3.7 of the
15 policy frames; this measures, for k = 0..5 and a few P, the mean number of frames each
rule marks on three sets of full articles from ../shared (never committed):

- allsides: 300 AllSides articles of the `split_outlet` test split (publishers never in the
  frame model's training rows), the 300 with the smallest SHA-1 of their id;
- narrative: the 427 Narrative Frames climate articles (in the training rows of both models);
- polnear: the 924 PolNeAR campaign articles (train and dev; in no training rows).

Given --oof (the JSONL of `slant train --multi-label --out-of-fold`) and --train (the
training rows it was made from), it also gives each rule's grouped cross-validated micro-
and macro-F1, out of fold, counted only on the cells each row's codebook could code: on the
full-article rows (`source` narrative or allsides) and on every row.

Usage:
  benches/frames_density.py SHARED_DIR SLANT_BINARY MODEL_FILE [--frames-model NAME]
      [--oof OOF.jsonl --train TRAIN.jsonl] [--sets allsides,narrative,polnear]
"""
import argparse
import csv
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile

csv.field_size_limit(sys.maxsize)

MIN_PROBABILITIES = [0.0, 0.05, 0.1, 0.15, 0.2]


def write_sets(shared, out_dir, names):
    """Writes each article set as JSONL {id, title, text}; returns {name: path}."""
    paths = {}
    if "allsides" in names:
        rows = []
        with gzip.open(os.path.join(shared, "corpora/allsides/allsides.jsonl.gz"), "rt") as f:
            for line in f:
                a = json.loads(line)
                if a.get("split_outlet") == "test":
                    key = hashlib.sha1(a["id"].encode()).hexdigest()
                    rows.append((key, {"id": a["id"], "title": a.get("title"), "text": a["text"]}))
        rows.sort(key=lambda r: r[0])
        paths["allsides"] = dump(out_dir, "allsides", [r for _, r in rows[:300]])
    if "narrative" in names:
        with open(os.path.join(shared, "corpora/frames/narrative.jsonl")) as f:
            rows = [json.loads(l) for l in f if l.strip()]
        paths["narrative"] = dump(
            out_dir, "narrative", [{"id": r["id"], "text": r["text"]} for r in rows]
        )
    if "polnear" in names:
        rows = []
        for split in ("train", "dev"):
            with open(os.path.join(shared, f"corpora/polnear/{split}.jsonl")) as f:
                rows += [json.loads(l) for l in f if l.strip()]
        paths["polnear"] = dump(
            out_dir, "polnear", [{"id": r["id"], "text": r["text"]} for r in rows]
        )
    return paths


def dump(out_dir, name, rows):
    path = os.path.join(out_dir, f"{name}.jsonl")
    with open(path, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    return path


def probabilities(slant, frames_model, path, labels):
    """Each article's frame probabilities, from `slant score --format tsv`."""
    out = subprocess.run(
        [slant, "score", "--format", "tsv", "--frames-model", frames_model, path],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    reader = csv.reader(out.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    cols = [header.index(f"p_{l}") for l in labels]
    return [[float(row[c]) for c in cols] for row in reader]


def decide(probs, thresholds, top_k, min_p, rank=None):
    """slant's rule: over the threshold, or among the top_k most likely (ties to the
    first; ranked by `rank(probs)` when given) at or over min_p."""
    present = [p >= t for p, t in zip(probs, thresholds)]
    key = probs if rank is None else rank(probs)
    order = sorted(range(len(probs)), key=lambda i: (-key[i], i))
    for i in order[:top_k]:
        if probs[i] >= min_p:
            present[i] = True
    return present


def decide_per_label(probs, thresholds, top_k, min_p, max_labels, min_ratio=0.0, min_labels=0):
    """slant's per-label rule: labels ranked by p / t (threshold 0 first; ties to the
    first); of the first max_labels, present when over the threshold, among the first
    min_labels, or among the first top_k with p >= min_p and p / t >= min_ratio."""
    ratio = [p / t if t > 0 else float("inf") for p, t in zip(probs, thresholds)]
    order = sorted(range(len(probs)), key=lambda i: (-ratio[i], i))
    present = [False] * len(probs)
    for rank, i in enumerate(order[:max_labels]):
        over = probs[i] >= thresholds[i]
        fills = rank < top_k and probs[i] >= min_p and ratio[i] >= min_ratio
        present[i] = over or rank < min_labels or fills
    return present


def model_rule(model):
    """The decision rule a model file holds, as a function of the probabilities."""
    t, k, p = model["thresholds"], model["top_k"], model.get("min_probability", 0.0)
    per = model.get("per_label_rule")
    if per is None:
        return lambda q: decide(q, t, k, p)
    return lambda q: decide_per_label(q, t, k, p, per["max_labels"], per.get("min_ratio", 0.0),
                                      per.get("min_labels", 0))


def f1s(rows, labels, rule):
    """Micro- and macro-F1 (frames with positives) over the coded cells of `rows`."""
    counts = [[0, 0, 0] for _ in labels]
    for probs, gold, known in rows:
        pred = rule(probs)
        for j, l in enumerate(labels):
            if l not in known:
                continue
            g = l in gold
            if pred[j] and g:
                counts[j][0] += 1
            elif pred[j]:
                counts[j][1] += 1
            elif g:
                counts[j][2] += 1

    def f(tp, fp, fn):
        return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)

    tp, fp, fn = (sum(c[i] for c in counts) for i in range(3))
    with_support = [f(*c) for c in counts if c[0] + c[2] > 0]
    return f(tp, fp, fn), sum(with_support) / max(len(with_support), 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared")
    ap.add_argument("slant")
    ap.add_argument("model", help="the model file, for its labels and thresholds")
    ap.add_argument("--frames-model", help="what to pass to --frames-model (default: MODEL)")
    ap.add_argument("--oof")
    ap.add_argument("--train")
    ap.add_argument("--sets", default="allsides,narrative,polnear")
    ap.add_argument("--max-k", type=int, default=5, help="largest k tried (default 5)")
    ap.add_argument("--min-probabilities", help="floors tried, comma-separated "
                    "(default 0,0.05,0.1,0.15,0.2)")
    args = ap.parse_args()
    with gzip.open(args.model, "rt") if args.model.endswith(".gz") else open(args.model) as f:
        model = json.load(f)
    labels, thresholds = model["labels"], model["thresholds"]
    shipped = (model["top_k"], model.get("min_probability", 0.0))
    floors = MIN_PROBABILITIES
    if args.min_probabilities:
        floors = sorted({0.0, *(float(x) for x in args.min_probabilities.split(","))})
    rules = [(k, p) for k in range(0, args.max_k + 1) for p in floors if k > 0 or p == 0.0]
    names = args.sets.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_sets(args.shared, tmp, names)
        probs = {
            n: probabilities(args.slant, args.frames_model or args.model, paths[n], labels)
            for n in names
        }
    oof = None
    if args.oof and args.train:
        with open(args.train) as f:
            train = [json.loads(l) for l in f if l.strip()]
        with open(args.oof) as f:
            p = [json.loads(l) for l in f if l.strip()]
        assert [r["id"] for r in train] == [r["id"] for r in p], "--oof rows are not --train's"
        all_rows = [
            ([q["probabilities"][l] for l in labels], set(r["frames"]), set(r.get("known", labels)))
            for r, q in zip(train, p)
        ]
        articles = [row for row, r in zip(all_rows, train) if r.get("source") in ("narrative", "allsides")]
        oof = (articles, all_rows)
    head = ["rule"] + [f"{n} ({len(probs[n])})" for n in names]
    if oof:
        head += [f"article rows ({len(oof[0])}) micro / macro", f"all rows ({len(oof[1])}) micro / macro"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    listed = [(f"top-{k}" + (f", p ≥ {p:.2f}" if p > 0 else "") + " + thresholds"
               + (" (the model's rule)" if (k, p) == shipped and "per_label_rule" not in model else ""),
               lambda q, k=k, p=p: decide(q, thresholds, k, p)) for k, p in rules]
    if "per_label_rule" in model:
        per = model["per_label_rule"]
        listed.insert(0, (f"per label: top-{model['top_k']} by p / threshold, p ≥ "
                          f"{model.get('min_probability', 0.0):.2f}, p / threshold ≥ "
                          f"{per.get('min_ratio', 0.0):.2f}, at least {per.get('min_labels', 0)}, "
                          f"at most {per['max_labels']} "
                          "(the model's rule)", model_rule(model)))
    for name, rule in listed:
        cells = [name]
        for n in names:
            marked = [sum(rule(q)) for q in probs[n]]
            cells.append(f"{sum(marked) / len(marked):.2f}")
        if oof:
            for rows in oof:
                micro, macro = f1s(rows, labels, rule)
                cells.append(f"{micro:.3f} / {macro:.3f}")
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
