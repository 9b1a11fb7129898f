"""One typed place for every knob, read from ``FACTBOT_*`` environment variables.

Settings that shape vectors (model, chunking) are hashed into collection names so a
change never mixes vectors from two configurations in one collection.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from index.errors import SettingsError
from index.tuning import Tuning

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "FACTBOT_"


def _default_data_dir() -> Path:
    return PROJECT_ROOT / ".factbot"


def _default_onnx_cache() -> Path:
    return Path.home() / ".cache" / "factbot" / "onnx"


@dataclass(frozen=True)
class Settings:
    """Everything factbot can be told; each field maps to ``FACTBOT_<NAME>``."""

    data_dir: Path = field(default_factory=_default_data_dir)
    """Where the embedded Chroma store lives (ignored when ``chroma_url`` is set)."""
    chroma_url: str = ""
    """``http://host:port`` of a Chroma server; empty means embedded PersistentClient."""
    collection_prefix: str = "factbot"
    """Lets several corpora share one Chroma server without colliding."""
    embed_backend: str = "onnx"
    """``onnx`` (fp32 graph exported locally once, onnxruntime), ``onnx-int8`` or ``torch`` (fp32)."""
    onnx_cache: Path = field(default_factory=_default_onnx_cache)
    """Where the ONNX backends keep the graph they export from the packaged weights (once)."""
    embed_batch_size: int = 64
    max_seq_length: int = 128
    """Tokens kept per sentence; news sentences rarely exceed it and cost grows with it."""
    passage_sentences: int = 4
    passage_overlap: int = 1
    claim_min_words: int = 5
    max_file_bytes: int = 10_000_000
    """Files above this are skipped with a message instead of stalling an ingest."""
    ingest_group_size: int = 256
    """Articles embedded together; a crash loses at most one group, which the next run redoes."""
    top_k: int = 8
    """Passages shown with an answer."""
    candidate_k: int = 40
    """Sentences each retriever (dense, lexical) proposes before re-scoring."""
    min_evidence: float = 0.45
    """Calibrated on the gold set: below it the answer is ``not_in_sources``."""
    llm: str = ""
    """``openai:MODEL``, ``ollama:MODEL`` or ``llamacpp:PATH``; empty = extractive answers only."""
    llm_timeout: float = 30.0
    llm_base_url: str = ""
    llm_api_key: str = ""
    tuning: Tuning = field(default_factory=Tuning)
    """Every number that decides a ranking, an answer or a verdict (``index/tuning.py``)."""

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from ``FACTBOT_*`` variables; unknown ``FACTBOT_`` keys are errors."""
        env = dict(os.environ if env is None else env)
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, raw in env.items():
            if not key.startswith(ENV_PREFIX):
                continue
            name = key[len(ENV_PREFIX) :].lower()
            if name not in known:
                raise SettingsError(
                    f"unknown setting {key}; known: "
                    + ", ".join(ENV_PREFIX + n.upper() for n in sorted(known))
                )
            values[name] = _coerce(name, raw, known[name].type)
        values.update(overrides)
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.embed_backend not in {"torch", "onnx", "onnx-int8"}:
            raise SettingsError(
                f"FACTBOT_EMBED_BACKEND must be 'torch', 'onnx' or 'onnx-int8', not {self.embed_backend!r}"
            )
        if self.passage_overlap >= self.passage_sentences:
            raise SettingsError("FACTBOT_PASSAGE_OVERLAP must be smaller than FACTBOT_PASSAGE_SENTENCES")
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise SettingsError(
                f"FACTBOT_CHROMA_URL must look like http://127.0.0.1:8000, not {self.chroma_url!r}"
            )

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @property
    def vector_key(self) -> str:
        """Short hash of everything that shapes stored vectors and chunk boundaries.

        ``torch`` and ``onnx`` run the same fp32 weights and give the same vectors (cosine
        1.0000, checked by ``tests/index/test_embed.py``), so they share a key and an index
        built with either serves both. ``onnx-int8`` vectors differ, so it gets its own.
        """
        from index.embed import MODEL_NAME

        shape: dict[str, object] = {
            "model": MODEL_NAME,
            "max_seq_length": self.max_seq_length,
            "passage_sentences": self.passage_sentences,
            "passage_overlap": self.passage_overlap,
            "claim_min_words": self.claim_min_words,
            "schema": 1,
        }
        if self.embed_backend == "onnx-int8":
            shape["weights"] = "int8"
        return hashlib.sha1(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:10]

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["data_dir"] = str(self.data_dir)
        out["onnx_cache"] = str(self.onnx_cache)
        out.pop("llm_api_key")
        return out


def _coerce(name: str, raw: str, kind: Any) -> Any:
    kind_name = kind if isinstance(kind, str) else getattr(kind, "__name__", str(kind))
    try:
        if kind_name == "int":
            return int(raw)
        if kind_name == "float":
            return float(raw)
        if kind_name == "Path":
            return Path(raw).expanduser()
    except ValueError as exc:
        raise SettingsError(f"{ENV_PREFIX}{name.upper()}={raw!r} is not a valid {kind_name}") from exc
    return raw
