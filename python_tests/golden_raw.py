"""Hand-made raw rows, one or a few per staging rule, and what staging must make of them.

The run time is pinned (``RUN_TIME``) so "future" is fixed. Each row's comment says which rule it
exercises; ``EXPECTED_REJECTIONS`` lists every row that must land in rejected_records and why;
every other row must be staged. Some tables leave optional columns out on purpose: staging must
read them as null.
"""

from __future__ import annotations

import pandas as pd

RUN_TIME = "2026-11-01 00:00:00"


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=columns, dtype=object)


LEAD_COLUMNS = [
    "lead_id", "email", "first_name", "last_name", "job_title", "company_name", "company_domain",
    "crm_account_id", "country", "lead_source", "owner_id", "lead_status", "status_reason",
    "created_at", "updated_at", "is_deleted", "merged_into_lead_id",
]
LEADS = [
    # Normalisation: email trimmed and lower-cased; title whitespace collapsed; URL reduced to host;
    # country upper-cased; status lower-cased; 'Z' zone read as UTC; 'FALSE' read as false.
    dict(lead_id="L1", email="  Ada.Lovelace@Example.COM ", job_title="  VP   Marketing ",
         company_domain="https://www.Example.com/about", country=" us ", lead_source="Web",
         lead_status="Working", created_at="2026-01-15T10:00:00Z", updated_at="2026-01-16 10:00:00",
         is_deleted="FALSE", crm_account_id="A1"),
    # A +02:00 offset is shifted to UTC (12:00 +02:00 = 10:00 UTC); an unreadable optional
    # timestamp becomes null; 'yes' is true; a malformed email becomes null.
    dict(lead_id="L2", email="not-an-email", created_at="2026-03-01T12:00:00+02:00",
         updated_at="not a date", is_deleted="yes"),
    # A negative half-hour offset with microseconds (09:30:00.123456 -05:30 = 15:00:00.123456 UTC);
    # an unknown status becomes null.
    dict(lead_id="L3", created_at="2026-03-01 09:30:00.123456-05:30", lead_status="weird"),
    dict(lead_id="L4", created_at=None),                     # missing_created_at
    dict(lead_id="L5", created_at="2026-02-30 10:00:00"),    # unreadable_created_at (no Feb 30)
    dict(lead_id="L6", created_at="2027-01-01"),             # future_created_at (after RUN_TIME)
    dict(lead_id="  ", created_at="2026-01-01"),             # missing_lead_id (blank is missing)
    dict(lead_id="L7", created_at="2026-04-01 08:00:00"),    # staged once ...
    dict(lead_id="L7", created_at="2026-04-01 08:00:00"),    # ... the exact copy is duplicate_row
    # Same id, different content: the newest update wins, the other is duplicate_id.
    dict(lead_id="L8", created_at="2026-04-01", updated_at="2026-04-01", lead_status="open"),
    dict(lead_id="L8", created_at="2026-04-01", updated_at="2026-05-01", lead_status="nurture"),
    dict(lead_id="L9", created_at="2026-03-01 24:00:00"),    # unreadable_created_at (hour 24)
    dict(lead_id="L10", created_at="2026-03-01"),            # a date alone is midnight UTC

    # --- person resolution (int_leads_resolved) ---
    # A merge chain of three: L22 -> L21 -> L20; all three are person L20.
    dict(lead_id="L20", email="chain@acme.io", created_at="2026-01-01"),
    dict(lead_id="L21", email="chain.old@acme.io", created_at="2025-12-01", merged_into_lead_id="L20"),
    dict(lead_id="L22", created_at="2025-11-01", merged_into_lead_id="L21"),
    # A merge cycle: both records are kept out ('merge_cycle'), and so is their activity.
    dict(lead_id="L30", email="loop@acme.io", created_at="2026-01-01", merged_into_lead_id="L31"),
    dict(lead_id="L31", created_at="2026-01-01", merged_into_lead_id="L30"),
    # A merge into a record nobody has: kept out ('unknown_merge_target').
    dict(lead_id="L32", created_at="2026-01-01", merged_into_lead_id="L999"),
    # Three live records with one email (case and spaces differ). L41 survives: it is the only
    # one with a CRM account that exists (A1). L42 is earlier but its A404 names no account.
    dict(lead_id="L40", email="Same@Acme.io", created_at="2026-02-01"),
    dict(lead_id="L41", email=" same@acme.io", created_at="2026-03-01", crm_account_id="A1"),
    dict(lead_id="L42", email="same@acme.io", created_at="2026-01-01", crm_account_id="A404"),
    # A full tie (no CRM account, same created_at): the lowest lead_id, L43, survives.
    dict(lead_id="L44", email="tie@acme.io", created_at="2026-01-01"),
    dict(lead_id="L43", email="tie@acme.io", created_at="2026-01-01"),
    # A deleted record with activity: kept out ('deleted'); its activity is rejected ('lead_deleted').
    dict(lead_id="L50", email="gone@acme.io", created_at="2026-01-01", is_deleted="true"),
    # A merged-away record the CRM flags deleted (as CRMs do): only the root's flag counts, so
    # its history moves to L20.
    dict(lead_id="L51", created_at="2026-01-01", is_deleted="true", merged_into_lead_id="L20"),
    # Null emails never merge: L52 and L53 are two people.
    dict(lead_id="L52", created_at="2026-01-01"),
    dict(lead_id="L53", created_at="2026-01-01"),

    # --- account match (int_persons_matched_to_accounts) ---
    # Free-mail address, company domain given as a URL: matched by company domain to A3.
    dict(lead_id="L60", email="pat@gmail.com", company_name="Beta Corp",
         company_domain="https://www.beta.io/contact", created_at="2026-01-01"),
    # Free-mail address with a company name only: names never match, free mail never matches.
    dict(lead_id="L61", email="kim@yahoo.com", company_name="Example Inc", created_at="2026-01-01"),
    # A CRM account id that does not exist: falls through to the email domain (example.com: A1).
    dict(lead_id="L62", email="zed@example.com", crm_account_id="A404", created_at="2026-01-01"),
    # A subsidiary's CRM id: matched to A4, resolved to its parent A3.
    dict(lead_id="L63", email="sub@beta-sub.io", crm_account_id="A4", created_at="2026-01-01"),
    # A competitor (seed competitor_domains).
    dict(lead_id="L64", email="spy@leadrivals.com", created_at="2026-01-01"),
    # A free-mail company domain never matches either (an account with domain gmail.com exists: A8).
    dict(lead_id="L65", email="lee@gmail.com", company_domain="gmail.com", created_at="2026-01-01"),

    # --- the Acme buying group (docs/definitions.md, Buying group; fct_buying_group_roles,
    # dim_accounts): see ACME below ---
    dict(lead_id="L70", email="vp@acme-analytics.com", job_title="VP Marketing", crm_account_id="A9",
         created_at="2026-01-01"),
    dict(lead_id="L71", email="dg@acme-analytics.com", job_title="Director of Demand Generation",
         crm_account_id="A9", created_at="2026-01-01"),
    dict(lead_id="L72", email="mops@acme-analytics.com", job_title="Marketing Operations Manager",
         crm_account_id="A9", created_at="2026-01-01"),
    dict(lead_id="L73", email="cfo@acme-analytics.com", job_title="CFO", crm_account_id="A9",
         created_at="2026-01-01"),
    dict(lead_id="L74", email="cto@acme-analytics.com", job_title="CTO", crm_account_id="A9",
         created_at="2026-01-01"),
]

