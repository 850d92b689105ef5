{#- Salesforce `user_role` as Fivetran syncs it: the columns the adapter reads (macro
    crm_source_tables), as text. User roles (optional); a role name can mark a user as sales. -#}
{{ crm_source_select('salesforce', 'user_role', source('salesforce', 'user_role')) }}
