"""rpt_rule_coverage: what the data lets the rules see. On the demo, its numbers equal counts made
here from the staged tables and the seeds; on a sparse world (the overlap world without titles,
firmographics or a known country) the build stays green and warns in words."""

from __future__ import annotations

import pandas as pd
import pytest

from lead_qualification.demo_world import overlap_world
from python_tests.harness import ROOT, World


def _coverage(built, measure: str, input_: str, value=None) -> dict:
    where = "value is null" if value is None else f"value = '{value}'"
    rows = built.query(f"select persons, of_persons from {{schema}}.rpt_rule_coverage where model_version = 'v2' "
                       f"and measure = '{measure}' and input = '{input_}' and {where}")
    assert len(rows) == 1, (measure, input_, value, rows)
    return {"persons": int(rows.persons[0]), "of_persons": int(rows.of_persons[0])}


@pytest.fixture(scope="module")
def demo_duckdb(worlds):
    return worlds.get("demo", "duckdb")


def test_missing_inputs_equal_hand_counts(demo_duckdb):
    leads = demo_duckdb.query("select lead_id, job_title from {schema}.dim_leads")
    active = set(demo_duckdb.query("select distinct person_id from {schema}.int_activities_rekeyed "
                                   "where person_id is not null").person_id)
    assert _coverage(demo_duckdb, "missing", "job_title") == {
        "persons": int(leads.job_title.isna().sum()), "of_persons": len(leads)}
    assert _coverage(demo_duckdb, "missing", "activity") == {
        "persons": int((~leads.lead_id.isin(active)).sum()), "of_persons": len(leads)}


def test_unrecognised_countries_equal_hand_counts(demo_duckdb):
    people = demo_duckdb.query(
        "select p.person_id, p.country as lead_country, m.resolved_account_id, a.country as account_country "
        "from {schema}.int_persons as p join {schema}.int_persons_matched_to_accounts as m using (person_id) "
        "left join {schema}.stg_raw__accounts as a on a.account_id = m.resolved_account_id")
    country = people.account_country.where(people.resolved_account_id.notna(), people.lead_country).str.lower()
    rules = pd.read_csv(ROOT / "seeds" / "scoring" / "scoring_icp_rules.csv", dtype=str)
    known = set(rules[(rules.model_version == "v2") & (rules.attribute == "country")].value.str.lower())
    unknown = country[country.notna() & ~country.isin(known)]
    assert _coverage(demo_duckdb, "unrecognised", "country") == {
        "persons": len(unknown), "of_persons": int(country.notna().sum())}
    top = unknown.value_counts().sort_index().sort_values(ascending=False, kind="stable")
    assert _coverage(demo_duckdb, "unrecognised", "country", top.index[0]) == {
        "persons": int(top.iloc[0]), "of_persons": int(country.notna().sum())}


def test_floors_equal_hand_counts(demo_duckdb):
    rules = pd.read_csv(ROOT / "seeds" / "scoring" / "scoring_activity_rules.csv", dtype=str)
    handraiser_types = set(rules[(rules.model_version == "v2") & (rules.is_handraiser == "true")].activity_type)
    activities = demo_duckdb.query(
        "select a.person_id, a.activity_type from {schema}.int_activities_rekeyed as a "
        "cross join {schema}.int_scoring_clock as c where a.person_id is not null and a.occurred_at <= c.score_as_of")
    handraisers = set(activities[activities.activity_type.isin(handraiser_types)].person_id)
    fit = demo_duckdb.query("select person_id, person_score, account_score from {schema}.int_persons_fit_scored "
                            "where model_version = 'v2'")
    fit = fit[fit.person_id.isin(handraisers)]
    for floor, score, threshold in (("person_floor", "person_score", 30), ("account_floor", "account_score", 25)):
        kept_out = int((fit[score].astype(float).round(2) < threshold).sum())
        assert _coverage(demo_duckdb, "kept_out_by_floor", floor, "handraisers") == {
            "persons": kept_out, "of_persons": len(handraisers)}
    assert len(handraisers) > 100


def test_the_demo_raises_no_coverage_warning(demo_duckdb):
    assert "keeps out" not in demo_duckdb.build_output
    assert "have a value no rule knows" not in demo_duckdb.build_output


@pytest.fixture(scope="module")
def sparse(tmp_path_factory):
    """The overlap world as real sparse data arrives: no job titles, accounts without industry,
    size or revenue, and a country no rule or alias knows."""
    tables = overlap_world.tables()
    tables["leads"]["job_title"] = None
    for column in ("industry", "employee_count", "annual_revenue"):
        tables["accounts"][column] = None
    tables["accounts"]["country"] = "Atlantis"
    world = World("duckdb", tmp_path_factory.mktemp("sparse"))
    world.load_raw(tables)
    result = world.dbt("build", vars={"load_demo_data": False, "run_time": overlap_world.RUN_TIME})
    return world, result


def test_a_sparse_world_builds_green_and_says_why_nobody_qualifies(sparse):
    world, result = sparse
    assert result.ok, result.output[-4000:]
    # the coverage warning (beside the empty optional tables' own: intent signals, meetings)
    assert "Warning in test assert_rule_coverage_warnings" in result.output
    # person fit of a handraiser without a title: seniority '*' 8 + business email 0 = 8 < 30
    assert ("Version v2: the person_floor (30) keeps out 100% of the 710 handraisers (fit below the floor). "
            "Lower person_floor in seeds/scoring/scoring_models.csv") in result.output.replace("\n", " ")
    assert ("Version v2: 100% of the persons with a country have a value no rule knows (atlantis (5000)). "
            "Add rules for them in seeds/scoring/scoring_icp_rules.csv (attribute country) or "
            "country_aliases.csv.") in result.output.replace("\n", " ")
    missing = world.query("select input, share from {schema}.rpt_rule_coverage "
                          "where model_version = 'v2' and measure = 'missing'")
    shares = dict(zip(missing.input, missing.share.astype(float)))
    assert shares["job_title"] == shares["industry"] == shares["employee_count"] == 1.0
