{#- Salesforce `campaign_member` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Campaign members (optional); their status, mapped by a seed, is an activity. -#}
{{ crm_source_select('salesforce', 'campaign_member', source('salesforce', 'campaign_member')) }}
