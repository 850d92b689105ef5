"""Command line: ``python -m lead_qualification.demo_world [--leads N] [--seed S] (--csv DIR | --duckdb PATH | --postgres)``.

Without a destination it rewrites the committed demo seeds in ``seeds/demo``. With ``--duckdb``
or ``--postgres`` it writes straight into the raw schema (``--schema``, default ``raw``); then
build with ``--vars '{load_demo_data: false}'`` so the demo seeds do not replace it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from lead_qualification import PROJECT_ROOT
from lead_qualification.demo_world.generate import WorldParameters, generate
from lead_qualification.demo_world.writers import write_csv, write_duckdb, write_postgres

DEMO_SEEDS = PROJECT_ROOT / "seeds" / "demo"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m lead_qualification.demo_world", description=__doc__)
    parser.add_argument("--leads", type=int, default=WorldParameters.n_leads, help="people in the world (sets the scale)")
    parser.add_argument("--seed", type=int, default=WorldParameters.seed, help="random seed (same seed, same bytes)")
    parser.add_argument("--months", type=int, default=WorldParameters.months, help="months of history")
    destination = parser.add_mutually_exclusive_group()
    destination.add_argument("--csv", type=Path, help="folder for one CSV per raw table")
    destination.add_argument("--duckdb", help="DuckDB file to write the raw schema into")
    destination.add_argument("--postgres", action="store_true", help="write into PostgreSQL (LEAD_QUALIFICATION_PG_* variables)")
    parser.add_argument("--schema", default="raw", help="raw schema for --duckdb/--postgres")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    tables = generate(WorldParameters(n_leads=args.leads, seed=args.seed, months=args.months))
    if args.duckdb:
        write_duckdb(tables, args.duckdb, args.schema)
        where = f"{args.duckdb} schema {args.schema}"
    elif args.postgres:
        write_postgres(tables, args.schema)
        where = f"PostgreSQL schema {args.schema}"
    else:
        out = args.csv or DEMO_SEEDS
        write_csv(tables, out)
        where = str(out)
    counts = ", ".join(f"{name} {len(frame):,}" for name, frame in tables.items())
    print(f"demo world written to {where} in {time.perf_counter() - started:.1f} s: {counts}")


if __name__ == "__main__":
    main()
