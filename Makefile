# The two commands: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
QUALIFIER := $(VENV)/bin/qualifier
PYTEST_ARGS ?=

.PHONY: run test lint format check-tests benchmarks benchmark-center clean installer bundle translations

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run-installed

$(VENV)/.benchmarks-installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,benchmarks]'
	touch $@ $(VENV)/.test-installed $(VENV)/.run-installed

$(VENV)/.installer-installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[installer]'
	touch $@ $(VENV)/.run-installed

## make translations: build the .qm catalogues from resources/translations/*.ts (not committed)
translations: $(VENV)/.run-installed
	$(PY) scripts/translations.py build

## make run: create the environment, prepare the embedded database (demo data on first run), open the app
run: $(VENV)/.run-installed translations
	$(QUALIFIER) db upgrade
	$(QUALIFIER) demo --if-empty
	$(QUALIFIER) gui

## make lint: ruff (lint and format), mypy (strict: the package, the benchmarks and the
## scripts, with the benchmarks' peer library installed), import contracts
## (the two mypy runs side by side: each keeps one core busy for most of a minute)
lint: $(VENV)/.benchmarks-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy --cache-dir .mypy_cache/package & package=$$!; \
		$(VENV)/bin/mypy --cache-dir .mypy_cache/tools benchmarks scripts; tools=$$?; \
		wait $$package && test $$tools -eq 0
	$(VENV)/bin/lint-imports

format: $(VENV)/.test-installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## make test: lint, build the translations, then the whole suite on SQLite and a throwaway
## PostgreSQL, Qt offscreen, in parallel processes while the installer bundle is built
## (tests/installer smoke-tests it; see scripts/run_suite.py)
test: lint translations $(VENV)/.installer-installed
	$(PY) scripts/throwaway_postgres.py --pgbouncer -- $(PY) scripts/run_suite.py --bundle $(PYTEST_ARGS)

## make installer: the one-folder bundle dist/qualifier/ (build_installer.spec), packed as .tar.gz
installer: bundle
	$(PY) scripts/pack_installer.py

# the bundle alone, built afresh every time (make test smoke-tests it)
bundle: $(VENV)/.installer-installed translations
	rm -rf dist/qualifier
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build_installer.spec

benchmarks: $(VENV)/.benchmarks-installed
	$(PY) scripts/throwaway_postgres.py -- $(PY) benchmarks/claim.py
	$(PY) scripts/throwaway_postgres.py -- $(PY) benchmarks/claim_parts.py
	$(PY) scripts/throwaway_postgres.py -- $(PY) benchmarks/first_claim.py
	$(PY) scripts/throwaway_postgres.py -- $(PY) benchmarks/routing.py
	$(PY) scripts/throwaway_postgres.py -- $(PY) benchmarks/publication.py
	QUALIFIER_PGBOUNCER_POOL_SIZE=3 $(PY) scripts/throwaway_postgres.py --pgbouncer -- \
		$(PY) benchmarks/pooler_handover.py

## make benchmark-center: the center simulation (benchmarks/center.py) at 50 and 200
## workstations, directly and through PgBouncer, with its baselines, on a throwaway PostgreSQL
## and PgBouncer; CENTER_ARGS="--workstations 50,200,500" for more (see its --help)
CENTER_ARGS ?=
CENTER_MAX_CONNECTIONS ?= 700
benchmark-center: $(VENV)/.benchmarks-installed
	QUALIFIER_PG_MAX_CONNECTIONS=$(CENTER_MAX_CONNECTIONS) $(PY) scripts/throwaway_postgres.py \
		--pgbouncer -- $(PY) benchmarks/center.py $(CENTER_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
