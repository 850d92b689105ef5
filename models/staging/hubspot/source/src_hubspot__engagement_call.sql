{#- HubSpot `engagement_call` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Calls (optional). -#}
{{ crm_source_select('hubspot', 'engagement_call', source('hubspot', 'engagement_call')) }}
