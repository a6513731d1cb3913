"""slant: scores news articles for lean, loaded language and sourcing.

>>> import slant
>>> model = slant.Model.builtin()
>>> report = model.score("The senator said the radical bill would gut protections.")
>>> report["label"] in model.labels
True

Every report is the JSON object ``slant score --format json`` writes for the same
article: the native module renders it with the library's own JSON writer.
"""

from __future__ import annotations

import json
import math
import os
import sys
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

from ._slant import NativeModel as _NativeModel
from ._slant import SlantError
from ._slant import host as _host
from ._slant import NativeExtractor as _NativeExtractor
from ._slant import NativeMultiModel as _NativeMultiModel
from ._slant import train as _native_train
from ._slant import train_multi as _native_train_multi

__all__ = ["Model", "MultiLabelModel", "SlantError", "DEFAULT_TOP", "extract", "host", "train"]

#: A file path, as a string or ``os.PathLike``.
PathLike = Union[str, "os.PathLike[str]"]

#: Terms listed toward each label, as ``slant score --top``.
DEFAULT_TOP = 5


class Model:
    """A fitted slant model, with the frame model the CLI scores frames with.

    Build one with :meth:`Model.builtin` or :meth:`Model.load`; it is safe to share
    between threads, and scoring releases the GIL.
    """

    __slots__ = ("_native",)

    def __init__(self, native: _NativeModel) -> None:
        self._native = native

    @classmethod
    def builtin(
        cls,
        *,
        frames_model: Optional[PathLike] = None,
        frames: bool = True,
        sides: Optional[PathLike] = None,
        top: int = DEFAULT_TOP,
        frames_top_k: Optional[int] = None,
        frames_min_probability: Optional[float] = None,
    ) -> "Model":
        """The default model embedded in the package (``slant score`` without ``--model``).

        ``frames_model``, ``frames=False``, ``sides``, ``top``, ``frames_top_k`` and
        ``frames_min_probability`` mean what ``--frames-model``, ``--no-frames``,
        ``--sides``, ``--top``, ``--frames-top-k`` and ``--frames-min-probability`` mean
        to the CLI: ``frames_model`` is ``"policy"`` (the default: the 15 policy frames),
        ``"generic"`` (the 5 generic news frames) or the path of a file written by
        ``slant train --multi-label`` (or :func:`train` with ``multi_label=True``); the
        last two change the frame model's decision rule (None: the model's own).
        Raises :class:`SlantError` when a file given cannot be used.
        """
        return cls(_NativeModel.builtin(_opt_path(frames_model), frames, _opt_path(sides), top,
                                        frames_top_k, frames_min_probability))

    @classmethod
    def load(
        cls,
        path: PathLike,
        *,
        frames_model: Optional[PathLike] = None,
        frames: bool = True,
        sides: Optional[PathLike] = None,
        top: int = DEFAULT_TOP,
        frames_top_k: Optional[int] = None,
        frames_min_probability: Optional[float] = None,
    ) -> "Model":
        """A model file written by ``slant train`` (JSON, or gzip-compressed JSON).

        The keywords are those of :meth:`builtin` (``frames_model="generic"`` scores
        the 5 generic news frames). Raises :class:`SlantError`, with the CLI's message,
        when a file cannot be read or is not a slant model.
        """
        return cls(_NativeModel.load(os.fspath(path), _opt_path(frames_model), frames,
                                     _opt_path(sides), top, frames_top_k,
                                     frames_min_probability))

    @property
    def labels(self) -> List[str]:
        """The model's labels, in the order of its probabilities."""
        return self._native.labels()

    @property
    def training(self) -> Dict[str, Any]:
        """What the model records of its training: corpus, rows, seed, loss, held-out
        figures (the ``training`` object of the model file)."""
        return json.loads(self._native.training())

    def save(self, path: PathLike) -> None:
        """Writes the model file, as ``slant train --out`` does: JSON, gzip-compressed
        when ``path`` ends in ``.gz``, replaced atomically. Raises :class:`SlantError`
        when the file cannot be written."""
        self._native.save(os.fspath(path))

    def to_json(self) -> bytes:
        """The model file's bytes (uncompressed): what :meth:`save` writes to a
        ``.json`` path."""
        return self._native.to_json()

    @property
    def frames(self) -> List[str]:
        """The frame model's frames (empty when frames are not scored)."""
        return self._native.frames()

    def score(
        self,
        text: str,
        id: Optional[str] = None,
        *,
        title: Optional[str] = None,
        outlet: Optional[str] = None,
    ) -> Dict[str, Any]:
        """Scores one article: the dict ``slant score --format json`` writes for it.

        ``id`` defaults to ``"(text)"``; ``title`` and ``outlet`` are the JSON Lines
        fields of the same names.
        """
        line = self._native.score_json(
            [text],
            ["(text)" if id is None else id],
            [title],
            [outlet],
            1,
        )[0]
        return json.loads(line)

    def score_many(
        self,
        texts: Sequence[str],
        threads: Optional[int] = None,
        *,
        ids: Optional[Sequence[str]] = None,
        titles: Optional[Sequence[Optional[str]]] = None,
        outlets: Optional[Sequence[Optional[str]]] = None,
    ) -> List[Dict[str, Any]]:
        """Scores many articles on ``threads`` threads (all cores when ``None``) with
        the GIL released; the reports come back in input order.

        ``ids`` default to each text's position (``"0"``, ``"1"``, ...). Lists of
        different lengths raise :class:`ValueError`.
        """
        lines = self._native.score_json(
            list(texts), _opt_list(ids), _opt_list(titles), _opt_list(outlets), threads
        )
        return [json.loads(line) for line in lines]

    def score_json(
        self,
        texts: Sequence[str],
        threads: Optional[int] = None,
        *,
        ids: Optional[Sequence[str]] = None,
        titles: Optional[Sequence[Optional[str]]] = None,
        outlets: Optional[Sequence[Optional[str]]] = None,
    ) -> List[str]:
        """As :meth:`score_many`, but each report as the JSON text the CLI writes
        (one line, no newline), for storing without a parse and re-dump."""
        return self._native.score_json(
            list(texts), _opt_list(ids), _opt_list(titles), _opt_list(outlets), threads
        )

    def score_columns(
        self,
        texts: Sequence[str],
        threads: Optional[int] = None,
        *,
        ids: Optional[Sequence[str]] = None,
        titles: Optional[Sequence[Optional[str]]] = None,
        outlets: Optional[Sequence[Optional[str]]] = None,
    ) -> Dict[str, list]:
        """The figures of ``slant score --format tsv`` as columns (name -> list), in
        the TSV's column order, unrounded (the TSV rounds to 4 or 2 decimals)."""
        ((ids_, outlets_, labels), probs, (slant_, partisanship, words, loaded),
         (voices, balance, anonymous, quote), frames) = self._native.score_columns(
            list(texts), _opt_list(ids), _opt_list(titles), _opt_list(outlets), threads
        )
        cols: Dict[str, list] = {"id": ids_, "outlet": outlets_, "label": labels}
        for name, col in zip(self.labels, probs):
            cols["p_" + name] = col
        cols.update(
            slant=slant_,
            partisanship=partisanship,
            words=words,
            loaded_per_100_words=loaded,
            voices=voices,
            balance=balance,
            anonymous_share=anonymous,
            quote_share=quote,
        )
        for name, col in zip(self.frames, frames):
            cols["p_" + name] = col
        return cols

    def score_arrow(
        self,
        data: Any,
        text_column: str = "text",
        threads: Optional[int] = None,
        *,
        id_column: Optional[str] = "id",
        title_column: Optional[str] = "title",
        outlet_column: Optional[str] = "outlet",
    ):
        """Scores a ``pyarrow.Table`` or ``RecordBatch``: a ``pyarrow.RecordBatch`` of
        the TSV figures, one row per input row, in order.

        ``id``, ``title`` and ``outlet`` columns are used when present (ids default
        to row positions). Needs ``pyarrow``.
        """
        import pyarrow as pa

        names = data.schema.names
        if text_column not in names:
            raise ValueError(f"no column {text_column!r}; the columns are {names}")

        def column(name: Optional[str]) -> Optional[list]:
            if name is None or name not in names:
                return None
            return data.column(name).to_pylist()

        texts = column(text_column)
        if any(t is None for t in texts):
            raise ValueError(f"column {text_column!r} holds nulls")
        ids = column(id_column)
        if ids is not None:
            ids = [str(i) if i is not None else str(n) for n, i in enumerate(ids)]
        cols = self.score_columns(
            texts, threads, ids=ids, titles=column(title_column), outlets=column(outlet_column)
        )
        types = {"id": pa.string(), "outlet": pa.string(), "label": pa.string(),
                 "words": pa.int64(), "voices": pa.int64()}
        arrays = [pa.array(v, type=types.get(k, pa.float64())) for k, v in cols.items()]
        return pa.RecordBatch.from_arrays(arrays, names=list(cols))


