"""The Python around the dbt project: the demo-world generator, the draft from evidence, the
dashboard, the build summary and the benchmarks (the layout in README.md). Installed editable
beside the dbt project (`pip install -e .`, which `make` does): the modules read and run the dbt
project in `PROJECT_ROOT`, the folder holding this package."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


# The layers that build in a schema of their own (the `+schema` of each folder in dbt_project.yml).
LAYERS = ("staging", "intermediate", "marts", "seeds")


def layer_schema(target_schema: str, layer: str) -> str:
    """Where a layer (one of LAYERS) builds (macros/generate_schema_name.sql): `<target schema>_<layer>`."""
    return f"{target_schema}_{layer}"
