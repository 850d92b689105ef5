{#- HubSpot `engagement_meeting` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Meetings (optional). -#}
{{ crm_source_select('hubspot', 'engagement_meeting', source('hubspot', 'engagement_meeting')) }}
