#!/usr/bin/env python3
"""Lean bench: does slant's lean read the article or the masthead?

Figures (each printed as `name: value`):
- split_outlet test macro-F1 and accuracy (`slant eval`; publishers unseen in training; with
  `--split valid` the valid rows instead, for choosing options with a model trained on train);
- on those held-out rows: correlation of slant with article length (Pearson with ln(words),
  Spearman; the true lean's own correlation, and slant's within each true label), and the share of the left/right contribution listed in `top_terms` that comes
  from dense blocks (`loaded:*`, `sourcing:*`) on long articles (>= 1,000 words);
- Narrative Frames (climate articles, outlet rated by Media Bias/Fact Check): left_bias and
  left_center_bias as left, right_bias as right; macro-F1 of the sign of slant, and the
  share of left/right pairs that slant orders left before right (ties count one half);
- hyperpartisan proxy: on the same Narrative Frames articles, AUC of `partisanship` (and of
  the outlet-voice loaded rate) separating partisan outlets (left_bias, right_bias,
  questionable_source) from mainstream ones (left_center_bias);
- PolNeAR (7 publishers of 2016 campaign coverage; HuffPost, NYT, Washington Post,
  Politico left, USA Today center, Breitbart, Western Journal right as in AllSides):
  macro-F1 of the label, and pairwise ordering agreement across differently labelled
  publishers; mean slant per publisher;
- slant of the three data/examples/harbor-bridge-*.txt articles.

Usage: python3 benches/lean.py [--bin target/release/slant] [--model FILE] [--shared ../shared]
                               [--split test|valid]
The corpora are read from ../shared (never copied into the repository); a missing one is
skipped with a note.
"""
import argparse, gzip, json, math, os, subprocess, sys, tempfile

POLNEAR = {"huff-post": "left", "nyt": "left", "wash-post": "left", "politico": "left",
           "usa-today": "center", "breitbart": "right", "west-journal": "right"}
MBFC = {"left_bias": "left", "left_center_bias": "left", "right_bias": "right"}
PARTISAN = {"left_bias": 1, "right_bias": 1, "questionable_source": 1, "left_center_bias": 0}
ORDER = {"left": 0, "center": 1, "right": 2}


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def macro_f1(gold, pred, labels):
    f1s = []
    for l in labels:
        tp = sum(g == l and p == l for g, p in zip(gold, pred))
        fp = sum(g != l and p == l for g, p in zip(gold, pred))
        fn = sum(g == l and p != l for g, p in zip(gold, pred))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / len(f1s)


def ordering(gold, slant):
    """Share of pairs with different labels that slant orders as the labels (ties 1/2)."""
    agree = total = 0.0
    items = sorted(zip((ORDER[g] for g in gold), slant))
    for i, (gi, si) in enumerate(items):
        for gj, sj in items[i + 1:]:
            if gi == gj:
                continue
            total += 1
            agree += 1.0 if si < sj else 0.5 if si == sj else 0.0
    return agree / total if total else float("nan")


