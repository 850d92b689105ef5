{#- Salesforce `campaign` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Campaigns (optional); their type chooses the activity type of a response. -#}
{{ crm_source_select('salesforce', 'campaign', source('salesforce', 'campaign')) }}
