"""The raw contract as Python sees it, read from ``macros/contract/raw_contract.sql``, the one place
it is stated: the macro's dict is rendered with Jinja, as dbt renders it, so the generator, the
summary and the tests follow the same columns as staging."""

from __future__ import annotations

import jinja2

from lead_qualification import PROJECT_ROOT

CONTRACT_MACRO = PROJECT_ROOT / "macros" / "contract" / "raw_contract.sql"


def raw_contract() -> dict[str, dict]:
    """Per raw table, in contract order: columns, required, record_id, optional_table, third_party."""
    returned: list[dict] = []
    env = jinja2.Environment(extensions=["jinja2.ext.do"])
    module = env.from_string(CONTRACT_MACRO.read_text()).make_module({"return": returned.append})
    module.raw_contract()
    return returned[0]


CONTRACT = raw_contract()
COLUMNS: dict[str, list[str]] = {name: table["columns"] for name, table in CONTRACT.items()}
