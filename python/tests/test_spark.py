"""examples/spark_score.py on Spark local[2] writes the CLI's figures and reports."""

import json
import random
import shutil
import subprocess
import sys

import pytest

import gzip

from conftest import ARTICLES, REPO, crawl, run_cli, write_jsonl

SENTENCES = [a[3] for a in ARTICLES if a[3]] + [
    "The governor signed the budget after weeks of talks, aides said.",
    "Protesters gathered outside the courthouse, chanting slogans against the ruling.",
    "\"We will not back down,\" the union leader told reporters on Monday.",
    "Analysts at the central bank expect inflation to ease by next year.",
    "The radical scheme would destroy small businesses, opponents claimed.",
]


def corpus(n, seed=7):
    """`n` generated articles (id, title, outlet, text) from the sentences above."""
    rng = random.Random(seed)
    outlets = ["Riverside Ledger", "Coastal Observer", None]
    return [(f"gen-{i}", rng.choice([None, "Budget news", "Court update"]), rng.choice(outlets),
             " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 6))))
            for i in range(n)]


def run_job(src, out, *flags):
    """examples/spark_score.py on Spark local[2]; skips without pyspark or Java."""
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    if shutil.which("java") is None:
        pytest.skip("java is not installed; Spark needs it")
    job = subprocess.run(
        [sys.executable, str(REPO / "examples" / "spark_score.py"), str(src), str(out),
         "--master", "local[2]", *flags],
        capture_output=True, text=True, timeout=600)
    assert job.returncode == 0, job.stderr[-3000:]
    return job


def assert_rows_equal_the_cli(out, *cli_inputs):
    """The Parquet rows are the CLI's reports and TSV figures for the same inputs."""
    pq = pytest.importorskip("pyarrow.parquet")
    rows = {r["id"]: r for r in pq.read_table(out).to_pylist()}
    reports = [json.loads(line) for line in
               run_cli("score", "--format", "json", *cli_inputs).stdout.splitlines()]
    tsv = run_cli("score", "--format", "tsv", *cli_inputs).stdout.splitlines()
    header = tsv[0].split("\t")
    assert len(rows) == len(reports) == len(tsv) - 1
    for report, line in zip(reports, tsv[1:]):
        row = rows[report["id"]]
        assert json.loads(row["report"]) == report
        assert list(row)[:-1] == header
        for name, cell in zip(header, line.split("\t")):
            v = row[name]
            if v is None:
                assert cell == ""
            elif isinstance(v, str):
                assert v == cell
            elif name in ("words", "voices"):
                assert str(v) == cell
            else:
                d = 2 if name == "loaded_per_100_words" else 4
                assert f"{v:.{d}f}" == cell, name
    return reports


def test_spark_job_writes_the_cli_figures(tmp_path):
    articles = corpus(120)
    src = write_jsonl(tmp_path / "in.jsonl", articles)
    out = tmp_path / "out.parquet"
    run_job(src, out, "--partitions", "3", "--batch-rows", "50")
    reports = assert_rows_equal_the_cli(out, src)
    assert [r["id"] for r in reports] == [a[0] for a in articles]


def test_spark_job_reads_warc_crawls_as_the_cli_does(tmp_path):
    # Two crawls of generated articles, one gzipped, in a directory with a file that
    # is not a crawl; each HTML response record is an article.
    crawls = tmp_path / "crawls"
    crawls.mkdir()
    a = crawl(corpus(40, seed=1))
    b = crawl(corpus(30, seed=2), hosts=("news.example", "www.daily.example"))
    (crawls / "a.warc").write_bytes(a)
    (crawls / "b.warc.gz").write_bytes(gzip.compress(b))
    (crawls / "notes.txt").write_text("not a crawl", encoding="utf-8")
    out = tmp_path / "out.parquet"
    run_job(crawls, out, "--batch-rows", "16")
    reports = assert_rows_equal_the_cli(out, crawls / "a.warc", crawls / "b.warc.gz")
    assert len(reports) == 70
    assert {r["outlet"] for r in reports} >= {"riverside.example", "coastal.example",
                                              "news.example", "daily.example"}
