"""One small hand-made world written twice: in the raw contract (``raw_tables``) and in the shape
Fivetran syncs Salesforce (``salesforce_tables``). Built with crm_source raw and salesforce, the
two must give identical marts (test_crm_adapters.py). The raw version is written by hand from
the adapter's documented mapping (docs/bring-your-own-crm.md), not generated from the other.

Acme (A1, software, 800 people, US, target) and Globex (A2, manufacturing, 150 people, US).

- Ada (00QL1), VP Marketing at Acme, a lead that attended the June webinar and requested a demo,
  then was converted into the contact 003C1, whose own history (a case study) continues it: one
  person with both histories (the contact survives). Raw: 00QL1 merged into 003C1.
- Bea (00QL2), Director of Demand Generation at Acme, a lead: webinar, demo request. A marketing
  user's task on her is not a touch; an [Outreach] sequence email is an automated touch; the
  SDR's call is a human one. A meeting with her is booked for after the run (scheduled).
- Cy (003C2), CFO at Acme, a contact, primary on two opportunities (one open, one won).
- Dee (00QL3), a deleted lead at Globex with an email open: deleted, rejected as such.
- Eve (00QL4), IT Manager at Globex, a lead with an email click; the newsletter 'sent' status is
  not an activity (not in the mapping seed).
- An account meeting at Acme (an event with no who_id), held; an event of the marketing user
  (not a meeting); a deleted task and an open task (not touches).
"""

from __future__ import annotations

import pandas as pd

from lead_qualification.demo_world.contract import COLUMNS

RUN_TIME = "2026-07-01 00:00:00"


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=columns, dtype=object)


# --- Salesforce, as Fivetran syncs it (text here; a connector writes typed columns) ------------------

SF_USERS = [
    dict(id="005U1", name="Sam Seller", department="Sales", title="Account Executive", user_role_id="00ER1"),
    dict(id="005U2", name="Dan Dialer", department=None, title="Sales Development Rep", user_role_id="00ER2"),
    dict(id="005U3", name="Mia Marketer", department="Marketing", title="Marketing Manager", user_role_id="00ER3"),
]
SF_USER_ROLES = [dict(id="00ER1", name="AE"), dict(id="00ER2", name="SDR"), dict(id="00ER3", name="Marketing")]

SF_ACCOUNTS = [
    dict(id="001A1", name="Acme Analytics", website="https://www.acme-analytics.com", industry="Software",
         number_of_employees="800", annual_revenue="120000000", billing_country="United States",
         billing_country_code="US", is_target_account_c="true", owner_id="005U1",
         created_date="2026-01-10 09:00:00", last_modified_date="2026-06-01 09:00:00", is_deleted="false"),
    dict(id="001A2", name="Globex", website="globex.com", industry="Manufacturing", number_of_employees="150",
         billing_country="US", is_target_account_c="false", owner_id="005U2",
         created_date="2026-02-01 09:00:00", last_modified_date="2026-02-01 09:00:00", is_deleted="false"),
    # Deleted: not an account.
    dict(id="001A9", name="Old Acme Duplicate", website="acme-analytics.com", industry="Software",
         created_date="2026-01-10 09:00:00", is_deleted="true"),
]

SF_LEADS = [
    dict(id="00QL1", email="ada@acme-analytics.com", first_name="Ada", last_name="Lovelace", title="VP Marketing",
         company="Acme Analytics", website="https://www.acme-analytics.com", country="United States",
         country_code="US", lead_source="Webinar", owner_id="005U1", status="Closed - Converted",
         is_converted="true", converted_contact_id="003C1", converted_account_id="001A1",
         created_date="2026-05-20 08:00:00", last_modified_date="2026-06-10 12:00:00", is_deleted="false"),
    dict(id="00QL2", email="bea@acme-analytics.com", first_name="Bea", last_name="Brown",
         title="Director of Demand Generation", company="Acme Analytics", website="acme-analytics.com",
         country_code="US", lead_source="Web", owner_id="005U2", status="Working - Contacted", is_converted="false",
         created_date="2026-05-25 08:00:00", last_modified_date="2026-06-21 08:00:00", is_deleted="false"),
    dict(id="00QL3", email="dee@globex.com", first_name="Dee", last_name="Doe", title="Marketing Manager",
         company="Globex", website="globex.com", country_code="US", lead_source="Email", owner_id="005U2",
         status="Open - Not Contacted", is_converted="false", created_date="2026-05-01 08:00:00",
         last_modified_date="2026-06-02 08:00:00", is_deleted="true"),
    dict(id="00QL4", email="eve@globex.com", first_name="Eve", last_name="Evans", title="IT Manager",
         company="Globex", website="globex.com", country_code="US", lead_source="Email", owner_id="005U2",
         status="Nurturing", is_converted="false", created_date="2026-05-01 08:00:00",
         last_modified_date="2026-06-02 08:00:00", is_deleted="false"),
]

SF_CONTACTS = [
    dict(id="003C1", email="ada@acme-analytics.com", first_name="Ada", last_name="Lovelace", title="VP Marketing",
         account_id="001A1", mailing_country_code="US", lead_source="Webinar", owner_id="005U1",
         created_date="2026-06-10 12:00:00", last_modified_date="2026-06-10 12:00:00", is_deleted="false"),
    dict(id="003C2", email="cy@acme-analytics.com", first_name="Cy", last_name="Chen", title="CFO",
         account_id="001A1", mailing_country="US", lead_source="Partner", owner_id="005U1",
         created_date="2026-03-01 12:00:00", last_modified_date="2026-03-01 12:00:00", is_deleted="false"),
]

SF_CAMPAIGNS = [
    dict(id="701W", name="June product webinar", type="Webinar"),
    dict(id="701D", name="Demo requests", type="Website"),
    dict(id="701S", name="Case studies", type="Case Study"),
    dict(id="701N", name="June newsletter", type="Email"),
]

