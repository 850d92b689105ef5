"""The same demo on DuckDB, PostgreSQL and Spark gives the same rows in every mart, every column.

Scores are rounded once by one rule (definitions: Rounding and durations), rates and durations
once through decimal(18, 6), so the comparison is exact: decimals compare as numbers, timestamps as timestamps. Rows are compared
as sorted lists, so no engine's row order matters.
"""

from __future__ import annotations

import pytest

from python_tests.harness import comparable

MARTS = [
    "rejected_records", "dim_leads", "fct_mqls", "dim_accounts", "fct_mqas", "fct_buying_group_roles",
    "fct_handoffs", "rpt_handoff_quality", "rpt_funnel", "fct_restated_mqls", "rpt_scoring_model_impact",
    "rpt_scoring_model_changes", "rpt_score_calibration", "rpt_signal_lift", "rpt_rule_coverage",
    "fct_opportunities", "fct_attribution_touches", "rpt_pipeline",
    "rpt_program_velocity", "fct_account_stage_spells", "fct_account_stage_changes", "rpt_account_progression",
    "dim_crm_fields",
]
# The append-only write-back log: its first run's rows (the values as text) agree, but for the
# stamps of the run that wrote them. Not in MARTS: a day-by-day replay logs more runs than a
# build from scratch (test_incremental_replay.py compares MARTS).
RUN_STAMPED = {"fct_crm_field_updates": ["run_id", "run_at"]}


@pytest.fixture(scope="module", params=["postgres", "spark"])
def other_engine(request, worlds):
    return request.param, worlds.get("demo", request.param)


@pytest.mark.parametrize("mart", MARTS + list(RUN_STAMPED))
def test_every_mart_is_the_same_on_every_engine(worlds, other_engine, mart):
    engine, other = other_engine
    duck = worlds.get("demo", "duckdb")
    left = duck.query(f"select * from {{schema}}.{mart}").drop(columns=RUN_STAMPED.get(mart, []))
    right = other.query(f"select * from {{schema}}.{mart}").drop(columns=RUN_STAMPED.get(mart, []))
    assert list(left.columns) == list(right.columns), f"{mart}: columns differ on {engine}"
    assert len(left) == len(right) > 0, f"{mart}: {len(left)} rows on DuckDB, {len(right)} on {engine}"
    left_rows, right_rows = comparable(left), comparable(right)
    if left_rows != right_rows:
        different = [(a, b) for a, b in zip(left_rows, right_rows) if a != b][:3]
        pytest.fail(f"{mart} differs on {engine}; first differing rows (DuckDB, {engine}): {different}")


def test_the_write_back_log_appends_on_spark(worlds):
    """The log's incremental path on Spark (append to parquet, its own rows read back): a second
    run over the same marts has nothing to write, so the table keeps its first run's rows. Last
    in the file, after the comparisons."""
    spark = worlds.get("demo", "spark")
    count = "select count(*) as n, max(write_number) as last_write from {schema}.fct_crm_field_updates"
    before = spark.query(count).iloc[0]
    result = spark.world.dbt("run", "--select", "fct_crm_field_updates")
    assert result.ok, result.output[-3000:]
    assert "incremental" in result.output
    after = spark.query(count).iloc[0]
    assert (after.n, after.last_write) == (before.n, 1) and before.n > 0
