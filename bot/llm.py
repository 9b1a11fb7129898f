"""Chat models for optional LLM answers, built from ``FACTBOT_LLM=provider:MODEL``.

Provider packages (langchain-openai, langchain-ollama, llama-cpp) are optional and imported
only here, when a model is asked for; the error says what to install.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from index.errors import FactbotError
from index.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


class LLMError(FactbotError):
    """The configured language model cannot be built (unknown provider, package not installed)."""


def chat_model_from_spec(spec: str, settings: Settings) -> BaseChatModel:
    """A LangChain chat model for ``provider:MODEL``; provider packages are imported only here.

    They are optional: factbot works without them, and the error says what to install.
    """
    provider, _, name = spec.partition(":")
    provider = provider.strip().lower()
    if not name.strip():
        raise LLMError(f"FACTBOT_LLM={spec!r} needs a model: openai:MODEL, ollama:MODEL or llamacpp:PATH")
    name = name.strip()
    timeout = settings.llm_timeout
    if provider == "openai":
        chat_openai = _provider_class("langchain_openai", "ChatOpenAI", "openai:MODEL", ["langchain-openai"])
        kwargs: dict[str, Any] = {"model": name, "temperature": 0, "timeout": timeout, "max_retries": 0}
        if settings.llm_base_url:
            kwargs["base_url"] = settings.llm_base_url
        # A local OpenAI-compatible server often wants no key, but the client insists on one.
        kwargs["api_key"] = settings.llm_api_key or "not-needed"
        return chat_openai(**kwargs)
    if provider == "ollama":
        chat_ollama = _provider_class("langchain_ollama", "ChatOllama", "ollama:MODEL", ["langchain-ollama"])
        okwargs: dict[str, Any] = {"model": name, "temperature": 0, "client_kwargs": {"timeout": timeout}}
        if settings.llm_base_url:
            okwargs["base_url"] = settings.llm_base_url
        return chat_ollama(**okwargs)
    if provider == "llamacpp":
        chat_llamacpp = _provider_class(
            "langchain_community.chat_models",
            "ChatLlamaCpp",
            "llamacpp:PATH",
            ["langchain-community", "llama-cpp-python"],
        )
        return chat_llamacpp(model_path=name, temperature=0, n_ctx=4096, verbose=False)
    raise LLMError(
        f"FACTBOT_LLM={spec!r}: unknown provider {provider!r}; use openai:MODEL, ollama:MODEL or "
        "llamacpp:PATH (or leave it empty for extractive answers)"
    )


def _provider_class(module: str, name: str, spec: str, packages: list[str]) -> Any:
    """``module.name``, or an LLMError saying which packages ``FACTBOT_LLM=spec`` needs."""
    try:
        return getattr(importlib.import_module(module), name)
    except ImportError as exc:
        raise LLMError(
            f"FACTBOT_LLM={spec} needs {' and '.join(packages)}: pip install {' '.join(packages)}"
        ) from exc
