"""The least a full build must cost, as multiples of the benchmark's engine floor (issue 10, goal 1).

Runs on a database the benchmark made (`python -m lead_qualification.benchmark` leaves them in its
--workdir): the floor statement, then each activity-sized computation the marts need written as
one hand-made, materialized DuckDB statement, nothing else: staging (parse, validate, deduplicate
activities), per-event behavior for every scoring version (restatement and the draft's impact
need all of them), the account rollup (engaged persons per account in a trailing window) and the
evidence cutoffs (each lead's score at every monthly cutoff). Left out, so the sum is a lower
bound: merges and person resolution, fit scoring, the why contributions, every mart, rejected
records, and dbt's own cost (start, parse, one query per model).

    python -m lead_qualification.benchmark_lower_bound /tmp/lead-qualification-bench/bench_1000000.duckdb

Writes scratch tables (s, pe, acc, cut) into the database's main schema.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import duckdb

from lead_qualification.benchmark import SEEDS, floor_sql


def timed(con, label: str, sql: str, quiet: bool = False) -> float:
    started = time.perf_counter()
    con.execute(sql).fetchall()
    took = time.perf_counter() - started
    if not quiet:
        print(f"{label:<66}{took:8.2f} s", flush=True)
    return took


def per_event_sql(con) -> str:
    """One window pass: a running sum per (activity type, half-life) shared by the versions, then
    each version's points, caps and clamp on it."""
    rules = con.execute("select model_version, activity_type, points, half_life_days, cap "
                        f"from {SEEDS}.scoring_activity_rules order by 1, 2").fetchall()
    pairs = sorted({(kind, float(half_life)) for _, kind, _, half_life, _ in rules})
    sums = ",\n".join(f"sum(case when activity_type = '{kind}' then pow(2, (t - t0) / ({h} * 86400.0)) end) "
                      f"over w as s{i}" for i, (kind, h) in enumerate(pairs))

    def behavior(version: str) -> str:
        terms = []
        for model_version, kind, points, half_life, cap in rules:
            if model_version != version:
                continue
            i, h, p, c = pairs.index((kind, float(half_life))), float(half_life), float(points), float(cap or 1e9)
            terms.append(f"coalesce({'least' if p > 0 else 'greatest'}({c if p > 0 else -c}, "
                         f"{p} * s{i} * pow(2, -(t - t0) / ({h} * 86400.0))), 0)")
        return f"greatest(0, least(100, {' + '.join(terms)})) as b_{version}"

    versions = sorted({version for version, *_ in rules})
    return f"""
        create or replace table pe as
        with e as (
            select lead_id, activity_type, epoch(ts) as t, min(epoch(ts)) over (partition by lead_id) as t0
            from s where lead_id is not null and ts is not null
        ),
        r as (
            select lead_id, t, t0, {sums} from e
            window w as (partition by lead_id order by t rows between unbounded preceding and current row)
        )
        select lead_id, t, {', '.join(behavior(v) for v in versions)} from r"""


def lower_bound(con, quiet: bool = False) -> tuple[float, dict[str, float]]:
    """The sum of the activity-sized computations (seconds) and each one's time."""
    def part(label: str, sql: str) -> float:
        return timed(con, label, sql, quiet)

    parts = {
        "staging": part("staging: parse, validate, deduplicate activities", """
            create or replace table s as
            select distinct on (activity_id) activity_id, lead_id, lower(trim(activity_type)) as activity_type,
                coalesce(try_cast(occurred_at as timestamp), try_strptime(occurred_at, '%d/%m/%Y %H:%M')) as ts
            from raw.activities where activity_id is not null order by activity_id, ts"""),
        "per-event": part("per-event behavior, every version", per_event_sql(con)),
        "account": part("account rollup: engaged persons per account, trailing 30 days", """
            create or replace table acc as
            with a as (
                select coalesce(nullif(l.crm_account_id, ''), l.company_domain) as account, pe.t
                from pe join raw.leads as l on l.lead_id = pe.lead_id where pe.b_v2 >= 30
            )
            select account, t,
                count(*) over (partition by account order by t range between 2592000 preceding and current row) as n
            from a"""),
        "cutoffs": part("evidence: each lead's score at every monthly cutoff", """
            create or replace table cut as
            with c as (select distinct epoch(date_trunc('month', ts)) as cutoff from s where ts is not null),
            l as (select distinct lead_id from pe)
            select l.lead_id, c.cutoff, pe.b_v2
            from l cross join c asof left join pe on pe.lead_id = l.lead_id and pe.t <= c.cutoff"""),
    }
    return sum(parts.values()), parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="a DuckDB database the benchmark left in its workdir")
    path = parser.parse_args().path
    if not path.is_file():
        parser.error(f"{path} is not a file: give a database the benchmark made (python -m lead_qualification.benchmark)")
    con = duckdb.connect(str(path))
    con.execute("set threads = 2")
    floor = timed(con, "floor (the benchmark's statement)", floor_sql(con))
    total, parts = lower_bound(con)
    print(f"lower bound {total:.2f} s = {total / floor:.2f} x floor ("
          + ", ".join(f"{name} {took / floor:.2f}x" for name, took in parts.items()) + ")")


if __name__ == "__main__":
    main()
