"""The dashboard's data functions (lead_qualification/dashboard/data.py) on the built demo world, DuckDB and PostgreSQL
(on PostgreSQL connected as the read-only BI role, as a dashboard in production should be).

Where a page recomputes what a mart already holds, the two are held to each other: the handoff
rates per week and month and per tier equal rpt_handoff_quality, the funnel stages add up
rpt_funnel's periods.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lead_qualification.dashboard import data
from lead_qualification.dashboard import format as fmt
from python_tests.harness import BI_ROLE


@pytest.fixture(scope="module")
def marts(demo):
    world = demo.world
    if world.engine == "duckdb":
        return data.Marts(engine="duckdb", schema=world.schema, duckdb_path=world.duckdb_path)
    return data.Marts(engine="postgres", schema=world.schema, pg_user=BI_ROLE)


@pytest.fixture(scope="module")
def all_handoffs(marts):
    return data.handoffs(marts, data.Filters())


def _rpt(demo, grain, dimension):
    return demo.query("select * from {schema}.rpt_handoff_quality "
                      f"where period_grain = '{grain}' and segment_dimension = '{dimension}'")


def _close(have, want, places):
    if want is None or pd.isna(want):
        return have is None or pd.isna(have)
    return abs(float(have) - float(want)) <= 0.5 * 10 ** -places + 1e-9


@pytest.mark.parametrize("grain", ["week", "month"])
def test_handoff_rates_over_time_equal_rpt_handoff_quality(demo, all_handoffs, grain):
    mine = data.handoff_rates_over_time(all_handoffs, grain).set_index("period_start")
    mart = _rpt(demo, grain, "all")
    assert len(mine) == len(mart) >= 12
    for row in mart.to_dict("records"):
        got = mine.loc[pd.Timestamp(row["period_start"]).date()]
        assert got.mqls == row["mqls"] and got.mql_accounts == row["mql_accounts"]
        for mine_column, mart_column in (("touched_within_5m", "touched_within_5m_rate"),
                                         ("touched_within_1h", "touched_within_1h_rate"),
                                         ("touched_within_24h", "touched_within_24h_rate"),
                                         ("touched_within_1_business_hour", "touched_within_1_business_hour_rate"),
                                         ("touched_within_24_business_hours",
                                          "touched_within_24_business_hours_rate"),
                                         ("meeting", "meeting_rate"), ("opportunity", "opportunity_rate"),
                                         ("meeting_to_opportunity", "meeting_to_opportunity_rate")):
            assert _close(got[mine_column], row[mart_column], 4), (row["period_start"], mine_column)
        assert _close(got.median_minutes, row["median_minutes_to_first_touch"], 2)
        assert _close(got.p95_minutes, row["p95_minutes_to_first_touch"], 2)
        assert _close(got.median_business_minutes, row["median_business_minutes_to_first_touch"], 2)
        assert float(got.pipeline_created) == float(row["pipeline_created"])
        assert float(got.closed_won) == float(row["closed_won_amount"])


def test_filters_narrow_to_one_month_and_segment_by_tier(demo, marts):
    """June 2026 filtered by dates, split by tier: the mart's month x tier rows."""
    june = data.handoffs(marts, data.Filters(start=dt.date(2026, 6, 1), end=dt.date(2026, 6, 30)))
    by_tier = data.handoff_rates(june, by="tier").set_index("segment")
    mart = _rpt(demo, "month", "tier")
    mart = mart[pd.to_datetime(mart.period_start) == pd.Timestamp("2026-06-01")]
    assert set(by_tier.index) == set(mart.segment_value) and len(mart) >= 2
    for row in mart.to_dict("records"):
        assert by_tier.loc[row["segment_value"]].mqls == row["mqls"]
        assert _close(by_tier.loc[row["segment_value"]].touched_within_24h, row["touched_within_24h_rate"], 4)
    only_a = data.handoffs(marts, data.Filters(start=dt.date(2026, 6, 1), end=dt.date(2026, 6, 30), tiers=("A",)))
    assert len(only_a) == by_tier.loc["A"].mqls and set(only_a.tier) == {"A"}


def test_segment_filters_combine(marts, all_handoffs):
    source, owner = all_handoffs.lead_source.mode()[0], all_handoffs.owner_id.mode()[0]
    chosen = data.handoffs(marts, data.Filters(sources=(source,), owners=(owner,)))
    expected = all_handoffs[(all_handoffs.lead_source == source) & (all_handoffs.owner_id == owner)]
    assert 0 < len(chosen) == len(expected)


def test_minutes_distribution_counts_every_mql_once(all_handoffs):
    bands = data.minutes_distribution(all_handoffs)
    assert bands.mqls.sum() == len(all_handoffs)
    assert bands.set_index("band").loc["not touched"].mqls == all_handoffs.minutes_to_first_touch.isna().sum()


