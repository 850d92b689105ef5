"""Pipeline: every opportunity, by channel under a chosen attribution model, sourced against
influenced, win rate by segment, and what programs cost."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lead_qualification.dashboard import data, ui
from lead_qualification.dashboard import format as fmt

st.title("Pipeline")
marts = ui.open_marts()
filters = ui.sidebar_filters(marts, segments=False)
ui.as_of_caption(marts)
st.caption("Every opportunity, credited to an MQL or not (rpt_pipeline): created figures by the month "
           "of creation, closed figures by the month of the close.")

months = ui.guarded(data.pipeline, marts, filters)
if ui.empty(months, "months with pipeline in this period"):
    st.stop()
overall = data.pipeline_by(months, "all").iloc[0]
cells = st.columns(4)
cells[0].metric("Pipeline created", fmt.money(overall.pipeline), help="Amount of the opportunities created.")
cells[1].metric("Closed-won", fmt.money(overall.closed_won_amount))
cells[2].metric("Win rate", fmt.share(overall.win_rate), help="Won of the opportunities closed.")
cells[3].metric("Deals influenced", fmt.count(overall.deals_influenced),
                help="Opportunities with a marketing touch in the lookback, sourced ones included.")

st.subheader("Pipeline by channel")
model_label = st.radio("Attribution model", list(data.ATTRIBUTION_MODELS), horizontal=True, key="attribution")
model = data.ATTRIBUTION_MODELS[model_label]
channels = months[months.segment_dimension == "channel"]
by_month = channels.pivot_table(index="period_start", columns="segment_value", values=f"{model}_pipeline",
                                aggfunc="sum").fillna(0).astype(float)
st.bar_chart(by_month.rename(index=fmt.month), y_label=f"pipeline ({model_label})")
st.caption("Each deal's amount split over the channels that touched it; '(no touch)' holds the deals "
           "without a marketing touch, so the channels add up to the pipeline created.")

st.subheader("Sourced and influenced")
sourcing = months[months.segment_dimension == "sourcing"].pivot_table(
    index="period_start", columns="segment_value", values="pipeline", aggfunc="sum").fillna(0).astype(float)
st.bar_chart(sourcing.rename(index=fmt.month), y_label="pipeline created")

st.subheader("Win rate and days to close by segment")
segment_label = st.selectbox("Segment", list(data.PIPELINE_SEGMENTS), key="pipeline_segment")
segments = data.pipeline_by(months, data.PIPELINE_SEGMENTS[segment_label])
st.dataframe(pd.DataFrame({
    segment_label: segments.segment_value,
    "opportunities": segments.opportunities.map(fmt.count),
    "pipeline": segments.pipeline.map(fmt.money),
    "closed": segments.closed_opportunities.map(fmt.count),
    "won": segments.won_opportunities.map(fmt.count),
    "win rate": segments.win_rate.map(fmt.share),
    "closed-won": segments.closed_won_amount.map(fmt.money),
}), hide_index=True, width="stretch")
totals = months[months.segment_dimension == "all"]
st.dataframe(pd.DataFrame({
    "month": totals.period_start,
    "median days to close": totals.median_days_to_close.map(fmt.ratio),
    "p90 days to close": totals.p90_days_to_close.map(fmt.ratio),
    "win rate": totals.win_rate.map(fmt.share),
}), hide_index=True, width="stretch")

st.subheader("Cost per MQL")
campaigns = data.pipeline_by(months, "campaign")
campaigns = campaigns[campaigns.spend.notna()]
if not ui.empty(campaigns, "spend in this period (load raw campaign_spend)"):
    st.dataframe(pd.DataFrame({
        "campaign": campaigns.segment_value,
        "spend": campaigns.spend.map(fmt.money),
        "MQLs": campaigns.mqls.map(fmt.count),
        "cost per MQL": campaigns.cost_per_mql.map(fmt.money),
        "pipeline (W-shaped)": campaigns.w_shaped_pipeline.map(fmt.money),
        "pipeline per unit of spend": campaigns.pipeline_per_spend.map(fmt.ratio),
    }), hide_index=True, width="stretch")

st.subheader("Program velocity")
velocity = ui.guarded(data.program_velocity, marts)
st.dataframe(pd.DataFrame({
    "campaign": velocity.campaign,
    "MQLs": velocity.mqls.map(fmt.count),
    "median days to MQL": velocity.median_days_to_mql.map(fmt.ratio),
    "opportunities": velocity.opportunities.map(fmt.count),
    "median days to opportunity": velocity.median_days_to_opportunity.map(fmt.ratio),
    "cost per MQL": velocity.cost_per_mql.map(fmt.money),
}), hide_index=True, width="stretch")

st.subheader("Largest deals")
largest = ui.guarded(data.deals, marts, filters)
st.dataframe(largest.assign(amount=largest.amount.map(fmt.money)), hide_index=True, width="stretch")
if len(largest):
    chosen = st.selectbox("Touches of", list(largest.opportunity_id), key="deal_touches")
    touches = ui.guarded(data.deal_touches, marts, chosen)
    if not ui.empty(touches, "marketing touches before this deal"):
        credits = [column for column in touches.columns if column.endswith("_credit")]
        st.dataframe(touches.assign(**{column: touches[column].map(fmt.share) for column in credits}),
                     hide_index=True, width="stretch")
