"""The raw contract's columns, as Python sees them. ``macros/contract/raw_contract.sql`` is the source of
truth for dbt; a test checks the two lists agree."""

COLUMNS: dict[str, list[str]] = {
    "leads": [
        "lead_id", "email", "first_name", "last_name", "job_title", "company_name",
        "company_domain", "crm_account_id", "country", "lead_source", "owner_id", "lead_status",
        "status_reason", "created_at", "updated_at", "is_deleted", "merged_into_lead_id",
    ],
    "accounts": [
        "account_id", "account_name", "domain", "industry", "employee_count", "annual_revenue",
        "country", "technologies", "is_target_account", "parent_account_id", "owner_id",
        "created_at", "updated_at",
    ],
    "activities": [
        "activity_id", "lead_id", "account_domain", "activity_type", "occurred_at", "channel",
        "campaign", "detail",
    ],
    "intent_signals": ["account_domain", "topic", "intent_score", "observed_at", "provider"],
    "sales_touches": ["touch_id", "lead_id", "rep_id", "touch_type", "is_automated", "touched_at"],
    "meetings": [
        "meeting_id", "lead_id", "account_id", "rep_id", "booked_at", "scheduled_for", "status",
    ],
    "opportunities": [
        "opportunity_id", "account_id", "primary_lead_id", "created_at", "amount", "stage",
        "is_closed", "is_won", "closed_at", "source", "owner_id", "opportunity_type",
    ],
    # optional tables: a world may leave them out (staging reads no rows)
    "owners": ["owner_id", "team", "manager_id", "time_zone"],
    "campaign_spend": ["campaign", "channel", "period_start", "period_end", "amount", "currency"],
}