SF_CAMPAIGN_MEMBERS = [
    # Ada as a lead: the webinar (attended), a demo request; as the contact: a case study.
    dict(id="00vM1", campaign_id="701W", lead_id="00QL1", status="Attended",
         created_date="2026-06-01 15:00:00", first_responded_date="2026-06-01", is_deleted="false"),
    dict(id="00vM2", campaign_id="701D", lead_id="00QL1", status="Demo Requested",
         created_date="2026-06-05 10:00:00", first_responded_date="2026-06-05", is_deleted="false"),
    dict(id="00vM3", campaign_id="701S", contact_id="003C1", status="Downloaded",
         created_date="2026-06-15 09:30:00", first_responded_date="2026-06-15", is_deleted="false"),
    # Bea: registered on the 1st, attended on the 3rd (the first-responded date, a later day).
    dict(id="00vM4", campaign_id="701W", lead_id="00QL2", status="Attended",
         created_date="2026-06-01 16:00:00", first_responded_date="2026-06-03", is_deleted="false"),
    dict(id="00vM5", campaign_id="701D", lead_id="00QL2", status="Demo Requested",
         created_date="2026-06-20 11:00:00", first_responded_date="2026-06-20", is_deleted="false"),
    # Dee (deleted lead): an email open. Eve: a click, and a 'sent' that is no activity.
    dict(id="00vM6", campaign_id="701N", lead_id="00QL3", status="Opened",
         created_date="2026-06-02 08:00:00", is_deleted="false"),
    dict(id="00vM7", campaign_id="701N", lead_id="00QL4", status="Clicked",
         created_date="2026-06-02 08:05:00", is_deleted="false"),
    dict(id="00vM8", campaign_id="701N", lead_id="00QL4", status="Sent",
         created_date="2026-06-02 08:00:00", is_deleted="false"),
    # Deleted member: not an activity.
    dict(id="00vM9", campaign_id="701D", lead_id="00QL4", status="Demo Requested",
         created_date="2026-06-02 09:00:00", is_deleted="true"),
]

SF_TASKS = [
    # The AE calls Ada (as a lead) the day of her demo request, then emails the contact.
    dict(id="00TT1", who_id="00QL1", owner_id="005U1", subject="Call", task_subtype="Call", is_closed="true",
         is_deleted="false", completed_date_time="2026-06-05 12:00:00", created_date="2026-06-05 11:55:00"),
    dict(id="00TT2", who_id="003C1", owner_id="005U1", subject="Email: case study follow-up",
         task_subtype="Email", is_closed="true", is_deleted="false", created_date="2026-06-16 09:00:00"),
    # Bea: a sequence email (automated), then the SDR's call.
    dict(id="00TT3", who_id="00QL2", owner_id="005U2", subject="[Outreach] Step 1: intro", task_subtype="Email",
         is_closed="true", is_deleted="false", created_date="2026-06-20 11:01:00"),
    dict(id="00TT4", who_id="00QL2", owner_id="005U2", subject="Discovery call", type="Call", is_closed="true",
         is_deleted="false", completed_date_time="2026-06-20 14:00:00", created_date="2026-06-20 13:00:00"),
    # The marketing user's task on Bea: not a sales touch.
    dict(id="00TT5", who_id="00QL2", owner_id="005U3", subject="Add to nurture", task_subtype="Task",
         is_closed="true", is_deleted="false", created_date="2026-06-20 12:00:00"),
    # Deleted, and still open: not touches.
    dict(id="00TT6", who_id="00QL2", owner_id="005U2", subject="Call", task_subtype="Call", is_closed="true",
         is_deleted="true", created_date="2026-06-20 12:30:00"),
    dict(id="00TT7", who_id="00QL4", owner_id="005U2", subject="Call next week", task_subtype="Call",
         is_closed="false", is_deleted="false", created_date="2026-06-25 12:30:00"),
    # LinkedIn message to Cy.
    dict(id="00TT8", who_id="003C2", owner_id="005U1", subject="LinkedIn InMail", task_subtype="LinkedIn",
         is_closed="true", is_deleted="false", created_date="2026-06-22 10:00:00"),
]

SF_EVENTS = [
    # No who_id: an account meeting at Acme, held before the run.
    dict(id="00UE1", account_id="001A1", owner_id="005U1", created_date="2026-06-22 09:00:00",
         start_date_time="2026-06-24 15:00:00", no_show_c="false", is_deleted="false"),
    # Bea's demo, booked by the SDR, starting after the run: scheduled.
    dict(id="00UE2", who_id="00QL2", account_id="001A1", owner_id="005U2", created_date="2026-06-21 10:00:00",
         start_date_time="2026-07-02 15:00:00", no_show_c="false", is_deleted="false", is_child="false"),
    # The AE invited to Bea's demo: Salesforce's child event, a copy of it, not a second meeting.
    dict(id="00UE5", who_id="00QL2", account_id="001A1", owner_id="005U1", created_date="2026-06-21 10:00:00",
         start_date_time="2026-07-02 15:00:00", no_show_c="false", is_deleted="false", is_child="true"),
    # Eve did not show up.
    dict(id="00UE3", who_id="00QL4", account_id="001A2", owner_id="005U2", created_date="2026-06-10 10:00:00",
         start_date_time="2026-06-12 15:00:00", no_show_c="true", is_deleted="false"),
    # The marketing user's event: not a meeting.
    dict(id="00UE4", who_id="00QL2", owner_id="005U3", created_date="2026-06-21 10:00:00",
         start_date_time="2026-06-23 15:00:00", is_deleted="false"),
]

SF_OPPORTUNITIES = [
    dict(id="006O1", account_id="001A1", created_date="2026-06-25 10:00:00", amount="50000",
         stage_name="Discovery", is_closed="false", is_won="false", close_date="2026-09-30",
         lead_source="Web", owner_id="005U1", type="New Customer", is_deleted="false"),
    dict(id="006O2", account_id="001A1", created_date="2026-06-26 10:00:00", amount="20000",
         stage_name="Closed Won", is_closed="true", is_won="true", close_date="2026-06-28",
         lead_source="Partner", owner_id="005U1", type="Existing Customer - Upgrade", is_deleted="false"),
    dict(id="006O9", account_id="001A1", created_date="2026-06-26 10:00:00", amount="99999",
         stage_name="Discovery", is_closed="false", is_won="false", is_deleted="true"),
]

