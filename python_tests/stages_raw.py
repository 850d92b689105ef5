"""Hand-made account journeys (docs/definitions.md, Account stages) and the stage changes
fct_account_stage_changes must make of them, under the default seeds.

Every event is after 2026-05-01, so v2 is in effect throughout: aware holds 90 days after an
activity, engaged while 2 people have an engaged instant in the last 30 days, qualified from an MQA
event until the first instant that no longer qualifies or 30 days after the last qualifying one.
score_as_of is the last activity of a known person, 2026-10-31 00:00.

Fit. S1, S3 and its subsidiary S3S are shaped like the handoff world's accounts: Software (25),
250 employees (20), 12,000,000.50 revenue (10), Salesforce (8) and HubSpot (6), on the TAL (10):
79, tier A, so a target. S2 is Retail (5), 250 employees (20), 12,000,000.50 revenue (10), not on
the TAL: 35, tier C, no target. S4 is S1's shape (tier A, a target) and S5 S2's (tier C). Every
person is a 'VP Marketing' with a business email: person fit 95.

Behavior. A demo request is worth 50, an event attended 15, a web visit 1 (v2 rules); the
engaged threshold is 15. A person at a tier-A account qualifies with one demo request:
0.5 * 50 + 0.25 * 95 + 0.25 * 79 = 68.5 >= 60. At S2 nobody ever qualifies: two events attended
44 days apart give 15 * 0.5^(52/45) + 15 = 21.7 at most, and 0.5 * 21.7 + 0.25 * 95 + 0.25 * 35
= 43.4 < 60. An account is an MQA with 2 MQL people in 30 days.

  S1 (skips engaged, then wins): target from its created_at 05-01; aware at P11's web visit
     05-10; P11's demo request 06-01 and P12's 06-03 make two MQLs, so S1 qualifies on 06-03,
     when it also has two engaged people: aware -> qualified, skipping engaged; O1 created 06-20,
     won 07-15: opportunity, then customer (never left).
  S2 (falls back and re-enters): no target; aware at P21's web visit 06-01; engaged when P22
     attends an event on 06-12 (P21 attended on 06-10); back to aware on 07-10, when P21's 30
     days are over; engaged again on 08-05 (P21 08-01, P22 08-05): a re-entry; back on 08-31.
     Aware still holds at score_as_of (last activity 08-05, + 90 days = 11-03): 61 days in it.
  S3 (a subsidiary rolled into its parent; an opportunity lost): target from 05-01; P31 at the
     subsidiary S3S requests a demo on 07-01 (aware: the subsidiary's activity counts at S3); P32
     at S3 on 07-02: two MQLs, an MQA; O3, opened at S3S on 07-10, is lost on 07-25: back to
     qualified, which holds until 08-01 (30 days after the qualifying instant of 07-02, the
     last: nothing happens at S3 after it until score_as_of, which no longer qualifies); then
     aware until 09-30 (07-02 + 90 days), then target.
  S4 (stalled): a target from 2026-01-01 with nothing else: 303 days in target at score_as_of,
     over its 180.
  S5: no target, no activity: none, and no change.
"""

from __future__ import annotations

from python_tests.golden_raw import ACCOUNT_COLUMNS, ACTIVITY_COLUMNS, LEAD_COLUMNS, OPPORTUNITY_COLUMNS, _frame

RUN_TIME = "2026-11-01 00:00:00"

_TIER_A = dict(industry="Software", employee_count="250", annual_revenue="12000000.50",
               technologies="Salesforce;HubSpot", is_target_account="true")
_TIER_C = dict(industry="Retail", employee_count="250", annual_revenue="12000000.50", is_target_account="false")

ACCOUNTS = [
    dict(account_id="S1", account_name="Stage One", domain="s1.io", created_at="2026-05-01", **_TIER_A),
    dict(account_id="S2", account_name="Stage Two", domain="s2.io", created_at="2026-05-01", **_TIER_C),
    dict(account_id="S3", account_name="Stage Three", domain="s3.io", created_at="2026-05-01", **_TIER_A),
    dict(account_id="S3S", account_name="Stage Three Sub", domain="s3-sub.io", parent_account_id="S3",
         created_at="2026-05-01", **_TIER_A),
    dict(account_id="S4", account_name="Stage Four", domain="s4.io", created_at="2026-01-01", **_TIER_A),
    dict(account_id="S5", account_name="Stage Five", domain="s5.io", created_at="2026-01-01", **_TIER_C),
]

LEADS = [dict(lead_id=lead, email=f"{lead.lower()}@{account.lower()}.io", job_title="VP Marketing",
              crm_account_id=account, lead_source="web", created_at="2026-05-01")
         for lead, account in [("P11", "S1"), ("P12", "S1"), ("P21", "S2"), ("P22", "S2"),
                               ("P31", "S3S"), ("P32", "S3")]]

