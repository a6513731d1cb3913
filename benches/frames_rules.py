#!/usr/bin/env python3
"""Chooses the decision rule of slant's 15-frame model on cross-validated probabilities,
without refitting: the full-article-density proxy of benches/frames_proxy.py (composites
of held-out GVFC/FrAC units, 3.8 codes each) AND the real full-article rows (Narrative
Frames, AllSides topic rows), together, with the frames marked per article on unseen full
articles (300 AllSides `split_outlet` test articles, 924 PolNeAR articles).

Rules compared (frames_density.py holds slant's rules, one copy):
- top-k by probability with a floor P (`--rule top-k`, the rule shipped before);
- per label (`--rule per-label`): frames ranked by p / t (t the frame's cross-validated
  threshold), the first N present whatever their probability, the first K present when
  p >= P and p / t >= R, any frame over its threshold too, at most M in all.

Choice: among the per-label rules of the grid that mark LO..HI frames an article on each
unseen set (`--marked LO,HI`, default 3 and up; read with the thresholds of `--model FILE`
when given, the shipped rule's own) and are no worse than the reference rule (top-5,
p >= 0.08) on the composites and on the article rows, micro and macro (`--no-floor`: the
window alone), the one with the best mean of those four figures. The same choice made on
half of the folds is checked on the other half. `--ref-rule M,K,R,P[,N]` makes the
reference that per-label rule; with `--ref-probs FILE` too, on another variant's fold
models (its probabilities, its own out-of-fold thresholds), so a variant's rule is chosen
against the shipped recipe with its shipped rule. Folds without a fitted model are left out.

Usage:
  benches/frames_rules.py probs OUT_DIR SLANT
      scores each fold's test rows and composites with its fold model (OUT_DIR as
      `frames_proxy.py prepare` and `fit` left it); writes OUT_DIR/probabilities.json.
  benches/frames_rules.py unseen SHARED SLANT MODEL OUT.json
      probabilities of the unseen full articles under MODEL (for the frames marked).
  benches/frames_rules.py choose OUT_DIR UNSEEN.json [--probs FILE] [--show M,K,R,P[,N] ...]
                                 [--ref-rule M,K,R,P[,N] [--ref-probs FILE]]
                                 [--marked LO,HI] [--no-floor] [--model FILE]
                                 [--per-frame M,K,R,P[,N]]
      the grid, the choice, the split-half check, by rank of p / t the share of codes and
      the micro-F1 of marking exactly the first n, per-frame F1 of the reference rule
      and the chosen one (or each M,K,R,P,N given), and each of those rules' figures fold
      by fold. `--per-frame`: that rule's per-frame support, threshold, precision, recall
      and F1 on all rows out of fold, with its F1 fold by fold.
"""
import itertools
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from frames_density import decide, decide_per_label, probabilities as tsv_probabilities, write_sets  # noqa: E402
from frames_proxy import FOLDS, FRAMES, group_folds, oof_thresholds, probabilities, read_jsonl, score, SEED  # noqa: E402

REFERENCE = ("top-5, p >= 0.08", 5, 0.08)
# (M, K, R, P, N): at most M, the first K by p / t when p >= P and p / t >= R, the first N
# whatever their probability (N = 0: none; N < K, since N >= K is the rule (M, N, 0, 0, 0)).
GRID = [
    (m, k, r, p, n)
    for m, k, r, p, n in itertools.product(
        (4, 5, 6, 7), (3, 4, 5, 6), (0.0, 0.2, 0.25, 0.3, 0.35, 0.4),
        (0.0, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1), (0, 3, 4, 5))
    if k <= m and (n == 0 or (n < k and r + p > 0))
]
UNSEEN = ("allsides", "polnear")


def probs_cmd(out_dir, slant):
    probs = {}
    for f in range(FOLDS):
        model = os.path.join(out_dir, f"fold-{f}.json.gz")
        if not os.path.exists(model):
            print(f"# fold {f} has no model yet: left out", file=sys.stderr)
            continue
        for kind in ("composites", "test"):
            probs.update(probabilities(slant, model, os.path.join(out_dir, f"fold-{f}-{kind}.jsonl")))
    with open(os.path.join(out_dir, "probabilities.json"), "w") as f:
        json.dump(probs, f)


def unseen_cmd(shared, slant, model, out):
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_sets(shared, tmp, list(UNSEEN))
        json.dump({n: tsv_probabilities(slant, model, paths[n], FRAMES) for n in UNSEEN}, open(out, "w"))


