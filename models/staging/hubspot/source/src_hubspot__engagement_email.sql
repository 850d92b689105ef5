{#- HubSpot `engagement_email` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Emails logged or sent from HubSpot (optional). -#}
{{ crm_source_select('hubspot', 'engagement_email', source('hubspot', 'engagement_email')) }}
