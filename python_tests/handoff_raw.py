"""Hand-made handoff timelines (definitions: Handoff, Funnel) and what fct_handoffs must make of them.

Every lead is a 'VP Marketing' with a business email at its own account (H1..H9, all shaped like
the golden world's A1), so under the default seeds person fit is 95 and account fit 79, and a
demo request alone qualifies: total = 0.5 * 50 + 0.25 * 95 + 0.25 * 79 = 68.5 >= 60 (v2, in
effect from 2026-05-01). Each demo request below is therefore an MQL event at its occurred_at,
by score, and nothing else in the world qualifies anyone.

P4 qualifies twice: 60 days after its first demo request the decayed request is worth
50 * 0.5^(60/90) = 31.50, so just before the second request the total is
0.5 * 31.50 + 43.5 = 59.25 < 60 with no handraiser in the 14-day window: a new MQL event.
"""

from __future__ import annotations

from python_tests.golden_raw import (
    ACCOUNT_COLUMNS, ACTIVITY_COLUMNS, INTENT_COLUMNS, LEAD_COLUMNS, MEETING_COLUMNS,
    OPPORTUNITY_COLUMNS, TOUCH_COLUMNS, _frame,
)

RUN_TIME = "2026-11-01 00:00:00"

# (lead, account, lead_source, owner, lead_status, status_reason)
PEOPLE = [
    ("P1", "H1", "web", "U1", "working", None),
    ("P2", "H2", "web", "U1", "working", None),
    ("P3", "H3", "web", "U1", "converted", None),
    ("P4", "H4", "web", "U1", "working", None),
    ("P5", "H5", "event", "U2", "working", None),
    ("P6", "H6", "event", "U2", "open", None),
    ("P7", "H7", "event", "U2", "nurture", "Not now, revisit in Q1"),
    ("P8", "H8", "event", "U2", "disqualified", "No budget"),
    ("P91", "H9", "paid", "U3", "working", None),
    ("P92", "H9", "paid", "U3", "open", None),
    ("P93", "H9", "paid", "U3", "working", None),
]

LEADS = [dict(lead_id=lead, email=f"{lead.lower()}@{account.lower()}.io", job_title="VP Marketing",
              crm_account_id=account, lead_source=source, owner_id=owner, lead_status=status,
              status_reason=reason, created_at="2026-05-15")
         for lead, account, source, owner, status, reason in PEOPLE]

# H10 has no leads: its opportunity can be credited to no MQL.
ACCOUNTS = [dict(account_id=f"H{i}", account_name=f"Handoff {i}", domain=f"h{i}.io", industry="Software",
                 employee_count="250", annual_revenue="12000000.50", technologies="Salesforce;HubSpot",
                 is_target_account="true") for i in range(1, 11)]

# The MQL events: one demo request each (P4 two).
DEMO_REQUESTS = [
    ("P1", "2026-06-01 10:00:00"), ("P2", "2026-06-01 10:00:00"), ("P3", "2026-06-03 12:00:00"),
    ("P4", "2026-06-01 00:00:00"), ("P4", "2026-07-31 00:00:00"), ("P5", "2026-06-10 00:00:00"),
    ("P6", "2026-06-15 00:00:00"), ("P7", "2026-06-15 00:00:00"), ("P8", "2026-06-15 00:00:00"),
    ("P91", "2026-06-01 00:00:00"), ("P92", "2026-06-05 00:00:00"), ("P93", "2026-06-10 00:00:00"),
]
ACTIVITIES = [dict(activity_id=f"D{i}", lead_id=lead, activity_type="demo_request", occurred_at=at)
              for i, (lead, at) in enumerate(DEMO_REQUESTS, start=1)]

# Marketing touches at H9 (an is_touch type with a campaign), for fct_opportunities' sourcing.
# None of them makes a new MQL event: P91 and P93 are already MQLs when they score them, and on
# 2026-10-01 P92's June demo request has decayed to 50 * 0.5^(118/90) = 20.2, so 20.2 + 3 + 1 + 3
# gives a total of 0.5 * 27.2 + 43.5 = 57.1 < 60; before their MQLs P91 and P93 score
# 0.5 * 2 + 43.5 = 44.5 and 0.5 * 12 + 43.5 = 49.5.
ACTIVITIES += [
    # 90 days before O92 (2026-06-25) to the second: inside the lookback; 85 days before O91.
    dict(activity_id="C1", lead_id="P91", activity_type="ad_click", occurred_at="2026-03-27 00:00:00",
         channel="paid_social", campaign="Spring ads"),
    # 90 days and 1 second before O92: outside its lookback; inside O91's.
    dict(activity_id="C2", lead_id="P93", activity_type="content_download", occurred_at="2026-03-26 23:59:59",
         channel="organic", campaign="Spring ebook"),
    # After O91 was created (2026-06-20 00:00), before O92; 117 days before O93.
    dict(activity_id="C3", lead_id="P91", activity_type="webinar_attended", occurred_at="2026-06-20 12:00:00",
         channel="webinar", campaign="June webinar"),
    # 14 days before O93: its one touch.
    dict(activity_id="C4", lead_id="P92", activity_type="email_click", occurred_at="2026-10-01 00:00:00",
         channel="email", campaign="Autumn newsletter"),
    # Not touches: a web visit (not is_touch) with a campaign, an email click without one.
    dict(activity_id="C5", lead_id="P92", activity_type="web_visit", occurred_at="2026-10-02 00:00:00",
         channel="email", campaign="Autumn newsletter"),
    dict(activity_id="C6", lead_id="P92", activity_type="email_click", occurred_at="2026-10-03 00:00:00"),
]

