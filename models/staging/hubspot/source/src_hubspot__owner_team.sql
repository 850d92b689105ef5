{#- HubSpot `owner_team` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. Owners' teams (optional; without it every owner's engagements are sales touches). -#}
{{ crm_source_select('hubspot', 'owner_team', source('hubspot', 'owner_team')) }}
