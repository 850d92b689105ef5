"""Benchmark the full build against the engine floor at growing scale (docs/benchmark.md).

For each size (activities): generate a world straight into a DuckDB raw schema, load the scoring
seeds, then time `dbt run` (wall time and peak memory of the dbt process, which runs DuckDB in
process) and the engine floor: one hand-written DuckDB statement over the same raw activities
that computes every lead's behavior score at each of its events (running sums per activity type,
rules of the version in effect today) and its first MQL time, nothing else. Then one day of
events is appended (the world's last day again, a day later, with new ids) and `dbt run` is
timed again: the daily incremental run, reported minus dbt's fixed cost (a run that selects
nothing: start, parse, connect), and once more for the daily job that leaves the monthly
evidence models out (`dbt run --exclude tag:monthly`, one more day of events). Prints one table
row per size with the ratios, then the growth factors from the smallest size, and the models
that took longest in the largest size's full and incremental runs (dbt's run_results.json).

    python -m lead_qualification.benchmark                       # 1M, 5M and 20M activities
    python -m lead_qualification.benchmark --activities 1000000  # one size

Not part of `make test`: it takes minutes per size and its times are only comparable within one
run on one machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from lead_qualification import PROJECT_ROOT as ROOT
from lead_qualification import layer_schema

# The target schema the benchmark builds in (LEAD_QUALIFICATION_SCHEMA) and where its seeds land.
SCHEMA = "main"
SEEDS = layer_schema(SCHEMA, "seeds")

ACTIVITIES_PER_LEAD = 25.7  # the demo world's ratio (51,869 activities, 2,016 lead rows)


def run(command: list[str], env: dict, spill_dir: Path | None = None) -> tuple[float, int, list]:
    """Run a command; return (wall seconds, peak RSS in MB of that process alone, samples). While
    it runs, every half second a sample (unix time, RSS MB, MB in spill_dir) is taken, so each
    model's peak can be read off the samples taken while it ran (model_peaks)."""
    samples: list[tuple[float, int, int]] = []
    started = time.perf_counter()
    with open(os.devnull, "w") as devnull, subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=devnull, text=True) as process:
        done = threading.Event()
        sampler = threading.Thread(target=_sample, args=(process.pid, spill_dir, samples, done), daemon=True)
        sampler.start()
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed:\n{output[-3000:]}")
    return wall, usage.ru_maxrss // 1024, samples


def _sample(pid: int, spill_dir: Path | None, samples: list, done: threading.Event) -> None:
    while not done.wait(0.5):
        try:
            with open(f"/proc/{pid}/status") as status:
                rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) // 1024
        except (OSError, StopIteration):
            continue
        spill = 0
        if spill_dir is not None and spill_dir.is_dir():
            spill = sum(entry.stat().st_size for entry in os.scandir(spill_dir) if entry.is_file()) // 2**20
        samples.append((time.time(), rss, spill))


def model_peaks(target: Path, samples: list) -> list[tuple[str, float, int, int]]:
    """(model, seconds, peak RSS MB, peak spill MB) of every model some sample saw spilling, read
    off the samples taken while the model ran (with two threads, what ran beside it counts too)."""
    from datetime import datetime

    def unix(stamp: str) -> float:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()

    peaks = []
    for result in json.loads((target / "run_results.json").read_text())["results"]:
        execute = [t for t in result["timing"] if t["name"] == "execute"]
        if not execute:
            continue
        start, end = unix(execute[0]["started_at"]), unix(execute[0]["completed_at"])
        during = [(rss, spill) for at, rss, spill in samples if start <= at <= end]
        if during and max(spill for _, spill in during) > 0:
            peaks.append((result["unique_id"].split(".")[-1], end - start,
                          max(rss for rss, _ in during), max(spill for _, spill in during)))
    return sorted(peaks, key=lambda peak: -peak[3])


