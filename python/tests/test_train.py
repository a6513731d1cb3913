"""`slant.train` trains the model `slant train` trains: the same bytes, the same errors."""

import json
import random
from pathlib import Path

import pytest

import slant
from conftest import run_cli

#: Words that lean each way in the generated corpus, and words every label uses.
LEAN = {
    "left": ["workers", "union", "climate", "equity", "healthcare", "wages", "renters"],
    "right": ["taxpayers", "border", "liberty", "regulation", "faith", "police", "markets"],
    "center": ["officials", "report", "committee", "analysis", "quarterly", "survey", "data"],
}
COMMON = ["the", "city", "said", "on", "a", "new", "plan", "would", "and", "to", "of", "in",
          "council", "state", "week", "vote", "bill", "members", "public", "local"]
OUTLETS = ["Harbor Post", "Valley Gazette", "Ridge Courier", "Plains Ledger", "Metro Daily",
           "Coastal Times"]


def rows(n=90, seed=7):
    """Labelled articles written for these tests: each uses its label's words more."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        label = ["left", "right", "center"][i % 3]
        words = []
        for _ in range(rng.randint(40, 90)):
            pool = LEAN[label] if rng.random() < 0.25 else (
                LEAN[rng.choice(list(LEAN))] if rng.random() < 0.1 else COMMON)
            words.append(rng.choice(pool))
        sentences = [" ".join(words[j:j + 12]).capitalize() + "." for j in range(0, len(words), 12)]
        out.append({
            "id": f"a{i:03d}",
            "title": f"{rng.choice(LEAN[label]).title()} and the {rng.choice(COMMON)} plan",
            "text": " ".join(sentences) + f' "We will act," said {rng.choice(["Ana Ortiz", "Sam Lee"])}.',
            "label": label,
            "outlet": OUTLETS[i % len(OUTLETS)],
            "publisher": OUTLETS[(i // 3) % len(OUTLETS)].lower().replace(" ", "") + ".com",
            "split": ["train", "train", "train", "test", "valid"][i % 5],
        })
    return out


def write_rows(path: Path, items) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for r in items:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


#: Small-corpus options, as the CLI and as keywords.
SMALL = dict(min_df=2, features=300, iterations=25)


def cli_flags(**options):
    flags = []
    for name, value in options.items():
        flag = "--" + name.replace("_", "-")
        if value is True:
            flags.append(flag)
        elif isinstance(value, (list, tuple)):
            flags += [flag, ",".join(map(str, value))]
        elif isinstance(value, dict):
            flags += [flag, ",".join(f"{k}={v}" for k, v in value.items())]
        else:
            flags += [flag, str(value)]
    return flags


def cli_train(tmp_path, corpus, name="cli.json", **options) -> bytes:
    out = tmp_path / name
    corpora = corpus if isinstance(corpus, list) else [corpus]
    run_cli("train", "-q", "--corpus", *corpora, "--out", out, *cli_flags(**options))
    return out.read_bytes()


CASES = [
    dict(SMALL),
    dict(SMALL, split_field="split", train_values=["train", "valid"], holdout_values=["test"],
         group_field="publisher", max_per_group=12, logit_offsets={"left": 0.25, "right": -0.5},
         seed=9),
    dict(min_df=2, features=200, iterations=15, ngrams=1, title_weight=2, no_blocks=True,
         group_field="outlet", ranking="chi2-eta", max_group_share=0.9, alpha=2.0,
         fingerprint_filter=True, length_neutral=True, min_groups=2),
    dict(SMALL, term_norm="l1", block_penalty=10.0),
    dict(SMALL, term_tf="binary", term_norm="l1", length_neutral=True),
    dict(SMALL, terms_outside_quotes=True, adjust_length=True),
]


@pytest.mark.parametrize("options", CASES)
def test_a_python_trained_model_is_the_cli_trained_model_byte_for_byte(tmp_path, options):
    corpus = write_rows(tmp_path / "corpus.jsonl", rows())
    expected = cli_train(tmp_path, corpus, **options)
    model = slant.train(str(corpus), quiet=True, **options)
    model.save(tmp_path / "py.json")
    assert (tmp_path / "py.json").read_bytes() == expected
    assert model.to_json() == expected
    # gzip, as `--out model.json.gz`
    model.save(tmp_path / "py.json.gz")
    assert slant.Model.load(tmp_path / "py.json.gz").to_json() == expected


def test_rows_in_memory_train_the_same_model_and_record_their_hash(tmp_path):
    items = rows()
    corpus = write_rows(tmp_path / "corpus.jsonl", items)
    from_file = json.loads(slant.train(corpus, quiet=True, **SMALL).to_json())
    from_rows = json.loads(slant.train(items, quiet=True, **SMALL).to_json())
    # The rows are serialised as the file was written, so even the hash agrees.
    assert from_rows["training"].pop("corpus") == "(rows)"
    assert from_file["training"].pop("corpus") == "corpus.jsonl"
    assert from_rows == from_file
    assert slant.train(iter(items), quiet=True, **SMALL).to_json() == \
        slant.train(items, quiet=True, **SMALL).to_json()


def test_texts_and_labels_train_as_rows_of_those_fields(tmp_path):
    items = rows()
    plain = [{"text": r["text"], "label": r["label"], "title": r["title"]} for r in items]
    a = slant.train(plain, quiet=True, **SMALL)
    b = slant.train(texts=[r["text"] for r in items], labels=[r["label"] for r in items],
                    titles=[r["title"] for r in items], quiet=True, **SMALL)
    assert a.to_json() == b.to_json()
    assert b.labels == ["center", "left", "right"]


def test_a_trained_model_scores_as_the_cli_scores_with_its_file(tmp_path):
    corpus = write_rows(tmp_path / "corpus.jsonl", rows())
    model = slant.train(corpus, quiet=True, **SMALL)
    path = tmp_path / "m.json"
    model.save(path)
    text = rows(3, seed=99)[1]["text"]
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    out = run_cli("score", "--format", "json", "--model", path, article).stdout
    assert model.score(text, id=str(article)) == json.loads(out)
    assert model.training["rows"] == 90


def test_held_out_figures_and_notes(tmp_path, capsys):
    corpus = write_rows(tmp_path / "corpus.jsonl", rows())
    model = slant.train(corpus, split_field="split", holdout_values="test,nothing", cv=3,
                        group_by="outlet", **SMALL)
    held = model.training["held_out"]
    assert held["rows_selected"] == "split in [test, nothing]" and held["rows"] == 18
    err = capsys.readouterr().err
    assert f'slant: warning: no row of {corpus} has split = "nothing" (--holdout-values)' in err
    assert "3-fold cross-validation grouped by outlet:" in err
    slant.train(corpus, split_field="split", holdout_values="nothing", quiet=True, **SMALL)
    assert capsys.readouterr().err == ""


def cli_error(tmp_path, corpus, *flags) -> str:
    r = run_cli("train", "-q", "--corpus", corpus, "--out", tmp_path / "x.json", *flags,
                check=False)
    assert r.returncode == 1
    return r.stderr.strip().removeprefix("slant: ")


@pytest.mark.parametrize("options", [
    dict(max_group_share=0.5),
    dict(ranking="group-f"),
    dict(alpha=0.0),
    dict(ngrams=3),
    dict(iterations=0),
    dict(group_field="publisher", max_per_group=0),
    dict(holdout_values=["test"]),
    dict(split_field="split", train_values=["test"], holdout_values=["test"]),
    dict(logit_offsets="left"),
    dict(logit_offsets={"nope": 1.0}, **SMALL),
    dict(split_field="split", train_values=["nothing"]),
])
def test_bad_options_raise_the_cli_message(tmp_path, options):
    corpus = write_rows(tmp_path / "corpus.jsonl", rows(30))
    flags = cli_flags(**{k: v for k, v in options.items()})
    expected = cli_error(tmp_path, corpus, *flags)
    with pytest.raises(slant.SlantError) as e:
        slant.train(corpus, quiet=True, **options)
    assert str(e.value) == expected


@pytest.mark.parametrize("option, value", [("term_norm", "l3"), ("term_tf", "log")])
def test_an_unknown_term_norm_or_tf_is_refused_by_name(option, value):
    with pytest.raises(slant.SlantError, match=f'^--{option.replace("_", "-")} "{value}" is not'):
        slant.train(rows(30), quiet=True, **{option: value})


def test_bad_rows_name_the_row(tmp_path):
    items = rows(30)
    del items[1]["label"]
    with pytest.raises(slant.SlantError, match=r"^\(rows\):2: "):
        slant.train(items, quiet=True, **SMALL)
    corpus = write_rows(tmp_path / "c.jsonl", items)
    with pytest.raises(slant.SlantError, match=r"c\.jsonl:2: "):
        slant.train(corpus, quiet=True, **SMALL)
    with pytest.raises(slant.SlantError, match="no articles to train on"):
        slant.train([], quiet=True)
    with pytest.raises(slant.SlantError, match="no-such.jsonl"):
        slant.train(tmp_path / "no-such.jsonl", quiet=True)


def test_wrong_arguments_raise_python_errors():
    with pytest.raises(ValueError, match="labels has 1 items but texts has 2"):
        slant.train(texts=["a", "b"], labels=["left"])
    with pytest.raises(TypeError):
        slant.train(texts=["a"])
    with pytest.raises(TypeError):
        slant.train([1, 2])
    with pytest.raises(TypeError):
        slant.train()


def page(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(".") if s.strip())
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>Copyright 2024. All rights reserved.</footer></body></html>")


def test_web_pages_with_a_label_map_train_as_the_cli_does(tmp_path):
    items = rows(45)
    hosts = {"left": "leftish.example", "right": "rightish.example", "center": "middle.example"}
    records = []
    for r in items:
        html = page(r["title"], r["text"]).encode("utf-8")
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
        uri = f"https://www.{hosts[r['label']]}/{r['id']}.html"
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-05-15T08:00:00Z\r\n"
                f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n").encode()
        records.append(head + http + b"\r\n\r\n")
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(b"".join(records))
    labels = tmp_path / "labels.tsv"
    labels.write_text("host\tlabel\n" + "".join(f"{h}\t{l}\n" for l, h in hosts.items()),
                      encoding="utf-8")
    expected = cli_train(tmp_path, warc, label_map=labels, **SMALL)
    model = slant.train(warc, label_map=labels, quiet=True, **SMALL)
    assert model.to_json() == expected
    assert model.training["rows"] == 45


#: Codes of the generated multi-label corpus and the words that signal each.
CODES = {
    "economic": ["budget", "taxes", "jobs", "wages", "prices", "deficit"],
    "health": ["hospital", "doctors", "patients", "vaccine", "clinic", "nurses"],
    "crime": ["police", "court", "judge", "arrest", "prison", "verdict"],
}


def coded_rows(n=60, seed=3):
    """Articles written for these tests, each coded with one or two codes, some rows
    coded with a smaller codebook (`known`)."""
    rng = random.Random(seed)
    out = []
    names = sorted(CODES)
    for i in range(n):
        codes = rng.sample(names, rng.choice([1, 1, 2]))
        words = [rng.choice(CODES[rng.choice(codes)]) if rng.random() < 0.3 else rng.choice(COMMON)
                 for _ in range(rng.randint(30, 60))]
        row = {
            "id": f"m{i:03d}",
            "title": f"The {rng.choice(COMMON)} {rng.choice(CODES[codes[0]])} story",
            "text": " ".join(words).capitalize() + ".",
            "codes": codes,
            "publisher": OUTLETS[i % len(OUTLETS)],
            "split": "train" if i % 6 else "other",
            "kind": "full" if i % 2 else "short",
        }
        if i % 7 == 0:
            row["known"] = codes + ["economic"] if "economic" not in codes else codes
        out.append(row)
    return out


MULTI_CASES = [
    dict(labels_field="codes", min_df=2, features=300, iterations=20),
    dict(labels_field="codes", known_field="known", min_df=2, features=300, iterations=20,
         cv=3, group_field="publisher", split_field="split", ngrams=1, alpha=2.0, seed=5),
    dict(labels_field="codes", min_df=2, iterations=15, cv=2, top_k="auto",
         rule_rows="kind=full", no_frame_cues=True, label_names=["health", "crime", "economic"]),
    dict(labels_field="codes", min_df=2, iterations=15, cv=2, top_k=2, rule="per-label",
         max_labels=2, min_ratio=0.3, min_probability=0.05, positive_share=0.4),
    dict(labels_field="codes", min_df=2, iterations=15, cv=2, top_k=3, rule="per-label",
         min_labels=1),
]


def multi_cli_flags(options):
    """The CLI flags of `slant.train`'s multi-label keywords (`label_names` is `--labels`)."""
    options = dict(options)
    if "label_names" in options:
        options["labels"] = options.pop("label_names")
    return cli_flags(multi_label=True, **options)