SF_CONTACT_ROLES = [
    dict(id="00KR1", opportunity_id="006O1", contact_id="003C2", role="Economic Buyer", is_primary="true",
         is_deleted="false"),
    dict(id="00KR2", opportunity_id="006O1", contact_id="003C1", role="Influencer", is_primary="false",
         is_deleted="false"),
    dict(id="00KR3", opportunity_id="006O2", contact_id="003C2", role="Economic Buyer", is_primary="true",
         is_deleted="false"),
]

SF_COLUMNS = {
    "user": ["id", "name", "department", "title", "user_role_id", "is_active"],
    "user_role": ["id", "name"],
    "account": ["id", "name", "website", "industry", "number_of_employees", "annual_revenue", "billing_country",
                "billing_country_code", "is_target_account_c", "parent_id", "owner_id", "created_date",
                "last_modified_date", "is_deleted", "_fivetran_synced"],
    "lead": ["id", "email", "first_name", "last_name", "title", "company", "website", "country", "country_code",
             "lead_source", "owner_id", "status", "is_converted", "converted_contact_id", "converted_account_id",
             "converted_opportunity_id", "created_date", "last_modified_date", "is_deleted", "master_record_id",
             "_fivetran_synced"],
    "contact": ["id", "email", "first_name", "last_name", "title", "account_id", "mailing_country",
                "mailing_country_code", "lead_source", "owner_id", "created_date", "last_modified_date",
                "is_deleted", "master_record_id", "_fivetran_synced"],
    "campaign": ["id", "name", "type", "status", "is_deleted"],
    "campaign_member": ["id", "campaign_id", "lead_id", "contact_id", "status", "has_responded",
                        "first_responded_date", "created_date", "is_deleted"],
    "task": ["id", "who_id", "what_id", "owner_id", "subject", "task_subtype", "type", "status", "is_closed",
             "is_deleted", "completed_date_time", "activity_date", "created_date"],
    "event": ["id", "who_id", "what_id", "account_id", "owner_id", "created_date", "start_date_time",
              "activity_date_time", "end_date_time", "no_show_c", "is_deleted", "is_child"],
    "opportunity": ["id", "account_id", "created_date", "amount", "stage_name", "is_closed", "is_won", "close_date",
                    "lead_source", "owner_id", "type", "probability", "is_deleted", "_fivetran_synced"],
    "opportunity_contact_role": ["id", "opportunity_id", "contact_id", "role", "is_primary", "is_deleted"],
}
SF_ROWS = {
    "user": SF_USERS, "user_role": SF_USER_ROLES, "account": SF_ACCOUNTS, "lead": SF_LEADS,
    "contact": SF_CONTACTS, "campaign": SF_CAMPAIGNS, "campaign_member": SF_CAMPAIGN_MEMBERS, "task": SF_TASKS,
    "event": SF_EVENTS, "opportunity": SF_OPPORTUNITIES, "opportunity_contact_role": SF_CONTACT_ROLES,
}

# Third-party intent is read from the raw schema in both worlds.
INTENT = [dict(account_domain="acme-analytics.com", topic="lead scoring", intent_score="80",
               observed_at="2026-06-18", provider="bombora")]


def salesforce_tables() -> dict[str, pd.DataFrame]:
    return {name: _frame(SF_ROWS[name], columns) for name, columns in SF_COLUMNS.items()}


# --- the same world in the raw contract, by hand ---------------------------------------------------

RAW_LEADS = [
    dict(lead_id="00QL1", email="ada@acme-analytics.com", first_name="Ada", last_name="Lovelace",
         job_title="VP Marketing", company_name="Acme Analytics", company_domain="https://www.acme-analytics.com",
         crm_account_id="001A1", country="US", lead_source="Webinar", owner_id="005U1", lead_status="converted",
         created_at="2026-05-20 08:00:00", updated_at="2026-06-10 12:00:00", is_deleted="false",
         merged_into_lead_id="003C1"),
    dict(lead_id="00QL2", email="bea@acme-analytics.com", first_name="Bea", last_name="Brown",
         job_title="Director of Demand Generation", company_name="Acme Analytics",
         company_domain="acme-analytics.com", country="US", lead_source="Web", owner_id="005U2",
         lead_status="working", created_at="2026-05-25 08:00:00", updated_at="2026-06-21 08:00:00",
         is_deleted="false"),
    dict(lead_id="00QL3", email="dee@globex.com", first_name="Dee", last_name="Doe", job_title="Marketing Manager",
         company_name="Globex", company_domain="globex.com", country="US", lead_source="Email", owner_id="005U2",
         lead_status="open", created_at="2026-05-01 08:00:00", updated_at="2026-06-02 08:00:00", is_deleted="true"),
    dict(lead_id="00QL4", email="eve@globex.com", first_name="Eve", last_name="Evans", job_title="IT Manager",
         company_name="Globex", company_domain="globex.com", country="US", lead_source="Email", owner_id="005U2",
         lead_status="nurture", created_at="2026-05-01 08:00:00", updated_at="2026-06-02 08:00:00",
         is_deleted="false"),
    dict(lead_id="003C1", email="ada@acme-analytics.com", first_name="Ada", last_name="Lovelace",
         job_title="VP Marketing", crm_account_id="001A1", country="US", lead_source="Webinar", owner_id="005U1",
         lead_status="converted", created_at="2026-06-10 12:00:00", updated_at="2026-06-10 12:00:00",
         is_deleted="false"),
    dict(lead_id="003C2", email="cy@acme-analytics.com", first_name="Cy", last_name="Chen", job_title="CFO",
         crm_account_id="001A1", country="US", lead_source="Partner", owner_id="005U1",
         created_at="2026-03-01 12:00:00", updated_at="2026-03-01 12:00:00", is_deleted="false"),
]

RAW_ACCOUNTS = [
    dict(account_id="001A1", account_name="Acme Analytics", domain="https://www.acme-analytics.com",
         industry="Software", employee_count="800", annual_revenue="120000000", country="US",
         is_target_account="true", owner_id="005U1", created_at="2026-01-10 09:00:00",
         updated_at="2026-06-01 09:00:00"),
    dict(account_id="001A2", account_name="Globex", domain="globex.com", industry="Manufacturing",
         employee_count="150", country="US", is_target_account="false", owner_id="005U2",
         created_at="2026-02-01 09:00:00", updated_at="2026-02-01 09:00:00"),
]

