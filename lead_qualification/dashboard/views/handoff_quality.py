"""Handoff quality: how fast (on the wall clock and in business hours) and how well sales follows up MQLs,
by segment and over time."""

from __future__ import annotations

import streamlit as st

from lead_qualification.dashboard import data, ui
from lead_qualification.dashboard import format as fmt

st.title("Handoff quality")
marts = ui.open_marts()
filters = ui.sidebar_filters(marts)
ui.as_of_caption(marts)

frame = ui.guarded(data.handoffs, marts, filters)
if ui.empty(frame, "MQLs in this period and segment: widen the filters"):
    st.stop()
overall = data.handoff_rates(frame).iloc[0]
cells = st.columns(6)
cells[0].metric("MQLs", fmt.count(overall.mqls))
cells[1].metric("Median to first touch", fmt.minutes(overall.median_minutes))
cells[2].metric("Touched in 5 min", fmt.share(overall.touched_within_5m))
cells[3].metric("Touched in 1 h", fmt.share(overall.touched_within_1h))
cells[4].metric("Touched in 24 h", fmt.share(overall.touched_within_24h))
cells[5].metric("Meeting rate", fmt.share(overall.meeting))
cells = st.columns(6)
cells[0].metric("Median in business hours", fmt.minutes(overall.median_business_minutes),
                help="Working minutes of the owner's calendar (docs/definitions.md, Business hours)")
cells[1].metric("Touched in 1 business h", fmt.share(overall.touched_within_1_business_hour))
cells[2].metric("Touched in 24 business h", fmt.share(overall.touched_within_24_business_hours))
cells = st.columns(4)
cells[0].metric("Opportunity rate", fmt.share(overall.opportunity))
cells[1].metric("Meeting to opportunity", fmt.share(overall.meeting_to_opportunity))
cells[2].metric("Pipeline created", fmt.money(overall.pipeline_created))
cells[3].metric("Closed-won", fmt.money(overall.closed_won))

st.subheader("Minutes to first touch")
st.bar_chart(data.minutes_distribution(frame), x="band", y="mqls", x_label="time to first human touch",
             y_label="MQLs", sort=False)

st.subheader("By segment")
labels = {"lead_source": "Lead source", "tier": "Tier", "owner_id": "Owner", "model_version": "Scoring version"}
by = st.radio("Segment", list(labels), format_func=labels.get, horizontal=True, key="segment")
rates = data.handoff_rates(frame, by=by)


def readable(table):
    shown = table.copy()
    for column in data.RATE_COLUMNS:
        shown[column] = shown[column].map(fmt.share)
    shown["meeting_to_opportunity"] = shown.meeting_to_opportunity.map(fmt.share)
    for column in ("median_minutes", "p95_minutes", "median_business_minutes"):
        shown[column] = shown[column].map(fmt.minutes)
    for column in ("pipeline_created", "closed_won"):
        shown[column] = shown[column].map(fmt.money)
    return shown.rename(columns={**data.RATE_COLUMNS, "median_minutes": "median to touch",
                                 "p95_minutes": "p95 to touch", "median_business_minutes": "median, business h",
                                 "mql_accounts": "accounts"})


st.dataframe(readable(rates).rename(columns={"segment": labels[by]}), hide_index=True, use_container_width=True)

st.subheader("Over time")
grain = st.radio("Period", ["week", "month"], index=1, horizontal=True, key="grain")
trend = data.handoff_rates_over_time(frame, grain)
st.line_chart(trend.set_index("period_start")[list(data.RATE_COLUMNS)].rename(columns=data.RATE_COLUMNS),
              y_label="share of MQLs")
st.dataframe(readable(trend).rename(columns={"period_start": grain}), hide_index=True, use_container_width=True)
