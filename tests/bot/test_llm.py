"""``bot/llm.py``: ``FACTBOT_LLM=provider:MODEL`` becomes a chat model, or a message saying what to do.

No network: each provider package is stood in for by a stub module whose class returns
LangChain's fake chat model and records how it was built. ``tests/bot/test_generate.py``
pins the errors for provider packages that are not installed.
"""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot.llm import LLMError, chat_model_from_spec
from index.errors import FactbotError
from index.settings import Settings

PROVIDERS = {
    "openai": ("langchain_openai", "ChatOpenAI"),
    "ollama": ("langchain_ollama", "ChatOllama"),
    "llamacpp": ("langchain_community.chat_models", "ChatLlamaCpp"),
}


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> dict[str, dict[str, Any]]:
    """provider -> the keyword arguments its chat model class was called with."""
    calls: dict[str, dict[str, Any]] = {}
    for provider, (module, name) in PROVIDERS.items():

        def build(provider: str = provider, **kwargs: Any) -> FakeListChatModel:
            calls[provider] = kwargs
            return FakeListChatModel(responses=[f"{provider} says hello"])

        monkeypatch.setitem(sys.modules, module, SimpleNamespace(**{name: build}))
    return calls


def test_the_model_name_is_everything_after_the_first_colon(built: dict[str, dict[str, Any]]) -> None:
    """ "ollama:qwen2.5:0.5b" names the model "qwen2.5:0.5b"; provider case and spaces do not matter."""
    model = chat_model_from_spec(" Ollama : qwen2.5:0.5b ", Settings.from_env(env={}, llm_timeout=7.0))
    assert model.invoke("hi").content == "ollama says hello"
    assert built["ollama"] == {"model": "qwen2.5:0.5b", "temperature": 0, "client_kwargs": {"timeout": 7.0}}


def test_openai_answers_deterministically_with_no_retries_and_a_placeholder_key(
    built: dict[str, dict[str, Any]],
) -> None:
    """A local OpenAI-compatible server needs no key, but the client insists on one."""
    chat_model_from_spec("openai:gpt-4o-mini", Settings.from_env(env={}))
    assert built["openai"]["api_key"] == "not-needed" and "base_url" not in built["openai"]
    assert (built["openai"]["temperature"], built["openai"]["max_retries"]) == (0, 0)
    settings = Settings.from_env(env={}, llm_base_url="http://127.0.0.1:8080/v1", llm_api_key="k-1")
    chat_model_from_spec("openai:local", settings)
    assert (built["openai"]["base_url"], built["openai"]["api_key"]) == ("http://127.0.0.1:8080/v1", "k-1")


def test_the_base_url_reaches_ollama_only_when_set(built: dict[str, dict[str, Any]]) -> None:
    chat_model_from_spec("ollama:llama3.1", Settings.from_env(env={}, llm_base_url="http://10.0.0.2:11434"))
    assert built["ollama"]["base_url"] == "http://10.0.0.2:11434"


def test_llamacpp_takes_a_model_file_path(built: dict[str, dict[str, Any]]) -> None:
    chat_model_from_spec("llamacpp:/models/small.gguf", Settings.from_env(env={}))
    assert built["llamacpp"]["model_path"] == "/models/small.gguf" and built["llamacpp"]["temperature"] == 0


@pytest.mark.parametrize("spec", ["gpt-4o", "ollama", "openai:   "])
def test_a_spec_without_a_model_says_which_forms_work(spec: str) -> None:
    """The message names the setting, the value given, and the three accepted forms."""
    with pytest.raises(LLMError) as caught:
        chat_model_from_spec(spec, Settings.from_env(env={}))
    message = str(caught.value)
    assert message.startswith(f"FACTBOT_LLM={spec!r} needs a model")
    assert "openai:MODEL" in message and "ollama:MODEL" in message and "llamacpp:PATH" in message


def test_an_unknown_provider_suggests_leaving_it_empty() -> None:
    """The error is a ``FactbotError`` (the CLI and page show it as one line) and offers the
    way back to extractive answers."""
    with pytest.raises(FactbotError) as caught:
        chat_model_from_spec("gemini:pro", Settings.from_env(env={}))
    assert isinstance(caught.value, LLMError)
    assert "unknown provider 'gemini'" in str(caught.value) and "leave it empty" in str(caught.value)
