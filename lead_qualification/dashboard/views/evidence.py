"""Evidence: does the score predict pipeline? Conversion by band, AUC, and signal lift."""

from __future__ import annotations

import streamlit as st

from lead_qualification.dashboard import data, ui
from lead_qualification.dashboard import format as fmt

st.title("Evidence")
marts = ui.open_marts()
ui.sidebar_filters(marts, period=False, segments=False)
ui.as_of_caption(marts)

scores = ui.guarded(data.auc, marts)
if ui.empty(scores, "calibration rows: rpt_score_calibration needs monthly cutoffs with outcomes"):
    st.stop()
st.subheader("AUC by version (1.0 perfect, 0.5 a coin)")
cells = st.columns(len(scores))
for cell, row in zip(cells, scores.itertuples()):
    cell.metric(f"{row.model_version} ({row.status})", fmt.ratio(row.auc_opportunity),
                help=f"held out {fmt.ratio(row.auc_opportunity_holdout)}; won {fmt.ratio(row.auc_won)}; "
                     f"account opportunity {fmt.ratio(row.auc_account_opportunity)}")

st.subheader("Conversion by score band")
band_type = st.radio("Bands", ["decile", "grade"], horizontal=True, key="band_type")
bands = ui.guarded(data.calibration, marts, band_type)
if not ui.empty(bands, f"{band_type} bands"):
    chart = bands.pivot_table(index="band_order", columns="model_version", values="opportunity_rate")
    st.bar_chart(chart, stack=False, x_label=band_type, y_label="opportunity rate")
    st.dataframe(bands.assign(opportunity_rate=bands.opportunity_rate.map(fmt.share),
                              account_opportunity_rate=bands.account_opportunity_rate.map(fmt.share),
                              opportunity_lift=bands.opportunity_lift.map(fmt.ratio)),
                 hide_index=True, use_container_width=True)

st.subheader("Signal lift and suggested points")
lift = ui.guarded(data.signal_lift, marts)
if not ui.empty(lift, "signals in rpt_signal_lift"):
    only_sufficient = st.toggle("Only signals with enough volume", value=True, key="sufficient")
    shown = lift[lift.is_sufficient_volume.astype(bool)] if only_sufficient else lift
    st.dataframe(shown.assign(conversion_rate=shown.conversion_rate.map(fmt.share), lift=shown.lift.map(fmt.ratio),
                              information_value=shown.information_value.map(lambda v: f"{v:.3f}")),
                 hide_index=True, use_container_width=True)
