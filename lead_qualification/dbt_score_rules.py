"""The project's own conventions as dbt-score rules, beside dbt-score's generic ones
(`[tool.dbt-score]` in pyproject.toml; `python_tests/test_project_conventions.py` runs
`dbt-score lint` on the demo world's manifest and fails on any violation).

    .venv/bin/dbt parse && .venv/bin/dbt-score lint --manifest target/manifest.json
"""

from dbt_score import Model, RuleViolation, Source, rule

# The daily job is `dbt run --exclude tag:monthly`: the evidence folders, and they alone, leave it.
MONTHLY_TAG, MONTHLY_FOLDER = "monthly", "evidence"


@rule
def has_primary_key_test(model: Model) -> RuleViolation | None:
    """A model states its grain: one column tested unique and not_null, or a
    unique_combination_of_columns test on the model; or its meta says why it has no key
    (`no_primary_key_because`: rows as loaded, where duplicates are what validation finds)."""
    if model.meta.get("no_primary_key_because"):
        return None
    for column in model.columns:
        if {"unique", "not_null"} <= {test.type for test in column.tests}:
            return None
    if any(test.type == "unique_combination_of_columns" for test in model.tests):
        return None
    return RuleViolation("No primary-key test: unique + not_null on a column, or "
                         "unique_combination_of_columns on the model.")


@rule
def monthly_tag_is_the_evidence_folder(model: Model) -> RuleViolation | None:
    """Only the evidence models (which change when a monthly cutoff's horizon passes) carry tag
    monthly, and all of them do: no other model leaves the daily job by a tag."""
    in_folder = MONTHLY_FOLDER in model.original_file_path.split("/")[1:-1]
    tagged = MONTHLY_TAG in model.tags
    if in_folder and not tagged:
        return RuleViolation(f"An {MONTHLY_FOLDER} model without tag {MONTHLY_TAG}.")
    if tagged and not in_folder:
        return RuleViolation(f"Tag {MONTHLY_TAG} outside the {MONTHLY_FOLDER} folders.")
    return None


@rule
def source_is_described(source: Source) -> RuleViolation | None:
    """A source table and its source say what they hold."""
    if not (source.description or "").strip() or not (source.source_description or "").strip():
        return RuleViolation("The source or its table lacks a description.")
    return None


@rule
def source_has_freshness(source: Source) -> RuleViolation | None:
    """A source table has a freshness check on its load time, unless its meta says why not
    (`no_freshness_because`: a list without a load time)."""
    if source.meta.get("no_freshness_because"):
        return None
    raw = source._raw_values  # dbt-score keeps the manifest's freshness as a dict
    error_after = ((raw.get("freshness") or {}).get("error_after") or {}).get("count")
    if not raw.get("loaded_at_field") or not error_after:
        return RuleViolation("No freshness check (loaded_at_field and error_after), and no "
                             "meta no_freshness_because.")
    return None
