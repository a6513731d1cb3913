"""Type stubs of the native module (built from python/src/lib.rs)."""

from typing import List, Optional, Tuple

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
        frames_model: Optional[str] = None,
        frames: bool = True,
        sides: Optional[str] = None,
        top: int = 5,
    ) -> NativeModel: ...
    @staticmethod
    def load(
        path: str,
        frames_model: Optional[str] = None,
        frames: bool = True,
        sides: Optional[str] = None,
        top: int = 5,
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

def train(
    paths: Optional[List[str]],
    rows: Optional[bytes],
    label_map: Optional[str],
    fields: Tuple[str, str, str, str, str, int],
    skip_bad: bool,
    split_field: Optional[str],
    train_values: List[str],
    holdout_values: List[str],
    group_field: Optional[str],
    min_groups: int,
    logit_offsets: List[str],
    max_per_group: Optional[int],
    features: int,
    min_df: int,
    ngrams: int,
    alpha: float,
    iterations: int,
    seed: int,
    no_blocks: bool,
    fingerprint_filter: bool,
    length_neutral: bool,
    title_weight: int,
    ranking: str,
    max_group_share: float,
    cv: Optional[int],
    group_by: str,
    group_balance: float,
    residualise_length: bool,
    block_penalty: float,
    top: int,
) -> Tuple[NativeModel, List[str], Optional[str]]: ...
