{#- HubSpot `engagement_company` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Engagement-company associations (optional). -#}
{{ crm_source_select('hubspot', 'engagement_company', source('hubspot', 'engagement_company')) }}