@pytest.mark.parametrize("options", MULTI_CASES)
def test_a_multi_label_model_is_the_cli_trained_one_byte_for_byte(tmp_path, options):
    items = coded_rows()
    corpus = write_rows(tmp_path / "coded.jsonl", items)
    out = tmp_path / "cli.json"
    run_cli("train", "-q", "--corpus", corpus, "--out", out, *multi_cli_flags(options))
    expected = out.read_bytes()
    model = slant.train(corpus, multi_label=True, quiet=True, **options)
    assert isinstance(model, slant.MultiLabelModel)
    assert model.to_json() == expected
    model.save(tmp_path / "py.json.gz")
    assert run_cli("score", "--format", "json", "--frames-model", tmp_path / "py.json.gz",
                   write_rows(tmp_path / "one.jsonl", items[:2])).stdout == \
        run_cli("score", "--format", "json", "--frames-model", out,
                tmp_path / "one.jsonl").stdout
    assert model.training["rows"] == (50 if "split_field" in options else 60)
    # Rows in memory train the same model, recording the hash of their JSON Lines.
    from_rows = json.loads(slant.train(items, multi_label=True, quiet=True, **options).to_json())
    from_file = json.loads(expected)
    assert from_rows["training"].pop("corpus") == "(rows)"
    assert from_file["training"].pop("corpus") == "coded.jsonl"
    assert from_rows == from_file
    # And a Model scores frames with the saved file as the CLI does.
    scorer = slant.Model.builtin(frames_model=tmp_path / "py.json.gz")
    assert scorer.frames == model.labels


