"""A new activity type in the rules needs no full refresh (issue 21: no table's columns depend on
the rules seed). The demo world has raw activities of a type no seed knows
(tradeshow_badge_scan_v2, rejected as unknown_activity_type). A copy of the project is built;
then the type is added to activity_types and given a rule in every version; a plain `dbt run`
must not stop, must score the type, and must give the marts a `--full-refresh` gives."""

from __future__ import annotations

import shutil

import pytest

from python_tests.harness import ROOT, World, comparable
from python_tests.test_engines_agree import MARTS

NEW_TYPE = "tradeshow_badge_scan_v2"
UNKNOWN = ("select count(*) as n from {schema}.rejected_records "
           f"where reason = 'unknown_activity_type' and raw_row like '%\"{NEW_TYPE}\"%'")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    copy = tmp_path_factory.mktemp("new_type") / "lead_qualification"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".venv", "target", "logs", ".git", "__pycache__", ".pytest_cache", "dbt_packages"))
    world = World("duckdb", tmp_path_factory.mktemp("new_type_db"), project_dir=copy)
    for step in (("seed",), ("run",)):
        result = world.dbt(*step)
        assert result.ok, result.output[-4000:]
    return world


def _add_the_type(project_dir) -> None:
    seeds = project_dir / "seeds" / "scoring"
    types = seeds / "activity_types.csv"
    header = types.read_text().splitlines()[0].split(",")
    row = {column: "" for column in header}
    row.update(activity_type=NEW_TYPE, phrase="had a badge scanned at a trade show")
    types.write_text(types.read_text() + ",".join(row[c] for c in header) + "\n")
    rules = seeds / "scoring_activity_rules.csv"
    lines = rules.read_text().splitlines()
    columns = lines[0].split(",")
    versions = sorted({line.split(",")[columns.index("model_version")] for line in lines[1:]})
    added = []
    for version in versions:
        rule = {column: "" for column in columns}
        rule.update(model_version=version, activity_type=NEW_TYPE, points="8", half_life_days="30", cap="16",
                    is_handraiser="false")
        added.append(",".join(rule[c] for c in columns))
    rules.write_text("\n".join(lines + added) + "\n")


def test_a_new_activity_type_is_scored_by_a_plain_run(world):
    before = world.query(UNKNOWN)
    _add_the_type(world.project_dir)
    for step in (("seed",), ("run",)):
        result = world.dbt(*step)
        assert result.ok, result.output[-4000:]  # no schema-change stop
    scored = world.query(f"select count(*) as n from {{schema}}.int_behavior_decayed_counts "
                         f"where activity_type = '{NEW_TYPE}' and activities > 0")
    assert scored["n"].iloc[0] > 0
    rejected = world.query(UNKNOWN)
    assert rejected["n"].iloc[0] == 0 and before["n"].iloc[0] > 0
    plain = {mart: comparable(world.query(f"select * from {{schema}}.{mart}")) for mart in MARTS}
    full = world.dbt("run", "--full-refresh")
    assert full.ok, full.output[-4000:]
    for mart in MARTS:
        assert comparable(world.query(f"select * from {{schema}}.{mart}")) == plain[mart], mart
