# The two commands: `make demo` and `make test` (see README.md).
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo serve test bench eval
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	bash scripts/setup.sh
	touch $@

demo: setup
	$(VENV)/bin/consultant demo

serve: setup
	$(VENV)/bin/consultant serve

test: setup
	bash scripts/system-deps.sh
	$(PY) -m pytest

eval: setup
	$(VENV)/bin/consultant eval eval/team.jsonl

bench: setup
	$(PY) bench/suggest_bench.py