ACTIVITIES = [dict(activity_id=activity, lead_id=lead, activity_type=kind, occurred_at=at)
              for activity, lead, kind, at in [
                  ("V11", "P11", "web_visit", "2026-05-10 00:00:00"),
                  ("D11", "P11", "demo_request", "2026-06-01 00:00:00"),
                  ("D12", "P12", "demo_request", "2026-06-03 00:00:00"),
                  ("V21", "P21", "web_visit", "2026-06-01 00:00:00"),
                  ("E21", "P21", "event_attended", "2026-06-10 00:00:00"),
                  ("E22", "P22", "event_attended", "2026-06-12 00:00:00"),
                  ("E23", "P21", "event_attended", "2026-08-01 00:00:00"),
                  ("E24", "P22", "event_attended", "2026-08-05 00:00:00"),
                  ("D31", "P31", "demo_request", "2026-07-01 00:00:00"),
                  ("D32", "P32", "demo_request", "2026-07-02 00:00:00"),
                  # The clock: the last activity of a known person (S1 is a customer by then).
                  ("V12", "P11", "web_visit", "2026-10-31 00:00:00"),
              ]]

OPPORTUNITIES = [
    dict(opportunity_id="O1", account_id="S1", primary_lead_id="P11", created_at="2026-06-20 00:00:00",
         amount="10000", stage="Closed Won", is_closed="true", is_won="true", closed_at="2026-07-15 00:00:00"),
    dict(opportunity_id="O3", account_id="S3S", primary_lead_id="P31", created_at="2026-07-10 00:00:00",
         amount="8000", stage="Closed Lost", is_closed="true", is_won="false", closed_at="2026-07-25 00:00:00"),
]

# account -> [(changed_at, from, to, direction, days in the previous stage, cause, cause id)]. A
# cause id "mqa" is the account's MQA event at that time (fct_mqas); "instant:<person>" the
# person's engaged instant at that time.
EXPECTED_CHANGES = {
    "S1": [
        ("2026-05-01 00:00:00", "none", "target", "forward", None, "target_account", "S1"),
        ("2026-05-10 00:00:00", "target", "aware", "forward", "9.00", "activity", "activity:V11"),
        ("2026-06-03 00:00:00", "aware", "qualified", "forward", "24.00", "mqa", "mqa"),
        ("2026-06-20 00:00:00", "qualified", "opportunity", "forward", "17.00", "opportunity_created", "opportunity:O1"),
        ("2026-07-15 00:00:00", "opportunity", "customer", "forward", "25.00", "opportunity_won", "opportunity:O1"),
    ],
    "S2": [
        ("2026-06-01 00:00:00", "none", "aware", "forward", None, "activity", "activity:V21"),
        ("2026-06-12 00:00:00", "aware", "engaged", "forward", "11.00", "engaged_people", "instant:P22"),
        ("2026-07-10 00:00:00", "engaged", "aware", "back", "28.00", "lapsed", None),
        ("2026-08-05 00:00:00", "aware", "engaged", "re-entry", "26.00", "engaged_people", "instant:P22"),
        ("2026-08-31 00:00:00", "engaged", "aware", "back", "26.00", "lapsed", None),
    ],
    "S3": [
        ("2026-05-01 00:00:00", "none", "target", "forward", None, "target_account", "S3"),
        ("2026-07-01 00:00:00", "target", "aware", "forward", "61.00", "activity", "activity:D31"),
        ("2026-07-02 00:00:00", "aware", "qualified", "forward", "1.00", "mqa", "mqa"),
        ("2026-07-10 00:00:00", "qualified", "opportunity", "forward", "8.00", "opportunity_created", "opportunity:O3"),
        ("2026-07-25 00:00:00", "opportunity", "qualified", "back", "15.00", "opportunity_lost", "opportunity:O3"),
        ("2026-08-01 00:00:00", "qualified", "aware", "back", "7.00", "lapsed", None),
        ("2026-09-30 00:00:00", "aware", "target", "back", "60.00", "lapsed", None),
    ],
    "S4": [
        ("2026-01-01 00:00:00", "none", "target", "forward", None, "target_account", "S4"),
    ],
}

# account -> (stage now, entered at, days in stage at score_as_of, stalled)
EXPECTED_NOW = {
    "S1": ("customer", "2026-07-15 00:00:00", "108.00", False),
    "S2": ("aware", "2026-08-31 00:00:00", "61.00", False),
    "S3": ("target", "2026-09-30 00:00:00", "31.00", False),
    "S4": ("target", "2026-01-01 00:00:00", "303.00", True),
    "S5": ("none", None, None, False),
}


def tables():
    return {
        "leads": _frame(LEADS, LEAD_COLUMNS),
        "accounts": _frame(ACCOUNTS, ACCOUNT_COLUMNS),
        "activities": _frame(ACTIVITIES, ACTIVITY_COLUMNS),
        "opportunities": _frame(OPPORTUNITIES, OPPORTUNITY_COLUMNS),
    }
