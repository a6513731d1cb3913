#!/usr/bin/env python3
"""Logit-offset rules cross-fitted over publishers: do offsets fitted on some held-out
publishers help on other unseen ones?

The default recipe (scripts/train-default.sh) fits per-label logit offsets on split_outlet
valid for a model trained on train only, then ships them. This bench scores the valid rows
with such a model once (`slant score`, its `logits`), then, over random partitions of the
valid **publishers** into K folds, fits each rule's offsets on K - 1 folds and predicts the
left-out fold's rows with them: every row is predicted by offsets fitted without its
publisher. The figure of a partition is the macro-F1 over all rows so predicted.

Rules:
  none        no offsets
  full        the offsets `slant eval --fit-offsets` fits: maximum likelihood of the labels
              under softmax(logits + b), b summing to zero (each row weighs the same)
  shrinkL     L x full (L = 0.25, 0.5, 0.75)
  pubeq       maximum likelihood with every publisher weighing the same (its rows 1 / rows)
  prior       labels unused: the offsets that make the fitting rows' mean predicted
              probabilities 1/3 each (a uniform prior)

Printed: each rule's offsets fitted on all rows; per K, each rule's mean macro-F1 over the
partitions, its spread (sd, min, max), the share of partitions where it beats `none` and
where it beats `full`; and a publisher bootstrap (1,000 resamples of the publishers) of its
difference from `none` and from `full`, on the confusion counts pooled over partitions.

Usage: python3 benches/lean_offsets.py --model MODEL [--bin target/release/slant]
         [--corpus ../shared/corpora/allsides/allsides.jsonl.gz] [--split valid]
         [--partitions 50] [--folds 5,2] [--seed 1] [--scores FILE]
--folds lists the K to run; `pub` makes each publisher its own fold (leave one publisher
out, one partition). --scores keeps the scored rows (JSON lines of id, publisher, label, logits) in FILE and
reads them from there when it exists. Skips cleanly when the corpus is absent.
"""
import argparse, gzip, json, math, os, random, subprocess, sys, tempfile

LABELS = ["center", "left", "right"]  # slant's label order (sorted)
RULES = ["none", "full", "shrink0.25", "shrink0.5", "shrink0.75", "pubeq", "prior"]


def score_rows(a):
    """(publisher, truth index, logits) of every row of the split, scored by the model."""
    if a.scores and os.path.exists(a.scores):
        rows = [json.loads(l) for l in open(a.scores)]
    else:
        work = tempfile.mkdtemp()
        path = os.path.join(work, "rows.jsonl")
        meta = {}
        with gzip.open(a.corpus, "rt", encoding="utf-8") as f, open(path, "w") as out:
            for line in f:
                r = json.loads(line)
                if r.get("split_outlet") == a.split:
                    meta[r["id"]] = (r["publisher"], r["label"])
                    out.write(line)
        cmd = [a.bin, "score", path, "--format", "json", "--no-frames", "--top", "0",
               "--threads", "1", "--model", a.model]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows = []
        for line in out.splitlines():
            s = json.loads(line)
            pub, label = meta[s["id"]]
            rows.append({"id": s["id"], "publisher": pub, "label": label,
                         "logits": [s["logits"][l] for l in LABELS]})
        if a.scores:
            with open(a.scores, "w") as f:
                for r in rows:
                    f.write(json.dumps(r) + "\n")
    return rows


def fit(E, targets, weights, iters=50):
    """Offsets b (sum 0) minimising sum_i w_i (lse(z_i + b) - t_i . b): the labels' maximum
    likelihood when t_i is the row's one-hot label, prior matching when t_i is the prior.
    E holds exp(z_i - max z_i) per row. Newton steps on (b_1, b_2) with b_0 = 0."""
    b = [0.0, 0.0, 0.0]
    W = sum(weights)
    tbar = [sum(w * t[j] for w, t in zip(weights, targets)) / W for j in range(3)]
    for _ in range(iters):
        c = [math.exp(v) for v in b]
        g = [0.0, 0.0, 0.0]
        h11 = h22 = h12 = 0.0
        for e, w in zip(E, weights):
            q0, q1, q2 = e[0] * c[0], e[1] * c[1], e[2] * c[2]
            s = q0 + q1 + q2
            p1, p2 = q1 / s, q2 / s
            g[1] += w * p1
            g[2] += w * p2
            h11 += w * p1 * (1 - p1)
            h22 += w * p2 * (1 - p2)
            h12 -= w * p1 * p2
        g1, g2 = g[1] / W - tbar[1], g[2] / W - tbar[2]
        h11, h22, h12 = h11 / W, h22 / W, h12 / W
        det = h11 * h22 - h12 * h12
        d1 = (h22 * g1 - h12 * g2) / det
        d2 = (h11 * g2 - h12 * g1) / det
        b[1] -= d1
        b[2] -= d2
        if max(abs(d1), abs(d2)) < 1e-10:
            break
    m = sum(b) / 3
    return [v - m for v in b]


def offsets_for(rule, rows, E):
    if rule == "none":
        return [0.0, 0.0, 0.0]
    onehot = [[1.0 if j == r["y"] else 0.0 for j in range(3)] for r in rows]
    if rule == "prior":
        return fit(E, [[1 / 3] * 3] * len(rows), [1.0] * len(rows))
    if rule == "pubeq":
        n = {}
        for r in rows:
            n[r["publisher"]] = n.get(r["publisher"], 0) + 1
        return fit(E, onehot, [1.0 / n[r["publisher"]] for r in rows])
    full = fit(E, onehot, [1.0] * len(rows))
    if rule == "full":
        return full
    lam = float(rule[len("shrink"):])
    return [lam * v for v in full]


