"""Bring your own CRM: the hand-made world of python_tests/crm_world.py, built once from the raw
contract and once from Salesforce's or HubSpot's Fivetran shape (var crm_source), gives the same
rows in every mart and in rejected_records, on DuckDB and PostgreSQL; and each CRM's traps land
where the mapping says (docs/bring-your-own-crm.md).
"""

from __future__ import annotations

import pandas as pd
import pytest

from python_tests import crm_world
from python_tests.harness import World, comparable
from python_tests.test_engines_agree import MARTS


# crm -> (the world in the raw contract, the same world in the CRM's shape)
CRM_WORLDS = {"salesforce": ("crm_raw", "crm_salesforce"), "hubspot": ("hubspot_raw", "crm_hubspot")}


@pytest.fixture(scope="module", params=[(crm, engine) for crm in CRM_WORLDS for engine in ("duckdb", "postgres")],
                ids=lambda p: "-".join(p))
def crm_pair(request, worlds):
    crm, engine = request.param
    raw, shaped = CRM_WORLDS[crm]
    return worlds.get(raw, engine), worlds.get(shaped, engine)


@pytest.fixture(scope="module")
def salesforce(worlds):
    return worlds.get("crm_salesforce", "duckdb")


# Columns that name the CRM itself, so differ by design (test_crm_objects_are_named_by_the_crm).
CRM_NAMED = {"dim_crm_fields": ["crm_object"]}


@pytest.mark.parametrize("mart", MARTS)
def test_every_mart_is_the_same_from_the_crm(crm_pair, mart):
    raw, shaped = crm_pair
    left = raw.query(f"select * from {{schema}}.{mart}").drop(columns=CRM_NAMED.get(mart, []))
    right = shaped.query(f"select * from {{schema}}.{mart}").drop(columns=CRM_NAMED.get(mart, []))
    assert list(left.columns) == list(right.columns)
    assert comparable(left) == comparable(right), f"{mart} differs between the raw contract and the CRM's shape"


def test_the_world_reaches_the_marts(crm_pair):
    """Not an empty comparison: MQLs, a handoff with a touch, an opportunity credited, rejections."""
    raw, _ = crm_pair
    counts = raw.query(
        "select (select count(*) from {schema}.fct_mqls) as mqls, "
        "(select count(*) from {schema}.fct_handoffs where first_touch_at is not null) as touched, "
        "(select count(*) from {schema}.fct_handoffs where opportunity_id is not null) as credited, "
        "(select count(*) from {schema}.rejected_records) as rejected, "
        "(select count(*) from {schema}.dim_accounts) as accounts")
    row = counts.iloc[0]
    assert row.mqls >= 2 and row.touched >= 2 and row.credited >= 1 and row.rejected >= 1 and row.accounts == 2


@pytest.mark.parametrize("crm", list(CRM_WORLDS))
def test_crm_objects_are_named_by_the_crm(worlds, crm):
    """The raw contract writes to lead / account; Salesforce to Lead (id prefix 00Q), Contact and
    Account; HubSpot to contact and company."""
    raw, shaped = (worlds.get(kind, "duckdb") for kind in CRM_WORLDS[crm])
    query = "select crm_record_id, crm_object from {schema}.dim_crm_fields"
    raw_objects = dict(raw.query(query).itertuples(index=False, name=None))
    shaped_objects = dict(shaped.query(query).itertuples(index=False, name=None))
    assert raw_objects.keys() == shaped_objects.keys()
    kinds = raw.query("select crm_record_id, record_kind from {schema}.dim_crm_fields")
    for record, kind in kinds.itertuples(index=False, name=None):
        assert raw_objects[record] == ("lead" if kind == "person" else "account")
        if crm == "salesforce":
            expected = ("Lead" if record.startswith("00Q") else "Contact") if kind == "person" else "Account"
        else:
            expected = "contact" if kind == "person" else "company"
        assert shaped_objects[record] == expected, record
    if crm == "salesforce":
        assert {"Lead", "Contact", "Account"} <= set(shaped_objects.values())


def _rows(world, sql):
    return world.query(sql).to_dict("records")