TOUCHES = [
    # P1: a call one second before the MQL (pre-MQL, never a negative speed), an automated email
    # after it (not a touch), and the first human touch exactly 24 hours after (within 24h).
    dict(touch_id="T11", lead_id="P1", rep_id="U1", touch_type="call", touched_at="2026-06-01 09:59:59"),
    dict(touch_id="T12", lead_id="P1", rep_id="U1", touch_type="email", is_automated="true",
         touched_at="2026-06-01 10:01:00"),
    dict(touch_id="T13", lead_id="P1", rep_id="U1", touch_type="call", touched_at="2026-06-02 10:00:00"),
    # P2: 24 hours and one second after (not within 24h); an automated email first.
    dict(touch_id="T21", lead_id="P2", rep_id="U1", touch_type="email", is_automated="true",
         touched_at="2026-06-01 10:00:30"),
    dict(touch_id="T22", lead_id="P2", rep_id="U1", touch_type="call", touched_at="2026-06-02 10:00:01"),
    # P3: four minutes after.
    dict(touch_id="T31", lead_id="P3", rep_id="U9", touch_type="call", touched_at="2026-06-03 12:04:00"),
    # P4: two touches between its MQLs (both the first MQL's), one 30 minutes after the second.
    dict(touch_id="T41", lead_id="P4", rep_id="U1", touch_type="call", touched_at="2026-06-05 00:00:00"),
    dict(touch_id="T42", lead_id="P4", rep_id="U1", touch_type="email", touched_at="2026-06-10 00:00:00"),
    dict(touch_id="T43", lead_id="P4", rep_id="U1", touch_type="call", touched_at="2026-07-31 00:30:00"),
    # P5: 20 minutes after. P6: never touched. P7: two hours after. P8: two days after.
    dict(touch_id="T51", lead_id="P5", rep_id="U2", touch_type="sms", touched_at="2026-06-10 00:20:00"),
    dict(touch_id="T71", lead_id="P7", rep_id="U2", touch_type="call", touched_at="2026-06-15 02:00:00"),
    dict(touch_id="T81", lead_id="P8", rep_id="U2", touch_type="call", touched_at="2026-06-17 00:00:00"),
]

MEETINGS = [
    # Booked by the demo form 30 seconds before the MQL is stamped: counts, and was held.
    dict(meeting_id="M31", lead_id="P3", account_id="H3", booked_at="2026-06-03 11:59:30", status="held"),
    # Booked 30 seconds before P4's second MQL: belongs to the second, not the first.
    dict(meeting_id="M41", lead_id="P4", account_id="H4", booked_at="2026-07-30 23:59:30", status="held"),
    # Canceled: not a meeting.
    dict(meeting_id="M51", lead_id="P5", account_id="H5", booked_at="2026-06-11 00:00:00", status="canceled"),
    # 35 days after P7's MQL: outside the 30-day meeting window.
    dict(meeting_id="M71", lead_id="P7", account_id="H7", booked_at="2026-07-20 00:00:00", status="held"),
    # No lead: an account meeting at H9, credited to the latest MQL there (P93's).
    dict(meeting_id="M91", account_id="H9", booked_at="2026-06-12 00:00:00", status="scheduled"),
]

OPPORTUNITY_COLUMNS = OPPORTUNITY_COLUMNS + ["owner_id", "opportunity_type"]
OPPORTUNITIES = [
    dict(opportunity_id="O31", account_id="H3", primary_lead_id="P3", created_at="2026-06-20 00:00:00",
         amount="10000", stage="Closed Won", is_closed="true", is_won="true", closed_at="2026-07-20 00:00:00",
         owner_id="U9", opportunity_type="New Business"),
    # Reached by the three MQLs at H9, no primary lead: credited once, to the latest (P93).
    dict(opportunity_id="O91", account_id="H9", created_at="2026-06-20 00:00:00", amount="50000",
         stage="Proposal"),
    # Primary lead P91: credited to P91's MQL although P93's at the same account is later.
    dict(opportunity_id="O92", account_id="H9", primary_lead_id="P91", created_at="2026-06-25 00:00:00",
         amount="20000", stage="Discovery"),
    # Created 127 days after the last MQL at H9: outside the 90-day window, credited to nobody.
    dict(opportunity_id="O93", account_id="H9", created_at="2026-10-15 00:00:00", amount="99999",
         stage="Discovery", owner_id="U3", opportunity_type="Existing Customer - Upgrade"),
    # Created on 2026-06-01, before P6's only MQL at H6 (06-15): credited to nobody; lost after 29.5 days.
    dict(opportunity_id="O61", account_id="H6", created_at="2026-06-01 00:00:00", amount="7000",
         stage="Closed Lost", is_closed="true", closed_at="2026-06-30 12:00:00", opportunity_type="Partner deal"),
    # H10 has no one: no MQL can be credited; won after 10 days.
    dict(opportunity_id="O101", account_id="H10", created_at="2026-07-01 00:00:00", amount="3000",
         stage="Closed Won", is_closed="true", is_won="true", closed_at="2026-07-11 00:00:00", owner_id="U3",
         opportunity_type="renewal"),
]

# Intent never changes a handoff; one row keeps the table from being empty.
INTENT = dict(account_domain="h9.io", topic="crm", intent_score="50", observed_at="2026-06-01")


def tables():
    return {
        "leads": _frame(LEADS, LEAD_COLUMNS),
        "accounts": _frame(ACCOUNTS, ACCOUNT_COLUMNS),
        "activities": _frame(ACTIVITIES, ACTIVITY_COLUMNS),
        "intent_signals": _frame([INTENT], INTENT_COLUMNS),
        "sales_touches": _frame(TOUCHES, TOUCH_COLUMNS),
        "meetings": _frame(MEETINGS, MEETING_COLUMNS),
        "opportunities": _frame(OPPORTUNITIES, OPPORTUNITY_COLUMNS),
    }