def predict(z, b):
    v = [z[0] + b[0], z[1] + b[1], z[2] + b[2]]
    return max(range(3), key=lambda j: v[j])


def macro_f1_counts(conf):
    """conf[t][p] counts; slant's macro-F1 (a label never right scores 0)."""
    f = 0.0
    for l in range(3):
        tp = conf[l][l]
        fp = sum(conf[t][l] for t in range(3)) - tp
        fn = sum(conf[l]) - tp
        f += 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)
    return f / 3


def macro_f1(ys, ps):
    conf = [[0] * 3 for _ in range(3)]
    for y, p in zip(ys, ps):
        conf[y][p] += 1
    return macro_f1_counts(conf)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--bin", default="target/release/slant")
    ap.add_argument("--corpus", default="../shared/corpora/allsides/allsides.jsonl.gz")
    ap.add_argument("--split", default="valid")
    ap.add_argument("--partitions", type=int, default=50)
    ap.add_argument("--folds", default="5,2")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bootstrap", type=int, default=1000)
    ap.add_argument("--scores")
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        print(f"skipped: {a.corpus} not found")
        return
    rows = score_rows(a)
    for r in rows:
        r["y"] = LABELS.index(r["label"])
        m = max(r["logits"])
        r["e"] = [math.exp(v - m) for v in r["logits"]]
    pubs = sorted({r["publisher"] for r in rows})
    ys = [r["y"] for r in rows]
    print(f"{a.split}: {len(rows)} rows, {len(pubs)} publishers")
    print(f"macro-F1 as scored: {macro_f1(ys, [predict(r['logits'], [0, 0, 0]) for r in rows]):.4f}")
    print("offsets fitted on all rows (center, left, right) and their in-sample macro-F1:")
    for rule in RULES:
        b = offsets_for(rule, rows, [r["e"] for r in rows])
        f = macro_f1(ys, [predict(r["logits"], b) for r in rows])
        print(f"  {rule:11s} {b[0]:+.3f} {b[1]:+.3f} {b[2]:+.3f}   {f:.4f}")

    rng = random.Random(a.seed)
    for K in [len(pubs) if k == "pub" else int(k) for k in a.folds.split(",")]:
        parts = 1 if K == len(pubs) else a.partitions
        scores = {rule: [] for rule in RULES}
        halves = {rule: [] for rule in RULES}
        # per rule, per publisher: confusion counts summed over partitions
        pooled = {rule: {p: [[0] * 3 for _ in range(3)] for p in pubs} for rule in RULES}
        for _ in range(parts):
            order = pubs[:]
            rng.shuffle(order)
            fold_of = {p: i % K for i, p in enumerate(order)}
            preds = {rule: [None] * len(rows) for rule in RULES}
            for k in range(K):
                fit_rows = [r for r in rows if fold_of[r["publisher"]] != k]
                held = [i for i, r in enumerate(rows) if fold_of[r["publisher"]] == k]
                E = [r["e"] for r in fit_rows]
                for rule in RULES:
                    b = offsets_for(rule, fit_rows, E)
                    for i in held:
                        preds[rule][i] = predict(rows[i]["logits"], b)
                    if K == 2:
                        halves[rule].append(macro_f1([ys[i] for i in held],
                                                     [preds[rule][i] for i in held]))
            for rule in RULES:
                scores[rule].append(macro_f1(ys, preds[rule]))
                for r, p in zip(rows, preds[rule]):
                    pooled[rule][r["publisher"]][r["y"]][p] += 1
        print(f"\nK = {K}, {parts} partition(s) of the publishers: held-out macro-F1")
        print("rule         mean    sd     min    max    beats none  beats full"
              + ("  half mean" if K == 2 else ""))
        for rule in RULES:
            s = scores[rule]
            mean = sum(s) / len(s)
            sd = (sum((v - mean) ** 2 for v in s) / max(1, len(s) - 1)) ** 0.5
            bn = sum(v > n for v, n in zip(s, scores["none"])) / len(s)
            bf = sum(v > n for v, n in zip(s, scores["full"])) / len(s)
            extra = f"  {sum(halves[rule]) / len(halves[rule]):.4f}" if K == 2 else ""
            print(f"{rule:11s} {mean:.4f} {sd:.4f} {min(s):.4f} {max(s):.4f}   {bn:5.0%}      "
                  f"{bf:5.0%}{extra}")
        # publisher bootstrap of the differences, on the pooled confusion counts
        brng = random.Random(a.seed + K)
        draws = [[brng.randrange(len(pubs)) for _ in pubs] for _ in range(a.bootstrap)]

        boot_f1 = {}
        for rule in RULES:
            f = []
            for draw in draws:
                conf = [[0] * 3 for _ in range(3)]
                for i in draw:
                    c = pooled[rule][pubs[i]]
                    for t in range(3):
                        ct, st = c[t], conf[t]
                        st[0] += ct[0]
                        st[1] += ct[1]
                        st[2] += ct[2]
                f.append(macro_f1_counts(conf))
            boot_f1[rule] = f

        def boot(rule, ref):
            d = sorted(x - y for x, y in zip(boot_f1[rule], boot_f1[ref]))
            return d[int(0.05 * len(d))], d[int(0.95 * len(d)) - 1]

        print("publisher bootstrap, 90% intervals (pooled over partitions):")
        for rule in RULES[1:]:
            lo, hi = boot(rule, "none")
            line = f"  {rule:11s} - none [{lo:+.4f}, {hi:+.4f}]"
            if rule != "full":
                lo, hi = boot(rule, "full")
                line += f"   - full [{lo:+.4f}, {hi:+.4f}]"
            print(line)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
