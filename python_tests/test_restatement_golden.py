"""The restatement report on the hand-made months of python_tests/restatement_raw.py (worked out in
its docstring), and restatement reproducing production on the demo."""

from __future__ import annotations

import pytest

from python_tests.restatement_raw import MIDDLE, STRONG

COLUMNS = ("model_version, period_start, is_in_effect, scored_mqls, restated_mqls, previous_version, "
           "change_in_production, change_from_rules, change_from_buyers, change_other")


def _impact(world, version):
    got = world.query(f"select {COLUMNS} from {{schema}}.rpt_scoring_model_impact "
                      f"where model_version = '{version}' order by period_start")
    return [(str(r.period_start)[:7], bool(r.is_in_effect), r.scored_mqls, r.restated_mqls,
             r.previous_version, r.change_in_production, r.change_from_rules, r.change_from_buyers,
             r.change_other) for r in got.itertuples()]


def test_restated_counts_per_version(restatement):
    assert [row[:4] for row in _impact(restatement, "v1")] == [
        ("2026-04", True, 1, 1), ("2026-05", False, 0, 1), ("2026-06", False, 0, 1), ("2026-07", False, 0, 2)]
    assert [row[:4] for row in _impact(restatement, "v2")] == [
        ("2026-04", False, 0, 2), ("2026-05", True, 2, 2), ("2026-06", True, 2, 2), ("2026-07", True, 5, 5)]


def test_only_the_threshold_changed_so_the_change_is_from_the_rules(restatement):
    """April to May: the same behavior (one strong, one middle lead), threshold 70 -> 60."""
    may = _impact(restatement, "v2")[1]
    assert may[4:] == ("v1", 1, 1, 0, 0)


def test_only_behavior_changed_so_the_change_is_from_buyers(restatement):
    """June to July: v2 in both, 2 MQLs then 5."""
    june, july = _impact(restatement, "v2")[2:4]
    assert june[4:] == ("v2", 0, 0, 0, 0)
    assert july[4:] == ("v2", 3, 0, 3, 0)


def test_the_first_month_has_no_previous_one(restatement):
    april = _impact(restatement, "v1")[0]
    assert april[4:] == (None, None, None, None, None)


def test_restating_the_active_version_reproduces_fct_mqls(restatement):
    """Over the time each active version was in effect, its restated events are production's,
    every column; the S leads qualify by handraiser under v1 and by score under v2."""
    columns = ("mql_id, lead_id, account_id, mql_at, model_version, mql_number, behavior_score, "
               "person_score, account_score, total_score, reason, trigger_activity_id")
    production = restatement.query(f"select {columns} from {{schema}}.fct_mqls order by mql_id")
    restated = restatement.query(
        f"select {columns} from {{schema}}.fct_restated_mqls "
        "where (model_version = 'v1' and mql_at < timestamp '2026-05-01 00:00:00') "
        "or (model_version = 'v2' and mql_at >= timestamp '2026-05-01 00:00:00') order by mql_id")
    assert len(production) == 10
    assert production.values.tolist() == restated.values.tolist()
    reasons = {(r.lead_id, r.model_version): r.reason for r in restatement.query(
        "select lead_id, model_version, reason from {schema}.fct_restated_mqls").itertuples()}
    assert {reasons[(lead, "v1")] for lead in STRONG} == {"handraiser"}
    assert {reasons[(lead, "v2")] for lead in STRONG} == {"score"}
    assert not any((lead, "v1") in reasons for lead in MIDDLE)


def test_what_restating_v1_would_drop_today(restatement):
    got = restatement.query("select model_version, account_id, mql_leads_now, mql_leads_restated, "
                            "leads_added, leads_dropped, account_change "
                            "from {schema}.rpt_scoring_model_changes order by model_version, account_id")
    v1 = [tuple(r) for r in got[got.model_version == "v1"].itertuples(index=False)]
    assert v1 == [("v1", f"R{lead}", 1, 0, 0, 1, "dropped") for lead in ("M4", "M5", "M6", "S3")]
    # v2 is what production runs today: restating it changes nothing
    assert "v2" not in set(got.model_version)


@pytest.mark.parametrize("version", ["v1"])
def test_restatement_reproduces_production_on_the_demo(demo, version):
    """Before the first version switch, production and the restated v1 are the same events."""
    columns = "mql_id, lead_id, mql_at, model_version, total_score, reason, trigger_activity_id"
    cutoff = "timestamp '2026-05-01 00:00:00'"
    production = demo.query(f"select {columns} from {{schema}}.fct_mqls where mql_at < {cutoff} order by mql_id")
    restated = demo.query(f"select {columns} from {{schema}}.fct_restated_mqls "
                          f"where model_version = '{version}' and mql_at < {cutoff} order by mql_id")
    assert len(production) > 50
    assert production.values.tolist() == restated.values.tolist()