class MultiLabelModel:
    """A multi-label (frame) model, as ``slant train --multi-label`` writes: one
    logistic regression per code, each with its threshold. Save it and score with
    it through ``Model.builtin(frames_model=path)`` (``--frames-model``)."""

    __slots__ = ("_native",)

    def __init__(self, native: _NativeMultiModel) -> None:
        self._native = native

    @property
    def labels(self) -> List[str]:
        """The codes, in the order of the model's probabilities."""
        return self._native.labels()

    @property
    def training(self) -> Dict[str, Any]:
        """What the model records of its training: corpus, rows, positives per code,
        seed, cross-validation figures (the ``training`` object of the model file)."""
        return json.loads(self._native.training())

    def save(self, path: PathLike) -> None:
        """Writes the model file as ``slant train --multi-label --out`` does: JSON,
        gzip-compressed when ``path`` ends in ``.gz``, replaced atomically."""
        self._native.save(os.fspath(path))

    def to_json(self) -> bytes:
        """The model file's bytes (uncompressed): what :meth:`save` writes to a
        ``.json`` path."""
        return self._native.to_json()


#: One article as ``slant extract`` prints it.
_EXTRACT_KEYS = ("id", "url", "title", "byline", "date", "text", "dropped_chars")


class Extraction:
    """The articles of one web page or WARC, as ``slant extract`` finds them: iterate
    for dicts ``{id, url, title, byline, date, text, dropped_chars}`` (the keys and
    values of its JSON lines). Records that cannot be read are passed over, as the
    CLI passes them: ``errors`` holds their messages (the first 100), ``skipped``
    counts them, ``not_html`` counts records that hold no HTML page."""

    def __init__(self, path: PathLike, max_article_bytes: int = 10_000_000,
                 strict: bool = False) -> None:
        self._native = _NativeExtractor(os.fspath(path), max_article_bytes)
        self._strict = strict
        self.skipped = 0
        self.errors: List[str] = []

    def __iter__(self) -> "Extraction":
        return self

    def __next__(self) -> Dict[str, Any]:
        while True:
            kind, value = next(self._native)
            if kind == "article":
                return dict(zip(_EXTRACT_KEYS, value))
            if self._strict:
                raise SlantError(value)
            self.skipped += 1
            if len(self.errors) < 100:
                self.errors.append(value)

    @property
    def not_html(self) -> int:
        return self._native.not_html()


