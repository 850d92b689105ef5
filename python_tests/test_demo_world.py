"""The committed demo world, built with `dbt build` exactly as `make build` does."""

from __future__ import annotations

import re

import pytest

from lead_qualification.demo_world.contract import COLUMNS
from python_tests.harness import comparable

# Every reason staging can give (docs/rejected-records.md). A new reason must be documented.
DOCUMENTED_REASONS = {
    "duplicate_row", "duplicate_id", "missing_lead_id", "missing_account_id", "missing_activity_id",
    "missing_activity_type", "unknown_activity_type", "missing_lead_and_account_domain",
    "missing_account_domain", "missing_touch_id", "missing_meeting_id", "missing_opportunity_id",
    "orphan_lead_id", "orphan_account_id", "orphan_primary_lead_id", "unreadable_intent_score",
    "intent_score_out_of_range", "late_activity", "missing_owner_id", "missing_campaign", "period_end_before_start",
    "missing_amount", "unreadable_amount", "negative_amount", "not_reporting_currency", "unknown_time_zone",
} | {f"{kind}_{column}" for kind in ("missing", "unreadable") for column in ("period_start", "period_end")} | {
    f"{kind}_{column}" for kind in ("missing", "unreadable", "future")
     for column in ("created_at", "occurred_at", "observed_at", "touched_at", "booked_at")} | {
    # person resolution: the record itself, and the rows that belonged to it
    f"{prefix}{why}" for prefix in ("", "lead_") for why in ("deleted", "merge_cycle", "unknown_merge_target")}


def test_build_ran_every_data_test(demo):
    # dbt's own data tests (keys, relationships, conservation) ran inside the build and passed.
    summary = re.search(r"PASS=(\d+) WARN=(\d+) ERROR=(\d+) SKIP=(\d+)", demo.build_output)
    assert summary, demo.build_output[-2000:]
    passed, warned, errored, skipped = map(int, summary.groups())
    assert errored == 0 and skipped == 0 and warned == 0
    assert "assert_every_raw_row_is_staged_or_rejected" in demo.build_output
    assert passed > 50


@pytest.mark.parametrize("table", list(COLUMNS))
def test_conservation(demo, table):
    counts = demo.query(f"""
        select
            (select count(*) from {{raw}}.{table}) as raw_rows,
            (select count(*) from {{schema}}.stg_raw__{table}) as staged,
            (select count(*) from {{schema}}.rejected_records
             where source_table = '{table}' and detected_in = 'staging') as rejected
    """).iloc[0]
    assert counts.raw_rows == counts.staged + counts.rejected
    assert counts.staged > 0


def test_rejections_are_documented_and_rare(demo):
    got = demo.query("select source_table, reason, count(*) as n from {schema}.rejected_records "
                     "group by source_table, reason")
    assert set(got.reason) <= DOCUMENTED_REASONS
    raw_total = sum(demo.query(f"select count(*) as n from {{raw}}.{t}").n[0] for t in COLUMNS)
    share = got.n.sum() / raw_total
    assert 0.003 < share < 0.03, f"rejected share {share:.2%} outside the demo's 1-2% dirt design"


def test_person_resolution_on_the_demo(demo):
    """Merges, email duplicates, deletes and the cycle the generator plants are all resolved."""
    got = demo.query("select resolution, count(*) as n from {schema}.int_leads_resolved group by resolution")
    counts = dict(zip(got.resolution, got.n))
    assert counts["merged"] >= 3 and counts["email_duplicate"] >= 1
    assert counts["deleted"] >= 1 and counts["merge_cycle"] == 2
    persons = demo.query("select count(*) as n, sum(lead_records) as folded from {schema}.int_persons").iloc[0]
    assert persons.folded == counts["survivor"] + counts["merged"] + counts["email_duplicate"]
    assert persons.n == counts["survivor"]


def test_demo_carries_each_kind_of_dirt(demo):
    reasons = set(demo.query("select distinct reason from {schema}.rejected_records").reason)
    for expected in ("duplicate_row", "duplicate_id", "unknown_activity_type", "orphan_lead_id",
                     "missing_occurred_at", "future_occurred_at", "unreadable_occurred_at",
                     "missing_created_at", "orphan_account_id", "intent_score_out_of_range"):
        assert expected in reasons
    repaired = demo.query("""
        select
            (select count(*) from {raw}.leads where email <> lower(trim(email))) as case_variant_emails,
            (select count(*) from {raw}.leads where merged_into_lead_id is not null) as merges,
            (select count(*) from {raw}.leads where is_deleted = 'true') as deletes,
            (select count(*) from {raw}.activities where occurred_at like '%-05:00') as zoned,
            (select count(*) from {schema}.stg_raw__activities where activity_type_raw <> activity_type) as respelled,
            (select count(*) from {schema}.stg_raw__leads where email_domain = 'gmail.com') as free_mail
    """).iloc[0]
    assert all(value > 0 for value in repaired), repaired.to_dict()


