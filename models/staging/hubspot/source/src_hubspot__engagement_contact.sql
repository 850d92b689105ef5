{#- HubSpot `engagement_contact` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Engagement-contact associations (optional). -#}
{{ crm_source_select('hubspot', 'engagement_contact', source('hubspot', 'engagement_contact')) }}
