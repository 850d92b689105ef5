"""Golden tests: every staging rule on hand-made raw rows (python_tests/golden_raw.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from python_tests import golden_raw


def _one(golden, sql: str) -> dict:
    rows = golden.query(sql)
    assert len(rows) == 1, f"expected one row from {sql!r}, got {len(rows)}"
    return rows.iloc[0].to_dict()


def test_every_expected_rejection_and_no_other(golden):
    got = golden.query("select source_table, record_id, reason, detected_in from {schema}.rejected_records")
    actual = sorted(((r.source_table, r.record_id, r.reason, r.detected_in) for r in got.itertuples()),
                    key=lambda r: (r[0], r[1] or "", r[2]))
    assert actual == golden_raw.EXPECTED_REJECTIONS


@pytest.mark.parametrize("table, staged", [
    # raw rows minus the rows EXPECTED_REJECTIONS lists as rejected in staging for that table
    ("leads", 69 - 7), ("accounts", 11 - 2), ("activities", 31 - 9), ("intent_signals", 8 - 4),
    ("sales_touches", 7 - 3), ("meetings", 6 - 2), ("opportunities", 6 - 3), ("owners", 4 - 2),
    ("campaign_spend", 10 - 8),
])
def test_staged_counts(golden, table, staged):
    assert golden.query(f"select count(*) as n from {{schema}}.stg_raw__{table}").n[0] == staged


def test_lead_normalisation(golden):
    lead = _one(golden, "select * from {schema}.stg_raw__leads where lead_id = 'L1'")
    assert lead["email"] == "ada.lovelace@example.com"
    assert lead["email_domain"] == "example.com"
    assert lead["job_title"] == "VP Marketing"
    assert lead["job_title_normalized"] == "vp marketing"
    assert lead["company_domain"] == "example.com"
    assert lead["country"] == "US"
    assert lead["lead_source"] == "web"
    assert lead["lead_status"] == "working"
    assert lead["created_at"] == dt.datetime(2026, 1, 15, 10, 0, 0)
    assert not lead["is_deleted"]


def test_lead_repairs_and_time_zones(golden):
    l2 = _one(golden, "select * from {schema}.stg_raw__leads where lead_id = 'L2'")
    assert l2["created_at"] == dt.datetime(2026, 3, 1, 10, 0, 0)      # 12:00 +02:00
    assert l2["updated_at"] is None  # unreadable optional value -> null
    assert l2["email"] is None
    assert bool(l2["is_deleted"]) is True
    l3 = _one(golden, "select * from {schema}.stg_raw__leads where lead_id = 'L3'")
    assert l3["created_at"] == dt.datetime(2026, 3, 1, 15, 0, 0, 123456)  # 09:30:00.123456 -05:30
    assert l3["lead_status"] is None
    l10 = _one(golden, "select * from {schema}.stg_raw__leads where lead_id = 'L10'")
    assert l10["created_at"] == dt.datetime(2026, 3, 1)


def test_newest_update_wins_among_same_id(golden):
    l8 = _one(golden, "select * from {schema}.stg_raw__leads where lead_id = 'L8'")
    assert l8["lead_status"] == "nurture"
    a2 = _one(golden, "select * from {schema}.stg_raw__accounts where account_id = 'A2'")
    assert a2["account_name"] == "New name"


def test_account_normalisation(golden):
    a1 = _one(golden, "select * from {schema}.stg_raw__accounts where account_id = 'A1'")
    assert a1["domain"] == "example.com"
    assert a1["employee_count"] == 250
    assert float(a1["annual_revenue"]) == 12000000.50
    assert a1["technologies"] == "salesforce;hubspot"
    assert bool(a1["is_target_account"]) is True
    assert a1["industry"] == "Software"
    a2 = _one(golden, "select * from {schema}.stg_raw__accounts where account_id = 'A2'")
    assert a2["employee_count"] is None
    assert bool(a2["is_target_account"]) is False


def test_activity_types_are_canonical(golden):
    got = golden.query("select activity_id, activity_type, occurred_at, account_domain, lead_id "
                       "from {schema}.stg_raw__activities "
                       "where activity_id in ('E1', 'E2', 'E3', 'E10', 'E12', 'E13') order by activity_id")
    types = dict(zip(got.activity_id, got.activity_type))
    assert types == {"E1": "demo_request", "E2": "pricing_page_view", "E3": "ad_click",
                     "E10": "email_open", "E12": "web_visit", "E13": "content_download"}
    e3 = got[got.activity_id == "E3"].iloc[0]
    assert e3.account_domain == "example.com" and e3.lead_id is None
    e12 = got[got.activity_id == "E12"].iloc[0]
    assert e12.occurred_at == dt.datetime(2026, 6, 1, 10, 0, 0, 1)  # microseconds kept


def test_absent_optional_columns_are_null(golden):
    intent = _one(golden, "select * from {schema}.stg_raw__intent_signals where topic = 'lead scoring'")
    assert intent["provider"] is None
    assert float(intent["intent_score"]) == 88
    assert intent["account_domain"] == "example.com"
    meetings = golden.query("select meeting_id, status, scheduled_for from {schema}.stg_raw__meetings "
                            "where meeting_id in ('M1', 'M4') order by 1")
    assert list(meetings.status) == ["canceled", "no_show"]
    assert meetings.scheduled_for.isna().all()


def test_touch_repairs(golden):
    got = golden.query("select touch_id, touch_type, is_automated from {schema}.stg_raw__sales_touches "
                       "where touch_id in ('T1', 'T2') order by 1")
    assert [tuple(r) for r in got.itertuples(index=False)] == [("T1", "call", False), ("T2", "other", True)]


def test_won_opportunity_is_closed(golden):
    o1 = _one(golden, "select * from {schema}.stg_raw__opportunities where opportunity_id = 'O1'")
    assert bool(o1["is_won"]) and bool(o1["is_closed"])
    assert float(o1["amount"]) == 5000
    assert o1["stage"] == "closed won"


def test_raw_row_is_kept_as_text(golden):
    row = _one(golden, "select raw_row from {schema}.rejected_records where record_id = 'E5'")
    assert '"activity_type":"badge_scan"' in row["raw_row"]
    assert '"detail":null' in row["raw_row"]


def test_owners_and_spend(golden):
    """The optional tables: an owner trimmed, spend in var reporting_currency (USD) with its campaign
    key, and a period of timestamps read as its dates."""
    owners = golden.query("select owner_id, team, manager_id, time_zone from {schema}.stg_raw__owners")
    assert sorted(owners.itertuples(index=False, name=None)) == [
        ("U1", "Enterprise", None, "America/New_York"), ("U2", "Enterprise", "U1", "Europe/Berlin")]
    spend = golden.query("select campaign, campaign_key, channel, period_start, period_end, amount, currency "
                         "from {schema}.stg_raw__campaign_spend order by campaign")
    got = [(r.campaign, r.campaign_key, r.channel, str(r.period_start)[:10], str(r.period_end)[:10], float(r.amount),
            r.currency) for r in spend.itertuples()]
    assert got == [
        ("Spring ads", "spring ads", "paid_social", "2026-03-01", "2026-03-31", 1200.5, "USD"),
        ("Spring ebook", "spring ebook", "organic", "2026-04-01", "2026-04-30", 300.0, "USD"),
    ]

