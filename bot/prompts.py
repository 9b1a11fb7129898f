"""Prompts are files in ``prompts/``, loaded by name, so they are reviewed and versioned with code."""

from __future__ import annotations

import re
from string import Template

from index.errors import FactbotError
from index.settings import PROJECT_ROOT

PROMPTS_DIR = PROJECT_ROOT / "prompts"
_SECTION = re.compile(r"^##\s+(system|user)\s*$", re.M)


class PromptError(FactbotError):
    """A prompt file is missing or lacks a section or placeholder the code needs."""


def load_prompt(name: str) -> str:
    """The text of ``prompts/NAME.md``; a missing file is named in the error."""
    path = PROMPTS_DIR / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"prompt file {path} is missing; it ships with factbot's source in prompts/")
    return path.read_text(encoding="utf-8")


def render_prompt(name: str, /, **values: str) -> tuple[str, str]:
    """The ``## system`` and ``## user`` sections of a prompt, placeholders filled.

    ``string.Template`` rather than ``str.format``: evidence text full of braces stays literal
    and is never re-interpreted as a template.
    """
    text = load_prompt(name)
    parts = _SECTION.split(text)
    sections = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    missing = {"system", "user"} - sections.keys()
    if missing:
        raise PromptError(f"prompt file prompts/{name}.md has no '## {sorted(missing)[0]}' section")
    try:
        return (
            Template(sections["system"]).substitute(values),
            Template(sections["user"]).substitute(values),
        )
    except (KeyError, ValueError) as exc:
        raise PromptError(f"prompt file prompts/{name}.md: placeholder {exc} has no value") from exc
