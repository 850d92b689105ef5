{#- HubSpot `engagement_task` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Tasks (optional). -#}
{{ crm_source_select('hubspot', 'engagement_task', source('hubspot', 'engagement_task')) }}