RAW_ACTIVITIES = [
    dict(activity_id="campaign_member:00vM1", lead_id="00QL1", activity_type="webinar_attended",
         occurred_at="2026-06-01 15:00:00", channel="Webinar", campaign="June product webinar", detail="Attended"),
    dict(activity_id="campaign_member:00vM2", lead_id="00QL1", activity_type="demo_request",
         occurred_at="2026-06-05 10:00:00", channel="Website", campaign="Demo requests", detail="Demo Requested"),
    dict(activity_id="campaign_member:00vM3", lead_id="003C1", activity_type="case_study_download",
         occurred_at="2026-06-15 09:30:00", channel="Case Study", campaign="Case studies", detail="Downloaded"),
    dict(activity_id="campaign_member:00vM4", lead_id="00QL2", activity_type="webinar_attended",
         occurred_at="2026-06-03", channel="Webinar", campaign="June product webinar", detail="Attended"),
    dict(activity_id="campaign_member:00vM5", lead_id="00QL2", activity_type="demo_request",
         occurred_at="2026-06-20 11:00:00", channel="Website", campaign="Demo requests", detail="Demo Requested"),
    dict(activity_id="campaign_member:00vM6", lead_id="00QL3", activity_type="email_open",
         occurred_at="2026-06-02 08:00:00", channel="Email", campaign="June newsletter", detail="Opened"),
    dict(activity_id="campaign_member:00vM7", lead_id="00QL4", activity_type="email_click",
         occurred_at="2026-06-02 08:05:00", channel="Email", campaign="June newsletter", detail="Clicked"),
]

RAW_TOUCHES = [
    dict(touch_id="00TT1", lead_id="00QL1", rep_id="005U1", touch_type="call", is_automated="false",
         touched_at="2026-06-05 12:00:00"),
    dict(touch_id="00TT2", lead_id="003C1", rep_id="005U1", touch_type="email", is_automated="false",
         touched_at="2026-06-16 09:00:00"),
    dict(touch_id="00TT3", lead_id="00QL2", rep_id="005U2", touch_type="email", is_automated="true",
         touched_at="2026-06-20 11:01:00"),
    dict(touch_id="00TT4", lead_id="00QL2", rep_id="005U2", touch_type="call", is_automated="false",
         touched_at="2026-06-20 14:00:00"),
    dict(touch_id="00TT8", lead_id="003C2", rep_id="005U1", touch_type="social", is_automated="false",
         touched_at="2026-06-22 10:00:00"),
]

RAW_MEETINGS = [
    dict(meeting_id="00UE1", account_id="001A1", rep_id="005U1", booked_at="2026-06-22 09:00:00",
         scheduled_for="2026-06-24 15:00:00", status="held"),
    dict(meeting_id="00UE2", lead_id="00QL2", account_id="001A1", rep_id="005U2", booked_at="2026-06-21 10:00:00",
         scheduled_for="2026-07-02 15:00:00", status="scheduled"),
    dict(meeting_id="00UE3", lead_id="00QL4", account_id="001A2", rep_id="005U2", booked_at="2026-06-10 10:00:00",
         scheduled_for="2026-06-12 15:00:00", status="no_show"),
]

RAW_OPPORTUNITIES = [
    dict(opportunity_id="006O1", account_id="001A1", primary_lead_id="003C2", created_at="2026-06-25 10:00:00",
         amount="50000", stage="Discovery", is_closed="false", is_won="false", source="Web", owner_id="005U1",
         opportunity_type="New Customer"),
    dict(opportunity_id="006O2", account_id="001A1", primary_lead_id="003C2", created_at="2026-06-26 10:00:00",
         amount="20000", stage="Closed Won", is_closed="true", is_won="true", closed_at="2026-06-28",
         source="Partner", owner_id="005U1", opportunity_type="Existing Customer - Upgrade"),
]


# The users as raw owners: the role name is the team (map_salesforce__owners).
RAW_OWNERS = [dict(owner_id="005U1", team="AE"), dict(owner_id="005U2", team="SDR"),
              dict(owner_id="005U3", team="Marketing")]


def raw_tables() -> dict[str, pd.DataFrame]:
    return {
        "owners": _frame(RAW_OWNERS, COLUMNS["owners"]),
        "leads": _frame(RAW_LEADS, COLUMNS["leads"]),
        "accounts": _frame(RAW_ACCOUNTS, COLUMNS["accounts"]),
        "activities": _frame(RAW_ACTIVITIES, COLUMNS["activities"]),
        "intent_signals": _frame(INTENT, COLUMNS["intent_signals"]),
        "sales_touches": _frame(RAW_TOUCHES, COLUMNS["sales_touches"]),
        "meetings": _frame(RAW_MEETINGS, COLUMNS["meetings"]),
        "opportunities": _frame(RAW_OPPORTUNITIES, COLUMNS["opportunities"]),
    }


def intent_tables() -> dict[str, pd.DataFrame]:
    """What a CRM-shaped world keeps in the raw schema: third-party intent only."""
    return {"intent_signals": _frame(INTENT, COLUMNS["intent_signals"])}


def load_shaped(world, crm: str, tables: dict[str, pd.DataFrame]) -> dict:
    """Load a CRM-shaped world into a harness World (intent in the raw schema, the CRM's tables
    in its own schema); returns the vars that build it."""
    schema = getattr(world, f"{crm}_schema")
    world.load_raw(intent_tables())
    world.load_raw(tables, schema=schema)
    return {"load_demo_data": False, "run_time": RUN_TIME, "crm_source": crm, f"{crm}_schema": schema}


# --- the same world in HubSpot's shape, and its raw-contract mirror ---------------------------------
# HubSpot has no leads to convert: Ada is a contact (201) into which an older contact (101) was
# merged; the merged contact's form submission is her history too. Bea 202, Cy 203, Dee 204
# (deleted), Eve 205. Forms, email events and engagements stand for the campaign responses, tasks
# and events; Deal D1 has two companies (Acme primary, Globex secondary).

