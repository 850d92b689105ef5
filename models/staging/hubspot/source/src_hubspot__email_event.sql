{#- HubSpot `email_event` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Marketing email events (optional). -#}
{{ crm_source_select('hubspot', 'email_event', source('hubspot', 'email_event')) }}
