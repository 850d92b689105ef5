# The two commands of the quick start: `make build` and `make test`. Only Python is assumed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export DO_NOT_TRACK := 1

.PHONY: build test lint demo-data docs draft dashboard clean

# The virtual environment with the pinned stack and this project's Python package (editable:
# lead_qualification/ is read in place); rebuilt when requirements.txt or pyproject.toml changes.
$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

## build: set up, build everything on the demo data into DuckDB, print what was built
build: $(VENV)/.installed
	$(BIN)/dbt build
	$(BIN)/python -m lead_qualification.summary

# The Spark target's packages (pyspark is large): installed for the test suite, not for make build.
$(VENV)/.installed-spark: $(VENV)/.installed requirements-spark.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-spark.txt
	touch $@

# The dashboard's packages (Streamlit; Playwright for its end-to-end test).
$(VENV)/.installed-dashboard: $(VENV)/.installed requirements-dashboard.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dashboard.txt
	touch $@

## dashboard: the dashboard on http://127.0.0.1:8501 over the DuckDB file `make build` wrote (docs/dashboard.md)
dashboard: $(VENV)/.installed-dashboard
	$(BIN)/streamlit run lead_qualification/dashboard/app.py

## test: the whole suite (DuckDB always; PostgreSQL when LEAD_QUALIFICATION_PG_HOST is set; Spark when LEAD_QUALIFICATION_SPARK=1),
## on TEST_WORKERS pytest-xdist workers, each taking whole files (TEST_WORKERS=0: one process)
TEST_WORKERS ?= 2
test: $(VENV)/.installed $(VENV)/.installed-spark $(VENV)/.installed-dashboard
	$(BIN)/python -m pytest python_tests -n $(TEST_WORKERS) --dist loadfile

## lint: sqlfluff with the dbt templater over models, macros and data tests
lint: $(VENV)/.installed
	$(BIN)/sqlfluff lint --processes 2 models tests

## demo-data: regenerate the committed demo seeds (deterministic: no diff unless the generator changed)
demo-data: $(VENV)/.installed
	$(BIN)/python -m lead_qualification.demo_world

## draft: write a draft scoring version from rpt_signal_lift (make draft VERSION=v4), then make build
draft: $(VENV)/.installed
	$(BIN)/lead-qualification-draft --version $(VERSION)

## docs: generate the dbt docs site into target/
docs: $(VENV)/.installed
	$(BIN)/dbt docs generate

clean:
	rm -rf target logs dbt_packages