HS_CONTACTS = [
    dict(id="201", property_email="ada@acme-analytics.com", property_firstname="Ada", property_lastname="Lovelace",
         property_jobtitle="VP Marketing", property_company="Acme Analytics",
         property_website="https://www.acme-analytics.com", property_country="US",
         property_hs_analytics_source="ORGANIC_SEARCH", property_hubspot_owner_id="O1",
         property_hs_lead_status="OPEN_DEAL", property_associatedcompanyid="C1",
         property_createdate="2026-05-20 08:00:00", property_lastmodifieddate="2026-06-10 12:00:00",
         _fivetran_deleted="false"),
    dict(id="202", property_email="bea@acme-analytics.com", property_firstname="Bea", property_lastname="Brown",
         property_jobtitle="Director of Demand Generation", property_company="Acme Analytics", property_country="US",
         property_hs_analytics_source="DIRECT_TRAFFIC", property_hubspot_owner_id="O2",
         property_hs_lead_status="IN_PROGRESS", property_associatedcompanyid="C1",
         property_createdate="2026-05-25 08:00:00", property_lastmodifieddate="2026-06-21 08:00:00",
         _fivetran_deleted="false"),
    dict(id="203", property_email="cy@acme-analytics.com", property_firstname="Cy", property_lastname="Chen",
         property_jobtitle="CFO", property_country="US", property_hs_analytics_source="REFERRALS",
         property_hubspot_owner_id="O1", property_associatedcompanyid="C1",
         property_createdate="2026-03-01 12:00:00", property_lastmodifieddate="2026-03-01 12:00:00",
         _fivetran_deleted="false"),
    dict(id="204", property_email="dee@globex.com", property_firstname="Dee", property_lastname="Doe",
         property_jobtitle="Marketing Manager", property_company="Globex", property_country="US",
         property_hubspot_owner_id="O2", property_hs_lead_status="NEW", property_associatedcompanyid="C2",
         property_createdate="2026-05-01 08:00:00", property_lastmodifieddate="2026-06-02 08:00:00",
         _fivetran_deleted="true"),
    dict(id="205", property_email="eve@globex.com", property_firstname="Eve", property_lastname="Evans",
         property_jobtitle="IT Manager", property_company="Globex", property_country="US",
         property_hubspot_owner_id="O2", property_hs_lead_status="BAD_TIMING", property_associatedcompanyid="C2",
         property_createdate="2026-05-01 08:00:00", property_lastmodifieddate="2026-06-02 08:00:00",
         _fivetran_deleted="false"),
]
HS_MERGES = [dict(canonical_vid="201", vid_to_merge="101", timestamp="2026-06-10 12:00:00")]
HS_COMPANIES = [
    dict(id="C1", property_name="Acme Analytics", property_domain="acme-analytics.com",
         property_website="https://www.acme-analytics.com", property_industry="COMPUTER_SOFTWARE",
         property_numberofemployees="800", property_annualrevenue="120000000", property_country="US",
         property_hs_is_target_account="true", property_hubspot_owner_id="O1",
         property_createdate="2026-01-10 09:00:00", property_hs_lastmodifieddate="2026-06-01 09:00:00",
         is_deleted="false"),
    dict(id="C2", property_name="Globex", property_domain="globex.com", property_industry="MACHINERY",
         property_numberofemployees="150", property_country="US", property_hs_is_target_account="false",
         property_hubspot_owner_id="O2", property_createdate="2026-02-01 09:00:00",
         property_hs_lastmodifieddate="2026-02-01 09:00:00", is_deleted="false"),
    dict(id="C9", property_name="Old Acme Duplicate", property_domain="acme-analytics.com", is_deleted="true"),
]
HS_FORMS = [dict(guid="F1", name="Webinar registration"), dict(guid="F2", name="Request a demo"),
            dict(guid="F3", name="Case study download"), dict(guid="F4", name="Newsletter signup")]
HS_SUBMISSIONS = [
    dict(contact_id="101", form_id="F1", timestamp="2026-06-01 15:00:00", conversion_id="cv1",
         page_url="https://acme.io/webinar"),
    dict(contact_id="201", form_id="F2", timestamp="2026-06-05 10:00:00", conversion_id="cv2",
         page_url="https://acme.io/demo"),
    dict(contact_id="201", form_id="F3", timestamp="2026-06-15 09:30:00", conversion_id="cv3"),
    dict(contact_id="202", form_id="F1", timestamp="2026-06-01 16:00:00", conversion_id="cv4"),
    dict(contact_id="202", form_id="F2", timestamp="2026-06-20 11:00:00", conversion_id="cv5"),
    # Not a handraiser: a form the seed does not list is content.
    dict(contact_id="205", form_id="F4", timestamp="2026-06-02 08:10:00", conversion_id="cv6"),
]
HS_EMAIL_EVENTS = [
    dict(id="E1", type="OPEN", created="2026-06-02 08:00:00", recipient="dee@globex.com", email_campaign_id="100"),
    dict(id="E2", type="CLICK", created="2026-06-02 08:05:00", recipient="Eve@Globex.com", email_campaign_id="100"),
    dict(id="E3", type="SENT", created="2026-06-02 07:00:00", recipient="eve@globex.com", email_campaign_id="100"),
    # No contact has this address: anonymous engagement of acme-analytics.com.
    dict(id="E4", type="OPEN", created="2026-06-02 09:00:00", recipient="someone@acme-analytics.com",
         email_campaign_id="100"),
    dict(id="E5", type="STATUSCHANGE", created="2026-06-03 10:00:00", recipient="eve@globex.com",
         email_campaign_id="100"),
]
HS_STATUS_CHANGES = [dict(id="E5", portal_subscription_status="UNSUBSCRIBED")]
HS_CALLS = [
    dict(engagement_id="EC1", property_hubspot_owner_id="O1", property_hs_timestamp="2026-06-05 12:00:00",
         property_hs_engagement_source="CRM_UI", _fivetran_deleted="false"),
    dict(engagement_id="EC2", property_hubspot_owner_id="O2", property_hs_timestamp="2026-06-20 14:00:00",
         _fivetran_deleted="false"),
    # No owner, and deleted: not touches.
    dict(engagement_id="EC3", property_hs_timestamp="2026-06-20 15:00:00", _fivetran_deleted="false"),
    dict(engagement_id="EC4", property_hubspot_owner_id="O2", property_hs_timestamp="2026-06-20 12:30:00",
         _fivetran_deleted="true"),
    # A call by O3, in the marketing team: not a sales touch (Ada would look touched by it).
    dict(engagement_id="EC5", property_hubspot_owner_id="O3", property_hs_timestamp="2026-06-04 09:00:00",
         _fivetran_deleted="false"),
]
# O1 and O2 work in sales teams, O3 in marketing (map_hubspot__sales_owners).
HS_OWNERS = [dict(owner_id="O1", email="sam@ourco.io"), dict(owner_id="O2", email="dan@ourco.io"),
             dict(owner_id="O3", email="mia@ourco.io")]