def test_converted_lead_and_its_contact_are_one_person_with_both_histories(salesforce):
    person = _rows(salesforce, "select lead_id, lead_records, lead_status from {schema}.dim_leads "
                               "where lead_id in ('00QL1', '003C1')")
    assert person == [{"lead_id": "003C1", "lead_records": 2, "lead_status": "converted"}]
    history = salesforce.query("select a.activity_id from {schema}.stg_raw__activities as a "
                               "join {schema}.int_leads_resolved as r on r.lead_id = a.lead_id "
                               "where r.person_id = '003C1' order by a.activity_id")
    # Two responses as a lead (webinar, demo request), one as the contact (case study).
    assert list(history.activity_id) == ["campaign_member:00vM1", "campaign_member:00vM2", "campaign_member:00vM3"]
    # The AE's call to the lead and email to the contact are both the person's touches.
    touches = salesforce.query("select t.touch_id from {schema}.stg_raw__sales_touches as t "
                               "join {schema}.int_leads_resolved as r on r.lead_id = t.lead_id "
                               "where r.person_id = '003C1' order by t.touch_id")
    assert list(touches.touch_id) == ["00TT1", "00TT2"]


def test_tasks_of_sales_users_only_and_automation_flagged(salesforce):
    touches = _rows(salesforce, "select touch_id, touch_type, is_automated from {schema}.stg_raw__sales_touches "
                                "order by touch_id")
    assert touches == [
        {"touch_id": "00TT1", "touch_type": "call", "is_automated": False},
        {"touch_id": "00TT2", "touch_type": "email", "is_automated": False},
        {"touch_id": "00TT3", "touch_type": "email", "is_automated": True},   # [Outreach] sequence step
        {"touch_id": "00TT4", "touch_type": "call", "is_automated": False},
        {"touch_id": "00TT8", "touch_type": "social", "is_automated": False},
    ]
    # 00TT5 (the marketing user's), 00TT6 (deleted) and 00TT7 (still open) are not touches.
    users = dict(salesforce.query("select user_id, is_sales_user from {schema}.map_salesforce__sales_users")
                 .itertuples(index=False))
    assert users == {"005U1": True, "005U2": True, "005U3": False}


def test_event_without_who_id_is_an_account_meeting(salesforce):
    """Also: 00UE5, the child event Salesforce made for the AE invited to Bea's demo (is_child),
    is no meeting of its own: the demo counts once."""
    meetings = _rows(salesforce, "select meeting_id, lead_id, account_id, status from {schema}.stg_raw__meetings "
                                 "order by meeting_id")
    assert meetings == [
        {"meeting_id": "00UE1", "lead_id": None, "account_id": "001A1", "status": "held"},
        {"meeting_id": "00UE2", "lead_id": "00QL2", "account_id": "001A1", "status": "scheduled"},
        {"meeting_id": "00UE3", "lead_id": "00QL4", "account_id": "001A2", "status": "no_show"},
    ]


def test_contact_on_two_opportunities(salesforce):
    opportunities = _rows(salesforce, "select opportunity_id, primary_lead_id, is_won, amount "
                                      "from {schema}.stg_raw__opportunities order by opportunity_id")
    assert [(o["opportunity_id"], o["primary_lead_id"], o["is_won"]) for o in opportunities] == [
        ("006O1", "003C2", False), ("006O2", "003C2", True)]  # 006O9 is deleted


def test_deleted_records(salesforce):
    """A deleted lead is kept by the adapter (IsDeleted) and rejected by identity resolution, with
    its history; deleted accounts, opportunities, tasks and members are left out by the adapter."""
    rejected = _rows(salesforce, "select source_table, record_id, reason, detected_in from {schema}.rejected_records "
                                 "order by source_table, record_id")
    assert rejected == [
        {"source_table": "activities", "record_id": "campaign_member:00vM6", "reason": "lead_deleted",
         "detected_in": "person_resolution"},
        {"source_table": "leads", "record_id": "00QL3", "reason": "deleted", "detected_in": "person_resolution"},
    ]
    accounts = salesforce.query("select account_id from {schema}.stg_raw__accounts order by account_id")
    assert list(accounts.account_id) == ["001A1", "001A2"]  # 001A9 is deleted


def test_campaign_responses_are_typed_by_the_seed(salesforce):
    activities = _rows(salesforce, "select activity_id, activity_type, occurred_at from {schema}.stg_raw__activities "
                                   "where activity_id in ('campaign_member:00vM4', 'campaign_member:00vM7')"
                                   " order by activity_id")
    assert [(a["activity_type"], pd.Timestamp(a["occurred_at"])) for a in activities] == [
        ("webinar_attended", pd.Timestamp("2026-06-03")),     # the first-responded day, later than creation
        ("email_click", pd.Timestamp("2026-06-02 08:05:00")),
    ]
    all_ids = set(salesforce.query("select activity_id from {schema}.map_salesforce__activities").activity_id)
    assert "campaign_member:00vM8" not in all_ids  # 'sent' is not in the seed
    assert "campaign_member:00vM9" not in all_ids  # deleted member


