"""The morning dashboard: a Streamlit app over the marts (README: "Dashboard")."""
