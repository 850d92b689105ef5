"""Speed to lead on sales' clock, on the timelines of python_tests/business_hours_raw.py, worked out by hand.

Business minutes count only the working windows of the owner's calendar (seeds/calendars), in the
owner's local time: us_weekdays Monday to Friday 09:00-17:00, uk_weekdays 09:00-17:30. Wall
minutes are (first touch - mql_at) in seconds / 60. New York is UTC-4 (EDT) until 2026-11-01
02:00 local, UTC-5 (EST) after; London UTC+1 (BST) until 2026-10-25 02:00 local, UTC after; Los
Angeles UTC-7 (PDT) in June.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

NY, LA, LONDON = "America/New_York", "America/Los_Angeles", "Europe/London"

# lead -> business_clock, calendar, zone, wall minutes, business minutes, within 1 business hour,
# within 24 business hours
EXPECTED = {
    # Friday 23:00 -> Monday 09:30 local: 30 working minutes on Monday. Wall: 58.5 hours.
    "B1": ("lead_owner", "us_weekdays", NY, "3510.00", "30.00", True, True),
    # Friday 16:00-17:00 EDT and Monday 09:00-10:00 EST: 120. Wall 20:00 -> 15:00 UTC three days
    # on: 67 hours. (Read in a fixed UTC-4, Monday 10:00 EST would be 11:00 and give 180.)
    "B2": ("lead_owner", "us_weekdays", NY, "4020.00", "120.00", False, True),
    # Thursday 16:30-17:00 and Monday 09:00-09:15; Friday 07-03 is a holiday: 45. Wall 88.75 hours.
    "B3": ("lead_owner", "us_weekdays", NY, "5325.00", "45.00", True, True),
    # Friday 17:00-17:30 BST and Monday 09:00-09:30 GMT: 60, exactly one business hour. Wall 65.5 h.
    "B4": ("lead_owner", "uk_weekdays", LONDON, "3930.00", "60.00", True, True),
    # No calendar for the lead's owner nor the account's: 24x7 UTC, the wall clock (over 1,440).
    "B5": ("24x7_utc", None, None, "3510.00", "3510.00", False, False),
    # The account owner's calendar: Saturday counts nothing, Monday 09:00-10:00 EDT: 60. Wall 50 h.
    "B6": ("account_owner", "us_weekdays", NY, "3000.00", "60.00", True, True),
    # U02's zone is unknown: 24x7 UTC. One hour on both clocks.
    "B7": ("24x7_utc", None, None, "60.00", "60.00", True, True),
    # Never touched: no minutes, every flag false.
    "B8": ("lead_owner", "us_weekdays", NY, None, None, False, False),
    # Tuesday 16:30-17:00 PDT (23:30-00:00 UTC) and Wednesday 09:00-09:10 PDT: 40. Wall 16h40.
    "B9": ("lead_owner", "us_weekdays", LA, "1000.00", "40.00", True, True),
    # Inside working hours: the same 45 minutes on both clocks.
    "B10": ("lead_owner", "us_weekdays", NY, "45.00", "45.00", True, True),
    # Monday 09:00 -> Thursday 09:00: three working days of 480 minutes, 1,440: within 24 business
    # hours (at most), not within 1. Wall 72 hours.
    "B11": ("lead_owner", "us_weekdays", NY, "4320.00", "1440.00", False, True),
}


def _d(value):
    return None if value is None else Decimal(str(value))


@pytest.fixture(scope="module")
def handoffs(business_hours):
    frame = business_hours.query("select * from {schema}.fct_handoffs")
    return {r.lead_id: r for r in frame.itertuples()}


def test_business_minutes_match_the_hand_worked_table(handoffs):
    assert sorted(handoffs) == sorted(EXPECTED)
    for lead, expected in EXPECTED.items():
        row = handoffs[lead]
        clock, calendar, zone, wall, business, within_1, within_24 = expected
        got = (row.business_clock, row.business_calendar_id, row.business_time_zone,
               _d(row.minutes_to_first_touch), _d(row.business_minutes_to_first_touch),
               bool(row.touched_within_1_business_hour), bool(row.touched_within_24_business_hours))
        assert got == (clock, calendar, zone, _d(wall), _d(business), within_1, within_24), lead


def test_the_unknown_time_zone_is_reported(business_hours):
    got = business_hours.query("select source_table, record_id, reason, detected_in from {schema}.rejected_records")
    assert list(got.itertuples(index=False, name=None)) == [("owners", "U02", "unknown_time_zone", "business_hours")]
    # owner_calendars names the demo's other owners too (U03, U04, ...): they have no rows here.
    clocks = business_hours.query("select owner_id, clock_status from {schema}.int_owner_clocks "
                                  "where owner_id in ('U01', 'U02', 'U05', 'U08', 'U09') order by owner_id")
    assert list(clocks.itertuples(index=False, name=None)) == [
        ("U01", "calendar"), ("U02", "unknown_time_zone"), ("U05", "calendar"), ("U08", "no_calendar"),
        ("U09", "calendar")]


def test_the_handoff_report_shows_both_clocks(business_hours):
    row = business_hours.query(
        "select * from {schema}.rpt_handoff_quality where period_grain = 'month' and period_start = '2026-06-01' "
        "and segment_dimension = 'all'").iloc[0]
    # June: B1, B5-B11 (8 MQLs, 7 touched). Within an hour on the wall clock: B7 (60) and B10 (45).
    # Within 1 business hour: B1, B6, B7, B9, B10; within 24: those and B11.
    assert (row.mqls, row.touched_mqls) == (8, 7)
    assert _d(row.touched_within_1h_rate) == Decimal("0.2500")
    assert _d(row.touched_within_1_business_hour_rate) == Decimal("0.6250")
    assert _d(row.touched_within_24_business_hours_rate) == Decimal("0.7500")
    # Wall: 45, 60, 1000, 3000, 3510, 3510, 4320; business: 30, 40, 45, 60, 60, 1440, 3510.
    assert _d(row.median_minutes_to_first_touch) == Decimal("3000.00")
    assert _d(row.median_business_minutes_to_first_touch) == Decimal("60.00")
