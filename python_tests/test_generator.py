"""The demo-world generator: deterministic, scalable, and in step with the raw contract."""

from __future__ import annotations


import pandas as pd
import yaml

from lead_qualification.demo_world.contract import COLUMNS
from lead_qualification.demo_world.generate import WorldParameters, generate
from lead_qualification.demo_world.writers import write_csv
from python_tests.harness import ROOT


def test_same_seed_same_bytes(tmp_path):
    write_csv(generate(WorldParameters(n_leads=300, seed=7)), tmp_path / "a")
    write_csv(generate(WorldParameters(n_leads=300, seed=7)), tmp_path / "b")
    for name in COLUMNS:
        assert (tmp_path / "a" / f"{name}.csv").read_bytes() == (tmp_path / "b" / f"{name}.csv").read_bytes()


def test_other_seed_other_world():
    a = generate(WorldParameters(n_leads=300, seed=7))["activities"]
    b = generate(WorldParameters(n_leads=300, seed=8))["activities"]
    assert not a.equals(b)


def test_committed_demo_is_what_the_generator_makes(tmp_path):
    """seeds/demo is reproducible: `make demo-data` rewrites it byte for byte."""
    write_csv(generate(WorldParameters()), tmp_path)
    for name in COLUMNS:
        committed = (ROOT / "seeds" / "demo" / f"{name}.csv").read_bytes()
        assert (tmp_path / f"{name}.csv").read_bytes() == committed, f"seeds/demo/{name}.csv is stale"


def test_scale_is_a_parameter():
    small = generate(WorldParameters(n_leads=200))
    large = generate(WorldParameters(n_leads=2000))
    ratio = len(large["activities"]) / len(small["activities"])
    assert 6 < ratio < 14
    assert len(large["leads"]) > len(small["leads"]) * 9


def test_every_value_is_text_and_columns_follow_the_contract():
    world = generate(WorldParameters(n_leads=200))
    for name, frame in world.items():
        assert list(frame.columns) == COLUMNS[name]
        values = frame.to_numpy().ravel()
        assert all(v is None or isinstance(v, str) for v in values), name


def test_world_has_a_truth_to_find():
    """Wins come from fitting, in-market accounts: opportunities cluster on accounts with intent."""
    world = generate(WorldParameters())
    intent = world["intent_signals"].assign(score=lambda f: pd.to_numeric(f.intent_score, errors="coerce"))
    hot_domains = set(intent.loc[intent.score >= 55, "account_domain"])
    accounts = world["accounts"].drop_duplicates("account_id")
    opp_domains = set(accounts.merge(world["opportunities"], on="account_id")["domain"])
    share_hot_with_opp = len(opp_domains & hot_domains) / max(len(hot_domains), 1)
    share_cold_with_opp = len(opp_domains - hot_domains) / max(len(set(accounts.domain) - hot_domains), 1)
    assert share_hot_with_opp > 3 * share_cold_with_opp


def test_contract_agrees_with_dbt():
    """Python reads the contract from macros/contract/raw_contract.sql (lead_qualification/demo_world/
    contract.py); the demo seed yml and the sources yml list the same tables and columns."""
    assert list(COLUMNS) == ["leads", "accounts", "activities", "intent_signals", "sales_touches",
                             "meetings", "opportunities", "owners", "campaign_spend"]
    assert COLUMNS["owners"] == ["owner_id", "team", "manager_id", "time_zone"]
    seeds = yaml.safe_load((ROOT / "seeds" / "demo" / "_demo__seeds.yml").read_text())["seeds"]
    for seed in seeds:
        assert list(seed["config"]["column_types"]) == COLUMNS[seed["name"]]
    sources = yaml.safe_load((ROOT / "models" / "staging" / "raw" / "_raw__sources.yml").read_text())
    assert {t["name"] for t in sources["sources"][0]["tables"]} == set(COLUMNS)


def test_cli_writes_into_duckdb(tmp_path):
    import subprocess
    import sys

    import duckdb

    path = tmp_path / "raw.duckdb"
    done = subprocess.run([sys.executable, "-m", "lead_qualification.demo_world", "--leads", "100", "--duckdb", str(path),
                           "--schema", "landing"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    con = duckdb.connect(str(path), read_only=True)
    try:
        for name in COLUMNS:
            types = {r[0] for r in con.execute(
                "select data_type from information_schema.columns where table_schema = 'landing' "
                f"and table_name = '{name}'").fetchall()}
            assert types == {"VARCHAR"}, name
        assert con.execute("select count(*) from landing.leads").fetchone()[0] >= 100
    finally:
        con.close()
