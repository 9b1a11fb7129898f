"""``bot/prompts.py``: prompts are files loaded by name; a broken one says what is wrong.

``tests/bot/test_generate.py`` pins the answer prompt's contents; these pin loading and
rendering for every prompt file, and each error, on hand-made prompt files.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import bot.prompts
from bot.prompts import PROMPTS_DIR, PromptError, load_prompt, render_prompt
from index.errors import FactbotError

SHIPPED = sorted(p.stem for p in PROMPTS_DIR.glob("*.md"))


def test_prompts_ship_with_the_source() -> None:
    assert "answer" in SHIPPED


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_prompt_renders_with_its_placeholders_filled(name: str) -> None:
    """Each ``prompts/NAME.md`` loads by name and has a system and a user section; filled with
    a value for each ``$placeholder`` it names, nothing is left unfilled."""
    text = load_prompt(name)
    placeholders = set(re.findall(r"\$(\w+)", text))
    system, user = render_prompt(name, **{p: f"<{p}>" for p in placeholders})
    assert system and user and "$" not in system + user
    assert all(f"<{p}>" in system + user for p in placeholders)


@pytest.fixture
def prompts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A prompts folder of hand-made files, in place of the shipped one."""
    monkeypatch.setattr(bot.prompts, "PROMPTS_DIR", tmp_path)
    return tmp_path


def test_a_note_above_the_system_section_is_never_sent(prompts: Path) -> None:
    (prompts / "greet.md").write_text("<!-- for maintainers -->\n## system\nBe brief.\n\n## user\nHi $who\n")
    assert render_prompt("greet", who="Ann") == ("Be brief.", "Hi Ann")


def test_any_placeholder_name_can_be_filled(prompts: Path) -> None:
    (prompts / "greet.md").write_text("## system\nBe brief.\n## user\nHi $name\n")
    assert render_prompt("greet", name="Ann") == ("Be brief.", "Hi Ann")


def test_a_missing_prompt_file_is_named_with_where_it_belongs(prompts: Path) -> None:
    with pytest.raises(PromptError) as caught:
        load_prompt("missing")
    assert str(prompts / "missing.md") in str(caught.value) and "prompts/" in str(caught.value)
    assert isinstance(caught.value, FactbotError)


def test_a_prompt_without_a_needed_section_names_it(prompts: Path) -> None:
    (prompts / "half.md").write_text("## system\nBe brief.\n")
    with pytest.raises(PromptError, match=r"prompts/half\.md has no '## user' section"):
        render_prompt("half")


def test_a_placeholder_with_no_value_is_named(prompts: Path) -> None:
    (prompts / "ask.md").write_text("## system\nBe brief.\n## user\n$question in $place\n")
    with pytest.raises(PromptError, match=r"prompts/ask\.md: placeholder 'place' has no value"):
        render_prompt("ask", question="Q?")


def test_values_full_of_braces_and_dollars_stay_literal(prompts: Path) -> None:
    """Evidence text is never re-read as a template: "{x}" and "$y" in a value come out as written."""
    (prompts / "echo.md").write_text("## system\nQuote it.\n## user\n$passages\n")
    assert render_prompt("echo", passages="cost {x} and $y") == ("Quote it.", "cost {x} and $y")
