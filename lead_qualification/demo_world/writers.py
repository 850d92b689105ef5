"""Write raw tables (all text) as seed CSVs, or straight into a database's raw schema."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pandas as pd


def write_csv(tables: dict[str, pd.DataFrame], out_dir: Path) -> None:
    """One ``<table>.csv`` per raw table; null is an empty cell, line endings are '\\n'."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.to_csv(out_dir / f"{name}.csv", index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


def write_duckdb(tables: dict[str, pd.DataFrame], path: str, schema: str) -> None:
    """Replace ``schema.<table>`` in the DuckDB file at ``path`` with text columns."""
    import duckdb

    con = duckdb.connect(path)
    try:
        con.execute(f'create schema if not exists "{schema}"')
        for name, frame in tables.items():
            con.register("frame_view", frame)
            columns = ", ".join(f'cast("{c}" as varchar) as "{c}"' for c in frame.columns)
            con.execute(f'create or replace table "{schema}"."{name}" as select {columns} from frame_view')
            con.unregister("frame_view")
    finally:
        con.close()


def postgres_connection(user: str | None = None):
    """A psycopg2 connection from the same environment variables as profiles.yml (as ``user``
    when given)."""
    import psycopg2

    return psycopg2.connect(
        host=os.environ.get("LEAD_QUALIFICATION_PG_HOST", "127.0.0.1"),
        port=int(os.environ.get("LEAD_QUALIFICATION_PG_PORT", "5432")),
        user=user or os.environ.get("LEAD_QUALIFICATION_PG_USER", "postgres"),
        password=os.environ.get("LEAD_QUALIFICATION_PG_PASSWORD", ""),
        dbname=os.environ.get("LEAD_QUALIFICATION_PG_DATABASE", "lead_qualification"),
    )


def write_postgres(tables: dict[str, pd.DataFrame], schema: str) -> None:
    """Replace ``schema.<table>`` in PostgreSQL with text columns, loaded by COPY."""
    con = postgres_connection()
    try:
        with con, con.cursor() as cur:
            cur.execute(f'create schema if not exists "{schema}"')
            for name, frame in tables.items():
                columns = ", ".join(f'"{c}" text' for c in frame.columns)
                cur.execute(f'drop table if exists "{schema}"."{name}" cascade')
                cur.execute(f'create table "{schema}"."{name}" ({columns})')
                buffer = io.StringIO()
                frame.to_csv(buffer, index=False, header=False, lineterminator="\n", na_rep="\\N")
                buffer.seek(0)
                cur.copy_expert(
                    f'copy "{schema}"."{name}" from stdin with (format csv, null \'\\N\')', buffer)
    finally:
        con.close()