@pytest.mark.parametrize("crm", list(CRM_WORLDS))
def test_adapter_models_lint_clean(worlds, crm, tmp_path):
    """sqlfluff skips disabled models, so each adapter (enabled by crm_source) is linted here, with
    the var set and the world's database, where the CRM's tables exist."""
    import subprocess
    import sys
    from pathlib import Path

    from python_tests.harness import ROOT

    world = worlds.get(CRM_WORLDS[crm][1], "duckdb").world
    config = tmp_path / f"{crm}.sqlfluff"
    config.write_text(f"[sqlfluff:templater:dbt:context]\ncrm_source = {crm}\nload_demo_data = false\n"
                      f"{crm}_schema = {getattr(world, crm + '_schema')}\n")
    done = subprocess.run([str(Path(sys.executable).parent / "sqlfluff"), "lint", f"models/staging/{crm}",
                           "--config", str(config)], cwd=ROOT, env=world.env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "Skipped file" not in done.stdout + done.stderr


# --- HubSpot's traps -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hubspot(worlds):
    return worlds.get("crm_hubspot", "duckdb")


def test_merged_contact_resolves_to_the_survivor(hubspot):
    person = _rows(hubspot, "select lead_id, lead_records from {schema}.dim_leads where lead_id in ('101', '201')")
    assert person == [{"lead_id": "201", "lead_records": 2}]
    history = hubspot.query("select a.activity_id from {schema}.stg_raw__activities as a "
                            "join {schema}.int_leads_resolved as r on r.lead_id = a.lead_id "
                            "where r.person_id = '201' order by a.activity_id")
    # The webinar form was submitted under the merged-away id 101.
    assert list(history.activity_id) == ["form:cv1", "form:cv2", "form:cv3"]


def test_deal_with_two_companies_goes_to_the_primary(hubspot):
    deals = _rows(hubspot, "select opportunity_id, account_id, primary_lead_id, is_closed, is_won "
                           "from {schema}.stg_raw__opportunities order by opportunity_id")
    assert deals == [
        {"opportunity_id": "D1", "account_id": "C1", "primary_lead_id": "201", "is_closed": False, "is_won": False},
        {"opportunity_id": "D2", "account_id": "C1", "primary_lead_id": "203", "is_closed": True, "is_won": True},
    ]


def test_form_that_is_not_a_handraiser(hubspot):
    types = dict(hubspot.query("select activity_id, activity_type from {schema}.stg_raw__activities "
                               "where activity_id like 'form:%'").itertuples(index=False))
    assert types["form:cv6"] == "content_download"  # 'Newsletter signup' is not in the seed
    assert types["form:cv2"] == types["form:cv5"] == "demo_request"
    handraisers = hubspot.query("select lead_id from {schema}.fct_mqls where reason = 'handraiser'")
    assert "205" not in set(handraisers.lead_id)


def test_email_event_without_a_contact_is_account_engagement(hubspot):
    rows = _rows(hubspot, "select activity_id, lead_id, account_domain, activity_type from {schema}.stg_raw__activities "
                          "where activity_id like 'email_event:%' order by activity_id")
    assert rows == [
        {"activity_id": "email_event:E1", "lead_id": "204", "account_domain": None, "activity_type": "email_open"},
        {"activity_id": "email_event:E2", "lead_id": "205", "account_domain": None, "activity_type": "email_click"},
        {"activity_id": "email_event:E4", "lead_id": None, "account_domain": "acme-analytics.com",
         "activity_type": "email_open"},
        {"activity_id": "email_event:E5", "lead_id": "205", "account_domain": None, "activity_type": "unsubscribe"},
    ]  # E3 (sent) is no behaviour


def test_hubspot_engagements_by_owners(hubspot):
    touches = _rows(hubspot, "select touch_id, touch_type, is_automated from {schema}.stg_raw__sales_touches "
                             "order by touch_id")
    assert touches == [
        {"touch_id": "EC1:201", "touch_type": "call", "is_automated": False},
        {"touch_id": "EC2:202", "touch_type": "call", "is_automated": False},
        {"touch_id": "EE1:201", "touch_type": "email", "is_automated": False},
        {"touch_id": "EE2:202", "touch_type": "email", "is_automated": True},   # a sequence
        {"touch_id": "ET2:203", "touch_type": "social", "is_automated": False},
    ]  # EC3 has no owner, EC4 is deleted, EC5 is marketing's, EE3 is incoming, ET1 is not done
    done = _rows(hubspot, "select touch_id, cast(touched_at as varchar) as touched_at from {schema}.stg_raw__sales_touches "
                          "where touch_id = 'ET2:203'")
    assert done == [{"touch_id": "ET2:203", "touched_at": "2026-06-21 16:05:00"}]  # done, not due
    meetings = _rows(hubspot, "select meeting_id, lead_id, account_id, status from {schema}.stg_raw__meetings "
                              "order by meeting_id")
    assert meetings == [
        {"meeting_id": "EM1", "lead_id": None, "account_id": "C1", "status": "held"},
        {"meeting_id": "EM2:202", "lead_id": "202", "account_id": "C1", "status": "scheduled"},
        {"meeting_id": "EM3:205", "lead_id": "205", "account_id": "C2", "status": "no_show"},
    ]  # EM4 is marketing's (O3): not a meeting of sales, as Salesforce's 00UE4


def test_hubspot_tables_a_portal_disables(worlds):
    """No merges, forms, email events, tasks, meetings, company associations of engagements, teams, and
    no target-account or lead-status property: the adapter still builds."""
    world = World("duckdb", worlds.workdir)
    tables = crm_world.hubspot_tables()
    for name in ("contact_merge_audit", "form", "contact_form_submission", "email_event", "email_event_status_change",
                 "engagement_task", "engagement_meeting", "engagement_company", "deal_contact", "owner_team", "team"):
        del tables[name]
    tables["company"] = tables["company"].drop(columns=["property_hs_is_target_account", "property_domain"])
    tables["contact"] = tables["contact"].drop(columns=["property_hs_lead_status", "property_website"])
    result = build_adapter_alone(world, "hubspot", tables)
    assert result.ok, result.output[-4000:]
    assert world.query("select count(*) as n from {schema}.map_hubspot__activities").n[0] == 0
    accounts = world.query("select account_id, domain from {schema}.map_hubspot__accounts order by account_id")
    assert list(accounts.domain) == ["https://www.acme-analytics.com", None]  # the website when no domain
    assert world.query("select count(*) as n from {schema}.map_hubspot__leads").n[0] == 5


def build_adapter_alone(world: World, crm: str, tables: dict):
    """Load a CRM-shaped world and build only the adapter's seeds and models (no data tests: the
    project's conservation test would need the whole build)."""
    vars = crm_world.load_shaped(world, crm, tables)
    world.dbt("seed", "--select", f"seeds/{crm}", vars=vars)
    return world.dbt("run", "--select", f"models/staging/{crm}", vars=vars)


# --- what an org lacks ---------------------------------------------------------------------------------

def test_optional_columns_and_objects_an_org_lacks(worlds):
    """No custom fields, no task subtype or completion time, no campaigns, roles or contact roles:
    the adapter still builds, with nulls and empty tables where they were."""
    world = World("duckdb", worlds.workdir)
    tables = crm_world.salesforce_tables()
    for name in ("campaign", "campaign_member", "user_role", "opportunity_contact_role"):
        del tables[name]
    tables["account"] = tables["account"].drop(columns=["is_target_account_c", "billing_country_code"])
    tables["task"] = tables["task"].drop(columns=["task_subtype", "completed_date_time"])
    tables["event"] = tables["event"].drop(columns=["no_show_c"])
    result = build_adapter_alone(world, "salesforce", tables)
    assert result.ok, result.output[-4000:]
    assert world.query("select count(*) as n from {schema}.map_salesforce__activities").n[0] == 0
    flags = world.query("select is_target_account from {schema}.map_salesforce__accounts")
    assert flags.is_target_account.isna().all()
    touches = world.query("select touch_id, touch_type from {schema}.map_salesforce__sales_touches "
                          "order by touch_id")
    # Without a subtype the task's type decides: 00TT4 (type Call) is still a call.
    assert dict(zip(touches.touch_id, touches.touch_type))["00TT4"] == "call"
    # Without roles the department and title decide: the two sales users are still sales.
    assert world.query("select count(*) as n from {schema}.map_salesforce__sales_users "
                       "where is_sales_user").n[0] == 2


def test_a_required_object_missing_is_named(worlds):
    world = World("duckdb", worlds.workdir)
    tables = crm_world.salesforce_tables()
    del tables["lead"]
    world.load_raw(tables, schema=world.salesforce_schema)
    result = world.dbt("compile", "--select", "+map_salesforce__leads",
                       vars={"load_demo_data": False, "crm_source": "salesforce",
                             "salesforce_schema": world.salesforce_schema})
    assert not result.ok
    assert "was not found or has no columns: the salesforce adapter needs it" in result.output


def test_unknown_crm_source_is_named(worlds):
    world = World("duckdb", worlds.workdir)
    result = world.dbt("compile", "--select", "val_raw__leads", vars={"crm_source": "pipedrive"})
    assert not result.ok
    assert "var 'crm_source' must be 'raw'" in result.output and "'hubspot'" in result.output