ACCOUNT_COLUMNS = [
    "account_id", "account_name", "domain", "industry", "employee_count", "annual_revenue", "country",
    "technologies", "is_target_account", "parent_account_id", "owner_id", "created_at", "updated_at",
]
ACCOUNTS = [
    # Host with port, path and query stripped; technologies lower-cased without spaces.
    dict(account_id="A1", account_name="Example Inc", domain="HTTP://WWW.Example.com:8080/x?y=1",
         employee_count="250", annual_revenue="12000000.50", technologies="Salesforce ; HubSpot",
         is_target_account="TRUE", industry=" Software "),
    # Unreadable number becomes null; a missing flag is false. Two versions: the newer wins.
    dict(account_id="A2", employee_count="many", updated_at="2026-01-01", account_name="Old name"),
    dict(account_id="A2", employee_count="many", updated_at="2026-02-01", account_name="New name"),
    dict(account_id=None, account_name="No id"),             # missing_account_id
    dict(account_id="A3", account_name="Beta", domain="beta.io"),
    dict(account_id="A4", account_name="Beta Sub", domain="beta-sub.io", parent_account_id="A3"),
    # A parent nobody has: A5 stays itself. A6 and A7 are each other's parent: no roll-up.
    dict(account_id="A5", domain="five.io", parent_account_id="A404"),
    dict(account_id="A6", domain="six.io", parent_account_id="A7"),
    dict(account_id="A7", domain="seven.io", parent_account_id="A6"),
    dict(account_id="A8", account_name="A mail provider", domain="gmail.com"),
    dict(account_id="A9", account_name="Acme", domain="acme-analytics.com", industry="Software",
         employee_count="500", is_target_account="true"),
]

