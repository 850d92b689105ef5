{#- Salesforce `event` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Events (optional); those owned by sales users are meetings. -#}
{{ crm_source_select('salesforce', 'event', source('salesforce', 'event')) }}
