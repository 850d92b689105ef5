"""The Acme buying group of docs/definitions.md, worked out in python_tests/golden_raw.py (ACME),
and the accounts marts around it."""

from __future__ import annotations

from decimal import Decimal

from python_tests import golden_raw


def test_acme_buying_group(golden):
    got = golden.query("select role, lead_id, status, is_required from {schema}.fct_buying_group_roles "
                       "where account_id = 'A9'")
    actual = {r.role: (r.lead_id, r.status) for r in got.itertuples()}
    assert actual == golden_raw.ACME
    assert got.is_required.all()


def test_acme_reach_and_coverage(golden):
    row = golden.query("select * from {schema}.dim_accounts where account_id = 'A9'").iloc[0]
    assert Decimal(str(row.reach)) == Decimal("0.80") and Decimal(str(row.coverage)) == Decimal("0.60")
    assert "buying group 4 of 5 roles reached, 3 engaged, missing technical_approver" in row.why
    assert bool(row.is_target_account) and not bool(row.is_tal_candidate)


def test_one_row_per_account_and_role(golden):
    roles = golden.query("select account_id, role from {schema}.fct_buying_group_roles")
    accounts = golden.query("select account_id from {schema}.dim_accounts")
    assert not roles.duplicated().any()
    assert len(roles) == 5 * len(accounts)
    # subsidiaries are counted in their parent: A4 rolls up to A3
    assert "A4" not in set(accounts.account_id) and "A3" in set(accounts.account_id)


def test_priority_rank_is_a_total_order(golden):
    got = golden.query("select account_id, priority_score, intent_score, priority_rank "
                       "from {schema}.dim_accounts order by priority_rank")
    assert list(got.priority_rank) == list(range(1, len(got) + 1))
    scores = [float(s) for s in got.priority_score]
    assert scores == sorted(scores, reverse=True)


def test_intent_only_breaks_ties(golden):
    """A2, A3, A5, A6, A7 and A8 all have priority score 0. Intent (A7 70, A5 30) orders A7 and A5
    first among them and leaves the rest to account_id; it changes no score: A7 and A6 have the
    same account and priority scores with and without intent."""
    got = golden.query("select account_id, account_score, priority_score, intent_score, priority_rank "
                       "from {schema}.dim_accounts where priority_score = 0 order by priority_rank")
    assert list(got.account_id) == ["A7", "A5", "A2", "A3", "A6", "A8"]
    by_id = {r.account_id: r for r in got.itertuples()}
    assert float(by_id["A7"].intent_score) == 70 and by_id["A6"].intent_score is None
    assert float(by_id["A7"].account_score) == float(by_id["A6"].account_score)
    higher = golden.query("select min(priority_rank) as first_tied, "
                          "(select max(priority_rank) from {schema}.dim_accounts where priority_score > 0) as last_above "
                          "from {schema}.dim_accounts where priority_score = 0").iloc[0]
    assert higher.last_above < higher.first_tied  # no intent lifts an account over a higher score
