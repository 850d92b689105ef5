{#- HubSpot `deal_pipeline_stage` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Deal stages (required) with their probability and closed-won flag. -#}
{{ crm_source_select('hubspot', 'deal_pipeline_stage', source('hubspot', 'deal_pipeline_stage')) }}
