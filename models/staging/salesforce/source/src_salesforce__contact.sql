{#- Salesforce `contact` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Contact records (required); a converted lead points at its contact. -#}
{{ crm_source_select('salesforce', 'contact', source('salesforce', 'contact')) }}
