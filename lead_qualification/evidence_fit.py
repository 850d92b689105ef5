"""The joint fit behind `make draft`: every rule family fitted at once on what the engine can score.

Pure functions over frames (no warehouse, no files), so tests can call them on any rows:

- ``design``: one row per training lead-cutoff, from int_evidence_features (long) to columns the
  engine can reproduce from seed rows: per activity type x_t = min(k_t, decayed count) with the
  version's half-life, and a one-hot column per rule value of each person dimension, ICP
  attribute and technology. Values no rule knows get a column of their own when they have
  ``min_volume`` training lead-cutoffs (they become new rows, origin ``suggested``), else they
  fall to the attribute's ``*`` rule, as the engine would score them.
- ``fit``: caps k_t from a small grid, chosen one type at a time by cross-validation grouped by
  person, then the L2 strength, then one regularised logistic regression (scikit-learn).
- ``to_points``: one scale S for all families, each point round(S * beta / w_family); each
  family's offset added to every rule of one dimension that always matches exactly once
  (seniority, industry), which puts its lowest training row at 0; S is the largest at which a
  family goes over 100 on at most 1% of training lead-cutoffs.
- ``engine_scores``: the engine's formula on the rounded points (caps, clamps, weights), so the
  draft's AUC is known before the build; the build's rpt_score_calibration is the real check.
- ``auc_interval`` and ``paired_auc_difference``: bootstrap over persons.

Held-out rows never enter ``design``, ``fit`` or ``to_points``: ``training`` is the only frame
they read (test_evidence_fit permutes the held-out labels and gets the same draft).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold

CAP_GRID: tuple[float | None, ...] = (1, 2, 3, 5, 10, None)
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
CV_FOLDS = 3
MAX_CLAMPED_SHARE = 0.01
# The dimension of each family that always matches exactly once (its '*' rule guarantees it):
# the family's offset is added to every one of its rules.
OFFSET_DIMENSION = {"person": "seniority", "account": "industry"}
# Attributes whose missing value has no rule (a band needs a number): '(none)' scores 0.
NO_FALLBACK = {"employee_count", "annual_revenue", "is_target_account", "email_type"}
# Exclusions are policy: fitted only when the evidence says the value converts at or above the
# base rate (they are then softened); otherwise the version's points are kept.
POLICY_DIMENSIONS = {"exclusion"}
POLICY_VALUES = {("email_type", "competitor")}


@dataclass(frozen=True)
class Column:
    family: str  # activity, person or account
    feature: str  # activity type, dimension or attribute
    value: str | None  # the rule value it stands for (None for activity counts)
    is_new: bool = False  # a value no rule of the version knows

    @property
    def name(self) -> str:
        return self.feature if self.value is None else f"{self.feature}={self.value}"


@dataclass
class Rules:
    """The version drafted from: its weights and the rule values the engine knows."""

    weights: dict[str, float]  # behavior, person, account
    activity: pd.DataFrame  # activity_type, points, half_life_days, cap
    title_values: dict[str, dict[str, float]]  # dimension -> value -> points (max over keywords)
    icp_values: dict[str, dict[str, float]]  # attribute -> lower value -> points
    thresholds: dict[str, float]  # mql_threshold, person_floor, account_floor


@dataclass
class Design:
    columns: list[Column]
    counts: pd.DataFrame  # rows x activity types: uncapped decayed counts
    onehots: pd.DataFrame  # rows x one-hot columns
    copied: dict[str, str] = field(default_factory=dict)  # what was not fitted, and why

    def matrix(self, caps: dict[str, float | None]) -> np.ndarray:
        parts = [np.minimum(self.counts[t].to_numpy(), caps.get(t) or np.inf) for t in self.counts.columns]
        return np.column_stack(parts + [self.onehots.to_numpy()]) if parts else self.onehots.to_numpy()


def rows_of(features: pd.DataFrame) -> pd.DataFrame:
    """One row per lead-cutoff with its label, holdout flag and person."""
    keys = features[["person_id", "cutoff_at", "has_opportunity", "is_holdout"]].drop_duplicates(
        ["person_id", "cutoff_at"])
    return keys.sort_values(["person_id", "cutoff_at"]).reset_index(drop=True)


def _rule_value(feature: str, category: str, rules: Rules) -> str | None:
    """The rule value the engine scores a category with ('*' the fallback; None for no rule)."""
    category = "(none)" if category is None else str(category)
    if feature in rules.title_values:
        return category if category in rules.title_values[feature] else "*"
    if feature == "lead_source":
        return "*" if category == "(none)" else category
    known = rules.icp_values.get(feature, {})
    lowered = category.lower()
    if lowered in known:
        return lowered
    if category == "(none)" and feature in NO_FALLBACK:
        return None
    return lowered if feature in ("industry", "country", "technology") and category != "(none)" else "*"


def design(features: pd.DataFrame, rows: pd.DataFrame, rules: Rules, min_volume: int) -> Design:
    """The design matrix of ``rows`` (the training lead-cutoffs) from ``features`` (long).
    Existing rule values are fitted whatever their volume (the L2 penalty keeps rare ones
    small); activity types done on fewer than ``min_volume`` rows keep their points."""
    index = pd.MultiIndex.from_frame(rows[["person_id", "cutoff_at"]])
    features = features.set_index(["person_id", "cutoff_at"])
    features = features[features.index.isin(index)].reset_index()
    copied: dict[str, str] = {}

    counts = features[features.feature_family == "activity"].pivot_table(
        index=["person_id", "cutoff_at"], columns="feature", values="value", aggfunc="sum")
    counts = counts.reindex(index).fillna(0.0)
    for activity_type in list(counts.columns):
        if activity_type not in set(rules.activity.activity_type):
            counts = counts.drop(columns=activity_type)
        elif (counts[activity_type] > 0).sum() < min_volume:
            copied[activity_type] = "fewer than evidence_min_volume lead-cutoffs did it: points copied"
            counts = counts.drop(columns=activity_type)
    counts.columns = [str(c) for c in counts.columns]

    onehot = features[features.feature_family != "activity"].copy()
    onehot["rule_value"] = [_rule_value(f, c, rules) for f, c in zip(onehot.feature, onehot.category)]
    onehot = onehot[onehot.rule_value.notna()]
    volume = onehot.groupby(["feature", "rule_value"]).size()
    # New values (no rule knows them) need volume; the rest fall to '*' (or no rule).
    known = {**{d: set(v) for d, v in rules.title_values.items()}, **{a: set(v) for a, v in rules.icp_values.items()}}
    too_rare_new = [(f, v) for (f, v), n in volume.items()
                    if v != "*" and v not in known.get(f, set()) and n < min_volume]
    for f, v in too_rare_new:
        fallback = None if f in NO_FALLBACK or f == "technology" else "*"
        onehot.loc[(onehot.feature == f) & (onehot.rule_value == v), "rule_value"] = fallback
    onehot = onehot[onehot.rule_value.notna()]
    volume = onehot.groupby(["feature", "rule_value"]).size()
    labels = rows.set_index(["person_id", "cutoff_at"]).has_opportunity.astype(float)
    onehot["label"] = labels.reindex(pd.MultiIndex.from_frame(onehot[["person_id", "cutoff_at"]])).to_numpy()
    conversion = onehot.groupby(["feature", "rule_value"]).label.mean()
    base_rate = float(labels.mean()) if len(labels) else 0.0
    columns = [Column("activity", t, None) for t in counts.columns]
    onehot_names = []
    for (feature, value), n in volume.items():
        family = "person" if feature in rules.title_values or feature == "lead_source" else "account"
        policy = feature in POLICY_DIMENSIONS or (feature, value) in POLICY_VALUES
        if policy and value not in ("none", "*") and not (n >= min_volume and conversion[(feature, value)] >= base_rate):
            # Kept as the version has it; still a column, so the other weights are not biased.
            copied[f"{feature}={value}"] = "an exclusion the evidence does not contradict: points copied"
        column = Column(family, feature, value, is_new=value not in known.get(feature, set()))
        columns.append(column)
        onehot_names.append(column.name)
    onehot["name"] = [f"{f}={v}" for f, v in zip(onehot.feature, onehot.rule_value)]
    onehot = onehot[onehot.name.isin(onehot_names)]
    wide = onehot.pivot_table(index=["person_id", "cutoff_at"], columns="name", values="value", aggfunc="max")
    wide = wide.reindex(index=index, columns=onehot_names).fillna(0.0)
    return Design(columns, counts, wide, copied)


@dataclass
class Fit:
    caps: dict[str, float | None]
    c: float
    intercept: float
    coefficients: dict[str, float]  # column name -> beta
    model: LogisticRegression


def _folds(groups: np.ndarray, y: np.ndarray) -> list:
    splitter = GroupKFold(n_splits=CV_FOLDS)
    return list(splitter.split(np.zeros(len(y)), y, groups))


def _cv_loss(x: np.ndarray, y: np.ndarray, folds: list, c: float) -> float:
    losses = []
    for train, test in folds:
        model = LogisticRegression(C=c, max_iter=2000)
        model.fit(x[train], y[train])
        losses.append(log_loss(y[test], model.predict_proba(x[test])[:, 1], labels=[0, 1]))
    return float(np.mean(losses))


def fit(d: Design, rows: pd.DataFrame) -> Fit:
    """Caps per type (grid, grouped CV), then C (grouped CV), then the final regression."""
    y = rows.has_opportunity.astype(int).to_numpy()
    folds = _folds(rows.person_id.to_numpy(), y)
    caps: dict[str, float | None] = {t: None for t in d.counts.columns}
    # Types most often done first: their cap matters most.
    order = sorted(d.counts.columns, key=lambda t: -(d.counts[t] > 0).sum())
    for activity_type in order:
        best = None
        for cap in CAP_GRID:
            trial = {**caps, activity_type: cap}
            loss = _cv_loss(d.matrix(trial), y, folds, 1.0)
            if best is None or loss < best[0] - 1e-9:
                best = (loss, cap)
        caps[activity_type] = best[1]
    x = d.matrix(caps)
    c = min(C_GRID, key=lambda value: _cv_loss(x, y, folds, value))
    model = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    coefficients = dict(zip([col.name for col in d.columns], model.coef_[0]))
    return Fit(caps, c, float(model.intercept_[0]), coefficients, model)


def family_of(column: Column) -> str:
    return {"activity": "behavior"}.get(column.family, column.family)


@dataclass
class Points:
    scale: float
    points: dict[str, int]  # column name -> points (offsets included)
    offsets: dict[str, float]  # family -> offset added to its offset dimension
    caps: dict[str, float | None]  # activity type -> cap in points (None: no cap)
    clamped_share: float


def _family_raw(d: Design, f: Fit, rules: Rules, scale: float) -> dict[str, np.ndarray]:
    x = d.matrix(f.caps)
    raw = {"behavior": np.zeros(len(x)), "person": np.zeros(len(x)), "account": np.zeros(len(x))}
    for j, column in enumerate(d.columns):
        if column.name in d.copied:
            continue
        family = family_of(column)
        raw[family] += scale * f.coefficients[column.name] / rules.weights[family] * x[:, j]
    return raw


def policy_rows(d: Design) -> np.ndarray:
    """Training rows with a value whose (exclusion) points were copied: they are meant to clamp."""
    names = [name for name in d.copied if name in d.onehots.columns]
    return (d.onehots[names].to_numpy().sum(axis=1) > 0) if names else np.zeros(len(d.onehots), dtype=bool)


def _offsets(raw: dict[str, np.ndarray]) -> dict[str, float]:
    """Each fit family shifted so its lowest training row sits at 0: its lower clamp never binds."""
    return {family: -float(raw[family].min()) if len(raw[family]) else 0.0 for family in ("person", "account")}


def _clamped_share(raw: dict[str, np.ndarray], offsets: dict[str, float], policy_rows: np.ndarray) -> float:
    """Share of training rows on which a 0-100 clamp binds that the scale can move: any family
    over 100. Behavior below 0 (negative points outweighing positive ones) binds at every scale
    and cannot be offset (no behavior rule matches everyone); ``negative_behavior_share`` reports it."""
    bound = np.zeros(len(raw["behavior"]), dtype=bool)
    for family, values in raw.items():
        bound |= (values + offsets.get(family, 0.0)) > 100 + 1e-9
    return float(bound[~policy_rows].mean()) if (~policy_rows).any() else 0.0


def negative_behavior_share(d: Design, f: Fit, rules: Rules) -> float:
    return float((_family_raw(d, f, rules, 1.0)["behavior"] < -1e-9).mean()) if len(d.onehots) else 0.0


def to_points(d: Design, f: Fit, rules: Rules) -> Points:
    """The largest scale S at which the clamps bind on at most 1% of training rows (rows with a
    copied exclusion aside: they clamp on purpose). Copied columns keep the version's points."""
    policy = policy_rows(d)

    def share(scale: float) -> float:
        raw = _family_raw(d, f, rules, scale)
        return _clamped_share(raw, _offsets(raw), policy)

    low, high = 0.0, 1.0
    while share(high) <= MAX_CLAMPED_SHARE and high < 1e4:
        low, high = high, high * 2
    for _ in range(40):
        middle = (low + high) / 2
        low, high = (middle, high) if share(middle) <= MAX_CLAMPED_SHARE else (low, middle)
    scale = low
    raw = _family_raw(d, f, rules, scale)
    offsets = _offsets(raw)
    points = {}
    for column in d.columns:
        family = family_of(column)
        if column.name in d.copied:
            points[column.name] = int(rules.title_values.get(column.feature, {}).get(column.value, 0))
            continue
        value = scale * f.coefficients[column.name] / rules.weights[family]
        if column.family != "activity" and column.feature == OFFSET_DIMENSION.get(family):
            value += offsets[family]
        points[column.name] = int(np.clip(np.round(value), -100, 100))
    caps = {}
    for activity_type, k in f.caps.items():
        p = abs(points[activity_type])
        caps[activity_type] = None if k is None else float(p * k)
    return Points(scale, points, offsets, caps, _clamped_share(raw, offsets, policy))


