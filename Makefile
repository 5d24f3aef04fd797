# The README's commands live here so that they stay short.
PY ?= python
SHARED ?= ../shared

.PHONY: install system-deps test test-fast lint main eval eval-variants eval-heldout eval-real eval-holdout eval-holdout-2 eval-holdout-3 eval-holdout-4 bench

system-deps:  ## Debian packages: Tesseract with the Vietnamese model, LibreOffice, Chromium
	bash scripts/install-system-deps.sh

install:  ## the package with its dev tools
	$(PY) -m pip install -q -e '.[dev]'

test:  ## the whole suite, OCR and browser tests included
	$(PY) -m pytest -q

test-fast:
	$(PY) -m pytest -q -m "not slow"

lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	lint-imports
	$(PY) -m mypy

main:  ## the main job: ingest the plans in corpora/, write the workbook and the report
	@mkdir -p out
	-thidua ingest corpora/samples corpora/variants --db out/thidua.db --exclude '*.yaml' --exclude '*.md' --exclude '*.json'
	thidua export --db out/thidua.db --xlsx out/thidua.xlsx
	thidua compare --db out/thidua.db --out out/report --provinces 'Huế,Đà Nẵng,Nghệ An'
	@echo "store:    out/thidua.db (run report: out/thidua.report.json)"
	@echo "workbook: out/thidua.xlsx"
	@echo "report:   out/report/index.html (charts: charts.html; Huế, Đà Nẵng, Nghệ An side by side: compare.html)"

bench:  ## ingest benchmark: 2,000 varied text plans with 1 and 2 workers, 20 scanned pages
	$(PY) scripts/bench.py --plans 2000 --small 200 --pages 20 --out out/bench.json

eval:  ## seeds vs gold with the shared scoring
	thidua extract $(SHARED)/corpus/seeds --out out/seeds
	thidua eval --gold $(SHARED)/corpus/gold --pred out/seeds

eval-variants:  ## the team's variant plans (corpora/variants) vs their hand-written gold
	thidua extract corpora/variants --exclude '*.md' --exclude '*.json' --out out/variants
	thidua eval --gold corpora/variants/gold --pred out/variants

eval-heldout:  ## the lead's held-out plans (corpora/heldout) vs their hand-written gold
	thidua extract corpora/heldout --exclude '*.md' --exclude '*.json' --out out/heldout
	thidua eval --gold corpora/heldout/gold --pred out/heldout

eval-real:  ## fixtures in the layouts of real pages (corpora/real-layouts, docs/real-layouts.md) vs their gold
	thidua extract corpora/real-layouts --exclude '*.md' --exclude '*.json' --out out/real
	thidua eval --gold corpora/real-layouts/gold --pred out/real

eval-holdout:  ## held-out fixtures in the real layouts (corpora/real-layouts-holdout): a measure, never tune to it
	thidua extract corpora/real-layouts-holdout --exclude '*.md' --exclude '*.json' --out out/holdout
	thidua eval --gold corpora/real-layouts-holdout/gold --pred out/holdout

eval-holdout-2:  ## third held-out set (corpora/real-layouts-holdout-2, written blind 2026-12-05): a measure, never tune to it
	thidua extract corpora/real-layouts-holdout-2 --exclude '*.md' --exclude '*.json' --out out/holdout-2
	thidua eval --gold corpora/real-layouts-holdout-2/gold --pred out/holdout-2

eval-holdout-3:  ## fourth held-out set (corpora/real-layouts-holdout-3, written blind 2026-12-05, second session): a measure, never tune to it
	thidua extract corpora/real-layouts-holdout-3 --exclude '*.md' --exclude '*.json' --out out/holdout-3
	thidua eval --gold corpora/real-layouts-holdout-3/gold --pred out/holdout-3

eval-holdout-4:  ## fifth held-out set (corpora/real-layouts-holdout-4, written blind 2026-12-05, third session): a measure, never tune to it
	thidua extract corpora/real-layouts-holdout-4 --exclude '*.md' --exclude '*.json' --out out/holdout-4
	thidua eval --gold corpora/real-layouts-holdout-4/gold --pred out/holdout-4
