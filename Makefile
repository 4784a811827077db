# Everything runs inside .venv, created on first use from pyproject.toml: a fresh machine needs
# only Python 3.11+.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
RAW    ?= raw
OUT    ?= out
GOLD   ?= ../shared/gold
SEED   := raw/changning_2022_plan_report.txt

.PHONY: extract test eval bench review clean setup

# bytecode written ahead: start-up then skips compiling the project's modules (~0.1 s) even where
# Python is told not to write it (PYTHONDONTWRITEBYTECODE, common in containers); quick when up to date
setup: $(VENV)/.installed
	@$(PY) -m compileall -q pipeline schemas cli.py

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

extract: setup
	$(PY) cli.py extract $(RAW) --out $(OUT)

test: setup
	$(PY) -m pytest -q

eval: setup
	$(PY) cli.py eval --gold $(GOLD)

bench: setup
	$(PY) benchmarks/bench.py

review: extract
	$(PY) cli.py review $(OUT) --html $(OUT)/review

clean:
	rm -rf $(OUT) $(VENV) *.egg-info .pytest_cache __pycache__ pipeline/__pycache__ schemas/__pycache__
