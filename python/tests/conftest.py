"""Shared fixtures: the repository, the `slant` binary and articles written for the tests."""

import json
import os
import subprocess
import zlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

#: Articles written for these tests (id, title, outlet, text).
ARTICLES = [
    ("council-vote", "Council backs new tram line", "Riverside Ledger",
     "The city council voted 7-2 on Tuesday to fund a tram line along the river. "
     "\"This is the biggest transit investment in a generation,\" said Mayor Ana Ortiz. "
     "Critics on the council called the plan a reckless giveaway to developers, "
     "according to minutes of the meeting. Officials said construction would begin next spring."),
    ("tax-cut", "Senate passes tax package", None,
     "Senate Republicans pushed through a sweeping tax cut late Thursday, a move Democrats "
     "slammed as a handout to the wealthy. Supporters said the bill would unleash growth and "
     "free families from crushing bureaucracy. A Treasury spokesman declined to comment."),
    ("climate-report", None, "Coastal Observer",
     "Scientists warned in a new report that sea levels along the coast are rising faster than "
     "expected. \"We are running out of time,\" said Dr. Lena Park of the state university. "
     "Some sources familiar with the matter said the governor's office tried to delay the release."),
    ("short", None, None, "Rain tomorrow."),
    ("empty", None, None, ""),
    ("unicode", "Élan — ümlaut", None,
     "Le président a déclaré: « nous avons gagné ». Officials in Zürich said the radical "
     "proposal — drafted in secret — was \u201ca disaster\u201d for taxpayers.\tTabs\nand lines."),
]


def slant_bin() -> Path:
    """The `slant` command built by `cargo build --release` (or $SLANT_BIN)."""
    path = Path(os.environ.get("SLANT_BIN", REPO / "target" / "release" / "slant"))
    if not path.exists():
        pytest.skip(f"{path} is absent; run `cargo build --release` first")
    return path


def run_cli(*args, check=True) -> subprocess.CompletedProcess:
    return subprocess.run([str(slant_bin()), *map(str, args)], capture_output=True,
                          text=True, check=check)


def cli_json(*args) -> list:
    out = run_cli("score", "--format", "json", *args).stdout
    return [json.loads(line) for line in out.splitlines()]


def write_jsonl(path: Path, articles=ARTICLES) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for id_, title, outlet, text in articles:
            row = {"id": id_, "text": text}
            if title is not None:
                row["title"] = title
            if outlet is not None:
                row["outlet"] = outlet
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def page(title, text, byline=None):
    """A news page written for these tests: a menu, the article, related links, a footer."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in text.split(". ") if p)
    by = f'<p class="byline">By {byline}</p>' if byline else ""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a>"
            f"</nav><article><h1>{title}</h1>{by}\n{paragraphs}</article>"
            f"<aside><h2>Related</h2><a href='/x'>Another story</a></aside>"
            f"<footer>Copyright 2024 The Example Times. All rights reserved.</footer>"
            f"</body></html>")


def record(uri, body: bytes, warc_type="response", content_type="text/html; charset=utf-8"):
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n").encode() + body
    block = http if warc_type == "response" else body
    head = (f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Date: 2024-05-15T08:00:00Z\r\n"
            f"WARC-Record-ID: <urn:crc:{zlib.crc32(uri.encode()):010d}>\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype={warc_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def crawl(articles=ARTICLES, hosts=("www.riverside.example", "coastal.example:8080")):
    """A crawl of the test articles as pages, with a request record and an image
    response among them (neither is an article)."""
    records = [record("https://riverside.example/", b"GET / HTTP/1.1\r\n\r\n", "request")]
    for i, (id_, title, _outlet, text) in enumerate(articles):
        if not text:
            continue
        uri = f"https://{hosts[i % len(hosts)]}/news/{id_}"
        records.append(record(uri, page(title or f"Story {id_}", text,
                                        "Ana Ortiz" if i % 2 else None).encode("utf-8")))
    records.append(record("https://riverside.example/logo.png", b"\x89PNG....",
                          content_type="image/png"))
    return b"".join(records)


@pytest.fixture(scope="session")
def model():
    import slant

    return slant.Model.builtin()
