"""examples/spark_score.py on Spark local[2] writes the CLI's figures and reports."""

import json
import random
import shutil
import subprocess
import sys

import pytest

from conftest import ARTICLES, REPO, run_cli, write_jsonl

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


def test_spark_job_writes_the_cli_figures(tmp_path):
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    pq = pytest.importorskip("pyarrow.parquet")
    if shutil.which("java") is None:
        pytest.skip("java is not installed; Spark needs it")
    articles = corpus(120)
    src = write_jsonl(tmp_path / "in.jsonl", articles)
    out = tmp_path / "out.parquet"
    job = subprocess.run(
        [sys.executable, str(REPO / "examples" / "spark_score.py"), str(src), str(out),
         "--master", "local[2]", "--partitions", "3", "--batch-rows", "50"],
        capture_output=True, text=True, timeout=600)
    assert job.returncode == 0, job.stderr[-3000:]

    rows = {r["id"]: r for r in pq.read_table(out).to_pylist()}
    assert len(rows) == len(articles)
    reports = [json.loads(line) for line in
               run_cli("score", "--format", "json", src).stdout.splitlines()]
    tsv = run_cli("score", "--format", "tsv", src).stdout.splitlines()
    header = tsv[0].split("\t")
    assert [r["id"] for r in reports] == [a[0] for a in articles]
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
