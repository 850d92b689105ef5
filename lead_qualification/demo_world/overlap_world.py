"""A second generated world, where the default rules are wrong and signals overlap.

Separate from the committed demo world (which agrees with the default rules by construction):
this one is generated at test time (python_tests/test_evidence_fit.py) and never committed. Its
truth is a logistic model; the parameters below were set once, before any draft was fitted to
it, and are not tuned to make a method look good.

Shape: ``PERSONS`` people, one lead each, created in April 2026, each at one of ``ACCOUNTS``
accounts (CRM account id). Every activity falls in May 2026, so the only calibration cutoff is
2026-06-01. A converted person gets an opportunity 3-40 days after the cutoff (primary lead =
the person); a third of them are won 30-90 days later. One sales touch follows each
opportunity. Run time 2026-10-15.

Every account is in the United States, its country spelt six ways (US, United States, U.S.A.,
usa, united states of america, and one account in 50 "Atlantis", which no alias knows).

Channels (lead_source, share): contact_form 0.15, webinar 0.20, paid_search 0.25, organic 0.25,
partner 0.15. A contact_form person submits one contact_us form and rarely browses (web visits
Poisson 0.3, product pages Poisson 0.1); everyone else browses (web visits Poisson 3, product
pages Poisson 1.5); webinar people register for (and half attend) a webinar; 40% of all open an
email (Poisson 2).

Truth, logit of converting:
    -2.4
    + 2.6 if contact_form, + 0.8 if partner, - 0.5 if paid_search          (lead source)
    + 0.45 * min(product page views, 3) + 0.15 * min(web visits, 5)        (browsing)
    + 0.5 if webinar attended
    + 0.7 if the title is one no default rule knows (30% of people: "Revenue Architect",
      "Growth Hacker", "Pipeline Alchemist"); otherwise by title: VP Marketing 0.0,
      Director of Marketing 0.2, Marketing Manager 0.6, Marketing Coordinator -0.3
    + 0.7 if the account's industry is "fintech" (no default rule knows it; 25% of accounts),
      0.2 if "software" (30%), 0 if "retail" (25%), -0.4 if "manufacturing" (20%)
    + 0.3 if the account has more than 200 employees
so contact_form people convert at about 0.55 without browsing (about 40% overall), browsing predicts conversion
among the others, and neither titles nor industries match what the default rules reward.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lead_qualification.demo_world.contract import COLUMNS

PERSONS = 5000
ACCOUNTS = 900
SEED = 20261201
RUN_TIME = "2026-10-15 00:00:00"

CHANNELS = np.array(["contact_form", "webinar", "paid_search", "organic", "partner"])
CHANNEL_P = np.array([0.15, 0.20, 0.25, 0.25, 0.15])
CHANNEL_EFFECT = {"contact_form": 2.6, "partner": 0.8, "paid_search": -0.5}
UNKNOWN_TITLES = np.array(["Revenue Architect", "Growth Hacker", "Pipeline Alchemist"])
KNOWN_TITLES = np.array(["VP Marketing", "Director of Marketing", "Marketing Manager", "Marketing Coordinator"])
KNOWN_TITLE_EFFECT = np.array([0.0, 0.2, 0.6, -0.3])
INDUSTRIES = np.array(["fintech", "software", "retail", "manufacturing"])
INDUSTRY_P = np.array([0.25, 0.30, 0.25, 0.20])
INDUSTRY_EFFECT = np.array([0.7, 0.2, 0.0, -0.4])
# Every account is in the United States, spelt the ways loaders deliver it (one in 50 gives a
# name no alias knows); the country has no effect on conversion.
COUNTRY_SPELLINGS = np.array(["US"] * 20 + ["United States"] * 12 + ["U.S.A."] * 8 + ["usa"] * 6
                             + [" united states of america "] * 3 + ["Atlantis"])


def _frame(rows: dict[str, list], table: str) -> pd.DataFrame:
    columns = COLUMNS[table]
    n = len(next(iter(rows.values()))) if rows else 0
    data = {c: rows.get(c, [None] * n) for c in columns}
    return pd.DataFrame(data, columns=columns, dtype=object)


def _stamp(base: str, seconds: np.ndarray) -> list[str]:
    times = pd.Timestamp(base) + pd.to_timedelta(seconds.astype(np.int64), unit="s")
    return [t.strftime("%Y-%m-%d %H:%M:%S") for t in times]


def tables(seed: int = SEED) -> dict[str, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    n = PERSONS

    account_industry = rng.choice(len(INDUSTRIES), ACCOUNTS, p=INDUSTRY_P)
    employees = rng.integers(10, 2000, ACCOUNTS)
    accounts = _frame({
        "account_id": [f"OA{i:04d}" for i in range(ACCOUNTS)],
        "account_name": [f"Overlap Company {i}" for i in range(ACCOUNTS)],
        "domain": [f"overlap{i}.example" for i in range(ACCOUNTS)],
        "industry": list(INDUSTRIES[account_industry]),
        "employee_count": [str(e) for e in employees],
        "country": list(COUNTRY_SPELLINGS[np.arange(ACCOUNTS) % len(COUNTRY_SPELLINGS)]),
        "is_target_account": ["false"] * ACCOUNTS,
        "created_at": ["2025-01-01 00:00:00"] * ACCOUNTS,
    }, "accounts")

    account = rng.integers(0, ACCOUNTS, n)
    channel = rng.choice(len(CHANNELS), n, p=CHANNEL_P)
    unknown_title = rng.random(n) < 0.30
    known_title = rng.integers(0, len(KNOWN_TITLES), n)
    titles = np.where(unknown_title, UNKNOWN_TITLES[rng.integers(0, len(UNKNOWN_TITLES), n)],
                      KNOWN_TITLES[known_title])
    is_form = CHANNELS[channel] == "contact_form"
    web_visits = np.where(is_form, rng.poisson(0.3, n), rng.poisson(3.0, n))
    product_pages = np.where(is_form, rng.poisson(0.1, n), rng.poisson(1.5, n))
    is_webinar = CHANNELS[channel] == "webinar"
    attended = is_webinar & (rng.random(n) < 0.5)
    email_opens = np.where(rng.random(n) < 0.4, rng.poisson(2.0, n), 0)

    logit = (-2.4
             + np.array([CHANNEL_EFFECT.get(c, 0.0) for c in CHANNELS[channel]])
             + 0.45 * np.minimum(product_pages, 3) + 0.15 * np.minimum(web_visits, 5)
             + 0.5 * attended
             + np.where(unknown_title, 0.7, KNOWN_TITLE_EFFECT[known_title])
             + INDUSTRY_EFFECT[account_industry[account]]
             + 0.3 * (employees[account] > 200))
    converted = rng.random(n) < 1 / (1 + np.exp(-logit))

    persons = [f"OL{i:05d}" for i in range(n)]
    leads = _frame({
        "lead_id": persons,
        "email": [f"person{i}@overlap{a}.example" for i, a in enumerate(account)],
        "first_name": [f"First{i}" for i in range(n)],
        "last_name": [f"Last{i}" for i in range(n)],
        "job_title": list(titles),
        "company_domain": [f"overlap{a}.example" for a in account],
        "crm_account_id": [f"OA{a:04d}" for a in account],
        "country": ["US"] * n,
        "lead_source": list(CHANNELS[channel]),
        "created_at": _stamp("2026-04-01", rng.integers(0, 29 * 86400, n)),
        "is_deleted": ["false"] * n,
    }, "leads")

    may = 31 * 86400 - 3600
    activity_rows: dict[str, list] = {"activity_id": [], "lead_id": [], "activity_type": [], "occurred_at": []}

    def add(mask_counts: np.ndarray, activity_type: str) -> None:
        people = np.repeat(np.arange(n), mask_counts)
        if not len(people):
            return
        activity_rows["lead_id"].extend(persons[p] for p in people)
        activity_rows["activity_type"].extend([activity_type] * len(people))
        activity_rows["occurred_at"].extend(_stamp("2026-05-01", rng.integers(0, may, len(people))))

    add(is_form.astype(int), "contact_us")
    add(web_visits, "web_visit")
    add(product_pages, "product_page_view")
    add(is_webinar.astype(int), "webinar_registered")
    add(attended.astype(int), "webinar_attended")
    add(email_opens, "email_open")
    activity_rows["activity_id"] = [f"OE{i:06d}" for i in range(len(activity_rows["lead_id"]))]
    activities = _frame(activity_rows, "activities")

    won_people = np.flatnonzero(converted)
    created = rng.integers(3 * 86400, 40 * 86400, len(won_people))
    is_won = rng.random(len(won_people)) < 1 / 3
    closed = created + rng.integers(30 * 86400, 90 * 86400, len(won_people))
    opportunities = _frame({
        "opportunity_id": [f"OO{i:05d}" for i in range(len(won_people))],
        "account_id": [f"OA{account[p]:04d}" for p in won_people],
        "primary_lead_id": [persons[p] for p in won_people],
        "created_at": _stamp("2026-06-01", created),
        "amount": ["10000"] * len(won_people),
        "stage": ["Closed Won" if w else "Discovery" for w in is_won],
        "is_closed": ["true" if w else "false" for w in is_won],
        "is_won": ["true" if w else "false" for w in is_won],
        "closed_at": [c if w else None for c, w in zip(_stamp("2026-06-01", closed), is_won)],
        "source": ["marketing"] * len(won_people),
    }, "opportunities")
    touches = _frame({
        "touch_id": [f"OT{i:05d}" for i in range(len(won_people))],
        "lead_id": [persons[p] for p in won_people],
        "rep_id": ["U01"] * len(won_people),
        "touch_type": ["call"] * len(won_people),
        "is_automated": ["false"] * len(won_people),
        "touched_at": _stamp("2026-06-01", created - 86400),
    }, "sales_touches")
    return {
        "leads": leads, "accounts": accounts, "activities": activities,
        "intent_signals": _frame({}, "intent_signals"), "sales_touches": touches,
        "meetings": _frame({}, "meetings"), "opportunities": opportunities,
    }
