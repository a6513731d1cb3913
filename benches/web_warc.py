#!/usr/bin/env python3
"""Streaming a crawl: a WARC.gz built from a JSONL corpus, each article wrapped in a
news-site page template (menus, cookie banner, scripts, related links, comments,
footer), read by `slant extract` and `slant score`.

Reports for each command: wall and CPU seconds, pages/s, MB/s of HTML, peak memory;
for extract also the word 4-shingle P/R/F1 of the extracted body against the
article's text (the measure of benches/extraction_quality.py).

Usage: benches/web_warc.py [--slant PATH] [--corpus FILE] [--pages N] [--threads N]
                           [--spark PYTHON]
(default corpus ../shared/corpora/allsides/allsides.jsonl.gz; skipped when absent).
The WARC is written to a temporary directory and removed afterwards.

--spark PYTHON also runs examples/spark_score.py on the WARC in Spark local[T] mode
(T = --threads) with that interpreter (one with the slant package and pyspark), times
it against `slant score` writing JSON and TSV on T threads, and checks its reports
equal the CLI's.
"""
import argparse
import gzip
import html
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extraction_quality import page_prf  # noqa: E402

SCRIPT = "window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); }\n" * 40

TEMPLATES = [
    # A paper with a mega-menu, a cookie banner and related links after the article.
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - {site}</title>
<meta name="author" content="{author}"><meta property="og:title" content="{title}">
<script>{script}</script><style>.nav li {{ display: inline }} .ad {{ height: 250px }}</style></head>
<body><div id="cookie" class="cookie-consent">We use cookies to personalise content and ads. <button>Accept all</button></div>
<header><a class="logo" href="/">{site}</a><nav class="menu"><ul>{menu}</ul></nav>
<form class="search"><input name="q" placeholder="Search"></form></header>
<div class="ad ad-top">Advertisement</div>
<main><article class="story"><h1>{title}</h1><p class="byline">By {author}</p><time>{date}</time>
<div class="story-body">{body}</div></article>
<aside class="related"><h2>Most read</h2><ul>{related}</ul></aside>
<div class="newsletter">Sign up for our morning briefing, delivered to your inbox every day.</div>
</main><footer><ul>{footer}</ul><p>&copy; 2024 {site}. All rights reserved.</p></footer>
<script>{script}</script></body></html>""",
    # A blog-style page: sidebar first, comments after the post, no <article> tag.
    """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | {site}</title><script>{script}</script></head><body class="post">
<div id="sidebar"><h3>Categories</h3><ul>{menu}</ul><h3>Popular</h3><ul>{related}</ul></div>
<div id="content"><div class="post-header"><h2 class="entry-title">{title}</h2>
<span class="author vcard">Posted by {author}</span> <span class="date">{date}</span></div>
<div class="entry-content">{body}</div>
<div class="share">Share this: Facebook Twitter Email Print</div>
<div id="comments"><h3>3 comments</h3>
<div class="comment"><b>reader42</b> This is exactly what I have been saying for years.</div>
<div class="comment"><b>jsmith</b> Where are the sources for this? Seems one-sided to me.</div>
<div class="comment"><b>anon</b> Thanks for writing this up, very helpful.</div></div></div>
<div id="footer">{footer}</div></body></html>""",
]

MENU = ["World", "U.S.", "Politics", "Business", "Opinion", "Tech", "Science", "Health", "Sports", "Arts", "Books", "Style", "Food", "Travel", "Magazine", "Video"]
RELATED = [
    "Storm closes the coast road for a third day",
    "What the new tax rules mean for renters",
    "The quiet town that became a film set",
    "Five questions about the stadium deal",
    "Inside the race to fix the water system",
]
FOOTER = ["About us", "Contact", "Careers", "Advertise", "Privacy policy", "Terms of service", "Cookie settings", "Help"]


def page(article, k):
    title = html.escape(article.get("title") or "Untitled")
    paras = [p.strip() for p in (article.get("text") or "").split("\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    site = html.escape(article.get("outlet") or "News")
    links = lambda items: "".join(f'<li><a href="/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(items))
    return TEMPLATES[k % len(TEMPLATES)].format(
        title=title, site=site, author="Staff Writer", date=article.get("date") or "",
        script=SCRIPT, menu=links(MENU), related=links(RELATED), footer=links(FOOTER), body=body,
    )


def record(uri, date, body):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Date: {date}T12:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def run(cmd, threads):
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    peak_kb = int(err[-1]) if err and err[-1].isdigit() else 0
    if proc.returncode != 0:
        sys.stderr.write("\n".join(err[:-1]) + "\n")
    return proc.stdout, wall, cpu, peak_kb


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--slant", default="target/release/slant")
    ap.add_argument("--corpus", default="../shared/corpora/allsides/allsides.jsonl.gz")
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--spark", metavar="PYTHON", default=None)
    args = ap.parse_args()
    if not os.path.exists(args.corpus):
        print(f"skipped: {args.corpus} not found")
        return
    articles = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a.get("text"):
                articles.append(a)
            if len(articles) == args.pages:
                break
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "crawl.warc.gz")
        size = 0
        with open(path, "wb") as out:
            for k, a in enumerate(articles):
                body = page(a, k).encode("utf-8")
                size += len(body)
                uri = a.get("url") or f"https://example.com/{k}"
                # One gzip member per record, as crawlers write them.
                out.write(gzip.compress(record(uri, a.get("date") or "2024-01-01", body)))
        n = len(articles)
        print(f"WARC: {n} pages, {size / 1e6:.1f} MB of HTML, {os.path.getsize(path) / 1e6:.1f} MB gzip; {args.threads} thread(s)")
        stdout, wall, cpu, peak = run([args.slant, "extract", path], args.threads)
        got = [json.loads(l) for l in stdout.decode("utf-8").splitlines()]
        ps, rs = [], []
        by_uri = {(a.get("url") or f"https://example.com/{k}"): a for k, a in enumerate(articles)}
        for row in got:
            p, r = page_prf(by_uri[row["id"]]["text"], row["text"])
            ps.append(p)
            rs.append(r)
        ps += [0.0] * (n - len(got))
        rs += [0.0] * (n - len(got))
        pr, rc = sum(ps) / n, sum(rs) / n
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print(f"extract: {len(got)} articles; precision {pr:.3f} recall {rc:.3f} F1 {f1:.3f}")
        for name, cmd in [("extract", [args.slant, "extract", path]), ("score", [args.slant, "score", "--format", "json", path])]:
            _, wall, cpu, peak = run(cmd, args.threads)
            print(f"{name}: {wall:.2f} s wall, {cpu:.2f} s CPU, {n / cpu:.0f} pages/s and {size / 1e6 / cpu:.1f} MB/s per CPU second, peak memory {peak / 1024:.0f} MB")
        if args.spark:
            spark(args, path, n, tmp)


def spark(args, path, n, tmp):
    """The Spark job on the crawl against the CLI's JSON and TSV passes, same threads."""
    t = args.threads
    cli = 0.0
    reports = None
    for fmt in ("json", "tsv"):
        out, wall, _, _ = run([args.slant, "score", "--format", fmt, "--threads", str(t), path], t)
        cli += wall
        if fmt == "json":
            reports = {json.loads(l)["id"]: l for l in out.decode("utf-8").splitlines()}
    print(f"CLI score JSON + TSV, {t} threads: {cli:.1f} s wall, {n / cli / t:.0f} pages/s/core")
    job = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "spark_score.py")
    dest = os.path.join(tmp, "scored.parquet")
    start = time.perf_counter()
    proc = subprocess.run([args.spark, job, path, dest, "--master", f"local[{t}]",
                           "--partitions", str(t)], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        return
    times = proc.stderr.strip().splitlines()[-1]
    print(f"Spark local[{t}]: {wall:.1f} s wall in all; {times}")
    check = subprocess.run([args.spark, "-c", (
        "import json, sys, pyarrow.parquet as pq\n"
        "rows = pq.read_table(sys.argv[1], columns=['id', 'report']).to_pylist()\n"
        "print(json.dumps({r['id']: r['report'] for r in rows}))"), dest],
        capture_output=True, text=True, check=True)
    got = json.loads(check.stdout)
    same = sum(got.get(k) == v for k, v in reports.items())
    print(f"Spark reports equal to the CLI's: {same} of {len(reports)}")


if __name__ == "__main__":
    main()
