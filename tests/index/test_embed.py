"""The embedding backends: which vectors an index may hold, and the ONNX export."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.embed import DEFAULT_BACKEND, Embedder
from index.ingest import ingest
from index.settings import Settings
from index.store import Store
from tests.conftest import SEEDS

SENTENCES = [
    "The US has about 900 troops in Syria.",
    "Rebels took Damascus.",
    "Officials said 4,000 people attended the rally in the capital on Friday, and that the "
    "march through the old town passed without incident despite heavy rain all afternoon.",
]


def test_the_default_backend_is_onnx_and_keeps_the_torch_index_name() -> None:
    settings = Settings.from_env(env={})
    assert settings.embed_backend == DEFAULT_BACKEND == "onnx"
    torch, int8 = settings.with_(embed_backend="torch"), settings.with_(embed_backend="onnx-int8")
    # The name indexes built with torch (the old default) had: they stay in use after the switch.
    assert settings.vector_key == torch.vector_key == "841af45d50"
    assert int8.vector_key != settings.vector_key
    assert Store(int8).name("claims") != Store(settings).name("claims")


def test_an_int8_index_is_never_mixed_with_fp32_vectors(settings: Settings, embedder: Embedder) -> None:
    fp32 = Store(settings)
    ingest([SEEDS / "000_66cd316cc8c383c8.txt"], settings, store=fp32, embedder=embedder)
    as_torch = Store(settings.with_(embed_backend="torch"))
    assert [a.doc for a in as_torch.articles()] == ["000_66cd316cc8c383c8.txt"]
    as_int8 = Store(settings.with_(embed_backend="onnx-int8"))
    assert as_int8.counts() == {"articles": 0, "passages": 0, "claims": 0}


def test_repeated_texts_get_one_vector_each_in_order(embedder: Embedder) -> None:
    once = embedder.encode(SENTENCES)
    repeated = embedder.encode([SENTENCES[1], SENTENCES[0], SENTENCES[1], SENTENCES[2]])
    assert repeated.shape == (4, 384)
    np.testing.assert_allclose(repeated, once[[1, 0, 1, 2]], atol=1e-5)
    assert np.allclose(np.linalg.norm(repeated, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_a_fresh_onnx_export_is_cached_and_gives_torchs_vectors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    cache = tmp_path / "onnx-cache"
    onnx = Embedder("onnx", onnx_cache=cache).encode(SENTENCES)
    graphs = list(cache.glob("*/model.onnx"))
    assert len(graphs) == 1 and graphs[0].stat().st_size > 50_000_000
    built = graphs[0].stat().st_mtime_ns
    again = Embedder("onnx", onnx_cache=cache).encode(SENTENCES)
    assert list(cache.glob("*/*")) == graphs and graphs[0].stat().st_mtime_ns == built  # reused
    np.testing.assert_allclose(again, onnx, atol=1e-6)
    torch = Embedder("torch").encode(SENTENCES)
    assert float(np.min(np.sum(onnx * torch, axis=1))) > 0.9999
