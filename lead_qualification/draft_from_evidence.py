"""Turn the evidence into a draft scoring-model version.

Default (``--method joint``): every rule family fitted at once (lead_qualification/evidence_fit.py) on the
training split of int_evidence_features, the features the engine reproduces from seed rows, and
written out as seed rows of a new draft version: activity points and caps (half-lives kept),
points per title value and per ICP value, lead-source rows, new rows for values no rule knew
(industries, countries, lead sources with enough volume), exclusions softened only where the
evidence says the excluded value converts at or above the base rate. Threshold and floors keep
the MQL rate of the version in effect on the training split (or ``--mql-rate``). The command
prints the fit: caps, scale, Spearman between the draft's engine total and the regression's
linear predictor on the training rows, and held-out AUCs (regression, draft, version in effect)
with a paired interval of AUC(draft) - AUC(version in effect).

``--method univariate``: the older per-signal suggestions of rpt_signal_lift (weight of evidence
of each value alone), kept to compare with.

The version is a draft with restate = true: the next ``dbt build`` restates it and
``rpt_score_calibration`` reports its AUC on the held-out persons beside the active version's.

    python -m lead_qualification.draft_from_evidence --version v4            # DuckDB file of the dev target
    python -m lead_qualification.draft_from_evidence --version v4 --postgres  # the postgres target
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import spearmanr

from lead_qualification import PROJECT_ROOT as ROOT
from lead_qualification import layer_schema
from lead_qualification import evidence_fit as ef
from lead_qualification.summary import connect, fetch

TITLE_SIGNALS = {"seniority", "department", "buying_role", "email_type"}
ICP_SIGNALS = {"industry", "employee_count", "annual_revenue", "country", "is_target_account"}
FITTED_TITLE_DIMENSIONS = {"seniority", "department", "buying_role", "exclusion", "email_type"}
# The rules of a version the evidence never fits: a draft copies them from its base.
COPIED_SEEDS = ["scoring_buying_group_roles.csv", "scoring_account_stages.csv"]
RULE_SEEDS = ["scoring_activity_rules.csv", "scoring_title_rules.csv", "scoring_icp_rules.csv", *COPIED_SEEDS]


def read_seed(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def append_rows(path: Path, columns: list[str], rows: list[dict]) -> None:
    existing = path.read_text()
    with path.open("a", newline="") as handle:
        if existing and not existing.endswith("\n"):
            handle.write("\n")
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writerows(rows)


def frame(con, sql: str) -> pd.DataFrame:
    cur = con.cursor()
    cur.execute(sql)
    return pd.DataFrame(cur.fetchall(), columns=[d[0] for d in cur.description])


def _number(value) -> float:
    return float(value) if value not in (None, "") else 0.0


def _new_model_row(models: list[dict], base: str, version: str, effective_from: str, reason: str, **changes) -> dict:
    base_row = next(row for row in models if row["model_version"] == base)
    return {**base_row, "model_version": version, "status": "draft", "restate": "true",
            "effective_from": effective_from, "change_reason": reason, **changes}


# --- the joint fit ----------------------------------------------------------------------------

def base_rules(seeds: Path, base: str) -> ef.Rules:
    _, models = read_seed(seeds / "scoring_models.csv")
    model = next(row for row in models if row["model_version"] == base)
    _, activity = read_seed(seeds / "scoring_activity_rules.csv")
    activity = pd.DataFrame([row for row in activity if row["model_version"] == base])
    _, titles = read_seed(seeds / "scoring_title_rules.csv")
    title_values: dict[str, dict[str, float]] = {}
    for row in titles:
        if row["model_version"] == base:
            title_values.setdefault(row["dimension"], {})[row["value"]] = max(
                _number(row["points"]), title_values.get(row["dimension"], {}).get(row["value"], -1e9))
    title_values.pop("lead_source", None)  # lead-source rules are matched by value, like ICP values
    _, icp = read_seed(seeds / "scoring_icp_rules.csv")
    icp_values: dict[str, dict[str, float]] = {}
    for row in icp:
        if row["model_version"] == base:
            icp_values.setdefault(row["attribute"], {})[row["value"].lower()] = _number(row["points"])
    lead_sources = {row["keyword"]: _number(row["points"]) for row in titles
                    if row["model_version"] == base and row["dimension"] == "lead_source"}
    if lead_sources:
        icp_values["lead_source"] = lead_sources
    return ef.Rules(
        weights={"behavior": _number(model["w_behavior"]), "person": _number(model["w_person"]),
                 "account": _number(model["w_account"])},
        activity=activity, title_values=title_values, icp_values=icp_values,
        thresholds={k: _number(model[k]) for k in ("mql_threshold", "person_floor", "account_floor")})


def evaluation_frames(features: pd.DataFrame, rows: pd.DataFrame, rules: ef.Rules,
                      names: set[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Counts of every rule's activity type and one-hots named as the draft's points, for any
    rows (held-out ones too): a value the draft has no row for falls to its '*' row, if any."""
    index = pd.MultiIndex.from_frame(rows[["person_id", "cutoff_at"]])
    keyed = features.set_index(["person_id", "cutoff_at"])
    keyed = keyed[keyed.index.isin(index)].reset_index()
    counts = keyed[keyed.feature_family == "activity"].pivot_table(
        index=["person_id", "cutoff_at"], columns="feature", values="value", aggfunc="sum")
    counts = counts.reindex(index).fillna(0.0)
    counts.columns = [str(c) for c in counts.columns]
    onehot = keyed[keyed.feature_family != "activity"].copy()
    mapped = []
    for feature, category in zip(onehot.feature, onehot.category):
        value = ef._rule_value(feature, category, rules)
        name = f"{feature}={value}"
        mapped.append(name if name in names else (f"{feature}=*" if f"{feature}=*" in names else None))
    onehot["name"] = mapped
    onehot = onehot[onehot.name.notna()]
    wide = onehot.pivot_table(index=["person_id", "cutoff_at"], columns="name", values="value", aggfunc="max")
    return counts, wide.reindex(index=index).fillna(0.0)


