"""The BI interface on the demo world: the semantic layer agrees with the marts it summarises, and
on PostgreSQL the read-only BI role reads every BI-facing mart and nothing else, and writes
nothing (docs/bi-access.md).

The semantic-layer checks run MetricFlow's own CLI (`mf`) against the built demo world, on DuckDB
and PostgreSQL, and compare its answers with rpt_handoff_quality (the report mart computing the
same measures from fct_handoffs) and with counts over fct_mqls and fct_mqas. Rates are compared
to the mart's 4 decimals and minutes to its 2, within half a unit of the last place (the mart
rounds once; MetricFlow does not round).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest

from lead_qualification.demo_world.writers import postgres_connection
from python_tests.harness import BI_ROLE, ROOT
from python_tests.test_engines_agree import MARTS, RUN_STAMPED

MF = str(Path(sys.executable).parent / "mf")
HANDOFF_METRICS = {
    # metric: (rpt_handoff_quality column, tolerance)
    "mqls": ("mqls", 0),
    "mql_accounts": ("mql_accounts", 0),
    "touched_within_24h_rate": ("touched_within_24h_rate", 0.00005),
    "median_minutes_to_first_touch": ("median_minutes_to_first_touch", 0.005),
    "touched_within_1_business_hour_rate": ("touched_within_1_business_hour_rate", 0.00005),
    "median_business_minutes_to_first_touch": ("median_business_minutes_to_first_touch", 0.005),
    "meeting_rate": ("meeting_rate", 0.00005),
    "meeting_to_opportunity_rate": ("meeting_to_opportunity_rate", 0.00005),
    "opportunity_rate": ("opportunity_rate", 0.00005),
    "pipeline_created": ("pipeline_created", 0),
    "closed_won": ("closed_won_amount", 0),
}


@pytest.fixture(scope="module")
def semantic(demo, tmp_path_factory):
    """The demo world with the semantic manifest MetricFlow reads (target/semantic_manifest.json
    in the project: mf reads it from there only)."""
    env = dict(demo.world.env(), DBT_PROFILES_DIR=str(ROOT))
    parsed = subprocess.run([str(Path(sys.executable).parent / "dbt"), "parse"], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    assert parsed.returncode == 0, parsed.stdout[-3000:]
    return demo, env, tmp_path_factory.mktemp(f"mf_{demo.world.engine}")


def mf(semantic, *args: str) -> subprocess.CompletedProcess:
    _, env, _ = semantic
    return subprocess.run([MF, *args], cwd=ROOT, env=env, capture_output=True, text=True)


def mf_query(semantic, metrics: list[str], group_by: list[str]) -> list[dict]:
    out = semantic[2] / f"{'_'.join(metrics)[:60]}__{'_'.join(group_by)}.csv"
    done = mf(semantic, "query", "--metrics", ",".join(metrics), "--group-by", ",".join(group_by),
              "--csv", str(out), "--decimals", "10", "--quiet")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    with open(out, newline="") as handle:
        return list(csv.DictReader(handle))


def number(text):
    return None if text in (None, "") else float(text)


def test_mf_validate_configs_passes_against_the_warehouse(semantic):
    done = mf(semantic, "validate-configs")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    # Semantics, then semantic models, dimensions, entities, measures and metrics queried in the warehouse.
    assert len(re.findall(r"ERRORS: 0, FUTURE_ERRORS: 0, WARNINGS: 0", output)) == 6, output[-3000:]


@pytest.mark.parametrize("grain, dimension, group_by", [
    ("month", "all", None),
    ("week", "tier", "handoff__tier"),
    ("month", "lead_source", "handoff__lead_source"),
    ("month", "owner", "handoff__owner_id"),
    ("month", "model_version", "handoff__model_version"),
])
def test_handoff_metrics_equal_rpt_handoff_quality(semantic, grain, dimension, group_by):
    demo = semantic[0]
    rows = mf_query(semantic, list(HANDOFF_METRICS), [f"metric_time__{grain}", *([group_by] if group_by else [])])
    mart = demo.query(
        "select * from {schema}.rpt_handoff_quality "
        f"where period_grain = '{grain}' and segment_dimension = '{dimension}'")
    expected = {(str(r["period_start"])[:10], r["segment_value"]): r for r in mart.to_dict("records")}
    got = {(r[f"metric_time__{grain}"][:10], r[group_by] if group_by else "all"): r for r in rows}
    # The mart writes a missing segment value as '(none)'; MetricFlow leaves it empty.
    got = {(period, value or "(none)"): r for (period, value), r in got.items()}
    assert_metrics_equal(got, expected, HANDOFF_METRICS)


def assert_metrics_equal(got: dict, expected: dict, metrics: dict) -> None:
    """MetricFlow's rows equal the mart's, key for key and metric for metric, within each metric's
    tolerance; a count or amount the mart writes as 0 (nothing in the row) MetricFlow leaves null."""
    assert set(got) == set(expected)
    assert len(got) >= 12
    for key, row in got.items():
        for metric, (column, tolerance) in metrics.items():
            want = number(expected[key][column])
            have = number(row[metric])
            if want is None or have is None:
                assert (want or 0) == (have or 0), (key, metric, want, have)
            else:
                assert abs(have - want) <= tolerance + 1e-9, (key, metric, want, have)


PIPELINE_METRICS = {
    # metric: (rpt_pipeline column on the 'all' rows, tolerance)
    "opportunity_pipeline": ("pipeline", 0),
    "opportunity_closed_won": ("closed_won_amount", 0),
    "opportunity_win_rate": ("win_rate", 0.00005),
    "deals_influenced": ("deals_influenced", 0),
    "cost_per_mql": ("cost_per_mql", 0.00005),
}


def test_pipeline_metrics_equal_rpt_pipeline(semantic):
    """The opportunity metrics (every opportunity, fct_opportunities) and cost per MQL (spend over
    the handoff model's MQLs) per month equal rpt_pipeline's 'all' rows."""
    demo = semantic[0]
    rows = mf_query(semantic, list(PIPELINE_METRICS), ["metric_time__month"])
    mart = demo.query("select * from {schema}.rpt_pipeline where segment_dimension = 'all'")
    expected = {str(r["period_start"])[:10]: r for r in mart.to_dict("records")}
    got = {r["metric_time__month"][:10]: r for r in rows}
    assert_metrics_equal(got, expected, PIPELINE_METRICS)
    assert sum(number(r["opportunity_pipeline"]) or 0 for r in rows) == float(
        demo.query("select sum(amount) as total from {schema}.fct_opportunities").total[0])


STAGE_METRICS = {
    # metric: (rpt_account_progression column on the 'all' rows, tolerance, group-by of the stage)
    "accounts_entering_stage": ("accounts_entered", 0, "account_stage_spell__stage"),
    "stage_conversion": ("stage_conversion_rate", 0.00005, "account_stage_change__to_stage"),
}


@pytest.mark.parametrize("metric", sorted(STAGE_METRICS))
def test_stage_metrics_equal_rpt_account_progression(semantic, metric):
    """Accounts entering each stage and stage conversion per month and stage equal the report's
    'all' rows (a month and stage without any entry: 0 or null in both)."""
    demo = semantic[0]
    column, tolerance, stage = STAGE_METRICS[metric]
    rows = mf_query(semantic, [metric], ["metric_time__month", stage])
    mart = demo.query(f"select period_start, stage, {column} from {{schema}}.rpt_account_progression "
                      "where segment_dimension = 'all'")
    expected = {(str(r["period_start"])[:10], r["stage"]): number(r[column]) for r in mart.to_dict("records")}
    got = {(r["metric_time__month"][:10], r[stage]): number(r[metric]) for r in rows}
    assert len(got) >= 12
    for key in set(got) | set(expected):
        want, have = expected.get(key), got.get(key)
        if want is None or have is None:
            assert (want or 0) == (have or 0), (key, want, have)
        else:
            assert abs(have - want) <= tolerance + 1e-9, (key, want, have)


def test_mqls_count_every_row_of_fct_mqls(semantic):
    """fct_handoffs carries the MQL metrics: one row per MQL event, so the totals agree."""
    demo = semantic[0]
    total = mf_query(semantic, ["mqls", "mql_accounts"], [])
    counts = demo.query("select count(*) as n, count(distinct account_key) as accounts from {schema}.fct_mqls")
    assert int(float(total[0]["mqls"])) == counts.n[0] > 0
    assert int(float(total[0]["mql_accounts"])) == counts.accounts[0]


def test_mqls_by_reason_join_through_the_mql_entity(semantic):
    demo = semantic[0]
    rows = mf_query(semantic, ["mqls"], ["mql__reason"])
    expected = demo.query("select reason, count(*) as n from {schema}.fct_mqls group by reason")
    assert {r["mql__reason"]: int(float(r["mqls"])) for r in rows} == dict(zip(expected.reason, expected.n))
    assert len(rows) >= 2


def test_mqls_by_current_seniority_join_through_the_lead_entity(semantic):
    demo = semantic[0]
    rows = mf_query(semantic, ["mqls"], ["lead__seniority"])
    expected = demo.query(
        "select l.seniority, count(*) as n from {schema}.fct_handoffs as h "
        "join {schema}.dim_leads as l on l.lead_id = h.lead_id group by l.seniority")
    assert {r["lead__seniority"]: int(float(r["mqls"])) for r in rows} == dict(zip(expected.seniority, expected.n))


def test_mqas_by_quarter_and_version_equal_fct_mqas(semantic):
    demo = semantic[0]
    rows = mf_query(semantic, ["mqas"], ["metric_time__quarter", "mqa__model_version"])
    expected = demo.query(
        "select cast(date_trunc('quarter', mqa_at) as date) as quarter, model_version, count(*) as n "
        "from {schema}.fct_mqas group by 1, 2")
    want = {(str(q)[:10], v): n for q, v, n in zip(expected.quarter, expected.model_version, expected.n)}
    got = {(r["metric_time__quarter"][:10], r["mqa__model_version"]): int(float(r["mqas"])) for r in rows}
    assert got == want
    assert sum(got.values()) > 0


# --- personal data ----------------------------------------------------------------------------------

def test_personal_data_is_hashed_by_default(demo):
    leads = demo.query("select email, first_name, last_name from {schema}.dim_leads where email is not null")
    assert len(leads) > 1000
    for column in ("email", "first_name", "last_name"):
        assert all(re.fullmatch(r"[0-9a-f]{64}", v) for v in leads[column] if v is not None), column


def test_hashed_email_is_the_sha256_of_the_staged_email(demo):
    """The same SHA-256 hex on every engine (test_engines_agree compares dim_leads too), so a
    hashed email joins to other systems that hash the trimmed, lower-case address."""
    pairs = demo.query(
        "select d.email as hashed, s.email as staged from {schema}.dim_leads as d "
        "join {schema}.stg_raw__leads as s on s.lead_id = d.lead_id where s.email is not null")
    assert len(pairs) > 1000
    assert all(h == hashlib.sha256(e.encode()).hexdigest() for h, e in zip(pairs.hashed, pairs.staged))


# --- the read-only BI role (PostgreSQL) -------------------------------------------------------------

BI_MARTS = [m for m in MARTS if m != "rejected_records"] + list(RUN_STAMPED) + ["metricflow_time_spine"]
# The scoring rules and reference lists (seeds/scoring), shown on the dashboard's Scoring rules page.
# The rules and the calendars: reference data the BI role may read (dbt_project.yml, seeds).
SCORING_SEEDS = sorted(path.stem for folder in ("scoring", "calendars") for path in (ROOT / "seeds" / folder).glob("*.csv"))


@pytest.fixture(scope="module")
def pg_demo(worlds):
    return worlds.get("demo", "postgres")


def as_bi_role(sql: str):
    """Run one statement as the BI role; returns its rows or the error PostgreSQL raised."""
    con = postgres_connection(user=BI_ROLE)
    try:
        with con.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall() if cur.description else []
    except psycopg2.Error as error:
        return error
    finally:
        con.rollback()
        con.close()


@pytest.mark.parametrize("mart", BI_MARTS + SCORING_SEEDS)
def test_bi_role_reads_every_bi_facing_mart(pg_demo, mart):
    rows = as_bi_role(f'select count(*) from "{pg_demo.world.schema_of(mart)}".{mart}')
    assert not isinstance(rows, Exception), rows
    assert rows[0][0] == pg_demo.query(f"select count(*) as n from {{schema}}.{mart}").n[0] > 0


def test_bi_role_cannot_read_rejected_records(pg_demo):
    error = as_bi_role(f'select count(*) from "{pg_demo.world.layer("marts")}".rejected_records')
    assert isinstance(error, psycopg2.errors.InsufficientPrivilege), error


def test_bi_role_cannot_read_raw_staging_or_intermediate_data(pg_demo):
    world = pg_demo.world
    relations = pg_demo.query(
        "select table_schema, table_name from information_schema.tables "
        f"where table_schema in ('{world.schema}', '{world.raw_schema}', '{world.layer('staging')}', "
        f"'{world.layer('intermediate')}', '{world.layer('marts')}', '{world.layer('seeds')}')")
    hidden = [(s, t) for s, t in zip(relations.table_schema, relations.table_name)
              if t not in BI_MARTS + SCORING_SEEDS]
    kinds = {t.split("_")[0] for _, t in hidden}
    assert {"map", "val", "stg", "int", "rejected"} <= kinds and len(hidden) > 40, kinds
    for schema, table in hidden:
        error = as_bi_role(f'select 1 from "{schema}"."{table}" limit 1')
        assert isinstance(error, psycopg2.errors.InsufficientPrivilege), (schema, table, error)


@pytest.mark.parametrize("statement", [
    "insert into {schema}.dim_accounts (account_id) values ('X')",
    "update {schema}.fct_mqls set why = 'x'",
    "delete from {schema}.fct_mqls",
    "truncate {schema}.rpt_funnel",
    "drop table {schema}.dim_leads",
    "alter table {schema}.dim_leads add column note text",
    "create table {schema}.bi_scratch (x int)",
    "create view {schema}.bi_scratch as select 1 as x",
    "create table public.bi_scratch (x int)",
    "create schema bi_scratch",
])
def test_bi_role_cannot_write_anything(pg_demo, statement):
    error = as_bi_role(statement.format(schema=f'"{pg_demo.world.layer("marts")}"'))
    assert isinstance(error, psycopg2.errors.InsufficientPrivilege), error
    assert pg_demo.query("select count(*) as n from {schema}.fct_mqls").n[0] > 0


def test_bi_role_cannot_pass_its_access_on(pg_demo):
    """PostgreSQL answers a GRANT without grant option with a warning, not an error: what counts
    is that nothing was granted."""
    con = postgres_connection(user=BI_ROLE)
    con.autocommit = True
    try:
        with con.cursor() as cur:
            cur.execute(f'grant select on "{pg_demo.world.layer("marts")}".dim_leads to public')
    finally:
        con.close()
    grants = pg_demo.query(
        "select grantee, privilege_type from information_schema.role_table_grants "
        "where table_schema = '{marts}' and table_name = 'dim_leads' and grantee <> 'postgres'")
    assert list(zip(grants.grantee, grants.privilege_type)) == [(BI_ROLE, "SELECT")]


def test_bi_role_sees_hashed_personal_data(pg_demo):
    rows = as_bi_role(f'select email from "{pg_demo.world.layer("marts")}".dim_leads where email is not null limit 50')
    assert rows and all(re.fullmatch(r"[0-9a-f]{64}", email) for (email,) in rows)


# --- vars a person can get wrong ----------------------------------------------------------------------

def test_bi_role_on_duckdb_says_it_is_for_postgresql(demo):
    if demo.world.engine != "duckdb":
        pytest.skip("the DuckDB case")
    result = demo.world.dbt("run", "--select", "metricflow_time_spine", vars={"bi_role": "analysts"})
    assert not result.ok
    assert "grants to a BI role are built for PostgreSQL only, and this target is duckdb" in result.output


@pytest.mark.parametrize("vars, message", [
    ({"bi_role": "bi; drop table x"}, "var 'bi_role' must be a lower-case identifier"),
    ({"expose_personal_data": "yes"}, "var 'expose_personal_data' must be true or false (got 'yes')"),
])
def test_wrong_bi_vars_are_named(demo, vars, message):
    if demo.world.engine != "duckdb":
        pytest.skip("the DuckDB case")
    result = demo.world.dbt("run", "--select", "dim_leads", vars=vars)
    assert not result.ok
    assert message in result.output


def test_exposures_name_the_marts_they_read(semantic):
    """Every exposure depends on marts only, and every BI-facing mart but the calendar is read by one."""
    manifest = json.loads((ROOT / "target" / "manifest.json").read_text())
    exposures = [e for e in manifest["exposures"].values() if e["package_name"] == "lead_qualification"]
    assert len(exposures) >= 7
    read = {node.split(".")[-1] for e in exposures for node in e["depends_on"]["nodes"]}
    assert read <= set(BI_MARTS)
    assert set(BI_MARTS) - {"metricflow_time_spine"} <= read
    assert all(e["owner"]["email"] and e["url"] for e in exposures)