def floor_sql(con) -> str:
    """The core computation as one statement: per lead, at every event instant, each type's
    decayed running sum (running sum of points * 2^((t - a) / h), decayed back), capped, added,
    clamped; the total with today's version's weights and fit; the first instant at or over the
    threshold. Fit is a constant 40 points of the total (the floor measures the behavior path,
    the one that grows with the events)."""
    version = con.execute(f"select model_version from {SEEDS}.scoring_models where status = 'active' "
                          "order by effective_from desc limit 1").fetchone()[0]
    rules = con.execute(f"select activity_type, points, half_life_days, cap from {SEEDS}.scoring_activity_rules "
                        f"where model_version = '{version}' order by activity_type").fetchall()
    w_behavior, threshold = con.execute(
        f"select w_behavior, mql_threshold from {SEEDS}.scoring_models where model_version = '{version}'").fetchone()
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


def bench(size: int, workdir: Path, memory_limit: str, max_temp: str) -> dict:
    import duckdb

    from lead_qualification.benchmark_lower_bound import lower_bound

    path = workdir / f"bench_{size}.duckdb"
    path.unlink(missing_ok=True)
    spill_dir = Path(f"{path}.tmp")  # DuckDB's default temp_directory for a database file
    env = dict(os.environ, DO_NOT_TRACK="1", LEAD_QUALIFICATION_TARGET="dev",
               LEAD_QUALIFICATION_DUCKDB_PATH=str(path), LEAD_QUALIFICATION_SCHEMA=SCHEMA,
               LEAD_QUALIFICATION_DUCKDB_MEMORY=memory_limit, LEAD_QUALIFICATION_DUCKDB_MAX_TEMP=max_temp)
    leads = int(size / ACTIVITIES_PER_LEAD)
    python, dbt = sys.executable, str(Path(sys.executable).parent / "dbt")
    generate, _, _ = run([python, "-m", "lead_qualification.demo_world", "--leads", str(leads), "--duckdb", str(path)], env)
    target = workdir / f"target_{size}"

    def at(run_time: str) -> list[str]:
        return ["--vars", json.dumps({"load_demo_data": False, "run_time": run_time}), "--target-path", str(target)]

    run([dbt, "seed", *at("2026-11-01 00:00:00")], env)
    full, peak, samples = run([dbt, "run", *at("2026-11-01 00:00:00")], env, spill_dir)
    progress(size, f"full run {full:.1f} s, peak {peak:,} MB")
    slowest = slowest_models(target)
    spilling = model_peaks(target, samples)
    noop, _, _ = run([dbt, "run", "--select", "tag:selects_nothing", *at("2026-11-01 00:00:00")], env)  # dbt's fixed cost
    monthly, _, _ = run([dbt, "run", "--select", "tag:monthly", *at("2026-11-01 00:00:00")], env)
    progress(size, f"dbt fixed cost {noop:.1f} s, monthly job {monthly:.1f} s")
    con = duckdb.connect(str(path))
    con.execute("set threads = 2")
    con.execute(f"set memory_limit = '{memory_limit}'")
    activities = con.execute("select count(*) from raw.activities").fetchone()[0]
    started = time.perf_counter()
    con.execute(floor_sql(con)).fetchall()
    floor = time.perf_counter() - started
    bound, _ = lower_bound(con, quiet=True)
    progress(size, f"floor {floor:.1f} s, lower bound {bound:.1f} s")
    con.close()
    # One more day: the last day's events again, a day later, with new ids; then the daily job
    # that leaves the monthly evidence models out, after one more such day.
    day = copy_a_day_later(path, "try_cast(occurred_at as timestamp) >= timestamp '2026-10-31' "
                                 "and try_cast(occurred_at as timestamp) < timestamp '2026-11-01'",
                           "activity_id || '-next'")
    incremental, _, _ = run([dbt, "run", *at("2026-11-02 00:00:00")], env)
    progress(size, f"one-day incremental run {incremental:.1f} s ({day:,} new activities)")
    slowest_incremental = slowest_models(target)
    copy_a_day_later(path, "activity_id like '%-next'", "replace(activity_id, '-next', '-after')")
    daily_job, _, _ = run([dbt, "run", "--exclude", "tag:monthly", *at("2026-11-03 00:00:00")], env)
    return dict(size=size, activities=activities, generate=generate, full=full, peak=peak, floor=floor,
                bound=bound, noop=noop, monthly=monthly, slowest=slowest, spilling=spilling, day=day,
                incremental=incremental, daily_job=daily_job, slowest_incremental=slowest_incremental,
                spill=max((spill for _, _, spill in samples), default=0))


