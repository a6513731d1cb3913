#!/usr/bin/env python3
"""Article-extraction quality of `slant extract` on a benchmark of saved pages.

The measure is the article-extraction benchmark's: both texts split into words (runs of
\\w), every run of 4 consecutive words (a shingle) counted; per page, true positives
(shingles in both, by the smaller count), false positives and false negatives,
normalised to sum to 1; precision and recall are means over pages (a page with nothing
predicted and nothing expected counts as 1), F1 comes from the two means.

Usage: benches/extraction_quality.py [--slant PATH] [--dir DIR] [--per-page]
(default DIR ../shared/corpora/extraction, holding html/<key>.html.gz and
ground-truth.json; skipped when absent). Prints precision, recall, F1, and
pages/s and MB/s of HTML, by wall-clock and by CPU time.
"""
import argparse
import collections
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import time

WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    words = WORD.findall(text or "")
    return collections.Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def page_prf(expected, predicted):
    e, p = shingles(expected), shingles(predicted)
    tp = sum((e & p).values())
    fp = sum(p.values()) - tp
    fn = sum(e.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    return precision, recall


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--slant", default="target/release/slant")
    ap.add_argument("--dir", default="../shared/corpora/extraction")
    ap.add_argument("--per-page", action="store_true", help="print each page's P and R")
    ap.add_argument(
        "--trafilatura", action="store_true",
        help="also run trafilatura (pip install trafilatura) in this process on the same pages",
    )
    args = ap.parse_args()
    truth_path = os.path.join(args.dir, "ground-truth.json")
    if not os.path.exists(truth_path):
        print(f"skipped: {truth_path} not found")
        return
    with open(truth_path, encoding="utf-8") as f:
        truth = json.load(f)
    keys = sorted(truth)
    paths = [os.path.join(args.dir, "html", k + ".html.gz") for k in keys]
    size = sum(len(gzip.open(p).read()) for p in paths)
    # One process, one core, so the figure compares with single-threaded extractors.
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run(
        ["taskset", "-c", "0", args.slant, "extract", *paths],
        capture_output=True, env=env, check=False,
    )
    elapsed = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    sys.stderr.write(run.stderr.decode("utf-8", "replace"))
    predicted = {}
    for line in run.stdout.decode("utf-8").splitlines():
        obj = json.loads(line)
        key = os.path.basename(obj["id"]).removesuffix(".html.gz")
        predicted[key] = obj["text"]
    ps, rs = [], []
    for k in keys:
        p, r = page_prf(truth[k]["articleBody"], predicted.get(k, ""))
        ps.append(p)
        rs.append(r)
        if args.per_page:
            print(f"{k[:12]}  P {p:.3f}  R {r:.3f}")
    print(f"pages: {len(keys)} ({size / 1e6:.1f} MB of HTML), {len(predicted)} extracted")
    report("slant", ps, rs)
    print(f"one core: {elapsed:.2f} s wall, {len(keys) / elapsed:.1f} pages/s, {size / 1e6 / elapsed:.1f} MB/s")
    # CPU time: the figure that holds on a machine shared with other work.
    print(f"CPU time: {cpu:.2f} s, {len(keys) / cpu:.1f} pages/s, {size / 1e6 / cpu:.1f} MB/s")
    if args.trafilatura:
        compare_trafilatura(keys, paths, truth, size)


def report(name, ps, rs):
    precision = sum(ps) / len(ps)
    recall = sum(rs) / len(rs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{name}: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")


def compare_trafilatura(keys, paths, truth, size):
    import trafilatura

    pages = [gzip.open(p).read() for p in paths]
    start = time.process_time()
    texts = [trafilatura.extract(page) or "" for page in pages]
    cpu = time.process_time() - start
    ps, rs = zip(*(page_prf(truth[k]["articleBody"], t) for k, t in zip(keys, texts)))
    report(f"trafilatura {trafilatura.__version__}", ps, rs)
    print(f"trafilatura CPU time: {cpu:.2f} s, {len(keys) / cpu:.1f} pages/s, {size / 1e6 / cpu:.1f} MB/s")


if __name__ == "__main__":
    main()