def engine_scores(behavior_counts: pd.DataFrame, onehots: pd.DataFrame, activity_points: dict[str, float],
                  activity_caps: dict[str, float | None], person_points: dict[str, float],
                  account_points: dict[str, float], weights: dict[str, float]) -> dict[str, np.ndarray]:
    """The engine's scores from rule points (int_behavior_*, int_*_fit_scored): per type
    sign(p) * min(cap, |p| * count), summed and clamped; person and account points summed and
    clamped; the weighted total clamped. ``onehots`` columns are 'feature=value'."""
    behavior = np.zeros(len(onehots))
    for activity_type, p in activity_points.items():
        if activity_type not in behavior_counts.columns or not p:
            continue
        value = abs(p) * behavior_counts[activity_type].to_numpy()
        cap = activity_caps.get(activity_type)
        if cap is not None:
            value = np.minimum(value, cap)
        behavior += np.sign(p) * value
    person = np.zeros(len(onehots))
    account = np.zeros(len(onehots))
    for name in onehots.columns:
        x = onehots[name].to_numpy()
        if name in person_points:
            person += person_points[name] * x
        if name in account_points:
            account += account_points[name] * x
    behavior, person, account = (np.clip(v, 0, 100) for v in (behavior, person, account))
    total = np.clip(weights["behavior"] * behavior + weights["person"] * person + weights["account"] * account, 0, 100)
    return {"behavior": behavior, "person": person, "account": account, "total": total}


