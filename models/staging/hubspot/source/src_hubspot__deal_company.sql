{#- HubSpot `deal_company` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Deal-company associations (optional). -#}
{{ crm_source_select('hubspot', 'deal_company', source('hubspot', 'deal_company')) }}
