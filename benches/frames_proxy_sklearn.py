#!/usr/bin/env python3
"""A scikit-learn surrogate on the folds of benches/frames_proxy.py, to see whether a model
variant is worth building into slant before building it: whole-text TF-IDF + one-vs-rest
logistic regression (as slant), with class weighting, or scored per sentence window and
aggregated over the article (max, mean, noisy-or).

Usage: benches/frames_proxy_sklearn.py OUT_DIR [--class-weight balanced] [--windows 1,3]
(OUT_DIR written by `frames_proxy.py prepare`; needs scikit-learn and numpy). Prints the
frames_proxy.py report for each variant.
"""
import re
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from frames_proxy import FOLDS, FRAMES, read_jsonl, report

SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def text(r):
    return (r["title"] + ".\n" if r.get("title") else "") + r["text"]


def windows(t, w):
    s = [x for x in SPLIT.split(t) if x and x.strip()]
    if len(s) <= w:
        return [" ".join(s) or t]
    return [" ".join(s[i : i + w]) for i in range(len(s) - w + 1)]


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    out_dir = argv[1]
    weight = argv[argv.index("--class-weight") + 1] if "--class-weight" in argv else None
    sizes = [int(x) for x in argv[argv.index("--windows") + 1].split(",")] if "--windows" in argv else []
    res, rows, comp = {}, [], []
    for f in range(FOLDS):
        tr = read_jsonl(f"{out_dir}/fold-{f}-train.jsonl")
        te = read_jsonl(f"{out_dir}/fold-{f}-test.jsonl")
        co = read_jsonl(f"{out_dir}/fold-{f}-composites.jsonl")
        rows += te
        comp += co
        vec = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=3, max_features=5000,
                              stop_words="english")
        x = vec.fit_transform([text(r) for r in tr])
        models = []
        for fr in FRAMES:
            idx = [i for i, r in enumerate(tr) if fr in r["known"]]
            y = np.array([fr in tr[i]["frames"] for i in idx])
            if y.sum() == 0:
                models.append(None)
                continue
            models.append(LogisticRegression(C=1.0, max_iter=200, class_weight=weight).fit(x[idx], y))

        def probs(texts):
            xt = vec.transform(texts)
            return np.stack([m.predict_proba(xt)[:, 1] if m is not None else np.zeros(xt.shape[0])
                             for m in models], 1)

        for r, p in zip(te + co, probs([text(r) for r in te + co])):
            res.setdefault("whole text", {})[r["id"]] = list(p)
        for w in sizes:
            for r in te + co:
                p = probs(windows(text(r), w))
                res.setdefault(f"{w}-sentence windows, max", {})[r["id"]] = list(p.max(0))
                res.setdefault(f"{w}-sentence windows, mean", {})[r["id"]] = list(p.mean(0))
                res.setdefault(f"{w}-sentence windows, noisy-or", {})[r["id"]] = list(1 - np.prod(1 - p, 0))
        print(f"fold {f}", file=sys.stderr)
    for name, p in res.items():
        report(out_dir, f"{name}{', class_weight=' + weight if weight else ''}", comp, rows, p)


if __name__ == "__main__":
    main(sys.argv)
