{#- Salesforce `account` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Account records (required). -#}
{{ crm_source_select('salesforce', 'account', source('salesforce', 'account')) }}