def counts(rows, probs, rule):
    """Per-frame true positives, false positives, false negatives; frames marked; rows."""
    tp, fp, fn = [0] * len(FRAMES), [0] * len(FRAMES), [0] * len(FRAMES)
    marked = 0
    for r in rows:
        pred = rule(probs[r["id"]])
        marked += sum(pred)
        gold, known = set(r["frames"]), set(r["known"])
        for j, fr in enumerate(FRAMES):
            if fr in known:
                g = fr in gold
                tp[j] += pred[j] and g
                fp[j] += pred[j] and not g
                fn[j] += g and not pred[j]
    return tp, fp, fn, marked, len(rows)


def figures(parts):
    """Micro-F1, macro-F1 (frames with positives), recall, marked per row of summed counts."""
    tp, fp, fn = ([sum(c[i][j] for c in parts) for j in range(len(FRAMES))] for i in range(3))
    f1 = lambda a, b, c: 0.0 if a == 0 else 2 * a / (2 * a + b + c)
    per = [f1(tp[j], fp[j], fn[j]) for j in range(len(FRAMES)) if tp[j] + fn[j] > 0]
    n = sum(c[4] for c in parts)
    return (f1(sum(tp), sum(fp), sum(fn)), sum(per) / max(len(per), 1),
            sum(tp) / max(sum(tp) + sum(fn), 1), sum(c[3] for c in parts) / max(n, 1))


