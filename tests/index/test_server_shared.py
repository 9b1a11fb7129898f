"""Two factbot processes on one ``chroma run`` see each other's ingests, both ways.

Process B is a real ``factbot serve`` (seeds ingested through it); process A is a separate
Python that ingests a new article and answers a seed question. Then B, already running and
with its lexical index built, answers a question about A's article over its HTTP ``/ask``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.chroma_server import chroma_server, free_port, stop, wait_http
from tests.conftest import SEEDS

ARTICLE = (
    "Harbourview approves Lindqvist bridge\n\n"
    "The Harbourview city council approved 47 million dollars for the new Lindqvist bridge on Tuesday, "
    "mayor Elena Marsh said. Construction of the Lindqvist bridge will start in the spring and take "
    "three years, the council said. The old ferry across the Harbourview estuary will keep running "
    "until the bridge opens.\n"
)
QUESTION = "How much money did the Harbourview council approve for the Lindqvist bridge?"

PROCESS_A = r"""
import json, sys
from bot.api import FactChecker
checker = FactChecker()
report = checker.ingest([sys.argv[1]])
answer = checker.ask("How many US troops are deployed in Syria?")
print("RESULT " + json.dumps({"articles": report.articles, "answer": answer.to_dict()}))
"""


def _env(url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    env.update(FACTBOT_CHROMA_URL=url, GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1")
    return env


def _cited_docs(answer: dict[str, object]) -> set[str]:
    citations = answer.get("citations") or []
    assert isinstance(citations, list)
    return {str(c["doc"]) for c in citations}


@pytest.mark.slow
def test_two_processes_share_one_chroma_server(tmp_path: Path) -> None:
    from gradio_client import Client

    article = tmp_path / "lindqvist.txt"
    article.write_text(ARTICLE)
    with chroma_server(tmp_path / "server") as chroma_url:
        env = _env(chroma_url)
        port = free_port()
        factbot = Path(sys.executable).with_name("factbot")
        serve = subprocess.Popen(
            [str(factbot), "serve", "--host", "127.0.0.1", "--port", str(port), "--seeds", str(SEEDS)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}/"
            wait_http(url, serve, limit=120)
            client = Client(url, verbose=False)
            before = client.predict(QUESTION, "question", api_name="/ask")
            assert "lindqvist.txt" not in _cited_docs(before)

            other = subprocess.run(
                [sys.executable, "-c", PROCESS_A, str(article)],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            line = next(x for x in other.stdout.splitlines() if x.startswith("RESULT "))
            result = json.loads(line[len("RESULT ") :])
            assert result["articles"] == 1
            assert "000_66cd316cc8c383c8.txt" in _cited_docs(result["answer"])  # B's ingest, seen by A
            assert "900" in result["answer"]["answer"]

            time.sleep(2.5)  # the lexical index re-checks the store at most every 2 s
            after = client.predict(QUESTION, "question", api_name="/ask")
            assert "lindqvist.txt" in _cited_docs(after)  # A's ingest, seen by the running B
            assert "47 million" in after["answer"]
            sources = {s["doc"] for s in client.predict(api_name="/sources")}
            assert "lindqvist.txt" in sources
        finally:
            stop(serve, limit=15)
