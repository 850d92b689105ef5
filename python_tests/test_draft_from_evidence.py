"""From evidence to rules: `python -m lead_qualification.draft_from_evidence` on the built demo writes a draft
version into a copy of the project, and the copy's build restates and calibrates it."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest

from python_tests.harness import ROOT, World


@pytest.fixture(scope="module")
def drafted(worlds, tmp_path_factory):
    built = worlds.get("demo", "duckdb")
    project = tmp_path_factory.mktemp("project") / "lead_qualification"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
        ".venv", "target", "logs", ".git", "__pycache__", ".pytest_cache", "dbt_packages"))
    env = dict(os.environ, LEAD_QUALIFICATION_DUCKDB_PATH=built.world.duckdb_path)
    done = subprocess.run([sys.executable, "-m", "lead_qualification.draft_from_evidence", "--version", "v9", "--method", "univariate",
                           "--seeds-dir", str(project / "seeds" / "scoring")],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    world = World("duckdb", tmp_path_factory.mktemp("drafted"), project_dir=project)
    result = world.dbt("build")
    assert result.ok, result.output[-6000:]
    return built, project, world, done.stdout


def _rows(path, version):
    with path.open(newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["model_version"] == version]


def test_the_draft_takes_the_suggested_points(drafted):
    built, project, _world, output = drafted
    assert "Draft v9 written" in output
    (model,) = _rows(project / "seeds" / "scoring" / "scoring_models.csv", "v9")
    assert (model["status"], model["restate"]) == ("draft", "true")
    assert model["change_reason"].startswith("Drafted from evidence: v2")
    suggested = {r.signal: int(r.suggested_points) for r in built.query(
        "select signal, suggested_points from {schema}.rpt_signal_lift "
        "where signal_family = 'activity' and signal_value = '0-30d' and suggested_points is not null").itertuples()}
    base = {r["activity_type"]: r for r in _rows(project / "seeds" / "scoring" / "scoring_activity_rules.csv", "v2")}
    for rule in _rows(project / "seeds" / "scoring" / "scoring_activity_rules.csv", "v9"):
        expected = suggested.get(rule["activity_type"], int(base[rule["activity_type"]]["points"]))
        assert int(rule["points"]) == expected, rule
        assert rule["half_life_days"] == base[rule["activity_type"]]["half_life_days"]
    # rules without enough evidence are copied unchanged (contact_us has under 30 lead-cutoffs)
    assert "contact_us" not in suggested
    # the other seeds carry the version too
    for seed in ("scoring_title_rules.csv", "scoring_icp_rules.csv", "scoring_buying_group_roles.csv",
                 "scoring_account_stages.csv"):
        assert len(_rows(project / "seeds" / "scoring" / seed, "v9")) == len(_rows(project / "seeds" / "scoring" / seed, "v2"))
    # the original seeds are untouched
    assert not _rows(ROOT / "seeds" / "scoring" / "scoring_models.csv", "v9")


def test_the_draft_is_calibrated_and_restated(drafted):
    _built, _project, world, _output = drafted
    auc = {r.model_version: Decimal(str(r.auc_opportunity_holdout)) for r in world.query(
        "select model_version, auc_opportunity_holdout from {schema}.rpt_score_calibration "
        "where band_type = 'overall'").itertuples()}
    assert set(auc) == {"v1", "v2", "v3", "v9"}
    assert all(Decimal("0.5") < value <= 1 for value in auc.values())
    impact = world.query("select count(*) as months, sum(restated_mqls) as mqls "
                         "from {schema}.rpt_scoring_model_impact where model_version = 'v9'").iloc[0]
    assert impact.months > 0 and impact.mqls > 0
    print(f"held-out AUC: {auc}")


def test_an_existing_version_is_refused(drafted):
    built, project, _world, _output = drafted
    env = dict(os.environ, LEAD_QUALIFICATION_DUCKDB_PATH=built.world.duckdb_path)
    done = subprocess.run([sys.executable, "-m", "lead_qualification.draft_from_evidence", "--version", "v2",
                           "--seeds-dir", str(project / "seeds" / "scoring")],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode != 0 and "already exists" in done.stderr


def test_the_joint_fit_reads_the_same_rows_through_every_adapter(worlds):
    """The joint draft fitted from the demo built on DuckDB and on PostgreSQL (int_evidence_features
    and the scores read through each engine's driver): the same caps, scale and threshold, and
    the same points up to one point where the optimiser's last digits round the other way."""
    from lead_qualification.demo_world.writers import postgres_connection
    from lead_qualification import draft_from_evidence as dfe
    import duckdb

    drafts = {}
    for engine in ("duckdb", "postgres"):
        built = worlds.get("demo", engine)
        con = (duckdb.connect(built.world.duckdb_path, read_only=True) if engine == "duckdb"
               else postgres_connection())
        try:
            features, base_scores = dfe.load_evidence(con, built.world.schema, "v2")
        finally:
            con.close()
        drafts[engine] = dfe.joint_draft(features, base_scores, dfe.base_rules(ROOT / "seeds" / "scoring", "v2"), 30)
    duck, pg = drafts["duckdb"], drafts["postgres"]
    assert duck["report"]["training_rows"] == pg["report"]["training_rows"] > 0
    assert duck["activity_caps"].keys() == pg["activity_caps"].keys()
    assert duck["report"]["caps"] == pg["report"]["caps"]
    assert abs(duck["report"]["scale"] - pg["report"]["scale"]) < 1e-3 * duck["report"]["scale"]
    for family in ("person", "account"):
        assert duck["points"][family].keys() == pg["points"][family].keys()
        assert all(abs(duck["points"][family][k] - pg["points"][family][k]) <= 1 for k in duck["points"][family])
    assert all(abs(duck["activity_points"][k] - pg["activity_points"][k]) <= 1 for k in duck["activity_points"])
    assert abs(duck["report"]["auc_draft"][0] - pg["report"]["auc_draft"][0]) < 0.002
