# Two commands do all the set-up on a fresh machine:
#   make site   builds the demo site from content/ into site/
#   make test   runs the whole test suite
# Each creates its own virtual environment in .venv/ first.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: site test lint serve browser-deps clean

$(BIN)/claimline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

site: $(BIN)/claimline
	$(BIN)/claimline build --content content

serve: $(BIN)/claimline
	$(BIN)/claimline serve --content content

lint: $(BIN)/claimline
	$(BIN)/ruff check generator tests benchmarks

# One pytest worker a core, each test file on one worker (its module fixtures built once).
test: $(BIN)/claimline lint
	$(BIN)/pytest -n auto --dist loadfile

# What the browser tests need beyond Python: Debian's chromium and npm's axe-core.
browser-deps:
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	test -f tests/browser/node_modules/axe-core/axe.min.js || npm install --prefix tests/browser --no-audit --no-fund

clean:
	rm -rf site .pytest_cache .ruff_cache