def extract(path: PathLike, *, max_article_bytes: int = 10_000_000,
            strict: bool = False) -> Extraction:
    """The articles of a web page (``.html``, ``.htm``, ``.html.gz``, or HTML by its
    content) or a WARC crawl (``.warc``, ``.warc.gz``: every HTML response record an
    article, its id the record's URI), as ``slant extract`` prints them, read lazily
    with flat memory.

    Raises :class:`SlantError` when the file cannot be opened or is neither (the
    CLI's messages); a record that cannot be read is passed over and counted (see
    :class:`Extraction`), or raises with ``strict=True``.
    """
    return Extraction(path, max_article_bytes, strict)


def host(url: str) -> Optional[str]:
    """The host of ``url`` as slant takes it for a web article's outlet (what
    ``slant score`` reads a WARC record's outlet as): lowercased, without ``www.`` or
    a port; ``None`` when the URL has no host."""
    return _host(url)


def _opt_path(path: Optional[PathLike]) -> Optional[str]:
    return None if path is None else os.fspath(path)


def _opt_list(values: Optional[Iterable]) -> Optional[list]:
    return None if values is None else list(values)


def _values(name: str, values: Union[str, Iterable[str]]) -> List[str]:
    """A list option given as a list, or as the CLI's comma-separated text."""
    if isinstance(values, str):
        return [v for v in values.split(",") if v != ""]
    out = list(values)
    if not all(isinstance(v, str) for v in out):
        raise TypeError(f"{name} must be strings")
    return out


def _offsets(offsets: Union[None, str, Mapping[str, float], Iterable[str]]) -> List[str]:
    """``logit_offsets`` as the CLI's ``LABEL=NUMBER`` pairs."""
    if offsets is None:
        return []
    if isinstance(offsets, Mapping):
        return [f"{label}={float(v)!r}" for label, v in offsets.items()]
    return _values("logit_offsets", offsets)


def _is_path(x: Any) -> bool:
    return isinstance(x, (str, os.PathLike))


def _json_value(v: Any) -> bool:
    """False for a missing value (``None``, or a float NaN as pandas writes one)."""
    return v is not None and not (isinstance(v, float) and math.isnan(v))


