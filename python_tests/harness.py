"""Run the dbt project for real against a throwaway database and query what it built.

A ``World`` is one database namespace on one engine: a DuckDB file in a temporary folder, or a
pair of fresh schemas in the PostgreSQL server named by the LEAD_QUALIFICATION_PG_* variables.
dbt runs in a subprocess with its own target path, so worlds never share state.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pandas as pd

from lead_qualification import PROJECT_ROOT as ROOT
from lead_qualification import LAYERS, layer_schema
from lead_qualification.demo_world.writers import postgres_connection, write_duckdb, write_postgres

DBT = str(Path(sys.executable).parent / "dbt")


def read_demo_seeds() -> dict[str, pd.DataFrame]:
    """The committed demo CSVs as text frames, empty cells as null (as dbt seed reads them)."""
    from lead_qualification.demo_world.contract import COLUMNS

    tables = {}
    for name in COLUMNS:
        frame = pd.read_csv(ROOT / "seeds" / "demo" / f"{name}.csv", dtype=str, keep_default_na=False)
        tables[name] = frame.astype(object).where(frame != "", None)
    return tables


# The read-only role the PostgreSQL demo world grants its marts to (var bi_role).
BI_ROLE = "lq_bi_reader"


def create_bi_role(role: str) -> None:
    """A login role with no privileges of its own (roles are server-wide: kept if it exists, also
    when another test worker creates it at the same moment)."""
    con = postgres_connection()
    try:
        with con, con.cursor() as cur:
            cur.execute(f"""
                do $$ begin
                    create role {role} login nosuperuser nocreatedb nocreaterole;
                exception when duplicate_object or unique_violation then null;
                end $$
            """)
    finally:
        con.close()


def postgres_configured() -> bool:
    return bool(os.environ.get("LEAD_QUALIFICATION_PG_HOST"))


def spark_configured() -> bool:
    return os.environ.get("LEAD_QUALIFICATION_SPARK") == "1"


@dataclass
class DbtResult:
    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


@dataclass
class World:
    """One throwaway database namespace on one engine."""

    engine: str  # "duckdb", "postgres" or "spark"
    workdir: Path
    name: str = field(default_factory=lambda: f"lq_{uuid.uuid4().hex[:8]}")
    project_dir: Path = ROOT
    _schemas: dict = field(default_factory=dict, init=False, repr=False)
    _manifest_stamp: int | None = field(default=None, init=False, repr=False)

    @property
    def schema(self) -> str:
        return "main" if self.engine == "duckdb" else self.name

    @property
    def raw_schema(self) -> str:
        return "raw" if self.engine == "duckdb" else f"{self.name}_raw"

    @property
    def salesforce_schema(self) -> str:
        """Where a world in Salesforce's shape keeps its CRM tables (var salesforce_schema)."""
        return "salesforce" if self.engine == "duckdb" else f"{self.name}_salesforce"

    @property
    def hubspot_schema(self) -> str:
        """Where a world in HubSpot's shape keeps its CRM tables (var hubspot_schema)."""
        return "hubspot" if self.engine == "duckdb" else f"{self.name}_hubspot"

    @property
    def spark_dir(self) -> Path:
        return self.workdir / f"spark_{self.name}"

    @property
    def duckdb_path(self) -> str:
        return str(self.workdir / f"{self.name}.duckdb")

    def env(self) -> dict[str, str]:
        env = dict(os.environ, DO_NOT_TRACK="1", LEAD_QUALIFICATION_SCHEMA=self.schema)
        if self.engine == "duckdb":
            env["LEAD_QUALIFICATION_DUCKDB_PATH"] = self.duckdb_path
            env["LEAD_QUALIFICATION_TARGET"] = "dev"
        elif self.engine == "spark":
            env.update(LEAD_QUALIFICATION_TARGET="spark", LEAD_QUALIFICATION_SPARK_DIR=str(self.spark_dir),
                       SPARK_LOCAL_IP="127.0.0.1")
        else:
            env["LEAD_QUALIFICATION_TARGET"] = "postgres"
        return env

    def _dbt_command(self, args: tuple[str, ...], vars: dict | None, cli_vars: bool) -> list[str]:
        all_vars = {"raw_schema": self.raw_schema, **(vars or {})}
        return [
            DBT, *args, "--project-dir", str(self.project_dir), "--profiles-dir", str(self.project_dir),
            "--target-path", str(self.workdir / f"target_{self.name}"),
            "--log-path", str(self.workdir / f"logs_{self.name}"),
            *(["--vars", json.dumps(all_vars)] if cli_vars else []),
        ]

    def dbt(self, *args: str, vars: dict | None = None, cli_vars: bool = True) -> DbtResult:
        """Run one dbt command in this world; returns its exit code and output. With
        ``cli_vars=False`` no ``--vars`` is passed: the project's own dbt_project.yml decides."""
        command = self._dbt_command(args, vars, cli_vars)
        done = subprocess.run(command, cwd=self.project_dir, env=self.env(), capture_output=True, text=True)
        return DbtResult(done.returncode, done.stdout + done.stderr)

    def dbt_killed(self, *args: str, after: str, vars: dict | None = None) -> DbtResult:
        """Run one dbt command and kill it (SIGKILL: no cleanup) as soon as it prints a line
        containing ``after``; the result's code is the kill's (-9) when that happened."""
        command = self._dbt_command(args, vars, True)
        with subprocess.Popen(command, cwd=self.project_dir, env=self.env(), stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True) as process:
            lines = []
            for line in process.stdout:
                lines.append(line)
                if after in line:
                    process.kill()
                    break
            process.wait()
        return DbtResult(process.returncode, "".join(lines))

    def load_raw(self, tables: dict[str, pd.DataFrame], schema: str | None = None) -> None:
        """Write raw tables (text columns) into this world's raw schema."""
        if self.engine == "duckdb":
            write_duckdb(tables, self.duckdb_path, schema or self.raw_schema)
        elif self.engine == "spark":
            self._load_spark(tables, schema or self.raw_schema)
        else:
            write_postgres(tables, schema or self.raw_schema)

    def _load_spark(self, tables: dict[str, pd.DataFrame], schema: str) -> None:
        """Text parquet files written by DuckDB, saved as tables by a Spark session in a subprocess."""
        import duckdb

        staging = self.workdir / f"raw_{self.name}"
        staging.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect()
        for name, frame in tables.items():
            con.register("frame_view", frame)
            columns = ", ".join(f'cast("{c}" as varchar) as "{c}"' for c in frame.columns)
            con.execute(f"copy (select {columns} from frame_view) to '{staging / name}.parquet' (format parquet)")
            con.unregister("frame_view")
        con.close()
        self.spark_dir.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([sys.executable, "-m", "python_tests.spark_io", "load", str(staging), schema],
                              cwd=ROOT, env=self.env(), capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-3000:]

    def layer(self, layer: str) -> str:
        """The schema a layer builds in (staging, intermediate, marts, seeds)."""
        return layer_schema(self.schema, layer)

    def _relation_schemas(self) -> dict[str, str]:
        """Each model's and seed's schema, read off the manifest of this world's last dbt command
        (read again only when that command wrote a new one)."""
        path = self.workdir / f"target_{self.name}" / "manifest.json"
        if path.exists() and self._manifest_stamp != path.stat().st_mtime_ns:
            nodes = json.loads(path.read_text())["nodes"].values()
            self._schemas = {node["alias"] or node["name"]: node["schema"] for node in nodes
                             if node["resource_type"] in ("model", "seed") and node["config"].get("enabled", True)}
            self._manifest_stamp = path.stat().st_mtime_ns
        return self._schemas

    def schema_of(self, relation: str) -> str:
        """The schema dbt built ``relation`` (a model or seed name) in; the target's own schema
        for anything dbt did not build."""
        return self._relation_schemas().get(relation, self.schema)

    def schemas(self) -> list[str]:
        """Every schema this world may hold: the target's, the raw and CRM ones, each layer's,
        and whatever else the manifest says dbt built in (a host may name its layers otherwise)."""
        return sorted({self.schema, self.raw_schema, self.salesforce_schema, self.hubspot_schema,
                       *(self.layer(layer) for layer in LAYERS), *self._relation_schemas().values()})

    def query(self, sql: str) -> pd.DataFrame:
        """Run SQL in this world. ``{schema}.<relation>`` names a model or seed wherever dbt built
        it (its layer's schema); ``{raw}`` is the raw schema, ``{marts}``, ``{staging}``,
        ``{intermediate}`` and ``{seeds}`` the layers' schemas, ``{schema}`` alone the target's."""
        sql = re.sub(r"\{schema\}\.(\w+)", lambda m: f"{self.schema_of(m.group(1))}.{m.group(1)}", sql)
        sql = sql.format(schema=self.schema, raw=self.raw_schema,
                         **{layer: self.layer(layer) for layer in LAYERS})
        if self.engine == "spark":
            return self._query_spark_tables(sql)
        if self.engine == "duckdb":
            import duckdb

            con = duckdb.connect(self.duckdb_path, read_only=True)
            try:
                return _nulls_as_none(con.execute(sql).df())
            finally:
                con.close()
        con = postgres_connection()
        try:
            with con.cursor() as cur:
                cur.execute(sql)
                columns = [d[0] for d in cur.description]
                return _nulls_as_none(pd.DataFrame(cur.fetchall(), columns=columns))
        finally:
            con.close()

    def _query_spark_tables(self, sql: str) -> pd.DataFrame:
        """Spark's tables are parquet files in the warehouse: DuckDB reads them as they are, so a
        query needs no Spark session (views, which have no files, cannot be queried this way)."""
        import duckdb

        con = duckdb.connect()
        try:
            for schema in self.schemas():
                con.execute(f'create schema if not exists "{schema}"')
                for table in sorted((self.spark_dir / "warehouse" / f"{schema}.db").glob("*")):
                    if table.is_dir() and any(table.glob("*.parquet")):
                        con.execute(f'create view "{schema}"."{table.name}" as '
                                    f"select * from read_parquet('{table}/*.parquet')")
            return _nulls_as_none(con.execute(sql).df())
        finally:
            con.close()

    def drop(self) -> None:
        if self.engine == "postgres":
            con = postgres_connection()
            try:
                with con, con.cursor() as cur:
                    for schema in self.schemas():
                        cur.execute(f'drop schema if exists "{schema}" cascade')
            finally:
                con.close()


def _nulls_as_none(frame: pd.DataFrame) -> pd.DataFrame:
    """Every null as None, whatever the column type, so rows compare alike on every engine."""
    return frame.astype(object).where(frame.notna(), None)


def comparable(frame: pd.DataFrame) -> list[tuple]:
    """Rows as values every driver gives alike (DuckDB hands decimals to pandas as floats and
    dates as timestamps, PostgreSQL as Decimal and date), sorted."""
    def value(v):
        if isinstance(v, (float, Decimal)):
            return Decimal(str(v)).normalize()
        if isinstance(v, (dt.date, dt.datetime)):
            return pd.Timestamp(v)
        return v
    rows = [tuple(value(v) for v in row) for row in frame.values.tolist()]
    return sorted(rows, key=lambda row: tuple((v is None, str(v)) for v in row))
