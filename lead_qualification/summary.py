"""Print what a build produced: row counts of the raw, staged and mart tables, and the rejected
records by table and reason. Reads the DuckDB file of the `dev` target (same path rules as
profiles.yml) or, with --postgres, the PostgreSQL target."""

from __future__ import annotations

import argparse
import os

from lead_qualification import PROJECT_ROOT as ROOT
from lead_qualification import layer_schema
from lead_qualification.demo_world.contract import COLUMNS


def connect(postgres: bool):
    if postgres:
        from lead_qualification.demo_world.writers import postgres_connection

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
    staging, marts_schema = layer_schema(schema, "staging"), layer_schema(schema, "marts")
    print(f"\n{'table':<28}{'raw rows':>12}{'staged':>12}{'rejected':>12}")
    rejected = dict(fetch(con, f"select source_table, count(*) from {marts_schema}.rejected_records group by source_table"))
    for table in COLUMNS:
        raw = fetch(con, f"select count(*) from {args.raw_schema}.{table}")[0][0]
        staged = fetch(con, f"select count(*) from {staging}.stg_raw__{table}")[0][0]
        print(f"{table:<28}{raw:>12,}{staged:>12,}{rejected.get(table, 0):>12,}")
    print("\nrejected records by reason")
    for table, detected_in, reason, count in fetch(
        con, f"select source_table, detected_in, reason, count(*) from {marts_schema}.rejected_records "
             "group by source_table, detected_in, reason order by source_table, detected_in, reason"):
        print(f"  {table:<18}{detected_in:<20}{reason:<34}{count:>8,}")
    marts = fetch(con, "select table_name from information_schema.tables "
                       f"where table_schema = '{marts_schema}' and table_type = 'BASE TABLE' "
                       "and substr(table_name, 1, 4) in ('dim_', 'fct_', 'rpt_') order by table_name")
    if marts:
        print("\nmarts")
        for (name,) in marts:
            print(f"  {name:<40}{fetch(con, f'select count(*) from {marts_schema}.{name}')[0][0]:>10,} rows")
    if ("fct_mqls",) in marts:
        print("\nMQL events by version and reason")
        for version, reason, count in fetch(
            con, f"select model_version, reason, count(*) from {marts_schema}.fct_mqls "
                 "group by model_version, reason order by model_version, reason"):
            print(f"  {version:<8}{reason:<14}{count:>8,}")
    if ("fct_handoffs",) in marts:
        print("\nhandoff by version")
        print(f"  {'version':<8}{'MQLs':>8}{'touched within 24h':>20}{'median min':>12}{'p95 min':>12}"
              f"{'meeting':>9}{'mtg->opp':>10}{'pipeline':>14}")
        for version, mqls, within_24h, median, p95, meeting, to_opp, pipeline in fetch(
            con, f"""
            select
                model_version, count(*),
                avg(case when touched_within_24h then 1.0 else 0.0 end),
                percentile_cont(0.5) within group (order by minutes_to_first_touch),
                percentile_cont(0.95) within group (order by minutes_to_first_touch),
                avg(case when has_meeting then 1.0 else 0.0 end),
                sum(case when has_meeting and has_opportunity then 1.0 else 0.0 end)
                    / nullif(sum(case when has_meeting then 1 else 0 end), 0),
                coalesce(sum(opportunity_amount), 0)
            from {marts_schema}.fct_handoffs group by model_version order by model_version"""):
            print(f"  {version:<8}{mqls:>8,}{_pct(within_24h):>20}{_num(median):>12}{_num(p95):>12}"
                  f"{_pct(meeting):>9}{_pct(to_opp):>10}{float(pipeline):>14,.0f}")
    if ("rpt_score_calibration",) in marts:
        print("\ncalibration (opportunity within the horizon)")
        print(f"  {'version':<8}{'status':<8}{'lead-cutoffs':>14}{'base rate':>11}{'top-decile lift':>17}"
              f"{'AUC':>8}{'AUC held out':>14}")
        for version, status, volume, rate, lift, auc, auc_holdout in fetch(
            con, f"""
            select overall.model_version, overall.status, overall.lead_cutoffs, overall.opportunity_rate,
                top.opportunity_lift, overall.auc_opportunity, overall.auc_opportunity_holdout
            from {marts_schema}.rpt_score_calibration as overall
            inner join {marts_schema}.rpt_score_calibration as top
                on overall.model_version = top.model_version and top.band_type = 'decile' and top.band = '10'
            where overall.band_type = 'overall' order by overall.model_version"""):
            print(f"  {version:<8}{status:<8}{volume:>14,}{_pct(rate):>11}{_num(lift, 2):>17}"
                  f"{_num(auc, 3):>8}{_num(auc_holdout, 3):>14}")
    con.close()


def _pct(value) -> str:
    return "-" if value is None else f"{float(value):.1%}"


def _num(value, decimals: int = 0) -> str:
    return "-" if value is None else f"{float(value):,.{decimals}f}"


if __name__ == "__main__":
    main()
