"""Account journey: where accounts stand in their buying stages now, how they moved this month,
how often each stage converts to a higher one, and the accounts stalled in their stage."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lead_qualification.dashboard import data, ui
from lead_qualification.dashboard import format as fmt

st.title("Account journey")
marts = ui.open_marts()
ui.sidebar_filters(marts, period=False, segments=False)
now = ui.as_of_caption(marts)
st.caption("An account's stage is the highest that holds: none, target, aware, engaged, qualified, opportunity, "
           "customer (docs/definitions.md, Account stages; rules in seeds/scoring/scoring_account_stages.csv).")

stages = ui.guarded(data.stages_now, marts)
order = list(stages.stage)
st.subheader("Accounts per stage now")
cells = st.columns(3)
cells[0].metric("Accounts", fmt.count(stages.accounts.sum()))
cells[1].metric("Past target", fmt.count(stages[~stages.stage.isin(["none", "target"])].accounts.sum()),
                help="Aware or further: any sign of life at the account in its window.")
cells[2].metric("Stalled", fmt.count(stages.stalled.sum()), help="In a stage longer than its stall_after_days.")
st.bar_chart(stages.set_index("stage")[["accounts", "stalled"]], stack=False, y_label="accounts", sort=False)

month_start = pd.Timestamp(now).to_period("M").to_timestamp().to_pydatetime()
st.subheader(f"Movement since {month_start:%Y-%m-%d}")
st.caption("Entered: accounts whose condition for the stage started holding, whatever stage they were at "
           "(entering qualified is an MQA). Forward, back, re-entry: accounts whose stage moved to it.")
movement = ui.guarded(data.stage_movement, marts, month_start)
entries = ui.guarded(data.stage_entries, marts, month_start)
if not ui.empty(movement, "stage changes this month"):
    moved = movement.pivot_table(index="to_stage", columns="direction", values="accounts", aggfunc="sum",
                                 fill_value=0)
    moved.insert(0, "entered", entries.set_index("stage").accounts.reindex(moved.index).fillna(0).astype(int))
    shown = moved.reindex([s for s in order if s in moved.index])
    st.dataframe(shown.rename_axis("stage").reset_index(), hide_index=True, use_container_width=True)

st.subheader("Stage conversion over time")
st.caption("Of the accounts whose stage became each one in a month, the share that reached a higher stage within "
           "stage_conversion_days (90). The latest months are still open: their window has not passed.")
conversion = ui.guarded(data.stage_conversion, marts)
if not ui.empty(conversion, "months in rpt_account_progression"):
    closed = conversion[conversion.is_conversion_window_closed.astype(bool)]
    shown = closed if len(closed) else conversion
    chart = shown.pivot_table(index="period_start", columns="stage", values="stage_conversion_rate")
    st.line_chart(chart[[s for s in order if s in chart.columns]], y_label="conversion")
    by_stage = shown.groupby("stage", sort=False)[["accounts_reached", "accounts_converted"]].sum()
    by_stage["conversion"] = (by_stage.accounts_converted / by_stage.accounts_reached.where(by_stage.accounts_reached > 0))
    st.dataframe(by_stage.reindex([s for s in order if s in by_stage.index])
                 .assign(conversion=lambda f: f.conversion.map(fmt.share)).rename_axis("stage").reset_index(),
                 hide_index=True, use_container_width=True)

st.subheader("Stalled accounts")
stalled = ui.guarded(data.stalled_accounts, marts)
if not ui.empty(stalled, "stalled accounts"):
    st.dataframe(stalled.assign(days_in_stage=stalled.days_in_stage.map(lambda d: f"{d:,.0f}"))
                 .rename(columns={"account_name": "account", "stage_entered_at": "in stage since",
                                  "days_in_stage": "days"}),
                 hide_index=True, use_container_width=True)