def test_out_of_fold_probabilities_are_the_file_the_cli_writes(tmp_path):
    corpus = write_rows(tmp_path / "coded.jsonl", coded_rows())
    options = dict(labels_field="codes", min_df=2, iterations=15, cv=2, group_field="publisher")
    run_cli("train", "-q", "--corpus", corpus, "--out", tmp_path / "cli.json",
            "--out-of-fold", tmp_path / "cli-oof.jsonl", *multi_cli_flags(options))
    slant.train(corpus, multi_label=True, quiet=True, out_of_fold=tmp_path / "py-oof.jsonl",
                **options)
    written = (tmp_path / "py-oof.jsonl").read_bytes()
    assert written == (tmp_path / "cli-oof.jsonl").read_bytes()
    assert len(written.splitlines()) == 60
    with pytest.raises(slant.SlantError, match="give --cv 2 or more"):
        slant.train(corpus, multi_label=True, labels_field="codes", min_df=2, quiet=True,
                    out_of_fold=tmp_path / "none.jsonl")
    assert not (tmp_path / "none.jsonl").exists()
    with pytest.raises(slant.SlantError, match="--out-of-fold goes with --multi-label"):
        slant.train(corpus, out_of_fold=tmp_path / "none.jsonl", quiet=True)


def test_texts_and_code_lists_train_a_multi_label_model():
    items = coded_rows()
    a = slant.train([{"text": r["text"], "codes": r["codes"]} for r in items], multi_label=True,
                    labels_field="codes", min_df=2, iterations=10, quiet=True)
    b = slant.train(texts=[r["text"] for r in items], labels=[r["codes"] for r in items],
                    multi_label=True, labels_field="codes", min_df=2, iterations=10, quiet=True)
    assert a.to_json() == b.to_json()
    assert b.labels == sorted(CODES)


