"""Hand-edited scoring seeds stop the build with a message that names the seed, the row and the
column (models/intermediate/scoring/int_scoring_rule_problems). One copy of the project; each
test edits one seed in it, builds the seeds and the check, and puts the seed back."""

from __future__ import annotations

import shutil

import pytest

from python_tests.harness import ROOT, World

# The seeds the check reads, the check, and only the tests on those alone.
CHECK = ["build", "--select", "scoring_models", "scoring_activity_rules", "scoring_title_rules", "scoring_icp_rules",
         "scoring_account_stages", "country_aliases", "int_scoring_rule_problems", "--indirect-selection", "cautious"]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    copy = tmp_path_factory.mktemp("seed_checks") / "lead_qualification"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".venv", "target", "logs", ".git", "__pycache__", ".pytest_cache", "dbt_packages"))
    world = World("duckdb", tmp_path_factory.mktemp("seed_checks_db"), project_dir=copy)
    return world


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


CASES = {
    # name: (seed, edit of its CSV text, what the message must say)
    "weights": ("scoring_models",
                lambda t: _replace(t, "v2,active,2026-05-01,MQL threshold lowered from 70 to 60 to widen the pipeline; all other rules as v1,0.50",
                                   "v2,active,2026-05-01,MQL threshold lowered from 70 to 60 to widen the pipeline; all other rules as v1,0.70"),
                "scoring_models.csv, row v2, column w_behavior, w_person, w_account: the weights add up to 1.2; "
                "they must add up to 1 (within 0.001)"),
    "half_life": ("scoring_activity_rules", lambda t: _replace(t, "v2,web_visit,1,7,5,", "v2,web_visit,1,0,5,"),
                  "scoring_activity_rules.csv, row v2 / web_visit, column half_life_days: is 0"),
    "cap": ("scoring_activity_rules", lambda t: _replace(t, "v2,web_visit,1,7,5,", "v2,web_visit,1,7,-5,"),
            "scoring_activity_rules.csv, row v2 / web_visit, column cap: is -5"),
    "points": ("scoring_activity_rules", lambda t: _replace(t, "v2,demo_request,50,", "v2,demo_request,150,"),
               "scoring_activity_rules.csv, row v2 / demo_request, column points: is 150"),
    "threshold": ("scoring_models", lambda t: _replace(t, "0.50,0.25,0.25,60,30,25", "0.50,0.25,0.25,120,30,25"),
                  "scoring_models.csv, row v2, column mql_threshold: is 120"),
    "status": ("scoring_models", lambda t: _replace(t, "v2,active,", "v2,live,"),
               "scoring_models.csv, row v2, column status: is 'live'; it must be active or draft"),
    "same_day": ("scoring_models", lambda t: _replace(t, "v2,active,2026-05-01,", "v2,active,2025-01-01,"),
                 "scoring_models.csv, row v1, v2, column effective_from: two active versions take effect on 2025-01-01"),
    "unknown_version": ("scoring_activity_rules", lambda t: t + "v7,web_visit,1,7,5,false,\n",
                        "scoring_activity_rules.csv, row v7 / web_visit, column model_version: names a version "
                        "scoring_models does not have"),
    "country_code": ("country_aliases", lambda t: _replace(t, "usa,US", "usa,USA"),
                     "country_aliases.csv, row usa, column country_code: is 'USA'"),
    "stage_missing": ("scoring_account_stages",
                      lambda t: _replace(t, 'v2,engaged,3,30,2,60,"At least min_people people at or over the engaged '
                                            'threshold in the window"\n', ""),
                      "scoring_account_stages.csv, row v2 / engaged, column stage: has no row for stage engaged; "
                      "every version needs all of none, target, aware, engaged, qualified, opportunity, customer"),
    "stage_order": ("scoring_account_stages", lambda t: _replace(t, "v2,customer,6,", "v2,customer,2,"),
                    "scoring_account_stages.csv, row v2 / customer, column stage_order: is 2; customer is stage 6"),
    "stage_window": ("scoring_account_stages", lambda t: _replace(t, "v2,aware,2,90,", "v2,aware,2,0,"),
                     "scoring_account_stages.csv, row v2 / aware, column window_days: is 0; aware, engaged, "
                     "qualified need a whole number of 1 or more"),
    "stage_unused": ("scoring_account_stages", lambda t: _replace(t, "v2,opportunity,5,,", "v2,opportunity,5,30,"),
                     "scoring_account_stages.csv, row v2 / opportunity, column window_days: is 30; only aware, "
                     "engaged, qualified use it: leave it empty"),
    "stage_people": ("scoring_account_stages", lambda t: _replace(t, "v2,engaged,3,30,2,", "v2,engaged,3,30,0,"),
                     "scoring_account_stages.csv, row v2 / engaged, column min_people: is 0; engaged needs a whole "
                     "number of 1 or more"),
    # Booleans and dates are checked by the seed's own hooks (macros/seeds/seed_columns.sql).
    "boolean": ("scoring_activity_rules", lambda t: _replace(t, "v2,demo_request,50,90,60,true,", "v2,demo_request,50,90,60,ja,"),
                "scoring_activity_rules.csv, row v2 / demo_request, column is_handraiser: is 'ja'; it must be true or false"),
    "date": ("scoring_models", lambda t: _replace(t, "v2,active,2026-05-01,", "v2,active,2026-13-01,"),
             "scoring_models.csv, row v2, column effective_from: is '2026-13-01'; it must be a date written YYYY-MM-DD"),
    "day_of_month": ("scoring_models", lambda t: _replace(t, "v2,active,2026-05-01,", "v2,active,2026-02-30,"),
                     "scoring_models.csv, row v2, column effective_from: is '2026-02-30'"),
}
# The cases the seed stops itself; the others stop at the check model.
STOPPED_BY_SEED = {"boolean", "date", "day_of_month"}


