"""One typed place for every knob, read from ``FACTBOT_*`` environment variables.

Settings that shape vectors (model, chunking) are hashed into collection names so a
change never mixes vectors from two configurations in one collection. Each number has a
declared range (pydantic ``Field``), so ``FACTBOT_TOP_K=0`` is refused with the allowed
range instead of failing deep inside a search.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, field, fields, replace
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, ValidationError
from pydantic.dataclasses import dataclass

from index.errors import SettingsError
from index.tuning import Tuning

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "FACTBOT_"
NOT_FROM_ENV = frozenset({"tuning"})
"""Fields set in code only: tuning is calibrated with scripts and gold sets, not per process."""
BACKENDS = ("onnx", "onnx-int8", "torch")


def _default_data_dir() -> Path:
    return PROJECT_ROOT / ".factbot"


def _default_onnx_cache() -> Path:
    return Path.home() / ".cache" / "factbot" / "onnx"


def _between(lo: float, hi: float, unit: str) -> Any:
    """A declared range with its unit, shown in the message when a value falls outside it."""
    return Field(ge=lo, le=hi, allow_inf_nan=False, json_schema_extra={"unit": unit})


@dataclass(frozen=True)
class Settings:
    """Everything factbot can be told; each field maps to ``FACTBOT_<NAME>``."""

    data_dir: Path = field(default_factory=_default_data_dir)
    """Where the embedded Chroma store lives (ignored when ``chroma_url`` is set)."""
    chroma_url: str = ""
    """``http://host:port`` of a Chroma server; empty means embedded PersistentClient."""
    collection_prefix: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")] = "factbot"
    """Lets several corpora share one Chroma server without colliding."""
    embed_backend: str = "onnx"
    """``onnx`` (fp32 graph exported locally once, onnxruntime), ``onnx-int8`` or ``torch`` (fp32)."""
    onnx_cache: Path = field(default_factory=_default_onnx_cache)
    """Where the ONNX backends keep the graph they export from the packaged weights (once)."""
    embed_batch_size: Annotated[int, _between(1, 4096, "sentences per model call")] = 64
    max_seq_length: Annotated[int, _between(8, 512, "tokens")] = 128
    """Tokens kept per sentence; news sentences rarely exceed it and cost grows with it."""
    passage_sentences: Annotated[int, _between(1, 50, "sentences")] = 4
    passage_overlap: Annotated[int, _between(0, 49, "sentences")] = 1
    claim_min_words: Annotated[int, _between(1, 100, "words")] = 5
    max_file_bytes: Annotated[int, _between(1, 2_000_000_000, "bytes")] = 10_000_000
    """Files above this are skipped with a message instead of stalling an ingest."""
    write_wait: Annotated[float, _between(0.0, 86_400.0, "seconds")] = 120.0
    """How long an ingest waits for another process writing the same embedded index (``index.writer``): checking an indexed corpus for changes takes seconds, a first ingest of thousands of articles minutes."""
    ingest_group_size: Annotated[int, _between(1, 100_000, "articles")] = 256
    """Articles embedded together; a crash loses at most one group, which the next run redoes."""
    top_k: Annotated[int, _between(1, 100, "passages")] = 8
    """Passages shown with an answer."""
    candidate_k: Annotated[int, _between(1, 10_000, "sentences")] = 40
    """Sentences each retriever (dense, lexical) proposes before re-scoring."""
    min_evidence: Annotated[float, _between(0.0, 1.0, "evidence score")] = 0.45
    """Calibrated on the gold set: below it the answer is ``not_in_sources``."""
    llm: str = ""
    """``openai:MODEL``, ``ollama:MODEL`` or ``llamacpp:PATH``; empty = extractive answers only."""
    llm_timeout: Annotated[float, _between(0.1, 3600.0, "seconds")] = 30.0
    llm_base_url: str = ""
    llm_api_key: str = ""
    tuning: Tuning = field(default_factory=Tuning)
    """Every number that decides a ranking, an answer or a verdict (``index/tuning.py``)."""
    uploads: bool = True
    """The chat page's upload box; ``off`` leaves the index read-only from the page."""
    upload_max_bytes: Annotated[int, _between(1, 100_000_000, "bytes per file")] = 2_000_000
    """Largest file the page accepts; the CLI reads up to ``max_file_bytes``."""
    upload_max_sentences: Annotated[int, _between(1, 1_000_000, "sentences per upload")] = 3_000
    """Work one upload may cost (~3,000 sentences embed in under a minute on 2 cores)."""
    auth: str = ""
    """``user:password`` the chat page asks for (Gradio login); empty = no login."""

    def __post_init__(self) -> None:
        if not str(self.data_dir) or str(self.data_dir) == ".":
            raise SettingsError(
                "FACTBOT_DATA_DIR is empty; set it to a folder such as .factbot or leave it unset"
            )
        if self.embed_backend not in BACKENDS:
            raise SettingsError(
                f"FACTBOT_EMBED_BACKEND must be 'torch', 'onnx' or 'onnx-int8', not {self.embed_backend!r}"
            )
        if self.passage_overlap >= self.passage_sentences:
            raise SettingsError(
                f"FACTBOT_PASSAGE_OVERLAP ({self.passage_overlap}) must be smaller than "
                f"FACTBOT_PASSAGE_SENTENCES ({self.passage_sentences})"
            )
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise SettingsError(
                f"FACTBOT_CHROMA_URL must look like http://127.0.0.1:8000, not {self.chroma_url!r}"
            )
        if self.auth and (":" not in self.auth or not all(self.auth.split(":", 1))):
            raise SettingsError("FACTBOT_AUTH must be USER:PASSWORD, both non-empty")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from ``FACTBOT_*`` variables; unknown ``FACTBOT_`` keys are errors."""
        env = dict(os.environ if env is None else env)
        known = {f.name for f in fields(cls)} - NOT_FROM_ENV
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
            values[name] = _from_text(name, raw)
        values.update(overrides)
        return _build(cls, values)

    def validate(self) -> None:
        """Kept for callers of the old API: a built Settings is always valid."""

    def with_(self, **changes: Any) -> Settings:
        try:
            return replace(self, **changes)
        except ValidationError as exc:
            raise SettingsError(_explain(exc, changes)) from None

    @property
    def vector_key(self) -> str:
        """Short hash of everything that shapes stored vectors and chunk boundaries, the
        cleaning rules' version (``index.clean.CLEANING_VERSION``) included.

        ``torch`` and ``onnx`` run the same fp32 weights and give the same vectors (cosine
        1.0000, checked by ``tests/index/test_embed.py``), so they share a key and an index
        built with either serves both. ``onnx-int8`` vectors differ, so it gets its own.
        """
        from index.clean import CLEANING_VERSION
        from index.embed import MODEL_NAME

        shape: dict[str, object] = {
            "model": MODEL_NAME,
            "max_seq_length": self.max_seq_length,
            "passage_sentences": self.passage_sentences,
            "passage_overlap": self.passage_overlap,
            "claim_min_words": self.claim_min_words,
            "schema": 1,
            "cleaning": CLEANING_VERSION,
        }
        if self.embed_backend == "onnx-int8":
            shape["weights"] = "int8"
        return hashlib.sha1(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:10]

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["data_dir"] = str(self.data_dir)
        out["onnx_cache"] = str(self.onnx_cache)
        out.pop("llm_api_key")
        out.pop("auth")
        return out


def _from_text(name: str, raw: str) -> Any:
    """Environment text as pydantic expects it; an empty path is refused, not read as ``.``."""
    if name in {"data_dir", "onnx_cache"}:
        if not raw.strip():
            raise SettingsError(f"{ENV_PREFIX}{name.upper()} is empty; set it to a folder or leave it unset")
        return Path(raw).expanduser()
    return raw


def _build(cls: type[Settings], values: dict[str, Any]) -> Settings:
    try:
        return cls(**values)
    except ValidationError as exc:
        raise SettingsError(_explain(exc, values)) from None


def _explain(exc: ValidationError, values: dict[str, Any]) -> str:
    """One line per bad setting: the variable, the value given, and what is allowed."""
    info = Settings.__pydantic_fields__  # type: ignore[attr-defined]
    lines = []
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else ""
        given = values.get(name, err.get("input"))
        shown = given if isinstance(given, str) and given and given.strip() == given else repr(given)
        lines.append(f"{ENV_PREFIX}{name.upper()}={shown}: {_allowed(info.get(name), err)}")
    return "; ".join(lines)


def _allowed(spec: Any, err: Any) -> str:
    if spec is None:
        return str(err["msg"])
    lo = next((m.ge for m in spec.metadata if hasattr(m, "ge")), None)
    hi = next((m.le for m in spec.metadata if hasattr(m, "le")), None)
    pattern = next((m.pattern for m in spec.metadata if getattr(m, "pattern", None)), None)
    extra = spec.json_schema_extra if isinstance(spec.json_schema_extra, dict) else {}
    kind = {"int": "a whole number", "float": "a number", "bool": "on or off"}.get(
        getattr(spec.annotation, "__name__", ""), "a value"
    )
    if lo is not None and hi is not None:
        shown = [f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else str(v) for v in (lo, hi)]
        unit = f" ({extra['unit']})" if extra.get("unit") else ""
        return f"must be {kind} from {shown[0]} to {shown[1]}{unit}"
    if pattern:
        return "must start with a letter or digit and hold only letters, digits, '.', '_' and '-'"
    return f"must be {kind}"