def progress(size: int, message: str) -> None:
    """Each measurement as soon as it is taken: a later step that fails loses nothing."""
    print(f"  [{size:,}] {message}", flush=True)


def copy_a_day_later(path: Path, where: str, new_id: str) -> int:
    """Append the raw activities matching `where` again, one day later, with ids `new_id` (SQL)."""
    import duckdb

    con = duckdb.connect(str(path))
    try:
        return con.execute(f"""
            insert into raw.activities
            select {new_id}, lead_id, account_domain, activity_type,
                strftime(try_cast(occurred_at as timestamp) + interval 1 day, '%Y-%m-%d %H:%M:%S'),
                channel, campaign, detail
            from raw.activities
            where {where}
        """).fetchone()[0]
    finally:
        con.close()


def slowest_models(target: Path, n: int = 6) -> list[tuple[float, str]]:
    results = json.loads((target / "run_results.json").read_text())["results"]
    return sorted(((r["execution_time"], r["unique_id"].split(".")[-1]) for r in results), reverse=True)[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--activities", type=int, nargs="+", default=[1_000_000, 5_000_000, 20_000_000])
    parser.add_argument("--workdir", default="/tmp/lead-qualification-bench")
    parser.add_argument("--memory-limit", default="6GB",
                        help="DuckDB memory_limit for the dbt runs (LEAD_QUALIFICATION_DUCKDB_MEMORY); "
                             "DuckDB spills beyond it. Default 6GB, under the 8 GB goal with dbt's own use.")
    parser.add_argument("--max-temp", default="20GB",
                        help="DuckDB max_temp_directory_size for the dbt runs (LEAD_QUALIFICATION_DUCKDB_MAX_TEMP): "
                             "the most it may spill. Default 20GB.")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    print(f"DuckDB memory_limit {args.memory_limit}, max_temp_directory_size {args.max_temp}, {os.cpu_count()} cores")
    print(f"{'activities':>12}{'generate s':>12}{'dbt run s':>11}{'peak MB':>9}{'spill MB':>10}{'floor s':>9}"
          f"{'run/floor':>11}{'bound/floor':>13}{'dbt fixed s':>13}{'monthly s':>11}{'month/full':>12}"
          f"{'+1 day rows':>13}{'day run s':>11}{'day/full':>10}{'daily job s':>13}{'job/full':>10}")
    for size in args.activities:
        row = bench(size, workdir, args.memory_limit, args.max_temp)
        rows.append(row)
        day_cost = row["incremental"] - row["noop"]
        monthly_cost = row["monthly"] - row["noop"]
        print(f"{row['activities']:>12,}{row['generate']:>12.1f}{row['full']:>11.1f}{row['peak']:>9,}"
              f"{row['spill']:>10,}{row['floor']:>9.1f}{row['full'] / row['floor']:>11.1f}"
              f"{row['bound'] / row['floor']:>13.2f}{row['noop']:>13.1f}{monthly_cost:>11.1f}"
              f"{monthly_cost / row['full']:>12.1%}{row['day']:>13,}{day_cost:>11.1f}{day_cost / row['full']:>10.1%}"
              f"{row['daily_job'] - row['noop']:>13.1f}{(row['daily_job'] - row['noop']) / row['full']:>10.1%}",
              flush=True)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        data = last["activities"] / first["activities"]
        print(f"\ngrowth from {first['activities']:,} to {last['activities']:,} activities (x{data:.1f} data): "
              f"dbt run x{last['full'] / first['full']:.1f}, floor x{last['floor'] / first['floor']:.1f}")
    for label, key in (("full run", "slowest"), ("one-day incremental run", "slowest_incremental")):
        print(f"\nslowest models at {rows[-1]['activities']:,} activities, {label}:")
        for seconds, name in rows[-1][key]:
            print(f"  {name:<40}{seconds:>8.1f} s")
    for row in rows:
        print(f"\nmodels that spilled at {row['activities']:,} activities, full run "
              f"(peaks while each ran; two threads, so a neighbour's use counts too):")
        for name, seconds, rss, spill in row["spilling"] or [("(none)", 0.0, 0, 0)]:
            print(f"  {name:<40}{seconds:>8.1f} s{rss:>9,} MB RSS{spill:>9,} MB spilled")


if __name__ == "__main__":
    main()
