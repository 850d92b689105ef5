"""The dashboard's entry point: `make dashboard` (streamlit run lead_qualification/dashboard/app.py) on localhost."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

PAGES = Path(__file__).resolve().parent / "views"

st.set_page_config(page_title="Lead qualification", layout="wide")
navigation = st.navigation([
    st.Page(PAGES / "today.py", title="Today", default=True),
    st.Page(PAGES / "buying_groups.py", title="Buying groups", url_path="buying_groups"),
    st.Page(PAGES / "account_journey.py", title="Account journey", url_path="account_journey"),
    st.Page(PAGES / "handoff_quality.py", title="Handoff quality", url_path="handoff_quality"),
    st.Page(PAGES / "funnel.py", title="Funnel", url_path="funnel"),
    st.Page(PAGES / "pipeline.py", title="Pipeline", url_path="pipeline"),
    st.Page(PAGES / "scoring_rules.py", title="Scoring rules", url_path="scoring_rules"),
    st.Page(PAGES / "evidence.py", title="Evidence", url_path="evidence"),
])
navigation.run()
