"""Spark side of the test harness, run in a subprocess (a Spark session holds its metastore).

``python -m python_tests.spark_io load DIR RAW_SCHEMA``: every DIR/<table>.parquet (text columns)
becomes the table RAW_SCHEMA.<table> in the Spark warehouse named by LEAD_QUALIFICATION_SPARK_DIR,
with the session settings of the `spark` target in profiles.yml.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def session():
    from pyspark.sql import SparkSession

    spark_dir = os.environ["LEAD_QUALIFICATION_SPARK_DIR"]
    builder = SparkSession.builder.enableHiveSupport()
    for key, value in {
        "spark.master": "local[2]",
        "spark.driver.bindAddress": "127.0.0.1",
        "spark.driver.host": "127.0.0.1",
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.warehouse.dir": f"{spark_dir}/warehouse",
        "spark.hadoop.javax.jdo.option.ConnectionURL":
            f"jdbc:derby:;databaseName={spark_dir}/metastore_db;create=true",
        "spark.driver.extraJavaOptions": f"-Dderby.system.home={spark_dir} -Dlog4j2.level=warn",
    }.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def load(directory: str, raw_schema: str) -> None:
    spark = session()
    spark.sql(f"create database if not exists {raw_schema}")
    for path in sorted(Path(directory).glob("*.parquet")):
        spark.read.parquet(str(path)).write.mode("overwrite").saveAsTable(f"{raw_schema}.{path.stem}")
    spark.stop()


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "load":
        load(*args)
    else:
        raise SystemExit(f"unknown command {command}")
