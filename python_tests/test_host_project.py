"""The project installed as a package into a host dbt project, as docs/install-as-package.md
describes it, built with the host's own raw tables and its own scoring seeds.

The host is written the way that once lost data: its vars say only where its raw tables are
(nothing about the demo world), and its ``generate_schema_name`` uses a custom schema as named,
so a demo seed with ``+schema: raw`` would land exactly on the host's raw tables. The raw tables
are the hand-made world of python_tests/golden_raw.py. The host owns the scoring seeds: copies of
the bundled ones (CSVs and their yml) with two edits, and the bundled ones switched off with one
setting. One build per engine; every test below reads it.
"""

from __future__ import annotations

import pytest

from python_tests import golden_raw
from python_tests.harness import ROOT, World, comparable, postgres_configured
from python_tests.host_project import dbt_deps, host_world, ran, write_host

# The host's edit of the bundled scoring_models.csv (v1 threshold 70, v2 60 by default).
HOST_THRESHOLDS = {"v1": "71", "v2": "66"}
HOST_REASON_PREFIX = "Host rules: "


def _write_host(world: World) -> None:
    seeds = write_host(world.project_dir, world.engine,
                       {"raw_schema": world.raw_schema, "run_time": golden_raw.RUN_TIME, "bundled_scoring_seeds": False},
                       models={"host_mql_leads": "select lead_id, first_mql_at from {{ ref('dim_leads') }} where is_mql\n"})
    models = seeds / "scoring_models.csv"
    lines = models.read_text().splitlines()
    header = lines[0].split(",")
    edited = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        version = cells[header.index("model_version")]
        if version in HOST_THRESHOLDS:
            cells[header.index("mql_threshold")] = HOST_THRESHOLDS[version]
        cells[header.index("change_reason")] = HOST_REASON_PREFIX + cells[header.index("change_reason")]
        edited.append(",".join(cells))
    models.write_text("\n".join(edited) + "\n")


def _raw_snapshot(world: World) -> dict[str, list[tuple]]:
    """Every table of the raw schema with all its rows."""
    tables = world.query("select table_name from information_schema.tables "
                         "where table_schema = '{raw}' order by table_name").table_name.tolist()
    return {t: comparable(world.query(f'select * from {{raw}}."{t}"')) for t in tables}


class Host:
    def __init__(self, world: World, build, before: dict, after: dict):
        self.world, self.build, self.before, self.after = world, build, before, after
        self.ran = ran(world)

    def query(self, sql: str):
        assert self.build.ok, f"dbt build of the host project failed:\n{self.build.output[-6000:]}"
        return self.world.query(sql)


@pytest.fixture(scope="module", params=["duckdb", "postgres"])
def host(request, tmp_path_factory):
    if request.param == "postgres" and not postgres_configured():
        pytest.skip("PostgreSQL not configured (set LEAD_QUALIFICATION_PG_HOST; .ci/run does)")
    world = host_world(request.param, tmp_path_factory.mktemp(f"host_{request.param}"))
    try:
        _write_host(world)
        world.load_raw(golden_raw.tables())
        before = _raw_snapshot(world)
        dbt_deps(world)
        # The raw tables are compared after the build whether it passed or not: data loss is
        # reported as such, not as a failed build.
        build = world.dbt("build", cli_vars=False)
        yield Host(world, build, before, _raw_snapshot(world))
    finally:
        world.drop()


def test_host_raw_tables_untouched(host):
    """Default vars in a host: the demo seeds write nothing into the host's raw schema, and no
    table is added there."""
    assert sorted(host.after) == sorted(host.before) == sorted(golden_raw.tables())
    for table, rows in host.before.items():
        assert host.after[table] == rows, f"the host's raw table {table} was changed by the build"


def test_host_build_passes(host):
    assert host.build.ok, f"dbt build of the host project failed:\n{host.build.output[-6000:]}"


def test_no_demo_seed_ran(host):
    seeds = {uid for uid in host.ran if uid.startswith("seed.")}
    assert "seed.lq_host.scoring_models" in seeds
    assert not {f"seed.lead_qualification.{table}" for table in golden_raw.tables()} & seeds


def test_host_model_reads_a_mart(host):
    """A host model refs dim_leads; golden_raw's L1 is an MQL under the default and host rules."""
    rows = host.query("select lead_id from {schema}.host_mql_leads")
    assert "L1" in rows.lead_id.tolist()


def test_marts_follow_the_host_rules(host):
    """The host's scoring_models (thresholds 71 and 66, reasons prefixed) is the one scored with:
    L1's MQL under v2 (in effect from 2026-05-01) carries the host's threshold 66, not 60."""
    mqls = host.query("select lead_id, model_version, mql_threshold from {schema}.fct_mqls")
    l1 = mqls[mqls.lead_id == "L1"]
    assert len(l1) >= 1 and set(l1.model_version) == {"v2"}
    assert {float(v) for v in mqls.mql_threshold} <= {float(v) for v in HOST_THRESHOLDS.values()}
    assert float(l1.mql_threshold.iloc[0]) == 66.0
    restated = host.query("select distinct model_version, mql_threshold from {schema}.fct_restated_mqls")
    assert {(v, float(t)) for v, t in restated.itertuples(index=False)} <= {
        ("v1", 71.0), ("v2", 66.0), ("v3", 60.0)}


def test_host_seed_is_the_table_read(host):
    """The one scoring_models table in the host's schema is the host's (the dashboard reads it)."""
    reasons = host.query("select change_reason from {schema}.scoring_models")
    assert len(reasons) == 3 and all(r.startswith(HOST_REASON_PREFIX) for r in reasons.change_reason)


def test_bundled_scoring_seeds_not_built(host):
    """Switched off, the bundled seeds do not run: only the host's do (one of each name)."""
    scoring = sorted(p.stem for p in (ROOT / "seeds" / "scoring").glob("*.csv"))
    assert {f"seed.lq_host.{name}" for name in scoring} <= host.ran
    assert not {f"seed.lead_qualification.{name}" for name in scoring} & host.ran
