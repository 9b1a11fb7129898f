"""Settings: every number has a range, and a bad value is refused with that range."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from index.errors import SettingsError
from index.settings import Settings
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("key", "value", "allowed"),
    [
        ("FACTBOT_TOP_K", "0", "from 1 to 100 (passages)"),
        ("FACTBOT_TOP_K", "-3", "from 1 to 100 (passages)"),
        ("FACTBOT_TOP_K", "many", "a whole number"),
        ("FACTBOT_CANDIDATE_K", "0", "from 1 to 10,000 (sentences)"),
        ("FACTBOT_EMBED_BATCH_SIZE", "0", "from 1 to 4,096"),
        ("FACTBOT_MIN_EVIDENCE", "nan", "from 0.0 to 1.0"),
        ("FACTBOT_MIN_EVIDENCE", "99", "from 0.0 to 1.0"),
        ("FACTBOT_MIN_EVIDENCE", "-5", "from 0.0 to 1.0"),
        ("FACTBOT_LLM_TIMEOUT", "0", "seconds"),
        ("FACTBOT_UPLOADS", "maybe", "on or off"),
        ("FACTBOT_COLLECTION_PREFIX", "my corpus", "letters, digits"),
    ],
)
def test_out_of_range_values_name_the_allowed_range(key: str, value: str, allowed: str) -> None:
    with pytest.raises(SettingsError) as err:
        Settings.from_env(env={key: value})
    assert f"{key}={value}" in str(err.value) and allowed in str(err.value)


def test_an_empty_data_dir_is_refused_instead_of_writing_into_the_current_folder() -> None:
    with pytest.raises(SettingsError, match="FACTBOT_DATA_DIR is empty"):
        Settings.from_env(env={"FACTBOT_DATA_DIR": ""})


def test_good_values_pass_and_with_checks_ranges_too() -> None:
    settings = Settings.from_env(
        env={"FACTBOT_TOP_K": "3", "FACTBOT_MIN_EVIDENCE": "0.5", "FACTBOT_UPLOADS": "off"}
    )
    assert (settings.top_k, settings.min_evidence, settings.uploads) == (3, 0.5, False)
    assert settings.with_(top_k=5).top_k == 5
    with pytest.raises(SettingsError, match="FACTBOT_CANDIDATE_K=0: must be a whole number from 1"):
        settings.with_(candidate_k=0)
    with pytest.raises(SettingsError, match="unknown setting FACTBOT_TOPK"):
        Settings.from_env(env={"FACTBOT_TOPK": "3"})
    assert "auth" not in Settings.from_env(env={"FACTBOT_AUTH": "ann:secret"}).to_dict()
    with pytest.raises(SettingsError, match="USER:PASSWORD"):
        Settings.from_env(env={"FACTBOT_AUTH": "ann"})


def test_the_cli_prints_one_line_for_a_bad_setting(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "stats"],
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "FACTBOT_TOP_K": "0", "HF_HUB_OFFLINE": "1"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stderr.strip() == "factbot: FACTBOT_TOP_K=0: must be a whole number from 1 to 100 (passages)"
    assert list(tmp_path.iterdir()) == []


def test_changed_cleaning_rules_name_a_new_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cleaning decides which sentences exist, so an index built by older rules is rebuilt."""
    import index.clean

    before = Settings.from_env(env={}).vector_key
    monkeypatch.setattr(index.clean, "CLEANING_VERSION", index.clean.CLEANING_VERSION + 1)
    assert Settings.from_env(env={}).vector_key != before
