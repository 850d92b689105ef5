"""Deterministic, vectorised generator of a B2B demo world in the raw contract's shape.

The world has a hidden truth the score should find: every account has a fit (how close it is to
the ideal customer profile) and an in-market window; people inside an in-market account's buying
group read pricing pages, attend webinars and ask for demos; sales touches people after they
raise a hand; meetings, opportunities and wins depend on fit and intent. About 1-2% of the rows
carry the dirt real loaders deliver (see ``_add_dirt``).

Every value is text, as a loader would deliver it; null is ``None`` (an empty CSV cell).
The same ``seed`` and parameters always give byte-identical output.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lead_qualification.demo_world.contract import COLUMNS

REPS = [f"U{i:02d}" for i in range(1, 13)]

INDUSTRIES = np.array([
    "Software", "Financial Services", "Professional Services", "Telecommunications", "Media",
    "Healthcare", "Manufacturing", "Retail", "Education", "Government",
])
INDUSTRY_P = np.array([0.22, 0.14, 0.12, 0.06, 0.06, 0.10, 0.12, 0.08, 0.05, 0.05])
INDUSTRY_FIT = np.array([1.0, 0.8, 0.6, 0.6, 0.4, 0.4, 0.3, 0.2, 0.0, 0.0])

COUNTRIES = np.array(["US", "CA", "GB", "DE", "FR", "NL", "IE", "SE", "AU", "BR", "IN", "JP", "ES"])
COUNTRY_P = np.array([0.38, 0.05, 0.12, 0.08, 0.06, 0.04, 0.02, 0.03, 0.04, 0.05, 0.06, 0.03, 0.04])
COUNTRY_FIT = np.array([1.0, 1.0, 0.8, 0.8, 0.7, 0.8, 0.8, 0.7, 0.5, 0.0, 0.0, 0.0, 0.0])

TECHNOLOGIES = np.array(["salesforce", "hubspot", "marketo", "snowflake", "zendesk", "slack"])
TECH_P = np.array([0.45, 0.25, 0.15, 0.20, 0.30, 0.50])

NAME_HEADS = np.array([
    "Acme", "Globex", "Initech", "Umbrel", "Hooli", "Vandel", "Stark", "Wayne", "Wonka", "Tyrell",
    "Cyber", "Nimbus", "Quantum", "Blue", "Red", "Green", "Silver", "Golden", "North", "South",
    "Apex", "Summit", "Pioneer", "Vertex", "Nova", "Orbit", "Pixel", "Cobalt", "Lumen", "Atlas",
    "Zenith", "Harbor", "Falcon", "Maple", "Cedar", "Granite", "Beacon", "Crescent", "Delta", "Ember",
])
NAME_TAILS = np.array([
    "Corp", "Systems", "Labs", "Analytics", "Software", "Dynamics", "Networks", "Health", "Capital",
    "Media", "Logistics", "Works", "Group", "Partners", "Solutions", "Cloud", "Data", "Robotics",
    "Retail", "Foods", "Energy", "Finance", "Bank", "Insurance", "Learning", "Studios", "Motors",
    "Pharma", "Telecom", "Holdings",
])
FIRST_NAMES = np.array([
    "Ava", "Ben", "Chloe", "Daniel", "Emma", "Felix", "Grace", "Hugo", "Isla", "Jack", "Kara",
    "Liam", "Maya", "Noah", "Olivia", "Paul", "Quinn", "Ruby", "Sam", "Tara", "Uma", "Victor",
    "Wendy", "Xavier", "Yara", "Zoe", "Amir", "Bianca", "Chen", "Diego", "Elena", "Farah", "Goran",
    "Hana", "Ivan", "Jonas", "Keiko", "Lars", "Mateo", "Nadia", "Omar", "Priya", "Rafael", "Sofia",
])
LAST_NAMES = np.array([
    "Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Johnson", "Roberts",
    "Walker", "Wright", "Green", "Hall", "Wood", "Clarke", "Patel", "Khan", "Lewis", "Jackson",
    "Muller", "Schmidt", "Dubois", "Martin", "Rossi", "Garcia", "Lopez", "Silva", "Kim", "Tanaka",
    "Nguyen", "Novak", "Larsen", "Berg", "Murphy", "Kelly", "Fischer", "Weber", "Moreau", "Costa",
])
FREE_MAIL = np.array(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"])

# (title as people type it, weight, in the buying group of a marketing-tool purchase)
TITLES = [
    ("VP Marketing", 3, True), ("VP of Marketing", 2, True), ("Vice President, Marketing", 1, True),
    ("Chief Marketing Officer", 1, True), ("CMO", 1, True), ("Head of Marketing", 2, True),
    ("Director of Demand Generation", 3, True), ("Demand Generation Manager", 3, True),
    ("Sr. Director, Growth Marketing", 1, True), ("Growth Marketing Manager", 2, True),
    ("Marketing Operations Manager", 3, True), ("Marketing Ops Specialist", 2, True),
    ("Director, Revenue Operations", 1, True), ("Dir. Marketing Operations", 1, True),
    ("CFO", 1, True), ("Chief Financial Officer", 1, True), ("VP Finance", 1, True),
    ("CTO", 1, True), ("Chief Technology Officer", 1, True), ("CIO", 1, True),
    ("IT Director", 1, True),
    ("Marketing Manager", 4, False), ("Content Marketing Manager", 2, False),
    ("Marketing Coordinator", 3, False), ("Marketing Specialist", 3, False),
    ("Product Marketing Manager", 2, False), ("Field Marketing Manager", 1, False),
    ("Sales Manager", 2, False), ("Account Executive", 3, False), ("SDR", 2, False),
    ("Business Development Representative", 2, False), ("VP Sales", 1, False),
    ("Software Engineer", 3, False), ("Data Analyst", 2, False), ("Financial Analyst", 1, False),
    ("Controller", 1, False), ("CEO", 1, False), ("Founder & CEO", 1, False),
    ("Office Manager", 1, False), ("HR Manager", 1, False), ("Consultant", 2, False),
    ("Student", 1, False), ("Marketing Intern", 1, False), ("Job Seeker", 1, False),
    ("Directeur Marketing", 1, True), ("Responsable Marketing", 1, False),
    ("Leiter Marketing", 1, True), ("Gerente de Marketing", 1, False), (None, 2, False),
]
TITLE_TEXT = np.array([t[0] for t in TITLES], dtype=object)
TITLE_P = np.array([t[1] for t in TITLES], dtype=float)
TITLE_P /= TITLE_P.sum()
TITLE_IN_GROUP = np.array([t[2] for t in TITLES])

LEAD_SOURCES = np.array([
    "web", "webinar", "paid_search", "paid_social", "event", "content_syndication", "referral",
    "outbound", "partner",
])
LEAD_SOURCE_P = np.array([0.24, 0.14, 0.14, 0.08, 0.08, 0.12, 0.06, 0.10, 0.04])

# Background behaviour of everyone: events per person per 30 days at propensity 1.
BACKGROUND = {
    "email_open": 0.8, "email_click": 0.2, "web_visit": 0.5, "product_page_view": 0.12,
    "content_download": 0.06, "webinar_registered": 0.05, "ad_click": 0.05,
    "careers_page_view": 0.02, "unsubscribe": 0.01,
}
# Extra behaviour of buying-group people while their account is in market (per 30 days).
IN_MARKET = {
    "pricing_page_view": 1.3, "product_page_view": 1.8, "web_visit": 2.0, "webinar_attended": 0.5,
    "webinar_registered": 0.5, "case_study_download": 0.35, "content_download": 0.4,
    "email_click": 0.6, "demo_request": 0.2, "contact_us": 0.04, "free_trial_signup": 0.05,
    "product_usage": 0.8, "event_attended": 0.06,
}
HANDRAISERS = {"demo_request", "contact_us", "free_trial_signup"}
CHANNEL = {
    "email_open": "email", "email_click": "email", "unsubscribe": "email", "web_visit": "web",
    "product_page_view": "web", "pricing_page_view": "web", "careers_page_view": "web",
    "content_download": "content", "case_study_download": "content", "webinar_registered": "webinar",
    "webinar_attended": "webinar", "ad_click": "paid", "demo_request": "web", "contact_us": "web",
    "free_trial_signup": "product", "product_usage": "product", "event_attended": "event",
}
# How some loaders spell canonical types (normalised by staging through activity_type_aliases).
# Opportunity types as CRMs spell them (seed opportunity_type_aliases maps them), with their shares.
OPPORTUNITY_TYPES = np.array(["New Business", "new_business", "Renewal", "Expansion", "Upsell", "Partner referral"],
                             dtype=object)
OPPORTUNITY_TYPE_P = [0.55, 0.1, 0.15, 0.1, 0.05, 0.05]

SPELLINGS = {
    "demo_request": "Demo Request", "web_visit": "Page View", "email_open": "Email Opened",
    "webinar_attended": "Webinar Attendance", "content_download": "Whitepaper Download",
}


@dataclass(frozen=True)
class WorldParameters:
    """What shapes a world. ``n_leads`` sets the scale; the rest follows from it."""

    n_leads: int = 2000
    seed: int = 42
    start: str = "2025-11-01"
    months: int = 12
    dirt_rate: float = 0.015


def generate(params: WorldParameters = WorldParameters()) -> dict[str, pd.DataFrame]:
    """Build every raw table as text columns in contract order."""
    rng = np.random.default_rng(params.seed)
    start = pd.Timestamp(params.start)
    end = start + pd.DateOffset(months=params.months)
    span = (end - start).total_seconds()
    t0 = start.value // 10**9  # epoch seconds of the world's start

    accounts = _accounts(rng, params, t0, span)
    leads = _leads(rng, params, accounts, t0, span)
    activities = _activities(rng, params, accounts, leads, t0, span)
    intent = _intent(rng, accounts, t0, span)
    touches, meetings, opportunities = _sales(rng, accounts, leads, activities, t0, span)

    tables = {
        "accounts": accounts["table"], "leads": leads["table"], "activities": activities["table"],
        "intent_signals": intent, "sales_touches": touches, "meetings": meetings,
        "opportunities": opportunities,
    }
    _add_dirt(rng, params, tables, t0, span)
    # The optional tables draw from their own stream, so adding them left the others as they were.
    extra = np.random.default_rng([params.seed, 1])
    tables["owners"] = _owners()
    tables["campaign_spend"] = _campaign_spend(extra, tables["activities"])
    return {name: _as_text(frame, name) for name, frame in tables.items()}


def _owners() -> pd.DataFrame:
    """The twelve reps in three teams, each team led by its first rep (who has no manager); one
    row delivered twice, as loaders do."""
    teams = ["Enterprise", "Mid-Market", "SMB"]
    zones = ["America/New_York", "Europe/London", "America/Los_Angeles"]
    rows = [{"owner_id": rep, "team": teams[i // 4], "manager_id": None if i % 4 == 0 else REPS[i - i % 4],
             "time_zone": zones[i // 4]} for i, rep in enumerate(REPS)]
    return pd.DataFrame(rows + rows[-1:])


def _campaign_spend(rng, activities: pd.DataFrame) -> pd.DataFrame:
    """A month of spend per campaign of the activities (webinars cost more than content), in USD,
    with the dirt a finance export brings: a row in EUR, an unreadable amount, a period ending
    before it starts, and a row delivered twice."""
    campaigns = sorted(activities["campaign"].dropna().unique())
    month = pd.to_datetime(pd.Series(campaigns).str.slice(-7) + "-01")
    webinar = pd.Series(campaigns).str.startswith("Webinar").to_numpy()
    spend = pd.DataFrame({
        "campaign": campaigns,
        "channel": np.where(webinar, "webinar", "content"),
        "period_start": month.dt.strftime("%Y-%m-%d"),
        "period_end": (month + pd.offsets.MonthEnd(0)).dt.strftime("%Y-%m-%d"),
        "amount": pd.Series(np.where(webinar, rng.uniform(4000, 9000, len(campaigns)),
                                     rng.uniform(1500, 4000, len(campaigns)))).map("{:.2f}".format),
        "currency": "USD",
    })
    dirt = spend.iloc[[0, 1, 2]].copy()
    dirt["campaign"] = dirt["campaign"] + " (agency)"
    dirt.iloc[0, dirt.columns.get_loc("currency")] = "EUR"
    dirt.iloc[1, dirt.columns.get_loc("amount")] = "1,200.00"
    dirt.iloc[2, dirt.columns.get_loc("period_end")] = "2025-10-01"
    return pd.concat([spend, dirt, spend.iloc[[4]]], ignore_index=True)


def _ts(epoch_seconds: np.ndarray) -> pd.Series:
    """Epoch seconds to 'YYYY-MM-DD HH:MM:SS' text (naive UTC, the common loader format)."""
    values = pd.to_datetime(np.asarray(epoch_seconds, dtype="int64"), unit="s")
    return pd.Series(values.strftime("%Y-%m-%d %H:%M:%S"), dtype=object)


def _epoch(text: pd.Series) -> np.ndarray:
    """'YYYY-MM-DD HH:MM:SS' text back to epoch seconds."""
    return pd.to_datetime(text).to_numpy().astype("datetime64[s]").astype("int64")


def _accounts(rng, params, t0, span) -> dict:
    n = max(20, params.n_leads // 5)
    industry = rng.choice(len(INDUSTRIES), n, p=INDUSTRY_P)
    country = rng.choice(len(COUNTRIES), n, p=COUNTRY_P / COUNTRY_P.sum())
    employees = np.clip(np.round(rng.lognormal(5.3, 1.5, n)), 2, 200000).astype(int)
    revenue = np.round(employees * rng.lognormal(11.9, 0.5, n), -3)
    techs = rng.random((n, len(TECHNOLOGIES))) < TECH_P
    size_fit = np.clip((np.log10(employees) - 1.3) / 2.0, 0, 1) * (employees < 20000)
    fit = (0.4 * INDUSTRY_FIT[industry] + 0.3 * size_fit + 0.2 * COUNTRY_FIT[country]
           + 0.1 * techs[:, :4].any(axis=1))
    is_target = rng.random(n) < 0.04 + 0.35 * fit**2
    in_market = rng.random(n) < 0.08 + 0.45 * fit
    im_start = t0 + rng.random(n) * span * 0.9
    im_end = np.minimum(im_start + rng.uniform(30, 120, n) * 86400, t0 + span - 1)

    combos = rng.permutation(len(NAME_HEADS) * len(NAME_TAILS))
    heads = NAME_HEADS[combos[np.arange(n) % len(combos)] // len(NAME_TAILS)]
    tails = NAME_TAILS[combos[np.arange(n) % len(combos)] % len(NAME_TAILS)]
    lap = np.arange(n) // len(combos)
    names = np.char.add(np.char.add(heads.astype(str), " "), tails.astype(str))
    names = np.where(lap > 0, np.char.add(np.char.add(names, " "), lap.astype(str)), names)
    tld = rng.choice(np.array([".com", ".io", ".co.uk", ".de", ".net"]), n, p=[0.6, 0.15, 0.1, 0.08, 0.07])
    domains = np.char.add(np.char.replace(np.char.lower(names), " ", ""), tld)

    parent = np.full(n, None, dtype=object)
    has_parent = (rng.random(n) < 0.04) & (np.arange(n) > 0)
    parent_idx = (rng.random(n) * np.arange(n)).astype(int)  # an earlier account: no cycles
    ids = np.array([f"A{i:05d}" for i in range(n)], dtype=object)
    parent[has_parent] = ids[parent_idx[has_parent]]

    created = t0 - rng.random(n) * 3 * 365 * 86400
    updated = np.maximum(created, t0 + rng.random(n) * span)
    tech_text = np.array([";".join(TECHNOLOGIES[row]) or None for row in techs], dtype=object)
    table = pd.DataFrame({
        "account_id": ids, "account_name": names, "domain": domains,
        "industry": INDUSTRIES[industry], "employee_count": employees.astype(str),
        "annual_revenue": revenue.astype(np.int64).astype(str), "country": COUNTRIES[country],
        "technologies": tech_text, "is_target_account": np.where(is_target, "true", "false"),
        "parent_account_id": parent, "owner_id": rng.choice(REPS, n),
        "created_at": _ts(created), "updated_at": _ts(updated),
    })
    return {"table": table, "fit": fit, "in_market": in_market, "im_start": im_start,
            "im_end": im_end, "domains": domains, "ids": ids, "employees": employees}


def _leads(rng, params, accounts, t0, span) -> dict:
    n = params.n_leads
    n_acc = len(accounts["ids"])
    weight = np.log1p(accounts["employees"]) * (1 + 2 * accounts["in_market"])
    account = rng.choice(n_acc, n, p=weight / weight.sum())
    no_account = rng.random(n) < 0.08
    title_idx = rng.choice(len(TITLES), n, p=TITLE_P)
    first = rng.choice(FIRST_NAMES, n)
    last = rng.choice(LAST_NAMES, n)
    domain = accounts["domains"][account].astype(object)
    small_co = np.array([f"smallco{i}.com" for i in rng.integers(0, 10**6, n)], dtype=object)
    domain = np.where(no_account, small_co, domain)
    free = rng.random(n) < 0.03
    email_domain = np.where(free, rng.choice(FREE_MAIL, n), domain)
    local = np.char.add(np.char.add(np.char.lower(first.astype(str)), "."), np.char.lower(last.astype(str)))
    local = np.char.add(local, np.arange(n).astype(str))  # unique people, unique emails
    email = np.char.add(np.char.add(local, "@"), email_domain.astype(str)).astype(object)
    company_domain = np.where(free & (rng.random(n) < 0.5), None, domain)
    as_url = rng.random(n) < 0.15
    company_domain = np.where(as_url & (company_domain != None),  # noqa: E711 (numpy elementwise)
                              np.char.add("https://www.", company_domain.astype(str)), company_domain)
    crm = np.where(~no_account & (rng.random(n) < 0.7), accounts["ids"][account], None)
    created = t0 - 60 * 86400 + rng.random(n) * (span + 60 * 86400 - 7 * 86400)
    propensity = rng.lognormal(0, 0.7, n)
    in_group = TITLE_IN_GROUP[title_idx] & ~no_account
    names = accounts["table"]["account_name"].to_numpy()[account]
    table = pd.DataFrame({
        "lead_id": np.array([f"L{i:06d}" for i in range(n)], dtype=object),
        "email": email, "first_name": first, "last_name": last, "job_title": TITLE_TEXT[title_idx],
        "company_name": np.where(no_account, None, names), "company_domain": company_domain,
        "crm_account_id": crm, "country": accounts["table"]["country"].to_numpy()[account],
        "lead_source": rng.choice(LEAD_SOURCES, n, p=LEAD_SOURCE_P), "owner_id": rng.choice(REPS, n),
        "lead_status": "open", "status_reason": None, "created_at": _ts(created),
        "updated_at": _ts(created + rng.random(n) * 30 * 86400), "is_deleted": "false",
        "merged_into_lead_id": None,
    })
    return {"table": table, "account": np.where(no_account, -1, account), "created": created,
            "propensity": propensity, "in_group": in_group}


def _draw_events(rng, rates: dict, expected_scale, window_start, window_end):
    """Poisson counts per (person, type), then uniform times inside each person's window."""
    types = np.array(list(rates), dtype=object)
    rate = np.array(list(rates.values()))
    days = np.maximum(window_end - window_start, 0) / 86400
    counts = rng.poisson(np.outer(expected_scale * days / 30, rate))
    person = np.repeat(np.arange(counts.shape[0]), counts.sum(axis=1))
    kind = np.concatenate([np.repeat(np.arange(len(types)), row) for row in counts]) if len(person) else np.array([], int)
    times = window_start[person] + rng.random(len(person)) * (window_end - window_start)[person]
    return person, types[kind], times


