"""Hand-made speed-to-lead timelines on sales' clock (definitions: Business hours).

The clocks are the bundled calendar seeds (seeds/calendars): owner_calendars gives U01, U02 and
U09 the calendar us_weekdays (Monday to Friday 09:00-17:00, US holidays off: 2026-07-03 is
Independence Day observed) and U05 uk_weekdays (Monday to Friday 09:00-17:30); U08 has no
calendar. Each owner's time zone comes from the owners table below; U02's is one no engine knows.

Every lead is a 'VP Marketing' with a business email at its own account, shaped like
python_tests/handoff_raw.py's: person fit 95, account fit 79, so one demo request is an MQL event
at its occurred_at (v2, threshold 60: 0.5 * 50 + 0.25 * 95 + 0.25 * 79 = 68.5). Each lead has at
most one human touch; test_business_hours_golden.py works out the minutes.
"""

from __future__ import annotations

from python_tests.golden_raw import (
    ACCOUNT_COLUMNS, ACTIVITY_COLUMNS, INTENT_COLUMNS, LEAD_COLUMNS, MEETING_COLUMNS, OPPORTUNITY_COLUMNS,
    OWNER_COLUMNS, TOUCH_COLUMNS, _frame,
)

RUN_TIME = "2026-11-20 00:00:00"

OWNERS = [
    dict(owner_id="U01", team="Americas", time_zone="America/New_York"),
    dict(owner_id="U02", team="Americas", time_zone="Mars/Olympus_Mons"),   # unknown_time_zone
    dict(owner_id="U05", team="EMEA", time_zone="Europe/London"),
    dict(owner_id="U08", team="EMEA", time_zone="Europe/London"),           # no calendar
    dict(owner_id="U09", team="Americas", time_zone="America/Los_Angeles"),
]

# (lead, lead owner, account owner, mql_at UTC, first human touch UTC or None)
CASES = [
    # Friday 2026-06-05 23:00 EDT -> Monday 06-08 09:30 EDT.
    ("B1", "U01", None, "2026-06-06 03:00:00", "2026-06-08 13:30:00"),
    # Friday 2026-10-30 16:00 EDT -> Monday 11-02 10:00 EST (New York leaves summer time on 11-01).
    ("B2", "U01", None, "2026-10-30 20:00:00", "2026-11-02 15:00:00"),
    # Thursday 2026-07-02 16:30 EDT -> Monday 07-06 09:15 EDT, over the Friday holiday.
    ("B3", "U01", None, "2026-07-02 20:30:00", "2026-07-06 13:15:00"),
    # Friday 2026-10-23 17:00 BST -> Monday 10-26 09:30 GMT (London leaves summer time on 10-25).
    ("B4", "U05", None, "2026-10-23 16:00:00", "2026-10-26 09:30:00"),
    # The lead's owner U08 has no calendar, nor does its account's (none): 24x7 UTC.
    ("B5", "U08", None, "2026-06-06 03:00:00", "2026-06-08 13:30:00"),
    # U08 has no calendar; the account's owner U01 has: Saturday 06-13 08:00 EDT -> Monday 10:00 EDT.
    ("B6", "U08", "U01", "2026-06-13 12:00:00", "2026-06-15 14:00:00"),
    # U02's calendar cannot be read in an unknown zone: 24x7 UTC, and the owner row is reported.
    ("B7", "U02", None, "2026-06-06 03:00:00", "2026-06-06 04:00:00"),
    # Never touched.
    ("B8", "U01", None, "2026-06-10 14:00:00", None),
    # Los Angeles: Tuesday 2026-06-09 16:30 PDT (23:30 UTC) -> Wednesday 09:10 PDT, the working day
    # crossing UTC midnight.
    ("B9", "U09", None, "2026-06-09 23:30:00", "2026-06-10 16:10:00"),
    # Inside working hours: Wednesday 06-10 10:00 EDT -> 10:45 EDT.
    ("B10", "U01", None, "2026-06-10 14:00:00", "2026-06-10 14:45:00"),
    # Monday 06-15 09:00 EDT -> Thursday 06-18 09:00 EDT: three working days, 1,440 minutes.
    ("B11", "U01", None, "2026-06-15 13:00:00", "2026-06-18 13:00:00"),
]

LEADS = [dict(lead_id=lead, email=f"{lead.lower()}@acct-{lead.lower()}.io", job_title="VP Marketing",
              crm_account_id=f"A{lead}", lead_source="web", owner_id=owner, lead_status="working",
              created_at="2026-05-15")
         for lead, owner, _, _, _ in CASES]

ACCOUNTS = [dict(account_id=f"A{lead}", account_name=f"Account {lead}", domain=f"acct-{lead.lower()}.io",
                 industry="Software", employee_count="250", annual_revenue="12000000.50",
                 technologies="Salesforce;HubSpot", is_target_account="true", owner_id=account_owner)
            for lead, _, account_owner, _, _ in CASES]

ACTIVITIES = [dict(activity_id=f"D{lead}", lead_id=lead, activity_type="demo_request", occurred_at=mql_at)
              for lead, _, _, mql_at, _ in CASES]

TOUCHES = [dict(touch_id=f"T{lead}", lead_id=lead, rep_id=owner, touch_type="call", touched_at=touched_at)
           for lead, owner, _, _, touched_at in CASES if touched_at]

# A0 has no one: its meeting and opportunity are credited to no MQL and change no handoff; they
# keep those tables from being empty.
ACCOUNTS.append(dict(account_id="A0", account_name="Account 0", domain="acct-0.io", industry="Software",
                     employee_count="250", is_target_account="false"))
MEETINGS = [dict(meeting_id="M0", account_id="A0", booked_at="2026-06-01 12:00:00", status="held")]
OPPORTUNITIES = [dict(opportunity_id="O0", account_id="A0", created_at="2026-06-02 00:00:00", amount="1000",
                      stage="Discovery")]

INTENT = dict(account_domain="acct-b1.io", topic="crm", intent_score="50", observed_at="2026-06-01")


def tables():
    return {
        "leads": _frame(LEADS, LEAD_COLUMNS),
        "accounts": _frame(ACCOUNTS, ACCOUNT_COLUMNS),
        "activities": _frame(ACTIVITIES, ACTIVITY_COLUMNS),
        "intent_signals": _frame([INTENT], INTENT_COLUMNS),
        "sales_touches": _frame(TOUCHES, TOUCH_COLUMNS),
        "meetings": _frame(MEETINGS, MEETING_COLUMNS),
        "opportunities": _frame(OPPORTUNITIES, OPPORTUNITY_COLUMNS),
        "owners": _frame(OWNERS, OWNER_COLUMNS),
    }
