{#- HubSpot `contact` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Contacts (required). -#}
{{ crm_source_select('hubspot', 'contact', source('hubspot', 'contact')) }}