@pytest.mark.parametrize("options", [
    dict(no_blocks=True),
    dict(logit_offsets={"crime": 1.0}),
    dict(holdout_values=["test"]),
    dict(group_balance=0.5),
    dict(term_norm="l1"),
    dict(term_tf="binary"),
    dict(rule_rows="kind=full"),
    dict(top_k="auto"),
    dict(top_k="auto", cv=2, rule_rows="kind"),
    dict(cv=1),
    dict(alpha=0.0),
    dict(label_names=["crime"]),
    dict(labels_field="nothing"),
    dict(max_labels=2),
    dict(rule="per-label"),
])
def test_bad_multi_label_options_raise_the_cli_message(tmp_path, options):
    corpus = write_rows(tmp_path / "coded.jsonl", coded_rows(20))
    options = dict(labels_field="codes", **options) if "labels_field" not in options else options
    r = run_cli("train", "-q", "--corpus", corpus, "--out", tmp_path / "x.json",
                *multi_cli_flags(options), check=False)
    assert r.returncode == 1, r.stderr
    with pytest.raises(slant.SlantError) as e:
        slant.train(corpus, multi_label=True, quiet=True, **options)
    assert str(e.value) == r.stderr.strip().removeprefix("slant: ")
    assert not (tmp_path / "x.json").exists()


