{#- Salesforce `opportunity` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Opportunity records (required). -#}
{{ crm_source_select('salesforce', 'opportunity', source('salesforce', 'opportunity')) }}
