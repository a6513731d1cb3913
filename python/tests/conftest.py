"""Shared fixtures: the repository, the `slant` binary and articles written for the tests."""

import json
import os
import subprocess
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


@pytest.fixture(scope="session")
def model():
    import slant

    return slant.Model.builtin()