def joint_draft(features: pd.DataFrame, base_scores: pd.DataFrame, rules: ef.Rules, min_volume: int,
                mql_rate: float | None = None) -> dict:
    """Fit on the training rows of ``features`` and return the draft as points and a report.
    ``base_scores``: per lead-cutoff the version in effect's total, person and account scores."""
    rows = ef.rows_of(features)
    training = rows[~rows.is_holdout.astype(bool)].reset_index(drop=True)
    holdout = rows[rows.is_holdout.astype(bool)].reset_index(drop=True)
    d = ef.design(features, training, rules, min_volume)
    fitted = ef.fit(d, training)
    points = ef.to_points(d, fitted, rules)

    # The draft as the engine will score it: fitted points, copied ones, offsets on every rule
    # of the offset dimensions.
    activity_points, activity_caps, origins = {}, {}, {}
    for row in rules.activity.itertuples():
        if row.activity_type in points.points:
            activity_points[row.activity_type] = points.points[row.activity_type]
            activity_caps[row.activity_type] = points.caps[row.activity_type]
            origins[row.activity_type] = "fitted"
        else:
            activity_points[row.activity_type] = _number(row.points)
            activity_caps[row.activity_type] = None if row.cap in ("", None) else _number(row.cap)
            origins[row.activity_type] = "copied"
    fit_points: dict[str, dict[str, float]] = {"person": {}, "account": {}}
    for column in d.columns:
        if column.family == "activity":
            continue
        fit_points[column.family][column.name] = points.points[column.name]
        origins[column.name] = ("copied" if column.name in d.copied
                                else "suggested" if column.is_new else "fitted")
    for family, known in (("person", rules.title_values), ("account", rules.icp_values)):
        offset_dimension = ef.OFFSET_DIMENSION[family]
        for feature, values in known.items():
            if family == "person" and feature == "lead_source":
                continue
            for value, base_points in values.items():
                name = f"{feature}={value}"
                if name not in fit_points[family]:
                    extra = points.offsets[family] if feature == offset_dimension else 0.0
                    fit_points[family][name] = int(np.clip(np.round(base_points + extra), -100, 100))
                    origins[name] = "copied"
    names = set(fit_points["person"]) | set(fit_points["account"])

    def scores(subset: pd.DataFrame) -> dict[str, np.ndarray]:
        counts, onehots = evaluation_frames(features, subset, rules, names)
        return ef.engine_scores(counts, onehots, activity_points, activity_caps, fit_points["person"],
                                fit_points["account"], rules.weights)

    train_scores = scores(training)
    keyed_base = base_scores.set_index(["person_id", "cutoff_at"])
    base_train = keyed_base.reindex(pd.MultiIndex.from_frame(training[["person_id", "cutoff_at"]]))
    t = rules.thresholds
    base_person = base_train.person_score.astype(float).round(2).to_numpy()
    base_account = base_train.account_score.astype(float).round(2).to_numpy()
    base_qualified = ((base_train.total_score.astype(float).round(2).to_numpy() >= t["mql_threshold"])
                      & (base_person >= t["person_floor"]) & (base_account >= t["account_floor"]))
    rate = float(base_qualified.mean()) if mql_rate is None else mql_rate
    thresholds = ef.thresholds_for_rate(
        train_scores, rate, {"person": float((base_person < t["person_floor"]).mean()),
                             "account": float((base_account < t["account_floor"]).mean())})

    linear_train = fitted.model.decision_function(d.matrix(fitted.caps))
    report = {
        "training_rows": len(training), "holdout_rows": len(holdout), "caps": fitted.caps, "C": fitted.c,
        "scale": points.scale, "offsets": points.offsets, "clamped_share": points.clamped_share,
        "negative_behavior_share": ef.negative_behavior_share(d, fitted, rules),
        "spearman_train": float(spearmanr(train_scores["total"], linear_train).statistic),
        "mql_rate": rate, "thresholds": thresholds, "copied": d.copied,
    }
    if len(holdout):
        holdout_d = _holdout_design(features, holdout, rules, d)
        linear_holdout = fitted.model.decision_function(holdout_d.matrix(fitted.caps))
        draft_holdout = scores(holdout)["total"]
        base_holdout = keyed_base.reindex(pd.MultiIndex.from_frame(holdout[["person_id", "cutoff_at"]]))
        base_total = base_holdout.total_score.astype(float).to_numpy()
        labels = holdout.has_opportunity.astype(int).to_numpy()
        persons = holdout.person_id.to_numpy()
        report.update(
            auc_regression=ef.auc_interval(labels, linear_holdout, persons),
            auc_draft=ef.auc_interval(labels, draft_holdout, persons),
            auc_base=ef.auc_interval(labels, base_total, persons),
            auc_draft_minus_base=ef.paired_auc_difference(labels, draft_holdout, base_total, persons),
        )
    return {"activity_points": activity_points, "activity_caps": activity_caps, "points": fit_points,
            "origins": origins, "columns": d.columns, "report": report}


