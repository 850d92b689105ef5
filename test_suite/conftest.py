"""Session fixtures: each world is built once per engine and shared by every test that reads it.

Engines: DuckDB always; PostgreSQL when LEAD_QUALIFICATION_PG_HOST is set (``.ci/run`` starts a
server on loopback and sets it). Without it the PostgreSQL cases are skipped, not faked.
"""

from __future__ import annotations

import pytest

from test_suite import golden_raw
from test_suite.harness import World, postgres_configured

ENGINES = ["duckdb", "postgres"]


def _engine_or_skip(engine: str) -> None:
    if engine == "postgres" and not postgres_configured():
        pytest.skip("PostgreSQL not configured (set LEAD_QUALIFICATION_PG_HOST; .ci/run does)")


@pytest.fixture(scope="session")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("worlds")


class BuiltWorld:
    """A world and the output of the dbt build that made it."""

    def __init__(self, world: World, build_output: str):
        self.world = world
        self.build_output = build_output

    def query(self, sql: str):
        return self.world.query(sql)


def _build(world: World, **vars) -> BuiltWorld:
    result = world.dbt("build", vars=vars)
    assert result.ok, f"dbt build failed on {world.engine}:\n{result.output[-6000:]}"
    return BuiltWorld(world, result.output)


@pytest.fixture(scope="session", params=ENGINES)
def demo(request, workdir):
    """The committed demo world, built with the default vars (seeds loaded into the raw schema)."""
    _engine_or_skip(request.param)
    world = World(request.param, workdir)
    yield _build(world)
    world.drop()


@pytest.fixture(scope="session", params=ENGINES)
def golden(request, workdir):
    """The hand-made raw rows of test_suite/golden_raw.py, loaded by hand, demo seeds off."""
    _engine_or_skip(request.param)
    world = World(request.param, workdir)
    world.load_raw(golden_raw.tables())
    yield _build(world, load_demo_data=False, run_time=golden_raw.RUN_TIME)
    world.drop()
