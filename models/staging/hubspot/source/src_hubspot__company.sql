{#- HubSpot `company` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Companies (required). -#}
{{ crm_source_select('hubspot', 'company', source('hubspot', 'company')) }}
