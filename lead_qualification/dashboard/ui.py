"""What every page shares: the connection, the sidebar filters, and messages instead of tracebacks."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from lead_qualification.dashboard import data


@st.cache_resource
def marts() -> data.Marts:
    return data.Marts()


@st.cache_data(ttl=300, show_spinner=False)
def _options(_marts: data.Marts, key: str) -> dict:
    return data.filter_options(_marts)


def open_marts() -> data.Marts:
    """The marts, or a message saying what to run, and the page stops there."""
    try:
        return marts()
    except data.MissingData as missing:
        st.error(str(missing))
        st.stop()


def guarded(function, *args, **kwargs):
    """Call a data function; a missing mart or database becomes a message, not a traceback."""
    try:
        return function(*args, **kwargs)
    except data.MissingData as missing:
        st.error(str(missing))
        st.stop()


def sidebar_filters(source_marts: data.Marts, period: bool = True, segments: bool = True) -> data.Filters:
    """Period (MQL dates) and lead source, tier and owner, in the sidebar; kept across pages."""
    options = guarded(_options, source_marts, source_marts.describe())
    st.sidebar.caption(f"Reading {source_marts.describe()}")
    start = end = None
    if period and options["first_day"]:
        first, last = options["first_day"], options["last_day"]
        chosen = st.sidebar.date_input("Period (MQL date)", value=(first, last), min_value=first, max_value=last,
                                       key="period")
        if isinstance(chosen, (tuple, list)) and len(chosen) == 2:
            start, end = chosen
    sources = tiers = owners = ()
    if segments:
        sources = tuple(st.sidebar.multiselect("Lead source", options["lead_source"], key="sources"))
        tiers = tuple(st.sidebar.multiselect("Tier", options["tier"], key="tiers"))
        owners = tuple(st.sidebar.multiselect("Owner", options["owner_id"], key="owners"))
    return data.Filters(start=start, end=end, sources=sources, tiers=tiers, owners=owners)


def empty(frame: pd.DataFrame, what: str) -> bool:
    """True (and a note saying what is missing) when a frame has no rows."""
    if frame is None or len(frame) == 0:
        st.info(f"No {what}.")
        return True
    return False


def as_of_caption(source_marts: data.Marts) -> dt.datetime:
    now = guarded(data.as_of, source_marts)
    st.caption(f"As of {now:%Y-%m-%d %H:%M} UTC (the latest scored activity).")
    return now
