{#- HubSpot `contact_form_submission` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Form submissions (optional). -#}
{{ crm_source_select('hubspot', 'contact_form_submission', source('hubspot', 'contact_form_submission')) }}