def auc(pos, neg):
    """Probability that a positive scores above a negative (ties count one half)."""
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def pearson(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def ranks(x):
    order = sorted(range(len(x)), key=lambda i: x[i])
    r = [0.0] * len(x)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and x[order[j + 1]] == x[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2
        i = j + 1
    return r


def score_tsv(slant, model, path):
    out = run(slant + ["score", path, "--format", "tsv", "--no-frames"] + model)
    lines = out.splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/slant")
    ap.add_argument("--model")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--split", default="test",
                    help="the split_outlet part the AllSides figures read (valid for choices)")
    a = ap.parse_args()
    slant = [a.bin]
    model = ["--model", a.model] if a.model else []
    allsides = os.path.join(a.shared, "corpora/allsides/allsides.jsonl.gz")
    work = tempfile.mkdtemp()
    print(f"model: {a.model or '(embedded default)'}")

    if os.path.exists(allsides):
        ev = json.loads(run(slant + ["eval", "--corpus", allsides, "--split-field", "split_outlet",
                                     "--split-values", a.split, "--ordinal", "left,center,right",
                                     "--format", "json"] + model))
        print(f"split_outlet {a.split} macro-F1: {ev['macro_f1']:.3f}")
        print(f"split_outlet {a.split} accuracy: {ev['accuracy']:.3f}")
        test = os.path.join(work, "test.jsonl")
        gold = {}
        with gzip.open(allsides, "rt", encoding="utf-8") as f, open(test, "w") as out:
            for line in f:
                r = json.loads(line)
                if r["split_outlet"] == a.split:
                    gold[r["id"]] = r["label"]
                    out.write(line)
        rows = [json.loads(l) for l in run(slant + ["score", test, "--format", "json",
                                                    "--no-frames"] + model).splitlines()]
        s = [r["slant"] for r in rows]
        lw = [math.log(1 + r["words"]) for r in rows]
        print(f"slant vs length, Pearson with ln(words): {pearson(s, lw):+.3f}")
        print(f"slant vs length, Spearman: {pearson(ranks(s), ranks(lw)):+.3f}")
        g = [ORDER[gold[r["id"]]] - 1 for r in rows]
        print(f"true lean (left -1, center 0, right +1) vs length, Pearson with ln(words): "
              f"{pearson(g, lw):+.3f}")
        within = []
        for label in ORDER:
            idx = [i for i, r in enumerate(rows) if gold[r["id"]] == label]
            within.append(pearson([s[i] for i in idx], [lw[i] for i in idx]))
        print("slant vs length within each true label, Pearson with ln(words): " + ", ".join(
            f"{l} {c:+.3f}" for l, c in zip(ORDER, within)) + f"; mean {sum(within) / 3:+.3f}")
        dense = total = 0.0
        long_rows = [r for r in rows if r["words"] >= 1000]
        for r in long_rows:
            for t in r["top_terms"]:
                if t["toward"] in ("left", "right"):
                    total += abs(t["contribution"])
                    if t["stem"].startswith(("loaded:", "sourcing:")):
                        dense += abs(t["contribution"])
        print(f"dense share of listed left/right contribution, {len(long_rows)} articles "
              f">= 1000 words: {dense / total:.3f}")
    else:
        print(f"skipped AllSides: {allsides} not found")

    narrative = os.path.join(a.shared, "corpora/frames/narrative.jsonl")
    if os.path.exists(narrative):
        path = os.path.join(work, "narrative.jsonl")
        gold, partisan = {}, {}
        with open(narrative) as f, open(path, "w") as out:
            for line in f:
                r = json.loads(line)
                if r.get("mbfc") in PARTISAN:
                    partisan[r["id"]] = PARTISAN[r["mbfc"]]
                    out.write(line)
                if r.get("mbfc") in MBFC:
                    gold[r["id"]] = MBFC[r["mbfc"]]
        every = score_tsv(slant, model, path)
        for col in ("partisanship", "loaded_per_100_words"):
            pos = [float(r[col]) for r in every if partisan[r["id"]]]
            neg = [float(r[col]) for r in every if not partisan[r["id"]]]
            print(f"narrative partisan ({len(pos)}) vs mainstream ({len(neg)}): "
                  f"AUC of {col} {auc(pos, neg):.3f}")
        rows = [r for r in every if r["id"] in gold]
        g = [gold[r["id"]] for r in rows]
        s = [float(r["slant"]) for r in rows]
        pred = ["right" if x > 0 else "left" for x in s]
        print(f"narrative ({len(rows)} articles): macro-F1 of sign(slant) "
              f"{macro_f1(g, pred, ['left', 'right']):.3f}; left-before-right pairs {ordering(g, s):.3f}")
    else:
        print(f"skipped Narrative Frames: {narrative} not found")

    polnear = [os.path.join(a.shared, f"corpora/polnear/{n}.jsonl") for n in ("train", "dev")]
    if all(os.path.exists(p) for p in polnear):
        path = os.path.join(work, "polnear.jsonl")
        gold, pub = {}, {}
        with open(path, "w") as out:
            for p in polnear:
                for line in open(p):
                    r = json.loads(line)
                    gold[r["id"]] = POLNEAR[r["publisher"]]
                    pub[r["id"]] = r["publisher"]
                    out.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
        rows = score_tsv(slant, model, path)
        g = [gold[r["id"]] for r in rows]
        s = [float(r["slant"]) for r in rows]
        print(f"polnear ({len(rows)} articles): macro-F1 "
              f"{macro_f1(g, [r['label'] for r in rows], ['left', 'center', 'right']):.3f}; "
              f"pairwise ordering {ordering(g, s):.3f}")
        means = {}
        for r, x in zip(rows, s):
            means.setdefault(pub[r["id"]], []).append(x)
        print("polnear mean slant: " + ", ".join(
            f"{p} ({POLNEAR[p]}) {sum(v) / len(v):+.3f}" for p, v in sorted(
                means.items(), key=lambda kv: sum(kv[1]) / len(kv[1]))))
    else:
        print("skipped PolNeAR: not found")

    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "examples")
    files = [os.path.join(here, f"harbor-bridge-{s}.txt") for s in ("left", "center", "right")]
    out = run(slant + ["score"] + files + ["--format", "tsv", "--no-frames"] + model).splitlines()
    head = out[0].split("\t")
    for l in out[1:]:
        r = dict(zip(head, l.split("\t")))
        print(f"harbor-bridge {os.path.basename(r['id'])}: slant {float(r['slant']):+.3f}, label {r['label']}")


if __name__ == "__main__":
    sys.exit(main())
