"""The project's own rules: dbt-score's conventions (documented models and sources, a primary-key
test on each model, freshness, the monthly tag), every built column documented, lint-clean SQL,
and error messages a person can act on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from lead_qualification.demo_world.contract import COLUMNS
from python_tests.harness import ROOT, World


@pytest.fixture(scope="module")
def built(worlds):
    return worlds.get("demo", "duckdb")


@pytest.fixture(scope="module")
def manifest(built):
    path = built.world.workdir / f"target_{built.world.name}" / "manifest.json"
    return json.loads(path.read_text())


def _models(manifest):
    return [n for n in manifest["nodes"].values()
            if n["resource_type"] == "model" and n["package_name"] == "lead_qualification"]


def _dbt_score(manifest_path: Path):
    dbt_score = str(Path(sys.executable).parent / "dbt-score")
    done = subprocess.run([dbt_score, "lint", "--manifest", str(manifest_path)], cwd=ROOT,
                          capture_output=True, text=True)
    done.stdout = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout)  # its report is coloured
    return done


def test_dbt_score_lint_is_clean(built):
    """dbt-score's generic rules and the project's own (lead_qualification/dbt_score_rules.py):
    every model and source described, every yml column described, a primary-key test on every
    model, freshness on every source, tag monthly exactly on the evidence folders. Every item
    must score 10 (pyproject.toml)."""
    done = _dbt_score(built.world.workdir / f"target_{built.world.name}" / "manifest.json")
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
    assert "Project score: 10.0" in done.stdout


def test_dbt_score_fails_on_a_broken_convention(manifest, tmp_path):
    """The rules can fail: a model without its primary-key test and an intermediate model tagged
    monthly, each named with its rule."""
    broken = json.loads(json.dumps(manifest))
    tests = [k for k, n in broken["nodes"].items() if n["resource_type"] == "test"
             and "model.lead_qualification.fct_mqls" in n["depends_on"]["nodes"]
             and n.get("test_metadata", {}).get("name") in {"unique", "not_null"}]
    for key in tests:
        del broken["nodes"][key]
    broken["nodes"]["model.lead_qualification.int_persons"]["tags"].append("monthly")
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(broken))
    done = _dbt_score(path)
    assert done.returncode != 0
    assert re.search(r"fct_mqls.*\n.*has_primary_key_test", done.stdout), done.stdout[-3000:]
    assert re.search(r"int_persons.*\n.*monthly_tag_is_the_evidence_folder", done.stdout), done.stdout[-3000:]


def test_every_built_column_is_described(manifest, built):
    """Every column of every staging model and mart, as built, has a description in yml.
    (Intermediate models document their key columns; BI does not read them.)"""
    missing = []
    for model in _models(manifest):
        if not (model["name"].startswith("stg_") or "marts" in model["fqn"]):
            continue
        columns = built.query(
            "select column_name from information_schema.columns "
            f"where table_schema = '{built.world.schema_of(model['name'])}' and table_name = '{model['name']}'").column_name
        documented = {name for name, c in model["columns"].items() if c["description"].strip()}
        missing += [f"{model['name']}.{c}" for c in columns if c not in documented]
    assert not missing


def test_sources_are_the_raw_contract(manifest):
    sources = [s for s in manifest["sources"].values() if s["package_name"] == "lead_qualification"]
    assert {s["name"] for s in sources} == set(COLUMNS)


def test_sqlfluff_lint_is_clean(built):
    # The dbt templater compiles the project, which reads the raw tables: point it at a built world.
    env = dict(os.environ, DO_NOT_TRACK="1", LEAD_QUALIFICATION_DUCKDB_PATH=built.world.duckdb_path)
    sqlfluff = str(Path(sys.executable).parent / "sqlfluff")
    done = subprocess.run([sqlfluff, "lint", "--processes", "2", "models", "tests"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]


# --- error messages a person can act on ---------------------------------------------------------

@pytest.fixture(scope="module")
def broken(worlds):
    """A DuckDB world with broken raw schemas: one missing a required column, one empty."""
    world = World("duckdb", worlds.workdir)
    leads = pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS["leads"]})
    world.load_raw({"leads": leads.drop(columns=["created_at"])}, schema="no_created_at")
    world.load_raw({name: pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
                    for name, cols in COLUMNS.items()}, schema="empty")
    return world


def test_wrong_raw_schema_names_the_var(broken):
    """accounts and opportunities are the required tables: without them the schema is the wrong one."""
    result = broken.dbt("compile", "--select", "+val_raw__accounts",
                        vars={"raw_schema": "no_such_schema", "load_demo_data": False})
    assert not result.ok
    assert "was not found or has no columns" in result.output
    assert "var 'raw_schema' (now 'no_such_schema')" in result.output


def test_missing_required_column_is_named(broken):
    result = broken.dbt("compile", "--select", "+val_raw__leads",
                        vars={"raw_schema": "no_created_at", "load_demo_data": False})
    assert not result.ok
    assert "lacks the required column 'created_at'" in result.output


def test_empty_sources_fail_the_build_by_name(broken):
    """Every raw table there but empty (a loader not run yet): the build stops at the test that
    says so, and what depends on it is skipped."""
    result = broken.dbt("build", "--select", "val_raw__leads+",
                        vars={"raw_schema": "empty", "load_demo_data": False})
    assert not result.ok
    assert "assert_raw_schema_holds_crm_records" in result.output
    assert "SKIP" in result.output  # what depends on the empty tables is not built


def test_accounts_and_opportunities_alone_build_the_pipeline(worlds):
    """A CRM of accounts and opportunities only (golden_raw's; no other raw table at all, and no
    primary leads, as there are no leads to name): the build passes, warning that each lead-side
    table is empty. Of golden_raw's six opportunities O2 (unknown account) and O4 (no account) are
    rejected; O1, O3, O5 and O6 are in fct_opportunities, credited to no MQL (no_mql) and
    sales-sourced, O1's 5,000 the only amount; the lead marts are empty, and rpt_funnel's months
    hold the four as uncredited pipeline."""
    from python_tests import golden_raw

    world = World("duckdb", worlds.workdir)
    tables = golden_raw.tables()
    world.load_raw({"accounts": tables["accounts"],
                    "opportunities": tables["opportunities"].assign(primary_lead_id=None)})
    result = world.dbt("build", vars={"load_demo_data": False, "run_time": golden_raw.RUN_TIME})
    assert result.ok, result.output[-4000:]
    for name in ["leads", "activities", "intent_signals", "sales_touches", "meetings"]:
        assert f"Warning in test not_empty_val_raw__{name}" in result.output
    opportunities = world.query("select opportunity_id, credit, credit_reason, sourcing, amount "
                                "from {schema}.fct_opportunities order by opportunity_id")
    assert list(opportunities.opportunity_id) == ["O1", "O3", "O5", "O6"]
    assert set(opportunities.credit) == {"none"} and set(opportunities.credit_reason) == {"no_mql"}
    assert set(opportunities.sourcing) == {"sales_sourced"}
    assert float(opportunities.amount.sum()) == 5000
    for mart in ["dim_leads", "fct_mqls", "fct_handoffs", "fct_mqas"]:
        assert world.query(f"select count(*) as n from {{schema}}.{mart}").n[0] == 0, mart
    funnel = world.query("select sum(uncredited_opportunities) as n, sum(uncredited_pipeline) as pipeline "
                         "from {schema}.rpt_funnel where period_grain = 'month'")
    assert (funnel.n[0], float(funnel.pipeline[0])) == (4, 5000)


def test_no_fixed_wait_in_the_browser_tests():
    """The suite must hold on a busy machine: the browser tests wait for the elements they read,
    never for a fixed time (the start-up poll in lead_qualification/dashboard/browse.running_app sleeps between
    checks of a deadline, in browse.py only)."""
    fixed_waits = ["wait_for_" + "timeout", "time." + "sleep"]
    e2e = (ROOT / "python_tests" / "test_dashboard_e2e.py").read_text()
    browse = (ROOT / "lead_qualification" / "dashboard" / "browse.py").read_text()
    assert not [w for w in fixed_waits if w in e2e]
    assert fixed_waits[0] not in browse
    assert browse.count(fixed_waits[1]) == 1 and "deadline" in browse


def test_leads_without_activity_and_empty_optional_tables_build_green_with_warnings(worlds):
    """Leads and accounts, nothing else (golden_raw's, the other tables empty): the build passes,
    warns once per empty table and about the missing calibration cutoff, and scores every person
    on fit alone (score_as_of = the run time)."""
    from python_tests import golden_raw

    world = World("duckdb", worlds.workdir)
    tables = golden_raw.tables()
    empty = ["activities", "intent_signals", "sales_touches", "meetings", "opportunities"]
    for name in empty:
        tables[name] = tables[name].iloc[0:0]
    world.load_raw(tables)
    result = world.dbt("build", vars={"load_demo_data": False, "run_time": golden_raw.RUN_TIME})
    assert result.ok, result.output[-4000:]
    for name in empty:
        assert f"Warning in test not_empty_val_raw__{name}" in result.output
    assert "Warning in test assert_calibration_has_cutoffs" in result.output
    leads = world.query("select count(*) as n, max(behavior_score) as top, count(distinct score_as_of) as clocks, "
                        "min(cast(score_as_of as varchar)) as as_of from {schema}.dim_leads")
    assert leads.n[0] > 0 and float(leads.top[0]) == 0 and leads.clocks[0] == 1
    assert leads.as_of[0] == golden_raw.RUN_TIME
    assert world.query("select count(*) as n from {schema}.fct_mqls").n[0] == 0


def test_lineage_is_in_the_models():
    """No macro calls ref() or source(): a model's parents are read in its own file (macros take
    the relation, or the name of a CTE over it, as an argument). Comments are left out."""
    calls = {}
    for path in sorted((ROOT / "macros").rglob("*.sql")):
        text = re.sub(r"\{#.*?#\}", "", path.read_text(), flags=re.S)
        found = re.findall(r"\b(?:ref|source)\(", text)
        if found:
            calls[str(path.relative_to(ROOT))] = len(found)
    assert calls == {}