def choose_cmd(out_dir, unseen_path, probs_path, shows, ref_probs_path=None, ref_rule=None,
               window=(3.0, float("inf")), floor=True, model_path=None, per_frame_rule=None):
    probs = json.load(open(probs_path or os.path.join(out_dir, "probabilities.json")))
    unseen = json.load(open(unseen_path))
    rows = read_jsonl(os.path.join(out_dir, "train.jsonl"))
    fold_of = dict(zip([r["id"] for r in rows], group_folds([r["group"] for r in rows], FOLDS, SEED)))
    comp = {f: read_jsonl(os.path.join(out_dir, f"fold-{f}-composites.jsonl")) for f in range(FOLDS)}
    # Folds whose model has not been fitted (or scored) yet are left out.
    every = tuple(f for f in range(FOLDS) if comp[f] and all(c["id"] in probs for c in comp[f]))
    if every != tuple(range(FOLDS)):
        print(f"# folds with probabilities: {every} (the others are left out)")
    rows = [r for r in rows if fold_of[r["id"]] in every]
    t = oof_thresholds(rows, probs)
    print(f"thresholds (out of fold, all rows): {t}")
    per = lambda m, k, r, pf, n=0: (lambda p: decide_per_label(p, t, k, pf, m, r, n))
    if ref_rule:
        ref_probs = json.load(open(ref_probs_path)) if ref_probs_path else probs
        rt = oof_thresholds(rows, ref_probs) if ref_probs_path else t
        m, k, r, pf, n = ref_rule
        ref_name = f"reference: {ref_probs_path or 'these probabilities'}, per label M={m} K={k} R={r} P={pf} N={n}"
        if ref_probs_path:
            print(f"reference thresholds (out of fold, all rows): {rt}")
        ref_decide = lambda p: decide_per_label(p, rt, k, pf, m, r, n)
    else:
        ref_probs, ref_name = probs, REFERENCE[0]
        ref_decide = lambda p: decide(p, t, REFERENCE[1], REFERENCE[2])

    def arts(f):
        return [r for r in rows if fold_of[r["id"]] == f and r["source"] in ("narrative", "allsides")]

    art_rows = {f: arts(f) for f in every}
    cache = {}

    def fold_counts(key, rule, p):
        if key not in cache:
            cache[key] = {f: (counts(comp[f], p, rule), counts(art_rows[f], p, rule)) for f in every}
        return cache[key]

    def four(folds, key, rule, p=probs):
        c = fold_counts(key, rule, p)
        a, b = figures([c[f][0] for f in folds]), figures([c[f][1] for f in folds])
        return (a[0], a[1], b[0], b[1])

    def four_ref(folds):
        return four(folds, "ref", ref_decide, ref_probs)

    # The unseen articles are read with the model file's own thresholds when given (the
    # rule is what ships with them), else with the out-of-fold ones.
    ut = t
    if model_path:
        import gzip
        ut = json.load(gzip.open(model_path, "rt"))["thresholds"]
        print(f"unseen articles read with the thresholds of {model_path}: {ut}")

    def marked(rule):
        return [sum(sum(rule(p)) for p in unseen[n]) / len(unseen[n]) for n in UNSEEN]

    def marked_rule(g):
        return marked(lambda p: decide_per_label(p, ut, g[1], g[3], g[0], g[2], g[4]))

    # The unseen density is a constraint: rules outside the window are not compared.
    in_window = [g for g in GRID if all(window[0] <= x <= window[1] for x in marked_rule(g))]
    print(f"{len(in_window)} of {len(GRID)} rules mark {window[0]}..{window[1]} frames an unseen "
          "article on both sets" + (", and must be no worse than the reference on all four figures"
                                    if floor else ""))

    def pick(folds):
        base = four_ref(folds)
        best = None
        for g in in_window:
            v = four(folds, g, per(*g))
            if not floor or all(a >= b for a, b in zip(v, base)):
                s = sum(v) / 4
                if best is None or s > best[0] + 1e-12:
                    best = (s, g)
        return best and best[1]

    halves = [(a, tuple(f for f in every if f not in a)) for a in ((0, 1, 2), (3, 4), (0, 2, 4), (1, 3))]
    for sel, ev in halves:
        sel = tuple(f for f in sel if f in every)
        if not sel or not ev:
            continue
        g = pick(sel)
        if g is None:
            print(f"chosen on folds {sel}: no rule beats the reference there")
            continue
        a, b = four(ev, g, per(*g)), four_ref(ev)
        print(f"chosen on folds {sel}: M,K,R,P,N = {g}; on folds {ev}: composites "
              f"{a[0]:.3f}/{a[1]:.3f}, article rows {a[2]:.3f}/{a[3]:.3f} (reference "
              f"{b[0]:.3f}/{b[1]:.3f}, {b[2]:.3f}/{b[3]:.3f})")
    chosen = pick(every)
    print(f"chosen on all folds: M,K,R,P,N = {chosen}")
    print("\nby rank of p / t: the share of coded cells that are codes, the median p, and the "
          "micro-F1 of marking exactly the first n")
    for name, rs in (("composites", [x for f in every for x in comp[f]]),
                     ("article rows", [x for f in every for x in art_rows[f]])):
        hit, p_med, f1 = rank_curve(rs, probs, t)
        print(f"{name}: codes {' '.join(f'{x:.2f}' for x in hit)}; p {' '.join(f'{x:.3f}' for x in p_med)}; "
              f"micro-F1 {' '.join(f'{x:.3f}' for x in f1)} (n = 1..{len(f1)})")
    print()
    named = [(ref_name, ref_decide, ref_probs, ref_rule if not ref_probs_path else None)]
    named += [(f"per label M={m} K={k} R={r} P={p} N={n}", per(m, k, r, p, n), probs, (m, k, r, p, n))
              for m, k, r, p, n in ([chosen] if chosen else []) + shows]
    print("| rule | composites micro / macro | recall | marked | article rows micro / macro | recall "
          "| marked | all rows micro / macro | unseen AllSides / PolNeAR |")
    print("|---|---|---|---|---|---|---|---|---|")
    comp_all = [x for f in every for x in comp[f]]
    art_all = [x for f in every for x in art_rows[f]]
    per_frame = []
    for name, rule, p, g in named:
        c, a, al = score(comp_all, p, rule), score(art_all, p, rule), score(rows, p, rule)
        # The unseen probabilities are this variant's: the reference's density is not shown
        # when it reads another variant's probabilities.
        u = marked_rule(g) if g else None
        dens = f"{u[0]:.2f} / {u[1]:.2f}" if u else "(not this variant's)"
        print(f"| {name} | {c[0]:.3f} / {c[1]:.3f} | {c[2]:.3f} | {c[3]:.2f} | {a[0]:.3f} / {a[1]:.3f} "
              f"| {a[2]:.3f} | {a[3]:.2f} | {al[0]:.3f} / {al[1]:.3f} | {dens} |")
        per_frame.append((name, per_frame_f1(comp_all, p, rule), per_frame_f1(art_all, p, rule)))
    print("\nper-frame F1, composites / article rows ('-' where the frame has no positives):")
    print("| frame | " + " | ".join(n for n, _, _ in per_frame) + " |")
    print("|---|" + "---|" * len(per_frame))
    for j, fr in enumerate(FRAMES):
        cells = [f"{fmt(c[j])} / {fmt(a[j])}" for _, c, a in per_frame]
        print(f"| {fr} | " + " | ".join(cells) + " |")
    print("\nfold by fold: composites micro / macro, article rows micro / macro (their mean), "
          "frames marked a composite / an article row")
    print("| rule | fold | composites | article rows | mean | marked |")
    print("|---|---|---|---|---|---|")
    for name, rule, p, g in named:
        for f in every:
            v = four((f,), g if p is probs and g else name, rule, p)
            c = fold_counts(g if p is probs and g else name, rule, p)[f]
            mc, ma = figures([c[0]])[3], figures([c[1]])[3]
            print(f"| {name} | {f} | {v[0]:.3f} / {v[1]:.3f} | {v[2]:.3f} / {v[3]:.3f} "
                  f"| {sum(v) / 4:.4f} | {mc:.2f} / {ma:.2f} |")
    if per_frame_rule:
        m, k, r, pf, n = per_frame_rule
        rule = per(m, k, r, pf, n)
        print(f"\nper frame, all rows out of fold, per label M={m} K={k} R={r} P={pf} N={n}: "
              "support, threshold, precision / recall / F1, then F1 on each fold")
        print("| frame | support | threshold | P / R / F1 | " + " | ".join(f"fold {f}" for f in every) + " |")
        print("|---|---|---|---|" + "---|" * len(every))
        whole = counts(rows, probs, rule)
        by_fold = {f: counts([x for x in rows if fold_of[x["id"]] == f], probs, rule) for f in every}
        f1 = lambda a, b, c: 0.0 if a == 0 else 2 * a / (2 * a + b + c)
        for j, fr in enumerate(FRAMES):
            tp, fp, fn = whole[0][j], whole[1][j], whole[2][j]
            folds = [fmt(f1(c[0][j], c[1][j], c[2][j]) if c[0][j] + c[2][j] else None)
                     for c in (by_fold[f] for f in every)]
            print(f"| {fr} | {tp + fn} | {t[j]:.2f} | {tp / max(tp + fp, 1):.3f} / "
                  f"{tp / max(tp + fn, 1):.3f} / {f1(tp, fp, fn):.3f} | " + " | ".join(folds) + " |")
        tot = figures([whole])
        print(f"all rows: micro / macro F1 {tot[0]:.3f} / {tot[1]:.3f}, recall {tot[2]:.3f}, "
              f"{tot[3]:.2f} frames a row")


