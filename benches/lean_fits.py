#!/usr/bin/env python3
"""Fitting recipes for the lean model compared on exactly the features slant reads.

`cargo bench --bench lean_dump -- MODEL DIR` writes a model's feature rows of split_outlet
(train rows capped as training caps them, valid, test); this script refits the weights on
the train rows with slant's objective (multinomial logistic regression, loss summed over
rows, L2 penalty alpha on the terms and alpha x block penalty on the dense blocks,
intercepts free, L-BFGS with 10 corrections and 100 iterations) and one change, and scores
the valid rows: macro-F1, macro-F1 with per-label logit offsets fitted on those rows (as
`slant eval --fit-offsets`), log loss, the offsets. The test rows are never read.

Recipes (NAME):
  base                the recipe of the dumped model (reproduces slant's fit)
  alphaA              L2 strength A
  styleL              plus L/2 * sum_p n_p ||(m_p - m_label(p)) W||^2: the spread of the
                      logits between publishers of the same label (house style), with
                      m_p a publisher's mean feature row and m_label its label's
  disjK, lofoK        publishers in K folds (each label spread over the folds); one fit
                      per fold on that fold's publishers only (disj) or on all but that
                      fold (lofo); the weights averaged into one linear model
  centerF             each row minus F times its publisher's mean row (plus F times the
                      overall mean) before fitting; valid scored as read

Usage: python3 benches/lean_fits.py DIR NAME... [--alpha 1] [--block-penalty 10] [--model FILE]
With --model (the dumped model), DIR/NAME.json.gz gets that model with the refitted
weights, for benches/lean.py.
"""
import argparse, collections, gzip, json, os, sys, time
import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize


def load(d):
    indptr = np.fromfile(os.path.join(d, "indptr.u64"), dtype="<u8").astype(np.int64)
    indices = np.fromfile(os.path.join(d, "indices.u32"), dtype="<u4")
    values = np.fromfile(os.path.join(d, "values.f32"), dtype="<f4")
    lines = open(os.path.join(d, "labels.txt")).read().split()
    labels, nf = lines[:-1], int(lines[-1])
    X = sp.csr_matrix((values, indices, indptr), shape=(len(indptr) - 1, nf), dtype=np.float64)
    meta = [l.rstrip("\n").split("\t") for l in open(os.path.join(d, "meta.tsv"))]
    n_blocks = sum(1 for n in open(os.path.join(d, "names.txt"))
                   if n.startswith(("loaded:", "sourcing:")))
    return X, meta, labels, n_blocks


def softmax(z):
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def fit(X, y, k, alpha, S=None, lam=0.0, iters=100):
    """slant's objective; with S, plus lam/2 * ||S W||^2."""
    n, f = X.shape
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1
    XT = X.T.tocsr()

    def fg(p):
        W = p[: f * k].reshape(f, k)
        Z = X @ W + p[f * k:]
        zmax = Z.max(1, keepdims=True)
        lse = np.log(np.exp(Z - zmax).sum(1, keepdims=True)) + zmax
        loss = -(Z[np.arange(n), y] - lse[:, 0]).sum() + 0.5 * (alpha[:, None] * W * W).sum()
        G = np.exp(Z - lse) - Y
        gW = XT @ G + alpha[:, None] * W
        if lam:
            SW = S @ W
            loss += 0.5 * lam * (SW * SW).sum()
            gW += lam * (S.T @ SW)
        return loss, np.concatenate([gW.ravel(), G.sum(0)])

    res = minimize(fg, np.zeros((f + 1) * k), jac=True, method="L-BFGS-B",
                   options={"maxiter": iters, "maxcor": 10, "gtol": 1e-6})
    return res.x[: f * k].reshape(f, k), res.x[f * k:]


def macro_f1(gold, pred, k):
    f1 = []
    for l in range(k):
        tp = np.sum((gold == l) & (pred == l))
        fp = np.sum((gold != l) & (pred == l))
        fn = np.sum((gold == l) & (pred != l))
        f1.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1))


def fit_offsets(Z, y):
    n, k = Z.shape
    Y = np.zeros_like(Z)
    Y[np.arange(n), y] = 1
    b = np.zeros(k)
    for _ in range(10_000):
        g = (softmax(Z + b) - Y).sum(0) / n
        b -= g
        if np.abs(g).max() < 1e-10:
            break
    return b - b.mean()


