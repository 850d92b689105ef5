"""A golden MQL scenario on the hand-made world (python_tests/golden_raw.py), worked out by hand.

Lead L1, 'VP Marketing' at A1 with a business email, under the default seeds:
  person fit  = vp 45 + marketing 40 + decision_maker 10 + business email 0           = 95
  account fit = software 25 + 250 employees 20 + 12,000,000.50 revenue 10 + no country 0
                + salesforce 8 + hubspot 6 + on the TAL 10                             = 79
  fit part of the total = 0.25 * 95 + 0.25 * 79                                        = 43.5
Activities: E1 demo_request and E2 pricing_page_view at 2026-06-01 10:00:00 (one instant),
E12 web_visit one microsecond later, E10 email_open 2026-06-03, E13 content_download 2026-06-04.
v2 (threshold 60) is in effect from 2026-05-01.
  At 2026-06-01 10:00: behavior = demo 50 + pricing 10 = 60 (no decay, under both caps);
  total = 0.5 * 60 + 43.5 = 73.5 >= 60: an MQL event by score, triggered by E1 (the instant's
  lowest activity_id). Every later instant still qualifies and qualified just before it, so
  there is no second event.
score_as_of = the latest activity of a known person = 2026-06-04 00:00 (E13; E14 is rejected).
  age of the 06-01 10:00 instant = 2.583333 days:
  demo 50 * 0.5^(2.583333/90) = 49.0150, pricing 10 * 0.5^(2.583333/14) = 8.7994,
  web 1 * 0.5^(2.583333/7) = 0.7743, email 2 * 0.5^(1/7) = 1.8114, content 12 (age 0)
  behavior = 72.4002 -> 72.40; total = 0.5 * 72.4002 + 43.5 = 79.7001 -> 79.70
  fit score = (0.25 * 95 + 0.25 * 79) / 0.5 = 87 -> A; behavior >= active 40 -> 1: grade A1.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def _d(value) -> Decimal:
    """A score as an exact decimal, whether the driver gave a float (DuckDB) or a Decimal."""
    return Decimal(str(value))


def test_the_mql_event_of_l1(golden):
    got = golden.query("select * from {schema}.fct_mqls where lead_id = 'L1'")
    assert len(got) == 1
    row = got.iloc[0]
    assert row.mql_at == dt.datetime(2026, 6, 1, 10, 0, 0)
    assert row.model_version == "v2" and row.reason == "score"
    assert row.trigger_activity_id == "E1" and row.trigger_activity_type == "demo_request"
    assert _d(row.behavior_score) == Decimal("60.00")
    assert _d(row.person_score) == Decimal("95.00")
    assert _d(row.account_score) == Decimal("79.00")
    assert _d(row.total_score) == Decimal("73.50")
    assert row.account_id == "A1" and row.mql_number == 1
    assert row.why.startswith("Qualified by score under v2 (total 74, threshold 60): behavior 60 "
                              "(requested a demo 50, viewed pricing 10)")


def test_the_current_scores_of_l1(golden):
    row = golden.query("select * from {schema}.dim_leads where lead_id = 'L1'").iloc[0]
    assert row.score_as_of == dt.datetime(2026, 6, 4)
    assert _d(row.behavior_score) == Decimal("72.40")
    assert _d(row.total_score) == Decimal("79.70")
    assert row.grade == "A1" and bool(row.is_mql) and row.mql_count == 1
    assert row.seniority == "vp" and row.department == "marketing" and row.buying_role == "decision_maker"
    assert row.match_method == "crm_id"
    assert "requested a demo 2 days ago" in row.why and row.why.endswith("MQL since 2026-06-01.")


def test_kept_out_and_merged_away_records_never_qualify(golden):
    leads = set(golden.query("select lead_id from {schema}.dim_leads").lead_id)
    mqls = set(golden.query("select lead_id from {schema}.fct_mqls").lead_id)
    for lead_id in ("L50", "L30", "L31", "L32", "L21", "L22", "L51", "L40", "L42"):
        assert lead_id not in leads and lead_id not in mqls


def test_one_row_per_surviving_person(golden):
    dim = golden.query("select lead_id from {schema}.dim_leads")
    persons = golden.query("select person_id from {schema}.int_persons")
    assert dim.lead_id.is_unique and set(dim.lead_id) == set(persons.person_id)


def test_near_miss_says_what_keeps_the_lead_out(golden):
    # L60: free-mail, no title: person fit 0 under the floor of 30.
    row = golden.query("select why, is_mql from {schema}.dim_leads where lead_id = 'L60'").iloc[0]
    assert not row.is_mql
    assert row.why.endswith("Not an MQL: person fit 0, floor 30.")