def test_demo_shape(demo):
    counts = {t: demo.query(f"select count(*) as n from {{schema}}.stg_raw__{t}").n[0] for t in COLUMNS}
    assert 1900 <= counts["leads"] <= 2100
    assert 20_000 <= counts["activities"] <= 99_999
    assert counts["opportunities"] >= 30 and counts["meetings"] >= counts["opportunities"]
    span = demo.query("select min(occurred_at) as first, max(occurred_at) as last from {schema}.stg_raw__activities").iloc[0]
    assert 360 <= (span["last"] - span["first"]).days <= 366
    versions = demo.query("select status, count(*) as n from {schema}.scoring_models group by status")
    assert dict(zip(versions.status, versions.n)) == {"active": 2, "draft": 1}


def test_engines_agree_on_staging(worlds):
    """DuckDB and PostgreSQL, same demo: the same staged rows (staging models are views, which
    the Spark harness cannot read; every mart, rejected_records included, is compared on all three
    engines in test_engines_agree.py)."""
    duck, pg = worlds.get("demo", "duckdb"), worlds.get("demo", "postgres")
    for sql in (
        "select lead_id, email, company_domain, job_title_normalized, created_at, updated_at, is_deleted "
        "from {schema}.stg_raw__leads",
        "select activity_id, lead_id, account_domain, activity_type, occurred_at from {schema}.stg_raw__activities",
        "select account_id, domain, industry, employee_count, annual_revenue, technologies, is_target_account "
        "from {schema}.stg_raw__accounts",
    ):
        left, right = duck.query(sql), pg.query(sql)
        assert len(left) == len(right) > 0
        assert comparable(left) == comparable(right), sql


def test_mqls_on_the_demo(demo):
    """Both active versions produce MQL events, by score and by handraiser; the threshold change
    from 70 to 60 shows in the events' thresholds; marts keep their grain."""
    got = demo.query("select model_version, reason, min(mql_threshold) as threshold, count(*) as n "
                     "from {schema}.fct_mqls group by model_version, reason")
    by_version = got.groupby("model_version").n.sum().to_dict()
    assert set(by_version) == {"v1", "v2"} and min(by_version.values()) > 10
    assert set(got.reason) == {"score", "handraiser"}
    assert {row.model_version: float(row.threshold) for row in got.itertuples()} == {"v1": 70.0, "v2": 60.0}
    counts = demo.query("""
        select
            (select count(*) from {schema}.dim_leads) as leads,
            (select count(*) from {schema}.int_persons) as persons,
            (select count(*) from {schema}.fct_mqls where why is null or why = '') as missing_why,
            (select count(*) from {schema}.dim_leads where is_mql) as current_mqls
    """).iloc[0]
    assert counts.leads == counts.persons and counts.missing_why == 0 and counts.current_mqls > 0


def test_handoffs_on_the_demo(demo):
    """Every MQL has a handoff; each disposition occurs; account-level MQL counts are below
    lead-level ones (the demo has accounts with several MQLs in a month); pipeline is credited."""
    got = demo.query("""
        select
            (select count(*) from {schema}.fct_mqls) as mqls,
            (select count(*) from {schema}.fct_handoffs) as handoffs,
            (select count(distinct disposition) from {schema}.fct_handoffs) as dispositions,
            (select sum(mqls) - sum(mql_accounts) from {schema}.rpt_handoff_quality
             where period_grain = 'month' and segment_dimension = 'all') as lead_minus_account,
            (select sum(opportunity_amount) from {schema}.fct_handoffs) as pipeline,
            (select count(*) from {schema}.int_opportunities_credited where credit = 'account') as by_account
    """).iloc[0]
    assert got.mqls == got.handoffs > 0 and got.dispositions == 4
    assert got.lead_minus_account > 0 and got.pipeline > 0 and got.by_account > 0


def test_build_summary_prints_what_was_built(worlds):
    """The summary `make build` prints: raw, staged and rejected counts, reasons, marts, MQLs."""
    import os
    import subprocess
    import sys

    from python_tests.harness import ROOT

    built = worlds.get("demo", "duckdb")
    env = dict(os.environ, LEAD_QUALIFICATION_DUCKDB_PATH=built.world.duckdb_path)
    done = subprocess.run([sys.executable, "-m", "lead_qualification.summary"], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for expected in ("raw rows", "rejected records by reason", "unknown_activity_type",
                     "dim_leads", "fct_mqls", "MQL events by version and reason",
                     "handoff by version", "touched within 24h"):
        assert expected in done.stdout
