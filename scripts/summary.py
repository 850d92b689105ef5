"""Print what a build produced: row counts of the raw, staged and mart tables, and the rejected
records by table and reason. Reads the DuckDB file of the `dev` target (same path rules as
profiles.yml) or, with --postgres, the PostgreSQL target."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demo_world.contract import COLUMNS  # noqa: E402


def connect(postgres: bool):
    if postgres:
        from demo_world.writers import postgres_connection

        con = postgres_connection()
        return con, os.environ.get("LEAD_QUALIFICATION_SCHEMA", "analytics")
    import duckdb

    path = os.environ.get("LEAD_QUALIFICATION_DUCKDB_PATH", str(ROOT / "target" / "lead_qualification.duckdb"))
    return duckdb.connect(path, read_only=True), os.environ.get("LEAD_QUALIFICATION_SCHEMA", "main")


def fetch(con, sql: str) -> list[tuple]:
    cur = con.cursor()
    cur.execute(sql)
    return cur.fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--postgres", action="store_true", help="read the PostgreSQL target")
    parser.add_argument("--raw-schema", default=os.environ.get("LEAD_QUALIFICATION_RAW_SCHEMA", "raw"))
    args = parser.parse_args()
    con, schema = connect(args.postgres)
    print(f"\n{'table':<28}{'raw rows':>12}{'staged':>12}{'rejected':>12}")
    rejected = dict(fetch(con, f"select source_table, count(*) from {schema}.rejected_records group by source_table"))
    for table in COLUMNS:
        raw = fetch(con, f"select count(*) from {args.raw_schema}.{table}")[0][0]
        staged = fetch(con, f"select count(*) from {schema}.stg_raw__{table}")[0][0]
        print(f"{table:<28}{raw:>12,}{staged:>12,}{rejected.get(table, 0):>12,}")
    print("\nrejected records by reason")
    for table, detected_in, reason, count in fetch(
        con, f"select source_table, detected_in, reason, count(*) from {schema}.rejected_records "
             "group by source_table, detected_in, reason order by source_table, detected_in, reason"):
        print(f"  {table:<18}{detected_in:<20}{reason:<34}{count:>8,}")
    marts = fetch(con, "select table_name from information_schema.tables "
                       f"where table_schema = '{schema}' and table_type = 'BASE TABLE' "
                       "and substr(table_name, 1, 4) in ('dim_', 'fct_', 'rpt_') order by table_name")
    if marts:
        print("\nmarts")
        for (name,) in marts:
            print(f"  {name:<40}{fetch(con, f'select count(*) from {schema}.{name}')[0][0]:>10,} rows")
    if ("fct_mqls",) in marts:
        print("\nMQL events by version and reason")
        for version, reason, count in fetch(
            con, f"select model_version, reason, count(*) from {schema}.fct_mqls "
                 "group by model_version, reason order by model_version, reason"):
            print(f"  {version:<8}{reason:<14}{count:>8,}")
    con.close()


if __name__ == "__main__":
    main()
