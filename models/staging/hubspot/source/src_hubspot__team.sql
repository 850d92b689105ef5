{#- HubSpot `team` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Teams, by name (optional). -#}
{{ crm_source_select('hubspot', 'team', source('hubspot', 'team')) }}
