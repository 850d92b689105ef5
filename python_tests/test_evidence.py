"""Calibration and signal lift: the AUC macro on hand-computed and generated sets, and the
evidence marts on the demo."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from python_tests.conftest import ENGINES
from python_tests.harness import World, postgres_configured

# Four distinct scores, ties within them. P = 4, N = 4.
#   score 1: 0 pos, 2 neg | score 2: 1 pos, 1 neg | score 3: 1 pos, 0 neg | score 4: 2 pos, 1 neg
#   sum of pos * (neg below + 0.5 * neg equal) = 1 * (2 + 0.5) + 1 * (3 + 0) + 2 * (3 + 0.5) = 12.5
#   AUC = 12.5 / (4 * 4) = 0.78125
TIES = ("select 1 as g, score, label from (values (1, false), (1, false), (2, true), (2, false), "
        "(3, true), (4, true), (4, true), (4, false)) as t(score, label)")
# 20,000 generated rows: the label is the score's upper half (perfect), or independent of it
# (two unrelated congruences: random).
PERFECT = "select 2 as g, i as score, i > 10000 as label from generate_series(1, 20000) as s(i)"
RANDOM = ("select 3 as g, mod(i * 7919, 1000) as score, mod(i * 104729, 997) < 300 as label "
          "from generate_series(1, 20000) as s(i)")
# A score that ties everything: no information, AUC exactly 0.5.
ALL_TIED = "select 4 as g, 1 as score, mod(i, 3) = 0 as label from generate_series(1, 300) as s(i)"


@pytest.fixture(scope="module", params=ENGINES)
def auc(request, tmp_path_factory):
    if request.param == "postgres" and not postgres_configured():
        pytest.skip("PostgreSQL not configured")
    world = World(request.param, tmp_path_factory.mktemp("auc"))
    data = " union all ".join(f"({part})" for part in (TIES, PERFECT, RANDOM, ALL_TIED))
    sql = "{{ roc_auc('(" + data.replace("'", "\\'") + ") as data', ['g'], 'score', 'label') }} order by g"
    result = world.dbt("show", "--inline", sql, "--output", "json", "--limit", "10")
    assert result.ok, result.output[-3000:]
    rows = json.loads(re.search(r'\{\s*"show".*\}', result.output, re.S).group(0))["show"]
    return {row["g"]: row for row in rows}


def test_auc_with_ties_by_hand(auc):
    assert (auc[1]["positives"], auc[1]["negatives"]) == (4, 4)
    assert auc[1]["auc"] == pytest.approx(0.78125, abs=1e-12)


def test_auc_of_a_perfect_and_a_random_score(auc):
    assert auc[2]["auc"] == pytest.approx(1.0, abs=1e-12)
    assert auc[3]["auc"] == pytest.approx(0.5, abs=0.02)
    assert auc[4]["auc"] == pytest.approx(0.5, abs=1e-12)


def _d(value):
    return None if value is None else Decimal(str(value))


def test_calibration_on_the_demo(demo):
    """Every version is calibrated; the deciles hold a tenth each and the top decile converts
    above the base rate; AUC is between 0.5 and 1 and the held-out split is about 30%."""
    got = demo.query("select * from {schema}.rpt_score_calibration")
    overall = got[got.band_type == "overall"].set_index("model_version")
    assert set(overall.index) == {"v1", "v2", "v3"}
    for version, row in overall.iterrows():
        assert Decimal("0.5") < _d(row.auc_opportunity) <= 1
        assert _d(row.auc_opportunity_holdout) is not None
        deciles = got[(got.model_version == version) & (got.band_type == "decile")].sort_values("band_order")
        assert list(deciles.band_order) == list(range(1, 11))
        assert max(deciles.lead_cutoffs) - min(deciles.lead_cutoffs) <= 1
        assert sum(deciles.lead_cutoffs) == row.lead_cutoffs
        assert _d(deciles.iloc[-1].opportunity_lift) > 1
    holdout = demo.query("select avg(case when is_holdout then 1.0 else 0.0 end) as share "
                         "from {schema}.int_calibration_outcomes").iloc[0].share
    assert 0.2 < float(holdout) < 0.4


def test_signal_lift_on_the_demo(demo):
    got = demo.query("select * from {schema}.rpt_signal_lift")
    # every signal's values partition the training lead-cutoffs
    per_signal = got.groupby(["signal_family", "signal"]).lead_cutoffs.sum()
    assert per_signal.nunique() == 1
    assert {"activity", "person", "account"} == set(got.signal_family)
    assert {"exclusion", "lead_source"} <= set(got[got.signal_family == "person"].signal)
    # the volume guard: no suggestion under the minimum volume
    small = got[got.lead_cutoffs < 30]
    assert small.suggested_points.isna().all()
    assert got[got.lead_cutoffs >= 30].suggested_points.notna().all()
    # no demo exclusion converts at the base rate (students, interns, job seekers never convert)
    exclusions = got[got.signal == "exclusion"]
    assert not exclusions.is_exclusion_converting.any()
    assert set(exclusions[exclusions.signal_value != "none"].opportunities) == {0}
