"""Buying groups: one account's roles as a card; reach and coverage across target accounts."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lead_qualification.dashboard import data, ui
from lead_qualification.dashboard import format as fmt

STATUS_MARK = {"active": ":green[**active**]", "engaged": ":green[**engaged**]", "aware": ":orange[**aware**]",
               "not_yet": ":gray[**not yet**]"}

st.title("Buying groups")
marts = ui.open_marts()
ui.sidebar_filters(marts, period=False, segments=False)
ui.as_of_caption(marts)

accounts = ui.guarded(data.target_accounts, marts)
if ui.empty(accounts, "accounts with a buying group: configure roles in seeds/scoring/scoring_buying_group_roles.csv"):
    st.stop()
labels = {row.account_id: f"{row.account_name} ({'target, ' if row.is_target_account else ''}tier {row.tier})"
          for row in accounts.itertuples()}
account_id = st.selectbox("Account", list(labels), format_func=labels.get, key="account")
chosen = accounts[accounts.account_id == account_id].iloc[0]
roles = ui.guarded(data.buying_group, marts, account_id)

st.subheader(f"{chosen.account_name}: reach {fmt.share(chosen.reach, 0)}, coverage {fmt.share(chosen.coverage, 0)}")
if not ui.empty(roles, "roles for this account"):
    for start in range(0, len(roles), 3):
        for column, role in zip(st.columns(3), roles.iloc[start:start + 3].itertuples()):
            with column.container(border=True):
                st.markdown(f"**{role.role.replace('_', ' ').title()}**" + (" · required" if role.is_required else ""))
                st.markdown(STATUS_MARK.get(role.status, role.status))
                if pd.notna(role.holder_lead_id):
                    st.caption(f"{role.holder_title or 'no title'} · {role.holder_seniority or '-'} · "
                               f"lead {role.holder_lead_id}")
                    last = "-" if pd.isna(role.last_activity_at) else f"{pd.Timestamp(role.last_activity_at):%Y-%m-%d}"
                    st.caption(f"Behavior {fmt.score(role.behavior_score)} · last activity {last}")
                else:
                    st.caption("Nobody holds this role yet.")

st.subheader("Target accounts: reach and coverage")
coverage = ui.guarded(data.reach_and_coverage, marts)
if not ui.empty(coverage, "target accounts (is_target_account) in dim_accounts"):
    left, right = st.columns(2)
    left.metric("Target accounts", fmt.count(len(coverage)))
    right.metric("Median coverage", fmt.share(coverage.coverage.median(), 0))
    st.bar_chart(coverage.coverage.map(lambda c: fmt.share(c, 0)).value_counts().sort_index(),
                 x_label="coverage (required roles engaged)", y_label="accounts")
    st.dataframe(coverage.assign(reach=coverage.reach.map(fmt.share), coverage=coverage.coverage.map(fmt.share))
                 .rename(columns={"account_name": "account", "engaged_people": "engaged", "is_mqa": "MQA"}),
                 hide_index=True, use_container_width=True)