def _holdout_design(features: pd.DataFrame, holdout: pd.DataFrame, rules: ef.Rules, d: ef.Design) -> ef.Design:
    """The training design's columns on held-out rows (nothing about them is chosen from these rows)."""
    counts, onehots = evaluation_frames(features, holdout, rules, set(d.onehots.columns))
    counts = counts.reindex(columns=d.counts.columns).fillna(0.0)
    onehots = onehots.reindex(columns=d.onehots.columns).fillna(0.0)
    return ef.Design(d.columns, counts, onehots, d.copied)


def write_joint(seeds: Path, base: str, version: str, effective_from: str, draft: dict, as_of: str) -> dict[str, int]:
    """Append the draft's rows to the seed CSVs; returns rows written per seed."""
    report, origins, person, account = draft["report"], draft["origins"], draft["points"]["person"], draft["points"]["account"]
    written = {}

    def origin_of(row: dict, name: str) -> dict:
        return {**row, "origin": origins.get(name, "copied")}

    models_columns, models = read_seed(seeds / "scoring_models.csv")
    thresholds = report["thresholds"]
    append_rows(seeds / "scoring_models.csv", models_columns, [_new_model_row(
        models, base, version, effective_from,
        f"Fitted jointly from evidence as of {as_of}: {base}'s families in one regularised logistic "
        f"regression on the training split, scale {report['scale']:.2f}; threshold and floors keep "
        f"{base}'s MQL rate ({report['mql_rate']:.1%})",
        mql_threshold=f"{thresholds['mql_threshold']:g}", person_floor=f"{thresholds['person_floor']:g}",
        account_floor=f"{thresholds['account_floor']:g}")])

    columns, rows = read_seed(seeds / "scoring_activity_rules.csv")
    drafted = []
    for row in rows:
        if row["model_version"] != base:
            continue
        activity_type = row["activity_type"]
        cap = draft["activity_caps"][activity_type]
        drafted.append(origin_of({**row, "model_version": version,
                                  "points": f"{draft['activity_points'][activity_type]:g}",
                                  "cap": "" if cap is None else f"{cap:g}"}, activity_type))
    append_rows(seeds / "scoring_activity_rules.csv", columns, drafted)
    written["scoring_activity_rules.csv"] = len(drafted)

    columns, rows = read_seed(seeds / "scoring_title_rules.csv")
    drafted = []
    for row in rows:
        if row["model_version"] != base or row["dimension"] == "lead_source":
            continue
        name = f"{row['dimension']}={row['value']}"
        drafted.append(origin_of({**row, "model_version": version, "points": f"{person[name]:g}"}, name))
    sources = {name: points for name, points in person.items() if name.startswith("lead_source=")}
    if sources and "lead_source=*" not in sources:
        # A source the evidence never saw scores 0: the fallback every person dimension has.
        sources["lead_source=*"] = 0
        origins["lead_source=*"] = "suggested"
    for name, points in sorted(sources.items()):
        value = name.split("=", 1)[1]
        fallback = value == "*"
        drafted.append(origin_of({"model_version": version, "dimension": "lead_source", "keyword": value,
                                  "value": "other" if fallback else value, "points": f"{points:g}",
                                  "priority": "99" if fallback else "10"}, name))
    append_rows(seeds / "scoring_title_rules.csv", columns, drafted)
    written["scoring_title_rules.csv"] = len(drafted)

    columns, rows = read_seed(seeds / "scoring_icp_rules.csv")
    drafted = []
    known = set()
    for row in rows:
        if row["model_version"] != base:
            continue
        name = f"{row['attribute']}={row['value'].lower()}"
        known.add(name)
        drafted.append(origin_of({**row, "model_version": version, "points": f"{account[name]:g}"}, name))
    for name, points in sorted(account.items()):
        if name in known:
            continue
        attribute, value = name.split("=", 1)
        drafted.append(origin_of({"model_version": version, "attribute": attribute,
                                  "value": value.upper() if attribute == "country" else value,
                                  "min_value": "", "max_value": "", "points": f"{points:g}"}, name))
    append_rows(seeds / "scoring_icp_rules.csv", columns, drafted)
    written["scoring_icp_rules.csv"] = len(drafted)

    written.update(copy_base_rows(seeds, base, version))
    return written


