"""Account stages on the hand-made journeys of python_tests/stages_raw.py, worked out there by hand:
forward, a skipped stage, a fall back (a lapsed window, a lost opportunity), a re-entry, a
subsidiary's activity and opportunity counted at its parent, a stalled account."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from python_tests import stages_raw


def _t(text):
    return None if text is None else dt.datetime.fromisoformat(text)


def _d(value):
    return None if value is None else Decimal(str(value))


def _instant_id(person: str, at: str) -> str:
    micros = round(dt.datetime.fromisoformat(at).replace(tzinfo=dt.timezone.utc).timestamp() * 1_000_000)
    return f"instant:{person}|{micros}"


def _expected_cause_id(golden_cause_id, account, at, mqas):
    if golden_cause_id == "mqa":
        return "mqa:" + mqas[(account, _t(at))]
    if golden_cause_id is not None and golden_cause_id.startswith("instant:"):
        return _instant_id(golden_cause_id.split(":", 1)[1], at)
    return golden_cause_id


def test_stage_changes_are_the_hand_worked_ones(stages):
    mqas = {(r.account_id, r.mqa_at.to_pydatetime()): r.mqa_id
            for r in stages.query("select account_id, mqa_at, mqa_id from {schema}.fct_mqas").itertuples()}
    got = stages.query("select * from {schema}.fct_account_stage_changes order by account_id, changed_at")
    actual = {}
    for r in got.itertuples():
        actual.setdefault(r.account_id, []).append((
            r.changed_at.to_pydatetime(), r.from_stage, r.to_stage, r.direction, _d(r.days_in_previous_stage),
            r.cause, r.cause_id))
    expected = {
        account: [(_t(at), before, after, direction, _d(days), cause,
                   _expected_cause_id(cause_id, account, at, mqas))
                  for at, before, after, direction, days, cause, cause_id in changes]
        for account, changes in stages_raw.EXPECTED_CHANGES.items()
    }
    assert actual == expected


def test_change_numbers_stage_orders_and_version(stages):
    got = stages.query("select account_id, changed_at, change_number, from_stage, from_stage_order, to_stage, "
                       "to_stage_order, model_version from {schema}.fct_account_stage_changes "
                       "order by account_id, changed_at")
    order = ["none", "target", "aware", "engaged", "qualified", "opportunity", "customer"]
    for account, rows in got.groupby("account_id"):
        assert list(rows.change_number) == list(range(1, len(rows) + 1))
        # each change starts where the one before ended
        assert list(rows.from_stage)[1:] == list(rows.to_stage)[:-1]
    assert all(order.index(r.from_stage) == r.from_stage_order and order.index(r.to_stage) == r.to_stage_order
               for r in got.itertuples())
    # v2 takes effect on 2026-05-01: only S4's change of 2026-01-01 is under v1
    assert {(r.account_id, r.model_version) for r in got.itertuples() if r.model_version != "v2"} == {("S4", "v1")}
    # the subsidiary has no history of its own: it is in S3's
    assert "S3S" not in set(got.account_id)


def test_stage_now_in_dim_accounts(stages):
    got = stages.query("select account_id, stage, stage_entered_at, days_in_stage, is_stalled, why "
                       "from {schema}.dim_accounts")
    actual = {r.account_id: (r.stage, None if r.stage_entered_at is None or str(r.stage_entered_at) == "NaT"
                             else r.stage_entered_at.to_pydatetime(),
                             _d(r.days_in_stage), bool(r.is_stalled)) for r in got.itertuples()}
    expected = {account: (stage, _t(at), _d(days), stalled)
                for account, (stage, at, days, stalled) in stages_raw.EXPECTED_NOW.items()}
    assert actual == expected
    why = dict(zip(got.account_id, got.why))
    assert why["S4"].endswith(" Stage target for 303 days, stalled (over 180).")
    assert why["S2"].endswith(" Stage aware for 61 days.")
    assert why["S5"].endswith(" Stage none.")


def test_qualified_entries_are_the_mqa_events_that_start_a_spell(stages):
    """Each MQA spell (fct_account_stage_spells) starts at an MQA event; here every MQA event
    starts one, and both qualified entries of the table are those events."""
    spells = stages.query("select account_id, started_at, start_cause_id from {schema}.fct_account_stage_spells "
                          "where stage = 'qualified'")
    mqas = stages.query("select account_id, mqa_at, mqa_id from {schema}.fct_mqas")
    assert sorted((r.account_id, r.started_at, r.start_cause_id) for r in spells.itertuples()) == sorted(
        (r.account_id, r.mqa_at, "mqa:" + r.mqa_id) for r in mqas.itertuples())
    opportunities = stages.query("select count(*) as n from {schema}.fct_account_stage_spells "
                                 "where stage = 'opportunity'").n.iloc[0]
    assert opportunities == len(stages_raw.OPPORTUNITIES)
