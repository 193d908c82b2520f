# The two commands (see README): `make run` and `make test`. Both create .venv on first use;
# `run` installs only what the application needs, `test` adds the test tools, and builds the
# frozen program to smoke-test it. `make package` builds the frozen program and the Linux
# installers into dist/.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test lint clean package smoke

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

$(PACKAGE_STAMP): pyproject.toml $(RUN_STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	@touch $(PACKAGE_STAMP)

run: $(RUN_STAMP)
	$(VENV)/bin/nmrf-tracker --demo

test: $(TEST_STAMP) $(PACKAGE_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m ruff check app tests benchmarks migrations packaging
	$(PY) -m mypy
	# The server suites run against a throw-away PostgreSQL cluster, stopped whatever happens
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.postgres_cluster -- $(PY) -m pytest
	$(MAKE) smoke

package: $(PACKAGE_STAMP)
	$(PY) packaging/build.py

# The built program, run as installed: English and French (packaging/smoke_test.py).
smoke: package
	QT_QPA_PLATFORM=offscreen $(PY) packaging/smoke_test.py dist/nmrf-tracker

lint: $(TEST_STAMP)
	$(PY) -m ruff check app tests benchmarks migrations packaging
	$(PY) -m mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache
