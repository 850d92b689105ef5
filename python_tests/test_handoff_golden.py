"""Handoff and funnel on the hand-made timelines of python_tests/handoff_raw.py, worked out by hand.

Minutes are (first touch - mql_at) in seconds / 60; days are (created or closed - mql_at) / 86400.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest


def _d(value):
    return None if value is None else Decimal(str(value))


def _t(text):
    return dt.datetime.fromisoformat(text)


# (lead, mql_at) -> first_touch_at, minutes, within 5m / 1h / 24h, human, automated, pre-MQL touches,
# disposition, disposition_reason
TOUCHES = {
    # 09:59:59 is one second before: pre-MQL. 10:01 is automated. 24h exactly is within 24h.
    ("P1", "2026-06-01 10:00:00"): ("2026-06-02 10:00:00", "1440.00", False, False, True, 1, 1, 1, "accepted", None),
    # 86401 s / 60 = 1440.0167: not within 24h.
    ("P2", "2026-06-01 10:00:00"): ("2026-06-02 10:00:01", "1440.02", False, False, False, 1, 1, 0, "accepted", None),
    ("P3", "2026-06-03 12:00:00"): ("2026-06-03 12:04:00", "4.00", True, True, True, 1, 0, 0, "accepted", None),
    # Touches between P4's MQLs are the first MQL's; the second MQL has no pre-MQL touches.
    ("P4", "2026-06-01 00:00:00"): ("2026-06-05 00:00:00", "5760.00", False, False, False, 2, 0, 0, "accepted", None),
    ("P4", "2026-07-31 00:00:00"): ("2026-07-31 00:30:00", "30.00", False, True, True, 1, 0, 0, "accepted", None),
    ("P5", "2026-06-10 00:00:00"): ("2026-06-10 00:20:00", "20.00", False, True, True, 1, 0, 0, "accepted", None),
    # Never touched: every flag false, not null.
    ("P6", "2026-06-15 00:00:00"): (None, None, False, False, False, 0, 0, 0, "untouched", None),
    # Touched, but the lead is back in nurture: recycled.
    ("P7", "2026-06-15 00:00:00"): ("2026-06-15 02:00:00", "120.00", False, False, True, 1, 0, 0, "recycled",
                                    "Not now, revisit in Q1"),
    ("P8", "2026-06-15 00:00:00"): ("2026-06-17 00:00:00", "2880.00", False, False, False, 1, 0, 0, "disqualified",
                                    "No budget"),
    # Never touched, but sales opened an opportunity with P91 as primary: accepted.
    ("P91", "2026-06-01 00:00:00"): (None, None, False, False, False, 0, 0, 0, "accepted", None),
    ("P92", "2026-06-05 00:00:00"): (None, None, False, False, False, 0, 0, 0, "untouched", None),
    # An account meeting and an account opportunity: accepted.
    ("P93", "2026-06-10 00:00:00"): (None, None, False, False, False, 0, 0, 0, "accepted", None),
}

# (lead, mql_at) -> meeting_booked_at, meeting_held, meetings_booked, meetings_canceled
MEETINGS = {
    # Booked by the demo form 30 s before the MQL: inside the 60 s grace.
    ("P3", "2026-06-03 12:00:00"): ("2026-06-03 11:59:30", True, 1, 0),
    # 30 s before P4's second MQL: the second MQL's, not the first's.
    ("P4", "2026-07-31 00:00:00"): ("2026-07-30 23:59:30", True, 1, 0),
    # Canceled: counted as canceled, not as a meeting.
    ("P5", "2026-06-10 00:00:00"): (None, False, 0, 1),
    # No lead: the account meeting at H9 goes to the latest MQL there.
    ("P93", "2026-06-10 00:00:00"): ("2026-06-12 00:00:00", False, 1, 0),
}  # every other MQL: none (P7's meeting is 35 days after its MQL, outside the 30-day window)

# (lead, mql_at) -> opportunity_id, credit, amount, is_won, won_amount, days_to_opportunity, days_to_close
OPPORTUNITIES = {
    # 2026-06-03 12:00 -> 06-20 00:00 = 16.5 days; -> closed 07-20 00:00 = 46.5 days.
    ("P3", "2026-06-03 12:00:00"): ("O31", "primary_lead", "10000.00", True, "10000.00", "16.50", "46.50"),
    # O92's primary lead is P91: credited to P91 although P93's MQL at H9 is later. 24 days.
    ("P91", "2026-06-01 00:00:00"): ("O92", "primary_lead", "20000.00", False, None, "24.00", None),
    # O91 has no primary lead; all three H9 MQLs are inside 90 days: credited once, to the latest.
    ("P93", "2026-06-10 00:00:00"): ("O91", "account", "50000.00", False, None, "10.00", None),
}  # O93 was created 127 days after the last MQL at H9: credited to no one.


@pytest.fixture(scope="module")
def handoffs(handoff):
    frame = handoff.query("select * from {schema}.fct_handoffs")
    return {(r.lead_id, str(r.mql_at)): r for r in frame.itertuples()}


def test_one_handoff_per_mql(handoff, handoffs):
    mqls = handoff.query("select lead_id, mql_at from {schema}.fct_mqls")
    assert sorted((r.lead_id, str(r.mql_at)) for r in mqls.itertuples()) == sorted(TOUCHES)
    assert sorted(handoffs) == sorted(TOUCHES)


def test_first_touch_and_speed(handoffs):
    for key, expected in TOUCHES.items():
        row = handoffs[key]
        first, minutes, w5, w1, w24, human, automated, pre, disposition, reason = expected
        got = (row.first_touch_at, _d(row.minutes_to_first_touch), bool(row.touched_within_5m),
               bool(row.touched_within_1h), bool(row.touched_within_24h), row.human_touches,
               row.automated_touches, row.pre_mql_touches, row.disposition, row.disposition_reason)
        want = (_t(first) if first else None, _d(minutes), w5, w1, w24, human, automated, pre, disposition, reason)
        assert got == want, key


def test_meetings(handoffs):
    for key, row in handoffs.items():
        booked, held, booked_count, canceled = MEETINGS.get(key, (None, False, 0, 0))
        got = (row.meeting_booked_at, bool(row.meeting_held), row.meetings_booked, row.meetings_canceled)
        assert got == (_t(booked) if booked else None, held, booked_count, canceled), key


def test_opportunities_are_credited_once(handoffs):
    for key, row in handoffs.items():
        expected = OPPORTUNITIES.get(key, (None, None, None, False, None, None, None))
        opportunity_id, credit, amount, won, won_amount, days, days_to_close = expected
        got = (row.opportunity_id, row.opportunity_credit, _d(row.opportunity_amount), bool(row.is_won),
               _d(row.won_amount), _d(row.days_to_opportunity), _d(row.days_to_close))
        assert got == (opportunity_id, credit, _d(amount), won, _d(won_amount), _d(days), _d(days_to_close)), key
        assert row.opportunities == (1 if opportunity_id else 0)


def test_the_uncredited_opportunity_is_visible(handoff):
    got = handoff.query("select opportunity_id, credit, mql_id from {schema}.int_opportunities_credited "
                        "order by opportunity_id")
    assert list(got.itertuples(index=False, name=None)) == [
        ("O101", "none", None), ("O31", "primary_lead", got.mql_id[1]), ("O61", "none", None),
        ("O91", "account", got.mql_id[3]), ("O92", "primary_lead", got.mql_id[4]), ("O93", "none", None)]


# opportunity -> credit, credit_reason, mql_to_opportunity_days, sourcing, is_marketing_influenced,
# marketing_touches, first_touch_at, days_to_close, opportunity_type, owner_id, won_amount
FCT_OPPORTUNITIES = {
    # Credited to P3's MQL (16.5 days before, as in fct_handoffs); no campaign touch at H3: sourced,
    # not influenced. Closed 30 days after creation. "New Business" -> new_business.
    "O31": ("primary_lead", None, "16.50", "marketing_sourced", False, 0, None, "30.00", "new_business", "U9",
            "10000.00"),
    # Credited to P93's MQL at H9 (10 days). Its lookback starts 2026-03-22: C2 (03-26 23:59:59) and
    # C1 (03-27) are in; C3 came 12 hours after the creation.
    "O91": ("account", None, "10.00", "marketing_sourced", True, 2, "2026-03-26 23:59:59", None, None, None, None),
    # Credited to P91's MQL (24 days). Lookback from 2026-03-27 00:00:00: C1, exactly 90 days
    # before, is in; C2, one second earlier, is out; C3 is in.
    "O92": ("primary_lead", None, "24.00", "marketing_sourced", True, 2, "2026-03-27 00:00:00", None, None, None,
            None),
    # The latest MQL at H9 before it is P93's, 2026-06-10 -> 10-15 = 127 days: outside the 90-day
    # window. C4 (14 days before) is its one touch; C5 is a web visit, C6 has no campaign.
    # "Existing Customer - Upgrade" -> expansion.
    "O93": ("none", "outside_window", "127.00", "marketing_influenced", True, 1, "2026-10-01 00:00:00", None,
            "expansion", "U3", None),
    # P6's only MQL (06-15) came after it (06-01): before_first_mql. No touch: sales-sourced. Lost
    # after 29.5 days. "Partner deal" is not in seed opportunity_type_aliases: other.
    "O61": ("none", "before_first_mql", None, "sales_sourced", False, 0, None, "29.50", "other", None, None),
    # Nobody at H10: no_mql. Won after 10 days.
    "O101": ("none", "no_mql", None, "sales_sourced", False, 0, None, "10.00", "renewal", "U3", "3000.00"),
}


def test_every_opportunity_is_in_fct_opportunities(handoff):
    got = handoff.query("select * from {schema}.fct_opportunities")
    rows = {r.opportunity_id: r for r in got.itertuples()}
    assert sorted(rows) == sorted(FCT_OPPORTUNITIES)
    for opportunity_id, expected in FCT_OPPORTUNITIES.items():
        row = rows[opportunity_id]
        (credit, reason, days, sourcing, influenced, touches, first_touch, to_close, kind, owner,
         won) = expected
        actual = (row.credit, row.credit_reason, _d(row.mql_to_opportunity_days), row.sourcing,
                  bool(row.is_marketing_influenced), row.marketing_touches, row.first_touch_at,
                  _d(row.days_to_close), row.opportunity_type, row.owner_id, _d(row.won_amount))
        assert actual == (credit, reason, _d(days), sourcing, influenced, touches,
                          _t(first_touch) if first_touch else None, _d(to_close), kind, owner, _d(won)), opportunity_id
        assert (row.mql_id is None) == (credit == "none"), opportunity_id
        assert row.account_id == row.crm_account_id and row.tier == "A", opportunity_id


def test_opportunity_touches_in_order(handoff):
    got = handoff.query("select opportunity_id, activity_id, touch_order from {schema}.int_opportunity_touches")
    assert sorted(got.itertuples(index=False, name=None)) == [
        ("O91", "C1", 2), ("O91", "C2", 1), ("O92", "C1", 1), ("O92", "C3", 2), ("O93", "C4", 1)]


def test_attribution_credits(handoff):
    """The W-shaped MQL slot where the MQL's trigger is no touch: P93's and P91's MQLs were triggered
    by demo requests (D12, D10), so the slot goes to the last touch at or before mql_at. O91
    (C2, C1; MQL 06-10): C1 holds the MQL and the last slot, 2/3; C2 the first, 1/3. O92 (C1, C3;
    MQL 06-01): C1 holds the first and MQL slots, 2/3; C3 the last, 1/3. O93 (C4 alone, credited
    to no MQL): 1 under every model, and no MQL touch. U-shaped with two touches: 0.5 each."""
    got = handoff.query(
        "select opportunity_id, activity_id, is_mql_touch, first_touch_credit, last_touch_credit, "
        "linear_credit, u_shaped_credit, w_shaped_credit from {schema}.fct_attribution_touches")
    rows = sorted((r[0], r[1], bool(r[2]), *(_d(v) for v in r[3:])) for r in got.itertuples(index=False, name=None))
    third, two_thirds = Decimal("0.3333333333"), Decimal("0.6666666667")
    half = Decimal("0.5")
    assert rows == [
        ("O91", "C1", True, 0, 1, half, half, two_thirds),
        ("O91", "C2", False, 1, 0, half, half, third),
        ("O92", "C1", True, 1, 0, half, half, two_thirds),
        ("O92", "C3", False, 0, 1, half, half, third),
        ("O93", "C4", False, 1, 1, 1, 1, 1),
    ]


# (month, dimension, value) -> opportunities, pipeline, first-touch pipeline, W-shaped pipeline,
# closed, won, closed-won amount, win rate, median days to close
RPT_PIPELINE = {
    # Created in June: O31 (10,000), O91 (50,000) and O92 (20,000) credited to MQLs, O61 (7,000)
    # before its account's MQL; O61 lost on 06-30.
    ("2026-06-01", "sourcing", "marketing_sourced"): (3, "80000", "80000", "80000", 0, 0, "0", None, None),
    ("2026-06-01", "sourcing", "sales_sourced"): (1, "7000", "7000", "7000", 1, 0, "0", "0", None),
    # July: O101 (3,000) created and won after 10 days; O31 won after 30.
    ("2026-07-01", "sourcing", "marketing_sourced"): (0, "0", "0", "0", 1, 1, "10000", "1", "30"),
    ("2026-07-01", "sourcing", "sales_sourced"): (1, "3000", "3000", "3000", 1, 1, "3000", "1", "10"),
    ("2026-10-01", "sourcing", "marketing_influenced"): (1, "99999", "99999", "99999", 0, 0, "0", None, None),
    # June by channel (test_attribution_credits): O91's first touch C2 is organic, its W credits
    # paid_social (C1) 2/3 and organic 1/3; O92's first touch C1 is paid_social, W paid_social
    # (C1) 2/3, webinar (C3) 1/3. W: paid_social 50,000 x 0.6666666667 + 20,000 x 0.6666666667 =
    # 46,666.67; organic 16,666.67; webinar 6,666.67. O31 and O61 had no touch.
    ("2026-06-01", "channel", "paid_social"): (2, "70000", "20000", "46666.67", 0, 0, "0", None, None),
    ("2026-06-01", "channel", "organic"): (1, "50000", "50000", "16666.67", 0, 0, "0", None, None),
    ("2026-06-01", "channel", "webinar"): (1, "20000", "0", "6666.67", 0, 0, "0", None, None),
    ("2026-06-01", "channel", "(no touch)"): (2, "17000", "17000", "17000", 1, 0, "0", "0", None),
}


def test_rpt_pipeline(handoff):
    got = handoff.query(
        "select period_start, segment_dimension, segment_value, opportunities, pipeline, "
        "first_touch_pipeline, w_shaped_pipeline, closed_opportunities, won_opportunities, closed_won_amount, "
        "win_rate, median_days_to_close from {schema}.rpt_pipeline where segment_dimension in ('sourcing', 'channel')")
    rows = {(str(r[0])[:10], r[1], r[2]): (r[3], _d(r[4]), _d(r[5]), _d(r[6]), r[7], r[8], _d(r[9]), _d(r[10]), _d(r[11]))
            for r in got.itertuples(index=False, name=None)}
    for key, (opps, pipeline, first, w, closed, won, won_amount, rate, days) in RPT_PIPELINE.items():
        assert rows.get(key) == (opps, _d(pipeline), _d(first), _d(w), closed, won, _d(won_amount), _d(rate),
                                 _d(days)), key
    sourcing = {k: v for k, v in rows.items() if k[1] == "sourcing"}
    assert sorted(sourcing) == sorted(k for k in RPT_PIPELINE if k[1] == "sourcing")


def test_program_velocity(handoff):
    """Per campaign, from the touches of handoff_raw.py. Spring ads (C1, P91, 2026-03-27): P91's MQL
    on 06-01 is 66 days later; it touched O91 (created 06-20, 85 days) and O92 (06-25, 90 days):
    median 87.5; W-shaped 2/3 of each, 46,666.67. Spring ebook (C2, P93, 03-26 23:59:59): P93's MQL
    on 06-10, 75 days and a second later; O91, 85 days; W 1/3 of 50,000. June webinar (C3, P91,
    06-20 12:00): after P91's MQL, so none; O92 4.5 days later, W 1/3 of 20,000. Autumn newsletter
    (C4, P92, 10-01): after P92's MQL; O93 14 days later, its only touch. No spend in this world."""
    got = handoff.query("select campaign_key, mqls, median_days_to_mql, opportunities, median_days_to_opportunity, "
                        "w_shaped_pipeline, spend from {schema}.rpt_program_velocity")
    rows = sorted((r[0], r[1], _d(r[2]), r[3], _d(r[4]), _d(r[5]), r[6]) for r in got.itertuples(index=False, name=None))
    assert rows == [
        ("autumn newsletter", 0, None, 1, Decimal("14"), Decimal("99999"), None),
        ("june webinar", 0, None, 1, Decimal("4.5"), Decimal("6666.67"), None),
        ("spring ads", 1, Decimal("66"), 2, Decimal("87.5"), Decimal("46666.67"), None),
        ("spring ebook", 1, Decimal("75"), 1, Decimal("85"), Decimal("16666.67"), None),
    ]


def test_pipeline_reconciles(handoff):
    """All six staged opportunities: 10,000 + 50,000 + 20,000 (credited, the 80,000 of
    fct_handoffs) + 99,999 + 7,000 + 3,000 (credited to none) = 189,999; won 10,000 + 3,000."""
    got = handoff.query(
        "select sum(amount) as pipeline, sum(case when credit <> 'none' then amount end) as credited, "
        "sum(won_amount) as won from {schema}.fct_opportunities").iloc[0]
    handed_off = handoff.query("select sum(opportunity_amount) as pipeline from {schema}.fct_handoffs").iloc[0]
    assert (_d(got.pipeline), _d(got.credited), _d(got.won)) == (
        Decimal("189999.00"), Decimal("80000.00"), Decimal("13000.00"))
    assert _d(handed_off.pipeline) == _d(got.credited)


def test_handoff_quality_june(handoff):
    """June, all MQLs: 11 MQLs at 9 accounts (P91-P93 share H9). Touched: P1, P2, P3, P4 (first),
    P5, P7, P8. Within 5 min: P3; 1 h: P3, P5; 24 h: P1, P3, P5, P7. Minutes sorted:
    4, 20, 120, 1440, 1440.02, 2880, 5760 -> median 1440; p95 at position 0.95 * 6 = 5.7:
    2880 + 0.7 * (5760 - 2880) = 4896. Meetings: P3 (held), P93 (account meeting, scheduled);
    both got an opportunity. Opportunities: P3 (won 10,000), P91 (20,000), P93 (50,000)."""
    row = handoff.query("select * from {schema}.rpt_handoff_quality where period_grain = 'month' "
                        "and period_start = date '2026-06-01' and segment_dimension = 'all'").iloc[0]
    got = {k: (_d(v) if not isinstance(v, str) else v) for k, v in row.items()
           if k not in ("period_grain", "period_start", "segment_dimension", "segment_value")}
    assert got == {k: Decimal(v) for k, v in {
        "mqls": "11", "mql_accounts": "9", "touched_mqls": "7", "touch_rate": "0.6364",
        "touched_within_5m_rate": "0.0909", "touched_within_1h_rate": "0.1818",
        "touched_within_24h_rate": "0.3636", "median_minutes_to_first_touch": "1440.00",
        "p95_minutes_to_first_touch": "4896.00",
        # No owner here has a calendar (seed owner_calendars names U01-U12, not U1-U3): 24x7 UTC,
        # so the business clock gives the wall clock's 1 h and 24 h rates and median.
        "touched_within_1_business_hour_rate": "0.1818", "touched_within_24_business_hours_rate": "0.3636",
        "median_business_minutes_to_first_touch": "1440.00", "meeting_mqls": "2", "meeting_rate": "0.1818",
        "meeting_held_mqls": "1", "meeting_to_opportunity_rate": "1.0000", "opportunity_mqls": "3",
        "opportunity_rate": "0.2727", "opportunities": "3", "won_mqls": "1",
        "pipeline_created": "80000.00", "closed_won_amount": "10000.00",
        # O61, created in June and credited to no MQL
        "uncredited_opportunities": "1", "uncredited_pipeline": "7000.00", "uncredited_wins": "0",
        "uncredited_closed_won_amount": "0.00"}.items()}


def test_handoff_quality_has_the_uncredited_months(handoff):
    """October has no MQL, only O93 (99,999, credited to none): an 'all' row with 0 MQLs. The
    other segments are an MQL's and hold no uncredited opportunity."""
    got = handoff.query("select * from {schema}.rpt_handoff_quality where period_grain = 'month' "
                        "and period_start = date '2026-10-01'")
    assert list(zip(got.segment_dimension, got.mqls, got.uncredited_opportunities, got.uncredited_pipeline.map(_d))) == [
        ("all", 0, 1, Decimal("99999.00"))]
    others = handoff.query("select sum(uncredited_opportunities) as n from {schema}.rpt_handoff_quality "
                           "where segment_dimension <> 'all'").iloc[0]
    assert others.n == 0


def test_handoff_quality_segments_partition_the_mqls(handoff):
    got = handoff.query("select segment_dimension, segment_value, mqls from {schema}.rpt_handoff_quality "
                        "where period_grain = 'month' and period_start = date '2026-06-01' "
                        "and segment_dimension in ('owner', 'lead_source', 'model_version', 'tier')")
    actual = {(r.segment_dimension, r.segment_value): int(r.mqls) for r in got.itertuples()}
    assert actual == {
        ("owner", "U1"): 4, ("owner", "U2"): 4, ("owner", "U3"): 3,
        ("lead_source", "web"): 4, ("lead_source", "event"): 4, ("lead_source", "paid"): 3,
        ("model_version", "v2"): 11, ("tier", "A"): 11,
    }