def test_funnel_stages_add_up_the_periods(demo, marts):
    periods = data.funnel(marts, "quarter", data.Filters())
    mart = demo.query("select * from {schema}.rpt_funnel where period_grain = 'quarter'")
    assert len(periods) == len(mart) >= 4
    stages = data.funnel_stages(periods).set_index("stage")
    assert stages.loc["MQL"].leads == mart.mql_leads.sum()
    assert stages.loc["Won"].accounts == mart.won_accounts.sum()
    for level in ("leads", "accounts"):
        conversions = stages[f"{level}_conversion"].dropna()
        assert len(conversions) == 4 and conversions.between(0, 1).all()
    one_month = data.funnel(marts, "month", data.Filters(start=dt.date(2026, 6, 10), end=dt.date(2026, 6, 20)))
    assert [pd.Timestamp(p).date() for p in one_month.period_start] == [dt.date(2026, 6, 1)]


def test_pipeline_page_data(demo, marts):
    """The Pipeline page's sums over rpt_pipeline: the whole period is fct_opportunities' totals; the
    channels under each model add up to the pipeline; the segments hold every opportunity once; a
    campaign with spend has its cost per MQL; the largest deals come first."""
    months = data.pipeline(marts, data.Filters())
    totals = demo.query("select count(*) as n, sum(amount) as pipeline, sum(won_amount) as won, "
                        "sum(case when is_won then 1 else 0 end) as wins, sum(case when is_closed then 1 else 0 end) "
                        "as closed from {schema}.fct_opportunities").iloc[0]
    overall = data.pipeline_by(months, "all").iloc[0]
    assert (overall.opportunities, float(overall.pipeline), float(overall.closed_won_amount)) == (
        totals.n, float(totals.pipeline), float(totals.won))
    assert overall.win_rate == pytest.approx(totals.wins / totals.closed)
    channels = data.pipeline_by(months, "channel")
    for model in data.ATTRIBUTION_MODELS.values():
        assert float(channels[f"{model}_pipeline"].sum()) == pytest.approx(float(totals.pipeline), abs=0.01 * len(channels))
    for dimension in data.PIPELINE_SEGMENTS.values():
        assert data.pipeline_by(months, dimension).opportunities.sum() == totals.n, dimension
    campaigns = data.pipeline_by(months, "campaign")
    spent = campaigns[campaigns.spend.notna() & (campaigns.mqls > 0)]
    assert len(spent) >= 10
    assert (spent.cost_per_mql == spent.spend.astype(float) / spent.mqls).all()
    june = data.pipeline(marts, data.Filters(start=dt.date(2026, 6, 10), end=dt.date(2026, 6, 20)))
    assert {pd.Timestamp(p).date() for p in june.period_start} == {dt.date(2026, 6, 1)}
    largest = data.deals(marts, data.Filters())
    assert len(largest) == min(20, totals.n) and list(largest.amount) == sorted(largest.amount, reverse=True)
    touches = data.deal_touches(marts, largest.opportunity_id[0])
    assert list(touches.touch_order) == list(range(1, len(touches) + 1))
    for column in [c for c in touches.columns if c.endswith("_credit")]:
        assert float(touches[column].astype(float).sum()) == pytest.approx(1, abs=1e-6), column
    velocity = data.program_velocity(marts)
    assert len(velocity) >= 10 and velocity.mqls.is_monotonic_decreasing


def test_today_lists(demo, marts):
    now = data.as_of(marts)
    assert now == pd.Timestamp(demo.query("select max(score_as_of) as t from {schema}.dim_leads").t[0]).to_pydatetime()
    since = dt.datetime.combine(now.date() - dt.timedelta(days=1), dt.time.min)
    mqls = data.new_mqls(marts, since, data.Filters())
    expected = demo.query(f"select count(*) as n from {{schema}}.fct_mqls where mql_at >= '{since:%Y-%m-%d}'").n[0]
    assert len(mqls) == expected > 0 and mqls.why.notna().all()
    mqas = data.new_mqas(marts, dt.datetime(2026, 10, 1), data.Filters())
    assert len(mqas) == demo.query("select count(*) as n from {schema}.fct_mqas where mqa_at >= '2026-10-01'").n[0]
    waiting = data.untouched_mqls(marts, now, data.Filters())
    assert len(waiting) > 0 and waiting.waiting_hours.is_monotonic_decreasing
    assert waiting.lead_id.is_unique  # each person's latest MQL only
    accounts = data.priority_accounts(marts, data.Filters(), limit=10)
    assert list(accounts.priority_rank) == sorted(accounts.priority_rank) and len(accounts) == 10
    tier_a = data.priority_accounts(marts, data.Filters(tiers=("A",)), limit=500)
    assert set(tier_a.tier) == {"A"}


def test_buying_group_card_and_coverage(demo, marts):
    accounts = data.target_accounts(marts)
    assert accounts.is_target_account.iloc[0]
    roles = data.buying_group(marts, accounts.account_id.iloc[0])
    configured = demo.query("select count(distinct role) as n from {schema}.scoring_buying_group_roles").n[0]
    assert len(roles) == configured and set(roles.status) <= {"active", "engaged", "aware", "not_yet"}
    coverage = data.reach_and_coverage(marts)
    assert coverage.coverage.between(0, 1).all() and (coverage.reach >= coverage.coverage).all()


