{#- HubSpot `deal` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Deals (required). -#}
{{ crm_source_select('hubspot', 'deal', source('hubspot', 'deal')) }}