def style_matrix(X, y, pub, k):
    label_mean = {l: np.asarray(X[y == l].mean(0)).ravel() for l in range(k)}
    rows = []
    for p in sorted(set(pub)):
        idx = pub == p
        major = collections.Counter(y[idx]).most_common(1)[0][0]
        rows.append(np.sqrt(idx.sum()) * (np.asarray(X[idx].mean(0)).ravel() - label_mean[major]))
    return np.array(rows)


def folds(pub, y, K):
    """Each publisher to a fold: per (majority) label, largest first, to the lightest fold."""
    count = collections.defaultdict(collections.Counter)
    for p, l in zip(pub, y):
        count[p][l] += 1
    fold = {}
    for label in sorted({c.most_common(1)[0][0] for c in count.values()}):
        load = [0] * K
        pubs = [(sum(c.values()), p) for p, c in count.items() if c.most_common(1)[0][0] == label]
        for n, p in sorted(pubs, key=lambda t: (-t[0], t[1])):
            j = min(range(K), key=lambda j: (load[j], j))
            fold[p] = j
            load[j] += n
    return np.array([fold[p] for p in pub])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("names", nargs="+")
    ap.add_argument("--alpha", type=float, default=1.0)
    ap.add_argument("--block-penalty", type=float, default=10.0)
    ap.add_argument("--model", help="the dumped model file, to write DIR/NAME.json.gz")
    a = ap.parse_args()
    X, meta, labels, n_blocks = load(a.dir)
    k = len(labels)
    index = {l: i for i, l in enumerate(labels)}
    split = np.array([m[0] for m in meta])
    y = np.array([index[m[1]] for m in meta])
    pub = np.array([m[2] for m in meta])
    tr, va = split == "train", split == "valid"
    Xt, yt, pt = X[tr], y[tr], pub[tr]
    f = X.shape[1]

    def alphas(alpha):
        v = np.full(f, alpha)
        v[f - n_blocks:] *= a.block_penalty
        return v

    print("run\tmacro-F1\twith offsets\tlog loss\toffsets (" + ",".join(labels) + ")\ttime")
    for name in a.names:
        t = time.time()
        if name == "base":
            W, b = fit(Xt, yt, k, alphas(a.alpha))
        elif name.startswith("alpha"):
            W, b = fit(Xt, yt, k, alphas(float(name[5:])))
        elif name.startswith("style"):
            W, b = fit(Xt, yt, k, alphas(a.alpha), style_matrix(Xt, yt, pt, k), float(name[5:]))
        elif name.startswith(("disj", "lofo")):
            K = int(name[4:])
            fo = folds(pt, yt, K)
            fits = [fit(Xt[m], yt[m], k, alphas(a.alpha))
                    for m in ((fo == j) if name.startswith("disj") else (fo != j) for j in range(K))]
            W = np.mean([w for w, _ in fits], 0)
            b = np.mean([b for _, b in fits], 0)
        elif name.startswith("center"):
            frac = float(name[6:])
            Xc = Xt.toarray()
            for p in set(pt):
                idx = pt == p
                Xc[idx] -= frac * Xc[idx].mean(0)
            Xc += frac * np.asarray(Xt.mean(0)).ravel()
            W, b = fit(sp.csr_matrix(Xc), yt, k, alphas(a.alpha))
        else:
            sys.exit(f"unknown recipe {name}")
        Z = X[va] @ W + b
        P = softmax(Z)
        off = fit_offsets(Z, y[va])
        print(f"{name}\t{macro_f1(y[va], Z.argmax(1), k):.3f}\t"
              f"{macro_f1(y[va], (Z + off).argmax(1), k):.3f}\t"
              f"{-np.log(P[np.arange(va.sum()), y[va]]).mean():.3f}\t"
              + ",".join(f"{o:.3f}" for o in off) + f"\t{time.time() - t:.0f} s", flush=True)
        if a.model:
            raw = open(a.model, "rb").read()
            m = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
            m["weights"] = [[float(np.float32(x)) for x in W[:, j]] for j in range(k)]
            m["intercept"] = [float(np.float32(x)) for x in b]
            with open(os.path.join(a.dir, f"{name}.json.gz"), "wb") as out:
                out.write(gzip.compress(json.dumps(m).encode()))


if __name__ == "__main__":
    main()
