{#- Salesforce `task` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Tasks (optional); closed ones by sales users are sales touches. -#}
{{ crm_source_select('salesforce', 'task', source('salesforce', 'task')) }}
