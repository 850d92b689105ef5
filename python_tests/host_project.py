"""A host dbt project that installs lead_qualification as a package (docs/install-as-package.md),
for tests that need the project as users install it: its own raw schema, its own
copies of the scoring seeds (var bundled_scoring_seeds false), and the package's vars set in the
host's dbt_project.yml, not on the command line.

By default the host's ``generate_schema_name`` uses a custom schema as named: the setup in which a
demo seed with ``+schema: raw`` would land exactly on the host's raw tables, and in which the
package's layers build in schemas named ``staging``, ``intermediate``, ``marts`` and ``seeds``.
With ``custom_schemas_as_named=False`` the host keeps dbt's default, and the layers build in
``<target schema>_<layer>``, where the project's Python tools look for them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from python_tests.harness import DBT, ROOT, World

PROFILE_OUTPUTS = {
    "duckdb": "type: duckdb\n      path: \"{{ env_var('LEAD_QUALIFICATION_DUCKDB_PATH') }}\"",
    "postgres": ("type: postgres\n      host: \"{{ env_var('LEAD_QUALIFICATION_PG_HOST') }}\"\n"
                 "      port: \"{{ env_var('LEAD_QUALIFICATION_PG_PORT', '5432') | as_number }}\"\n"
                 "      user: \"{{ env_var('LEAD_QUALIFICATION_PG_USER', 'postgres') }}\"\n"
                 "      password: \"{{ env_var('LEAD_QUALIFICATION_PG_PASSWORD', '') }}\"\n"
                 "      dbname: \"{{ env_var('LEAD_QUALIFICATION_PG_DATABASE', 'lead_qualification') }}\""),
}


def write_host(host: Path, engine: str, package_vars: dict, models: dict[str, str] | None = None,
               custom_schemas_as_named: bool = True) -> Path:
    """Write the host project into ``host``; returns the folder of its scoring seeds (copies of
    the bundled ones, which ``package_vars`` should switch off with bundled_scoring_seeds false)."""
    (host / "models").mkdir(parents=True)
    (host / "macros").mkdir()
    vars_yaml = "\n".join(f"    {key}: {json.dumps(value)}" for key, value in package_vars.items())
    (host / "dbt_project.yml").write_text(
        "name: lq_host\nversion: \"1.0.0\"\nconfig-version: 2\nprofile: lq_host\n"
        "flags:\n  send_anonymous_usage_stats: false\n"
        f"vars:\n  lead_qualification:\n{vars_yaml}\n")
    (host / "packages.yml").write_text(f"packages:\n  - local: {ROOT}\n")
    (host / "profiles.yml").write_text(
        "lq_host:\n  target: dev\n  outputs:\n    dev:\n      " + PROFILE_OUTPUTS[engine]
        + "\n      schema: \"{{ env_var('LEAD_QUALIFICATION_SCHEMA') }}\"\n      threads: 2\n")
    if custom_schemas_as_named:
        (host / "macros" / "generate_schema_name.sql").write_text(
            "{% macro generate_schema_name(custom_schema_name, node) -%}\n"
            "    {%- if custom_schema_name is none -%}{{ target.schema }}"
            "{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}\n{%- endmacro %}\n")
    for name, sql in (models or {}).items():
        (host / "models" / f"{name}.sql").write_text(sql)
    seeds = host / "seeds" / "scoring"
    shutil.copytree(ROOT / "seeds" / "scoring", seeds)
    return seeds


def host_world(engine: str, workdir: Path) -> World:
    return World(engine, workdir, project_dir=workdir / "host")


def dbt_deps(world: World) -> None:
    done = subprocess.run([DBT, "deps", "--project-dir", str(world.project_dir), "--profiles-dir",
                           str(world.project_dir)], cwd=world.project_dir, env=world.env(),
                          capture_output=True, text=True)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]


def ran(world: World) -> set[str]:
    """The unique ids of the nodes the world's last dbt command ran."""
    results = json.loads((world.workdir / f"target_{world.name}" / "run_results.json").read_text())
    return {r["unique_id"] for r in results["results"]}