ACTIVITY_COLUMNS = ["activity_id", "lead_id", "account_domain", "activity_type", "occurred_at",
                    "channel", "campaign", "detail"]
ACTIVITIES = [
    dict(activity_id="E1", lead_id="L1", activity_type="Demo Request", occurred_at="2026-06-01 10:00:00"),
    dict(activity_id="E2", lead_id="L1", activity_type="PRICING_PAGE_VIEW", occurred_at="2026-06-01 10:00:00"),
    # Anonymous account-level event: no lead, the domain reduced to its host.
    dict(activity_id="E3", account_domain="www.example.com", activity_type="ad_click", occurred_at="2026-06-02"),
    dict(activity_id="E4", lead_id="L404", activity_type="web_visit", occurred_at="2026-06-02"),   # orphan_lead_id
    dict(activity_id="E5", lead_id="L1", activity_type="badge_scan", occurred_at="2026-06-02"),   # unknown_activity_type
    dict(activity_id="E6", lead_id="L1", activity_type=None, occurred_at="2026-06-02"),           # missing_activity_type
    dict(activity_id="E7", lead_id="L1", activity_type="web_visit", occurred_at=None),            # missing_occurred_at
    dict(activity_id="E8", lead_id="L1", activity_type="web_visit", occurred_at="2030-01-01"),    # future_occurred_at
    dict(activity_id="E9", activity_type="web_visit", occurred_at="2026-06-02"),   # missing_lead_and_account_domain
    dict(activity_id="E10", lead_id="L1", activity_type="email_open", occurred_at="2026-06-03"),
    dict(activity_id="E10", lead_id="L1", activity_type="email_open", occurred_at="2026-06-03"),  # duplicate_row
    # An event of a lead staging rejected is an orphan too (L4 has no created_at).
    dict(activity_id="E11", lead_id="L4", activity_type="web_visit", occurred_at="2026-06-02"),   # orphan_lead_id
    dict(activity_id="E12", lead_id="L1", activity_type="web_visit", occurred_at="2026-06-01 10:00:00.000001"),
    # Alias through activity_type_aliases: 'white paper download' -> white_paper_download -> content_download.
    dict(activity_id="E13", lead_id="L1", activity_type=" white paper download ", occurred_at="2026-06-04"),
    dict(activity_id="E14", lead_id="L1", activity_type="web_visit", occurred_at="06/04/2026"),   # unreadable_occurred_at
    # Re-keying: to the chain's root, to the email survivor; kept out with the record.
    dict(activity_id="E20", lead_id="L22", activity_type="web_visit", occurred_at="2026-06-01"),  # -> L20
    dict(activity_id="E21", lead_id="L51", activity_type="web_visit", occurred_at="2026-06-01"),  # -> L20
    dict(activity_id="E30", lead_id="L30", activity_type="web_visit", occurred_at="2026-06-01"),  # lead_merge_cycle
    dict(activity_id="E40", lead_id="L40", activity_type="web_visit", occurred_at="2026-06-01"),  # -> L41
    dict(activity_id="E50", lead_id="L50", activity_type="web_visit", occurred_at="2026-06-01"),  # lead_deleted
    # Acme (see ACME): all before 2026-06-04 00:00, the golden world's score_as_of.
    dict(activity_id="E70", lead_id="L70", activity_type="demo_request", occurred_at="2026-06-03 12:00:00"),
    dict(activity_id="E71", lead_id="L70", activity_type="webinar_attended", occurred_at="2026-06-01"),
    dict(activity_id="E72", lead_id="L70", activity_type="webinar_attended", occurred_at="2026-06-02"),
    dict(activity_id="E73", lead_id="L70", activity_type="webinar_attended", occurred_at="2026-06-03"),
    dict(activity_id="E74", lead_id="L70", activity_type="pricing_page_view", occurred_at="2026-06-02"),
    dict(activity_id="E75", lead_id="L71", activity_type="case_study_download", occurred_at="2026-06-03"),
    dict(activity_id="E76", lead_id="L71", activity_type="email_open", occurred_at="2026-06-03"),
    dict(activity_id="E77", lead_id="L71", activity_type="email_open", occurred_at="2026-06-03"),
    dict(activity_id="E78", lead_id="L72", activity_type="product_page_view", occurred_at="2026-06-03"),
    dict(activity_id="E79", lead_id="L72", activity_type="content_download", occurred_at="2026-06-03"),
    dict(activity_id="E80", lead_id="L73", activity_type="pricing_page_view", occurred_at="2026-06-03"),
]