def rank_curve(rows, probs, t, depth=8):
    """By rank of p / t (ties to the first): the share of coded cells that are codes, the
    median probability, and the micro-F1 of marking exactly the first n, n = 1..depth."""
    hits, coded, ps = [0] * depth, [0] * depth, [[] for _ in range(depth)]
    gold = 0
    for r in rows:
        p = probs[r["id"]]
        ratio = [a / b if b > 0 else float("inf") for a, b in zip(p, t)]
        order = sorted(range(len(p)), key=lambda i: (-ratio[i], i))
        gold += len(set(r["frames"]) & set(r["known"]))
        for k, i in enumerate(order[:depth]):
            ps[k].append(p[i])
            if FRAMES[i] in r["known"]:
                coded[k] += 1
                hits[k] += FRAMES[i] in r["frames"]
    f1 = [2 * sum(hits[:n]) / (sum(coded[:n]) + gold) for n in range(1, depth + 1)]
    return ([h / max(c, 1) for h, c in zip(hits, coded)],
            [sorted(x)[len(x) // 2] for x in ps], f1)


def fmt(x):
    return "-" if x is None else f"{x:.3f}"


def per_frame_f1(rows, probs, rule):
    """F1 of each frame on the cells coded for it (None without positives)."""
    out = []
    preds = {r["id"]: rule(probs[r["id"]]) for r in rows}
    for j, fr in enumerate(FRAMES):
        tp = fp = fn = 0
        for r in rows:
            if fr not in r["known"]:
                continue
            g, p = fr in r["frames"], preds[r["id"]][j]
            tp += p and g
            fp += p and not g
            fn += g and not p
        out.append(None if tp + fn == 0 else (0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)))
    return out


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    if argv[1] == "probs":
        probs_cmd(argv[2], argv[3])
    elif argv[1] == "unseen":
        unseen_cmd(argv[2], argv[3], argv[4], argv[5])
    elif argv[1] == "choose":
        rest = argv[4:]
        probs_path = rest[rest.index("--probs") + 1] if "--probs" in rest else None
        ref_probs = rest[rest.index("--ref-probs") + 1] if "--ref-probs" in rest else None
        window = (3.0, float("inf"))
        if "--marked" in rest:
            lo, hi = rest[rest.index("--marked") + 1].split(",")
            window = (float(lo), float(hi))
        shows, ref_rule, per_frame_rule = [], None, None
        for i, a in enumerate(rest):
            if a in ("--show", "--ref-rule", "--per-frame"):
                parts = rest[i + 1].split(",")
                m, k, r, p = parts[:4]
                rule = (int(m), int(k), float(r), float(p), int(parts[4]) if len(parts) > 4 else 0)
                if a == "--show":
                    shows.append(rule)
                elif a == "--per-frame":
                    per_frame_rule = rule
                else:
                    ref_rule = rule
        if ref_probs and not ref_rule:
            sys.exit("--ref-probs needs --ref-rule")
        model = rest[rest.index("--model") + 1] if "--model" in rest else None
        choose_cmd(argv[2], argv[3], probs_path, shows, ref_probs, ref_rule, window,
                   "--no-floor" not in rest, model, per_frame_rule)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
