"""Today: accounts to work first, what qualified since yesterday, and who is still waiting."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from lead_qualification.dashboard import data, ui
from lead_qualification.dashboard import format as fmt

st.title("Today")
marts = ui.open_marts()
filters = ui.sidebar_filters(marts, period=False)
now = ui.as_of_caption(marts)
since = dt.datetime.combine(now.date() - dt.timedelta(days=1), dt.time.min)

mqls = ui.guarded(data.new_mqls, marts, since, filters)
mqas = ui.guarded(data.new_mqas, marts, since, filters)
waiting = ui.guarded(data.untouched_mqls, marts, now, filters)
left, middle, right = st.columns(3)
left.metric(f"New MQLs since {since:%b %d}", fmt.count(len(mqls)))
middle.metric(f"New MQAs since {since:%b %d}", fmt.count(len(mqas)))
right.metric("MQLs not touched yet", fmt.count(len(waiting)),
             help="Each person's latest MQL with no human touch and no disposition.")

st.subheader("Accounts to work first")
accounts = ui.guarded(data.priority_accounts, marts, filters)
if not ui.empty(accounts, "ranked accounts for these filters"):
    st.dataframe(
        accounts.assign(
            priority_score=accounts.priority_score.map(fmt.score),
            reach=accounts.reach.map(fmt.share),
            coverage=accounts.coverage.map(fmt.share),
        ).rename(columns={"priority_rank": "rank", "account_name": "account", "is_target_account": "target",
                          "is_mqa": "MQA", "priority_score": "priority", "engaged_people": "engaged"}),
        hide_index=True, use_container_width=True)

st.subheader(f"New MQLs since {since:%A %b %d}")
if not ui.empty(mqls, f"MQLs since {since:%b %d}"):
    st.dataframe(mqls.rename(columns={"account_name": "account", "owner_id": "owner",
                                      "trigger_activity_type": "trigger"}),
                 hide_index=True, use_container_width=True)

st.subheader(f"New MQAs since {since:%A %b %d}")
if not ui.empty(mqas, f"MQAs since {since:%b %d}"):
    st.dataframe(mqas.assign(coverage=mqas.coverage.map(fmt.share)).rename(columns={"account_name": "account"}),
                 hide_index=True, use_container_width=True)

st.subheader("MQLs still untouched, longest waiting first")
if not ui.empty(waiting, "untouched MQLs: every MQL has been worked"):
    st.dataframe(
        waiting.assign(waiting=(waiting.waiting_hours * 60).map(fmt.minutes))
        [["waiting", "mql_at", "lead_id", "account_id", "tier", "lead_source", "owner_id", "model_version"]]
        .rename(columns={"owner_id": "owner", "account_id": "account"}),
        hide_index=True, use_container_width=True)
