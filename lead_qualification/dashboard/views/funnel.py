"""Funnel: lead level beside account level, stage to stage, with pipeline and closed-won."""

from __future__ import annotations

import streamlit as st

from lead_qualification.dashboard import data, ui
from lead_qualification.dashboard import format as fmt

st.title("Funnel")
marts = ui.open_marts()
filters = ui.sidebar_filters(marts, segments=False)
ui.as_of_caption(marts)
st.caption("Leads count MQL events; accounts count each account once per period (rpt_funnel). "
           "Stages are 'reached at least', so every rate stays between 0 and 100%.")

grain = st.radio("Period", ["month", "quarter"], horizontal=True, key="funnel_grain")
periods = ui.guarded(data.funnel, marts, grain, filters)
if ui.empty(periods, f"{grain}s in this period"):
    st.stop()
stages = data.funnel_stages(periods)
cells = st.columns(4)
cells[0].metric("MQL accounts", fmt.count(stages.accounts[1]), help="Distinct accounts with an MQL, summed over periods.")
cells[1].metric("Opportunities", fmt.count(periods.opportunities.sum()))
cells[2].metric("Pipeline created", fmt.money(periods.pipeline_created.sum()))
cells[3].metric("Closed-won", fmt.money(periods.closed_won_amount.sum()))

st.subheader("Stage by stage")
st.bar_chart(stages.set_index("stage")[["leads", "accounts"]], stack=False, y_label="reached", sort=False)
st.dataframe(stages.assign(leads=stages.leads.map(fmt.count), accounts=stages.accounts.map(fmt.count),
                           leads_conversion=stages.leads_conversion.map(fmt.share),
                           accounts_conversion=stages.accounts_conversion.map(fmt.share))
             .rename(columns={"leads_conversion": "lead conversion from previous",
                              "accounts_conversion": "account conversion from previous"}),
             hide_index=True, use_container_width=True)

st.subheader(f"By {grain}")
shown = periods[["period_start", "mql_leads", "mql_accounts", "worked_accounts", "meeting_accounts",
                 "opportunity_accounts", "won_accounts", "mql_to_worked_rate_accounts",
                 "meeting_to_opportunity_rate_accounts", "pipeline_created", "closed_won_amount"]].copy()
for column in ("mql_to_worked_rate_accounts", "meeting_to_opportunity_rate_accounts"):
    shown[column] = shown[column].map(fmt.share)
for column in ("pipeline_created", "closed_won_amount"):
    shown[column] = shown[column].map(fmt.money)
st.dataframe(shown.rename(columns={"period_start": grain}), hide_index=True, use_container_width=True)