# 'provider' is left out on purpose: an optional column the loader did not deliver.
INTENT_COLUMNS = ["account_domain", "topic", "intent_score", "observed_at"]
INTENT = [
    dict(account_domain="https://example.com", topic="Lead Scoring", intent_score="88", observed_at="2026-06-01"),
    dict(account_domain="example.com", topic="crm", intent_score="120", observed_at="2026-06-01"),   # out of range
    dict(account_domain="example.com", topic="abm", intent_score="high", observed_at="2026-06-01"),  # unreadable
    dict(account_domain=None, topic="crm", intent_score="50", observed_at="2026-06-01"),            # missing domain
    dict(account_domain="example.com", topic="crm", intent_score="40", observed_at="2026-06-08"),
    dict(account_domain="example.com", topic="crm", intent_score="40", observed_at="2026-06-08"),   # duplicate_row
    # Intent at two accounts whose priority scores tie at 0 (A5, A7): it orders them, nothing else.
    dict(account_domain="seven.io", topic="crm", intent_score="70", observed_at="2026-06-01"),
    dict(account_domain="five.io", topic="crm", intent_score="30", observed_at="2026-06-01"),
]

TOUCH_COLUMNS = ["touch_id", "lead_id", "rep_id", "touch_type", "is_automated", "touched_at"]
TOUCHES = [
    dict(touch_id="T1", lead_id="L1", touch_type="Call", is_automated=None, touched_at="2026-06-01 10:05:00"),
    dict(touch_id="T2", lead_id="L1", touch_type="LinkedIn", is_automated="1", touched_at="2026-06-01 11:00:00"),
    dict(touch_id="T3", lead_id="L404", touch_type="call", touched_at="2026-06-01"),     # orphan_lead_id
    dict(touch_id="T4", lead_id=None, touch_type="call", touched_at="2026-06-01"),       # missing_lead_id
    dict(touch_id="T5", lead_id="L1", touch_type="call", touched_at="yesterday"),        # unreadable_touched_at
    dict(touch_id="T6", lead_id="L42", touch_type="call", touched_at="2026-06-01"),      # -> L41
    dict(touch_id="T7", lead_id="L32", touch_type="call", touched_at="2026-06-01"),      # lead_unknown_merge_target
]

# 'scheduled_for' is left out on purpose.
MEETING_COLUMNS = ["meeting_id", "lead_id", "account_id", "rep_id", "booked_at", "status"]
MEETINGS = [
    dict(meeting_id="M1", lead_id="L1", account_id="A1", booked_at="2026-06-01 09:59:30", status="Cancelled"),
    dict(meeting_id="M2", account_id="A404", booked_at="2026-06-01"),                    # orphan_account_id
    dict(meeting_id="M3", lead_id="L1", booked_at=None),                                 # missing_booked_at
    dict(meeting_id="M4", lead_id="L1", booked_at="2026-06-02", status="No-Show"),
    # The lead is kept out: with an account the meeting stays (account meeting), without it is rejected.
    dict(meeting_id="M5", lead_id="L50", account_id="A1", booked_at="2026-06-02"),
    dict(meeting_id="M6", lead_id="L50", booked_at="2026-06-02"),                       # lead_deleted
]

OPPORTUNITY_COLUMNS = ["opportunity_id", "account_id", "primary_lead_id", "created_at", "amount", "stage",
                       "is_closed", "is_won", "closed_at", "source"]
