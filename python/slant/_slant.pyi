"""Type stubs of the native module (built from python/src/lib.rs)."""

from typing import Iterator, List, Optional, Tuple, Union

class SlantError(Exception):
    """Bad input, an unusable model file or an internal error; the message is the CLI's."""

_Columns = Tuple[
    Tuple[List[str], List[Optional[str]], List[str]],
    List[List[float]],
    Tuple[List[Optional[float]], List[Optional[float]], List[int], List[float]],
    Tuple[List[int], List[float], List[float], List[float]],
    List[List[float]],
]

class NativeModel:
    @staticmethod
    def builtin(
        # "policy" (the default), "generic", or a frame model file.
        frames_model: Optional[str] = None,
        frames: bool = True,
        sides: Optional[str] = None,
        top: int = 5,
        # --frames-top-k / --frames-min-probability: the frame model's decision rule.
        frames_top_k: Optional[int] = None,
        frames_min_probability: Optional[float] = None,
    ) -> NativeModel: ...
    @staticmethod
    def load(
        path: str,
        # "policy" (the default), "generic", or a frame model file.
        frames_model: Optional[str] = None,
        frames: bool = True,
        sides: Optional[str] = None,
        top: int = 5,
        # --frames-top-k / --frames-min-probability: the frame model's decision rule.
        frames_top_k: Optional[int] = None,
        frames_min_probability: Optional[float] = None,
    ) -> NativeModel: ...
    def save(self, path: str) -> None: ...
    def to_json(self) -> bytes: ...
    def training(self) -> str: ...
    def labels(self) -> List[str]: ...
    def frames(self) -> List[str]: ...
    def score_json(
        self,
        texts: List[str],
        ids: Optional[List[str]] = None,
        titles: Optional[List[Optional[str]]] = None,
        outlets: Optional[List[Optional[str]]] = None,
        threads: Optional[int] = None,
    ) -> List[str]: ...
    def score_columns(
        self,
        texts: List[str],
        ids: Optional[List[str]] = None,
        titles: Optional[List[Optional[str]]] = None,
        outlets: Optional[List[Optional[str]]] = None,
        threads: Optional[int] = None,
    ) -> _Columns: ...

# split_field, train_values, group_field, min_groups, features, min_df, ngrams,
# alpha, iterations, seed, cv, group_by
_CommonArgs = Tuple[
    Optional[str], List[str], Optional[str], int, int, int, int, float, int, int,
    Optional[int], str,
]
# logit_offsets, holdout_values, max_per_group, no_blocks, fingerprint_filter,
# length_neutral, group_balance, residualise_length, block_penalty, term_norm, term_tf,
# terms_outside_quotes, adjust_length (a multi-label model refuses them when set)
_LeanArgs = Tuple[
    List[str], List[str], Optional[int], bool, bool, bool, float, bool, float, str, str,
    Tuple[bool, bool],
]

def train(
    paths: Optional[List[str]],
    rows: Optional[bytes],
    label_map: Optional[str],
    fields: Tuple[str, str, str, str, str, int],
    skip_bad: bool,
    options: _CommonArgs,
    lean_only: _LeanArgs,
    title_weight: int,
    ranking: str,
    max_group_share: float,
    top: int,
) -> Tuple[NativeModel, List[str], Optional[str]]: ...

class NativeMultiModel:
    def save(self, path: str) -> None: ...
    def to_json(self) -> bytes: ...
    def training(self) -> str: ...
    def labels(self) -> List[str]: ...

def train_multi(
    path: Optional[str],
    rows: Optional[bytes],
    label_map: bool,
    fields: Tuple[str, str, str, str, str, int],
    options: _CommonArgs,
    lean_only: _LeanArgs,
    labels_field: str,
    known_field: Optional[str],
    labels: List[str],
    top_k: str,
    rule_rows: Optional[str],
    no_frame_cues: bool,
    # rule, max_labels, min_ratio, min_probability, positive_share, min_labels
    rule: Tuple[str, Optional[int], Optional[float], float, float, Optional[int]],
    out_of_fold: Optional[str],
) -> NativeMultiModel: ...

_Extracted = Tuple[
    str, Optional[str], Optional[str], Optional[str], Optional[str], str, int
]

class NativeExtractor:
    def __init__(self, path: str, max_article_bytes: int) -> None: ...
    def __iter__(self) -> Iterator[Tuple[str, Union[_Extracted, str]]]: ...
    def __next__(self) -> Tuple[str, Union[_Extracted, str]]: ...
    def not_html(self) -> int: ...

def host(url: str) -> Optional[str]: ...