HS_OWNER_TEAMS = [dict(owner_id="O1", team_id="T1"), dict(owner_id="O2", team_id="T2"),
                  dict(owner_id="O3", team_id="T3")]
HS_TEAMS = [dict(id="T1", name="Sales - North America"), dict(id="T2", name="SDR team"),
            dict(id="T3", name="Marketing")]
HS_EMAILS = [
    dict(engagement_id="EE1", property_hubspot_owner_id="O1", property_hs_timestamp="2026-06-16 09:00:00",
         property_hs_email_direction="EMAIL", _fivetran_deleted="false"),
    dict(engagement_id="EE2", property_hubspot_owner_id="O2", property_hs_timestamp="2026-06-20 11:01:00",
         property_hs_email_direction="EMAIL", property_hs_engagement_source="SEQUENCES", _fivetran_deleted="false"),
    # Her reply: incoming, not a touch.
    dict(engagement_id="EE3", property_hubspot_owner_id="O2", property_hs_timestamp="2026-06-20 16:00:00",
         property_hs_email_direction="INCOMING_EMAIL", _fivetran_deleted="false"),
]
HS_TASKS = [
    dict(engagement_id="ET1", property_hubspot_owner_id="O2", property_hs_timestamp="2026-06-25 12:30:00",
         property_hs_task_type="CALL", property_hs_task_status="NOT_STARTED", _fivetran_deleted="false"),
    # Due 2026-06-22 10:00 (hs_timestamp), done the afternoon before: the touch is the completion.
    dict(engagement_id="ET2", property_hubspot_owner_id="O1", property_hs_timestamp="2026-06-22 10:00:00",
         property_hs_task_type="LINKED_IN", property_hs_task_status="COMPLETED",
         property_hs_task_completion_date="2026-06-21 16:05:00", _fivetran_deleted="false"),
]
HS_MEETINGS = [
    dict(engagement_id="EM1", property_hubspot_owner_id="O1", property_hs_createdate="2026-06-22 09:00:00",
         property_hs_meeting_start_time="2026-06-24 15:00:00", property_hs_meeting_outcome="COMPLETED",
         _fivetran_deleted="false"),
    dict(engagement_id="EM2", property_hubspot_owner_id="O2", property_hs_createdate="2026-06-21 10:00:00",
         property_hs_meeting_start_time="2026-07-02 15:00:00", property_hs_meeting_outcome="SCHEDULED",
         _fivetran_deleted="false"),
    dict(engagement_id="EM3", property_hubspot_owner_id="O2", property_hs_createdate="2026-06-10 10:00:00",
         property_hs_meeting_start_time="2026-06-12 15:00:00", property_hs_meeting_outcome="NO_SHOW",
         _fivetran_deleted="false"),
    # A meeting the marketing owner O3 held with Bea: not a meeting of sales (as 00UE4 in Salesforce).
    dict(engagement_id="EM4", property_hubspot_owner_id="O3", property_hs_createdate="2026-06-21 10:00:00",
         property_hs_meeting_start_time="2026-06-23 15:00:00", property_hs_meeting_outcome="COMPLETED",
         _fivetran_deleted="false"),
]
HS_ENGAGEMENT_CONTACTS = [
    dict(engagement_id=e, contact_id=c) for e, c in [
        ("EC1", "201"), ("EC2", "202"), ("EC3", "202"), ("EC4", "202"), ("EC5", "201"), ("EE1", "201"), ("EE2", "202"),
        ("EE3", "202"), ("ET1", "205"), ("ET2", "203"), ("EM2", "202"), ("EM3", "205"), ("EM4", "202")]]
HS_ENGAGEMENT_COMPANIES = [dict(engagement_id=e, company_id=c) for e, c in [("EM1", "C1"), ("EM2", "C1"),
                                                                             ("EM3", "C2")]]
HS_STAGES = [dict(stage_id="S1", label="Discovery", probability="0.2", closed_won="false"),
             dict(stage_id="S2", label="Closed Won", probability="1.0", closed_won="true"),
             dict(stage_id="S3", label="Closed Lost", probability="0.0", closed_won="false")]
HS_DEALS = [
    dict(deal_id="D1", deal_pipeline_stage_id="S1", property_amount="50000", property_closedate="2026-09-30",
         property_createdate="2026-06-25 10:00:00", property_hs_analytics_source="DIRECT_TRAFFIC", owner_id="O1",
         property_dealtype="newbusiness", is_deleted="false"),
    dict(deal_id="D2", deal_pipeline_stage_id="S2", property_amount="20000", property_closedate="2026-06-28",
         property_createdate="2026-06-26 10:00:00", property_hs_analytics_source="REFERRALS", owner_id="O1",
         property_dealtype="existingbusiness", is_deleted="false"),
    dict(deal_id="D9", deal_pipeline_stage_id="S1", property_amount="99999",
         property_createdate="2026-06-26 10:00:00", is_deleted="true"),
]
# D1 with two companies: Acme as primary (type 5), Globex as another association.
HS_DEAL_COMPANIES = [dict(deal_id="D1", company_id="C2", type_id="341"), dict(deal_id="D1", company_id="C1", type_id="5"),
                     dict(deal_id="D2", company_id="C1", type_id="5")]
