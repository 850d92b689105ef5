{#- Salesforce `lead` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Lead records (required). -#}
{{ crm_source_select('salesforce', 'lead', source('salesforce', 'lead')) }}