def test_account_journey_page_data(demo, marts):
    """Every account once in the stages now; the month's movement is the mart's changes since; the
    conversion rows are rpt_account_progression's; the stalled list is dim_accounts' is_stalled."""
    stages = data.stages_now(marts)
    assert list(stages.stage) == ["none", "target", "aware", "engaged", "qualified", "opportunity", "customer"]
    totals = demo.query("select count(*) as n, sum(case when is_stalled then 1 else 0 end) as stalled "
                        "from {schema}.dim_accounts").iloc[0]
    assert stages.accounts.sum() == totals.n and stages.stalled.sum() == totals.stalled
    since = dt.datetime(2026, 10, 1)
    movement = data.stage_movement(marts, since)
    changes = demo.query("select count(*) as n from {schema}.fct_account_stage_changes "
                         "where changed_at >= '2026-10-01'").n[0]
    assert movement.changes.sum() == changes > 0
    assert set(movement.direction) <= {"forward", "back", "re-entry"}
    entries = data.stage_entries(marts, since)
    spells = demo.query("select count(distinct account_id) as n from {schema}.fct_account_stage_spells "
                        "where stage = 'qualified' and started_at >= '2026-10-01'").n[0]
    assert entries.set_index("stage").accounts.get("qualified", 0) == spells
    conversion = data.stage_conversion(marts)
    assert "customer" not in set(conversion.stage) and len(conversion) > 12
    assert conversion.stage_conversion_rate.dropna().between(0, 1).all()
    stalled = data.stalled_accounts(marts)
    assert len(stalled) == totals.stalled and stalled.days_in_stage.is_monotonic_decreasing
    assert all(" stalled (over " in why for why in stalled.why)


def test_scoring_rules_page_data(marts):
    versions = data.scoring_versions(marts)
    assert list(versions.model_version) == ["v1", "v2", "v3"] and list(versions.status) == ["active", "active", "draft"]
    changes = data.rule_changes(marts)
    # seeds/scoring/scoring_activity_rules.csv: v3 gives pricing_page_view 15 points (v2: 10), cap 30 (v2: 25).
    v3 = changes[changes.model_version == "v3"].set_index("rule")
    assert set(v3.activity_type) == {"pricing_page_view"}
    assert (float(v3.loc["points"].before), float(v3.loc["points"].after)) == (10.0, 15.0)
    assert (float(v3.loc["cap"].before), float(v3.loc["cap"].after)) == (25.0, 30.0)
    assert changes[changes.model_version == "v2"].empty  # v2 changed the threshold only
    volume = data.mql_volume_scored_and_restated(marts)
    assert set(volume.model_version) == {"v1", "v2", "v3"}
    assert not data.account_changes(marts).empty


def test_rule_coverage_panel_reads_the_version_in_effect(marts, demo):
    coverage = data.rule_coverage(marts)
    expected = demo.query("select input, value, persons from {schema}.rpt_rule_coverage "
                          "where model_version = 'v2' and measure = 'kept_out_by_floor'")
    got = coverage["floors"]
    assert sorted(zip(got["floor"], got["of"], got.persons.astype(int))) == sorted(
        zip(expected.input, expected.value, expected.persons.astype(int)))
    assert set(coverage["missing"].input) >= {"job_title", "industry", "country", "activity"}
    assert (coverage["unrecognised"].groupby("input").size() <= 5).all()


def test_evidence_page_data(marts):
    scores = data.auc(marts)
    assert list(scores.model_version) == ["v1", "v2", "v3"] and scores.auc_opportunity.between(0.5, 1).all()
    deciles = data.calibration(marts, "decile")
    assert sorted(set(deciles.band_order)) == list(range(1, 11))
    lift = data.signal_lift(marts)
    assert lift.information_value.is_monotonic_decreasing and lift.suggested_points.notna().any()


def test_missing_database_and_mart_say_what_to_run(tmp_path, marts):
    with pytest.raises(data.MissingData, match="Run `make build` first"):
        data.Marts(engine="duckdb", duckdb_path=str(tmp_path / "none.duckdb"))
    with pytest.raises(data.MissingData, match="is not in .* Run `make build`"):
        marts.query("select * from {schema}.no_such_mart")


@pytest.mark.parametrize("function, value, shown", [
    (fmt.count, 1234567, "1,234,567"), (fmt.share, 0.12345, "12.3%"), (fmt.share, None, "-"),
    (fmt.money, 1368100, "1.37M"), (fmt.money, 42300, "42,300"),
    (fmt.minutes, 4.4, "4 min"), (fmt.minutes, 200, "3 h 20 min"), (fmt.minutes, 120, "2 h"),
    (fmt.minutes, 3000, "2 d 2 h"), (fmt.minutes, float("nan"), "-"), (fmt.score, 79.46, "79.5"),
])
def test_numbers_are_formatted_for_people(function, value, shown):
    assert function(value) == shown
