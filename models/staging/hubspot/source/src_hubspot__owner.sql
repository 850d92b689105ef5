{#- HubSpot `owner` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Owners (optional); the raw contract's owners. -#}
{{ crm_source_select('hubspot', 'owner', source('hubspot', 'owner')) }}
