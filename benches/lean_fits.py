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
  styleL              plus L/2 * sum_p n_p ||(m_p - m_label(p)) W||^2: the spread of the
                      logits between publishers of the same label (house style), with
                      m_p a publisher's mean feature row and m_label its label's
  disjK, lofoK        publishers in K folds (each label spread over the folds); one fit
                      per fold on that fold's publishers only (disj) or on all but that
                      fold (lofo); the weights averaged into one linear model
  droE, odroE, jttL   group-robust reweighting, a second fit after a first: dro, each
                      training publisher's rows weigh exp(q_p), q_p raised by E x its
                      in-sample mean loss over the mean (two rounds); odro, exp(E x its
                      loss when unseen (the lofo4 fits) over the mean) in one refit; jtt,
                      rows the lofo4 fits call wrong weigh L (weights scaled to average 1)
  centerF             each row minus F times its publisher's mean row (plus F times the
                      overall mean) before fitting; valid scored as read
  balP                each training row weighs 1 / (rows of its publisher)^P (slant's
                      --group-balance P), the weights scaled to average 1
  capC                each training row weighs min(1, C / rows of its publisher): no
                      publisher counts for more than C rows, smaller ones as they are
                      (scaled to average 1)
  concS               the vocabulary without the terms one publisher holds within their
                      label: for the label whose publishers use the term at the highest
                      mean rate, the largest publisher's rate over the sum of their rates
                      (publisher-label cells of at least --min-cell rows) above S
  dfD                 the vocabulary with a minimum document frequency D
  eventL, eventallL   event fixed effects: each train row in an event group (same topic and
                      date; groups of at least 2 rows, and 2 labels for "event") minus L
                      times its event's mean row (plus L times the overall mean); valid
                      scored as read
  mundlak, mundlakall the event's mean row (the overall mean outside groups) as nuisance
                      features beside the row; their weights fitted, then folded into the
                      intercept at the overall mean
  evwW                rows of events covered by 2 labels or more weigh W, the others 1
  topbalP             each row 1 / (its label's share of its topic x labels)^P
  nboB, nbmB          terms scaled by s^B, s the size of their NB log-count ratio on train
                      (ovr: the largest |log ratio| of a label against the rest; mult: the
                      root mean square of the centred multinomial log-probabilities), scaled
                      to keep the train rows' mean squared term norm at 1
  alphaA, bpB         L2 strength A; the dense blocks' penalty B times alpha
  nosrc, noloaded     the sourcing (or loaded-language) block left out of the fit
  Publisher-level selection (the publisher-label cells of at least --min-cell rows are
  the units; a cell's rate is the share of its rows holding the term):
  pfw                 the vocabulary ranked by the one-way ANOVA F of the cells' rates
                      across the labels, cells weighted by their rows (slant's
                      --ranking group-f)
  pfu                 the same F with every cell counted once
  pfmS                pfu with the within-label mean square plus S times its median over
                      the terms (a moderated F: a rare term's small spread is no evidence)
  pkw                 the Kruskal-Wallis H of the cells' rates across the labels
  ploo                ranked by the smallest chi-square over the fits that leave one
                      training publisher out
  psign               chi-square ranking, terms kept only if the label with the highest
                      rate is the same whichever publisher is left out
  pfqQ                chi-square ranking of the terms whose pfu F is in the top share Q
                      of the candidates
  nN                  keep N terms (overrides --features)
  prank               ranked by the mean of a term's chi-square rank and its pkw rank
  pvrC                as pvarC with v the within-label share of the term's spread
                      across the cells (1 - eta^2; unweighted cells)
  pvarC               per-term L2 alpha x (1 + C v / mean v), v the within-label variance
                      of the cells' mean feature values (heavier for terms that publishers
                      of one label use unevenly)
Recipes combine with "+" (e.g. conc0.5+cap300). The vocabulary recipes need a dump with
more terms than --features (e.g. a model trained with --features 60000 --min-df 10): the
vocabulary is the --features terms of highest chi-square (slant's ranking, recomputed on
the dumped train rows) that pass --min-df and the recipe's filter, each row's term block
scaled back to unit length (exactly the rows slant would build for that vocabulary).

Usage: python3 benches/lean_fits.py DIR NAME... [--alpha 1] [--block-penalty 10] [--model FILE]
       [--features N] [--min-df D] [--min-cell 50] [--corpus FILE] [--save-logits]
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


def fit(X, y, k, alpha, S=None, lam=0.0, iters=100, w=None, shift=None):
    """slant's objective (rows weighted by w); with S, plus lam/2 * ||S W||^2; with
    shift = (u, v), the rows are X + u v^T (a dense shift kept out of the sparse matrix)."""
    n, f = X.shape
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1
    XT = X.T.tocsr()
    w = np.ones(n) if w is None else w

    def fg(p):
        W = p[: f * k].reshape(f, k)
        Z = X @ W + p[f * k:]
        if shift is not None:
            Z = Z + np.outer(shift[0], shift[1] @ W)
        zmax = Z.max(1, keepdims=True)
        lse = np.log(np.exp(Z - zmax).sum(1, keepdims=True)) + zmax
        loss = -(w * (Z[np.arange(n), y] - lse[:, 0])).sum() + 0.5 * (alpha[:, None] * W * W).sum()
        G = (np.exp(Z - lse) - Y) * w[:, None]
        gW = XT @ G + alpha[:, None] * W
        if shift is not None:
            gW += np.outer(shift[1], shift[0] @ G)
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


def event_mean(X, y, keys, two_labels):
    """The averaging matrix A (A @ X: each row's event mean) over rows sharing an event
    key (topic + date) in groups of at least 2 rows (and 2 labels if two_labels); rows of
    other groups have an empty row in A. Returns A and the indicator of grouped rows."""
    groups = collections.defaultdict(list)
    for i, key in enumerate(keys):
        groups[key].append(i)
    rows, cols, vals = [], [], []
    for idx in groups.values():
        if len(idx) < 2 or (two_labels and len(set(y[idx])) < 2):
            continue
        for i in idx:
            rows += [i] * len(idx)
            cols += idx
            vals += [1 / len(idx)] * len(idx)
    n = len(keys)
    A = sp.csr_matrix((vals, (rows, cols)), shape=(n, n))
    return A, (np.asarray(A.sum(1)).ravel() > 0).astype(float)


def nb_scale(present, y, k, kind):
    """Per term, the size of its NB log-count ratio (add-one presence counts on train):
    ovr, the largest |log ratio| of a label against the rest; mult, the root mean square
    of the centred multinomial log-probabilities."""
    P = np.array([np.asarray(present[y == l].sum(0)).ravel() + 1 for l in range(k)])
    logp = np.log(P / P.sum(1, keepdims=True))
    if kind == "ovr":
        Q = P.sum(0) - P + 1
        r = logp - np.log(Q / Q.sum(1, keepdims=True))
        return np.abs(r).max(0)
    r = logp - logp.mean(0)
    return np.sqrt((r * r).mean(0))


def bootstrap(Z, Zb, y, pub, rounds=1000):
    """The macro-F1 difference Z - Zb (as scored, and each with its own fitted offsets) and
    its 90% interval over 1,000 resamples of the valid publishers (valid rows come in
    publisher clusters: the 15 largest of 234 hold two thirds of them)."""
    k = Z.shape[1]
    pubs = sorted(set(pub))
    rows = {p: np.flatnonzero(pub == p) for p in pubs}
    rng = np.random.default_rng(0)
    samples = [np.concatenate([rows[p] for p in rng.choice(pubs, len(pubs))])
               for _ in range(rounds)]
    out = []
    for A, B in ((Z, Zb), (Z + fit_offsets(Z, y), Zb + fit_offsets(Zb, y))):
        pa, pb = A.argmax(1), B.argmax(1)
        d = [macro_f1(y[s], pa[s], k) - macro_f1(y[s], pb[s], k) for s in samples]
        lo, hi = np.percentile(d, [5, 95])
        out.append(f"{macro_f1(y, pa, k) - macro_f1(y, pb, k):+.3f} [{lo:+.3f}, {hi:+.3f}]")
    return out


def chi2(present, y, k):
    """slant's chi-square of each term's presence against the label."""
    n = present.shape[0]
    df = np.asarray(present.sum(0)).ravel().astype(float)
    p = df / n
    out = np.zeros(present.shape[1])
    for l in range(k):
        c = (y == l).sum()
        if c == 0:
            continue
        o = np.asarray(present[y == l].sum(0)).ravel()
        e = p * c
        out += np.where(e > 0, (o - e) ** 2 / np.where(e > 0, e, 1), 0)
    return out, df


def concentration(present, y, pub, k, min_cell):
    """Per term: within the label whose publishers use it at the highest mean rate, the
    largest publisher's rate over the sum of that label's publishers' rates."""
    cells = collections.defaultdict(list)
    for i, (p, l) in enumerate(zip(pub, y)):
        cells[(p, l)].append(i)
    best_mean = np.full(present.shape[1], -1.0)
    conc = np.zeros(present.shape[1])
    for l in range(k):
        rates = [np.asarray(present[idx].mean(0)).ravel()
                 for (p, ll), idx in sorted(cells.items()) if ll == l and len(idx) >= min_cell]
        if not rates:
            continue
        R = np.array(rates)
        total = R.sum(0)
        mean = total / len(R)
        share = np.where(total > 0, R.max(0) / np.where(total > 0, total, 1), 0)
        take = mean > best_mean
        best_mean = np.where(take, mean, best_mean)
        conc = np.where(take, share, conc)
    return conc


def cells_of(y, pub, min_cell):
    """The publisher-label cells of at least min_cell rows: the cell of each row (-1 for
    rows of smaller cells) and each cell's label and publisher."""
    count = collections.Counter(zip(pub, y))
    keep = sorted(c for c, n in count.items() if n >= min_cell)
    index = {c: i for i, c in enumerate(keep)}
    cell = np.array([index.get((p, l), -1) for p, l in zip(pub, y)])
    return cell, np.array([l for _, l in keep]), [p for p, _ in keep]


def cell_means(M, cell, n_cells):
    """Each cell's mean row of M (cells x columns, dense)."""
    rows = np.flatnonzero(cell >= 0)
    A = sp.csr_matrix((np.ones(len(rows)), (cell[rows], rows)), shape=(n_cells, M.shape[0]))
    size = np.asarray(A.sum(1)).ravel()
    return np.asarray((A @ M).todense()) / size[:, None], size


def anova_f(R, lab, k, size=None, s0=None):
    """One-way ANOVA F of the columns of R (cells x terms) across the cells' labels;
    with size, cells weighted by their rows; with s0, the within-label mean square
    moderated by s0 times its median over the terms (rare terms' small spread no longer
    makes a large F)."""
    w = np.ones(len(lab)) if size is None else size
    grand = (w[:, None] * R).sum(0) / w.sum()
    between = np.zeros(R.shape[1])
    within = np.zeros(R.shape[1])
    used = 0
    for l in range(k):
        m = lab == l
        if not m.any():
            continue
        used += 1
        wl = w[m]
        mean = (wl[:, None] * R[m]).sum(0) / wl.sum()
        between += wl.sum() * (mean - grand) ** 2
        within += (wl[:, None] * (R[m] - mean) ** 2).sum(0)
    dof_b = max(used - 1, 1)
    dof_w = max(len(lab) - used, 1)
    ms_within = within / dof_w
    if s0 is not None:
        ms_within = ms_within + s0 * np.median(ms_within)
    return (between / dof_b) / (ms_within + 1e-12)


def kruskal(R, lab, k):
    """Kruskal-Wallis H of the columns of R across the cells' labels (tie-corrected)."""
    from scipy.stats import rankdata
    n = R.shape[0]
    ranks = rankdata(R, axis=0)
    h = np.zeros(R.shape[1])
    for l in range(k):
        m = lab == l
        if m.any():
            h += ranks[m].sum(0) ** 2 / m.sum()
    h = 12 / (n * (n + 1)) * h - 3 * (n + 1)
    # tie correction: 1 - sum(t^3 - t) / (n^3 - n) per column
    from scipy.stats import tiecorrect
    corr = np.array([tiecorrect(ranks[:, j]) for j in range(R.shape[1])])
    return np.where(corr > 0, h / np.where(corr > 0, corr, 1), 0)


def loo_stats(present, y, pub, k):
    """Per term, over the training publishers left out one at a time: the smallest
    chi-square, and whether the label of the highest rate stays the same."""
    pubs = sorted(set(pub))
    O = np.array([np.asarray(present[y == l].sum(0)).ravel() for l in range(k)])
    C = np.array([(y == l).sum() for l in range(k)], dtype=float)
    top = (O / C[:, None]).argmax(0)
    low = np.full(present.shape[1], np.inf)
    stable = np.ones(present.shape[1], dtype=bool)
    for p in pubs:
        m = pub == p
        Op = O - np.array([np.asarray(present[m & (y == l)].sum(0)).ravel() for l in range(k)])
        Cp = C - np.array([(m & (y == l)).sum() for l in range(k)])
        n = Cp.sum()
        dfp = Op.sum(0)
        chi = np.zeros(present.shape[1])
        for l in range(k):
            if Cp[l] <= 0:
                continue
            e = dfp / n * Cp[l]
            chi += np.where(e > 0, (Op[l] - e) ** 2 / np.where(e > 0, e, 1), 0)
        low = np.minimum(low, chi)
        rate = Op / np.where(Cp > 0, Cp, 1)[:, None]
        stable &= rate.argmax(0) == top
    return low, stable


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("names", nargs="+")
    ap.add_argument("--alpha", type=float, default=1.0)
    ap.add_argument("--block-penalty", type=float, default=10.0)
    ap.add_argument("--model", help="the dumped model file, to write DIR/NAME.json.gz")
    ap.add_argument("--features", type=int, default=0,
                    help="terms to keep (0: all the dump's); for the vocabulary recipes")
    ap.add_argument("--min-df", type=int, default=0, help="minimum document frequency")
    ap.add_argument("--corpus", default="../shared/corpora/allsides/allsides.jsonl.gz",
                    help="the corpus, for the event keys (topic + date) of the event recipes")
    ap.add_argument("--save-logits", action="store_true",
                    help="write DIR/NAME.valid.npy, the valid rows' logits (for bootstraps)")
    ap.add_argument("--bootstrap", metavar="NAME",
                    help="print each run's macro-F1 difference from NAME's saved logits "
                         "(--save-logits) with its 90%% publisher-bootstrap interval")
    ap.add_argument("--min-cell", type=int, default=50,
                    help="rows a publisher-label cell needs to count for concS")
    a = ap.parse_args()
    X_all, meta, labels, n_blocks = load(a.dir)
    k = len(labels)
    index = {l: i for i, l in enumerate(labels)}
    split = np.array([m[0] for m in meta])
    y = np.array([index[m[1]] for m in meta])
    pub = np.array([m[2] for m in meta])
    tr, va = split == "train", split == "valid"
    n_terms = X_all.shape[1] - n_blocks
    block_names = np.array([n.rstrip("\n") for n in open(os.path.join(a.dir, "names.txt"))][n_terms:])
    block_names = np.char.array(block_names)
    present = (X_all[tr][:, :n_terms] != 0).astype(np.float64).tocsc()
    score, df = chi2(present, y[tr], k)
    conc_cache = {}

    def selection(sel):
        """The ranking score and extra filter of a publisher-level selection recipe."""
        if sel not in conc_cache:
            if "cells" not in conc_cache:
                cell, lab, _ = cells_of(y[tr], pub[tr], a.min_cell)
                R, size = cell_means(present.tocsr(), cell, len(lab))
                conc_cache["cells"] = (R, size, lab)
                print(f"  {len(lab)} publisher-label cells of >= {a.min_cell} rows "
                      f"({(cell >= 0).sum()} of {len(cell)} train rows)", file=sys.stderr)
            R, size, lab = conc_cache["cells"]
            if sel == "pfw":
                conc_cache[sel] = (anova_f(R, lab, k, size), None)
            elif sel == "pfu":
                conc_cache[sel] = (anova_f(R, lab, k), None)
            elif sel.startswith("pfm"):
                conc_cache[sel] = (anova_f(R, lab, k, s0=float(sel[3:])), None)
            elif sel == "pkw":
                conc_cache[sel] = (kruskal(R, lab, k), None)
            elif sel in ("ploo", "psign"):
                if "loo" not in conc_cache:
                    conc_cache["loo"] = loo_stats(present.tocsr(), y[tr], pub[tr], k)
                low, stable = conc_cache["loo"]
                conc_cache[sel] = (low, None) if sel == "ploo" else (score, stable)
            elif sel == "prank":
                from scipy.stats import rankdata
                h, _ = selection("pkw")
                conc_cache[sel] = (-(rankdata(-score) + rankdata(-h)), None)
            elif sel.startswith("pfq"):
                f_u, _ = selection("pfu")
                cand = df >= a.min_df
                cut = np.quantile(f_u[cand], 1 - float(sel[3:]))
                conc_cache[sel] = (score, f_u >= cut)
            else:
                sys.exit(f"unknown selection {sel}")
        return conc_cache[sel]

    def vocabulary(min_df, conc, sel=None, n_keep=None):
        keep = df >= min_df
        rank = score
        if conc is not None:
            if "c" not in conc_cache:
                conc_cache["c"] = concentration(present.tocsr(), y[tr], pub[tr], k, a.min_cell)
            keep &= conc_cache["c"] <= conc
        if sel is not None:
            rank, extra = selection(sel)
            if extra is not None:
                keep &= extra
        order = np.lexsort((np.arange(n_terms), -np.where(keep, rank, -np.inf)))
        n = min(n_keep or a.features or n_terms, int(keep.sum()))
        terms = np.sort(order[:n])
        T = X_all[:, terms]
        norm = np.sqrt(np.asarray(T.multiply(T).sum(1)).ravel())
        T = sp.diags(np.where(norm > 0, 1 / np.where(norm > 0, norm, 1), 0)) @ T
        return sp.hstack([T, X_all[:, n_terms:]]).tocsr(), terms

    print("run\tmacro-F1\twith offsets\tlog loss\toffsets (" + ",".join(labels) + ")\tterms\ttime")
    for name in a.names:
        t = time.time()
        parts = name.split("+")
        opts = {"df": a.min_df, "conc": None, "w": None, "alpha": a.alpha, "sel": None,
                "n": None}
        rest = []
        for part in parts:
            if part.startswith("conc"):
                opts["conc"] = float(part[4:])
            elif part.startswith("df"):
                opts["df"] = int(part[2:])
            elif part.startswith(("bal", "cap", "evw", "topbal")):
                opts["w"] = part
            elif part.startswith("alpha"):
                opts["alpha"] = float(part[5:])
            elif part in ("nosrc", "noloaded"):
                opts["drop"] = "sourcing:" if part == "nosrc" else "loaded:"
            elif part.startswith("bp"):
                opts["bp"] = float(part[2:])
            elif part in ("pfw", "pfu", "pkw", "ploo", "psign", "prank") or part.startswith(("pfq", "pfm")):
                opts["sel"] = part
            elif part.startswith(("pvar", "pvr")):
                opts["pvar"] = (part[:3] == "pvr", float(part[3 if part[:3] == "pvr" else 4:]))
            elif part[0] == "n" and part[1:].isdigit():
                opts["n"] = int(part[1:])
            elif part.startswith(("nbo", "nbm")):
                opts["nb"] = (part[:3], float(part[3:]))
            else:
                rest.append(part)
        X, terms = vocabulary(opts["df"], opts["conc"], opts["sel"], opts["n"])
        if "nb" in opts:
            kind, beta = opts["nb"]
            pres = (X[tr][:, : len(terms)] != 0).astype(np.float64).tocsc()
            sc = nb_scale(pres, y[tr], k, "ovr" if kind == "nbo" else "mult") ** beta
            T = X[:, : len(terms)] @ sp.diags(sc)
            # keep the train rows' mean squared term norm at 1, as for unit rows
            sc /= np.sqrt(np.asarray(T[tr].multiply(T[tr]).sum(1)).mean())
            X = sp.hstack([X[:, : len(terms)] @ sp.diags(sc), X[:, len(terms):]]).tocsr()
            opts["scale"] = np.concatenate([sc, np.ones(X.shape[1] - len(terms))])
        if "drop" in opts:
            # a block left out: its columns zeroed, so their weights stay at zero
            keep = np.ones(X.shape[1])
            keep[X.shape[1] - n_blocks:][block_names.startswith(opts["drop"])] = 0
            X = (X @ sp.diags(keep)).tocsr()
        Xt, yt, pt = X[tr], y[tr], pub[tr]
        f = X.shape[1]

        pvar = None
        if "pvar" in opts:
            # within-label variance of the cells' mean feature values, per term
            cell, lab, _ = cells_of(yt, pt, a.min_cell)
            R, _ = cell_means(Xt[:, : len(terms)], cell, len(lab))
            v = np.zeros(len(terms))
            for l in range(k):
                m = lab == l
                if m.sum() > 1:
                    v += ((R[m] - R[m].mean(0)) ** 2).sum(0)
            share, c = opts["pvar"]
            if share:
                # the within-label share of the term's spread across cells (1 - eta^2)
                total = ((R - R.mean(0)) ** 2).sum(0)
                v = np.where(total > 0, v / np.where(total > 0, total, 1), 1)
            else:
                v /= max(len(lab) - k, 1)
            pvar = 1 + c * v / v.mean()

        def alphas(alpha, f=f):
            v = np.full(f, alpha)
            if pvar is not None:
                v[: len(pvar)] *= pvar
            v[f - n_blocks:] *= opts.get("bp", a.block_penalty)
            return v

        def event_keys():
            if "ev" not in conc_cache:
                ev = {}
                with gzip.open(a.corpus, "rt") as fh:
                    for line in fh:
                        d = json.loads(line)
                        if d.get("split_outlet") == "train":
                            ev[d["id"]] = (d.get("topic"), d.get("date"))
                conc_cache["ev"] = [ev.get(m[3], ("", m[3])) for m, t in zip(meta, tr) if t]
            return conc_cache["ev"]

        w = None
        if opts["w"] and opts["w"].startswith("evw"):
            # rows of events covered by two labels or more weigh W, the others 1
            _, g = event_mean(Xt, yt, event_keys(), True)
            w = np.where(g > 0, float(opts["w"][3:]), 1.0)
            w = w / w.mean()
        elif opts["w"] and opts["w"].startswith("topbal"):
            # each row 1 / (its label's share of its topic x labels)^P: topic alone
            # no longer tells the label
            top = [key[0] for key in event_keys()]
            cnt = collections.Counter(zip(top, yt))
            tot = collections.Counter(top)
            share = np.array([cnt[(t, l)] / tot[t] * k for t, l in zip(top, yt)])
            w = share ** -float(opts["w"][6:])
            w = w / w.mean()
        elif opts["w"]:
            size = collections.Counter(pt)
            n_p = np.array([size[p] for p in pt], dtype=float)
            v = float(opts["w"][3:])
            w = n_p ** -v if opts["w"].startswith("bal") else np.minimum(1.0, v / n_p)
            w = w / w.mean()
        name_rest = "+".join(rest) or "base"
        if name_rest == "base":
            W, b = fit(Xt, yt, k, alphas(opts["alpha"]), w=w)
        elif name_rest.startswith("style"):
            W, b = fit(Xt, yt, k, alphas(opts["alpha"]), style_matrix(Xt, yt, pt, k),
                       float(name_rest[5:]), w=w)
        elif name_rest.startswith(("disj", "lofo")):
            K = int(name_rest[4:])
            fo = folds(pt, yt, K)
            fits = [fit(Xt[m], yt[m], k, alphas(opts["alpha"]))
                    for m in ((fo == j) if name_rest.startswith("disj") else (fo != j) for j in range(K))]
            W = np.mean([w for w, _ in fits], 0)
            b = np.mean([b for _, b in fits], 0)
        elif name_rest.startswith(("odro", "dro", "jtt")):
            # group-robust reweighting: a first fit, then each training publisher's rows
            # up-weighted by how badly it is predicted, and a second fit (dro: in-sample
            # loss, rounds of exponentiated-gradient weights; odro: the loss when the
            # publisher is unseen, from the lofo4 fits; jtt: rows the lofo4 fits call
            # wrong weigh L)
            kind = "odro" if name_rest.startswith("odro") else name_rest[:3]
            E = float(name_rest[len(kind):])
            pubs = sorted(set(pt))
            pidx = np.array([pubs.index(p) for p in pt])
            size = np.bincount(pidx, minlength=len(pubs)).astype(float)

            def row_loss(W, b, rows=None):
                Zt = (Xt if rows is None else Xt[rows]) @ W + b
                zm = Zt.max(1, keepdims=True)
                lse = np.log(np.exp(Zt - zm).sum(1)) + zm[:, 0]
                yy = yt if rows is None else yt[rows]
                return lse - Zt[np.arange(len(yy)), yy], Zt.argmax(1) == yy

            if kind == "dro":
                q = np.zeros(len(pubs))
                W, b = fit(Xt, yt, k, alphas(opts["alpha"]), w=w)
                for _ in range(2):
                    loss, _ = row_loss(W, b)
                    Lp = np.bincount(pidx, loss, len(pubs)) / size
                    q += E * (Lp - Lp.mean()) / Lp.mean()
                    wr = np.exp(q - q.max())[pidx]
                    wr /= wr.mean()
                    W, b = fit(Xt, yt, k, alphas(opts["alpha"]), w=wr)
            else:
                fo = folds(pt, yt, 4)
                loss = np.zeros(len(yt))
                ok = np.zeros(len(yt), dtype=bool)
                for j in range(4):
                    Wj, bj = fit(Xt[fo != j], yt[fo != j], k, alphas(opts["alpha"]))
                    loss[fo == j], ok[fo == j] = row_loss(Wj, bj, fo == j)
                if kind == "jtt":
                    wr = np.where(ok, 1.0, E)
                else:
                    Lp = np.bincount(pidx, loss, len(pubs)) / size
                    wr = np.exp(E * (Lp - Lp.max()) / Lp.mean())[pidx]
                    print("  " + name + " unseen-publisher loss: " + ", ".join(
                        f"{p} {l:.2f}" for l, p in sorted(zip(Lp, pubs), reverse=True)),
                        file=sys.stderr)
                wr /= wr.mean()
                W, b = fit(Xt, yt, k, alphas(opts["alpha"]), w=wr)
        elif name_rest.startswith("center"):
            frac = float(name_rest[6:])
            Xc = Xt.toarray()
            for p in set(pt):
                idx = pt == p
                Xc[idx] -= frac * Xc[idx].mean(0)
            Xc += frac * np.asarray(Xt.mean(0)).ravel()
            W, b = fit(sp.csr_matrix(Xc), yt, k, alphas(opts["alpha"]), w=w)
        elif name_rest.startswith(("eventall", "event", "mundlakall", "mundlak")):
            # event fixed effects: topic + date groups of the train rows
            keys = event_keys()
            every = name_rest.startswith(("eventall", "mundlakall"))
            A, g = event_mean(Xt, yt, keys, not every)
            mean = np.asarray(Xt.mean(0)).ravel()
            if name_rest.startswith("event"):
                lam = float(name_rest[8 if every else 5:])
                # each grouped row minus lam x (its event mean - the overall mean)
                W, b = fit((Xt - lam * (A @ Xt)).tocsr(), yt, k, alphas(opts["alpha"]),
                           shift=(lam * g, mean), w=w)
            else:
                # the event mean as nuisance features (the overall mean for rows in no
                # group), its contribution at the overall mean folded into the intercept
                M = (A @ Xt).tocsr()
                XM = sp.hstack([Xt, M]).tocsr()
                v = np.concatenate([np.zeros(f), mean])
                WV, b = fit(XM, yt, k, np.concatenate([alphas(opts["alpha"])] * 2),
                            shift=(1 - g, v), w=w)
                W = WV[:f]
                b = b + mean @ WV[f:]
            print(f"  {name}: {int(g.sum())} of {len(g)} train rows in event groups",
                  file=sys.stderr)
        else:
            sys.exit(f"unknown recipe {name}")
        Z = X[va] @ W + b
        P = softmax(Z)
        off = fit_offsets(Z, y[va])
        if a.save_logits:
            np.save(os.path.join(a.dir, f"{name}.valid.npy"), Z)
        if a.bootstrap:
            raw, with_off = bootstrap(Z, np.load(os.path.join(a.dir, f"{a.bootstrap}.valid.npy")),
                                      y[va], pub[va])
            print(f"  {name} - {a.bootstrap}: {raw}; with offsets {with_off}", file=sys.stderr)
        print(f"{name}\t{macro_f1(y[va], Z.argmax(1), k):.3f}\t"
              f"{macro_f1(y[va], (Z + off).argmax(1), k):.3f}\t"
              f"{-np.log(P[np.arange(va.sum()), y[va]]).mean():.3f}\t"
              + ",".join(f"{o:.3f}" for o in off) + f"\t{len(terms)}\t{time.time() - t:.0f} s",
              flush=True)
        if a.model and len(terms) == n_terms:
            raw = open(a.model, "rb").read()
            m = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
            Wm = W * opts.get("scale", np.ones(f))[:, None]  # weights on the unscaled rows
            m["weights"] = [[float(np.float32(x)) for x in Wm[:, j]] for j in range(k)]
            m["intercept"] = [float(np.float32(x)) for x in b]
            with open(os.path.join(a.dir, f"{name}.json.gz"), "wb") as out:
                out.write(gzip.compress(json.dumps(m).encode()))


if __name__ == "__main__":
    main()