HS_DEAL_CONTACTS = [dict(deal_id="D1", contact_id="203"), dict(deal_id="D1", contact_id="201"),
                    dict(deal_id="D2", contact_id="203")]

HS_COLUMNS = {
    "contact": ["id", "property_email", "property_firstname", "property_lastname", "property_jobtitle",
                "property_company", "property_website", "property_country", "property_hs_analytics_source",
                "property_hubspot_owner_id", "property_hs_lead_status", "property_associatedcompanyid",
                "property_createdate", "property_lastmodifieddate", "property_hs_calculated_merged_vids",
                "_fivetran_deleted", "_fivetran_synced"],
    "contact_merge_audit": ["canonical_vid", "contact_id", "vid_to_merge", "timestamp", "_fivetran_synced"],
    "company": ["id", "property_name", "property_domain", "property_website", "property_industry",
                "property_numberofemployees", "property_annualrevenue", "property_country",
                "property_hs_is_target_account", "property_hs_parent_company_id", "property_hubspot_owner_id",
                "property_createdate", "property_hs_lastmodifieddate", "is_deleted", "_fivetran_synced"],
    "form": ["guid", "name", "form_type", "created_at"],
    "contact_form_submission": ["contact_id", "form_id", "timestamp", "conversion_id", "page_url", "title"],
    "email_event": ["id", "type", "created", "recipient", "email_campaign_id", "portal_id"],
    "email_event_status_change": ["id", "portal_subscription_status", "source"],
    "engagement_call": ["engagement_id", "property_hubspot_owner_id", "property_hs_timestamp",
                        "property_hs_engagement_source", "_fivetran_deleted"],
    "engagement_email": ["engagement_id", "property_hubspot_owner_id", "property_hs_timestamp",
                         "property_hs_engagement_source", "property_hs_email_direction", "_fivetran_deleted"],
    "engagement_task": ["engagement_id", "property_hubspot_owner_id", "property_hs_timestamp",
                        "property_hs_engagement_source", "property_hs_task_type", "property_hs_task_status",
                        "property_hs_task_completion_date", "_fivetran_deleted"],
    "owner": ["owner_id", "email"],
    "owner_team": ["owner_id", "team_id"],
    "team": ["id", "name"],
    "engagement_meeting": ["engagement_id", "property_hubspot_owner_id", "property_hs_createdate",
                           "property_hs_meeting_start_time", "property_hs_meeting_outcome", "_fivetran_deleted"],
    "engagement_contact": ["engagement_id", "contact_id"],
    "engagement_company": ["engagement_id", "company_id"],
    "deal": ["deal_id", "deal_pipeline_stage_id", "owner_id", "property_amount", "property_closedate",
             "property_createdate", "property_hs_analytics_source", "property_dealtype", "is_deleted"],
    "deal_pipeline_stage": ["stage_id", "label", "probability", "closed_won", "is_closed"],
    "deal_company": ["deal_id", "company_id", "type_id", "category"],
    "deal_contact": ["deal_id", "contact_id", "type_id"],
}
HS_ROWS = {
    "contact": HS_CONTACTS, "contact_merge_audit": HS_MERGES, "company": HS_COMPANIES, "form": HS_FORMS,
    "contact_form_submission": HS_SUBMISSIONS, "email_event": HS_EMAIL_EVENTS,
    "email_event_status_change": HS_STATUS_CHANGES, "engagement_call": HS_CALLS, "engagement_email": HS_EMAILS,
    "engagement_task": HS_TASKS, "engagement_meeting": HS_MEETINGS, "engagement_contact": HS_ENGAGEMENT_CONTACTS,
    "engagement_company": HS_ENGAGEMENT_COMPANIES, "deal": HS_DEALS, "deal_pipeline_stage": HS_STAGES,
    "deal_company": HS_DEAL_COMPANIES, "deal_contact": HS_DEAL_CONTACTS, "owner": HS_OWNERS, "owner_team": HS_OWNER_TEAMS,
    "team": HS_TEAMS,
}


def hubspot_tables() -> dict[str, pd.DataFrame]:
    return {name: _frame(HS_ROWS[name], columns) for name, columns in HS_COLUMNS.items()}


