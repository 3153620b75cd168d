# Two commands: `make run` (set up, migrate, chat) and `make test` (set up, run every test).
# Only Python 3.11+ and make are needed; everything else is installed into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run console test lint messages bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Stillpoint needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/stillpoint run

console: $(STAMP)
	$(BIN)/stillpoint console

test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# For developers: refresh conversations/locale/ (the template and every language) from the sources.
messages: $(STAMP)
	$(BIN)/stillpoint i18n update

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
