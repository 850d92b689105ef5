"""Session fixtures: each world is built once per engine and shared by every test that reads it.

Engines: DuckDB always; PostgreSQL when LEAD_QUALIFICATION_PG_HOST is set (``.ci/run`` starts a
server on loopback and sets it); Spark (a local session) when LEAD_QUALIFICATION_SPARK=1, for the
demo world only (test_engines_agree.py): a Spark build costs minutes. Without them those cases
are skipped, not faked.
"""

from __future__ import annotations

import pytest

from python_tests import business_hours_raw, crm_world, golden_raw, handoff_raw, restatement_raw, stages_raw
from python_tests.harness import (BI_ROLE, World, create_bi_role, postgres_configured, read_demo_seeds,
                                spark_configured)

ENGINES = ["duckdb", "postgres"]
HAND_MADE = {"golden": golden_raw, "handoff": handoff_raw, "restatement": restatement_raw, "stages": stages_raw,
             "business_hours": business_hours_raw}
CRM_RAW = {"crm_raw": crm_world.raw_tables, "hubspot_raw": crm_world.hubspot_raw_tables}
CRM_SHAPED = {"crm_salesforce": ("salesforce", crm_world.salesforce_tables),
              "crm_hubspot": ("hubspot", crm_world.hubspot_tables)}



class BuiltWorld:
    """A world and the output of the dbt build that made it."""

    def __init__(self, world: World, build_output: str):
        self.world = world
        self.build_output = build_output

    def query(self, sql: str):
        return self.world.query(sql)


class Worlds:
    """Builds each (kind, engine) world on first use and keeps it for the session."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.built: dict[tuple[str, str], BuiltWorld] = {}

    def get(self, kind: str, engine: str) -> BuiltWorld:
        if engine == "postgres" and not postgres_configured():
            pytest.skip("PostgreSQL not configured (set LEAD_QUALIFICATION_PG_HOST; .ci/run does)")
        if engine == "spark" and not spark_configured():
            pytest.skip("Spark not configured (set LEAD_QUALIFICATION_SPARK=1 with requirements-spark.txt "
                        "installed; .ci/run does)")
        if (kind, engine) not in self.built:
            world = World(engine, self.workdir)
            vars = {}
            if kind == "demo" and engine == "postgres":
                # dbt seed inserts row by row through agate (about a minute for the demo on
                # PostgreSQL); COPY loads the same committed CSVs in a second. The seed path
                # itself is what the DuckDB demo world exercises.
                world.load_raw(read_demo_seeds())
                # The read-only BI role (test_bi_access.py) is granted the marts in this build.
                create_bi_role(BI_ROLE)
                vars = {"load_demo_data": False, "bi_role": BI_ROLE}
            if kind in CRM_RAW:
                # The CRM world (python_tests/crm_world.py) in the raw contract, as an adapter maps it.
                world.load_raw(CRM_RAW[kind]())
                vars = {"load_demo_data": False, "run_time": crm_world.RUN_TIME}
            if kind in CRM_SHAPED:
                # The same world in the CRM's shape, intent in the raw schema.
                crm, tables = CRM_SHAPED[kind]
                vars = crm_world.load_shaped(world, crm, tables())
            if kind in HAND_MADE:
                # Hand-made raw rows (python_tests/<kind>_raw.py), loaded by hand, demo seeds off.
                module = HAND_MADE[kind]
                world.load_raw(module.tables())
                vars = {"load_demo_data": False, "run_time": module.RUN_TIME}
            result = world.dbt("build", vars=vars)
            # Registered before the check, so a failed build's schemas are dropped too.
            self.built[(kind, engine)] = BuiltWorld(world, result.output)
            assert result.ok, f"dbt build of the {kind} world failed on {engine}:\n{result.output[-6000:]}"
        return self.built[(kind, engine)]

    def drop_all(self) -> None:
        for built in self.built.values():
            built.world.drop()


@pytest.fixture(scope="session")
def worlds(tmp_path_factory):
    registry = Worlds(tmp_path_factory.mktemp("worlds"))
    yield registry
    registry.drop_all()


@pytest.fixture(scope="session", params=ENGINES)
def demo(request, worlds):
    """The committed demo world, built with the default vars (seeds loaded into the raw schema)."""
    return worlds.get("demo", request.param)


@pytest.fixture(scope="session", params=ENGINES)
def golden(request, worlds):
    """The hand-made raw rows of python_tests/golden_raw.py."""
    return worlds.get("golden", request.param)


@pytest.fixture(scope="session", params=ENGINES)
def handoff(request, worlds):
    """The hand-made handoff timelines of python_tests/handoff_raw.py."""
    return worlds.get("handoff", request.param)


@pytest.fixture(scope="session", params=ENGINES)
def business_hours(request, worlds):
    """The hand-made speed-to-lead timelines of python_tests/business_hours_raw.py."""
    return worlds.get("business_hours", request.param)


@pytest.fixture(scope="session", params=ENGINES)
def restatement(request, worlds):
    """The hand-made months of python_tests/restatement_raw.py."""
    return worlds.get("restatement", request.param)


@pytest.fixture(scope="session", params=ENGINES)
def stages(request, worlds):
    """The hand-made account journeys of python_tests/stages_raw.py."""
    return worlds.get("stages", request.param)
