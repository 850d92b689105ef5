"""The behavior score costs time linear in a person's events (running sums, no self-join).

One person with 1,000 product_usage events and one with 10,000, in two worlds built alike; the
compiled int_behavior_decayed_counts query (the running sums) is then run directly in DuckDB on each, and the ratio of
the best of three timings is compared (a ratio measured in one run, not a clock): linear work
gives about 10 (less, with fixed costs), a self-join over the person's events about 100.
"""

from __future__ import annotations

import time

import duckdb
import numpy as np
import pandas as pd
import pytest

from lead_qualification.demo_world.contract import COLUMNS
from python_tests.harness import World


def _world_with_one_busy_person(workdir, events: int) -> World:
    world = World("duckdb", workdir)
    start = pd.Timestamp("2026-01-01").value // 10**9
    seconds = start + np.arange(events) * 600  # one event every ten minutes
    times = pd.to_datetime(seconds, unit="s").strftime("%Y-%m-%d %H:%M:%S")
    empty = {name: pd.DataFrame({c: pd.Series(dtype=object) for c in cols}) for name, cols in COLUMNS.items()}
    empty["leads"] = pd.DataFrame([{"lead_id": "BUSY", "email": "busy@example.com", "job_title": "CMO",
                                    "created_at": "2025-12-01"}], columns=COLUMNS["leads"], dtype=object)
    empty["accounts"] = pd.DataFrame([{"account_id": "A1", "domain": "example.com"}],
                                     columns=COLUMNS["accounts"], dtype=object)
    empty["activities"] = pd.DataFrame({
        "activity_id": [f"E{i:06d}" for i in range(events)], "lead_id": "BUSY", "account_domain": None,
        "activity_type": "product_usage", "occurred_at": list(times), "channel": None, "campaign": None,
        "detail": None}, dtype=object)
    world.load_raw(empty)
    seeded = world.dbt("seed", vars={"load_demo_data": False})
    assert seeded.ok, seeded.output[-4000:]
    result = world.dbt("run", "--select", "+int_behavior_decayed_counts",
                       vars={"load_demo_data": False, "run_time": "2026-12-01 00:00:00"})
    assert result.ok, result.output[-4000:]
    return world


def _best_time(world: World) -> float:
    compiled = next((world.workdir / f"target_{world.name}" / "compiled").rglob("int_behavior_decayed_counts.sql"))
    sql = compiled.read_text()
    con = duckdb.connect(world.duckdb_path, read_only=True)
    try:
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            rows = con.execute(f"select count(*) from ({sql}) as scored").fetchone()[0]
            timings.append(time.perf_counter() - started)
    finally:
        con.close()
    assert rows > 0
    return min(timings)


@pytest.mark.parametrize("small, large", [(1_000, 10_000)])
def test_behavior_cost_is_linear_in_events(worlds, small, large):
    small_time = _best_time(_world_with_one_busy_person(worlds.workdir, small))
    large_time = _best_time(_world_with_one_busy_person(worlds.workdir, large))
    ratio = large_time / small_time
    print(f"behavior score: {small:,} events {small_time * 1000:.1f} ms, {large:,} events "
          f"{large_time * 1000:.1f} ms, ratio {ratio:.1f} (linear ~10, quadratic ~100)")
    assert ratio < 30