OPPORTUNITIES = [
    # Won implies closed, whatever is_closed says.
    dict(opportunity_id="O1", account_id="A1", primary_lead_id="L1", created_at="2026-06-10",
         amount="5000", is_won="true", is_closed="false", stage="Closed Won"),
    dict(opportunity_id="O2", account_id="A404", created_at="2026-06-10"),                # orphan_account_id
    dict(opportunity_id="O3", account_id="A1", primary_lead_id="L404", created_at="2026-06-10"),  # orphan_primary_lead_id
    dict(opportunity_id="O4", account_id=None, created_at="2026-06-10"),                  # missing_account_id
    # The primary lead is kept out: the opportunity stays, without a primary person.
    dict(opportunity_id="O5", account_id="A1", primary_lead_id="L50", created_at="2026-06-10"),
    dict(opportunity_id="O6", account_id="A1", primary_lead_id="L21", created_at="2026-06-10"),  # -> L20
]

OWNER_COLUMNS = ["owner_id", "team", "manager_id", "time_zone"]
OWNERS = [
    dict(owner_id=" U1 ", team=" Enterprise ", time_zone="America/New_York"),  # trimmed
    dict(owner_id="U2", team="Enterprise", manager_id="U1", time_zone="Europe/Berlin"),
    dict(owner_id="U2", team="Enterprise", manager_id="U1", time_zone="Europe/Berlin"),  # duplicate_row
    dict(owner_id=" ", team="SMB"),                                                  # missing_owner_id
]

SPEND_COLUMNS = ["campaign", "channel", "period_start", "period_end", "amount", "currency"]
SPEND = [
    dict(campaign=" Spring ads ", channel="Paid_Social", period_start="2026-03-01", period_end="2026-03-31",
         amount="1200.50", currency="usd"),                   # staged: campaign trimmed, key lower-case
    dict(campaign="Spring ebook", channel="organic", period_start="2026-04-01 00:00:00",
         period_end="2026-04-30T23:59:59Z", amount="300"),    # staged: no currency = USD, dates of timestamps
    dict(campaign="Spring ebook", channel="organic", period_start="2026-04-01 00:00:00",
         period_end="2026-04-30T23:59:59Z", amount="300"),    # duplicate_row
    dict(campaign=None, channel="paid", period_start="2026-03-01", period_end="2026-03-31", amount="10"),
    dict(campaign="C4", channel="paid", period_start="March 2026", period_end="2026-03-31", amount="10"),
    dict(campaign="C5", channel="paid", period_start="2026-03-01", period_end=None, amount="10"),
    dict(campaign="C6", channel="paid", period_start="2026-03-01", period_end="2026-02-28", amount="10"),
    dict(campaign="C7", channel="paid", period_start="2026-03-01", period_end="2026-03-31", amount="1,200"),
    dict(campaign="C8", channel="paid", period_start="2026-03-01", period_end="2026-03-31", amount="-5"),
    dict(campaign="C9", channel="paid", period_start="2026-03-01", period_end="2026-03-31", amount="10",
         currency="EUR"),
]


# 30 titles as people type them: (title, seniority, department, buying_role) under the default
# title rules. Each becomes a lead L100.. with a business email at example.com.
TITLES = [
    ("VP Marketing", "vp", "marketing", "decision_maker"),
    ("VP of Marketing", "vp", "marketing", "decision_maker"),
    ("Vice President, Marketing", "vp", "marketing", "decision_maker"),
    ("SVP, Global Marketing", "vp", "marketing", "none"),
    ("Chief Marketing Officer", "c_level", "marketing", "decision_maker"),
    ("CMO", "c_level", "marketing", "decision_maker"),
    ("Head of Marketing", "director", "marketing", "decision_maker"),
    ("Marketing Director", "director", "marketing", "decision_maker"),
    ("Director of Demand Generation", "director", "marketing", "champion"),
    ("Sr. Director, Growth Marketing", "director", "marketing", "champion"),
    ("Demand Gen Manager", "manager", "marketing", "champion"),
    ("Marketing Operations Manager", "manager", "marketing_operations", "operator"),
    ("Dir. Marketing Ops", "director", "marketing_operations", "operator"),
    ("RevOps Lead", "manager", "marketing_operations", "operator"),
    ("Marketing Coordinator", "individual_contributor", "marketing", "none"),
    ("Content Marketing Specialist", "individual_contributor", "marketing", "none"),
    ("CFO", "c_level", "finance", "finance_approver"),
    ("VP Finance", "vp", "finance", "finance_approver"),
    ("Financial Controller", "unknown", "finance", "none"),
    ("CTO", "c_level", "it", "technical_approver"),
    ("CIO", "c_level", "it", "technical_approver"),
    ("IT Director", "director", "it", "technical_approver"),
    ("Senior Software Engineer", "individual_contributor", "it", "none"),
    ("Founder & CEO", "c_level", "executive", "none"),
    ("Managing Director", "c_level", "executive", "none"),
    ("Account Executive", "individual_contributor", "sales", "none"),
    ("Directeur Marketing", "director", "marketing", "decision_maker"),
    ("Leiter Marketing", "director", "marketing", "decision_maker"),
    ("Gerente de Marketing", "manager", "marketing", "none"),
    ("Student", "unknown", "other", "none"),
]
TITLE_LEADS = [dict(lead_id=f"L{100 + i}", email=f"title{i}@example.com", job_title=title,
                    created_at="2026-01-01") for i, (title, *_rest) in enumerate(TITLES)]


