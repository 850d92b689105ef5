{#- HubSpot `email_event_status_change` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Subscription changes of email events (optional), for unsubscribes. -#}
{{ crm_source_select('hubspot', 'email_event_status_change', source('hubspot', 'email_event_status_change')) }}