def train(
    corpus: Union[PathLike, Sequence[PathLike], Iterable[Mapping[str, Any]], None] = None,
    *,
    texts: Optional[Sequence[str]] = None,
    labels: Optional[Sequence[str]] = None,
    titles: Optional[Sequence[Optional[str]]] = None,
    ids: Optional[Sequence[str]] = None,
    outlets: Optional[Sequence[Optional[str]]] = None,
    label_map: Optional[PathLike] = None,
    text_field: str = "text",
    title_field: str = "title",
    label_field: str = "label",
    id_field: str = "id",
    outlet_field: str = "outlet",
    max_article_bytes: int = 10_000_000,
    split_field: Optional[str] = None,
    train_values: Union[str, Sequence[str]] = ("train",),
    holdout_values: Union[str, Sequence[str]] = (),
    group_field: Optional[str] = None,
    min_groups: int = 1,
    logit_offsets: Union[None, str, Mapping[str, float], Sequence[str]] = None,
    max_per_group: Optional[int] = None,
    features: int = 20_000,
    min_df: int = 5,
    ngrams: int = 2,
    alpha: float = 1.0,
    iterations: int = 100,
    seed: int = 42,
    no_blocks: bool = False,
    fingerprint_filter: bool = False,
    terms_outside_quotes: bool = False,
    length_neutral: bool = False,
    adjust_length: bool = False,
    title_weight: int = 1,
    ranking: str = "chi2",
    max_group_share: float = 1.0,
    cv: Optional[int] = None,
    group_by: str = "publisher",
    group_balance: float = 0.0,
    residualise_length: bool = False,
    block_penalty: float = 1.0,
    term_norm: str = "l2",
    term_tf: str = "sublinear",
    skip_bad: bool = False,
    quiet: bool = False,
    top: int = DEFAULT_TOP,
    multi_label: bool = False,
    labels_field: str = "frames",
    known_field: Optional[str] = None,
    label_names: Union[str, Sequence[str]] = (),
    top_k: Union[int, str] = 0,
    rule_rows: Optional[str] = None,
    no_frame_cues: bool = False,
    rule: str = "top-k",
    max_labels: Optional[int] = None,
    min_ratio: Optional[float] = None,
    min_labels: Optional[int] = None,
    min_probability: float = 0.0,
    positive_share: float = 0.0,
    out_of_fold: Optional[PathLike] = None,
) -> Union[Model, "MultiLabelModel"]:
    """Trains a model as ``slant train`` does, and returns it (``model.save(path)``
    writes the file ``slant train --out`` would: the same corpus, options and seed
    give the same bytes).

    The rows come from one of:

    - ``corpus`` as a path, or a list of paths: JSON Lines corpora (plain or gzip),
      and web pages (``.html``) or web archives (``.warc``, ``.warc.gz``) labelled by
      ``label_map`` (a TSV file of host, URL or article id, a tab, and the label);
    - ``corpus`` as an iterable of dicts (e.g. ``df.to_dict("records")``), each one a
      JSON Lines row: ``text_field``, ``label_field`` and the other fields by name;
      ``None`` and NaN values count as absent;
    - ``texts`` and ``labels`` (with optional ``titles``, ``ids`` and ``outlets``) as
      parallel lists.

    Every other keyword is the ``slant train`` option of the same name (``--min-df``
    is ``min_df``), with the same default. ``train_values`` and ``holdout_values``
    take a list or the CLI's comma-separated text; ``logit_offsets`` a dict
    ``{label: offset}`` or ``"left=-0.4,right=-0.8"``; ``ranking`` is ``"chi2"``,
    ``"chi2-eta"`` or ``"group-f"``; ``term_norm`` is ``"l2"`` or ``"l1"``, ``term_tf``
    ``"sublinear"`` or ``"binary"``. The notes ``slant train`` prints (lines
    skipped, hold-out values no row has, cross-validation figures) go to stderr
    unless ``quiet``. ``top`` is the trained model's ``--top`` when scoring.

    With ``multi_label=True`` it trains as ``slant train --multi-label`` does and
    returns a :class:`MultiLabelModel` (a frame model for ``frames_model=``): one
    corpus file or rows, each listing its codes in ``labels_field``; ``known_field``,
    ``top_k`` (a number or ``"auto"``), ``rule_rows`` (``"FIELD=VALUE,..."``),
    ``no_frame_cues``, ``rule`` (``"top-k"`` or ``"per-label"``), ``max_labels``,
    ``min_ratio``, ``min_labels``, ``min_probability``, ``positive_share`` and
    ``out_of_fold`` (a path: each row's cross-validation probabilities, as
    ``--out-of-fold`` writes them; needs ``cv`` of 2 or more) are the CLI's options,
    ``label_names`` is its ``--labels`` (the codes in order); with ``texts``,
    ``labels`` gives each text's list of codes. Without ``multi_label`` the
    multi-label options raise :class:`SlantError`, as the CLI refuses them.
    Options of lean training only (``logit_offsets``, ``no_blocks``, ...) raise
    :class:`SlantError` as the CLI refuses them.

    Raises :class:`SlantError` with the CLI's message for a bad option or bad input
    (a row's errors name it ``(rows):N``, N counting from 1), :class:`ValueError`
    for lists of different lengths, :class:`TypeError` for a corpus of neither
    paths nor dicts.
    """
    paths: Optional[List[str]] = None
    rows: Optional[List[Mapping[str, Any]]] = None
    if texts is not None or labels is not None:
        if corpus is not None:
            raise TypeError("give either corpus or texts and labels, not both")
        if texts is None or labels is None:
            raise TypeError("texts and labels go together")
        texts, labels = list(texts), list(labels)
        columns = [(text_field, texts), (labels_field if multi_label else label_field, labels)]
        for field, name, given in ((title_field, "titles", titles), (id_field, "ids", ids),
                                   (outlet_field, "outlets", outlets)):
            if given is not None:
                columns.append((field, list(given)))
        for (field, col), name in zip(columns, ["texts", "labels", "titles", "ids", "outlets"]):
            if len(col) != len(texts):
                raise ValueError(f"{name} has {len(col)} items but texts has {len(texts)}")
        rows = [{f: col[i] for f, col in columns} for i in range(len(texts))]
    elif corpus is None:
        raise TypeError("train needs a corpus (paths or rows) or texts and labels")
    elif _is_path(corpus):
        paths = [os.fspath(corpus)]
    else:
        if hasattr(corpus, "to_dict") and hasattr(corpus, "columns"):
            corpus = corpus.to_dict("records")  # a pandas DataFrame
        items = list(corpus)
        if items and all(_is_path(x) for x in items):
            paths = [os.fspath(x) for x in items]
        elif all(isinstance(x, Mapping) for x in items):
            rows = items
        else:
            raise TypeError("corpus must be a path, a list of paths, or an iterable of dicts")
    jsonl = None
    if rows is not None:
        jsonl = "".join(
            json.dumps({k: v for k, v in r.items() if _json_value(v)}, ensure_ascii=False) + "\n"
            for r in rows
        ).encode("utf-8")
    if not multi_label:
        for name, value, default in (
                ("rule", rule, "top-k"), ("max_labels", max_labels, None),
                ("min_ratio", min_ratio, None), ("min_labels", min_labels, None),
                ("min_probability", min_probability, 0.0),
                ("positive_share", positive_share, 0.0), ("out_of_fold", out_of_fold, None)):
            if value != default:
                flag = "--" + name.replace("_", "-")
                raise SlantError(f"{flag} goes with --multi-label")
    lean_only = (_offsets(logit_offsets), _values("holdout_values", holdout_values),
                 max_per_group, no_blocks, fingerprint_filter, length_neutral,
                 group_balance, residualise_length, block_penalty, term_norm, term_tf,
                 (terms_outside_quotes, adjust_length))
    options = (split_field, _values("train_values", train_values), group_field,
               min_groups, features, min_df, ngrams, alpha, iterations, seed, cv, group_by)
    if multi_label:
        if paths is not None and len(paths) != 1:
            raise SlantError(f"--multi-label reads one --corpus; got {len(paths)}")
        native_multi = _native_train_multi(
            None if paths is None else paths[0],
            jsonl,
            label_map is not None,
            (text_field, title_field, label_field, id_field, outlet_field, max_article_bytes),
            options,
            lean_only,
            labels_field,
            known_field,
            _values("label_names", label_names),
            str(top_k),
            rule_rows,
            no_frame_cues,
            (rule, max_labels, min_ratio, float(min_probability), float(positive_share),
             min_labels),
            None if out_of_fold is None else os.fspath(out_of_fold),
        )
        return MultiLabelModel(native_multi)
    native, notes, cv_text = _native_train(
        paths,
        jsonl,
        None if label_map is None else os.fspath(label_map),
        (text_field, title_field, label_field, id_field, outlet_field, max_article_bytes),
        skip_bad,
        options,
        lean_only,
        title_weight,
        ranking,
        max_group_share,
        top,
    )
    if not quiet:
        for note in notes:
            print(f"slant: {note}", file=sys.stderr)
        if cv_text is not None:
            print(cv_text, file=sys.stderr, end="")
    return Model(native)
