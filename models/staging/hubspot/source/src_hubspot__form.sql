{#- HubSpot `form` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Forms (optional), for their names. -#}
{{ crm_source_select('hubspot', 'form', source('hubspot', 'form')) }}