def _activities(rng, params, accounts, leads, t0, span) -> dict:
    end = t0 + span - 1
    created = leads["created"]
    background = _draw_events(rng, BACKGROUND, leads["propensity"], np.maximum(created, t0),
                              np.full(len(created), end, dtype=float))
    acc = leads["account"]
    hot = leads["in_group"] & (acc >= 0) & accounts["in_market"][np.maximum(acc, 0)]
    im_start = np.where(hot, np.maximum(accounts["im_start"][np.maximum(acc, 0)], created), 0.0)
    im_end = np.where(hot, accounts["im_end"][np.maximum(acc, 0)], 0.0)
    fit = accounts["fit"][np.maximum(acc, 0)]
    in_market = _draw_events(rng, IN_MARKET, leads["propensity"] * (0.5 + fit) * hot, im_start, im_end)

    person = np.concatenate([background[0], in_market[0]])
    kind = np.concatenate([background[1], in_market[1]])
    times = np.floor(np.concatenate([background[2], in_market[2]]))
    # Hourly syncs: some events land on the hour, giving ties that must not be decided by row order.
    synced = rng.random(len(times)) < 0.05
    times = np.where(synced, times - times % 3600, times)
    order = np.lexsort((kind.astype(str), times, person))
    person, kind, times = person[order], kind[order], times[order]

    # Anonymous account-level engagement (reverse-IP visits, ad clicks), more while in market.
    n_acc = len(accounts["ids"])
    anon_rate = 0.6 + 6 * accounts["in_market"] * accounts["fit"]
    anon_counts = rng.poisson(anon_rate * params.months)
    anon_acc = np.repeat(np.arange(n_acc), anon_counts)
    anon_times = np.floor(t0 + rng.random(len(anon_acc)) * span)
    anon_kind = rng.choice(np.array(["web_visit", "pricing_page_view", "ad_click", "product_page_view"],
                                    dtype=object), len(anon_acc), p=[0.5, 0.15, 0.2, 0.15])

    lead_ids = leads["table"]["lead_id"].to_numpy()
    n_known, n_anon = len(person), len(anon_acc)
    table = pd.DataFrame({
        "activity_id": np.array([f"E{i:08d}" for i in range(n_known + n_anon)], dtype=object),
        "lead_id": np.concatenate([lead_ids[person], np.full(n_anon, None, dtype=object)]),
        "account_domain": np.concatenate([np.full(n_known, None, dtype=object),
                                          accounts["domains"][anon_acc].astype(object)]),
        "activity_type": np.concatenate([kind, anon_kind]),
        "occurred_at": _ts(np.concatenate([times, anon_times])),
        "channel": pd.Series(np.concatenate([kind, anon_kind])).map(CHANNEL).to_numpy(),
        "campaign": None, "detail": None,
    })
    webinar = table["activity_type"].isin(["webinar_registered", "webinar_attended"]).to_numpy()
    month = table["occurred_at"].str.slice(0, 7)
    table.loc[webinar, "campaign"] = "Webinar " + month[webinar]
    content = table["activity_type"].isin(["content_download", "case_study_download"]).to_numpy()
    table.loc[content, "campaign"] = "Content " + month[content]
    return {"table": table, "person": person, "kind": kind, "times": times}