def copy_base_rows(seeds: Path, base: str, version: str) -> dict[str, int]:
    """The base version's rows of the seeds no evidence fits, under the new version; rows per seed."""
    written = {}
    for seed in COPIED_SEEDS:
        columns, rows = read_seed(seeds / seed)
        drafted = [{**row, "model_version": version} for row in rows if row["model_version"] == base]
        append_rows(seeds / seed, columns, drafted)
        written[seed] = len(drafted)
    return written


def load_evidence(con, schema: str, base: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    features = frame(con, f"select person_id, cutoff_at, feature_family, feature, category, value, "
                          f"has_opportunity, is_holdout from {layer_schema(schema, 'intermediate')}.int_evidence_features")
    base_scores = frame(con, f"""
        select scores.person_id, scores.cutoff_at, scores.total_score, fit.person_score, fit.account_score
        from {layer_schema(schema, 'intermediate')}.int_calibration_scores as scores
        inner join {layer_schema(schema, 'intermediate')}.int_persons_fit_scored as fit
            on scores.person_id = fit.person_id and scores.model_version = fit.model_version
        where scores.model_version = '{base}'""")
    for table in (features, base_scores):
        table["cutoff_at"] = pd.to_datetime(table["cutoff_at"])
    features["value"] = features["value"].astype(float)
    features["has_opportunity"] = features["has_opportunity"].astype(bool)
    features["is_holdout"] = features["is_holdout"].astype(bool)
    return features, base_scores


def print_report(version: str, base: str, report: dict) -> None:
    print(f"Joint fit: {report['training_rows']:,} training lead-cutoffs ({report['holdout_rows']:,} held out); "
          f"L2 C = {report['C']:g}; scale S = {report['scale']:.3f}; clamps bind on "
          f"{report['clamped_share']:.2%} of training rows (behavior below 0 on "
          f"{report['negative_behavior_share']:.2%}, at any scale)")
    print("  caps (decayed events): " + ", ".join(f"{t} {('none' if k is None else f'{k:g}')}"
                                                  for t, k in sorted(report["caps"].items())))
    print(f"  Spearman(engine total of {version}, regression's linear predictor), training rows: "
          f"{report['spearman_train']:.3f}")
    t = report["thresholds"]
    print(f"  threshold {t['mql_threshold']:g}, person floor {t['person_floor']:g}, account floor "
          f"{t['account_floor']:g}: MQL rate {report['mql_rate']:.1%} on the training split")
    for name, why in sorted(report["copied"].items()):
        print(f"  not fitted: {name} ({why})")
    if "auc_draft" not in report:
        print("  no held-out rows: no held-out AUC")
        return
    for label, key in (("logistic regression", "auc_regression"), (f"draft {version}", "auc_draft"),
                       (f"{base} (in effect)", "auc_base")):
        value, low, high = report[key]
        print(f"  held-out AUC {label:<24} {value:.3f}  (95% interval {low:.3f}-{high:.3f})")
    diff, low, high = report["auc_draft_minus_base"]
    verdict = ("the interval supports 'better'" if low > 0 else
               "the interval supports 'worse'" if high < 0 else
               "the interval includes 0: this does not show the draft is better")
    print(f"  AUC({version}) - AUC({base}) on held-out persons: {diff:+.3f} "
          f"(95% paired bootstrap interval {low:+.3f} to {high:+.3f}): {verdict}")


# --- the univariate suggestions (rpt_signal_lift) ----------------------------------------------

def suggestions(con, schema: str) -> dict[tuple[str, str, str], int]:
    rows = fetch(con, f"select signal_family, signal, signal_value, suggested_points from {layer_schema(schema, 'marts')}.rpt_signal_lift "
                      "where suggested_points is not null")
    return {(family, signal, value.lower()): int(points) for family, signal, value, points in rows}


def univariate_draft(con, schema: str, seeds: Path, base: str, version: str, effective_from: str,
                     as_of: str) -> dict[str, int]:
    """Every rule the evidence speaks about alone gets rpt_signal_lift's suggested points."""
    suggested = suggestions(con, schema)
    if not suggested:
        raise SystemExit("rpt_signal_lift has no suggested points: no calibration cutoff, or no signal value "
                         "with evidence_min_volume lead-cutoffs (see the warning of assert_calibration_has_cutoffs).")
    models_columns, models = read_seed(seeds / "scoring_models.csv")
    append_rows(seeds / "scoring_models.csv", models_columns, [_new_model_row(
        models, base, version, effective_from,
        f"Drafted from evidence: {base} with the points rpt_signal_lift suggests "
        f"(weight of evidence on the training split, as of {as_of})")])
    changed = {}

    def copy(seed: str, new_points) -> None:
        columns, rows = read_seed(seeds / seed)
        drafted = []
        changed[seed] = 0
        for row in rows:
            if row["model_version"] != base:
                continue
            row = {**row, "model_version": version, "origin": "copied"}
            points = new_points(row)
            if points is not None and str(points) != row.get("points"):
                row["points"] = str(points)
                row["origin"] = "fitted"
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
    changed.update({seed: 0 for seed in copy_base_rows(seeds, base, version)})
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", required=True, help="name of the new draft version, e.g. v4")
    parser.add_argument("--postgres", action="store_true", help="read the postgres target")
    parser.add_argument("--seeds-dir", default=str(ROOT / "seeds" / "scoring"), help="where the scoring seeds are")
    parser.add_argument("--effective-from", help="date the draft would take over (default: the day after score_as_of)")
    parser.add_argument("--method", choices=["joint", "univariate"], default="joint")
    parser.add_argument("--mql-rate", type=float, help="MQL rate the draft's threshold keeps (default: the version in effect's)")
    parser.add_argument("--min-volume", type=int, default=30,
                        help="fewest training lead-cutoffs a new value needs to become a row (var evidence_min_volume)")
    args = parser.parse_args()
    seeds = Path(args.seeds_dir)
    _, models = read_seed(seeds / "scoring_models.csv")
    if any(row["model_version"] == args.version for row in models):
        raise SystemExit(f"Version {args.version} already exists in {seeds / 'scoring_models.csv'}: choose a new name.")
    con, schema = connect(args.postgres)
    try:
        (base, score_as_of), = fetch(con, f"select model_version_in_effect, score_as_of from {layer_schema(schema, 'intermediate')}.int_scoring_clock")
        as_of = str(score_as_of)[:10]
        effective_from = args.effective_from or (dt.date.fromisoformat(as_of) + dt.timedelta(days=1)).isoformat()
        if args.method == "univariate":
            changed = univariate_draft(con, schema, seeds, base, args.version, effective_from, as_of)
            print(f"Draft {args.version} written to {seeds}; rules with new points: "
                  + ", ".join(f"{seed} {count}" for seed, count in changed.items()))
        else:
            features, base_scores = load_evidence(con, schema, base)
            if features.empty or not (~features.is_holdout).any():
                raise SystemExit("int_evidence_features has no training lead-cutoffs: no calibration cutoff yet "
                                 "(see the warning of assert_calibration_has_cutoffs), nothing to fit.")
            draft = joint_draft(features, base_scores, base_rules(seeds, base), args.min_volume, args.mql_rate)
            print_report(args.version, base, draft["report"])
            written = write_joint(seeds, base, args.version, effective_from, draft, as_of)
            print(f"Draft {args.version} written to {seeds}: " + ", ".join(f"{s} {n} rows" for s, n in written.items()))
    finally:
        con.close()
    print("Next: dbt build (or make build), then compare the versions in rpt_score_calibration "
          "(auc_opportunity_holdout) and rpt_scoring_model_impact.")


if __name__ == "__main__":
    main()
