"""The dashboard as a person uses it: the app started for real on localhost against the built demo
world (DuckDB), every page opened in headless Chromium, its key elements checked, no traceback or
error shown, and a screenshot saved (to LEAD_QUALIFICATION_SCREENSHOTS when set, e.g.
docs/screenshots for the README, else a temporary folder). Skipped without Debian's chromium
(.ci/run installs it).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from lead_qualification.dashboard import browse

pytestmark = pytest.mark.skipif(not Path(browse.CHROMIUM).exists(),
                                reason=f"no Chromium at {browse.CHROMIUM} (apt-get install chromium; .ci/run does)")

# page -> texts that must be on it (headings, metric labels, table headers the page always shows)
KEY_ELEMENTS = {
    "": ["Today", "New MQLs since", "New MQAs since", "MQLs not touched yet", "Accounts to work first",
         "MQLs still untouched, longest waiting first"],
    "buying_groups": ["Buying groups", "Account", "reach", "coverage", "Champion", "Target accounts: reach and coverage"],
    "account_journey": ["Account journey", "Accounts per stage now", "Stalled", "Movement since",
                        "Stage conversion over time", "Stalled accounts"],
    "handoff_quality": ["Handoff quality", "Median to first touch", "Touched in 5 min", "Touched in 1 h",
                        "Touched in 24 h", "Median in business hours", "Touched in 1 business h", "Meeting rate",
                        "Opportunity rate", "Minutes to first touch", "By segment",
                        "Over time"],
    "funnel": ["Funnel", "MQL accounts", "Pipeline created", "Closed-won", "Stage by stage"],
    "pipeline": ["Pipeline", "Pipeline created", "Win rate", "Deals influenced", "Pipeline by channel",
                 "Attribution model", "Sourced and influenced", "Win rate and days to close by segment",
                 "Cost per MQL", "Program velocity", "Largest deals", "Touches of"],
    "scoring_rules": ["Scoring rules", "Versions", "What changed", "What the rules can see",
                      "MQL volume: as scored and as restated"],
    "evidence": ["Evidence", "AUC by version", "Conversion by score band", "Signal lift and suggested points"],
}


@pytest.fixture(scope="module")
def app(worlds):
    demo = worlds.get("demo", "duckdb")
    env = dict(os.environ, LEAD_QUALIFICATION_TARGET="dev", LEAD_QUALIFICATION_DUCKDB_PATH=demo.world.duckdb_path,
               LEAD_QUALIFICATION_SCHEMA=demo.world.schema)
    with browse.running_app(env) as url:
        yield url


@pytest.fixture(scope="module")
def page():
    with browse.browser_page() as opened:
        yield opened


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory):
    folder = Path(os.environ.get("LEAD_QUALIFICATION_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("path", list(browse.PAGES))
def test_every_page_renders_its_key_elements(app, page, screenshots, path):
    """Each element is waited for (up to 60 s), never read after a fixed pause: on a busy machine
    the last elements of a run are painted after the page reports it is done."""
    from playwright.sync_api import expect

    browse.open_page(page, f"{app}/{path}")
    expect(page.locator("h1").first).to_have_text(browse.PAGES[path], timeout=60_000)
    main = page.locator("[data-testid='stMain']")
    for key in KEY_ELEMENTS[path]:
        expect(main, f"{browse.PAGES[path]}: '{key}' not on the page").to_contain_text(key, timeout=60_000)
    # Every page shows at least one table or chart, not only headings.
    expect(page.locator("[data-testid='stDataFrame'], [data-testid='stVegaLiteChart'], "
                        "[data-testid='stMetric']").first).to_be_visible(timeout=60_000)
    assert browse.problems(page) == []
    name = path or "today"
    page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)
    assert (screenshots / f"{name}.png").stat().st_size > 20_000


def test_sidebar_filter_narrows_the_handoff_page(app, page):
    """Choosing a tier in the sidebar reruns the page on fewer MQLs."""
    from playwright.sync_api import expect

    browse.open_page(page, f"{app}/handoff_quality")
    mqls = page.locator("[data-testid='stMetricValue']").first
    expect(mqls).to_have_text(re.compile(r"^[0-9,]+$"), timeout=60_000)
    before = int(mqls.inner_text().replace(",", ""))
    page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").nth(1).click()  # Tier
    page.get_by_role("option", name="A", exact=True).click()
    page.keyboard.press("Escape")
    expect(mqls).not_to_have_text(f"{before:,}", timeout=30_000)
    browse.wait_until_rendered(page)
    assert 0 < int(mqls.inner_text().replace(",", "")) < before
    assert browse.problems(page) == []


def test_buying_group_follows_the_chosen_account(app, page):
    from playwright.sync_api import expect

    browse.open_page(page, f"{app}/buying_groups")
    heading = page.locator("h3").first
    first = heading.inner_text()
    page.locator("[data-testid='stSelectbox']").first.click()
    page.get_by_role("option").nth(1).click()
    expect(heading).not_to_have_text(first, timeout=30_000)
    browse.wait_until_rendered(page)
    assert browse.problems(page) == []


def test_without_a_database_the_page_says_what_to_run(page, tmp_path):
    env = dict(os.environ, LEAD_QUALIFICATION_TARGET="dev",
               LEAD_QUALIFICATION_DUCKDB_PATH=str(tmp_path / "not_built.duckdb"))
    with browse.running_app(env) as url:
        browse.open_page(page, f"{url}/funnel")
        from playwright.sync_api import expect

        message = page.locator("[data-testid='stAlertContentError']").first
        expect(message).to_contain_text("No database at", timeout=60_000)
        expect(message).to_contain_text("make build", timeout=60_000)
        assert page.locator("[data-testid='stException']").count() == 0

