"""``index/errors.py``: one base error, and messages a user can act on.

The CLI and the page catch ``FactbotError`` and show its message as one line, so every error
factbot raises on purpose derives from it and says what went wrong and what to do.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import index.errors
from bot.eval.gold import GoldFormatError
from bot.eval.ramdocs import HeldOutLinesError
from bot.llm import LLMError
from bot.prompts import PromptError
from index.errors import FactbotError, InputFileError, SettingsError, StoreError
from index.settings import Settings
from index.store import Store

DECLARED = [
    cls
    for _, cls in inspect.getmembers(index.errors, inspect.isclass)
    if issubclass(cls, Exception) and cls.__module__ == "index.errors"
]


def test_every_factbot_error_derives_from_the_one_base() -> None:
    """Errors declared here and in the modules that raise their own are all ``FactbotError``s."""
    assert {c.__name__ for c in DECLARED} >= {
        "FactbotError",
        "SettingsError",
        "InputFileError",
        "StoreError",
        "EmptyIndexError",
        "BadQuestionError",
    }
    for cls in [*DECLARED, LLMError, PromptError, GoldFormatError, HeldOutLinesError]:
        assert issubclass(cls, FactbotError), cls
        assert cls.__doc__, f"{cls.__name__} says when it is raised"


def test_an_input_file_error_names_the_file_then_the_reason() -> None:
    """One line per skipped file in the ingest report: ``path: reason``, both kept as fields."""
    error = InputFileError("news/a.txt", "binary file, not text")
    assert str(error) == "news/a.txt: binary file, not text"
    assert (error.path, error.reason) == ("news/a.txt", "binary file, not text")
    with pytest.raises(FactbotError):
        raise error


def test_an_unknown_setting_is_named_with_the_known_ones() -> None:
    """A typo in a ``FACTBOT_`` variable fails loudly and lists what it could have meant."""
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(env={"FACTBOT_TOPK": "3"})
    message = str(caught.value)
    assert message.startswith("unknown setting FACTBOT_TOPK;") and "FACTBOT_TOP_K" in message


def test_a_malformed_setting_gives_the_variable_and_its_value() -> None:
    with pytest.raises(SettingsError, match=r"FACTBOT_TOP_K=many: must be a whole number from 1 to 100"):
        Settings.from_env(env={"FACTBOT_TOP_K": "many"})
    with pytest.raises(SettingsError, match=r"FACTBOT_EMBED_BACKEND must be 'torch', 'onnx' or 'onnx-int8'"):
        Settings.from_env(env={"FACTBOT_EMBED_BACKEND": "gpu"})


def test_an_index_that_cannot_be_opened_names_its_folder(tmp_path: Path) -> None:
    """A data dir that is a file, not a folder, is a ``StoreError`` naming the path and the cause."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    with pytest.raises(StoreError) as caught:
        Store(Settings.from_env(env={}, data_dir=blocked)).exists()
    assert str(caught.value).startswith(f"cannot open the index in {blocked}:")
