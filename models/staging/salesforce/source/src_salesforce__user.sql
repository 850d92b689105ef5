{#- Salesforce `user` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Users (optional); who counts as sales. -#}
{{ crm_source_select('salesforce', 'user', source('salesforce', 'user')) }}