def _intent(rng, accounts, t0, span) -> pd.DataFrame:
    n_acc = len(accounts["ids"])
    weeks = int(span // (7 * 86400))
    week_start = t0 + np.arange(weeks) * 7 * 86400
    in_window = ((week_start[None, :] >= accounts["im_start"][:, None] - 21 * 86400)
                 & (week_start[None, :] <= accounts["im_end"][:, None]) & accounts["in_market"][:, None])
    p = np.where(in_window, 0.6, 0.04)
    hit = rng.random((n_acc, weeks)) < p
    acc, week = np.nonzero(hit)
    score = np.where(in_window[acc, week], rng.integers(55, 101, len(acc)), rng.integers(10, 61, len(acc)))
    topics = np.array(["marketing automation", "lead scoring", "account based marketing", "crm"], dtype=object)
    return pd.DataFrame({
        "account_domain": accounts["domains"][acc].astype(object),
        "topic": rng.choice(topics, len(acc)),
        "intent_score": score.astype(str),
        "observed_at": _ts(week_start[week] + rng.integers(0, 86400, len(acc))),
        "provider": "intent_provider_a",
    })


def _sales(rng, accounts, leads, activities, t0, span):
    end = t0 + span - 1
    person, kind, times = activities["person"], activities["kind"], activities["times"]
    n = len(leads["created"])
    # A person becomes sales-worthy at their first hand-raise, or at their 6th in-market-type event.
    first_hand = np.full(n, np.inf)
    hand = np.isin(kind, list(HANDRAISERS))
    np.minimum.at(first_hand, person[hand], times[hand])
    strong = np.isin(kind, ["pricing_page_view", "webinar_attended", "case_study_download"])
    strong_idx = np.flatnonzero(strong)
    rank = np.zeros(len(strong_idx), dtype=int)
    if len(strong_idx):
        p = person[strong_idx]
        boundaries = np.r_[0, np.flatnonzero(np.diff(p)) + 1]
        rank = np.arange(len(p)) - np.repeat(boundaries, np.diff(np.r_[boundaries, len(p)]))
    sixth = np.full(n, np.inf)
    sel = rank == 5
    np.minimum.at(sixth, person[strong_idx[sel]], times[strong_idx[sel]])
    trigger = np.minimum(first_hand, sixth)
    worthy = np.flatnonzero(np.isfinite(trigger))
    lead_ids = leads["table"]["lead_id"].to_numpy()
    acc = leads["account"]
    fit = np.where(acc >= 0, accounts["fit"][np.maximum(acc, 0)], 0.1)

    # Human touches: fast for most, slow for some, never for about 12%.
    m = len(worthy)
    touched = rng.random(m) < 0.88
    delay = np.where(rng.random(m) < 0.3, rng.lognormal(2.0, 1.0, m) * 60, rng.lognormal(7.5, 1.6, m) * 60)
    first_touch = trigger[worthy] + delay
    touched &= first_touch < end
    n_more = rng.poisson(2, m) * touched
    t_person = np.concatenate([worthy[touched], np.repeat(worthy, n_more)])
    t_time = np.concatenate([first_touch[touched],
                             np.repeat(first_touch, n_more) + rng.uniform(3600, 20 * 86400, n_more.sum())])
    human = np.ones(len(t_person), dtype=bool)
    # Automated sequence emails, minutes after the trigger: they are not human touches.
    auto_person = np.repeat(worthy, 2)
    auto_time = np.repeat(trigger[worthy], 2) + np.tile([120.0, 3 * 86400.0], m)
    # Some outbound touches before any hand-raise (pre-MQL touches).
    pre = worthy[rng.random(m) < 0.1]
    pre_time = np.maximum(trigger[pre] - rng.uniform(86400, 20 * 86400, len(pre)), t0)
    all_person = np.concatenate([t_person, auto_person, pre])
    all_time = np.floor(np.concatenate([t_time, auto_time, pre_time]))
    is_auto = np.concatenate([~human, np.ones(len(auto_person), bool), np.zeros(len(pre), bool)])
    keep = all_time < end
    all_person, all_time, is_auto = all_person[keep], all_time[keep], is_auto[keep]
    touch_type = np.where(is_auto, "email", rng.choice(np.array(["call", "email", "social", "sms"]),
                                                        len(all_person), p=[0.5, 0.35, 0.1, 0.05]))
    owners = leads["table"]["owner_id"].to_numpy()
    touches = pd.DataFrame({
        "touch_id": np.array([f"T{i:07d}" for i in range(len(all_person))], dtype=object),
        "lead_id": lead_ids[all_person], "rep_id": owners[all_person], "touch_type": touch_type,
        "is_automated": np.where(is_auto, "true", "false"), "touched_at": _ts(all_time),
    })

    # Meetings: more likely for fitting, in-market accounts; some booked by the demo form itself.
    p_meet = (0.3 + 0.5 * fit[worthy]) * touched
    meet = rng.random(m) < p_meet
    instant = meet & np.isfinite(first_hand[worthy]) & (rng.random(m) < 0.3)
    booked = np.where(instant, trigger[worthy] - rng.integers(0, 60, m),
                      first_touch + rng.uniform(600, 10 * 86400, m))
    meet &= booked < end
    mi = np.flatnonzero(meet)
    scheduled = booked[mi] + rng.uniform(86400, 10 * 86400, len(mi))
    status = rng.choice(np.array(["held", "no_show", "canceled"]), len(mi), p=[0.78, 0.12, 0.10]).astype(object)
    status[scheduled >= end] = "scheduled"
    meet_person = worthy[mi]
    meetings = pd.DataFrame({
        "meeting_id": np.array([f"M{i:06d}" for i in range(len(mi))], dtype=object),
        "lead_id": lead_ids[meet_person],
        "account_id": np.where(acc[meet_person] >= 0, accounts["ids"][np.maximum(acc[meet_person], 0)], None),
        "rep_id": owners[meet_person], "booked_at": _ts(np.floor(booked[mi])),
        "scheduled_for": _ts(np.floor(scheduled)), "status": status,
    })

    # Opportunities: from held meetings at matched accounts; wins depend on fit and intent.
    held = (status == "held") & (acc[meet_person] >= 0)
    p_opp = 0.4 + 0.5 * fit[meet_person]
    opp = held & (rng.random(len(mi)) < p_opp)
    oi = np.flatnonzero(opp)
    opp_person = meet_person[oi]
    opp_acc = acc[opp_person]
    created = np.floor(scheduled[oi] + rng.uniform(86400, 20 * 86400, len(oi)))
    keep = created < end
    oi, opp_person, opp_acc, created = oi[keep], opp_person[keep], opp_acc[keep], created[keep]
    # One opportunity per account: the first one wins the account's credit in the world's truth.
    _, first = np.unique(opp_acc, return_index=True)
    first = np.sort(first)
    opp_person, opp_acc, created = opp_person[first], opp_acc[first], created[first]
    k = len(first)
    cycle = rng.uniform(20, 150, k) * 86400
    closed = created + cycle < end
    p_win = 0.1 + 0.5 * accounts["fit"][opp_acc] + 0.2 * accounts["in_market"][opp_acc]
    won = closed & (rng.random(k) < p_win)
    amount = np.round(rng.lognormal(9.8, 0.6, k) * (1 + np.log10(accounts["employees"][opp_acc])), -2)
    stage = np.where(won, "closed_won", np.where(closed, "closed_lost",
                     rng.choice(np.array(["discovery", "proposal", "negotiation"]), k)))
    opportunities = pd.DataFrame({
        "opportunity_id": np.array([f"O{i:05d}" for i in range(k)], dtype=object),
        "account_id": accounts["ids"][opp_acc],
        "primary_lead_id": np.where(rng.random(k) < 0.85, lead_ids[opp_person], None),
        "created_at": _ts(created), "amount": amount.astype(np.int64).astype(str), "stage": stage,
        "is_closed": np.where(closed, "true", "false"), "is_won": np.where(won, "true", "false"),
        "closed_at": np.where(closed, _ts(np.floor(np.minimum(created + cycle, end))), None),
        "source": np.where(rng.random(k) < 0.7, "marketing", "sales"),
        # The account's owner; the type from a generator of its own, so that every table drawn
        # after keeps its values.
        "owner_id": accounts["table"]["owner_id"].to_numpy()[opp_acc],
        "opportunity_type": np.random.default_rng(k).choice(OPPORTUNITY_TYPES, k, p=OPPORTUNITY_TYPE_P),
    })
    # Lead statuses follow what sales did.
    status_col = leads["table"]["lead_status"].to_numpy().copy()
    reason = np.full(n, None, dtype=object)
    status_col[worthy[touched]] = "working"
    dq = worthy[touched & (rng.random(m) < 0.15)]
    status_col[dq] = "disqualified"
    reason[dq] = rng.choice(np.array(["no budget", "not a fit", "competitor", "no response"], dtype=object), len(dq))
    nurture = worthy[~touched & (rng.random(m) < 0.5)]
    status_col[nurture] = "nurture"
    status_col[opp_person] = "converted"
    leads["table"]["lead_status"] = status_col
    leads["table"]["status_reason"] = reason
    return touches, meetings, opportunities


def _pick(rng, frame: pd.DataFrame, rate: float, minimum: int = 1) -> np.ndarray:
    """Row positions chosen for one kind of dirt (at least ``minimum``)."""
    k = min(len(frame), max(minimum, int(round(len(frame) * rate))))
    return np.sort(rng.choice(len(frame), k, replace=False))


def _add_dirt(rng, params, tables, t0, span) -> None:
    """What real loaders deliver, about ``dirt_rate`` of the rows in all. Each kind is listed in
    docs/demo-world.md with what staging does about it."""
    r = params.dirt_rate / 6
    future = _ts(np.array([t0 + span + 400 * 86400]))[0]
    leads = tables["leads"]

    # Case-variant duplicate emails: a second live record of the same person, created later.
    dup = leads.iloc[_pick(rng, leads, 2 * r, 3)].copy()
    dup["lead_id"] = [f"L9{i:05d}" for i in range(len(dup))]
    dup["email"] = "  " + dup["email"].str.upper() + " "
    dup["created_at"] = _ts(_epoch(dup["created_at"]) + 86400 * 5).to_numpy()
    dup["crm_account_id"] = None
    # Merges: some of the duplicates were merged away in the CRM (a chain of three included).
    merged = dup.index[: max(1, len(dup) // 2)]
    dup.loc[merged, "merged_into_lead_id"] = leads.loc[merged, "lead_id"].to_numpy()
    if len(dup) >= 3:
        chain = dup.index[-1]
        dup.loc[chain, "merged_into_lead_id"] = dup.loc[dup.index[0], "lead_id"]
    # A merge cycle, which identity resolution must reject.
    cycle = leads.iloc[_pick(rng, leads, 0, 2)].copy()
    cycle["lead_id"] = ["L9C0001", "L9C0002"]
    cycle["email"] = [None, None]
    cycle["merged_into_lead_id"] = ["L9C0002", "L9C0001"]
    # Deleted records, missing and future creation times.
    deleted = _pick(rng, leads, r)
    leads.loc[leads.index[deleted], "is_deleted"] = "true"
    bad = _pick(rng, leads, r / 2, 2)
    leads.loc[leads.index[bad[::2]], "created_at"] = None
    leads.loc[leads.index[bad[1::2]], "created_at"] = future
    zoned = _pick(rng, leads, 0.02)
    leads.loc[leads.index[zoned], "created_at"] = (
        pd.to_datetime(leads["created_at"].iloc[zoned]) + pd.Timedelta(hours=2)
    ).dt.strftime("%Y-%m-%dT%H:%M:%S+02:00").to_numpy()
    # People from competitors (seed competitor_domains), researching us.
    rivals = _pick(rng, leads, 0, 2)
    leads.loc[leads.index[rivals], "email"] = (
        leads["email"].iloc[rivals].str.split("@").str[0] + "@leadrivals.com").to_numpy()
    exact = leads.iloc[_pick(rng, leads, r / 2)]
    # The same id delivered twice with different content (a later sync): the newest update wins.
    resent = leads.iloc[_pick(rng, leads, r / 2, 2)].copy()
    resent["updated_at"] = _ts(_epoch(resent["updated_at"]) + 3600).to_numpy()
    resent["lead_status"] = "working"
    tables["leads"] = pd.concat([leads, dup, cycle, exact, resent], ignore_index=True)

    acts = tables["activities"]
    spelled = _pick(rng, acts, 0.03)
    acts.loc[acts.index[spelled], "activity_type"] = (
        acts["activity_type"].iloc[spelled].map(SPELLINGS).fillna(acts["activity_type"].iloc[spelled].str.upper()).to_numpy())
    unknown = _pick(rng, acts, r)
    acts.loc[acts.index[unknown], "activity_type"] = "tradeshow_badge_scan_v2"
    missing = _pick(rng, acts, r / 2)
    acts.loc[acts.index[missing], "occurred_at"] = None
    fut = _pick(rng, acts, r / 4)
    acts.loc[acts.index[fut], "occurred_at"] = future
    garbled = _pick(rng, acts, r / 4)
    acts.loc[acts.index[garbled], "occurred_at"] = "2026-02-30 10:00:00"
    orphan = _pick(rng, acts, r / 2)
    acts.loc[acts.index[orphan], "lead_id"] = "L_DELETED_IN_CRM"
    acts.loc[acts.index[orphan], "account_domain"] = None
    zoned = _pick(rng, acts, 0.02)
    acts.loc[acts.index[zoned], "occurred_at"] = (
        pd.to_datetime(acts["occurred_at"].iloc[zoned], errors="coerce") - pd.Timedelta(hours=5)
    ).dt.strftime("%Y-%m-%dT%H:%M:%S-05:00").to_numpy()
    exact = acts.iloc[_pick(rng, acts, 2 * r)]
    tables["activities"] = pd.concat([acts, exact], ignore_index=True)

    touches = tables["sales_touches"]
    orphan = _pick(rng, touches, r)
    touches.loc[touches.index[orphan], "lead_id"] = "L_UNKNOWN"
    odd = _pick(rng, touches, r)
    touches.loc[touches.index[odd], "touch_type"] = "LinkedIn InMail"
    tables["sales_touches"] = pd.concat([touches, touches.iloc[_pick(rng, touches, r)]], ignore_index=True)

    meetings = tables["meetings"]
    orphan = _pick(rng, meetings, r)
    meetings.loc[meetings.index[orphan], "lead_id"] = "L_UNKNOWN"
    cancelled = _pick(rng, meetings, 0.05)
    meetings.loc[meetings.index[cancelled], "status"] = "Cancelled"

    opps = tables["opportunities"]
    orphan = _pick(rng, opps, r)
    opps.loc[opps.index[orphan], "account_id"] = "A_MISSING"

    intent = tables["intent_signals"]
    bad = _pick(rng, intent, r)
    intent.loc[intent.index[bad], "intent_score"] = "142"
    tables["intent_signals"] = pd.concat([intent, intent.iloc[_pick(rng, intent, r)]], ignore_index=True)

    accounts = tables["accounts"]
    tables["accounts"] = pd.concat([accounts, accounts.iloc[_pick(rng, accounts, r)]], ignore_index=True)


def _as_text(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Contract columns in contract order, every value text or None."""
    out = {}
    for column in COLUMNS[name]:
        values = frame[column].to_numpy(dtype=object) if column in frame else np.full(len(frame), None, dtype=object)
        missing = pd.isna(values)
        text = values.astype(str).astype(object)
        text[missing] = None
        out[column] = text
    return pd.DataFrame(out, dtype=object)