def test_funnel(handoff):
    """Leads and accounts side by side. June's 11 MQLs: worked = the 7 touched + P91 (an
    opportunity) + P93 (a meeting) = 9 at 8 accounts (all but H6); meeting or opportunity: P3,
    P91, P93 = 3 at H3 and H9; opportunity: the same 3 at 2 accounts; won: P3. July: P4's second
    MQL, touched and a meeting held, no opportunity. All 11 leads were created in May. Credited
    to no MQL: O61 created in June (7,000), O101 created and won in July (3,000), O93 created in
    October (99,999), a month with nothing else."""
    got = handoff.query("select * from {schema}.rpt_funnel where period_grain = 'month' order by period_start")
    rows = {str(r.period_start)[:10]: r for r in got.itertuples()}
    assert sorted(rows) == ["2026-05-01", "2026-06-01", "2026-07-01", "2026-10-01"]
    stages = ["mql", "worked", "meeting", "opportunity", "won"]

    def counts(row):
        return ([row.leads_created, row.accounts_created]
                + [getattr(row, f"{s}_{level}") for s in stages for level in ("leads", "accounts")])

    assert counts(rows["2026-05-01"]) == [11, 9] + [0] * 10
    assert counts(rows["2026-06-01"]) == [0, 0, 11, 9, 9, 8, 3, 2, 3, 2, 1, 1]
    assert counts(rows["2026-07-01"]) == [0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
    assert counts(rows["2026-10-01"]) == [0] * 12
    uncredited = {month: (row.uncredited_opportunities, _d(row.uncredited_pipeline), row.uncredited_wins,
                          _d(row.uncredited_closed_won_amount)) for month, row in rows.items()}
    assert uncredited == {
        "2026-05-01": (0, Decimal("0"), 0, Decimal("0")), "2026-06-01": (1, Decimal("7000"), 0, Decimal("0")),
        "2026-07-01": (1, Decimal("3000"), 1, Decimal("3000")), "2026-10-01": (1, Decimal("99999"), 0, Decimal("0"))}
    june = rows["2026-06-01"]
    assert [_d(june.mql_to_worked_rate_leads), _d(june.mql_to_worked_rate_accounts),
            _d(june.worked_to_meeting_rate_leads), _d(june.worked_to_meeting_rate_accounts),
            _d(june.opportunity_to_won_rate_leads), _d(june.opportunity_to_won_rate_accounts)] == [
        Decimal("0.8182"), Decimal("0.8889"), Decimal("0.3333"), Decimal("0.2500"),
        Decimal("0.3333"), Decimal("0.5000")]
    assert (_d(june.pipeline_created), _d(june.closed_won_amount), june.opportunities) == (
        Decimal("80000.00"), Decimal("10000.00"), 3)
    assert rows["2026-07-01"].meeting_to_opportunity_rate_leads == 0


def test_quarters_hold_the_months(handoff):
    got = handoff.query("select period_start, mql_leads, mql_accounts, leads_created from {schema}.rpt_funnel "
                        "where period_grain = 'quarter' order by period_start")
    assert [(str(r.period_start)[:10], r.mql_leads, r.mql_accounts, r.leads_created)
            for r in got.itertuples()] == [("2026-04-01", 11, 9, 11), ("2026-07-01", 1, 1, 0),
                                           ("2026-10-01", 0, 0, 0)]
