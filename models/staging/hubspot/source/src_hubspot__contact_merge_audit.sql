{#- HubSpot `contact_merge_audit` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Merges (optional); vid_to_merge was merged into canonical_vid. -#}
{{ crm_source_select('hubspot', 'contact_merge_audit', source('hubspot', 'contact_merge_audit')) }}