def test_multi_label_training_refuses_a_label_map_and_several_corpora(tmp_path):
    corpus = write_rows(tmp_path / "coded.jsonl", coded_rows(20))
    labels = tmp_path / "labels.tsv"
    labels.write_text("harbor.example\tleft\n", encoding="utf-8")
    with pytest.raises(slant.SlantError, match="--label-map does not apply to --multi-label"):
        slant.train(corpus, multi_label=True, labels_field="codes", label_map=labels)
    with pytest.raises(slant.SlantError, match="--multi-label reads one --corpus; got 2"):
        slant.train([corpus, corpus], multi_label=True, labels_field="codes")
    with pytest.raises(slant.SlantError, match=r"^\(rows\):1: no \"codes\" field"):
        slant.train([{"text": "a"}], multi_label=True, labels_field="codes")


def test_a_label_map_labels_jsonl_rows_as_the_cli_does(tmp_path):
    items = rows(45)
    hosts = {"left": "leftish.example", "right": "rightish.example", "center": "middle.example"}
    for i, r in enumerate(items):
        if i % 3 == 0:
            r["url"] = f"https://www.{hosts[r['label']]}/{r['id']}"
        else:
            r["outlet"] = hosts[r["label"]]
        if i % 2:
            del r["label"]
    items.append({"id": "nobody", "text": "A row no key labels."})
    corpus = write_rows(tmp_path / "mapped.jsonl", items)
    labels = tmp_path / "labels.tsv"
    labels.write_text("host\tlabel\n" + "".join(f"{h}\t{l}\n" for l, h in hosts.items()),
                      encoding="utf-8")
    expected = cli_train(tmp_path, corpus, label_map=labels, **SMALL)
    model = slant.train(corpus, label_map=labels, quiet=True, **SMALL)
    assert model.to_json() == expected
    assert model.training["rows"] == 45


def test_multi_label_rule_options_need_multi_label_and_a_known_rule(tmp_path):
    corpus = write_rows(tmp_path / "coded.jsonl", coded_rows(20))
    with pytest.raises(slant.SlantError, match="--min-ratio goes with --multi-label"):
        slant.train(corpus, min_ratio=0.5, quiet=True)
    with pytest.raises(slant.SlantError, match='rule: expected "top-k" or "per-label"'):
        slant.train(corpus, multi_label=True, labels_field="codes", rule="best", quiet=True)
    with pytest.raises(slant.SlantError, match="positive share must be at least 0 and below 1"):
        slant.train(corpus, multi_label=True, labels_field="codes", positive_share=1.0,
                    quiet=True)
