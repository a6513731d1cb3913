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
from typing import Any, Dict, Iterable, List, Optional, Sequence

from ._slant import NativeModel as _NativeModel
from ._slant import SlantError

__all__ = ["Model", "SlantError", "DEFAULT_TOP"]

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
        frames_model: Optional[str] = None,
        frames: bool = True,
        sides: Optional[str] = None,
        top: int = DEFAULT_TOP,
    ) -> "Model":
        """The default model embedded in the package (``slant score`` without ``--model``).

        ``frames_model``, ``frames=False``, ``sides`` and ``top`` mean what
        ``--frames-model``, ``--no-frames``, ``--sides`` and ``--top`` mean to the CLI.
        Raises :class:`SlantError` when a file given cannot be used.
        """
        return cls(_NativeModel.builtin(frames_model, frames, sides, top))

    @classmethod
    def load(
        cls,
        path: str,
        *,
        frames_model: Optional[str] = None,
        frames: bool = True,
        sides: Optional[str] = None,
        top: int = DEFAULT_TOP,
    ) -> "Model":
        """A model file written by ``slant train`` (JSON, or gzip-compressed JSON).

        Raises :class:`SlantError`, with the CLI's message, when the file cannot be
        read or is not a slant model.
        """
        return cls(_NativeModel.load(str(path), frames_model, frames, sides, top))

    @property
    def labels(self) -> List[str]:
        """The model's labels, in the order of its probabilities."""
        return self._native.labels()

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


def _opt_list(values: Optional[Iterable]) -> Optional[list]:
    return None if values is None else list(values)