def _build_edited(project, folder: str, seed: str, edit, check: list[str]):
    """Build `check` with seeds/<folder>/<seed>.csv edited, then put the seed back."""
    path = project.project_dir / "seeds" / folder / f"{seed}.csv"
    original = path.read_text()
    try:
        path.write_text(edit(original))
        return project.dbt(*check, "--full-refresh")
    finally:
        path.write_text(original)


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_seed_stops_the_build_with_its_message(project, case):
    seed, edit, message = CASES[case]
    result = _build_edited(project, "scoring", seed, edit, CHECK)
    assert not result.ok
    assert message in result.output, result.output[-3000:]
    stopped_by = f"Compilation Error in seed {seed}" if case in STOPPED_BY_SEED else "int_scoring_rule_problems"
    assert stopped_by in result.output


def test_the_bundled_seeds_have_no_problem(project):
    result = project.dbt(*CHECK, "--full-refresh")
    assert result.ok, result.output[-3000:]
    assert project.query("select count(*) as n from {schema}.int_scoring_rule_problems").n[0] == 0
    # The hooks gave the text-loaded columns their types, on a first load and on a reload alike.
    again = project.dbt(*CHECK)
    assert again.ok, again.output[-3000:]
    types = project.query("select table_name, column_name, data_type from information_schema.columns "
                          "where table_schema = '{seeds}' and column_name in "
                          "('effective_from', 'restate', 'is_handraiser') order by column_name")
    assert list(types.data_type) == ["DATE", "BOOLEAN", "BOOLEAN"], types


# The calendar seeds (seeds/calendars) and their check, int_business_calendar_problems.
CALENDAR_CHECK = ["build", "--select", "business_calendars", "business_holidays", "owner_calendars",
                  "int_business_calendar_problems", "--indirect-selection", "cautious"]
CALENDAR_CASES = {
    "time_format": ("business_calendars", lambda t: _replace(t, "us_weekdays,1,09:00,17:00", "us_weekdays,1,9am,17:00"),
                    "business_calendars.csv, row us_weekdays / 1, column opens_at: is '9am'; it must be a local "
                    "time HH:MM, 00:00 to 23:59"),
    "weekday": ("business_calendars", lambda t: _replace(t, "us_weekdays,1,09:00,17:00", "us_weekdays,8,09:00,17:00"),
                "business_calendars.csv, row us_weekdays / 8, column weekday: is 8; it must be an ISO weekday"),
    "closes_first": ("business_calendars",
                     lambda t: _replace(t, "us_weekdays,1,09:00,17:00", "us_weekdays,1,17:00,09:00"),
                     "column opens_at, closes_at: the window 17:00-09:00 does not open before it closes"),
    "overlap": ("business_calendars", lambda t: t + "us_weekdays,1,16:00,18:00\n",
                "business_calendars.csv, row us_weekdays / 1, column opens_at, closes_at: the windows "
                "09:00-17:00 and 16:00-18:00 overlap"),
    "unknown_calendar": ("owner_calendars", lambda t: _replace(t, "U01,us_weekdays", "U01,us_weekday"),
                         "owner_calendars.csv, row U01, column calendar_id: is 'us_weekday'; it must be a "
                         "calendar_id of business_calendars"),
}


@pytest.mark.parametrize("case", sorted(CALENDAR_CASES))
def test_a_bad_calendar_stops_the_build_with_its_message(project, case):
    seed, edit, message = CALENDAR_CASES[case]
    result = _build_edited(project, "calendars", seed, edit, CALENDAR_CHECK)
    assert not result.ok
    assert message in result.output, result.output[-3000:]
    assert "The rule seeds have" in result.output and "int_business_calendar_problems" in result.output


def test_an_unknown_default_calendar_is_named(project):
    result = project.dbt(*CALENDAR_CHECK, vars={"default_business_calendar": "nine_to_five"})
    assert not result.ok
    assert ("dbt_project.yml, row vars, column default_business_calendar: is 'nine_to_five'; it must be a "
            "calendar_id of business_calendars, or null") in result.output, result.output[-3000:]