def tables() -> dict[str, pd.DataFrame]:
    return {
        "leads": _frame(LEADS + TITLE_LEADS, LEAD_COLUMNS),
        "accounts": _frame(ACCOUNTS, ACCOUNT_COLUMNS),
        "activities": _frame(ACTIVITIES, ACTIVITY_COLUMNS),
        "intent_signals": _frame(INTENT, INTENT_COLUMNS),
        "sales_touches": _frame(TOUCHES, TOUCH_COLUMNS),
        "meetings": _frame(MEETINGS, MEETING_COLUMNS),
        "opportunities": _frame(OPPORTUNITIES, OPPORTUNITY_COLUMNS),
        "owners": _frame(OWNERS, OWNER_COLUMNS),
        "campaign_spend": _frame(SPEND, SPEND_COLUMNS),
    }


# (source_table, record_id, reason, detected_in) for every row that must be rejected;
# record_id None = missing.
EXPECTED_REJECTIONS = sorted([(*row, "staging") for row in [
    ("leads", "L4", "missing_created_at"),
    ("leads", "L5", "unreadable_created_at"),
    ("leads", "L6", "future_created_at"),
    ("leads", None, "missing_lead_id"),
    ("leads", "L7", "duplicate_row"),
    ("leads", "L8", "duplicate_id"),
    ("leads", "L9", "unreadable_created_at"),
    ("accounts", "A2", "duplicate_id"),
    ("accounts", None, "missing_account_id"),
    ("activities", "E4", "orphan_lead_id"),
    ("activities", "E5", "unknown_activity_type"),
    ("activities", "E6", "missing_activity_type"),
    ("activities", "E7", "missing_occurred_at"),
    ("activities", "E8", "future_occurred_at"),
    ("activities", "E9", "missing_lead_and_account_domain"),
    ("activities", "E10", "duplicate_row"),
    ("activities", "E11", "orphan_lead_id"),
    ("activities", "E14", "unreadable_occurred_at"),
    ("intent_signals", "example.com|crm|2026-06-01|", "intent_score_out_of_range"),
    ("intent_signals", "example.com|abm|2026-06-01|", "unreadable_intent_score"),
    ("intent_signals", "|crm|2026-06-01|", "missing_account_domain"),
    ("intent_signals", "example.com|crm|2026-06-08|", "duplicate_row"),
    ("sales_touches", "T3", "orphan_lead_id"),
    ("sales_touches", "T4", "missing_lead_id"),
    ("sales_touches", "T5", "unreadable_touched_at"),
    ("meetings", "M2", "orphan_account_id"),
    ("meetings", "M3", "missing_booked_at"),
    ("opportunities", "O2", "orphan_account_id"),
    ("opportunities", "O3", "orphan_primary_lead_id"),
    ("opportunities", "O4", "missing_account_id"),
    ("owners", "U2", "duplicate_row"),
    ("owners", None, "missing_owner_id"),
    ("campaign_spend", "Spring ebook|organic|2026-04-01 00:00:00|2026-04-30T23:59:59Z", "duplicate_row"),
    ("campaign_spend", "|paid|2026-03-01|2026-03-31", "missing_campaign"),
    ("campaign_spend", "C4|paid|March 2026|2026-03-31", "unreadable_period_start"),
    ("campaign_spend", "C5|paid|2026-03-01|", "missing_period_end"),
    ("campaign_spend", "C6|paid|2026-03-01|2026-02-28", "period_end_before_start"),
    ("campaign_spend", "C7|paid|2026-03-01|2026-03-31", "unreadable_amount"),
    ("campaign_spend", "C8|paid|2026-03-01|2026-03-31", "negative_amount"),
    ("campaign_spend", "C9|paid|2026-03-01|2026-03-31", "not_reporting_currency"),
]] + [
    ("leads", "L2", "deleted", "person_resolution"),  # is_deleted "yes"
    ("leads", "L30", "merge_cycle", "person_resolution"),
    ("leads", "L31", "merge_cycle", "person_resolution"),
    ("leads", "L32", "unknown_merge_target", "person_resolution"),
    ("leads", "L50", "deleted", "person_resolution"),
    ("activities", "E30", "lead_merge_cycle", "person_resolution"),
    ("activities", "E50", "lead_deleted", "person_resolution"),
    ("sales_touches", "T7", "lead_unknown_merge_target", "person_resolution"),
    ("meetings", "M6", "lead_deleted", "person_resolution"),
], key=lambda r: (r[0], r[1] or "", r[2]))

