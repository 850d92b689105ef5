"""Five days of a hand-made world as a daily job sees it, for the CRM write-back (fct_crm_field_updates).

Every lead is a 'VP Marketing' with a business email at its own account (AC1..AC6), shaped like
python_tests/handoff_raw.py's: person fit 95, account fit 79, so the total is
0.5 * behavior + 43.5 under v2 (in effect from 2026-05-01; threshold 60), the fit letter A (fit
(95 + 79) / 2 = 87) and the account tier A (79 >= 75). Day d runs with score_as_of and run_time
2026-06-0d 12:00:00 on the raw tables as a loader delivers them that day: the activities up to
then; from day 3 C5 is merged into C4; from day 4 C6 is deleted.

- C1 crosses the threshold with a demo request on day 2.
- C2's grade goes from A3 to A2 on day 3 (behavior over 15, the engaged threshold), the score
  moving only 1.16.
- C3, an MQL since May, moves 0.47 on day 4 (below var crm_score_min_change, 5) and 11.14 on day 5.
- C5, an MQL, is merged into C4 on day 3; C6, an MQL, is deleted on day 4.
"""

from __future__ import annotations

from python_tests.golden_raw import (
    ACCOUNT_COLUMNS, ACTIVITY_COLUMNS, INTENT_COLUMNS, LEAD_COLUMNS, MEETING_COLUMNS, OPPORTUNITY_COLUMNS,
    TOUCH_COLUMNS, _frame,
)

DAYS = 5
MERGED_FROM_DAY, DELETED_FROM_DAY = 3, 4
PEOPLE = ["C1", "C2", "C3", "C4", "C5", "C6"]

ACTIVITIES = [
    ("C1", "webinar_attended", "2026-05-31 12:00:00"),
    ("C1", "demo_request", "2026-06-02 09:00:00"),
    ("C2", "case_study_download", "2026-05-31 12:00:00"),
    ("C2", "email_click", "2026-06-03 08:00:00"),
    ("C3", "demo_request", "2026-05-20 12:00:00"),
    ("C3", "email_open", "2026-06-04 08:00:00"),
    ("C3", "pricing_page_view", "2026-06-05 08:00:00"),
    ("C3", "content_download", "2026-06-05 08:00:00"),
    ("C4", "web_visit", "2026-06-01 08:00:00"),
    ("C5", "demo_request", "2026-05-25 12:00:00"),
    ("C6", "demo_request", "2026-05-28 12:00:00"),
]

ACCOUNTS = [dict(account_id=f"A{lead}", account_name=f"Account {lead}", domain=f"acct-{lead.lower()}.io",
                 industry="Software", employee_count="250", annual_revenue="12000000.50",
                 technologies="Salesforce;HubSpot", is_target_account="true") for lead in PEOPLE]
# A0 has no one: its meeting and opportunity change nothing and keep those tables from being empty.
ACCOUNTS.append(dict(ACCOUNTS[0], account_id="A0", account_name="Account 0", domain="acct-0.io"))
MEETINGS = [dict(meeting_id="M0", account_id="A0", booked_at="2026-05-01 12:00:00", status="held")]
OPPORTUNITIES = [dict(opportunity_id="O0", account_id="A0", created_at="2026-05-02 00:00:00", amount="1000",
                      stage="Discovery")]
TOUCHES = [dict(touch_id="T0", lead_id="C3", rep_id="U1", touch_type="call", touched_at="2026-05-21 12:00:00")]
INTENT = dict(account_domain="acct-c1.io", topic="crm", intent_score="50", observed_at="2026-05-01")


def run_time(day: int) -> str:
    return f"2026-06-{day:02d} 12:00:00"


def tables(day: int):
    leads = [dict(lead_id=lead, email=f"{lead.lower()}@acct-{lead.lower()}.io", job_title="VP Marketing",
                  crm_account_id=f"A{lead}", lead_source="web", owner_id="U1", lead_status="working",
                  created_at="2026-05-01",
                  merged_into_lead_id="C4" if lead == "C5" and day >= MERGED_FROM_DAY else None,
                  is_deleted="true" if lead == "C6" and day >= DELETED_FROM_DAY else None)
             for lead in PEOPLE]
    activities = [dict(activity_id=f"E{i}", lead_id=lead, activity_type=kind, occurred_at=at)
                  for i, (lead, kind, at) in enumerate(ACTIVITIES, start=1) if at <= run_time(day)]
    return {
        "leads": _frame(leads, LEAD_COLUMNS),
        "accounts": _frame(ACCOUNTS, ACCOUNT_COLUMNS),
        "activities": _frame(activities, ACTIVITY_COLUMNS),
        "intent_signals": _frame([INTENT], INTENT_COLUMNS),
        "sales_touches": _frame(TOUCHES, TOUCH_COLUMNS),
        "meetings": _frame(MEETINGS, MEETING_COLUMNS),
        "opportunities": _frame(OPPORTUNITIES, OPPORTUNITY_COLUMNS),
    }
