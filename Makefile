# The two commands a newcomer runs (README): `make run` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: install run test lint demo clean

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "need $(PY) (Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Ingest seeds/ (only what changed) and serve the chat page on 127.0.0.1:7860.
run: install
	$(BIN)/factbot serve --host 127.0.0.1 --port 7860

## Ingest seeds/ and answer one sample question on the command line.
demo: install
	$(BIN)/factbot demo

lint: install
	$(BIN)/ruff check bot index tests $(wildcard benchmarks)
	$(BIN)/ruff format --check bot index tests $(wildcard benchmarks)
	$(BIN)/mypy

## Install everything (browser too) and run lint, types and the whole test suite.
test: install
	bash scripts/browser-deps.sh
	$(MAKE) lint
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) .factbot
