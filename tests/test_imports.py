"""Each module imports on its own (no import loops), the public API is pinned, the CLI loads light."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import bot
from tests.conftest import ROOT

PACKAGES = ("bot", "index")


def _modules() -> list[str]:
    """Every module of bot/ and index/, found on disk so collecting imports nothing."""
    out = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            out.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return out


def _python(code: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


@pytest.mark.slow
@pytest.mark.parametrize("module", _modules())
def test_module_imports_alone(module: str) -> None:
    done = _python(f"import {module}")
    assert done.returncode == 0, done.stderr[-2000:]


def test_every_package_module_is_checked() -> None:
    found = _modules()
    assert {"bot", "bot.cli", "bot.eval", "bot.eval.scoring", "bot.render", "index", "index.store"} <= set(
        found
    )


HEAVY = ("chromadb", "torch", "gradio", "spacy", "langchain_core", "matplotlib", "onnxruntime")


def test_the_cli_imports_no_heavy_library() -> None:
    """``factbot --help`` (and a typo) answer at once: models and stores load in the command."""
    done = _python(f"import sys, bot.cli; print([m for m in {HEAVY!r} if m in sys.modules])")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_public_surface_is_small_and_pinned() -> None:
    assert bot.__all__ == [
        "NOT_IN_SOURCES",
        "Answer",
        "Citation",
        "Disagreement",
        "Evidence",
        "FactChecker",
        "Label",
        "Passage",
        "Stance",
        "Status",
        "Variant",
        "Verdict",
    ]
    assert all(hasattr(bot, name) for name in bot.__all__)
