"""The morning dashboard: a Streamlit app over the marts (docs/dashboard.md)."""
