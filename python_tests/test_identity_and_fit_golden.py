"""Golden tests of person resolution, account matching and fit (issue 3), on the hand-made rows
of python_tests/golden_raw.py (each row's comment there says what it exercises)."""

from __future__ import annotations

import pytest

from python_tests import golden_raw


def test_person_resolution(golden):
    got = golden.query("select lead_id, person_id, resolution from {schema}.int_leads_resolved")
    actual = {r.lead_id: (r.person_id, r.resolution) for r in got.itertuples()}
    for lead_id, expected in golden_raw.EXPECTED_RESOLUTION.items():
        assert actual[lead_id] == expected, lead_id


def test_one_row_per_surviving_person(golden):
    persons = golden.query("select person_id, lead_records from {schema}.int_persons")
    resolved = golden.query("select person_id from {schema}.int_leads_resolved where person_id is not null")
    assert persons.person_id.is_unique
    assert set(persons.person_id) == set(resolved.person_id)
    folded = dict(zip(persons.person_id, persons.lead_records))
    assert folded["L20"] == 4  # L20, L21, L22 and the deleted-but-merged L51
    assert folded["L41"] == 3 and folded["L43"] == 2 and folded["L52"] == 1


def test_history_moves_to_the_survivor(golden):
    activities = golden.query("select activity_id, person_id, original_lead_id from {schema}.int_activities_rekeyed")
    person_of = dict(zip(activities.activity_id, activities.person_id))
    assert person_of["E20"] == "L20" and person_of["E21"] == "L20" and person_of["E40"] == "L41"
    assert person_of["E3"] is None  # anonymous account-level activity stays anonymous
    assert "E30" not in person_of and "E50" not in person_of
    touches = golden.query("select touch_id, person_id from {schema}.int_sales_touches_rekeyed")
    assert dict(zip(touches.touch_id, touches.person_id)) == {"T1": "L1", "T2": "L1", "T6": "L41"}
    meetings = golden.query("select meeting_id, person_id, account_id from {schema}.int_meetings_rekeyed order by 1")
    assert [tuple(r) for r in meetings.itertuples(index=False)] == [
        ("M1", "L1", "A1"), ("M4", "L1", None), ("M5", None, "A1")]
    opportunities = golden.query("select opportunity_id, primary_person_id from {schema}.int_opportunities_rekeyed")
    assert dict(zip(opportunities.opportunity_id, opportunities.primary_person_id)) == {
        "O1": "L1", "O5": None, "O6": "L20"}


def test_account_match(golden):
    got = golden.query("select * from {schema}.int_persons_matched_to_accounts")
    actual = {r.person_id: (r.account_id, r.match_method, r.resolved_account_id, r.account_key)
              for r in got.itertuples()}
    for person_id, expected in golden_raw.EXPECTED_MATCH.items():
        assert actual[person_id] == expected, person_id


def test_account_roll_up(golden):
    got = golden.query("select account_id, resolved_account_id from {schema}.int_accounts_rolled_up")
    resolved = dict(zip(got.account_id, got.resolved_account_id))
    assert resolved == {"A1": "A1", "A2": "A2", "A3": "A3", "A4": "A3", "A5": "A5", "A6": "A6",
                        "A7": "A7", "A8": "A8", "A9": "A9"}


def test_email_types(golden):
    got = golden.query("select person_id, email_type from {schema}.int_persons")
    types = dict(zip(got.person_id, got.email_type))
    assert types["L60"] == "personal" and types["L64"] == "competitor"
    assert types["L52"] == "missing" and types["L41"] == "business"


@pytest.mark.parametrize("index", range(len(golden_raw.TITLES)))
def test_titles(golden, index):
    title, seniority, department, buying_role = golden_raw.TITLES[index]
    got = golden.query("select person_id, seniority, department, buying_role "
                       "from {schema}.int_persons_fit_scored where model_version = 'v1'")
    row = got[got.person_id == f"L{100 + index}"].iloc[0]
    assert (row.seniority, row.department, row.buying_role) == (seniority, department, buying_role), title


def test_person_scores_under_default_rules(golden):
    got = golden.query("select person_id, person_score, exclusion from {schema}.int_persons_fit_scored "
                       "where model_version = 'v1'")
    score = {r.person_id: float(r.person_score) for r in got.itertuples()}
    # VP Marketing: vp 45 + marketing 40 + decision_maker 10 + business email 0 = 95.
    assert score["L100"] == 95
    # Marketing Operations Manager: manager 25 + marketing_operations 40 + operator 10 = 75.
    assert score["L111"] == 75
    # CFO: c_level 50 + finance 25 + finance_approver 5 = 80.
    assert score["L116"] == 80
    # Student: exclusion -100, clamped to 0. No title, missing email (L52): unknown 8 + missing -10 -> 0.
    assert score["L129"] == 0 and score["L52"] == 0
    # Free-mail, no title (L60): unknown 8 + other 0 + personal -15 -> 0; a competitor: 0.
    assert score["L60"] == 0 and score["L64"] == 0


def test_account_fit_of_persons(golden):
    got = golden.query("select person_id, account_key, account_score, tier from {schema}.int_persons_fit_scored "
                       "where model_version = 'v1'")
    row = {r.person_id: r for r in got.itertuples()}
    # A1: software 25 + 200-999 employees 20 + 5M-50M revenue 10 + country unknown ('*' 0)
    #     + salesforce 8 + hubspot 6 + on the TAL 10 = 79 -> A.
    assert float(row["L1"].account_score) == 79 and row["L1"].tier == "A"
    # An unmatched person with no country: every attribute unknown, off the TAL: 0 -> D, never null.
    assert float(row["L61"].account_score) == 0 and row["L61"].tier == "D"
    # L63 works at subsidiary A4 and takes the fit of its parent A3 (no attributes: 0).
    assert row["L63"].account_key == "A3"


def test_reconciliation_holds_in_the_build(golden):
    assert "assert_every_staged_row_is_kept_or_rejected" in golden.build_output