HS_RAW_LEADS = [
    dict(lead_id="201", email="ada@acme-analytics.com", first_name="Ada", last_name="Lovelace",
         job_title="VP Marketing", company_name="Acme Analytics", company_domain="https://www.acme-analytics.com",
         crm_account_id="C1", country="US", lead_source="ORGANIC_SEARCH", owner_id="O1", lead_status="converted",
         created_at="2026-05-20 08:00:00", updated_at="2026-06-10 12:00:00", is_deleted="false"),
    dict(lead_id="202", email="bea@acme-analytics.com", first_name="Bea", last_name="Brown",
         job_title="Director of Demand Generation", company_name="Acme Analytics", crm_account_id="C1", country="US",
         lead_source="DIRECT_TRAFFIC", owner_id="O2", lead_status="working", created_at="2026-05-25 08:00:00",
         updated_at="2026-06-21 08:00:00", is_deleted="false"),
    dict(lead_id="203", email="cy@acme-analytics.com", first_name="Cy", last_name="Chen", job_title="CFO",
         crm_account_id="C1", country="US", lead_source="REFERRALS", owner_id="O1", created_at="2026-03-01 12:00:00",
         updated_at="2026-03-01 12:00:00", is_deleted="false"),
    dict(lead_id="204", email="dee@globex.com", first_name="Dee", last_name="Doe", job_title="Marketing Manager",
         company_name="Globex", crm_account_id="C2", country="US", owner_id="O2", lead_status="open",
         created_at="2026-05-01 08:00:00", updated_at="2026-06-02 08:00:00", is_deleted="true"),
    dict(lead_id="205", email="eve@globex.com", first_name="Eve", last_name="Evans", job_title="IT Manager",
         company_name="Globex", crm_account_id="C2", country="US", owner_id="O2", lead_status="nurture",
         created_at="2026-05-01 08:00:00", updated_at="2026-06-02 08:00:00", is_deleted="false"),
    # The merged-away contact, kept so its history reaches the survivor.
    dict(lead_id="101", created_at="2026-06-10 12:00:00", updated_at="2026-06-10 12:00:00", merged_into_lead_id="201"),
]
HS_RAW_ACCOUNTS = [
    dict(account_id="C1", account_name="Acme Analytics", domain="acme-analytics.com", industry="Software",
         employee_count="800", annual_revenue="120000000", country="US", is_target_account="true", owner_id="O1",
         created_at="2026-01-10 09:00:00", updated_at="2026-06-01 09:00:00"),
    dict(account_id="C2", account_name="Globex", domain="globex.com", industry="Manufacturing", employee_count="150",
         country="US", is_target_account="false", owner_id="O2", created_at="2026-02-01 09:00:00",
         updated_at="2026-02-01 09:00:00"),
]
HS_RAW_ACTIVITIES = [
    dict(activity_id="form:cv1", lead_id="101", activity_type="webinar_registered", occurred_at="2026-06-01 15:00:00",
         channel="form", campaign="Webinar registration", detail="https://acme.io/webinar"),
    dict(activity_id="form:cv2", lead_id="201", activity_type="demo_request", occurred_at="2026-06-05 10:00:00",
         channel="form", campaign="Request a demo", detail="https://acme.io/demo"),
    dict(activity_id="form:cv3", lead_id="201", activity_type="case_study_download",
         occurred_at="2026-06-15 09:30:00", channel="form", campaign="Case study download"),
    dict(activity_id="form:cv4", lead_id="202", activity_type="webinar_registered", occurred_at="2026-06-01 16:00:00",
         channel="form", campaign="Webinar registration"),
    dict(activity_id="form:cv5", lead_id="202", activity_type="demo_request", occurred_at="2026-06-20 11:00:00",
         channel="form", campaign="Request a demo"),
    dict(activity_id="form:cv6", lead_id="205", activity_type="content_download", occurred_at="2026-06-02 08:10:00",
         channel="form", campaign="Newsletter signup"),
    dict(activity_id="email_event:E1", lead_id="204", activity_type="email_open", occurred_at="2026-06-02 08:00:00",
         channel="email", campaign="100", detail="open"),
    dict(activity_id="email_event:E2", lead_id="205", activity_type="email_click", occurred_at="2026-06-02 08:05:00",
         channel="email", campaign="100", detail="click"),
    dict(activity_id="email_event:E4", account_domain="acme-analytics.com", activity_type="email_open",
         occurred_at="2026-06-02 09:00:00", channel="email", campaign="100", detail="open"),
    dict(activity_id="email_event:E5", lead_id="205", activity_type="unsubscribe", occurred_at="2026-06-03 10:00:00",
         channel="email", campaign="100", detail="statuschange"),
]
HS_RAW_TOUCHES = [
    dict(touch_id="EC1:201", lead_id="201", rep_id="O1", touch_type="call", is_automated="false",
         touched_at="2026-06-05 12:00:00"),
    dict(touch_id="EC2:202", lead_id="202", rep_id="O2", touch_type="call", is_automated="false",
         touched_at="2026-06-20 14:00:00"),
    dict(touch_id="EE1:201", lead_id="201", rep_id="O1", touch_type="email", is_automated="false",
         touched_at="2026-06-16 09:00:00"),
    dict(touch_id="EE2:202", lead_id="202", rep_id="O2", touch_type="email", is_automated="true",
         touched_at="2026-06-20 11:01:00"),
    dict(touch_id="ET2:203", lead_id="203", rep_id="O1", touch_type="social", is_automated="false",
         touched_at="2026-06-21 16:05:00"),
]
HS_RAW_MEETINGS = [
    dict(meeting_id="EM1", account_id="C1", rep_id="O1", booked_at="2026-06-22 09:00:00",
         scheduled_for="2026-06-24 15:00:00", status="held"),
    dict(meeting_id="EM2:202", lead_id="202", account_id="C1", rep_id="O2", booked_at="2026-06-21 10:00:00",
         scheduled_for="2026-07-02 15:00:00", status="scheduled"),
    dict(meeting_id="EM3:205", lead_id="205", account_id="C2", rep_id="O2", booked_at="2026-06-10 10:00:00",
         scheduled_for="2026-06-12 15:00:00", status="no_show"),
]
HS_RAW_OPPORTUNITIES = [
    dict(opportunity_id="D1", account_id="C1", primary_lead_id="201", created_at="2026-06-25 10:00:00",
         amount="50000", stage="Discovery", is_closed="false", is_won="false", source="DIRECT_TRAFFIC",
         owner_id="O1", opportunity_type="newbusiness"),
    dict(opportunity_id="D2", account_id="C1", primary_lead_id="203", created_at="2026-06-26 10:00:00",
         amount="20000", stage="Closed Won", is_closed="true", is_won="true", closed_at="2026-06-28",
         source="REFERRALS", owner_id="O1", opportunity_type="existingbusiness"),
]


# The owners as raw owners: their team's name is the team (map_hubspot__owners).
HS_RAW_OWNERS = [dict(owner_id="O1", team="Sales - North America"), dict(owner_id="O2", team="SDR team"),
                 dict(owner_id="O3", team="Marketing")]


def hubspot_raw_tables() -> dict[str, pd.DataFrame]:
    return {
        "owners": _frame(HS_RAW_OWNERS, COLUMNS["owners"]),
        "leads": _frame(HS_RAW_LEADS, COLUMNS["leads"]),
        "accounts": _frame(HS_RAW_ACCOUNTS, COLUMNS["accounts"]),
        "activities": _frame(HS_RAW_ACTIVITIES, COLUMNS["activities"]),
        "intent_signals": _frame(INTENT, COLUMNS["intent_signals"]),
        "sales_touches": _frame(HS_RAW_TOUCHES, COLUMNS["sales_touches"]),
        "meetings": _frame(HS_RAW_MEETINGS, COLUMNS["meetings"]),
        "opportunities": _frame(HS_RAW_OPPORTUNITIES, COLUMNS["opportunities"]),
    }
