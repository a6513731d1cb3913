"""`slant.extract` finds what `slant extract` finds, in pages and in WARC crawls."""

import gzip
import json

import pytest

import slant
from conftest import ARTICLES, crawl, page, run_cli


def cli_extract(path):
    out = run_cli("extract", path).stdout
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_crawl_extracts_as_the_cli_extracts(tmp_path, name):
    data = crawl()
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    expected = cli_extract(path)
    got = slant.extract(path)
    rows = list(got)
    assert rows == expected
    assert len(rows) == len([a for a in ARTICLES if a[3]])
    assert got.not_html == 2 and got.skipped == 0
    assert list(rows[0]) == ["id", "url", "title", "byline", "date", "text", "dropped_chars"]
    assert rows[0]["id"].startswith("https://")
    assert all("Related" not in r["text"] and "Copyright" not in r["text"] for r in rows)
    assert slant.host(rows[1]["url"]) == "coastal.example"
    assert slant.host(rows[0]["url"]) == "riverside.example"
    assert slant.host("not a url") is None


def test_a_page_file_extracts_as_the_cli_extracts(tmp_path):
    path = tmp_path / "saved.html"
    path.write_text(page("Council backs tram", ARTICLES[0][3], "Sam Lee"), encoding="utf-8")
    expected = cli_extract(path)
    assert list(slant.extract(str(path))) == expected
    assert expected[0]["title"] == "Council backs tram"


def test_a_bad_record_is_passed_over_and_counted(tmp_path):
    good = crawl(ARTICLES[:2])
    # A record that claims more bytes than follow before the next one.
    bad = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bad.example/\r\n"
           b"Content-Length: nonsense\r\n\r\n<html>broken</html>\r\n\r\n")
    path = tmp_path / "mixed.warc"
    path.write_bytes(bad + good)
    cli = run_cli("extract", path, check=False)
    got = slant.extract(path)
    rows = list(got)
    assert rows == [json.loads(line) for line in cli.stdout.splitlines()]
    assert len(rows) == 2
    assert got.skipped == 1 and got.errors and str(path) in got.errors[0]
    assert got.errors[0] in cli.stderr
    with pytest.raises(slant.SlantError, match="mixed.warc"):
        list(slant.extract(path, strict=True))


def test_a_file_that_is_neither_raises_the_cli_message(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some words", encoding="utf-8")
    cli = run_cli("extract", path, check=False)
    assert cli.returncode == 1
    with pytest.raises(slant.SlantError) as e:
        slant.extract(path)
    assert cli.stderr.strip() == f"slant: {e.value}"
    with pytest.raises(slant.SlantError, match="missing.warc"):
        slant.extract(tmp_path / "missing.warc")