def thresholds_for_rate(scores: dict[str, np.ndarray], rate: float, floor_shares: dict[str, float]) -> dict[str, float]:
    """Floors that keep out the same share of rows as the version's floors, then the threshold
    at which the share of rows qualifying (total >= threshold, fit at or over both floors)
    is ``rate``."""
    floors = {}
    for family, column in (("person", "person_floor"), ("account", "account_floor")):
        share = floor_shares[family]
        floors[column] = float(np.round(np.quantile(scores[family], share), 2)) if share > 0 else 0.0
    passing = (scores["person"] >= floors["person_floor"]) & (scores["account"] >= floors["account_floor"])
    totals = np.sort(scores["total"][passing])[::-1]
    wanted = int(round(rate * len(scores["total"])))
    if wanted <= 0 or len(totals) == 0:
        threshold = 100.0
    else:
        threshold = float(np.floor(totals[min(wanted, len(totals)) - 1] * 100) / 100)
    return {**floors, "mql_threshold": threshold}


def auc(labels: np.ndarray, scores: np.ndarray) -> float:
    labels = np.asarray(labels).astype(int)
    return float(roc_auc_score(labels, scores)) if 0 < labels.sum() < len(labels) else float("nan")


def _person_bootstrap(persons: np.ndarray, reps: int, seed: int):
    rng = np.random.default_rng(seed)
    unique, inverse = np.unique(persons, return_inverse=True)
    members = [np.flatnonzero(inverse == i) for i in range(len(unique))]
    for _ in range(reps):
        chosen = rng.integers(0, len(unique), len(unique))
        yield np.concatenate([members[i] for i in chosen])


def auc_interval(labels, scores, persons, reps: int = 1000, seed: int = 7) -> tuple[float, float, float]:
    """AUC with a 95% percentile interval, resampling persons (a person's cutoffs go together)."""
    labels, scores = np.asarray(labels).astype(int), np.asarray(scores, dtype=float)
    draws = [auc(labels[i], scores[i]) for i in _person_bootstrap(np.asarray(persons), reps, seed)]
    low, high = np.nanpercentile(draws, [2.5, 97.5])
    return auc(labels, scores), float(low), float(high)


def paired_auc_difference(labels, scores_a, scores_b, persons, reps: int = 1000,
                          seed: int = 7) -> tuple[float, float, float]:
    """AUC(a) - AUC(b) on the same rows with a 95% interval, persons resampled together."""
    labels = np.asarray(labels).astype(int)
    a, b = np.asarray(scores_a, dtype=float), np.asarray(scores_b, dtype=float)
    draws = [auc(labels[i], a[i]) - auc(labels[i], b[i]) for i in _person_bootstrap(np.asarray(persons), reps, seed)]
    low, high = np.nanpercentile(draws, [2.5, 97.5])
    return auc(labels, a) - auc(labels, b), float(low), float(high)
