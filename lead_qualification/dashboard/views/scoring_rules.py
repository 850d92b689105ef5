"""Scoring rules: versions and drafts, what changed, what the rules can see, MQL volume as scored and
as restated."""

from __future__ import annotations

import streamlit as st

from lead_qualification.dashboard import data, ui
from lead_qualification.dashboard import format as fmt

st.title("Scoring rules")
marts = ui.open_marts()
ui.sidebar_filters(marts, period=False, segments=False)
ui.as_of_caption(marts)

versions = ui.guarded(data.scoring_versions, marts)
if ui.empty(versions, "scoring versions: seeds/scoring/scoring_models.csv is empty"):
    st.stop()
st.subheader("Versions")
st.dataframe(versions, hide_index=True, use_container_width=True)

st.subheader("What changed")
changes = ui.guarded(data.rule_changes, marts)
if len(changes) == 0:
    st.info("No activity rule differs between consecutive versions (thresholds and weights are in the table above).")
else:
    st.dataframe(changes, hide_index=True, use_container_width=True)

st.subheader("What the rules can see")
st.caption("Version in effect, from rpt_rule_coverage: how many handraisers and high-behavior people each floor "
           "keeps out, which inputs are missing, and values no rule knows (they score the '*' rule).")
coverage = ui.guarded(data.rule_coverage, marts)
left, middle, right = st.columns(3)
left.dataframe(coverage["floors"], hide_index=True, use_container_width=True)
middle.dataframe(coverage["missing"], hide_index=True, use_container_width=True)
right.dataframe(coverage["unrecognised"], hide_index=True, use_container_width=True)

st.subheader("MQL volume: as scored and as restated")
volume = ui.guarded(data.mql_volume_scored_and_restated, marts)
if not ui.empty(volume, "months in rpt_scoring_model_impact"):
    chart = volume.pivot_table(index="period_start", columns="model_version", values="restated_mqls", aggfunc="sum")
    chart.columns = [f"{c} restated" for c in chart.columns]
    scored = volume[volume.is_in_effect.astype(bool)].groupby("period_start").scored_mqls.sum().rename("scored in production")
    st.line_chart(chart.join(scored), y_label="MQLs")
    st.dataframe(volume, hide_index=True, use_container_width=True)

st.subheader("Accounts each version would bring in or drop today")
accounts = ui.guarded(data.account_changes, marts)
if not ui.empty(accounts, "account changes: every version qualifies the same accounts as production"):
    st.dataframe(accounts.assign(accounts=accounts.accounts.map(fmt.count)), hide_index=True, use_container_width=True)
