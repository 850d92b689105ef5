"""The spec's Acme buying group, worked out in test_suite/golden_raw.py (ACME), and the accounts
marts around it."""

from __future__ import annotations

from decimal import Decimal

from test_suite import golden_raw


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
