{#-
    The tables each CRM adapter reads as Fivetran syncs them, and the columns it reads from each:
    the column lists as data, in one place per CRM (docs/bring-your-own-crm.md). Each table has a
    source model, models/staging/<crm>/source/src_<crm>__<table>, which selects these columns as
    text (crm_source_select); the mapping models (map_<crm>__<contract table>) read only those.
    required: the adapter cannot work without the table, so a missing one stops the run; any
    other table may be absent (no rows) and any listed column may be absent (null). A column is
    a name, or a (name, alias) pair for a name that is a keyword on some engine. The two custom
    fields are named by vars (salesforce_target_account_field, salesforce_no_show_field).
-#}
{% macro crm_source_tables(crm) -%}
    {%- set tables = {
        'salesforce': {
            'lead': {'required': true, 'columns': [
                'id', 'email', 'first_name', 'last_name', 'title', 'company', 'website', 'country',
                'country_code', 'lead_source', 'owner_id', 'status', 'is_converted', 'converted_contact_id',
                'converted_account_id', 'created_date', 'last_modified_date', 'is_deleted', 'master_record_id']},
            'contact': {'required': true, 'columns': [
                'id', 'email', 'first_name', 'last_name', 'title', 'account_id', 'mailing_country',
                'mailing_country_code', 'lead_source', 'owner_id', 'created_date', 'last_modified_date',
                'is_deleted', 'master_record_id']},
            'account': {'required': true, 'columns': [
                'id', 'name', 'website', 'industry', 'number_of_employees', 'annual_revenue', 'billing_country',
                'billing_country_code', var('salesforce_target_account_field'), 'parent_id', 'owner_id',
                'created_date', 'last_modified_date', 'is_deleted']},
            'opportunity': {'required': true, 'columns': [
                'id', 'account_id', 'created_date', 'amount', 'stage_name', 'is_closed', 'is_won', 'close_date',
                'lead_source', 'owner_id', 'type', 'is_deleted']},
            'opportunity_contact_role': {'required': false, 'columns': [
                'opportunity_id', 'contact_id', 'is_primary', 'is_deleted']},
            'task': {'required': false, 'columns': [
                'id', 'who_id', 'owner_id', 'subject', 'task_subtype', 'type', 'is_closed', 'is_deleted',
                'completed_date_time', 'created_date']},
            'event': {'required': false, 'columns': [
                'id', 'who_id', 'account_id', 'owner_id', 'created_date', 'start_date_time', 'activity_date_time',
                var('salesforce_no_show_field'), 'is_deleted', 'is_child']},
            'campaign': {'required': false, 'columns': ['id', 'name', 'type']},
            'campaign_member': {'required': false, 'columns': [
                'id', 'campaign_id', 'lead_id', 'contact_id', 'status', 'first_responded_date', 'created_date',
                'is_deleted']},
            'user': {'required': false, 'columns': [
                'id', 'department', 'title', 'manager_id', 'time_zone_sid_key', 'user_role_id']},
            'user_role': {'required': false, 'columns': ['id', 'name']},
        },
        'hubspot': {
            'contact': {'required': true, 'columns': [
                'id', 'property_email', 'property_firstname', 'property_lastname', 'property_jobtitle',
                'property_company', 'property_website', 'property_country', 'property_hs_analytics_source',
                'property_hubspot_owner_id', 'property_hs_lead_status', 'property_associatedcompanyid',
                'property_createdate', 'property_lastmodifieddate', '_fivetran_deleted']},
            'contact_merge_audit': {'required': false, 'columns': [
                'canonical_vid', 'vid_to_merge', ('timestamp', 'merged_at')]},
            'company': {'required': true, 'columns': [
                'id', 'property_name', 'property_domain', 'property_website', 'property_industry',
                'property_numberofemployees', 'property_annualrevenue', 'property_country',
                'property_hs_is_target_account', 'property_hs_parent_company_id', 'property_hubspot_owner_id',
                'property_createdate', 'property_hs_lastmodifieddate', 'is_deleted']},
            'deal': {'required': true, 'columns': [
                'deal_id', 'deal_pipeline_stage_id', 'property_amount', 'property_closedate', 'property_createdate',
                'property_hs_analytics_source', 'owner_id', 'property_dealtype', 'is_deleted']},
            'deal_pipeline_stage': {'required': true, 'columns': ['stage_id', 'label', 'probability', 'closed_won']},
            'deal_company': {'required': false, 'columns': ['deal_id', 'company_id', 'type_id']},
            'deal_contact': {'required': false, 'columns': ['deal_id', 'contact_id']},
            'engagement_contact': {'required': false, 'columns': ['engagement_id', 'contact_id']},
            'engagement_company': {'required': false, 'columns': ['engagement_id', 'company_id']},
            'owner': {'required': false, 'columns': ['owner_id']},
            'owner_team': {'required': false, 'columns': ['owner_id', 'team_id', 'is_team_primary']},
            'team': {'required': false, 'columns': ['id', 'name']},
            'engagement_call': {'required': false, 'columns': [
                'engagement_id', 'property_hubspot_owner_id', 'property_hs_timestamp', 'property_hs_engagement_source',
                '_fivetran_deleted']},
            'engagement_email': {'required': false, 'columns': [
                'engagement_id', 'property_hubspot_owner_id', 'property_hs_timestamp', 'property_hs_engagement_source',
                '_fivetran_deleted', 'property_hs_email_direction']},
            'engagement_task': {'required': false, 'columns': [
                'engagement_id', 'property_hubspot_owner_id', 'property_hs_timestamp', 'property_hs_engagement_source',
                '_fivetran_deleted', 'property_hs_task_type', 'property_hs_task_status',
                'property_hs_task_completion_date']},
            'engagement_meeting': {'required': false, 'columns': [
                'engagement_id', 'property_hubspot_owner_id', 'property_hs_createdate', 'property_hs_meeting_start_time',
                'property_hs_meeting_outcome', '_fivetran_deleted']},
            'contact_form_submission': {'required': false, 'columns': [
                'contact_id', 'form_id', ('timestamp', 'submitted_at'), 'conversion_id', 'page_url']},
            'form': {'required': false, 'columns': ['guid', 'name']},
            'email_event': {'required': false, 'columns': [
                'id', ('type', 'event_type'), 'created', 'recipient', 'email_campaign_id']},
            'email_event_status_change': {'required': false, 'columns': ['id', 'portal_subscription_status']},
        },
    } -%}
    {{ return(tables[crm]) }}
{%- endmacro %}


{#-
    The body of a source model: the listed columns of one synced table (crm_source_tables) as
    text, a column the table lacks as a typed null; a table that is not there gives no rows, or,
    when required, stops the run with a message naming it. `relation` is the model's source().
-#}
{% macro crm_source_select(crm, table_name, relation) -%}
    {%- set table = crm_source_tables(crm)[table_name] -%}
    {%- set present = column_names(relation) -%}
    {%- if execute and present | length == 0 and table['required'] -%}
        {{ exceptions.raise_compiler_error(
            "Table " ~ relation ~ " was not found or has no columns: the " ~ crm ~ " adapter "
            ~ "needs it (docs/bring-your-own-crm.md). Check var " ~ crm ~ "_schema (now '"
            ~ var(crm ~ '_schema', crm) ~ "').") }}
    {%- endif -%}
    select {{ text_or_null(table['columns'], present) }}
    {{ from_or_no_rows(relation, present, table_name) }}
{%- endmacro %}
