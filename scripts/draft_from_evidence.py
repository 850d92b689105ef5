"""Turn the evidence into a draft scoring-model version.

Reads ``rpt_signal_lift`` (built by ``dbt build``) and writes a new version into the scoring
seeds: a copy of the version in effect at score_as_of in which every rule the evidence speaks
about with enough volume gets its suggested points (activity types from their '0-30d' value,
title dimensions seniority, department, buying_role and email_type, ICP attributes industry,
employee_count, annual_revenue, country and is_target_account); every other rule is copied as it
is. The version is a draft with restate = true, so the next ``dbt build`` restates it and
``rpt_score_calibration`` reports its AUC on the held-out persons beside the active version's.

    python -m scripts.draft_from_evidence --version v4            # DuckDB file of the dev target
    python -m scripts.draft_from_evidence --version v4 --postgres  # the postgres target
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.summary import connect, fetch  # noqa: E402

TITLE_SIGNALS = {"seniority", "department", "buying_role", "email_type"}
ICP_SIGNALS = {"industry", "employee_count", "annual_revenue", "country", "is_target_account"}


def read_seed(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def append_rows(path: Path, columns: list[str], rows: list[dict]) -> None:
    existing = path.read_text()
    with path.open("a", newline="") as handle:
        if existing and not existing.endswith("\n"):
            handle.write("\n")
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writerows(rows)


def suggestions(con, schema: str) -> dict[tuple[str, str, str], int]:
    rows = fetch(con, f"select signal_family, signal, signal_value, suggested_points from {schema}.rpt_signal_lift "
                      "where suggested_points is not null")
    return {(family, signal, value.lower()): int(points) for family, signal, value, points in rows}


def draft(con, schema: str, seeds: Path, version: str, effective_from: str | None) -> dict[str, int]:
    """Write the draft into the seed CSVs under ``seeds``; returns how many rules changed per seed."""
    (base, score_as_of), = fetch(con, f"select model_version_in_effect, score_as_of from {schema}.int_scoring_clock")
    suggested = suggestions(con, schema)
    models_columns, models = read_seed(seeds / "scoring_models.csv")
    if any(row["model_version"] == version for row in models):
        raise SystemExit(f"Version {version} already exists in {seeds / 'scoring_models.csv'}: choose a new name.")
    if not suggested:
        raise SystemExit("rpt_signal_lift has no suggested points (too little volume?): nothing to draft.")
    base_row = next(row for row in models if row["model_version"] == base)
    day_after = (dt.date.fromisoformat(str(score_as_of)[:10]) + dt.timedelta(days=1)).isoformat()
    append_rows(seeds / "scoring_models.csv", models_columns, [{
        **base_row, "model_version": version, "status": "draft", "restate": "true",
        "effective_from": effective_from or day_after,
        "change_reason": f"Drafted from evidence: {base} with the points rpt_signal_lift suggests "
                         f"(weight of evidence on the training split, as of {str(score_as_of)[:10]})",
    }])

    changed = {}

    def copy(seed: str, new_points) -> None:
        columns, rows = read_seed(seeds / seed)
        drafted = []
        changed[seed] = 0
        for row in rows:
            if row["model_version"] != base:
                continue
            row = {**row, "model_version": version}
            points = new_points(row)
            if points is not None and str(points) != row.get("points"):
                row["points"] = str(points)
                if row.get("cap"):
                    row["cap"] = str(max(int(float(row["cap"])), abs(points)))
                changed[seed] += 1
            drafted.append(row)
        append_rows(seeds / seed, columns, drafted)

    copy("scoring_activity_rules.csv", lambda row: suggested.get(("activity", row["activity_type"], "0-30d")))
    copy("scoring_title_rules.csv", lambda row: suggested.get(("person", row["dimension"], row["value"].lower()))
         if row["dimension"] in TITLE_SIGNALS else None)
    copy("scoring_icp_rules.csv", lambda row: suggested.get(("account", row["attribute"], row["value"].lower()))
         if row["attribute"] in ICP_SIGNALS else None)
    copy("scoring_buying_group_roles.csv", lambda row: None)
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", required=True, help="name of the new draft version, e.g. v4")
    parser.add_argument("--postgres", action="store_true", help="read the postgres target")
    parser.add_argument("--seeds-dir", default=str(ROOT / "seeds" / "scoring"), help="where the scoring seeds are")
    parser.add_argument("--effective-from", help="date the draft would take over (default: the day after score_as_of)")
    args = parser.parse_args()
    con, schema = connect(args.postgres)
    try:
        changed = draft(con, schema, Path(args.seeds_dir), args.version, args.effective_from)
    finally:
        con.close()
    print(f"Draft {args.version} written to {args.seeds_dir}; rules with new points: "
          + ", ".join(f"{seed} {count}" for seed, count in changed.items()))
    print("Next: dbt build (or make build), then compare the versions in rpt_score_calibration "
          "(auc_opportunity_holdout) and rpt_scoring_model_impact.")


if __name__ == "__main__":
    main()
