# The two commands (see README): `make run` and `make test`. Both create .venv on first use;
# `run` installs only what the application needs, `test` adds the test tools.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "NMRF Tracker needs Python 3.11 or newer; set PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $(RUN_STAMP)

$(TEST_STAMP): pyproject.toml $(RUN_STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(TEST_STAMP)

run: $(RUN_STAMP)
	$(VENV)/bin/nmrf-tracker --demo

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m ruff check app tests benchmarks migrations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(TEST_STAMP)
	$(PY) -m ruff check app tests benchmarks migrations

clean:
	rm -rf $(VENV) build dist .pytest_cache
