"""The Python package reports exactly what `slant score` reports."""

import json
from pathlib import Path

import pytest

import slant
from conftest import ARTICLES, REPO, cli_json, run_cli, write_jsonl

EXAMPLES = sorted((REPO / "data" / "examples").glob("*.txt"))


def test_examples_equal_the_cli_json(model):
    assert EXAMPLES, "data/examples holds the example articles"
    expected = cli_json(*EXAMPLES)
    got = [model.score(p.read_text(encoding="utf-8"), id=str(p)) for p in EXAMPLES]
    assert got == expected


def test_written_texts_equal_the_cli_json(model, tmp_path):
    paths = []
    for id_, _title, _outlet, text in ARTICLES:
        p = tmp_path / f"{id_}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    expected = cli_json(*paths)
    got = [model.score(p.read_text(encoding="utf-8"), id=str(p)) for p in paths]
    assert got == expected
    assert {r["label"] for r in got} <= set(model.labels)


def test_jsonl_fields_equal_the_cli_json(model, tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl")
    expected = cli_json(corpus)
    got = model.score_many(
        [a[3] for a in ARTICLES],
        ids=[a[0] for a in ARTICLES],
        titles=[a[1] for a in ARTICLES],
        outlets=[a[2] for a in ARTICLES],
    )
    assert got == expected
    one = model.score(ARTICLES[0][3], ARTICLES[0][0], title=ARTICLES[0][1], outlet=ARTICLES[0][2])
    assert one == expected[0]


def test_no_frames_and_top_follow_the_cli_flags(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLES[0][3], encoding="utf-8")
    m = slant.Model.builtin(frames=False, top=2)
    assert m.frames == []
    expected = cli_json("--no-frames", "--top", "2", p)
    assert [m.score(ARTICLES[0][3], id=str(p))] == expected
    assert "frames" not in expected[0]


@pytest.mark.parametrize("name", ["generic", "policy"])
def test_an_embedded_frame_model_by_name_scores_the_cli_frames(tmp_path, name):
    corpus = write_jsonl(tmp_path / "corpus.jsonl")
    expected = cli_json("--frames-model", name, corpus)
    m = slant.Model.builtin(frames_model=name)
    kw = dict(ids=[a[0] for a in ARTICLES], titles=[a[1] for a in ARTICLES],
              outlets=[a[2] for a in ARTICLES])
    got = m.score_many([a[3] for a in ARTICLES], threads=2, **kw)
    assert got == expected
    assert [r["frames"] for r in got] == [r["frames"] for r in expected]
    cols = m.score_columns([a[3] for a in ARTICLES], **kw)
    assert [c for c in cols if c.startswith("p_")][-len(m.frames):] == \
        ["p_" + f for f in m.frames]
    tsv = run_cli("score", "--format", "tsv", "--frames-model", name, corpus).stdout
    assert list(cols) == tsv.splitlines()[0].split("\t")
    # The same file loaded with a model of its own names the same frames.
    loaded = slant.Model.load(REPO / "models" / "default.json.gz", frames_model=name)
    assert loaded.frames == m.frames
    if name == "generic":
        assert len(m.frames) == 5
        assert m.frames != slant.Model.builtin().frames


@pytest.mark.parametrize("top_k,floor", [(0, None), (2, None), (6, 0.2), (None, 0.9)])
def test_the_frame_rule_keywords_mark_the_frames_the_cli_flags_mark(tmp_path, top_k, floor):
    corpus = write_jsonl(tmp_path / "corpus.jsonl")
    flags = []
    if top_k is not None:
        flags += ["--frames-top-k", top_k]
    if floor is not None:
        flags += ["--frames-min-probability", floor]
    expected = cli_json(*flags, corpus)
    kw = dict(ids=[a[0] for a in ARTICLES], titles=[a[1] for a in ARTICLES],
              outlets=[a[2] for a in ARTICLES])
    m = slant.Model.builtin(frames_top_k=top_k, frames_min_probability=floor)
    got = m.score_many([a[3] for a in ARTICLES], **kw)
    assert got == expected
    loaded = slant.Model.load(REPO / "models" / "default.json.gz", frames_top_k=top_k,
                              frames_min_probability=floor)
    assert loaded.score_many([a[3] for a in ARTICLES], **kw) == expected
    marked = [sum(f["present"] for f in r["frames"]) for r in got]
    default = [sum(f["present"] for f in r["frames"]) for r in cli_json(corpus)]
    if top_k:
        # The k most likely frames are present unless under the floor; an article
        # without words marks none.
        with_words = [n for n, a in zip(marked, ARTICLES) if a[3].strip()]
        assert all(n >= top_k for n in with_words) or floor is not None
        assert all(n == 0 for n, a in zip(marked, ARTICLES) if not a[3].strip())
    if top_k is None:
        # A floor only takes frames out of the model's own top k.
        assert all(a <= b for a, b in zip(marked, default)) and marked != default


def test_a_frame_floor_outside_0_to_1_raises_the_cli_message(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLES[0][3], encoding="utf-8")
    cli = run_cli("score", "--frames-min-probability", "1.5", p, check=False)
    assert cli.returncode != 0
    with pytest.raises(slant.SlantError, match="between 0 and 1"):
        slant.Model.builtin(frames_min_probability=1.5)


def test_a_model_file_scores_as_with_model(tmp_path):
    path = REPO / "models" / "default.json.gz"
    p = tmp_path / "a.txt"
    p.write_text(ARTICLES[1][3], encoding="utf-8")
    m = slant.Model.load(str(path))
    assert [m.score(ARTICLES[1][3], id=str(p))] == cli_json("--model", path, p)


def test_score_many_is_the_same_on_one_thread_and_several(model):
    texts = [a[3] for a in ARTICLES] * 8
    one = model.score_many(texts, threads=1)
    assert model.score_many(texts, threads=2) == one
    assert model.score_many(texts, threads=4) == one
    assert model.score_many(texts) == one
    assert [r["id"] for r in one] == [str(i) for i in range(len(texts))]
    assert one[0] == model.score(texts[0], id="0")


def test_columns_equal_the_cli_tsv(model, tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl")
    tsv = run_cli("score", "--format", "tsv", corpus).stdout.splitlines()
    header = tsv[0].split("\t")
    cols = model.score_columns(
        [a[3] for a in ARTICLES], threads=2,
        ids=[a[0] for a in ARTICLES], titles=[a[1] for a in ARTICLES],
        outlets=[a[2] for a in ARTICLES],
    )
    assert list(cols) == header
    decimals = {"loaded_per_100_words": 2, "words": None, "voices": None}
    for i, line in enumerate(tsv[1:]):
        for name, cell in zip(header, line.split("\t")):
            v = cols[name][i]
            if v is None:
                assert cell == ""
            elif isinstance(v, str):
                assert v == cell
            elif decimals.get(name, 4) is None:
                assert str(v) == cell
            else:
                assert f"{v:.{decimals.get(name, 4)}f}" == cell, name


def test_score_arrow_returns_the_tsv_columns(model):
    pa = pytest.importorskip("pyarrow")
    table = pa.table({
        "id": [a[0] for a in ARTICLES],
        "body": [a[3] for a in ARTICLES],
        "title": [a[1] for a in ARTICLES],
    })
    batch = model.score_arrow(table, text_column="body", threads=2)
    assert isinstance(batch, pa.RecordBatch)
    assert batch.num_rows == len(ARTICLES)
    cols = model.score_columns([a[3] for a in ARTICLES], ids=[a[0] for a in ARTICLES],
                               titles=[a[1] for a in ARTICLES])
    assert batch.to_pydict() == cols
    assert batch.schema.field("words").type == pa.int64()
    with pytest.raises(ValueError, match="no column 'text'"):
        model.score_arrow(table)


def test_a_missing_model_raises_the_cli_message(tmp_path):
    missing = tmp_path / "missing.json"
    cli = run_cli("score", "--model", missing, REPO / "data" / "examples" / EXAMPLES[0].name,
                  check=False)
    assert cli.returncode == 1
    with pytest.raises(slant.SlantError) as e:
        slant.Model.load(str(missing))
    assert str(missing) in str(e.value)
    assert cli.stderr.strip() == f"slant: {e.value}"


def test_a_corrupt_model_raises_the_cli_message(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"labels": ["a"', encoding="utf-8")
    cli = run_cli("score", "--model", bad, EXAMPLES[0], check=False)
    assert cli.returncode == 1
    with pytest.raises(slant.SlantError) as e:
        slant.Model.load(str(bad))
    assert cli.stderr.strip() == f"slant: {e.value}"


def test_a_bad_frame_model_or_side_map_raises(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(slant.SlantError, match="bad.json"):
        slant.Model.builtin(frames_model=str(bad))
    with pytest.raises(slant.SlantError, match="bad.json"):
        slant.Model.builtin(sides=str(bad))


def test_bad_arguments_raise(model):
    with pytest.raises(ValueError, match="ids has 1 items but texts has 2"):
        model.score_many(["a", "b"], ids=["x"])
    with pytest.raises(ValueError, match="threads must be at least 1"):
        model.score_many(["a"], threads=0)
    with pytest.raises(TypeError):
        model.score(42)
    assert issubclass(slant.SlantError, Exception)
