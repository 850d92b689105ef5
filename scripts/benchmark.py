"""Benchmark the full build against the engine floor at growing scale (README: "Benchmark").

For each size (activities): generate a world straight into a DuckDB raw schema, load the scoring
seeds, then time `dbt run` (wall time and peak memory of the dbt process, which runs DuckDB in
process) and the engine floor: one hand-written DuckDB statement over the same raw activities
that computes every lead's behavior score at each of its events (running sums per activity type,
rules of the version in effect today) and its first MQL time, nothing else. Prints one table row
per size with the ratio of the two, then the growth factors from the smallest size, and the five
models that took longest in the largest run.

    python -m scripts.benchmark                       # 1M, 5M and 20M activities
    python -m scripts.benchmark --activities 1000000  # one size

Not part of `make test`: it takes minutes per size and its times are only comparable within one
run on one machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ACTIVITIES_PER_LEAD = 25.7  # the demo world's ratio (51,869 activities, 2,016 lead rows)


def run(command: list[str], env: dict) -> tuple[float, int]:
    """Run a command; return (wall seconds, peak RSS in MB of the largest child so far)."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024


def floor_sql(con) -> str:
    """The core computation as one statement: per lead, at every event instant, each type's
    decayed running sum (running sum of points * 2^((t - a) / h), decayed back), capped, added,
    clamped; the total with today's version's weights and fit; the first instant at or over the
    threshold. Fit is a constant 40 points of the total (the floor measures the behavior path,
    the one that grows with the events)."""
    version = con.execute("select model_version from main.scoring_models where status = 'active' "
                          "order by effective_from desc limit 1").fetchone()[0]
    rules = con.execute("select activity_type, points, half_life_days, cap from main.scoring_activity_rules "
                        f"where model_version = '{version}' order by activity_type").fetchall()
    w_behavior, threshold = con.execute(
        f"select w_behavior, mql_threshold from main.scoring_models where model_version = '{version}'").fetchone()
    sums = ",\n".join(
        f"sum(case when activity_type = '{t}' then {p} * pow(2, (t - a) / ({h} * 86400.0)) end) "
        f"over w as s_{t}" for t, p, h, _ in rules)
    capped = " + ".join(
        f"coalesce({'least' if p > 0 else 'greatest'}({'' if p > 0 else '-'}{c or 1e9}, "
        f"s_{t} * pow(2, -(t - a) / ({h} * 86400.0))), 0)" for t, p, h, c in rules)
    return f"""
        with events as (
            select lead_id, lower(trim(activity_type)) as activity_type,
                epoch(try_cast(occurred_at as timestamp)) as t
            from raw.activities
            where lead_id is not null and try_cast(occurred_at as timestamp) is not null
        ),
        anchored as (select *, (select (min(t) + max(t)) / 2 from events) as a from events),
        running as (
            select lead_id, t, a, {sums}
            from anchored
            window w as (partition by lead_id order by t rows between unbounded preceding and current row)
        ),
        scored as (select lead_id, t, greatest(0, least(100, {capped})) as behavior from running)
        select count(*) as events, count(distinct lead_id) as leads,
            count(distinct case when {w_behavior} * behavior + 40 >= {threshold} then lead_id end) as mql_leads,
            min(case when {w_behavior} * behavior + 40 >= {threshold} then t end) as first_mql
        from scored
    """


def bench(size: int, workdir: Path) -> dict:
    import duckdb

    path = workdir / f"bench_{size}.duckdb"
    path.unlink(missing_ok=True)
    env = dict(os.environ, DO_NOT_TRACK="1", LEAD_QUALIFICATION_TARGET="dev",
               LEAD_QUALIFICATION_DUCKDB_PATH=str(path), LEAD_QUALIFICATION_SCHEMA="main")
    leads = int(size / ACTIVITIES_PER_LEAD)
    python, dbt = sys.executable, str(Path(sys.executable).parent / "dbt")
    generate, _ = run([python, "-m", "demo_world", "--leads", str(leads), "--duckdb", str(path)], env)
    vars_ = json.dumps({"load_demo_data": False, "run_time": "2026-11-01 00:00:00"})
    target = ["--vars", vars_, "--target-path", str(workdir / f"target_{size}")]
    run([dbt, "seed", *target], env)
    full, peak = run([dbt, "run", *target], env)
    results = json.loads((workdir / f"target_{size}" / "run_results.json").read_text())["results"]
    slowest = sorted(((r["execution_time"], r["unique_id"].split(".")[-1]) for r in results), reverse=True)[:5]
    noop, _ = run([dbt, "run", "--select", "int_scoring_clock", *target], env)  # dbt's fixed cost
    con = duckdb.connect(str(path))
    con.execute("set threads = 2")
    activities = con.execute("select count(*) from raw.activities").fetchone()[0]
    started = time.perf_counter()
    con.execute(floor_sql(con)).fetchall()
    floor = time.perf_counter() - started
    con.close()
    return dict(size=size, activities=activities, generate=generate, full=full, peak=peak, floor=floor,
                noop=noop, slowest=slowest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--activities", type=int, nargs="+", default=[1_000_000, 5_000_000, 20_000_000])
    parser.add_argument("--workdir", default="/tmp/lead-qualification-bench")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    print(f"{'activities':>12}{'generate s':>12}{'dbt run s':>11}{'peak MB':>9}{'floor s':>9}"
          f"{'run/floor':>11}{'dbt fixed s':>13}")
    for size in args.activities:
        row = bench(size, workdir)
        rows.append(row)
        print(f"{row['activities']:>12,}{row['generate']:>12.1f}{row['full']:>11.1f}{row['peak']:>9,}"
              f"{row['floor']:>9.1f}{row['full'] / row['floor']:>11.1f}{row['noop']:>13.1f}", flush=True)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        data = last["activities"] / first["activities"]
        print(f"\ngrowth from {first['activities']:,} to {last['activities']:,} activities (x{data:.1f} data): "
              f"dbt run x{last['full'] / first['full']:.1f}, floor x{last['floor'] / first['floor']:.1f}")
    print(f"\nslowest models at {rows[-1]['activities']:,} activities:")
    for seconds, name in rows[-1]["slowest"]:
        print(f"  {name:<40}{seconds:>8.1f} s")


if __name__ == "__main__":
    main()
