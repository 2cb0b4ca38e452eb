# The project's commands. `make help` lists them.
# Everything a command needs is installed by the command itself (into .venv).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OUT ?= build
NOTEBOOK_TIMEOUT ?= 600
DASHBOARD_PORT ?= 8866

.DEFAULT_GOAL := help
.PHONY: help setup build lab dashboard report test evaluate review bench clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv and install the project with its dev tools

build: $(STAMP) ## Build data/processed from data/raw
	$(PY) -m toolkit build

# JupyterLab refuses to run as root unless told: allow it only when we are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: build ## Set up, build the tables and open JupyterLab on notebooks/
	$(VENV)/bin/jupyter lab notebooks/ $(ROOT_FLAG)

dashboard: build ## Serve the no-code dashboard (Voila) on http://127.0.0.1:8866/
	@echo ""
	@echo "  Dashboard: http://127.0.0.1:$(DASHBOARD_PORT)/   (Ctrl-C stops it)"
	@echo ""
	$(VENV)/bin/voila notebooks/dashboard.ipynb --Voila.ip=127.0.0.1 --port=$(DASHBOARD_PORT) \
		--Voila.port_retries=0 --no-browser

report: build ## Headless twin of `lab`: build, execute notebooks into $(OUT)/, export figures
	$(PY) -m toolkit report --out $(OUT) --timeout $(NOTEBOOK_TIMEOUT)

test: $(STAMP) ## Install what the tests need (Chromium too) and run them all
	bash scripts/install-browser.sh
	$(PY) -m pytest -q

evaluate: build ## Score extraction against the gold cases in tests/gold
	$(PY) -m toolkit evaluate tests/gold

review: build ## Write data/processed/review.csv: rows a person should check first
	$(PY) -m toolkit review

bench: $(STAMP) ## Run the benchmarks (prints figures)
	$(PY) benchmarks/quality.py
	$(PY) benchmarks/build_scale.py
	$(PY) benchmarks/filters.py

clean: ## Remove built tables and executed notebooks (keeps .venv)
	rm -rf data/processed $(OUT)
