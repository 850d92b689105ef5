{#- HubSpot `deal_contact` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Deal-contact associations (optional). -#}
{{ crm_source_select('hubspot', 'deal_contact', source('hubspot', 'deal_contact')) }}
