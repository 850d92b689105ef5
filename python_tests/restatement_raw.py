"""Hand-made months for the restatement report (definitions: Restatement), worked out by hand.

Every lead is a 'VP Marketing' with a business email at its own account shaped like the golden
world's A1: person fit 95, account fit 79, so the fit part of the total is
0.25 * 95 + 0.25 * 79 = 43.5 under v1 and v2 (same weights; v1 threshold 70, v2 threshold 60 from
2026-05-01; everything else equal). Each lead acts once, on the 10th of a month at 12:00:

- a strong lead (S) requests a demo: behavior 50, total 68.5. Under v1 a handraiser (68.5 < 70,
  but a handraiser inside the window qualifies); under v2 a score MQL. An MQL under both.
- a middle lead (M) attends two webinars and views pricing in one instant: behavior
  12 + 12 + 10 = 34, total 0.5 * 34 + 43.5 = 60.5: an MQL under v2 (>= 60), not under v1 (< 70).

April: S1, M1. May: S2, M2 (the same behavior as April: only the rules change). June: S3, M3.
July: S4, S5, M4, M5, M6 (only the buyers change: v2 in effect in June and July).

  R_v1: Apr 1, May 1, Jun 1, Jul 2 (the S leads)     R_v2: Apr 2, May 2, Jun 2, Jul 5
  production (v1 in April, v2 from May): Apr 1, May 2, Jun 2, Jul 5
  May (o = v1, n = v2): change 2 - 1 = 1 = from the rules R_v2(May) - R_v1(May) = 2 - 1 = 1,
      from buyers R_v1(May) - R_v1(Apr) = 1 - 1 = 0.
  July (o = n = v2): change 5 - 2 = 3 = from buyers R_v2(Jul) - R_v2(Jun) = 3, rules 0.

Today (score_as_of = the latest activity, 2026-07-10 12:00):
  production (v2): S4, S5, M4, M5, M6 qualify (this instant); S3 too: its demo request is 30 days
  old, 50 * 0.5^(30/90) = 39.68, total 0.5 * 39.68 + 43.5 = 63.34 >= 60. M3: webinars
  24 * 0.5^(30/30) = 12 and pricing 10 * 0.5^(30/14) = 2.27, total 50.64 < 60. S2 (61 days):
  50 * 0.5^(61/90) = 31.21, total 59.11 < 60.
  under v1: S4 and S5 (handraisers inside 14 days); S3 63.34 < 70 without a recent handraiser.
  So restating v1 today would drop S3, M4, M5, M6 (each its own account) and add nobody.
"""

from __future__ import annotations

from python_tests.golden_raw import (
    ACCOUNT_COLUMNS, ACTIVITY_COLUMNS, INTENT_COLUMNS, LEAD_COLUMNS, MEETING_COLUMNS,
    OPPORTUNITY_COLUMNS, TOUCH_COLUMNS, _frame,
)

RUN_TIME = "2026-11-01 00:00:00"

# lead -> month it acts in
STRONG = {"S1": "04", "S2": "05", "S3": "06", "S4": "07", "S5": "07"}
MIDDLE = {"M1": "04", "M2": "05", "M3": "06", "M4": "07", "M5": "07", "M6": "07"}
PEOPLE = {**STRONG, **MIDDLE}

LEADS = [dict(lead_id=lead, email=f"{lead.lower()}@{lead.lower()}.io", job_title="VP Marketing",
              crm_account_id=f"R{lead}", created_at="2026-03-01") for lead in PEOPLE]
ACCOUNTS = [dict(account_id=f"R{lead}", account_name=f"Account of {lead}", domain=f"{lead.lower()}.io",
                 industry="Software", employee_count="250", annual_revenue="12000000.50",
                 technologies="Salesforce;HubSpot", is_target_account="true") for lead in PEOPLE]


def _activities():
    rows = []
    for lead, month in STRONG.items():
        rows.append(dict(activity_id=f"{lead}-demo", lead_id=lead, activity_type="demo_request",
                         occurred_at=f"2026-{month}-10 12:00:00"))
    for lead, month in MIDDLE.items():
        for kind in ("webinar_attended-1", "webinar_attended-2", "pricing_page_view"):
            rows.append(dict(activity_id=f"{lead}-{kind}", lead_id=lead, activity_type=kind.split("-")[0],
                             occurred_at=f"2026-{month}-10 12:00:00"))
    return rows


ACTIVITIES = _activities()
INTENT = dict(account_domain="s1.io", topic="crm", intent_score="50", observed_at="2026-04-01")
TOUCH = dict(touch_id="T1", lead_id="S1", rep_id="U1", touch_type="call", touched_at="2026-04-10 13:00:00")


def tables():
    return {
        "leads": _frame(LEADS, LEAD_COLUMNS),
        "accounts": _frame(ACCOUNTS, ACCOUNT_COLUMNS),
        "activities": _frame(ACTIVITIES, ACTIVITY_COLUMNS),
        "intent_signals": _frame([INTENT], INTENT_COLUMNS),
        "sales_touches": _frame([TOUCH], TOUCH_COLUMNS),
        "meetings": _frame([], MEETING_COLUMNS),
        "opportunities": _frame([], OPPORTUNITY_COLUMNS),
    }