# The Acme example (docs/definitions.md, Buying group) under the default rules (v2 in effect at
# score_as_of 2026-06-04 00:00; engaged threshold 15, active 40; ages in days to score_as_of):
#   VP Marketing (L70, decision_maker): demo 50 * 0.5^(0.5/90) = 49.81; webinars
#     12 * (0.5^(3/30) + 0.5^(2/30) + 0.5^(1/30)) = 34.38, capped at 30; pricing
#     10 * 0.5^(2/14) = 9.06: behavior 88.87 >= 40                                -> active
#   Director of Demand Generation (L71, champion): case study 15 * 0.5^(1/30) = 14.66;
#     two email opens 2 * 2 * 0.5^(1/7) = 3.62: 18.28, >= 15 and < 40             -> engaged
#   Marketing Operations Manager (L72, operator): product page 5 * 0.5^(1/14) = 4.76;
#     white paper 12 * 0.5^(1/30) = 11.73: 16.48                                  -> engaged
#   CFO (L73, finance_approver): one pricing visit 10 * 0.5^(1/14) = 9.52 < 15,
#     but active inside the 90-day window                                         -> aware
#   CTO (L74, technical_approver): nothing                                        -> not_yet
#   reach = 4 of 5 required roles at aware or better = 0.80; coverage = 3 of 5 = 0.60.
ACME = {
    "decision_maker": ("L70", "active"), "champion": ("L71", "engaged"),
    "operator": ("L72", "engaged"), "finance_approver": ("L73", "aware"),
    "technical_approver": ("L74", "not_yet"),
}

# Expected person resolution: lead_id -> (person_id, resolution).
EXPECTED_RESOLUTION = {
    "L20": ("L20", "survivor"), "L21": ("L20", "merged"), "L22": ("L20", "merged"),
    "L30": (None, "merge_cycle"), "L31": (None, "merge_cycle"), "L32": (None, "unknown_merge_target"),
    "L40": ("L41", "email_duplicate"), "L41": ("L41", "survivor"), "L42": ("L41", "email_duplicate"),
    "L43": ("L43", "survivor"), "L44": ("L43", "email_duplicate"),
    "L50": (None, "deleted"), "L51": ("L20", "merged"), "L52": ("L52", "survivor"), "L53": ("L53", "survivor"),
}

# Expected account match: person_id -> (account_id, match_method, resolved_account_id, account_key).
EXPECTED_MATCH = {
    "L1": ("A1", "crm_id", "A1", "A1"),
    "L41": ("A1", "crm_id", "A1", "A1"),
    "L60": ("A3", "company_domain", "A3", "A3"),
    "L61": (None, "unmatched", None, "person:L61"),
    "L62": ("A1", "email_domain", "A1", "A1"),
    "L63": ("A4", "crm_id", "A3", "A3"),
    "L65": (None, "unmatched", None, "person:L65"),
}
